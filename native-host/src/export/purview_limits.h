// Microsoft Purview limits the exporter respects. Every value is cited in
// native-host/src/export/PURVIEW.md ("Limits"); change both together.
#ifndef PRIVACY_GUARD_EXPORT_PURVIEW_LIMITS_H_
#define PRIVACY_GUARD_EXPORT_PURVIEW_LIMITS_H_

#include <cstddef>

namespace privacy_guard::exporter::purview {

// "Maximum length of regular expression: 1024 characters" (sit-limits).
inline constexpr size_t kMaxRegexChars = 1024;
// "Maximum number of distinct regexes per SIT: 20" (sit-limits).
inline constexpr size_t kMaxRegexesPerEntity = 20;
// "Maximum length for a given term in a keyword list: 50 characters"
// (sit-limits; the schema's RestrictedTermType allows 100, Purview 50).
inline constexpr size_t kMaxTermChars = 50;
// "Maximum number of terms in keyword list: 2048"; "Each Custom Sensitive
// Information Type can have a maximum of 2048 keywords total" (sit-limits;
// create-a-custom-sensitive-information-type-in-scc-powershell).
inline constexpr size_t kMaxKeywordsPerEntity = 2048;
// "Maximum size of a keyword dictionary (post compression): 1MB
// (~1,000,000 characters)", tenant-wide (sit-limits; create-a-keyword-
// dictionary). Counted here as characters of all terms plus one separator
// per term, uncompressed: conservative. Overridable with
// --dictionary-budget when the tenant already holds other dictionaries.
inline constexpr size_t kDefaultDictionaryBudgetChars = 1000000;
// "Maximum number of keyword dictionary based SITs in a tenant: 50".
inline constexpr size_t kMaxDictionarySitsPerTenant = 50;
// "Keep the uploaded file limited to a 770 kilobyte maximum as a suggested
// limit" (create-a-custom-sensitive-information-type-in-scc-powershell).
// Measured on the UTF-16 file that is uploaded.
inline constexpr size_t kMaxRulePackageBytes = 770 * 1024;
// "The maximum number of rule packages supported is 10" (same page).
inline constexpr size_t kMaxRulePackagesPerTenant = 10;
// RulePackNameType: 1..64 characters (MS-OXWCONFIG 3.1.4.1.4.13).
inline constexpr size_t kMaxRulePackNameChars = 64;
// NameType / OptionalNameType: at most 256 characters (MS-OXWCONFIG 7.8).
inline constexpr size_t kMaxDetailsTextChars = 256;

// Confidence levels of Purview's built-in types: low 65, medium 75, high 85
// (sit-sensitive-information-type-learn-about). Patterns of one entity need
// distinct levels, so a band holds several patterns: low 65..74, medium
// 75..84, high 85..99.
inline constexpr int kLowConfidence = 65;
inline constexpr int kMediumConfidence = 75;
inline constexpr int kHighConfidence = 85;
inline constexpr int kMaxConfidence = 99;

}  // namespace privacy_guard::exporter::purview

#endif  // PRIVACY_GUARD_EXPORT_PURVIEW_LIMITS_H_
