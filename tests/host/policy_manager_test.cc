// Unit tests of the host's policy manager, in process and deterministic:
// PollOnce() is called by the test, time is a fake clock, and the file layer
// is a counting double around the real file system (issue 14: how many
// requests one host makes on the policy share). Part of host_unit_test.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "host/diag_log.h"
#include "host/host_config.h"
#include "host/policy_files.h"
#include "host/policy_manager.h"
#include "host/protocol.h"
#include "host/session.h"
#include "platform/platform.h"
#include "privacy_guard/config.h"
#include "host_test_files.h"

namespace privacy_guard::host {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

using privacy_guard::testing::KeyPair;
using privacy_guard::testing::ReadAll;
using privacy_guard::testing::TempDir;
using privacy_guard::testing::WriteAll;

// The real file system, with every call counted. Freeze() makes it report a
// fixed stamp for one file (a change that kept size and time stamps).
class CountingFiles final : public PolicyFiles {
 public:
  platform::FileStamp Stat(const std::string& path) override {
    ++stats;
    return Fix(path, RealPolicyFiles().Stat(path));
  }
  std::vector<platform::FileStamp> StatInFolder(const std::string& dir,
                                                const std::vector<std::string>& names) override {
    ++listings;
    std::vector<platform::FileStamp> out = RealPolicyFiles().StatInFolder(dir, names);
    for (size_t i = 0; i < out.size(); ++i) {
      out[i] = Fix(platform::PathToUtf8(platform::PathFromUtf8(dir) / platform::PathFromUtf8(names[i])),
                   out[i]);
    }
    return out;
  }
  std::optional<std::string> Read(const std::string& path, std::string* error) override {
    ++reads;
    ++reads_of[Normal(path)];
    return RealPolicyFiles().Read(path, error);
  }

  void Freeze(const fs::path& p) { frozen[p.string()] = RealPolicyFiles().Stat(p.string()); }
  int requests() const { return stats + listings; }
  // Reads of `path`, however the loader spelled it (on Windows it joins
  // "d/first.txt" to the policy's folder with both separators).
  int ReadsOf(const std::string& path) const {
    auto it = reads_of.find(Normal(path));
    return it == reads_of.end() ? 0 : it->second;
  }
  void Reset() {
    stats = listings = reads = 0;
    reads_of.clear();
  }

  int stats = 0, listings = 0, reads = 0;
  std::map<std::string, int> reads_of;
  std::map<std::string, platform::FileStamp> frozen;

 private:
  static std::string Normal(const std::string& path) {
    return platform::PathToUtf8(platform::PathFromUtf8(path).lexically_normal());
  }
  platform::FileStamp Fix(const std::string& path, platform::FileStamp s) const {
    auto it = frozen.find(path);
    return it == frozen.end() ? s : it->second;
  }
};

// A central policy on <tmp>/share with two data files in share/d/,
// optionally signed, and a manager on it with a fake clock.
struct Share {
  explicit Share(bool sign = false) : signed_(sign) {
    WriteAll(data("first.txt"), "Anne\nJens\n");
    WriteAll(data("last.txt"), "Hansen\nJensen\n");
    Publish("1");
    opts.central_path = policy().string();
    opts.cache_dir = (tmp.path() / "cache").string();
    opts.poll_interval = 0ms;  // the test calls PollOnce
    opts.files = &files;
    opts.clock = [this] { return now; };
    if (sign) opts.public_key = key.public_b64();
  }
  fs::path policy() const { return tmp.path() / "share" / "p.policy"; }
  fs::path data(const std::string& name) const { return tmp.path() / "share" / "d" / name; }
  static std::string Text(const std::string& version, const std::string& extra = "") {
    return "version: \"" + version + "\"\ncategories { cpr { action: BLOCK } }\n"
           "data { first_names: \"d/first.txt\" surnames: \"d/last.txt\" " + extra + "}\n";
  }
  void Publish(const std::string& version, const std::string& extra = "") {
    const std::string text = Text(version, extra);
    if (signed_) WriteAll(policy().string() + ".sig", key.Sign(text));
    WriteAll(policy(), text);
  }

  TempDir tmp;
  KeyPair key;
  bool signed_;
  DiagLog diag;
  CountingFiles files;
  Clock::time_point now{};
  PolicyManagerOptions opts;
};

// --- reload, last good, cache ---------------------------------------------------------------------

std::string PolicyText(const std::string& version) {
  return "version: \"" + version + "\"\ncategories { cpr { action: BLOCK } }\n"
         "data { first_names: \"d/first.txt\" }\n";
}

// Rewrites `p` as an administrator would, a while after its last write: the
// last-write time moves on by a second. Rewrites within one tick of the file
// system's clock (coarse under Wine) can leave size and times unchanged,
// which the metadata-only check then rightly does not see.
void Rewrite(const fs::path& p, std::string_view content) {
  std::error_code ec;
  const auto before = fs::last_write_time(p, ec);
  WriteAll(p, content);
  if (!ec) fs::last_write_time(p, before + std::chrono::seconds(1));
}

TEST(PolicyManager, ReloadsOnChangeKeepsLastGoodAndCaches) {
  TempDir tmp;
  DiagLog diag;
  const fs::path central = tmp.path() / "share" / "p.policy";
  WriteAll(central, PolicyText("1"));
  WriteAll(tmp.path() / "share" / "d" / "first.txt", "Anne\nJens\n");
  PolicyManagerOptions opts;
  opts.central_path = central.string();
  opts.cache_dir = (tmp.path() / "cache").string();
  opts.poll_interval = std::chrono::milliseconds(0);
  PolicyManager pm(opts, &diag);
  ASSERT_TRUE(pm.LoadInitial());
  EXPECT_EQ(pm.Current()->engine->policy_version(), "1");
  EXPECT_FALSE(pm.PollOnce());  // nothing changed

  Rewrite(central, PolicyText("2"));
  EXPECT_TRUE(pm.PollOnce());
  EXPECT_EQ(pm.Current()->engine->policy_version(), "2");
  EXPECT_FALSE(pm.Status().degraded);

  // A data-file change alone is picked up too.
  Rewrite(tmp.path() / "share" / "d" / "first.txt", "Anne\nJens\nMette\n");
  EXPECT_TRUE(pm.PollOnce());
  EXPECT_EQ(pm.Current()->engine->data_stats().first_names, 3u);

  auto before = pm.Current();
  Rewrite(central, "version: \"3\"\nbogus_field: 1\n");
  EXPECT_FALSE(pm.PollOnce());
  EXPECT_EQ(pm.Current(), before);
  EXPECT_TRUE(pm.Status().degraded);
  EXPECT_NE(pm.Status().last_error.find("p.policy:2"), std::string::npos) << pm.Status().last_error;
  EXPECT_FALSE(pm.PollOnce());  // not retried until it changes

  // Only one last-known-good copy is kept; it is the version-2 policy with data.
  int copies = 0;
  for (const auto& e : fs::directory_iterator(tmp.path() / "cache")) {
    if (e.is_directory()) {
      ++copies;
      EXPECT_EQ(ReadAll(e.path() / "policy"), PolicyText("2"));
      EXPECT_EQ(ReadAll(e.path() / "data" / "first.txt"), "Anne\nJens\nMette\n");
    }
  }
  EXPECT_EQ(copies, 1);

  // Share gone: a new manager serves the cached copy.
  fs::remove_all(tmp.path() / "share");
  PolicyManager pm2(opts, &diag);
  ASSERT_TRUE(pm2.LoadInitial());
  EXPECT_TRUE(pm2.Current()->from_cache);
  EXPECT_EQ(pm2.Current()->engine->policy_version(), "2");
  EXPECT_EQ(pm2.Current()->engine->data_stats().first_names, 3u);
  EXPECT_FALSE(pm2.Status().degraded);
  EXPECT_NE(pm2.Status().last_error.find("unreachable"), std::string::npos);
  EXPECT_FALSE(pm2.PollOnce());

  // The share comes back with a new policy.
  WriteAll(central, "version: \"4\"\n");
  EXPECT_TRUE(pm2.PollOnce());
  EXPECT_FALSE(pm2.Current()->from_cache);
  EXPECT_EQ(pm2.Status().last_error, "");
}

TEST(PolicyManager, NoPolicyAtAllIsReported) {
  TempDir tmp;
  DiagLog diag;
  PolicyManagerOptions opts;
  opts.central_path = (tmp.path() / "missing.policy").string();
  opts.data_dir = (tmp.path() / "nodata").string();
  PolicyManager pm(opts, &diag);
  // Falls back to the built-in default (found via the source tree).
  const bool loaded = pm.LoadInitial();
  if (!DefaultPolicyPath().empty()) {
    EXPECT_TRUE(loaded);
    EXPECT_TRUE(pm.Status().degraded);
    EXPECT_EQ(pm.Current()->source, DefaultPolicyPath());
  }
}

TEST(PolicyManager, SessionAnswersInternalWithoutPolicy) {
  FixedPolicyProvider none(PolicyStatus{nullptr, "nothing", true});
  Session s(&none, nullptr, "o");
  Request r;
  r.type = RequestType::kCheck;
  r.id = 1;
  r.text = "x";
  json reply = json::parse(s.Handle(r));
  EXPECT_EQ(reply["error"]["code"], "internal");
  r.type = RequestType::kHello;
  json st = json::parse(s.Handle(r));
  EXPECT_EQ(st["health"], "degraded");
  EXPECT_EQ(st["policy"]["last_error"], "nothing");
}

// --- schedule and interval ------------------------------------------------------------------------

TEST(PollDelay, FirstSpreadsOverOneIntervalLaterStayWithinJitter) {
  std::mt19937_64 rng(42);
  const auto interval = std::chrono::milliseconds(300s);
  std::chrono::milliseconds lo_first = interval, hi_first{0}, lo = 2 * interval, hi{0}, sum{0};
  constexpr int kDraws = 2000;
  for (int i = 0; i < kDraws; ++i) {
    const auto f = PollDelay(interval, /*first=*/true, &rng);
    lo_first = std::min(lo_first, f);
    hi_first = std::max(hi_first, f);
    const auto d = PollDelay(interval, /*first=*/false, &rng);
    lo = std::min(lo, d);
    hi = std::max(hi, d);
    sum += d;
  }
  EXPECT_GE(lo_first.count(), 0);
  EXPECT_LE(hi_first, interval);
  // Hosts started together really spread: first checks cover most of [0, 300 s).
  EXPECT_LT(lo_first, 30s);
  EXPECT_GT(hi_first, 270s);
  EXPECT_GE(lo, 240s);
  EXPECT_LE(hi, 360s);
  EXPECT_LT(lo, 250s);
  EXPECT_GT(hi, 350s);
  const double mean_s = std::chrono::duration<double>(sum).count() / kDraws;
  EXPECT_NEAR(mean_s, 300.0, 5.0);
}

TEST(PollSeconds, DefaultFileAndGroupPolicyWithTheirRanges) {
  config::HostConfig cfg;
  PollSetting p = PollSeconds(cfg, std::nullopt);
  EXPECT_EQ(p.seconds, 300u);
  EXPECT_EQ(p.source, PollSource::kDefault);
  cfg.set_policy_poll_seconds(1);  // a test or a single PC may check often
  p = PollSeconds(cfg, std::nullopt);
  EXPECT_EQ(p.seconds, 1u);
  EXPECT_EQ(p.source, PollSource::kConfigFile);
  EXPECT_FALSE(p.clamped);
  cfg.set_policy_poll_seconds(1000000);
  EXPECT_EQ(PollSeconds(cfg, std::nullopt).seconds, kMaxPollSeconds);
  EXPECT_TRUE(PollSeconds(cfg, std::nullopt).clamped);
  // Group policy wins, within its own range.
  p = PollSeconds(cfg, 60);
  EXPECT_EQ(p.seconds, 60u);
  EXPECT_EQ(p.source, PollSource::kGroupPolicy);
  EXPECT_FALSE(p.clamped);
  p = PollSeconds(cfg, 5);
  EXPECT_EQ(p.seconds, kMinGroupPolicyPollSeconds);
  EXPECT_TRUE(p.clamped);
  EXPECT_EQ(PollSeconds(cfg, 0).seconds, kMinGroupPolicyPollSeconds);
  EXPECT_EQ(PollSeconds(cfg, uint64_t{1} << 40).seconds, kMaxGroupPolicyPollSeconds);
  EXPECT_STREQ(PollSourceName(PollSource::kGroupPolicy), "group policy PolicyPollSeconds");
}

TEST(PollSeconds, IntervalSourceIsAskedAgainAfterEveryCheck) {
  Share s;
  s.opts.clock = nullptr;  // the real polling thread, in real time
  s.opts.poll_interval = 50ms;
  std::atomic<int> asked{0};
  s.opts.poll_interval_source = [&asked]() -> std::chrono::milliseconds {
    ++asked;
    return 5ms;  // as a group-policy value read before each check
  };
  PolicyManager pm(s.opts, &s.diag);
  ASSERT_TRUE(pm.LoadInitial());
  s.files.Reset();
  pm.StartPolling();
  const auto deadline = Clock::now() + 30s;  // generous: the machine may be busy
  while (asked < 5 && Clock::now() < deadline) std::this_thread::sleep_for(10ms);
  ASSERT_TRUE(pm.StopPolling());
  EXPECT_GE(asked, 5);
  EXPECT_GE(s.files.listings, 4);  // checks ran at the interval the source gave
  EXPECT_EQ(pm.Current()->engine->policy_version(), "1");
}

// The real file system, counting metadata requests atomically (for tests
// with the real polling thread).
class AtomicCountingFiles final : public PolicyFiles {
 public:
  platform::FileStamp Stat(const std::string& path) override {
    ++requests;
    return RealPolicyFiles().Stat(path);
  }
  std::vector<platform::FileStamp> StatInFolder(const std::string& dir,
                                                const std::vector<std::string>& names) override {
    ++requests;
    return RealPolicyFiles().StatInFolder(dir, names);
  }
  std::optional<std::string> Read(const std::string& path, std::string* error) override {
    return RealPolicyFiles().Read(path, error);
  }
  std::atomic<int> requests{0};
};

TEST(PollSeconds, ShorterIntervalWhileWaitingBringsTheCheckForward) {
  // An urgent interval set by group policy while a host waits out a long
  // one: seen at the next refresh, and the pending check comes forward.
  Share s;
  AtomicCountingFiles files;
  s.opts.files = &files;
  s.opts.clock = nullptr;  // the real polling thread
  s.opts.poll_interval = 1h;
  s.opts.interval_refresh = 10ms;
  std::atomic<int> asked{0};
  s.opts.poll_interval_source = [&asked]() -> std::chrono::milliseconds {
    return ++asked == 1 ? std::chrono::milliseconds(1h) : 5ms;  // then set to 5 ms
  };
  PolicyManager pm(s.opts, &s.diag);
  ASSERT_TRUE(pm.LoadInitial());
  const int before = files.requests;
  pm.StartPolling();
  // Without the refresh the first check would be due anywhere in [0, 1 h).
  const auto deadline = Clock::now() + 30s;  // generous: the machine may be busy
  while (files.requests < before + 2 && Clock::now() < deadline) std::this_thread::sleep_for(10ms);
  ASSERT_TRUE(pm.StopPolling());
  EXPECT_GE(asked, 2);
  EXPECT_GE(files.requests, before + 2);  // a check: the policy's folder and d/
}

// --- the file layer -------------------------------------------------------------------------------

TEST(StatFilesInFolder, GivesWhatStatFileGives) {
  TempDir tmp;
  WriteAll(tmp.path() / "p.policy", "abc");
  WriteAll(tmp.path() / "p.policy.sig", "sig\n");
  WriteAll(tmp.path() / "other.txt", "x");
  fs::create_directories(tmp.path() / "p.policy.dir");
  const std::string dir = tmp.path().string();
  const std::vector<platform::FileStamp> s =
      platform::StatFilesInFolder(dir, {"p.policy", "p.policy.sig", "missing", "p.policy.dir"});
  ASSERT_EQ(s.size(), 4u);
  EXPECT_EQ(s[0], platform::StatFile((tmp.path() / "p.policy").string()));
  EXPECT_EQ(s[1], platform::StatFile((tmp.path() / "p.policy.sig").string()));
  EXPECT_TRUE(s[0].exists);
  EXPECT_EQ(s[0].size, 3u);
  EXPECT_NE(s[0].mtime_ns, 0);
  EXPECT_FALSE(s[2].exists);
  EXPECT_FALSE(s[3].exists);  // a folder is not a file
  // Names with no common prefix list the whole folder.
  EXPECT_EQ(platform::StatFilesInFolder(dir, {"other.txt", "p.policy"})[0],
            platform::StatFile((tmp.path() / "other.txt").string()));
#ifdef _WIN32
  EXPECT_EQ(platform::StatFilesInFolder(dir, {"P.POLICY", "OTHER.TXT"})[0], s[0]);  // as Windows names
#endif
  // Replacing a file is seen even with the same size and last-write time.
  const platform::FileStamp before = platform::StatFile((tmp.path() / "other.txt").string());
  const auto mtime = fs::last_write_time(tmp.path() / "other.txt");
  std::this_thread::sleep_for(20ms);
  WriteAll(tmp.path() / "other.txt", "y");
  fs::last_write_time(tmp.path() / "other.txt", mtime);
  const platform::FileStamp after = platform::StatFile((tmp.path() / "other.txt").string());
#ifndef _WIN32
  EXPECT_EQ(after.mtime_ns, before.mtime_ns);  // ctime tells them apart
#endif
  EXPECT_NE(after, before);
}

TEST(WatchSet, OneRequestPerFolder) {
  TempDir tmp;
  CountingFiles files;
  const std::string share = (tmp.path() / "share").string();
  WatchSet w({share + "/p.policy", share + "/p.policy.sig", share + "/d/a.txt", share + "/d/b.txt",
              share + "/d/a.txt", "/elsewhere/dict"});
  EXPECT_EQ(w.paths().size(), 5u);  // the duplicate is dropped
  EXPECT_EQ(w.paths()[0], share + "/p.policy");
  EXPECT_EQ(w.requests(), 3u);
  WriteAll(tmp.path() / "share" / "d" / "b.txt", "b");
  const std::vector<platform::FileStamp> s = w.Stamps(files);
  EXPECT_EQ(files.listings, 2);  // share/ and share/d/
  EXPECT_EQ(files.stats, 1);     // the single file in its folder
  EXPECT_EQ(files.reads, 0);
  ASSERT_EQ(s.size(), 5u);
  EXPECT_FALSE(s[2].exists);
  EXPECT_TRUE(s[3].exists);
  EXPECT_EQ(s[3].size, 1u);
}

// --- what one host costs the share -----------------------------------------------------------------

// Runs the checks of `duration` of simulated time with the default interval
// and jitter; returns the number of checks. `at_half` runs once halfway.
int SimulateChecks(Share& s, PolicyManager& pm, std::chrono::seconds duration,
                   const std::function<void()>& at_half = nullptr, int* reloads = nullptr) {
  std::mt19937_64 rng(7);
  const Clock::time_point start = s.now;
  Clock::time_point t = start;
  bool first = true, half_done = false;
  int checks = 0;
  for (;;) {
    t += PollDelay(std::chrono::seconds(kDefaultPollSeconds), first, &rng);
    first = false;
    if (t - start > duration) break;
    if (at_half && !half_done && t - start >= duration / 2) {
      at_half();
      half_done = true;
    }
    s.now = t;
    const bool reloaded = pm.PollOnce();
    if (reloads) *reloads += reloaded;
    ++checks;
  }
  s.now = start + duration;
  return checks;
}

TEST(PolicyCost, OneHostForOneHourWithDefaultSettings) {
  Share s(/*sign=*/true);
  PolicyManager pm(s.opts, &s.diag);
  ASSERT_TRUE(pm.LoadInitial());
  EXPECT_FALSE(pm.Status().degraded) << pm.Status().last_error;
  // The policy and its .sig in one folder, both data files in another.
  EXPECT_EQ(pm.RequestsPerCheck(), 2u);
  // Start-up read each file once: the loader got the verified policy bytes.
  EXPECT_EQ(s.files.ReadsOf(s.policy().string()), 1);
  EXPECT_EQ(s.files.ReadsOf(s.data("first.txt").string()), 1);
  const int startup_reads = s.files.reads, startup_requests = s.files.requests();
  s.files.Reset();

  // An idle hour: metadata only, plus the one re-read after the start-up load.
  const int checks = SimulateChecks(s, pm, 1h);
  EXPECT_GE(checks, 10);  // at least every 360 s
  EXPECT_LE(checks, 16);
  EXPECT_EQ(s.files.requests(), 2 * checks);
  EXPECT_EQ(s.files.stats, 0);  // two folder listings per check
  EXPECT_EQ(s.files.reads, 1);
  EXPECT_EQ(s.files.ReadsOf(s.policy().string()), 1);
  const int idle_requests = s.files.requests(), idle_reads = s.files.reads;

  // An hour with one change (a data file) halfway: it is loaded at the next
  // check, reading the policy, its .sig and the changed file from the share;
  // the unchanged data file comes from the local last-known-good copy.
  s.files.Reset();
  int reloads = 0;
  const int checks2 = SimulateChecks(
      s, pm, 1h, [&] { WriteAll(s.data("last.txt"), "Hansen\nJensen\nNielsen\n"); }, &reloads);
  EXPECT_EQ(reloads, 1);
  EXPECT_EQ(pm.Current()->engine->data_stats().surnames, 3u);
  // 3 reads for the load, 1 re-read after it; no re-read of the earlier load.
  EXPECT_EQ(s.files.reads, 4);
  EXPECT_EQ(s.files.ReadsOf(s.policy().string()), 2);
  EXPECT_EQ(s.files.ReadsOf(s.policy().string() + ".sig"), 1);
  EXPECT_EQ(s.files.ReadsOf(s.data("last.txt").string()), 1);
  EXPECT_EQ(s.files.ReadsOf(s.data("first.txt").string()), 0);
  EXPECT_EQ(s.files.requests(), 2 * checks2);  // the watched files did not change
  std::printf("[ figures  ] one host, default interval %u s +/- %d %%: start-up %d reads, %d metadata "
              "requests; idle hour: %d checks, %d metadata requests, %d read; hour with one change: "
              "%d checks, %d metadata requests, %d reads\n",
              kDefaultPollSeconds, static_cast<int>(kPollJitter * 100), startup_reads,
              startup_requests, checks, idle_requests, idle_reads, checks2, s.files.requests(),
              s.files.reads);
}

TEST(PolicyCost, ChangeReadsOnlyChangedFilesFromTheShare) {
  Share s(/*sign=*/true);
  PolicyManager pm(s.opts, &s.diag);
  ASSERT_TRUE(pm.LoadInitial());
  s.files.Reset();
  s.Publish("2");  // the policy and its .sig; the data files stay
  s.now += 300s;
  EXPECT_TRUE(pm.PollOnce());
  EXPECT_EQ(pm.Current()->engine->policy_version(), "2");
  EXPECT_EQ(pm.Current()->engine->data_stats().first_names, 2u);
  EXPECT_EQ(s.files.reads, 2);  // policy and .sig only
  EXPECT_EQ(s.files.ReadsOf(s.data("first.txt").string()), 0);

  // A local copy that no longer holds what was read from the share (the
  // user can write there) is not used: that file comes from the share.
  int tampered = 0;
  for (const auto& e : fs::recursive_directory_iterator(s.tmp.path() / "cache")) {
    if (e.path().filename() == "first.txt") {
      WriteAll(e.path(), "Mallory\n");
      ++tampered;
    }
  }
  ASSERT_EQ(tampered, 1);
  s.files.Reset();
  s.Publish("3");
  s.now += 300s;
  EXPECT_TRUE(pm.PollOnce());
  EXPECT_EQ(pm.Current()->engine->policy_version(), "3");
  EXPECT_EQ(pm.Current()->engine->data_stats().first_names, 2u);
  EXPECT_EQ(s.files.ReadsOf(s.data("first.txt").string()), 1);
  EXPECT_EQ(s.files.ReadsOf(s.data("last.txt").string()), 0);
}

TEST(PolicyCost, EditKeepingSizeAndTimeIsCaughtByTheOneReRead) {
  Share s;
  PolicyManager pm(s.opts, &s.diag);
  ASSERT_TRUE(pm.LoadInitial());
  s.files.Reset();
  // Same size, and the file layer reports the old stamps (as a file system
  // with 2-second time stamps would for an edit within the same 2 s).
  s.files.Freeze(s.policy());
  const std::string v2 = Share::Text("2");
  ASSERT_EQ(v2.size(), Share::Text("1").size());
  WriteAll(s.policy(), v2);
  s.now += 1s;  // too soon after the load: nothing is read
  EXPECT_FALSE(pm.PollOnce());
  EXPECT_EQ(s.files.reads, 0);
  s.now += kRecheckAfter;
  EXPECT_TRUE(pm.PollOnce());
  EXPECT_EQ(pm.Current()->engine->policy_version(), "2");
  s.now += 10s;
  EXPECT_FALSE(pm.PollOnce());  // the re-read after this load: same bytes
  const int reads = s.files.reads;
  for (int i = 0; i < 5; ++i) {
    s.now += 300s;
    EXPECT_FALSE(pm.PollOnce());
  }
  EXPECT_EQ(s.files.reads, reads);  // and then metadata only
}

TEST(PolicyCost, RefusedPolicyIsRetriedOnChangeOrAfterAnHour) {
  Share s;
  PolicyManager pm(s.opts, &s.diag);
  ASSERT_TRUE(pm.LoadInitial());
  // A data file the new policy names does not exist yet: refused, and the
  // missing file is watched, so it is picked up as soon as it appears.
  s.Publish("2", "places: \"d/places.txt\" ");
  s.now += 300s;
  EXPECT_FALSE(pm.PollOnce());
  EXPECT_TRUE(pm.Status().degraded);
  EXPECT_EQ(pm.Current()->engine->policy_version(), "1");
  EXPECT_NE(pm.Status().last_error.find("places.txt"), std::string::npos);
  s.now += 300s;
  pm.PollOnce();  // the re-read after the attempt
  s.files.Reset();
  for (int i = 0; i < 5; ++i) {
    s.now += 300s;
    EXPECT_FALSE(pm.PollOnce());
  }
  EXPECT_EQ(s.files.reads, 0);  // a refused policy is not read again and again
  WriteAll(s.data("places.txt"), "Aarhus\n");
  s.now += 300s;
  EXPECT_TRUE(pm.PollOnce());
  EXPECT_EQ(pm.Current()->engine->policy_version(), "2");
  EXPECT_FALSE(pm.Status().degraded);

  // Broken in a way no watched file will fix: tried again after an hour.
  WriteAll(s.policy(), "version: \"3\"\nbogus_field: 1\n");
  s.now += 300s;
  EXPECT_FALSE(pm.PollOnce());
  s.now += 300s;
  pm.PollOnce();
  s.files.Reset();
  s.now += kRetryRefusedAfter - 300s;
  EXPECT_FALSE(pm.PollOnce());
  EXPECT_EQ(s.files.reads, 1);
  EXPECT_TRUE(pm.Status().degraded);
  EXPECT_EQ(pm.Current()->engine->policy_version(), "2");
}

TEST(PolicyCost, SignatureAfterThePolicyIsPickedUp) {
  Share s(/*sign=*/true);
  PolicyManager pm(s.opts, &s.diag);
  ASSERT_TRUE(pm.LoadInitial());
  // IT copies the new policy first and its signature a little later.
  const std::string v2 = Share::Text("2");
  WriteAll(s.policy(), v2);
  s.now += 300s;
  EXPECT_FALSE(pm.PollOnce());
  EXPECT_TRUE(pm.Status().degraded);
  EXPECT_NE(pm.Status().last_error.find(".sig"), std::string::npos) << pm.Status().last_error;
  WriteAll(s.policy().string() + ".sig", s.key.Sign(v2));
  s.now += 300s;
  EXPECT_TRUE(pm.PollOnce());
  EXPECT_EQ(pm.Current()->engine->policy_version(), "2");
  EXPECT_FALSE(pm.Status().degraded);
}

}  // namespace
}  // namespace privacy_guard::host
