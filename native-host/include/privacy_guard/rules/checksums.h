// The check-digit algorithms the detectors validate numbers with, once.
// Pure functions; the weights live in the detectors' rule definitions.
#ifndef PRIVACY_GUARD_RULES_CHECKSUMS_H_
#define PRIVACY_GUARD_RULES_CHECKSUMS_H_

#include <string_view>
#include <vector>

namespace privacy_guard::rules {

// Weighted modulus 11: sum(digit[i] * weights[i]) % 11 == 0. `digits` holds
// only ASCII digits and has as many as `weights` (false otherwise). CPR uses
// 4,3,2,7,6,5,4,3,2,1; CVR 2,7,6,5,4,3,2,1.
bool Mod11(std::string_view digits, const std::vector<int>& weights);

// Luhn (ISO/IEC 7812): payment card numbers. `digits`: ASCII digits only,
// at least 2 (false otherwise).
bool Luhn(std::string_view digits);

// ISO 7064 MOD 97-10 as IBAN uses it: the first four characters moved to
// the end, letters as 10..35, the number mod 97 must be 1. `iban`: upper-case
// ASCII letters and digits without spaces, at least 5 (false otherwise).
bool IbanMod97(std::string_view iban);

}  // namespace privacy_guard::rules

#endif  // PRIVACY_GUARD_RULES_CHECKSUMS_H_
