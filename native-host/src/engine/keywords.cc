#include "engine/keywords.h"

#include "engine/pattern_render.h"

#include <algorithm>

namespace privacy_guard {

bool IsWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

void KeywordIndex::Add(const std::vector<std::string>* list) {
  if (list && std::find(lists_.begin(), lists_.end(), list) == lists_.end()) lists_.push_back(list);
}

int KeywordIndex::ListOf(const std::vector<std::string>* list) const {
  const auto it = std::find(lists_.begin(), lists_.end(), list);
  return it == lists_.end() || !db_ ? -1 : static_cast<int>(it - lists_.begin());
}

bool KeywordIndex::Build(DatabaseCache* cache, EngineError* error) {
  PatternSet set;
  for (size_t l = 0; l < lists_.size(); ++l) {
    for (const std::string& kw : *lists_[l]) {
      if (kw.empty()) continue;
      // Case-insensitive over Unicode (UCP), as the business terms are
      // compiled: "KØNUMMER" is "kønummer". Normalised text has no case
      // pairs of different byte lengths (NFKC), so a hit spans kw.size().
      set.Add(EscapeRegex(kw), HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_UCP,
              static_cast<unsigned>(entries_.size()));
      entries_.push_back(Entry{static_cast<uint32_t>(l), static_cast<uint32_t>(kw.size()),
                               IsWordByte(static_cast<unsigned char>(kw.front())),
                               IsWordByte(static_cast<unsigned char>(kw.back()))});
    }
  }
  if (set.size() == 0) return true;
  int bad = -1;
  std::string message;
  db_ = CompilePatternSet(set, cache, &bad, &message);
  if (!db_) {
    error->code = EngineError::Code::kBadRegex;
    error->field = "context keywords";
    error->message = (bad >= 0 ? "'" + set.expressions[static_cast<size_t>(bad)] + "': " : "") + message;
    return false;
  }
  if (!scratch_.Prepare(db_.get())) {
    error->code = EngineError::Code::kResources;
    error->field = "context keywords";
    error->message = "cannot allocate Hyperscan scratch space";
    return false;
  }
  return true;
}

bool KeywordIndex::Find(std::string_view text, std::vector<KeywordHit>* out) const {
  out->clear();
  if (!db_ || text.empty()) return true;
  HsScratch s = scratch_.Acquire();
  if (!s) return false;
  // At most one hit per 8 bytes of text (2 bytes of memory per byte): a
  // text made of keyword fragments ("ididid...") is searched window by
  // window instead.
  struct Ctx {
    const std::vector<Entry>* entries;
    std::vector<KeywordHit>* out;
    size_t max_hits;
  } ctx{&entries_, out, text.size() / 8 + 1024};
  const hs_error_t rc = hs_scan(
      db_.get(), text.data(), static_cast<unsigned>(text.size()), 0, s.get(),
      [](unsigned id, unsigned long long, unsigned long long to, unsigned, void* p) -> int {
        auto* c = static_cast<Ctx*>(p);
        const Entry& e = (*c->entries)[id];
        c->out->push_back(KeywordHit{static_cast<uint32_t>(to - e.length), static_cast<uint32_t>(to),
                                     e.list, e.word_front, e.word_back});
        return c->out->size() > c->max_hits ? 1 : 0;  // 1 stops the scan
      },
      &ctx);
  scratch_.Release(std::move(s));
  if (rc != HS_SUCCESS) {  // also HS_SCAN_TERMINATED: too many hits
    out->clear();
    out->shrink_to_fit();
    return false;
  }
  // Hyperscan reports in order of end offset; equal ends in any order.
  std::stable_sort(out->begin(), out->end(),
                   [](const KeywordHit& a, const KeywordHit& b) { return a.end < b.end; });
  return true;
}

bool WholeWordIn(std::string_view text, const KeywordHit& h, size_t from, size_t to) {
  if (h.start < from || h.end > to) return false;
  const bool left_ok = h.start == from || !h.word_front ||
                       !IsWordByte(static_cast<unsigned char>(text[h.start - 1]));
  const bool right_ok = h.end == to || !h.word_back ||
                        !IsWordByte(static_cast<unsigned char>(text[h.end]));
  return left_ok && right_ok;
}

}  // namespace privacy_guard
