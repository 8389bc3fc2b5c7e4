// Native-messaging host benchmark (not a test): figures for the README.
//
//   host_bench [--requests N] [--rss-requests N] [--data DIR]
//
//   1. round trip over pipes for a ~2 KB prompt: p50/p99 over N requests
//      (default 10,000), one request in flight at a time (as the extension
//      does while typing);
//   2. cold start: process start to first reply (hello), with the full
//      reference data sets (DIR, default PG_SHARED_DATA), median of 5;
//   3. RSS after the first reply and after --rss-requests more requests
//      (default 100,000; 32 in flight), and after a 20,000-request burst.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "host_test_client.h"
#include "host_test_files.h"

namespace fs = std::filesystem;
using json = nlohmann::json;
using privacy_guard::testing::Frame;
using privacy_guard::testing::HostProcess;
using privacy_guard::testing::RssKib;
using Clock = std::chrono::steady_clock;

namespace {

constexpr char kOrigin[] = "chrome-extension://benchbenchbenchbenchbenchbenchbe/";

// ~2 KB of Danish case-work prose with a CPR number, a name and an e-mail.
std::string Prompt2K() {
  std::string p =
      "Hej Copilot. Jeg skal skrive et svar til en borger, der har klaget over "
      "sagsbehandlingstiden i sin sag om boligstøtte. Borgeren hedder Mette Hansen og kan "
      "kontaktes på mette.hansen@example.dk. Hendes CPR-nummer er 010190-1239. ";
  const std::string filler =
      "Skriv venligst et høfligt og kort svar, der forklarer, at kommunen har modtaget "
      "klagen, at sagen behandles hurtigst muligt, og at hun vil høre fra os inden for "
      "fire uger. Brug et klart og venligt sprog uden fagudtryk. ";
  while (p.size() < 2000) p += filler;
  return p;
}

double Percentile(std::vector<double> v, double q) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())))];
}

struct Env {
  fs::path dir;
  std::string config;
};

// A temp HostConfig. With `data` set, the policy uses that data folder
// (files missing there fall back to the repository's rules/data).
Env MakeEnv(const std::string& data) {
  char tmpl[] = "/tmp/pg-host-bench-XXXXXX";
  Env e{::mkdtemp(tmpl), ""};
  std::string cfg = std::string("allowed_origins: \"") + kOrigin + "\"\n";
  cfg += "log_file: \"" + (e.dir / "host.log").string() + "\"\n";
  cfg += "audit_log: \"" + (e.dir / "audit.log").string() + "\"\n";
  if (!data.empty()) {
    const fs::path d = e.dir / "data";
    fs::create_directories(d);
    for (const fs::path& src : {fs::path(PG_SOURCE_DIR) / "rules" / "data", fs::path(data)}) {
      for (const auto& f : fs::directory_iterator(src)) {
        fs::remove(d / f.path().filename());
        fs::create_symlink(fs::absolute(f.path()), d / f.path().filename());
      }
    }
    cfg += "policy_path: \"" + (fs::path(PG_SOURCE_DIR) / "rules" / "default.policy").string() +
           "\"\n";
    cfg += "data_dir: \"" + d.string() + "\"\n";
  }
  e.config = (e.dir / "host.conf").string();
  std::ofstream(e.config) << cfg;
  return e;
}

std::unique_ptr<HostProcess> Start(const Env& e) {
  return HostProcess::Start(PG_HOST_EXE, {kOrigin}, {{"PRIVACY_GUARD_CONFIG", e.config}},
                            (e.dir / "stderr.txt").string());
}

}  // namespace

int main(int argc, char** argv) {
  int requests = 10000, rss_requests = 100000;
  std::string data = PG_SHARED_DATA;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--requests") requests = std::atoi(argv[i + 1]);
    else if (a == "--rss-requests") rss_requests = std::atoi(argv[i + 1]);
    else if (a == "--data") data = argv[i + 1];
  }
  const bool have_data = fs::exists(fs::path(data) / "first-names-women.txt");
  const Env env = MakeEnv(have_data ? data : "");
  std::printf("host_bench: executable %s\n", PG_HOST_EXE);
  std::printf("data: %s\n", have_data ? data.c_str() : "repository rules/data (full data not found)");

  // 2. Cold start to first reply.
  std::vector<double> cold;
  json status;
  for (int run = 0; run < 5; ++run) {
    const auto t0 = Clock::now();
    auto h = Start(env);
    status = h->Call({{"type", "hello"}, {"id", 1}}).value_or(json());
    cold.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  std::printf("cold start to first reply: median %.1f ms (min %.1f, max %.1f) over 5 runs\n",
              Percentile(cold, 0.5), *std::min_element(cold.begin(), cold.end()),
              *std::max_element(cold.begin(), cold.end()));
  std::printf("  data loaded: %s\n", status["data"].dump().c_str());

  auto h = Start(env);
  h->Call({{"type", "hello"}, {"id", 0}});
  const long rss_start = RssKib(h->pid());

  // 1. Round trip, one in flight.
  const std::string prompt = Prompt2K();
  std::vector<double> rt;
  rt.reserve(requests);
  for (int i = 0; i < requests; ++i) {
    json req = {{"type", "check"}, {"id", i}, {"editor", "e"}, {"mode", "keystroke"},
                {"text", prompt}, {"site", "copilot.microsoft.com"}};
    const std::string body = req.dump();
    const auto t0 = Clock::now();
    h->SendFrame(body);
    std::optional<std::string> r = h->ReadFrame();
    rt.push_back(std::chrono::duration<double, std::micro>(Clock::now() - t0).count());
    if (!r) {
      std::fprintf(stderr, "no reply to request %d\n", i);
      return 1;
    }
    if (i == 0) std::printf("  sample reply: %.200s...\n", r->c_str());
  }
  std::printf("round trip, %zu-byte prompt, %d requests: p50 %.0f us, p99 %.0f us, max %.0f us\n",
              prompt.size(), requests, Percentile(rt, 0.5), Percentile(rt, 0.99),
              Percentile(rt, 1.0));

  // 3. RSS over many requests: a window of 32 requests in flight (distinct
  // editors, so none is dropped; every 10th is a redact).
  const long rss_before = RssKib(h->pid());
  auto request = [&](int i) {
    json req = {{"type", i % 10 == 0 ? "redact" : "check"}, {"id", i},
                {"editor", "e" + std::to_string(i)}, {"mode", "keystroke"},
                {"text", prompt + std::to_string(i)}};
    return req.dump();
  };
  constexpr int kWindow = 32;
  const auto t0 = Clock::now();
  int sent = 0;
  for (; sent < std::min(kWindow, rss_requests); ++sent) h->SendFrame(request(sent));
  for (int i = 0; i < rss_requests; ++i) {
    if (!h->ReadFrame(std::chrono::seconds(60))) {
      std::fprintf(stderr, "no reply to request %d\n", i);
      return 1;
    }
    if (sent < rss_requests) h->SendFrame(request(sent++));
  }
  const double secs = std::chrono::duration<double>(Clock::now() - t0).count();
  const long rss_after = RssKib(h->pid());
  std::printf("RSS: %ld KiB after first reply, %ld KiB after %d round trips, %ld KiB after %d "
              "more requests (%d in flight, %.0f req/s)\n",
              rss_start, rss_before, requests, rss_after, rss_requests, kWindow,
              rss_requests / secs);

  // 4. A burst far faster than the host can scan: the input queue is bounded.
  std::thread writer([&] {
    std::string batch;
    for (int i = 0; i < 20000; ++i) {
      batch += Frame(request(i));
      if (batch.size() > (1 << 20)) {
        h->WriteRaw(batch);
        batch.clear();
      }
    }
    h->WriteRaw(batch);
  });
  for (int i = 0; i < 20000; ++i) {
    if (!h->ReadFrame(std::chrono::seconds(60))) {
      std::fprintf(stderr, "no reply to burst request %d\n", i);
      writer.join();
      return 1;
    }
  }
  writer.join();
  std::printf("RSS after a burst of 20000 pipelined requests (44 MB): %ld KiB\n",
              RssKib(h->pid()));
  h->CloseInput();
  h->Wait(std::chrono::seconds(10));
  fs::remove_all(env.dir);
  return 0;
}
