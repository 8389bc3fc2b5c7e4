#include "engine/normalize.h"
#include "privacy_guard/text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <array>

namespace privacy_guard {
namespace {

// ASCII bytes as the detectors see them: white space and control line
// breaks become ' ', everything else is kept.
constexpr std::array<char, 128> MakeAsciiMap() {
  std::array<char, 128> m{};
  for (int c = 0; c < 128; ++c) m[c] = static_cast<char>(c);
  m['\t'] = m['\n'] = m['\v'] = m['\f'] = m['\r'] = ' ';
  return m;
}
constexpr std::array<char, 128> kAsciiMap = MakeAsciiMap();

// Bytes copied unchanged: printable ASCII and space.
constexpr std::array<bool, 256> MakePlain() {
  std::array<bool, 256> m{};
  for (int c = 0x20; c < 0x7F; ++c) m[c] = true;
  return m;
}
constexpr std::array<bool, 256> kPlainAscii = MakePlain();

const icu::Normalizer2* Nfkc() {
  static const icu::Normalizer2* n = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* p = icu::Normalizer2::getNFKCInstance(status);
    return U_SUCCESS(status) ? p : nullptr;
  }();
  return n;
}

void AppendUtf8(int32_t cp, std::string* out) {
  char buf[4];
  int32_t len = 0;
  UBool err = false;
  U8_APPEND(buf, len, 4, cp, err);
  if (!err) out->append(buf, static_cast<size_t>(len));
}

// Appends one normalised code point, applying the detector-facing mapping
// (ignorables dropped, white space -> ' ', dashes -> '-').
void AppendMapped(int32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(kAsciiMap[cp]);
    return;
  }
  if (u_hasBinaryProperty(cp, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return;
  if (u_isUWhiteSpace(cp)) {
    out->push_back(' ');
    return;
  }
  if (u_charType(cp) == U_DASH_PUNCTUATION) {
    out->push_back('-');
    return;
  }
  AppendUtf8(cp, out);
}

}  // namespace

bool NormalizedText::Build(std::string_view in, std::string* error) {
  text_.clear();
  anchors_.clear();
  line_breaks_.clear();
  tabs_.clear();
  text_.reserve(in.size());
  const icu::Normalizer2* nfkc = Nfkc();
  const size_t n = in.size();
  const char* s = in.data();
  size_t i = 0;
  uint32_t o16 = 0;  // UTF-16 offset of byte i in the original
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      // A run of printable ASCII is copied as it is (8 bytes at a time).
      size_t j = i;
      while (j + 8 <= n) {
        uint64_t x;
        std::memcpy(&x, s + j, 8);
        constexpr uint64_t kHigh = 0x8080808080808080ull;
        const uint64_t below_space = (x - 0x2020202020202020ull) & ~x & kHigh;
        const uint64_t del = ((x ^ 0x7F7F7F7F7F7F7F7Full) - 0x0101010101010101ull) &
                             ~(x ^ 0x7F7F7F7F7F7F7F7Full) & kHigh;
        if ((x & kHigh) | below_space | del) break;
        j += 8;
      }
      while (j < n && kPlainAscii[static_cast<unsigned char>(s[j])]) ++j;
      if (j > i) {
        text_.append(s + i, j - i);
        o16 += static_cast<uint32_t>(j - i);
        i = j;
        continue;
      }
      // One entry per line end ("\r\n" is one).
      if (c == '\r' || (c == '\n' && !(i > 0 && s[i - 1] == '\r'))) {
        line_breaks_.push_back(static_cast<uint32_t>(text_.size()));
      } else if (c == '\t') {
        tabs_.push_back(static_cast<uint32_t>(text_.size()));
      }
      text_.push_back(kAsciiMap[c]);
      ++i;
      ++o16;
      continue;
    }
    // Fast path: a Latin-1 letter (U+00C0..U+00FF: æ ø å é ü ...) not
    // followed by a combining mark is NFKC-stable: copy it.
    if (c == 0xC3 && i + 1 < n && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 &&
        (i + 2 >= n || static_cast<unsigned char>(s[i + 2]) < 0xCC)) {
      const uint32_t nstart = static_cast<uint32_t>(text_.size());
      text_.push_back(s[i]);
      text_.push_back(s[i + 1]);
      anchors_.push_back(Anchor{nstart, nstart + 2, o16, o16 + 1, static_cast<uint32_t>(i),
                                static_cast<uint32_t>(i + 2)});
      i += 2;
      ++o16;
      continue;
    }
    size_t seg8 = i;
    uint32_t seg16 = o16;
    int32_t cp;
    U8_NEXT(s, i, n, cp);
    if (cp < 0) {
      if (error) *error = "invalid UTF-8 at byte " + std::to_string(seg8);
      return false;
    }
    o16 += U16_LENGTH(cp);
    size_t nstart = text_.size();
    bool simple = nfkc == nullptr || nfkc->isInert(cp);
    // A combining mark after an ASCII character composes with it: take the
    // ASCII character back into this segment.
    if (!simple && !nfkc->hasBoundaryBefore(cp) && seg8 > 0 &&
        static_cast<unsigned char>(s[seg8 - 1]) < 0x80 && nstart > 0 &&
        (anchors_.empty() || anchors_.back().nend < nstart)) {
      --seg8;
      --seg16;
      --nstart;
      text_.pop_back();
    }
    // Extend the segment over following combining marks.
    while (i < n && static_cast<unsigned char>(s[i]) >= 0x80 && nfkc) {
      size_t j = i;
      int32_t next;
      U8_NEXT(s, j, n, next);
      if (next < 0 || nfkc->hasBoundaryBefore(next)) break;
      i = j;
      o16 += U16_LENGTH(next);
      simple = false;
    }
    if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
      line_breaks_.push_back(static_cast<uint32_t>(text_.size()));
    }
    if (simple && i - seg8 <= 4) {
      AppendMapped(cp, &text_);
    } else {
      UErrorCode status = U_ZERO_ERROR;
      icu::UnicodeString src = icu::UnicodeString::fromUTF8(
          icu::StringPiece(s + seg8, static_cast<int32_t>(i - seg8)));
      icu::UnicodeString dst = nfkc->normalize(src, status);
      if (U_FAILURE(status)) dst = src;
      for (int32_t k = 0; k < dst.length();) {
        UChar32 u = dst.char32At(k);
        AppendMapped(u, &text_);
        k += U16_LENGTH(u);
      }
    }
    anchors_.push_back(Anchor{static_cast<uint32_t>(nstart),
                              static_cast<uint32_t>(text_.size()), seg16, o16,
                              static_cast<uint32_t>(seg8),
                              static_cast<uint32_t>(i)});
  }
  return true;
}

OriginalSpan NormalizedText::Map(size_t ns, size_t ne) const {
  OriginalSpan r;
  auto by_start = [](const Anchor& a, size_t v) { return a.nstart < v; };
  // Start: the last anchor with nstart <= ns.
  auto it = std::upper_bound(
      anchors_.begin(), anchors_.end(), ns,
      [](size_t v, const Anchor& a) { return v < a.nstart; });
  if (it == anchors_.begin()) {
    r.start16 = static_cast<uint32_t>(ns);
    r.start8 = ns;
  } else {
    const Anchor& a = *(it - 1);
    if (ns < a.nend) {
      r.start16 = a.ostart16;
      r.start8 = a.ostart8;
    } else {
      r.start16 = a.oend16 + static_cast<uint32_t>(ns - a.nend);
      r.start8 = a.oend8 + (ns - a.nend);
    }
  }
  // End: the last anchor with nstart < ne.
  auto jt = std::lower_bound(anchors_.begin(), anchors_.end(), ne, by_start);
  if (jt == anchors_.begin()) {
    r.end16 = static_cast<uint32_t>(ne);
    r.end8 = ne;
  } else {
    const Anchor& a = *(jt - 1);
    if (ne <= a.nend) {
      r.end16 = a.oend16;
      r.end8 = a.oend8;
    } else {
      r.end16 = a.oend16 + static_cast<uint32_t>(ne - a.nend);
      r.end8 = a.oend8 + (ne - a.nend);
    }
  }
  if (r.end16 < r.start16) r.end16 = r.start16;
  if (r.end8 < r.start8) r.end8 = r.start8;
  return r;
}

void NormalizedText::LineBounds(size_t pos, size_t* start, size_t* end) const {
  // line_breaks_ holds the normalised offset of each line end's ' '.
  auto it = std::upper_bound(line_breaks_.begin(), line_breaks_.end(), static_cast<uint32_t>(pos));
  *end = it == line_breaks_.end() ? text_.size() : *it;
  *start = it == line_breaks_.begin() ? 0 : *(it - 1) + 1;
  if (pos < text_.size() && it != line_breaks_.begin() && *(it - 1) == pos) {
    // pos is itself a line end: it belongs to the line it ends.
    *end = pos;
    *start = it - 1 == line_breaks_.begin() ? 0 : *(it - 2) + 1;
  }
}

bool NormalizedText::TabBetween(size_t from, size_t to) const {
  auto it = std::lower_bound(tabs_.begin(), tabs_.end(), from);
  return it != tabs_.end() && *it < to;
}

bool NormalizedText::LineBreakBetween(size_t from, size_t to) const {
  auto it = std::lower_bound(line_breaks_.begin(), line_breaks_.end(), from);
  return it != line_breaks_.end() && *it < to;
}

size_t NormalizedText::ParagraphBreak(size_t from, size_t to) const {
  auto it = std::lower_bound(line_breaks_.begin(), line_breaks_.end(), from);
  for (; it != line_breaks_.end() && it + 1 != line_breaks_.end() && *(it + 1) < to; ++it) {
    const uint32_t a = *it, b = *(it + 1);
    bool blank = true;  // only white space between the two line ends
    for (uint32_t k = a + 1; k < b && blank; ++k) blank = text_[k] == ' ';
    if (blank) return b;
  }
  return std::string::npos;
}

size_t NormalizedText::LineOrSpaceBreak(size_t from, size_t to) const {
  auto it = std::lower_bound(line_breaks_.begin(), line_breaks_.end(), from);
  if (it != line_breaks_.end() && *it < to) return *it;
  to = std::min(to, text_.size());
  // A space after a mark that ends a field or clause (a name's words are
  // not split: "Mette|Hansen"), else any space.
  for (size_t k = std::max<size_t>(from, 1); k < to; ++k) {
    if (text_[k] == ' ' && std::string_view(",;.\"}]").find(text_[k - 1]) != std::string_view::npos) return k;
  }
  for (size_t k = from; k < to; ++k) {
    if (text_[k] == ' ') return k;
  }
  return std::string::npos;
}

std::vector<size_t> NormalizedText::PieceCuts(size_t pieces, size_t long_piece) const {
  const size_t n = text_.size();
  std::vector<size_t> cuts{0};
  for (size_t k = 1; k < pieces; ++k) {
    const size_t target = n * k / pieces;
    if (target <= cuts.back()) continue;
    const size_t p = ParagraphBreak(target, std::min(n, target + n / pieces / 4 + 1));
    if (p != std::string::npos && p > cuts.back() && p < n) cuts.push_back(p);
  }
  cuts.push_back(n);
  if (long_piece == 0) return cuts;
  // Pieces still too long (no blank line near a share's end): cut again at
  // line breaks, or spaces, in shares of at most long_piece / 2.
  std::vector<size_t> out{0};
  for (size_t k = 0; k + 1 < cuts.size(); ++k) {
    const size_t a = cuts[k], b = cuts[k + 1];
    if (b - a > long_piece) {
      const size_t share = std::max<size_t>(1, long_piece / 2);
      const size_t m = (b - a + share - 1) / share;
      const size_t len = (b - a) / m;
      for (size_t j = 1; j < m; ++j) {
        const size_t target = a + (b - a) * j / m;
        if (target <= out.back()) continue;
        const size_t p = LineOrSpaceBreak(target, std::min(b, target + len / 4 + 1));
        if (p != std::string::npos && p > out.back() && p < b) out.push_back(p);
      }
    }
    out.push_back(b);
  }
  return out;
}

int32_t PrevCodePoint(std::string_view s, size_t pos, size_t* start) {
  // Walk back over continuation bytes (valid UTF-8: at most 3).
  size_t i = pos - 1;
  while (i > 0 && pos - i < 4 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  if (start) *start = i;
  size_t next;
  return NextCodePoint(s, i, &next);
}

int32_t NextCodePoint(std::string_view s, size_t pos, size_t* next) {
  size_t i = pos;
  int32_t cp;
  U8_NEXT(s.data(), i, s.size(), cp);
  if (next) *next = i;
  return cp;
}

bool IsWordCodePoint(int32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
           (cp >= 'A' && cp <= 'Z');
  }
  return cp > 0 && (u_isalnum(cp) || u_getIntPropertyValue(cp, UCHAR_GENERAL_CATEGORY_MASK) & U_GC_M_MASK);
}

bool WordCharBefore(std::string_view s, size_t pos) {
  if (pos == 0) return false;
  return IsWordCodePoint(PrevCodePoint(s, pos, nullptr));
}

bool WordCharAfter(std::string_view s, size_t end) {
  if (end >= s.size()) return false;
  return IsWordCodePoint(NextCodePoint(s, end, nullptr));
}

void AppendFolded(std::string_view s, std::string* out) {
  // Fast path: ASCII and Latin-1 letters (U+00C0..U+00FF), which fold by
  // adding 0x20 (À..Þ except ×) or are already lower case. ß folds to "ss"
  // and takes the ICU path.
  bool simple = true;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) continue;
    if (c == 0xC3 && i + 1 < s.size()) {
      unsigned char d = static_cast<unsigned char>(s[i + 1]);
      if (d >= 0x80 && d <= 0xBF && d != 0x9F) {
        ++i;
        continue;
      }
    }
    simple = false;
    break;
  }
  if (simple) {
    const size_t base = out->size();
    out->append(s);
    for (size_t i = base; i < out->size(); ++i) {
      unsigned char c = static_cast<unsigned char>((*out)[i]);
      if (c >= 'A' && c <= 'Z') {
        (*out)[i] = static_cast<char>(c + 32);
      } else if (c == 0xC3) {
        unsigned char d = static_cast<unsigned char>((*out)[i + 1]);
        if (d >= 0x80 && d <= 0x9E && d != 0x97) (*out)[i + 1] = static_cast<char>(d + 0x20);
        ++i;
      }
    }
    return;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.foldCase();
  u.toUTF8String(*out);
}

}  // namespace privacy_guard

namespace privacy_guard {

std::string FoldCase(std::string_view utf8) {
  std::string out;
  AppendFolded(utf8, &out);
  return out;
}

}  // namespace privacy_guard
