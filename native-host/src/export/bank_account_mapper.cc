// bank_account -> Purview: the bank-account detector's forms
// (rules/bank_account.h): the short form with bank words as evidence, the
// spelled-out forms on their own.
#include <algorithm>

#include "export/mapper.h"
#include "export/purview_render.h"
#include "privacy_guard/rules/bank_account.h"

namespace privacy_guard::exporter::purview {
namespace {

std::vector<PatternCandidate> Map(PackageBuilder& b, CategorySummary* s) {
  const rules::bank_account::Definition& r = rules::bank_account::Rules();
  // The engine counts the digits in code (min_digits in all); here the
  // account group's minimum carries the rule.
  rules::NumberForm short_form = r.short_form;
  if (short_form.groups.size() == 2) {
    const int reg_digits = short_form.groups[0].max;
    short_form.groups[1].min =
        std::max(short_form.groups[1].min, static_cast<int>(r.min_digits) - reg_digits);
  }
  b.AddRegex("Regex_pg_bank_short", "\\b" + PurviewRegex(short_form) + "\\b", "");
  b.AddRegex("Regex_pg_bank_reg", "(?i)\\b" + PurviewRegex(r.reg_form) + "\\b", "");
  b.AddRegex("Regex_pg_bank_spelled", "(?i)\\b" + PurviewRegex(r.number_form) + "\\b", "");
  b.AddKeyword("Keyword_pg_bank", {{"word", b.CleanTerms(*r.bank_words.words, "bank keyword", false)}});
  s->note = "bank words are looked for on both sides of the number";
  return {
      Make(Confidence::kHigh, "Regex_pg_bank_reg", {}, "reg.nr. NNNN kontonr. NNNNNNNNNN"),
      Make(Confidence::kHigh, "Regex_pg_bank_spelled", {}, "NNNN konto NNNNNNNNNN"),
      Make(Confidence::kHigh, "Regex_pg_bank_short", {Evidence::Match("Keyword_pg_bank")},
           "NNNN-NNNNNNNNNN with a bank word near"),
      Make(Confidence::kLow, "Regex_pg_bank_short", {}, "NNNN-NNNNNNNNNN"),
  };
}

}  // namespace

PG_REGISTER_MAPPER(Category::kBankAccount, "40", nullptr, Map);

}  // namespace privacy_guard::exporter::purview
