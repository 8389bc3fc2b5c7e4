// cvr: the rule definition of the CVR detector (src/detectors/cvr_detector.cc),
// read by the detector and by the Purview exporter.
#ifndef PRIVACY_GUARD_RULES_CVR_H_
#define PRIVACY_GUARD_RULES_CVR_H_

#include <vector>

#include "privacy_guard/rules/forms.h"

namespace privacy_guard::rules::cvr {

struct Definition {
  // "12345678", "12 34 56 78", "1234 5678"; forms with prefixes are the
  // VAT form ("DK12345678"): high on their own.
  std::vector<NumberForm> forms;
  std::vector<int> mod11_weights;  // 2,7,6,5,4,3,2,1: must pass
  ContextWords cvr_words;          // before: high; without: low
  ContextWords cvr_words_after;    // after ("12345678 (CVR)"): high
};

const Definition& Rules();

}  // namespace privacy_guard::rules::cvr

#endif  // PRIVACY_GUARD_RULES_CVR_H_
