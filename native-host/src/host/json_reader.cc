#include "host/json_reader.h"

#include <cstdint>
#include <cstring>
#include <string>

namespace privacy_guard::host {

namespace {

using nlohmann::json;

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHigh = 0x8080808080808080ull;

// True if one of the eight bytes of `x` needs a look of its own in a JSON
// string: a control character (< 0x20), '"', '\\' or a non-ASCII byte.
inline bool NeedsLook(uint64_t x) {
  const uint64_t quote = x ^ (kOnes * '"');
  const uint64_t slash = x ^ (kOnes * '\\');
  const uint64_t control = (x - kOnes * 0x20) & ~x;  // a byte below 0x20
  const uint64_t is_quote = (quote - kOnes) & ~quote;  // a zero byte
  const uint64_t is_slash = (slash - kOnes) & ~slash;
  return ((control | is_quote | is_slash | x) & kHigh) != 0;
}

inline bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Four hex digits at p (p + 4 <= end): the value, or -1.
int32_t Hex4(const char* p) {
  int32_t v = 0;
  for (int k = 0; k < 4; ++k) {
    const int d = HexDigit(p[k]);
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The length of the well-formed UTF-8 sequence (RFC 3629, as nlohmann's
// lexer accepts it) starting at p, or 0.
size_t Utf8Length(const unsigned char* p, const unsigned char* end) {
  const unsigned char c = *p;
  size_t len;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (static_cast<size_t>(end - p) < len || p[1] < lo || p[1] > hi) return 0;
  for (size_t k = 2; k < len; ++k) {
    if ((p[k] & 0xC0) != 0x80) return 0;
  }
  return len;
}

class Reader {
 public:
  explicit Reader(std::string_view in) : p_(in.data()), end_(in.data() + in.size()) {}

  bool Object(json* out) {
    SkipSpace();
    if (p_ == end_ || *p_ != '{') return false;
    ++p_;
    *out = json::object();
    SkipSpace();
    if (p_ < end_ && *p_ == '}') {
      ++p_;
      return AtEnd();
    }
    std::string key;
    for (;;) {
      SkipSpace();
      if (p_ == end_ || *p_ != '"' || !String(&key)) return false;
      SkipSpace();
      if (p_ == end_ || *p_ != ':') return false;
      ++p_;
      SkipSpace();
      json value;
      if (!Value(&value)) return false;
      (*out)[key] = std::move(value);
      SkipSpace();
      if (p_ == end_) return false;
      if (*p_ == ',') {
        ++p_;
        continue;
      }
      if (*p_ != '}') return false;
      ++p_;
      return AtEnd();
    }
  }

 private:
  void SkipSpace() {
    while (p_ < end_ && IsJsonSpace(*p_)) ++p_;
  }
  bool AtEnd() {
    SkipSpace();
    return p_ == end_;
  }

  bool Value(json* out) {
    if (p_ == end_) return false;
    const char c = *p_;
    if (c == '"') {
      std::string s;
      if (!String(&s)) return false;
      *out = std::move(s);
      return true;
    }
    if (c == '-' || (c >= '0' && c <= '9')) return Number(out);
    if (Literal("true")) {
      *out = true;
      return true;
    }
    if (Literal("false")) {
      *out = false;
      return true;
    }
    if (Literal("null")) {
      *out = nullptr;
      return true;
    }
    return false;  // an object, an array or bad syntax
  }

  bool Literal(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() ||
        std::memcmp(p_, word.data(), word.size()) != 0) {
      return false;
    }
    p_ += word.size();
    return true;
  }

  // A number's characters, parsed by nlohmann's own parser (the grammar,
  // integer or unsigned or float, as json::parse decides).
  bool Number(json* out) {
    const char* start = p_;
    while (p_ < end_ && ((*p_ >= '0' && *p_ <= '9') || *p_ == '-' || *p_ == '+' || *p_ == '.' ||
                         *p_ == 'e' || *p_ == 'E')) {
      ++p_;
    }
    *out = json::parse(std::string_view(start, static_cast<size_t>(p_ - start)), nullptr,
                       /*allow_exceptions=*/false);
    return !out->is_discarded() && out->is_number();
  }

  // The string starting at p_ (a '"'), decoded into *out.
  bool String(std::string* out) {
    const char* begin = p_ + 1;
    // Its closing quote: the first '"' after an even number of backslashes.
    const char* close = begin;
    for (;;) {
      close = static_cast<const char*>(std::memchr(close, '"', static_cast<size_t>(end_ - close)));
      if (!close) return false;
      const char* b = close;
      while (b > begin && b[-1] == '\\') --b;
      if ((close - b) % 2 == 0) break;
      ++close;
    }
    out->clear();
    out->reserve(static_cast<size_t>(close - begin));
    const char* p = begin;
    while (p < close) {
      const char* run = p;
      while (close - p >= 8) {
        uint64_t x;
        std::memcpy(&x, p, 8);
        if (NeedsLook(x)) break;
        p += 8;
      }
      while (p < close) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
        ++p;
      }
      out->append(run, static_cast<size_t>(p - run));
      if (p == close) break;
      const unsigned char c = static_cast<unsigned char>(*p);
      if (c >= 0x80) {
        const size_t len = Utf8Length(reinterpret_cast<const unsigned char*>(p),
                                      reinterpret_cast<const unsigned char*>(close));
        if (len == 0) return false;
        out->append(p, len);
        p += len;
        continue;
      }
      if (c != '\\' || close - p < 2) return false;  // a control character
      const char e = p[1];
      p += 2;
      switch (e) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          if (close - p < 4) return false;
          int32_t cp = Hex4(p);
          p += 4;
          if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            // Only as a pair with a low surrogate.
            if (close - p < 6 || p[0] != '\\' || p[1] != 'u') return false;
            const int32_t low = Hex4(p + 2);
            if (low < 0xDC00 || low > 0xDFFF) return false;
            p += 6;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          AppendUtf8(static_cast<uint32_t>(cp), out);
          break;
        }
        default:
          return false;
      }
    }
    p_ = close + 1;
    return true;
  }

  const char* p_;
  const char* end_;
};

}  // namespace

bool ParseFlatObject(std::string_view input, json* out) {
  return Reader(input).Object(out);
}

}  // namespace privacy_guard::host
