#include "host/host_config.h"

#include <filesystem>
#include <optional>
#include <system_error>

#include "platform/platform.h"
#include "privacy_guard/config.h"

#include "platform/windows_api.h"

#ifdef _WIN32

#include <cwchar>
#endif

namespace privacy_guard::host {

namespace {
constexpr const char* kConfigName = "privacy-guard.conf";
}  // namespace

std::vector<std::string> HostConfigCandidates(const char* argv0) {
  if (std::optional<std::string> env = platform::GetEnv("PRIVACY_GUARD_CONFIG")) return {*env};
  std::vector<std::string> out;
  const std::string exe_dir = platform::ExecutableDir(argv0);
  if (!exe_dir.empty()) out.push_back(platform::PathToUtf8(platform::PathFromUtf8(exe_dir) / kConfigName));
#ifdef _WIN32
  const std::string program_data = platform::GetEnv("ProgramData").value_or("C:\\ProgramData");
  out.push_back(platform::PathToUtf8(platform::PathFromUtf8(program_data) / "privacy-guard" / kConfigName));
#else
  out.push_back(std::string("/etc/privacy-guard/") + kConfigName);
#endif
  return out;
}

void ExpandPaths(config::HostConfig* cfg) {
  for (std::string* p : {cfg->mutable_policy_path(), cfg->mutable_cache_dir(), cfg->mutable_audit_log(),
                         cfg->mutable_log_file(), cfg->mutable_data_dir()}) {
    *p = platform::ExpandEnvironment(*p);
    // "~/" is the signed-in user's home folder (Linux, macOS).
    if (p->rfind("~/", 0) == 0) {
      if (std::optional<std::string> home = platform::GetEnv("HOME")) *p = *home + p->substr(1);
    }
  }
}

bool FindHostConfig(const char* argv0, HostConfigResult* out, std::string* error) {
  const std::vector<std::string> candidates = HostConfigCandidates(argv0);
  std::string tried;
  for (const std::string& path : candidates) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(platform::PathFromUtf8(path), ec)) {
      tried += (tried.empty() ? "" : ", ") + path;
      continue;
    }
    if (!LoadHostConfigFile(path, &out->config, error)) return false;
    out->path = path;
    ApplyRegistryOverrides(&out->config, &out->overrides);
    ExpandPaths(&out->config);
    return true;
  }
  *error = "no host configuration found; tried " + tried;
  return false;
}

PollSetting PollSeconds(const config::HostConfig& cfg, std::optional<uint64_t> group_policy) {
  PollSetting out;
  auto clamp = [&out](uint64_t v, uint32_t lo, uint32_t hi) {
    const uint64_t c = v < lo ? lo : (v > hi ? hi : v);
    out.clamped = c != v;
    return static_cast<uint32_t>(c);
  };
  if (group_policy) {
    out.seconds = clamp(*group_policy, kMinGroupPolicyPollSeconds, kMaxGroupPolicyPollSeconds);
    out.source = PollSource::kGroupPolicy;
  } else if (cfg.policy_poll_seconds() != 0) {
    out.seconds = clamp(cfg.policy_poll_seconds(), 1, kMaxPollSeconds);
    out.source = PollSource::kConfigFile;
  }
  return out;
}

const char* PollSourceName(PollSource source) {
  switch (source) {
    case PollSource::kGroupPolicy:
      return "group policy PolicyPollSeconds";
    case PollSource::kConfigFile:
      return "privacy-guard.conf";
    case PollSource::kDefault:
      break;
  }
  return "default";
}

#ifdef _WIN32
namespace {

constexpr const wchar_t* kPolicyKey = L"SOFTWARE\\Policies\\privacy-guard";

// REG_SZ / REG_EXPAND_SZ (environment variables expanded) value from HKLM,
// else HKCU.
std::optional<std::string> RegString(const wchar_t* name) {
  // RRF_RT_REG_SZ alone: REG_EXPAND_SZ values are expanded and returned as
  // REG_SZ. (RRF_RT_REG_EXPAND_SZ without RRF_NOEXPAND makes RegGetValueW
  // fail with ERROR_INVALID_PARAMETER, which hid every override.)
  const DWORD flags = RRF_RT_REG_SZ;
  for (HKEY root : {HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER}) {
    std::wstring buf(260, L'\0');
    for (int attempt = 0; attempt < 4; ++attempt) {
      DWORD size = static_cast<DWORD>(buf.size() * sizeof(wchar_t));
      const LSTATUS rc = RegGetValueW(root, kPolicyKey, name, flags, nullptr, buf.data(), &size);
      if (rc == ERROR_MORE_DATA) {  // expansion may need more than reported
        buf.assign(size / sizeof(wchar_t) + 260, L'\0');
        continue;
      }
      if (rc != ERROR_SUCCESS) break;  // absent in this hive
      buf.resize(wcsnlen(buf.c_str(), buf.size()));
      return platform::PathToUtf8(std::filesystem::path(buf));
    }
  }
  return std::nullopt;
}

// REG_DWORD / REG_QWORD value from HKLM, else HKCU.
std::optional<uint64_t> RegNumber(const wchar_t* name) {
  for (HKEY root : {HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER}) {
    uint64_t value = 0;  // a DWORD fills the low half (little endian)
    DWORD size = sizeof value;
    if (RegGetValueW(root, kPolicyKey, name, RRF_RT_REG_DWORD | RRF_RT_REG_QWORD, nullptr,
                     &value, &size) == ERROR_SUCCESS) {
      return value;
    }
  }
  return std::nullopt;
}

}  // namespace

void ApplyRegistryOverrides(config::HostConfig* cfg, std::vector<std::string>* applied) {
  if (auto v = RegString(L"PolicyPath")) {
    cfg->set_policy_path(*v);
    applied->push_back("PolicyPath");
  }
  if (auto v = RegString(L"AuditLog")) {
    cfg->set_audit_log(*v);
    applied->push_back("AuditLog");
  }
  if (auto v = RegNumber(L"AuditMaxBytes")) {
    cfg->set_audit_max_bytes(*v);
    applied->push_back("AuditMaxBytes");
  }
  if (auto v = RegString(L"PolicyPublicKey")) {
    cfg->set_policy_public_key(*v);
    applied->push_back("PolicyPublicKey");
  }
}

std::optional<uint64_t> GroupPolicyPollSeconds() { return RegNumber(L"PolicyPollSeconds"); }
#else
void ApplyRegistryOverrides(config::HostConfig*, std::vector<std::string>*) {}

std::optional<uint64_t> GroupPolicyPollSeconds() { return std::nullopt; }
#endif

}  // namespace privacy_guard::host
