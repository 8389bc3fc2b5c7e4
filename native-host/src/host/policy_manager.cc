#include "host/policy_manager.h"

#include <sodium.h>

#include <exception>
#include <filesystem>
#include <optional>
#include <system_error>

#include <nlohmann/json.hpp>

#include "host/audit_log.h"
#include "host/diag_log.h"
#include "host/policy_signing.h"
#include "privacy_guard/config.h"

namespace privacy_guard::host {

namespace fs = std::filesystem;

namespace {

constexpr auto kRetryRefusedAfter = std::chrono::seconds(60);
constexpr const char* kCachePointer = "current";

std::string ContentHash(std::string_view bytes) {
  unsigned char h[crypto_generichash_BYTES];
  crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(bytes.data()),
                     bytes.size(), nullptr, 0);
  return platform::HexEncode({reinterpret_cast<char*>(h), sizeof h});
}

// One line for the Windows event log / diagnostics.
std::string EventJson(std::string_view event, std::string_view source,
                      std::string_view version, std::string_view error) {
  nlohmann::json j = {{"time", platform::UtcTimestamp()}, {"event", event}, {"source", source}};
  if (!version.empty()) j["policy_version"] = version;
  if (!error.empty()) j["error"] = error;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

struct PolicyManager::Attempt {
  std::shared_ptr<const PolicySnapshot> snapshot;  // null on failure
  std::string policy_bytes;  // exactly what was verified and loaded
  std::string sig_bytes;
  std::vector<std::string> data_files;
  std::string error;
  bool unreachable = false;  // the policy file itself could not be read
};

PolicyManager::PolicyManager(PolicyManagerOptions options, DiagLog* diag)
    : options_(std::move(options)), diag_(diag) {
  if (sodium_init() < 0) diag_->Error("policy: libsodium failed to initialise");
}

PolicyManager::~PolicyManager() { StopPolling(); }

std::string PolicyManager::central_or_default() const {
  return has_central() ? options_.central_path : DefaultPolicyPath();
}

std::shared_ptr<const PolicySnapshot> PolicyManager::Current() const {
  std::lock_guard lock(mu_);
  return status_.snapshot;
}

PolicyStatus PolicyManager::Status() const {
  std::lock_guard lock(mu_);
  return status_;
}

void PolicyManager::Install(std::shared_ptr<const PolicySnapshot> snap,
                            std::string last_error, bool degraded) {
  std::lock_guard lock(mu_);
  status_.snapshot = std::move(snap);
  status_.last_error = std::move(last_error);
  status_.degraded = degraded;
}

PolicyManager::Attempt PolicyManager::Load(const std::string& path, const std::string& data_dir,
                                           bool check_sig, bool from_cache) const {
  Attempt a;
  std::string error;
  std::optional<std::string> bytes = platform::ReadWholeFile(path, &error);
  if (!bytes) {
    a.unreachable = true;
    a.error = error;
    return a;
  }
  if (check_sig && !options_.public_key.empty()) {
    std::optional<std::string> sig = platform::ReadWholeFile(path + ".sig", &error);
    if (!sig) {
      a.error = "unsigned policy: " + error;
      return a;
    }
    if (!VerifyDetachedSignature(*bytes, *sig, options_.public_key, &error)) {
      a.error = path + ".sig: " + error;
      return a;
    }
    a.sig_bytes = std::move(*sig);
  }
  LoadOptions opts;
  opts.data_dir = data_dir;
  LoadedPolicy loaded;
  if (!LoadPolicyWithData(path, opts, &loaded, &error)) {
    a.data_files = loaded.data_files;
    a.error = error;
    return a;
  }
  a.data_files = loaded.data_files;
  // The signature was checked on the bytes read first; make sure the loader
  // saw the same bytes (the file may be replaced at any moment on a share).
  std::optional<std::string> again = platform::ReadWholeFile(path);
  if (!again || *again != *bytes) {
    a.error = path + ": changed while loading; will retry";
    return a;
  }
  std::shared_ptr<const Engine> engine = BuildEngine(loaded, &error);
  if (!engine) {
    a.error = path + ": " + error;
    return a;
  }
  auto snap = std::make_shared<PolicySnapshot>();
  snap->engine = std::move(engine);
  snap->policy = std::move(loaded.policy);
  snap->source = path;
  snap->loaded_at = platform::UtcTimestamp();
  snap->from_cache = from_cache;
  a.snapshot = std::move(snap);
  a.policy_bytes = std::move(*bytes);
  return a;
}

PolicyManager::Fingerprint PolicyManager::TakeFingerprint() const {
  Fingerprint fp;
  const std::string path = central_or_default();
  fp.policy = platform::StatFile(path);
  fp.sig = platform::StatFile(path + ".sig");
  if (fp.policy.exists) {
    if (std::optional<std::string> bytes = platform::ReadWholeFile(path)) {
      fp.policy_hash = ContentHash(*bytes);
    }
  }
  for (const std::string& f : watched_data_files_) fp.data.push_back(platform::StatFile(f));
  return fp;
}

bool PolicyManager::LoadInitial() {
  std::lock_guard poll_lock(poll_mu_);
  const std::string path = central_or_default();
  if (path.empty()) {
    Install(nullptr, "no policy_path configured and no default policy installed", true);
    diag_->Error("policy: no policy_path configured and no default policy installed");
    return false;
  }
  const Fingerprint before = TakeFingerprint();
  Attempt a = Load(path, options_.data_dir, has_central(), /*from_cache=*/false);
  watched_data_files_ = a.data_files;
  last_fp_ = TakeFingerprint();
  last_fp_.policy = before.policy;  // keep what was seen before loading
  last_fp_.sig = before.sig;
  last_fp_.policy_hash = before.policy_hash;
  have_fp_ = true;
  last_attempt_time_ = std::chrono::steady_clock::now();

  if (a.snapshot) {
    diag_->Info("policy: loaded " + path + " (version " +
                a.snapshot->engine->policy_version() + ")");
    Install(a.snapshot, "", false);
    if (has_central()) SaveToCache(a);
    return true;
  }

  last_attempt_failed_ = !a.unreachable;
  const bool refused = !a.unreachable;
  std::string error = (refused ? "policy refused: " : "policy unreachable: ") + a.error;
  if (refused) {
    last_refusal_ = a.error;
    diag_->Error("policy: " + error);
    ReportSystemEvent(EventId::kPolicyRefused, true, EventJson("policy_refused", path, "", a.error));
  } else {
    unreachable_logged_ = true;
    diag_->Warn("policy: " + error);
  }
  if (!has_central()) {
    Install(nullptr, error, true);
    return false;
  }
  std::string cache_error;
  if (LoadFromCache(&cache_error)) {
    std::lock_guard lock(mu_);
    status_.last_error = error;
    status_.degraded = refused;
    return true;
  }
  diag_->Warn("policy: no usable cached copy: " + cache_error);
  const std::string fallback = DefaultPolicyPath();
  if (!fallback.empty()) {
    Attempt d = Load(fallback, options_.data_dir, /*check_sig=*/false, /*from_cache=*/false);
    if (d.snapshot) {
      diag_->Warn("policy: serving the built-in default policy " + fallback);
      Install(d.snapshot, error + "; serving the built-in default policy", true);
      return true;
    }
    diag_->Error("policy: built-in default policy refused: " + d.error);
  }
  Install(nullptr, error, true);
  return false;
}

bool PolicyManager::LoadFromCache(std::string* error) {
  if (options_.cache_dir.empty()) {
    *error = "no cache_dir configured";
    return false;
  }
  const fs::path cache = platform::PathFromUtf8(options_.cache_dir);
  std::optional<std::string> pointer = platform::ReadWholeFile(platform::PathToUtf8(cache / kCachePointer), error);
  if (!pointer) return false;
  const std::string dir_name = pointer->substr(0, pointer->find('\n'));
  if (dir_name.rfind("lkg-", 0) != 0 || dir_name.find_first_of("/\\.") != std::string::npos) {
    *error = "malformed cache pointer " + platform::PathToUtf8(cache / kCachePointer);
    return false;
  }
  const fs::path dir = cache / platform::PathFromUtf8(dir_name);
  const std::string data_dir =
      options_.data_dir.empty() ? platform::PathToUtf8(dir / "data") : options_.data_dir;
  Attempt a = Load(platform::PathToUtf8(dir / "policy"), data_dir, /*check_sig=*/true, /*from_cache=*/true);
  if (!a.snapshot) {
    *error = a.error;
    return false;
  }
  diag_->Info("policy: loaded last-known-good copy " + a.snapshot->source + " (version " +
              a.snapshot->engine->policy_version() + ")");
  Install(a.snapshot, "", false);
  return true;
}

void PolicyManager::SaveToCache(const Attempt& a) {
  if (options_.cache_dir.empty()) return;
  const bool copy_data = options_.data_dir.empty();
  std::string key = a.policy_bytes;
  if (copy_data) {
    for (const std::string& f : a.data_files) {
      const platform::FileStamp s = platform::StatFile(f);
      key += "\n" + f + "\t" + std::to_string(s.size) + "\t" + std::to_string(s.mtime_ns);
    }
  }
  const std::string dir_name = "lkg-" + ContentHash(key).substr(0, 16);
  const fs::path cache = platform::PathFromUtf8(options_.cache_dir);
  const fs::path dir = cache / dir_name;
  const std::string pointer_path = platform::PathToUtf8(cache / kCachePointer);
  const std::string pointer = dir_name + "\n" + options_.central_path + "\n";
  std::error_code ec;
  if (std::optional<std::string> cur = platform::ReadWholeFile(pointer_path)) {
    if (*cur == pointer && fs::exists(dir / "policy", ec)) return;  // already cached
  }

  std::string error;
  fs::create_directories(dir / "data", ec);
  if (ec) {
    diag_->Warn("policy cache: cannot create " + platform::PathToUtf8(dir) + ": " + ec.message());
    return;
  }
  if (copy_data) {
    for (const std::string& f : a.data_files) {
      const fs::path src = platform::PathFromUtf8(f);
      fs::copy_file(src, dir / "data" / src.filename(), fs::copy_options::overwrite_existing, ec);
      if (ec) {
        diag_->Warn("policy cache: cannot copy " + f + ": " + ec.message());
        return;
      }
    }
  }
  if ((!a.sig_bytes.empty() &&
       !platform::WriteFileAtomically(platform::PathToUtf8(dir / "policy.sig"), a.sig_bytes, &error)) ||
      !platform::WriteFileAtomically(platform::PathToUtf8(dir / "policy"), a.policy_bytes, &error) ||
      !platform::WriteFileAtomically(pointer_path, pointer, &error)) {
    diag_->Warn("policy cache: " + error);
    return;
  }
  diag_->Info("policy cache: saved last-known-good copy in " + platform::PathToUtf8(dir));
  // Remove older copies (best effort: another host process may hold one open).
  for (const auto& entry : fs::directory_iterator(cache, ec)) {
    const std::string name = platform::PathToUtf8(entry.path().filename());
    if (name.rfind("lkg-", 0) == 0 && name != dir_name) fs::remove_all(entry.path(), ec);
  }
}

bool PolicyManager::PollOnce() {
  std::lock_guard poll_lock(poll_mu_);
  const std::string path = central_or_default();
  if (path.empty()) return false;
  const Fingerprint fp = TakeFingerprint();
  const auto now = std::chrono::steady_clock::now();
  const bool changed = !have_fp_ || !(fp == last_fp_);
  const bool retry = last_attempt_failed_ && now - last_attempt_time_ >= kRetryRefusedAfter;
  if (!changed && !retry) return false;
  last_fp_ = fp;
  have_fp_ = true;

  if (!fp.policy.exists) {
    if (!unreachable_logged_) {
      diag_->Warn("policy: " + path + " is unreachable; keeping the current policy");
      unreachable_logged_ = true;
    }
    std::lock_guard lock(mu_);
    status_.last_error = "policy unreachable: " + path;
    return false;
  }
  unreachable_logged_ = false;
  last_attempt_time_ = now;

  Attempt a = Load(path, options_.data_dir, has_central(), /*from_cache=*/false);
  if (!a.data_files.empty() && a.data_files != watched_data_files_) {
    watched_data_files_ = a.data_files;
    last_fp_.data.clear();
    for (const std::string& f : watched_data_files_) last_fp_.data.push_back(platform::StatFile(f));
  }
  if (!a.snapshot) {
    last_attempt_failed_ = true;
    if (a.error != last_refusal_) {
      last_refusal_ = a.error;
      diag_->Error("policy: update refused, keeping the last good policy: " + a.error);
      ReportSystemEvent(EventId::kPolicyRefused, true, EventJson("policy_refused", path, "", a.error));
    }
    std::lock_guard lock(mu_);
    status_.last_error = "policy update refused: " + a.error;
    status_.degraded = true;
    return false;
  }
  last_attempt_failed_ = false;
  last_refusal_.clear();
  const std::string version = a.snapshot->engine->policy_version();
  Install(a.snapshot, "", false);
  diag_->Info("policy: loaded " + path + " (version " + version + ")");
  ReportSystemEvent(EventId::kPolicyUpdated, false, EventJson("policy_updated", path, version, ""));
  if (has_central()) SaveToCache(a);
  return true;
}

void PolicyManager::StartPolling() {
  if (options_.poll_interval.count() <= 0 || poller_.joinable()) return;
  poller_ = std::thread([this] {
    std::unique_lock lock(stop_mu_);
    while (!stop_) {
      if (stop_cv_.wait_for(lock, options_.poll_interval, [this] { return stop_; })) break;
      lock.unlock();
      try {
        PollOnce();
      } catch (const std::exception& e) {
        diag_->Error(std::string("policy: poll failed: ") + e.what());
      }
      lock.lock();
    }
    poller_done_ = true;
    lock.unlock();
    stop_cv_.notify_all();
  });
}

bool PolicyManager::StopPolling(std::chrono::milliseconds wait) {
  {
    std::unique_lock lock(stop_mu_);
    stop_ = true;
    stop_cv_.notify_all();
    if (!poller_.joinable()) return true;
    if (!stop_cv_.wait_for(lock, wait, [this] { return poller_done_; })) return false;
  }
  poller_.join();
  return true;
}

}  // namespace privacy_guard::host
