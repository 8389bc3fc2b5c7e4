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

// An XML element as libxml2 parsed it: its namespace URI and local name,
// its attributes (none may be in a namespace), its child elements, and the
// character data directly inside it (entities and character references
// resolved; comments dropped).
struct XmlNode {
  std::string ns;    // namespace URI ("" = none)
  std::string name;  // local name
  std::vector<std::pair<std::string, std::string>> attrs;
  std::vector<XmlNode> children;
  std::string text;

  // The attribute's value, or `fallback` when absent.
  std::string Attr(const std::string& key, const std::string& fallback = "") const;
  bool Has(const std::string& key) const;
};

// A parsed document: its root and the encoding its declaration names.
struct XmlDocument {
  XmlNode root;
  std::string declared_encoding;  // as written, e.g. "utf-16"
};

// Parses the document `bytes` with libxml2, which detects and decodes the
// encoding itself (a UTF-16 file by its byte-order mark) and resolves
// namespaces. Throws std::runtime_error naming `name`, the line and
// libxml2's message when the document is not well-formed, or if it has a
// DTD or entity references (the exporter writes neither).
XmlDocument ParseXml(const std::string& bytes, const std::string& name = "document");

// Decodes a UTF-16LE file with BOM (a keyword dictionary) to UTF-8 with
// iconv; throws if the BOM is missing or the UTF-16 is invalid (a lone
// surrogate, an odd byte count).
std::string Utf16LeToUtf8(const std::string& bytes);

// The namespace of Microsoft's rule package schema.
inline constexpr char kRulePackageNamespace[] = "http://schemas.microsoft.com/office/2011/mce";

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
  // From RulePack: Version (major, minor, build, revision) and the
  // Description of each LocalizedDetails by langcode.
  std::vector<int> version;
  std::map<std::string, std::string> descriptions;
  std::vector<PackEntity> entities;
  std::map<std::string, PackRegex> regexes;
  std::map<std::string, std::vector<PackValidator>> validator_sets;
  std::map<std::string, std::vector<PackKeywordGroup>> keywords;  // incl. dictionaries (word style)
  std::map<std::string, std::string> dictionary_files;            // placeholder -> file
};

// Loads the export in `dir`. Throws std::runtime_error naming the file on
// any problem (missing file, bad XML, an element outside the rule-package
// namespace, a package that is not UTF-16LE with a BOM and an encoding
// declaration saying so, an idRef nothing defines).
Pack LoadPack(const std::string& dir);

// Reads a whole file; throws when it cannot.
std::string ReadAll(const std::string& path);

}  // namespace pgtest

#endif  // PRIVACY_GUARD_TESTS_PURVIEW_PURVIEW_PACK_H_
