// payment_card -> Purview: the card detector's forms
// (rules/payment_card.h) with Purview's Func_credit_card validator.
#include "export/mapper.h"
#include "export/purview_render.h"
#include "privacy_guard/rules/payment_card.h"

namespace privacy_guard::exporter::purview {
namespace {

std::vector<PatternCandidate> Map(PackageBuilder& b, CategorySummary* s) {
  std::vector<PatternCandidate> out;
  for (const rules::NumberForm& f : rules::payment_card::Rules().forms) {
    const std::string id = "Regex_pg_card_" + f.name;
    b.AddRegex(id, "\\b" + PurviewRegex(f) + "\\b", "Func_credit_card");
    out.push_back(Make(Confidence::kHigh, id, {}, "card number " + f.name + ", Func_credit_card"));
  }
  s->note = "Luhn and issuer checks are left to Purview's Func_credit_card validator";
  return out;
}

}  // namespace

PG_REGISTER_MAPPER(Category::kPaymentCard, "300", nullptr, Map);

}  // namespace privacy_guard::exporter::purview
