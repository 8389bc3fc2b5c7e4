#include "engine/pattern_scan.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <cstring>

#include "engine/per_thread.h"

namespace privacy_guard {
namespace {

// Window for patterns of unbounded width (e-mail, phrases with \s+).
constexpr size_t kUnboundedWindow = 256;

struct EndHit {
  unsigned group;     // the start-of-match database that finds its start
  size_t start, end;  // window [end - max_width, end]
};

struct EndCtx {
  const std::vector<size_t>* max_width;
  const std::vector<unsigned>* group;
  std::vector<EndHit>* hits;
};

int OnEnd(unsigned id, unsigned long long, unsigned long long to, unsigned, void* p) {
  auto* e = static_cast<EndCtx*>(p);
  const size_t end = static_cast<size_t>(to);
  const size_t w = (*e->max_width)[id];
  e->hits->push_back(EndHit{(*e->group)[id], end > w ? end - w : 0, end});
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
  // Each pattern's widest match: the stage-2 window, and for a digit
  // pattern the reach of its digit windows. A digit pattern without a
  // bound (or wider than the window cap) cannot be found from its digits
  // alone, so it runs with the word patterns.
  std::vector<bool> digit_path(patterns_.size(), false);
  for (size_t i = 0; i < patterns_.size(); ++i) {
    const Owned& o = patterns_[i];
    hs_expr_info_t* info = nullptr;
    hs_compile_error_t* err = nullptr;
    size_t w = kUnboundedWindow;
    bool bounded = false;
    if (hs_expression_info(o.pattern.expression.c_str(), o.pattern.flags, &info, &err) ==
            HS_SUCCESS &&
        info) {
      if (info->max_width != UINT_MAX) {
        bounded = info->max_width <= kUnboundedWindow;
        w = std::min<size_t>(info->max_width, kUnboundedWindow);
      }
      std::free(info);
    } else {
      hs_free_compile_error(err);
    }
    max_width_.push_back(w);
    digit_path[i] = o.pattern.has_digit && bounded;
    if (digit_path[i]) digit_reach_ = std::max(digit_reach_, w);
  }
  // Patterns whose every match holds a digit: one start-of-match database,
  // run only around the digits. The others: stage 1 over the whole text,
  // then one start-of-match database per detector (stage 2 runs only a
  // detector's own patterns, only around where they matched).
  PatternSet digit, words;
  std::vector<PatternSet> som;
  std::vector<const Detector*> owners;
  group_.assign(patterns_.size(), 0);
  for (size_t i = 0; i < patterns_.size(); ++i) {
    const Pattern& p = patterns_[i].pattern;
    const unsigned id = static_cast<unsigned>(i);
    if (digit_path[i]) {
      digit.Add(p.expression, p.flags | HS_FLAG_SOM_LEFTMOST, id);
      continue;
    }
    words.Add(p.expression, p.flags, id);
    const auto owner = std::find(owners.begin(), owners.end(), patterns_[i].detector);
    group_[i] = static_cast<unsigned>(owner - owners.begin());
    if (owner == owners.end()) {
      owners.push_back(patterns_[i].detector);
      som.emplace_back();
    }
    som[group_[i]].Add(p.expression, p.flags | HS_FLAG_SOM_LEFTMOST, id);
  }
  int bad = -1;
  std::string message;
  if (digit.size() > 0) {
    digit_db_ = CompilePatternSet(digit, cache, &bad, &message);
    if (!digit_db_) return fail(digit, bad, message);
  }
  if (words.size() > 0) {
    db_ = CompilePatternSet(words, cache, &bad, &message);
    if (!db_) return fail(words, bad, message);
  }
  for (const PatternSet& set : som) {
    som_dbs_.push_back(CompilePatternSet(set, cache, &bad, &message));
    if (!som_dbs_.back()) return fail(set, bad, message);
  }
  return true;
}

bool PatternDatabases::PrepareScratch(ScratchPool* pool) const {
  for (const HsDatabase* d : {&db_, &digit_db_}) {
    if (*d && !pool->Prepare(d->get())) return false;
  }
  for (const HsDatabase& d : som_dbs_) {
    if (!pool->Prepare(d.get())) return false;
  }
  return true;
}

hs_error_t PatternDatabases::Scan(const ScanContext& ctx, hs_scratch_t* s,
                                  std::vector<Candidate>* out) const {
  const std::string_view text = ctx.text();
  if (patterns_.empty() || text.empty()) return HS_SUCCESS;
  struct Ctx {
    const ScanContext* ctx;
    const std::vector<Owned>* owned;
    std::vector<Candidate>* out;
    size_t base;
  } m{&ctx, &patterns_, out, 0};
  // Scans [ws, we) with a start-of-match database; every match goes to its
  // detector's OnMatch.
  auto report = [&](const hs_database_t* db, size_t ws, size_t we) {
    m.base = ws;
    return hs_scan(db, text.data() + ws, static_cast<unsigned>(we - ws), 0, s,
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
  hs_error_t rc = HS_SUCCESS;
  if (digit_db_) {
    // A digit pattern's match holds a digit and is at most digit_reach_
    // wide, so it lies inside the window around that digit, and so does its
    // leftmost start: scanning the windows finds exactly the matches (and
    // starts) a whole-text scan finds (the patterns have no anchors).
    struct WindowsTag {};
    auto& windows = PerThread<std::vector<std::pair<size_t, size_t>>, WindowsTag>();
    size_t covered = 0;
    DigitWindows(text, digit_reach_, &windows, &covered);
    if (covered * 2 > text.size()) {
      windows.assign(1, {0, text.size()});  // digit-dense: one pass
    }
    for (const auto& [ws, we] : windows) {
      rc = report(digit_db_.get(), ws, we);
      if (rc != HS_SUCCESS) return rc;
    }
  }
  if (!db_) return rc;
  struct HitsTag {};
  std::vector<EndHit>& hits = PerThread<std::vector<EndHit>, HitsTag>();
  hits.clear();
  EndCtx ec{&max_width_, &group_, &hits};
  rc = hs_scan(db_.get(), text.data(), static_cast<unsigned>(text.size()), 0, s, OnEnd, &ec);
  if (rc != HS_SUCCESS || hits.empty()) return rc;
  std::sort(hits.begin(), hits.end(), [](const EndHit& a, const EndHit& b) {
    return a.group != b.group ? a.group < b.group : a.start < b.start;
  });
  // Windows of one group that overlap are merged: every match is reported
  // once, and a match's window always lies inside the merged one (so its
  // leftmost start does too).
  unsigned group = hits[0].group;
  size_t ws = hits[0].start, we = hits[0].end;
  for (size_t k = 1; k < hits.size() && rc == HS_SUCCESS; ++k) {
    if (hits[k].group == group && hits[k].start <= we) {
      we = std::max(we, hits[k].end);
    } else {
      rc = report(som_dbs_[group].get(), ws, we);
      group = hits[k].group;
      ws = hits[k].start;
      we = hits[k].end;
    }
  }
  if (rc == HS_SUCCESS) rc = report(som_dbs_[group].get(), ws, we);
  return rc;
}

}  // namespace privacy_guard
