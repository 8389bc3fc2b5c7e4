// Engine benchmarks (figures for the README; never asserted in tests).
//
//   BM_Scan/<lists>/<categories>/<bytes>   latency per prompt and throughput
//   BM_Startup/<lists>                     load lists + build the engine
//
// lists: shipped (rules/data) or full (../shared/data).
// categories: numeric = the issue-3 categories (cpr ... business_term);
//             all = every category including name, address and health.
// Texts of 256 KB and more are scanned in pieces on up to 4 threads (the
// default of Engine::Scan); .../1thread is the same scan on one thread.
// Texts are made of the labelled corpus prompts (realistic Danish), repeated
// to the size.
#include <benchmark/benchmark.h>

#include "corpus_files.h"


#include "privacy_guard/config.h"
#include "privacy_guard/engine.h"
#include "privacy_guard/policy.pb.h"

using namespace privacy_guard;

namespace {

// Texts: prose = tests/bench/danish-prose.txt (natural Danish municipal
// prose: articles, minutes, policies; no personal data, digits rare);
// tricky = the corpus's clean prompts (no personal data, but full of dates,
// amounts, case numbers and name-like words: the traps); dense = every corpus
// prompt (about half full of personal data: the worst case).
enum class Kind { kProse, kTricky, kDense };

std::string CorpusText(size_t bytes, Kind kind) {
  static std::string texts[3];
  std::string& all = texts[static_cast<int>(kind)];
  if (all.empty()) {
    if (kind == Kind::kProse) {
      all = privacy_guard::testing::ReadFile(PG_PROSE_FILE);
    } else {
      for (const auto& p : privacy_guard::testing::LoadCorpus(PG_CORPUS_DIR)) {
        if (kind == Kind::kTricky && !p.labels.empty()) continue;
        all += p.text;
        all += "\n\n";
      }
    }
  }
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

void BM_Scan(benchmark::State& state, bool full, bool numeric_only, Kind kind, unsigned threads) {
  const Engine& engine = GetEngine(full, numeric_only);
  const std::string text = CorpusText(static_cast<size_t>(state.range(0)), kind);
  Engine::ScanOptions options;  // default: texts >= 256 KB in pieces on threads
  options.max_threads = threads;
  size_t findings = 0;
  for (auto _ : state) {
    ScanResult r = engine.Scan(text, options);
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

// Wall time (UseRealTime): large texts use more than the calling thread.
#define PG_SIZES \
  ->Arg(200)->Arg(4096)->Arg(65536)->Arg(1 << 20)->Unit(benchmark::kMicrosecond)->UseRealTime()
BENCHMARK_CAPTURE(BM_Scan, shipped/numeric/prose, false, true, Kind::kProse, 0) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, shipped/numeric/tricky, false, true, Kind::kTricky, 0) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, shipped/numeric/dense, false, true, Kind::kDense, 0) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, shipped/all/prose, false, false, Kind::kProse, 0) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, shipped/all/tricky, false, false, Kind::kTricky, 0) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, shipped/all/dense, false, false, Kind::kDense, 0) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, full/numeric/prose, true, true, Kind::kProse, 0) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, full/numeric/tricky, true, true, Kind::kTricky, 0) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, full/numeric/dense, true, true, Kind::kDense, 0) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, full/all/prose, true, false, Kind::kProse, 0) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, full/all/tricky, true, false, Kind::kTricky, 0) PG_SIZES;
BENCHMARK_CAPTURE(BM_Scan, full/all/dense, true, false, Kind::kDense, 0) PG_SIZES;
// The same on one thread: the figure without the pieces on other threads.
BENCHMARK_CAPTURE(BM_Scan, full/all/prose/1thread, true, false, Kind::kProse, 1)
    ->Arg(1 << 20)->Unit(benchmark::kMicrosecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_Scan, full/all/dense/1thread, true, false, Kind::kDense, 1)
    ->Arg(1 << 20)->Unit(benchmark::kMicrosecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_Startup, shipped, false)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_Startup, full, true)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
