// cpr: the rule definition of the CPR detector (src/detectors/cpr_detector.cc),
// read by the detector and by the Purview exporter (src/export/cpr_mapper.cc).
#ifndef PRIVACY_GUARD_RULES_CPR_H_
#define PRIVACY_GUARD_RULES_CPR_H_

#include <vector>

#include "privacy_guard/rules/forms.h"
#include "privacy_guard/types.h"

namespace privacy_guard::rules::cpr {

struct Definition {
  // How a CPR number may be written: DDMMYY and SSSS with the separators
  // people use ("120385-1235", "1203851235", "120385 1235", "120385 - 1235",
  // "12 03 85 1235", "12.03.85-1235", "12-03-85-1235"). The first three
  // groups have DigitRole kDay, kMonth and kAny (the year); the last is the
  // serial number.
  std::vector<NumberForm> forms;
  // Modulus 11 passes: high confidence. Numbers without the control digit
  // are valid since 2007 (children born 2007 or later, 1 January numbers):
  // a real birth date with a fitting century digit but no modulus 11 gets
  // this confidence, which says "a CPR number, unchecked".
  Confidence without_mod11 = Confidence::kMedium;
  // Modulus 11 weights (every number issued before October 2007 passes).
  std::vector<int> mod11_weights;
  // A CPR keyword before the number raises it to high confidence ...
  ContextWords cpr_words;
  // ... a keyword naming another kind of number lowers it to low, unless a
  // CPR keyword is there too.
  ContextWords other_words;
  // ... and so does one of these right before it (a window of a few bytes).
  ContextWords adjacent_other_words;
};

// The detector's definition.
const Definition& Rules();

// The birth year of a CPR number from its two-digit year and its 7th digit
// (the CPR office's century rule), or 0 if the combination is not issued.
int BirthYear(int yy, int digit7);

}  // namespace privacy_guard::rules::cpr

#endif  // PRIVACY_GUARD_RULES_CPR_H_
