// In-memory model of a Purview rule package (MS-OXWCONFIG 7.8 plus the
// Validators extension Purview documents). The mapping (purview_mapping.h)
// fills it from a policy; the writer (purview_xml.h) serialises it. Plain
// data, no behaviour.
#ifndef PRIVACY_GUARD_EXPORT_PURVIEW_MODEL_H_
#define PRIVACY_GUARD_EXPORT_PURVIEW_MODEL_H_

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "privacy_guard/types.h"

namespace privacy_guard::exporter::purview {

// Corroborative evidence inside a Pattern: a <Match> or an <Any> group.
struct Evidence {
  enum class Kind { kMatch, kAny };
  Kind kind = Kind::kMatch;
  std::string id_ref;  // kMatch: Regex, Keyword or dictionary id
  int min_count = 0;   // kMatch: 0 = attribute omitted (Purview default 1)
  int min_matches = 1;   // kAny
  int max_matches = -1;  // kAny: -1 = attribute omitted
  std::vector<Evidence> children;  // kAny

  static Evidence Match(std::string id, int min_count = 0) {
    Evidence e;
    e.id_ref = std::move(id);
    e.min_count = min_count;
    return e;
  }
  static Evidence AnyOf(std::vector<Evidence> children, int min_matches = 1, int max_matches = -1) {
    Evidence e;
    e.kind = Kind::kAny;
    e.children = std::move(children);
    e.min_matches = min_matches;
    e.max_matches = max_matches;
    return e;
  }
  // <Any minMatches="0" maxMatches="0">: none of `ids` may occur.
  static Evidence NoneOf(const std::vector<std::string>& ids) {
    std::vector<Evidence> c;
    for (const std::string& id : ids) c.push_back(Match(id));
    return AnyOf(std::move(c), 0, 0);
  }
};

struct Pattern {
  int confidence = 0;  // 1..100, unique within the entity
  std::string id_match;
  std::vector<Evidence> evidence;
  std::string comment;  // written as an XML comment before the pattern
};

struct Entity {
  Category category = Category::kCpr;
  std::string id;  // GUID
  std::string proximity;  // patternsProximity: a number or "unlimited"
  int recommended_confidence = 75;
  std::vector<Pattern> patterns;
  LocalizedString name, description;
};

struct Regex {
  std::string id;
  std::string expression;
  std::string validators;  // id of a ValidatorSet or a built-in Func_*; may be empty
};

// <Validator type="Checksum|DateSimple"> with its <Param>s, in order.
struct Validator {
  std::string type;
  std::vector<std::pair<std::string, std::string>> params;
};

// <Validators id="..."> holding one or more validators (all must pass).
struct ValidatorSet {
  std::string id;
  std::vector<Validator> validators;
};

struct KeywordGroup {
  std::string match_style = "word";  // "word" or "string"
  std::vector<std::string> terms;
  bool case_sensitive = false;  // every term gets caseSensitive="true"
};

struct Keyword {
  std::string id;
  std::vector<KeywordGroup> groups;
};

// A keyword dictionary: uploaded separately (New-DlpKeywordDictionary); the
// package refers to it by a placeholder GUID that IMPORT.md's script
// replaces with the dictionary's real Identity.
struct Dictionary {
  std::string name;         // dictionary name in the tenant, e.g. "privacy-guard first names"
  std::string file_name;    // e.g. "pg-first-names.txt" (in dictionaries/)
  std::string placeholder;  // GUID written as idRef in the package
  std::string description;
  std::vector<std::string> terms;
};

struct RulePackage {
  std::string id;            // RulePack GUID
  std::string publisher_id;  // Publisher GUID
  std::array<unsigned, 4> version{};  // major, minor, build, revision
  std::string name;           // <= 64 characters
  std::string publisher_name;
  std::string description;    // <= 256 characters
  std::vector<Entity> entities;
  std::vector<ValidatorSet> validator_sets;
  std::vector<Regex> regexes;
  std::vector<Keyword> keywords;
};

}  // namespace privacy_guard::exporter::purview

#endif  // PRIVACY_GUARD_EXPORT_PURVIEW_MODEL_H_
