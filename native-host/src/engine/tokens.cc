#include "engine/tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "engine/normalize.h"

namespace privacy_guard {

void Tokens::Build(std::string_view text) {
  list_.clear();
  folded_.clear();
  const char* s = text.data();
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // Skip separators.
    size_t start = i;
    int32_t cp;
    size_t next;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (!((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) {
        ++i;
        continue;
      }
    } else {
      cp = NextCodePoint(text, i, &next);
      if (!IsWordCodePoint(cp)) {
        i = next;
        continue;
      }
    }
    // A token starts at `start`.
    Token t;
    t.start = static_cast<uint32_t>(start);
    int letters = 0, upper = 0, lower = 0, digits = 0;
    bool first_letter_seen = false;
    while (i < n) {
      c = static_cast<unsigned char>(s[i]);
      if (c < 0x80) {
        if (c >= '0' && c <= '9') {
          ++digits;
        } else if (c >= 'A' && c <= 'Z') {
          ++letters;
          ++upper;
          if (!first_letter_seen) t.flags |= Token::kUpperInitial;
          first_letter_seen = true;
        } else if (c >= 'a' && c <= 'z') {
          ++letters;
          ++lower;
          first_letter_seen = true;
        } else {
          break;
        }
        ++i;
      } else {
        cp = NextCodePoint(text, i, &next);
        if (!IsWordCodePoint(cp)) break;
        if (u_isUAlphabetic(cp)) {
          ++letters;
          if (u_isUUppercase(cp)) {
            ++upper;
            if (!first_letter_seen) t.flags |= Token::kUpperInitial;
          } else if (u_isULowercase(cp)) {
            ++lower;
          }
          first_letter_seen = true;
        } else if (u_isdigit(cp)) {
          ++digits;
        }
        i = next;
      }
    }
    t.end = static_cast<uint32_t>(i);
    if (digits > 0) t.flags |= Token::kHasDigit;
    if (letters == 0 && digits > 0) t.flags |= Token::kAllDigits;
    if (letters >= 2 && lower == 0 && upper > 0) t.flags |= Token::kAllUpper;
    if (letters > 0 && upper == 0) t.flags |= Token::kAllLower;
    t.fold_off = static_cast<uint32_t>(folded_.size());
    AppendFolded(text.substr(t.start, t.end - t.start), &folded_);
    t.fold_len = static_cast<uint32_t>(folded_.size() - t.fold_off);
    list_.push_back(t);
  }
}

std::string_view Tokens::Gap(std::string_view text, size_t i) const {
  if (i + 1 >= list_.size()) {
    return i < list_.size() ? text.substr(list_[i].end) : std::string_view();
  }
  return text.substr(list_[i].end, list_[i + 1].start - list_[i].end);
}

}  // namespace privacy_guard
