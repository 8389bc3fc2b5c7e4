// bank_account: the rule definition of the bank-account detector
// (src/detectors/bank_account_detector.cc), read by the detector and by the
// Purview exporter.
#ifndef PRIVACY_GUARD_RULES_BANK_ACCOUNT_H_
#define PRIVACY_GUARD_RULES_BANK_ACCOUNT_H_

#include "privacy_guard/rules/forms.h"

namespace privacy_guard::rules::bank_account {

struct Definition {
  // "1234-1234567890", "1234 1234567890": reg.nr. + account number; needs
  // `min_digits` digits in all (a shorter one is a phone number or a year
  // range far more often) and bank words before it for high confidence.
  NumberForm short_form;
  size_t min_digits = 10;
  ContextWords bank_words;
  // Spelled out, high confidence: "reg.nr. 1234 kontonr. 1234567890",
  // "1234 konto 1234567890", "1234, kto.nr. ...". Words match in any case.
  NumberForm reg_form;
  NumberForm number_form;
};

const Definition& Rules();

}  // namespace privacy_guard::rules::bank_account

#endif  // PRIVACY_GUARD_RULES_BANK_ACCOUNT_H_
