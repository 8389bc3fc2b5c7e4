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
// Polling: every poll interval the central policy's size, mtime and content
// hash, its .sig's size/mtime and the size/mtime of every data file of the
// last load are compared with the previous look. On a change the policy is
// reloaded on the polling thread and, if accepted, swapped in between two
// requests; a refused update leaves the last good engine in force and sets
// health "degraded" with last_error until an update is accepted. A refused
// policy is retried when its files change, and at least once a minute.
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
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

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

struct PolicyManagerOptions {
  std::string central_path;  // HostConfig.policy_path ("" = built-in default)
  std::string cache_dir;     // "" = no last-known-good cache
  std::string data_dir;      // HostConfig.data_dir ("" = policy's own paths)
  std::string public_key;    // base64 Ed25519 key ("" = signatures not required)
  std::chrono::milliseconds poll_interval{std::chrono::seconds(5)};
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

  // One polling step on the calling thread. Returns true if a new policy
  // was installed.
  bool PollOnce();

  std::shared_ptr<const PolicySnapshot> Current() const override;
  PolicyStatus Status() const override;

 private:
  struct Fingerprint {
    platform::FileStamp policy, sig;
    std::string policy_hash;
    std::vector<platform::FileStamp> data;
    bool operator==(const Fingerprint&) const = default;
  };
  struct Attempt;

  Attempt Load(const std::string& path, const std::string& data_dir, bool check_sig,
               bool from_cache) const;
  Fingerprint TakeFingerprint() const;
  void Install(std::shared_ptr<const PolicySnapshot> snap, std::string last_error,
               bool degraded);
  void SaveToCache(const Attempt& a);
  bool LoadFromCache(std::string* error);
  bool has_central() const { return !options_.central_path.empty(); }
  std::string central_or_default() const;

  const PolicyManagerOptions options_;
  DiagLog* diag_;

  mutable std::mutex mu_;  // guards status_
  PolicyStatus status_;

  // Polling state (touched by the polling thread, or by PollOnce callers).
  std::mutex poll_mu_;
  Fingerprint last_fp_;
  bool have_fp_ = false;
  bool last_attempt_failed_ = false;
  std::string last_refusal_;
  std::chrono::steady_clock::time_point last_attempt_time_{};
  std::vector<std::string> watched_data_files_;
  bool unreachable_logged_ = false;

  std::mutex stop_mu_;
  std::condition_variable stop_cv_;
  bool stop_ = false;
  bool poller_done_ = false;
  std::thread poller_;
};

}  // namespace privacy_guard::host

#endif  // PRIVACY_GUARD_HOST_POLICY_MANAGER_H_
