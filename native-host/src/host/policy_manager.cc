#include "host/policy_manager.h"

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <filesystem>
#include <optional>
#include <system_error>
#include <utility>

#include <nlohmann/json.hpp>

#include "host/audit_log.h"
#include "host/diag_log.h"
#include "host/policy_signing.h"
#include "privacy_guard/config.h"

namespace privacy_guard::host {

namespace fs = std::filesystem;

namespace {

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

std::chrono::milliseconds PollDelay(std::chrono::milliseconds interval, bool first,
                                    std::mt19937_64* rng) {
  const double ms = static_cast<double>(interval.count());
  std::uniform_real_distribution<double> factor(first ? 0.0 : 1.0 - kPollJitter,
                                                first ? 1.0 : 1.0 + kPollJitter);
  return std::chrono::milliseconds(std::llround(ms * factor(*rng)));
}

struct PolicyManager::Attempt {
  std::shared_ptr<const PolicySnapshot> snapshot;  // null on failure
  std::string policy_bytes;  // exactly what was verified and loaded
  std::string policy_hash;   // ContentHash(policy_bytes); "" if not read
  std::string sig_bytes;
  std::vector<std::string> data_files;  // the loader's list (data, terms, dictionary)
  std::vector<std::string> tried;       // every other file the loader asked for
  // The data files read, for the last-known-good copy (only when that copy
  // is written).
  std::vector<DataBytes> data_bytes;
  std::string error;
  bool unreachable = false;  // the policy file itself could not be read
};

PolicyManager::PolicyManager(PolicyManagerOptions options, DiagLog* diag)
    : options_(std::move(options)),
      files_(options_.files ? *options_.files : RealPolicyFiles()),
      diag_(diag) {
  if (sodium_init() < 0) diag_->Error("policy: libsodium failed to initialise");
}

PolicyManager::~PolicyManager() { StopPolling(); }

std::chrono::steady_clock::time_point PolicyManager::Now() const {
  return options_.clock ? options_.clock() : std::chrono::steady_clock::now();
}

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
  // The last-known-good copy is local: not read through the share's layer.
  PolicyFiles& io = from_cache ? RealPolicyFiles() : files_;
  std::optional<std::string> bytes = io.Read(path, &error);
  if (!bytes) {
    a.unreachable = true;
    a.error = error;
    return a;
  }
  a.policy_hash = ContentHash(*bytes);
  if (check_sig && !options_.public_key.empty()) {
    std::optional<std::string> sig = io.Read(path + ".sig", &error);
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
  const bool keep_bytes = !from_cache && has_central() && !options_.cache_dir.empty() &&
                          options_.data_dir.empty();
  LoadOptions opts;
  opts.data_dir = data_dir;
  // The loader gets exactly the bytes whose signature was checked; data
  // files go through the file layer once.
  opts.read_file = [&](const std::string& p, std::string* err) -> std::optional<std::string> {
    if (p == path) return *bytes;
    a.tried.push_back(p);
    const platform::FileStamp* stamp = from_cache ? nullptr : WatchedStamp(p);
    std::optional<std::string> content;
    if (stamp) content = ReadLocalCopy(p, *stamp);  // unchanged since the last load
    if (!content) content = io.Read(p, err);
    if (content && keep_bytes) a.data_bytes.push_back({p, *content});
    return content;
  };
  LoadedPolicy loaded;
  const bool ok = LoadPolicyWithData(path, opts, &loaded, &error);
  a.data_files = loaded.data_files;
  if (!ok) {
    a.error = error;
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

const platform::FileStamp* PolicyManager::WatchedStamp(const std::string& path) const {
  for (size_t i = 0; i < watch_.paths().size() && i < last_stamps_.size(); ++i) {
    if (watch_.paths()[i] == path) return last_stamps_[i].exists ? &last_stamps_[i] : nullptr;
  }
  return nullptr;
}

std::optional<std::string> PolicyManager::ReadLocalCopy(const std::string& path,
                                                        const platform::FileStamp& stamp) const {
  auto it = local_copies_.find(path);
  if (it == local_copies_.end() || !(it->second.stamp == stamp)) return std::nullopt;
  std::optional<std::string> bytes = platform::ReadWholeFile(it->second.local_path);
  // The copy is in the user's profile: used only if it still holds exactly
  // what this process read from the share.
  if (!bytes || ContentHash(*bytes) != it->second.hash) return std::nullopt;
  return bytes;
}

void PolicyManager::RememberLocalCopies(const Attempt& a, const fs::path& data_dir) {
  local_copies_.clear();
  for (const DataBytes& d : a.data_bytes) {
    // The stamp is the one the check before the load saw, or for a file
    // first named by this load, the one taken just after it (as the watch
    // itself has it). Only names unique in the copy (stored by file name).
    const platform::FileStamp* stamp = WatchedStamp(d.path);
    if (!stamp) continue;
    const fs::path name = platform::PathFromUtf8(d.path).filename();
    int same_name = 0;
    for (const DataBytes& e : a.data_bytes) same_name += platform::PathFromUtf8(e.path).filename() == name;
    if (same_name != 1) continue;
    local_copies_[d.path] = LocalCopy{*stamp, ContentHash(d.bytes), platform::PathToUtf8(data_dir / name)};
  }
}

WatchSet PolicyManager::MakeWatch(const std::vector<std::string>& data) const {
  const std::string path = central_or_default();
  std::vector<std::string> paths{path};
  if (has_central() && !options_.public_key.empty()) paths.push_back(path + ".sig");
  paths.insert(paths.end(), data.begin(), data.end());
  return WatchSet(paths);
}

void PolicyManager::Rewatch(const Attempt& a) {
  std::vector<std::string> data = a.data_files;
  data.insert(data.end(), a.tried.begin(), a.tried.end());
  // Refused before any data file was read: keep watching the old ones.
  if (!a.snapshot && data.empty()) return;
  WatchSet next = MakeWatch(data);
  if (next.paths() == watch_.paths()) return;
  std::vector<platform::FileStamp> stamps = next.Stamps(files_);
  for (size_t i = 0; i < next.paths().size(); ++i) {
    for (size_t j = 0; j < watch_.paths().size() && j < last_stamps_.size(); ++j) {
      if (watch_.paths()[j] == next.paths()[i]) stamps[i] = last_stamps_[j];
    }
  }
  watch_ = std::move(next);
  last_stamps_ = std::move(stamps);
}

void PolicyManager::NoteAttempt(const Attempt& a) {
  const auto now = Now();
  last_attempt_time_ = now;
  last_attempt_failed_ = !a.snapshot;
  last_attempt_transient_ = a.unreachable;
  if (!a.policy_hash.empty()) {
    attempted_hash_ = a.policy_hash;
    attempted_at_ = now;
    recheck_pending_ = true;
  }
}

size_t PolicyManager::RequestsPerCheck() {
  std::lock_guard poll_lock(poll_mu_);
  return watch_.requests();
}

bool PolicyManager::LoadInitial() {
  std::lock_guard poll_lock(poll_mu_);
  const std::string path = central_or_default();
  if (path.empty()) {
    Install(nullptr, "no policy_path configured and no default policy installed", true);
    diag_->Error("policy: no policy_path configured and no default policy installed");
    return false;
  }
  watch_ = MakeWatch({});
  last_stamps_ = watch_.Stamps(files_);  // what was seen before loading
  have_stamps_ = true;
  Attempt a = Load(path, options_.data_dir, has_central(), /*from_cache=*/false);
  Rewatch(a);
  NoteAttempt(a);

  if (a.snapshot) {
    diag_->Info("policy: loaded " + path + " (version " +
                a.snapshot->engine->policy_version() + ")");
    Install(a.snapshot, "", false);
    if (has_central()) SaveToCache(a);
    return true;
  }

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
  // The key covers the policy bytes and the data files' stamps, as the last
  // check saw them (no further request to the share).
  std::string key = a.policy_bytes;
  if (copy_data) {
    for (const std::string& f : a.data_files) {
      platform::FileStamp st;
      for (size_t i = 0; i < watch_.paths().size() && i < last_stamps_.size(); ++i) {
        if (watch_.paths()[i] == f) st = last_stamps_[i];
      }
      key += "\n" + f + "\t" + std::to_string(st.size) + "\t" + std::to_string(st.mtime_ns) +
             "\t" + std::to_string(st.change_ns);
    }
  }
  const std::string dir_name = "lkg-" + ContentHash(key).substr(0, 16);
  const fs::path cache = platform::PathFromUtf8(options_.cache_dir);
  const fs::path dir = cache / dir_name;
  const std::string pointer_path = platform::PathToUtf8(cache / kCachePointer);
  const std::string pointer = dir_name + "\n" + options_.central_path + "\n";
  std::error_code ec;
  if (std::optional<std::string> cur = platform::ReadWholeFile(pointer_path)) {
    if (*cur == pointer && fs::exists(dir / "policy", ec)) {  // already cached
      if (copy_data) RememberLocalCopies(a, dir / "data");
      return;
    }
  }
  local_copies_.clear();

  std::string error;
  fs::create_directories(dir / "data", ec);
  if (ec) {
    diag_->Warn("policy cache: cannot create " + platform::PathToUtf8(dir) + ": " + ec.message());
    return;
  }
  if (copy_data) {
    for (const std::string& f : a.data_files) {
      const fs::path src = platform::PathFromUtf8(f);
      const std::string dest = platform::PathToUtf8(dir / "data" / src.filename());
      const std::string* bytes = nullptr;
      for (const DataBytes& d : a.data_bytes) {
        if (d.path == f) bytes = &d.bytes;
      }
      if (bytes) {  // written from what was loaded: no second read of the share
        if (!platform::WriteFileAtomically(dest, *bytes, &error)) {
          diag_->Warn("policy cache: " + error);
          return;
        }
        continue;
      }
      // Not read by this load (a dictionary served from the derived-data
      // cache): copied.
      fs::copy_file(src, platform::PathFromUtf8(dest), fs::copy_options::overwrite_existing, ec);
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
  if (copy_data) RememberLocalCopies(a, dir / "data");
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
  if (watch_.empty()) watch_ = MakeWatch({});
  const std::vector<platform::FileStamp> stamps = watch_.Stamps(files_);
  const auto now = Now();
  bool changed = !have_stamps_ || stamps != last_stamps_;
  if (!changed && recheck_pending_ && stamps[0].exists && now - attempted_at_ >= kRecheckAfter) {
    // The one read after a load: same stamps, other bytes?
    if (std::optional<std::string> bytes = files_.Read(path, nullptr)) {
      recheck_pending_ = false;
      changed = ContentHash(*bytes) != attempted_hash_;
    }
  }
  const bool retry = last_attempt_failed_ &&
                     (last_attempt_transient_ || now - last_attempt_time_ >= kRetryRefusedAfter);
  if (!changed && !retry) return false;
  last_stamps_ = stamps;
  have_stamps_ = true;

  if (!stamps[0].exists) {
    if (!unreachable_logged_) {
      diag_->Warn("policy: " + path + " is unreachable; keeping the current policy");
      unreachable_logged_ = true;
    }
    std::lock_guard lock(mu_);
    status_.last_error = "policy unreachable: " + path;
    return false;
  }
  unreachable_logged_ = false;

  Attempt a = Load(path, options_.data_dir, has_central(), /*from_cache=*/false);
  Rewatch(a);
  NoteAttempt(a);
  if (!a.snapshot) {
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
  last_refusal_.clear();
  const std::string version = a.snapshot->engine->policy_version();
  Install(a.snapshot, "", false);
  diag_->Info("policy: loaded " + path + " (version " + version + ")");
  ReportSystemEvent(EventId::kPolicyUpdated, false, EventJson("policy_updated", path, version, ""));
  if (has_central()) SaveToCache(a);
  return true;
}

std::chrono::milliseconds PolicyManager::CurrentInterval() const {
  if (options_.poll_interval_source) {
    const std::chrono::milliseconds v = options_.poll_interval_source();
    if (v.count() > 0) return v;
  }
  return options_.poll_interval;
}

void PolicyManager::StartPolling() {
  if (options_.poll_interval.count() <= 0 || poller_.joinable()) return;
  poller_ = std::thread([this] {
    using Clock = std::chrono::steady_clock;
    // Seeded per process: hosts started together draw different delays.
    std::seed_seq seed{static_cast<uint64_t>(std::random_device{}()),
                       static_cast<uint64_t>(platform::ProcessId()),
                       static_cast<uint64_t>(Clock::now().time_since_epoch().count())};
    std::mt19937_64 rng(seed);
    std::chrono::milliseconds interval = CurrentInterval();
    bool first = true;
    Clock::time_point last = Clock::now();  // the last check, or the start
    Clock::time_point due = last + PollDelay(interval, first, &rng);
    const std::chrono::milliseconds refresh =
        options_.interval_refresh.count() > 0 ? options_.interval_refresh : std::chrono::seconds(30);
    auto note_interval = [this](std::chrono::milliseconds next, std::chrono::milliseconds was) {
      diag_->Info("policy: check interval is now " + std::to_string(next.count() / 1000) +
                  " s (was " + std::to_string(was.count() / 1000) + " s)");
    };
    std::unique_lock lock(stop_mu_);
    while (!stop_) {
      const Clock::time_point wake = std::min(due, Clock::now() + refresh);
      if (stop_cv_.wait_until(lock, wake, [this] { return stop_; })) break;
      lock.unlock();
      try {
        if (Clock::now() < due) {
          // Still waiting: a shorter interval (an urgent change announced by
          // group policy) brings the check forward.
          const std::chrono::milliseconds next = CurrentInterval();
          if (next < interval) {
            note_interval(next, interval);
            interval = next;
            due = std::min(due, last + PollDelay(interval, first, &rng));
          }
        } else {
          PollOnce();
          first = false;
          last = Clock::now();
          const std::chrono::milliseconds next = CurrentInterval();
          if (next != interval) {
            note_interval(next, interval);
            interval = next;
          }
          due = last + PollDelay(interval, first, &rng);
        }
      } catch (const std::exception& e) {
        diag_->Error(std::string("policy: poll failed: ") + e.what());
        first = false;
        last = Clock::now();
        due = last + PollDelay(interval, first, &rng);
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
