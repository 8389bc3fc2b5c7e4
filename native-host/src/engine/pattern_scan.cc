#include "engine/pattern_scan.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>

namespace privacy_guard {
namespace {

// Window for patterns of unbounded width (e-mail, phrases with \s+).
constexpr size_t kUnboundedWindow = 256;

struct EndHit {
  size_t start, end;  // window [end - max_width, end]
};

struct EndCtx {
  const std::vector<size_t>* max_width;
  std::vector<EndHit>* hits;
};

int OnEnd(unsigned id, unsigned long long, unsigned long long to, unsigned, void* p) {
  auto* e = static_cast<EndCtx*>(p);
  const size_t end = static_cast<size_t>(to);
  const size_t w = (*e->max_width)[id];
  e->hits->push_back(EndHit{end > w ? end - w : 0, end});
  return 0;
}

// The windows [digit - reach, digit + reach] around the ASCII digits of `t`
// (merged); *covered = their total size.
void DigitWindows(std::string_view t, size_t reach, std::vector<std::pair<size_t, size_t>>* windows,
                  size_t* covered) {
  const size_t n = t.size();
  const char* s = t.data();
  windows->clear();
  *covered = 0;
  for (size_t i = 0; i < n;) {
    // Skip eight bytes at a time while none is an ASCII digit. A byte b is
    // a digit iff (b ^ 0x30) < 10: flag bytes < 10 after the xor (no byte
    // of x ^ 0x30.. has its high bit set when b < 0x80).
    while (i + 8 <= n) {
      uint64_t x;
      std::memcpy(&x, s + i, 8);
      const uint64_t y = x ^ 0x3030303030303030ull;
      const uint64_t lt10 = (y - 0x0A0A0A0A0A0A0A0Aull) & ~y & 0x8080808080808080ull;
      if (lt10) break;
      i += 8;
    }
    while (i < n && static_cast<unsigned>(s[i] - '0') > 9u) ++i;
    if (i >= n) break;
    const size_t ws = i > reach ? i - reach : 0;
    size_t last = i;
    for (size_t j = i + 1; j < n && j <= last + 2 * reach; ++j) {
      if (static_cast<unsigned>(s[j] - '0') <= 9u) last = j;
    }
    const size_t we = std::min(n, last + reach + 1);
    windows->emplace_back(ws, we);
    *covered += we - ws;
    i = we;
  }
}

}  // namespace

void PatternDatabases::Add(const Detector* detector, std::vector<Pattern> patterns) {
  for (Pattern& p : patterns) patterns_.push_back(Owned{detector, std::move(p)});
}

bool PatternDatabases::Build(DatabaseCache* cache, EngineError* error) {
  if (patterns_.empty()) return true;
  auto fail = [&](const PatternSet& set, int bad, const std::string& message) {
    error->code = EngineError::Code::kBadRegex;
    if (bad >= 0) {
      const Owned& o = patterns_[set.ids[static_cast<size_t>(bad)]];
      error->field = o.pattern.field.empty()
                         ? std::string(CategoryId(o.detector->category())) + " pattern"
                         : o.pattern.field;
      error->message = "'" + o.pattern.expression + "': " + message;
    } else {
      error->field = "pattern set";
      error->message = message;
    }
    return false;
  };
  // Two stage-1 databases: patterns whose matches always contain a digit
  // run only near digits, the others over the whole text.
  PatternSet all, som, by_digit[2];
  for (size_t i = 0; i < patterns_.size(); ++i) {
    const Pattern& p = patterns_[i].pattern;
    const unsigned id = static_cast<unsigned>(i);
    all.Add(p.expression, p.flags, id);
    som.Add(p.expression, p.flags | HS_FLAG_SOM_LEFTMOST, id);
    by_digit[p.has_digit ? 1 : 0].Add(p.expression, p.flags, id);
  }
  int bad = -1;
  std::string message;
  for (int digit : {0, 1}) {
    if (by_digit[digit].size() == 0) continue;
    HsDatabase d = CompilePatternSet(by_digit[digit], cache, &bad, &message);
    if (!d) return fail(by_digit[digit], bad, message);
    (digit ? digit_db_ : db_) = std::move(d);
  }
  all_db_ = CompilePatternSet(all, cache, &bad, &message);
  if (!all_db_) return fail(all, bad, message);
  som_db_ = CompilePatternSet(som, cache, &bad, &message);
  if (!som_db_) return fail(som, bad, message);
  for (const Owned& o : patterns_) {
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* err = nullptr;
    size_t w = kUnboundedWindow;
    if (hs_expression_info(o.pattern.expression.c_str(), o.pattern.flags, &info, &err) ==
            HS_SUCCESS &&
        info) {
      if (info->max_width != UINT_MAX) w = std::min<size_t>(info->max_width, kUnboundedWindow);
      std::free(info);
    } else {
      hs_free_compile_error(err);
    }
    max_width_.push_back(w);
    if (o.pattern.has_digit) digit_reach_ = std::max(digit_reach_, w);
  }
  return true;
}

bool PatternDatabases::PrepareScratch(ScratchPool* pool) const {
  for (const HsDatabase* d : {&db_, &digit_db_, &all_db_, &som_db_}) {
    if (*d && !pool->Prepare(d->get())) return false;
  }
  return true;
}

hs_error_t PatternDatabases::Scan(const ScanContext& ctx, hs_scratch_t* s,
                                  std::vector<Candidate>* out) const {
  const std::string_view text = ctx.text();
  if (patterns_.empty() || text.empty()) return HS_SUCCESS;
  thread_local std::vector<EndHit> hits;
  thread_local std::vector<std::pair<size_t, size_t>> windows;
  hits.clear();
  EndCtx ec{&max_width_, &hits};
  hs_error_t rc = HS_SUCCESS;
  bool whole_done = false;
  if (digit_db_) {
    size_t covered = 0;
    DigitWindows(text, digit_reach_, &windows, &covered);
    if (covered * 2 > text.size()) {
      // Digit-dense text: one pass of every pattern over the whole text.
      windows.clear();
      rc = hs_scan(all_db_.get(), text.data(), static_cast<unsigned>(text.size()), 0, s, OnEnd, &ec);
      whole_done = true;
    }
    for (const auto& [ws, we] : windows) {
      struct Shift {
        EndCtx* ec;
        size_t base;
      } sh{&ec, ws};
      rc = hs_scan(digit_db_.get(), text.data() + ws, static_cast<unsigned>(we - ws), 0, s,
                   [](unsigned id, unsigned long long from, unsigned long long to, unsigned f,
                      void* p) -> int {
                     auto* x = static_cast<Shift*>(p);
                     return OnEnd(id, from + x->base, to + x->base, f, x->ec);
                   },
                   &sh);
      if (rc != HS_SUCCESS) break;
    }
  }
  if (db_ && !whole_done && rc == HS_SUCCESS) {
    rc = hs_scan(db_.get(), text.data(), static_cast<unsigned>(text.size()), 0, s, OnEnd, &ec);
  }
  if (rc != HS_SUCCESS || hits.empty()) return rc;
  std::sort(hits.begin(), hits.end(), [](const EndHit& a, const EndHit& b) { return a.start < b.start; });
  struct Ctx {
    const ScanContext* ctx;
    const std::vector<Owned>* owned;
    std::vector<Candidate>* out;
    size_t base;
  } m{&ctx, &patterns_, out, 0};
  auto flush = [&](size_t ws, size_t we) {
    m.base = ws;
    return hs_scan(som_db_.get(), text.data() + ws, static_cast<unsigned>(we - ws), 0, s,
                   [](unsigned id, unsigned long long from, unsigned long long to, unsigned,
                      void* p) -> int {
                     auto* c = static_cast<Ctx*>(p);
                     const Owned& o = (*c->owned)[id];
                     o.detector->OnMatch(*c->ctx, o.pattern.tag, c->base + static_cast<size_t>(from),
                                         c->base + static_cast<size_t>(to), c->out);
                     return 0;
                   },
                   &m);
  };
  size_t ws = hits[0].start, we = hits[0].end;
  for (size_t k = 1; k < hits.size() && rc == HS_SUCCESS; ++k) {
    if (hits[k].start <= we) {
      we = std::max(we, hits[k].end);
    } else {
      rc = flush(ws, we);
      ws = hits[k].start;
      we = hits[k].end;
    }
  }
  if (rc == HS_SUCCESS) rc = flush(ws, we);
  return rc;
}

}  // namespace privacy_guard
