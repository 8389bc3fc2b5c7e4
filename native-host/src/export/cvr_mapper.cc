// cvr -> Purview: the CVR detector's forms (rules/cvr.h) with Purview's
// Checksum validator.
#include "export/mapper.h"
#include "export/purview_render.h"
#include "privacy_guard/rules/cvr.h"

namespace privacy_guard::exporter::purview {
namespace {

void Shared(PackageBuilder& b) {
  const rules::cvr::Definition& r = rules::cvr::Rules();
  std::string weights;
  for (int x : r.mod11_weights) weights += (weights.empty() ? "" : ", ") + std::to_string(x);
  b.AddValidatorSet({"Validators_pg_cvr_mod11",
                     {{"Checksum",
                       {{"Weights", weights},
                        {"Mod", "11"},
                        {"CheckDigit", std::to_string(r.mod11_weights.size())},
                        {"AllowAlphabets", "0"}}}}});
  // Also evidence against a phone number ("CVR 12345678").
  std::vector<std::string> words = *r.cvr_words.words;
  words.insert(words.end(), r.cvr_words_after.words->begin(), r.cvr_words_after.words->end());
  b.AddKeyword("Keyword_pg_cvr", {{"word", b.CleanTerms(words, "cvr keyword", false)}});
}

std::vector<PatternCandidate> Map(PackageBuilder& b, CategorySummary* s) {
  const rules::cvr::Definition& r = rules::cvr::Rules();
  std::vector<PatternCandidate> high, low;
  for (const rules::NumberForm& f : r.forms) {
    const std::string id = "Regex_pg_cvr_" + f.name;
    b.AddRegex(id, "\\b" + PurviewRegex(f) + "\\b", "Validators_pg_cvr_mod11");
    if (!f.prefixes.empty()) {  // the VAT form: high on its own, as in the engine
      high.push_back(Make(Confidence::kHigh, id, {}, "modulus 11 passes (" + f.name + ")"));
      continue;
    }
    high.push_back(Make(Confidence::kHigh, id, {Evidence::Match("Keyword_pg_cvr")},
                        "modulus 11 passes (" + f.name + ") and a CVR/SE keyword is near"));
    low.push_back(Make(Confidence::kLow, id, {}, "modulus 11 passes (" + f.name + ")"));
  }
  high.insert(high.end(), low.begin(), low.end());
  return high;
}

}  // namespace

PG_REGISTER_MAPPER(Category::kCvr, "30", Shared, Map);

}  // namespace privacy_guard::exporter::purview
