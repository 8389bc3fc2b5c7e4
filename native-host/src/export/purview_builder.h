// The state of one Purview export while the category mappers fill it: the
// processors (regexes, keyword lists, dictionaries, validator sets) the
// patterns refer to, the warnings, and the reference-data lexicons. The
// mappers (one per category, <category>_mapper.cc) add to it; the assembly
// steps (dictionary_budget.cc, package_assembly.cc) read it.
#ifndef PRIVACY_GUARD_EXPORT_PURVIEW_BUILDER_H_
#define PRIVACY_GUARD_EXPORT_PURVIEW_BUILDER_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "export/purview_lexicons.h"
#include "export/purview_mapping.h"
#include "export/purview_model.h"

namespace privacy_guard::exporter::purview {

// A pattern before its confidence level is assigned (see AssignLevels).
struct PatternCandidate {
  Confidence tier = Confidence::kMedium;
  Pattern pattern;
};

// A pattern in confidence band `tier` whose primary match is `id_match`.
PatternCandidate Make(Confidence tier, std::string id_match, std::vector<Evidence> evidence,
                      std::string comment);

// Every id a pattern refers to (its primary match and all evidence).
std::set<std::string> PatternRefs(const Pattern& p);

// Purview's confidence level at the bottom of `c`'s band (65, 75, 85) and
// the highest level in the band.
int LevelBase(Confidence c);
int LevelMax(Confidence c);

class PackageBuilder {
 public:
  PackageBuilder(const LoadedPolicy& loaded, const Engine& engine, const ExportOptions& options,
                 PurviewExport* out);

  const LoadedPolicy& loaded() const { return loaded_; }
  const config::Policy& policy() const { return loaded_.policy; }
  const DataSets& data() const { return loaded_.data; }
  const Engine& engine() const { return engine_; }
  const ExportOptions& options() const { return options_; }
  const std::string& organisation() const { return org_; }
  PurviewExport& out() { return *out_; }
  const Lexicons& lexicons() const { return lexicons_; }

  // ---- Processors -----------------------------------------------------------

  // Registers a generated regex; a Purview rule violation is an internal
  // error (a bug in the mapper that generated it).
  void AddRegex(const std::string& id, const std::string& expr, const std::string& validators);
  // Registers a regex from the policy; false (with a warning naming
  // `origin`) when Purview would reject it.
  bool AddPolicyRegex(const std::string& id, const std::string& expr, const std::string& origin);
  bool HasRegex(const std::string& id) const { return regexes_.count(id) > 0; }

  // Registers keyword list `id` (groups without terms are left out; a list
  // without terms is not registered).
  void AddKeyword(const std::string& id, std::vector<KeywordGroup> groups);
  bool HasKeyword(const std::string& id) const { return keywords_.count(id) > 0; }
  // Terms of keyword list `id` (0 for a dictionary or nothing).
  size_t KeywordTermCount(const std::string& id) const;

  // Registers a keyword dictionary under `key`; terms in priority order (the
  // budget cuts at the end). Returns the placeholder GUID patterns refer to.
  std::string AddDictionary(const std::string& key, const std::string& name,
                            const std::string& description, std::vector<std::string> terms);
  bool HasDictionary(const std::string& id) const { return dictionaries_.count(id) > 0; }

  void AddValidatorSet(ValidatorSet v);

  // Keyword terms normalised (single spaces, unique after case folding,
  // sorted); those Purview cannot take are dropped with a warning naming
  // `what`. `allow_long`: keep terms over 50 characters.
  std::vector<std::string> CleanTerms(const std::vector<std::string>& raw, const std::string& what,
                                      bool allow_long);

  // Ids of processors one mapper offers others as evidence, by name:
  // "cpr" (the CPR regexes), "email", "phone", "street", "first_names",
  // "surnames" ... Provide() replaces; Provided() is empty when none.
  void Provide(const std::string& what, std::vector<std::string> ids) { provided_[what] = std::move(ids); }
  const std::vector<std::string>& Provided(const std::string& what) const;

  // ---- Warnings --------------------------------------------------------------

  void Warn(const std::string& w);
  // One warning for all `dropped` items of `what`, naming up to three.
  void WarnDropped(const std::string& what, const std::vector<std::string>& dropped,
                   const std::string& why);
  void InternalError(const std::string& e) { internal_errors_.push_back(e); }
  const std::vector<std::string>& internal_errors() const { return internal_errors_; }

  // ---- What the assembly steps read -------------------------------------------

  std::map<std::string, Regex> regexes_;
  std::map<std::string, Keyword> keywords_;
  std::map<std::string, ValidatorSet> validator_sets_;
  std::map<std::string, Dictionary> dictionaries_;  // by placeholder GUID
  std::vector<std::string> dictionary_order_;       // placeholders, in order added
  std::vector<Entity> entities_;

 private:
  const LoadedPolicy& loaded_;
  const Engine& engine_;
  const ExportOptions& options_;
  PurviewExport* out_;
  std::string org_;
  Lexicons lexicons_;
  std::map<std::string, std::vector<std::string>> provided_;
  std::vector<std::string> internal_errors_;
};

// Small text helpers shared by the mappers.
std::string Fold(std::string_view s);             // the engine's case folding
std::string CollapseSpaces(std::string_view s);   // trimmed, single spaces
std::string EscapeRegexLiteral(std::string_view s);  // outside a character class
std::string CatId(Category c);

}  // namespace privacy_guard::exporter::purview

#endif  // PRIVACY_GUARD_EXPORT_PURVIEW_BUILDER_H_
