// iban: the rule definition of the IBAN detector
// (src/detectors/iban_detector.cc), read by the detector and by the Purview
// exporter.
#ifndef PRIVACY_GUARD_RULES_IBAN_H_
#define PRIVACY_GUARD_RULES_IBAN_H_

#include <map>
#include <string>
#include <vector>

namespace privacy_guard::rules::iban {

struct Definition {
  // Registered IBAN length per country code ("DK" -> 18); other countries
  // take min_length..max_length.
  std::map<std::string, int> lengths;
  int min_length = 15, max_length = 34;
  // The example IBANs that SWIFT's IBAN Registry prints for each country
  // (and the ECBS example GB82 WEST ...), without spaces: pasted from
  // documentation and forms, never a person's account, not reported.
  std::vector<std::string> examples;
};

const Definition& Rules();

}  // namespace privacy_guard::rules::iban

#endif  // PRIVACY_GUARD_RULES_IBAN_H_
