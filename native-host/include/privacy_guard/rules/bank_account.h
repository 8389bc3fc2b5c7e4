// bank_account: the rule definition of the bank-account detector
// (src/detectors/bank_account_detector.cc), read by the detector and by the
// Purview exporter.
#ifndef PRIVACY_GUARD_RULES_BANK_ACCOUNT_H_
#define PRIVACY_GUARD_RULES_BANK_ACCOUNT_H_

#include <string>
#include <vector>
#include "privacy_guard/rules/forms.h"

namespace privacy_guard::rules::bank_account {

struct Definition {
  // "1234-1234567890", "1234 1234567890": reg.nr. + account number; needs
  // `min_digits` digits in all (a shorter one is a phone number or a year
  // range far more often) and bank words before it for high confidence.
  NumberForm short_form;
  size_t min_digits = 10;
  // Reg. no. and an account written out to ten digits ("9070-7571510201"
  // in a table or a payment line), or one after a payment word: medium
  // without a bank word, unless a word for another number ("faktura",
  // "sagsnr.", "ordrenummer": `other_words`) comes before it, or the two
  // parts are table cells or lines (a tab or a line break between them).
  size_t full_digits = 14;
  // A limited company's own account is no person's: low when the last
  // firm form before the account, in its line and sentence and at most
  // `company_reach` bytes back, is one of `limited_forms` ("A/S", "ApS")
  // and not a bank's (a word of `bank_names`, or one ending in "bank",
  // right before it: "konto i Danske Bank A/S" is the customer's). A form
  // of `personal_forms` there ("I/S", "selvstændig") is a person's firm.
  // (The forms with a slash are vocabulary::CompanyForms, by `limited`.)
  // A public body's or an association's own account counts as a limited
  // company's: a possessive of `organisation_owners` there ("kommunens
  // konto", "foreningens konto", "the municipality's account"), or one of
  // `organisation_names` with only punctuation and account labels between
  // it and the number ("indbetales til Norddjurs Kommune, reg.nr. 2211";
  // not "Udbetal fra Norddjurs Kommune til reg. ...", a payment to
  // someone).
  size_t company_reach = 160;
  // (A possessive counts only within `owner_reach` bytes before the
  // number: "the municipality's bank account or deducted; ... to
  // registration no. ..." names another account.)
  size_t owner_reach = 64;
  std::vector<std::string> organisation_owners;
  std::vector<std::string> organisation_names;
  std::vector<std::string> limited_forms;
  std::vector<std::string> personal_forms;
  std::vector<std::string> bank_names;
  // A person between the firm and the account makes it the person's: one
  // of `owner_words` ("hendes", "privat"), or two capitalised words.
  std::vector<std::string> owner_words;
  // Capitalised labels that name no person ("Reg.", "Konto", "CVR"), and
  // abbreviations whose full stop ends no sentence ("reg. 5470").
  std::vector<std::string> account_labels;
  std::vector<std::string> abbreviations;
  ContextWords payment_words;
  ContextWords other_words;
  ContextWords bank_words;
  // Spelled out, high confidence: "reg.nr. 1234 kontonr. 1234567890",
  // "1234 konto 1234567890", "1234, kto.nr. ...". Words match in any case.
  NumberForm reg_form;
  NumberForm number_form;
};

const Definition& Rules();

}  // namespace privacy_guard::rules::bank_account

#endif  // PRIVACY_GUARD_RULES_BANK_ACCOUNT_H_
