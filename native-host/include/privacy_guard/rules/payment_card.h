// payment_card: the rule definition of the payment-card detector
// (src/detectors/payment_card_detector.cc), read by the detector and by the
// Purview exporter.
#ifndef PRIVACY_GUARD_RULES_PAYMENT_CARD_H_
#define PRIVACY_GUARD_RULES_PAYMENT_CARD_H_

#include <string>
#include <vector>

#include "privacy_guard/rules/forms.h"

namespace privacy_guard::rules::payment_card {

// A card issuer: the numbers it issues start with a prefix in
// [prefix_from, prefix_to] (compared on the first digits of the number, as
// many as the bounds have) and have one of `lengths` digits. The first
// issuer whose prefix fits decides.
struct Issuer {
  std::string name;
  std::string prefix_from, prefix_to;
  std::vector<int> lengths;
};

struct Definition {
  std::vector<NumberForm> forms;  // plain 13-19 digits, groups of four, Amex 4-6-5
  std::vector<Issuer> issuers;    // Luhn must pass and one issuer must fit
  int min_digits = 13, max_digits = 19;
  // True: every gap of a grouped number uses the same separator.
  bool same_separator = true;
  // Published test numbers (payment providers' documentation, IT manuals):
  // never issued to a cardholder, so never reported (digits only).
  std::vector<std::string> test_numbers;
};

const Definition& Rules();

// True if `digits` (ASCII digits only) fit an issuer of `rules`.
bool KnownIssuer(const Definition& rules, const std::string& digits);

}  // namespace privacy_guard::rules::payment_card

#endif  // PRIVACY_GUARD_RULES_PAYMENT_CARD_H_
