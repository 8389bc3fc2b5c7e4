// phone: the rule definition of the phone detector
// (src/detectors/phone_detector.cc), read by the detector and by the
// Purview exporter.
#ifndef PRIVACY_GUARD_RULES_PHONE_H_
#define PRIVACY_GUARD_RULES_PHONE_H_

#include <string>
#include <vector>

#include "privacy_guard/rules/forms.h"

namespace privacy_guard::rules::phone {

// How sure a form is on its own, before context.
enum class Kind {
  kPrefixed,  // +45, 0045, (+45): high
  kGrouped,   // "12 34 56 78", "1234 5678": medium
  kBare,      // "12345678": low
  // A foreign number: '+', a country code other than 45 and groups of
  // digits, `international_digits` digits in all ("+49 151 23456789",
  // "+44 7700 900123"): high, low near an amount or case-number word.
  kInternational,
};

struct Form {
  NumberForm form;
  Kind kind;
};

struct Definition {
  std::vector<Form> forms;
  ContextWords phone_words;         // before: high
  ContextWords phone_words_after;   // after ("(mobil)"): high
  ContextWords other_words;         // before (cvr, konto, kr. ...): low
  ContextWords amount_words_after;  // after (kr., dkk ...): low
  // First two digits of the eight of numbers that belong to organisations,
  // never to a person: 70 (business), 80 (freephone), 90 (premium rate).
  // Low, whatever the context ("Kræftlinjen, tlf. 80 30 10 30").
  std::vector<std::string> service_prefixes;
  int international_min_digits = 9, international_max_digits = 15;  // E.164
};

const Definition& Rules();

}  // namespace privacy_guard::rules::phone

#endif  // PRIVACY_GUARD_RULES_PHONE_H_
