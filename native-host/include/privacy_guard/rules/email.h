// email: the rule definition of the e-mail detector
// (src/detectors/email_detector.cc), read by the detector and by the Purview
// exporter.
#ifndef PRIVACY_GUARD_RULES_EMAIL_H_
#define PRIVACY_GUARD_RULES_EMAIL_H_

#include <string>
#include <vector>

namespace privacy_guard::rules::email {

struct Definition {
  // Character class bodies of an address: local part, domain label, TLD.
  std::string local_chars;   // "a-z0-9._%+'-"
  std::string domain_chars;  // "a-z0-9-"
  int min_tld = 2, max_tld = 24;
  // Local parts of the functional mailboxes organisations publish (post@,
  // info@, borgerservice@ ...): not personal data, low confidence.
  const std::vector<std::string>* functional_mailboxes = nullptr;
};

const Definition& Rules();

}  // namespace privacy_guard::rules::email

#endif  // PRIVACY_GUARD_RULES_EMAIL_H_
