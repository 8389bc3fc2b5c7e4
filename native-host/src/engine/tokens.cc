#include "engine/tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>

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

constexpr uint64_t kFnvOffset = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

}  // namespace

void Tokens::Build(std::string_view text) {
  list_.clear();
  list_.reserve(text.size() / 5 + 4);
  // Folded text is written through a raw pointer: at most one byte per input
  // byte for ASCII and Latin-1; tokens folded by ICU may grow (ß -> ss), so
  // the buffer is grown for them.
  folded_.resize(text.size() + 16);
  char* fb = folded_.data();
  size_t fo = 0;
  const char* s = text.data();
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
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
    // A token starts at i. ASCII and Latin-1 letters are folded and hashed
    // inline; any other character refolds the token with ICU at the end.
    Token t;
    t.start = static_cast<uint32_t>(i);
    t.fold_off = static_cast<uint32_t>(fo);
    unsigned letters = 0, upper = 0, caseless = 0, digits = 0;
    uint8_t flags = 0;  // local: stores through fb (char*) may alias t
    bool simple = true;
    bool first_letter_seen = false;
    uint64_t h = kFnvOffset;
    while (i < n) {
      c = static_cast<unsigned char>(s[i]);
      cls = kClass[c];
      if (cls == kLower) {
        ++letters;
        first_letter_seen = true;
        fb[fo++] = static_cast<char>(c);
        h = (h ^ c) * kFnvPrime;
        ++i;
        continue;
      }
      if (cls == kSep) break;
      if (cls == kDigit) {
        ++digits;
        fb[fo++] = static_cast<char>(c);
        h = (h ^ c) * kFnvPrime;
        ++i;
        continue;
      }
      if (cls == kUpper) {
        ++letters;
        ++upper;
        if (!first_letter_seen) flags |= Token::kUpperInitial;
        first_letter_seen = true;
        c = static_cast<unsigned char>(c + 32);
        fb[fo++] = static_cast<char>(c);
        h = (h ^ c) * kFnvPrime;
        ++i;
        continue;
      }
      // Non-ASCII.
      if (c == 0xC3 && i + 1 < n) {
        unsigned char d = static_cast<unsigned char>(s[i + 1]);
        if (d >= 0x80 && d <= 0xBF && d != 0x97 && d != 0xB7 && d != 0x9F) {
          // Latin-1 letter: À..Þ upper, ß..ÿ lower (ß itself refolds).
          ++letters;
          if (d <= 0x9E) {
            ++upper;
            if (!first_letter_seen) flags |= Token::kUpperInitial;
            d = static_cast<unsigned char>(d + 0x20);
          }
          first_letter_seen = true;
          fb[fo++] = static_cast<char>(c);
          fb[fo++] = static_cast<char>(d);
          h = (h ^ c) * kFnvPrime;
          h = (h ^ d) * kFnvPrime;
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
          if (!first_letter_seen) flags |= Token::kUpperInitial;
        } else if (!u_isULowercase(cp)) {
          ++caseless;  // e.g. CJK: neither upper nor lower case
        }
        first_letter_seen = true;
      } else if (u_isdigit(cp)) {
        ++digits;
      }
      // Copy the raw bytes for now; the token is refolded below.
      for (size_t k = i; k < next; ++k) fb[fo++] = s[k];
      i = next;
    }
    t.end = static_cast<uint32_t>(i);
    t.flags = flags;
    const unsigned lower = letters - upper - caseless;
    if (digits > 0) t.flags |= Token::kHasDigit;
    if (letters == 0 && digits > 0) t.flags |= Token::kAllDigits;
    if (letters >= 2 && lower == 0 && upper > 0) t.flags |= Token::kAllUpper;
    if (letters > 0 && upper == 0) t.flags |= Token::kAllLower;
    if (!simple) {
      std::string tmp;
      AppendFolded(text.substr(t.start, t.end - t.start), &tmp);
      fo = t.fold_off;
      if (fo + tmp.size() + (n - i) + 16 > folded_.size()) {
        folded_.resize(fo + tmp.size() + (n - i) + 16);
        fb = folded_.data();
      }
      std::memcpy(fb + fo, tmp.data(), tmp.size());
      fo += tmp.size();
      t.fold_len = static_cast<uint32_t>(tmp.size());
      t.hash = HashWord(tmp);
    } else {
      t.fold_len = static_cast<uint32_t>(fo - t.fold_off);
      t.hash = h;
    }
    list_.push_back(t);
  }
  folded_.resize(fo);
}

std::string_view Tokens::Gap(std::string_view text, size_t i) const {
  if (i + 1 >= list_.size()) {
    return i < list_.size() ? text.substr(list_[i].end) : std::string_view();
  }
  return text.substr(list_[i].end, list_[i + 1].start - list_[i].end);
}

}  // namespace privacy_guard
