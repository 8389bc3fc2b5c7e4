// Test support: runs an exported Purview pack over a text the way Purview
// documents it (see PURVIEW.md, "Emulation in the tests"):
//   - regexes with PCRE2 (UTF + UCP), non-overlapping matches left to right,
//     then the regex's validators (DateSimple, Checksum, Func_credit_card,
//     Func_iban) on the digits of the match;
//   - keyword terms case-insensitive; "word" terms on word boundaries (a
//     space in a term matches any run of white space), "string" terms
//     anywhere; dictionaries as "word" terms;
//   - a pattern matches at an IdMatch occurrence when its Match/Any evidence
//     holds within patternsProximity characters on either side (evidence
//     may overlap the IdMatch);
//   - a type is reported at the highest matching pattern's confidence, when
//     that reaches the type's recommendedConfidence (the DLP rule's level).
#ifndef PRIVACY_GUARD_TESTS_PURVIEW_PURVIEW_EMULATOR_H_
#define PRIVACY_GUARD_TESTS_PURVIEW_PURVIEW_EMULATOR_H_

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "purview_pack.h"

namespace pgtest {

// A PCRE2 regex compiled with UTF | UCP (the closest to Boost's Unicode
// matching that Purview uses).
class Pcre2Regex {
 public:
  // Throws std::runtime_error with PCRE2's message when `pattern` does not
  // compile.
  explicit Pcre2Regex(const std::string& pattern);
  ~Pcre2Regex();
  Pcre2Regex(const Pcre2Regex&) = delete;
  Pcre2Regex& operator=(const Pcre2Regex&) = delete;

  // Non-overlapping matches in `text`, left to right, as byte spans.
  std::vector<std::pair<size_t, size_t>> FindAll(const std::string& text) const;

 private:
  void* code_;  // pcre2_code_8*
};

// Checks the documented validators on the matched text `m` (ASCII digits
// or, for Func_iban, letters and digits). Unknown types throw.
bool ValidatorsPass(const Pack& pack, const std::string& validators, const std::string& m);

struct PackHit {
  std::string category;
  int confidence = 0;
  size_t start = 0, end = 0;  // UTF-8 byte offsets
};

class PackEmulator {
 public:
  // Compiles every regex of `pack` (throws on failure) and indexes its
  // keyword lists. `pack` must outlive the emulator.
  explicit PackEmulator(const Pack& pack);
  ~PackEmulator();

  // The hits the imported pack would produce on `text` (valid UTF-8): one
  // per entity and IdMatch span, at the highest pattern confidence that
  // holds, when it reaches the entity's recommended confidence.
  std::vector<PackHit> Scan(const std::string& text) const;

 private:
  struct Terms {
    std::unordered_set<std::string> words;  // folded, single spaces
    std::unordered_set<std::string> words_cs;  // case-sensitive, single spaces
    std::vector<std::string> strings;       // folded
  };
  struct Span {
    size_t start, end;    // bytes
    size_t cstart, cend;  // code points
  };
  struct Text;
  const std::vector<Span>& Occurrences(const std::string& id, const Text& t,
                                       std::map<std::string, std::vector<Span>>* cache) const;
  bool Holds(const PackEvidence& e, size_t lo, size_t hi, const Text& t,
             std::map<std::string, std::vector<Span>>* cache) const;

  const Pack& pack_;
  std::map<std::string, std::unique_ptr<Pcre2Regex>> regexes_;
  std::map<std::string, Terms> terms_;
  size_t max_term_tokens_ = 1;
};

}  // namespace pgtest

#endif  // PRIVACY_GUARD_TESTS_PURVIEW_PURVIEW_EMULATOR_H_
