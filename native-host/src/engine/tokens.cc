#include "engine/tokens.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64) || (defined(_M_IX86_FP) && _M_IX86_FP >= 2)
#include <emmintrin.h>
#define PG_TOKENS_SSE2 1
#endif

#include "engine/lexicon.h"
#include "engine/normalize.h"

namespace privacy_guard {
namespace {

enum ByteClass : uint8_t { kSep = 0, kDigit, kUpper, kLower, kOther };

constexpr std::array<uint8_t, 256> MakeClasses() {
  std::array<uint8_t, 256> m{};
  for (int c = 0; c < 256; ++c) {
    if (c >= '0' && c <= '9') {
      m[c] = kDigit;
    } else if (c >= 'A' && c <= 'Z') {
      m[c] = kUpper;
    } else if (c >= 'a' && c <= 'z') {
      m[c] = kLower;
    } else if (c >= 0x80) {
      m[c] = kOther;
    } else {
      m[c] = kSep;
    }
  }
  return m;
}
constexpr std::array<uint8_t, 256> kClass = MakeClasses();

// The second byte of a two-byte Latin-1 letter after 0xC3 (À..ÿ except × ÷
// and ß, which folds to "ss"): upper case 0x80..0x9E, lower case 0xA0..0xBF.
inline bool Latin1Upper(unsigned char d) { return d >= 0x80 && d <= 0x9E && d != 0x97; }
inline bool Latin1Lower(unsigned char d) { return d >= 0xA0 && d <= 0xBF && d != 0xB7; }

// Token flags from what the token holds.
//   letters/upper/lower: it has a letter / an upper-case / a lower-case one
//   two_letters: it has at least two letters
uint8_t FlagsFrom(bool letters, bool upper, bool lower, bool two_letters, bool digits,
                  bool upper_initial) {
  uint8_t f = upper_initial ? Token::kUpperInitial : 0;
  if (digits) f |= Token::kHasDigit;
  if (!letters && digits) f |= Token::kAllDigits;
  if (two_letters && !lower && upper) f |= Token::kAllUpper;
  if (letters && !upper) f |= Token::kAllLower;
  return f;
}

}  // namespace

void Tokens::Build(std::string_view text, size_t from, size_t to) {
  to = std::min(to, text.size());
  from = std::min(from, to);
#ifdef PG_TOKENS_SSE2
  BuildSse2(text, from, to);
#else
  BuildPortable(text, from, to);
#endif
}

void Tokens::BuildPortable(std::string_view text, size_t from, size_t to) {
  to = std::min(to, text.size());
  from = std::min(from, to);
  size_ = 0;
  with_digit_.clear();
  folded_.clear();
  folded_.reserve(to - from + 16);
  ScanRun(text, from, to);
}

// Tokenises the bytes [from, to) of `text` one character at a time; folded
// forms are appended to folded_. `from` and `to` are character boundaries.
void Tokens::ScanRun(std::string_view text, size_t from, size_t to) {
  const char* s = text.data();
  size_t i = from;
  while (i < to) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    uint8_t cls = kClass[c];
    if (cls == kSep) {
      ++i;
      continue;
    }
    size_t next;
    if (cls == kOther) {
      int32_t cp = NextCodePoint(text, i, &next);
      if (!IsWordCodePoint(cp)) {
        i = next;
        continue;
      }
    }
    // A token starts at i. ASCII and Latin-1 letters are folded inline; any
    // other character refolds the token with ICU at the end.
    Token t;
    t.start = static_cast<uint32_t>(i);
    const size_t fold_off = folded_.size();
    unsigned letters = 0, upper = 0, caseless = 0, digits = 0;
    bool upper_initial = false, first_letter_seen = false, simple = true;
    while (i < to) {
      c = static_cast<unsigned char>(s[i]);
      cls = kClass[c];
      if (cls == kSep) break;
      if (cls == kLower || cls == kDigit || cls == kUpper) {
        if (cls == kDigit) {
          ++digits;
        } else {
          ++letters;
          if (cls == kUpper) {
            ++upper;
            if (!first_letter_seen) upper_initial = true;
            c = static_cast<unsigned char>(c + 32);
          }
          first_letter_seen = true;
        }
        folded_.push_back(static_cast<char>(c));
        ++i;
        continue;
      }
      // Non-ASCII.
      if (c == 0xC3 && i + 1 < to) {
        unsigned char d = static_cast<unsigned char>(s[i + 1]);
        if (Latin1Upper(d) || Latin1Lower(d)) {
          ++letters;
          if (Latin1Upper(d)) {
            ++upper;
            if (!first_letter_seen) upper_initial = true;
            d = static_cast<unsigned char>(d + 0x20);
          }
          first_letter_seen = true;
          folded_.push_back(static_cast<char>(c));
          folded_.push_back(static_cast<char>(d));
          i += 2;
          continue;
        }
      }
      int32_t cp = NextCodePoint(text, i, &next);
      if (!IsWordCodePoint(cp)) break;
      simple = false;
      if (u_isUAlphabetic(cp)) {
        ++letters;
        if (u_isUUppercase(cp)) {
          ++upper;
          if (!first_letter_seen) upper_initial = true;
        } else if (!u_isULowercase(cp)) {
          ++caseless;  // e.g. CJK: neither upper nor lower case
        }
        first_letter_seen = true;
      } else if (u_isdigit(cp)) {
        ++digits;
      }
      i = next;
    }
    t.end = static_cast<uint32_t>(i);
    t.flags = FlagsFrom(letters > 0, upper > 0, letters > upper + caseless, letters >= 2,
                        digits > 0, upper_initial);
    if (!simple) {
      folded_.resize(fold_off);
      AppendFolded(text.substr(t.start, t.end - t.start), &folded_);
    }
    t.fold_off = static_cast<uint32_t>(fold_off);
    t.fold_len = static_cast<uint32_t>(folded_.size() - fold_off);
    t.hash = HashWord(std::string_view(folded_).substr(fold_off, t.fold_len));
    if (digits > 0) with_digit_.push_back(static_cast<uint32_t>(size_));
    Emit() = t;
  }
}

#ifdef PG_TOKENS_SSE2
// Sixteen bytes at a time: classifies every byte into bit masks (one bit per
// byte) and writes the case-folded copy of the text to folded_ at the same
// offsets. Token boundaries then come from the masks, without a branch per
// byte. A token with any character other than ASCII and Latin-1 letters
// (or one that began in an earlier 64-byte block) is handed to ScanRun().
void Tokens::BuildSse2(std::string_view text, size_t from, size_t to) {
  size_ = 0;
  with_digit_.clear();
  const size_t n = to;  // absolute offsets throughout; the piece is [from, n)
  const size_t span = to - from;
  if (list_.size() < span / 5 + 4) list_.resize(span / 5 + 4);
  // The folded copy of the piece (byte p at p - from), then padding:
  // HashWordPadded() reads up to 15 bytes past a token. Folded forms from
  // ScanRun() are appended after the padding.
  constexpr size_t kPad = 16;
  folded_.resize(span + kPad);
  std::memset(folded_.data() + span, 0, kPad);
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());

  alignas(16) unsigned char buf[16 + 64 + 16];
  alignas(16) unsigned char out[64];
  bool prev_word = false;   // byte base-1 is a word byte
  size_t open = 0;          // start of the token still open, if prev_word
  uint64_t p_letter = 0, p_upper = 0, p_digit = 0, p_complex = 0;  // previous block

  const __m128i k20 = _mm_set1_epi8(0x20);
  const __m128i k80 = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i kC3 = _mm_set1_epi8(static_cast<char>(0xC3));
  const __m128i k97 = _mm_set1_epi8(static_cast<char>(0x97));
  const __m128i kB7 = _mm_set1_epi8(static_cast<char>(0xB7));
  auto between = [](__m128i v, char lo, char hi) {  // signed lo <= v <= hi
    return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                         _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
  };

  for (size_t base = from; base < n; base += 64) {
    const size_t len = std::min<size_t>(64, n - base);
    // buf[15] = the byte before the block (for Latin-1 pairs split across
    // blocks); buf[16..80) = the block, padded with spaces (separators), so
    // a token that ends with the text closes inside the last block.
    buf[15] = base > from ? s[base - 1] : ' ';
    std::memcpy(buf + 16, s + base, len);
    if (len < 64) std::memset(buf + 16 + len, ' ', 64 - len);

    uint64_t m_digit = 0, m_up = 0, m_lo = 0, m_up1 = 0, m_lo1 = 0, m_high = 0, m_c3 = 0;
    for (int k = 0; k < 4; ++k) {
      const __m128i v = _mm_load_si128(reinterpret_cast<const __m128i*>(buf + 16 + 16 * k));
      const __m128i pv = _mm_loadu_si128(reinterpret_cast<const __m128i*>(buf + 15 + 16 * k));
      const __m128i digit = between(v, '0', '9');
      const __m128i up = between(v, 'A', 'Z');
      const __m128i lo = between(v, 'a', 'z');
      const __m128i c3 = _mm_cmpeq_epi8(v, kC3);
      // Bytes 0x80..0xFF become 0x00..0x7F (non-negative); ASCII negative.
      const __m128i x = _mm_xor_si128(v, k80);
      const __m128i after_c3 = _mm_cmpeq_epi8(pv, kC3);
      const __m128i up1 = _mm_andnot_si128(_mm_cmpeq_epi8(v, k97),
                                           _mm_and_si128(after_c3, between(x, 0x00, 0x1E)));
      const __m128i lo1 = _mm_andnot_si128(_mm_cmpeq_epi8(v, kB7),
                                           _mm_and_si128(after_c3, between(x, 0x20, 0x3F)));
      const __m128i fold = _mm_add_epi8(v, _mm_and_si128(_mm_or_si128(up, up1), k20));
      _mm_store_si128(reinterpret_cast<__m128i*>(out + 16 * k), fold);
      const int sh = 16 * k;
      m_digit |= static_cast<uint64_t>(_mm_movemask_epi8(digit)) << sh;
      m_up |= static_cast<uint64_t>(_mm_movemask_epi8(up)) << sh;
      m_lo |= static_cast<uint64_t>(_mm_movemask_epi8(lo)) << sh;
      m_up1 |= static_cast<uint64_t>(_mm_movemask_epi8(up1)) << sh;
      m_lo1 |= static_cast<uint64_t>(_mm_movemask_epi8(lo1)) << sh;
      m_high |= static_cast<uint64_t>(_mm_movemask_epi8(v)) << sh;
      m_c3 |= static_cast<uint64_t>(_mm_movemask_epi8(c3)) << sh;
    }
    std::memcpy(folded_.data() + (base - from), out, len);
    // A 0xC3 lead byte is part of a Latin-1 letter if its next byte is.
    const uint64_t cont = m_up1 | m_lo1;
    uint64_t lead_ok = m_c3 & (cont >> 1);
    if ((m_c3 >> 63) & 1 && base + 64 < n) {
      const unsigned char d = s[base + 64];
      if (Latin1Upper(d) || Latin1Lower(d)) lead_ok |= uint64_t{1} << 63;
    }
    const uint64_t m_complex = m_high & ~(lead_ok | cont);
    const uint64_t m_word = m_digit | m_up | m_lo | m_high;
    const uint64_t m_letter = m_up | m_lo | m_up1 | m_lo1;
    const uint64_t m_upper = m_up | m_up1;

    const uint64_t shifted = (m_word << 1) | (prev_word ? 1 : 0);
    const uint64_t starts = m_word & ~shifted;
    uint64_t ends = ~m_word & shifted;  // the first byte after a token

    while (ends) {
      const int pos = std::countr_zero(ends);
      ends &= ends - 1;
      const uint64_t bit = uint64_t{1} << pos;
      // The token began at the last start before `pos` in this block, or,
      // if none, in an earlier block (`open`).
      const uint64_t before = starts & (bit - 1);
      if (before) open = base + 63 - static_cast<size_t>(std::countl_zero(before));
      const size_t end = base + static_cast<size_t>(pos);
      // Its bits: `a` in the previous block (if it began there), `b` here.
      uint64_t seg_a = 0, seg_b = bit - 1;
      if (open >= base) {
        seg_b &= ~uint64_t{0} << (open - base);
      } else if (open + 64 >= base) {
        seg_a = ~uint64_t{0} << (open - (base - 64));
      } else {
        ScanRun(text, open, end);  // longer than a block
        continue;
      }
      if ((p_complex & seg_a) | (m_complex & seg_b)) {
        ScanRun(text, open, end);
        continue;
      }
      const uint64_t la = p_letter & seg_a, ua = p_upper & seg_a;
      const uint64_t lb = m_letter & seg_b, ub = m_upper & seg_b;
      const bool digits = ((p_digit & seg_a) | (m_digit & seg_b)) != 0;
      const bool first_upper = la != 0 ? (ua & la & (~la + 1)) != 0 : (ub & lb & (~lb + 1)) != 0;
      const bool two = ((la & (la - 1)) | (lb & (lb - 1))) != 0 || (la != 0 && lb != 0);
      Token t;
      t.start = static_cast<uint32_t>(open);
      t.end = static_cast<uint32_t>(end);
      t.fold_off = static_cast<uint32_t>(open - from);
      t.fold_len = t.end - t.start;
      t.flags = FlagsFrom((la | lb) != 0, (ua | ub) != 0, ((la & ~ua) | (lb & ~ub)) != 0, two,
                          digits, first_upper);
      if (digits) with_digit_.push_back(static_cast<uint32_t>(size_));
      Emit() = t;  // (hash: below)
    }
    // A token still open at the block's end began at its last start (or
    // earlier).
    if (m_word >> 63) {
      if (starts) open = base + 63 - static_cast<size_t>(std::countl_zero(starts));
      prev_word = true;
    } else {
      prev_word = false;
    }
    p_letter = m_letter;
    p_upper = m_upper;
    p_digit = m_digit;
    p_complex = m_complex;
  }
  if (prev_word && n > from) {
    // The last token runs to the end of the text (only when the text ends
    // exactly at a block boundary; otherwise the space padding closed it).
    ScanRun(text, open, n);
  }
  // Hashes of the tokens folded in place, in a pass of their own: loading
  // bytes just stored by the block loop would stall on store forwarding.
  const char* fb = folded_.data();
  for (size_t i = 0; i < size_; ++i) {
    Token& t = list_[i];
    if (t.fold_off < span) t.hash = HashWordPadded(fb + t.fold_off, t.fold_len);
  }
}
#endif

std::string_view Tokens::Gap(std::string_view text, size_t i) const {
  if (i + 1 >= size_) {
    return i < size_ ? text.substr(list_[i].end) : std::string_view();
  }
  return text.substr(list_[i].end, list_[i + 1].start - list_[i].end);
}

}  // namespace privacy_guard
