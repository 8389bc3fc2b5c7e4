// phone -> Purview: the phone detector's forms (rules/phone.h), one regex
// per form, with its context words as evidence.
#include <algorithm>

#include "export/mapper.h"
#include "export/purview_render.h"
#include "privacy_guard/rules/phone.h"

namespace privacy_guard::exporter::purview {
namespace {

using rules::phone::Kind;

std::string Id(const rules::phone::Form& f) { return "Regex_pg_phone_" + f.form.name; }

void Shared(PackageBuilder& b) {
  std::vector<std::string> ids;
  for (const rules::phone::Form& f : rules::phone::Rules().forms) {
    const bool plus = f.kind == Kind::kPrefixed || f.kind == Kind::kInternational;
    b.AddRegex(Id(f), (plus ? "" : "\\b") + PurviewRegex(f.form) + "\\b", "");
    // Contact details: evidence of a person for health (a bare number is
    // too often something else).
    if (f.kind != Kind::kBare) ids.push_back(Id(f));
  }
  b.Provide("phone", ids);
  // A longer run of digit groups (card, IBAN, account): the engine does not
  // read a phone number out of one.
  b.AddRegex("Regex_pg_digit_run",
             "\\b[0-9]{4} [0-9]{4} [0-9]{4}\\b|\\b[0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2}\\b|"
             "\\b[A-Za-z]{2}[0-9]{2} [A-Za-z0-9]{4} [A-Za-z0-9]{4}\\b",
             "");
}

std::vector<std::string> Concat(std::vector<std::string> a, const std::vector<std::string>& b) {
  for (const std::string& w : b) {
    if (std::find(a.begin(), a.end(), w) == a.end()) a.push_back(w);
  }
  return a;
}

std::vector<PatternCandidate> Map(PackageBuilder& b, CategorySummary* s) {
  const rules::phone::Definition& r = rules::phone::Rules();
  b.AddKeyword("Keyword_pg_phone",
               {{"word", b.CleanTerms(Concat(*r.phone_words.words, *r.phone_words_after.words),
                                      "phone keyword", false)}});
  b.AddKeyword("Keyword_pg_phone_other",
               {{"word", b.CleanTerms(Concat(*r.other_words.words, *r.amount_words_after.words),
                                      "phone keyword", false)}});
  s->note = "a longer run of digit groups is not recognised as 'not a phone number'";
  const Evidence no_run = Evidence::NoneOf({"Regex_pg_digit_run"});
  std::vector<PatternCandidate> high, medium, low;
  for (const rules::phone::Form& f : r.forms) {
    const std::string id = Id(f);
    switch (f.kind) {
      case Kind::kPrefixed:
        high.push_back(Make(Confidence::kHigh, id, {}, "+45, 0045 or (+45) prefix (" + f.form.name + ")"));
        break;
      case Kind::kGrouped:
        high.push_back(Make(Confidence::kHigh, id, {Evidence::Match("Keyword_pg_phone"), no_run},
                            "grouped number (" + f.form.name +
                                ") with a phone word near, not inside a longer run of digit groups"));
        medium.push_back(Make(Confidence::kMedium, id,
                              {Evidence::NoneOf({"Keyword_pg_phone_other"}), no_run},
                              "grouped number (" + f.form.name +
                                  "), no amount/case-number word near"));
        low.push_back(Make(Confidence::kLow, id, {}, "grouped number (" + f.form.name + ")"));
        break;
      case Kind::kInternational:
        high.push_back(Make(Confidence::kHigh, id, {Evidence::NoneOf({"Keyword_pg_phone_other"})},
                            "foreign number with '+' and a country code, no amount word near"));
        break;
      case Kind::kBare:
        high.push_back(Make(Confidence::kHigh, id,
                            {Evidence::Match("Keyword_pg_phone"), Evidence::NoneOf({"Keyword_pg_cvr"})},
                            "eight digits with a phone word near and no CVR word near"));
        low.push_back(Make(Confidence::kLow, id, {}, "eight digits"));
        break;
    }
  }
  high.insert(high.end(), medium.begin(), medium.end());
  high.insert(high.end(), low.begin(), low.end());
  return high;
}

}  // namespace

PG_REGISTER_MAPPER(Category::kPhone, "40", Shared, Map);

}  // namespace privacy_guard::exporter::purview
