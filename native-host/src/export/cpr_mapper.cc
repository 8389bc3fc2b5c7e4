// cpr -> Purview: the CPR detector's forms (rules/cpr.h) as regexes with
// Purview's DateSimple and Checksum validators.
#include "export/mapper.h"
#include "export/purview_render.h"
#include "privacy_guard/rules/cpr.h"

namespace privacy_guard::exporter::purview {
namespace {

std::string Weights(const std::vector<int>& w) {
  std::string out;
  for (int x : w) out += (out.empty() ? "" : ", ") + std::to_string(x);
  return out;
}

std::string Id(const std::string& form, const std::string& variant) {
  return "Regex_pg_cpr_" + form + (variant.empty() ? "" : "_" + variant);
}

// Validators and the regexes of every form; the plain and full-width ones
// are evidence of a person for health.
void Shared(PackageBuilder& b) {
  const rules::cpr::Definition& r = rules::cpr::Rules();
  b.AddValidatorSet({"Validators_pg_cpr_date", {{"DateSimple", {{"Pattern", "DDMMYY"}}}}});
  // One validator per set, as in Microsoft's examples; the regexes already
  // demand day 01-31 and month 01-12.
  b.AddValidatorSet({"Validators_pg_cpr_mod11",
                     {{"Checksum",
                       {{"Weights", Weights(r.mod11_weights)},
                        {"Mod", "11"},
                        {"CheckDigit", std::to_string(r.mod11_weights.size())},
                        {"AllowAlphabets", "0"}}}}});
  std::vector<std::string> person;
  for (const rules::NumberForm& f : r.forms) {
    const std::string re = "\\b" + PurviewRegex(f) + "\\b";
    b.AddRegex(Id(f.name, ""), re, "Validators_pg_cpr_date");
    b.AddRegex(Id(f.name, "mod11"), re, "Validators_pg_cpr_mod11");
    // Purview's validators are not known to read full-width digits: the
    // date is checked by the regex itself.
    b.AddRegex(Id(f.name, "fullwidth"), "\\b" + PurviewRegex(f, {.full_width = true}) + "\\b", "");
    person.push_back(Id(f.name, ""));
    person.push_back(Id(f.name, "fullwidth"));
  }
  b.Provide("cpr", person);
}

std::vector<PatternCandidate> Map(PackageBuilder& b, CategorySummary* s) {
  const rules::cpr::Definition& r = rules::cpr::Rules();
  b.AddKeyword("Keyword_pg_cpr", {{"word", b.CleanTerms(*r.cpr_words.words, "cpr keyword", false)}});
  b.AddKeyword("Keyword_pg_cpr_other",
               {{"word", b.CleanTerms(*r.other_words.words, "cpr keyword", false)}});
  s->note = "future birth dates and the century rule are not checked; the keyword window "
            "covers both sides";
  const std::vector<std::string> other = {"Keyword_pg_cpr_other"};
  std::vector<PatternCandidate> high, medium, low;
  for (const rules::NumberForm& f : r.forms) {
    high.push_back(Make(Confidence::kHigh, Id(f.name, ""), {Evidence::Match("Keyword_pg_cpr")},
                        "CPR keyword near a " + f.name + " DDMMYY-SSSS number with a real date"));
    high.push_back(Make(Confidence::kHigh, Id(f.name, "mod11"), {Evidence::NoneOf(other)},
                        "modulus 11 passes (" + f.name + "), no other-number keyword near"));
    high.push_back(Make(Confidence::kHigh, Id(f.name, "fullwidth"),
                        {Evidence::Match("Keyword_pg_cpr")},
                        "CPR keyword near a " + f.name + " number in full-width digits"));
    // A real date without the control digit: the detector's without_mod11
    // confidence (numbers issued since 2007).
    (r.without_mod11 == Confidence::kMedium ? medium : low)
        .push_back(Make(r.without_mod11, Id(f.name, ""), {Evidence::NoneOf(other)},
                        f.name + " DDMMYY-SSSS with a real date, modulus 11 not required, no "
                                 "other-number keyword near"));
    medium.push_back(Make(Confidence::kMedium, Id(f.name, "fullwidth"), {Evidence::NoneOf(other)},
                          f.name + " number in full-width digits (no checksum available)"));
    low.push_back(Make(Confidence::kLow, Id(f.name, ""), {},
                       "any " + f.name + " DDMMYY-SSSS number with a real date"));
  }
  std::vector<PatternCandidate> out = high;
  out.insert(out.end(), medium.begin(), medium.end());
  out.insert(out.end(), low.begin(), low.end());
  return out;
}

}  // namespace

PG_REGISTER_MAPPER(Category::kCpr, "40", Shared, Map);

}  // namespace privacy_guard::exporter::purview
