// The host's policy state: load at start, poll for changes, swap engines
// atomically, keep a last-known-good copy of the central policy (issue 7).
//
// Start-up order (LoadInitial):
//   1. the central policy (HostConfig.policy_path; if empty, the built-in
//      default policy, which is then neither signed nor cached);
//   2. if that is unreachable or refused: the last-known-good copy in
//      HostConfig.cache_dir ("from_cache": true in status);
//   3. if that fails too: the built-in default policy (health "degraded").
// A policy is refused when it does not parse, a data file it names cannot
// be read, the engine rejects it, or — with policy_public_key set — its
// "<policy>.sig" is missing or does not verify.
//
// Polling (issue 14: light on the share at municipal scale): a check looks
// at the metadata (size, last-write time, ctime or creation time) of the
// central policy, of its .sig when signatures are required, and of every
// data/term file the last load read (including one it failed to read). It
// costs one metadata request per folder (policy_files.h: one listing of the
// policy's folder, one of the data folder), and reads nothing while they are
// unchanged. Exception: the first check at least kRecheckAfter after a load
// reads the policy once and compares it with the bytes loaded, which catches
// an edit that kept the size and time stamp (2-second time stamps; the old
// code hashed the policy at every check for this). Checks are spaced by
// PollDelay(): random per host, so that hosts started together do not check
// together. The interval can change while the host runs (group policy
// PolicyPollSeconds, asked through poll_interval_source every
// interval_refresh): a shorter one brings the pending check forward, so an
// urgent interval applies within interval_refresh.
//
// On a change the policy is reloaded on the polling thread and, if accepted,
// swapped in between two requests. The loader is given the policy bytes that
// were read and verified (no second read, no window for a swap in between).
// Each data file is read once and the last-known-good copy is written from
// those bytes; a data file whose stamp did not change since the last load is
// read from that local copy instead of the share, provided its bytes still
// hash as the share's did when this process read them (the copy is in the
// user's profile). So a change costs each host one read of each file that
// changed (plus the policy and .sig). A refused update leaves the last good
// engine in force and sets health "degraded" with last_error until an
// update is accepted. A
// refused policy is retried when a watched file changes, at the next check
// when the policy itself could not be read, and otherwise once
// kRetryRefusedAfter has passed.
//
// Cache layout (written only for an accepted central policy):
//   <cache_dir>/current            "lkg-<hash>\n<central path>\n"
//   <cache_dir>/lkg-<hash>/policy  the policy's exact bytes (+ policy.sig)
//   <cache_dir>/lkg-<hash>/data/   every data/term file the policy named,
//                                  by file name (loaded with data_dir there)
// <hash> covers the policy bytes and the data files' sizes and mtimes, so a
// directory is never rewritten in place; "current" is replaced atomically.
//
// Thread safety: Current() and Status() may be called from any thread
// concurrently with polling.
#ifndef PRIVACY_GUARD_HOST_POLICY_MANAGER_H_
#define PRIVACY_GUARD_HOST_POLICY_MANAGER_H_

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "host/host_config.h"  // kDefaultPollSeconds
#include "host/policy_files.h"
#include "platform/platform.h"
#include "privacy_guard/engine.h"
#include "privacy_guard/policy.pb.h"

namespace privacy_guard::host {

class DiagLog;

// An immutable loaded policy; one request is served entirely from one.
struct PolicySnapshot {
  std::shared_ptr<const Engine> engine;  // never null
  config::Policy policy;                 // sites, texts
  std::string source;                    // the file it was loaded from
  std::string loaded_at;                 // UTC "YYYY-MM-DDTHH:MM:SSZ"
  bool from_cache = false;
};

struct PolicyStatus {
  std::shared_ptr<const PolicySnapshot> snapshot;  // null: no usable policy
  std::string last_error;  // "" when the central policy is in force
  bool degraded = false;   // an update was refused / nothing usable loaded
};

// What the request handler needs: the current policy and its health.
class PolicyProvider {
 public:
  virtual ~PolicyProvider() = default;
  // The snapshot to serve the next request with; null if none is usable.
  virtual std::shared_ptr<const PolicySnapshot> Current() const = 0;
  virtual PolicyStatus Status() const = 0;
};

// A provider that never changes (tests, fuzzers).
class FixedPolicyProvider final : public PolicyProvider {
 public:
  explicit FixedPolicyProvider(PolicyStatus status) : status_(std::move(status)) {}
  std::shared_ptr<const PolicySnapshot> Current() const override { return status_.snapshot; }
  PolicyStatus Status() const override { return status_; }

 private:
  PolicyStatus status_;
};

// Each wait between two checks is the interval times a random factor in
// [1 - kPollJitter, 1 + kPollJitter].
inline constexpr double kPollJitter = 0.2;
// A refused policy whose files did not change is tried again after this.
inline constexpr std::chrono::hours kRetryRefusedAfter{1};
// The policy is read once more at the first check this long after a load.
inline constexpr std::chrono::seconds kRecheckAfter{3};

// The wait before a check. Before the first check after start: uniform in
// [0, interval), so hosts started together spread their checks over one
// interval; afterwards uniform in [(1 - kPollJitter) * interval,
// (1 + kPollJitter) * interval], whose mean is `interval`. So a running
// host looks at the share at least every (1 + kPollJitter) * interval.
// `interval` must be positive.
std::chrono::milliseconds PollDelay(std::chrono::milliseconds interval, bool first,
                                    std::mt19937_64* rng);

struct PolicyManagerOptions {
  std::string central_path;  // HostConfig.policy_path ("" = built-in default)
  std::string cache_dir;     // "" = no last-known-good cache
  std::string data_dir;      // HostConfig.data_dir ("" = policy's own paths)
  std::string public_key;    // base64 Ed25519 key ("" = signatures not required)
  // Mean time between two checks; 0 = no polling thread (tests call
  // PollOnce themselves).
  std::chrono::milliseconds poll_interval{std::chrono::seconds(kDefaultPollSeconds)};
  // When set, asked before the first and after every check for the
  // interval to use next, and every interval_refresh while waiting (the host
  // re-reads the group-policy value, so a shorter interval takes effect
  // without a browser restart). A shorter interval seen while waiting
  // brings the pending check forward: it is then due PollDelay(new
  // interval) after the last check (or the start), or at once if that has
  // passed. A longer one applies from the next check on. A result <= 0
  // means poll_interval. Called on the polling thread only.
  std::function<std::chrono::milliseconds()> poll_interval_source;
  // How often a waiting poller asks poll_interval_source again (local, no
  // request to the share).
  std::chrono::milliseconds interval_refresh{std::chrono::seconds(30)};
  // The file layer for the policy, its signature and data files; null =
  // RealPolicyFiles(). Must outlive the manager. (The last-known-good cache
  // is local and always uses the real file system.)
  PolicyFiles* files = nullptr;
  // The clock for kRetryRefusedAfter and kRecheckAfter; null = steady_clock.
  std::function<std::chrono::steady_clock::time_point()> clock;
};

class PolicyManager final : public PolicyProvider {
 public:
  // `diag` must outlive the manager.
  PolicyManager(PolicyManagerOptions options, DiagLog* diag);
  ~PolicyManager() override;  // stops polling
  PolicyManager(const PolicyManager&) = delete;
  PolicyManager& operator=(const PolicyManager&) = delete;

  // Loads the initial policy as described above. Returns false if no
  // policy at all could be loaded (Current() is then null). Call once,
  // before StartPolling().
  bool LoadInitial();

  // Starts the background polling thread (no-op if the interval is 0).
  void StartPolling();
  // Stops the polling thread and joins it. If a poll is still running
  // after `wait` (e.g. a read from an unresponsive file share), returns
  // false without joining; the caller must then end the process without
  // destroying the manager (the host calls std::_Exit). Idempotent.
  bool StopPolling(std::chrono::milliseconds wait = std::chrono::hours(24));

  // One check on the calling thread (see "Polling" above). Returns true if
  // a new policy was installed.
  bool PollOnce();

  // Metadata requests one check makes now (the number of watched folders).
  size_t RequestsPerCheck();

  std::shared_ptr<const PolicySnapshot> Current() const override;
  PolicyStatus Status() const override;

 private:
  struct Attempt;
  struct DataBytes {
    std::string path, bytes;
  };
  // A data file of the policy in force that is also in the last-known-good
  // copy: read from there at the next load while its stamp is unchanged.
  struct LocalCopy {
    platform::FileStamp stamp;
    std::string hash;  // of the bytes read from the share
    std::string local_path;
  };

  Attempt Load(const std::string& path, const std::string& data_dir, bool check_sig,
               bool from_cache) const;
  // The policy (and .sig) plus `data` files.
  WatchSet MakeWatch(const std::vector<std::string>& data) const;
  // After an attempt: watch the files it read; stamps of files watched
  // before are kept as they were before the load.
  void Rewatch(const Attempt& a);
  // Records what an attempt read, for the re-read after a load.
  void NoteAttempt(const Attempt& a);
  // The stamp of a watched file from the last check (null if not watched or
  // missing).
  const platform::FileStamp* WatchedStamp(const std::string& path) const;
  // The bytes of `path` from its local copy if its stamp is `stamp` and the
  // copy still hashes as the share's bytes did; else nullopt.
  std::optional<std::string> ReadLocalCopy(const std::string& path,
                                           const platform::FileStamp& stamp) const;
  void RememberLocalCopies(const Attempt& a, const std::filesystem::path& data_dir);
  std::chrono::steady_clock::time_point Now() const;
  std::chrono::milliseconds CurrentInterval() const;
  void Install(std::shared_ptr<const PolicySnapshot> snap, std::string last_error,
               bool degraded);
  void SaveToCache(const Attempt& a);
  bool LoadFromCache(std::string* error);
  bool has_central() const { return !options_.central_path.empty(); }
  std::string central_or_default() const;

  const PolicyManagerOptions options_;
  PolicyFiles& files_;
  DiagLog* diag_;

  mutable std::mutex mu_;  // guards status_
  PolicyStatus status_;

  // Polling state (touched by the polling thread, or by PollOnce callers).
  std::mutex poll_mu_;
  WatchSet watch_;  // paths()[0] is the policy
  std::vector<platform::FileStamp> last_stamps_;
  bool have_stamps_ = false;
  bool last_attempt_failed_ = false;
  bool last_attempt_transient_ = false;  // the policy itself could not be read
  std::string last_refusal_;
  std::chrono::steady_clock::time_point last_attempt_time_{};
  std::string attempted_hash_;  // hash of the policy bytes the last attempt read
  std::chrono::steady_clock::time_point attempted_at_{};
  bool recheck_pending_ = false;
  std::map<std::string, LocalCopy> local_copies_;
  bool unreachable_logged_ = false;

  std::mutex stop_mu_;
  std::condition_variable stop_cv_;
  bool stop_ = false;
  bool poller_done_ = false;
  std::thread poller_;
};

}  // namespace privacy_guard::host

#endif  // PRIVACY_GUARD_HOST_POLICY_MANAGER_H_
