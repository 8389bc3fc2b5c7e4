// Engine benchmarks (figures for the README; never asserted in tests).
//
//   BM_Scan/<lists>/<categories>/<bytes>   latency per prompt and throughput
//   BM_Startup/<lists>                     load lists + build the engine
//
// lists: shipped (rules/data) or full (../shared/data).
// categories: numeric = the issue-3 categories (cpr ... business_term);
//             all = every category including name, address and health.
// Texts are made of the labelled corpus prompts (realistic Danish), repeated
// to the size.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "privacy_guard/config.h"
#include "privacy_guard/engine.h"
#include "privacy_guard/policy.pb.h"

namespace fs = std::filesystem;
using namespace privacy_guard;

namespace {

// dense = every corpus prompt (about half full of personal data: the worst
// case); prose = the clean prompts only (ordinary municipal text with dates,
// amounts, places and case numbers, but no personal data: the usual case).
std::string CorpusText(size_t bytes, bool prose) {
  static std::string texts[2];
  std::string& all = texts[prose];
  if (all.empty()) all = [prose] {
    std::string s;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(PG_CORPUS_DIR)) {
      if (e.path().extension() == ".jsonl") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::ifstream in(f);
      std::string line;
      while (std::getline(in, line)) {
        if (line.empty()) continue;
        auto j = nlohmann::json::parse(line);
        if (prose && !j.at("labels").empty()) continue;
        s += j.at("text").get<std::string>();
        s += "\n\n";
      }
    }
    return s;
  }();
  std::string out;
  while (out.size() < bytes) out += all;
  // Cut at a character boundary.
  size_t cut = bytes;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
  out.resize(cut);
  return out;
}

std::shared_ptr<const Engine> MakeEngine(bool full, bool numeric_only) {
  LoadOptions opts;
  if (full) opts.data_dir = PG_SHARED_DATA;
  LoadedPolicy loaded;
  std::string error;
  if (!LoadPolicyWithData(PG_DEFAULT_POLICY, opts, &loaded, &error)) {
    std::fprintf(stderr, "%s\n", error.c_str());
    std::abort();
  }
  if (numeric_only) {
    auto* c = loaded.policy.mutable_categories();
    c->mutable_name()->set_action(config::OFF);
    c->mutable_address()->set_action(config::OFF);
    c->mutable_health()->set_action(config::OFF);
  }
  auto e = BuildEngine(loaded, &error);
  if (!e) {
    std::fprintf(stderr, "%s\n", error.c_str());
    std::abort();
  }
  return e;
}

const Engine& GetEngine(bool full, bool numeric_only) {
  static std::shared_ptr<const Engine> engines[2][2];
  auto& e = engines[full][numeric_only];
  if (!e) e = MakeEngine(full, numeric_only);
  return *e;
}

void BM_Scan(benchmark::State& state, bool full, bool numeric_only, bool prose) {
  const Engine& engine = GetEngine(full, numeric_only);
  const std::string text = CorpusText(static_cast<size_t>(state.range(0)), prose);
  size_t findings = 0;
  for (auto _ : state) {
    ScanResult r = engine.Scan(text);
    findings = r.findings.size();
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
  state.counters["findings"] = static_cast<double>(findings);
}

void BM_Startup(benchmark::State& state, bool full) {
  for (auto _ : state) {
    auto e = MakeEngine(full, false);
    benchmark::DoNotOptimize(e);
  }
}

}  // namespace

#define PG_SIZES ->Arg(200)->Arg(4096)->Arg(65536)->Arg(1 << 20)->Unit(benchmark::kMicrosecond)
BENCHMARK_CAPTURE(BM_Scan, shipped/numeric/prose, false, true, true) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, shipped/numeric/dense, false, true, false) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, shipped/all/prose, false, false, true) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, shipped/all/dense, false, false, false) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, full/numeric/prose, true, true, true) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, full/numeric/dense, true, true, false) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, full/all/prose, true, false, true) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, full/all/dense, true, false, false) PG_SIZES;
BENCHMARK_CAPTURE(BM_Startup, shipped, false)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Startup, full, true)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
