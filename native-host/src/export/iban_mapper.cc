// iban -> Purview: compact and grouped IBANs with Purview's Func_iban
// validator; lengths from the IBAN detector's rules (rules/iban.h).
#include "export/mapper.h"
#include "privacy_guard/rules/iban.h"

namespace privacy_guard::exporter::purview {
namespace {

std::vector<PatternCandidate> Map(PackageBuilder& b, CategorySummary* s) {
  const rules::iban::Definition& r = rules::iban::Rules();
  // Country and check digits (4 characters), then the rest.
  const std::string rest_min = std::to_string(r.min_length - 4);
  const std::string rest_max = std::to_string(r.max_length - 4);
  const std::string groups_max = std::to_string((r.max_length - 4) / 4);
  b.AddRegex("Regex_pg_iban_compact",
             "\\b[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{" + rest_min + "," + rest_max + "}\\b", "Func_iban");
  b.AddRegex("Regex_pg_iban_spaced",
             "\\b[A-Za-z]{2}[0-9]{2}(?: [A-Za-z0-9]{4}){2," + groups_max + "} ?[A-Za-z0-9]{0,4}\\b",
             "Func_iban");
  s->note = "country length and mod-97 are left to Purview's Func_iban validator";
  return {
      Make(Confidence::kHigh, "Regex_pg_iban_compact", {}, "IBAN without spaces, Func_iban"),
      Make(Confidence::kHigh, "Regex_pg_iban_spaced", {}, "IBAN in groups of four, Func_iban"),
  };
}

}  // namespace

PG_REGISTER_MAPPER(Category::kIban, "300", nullptr, Map);

}  // namespace privacy_guard::exporter::purview
