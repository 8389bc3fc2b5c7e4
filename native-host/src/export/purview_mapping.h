// Policy -> Purview rule package: one entity (custom sensitive information
// type) per enabled category, mapped as faithfully as Purview allows. The
// mapping per category, the limits and what cannot be mapped are described
// in PURVIEW.md next to this file.
#ifndef PRIVACY_GUARD_EXPORT_PURVIEW_MAPPING_H_
#define PRIVACY_GUARD_EXPORT_PURVIEW_MAPPING_H_

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "export/purview_limits.h"
#include "export/purview_model.h"
#include "privacy_guard/config.h"
#include "privacy_guard/engine.h"

namespace privacy_guard::exporter::purview {

struct ExportOptions {
  // Characters all exported keyword dictionaries may use together (terms
  // plus one separator each). Ranked lists (first names, surnames) are cut
  // at the least frequent end; each cut is a warning.
  size_t dictionary_budget_chars = kDefaultDictionaryBudgetChars;
};

// How one category was exported (for IMPORT.md and the CLI summary).
struct CategorySummary {
  Category category = Category::kCpr;
  Action action = Action::kOff;
  Confidence min_confidence = Confidence::kMedium;
  bool exported = false;      // an entity exists in a package
  std::string entity_id;      // GUID, when exported
  std::string name_en, name_da;
  int recommended_confidence = 0;  // Purview level of min_confidence
  size_t patterns = 0;
  std::string note;  // why it is not exported, or the main approximation
};

struct PurviewExport {
  std::string policy_version;
  std::string organisation;
  std::vector<RulePackage> packages;  // one, unless it had to be split
  std::vector<Dictionary> dictionaries;
  std::array<CategorySummary, kNumCategories> categories;
  // Everything the export had to trim, split or drop, one sentence each.
  std::vector<std::string> warnings;
};

// Builds the export for `loaded` (the policy and its data) using `engine`
// (built from the same `loaded`) for the effective category rules.
// Deterministic: the same inputs give the same result, element by element.
// Returns false and sets *error when the policy cannot be exported (its
// version has no number, or a number above 65535). `out` and `error` must
// not be null.
bool BuildPurviewExport(const LoadedPolicy& loaded, const Engine& engine,
                        const ExportOptions& options, PurviewExport* out, std::string* error);

// Purview version numbers from a policy version: its first four runs of
// digits ("2026-11-23.1" -> 2026, 11, 23, 1; missing ones are 0). False
// when there is no digit or a number exceeds 65535 (xs:unsignedShort).
bool VersionFromPolicy(const std::string& policy_version, std::array<unsigned, 4>* out);

// The stable GUID for `kind`/`key` of `organisation`: UUIDv5 in
// kPurviewNamespace of "<organisation>/<kind>/<key>" (see uuid5.h).
std::string StableGuid(const std::string& organisation, const std::string& kind,
                       const std::string& key);

}  // namespace privacy_guard::exporter::purview

#endif  // PRIVACY_GUARD_EXPORT_PURVIEW_MAPPING_H_
