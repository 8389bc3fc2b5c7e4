// The engine: builds the detectors for a policy and runs them over a text.
// The pieces live in their own files: effective rules (policy_rules.h),
// allowlists (allowlist.h), pattern databases and their scan
// (pattern_db.h, pattern_scan.h), the worker pool (worker_pool.h),
// overlap resolution (overlaps.h) and redaction (redact.h).
#include "privacy_guard/engine.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

#include "engine/allowlist.h"
#include "engine/detector.h"
#include "engine/normalize.h"
#include "engine/overlaps.h"
#include "engine/pattern_scan.h"
#include "engine/per_thread.h"
#include "engine/policy_rules.h"
#include "engine/redact.h"
#include "engine/tokens.h"
#include "engine/worker_pool.h"
#include "privacy_guard/policy.pb.h"

namespace privacy_guard {
namespace {

// Today's date (UTC) as YYYYMMDD.
int TodayUtc() {
  const std::chrono::year_month_day d{
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  return static_cast<int>(d.year()) * 10000 + static_cast<int>(static_cast<unsigned>(d.month())) * 100 +
         static_cast<int>(static_cast<unsigned>(d.day()));
}

DataStats CountData(const config::Policy& policy, const DataSets& data) {
  auto non_empty = [](const std::vector<std::string>& v) {
    return static_cast<size_t>(
        std::count_if(v.begin(), v.end(), [](const std::string& x) { return !x.empty(); }));
  };
  DataStats s;
  s.first_names = non_empty(data.first_names);
  s.surnames = non_empty(data.surnames);
  s.street_names = data.street_names.size();
  s.postcodes = data.postcodes.size();
  s.health_terms = data.health_terms.size() + data.medicines.size() + data.health_terms_en.size();
  s.dictionary = data.dictionary.size();
  s.places = data.places.size();
  s.business_terms = static_cast<size_t>(policy.business_terms().term_size());
  s.business_regexes = static_cast<size_t>(policy.business_terms().regex_size());
  for (const std::string& line : data.term_files) {
    (line.rfind("re:", 0) == 0 ? s.business_regexes : s.business_terms)++;
  }
  return s;
}

// The threads a scan may use (the caller's included).
unsigned Threads(const Engine::ScanOptions& o) {
  // (hardware_concurrency() reads /sys on Linux: once.)
  static const unsigned processors = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
  return o.max_threads == 0 ? processors : o.max_threads;
}

// Cuts of the normalised text into pieces for the word-based detectors
// (see NormalizedText::PieceCuts): as many pieces as threads, each at least
// half of options.parallel_min_bytes, and for a text above
// options.max_piece_bytes at least as many as make pieces of that size; one
// piece for a smaller text. Pieces above options.long_piece_bytes (no blank
// line to cut at) are cut again at line breaks.
std::vector<size_t> Pieces(const NormalizedText& norm, const Engine::ScanOptions& o) {
  const size_t n = norm.text().size();
  const unsigned threads = Threads(o);
  size_t want = 1;
  if (n >= o.parallel_min_bytes && threads > 1) {
    want = std::min<size_t>(threads, n / std::max<size_t>(1, o.parallel_min_bytes / 2));
    want = std::max<size_t>(want, 1);
  }
  if (o.max_piece_bytes > 0 && n > o.max_piece_bytes) {
    want = std::max(want, (n + o.max_piece_bytes - 1) / o.max_piece_bytes);
  }
  if (want == 1 && (o.long_piece_bytes == 0 || n <= o.long_piece_bytes)) return {0, n};
  return norm.PieceCuts(want, o.long_piece_bytes);
}

// Buffers kept between scans are given back after a text larger than this
// (a host that once scanned 16 MiB should not hold 16 MiB ever after).
constexpr size_t kKeepBufferBytes = 4 * 1024 * 1024;

// Collects the findings into a ScanResult (Scan() without a sink).
class CollectSink final : public Engine::FindingSink {
 public:
  explicit CollectSink(std::vector<Finding>* out) : out_(out) {}
  void Begin(const ScanResult& summary) override {
    size_t n = 0;
    for (uint32_t c : summary.counts) n += c;
    out_->reserve(n);
  }
  void Add(const Finding& f) override { out_->push_back(f); }

 private:
  std::vector<Finding>* out_;
};

}  // namespace

std::string EngineError::ToString() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) out += ":" + std::to_string(line);
    if (line > 0 && column > 0) out += ":" + std::to_string(column);
    out += ": ";
  }
  if (!field.empty()) out += field + ": ";
  return out + message;
}

struct Engine::Impl {
  std::string version;
  EffectiveRules rules;
  std::vector<std::unique_ptr<Detector>> detectors;
  std::array<const Detector*, kNumCategories> by_category{};
  bool uses_tokens = false;
  // The detectors with a Scan() step, by phase: word detectors run per piece
  // of the text (see Scan), the others once on the whole text.
  std::array<std::vector<const Detector*>, 2> word_scan, text_scan;
  DataStats stats;
  PatternDatabases patterns;
  KeywordIndex keywords;  // the number detectors' context words
  Allowlist allowlist;
  ScratchPool scratch;

  // Token buffers for the pieces of a large text scanned on other threads
  // (kept between scans, like the scratch spaces).
  mutable std::mutex tokens_mu;
  mutable std::vector<std::unique_ptr<Tokens>> tokens_pool;
  std::unique_ptr<Tokens> AcquireTokens() const {
    std::lock_guard<std::mutex> lock(tokens_mu);
    if (tokens_pool.empty()) return std::make_unique<Tokens>();
    std::unique_ptr<Tokens> t = std::move(tokens_pool.back());
    tokens_pool.pop_back();
    return t;
  }
  void ReleaseTokens(std::unique_ptr<Tokens> t) const {
    std::lock_guard<std::mutex> lock(tokens_mu);
    tokens_pool.push_back(std::move(t));
  }

  // Builds the detectors of every category that is not OFF, in parallel
  // (the word-list detectors take most of the start-up time).
  bool MakeDetectors(const config::Policy& policy, const DataSets& data, int today, EngineError* error);

  // Last member: its threads stop before anything they could use goes.
  mutable WorkerPool workers;
};

bool Engine::Impl::MakeDetectors(const config::Policy& policy, const DataSets& data, int today,
                                 EngineError* error) {
  std::vector<const DetectorInfo*> enabled;
  for (const DetectorInfo& info : RegisteredDetectors()) {
    if (rules.rules[static_cast<size_t>(info.category)].action != Action::kOff) {
      enabled.push_back(&info);
    }
  }
  std::vector<std::string> errors(enabled.size());
  std::vector<std::future<std::unique_ptr<Detector>>> built;
  for (size_t k = 0; k < enabled.size(); ++k) {
    built.push_back(std::async(std::launch::async, [&, k] {
      DetectorInit init{policy, data, &errors[k], today};
      return enabled[k]->factory(init);
    }));
  }
  std::vector<std::unique_ptr<Detector>> made;
  for (auto& f : built) made.push_back(f.get());
  for (size_t k = 0; k < enabled.size(); ++k) {
    const Category c = enabled[k]->category;
    std::unique_ptr<Detector> d = std::move(made[k]);
    if (!d) {
      error->code = EngineError::Code::kBadData;
      error->field = "data (" + std::string(CategoryId(c)) + ")";
      error->message = errors[k].empty() ? "unusable" : errors[k];
      return false;
    }
    patterns.Add(d.get(), d->patterns());
    for (const std::vector<std::string>* list : d->keyword_lists()) keywords.Add(list);
    uses_tokens |= d->uses_tokens();
    (d->uses_tokens() ? word_scan : text_scan)[d->phase() == 0 ? 0 : 1].push_back(d.get());
    by_category[static_cast<size_t>(c)] = d.get();
    detectors.push_back(std::move(d));
  }
  return true;
}

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

Engine::CreateResult Engine::Create(const config::Policy& policy, const DataSets& data) {
  return Create(policy, data, CreateOptions{});
}

Engine::CreateResult Engine::Create(const config::Policy& policy, const DataSets& data,
                                    const CreateOptions& options) {
  CreateResult result;
  auto impl = std::make_unique<Impl>();
  impl->version = policy.version();
  impl->rules = BuildEffectiveRules(policy);
  EngineError& error = result.error;
  if (!impl->allowlist.Build(policy, options.cache, &error)) return result;
  const int today = options.today > 0 ? options.today : TodayUtc();
  if (!impl->MakeDetectors(policy, data, today, &error)) return result;
  if (!impl->patterns.Build(options.cache, &error)) return result;
  if (!impl->keywords.Build(options.cache, &error)) return result;
  if (!impl->patterns.PrepareScratch(&impl->scratch) ||
      !impl->allowlist.PrepareScratch(&impl->scratch)) {
    error.code = EngineError::Code::kResources;
    error.message = "cannot allocate Hyperscan scratch space";
    return result;
  }
  impl->stats = CountData(policy, data);
  result.engine.reset(new Engine(std::move(impl)));
  return result;
}

ScanResult Engine::Scan(std::string_view utf8) const { return Scan(utf8, ScanOptions{}); }

ScanResult Engine::Scan(std::string_view utf8, const ScanOptions& options) const {
  std::vector<Finding> findings;
  CollectSink collect(&findings);
  ScanResult result = Scan(utf8, options, &collect);
  result.findings = std::move(findings);
  return result;
}

ScanResult Engine::Scan(std::string_view utf8, const ScanOptions& options,
                        FindingSink* sink) const {
  ScanResult result;
  // This thread's buffers, by reference: the lambdas below run on other
  // threads too, where PerThread gives each its own.
  struct ScanBuffers {
    NormalizedText norm;
    Tokens tokens;
  };
  ScanBuffers& mine = PerThread<ScanBuffers>();
  NormalizedText& norm = mine.norm;
  Tokens& tokens = mine.tokens;
  // Buffers grown for a large text are given back on the way out.
  struct Trim {
    NormalizedText& norm;
    Tokens& tokens;
    ~Trim() {
      if (norm.text().size() > kKeepBufferBytes) {
        norm = NormalizedText();
        tokens = Tokens();
      }
    }
  } trim{norm, tokens};
  std::string error;
  if (!norm.Build(utf8, &error)) {
    result.ok = false;
    result.error = error;
    return result;
  }
  const Impl& im = *impl_;
  std::string_view text = norm.text();
  std::vector<Candidate> cands;
  std::vector<Candidate> none;

  // Word-based detectors, per piece of the text: one piece, or for a large
  // text several, cut at paragraph breaks (no detector matches across a
  // blank line; a piece above options.long_piece_bytes is cut again at line
  // breaks or spaces, see ScanOptions). This thread takes piece 0, then runs the patterns over the
  // whole text while the engine's threads take the other pieces; with more
  // pieces than threads each thread takes the next piece left until none is
  // left, in one buffer of tokens (re-tokenised for phase 1), so memory
  // grows with the piece size, not with the text.
  const std::vector<size_t> cuts = im.uses_tokens ? Pieces(norm, options) : std::vector<size_t>{0, 0};
  const size_t pieces = cuts.size() - 1;
  const size_t workers = std::min<size_t>(pieces, std::max(1u, Threads(options)));
  const bool one_each = pieces == workers;  // worker w takes piece w in both phases
  std::vector<std::unique_ptr<Tokens>> leased;  // workers 1.., from the pool
  for (size_t w = 1; w < workers; ++w) leased.push_back(im.AcquireTokens());
  std::vector<size_t> held(workers, SIZE_MAX);  // the piece in each worker's tokens
  std::vector<size_t> largest(workers, 0);      // the largest piece each tokenised
  struct Release {
    const Impl& im;
    std::vector<std::unique_ptr<Tokens>>& leased;
    const std::vector<size_t>& largest;
    ~Release() {
      for (size_t w = 0; w < leased.size(); ++w) {
        if (largest[w + 1] <= kKeepBufferBytes) im.ReleaseTokens(std::move(leased[w]));
      }
    }
  } release{im, leased, largest};
  auto worker_tokens = [&](size_t w) -> Tokens& { return w == 0 ? tokens : *leased[w - 1]; };
  auto tokenise = [&](size_t w, size_t k) -> Tokens& {
    Tokens& t = worker_tokens(w);
    if (held[w] != k) {
      t.Build(text, cuts[k], cuts[k + 1]);
      held[w] = k;
      largest[w] = std::max(largest[w], cuts[k + 1] - cuts[k]);
    }
    return t;
  };
  std::vector<std::vector<Candidate>> piece_cands(pieces);
  // Phase 1 of a piece sees the phase-0 candidates around it (detector.h,
  // ScanContext::earlier()): all of them for a text in one piece.
  size_t longest = 0;
  auto earlier_for = [&](size_t k, std::vector<Candidate>* buf) -> const std::vector<Candidate>& {
    if (pieces == 1) return cands;
    const size_t reach = kEarlierReachBytes + longest;
    const size_t from = cuts[k] > reach ? cuts[k] - reach : 0;
    const size_t to = cuts[k + 1] + reach;
    auto by_start = [](const Candidate& c, size_t pos) { return c.start < pos; };
    auto first = std::lower_bound(cands.begin(), cands.end(), from, by_start);
    auto last = std::lower_bound(first, cands.end(), to, by_start);
    buf->assign(first, last);
    return *buf;
  };
  auto scan_piece = [&](size_t w, size_t k, int phase) {
    Tokens& t = tokenise(w, k);
    struct AroundTag {};
    std::vector<Candidate>& around = PerThread<std::vector<Candidate>, AroundTag>();
    const std::vector<Candidate>& earlier = phase == 0 ? none : earlier_for(k, &around);
    ScanContext pc(norm, t, earlier, &im.keywords);
    for (const Detector* d : im.word_scan[phase]) d->Scan(pc, &piece_cands[k]);
    if (phase == 1 && around.capacity() * sizeof(Candidate) > kKeepBufferBytes) {
      std::vector<Candidate>().swap(around);
    }
  };
  // Pieces left to take (when there are more pieces than workers).
  std::atomic<size_t> next_piece{1};
  // Worker w's share of a phase: piece w alone, or piece `first` (this
  // thread's piece 0) and then the next pieces left.
  auto work = [&](size_t w, int phase) {
    if (one_each) {
      scan_piece(w, w, phase);
      return;
    }
    if (w == 0) scan_piece(0, 0, phase);
    for (size_t k = next_piece.fetch_add(1); k < pieces; k = next_piece.fetch_add(1)) {
      scan_piece(w, k, phase);
    }
  };
  // Workers 1.. in flight; waited for before anything they use goes, also
  // on an early return (declared after everything the workers use).
  struct InFlight {
    std::vector<std::future<void>> running;
    void Wait() {
      for (auto& r : running) r.get();
      running.clear();
    }
    ~InFlight() {
      for (auto& r : running) {
        if (r.valid()) r.wait();
      }
    }
  } in_flight;
  auto start_workers = [&](int phase) {
    next_piece = 1;
    for (size_t w = 1; w < workers; ++w) {
      in_flight.running.push_back(im.workers.Run([&work, w, phase] { work(w, phase); }, workers - 1));
    }
  };
  // Piece 0, also the patterns' context (no tokens without word detectors:
  // none left over from an earlier text either).
  if (im.uses_tokens) {
    tokenise(0, 0);
  } else {
    tokens.Build(text, 0, 0);
  }
  start_workers(0);
  ScanContext ctx(norm, tokens, none, &im.keywords);
  if (!im.patterns.empty() && !text.empty()) {
    HsScratch s = im.scratch.Acquire();
    const hs_error_t rc = im.patterns.Scan(ctx, s.get(), &cands);
    im.scratch.Release(std::move(s));
    if (rc != HS_SUCCESS) {
      result.ok = false;
      result.error = "pattern scan failed (code " + std::to_string(rc) + ")";
      return result;
    }
  }
  if (im.uses_tokens) work(0, 0);
  in_flight.Wait();
  for (const Detector* d : im.text_scan[0]) d->Scan(ctx, &cands);
  size_t total = cands.size();
  for (const auto& pc : piece_cands) total += pc.size();
  cands.reserve(total);
  for (auto& pc : piece_cands) {
    cands.insert(cands.end(), pc.begin(), pc.end());
    std::vector<Candidate>().swap(pc);
  }

  // Policy per category: minimum confidence, allowlists (in place: a large
  // text has millions of candidates); then one candidate per span.
  auto apply_policy = [&](std::vector<Candidate>* cs) {
    cs->erase(std::remove_if(cs->begin(), cs->end(),
                             [&](const Candidate& c) {
                               const CategoryRuleView& r = im.rules.rules[static_cast<size_t>(c.category)];
                               if (r.action == Action::kOff || c.confidence < r.min_confidence) return true;
                               if (c.end <= c.start || c.end > text.size()) return true;
                               return im.allowlist.Allowed(c.category, text.substr(c.start, c.end - c.start),
                                                           im.scratch);
                             }),
              cs->end());
  };
  apply_policy(&cands);
  ResolveOverlaps(&cands);

  if (!im.word_scan[1].empty() || !im.text_scan[1].empty()) {
    for (const Candidate& c : cands) longest = std::max(longest, c.end - c.start);
    if (!im.word_scan[1].empty()) {
      start_workers(1);
      work(0, 1);
      in_flight.Wait();
    }
    std::vector<Candidate> more;
    size_t added = 0;
    for (const auto& pc : piece_cands) added += pc.size();
    more.reserve(added);
    for (auto& pc : piece_cands) {
      more.insert(more.end(), pc.begin(), pc.end());
      std::vector<Candidate>().swap(pc);
    }
    ScanContext ctx1(norm, tokens, cands, &im.keywords);
    for (const Detector* d : im.text_scan[1]) d->Scan(ctx1, &more);
    apply_policy(&more);
    if (!more.empty()) {
      cands.insert(cands.end(), more.begin(), more.end());
      ResolveOverlaps(&cands);
    }
  }

  // The decision and counts first (a sink may need them before the first
  // finding), then the findings one at a time.
  for (const Candidate& c : cands) {
    const size_t ci = static_cast<size_t>(c.category);
    const Action action = im.rules.rules[ci].action;
    ++result.counts[ci];
    if (action == Action::kBlock) {
      result.decision = Decision::kBlock;
    } else if (action == Action::kWarn && result.decision == Decision::kAllow) {
      result.decision = Decision::kWarn;
    }
  }
  sink->Begin(result);
  Finding f;
  for (const Candidate& c : cands) {
    const size_t ci = static_cast<size_t>(c.category);
    const OriginalSpan span = norm.Map(c.start, c.end);
    f.category = c.category;
    f.confidence = c.confidence;
    f.action = im.rules.rules[ci].action;
    f.start = span.start16;
    f.end = span.end16;
    f.byte_start = span.start8;
    f.byte_end = span.end8;
    if (options.previews) {
      f.masked = im.by_category[ci]->Mask(text.substr(c.start, c.end - c.start));
    }
    sink->Add(f);
  }
  return result;
}

RedactResult Engine::Redact(std::string_view utf8, const ScanResult& result) const {
  return RedactText(utf8, result, impl_->rules.rules, impl_->rules.defaults);
}

const CategoryRuleView& Engine::rule(Category c) const {
  return impl_->rules.rules[static_cast<size_t>(c)];
}

const std::string& Engine::policy_version() const { return impl_->version; }

const DataStats& Engine::data_stats() const { return impl_->stats; }

}  // namespace privacy_guard
