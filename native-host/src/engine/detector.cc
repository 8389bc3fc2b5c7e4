#include "engine/detector.h"

#include "engine/pattern_render.h"
#include "engine/per_thread.h"

#include <algorithm>

namespace privacy_guard {
namespace {

// Filled during static initialisation, before main().
std::vector<DetectorInfo>& Pending() {
  static std::vector<DetectorInfo> r;
  return r;
}

// Finds `kw` as a whole word in the folded `window`.
bool ContainsWord(std::string_view window, std::string_view kw) {
  size_t pos = 0;
  while ((pos = window.find(kw, pos)) != std::string_view::npos) {
    bool left_ok = pos == 0 || !IsWordByte(window[pos - 1]) ||
                   !IsWordByte(kw.front());
    size_t after = pos + kw.size();
    bool right_ok = after >= window.size() || !IsWordByte(window[after]) ||
                    !IsWordByte(kw.back());
    if (left_ok && right_ok) return true;
    ++pos;
  }
  return false;
}

// Moves `pos` back to the start of a UTF-8 character.
size_t AlignBack(std::string_view s, size_t pos) {
  while (pos > 0 && pos < s.size() &&
         (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) {
    --pos;
  }
  return pos;
}

}  // namespace

const std::vector<DetectorInfo>& RegisteredDetectors() {
  // A sorted copy, made once: initialising a local static is thread-safe,
  // and the list never changes after static initialisation.
  static const std::vector<DetectorInfo> sorted = [] {
    std::vector<DetectorInfo> r = Pending();
    std::sort(r.begin(), r.end(), [](const DetectorInfo& a, const DetectorInfo& b) {
      return a.category < b.category;
    });
    return r;
  }();
  return sorted;
}

DetectorRegistration::DetectorRegistration(Category c, CategoryDefaults d,
                                           DetectorFactory f) {
  Pending().push_back(DetectorInfo{c, std::move(d), f});
}

bool ScanContext::KeywordIn(size_t from, size_t to,
                            const std::vector<std::string>& keywords) const {
  const std::string_view t = text();
  // A window that starts inside a word starts after it: the tail of "Said"
  // is not the keyword "id" ("Karim Said 50 39 64 18\nLene Toft 26 44 80
  // 51" lowered the second phone number).
  while (from > 0 && from < to && IsWordByte(static_cast<unsigned char>(t[from - 1])) &&
         IsWordByte(static_cast<unsigned char>(t[from]))) {
    ++from;
  }
  const int list = keywords_ ? keywords_->ListOf(&keywords) : -1;
  if (list >= 0) {
    if (!hits_ready_) {
      hits_ok_ = keywords_->Find(t, &hits_);
      hits_ready_ = true;
    }
    if (hits_ok_) {
      // Hits end in order; a keyword inside [from, to) ends in (from, to].
      auto it = std::upper_bound(hits_.begin(), hits_.end(), to,
                                 [](size_t v, const KeywordHit& h) { return v < h.end; });
      while (it != hits_.begin()) {
        --it;
        if (it->end <= from) break;
        if (it->list == static_cast<uint32_t>(list) && WholeWordIn(t, *it, from, to)) return true;
      }
      return false;
    }
  }
  std::string folded;
  AppendFolded(t.substr(from, to - from), &folded);
  for (const std::string& kw : keywords) {
    if (ContainsWord(folded, kw)) return true;
  }
  return false;
}

bool ScanContext::KeywordBefore(size_t pos, size_t window,
                                const std::vector<std::string>& keywords) const {
  const std::string_view t = text();
  const size_t from = pos > window ? AlignBack(t, pos - window) : 0;
  return KeywordIn(from, pos, keywords);
}

bool ScanContext::KeywordAfter(size_t end, size_t window,
                               const std::vector<std::string>& keywords) const {
  const std::string_view t = text();
  const size_t to = AlignBack(t, std::min(t.size(), end + window));
  return KeywordIn(end, to, keywords);
}

namespace {

// The cell separator of line [ls, le): ';' or '|' when present, '\t' when
// the original line had a tab; 0 for none.
char CellSeparator(const NormalizedText& norm, size_t ls, size_t le) {
  const std::string_view line = std::string_view(norm.text()).substr(ls, le - ls);
  if (line.find(';') != std::string_view::npos) return ';';
  if (line.find('|') != std::string_view::npos) return '|';
  if (norm.TabBetween(ls, le)) return '\t';
  return 0;
}

// The positions of separator `sep` in line [ls, le), in order.
void SeparatorsIn(const NormalizedText& norm, size_t ls, size_t le, char sep,
                  std::vector<size_t>* out) {
  out->clear();
  const std::string_view t = norm.text();
  for (size_t i = ls; i < le; ++i) {
    if (sep == '\t' ? (t[i] == ' ' && norm.TabBetween(i, i + 1)) : t[i] == sep) out->push_back(i);
  }
}

bool Blank(std::string_view t, size_t ls, size_t le) {
  for (size_t i = ls; i < le; ++i) {
    if (t[i] != ' ') return false;
  }
  return true;
}

}  // namespace

bool ScanContext::Header(size_t pos, size_t* start, size_t* end) const {
  const std::string_view t = text();
  size_t ls, le;
  norm_.LineBounds(pos, &ls, &le);
  const char sep = CellSeparator(norm_, ls, le);
  if (!sep && le - ls > kListItemBytes) return false;  // neither a cell nor a list item
  // A row of a block walked before (rows are asked about in text order, so
  // a long table costs one walk): inside it, or the row right after it.
  bool known = false;
  if (block_top_ != SIZE_MAX && sep == block_sep_) {
    if (ls > block_top_ && ls <= block_bottom_) {
      known = true;
    } else if (ls > block_bottom_) {
      size_t ps, pe;
      norm_.LineBounds(ls - 1, &ps, &pe);
      known = ps == block_bottom_ && (sep || t[le > ls ? le - 1 : ls] != ':');
      if (known) block_bottom_ = ls;
    }
  }
  if (!known) {
    size_t top = ls, rows = 0;
    while (top > 0 && rows < kHeaderRows) {
      size_t ps, pe;
      norm_.LineBounds(top - 1, &ps, &pe);
      if (pe <= ps || Blank(t, ps, pe)) break;
      const bool row = sep ? CellSeparator(norm_, ps, pe) == sep
                           : pe - ps <= kListItemBytes && t[pe - 1] != ':';
      if (!row) break;
      top = ps;
      ++rows;
    }
    size_t hs = SIZE_MAX, he = SIZE_MAX;
    if (rows < kHeaderRows) {
      if (sep) {
        if (top < ls) norm_.LineBounds(top, &hs, &he);  // the block's first row
      } else if (top > 0) {
        // The line above the list, over one blank line at most, if it ends
        // in ':'.
        size_t ps, pe;
        norm_.LineBounds(top - 1, &ps, &pe);
        if (Blank(t, ps, pe) && ps > 0) norm_.LineBounds(ps - 1, &ps, &pe);
        size_t q = pe;
        while (q > ps && t[q - 1] == ' ') --q;
        if (q > ps && t[q - 1] == ':') hs = ps, he = q;
      }
    }
    block_top_ = top;
    block_bottom_ = ls;
    block_sep_ = sep;
    header_start_ = hs;
    header_end_ = he;
  }
  const size_t hs = header_start_, he = header_end_;
  if (hs == SIZE_MAX || hs == ls) return false;
  if (!sep) {
    *start = hs;
    *end = he;
    return true;
  }
  // The header's cell in pos's column.
  struct CutsTag {};
  std::vector<size_t>& cuts = PerThread<std::vector<size_t>, CutsTag>();
  SeparatorsIn(norm_, ls, le, sep, &cuts);
  const size_t column = static_cast<size_t>(std::lower_bound(cuts.begin(), cuts.end(), pos) - cuts.begin());
  SeparatorsIn(norm_, hs, he, sep, &cuts);
  if (column > cuts.size()) return false;
  *start = column == 0 ? hs : cuts[column - 1] + 1;
  *end = column < cuts.size() ? cuts[column] : he;
  return *start < *end;
}

bool ScanContext::HeaderHas(size_t pos, const std::vector<std::string>& keywords) const {
  size_t s, e;
  return Header(pos, &s, &e) && KeywordIn(s, e, keywords);
}

std::string DigitsOf(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (c >= '0' && c <= '9') d.push_back(c);
  }
  return d;
}

std::string MaskDigitsAfter(std::string_view value, size_t keep) {
  std::string out;
  size_t seen = 0;
  for (char c : value) {
    if (c >= '0' && c <= '9') {
      out.push_back(seen < keep ? c : 'X');
      ++seen;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string MaskDigitsBefore(std::string_view value, size_t keep) {
  size_t total = 0;
  for (char c : value) total += (c >= '0' && c <= '9');
  std::string out;
  size_t seen = 0;
  for (char c : value) {
    if (c >= '0' && c <= '9') {
      out.push_back(seen + keep >= total ? c : 'X');
      ++seen;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::vector<Pattern> FormPatterns(const std::vector<rules::NumberForm>& forms) {
  std::vector<Pattern> out;
  for (size_t i = 0; i < forms.size(); ++i) {
    out.push_back(Pattern{HyperscanRegex(forms[i]), 0, static_cast<int>(i), "", true});
  }
  return out;
}

}  // namespace privacy_guard
