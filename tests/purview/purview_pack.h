// Test support: reads an exported Purview folder back (the rule package
// XML, the keyword dictionaries and the mapping tables in IMPORT.md) so the
// tests check the files IT would import, not the exporter's in-memory model.
#ifndef PRIVACY_GUARD_TESTS_PURVIEW_PURVIEW_PACK_H_
#define PRIVACY_GUARD_TESTS_PURVIEW_PURVIEW_PACK_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace pgtest {

// A parsed XML element (the subset of XML the exporter writes: elements,
// attributes, text, comments, character references; no DTD, no CDATA).
struct XmlNode {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attrs;
  std::vector<XmlNode> children;
  std::string text;  // concatenated character data directly inside

  // The attribute's value, or `fallback` when absent.
  std::string Attr(const std::string& key, const std::string& fallback = "") const;
  bool Has(const std::string& key) const;
};

// Parses `utf8` (an XML document); throws std::runtime_error with the byte
// offset on malformed input.
XmlNode ParseXml(const std::string& utf8);

// Decodes a UTF-16LE file with BOM to UTF-8; throws if the BOM is missing.
std::string Utf16LeToUtf8(const std::string& bytes);

struct PackEvidence {
  bool any = false;
  std::string id_ref;  // Match
  int min_count = 1;
  int min_matches = 1, max_matches = -1;  // Any
  std::vector<PackEvidence> children;
};

struct PackPattern {
  int confidence = 0;
  std::string id_match;
  std::vector<PackEvidence> evidence;
};

struct PackEntity {
  std::string id;
  std::string category;  // from IMPORT.md's table
  long proximity = -1;   // -1 = unlimited
  int recommended = 75;
  std::vector<PackPattern> patterns;
};

struct PackValidator {
  std::string type;
  std::map<std::string, std::string> params;
};

struct PackRegex {
  std::string id, expression, validators;
};

struct PackKeywordGroup {
  std::string match_style;
  std::vector<std::string> terms;
  std::vector<std::string> case_sensitive_terms;  // caseSensitive="true"
};

// Everything an exported folder holds, as the tests need it.
struct Pack {
  std::vector<std::string> package_files;  // absolute paths
  std::vector<PackEntity> entities;
  std::map<std::string, PackRegex> regexes;
  std::map<std::string, std::vector<PackValidator>> validator_sets;
  std::map<std::string, std::vector<PackKeywordGroup>> keywords;  // incl. dictionaries (word style)
  std::map<std::string, std::string> dictionary_files;            // placeholder -> file
};

// Loads the export in `dir`. Throws std::runtime_error naming the file on
// any problem (missing file, bad XML, an idRef nothing defines).
Pack LoadPack(const std::string& dir);

// Reads a whole file; throws when it cannot.
std::string ReadAll(const std::string& path);

}  // namespace pgtest

#endif  // PRIVACY_GUARD_TESTS_PURVIEW_PURVIEW_PACK_H_
