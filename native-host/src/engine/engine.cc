#include "privacy_guard/engine.h"

#include <hs/hs.h>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_set>

#include "engine/detector.h"
#include "engine/normalize.h"
#include "engine/tokens.h"
#include "privacy_guard/policy.pb.h"

namespace privacy_guard {
namespace {

// Today's date (UTC) as YYYYMMDD.
int TodayUtc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
#ifdef _WIN32
  gmtime_s(&tm, &t);
#else
  gmtime_r(&t, &tm);
#endif
  return (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
}

// Window for patterns of unbounded width (e-mail, phrases with \\s+).
constexpr size_t kUnboundedWindow = 256;

Action FromProto(config::Action a, Action fallback) {
  switch (a) {
    case config::OFF: return Action::kOff;
    case config::AUDIT: return Action::kAudit;
    case config::WARN: return Action::kWarn;
    case config::BLOCK: return Action::kBlock;
    default: return fallback;
  }
}

Confidence FromProto(config::Confidence c, Confidence fallback) {
  switch (c) {
    case config::LOW: return Confidence::kLow;
    case config::MEDIUM: return Confidence::kMedium;
    case config::HIGH: return Confidence::kHigh;
    default: return fallback;
  }
}

// The allowlist key of a value: NFKC-normalised, case-folded, without white
// space and the separators people put inside numbers.
std::string AllowKey(std::string_view normalised) {
  std::string folded;
  AppendFolded(normalised, &folded);
  std::string key;
  for (char c : folded) {
    if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')') continue;
    key.push_back(c);
  }
  return key;
}

// A stable 128-bit hex key for a pattern set (FNV-1a, two seeds): every
// expression with its flags and its id, the Hyperscan version and the CPU.
std::string PatternSetKey(const std::vector<std::string>& exprs, const std::vector<unsigned>& flags,
                          const std::vector<unsigned>& ids) {
  uint64_t a = 1469598103934665603ull, b = 0x9E3779B97F4A7C15ull;
  auto mix = [&](std::string_view s) {
    for (unsigned char c : s) {
      a = (a ^ c) * 1099511628211ull;
      b = (b ^ c) * 0x100000001B3ull + 0x2545F4914F6CDD1Dull;
    }
    a = (a ^ 0xFF) * 1099511628211ull;
  };
  mix(hs_version());
  for (size_t i = 0; i < exprs.size(); ++i) {
    mix(exprs[i]);
    mix(std::to_string(flags[i]));
    mix(std::to_string(ids[i]));
  }
  hs_platform_info_t plat{};
  hs_populate_platform(&plat);
  mix(std::to_string(plat.cpu_features) + "/" + std::to_string(plat.tune));
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b));
  return buf;
}

// Compiles `exprs` (or loads them from `cache`); on error sets *error naming
// `origins[i]`.
hs_database_t* Compile(const std::vector<std::string>& exprs,
                       const std::vector<unsigned>& flags,
                       const std::vector<std::string>& origins,
                       std::string* error, DatabaseCache* cache = nullptr,
                       const std::vector<unsigned>* ids_in = nullptr) {
  if (exprs.empty()) return nullptr;
  std::string key;
  if (cache) {
    std::vector<unsigned> ids(exprs.size());
    for (size_t i = 0; i < exprs.size(); ++i) ids[i] = ids_in ? (*ids_in)[i] : static_cast<unsigned>(i);
    // "hs2-": keys before this version left the ids out (a stale database
    // could then report a match under another pattern's id).
    key = "hs2-" + PatternSetKey(exprs, flags, ids);
    std::string bytes;
    hs_database_t* db = nullptr;
    if (cache->Load(key, &bytes) &&
        hs_deserialize_database(bytes.data(), bytes.size(), &db) == HS_SUCCESS) {
      return db;
    }
  }
  std::vector<const char*> ptrs;
  std::vector<unsigned> ids;
  for (size_t i = 0; i < exprs.size(); ++i) {
    ptrs.push_back(exprs[i].c_str());
    ids.push_back(ids_in ? (*ids_in)[i] : static_cast<unsigned>(i));
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(ptrs.data(), flags.data(), ids.data(),
                       static_cast<unsigned>(ptrs.size()), HS_MODE_BLOCK,
                       nullptr, &db, &err) != HS_SUCCESS) {
    std::string where = err && err->expression >= 0 &&
                                static_cast<size_t>(err->expression) < origins.size()
                            ? origins[static_cast<size_t>(err->expression)]
                            : std::string("pattern set");
    *error = where + ": " + (err && err->message ? err->message : "does not compile");
    hs_free_compile_error(err);
    return nullptr;
  }
  if (cache) {
    char* bytes = nullptr;
    size_t len = 0;
    if (hs_serialize_database(db, &bytes, &len) == HS_SUCCESS) {
      cache->Store(key, std::string(bytes, len));
      std::free(bytes);
    }
  }
  return db;
}

// Threads for the pieces of large texts: started on first use and kept,
// with their buffers, until the engine goes.
class WorkerPool {
 public:
  WorkerPool() = default;
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;
  ~WorkerPool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    for (std::thread& t : threads_) t.join();
  }

  // Runs `fn` on a pool thread, growing the pool to `threads` threads.
  std::future<void> Run(std::function<void()> fn, size_t threads) {
    std::packaged_task<void()> task(std::move(fn));
    std::future<void> done = task.get_future();
    {
      std::lock_guard<std::mutex> lock(mu_);
      while (threads_.size() < threads) threads_.emplace_back([this] { Loop(); });
      queue_.push_back(std::move(task));
    }
    cv_.notify_one();
    return done;
  }

 private:
  void Loop() {
    for (;;) {
      std::packaged_task<void()> task;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [this] { return stop_ || !queue_.empty(); });
        if (queue_.empty()) return;  // stopping
        task = std::move(queue_.front());
        queue_.pop_front();
      }
      task();
    }
  }

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::packaged_task<void()>> queue_;
  std::vector<std::thread> threads_;
  bool stop_ = false;
};

}  // namespace

struct Engine::Impl {
  std::string version;
  std::array<CategoryRuleView, kNumCategories> rules;
  std::array<CategoryDefaults, kNumCategories> defaults;
  std::vector<std::unique_ptr<Detector>> detectors;
  std::array<const Detector*, kNumCategories> by_category{};
  bool uses_tokens = false;
  // The detectors with a Scan() step, by phase: word detectors run per piece
  // of the text (see Scan), the others once on the whole text.
  std::array<std::vector<const Detector*>, 2> word_scan, text_scan;
  DataStats stats;

  // Shared pattern database, compiled twice: `db` without start-of-match
  // (fast: finds where matches end), `som_db` with it, run only on small
  // windows before those ends. id -> (detector, tag); max_width per id.
  hs_database_t* db = nullptr;        // patterns whose matches need no digit
  hs_database_t* digit_db = nullptr;  // patterns whose every match has a digit
  hs_database_t* all_db = nullptr;    // both, for digit-dense text
  hs_database_t* som_db = nullptr;
  size_t digit_reach = 0;  // max width of the digit patterns
  std::vector<std::pair<const Detector*, int>> pattern_owner;
  std::vector<size_t> max_width;

  // Allowlists: exact keys per category (index kNumCategories = global) and
  // one regex database; regex id -> category index (kNumCategories = all).
  std::array<std::unordered_set<std::string>, kNumCategories + 1> allow_exact;
  hs_database_t* allow_db = nullptr;
  std::vector<size_t> allow_regex_scope;

  mutable std::mutex scratch_mu;
  mutable std::vector<hs_scratch_t*> scratch_pool;
  hs_scratch_t* scratch_proto = nullptr;

  ~Impl() {
    for (hs_scratch_t* s : scratch_pool) hs_free_scratch(s);
    hs_free_scratch(scratch_proto);
    hs_free_database(db);
    hs_free_database(digit_db);
    hs_free_database(all_db);
    hs_free_database(som_db);
    hs_free_database(allow_db);
  }

  hs_scratch_t* AcquireScratch() const {
    {
      std::lock_guard<std::mutex> lock(scratch_mu);
      if (!scratch_pool.empty()) {
        hs_scratch_t* s = scratch_pool.back();
        scratch_pool.pop_back();
        return s;
      }
    }
    hs_scratch_t* s = nullptr;
    if (scratch_proto) hs_clone_scratch(scratch_proto, &s);
    return s;
  }
  void ReleaseScratch(hs_scratch_t* s) const {
    if (!s) return;
    std::lock_guard<std::mutex> lock(scratch_mu);
    scratch_pool.push_back(s);
  }

  bool Allowed(Category c, std::string_view normalised_value) const;

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

  // Last member: its threads stop before anything they could use goes.
  mutable WorkerPool workers;
};

bool Engine::Impl::Allowed(Category c, std::string_view value) const {
  const size_t ci = static_cast<size_t>(c);
  if (allow_exact[ci].empty() && allow_exact[kNumCategories].empty() && !allow_db) {
    return false;
  }
  std::string key = AllowKey(value);
  if (allow_exact[ci].count(key) || allow_exact[kNumCategories].count(key)) return true;
  if (!allow_db) return false;
  // Regexes see the case-folded value with its separators.
  key.clear();
  AppendFolded(value, &key);
  struct Ctx {
    const Engine::Impl* impl;
    size_t ci;
    size_t len;
    bool hit = false;
  } ctx{this, ci, key.size()};
  hs_scratch_t* s = AcquireScratch();
  hs_scan(
      allow_db, key.data(), static_cast<unsigned>(key.size()), 0, s,
      [](unsigned id, unsigned long long from, unsigned long long to, unsigned,
         void* p) -> int {
        auto* c = static_cast<Ctx*>(p);
        size_t scope = c->impl->allow_regex_scope[id];
        if ((scope == c->ci || scope == kNumCategories) && from == 0 && to == c->len) {
          c->hit = true;
          return 1;
        }
        return 0;
      },
      &ctx);
  ReleaseScratch(s);
  return ctx.hit;
}

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

std::unique_ptr<Engine> Engine::Create(const config::Policy& policy,
                                       const DataSets& data, std::string* error,
                                       DatabaseCache* cache) {
  auto impl = std::make_unique<Impl>();
  impl->version = policy.version();
  // A category without a registered detector stays OFF.
  for (CategoryRuleView& r : impl->rules) r.action = Action::kOff;

  // Effective rules: built-in defaults, overridden field by field.
  const google::protobuf::Descriptor* cats_desc = config::Categories::descriptor();
  const google::protobuf::Reflection* cats_refl = config::Categories::GetReflection();
  for (const DetectorInfo& info : RegisteredDetectors()) {
    const size_t ci = static_cast<size_t>(info.category);
    impl->defaults[ci] = info.defaults;
    CategoryRuleView& r = impl->rules[ci];
    r.action = info.defaults.action;
    r.min_confidence = info.defaults.min_confidence;
    r.label = info.defaults.label;
    r.why = info.defaults.why;
    r.placeholder = info.defaults.placeholder;
    const google::protobuf::FieldDescriptor* f =
        cats_desc->FindFieldByName(std::string(CategoryId(info.category)));
    if (f && cats_refl->HasField(policy.categories(), f)) {
      const auto& rule = static_cast<const config::CategoryRule&>(
          cats_refl->GetMessage(policy.categories(), f));
      r.action = FromProto(rule.action(), r.action);
      r.min_confidence = FromProto(rule.min_confidence(), r.min_confidence);
      if (!rule.label().da().empty()) r.label.da = rule.label().da();
      if (!rule.label().en().empty()) r.label.en = rule.label().en();
      if (!rule.why().da().empty()) r.why.da = rule.why().da();
      if (!rule.why().en().empty()) r.why.en = rule.why().en();
      for (const std::string& e : rule.allowlist().exact()) {
        impl->allow_exact[ci].insert(AllowKey(e));
      }
    }
  }

  // Allowlist regexes (global and per category).
  {
    std::vector<std::string> exprs, origins;
    std::vector<unsigned> flags;
    for (const std::string& e : policy.allowlist().exact()) {
      impl->allow_exact[kNumCategories].insert(AllowKey(e));
    }
    int i = 0;
    for (const std::string& re : policy.allowlist().regex()) {
      exprs.push_back(re);
      flags.push_back(HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST);
      origins.push_back("allowlist.regex[" + std::to_string(i++) + "] '" + re + "'");
      impl->allow_regex_scope.push_back(kNumCategories);
    }
    for (const DetectorInfo& info : RegisteredDetectors()) {
      const google::protobuf::FieldDescriptor* f =
          cats_desc->FindFieldByName(std::string(CategoryId(info.category)));
      if (!f || !cats_refl->HasField(policy.categories(), f)) continue;
      const auto& rule = static_cast<const config::CategoryRule&>(
          cats_refl->GetMessage(policy.categories(), f));
      int j = 0;
      for (const std::string& re : rule.allowlist().regex()) {
        exprs.push_back(re);
        flags.push_back(HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST);
        origins.push_back("categories." + std::string(CategoryId(info.category)) +
                          ".allowlist.regex[" + std::to_string(j++) + "] '" + re + "'");
        impl->allow_regex_scope.push_back(static_cast<size_t>(info.category));
      }
    }
    if (!exprs.empty()) {
      impl->allow_db = Compile(exprs, flags, origins, error, cache);
      if (!impl->allow_db) return nullptr;
    }
  }

  // Detectors of every category that is not OFF.
  std::vector<std::string> exprs, origins;
  std::vector<unsigned> flags;
  std::vector<bool> has_digit;
  // Detectors index their lists independently: build them in parallel
  // (the word-list detectors take most of the start-up time).
  std::vector<const DetectorInfo*> enabled;
  for (const DetectorInfo& info : RegisteredDetectors()) {
    if (impl->rules[static_cast<size_t>(info.category)].action != Action::kOff) {
      enabled.push_back(&info);
    }
  }
  std::vector<std::string> errors(enabled.size());
  const int today = TodayUtc();
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
    const DetectorInfo& info = *enabled[k];
    const size_t ci = static_cast<size_t>(info.category);
    std::unique_ptr<Detector> d = std::move(made[k]);
    if (!d) {
      *error = errors[k];
      return nullptr;
    }
    for (Pattern& p : d->patterns()) {
      exprs.push_back(p.expression);
      flags.push_back(p.flags);
      has_digit.push_back(p.has_digit);
      origins.push_back(p.origin.empty()
                            ? std::string(CategoryId(info.category)) + " pattern '" + p.expression + "'"
                            : p.origin);
      impl->pattern_owner.emplace_back(d.get(), p.tag);
    }
    impl->uses_tokens |= d->uses_tokens();
    (d->uses_tokens() ? impl->word_scan : impl->text_scan)[d->phase() == 0 ? 0 : 1].push_back(d.get());
    impl->by_category[ci] = d.get();
    impl->detectors.push_back(std::move(d));
  }
  if (!exprs.empty()) {
    // Two stage-1 databases: patterns whose matches always contain a digit
    // run only near digits (see Scan), the others over the whole text.
    for (bool digit : {false, true}) {
      std::vector<std::string> e, o;
      std::vector<unsigned> f, ids;
      for (size_t i = 0; i < exprs.size(); ++i) {
        if (has_digit[i] != digit) continue;
        e.push_back(exprs[i]);
        f.push_back(flags[i]);
        o.push_back(origins[i]);
        ids.push_back(static_cast<unsigned>(i));
      }
      if (e.empty()) continue;
      hs_database_t* d = Compile(e, f, o, error, cache, &ids);
      if (!d) return nullptr;
      (digit ? impl->digit_db : impl->db) = d;
    }
    impl->all_db = Compile(exprs, flags, origins, error, cache);
    if (!impl->all_db) return nullptr;
    std::vector<unsigned> som_flags = flags;
    for (unsigned& f : som_flags) f |= HS_FLAG_SOM_LEFTMOST;
    impl->som_db = Compile(exprs, som_flags, origins, error, cache);
    if (!impl->som_db) return nullptr;
    for (size_t i = 0; i < exprs.size(); ++i) {
      hs_expr_info_t* info = nullptr;
      hs_compile_error_t* err = nullptr;
      size_t w = kUnboundedWindow;
      if (hs_expression_info(exprs[i].c_str(), flags[i], &info, &err) == HS_SUCCESS && info) {
        if (info->max_width != UINT_MAX) w = std::min<size_t>(info->max_width, kUnboundedWindow);
        std::free(info);
      } else {
        hs_free_compile_error(err);
      }
      impl->max_width.push_back(w);
      if (has_digit[i]) impl->digit_reach = std::max(impl->digit_reach, w);
    }
  }
  for (hs_database_t* d : {impl->db, impl->digit_db, impl->all_db, impl->som_db}) {
    if (d && hs_alloc_scratch(d, &impl->scratch_proto) != HS_SUCCESS) {
      *error = "cannot allocate Hyperscan scratch space";
      return nullptr;
    }
  }
  if (impl->allow_db && hs_alloc_scratch(impl->allow_db, &impl->scratch_proto) != HS_SUCCESS) {
    *error = "cannot allocate Hyperscan scratch space";
    return nullptr;
  }

  auto non_empty = [](const std::vector<std::string>& v) {
    return static_cast<size_t>(std::count_if(v.begin(), v.end(), [](const std::string& x) { return !x.empty(); }));
  };
  impl->stats.first_names = non_empty(data.first_names);
  impl->stats.surnames = non_empty(data.surnames);
  impl->stats.street_names = data.street_names.size();
  impl->stats.postcodes = data.postcodes.size();
  impl->stats.health_terms = data.health_terms.size();
  impl->stats.dictionary = data.dictionary.size();
  impl->stats.places = data.places.size();
  impl->stats.business_terms = static_cast<size_t>(policy.business_terms().term_size());
  impl->stats.business_regexes = static_cast<size_t>(policy.business_terms().regex_size());
  for (const std::string& line : data.term_files) {
    if (line.rfind("re:", 0) == 0) {
      ++impl->stats.business_regexes;
    } else {
      ++impl->stats.business_terms;
    }
  }
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

namespace {

bool Overlaps(const Candidate& a, const Candidate& b) {
  return a.start < b.end && b.start < a.end;
}

// True if `a` should win over the overlapping `b`.
bool Better(const Candidate& a, const Candidate& b) {
  if (a.confidence != b.confidence) return a.confidence > b.confidence;
  size_t la = a.end - a.start, lb = b.end - b.start;
  if (la != lb) return la > lb;
  return a.category < b.category;
}

// Keeps the best of every group of overlapping candidates.
void ResolveOverlaps(std::vector<Candidate>* cands) {
  // A total order, so that the result never depends on the order in which
  // detectors (or pieces of the text) reported their candidates.
  std::sort(cands->begin(), cands->end(), [](const Candidate& a, const Candidate& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end > b.end;
    if (a.category != b.category) return a.category < b.category;
    return a.confidence < b.confidence;
  });
  std::vector<Candidate> kept;
  kept.reserve(cands->size());
  for (const Candidate& c : *cands) {
    bool add = true;
    // Compare with every kept candidate that still overlaps (few).
    for (size_t k = kept.size(); k-- > 0;) {
      if (kept[k].end <= c.start) {
        // Sorted by start: earlier ones may still reach further; continue
        // scanning a little.
        if (kept.size() - k > 8) break;
        continue;
      }
      if (!Overlaps(kept[k], c)) continue;
      if (Better(c, kept[k])) {
        kept.erase(kept.begin() + static_cast<long>(k));
      } else {
        add = false;
        break;
      }
    }
    if (add) kept.push_back(c);
  }
  std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end < b.end;
    return a.category < b.category;
  });
  *cands = std::move(kept);
}

struct MatchCtx {
  const ScanContext* ctx;
  const std::vector<std::pair<const Detector*, int>>* owners;
  std::vector<Candidate>* out;
  size_t base = 0;  // offset of the scanned window in the text
};

int OnHsMatch(unsigned id, unsigned long long from, unsigned long long to,
              unsigned, void* p) {
  auto* m = static_cast<MatchCtx*>(p);
  const auto& [det, tag] = (*m->owners)[id];
  det->OnMatch(*m->ctx, tag, m->base + static_cast<size_t>(from), m->base + static_cast<size_t>(to),
               m->out);
  return 0;
}

struct EndHit {
  size_t start, end;  // window [end - max_width, end]
};

struct EndCtx {
  const std::vector<size_t>* max_width;
  std::vector<EndHit>* hits;
};

int OnHsEnd(unsigned id, unsigned long long, unsigned long long to, unsigned, void* p) {
  auto* e = static_cast<EndCtx*>(p);
  const size_t end = static_cast<size_t>(to);
  const size_t w = (*e->max_width)[id];
  e->hits->push_back(EndHit{end > w ? end - w : 0, end});
  return 0;
}

// Cuts of the normalised text into pieces for the word-based detectors
// (see NormalizedText::PieceCuts): as many pieces as threads, each at least
// half of options.parallel_min_bytes; one piece for a smaller text.
std::vector<size_t> Pieces(const NormalizedText& norm, const Engine::ScanOptions& o) {
  const size_t n = norm.text().size();
  if (n < o.parallel_min_bytes || o.max_threads == 1) return {0, n};
  // (hardware_concurrency() reads /sys on Linux: once.)
  static const unsigned processors = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
  const unsigned threads = o.max_threads == 0 ? processors : o.max_threads;
  size_t want = 1;
  if (threads > 1) {
    want = std::min<size_t>(threads, n / std::max<size_t>(1, o.parallel_min_bytes / 2));
    want = std::max<size_t>(want, 1);
  }
  return norm.PieceCuts(want);
}

}  // namespace

ScanResult Engine::Scan(std::string_view utf8) const { return Scan(utf8, ScanOptions{}); }

ScanResult Engine::Scan(std::string_view utf8, const ScanOptions& options) const {
  ScanResult result;
  // This thread's buffers, by reference: the lambdas below run on other
  // threads too, where the names of thread_local variables mean their own.
  thread_local NormalizedText this_thread_norm;
  thread_local Tokens this_thread_tokens;
  NormalizedText& norm = this_thread_norm;
  Tokens& tokens = this_thread_tokens;
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
  // text several, split at paragraph breaks (no detector matches across a
  // blank line), pieces 1.. on the engine's threads while this one runs the
  // patterns over the whole text.
  const std::vector<size_t> cuts = im.uses_tokens ? Pieces(norm, options) : std::vector<size_t>{0, 0};
  const size_t pieces = cuts.size() - 1;
  std::vector<std::unique_ptr<Tokens>> leased;  // pieces 1.., from the pool
  for (size_t k = 1; k < pieces; ++k) leased.push_back(im.AcquireTokens());
  struct Release {
    const Impl& im;
    std::vector<std::unique_ptr<Tokens>>& leased;
    ~Release() {
      for (auto& t : leased) im.ReleaseTokens(std::move(t));
    }
  } release{im, leased};
  auto piece_tokens = [&](size_t k) -> Tokens& { return k == 0 ? tokens : *leased[k - 1]; };
  std::vector<std::vector<Candidate>> piece_cands(pieces);
  auto scan_piece = [&](size_t k, int phase, const std::vector<Candidate>& earlier) {
    ScanContext pc(norm, piece_tokens(k), earlier);
    for (const Detector* d : im.word_scan[phase]) d->Scan(pc, &piece_cands[k]);
  };
  const std::function<void(size_t)> phase0 = [&](size_t k) {
    piece_tokens(k).Build(text, cuts[k], cuts[k + 1]);
    scan_piece(k, 0, none);
  };
  // Phase 1 sees every phase-0 candidate of the whole text.
  const std::function<void(size_t)> phase1 = [&](size_t k) { scan_piece(k, 1, cands); };
  // Pieces 1.. in flight; waited for before anything they use goes, also on
  // an early return (declared after everything the pieces use).
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
  auto start_pieces = [&](const std::function<void(size_t)>& fn) {
    for (size_t k = 1; k < pieces; ++k) {
      in_flight.running.push_back(im.workers.Run([&fn, k] { fn(k); }, pieces - 1));
    }
  };
  start_pieces(phase0);
  tokens.Build(text, cuts[0], cuts[1]);  // piece 0, also the patterns' context
  ScanContext ctx(norm, tokens, none);
  if ((im.db || im.digit_db) && !text.empty()) {
    // Stage 1: where do matches end? (no start-of-match tracking: fast)
    // Stage 2: the leftmost start of each, scanning only the merged windows
    // [end - max_width, end] with the start-of-match database.
    thread_local std::vector<EndHit> hits;
    hits.clear();
    hs_scratch_t* s = im.AcquireScratch();
    EndCtx ec{&im.max_width, &hits};
    hs_error_t rc = HS_SUCCESS;
    bool digit_done = false;
    // Digit patterns: only the windows [digit - reach, digit + reach] around
    // the digits of the text (merged) can hold a match. When the windows
    // cover much of the text, one scan of the whole text is cheaper.
    if (im.digit_db && rc == HS_SUCCESS) {
      const size_t reach = im.digit_reach;
      const size_t n = text.size();
      const char* t = text.data();
      thread_local std::vector<std::pair<size_t, size_t>> windows;
      windows.clear();
      size_t covered = 0;
      for (size_t i = 0; i < n;) {
        // Skip eight bytes at a time while none is an ASCII digit.
        while (i + 8 <= n) {
          uint64_t x;
          std::memcpy(&x, t + i, 8);
          // A byte b is a digit iff (b ^ 0x30) < 10: flag bytes < 10 after
          // the xor (no byte of x ^ 0x30.. has its high bit set when b < 0x80).
          const uint64_t y = x ^ 0x3030303030303030ull;
          const uint64_t lt10 = (y - 0x0A0A0A0A0A0A0A0Aull) & ~y & 0x8080808080808080ull;
          if (lt10) break;
          i += 8;
        }
        while (i < n && static_cast<unsigned>(t[i] - '0') > 9u) ++i;
        if (i >= n) break;
        const size_t ws = i > reach ? i - reach : 0;
        size_t last = i;
        for (size_t j = i + 1; j < n && j <= last + 2 * reach; ++j) {
          if (static_cast<unsigned>(t[j] - '0') <= 9u) last = j;
        }
        const size_t we = std::min(n, last + reach + 1);
        windows.emplace_back(ws, we);
        covered += we - ws;
        i = we;
      }
      if (covered * 2 > n) {
        // Digit-dense text: one pass of every pattern over the whole text.
        windows.clear();
        rc = hs_scan(im.all_db, t, static_cast<unsigned>(n), 0, s, OnHsEnd, &ec);
        digit_done = true;
      }
      for (const auto& [ws, we] : windows) {
        struct Shift {
          EndCtx* ec;
          size_t base;
        } sh{&ec, ws};
        rc = hs_scan(im.digit_db, t + ws, static_cast<unsigned>(we - ws), 0, s,
                     [](unsigned id, unsigned long long from, unsigned long long to, unsigned f,
                        void* p) -> int {
                       auto* x = static_cast<Shift*>(p);
                       return OnHsEnd(id, from + x->base, to + x->base, f, x->ec);
                     },
                     &sh);
        if (rc != HS_SUCCESS) break;
      }
    }
    if (im.db && !digit_done && rc == HS_SUCCESS) {
      rc = hs_scan(im.db, text.data(), static_cast<unsigned>(text.size()), 0, s, OnHsEnd, &ec);
    }
    if (rc == HS_SUCCESS && !hits.empty()) {
      std::sort(hits.begin(), hits.end(),
                [](const EndHit& a, const EndHit& b) { return a.start < b.start; });
      MatchCtx m{&ctx, &im.pattern_owner, &cands};
      size_t ws = hits[0].start, we = hits[0].end;
      auto flush = [&] {
        m.base = ws;
        return hs_scan(im.som_db, text.data() + ws, static_cast<unsigned>(we - ws), 0, s,
                       OnHsMatch, &m);
      };
      for (size_t k = 1; k < hits.size() && rc == HS_SUCCESS; ++k) {
        if (hits[k].start <= we) {
          we = std::max(we, hits[k].end);
        } else {
          rc = flush();
          ws = hits[k].start;
          we = hits[k].end;
        }
      }
      if (rc == HS_SUCCESS) rc = flush();
    }
    im.ReleaseScratch(s);
    if (rc != HS_SUCCESS) {
      result.ok = false;
      result.error = "pattern scan failed (code " + std::to_string(rc) + ")";
      return result;
    }
  }
  scan_piece(0, 0, none);
  in_flight.Wait();
  for (const Detector* d : im.text_scan[0]) d->Scan(ctx, &cands);
  for (auto& pc : piece_cands) {
    cands.insert(cands.end(), pc.begin(), pc.end());
    pc.clear();
  }

  // Policy per category: minimum confidence, allowlists; then one candidate
  // per span within a category.
  auto apply_policy = [&](std::vector<Candidate>* cs) {
    std::vector<Candidate> kept;
    for (const Candidate& c : *cs) {
      const CategoryRuleView& r = im.rules[static_cast<size_t>(c.category)];
      if (r.action == Action::kOff || c.confidence < r.min_confidence) continue;
      if (c.end <= c.start || c.end > text.size()) continue;
      if (im.Allowed(c.category, text.substr(c.start, c.end - c.start))) continue;
      kept.push_back(c);
    }
    *cs = std::move(kept);
  };
  apply_policy(&cands);
  ResolveOverlaps(&cands);

  if (!im.word_scan[1].empty() || !im.text_scan[1].empty()) {
    start_pieces(phase1);
    phase1(0);
    in_flight.Wait();
    std::vector<Candidate> more;
    for (const auto& pc : piece_cands) more.insert(more.end(), pc.begin(), pc.end());
    ScanContext ctx1(norm, tokens, cands);
    for (const Detector* d : im.text_scan[1]) d->Scan(ctx1, &more);
    apply_policy(&more);
    if (!more.empty()) {
      cands.insert(cands.end(), more.begin(), more.end());
      ResolveOverlaps(&cands);
    }
  }

  result.findings.reserve(cands.size());
  for (const Candidate& c : cands) {
    const size_t ci = static_cast<size_t>(c.category);
    const CategoryRuleView& r = im.rules[ci];
    OriginalSpan span = norm.Map(c.start, c.end);
    Finding f;
    f.category = c.category;
    f.confidence = c.confidence;
    f.action = r.action;
    f.start = span.start16;
    f.end = span.end16;
    f.byte_start = span.start8;
    f.byte_end = span.end8;
    f.masked = im.by_category[ci]->Mask(text.substr(c.start, c.end - c.start));
    ++result.counts[ci];
    if (f.action == Action::kBlock) {
      result.decision = Decision::kBlock;
    } else if (f.action == Action::kWarn && result.decision == Decision::kAllow) {
      result.decision = Decision::kWarn;
    }
    result.findings.push_back(std::move(f));
  }
  return result;
}

RedactResult Engine::Redact(std::string_view utf8, const ScanResult& result) const {
  RedactResult out;
  const Impl& im = *impl_;
  // Distinct values per category, in order of first appearance.
  std::array<std::map<std::string, int>, kNumCategories> numbers;
  std::array<int, kNumCategories> distinct{};
  std::vector<const Finding*> todo;
  for (const Finding& f : result.findings) {
    if (f.action != Action::kWarn && f.action != Action::kBlock) continue;
    if (f.byte_end > utf8.size() || f.byte_start >= f.byte_end) continue;
    todo.push_back(&f);
    const size_t ci = static_cast<size_t>(f.category);
    std::string key = AllowKey(utf8.substr(f.byte_start, f.byte_end - f.byte_start));
    if (numbers[ci].emplace(key, distinct[ci] + 1).second) ++distinct[ci];
  }
  size_t pos8 = 0;
  for (const Finding* f : todo) {
    if (f->byte_start < pos8) continue;  // overlapping (should not happen)
    const size_t ci = static_cast<size_t>(f->category);
    out.text.append(utf8.substr(pos8, f->byte_start - pos8));
    std::string key = AllowKey(utf8.substr(f->byte_start, f->byte_end - f->byte_start));
    const CategoryRuleView& r = im.rules[ci];
    std::string ph = "[" + r.placeholder;
    if (im.defaults[ci].numbered_placeholder || distinct[ci] > 1) {
      ph += " " + std::to_string(numbers[ci][key]);
    }
    ph += "]";
    out.text.append(ph);
    out.replacements.push_back(Replacement{f->category, f->start, f->end, ph});
    pos8 = f->byte_end;
  }
  out.text.append(utf8.substr(pos8));
  return out;
}

const CategoryRuleView& Engine::rule(Category c) const {
  return impl_->rules[static_cast<size_t>(c)];
}

const std::string& Engine::policy_version() const { return impl_->version; }

const DataStats& Engine::data_stats() const { return impl_->stats; }

}  // namespace privacy_guard
