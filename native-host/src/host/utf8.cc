#include "host/utf8.h"

#include <cstdint>

namespace privacy_guard::host {

bool IsValidUtf8(std::string_view bytes, size_t* bad_offset) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  auto fail = [&](size_t at) {
    if (bad_offset) *bad_offset = at;
    return false;
  };
  while (i < n) {
    const unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the 2nd byte
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;  // no overlong
      if (c == 0xED) hi = 0x9F;  // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;  // no overlong
      if (c == 0xF4) hi = 0x8F;  // <= U+10FFFF
    } else {
      return fail(i);
    }
    if (n - i < len) return fail(i);
    if (s[i + 1] < lo || s[i + 1] > hi) return fail(i);
    for (size_t k = 2; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return fail(i);
    }
    i += len;
  }
  return true;
}

namespace {

// Parses 4 hex digits at json[i..i+4); returns -1 if not hex.
int32_t Hex4(std::string_view json, size_t i) {
  if (i > json.size() || json.size() - i < 4) return -1;
  int32_t v = 0;
  for (size_t k = 0; k < 4; ++k) {
    const char c = json[i + k];
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else return -1;
    v = v * 16 + d;
  }
  return v;
}

}  // namespace

bool HasNoLoneSurrogateEscapes(std::string_view json) {
  const size_t n = json.size();
  bool in_string = false;
  for (size_t i = 0; i < n; ++i) {
    const char c = json[i];
    if (!in_string) {
      if (c == '"') in_string = true;
      continue;
    }
    if (c == '"') {
      in_string = false;
      continue;
    }
    if (c != '\\') continue;
    if (i + 1 >= n) return true;  // malformed; the parser reports it
    if (json[i + 1] != 'u') {
      ++i;  // skip the escaped character (e.g. \" or \\)
      continue;
    }
    const int32_t u = Hex4(json, i + 2);
    if (u < 0) {
      ++i;
      continue;  // malformed escape: bad_json from the parser
    }
    if (u >= 0xDC00 && u <= 0xDFFF) return false;  // low surrogate alone
    if (u >= 0xD800 && u <= 0xDBFF) {
      // Must be followed by \uDC00-\uDFFF.
      const size_t j = i + 6;
      if (j + 1 >= n || json[j] != '\\' || json[j + 1] != 'u') return false;
      const int32_t low = Hex4(json, j + 2);
      if (low < 0xDC00 || low > 0xDFFF) return false;
      i = j + 5;  // consumed both escapes
      continue;
    }
    i += 5;
  }
  return true;
}

}  // namespace privacy_guard::host
