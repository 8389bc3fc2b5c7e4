// The steps after the mappers: allowlist exclusions, the dictionary budget,
// reference checks and the rule packages (split when one would be too big).
#ifndef PRIVACY_GUARD_EXPORT_PURVIEW_ASSEMBLY_H_
#define PRIVACY_GUARD_EXPORT_PURVIEW_ASSEMBLY_H_

#include <array>
#include <vector>

#include "export/purview_builder.h"

namespace privacy_guard::exporter::purview {

// The policy's allowlists (global and category `c`) as an exclusion on
// every pattern of `cands`: a pattern does not match when an allowed value
// occurs within the proximity window (allowlist_mapper.cc).
void AddAllowlistExclusions(PackageBuilder& b, Category c, std::vector<PatternCandidate>* cands);

// Shares the options' dictionary budget max-min fairly among the
// dictionaries: small ones whole, large ones cut at their least important
// end. Every cut is a warning; a dictionary left empty removes the patterns
// that need it, and an entity left without patterns (dictionary_budget.cc).
void ApplyDictionaryBudget(PackageBuilder& b);

// Every id a pattern refers to must be defined: a dangling idRef makes
// Purview refuse the whole package. Internal errors otherwise.
void CheckReferences(PackageBuilder& b);

// One package, or several when one would exceed the upload size Microsoft
// suggests (entities are never split); then the tenant limits as warnings
// (package_assembly.cc).
void AssemblePackages(PackageBuilder& b, const std::array<unsigned, 4>& version);
void CheckTenantLimits(PackageBuilder& b);

}  // namespace privacy_guard::exporter::purview

#endif  // PRIVACY_GUARD_EXPORT_PURVIEW_ASSEMBLY_H_
