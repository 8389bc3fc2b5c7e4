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
  // Addresses that a template or an example gives, not a person's (low
  // confidence, like a functional mailbox): a local part made only of
  // `placeholder_words`, `placeholder_joiners` and runs of x joined by
  // '.', '-', '_', with at least one word or a run of two x's or more
  // ("fornavn.efternavn", "dit.navn", "first.last", "xxx"; not "mit" or
  // "x" alone: initials), or one of
  // `placeholder_locals` as a whole ("john.doe": first names alone are no
  // placeholder); or a domain reserved for examples: one of
  // `example_domains` or below it ("example.com", RFC 2606), or a top-level
  // domain of `example_tlds` (".test", ".invalid", RFC 6761). The Purview
  // export excludes them as it does functional mailboxes.
  std::vector<std::string> placeholder_words;
  std::vector<std::string> placeholder_joiners;
  std::vector<std::string> placeholder_locals;
  std::vector<std::string> example_domains;
  std::vector<std::string> example_tlds;
  // Written-out and obfuscated addresses: "hans (at) gmail.com",
  // "hans[at]gmail[dot]com", "hans snabel-a gmail punktum com",
  // "hans at gmail dot com". The '@' may be any of `at_words`, each dot any
  // of `dot_words` (with or without a space around them); such an address
  // must end in one of `spelled_tlds`, so "meet at noon" is none.
  std::vector<std::string> at_words;
  std::vector<std::string> dot_words;
  std::vector<std::string> spelled_tlds;
  // A bare word for '@' ("at", "snabel-a") with only '.' for the dots reads
  // like ordinary text as often as like an address ("look at borger.dk",
  // "husk at sundhed.dk"). Such a form is an address only when its local
  // part has one of `mailbox_marks` between letters ("jens.hansen at
  // firma.dk") or digits after letters ("tina77 at firma.dk"), or when its
  // domain is a provider's ("jens at gmail.com": `mail_providers` + TLD) and
  // the local part is none of `at_stopwords`; a written dot ("punktum",
  // "[dot]") or a bracketed '@' needs neither.
  std::string mailbox_marks;                 // "._", between letters
  std::vector<std::string> mail_providers;   // "gmail", "hotmail", ...
  // Local parts that are words before "at" in ordinary text ("log in at
  // outlook.com", "læs at ..."): never an address with a provider.
  std::vector<std::string> at_stopwords;
};

const Definition& Rules();

}  // namespace privacy_guard::rules::email

#endif  // PRIVACY_GUARD_RULES_EMAIL_H_
