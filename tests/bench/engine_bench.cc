// Engine benchmarks (figures for the README; never asserted in tests).
//
//   BM_Scan/<lists>/<categories>/<text>/<bytes>   latency and throughput
//   BM_Scan/<lists>/all/<text>/1thread/1048576    the same on one thread
//   BM_ScanPrompts/<lists>/<categories>           2,000 different dense 4 KB
//                                                 prompts in turn: time per prompt
//   BM_Startup/<lists>                            load lists + build the engine
//
// lists: shipped (rules/data) or full (../shared/data).
// categories: numeric = the issue-3 categories (cpr ... business_term);
//             all = every category including name, address and health.
// Texts of 256 KB and more are scanned in pieces on up to 4 threads (the
// default of Engine::Scan); .../1thread is the same scan on one thread
// (only for "all": the numeric categories do not use the pieces).
#include <benchmark/benchmark.h>

#include <map>
#include <utility>
#include <vector>

#include "corpus_files.h"
#include "dense_prompts.h"

#include "privacy_guard/config.h"
#include "privacy_guard/engine.h"
#include "privacy_guard/policy.pb.h"

using namespace privacy_guard;

namespace {

// Texts:
//   prose   = tests/bench/danish-prose.txt (natural Danish municipal prose:
//             articles, minutes, policies; no personal data, digits rare),
//             repeated to the size;
//   tricky  = the labelled corpus's clean prompts (no personal data, but full
//             of dates, amounts, case numbers and name-like words: the traps),
//             repeated to the size;
//   dense   = invented Copilot prompts full of personal data of every
//             category (dense_prompts.h: about 50 findings per 4 KB);
//   numbers = numbers and nothing else: tables of dates, amounts, CPR-,
//             phone-, account-, CVR- and card-like numbers (dense_prompts.h).
enum class Kind { kProse, kTricky, kDense, kNumbers };

std::string Repeated(const std::string& all, size_t bytes) {
  std::string out;
  while (out.size() < bytes) out += all;
  // Cut at a character boundary.
  size_t cut = bytes;
  while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
  out.resize(cut);
  return out;
}

std::string Text(size_t bytes, Kind kind) {
  static std::map<std::pair<Kind, size_t>, std::string> cache;
  std::string& text = cache[{kind, bytes}];
  if (!text.empty()) return text;
  switch (kind) {
    case Kind::kProse:
      text = Repeated(privacy_guard::testing::ReadFile(PG_PROSE_FILE), bytes);
      break;
    case Kind::kTricky: {
      std::string clean;
      for (const auto& p : privacy_guard::testing::LoadCorpus(PG_CORPUS_DIR)) {
        if (!p.labels.empty()) continue;
        clean += p.text;
        clean += "\n\n";
      }
      text = Repeated(clean, bytes);
      break;
    }
    case Kind::kDense: text = bench::DenseText(bytes); break;
    case Kind::kNumbers: text = bench::NumbersText(bytes); break;
  }
  return text;
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
  const std::string text = Text(static_cast<size_t>(state.range(0)), kind);
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

// The prompts of `dense_gen --count 2000 --bytes 4096` (seeds 1..2000), one
// per iteration: the in-process counterpart of tests/bench/scan_jsonl_bench.sh.
void BM_ScanPrompts(benchmark::State& state, bool full, bool numeric_only) {
  const Engine& engine = GetEngine(full, numeric_only);
  static const std::vector<std::string> prompts = [] {
    std::vector<std::string> v;
    for (uint64_t seed = 1; seed <= 2000; ++seed) v.push_back(bench::DensePrompt(seed, 4096));
    return v;
  }();
  size_t i = 0, bytes = 0, findings = 0;
  for (auto _ : state) {
    const std::string& p = prompts[i];
    ScanResult r = engine.Scan(p);
    findings += r.findings.size();
    bytes += p.size();
    benchmark::DoNotOptimize(r);
    if (++i == prompts.size()) i = 0;
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["findings"] = benchmark::Counter(static_cast<double>(findings), benchmark::Counter::kAvgIterations);
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
#define PG_ONE_THREAD ->Arg(1 << 20)->Unit(benchmark::kMicrosecond)->UseRealTime()
#define PG_KINDS(lists, full, cats, numeric)                                              \
  BENCHMARK_CAPTURE(BM_Scan, lists/cats/prose, full, numeric, Kind::kProse, 0) PG_SIZES;     \
  BENCHMARK_CAPTURE(BM_Scan, lists/cats/tricky, full, numeric, Kind::kTricky, 0) PG_SIZES;   \
  BENCHMARK_CAPTURE(BM_Scan, lists/cats/dense, full, numeric, Kind::kDense, 0) PG_SIZES;     \
  BENCHMARK_CAPTURE(BM_Scan, lists/cats/numbers, full, numeric, Kind::kNumbers, 0) PG_SIZES
#define PG_ONE_THREAD_KINDS(lists, full)                                                   \
  BENCHMARK_CAPTURE(BM_Scan, lists/all/prose/1thread, full, false, Kind::kProse, 1) PG_ONE_THREAD;   \
  BENCHMARK_CAPTURE(BM_Scan, lists/all/tricky/1thread, full, false, Kind::kTricky, 1) PG_ONE_THREAD; \
  BENCHMARK_CAPTURE(BM_Scan, lists/all/dense/1thread, full, false, Kind::kDense, 1) PG_ONE_THREAD;   \
  BENCHMARK_CAPTURE(BM_Scan, lists/all/numbers/1thread, full, false, Kind::kNumbers, 1) PG_ONE_THREAD

PG_KINDS(shipped, false, numeric, true);
PG_KINDS(shipped, false, all, false);
PG_ONE_THREAD_KINDS(shipped, false);
PG_KINDS(full, true, numeric, true);
PG_KINDS(full, true, all, false);
PG_ONE_THREAD_KINDS(full, true);
BENCHMARK_CAPTURE(BM_ScanPrompts, shipped/numeric, false, true)->Unit(benchmark::kMicrosecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_ScanPrompts, shipped/all, false, false)->Unit(benchmark::kMicrosecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_ScanPrompts, full/numeric, true, true)->Unit(benchmark::kMicrosecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_ScanPrompts, full/all, true, false)->Unit(benchmark::kMicrosecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_Startup, shipped, false)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_Startup, full, true)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
