#include "privacy_guard/rules/checksums.h"

namespace privacy_guard::rules {
namespace {

bool AllDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

bool Mod11(std::string_view digits, const std::vector<int>& weights) {
  if (digits.size() != weights.size() || !AllDigits(digits)) return false;
  int sum = 0;
  for (size_t i = 0; i < digits.size(); ++i) sum += (digits[i] - '0') * weights[i];
  return sum % 11 == 0;
}

bool Luhn(std::string_view digits) {
  if (digits.size() < 2 || !AllDigits(digits)) return false;
  int sum = 0;
  bool dbl = false;
  for (size_t i = digits.size(); i-- > 0;) {
    int v = digits[i] - '0';
    if (dbl) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    dbl = !dbl;
  }
  return sum % 10 == 0;
}

bool IbanMod97(std::string_view iban) {
  if (iban.size() < 5) return false;
  int mod = 0;
  auto add = [&](char c) {
    if (c >= '0' && c <= '9') {
      mod = (mod * 10 + (c - '0')) % 97;
    } else if (c >= 'A' && c <= 'Z') {
      mod = (mod * 100 + (c - 'A' + 10)) % 97;
    } else {
      return false;
    }
    return true;
  };
  for (char c : iban.substr(4)) {
    if (!add(c)) return false;
  }
  for (char c : iban.substr(0, 4)) {
    if (!add(c)) return false;
  }
  return mod == 1;
}

}  // namespace privacy_guard::rules
