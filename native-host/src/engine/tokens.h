// Word tokens of the normalised text, for dictionary-based detectors.
#ifndef PRIVACY_GUARD_ENGINE_TOKENS_H_
#define PRIVACY_GUARD_ENGINE_TOKENS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace privacy_guard {

struct Token {
  enum Flags : uint8_t {
    kUpperInitial = 1,  // first letter is upper case ("Hansen", "HANSEN")
    kAllUpper = 2,      // every letter upper case, at least 2 letters ("HANSEN")
    kAllDigits = 4,     // only digits ("12")
    kHasDigit = 8,      // at least one digit ("12A")
    kAllLower = 16,     // no letter upper case ("hansen"; also letters without case: "中文")
  };
  uint32_t start = 0, end = 0;  // normalised bytes, half-open
  uint32_t fold_off = 0, fold_len = 0;  // the case-folded token in Tokens::folded
  uint64_t hash = 0;                    // HashWord(folded form)
  uint8_t flags = 0;
  bool Has(Flags f) const { return (flags & f) != 0; }
  // Capitalised but not all capitals: "Hansen", "Ørum" (not "HANSEN", "hansen").
  bool TitleCase() const { return Has(kUpperInitial) && !Has(kAllUpper); }
};

// A token = a maximal run of letters, digits and combining marks (ICU
// classes, so "Ørum" and "Müller" are single tokens). Everything else
// (space, '-', '.', ',', ...) separates tokens.
class Tokens {
 public:
  // Tokenises the bytes [from, to) of `text` (valid UTF-8; `from` and `to`
  // on character boundaries, clamped to the text), reusing buffers. Token
  // offsets are offsets in `text`. Uses SSE2 where the target has it; the
  // result is the same as BuildPortable()'s.
  void Build(std::string_view text, size_t from = 0, size_t to = std::string_view::npos);
  // The same tokens, one character at a time (the reference in tests and
  // the path on targets without SSE2).
  void BuildPortable(std::string_view text, size_t from = 0,
                     size_t to = std::string_view::npos);

  size_t size() const { return size_; }
  const Token& operator[](size_t i) const { return list_[i]; }
  // Indices of the tokens that hold a digit, ascending (for detectors that
  // start from numbers).
  const std::vector<uint32_t>& with_digit() const { return with_digit_; }
  // The case-folded form of token `t`.
  std::string_view folded(const Token& t) const {
    return std::string_view(folded_).substr(t.fold_off, t.fold_len);
  }
  // The text between token i and token i+1 (normalised bytes).
  std::string_view Gap(std::string_view text, size_t i) const;

 private:
  void ScanRun(std::string_view text, size_t from, size_t to);
  // A new token at the end of the list (grows the storage when full).
  Token& Emit() {
    if (size_ == list_.size()) list_.resize(list_.size() * 2 + 64);
    return list_[size_++];
  }
  void BuildSse2(std::string_view text, size_t from, size_t to);

  std::vector<Token> list_;  // storage; the first size_ are the tokens
  size_t size_ = 0;
  std::vector<uint32_t> with_digit_;
  std::string folded_;
};

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_TOKENS_H_
