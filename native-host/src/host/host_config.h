// Finding and loading the host's per-machine HostConfig.
//
// Lookup order (first existing file wins; see README.md in this folder):
//   1. $PRIVACY_GUARD_CONFIG (when set, only this file is tried)
//   2. <folder of the executable>/privacy-guard.conf
//   3. Linux/macOS: /etc/privacy-guard/privacy-guard.conf
//      Windows:     %ProgramData%\privacy-guard\privacy-guard.conf
// On Windows, %VAR% in its path values is expanded; group-policy registry values under
// SOFTWARE\Policies\privacy-guard (HKLM first, else HKCU) then override:
//   PolicyPath (REG_SZ/REG_EXPAND_SZ)      -> policy_path
//   AuditLog (REG_SZ/REG_EXPAND_SZ)        -> audit_log
//   AuditMaxBytes (REG_DWORD/REG_QWORD)    -> audit_max_bytes
//   PolicyPublicKey (REG_SZ)               -> policy_public_key
// and, read again every 30 s and after every policy check
// (GroupPolicyPollSeconds):
//   PolicyPollSeconds (REG_DWORD)          -> the check interval (PollSeconds)
#ifndef PRIVACY_GUARD_HOST_HOST_CONFIG_H_
#define PRIVACY_GUARD_HOST_HOST_CONFIG_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "privacy_guard/policy.pb.h"

namespace privacy_guard::host {

struct HostConfigResult {
  config::HostConfig config;
  std::string path;                    // the file that was loaded
  std::vector<std::string> overrides;  // registry value names applied
};

// Candidate files in lookup order (only the env file when it is set).
std::vector<std::string> HostConfigCandidates(const char* argv0);

// Loads the first existing candidate and applies registry overrides.
// Returns false with *error when no candidate exists ("no configuration
// found; tried …") or the file does not parse ("<file>:<line>:<col>: …").
// After reading it, the registry overrides are applied and %VAR% in the path
// fields expanded (ExpandPaths).
bool FindHostConfig(const char* argv0, HostConfigResult* out, std::string* error);

// Expands %VAR% in the path fields of `cfg` (policy_path, cache_dir,
// audit_log, log_file, data_dir), as the Windows configuration writes them
// ("%LOCALAPPDATA%\\privacy-guard\\audit.log"), and a leading "~/" to $HOME.
void ExpandPaths(config::HostConfig* cfg);

// Applies the Windows registry overrides listed above to *cfg and appends
// the applied value names to *applied. A no-op except on Windows.
void ApplyRegistryOverrides(config::HostConfig* cfg, std::vector<std::string>* applied);

// The policy check interval (issue 14; installer/README.md, "Load on the
// policy share"). policy_poll_seconds = 0 means the default.
inline constexpr uint32_t kDefaultPollSeconds = 300;
// The group-policy value is the fleet-wide lever, so it is kept within a
// range a share can carry and that bounds how late a change can arrive (the
// ADMX offers the same range; tests/installer/check_admx.py compares them).
// The file value (set per PC, also for tests) is kept within [1, max].
inline constexpr uint32_t kMinGroupPolicyPollSeconds = 30;
inline constexpr uint32_t kMaxGroupPolicyPollSeconds = 3600;
inline constexpr uint32_t kMaxPollSeconds = 86400;

// Where the interval in force comes from.
enum class PollSource { kDefault, kConfigFile, kGroupPolicy };

struct PollSetting {
  uint32_t seconds = kDefaultPollSeconds;
  PollSource source = PollSource::kDefault;
  bool clamped = false;  // the value given was outside its range
};

// The interval to use: `group_policy` (PolicyPollSeconds) when set, clamped
// to [kMinGroupPolicyPollSeconds, kMaxGroupPolicyPollSeconds]; else
// cfg.policy_poll_seconds when non-zero, clamped to [1, kMaxPollSeconds];
// else kDefaultPollSeconds.
PollSetting PollSeconds(const config::HostConfig& cfg, std::optional<uint64_t> group_policy);

// "group policy PolicyPollSeconds", "privacy-guard.conf" or "default".
const char* PollSourceName(PollSource source);

// Windows: the REG_DWORD/REG_QWORD value PolicyPollSeconds under the policy
// key (HKLM first, else HKCU), read now; nullopt when absent. Elsewhere
// always nullopt. Cheap (local registry), so the host calls it every 30 s and
// after every check: a changed group policy takes effect without a browser
// restart.
std::optional<uint64_t> GroupPolicyPollSeconds();

}  // namespace privacy_guard::host

#endif  // PRIVACY_GUARD_HOST_HOST_CONFIG_H_
