// The detector interface: one category, one source file in src/detectors/.
//
// A detector contributes Hyperscan patterns to the engine's shared database
// (validated in OnMatch), and/or walks the word tokens of the text in Scan().
// It reports Candidates in NORMALISED byte offsets; the engine maps them to
// the original text, applies the policy (allowlists, minimum confidence,
// action), resolves overlaps and builds the decision.
//
// To add a category: add it to Category (types.h) and to the policy schema
// (config.Categories), write src/detectors/<id>_detector.cc ending in
// PG_REGISTER_DETECTOR, and add its tests. Nothing else changes.
#ifndef PRIVACY_GUARD_ENGINE_DETECTOR_H_
#define PRIVACY_GUARD_ENGINE_DETECTOR_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "engine/keywords.h"
#include "engine/normalize.h"
#include "engine/tokens.h"
#include "privacy_guard/engine.h"
#include "privacy_guard/rules/forms.h"
#include "privacy_guard/types.h"

namespace privacy_guard {

// A regex for the engine's Hyperscan databases (engine/pattern_scan.h).
// OnMatch gets the leftmost start of each match end (HS_FLAG_SOM_LEFTMOST),
// and the pattern is compiled with `flags` too (e.g. HS_FLAG_CASELESS |
// HS_FLAG_UTF8).
struct Pattern {
  std::string expression;
  unsigned flags = 0;
  int tag = 0;  // passed back to OnMatch
  // The policy field or data entry it comes from, named in the error when
  // the expression does not compile: "business_terms.regex[2]",
  // "term_files[7]". Empty for a detector's own patterns.
  std::string field;
  // True if every match contains an ASCII digit: the engine then runs the
  // pattern only near digits, which makes digit-free text almost free (if
  // its matches are at most 256 bytes wide; a wider or unbounded pattern
  // runs over the whole text).
  bool has_digit = false;
};

// A finding before policy is applied, in normalised byte offsets.
struct Candidate {
  Category category;
  size_t start = 0, end = 0;
  Confidence confidence = Confidence::kMedium;
};

// How far around a piece of a large text a phase-1 detector sees the
// phase-0 candidates (ScanContext::earlier()).
inline constexpr size_t kEarlierReachBytes = 64 * 1024;

// What a detector sees while scanning one text. Read-only; valid during the
// scan only.
class ScanContext {
 public:
  // `keywords` (may be null) answers KeywordBefore/After for the lists it
  // holds; other lists are searched in the window.
  ScanContext(const NormalizedText& norm, const Tokens& tokens,
              const std::vector<Candidate>& earlier, const KeywordIndex* keywords = nullptr)
      : norm_(norm), tokens_(tokens), earlier_(earlier), keywords_(keywords) {}

  // The normalised text (see normalize.h).
  std::string_view text() const { return norm_.text(); }
  // Word tokens of the normalised text (see tokens.h).
  const Tokens& tokens() const { return tokens_; }
  // True if the original text had a line break inside normalised [from, to).
  bool LineBreakBetween(size_t from, size_t to) const { return norm_.LineBreakBetween(from, to); }
  // The original line around normalised offset `pos`, as normalised offsets
  // [*start, *end).
  void LineBounds(size_t pos, size_t* start, size_t* end) const { norm_.LineBounds(pos, start, end); }
  // True if the original text had a tab inside normalised [from, to): a
  // pasted table's cell boundary.
  bool TabBetween(size_t from, size_t to) const { return norm_.TabBetween(from, to); }
  // True if normalised [from, to) holds a paragraph break (a blank line).
  // Large texts are scanned in pieces cut at paragraph breaks, so no finding
  // may span one.
  bool ParagraphBreakBetween(size_t from, size_t to) const {
    return norm_.ParagraphBreak(from, to) != std::string::npos;
  }
  // For phase-1 detectors: the candidates of all phase-0 detectors (after
  // policy and overlaps), sorted by start. A text scanned in one piece sees
  // all of them; a piece of a large text sees those that start from
  // kEarlierReachBytes (plus the longest candidate's length) before the
  // piece to as far after it, so a detector that looks no further than that
  // from what it scans decides as on the whole text.
  const std::vector<Candidate>& earlier() const { return earlier_; }

  // True if one of `keywords` (lower case, whole words; a keyword may end
  // in '.' or contain spaces/hyphens) occurs in the `window` bytes before
  // `pos`. Case-insensitive. A list the detector declared in
  // keyword_lists() is answered from one Hyperscan pass over the text (made
  // at the first call); the window's edges count as word boundaries either
  // way. Not thread-safe: a ScanContext serves one thread.
  bool KeywordBefore(size_t pos, size_t window,
                     const std::vector<std::string>& keywords) const;
  // Same, in the `window` bytes after `end`.
  bool KeywordAfter(size_t end, size_t window,
                    const std::vector<std::string>& keywords) const;

  // True if one of `keywords` is a whole word of the header above `pos`:
  //  - in a pasted table (cells split by ';', '|' or tabs; every row of the
  //    block has the separator), the first row's cell in pos's column
  //    ("Navn;CVR;Bank" above "Brødrene Madsen ApS;13800073;9255-...");
  //  - for a line that is a bare list item (at most kListItemBytes), the
  //    line ending in ':' right above the list, over one blank line at most
  //    ("Sort these order numbers by date:\n\n2302266814\n0610261191").
  // False on the header row itself, and beyond kHeaderRows rows. Cached
  // per block, so a long table costs one walk.
  bool HeaderHas(size_t pos, const std::vector<std::string>& keywords) const;
  static constexpr size_t kHeaderRows = 200;
  static constexpr size_t kListItemBytes = 40;

 private:
  // Whether a keyword of `keywords` is a whole word of [from, to).
  bool KeywordIn(size_t from, size_t to, const std::vector<std::string>& keywords) const;

  // The header of pos (see HeaderHas) as normalised [*start, *end).
  bool Header(size_t pos, size_t* start, size_t* end) const;

  const NormalizedText& norm_;
  const Tokens& tokens_;
  const std::vector<Candidate>& earlier_;
  const KeywordIndex* keywords_;
  // The keyword hits of the text, made at the first keyword question.
  mutable bool hits_ready_ = false;
  mutable bool hits_ok_ = false;
  mutable std::vector<KeywordHit> hits_;
  // The last block Header() walked: the rows whose line starts lie in
  // [block_top_, block_bottom_] share the header [header_start_,
  // header_end_) (none when header_start_ == SIZE_MAX); separator
  // `block_sep_` (0: a list).
  mutable size_t block_top_ = SIZE_MAX, block_bottom_ = SIZE_MAX;
  mutable size_t header_start_ = SIZE_MAX, header_end_ = SIZE_MAX;
  mutable char block_sep_ = 0;
};

// Built-in defaults of a category; the policy may override each of them.
struct CategoryDefaults {
  Action action = Action::kWarn;
  Confidence min_confidence = Confidence::kMedium;
  LocalizedString label;
  LocalizedString why;
  std::string placeholder;  // without brackets, e.g. "CPR-NUMMER"
  // True: equal values get numbered placeholders ("[NAVN 1]", "[NAVN 2]").
  bool numbered_placeholder = false;
};

class Detector {
 public:
  virtual ~Detector() = default;

  virtual Category category() const = 0;

  // Patterns for the shared Hyperscan database. Called once at engine build.
  virtual std::vector<Pattern> patterns() const { return {}; }

  // The keyword lists this detector asks ScanContext::KeywordBefore/After
  // about: the engine finds them all in one pass. Called once at engine
  // build; the lists must live as long as the detector.
  virtual std::vector<const std::vector<std::string>*> keyword_lists() const { return {}; }

  // Called for every match of one of this detector's patterns, in order of
  // match end. [from, to) are normalised byte offsets. Append candidates to
  // *out; the same span may be reported several times (the engine keeps one).
  virtual void OnMatch(const ScanContext& ctx, int tag, size_t from, size_t to,
                       std::vector<Candidate>* out) const {}

  // Called once per text after all pattern matches were delivered.
  virtual void Scan(const ScanContext& ctx, std::vector<Candidate>* out) const {}

  // True if Scan() reads ctx.tokens(); the engine tokenises only then.
  virtual bool uses_tokens() const { return false; }

  // 0: runs on the text alone. 1: runs after every phase-0 detector and sees
  // their candidates in ctx.earlier() (e.g. health needs an identified person).
  virtual int phase() const { return 0; }

  // A preview of `value` (the NORMALISED matched text, so full-width digits
  // are already ASCII) that is safe to show: it must never reproduce the
  // whole value. E.g. "120385-XXXX".
  virtual std::string Mask(std::string_view value) const = 0;
};

// Everything a detector factory may use. `error` is set (and nullptr
// returned) when the policy's data for this detector is unusable.
struct DetectorInit {
  const config::Policy& policy;
  const DataSets& data;
  std::string* error;
  int today = 0;  // YYYYMMDD (UTC), for date rules
};

using DetectorFactory = std::unique_ptr<Detector> (*)(const DetectorInit&);

struct DetectorInfo {
  Category category;
  CategoryDefaults defaults;
  DetectorFactory factory;
};

// All registered detectors, ordered by category. Built once, on the first
// call (after static initialisation); safe from any thread.
const std::vector<DetectorInfo>& RegisteredDetectors();

struct DetectorRegistration {
  DetectorRegistration(Category c, CategoryDefaults defaults, DetectorFactory f);
};

// The factory of a detector class D: D(init) if D takes the DetectorInit,
// else D(init.data) if it takes the data sets, else D().
template <class D>
std::unique_ptr<Detector> MakeDetector(const DetectorInit& init) {
  if constexpr (std::is_constructible_v<D, const DetectorInit&>) {
    return std::make_unique<D>(init);
  } else if constexpr (std::is_constructible_v<D, const DataSets&>) {
    return std::make_unique<D>(init.data);
  } else {
    return std::make_unique<D>();
  }
}

// Registers a detector at static initialisation: its category, its
// defaults (a CategoryDefaults; write designated initializers in
// parentheses) and its factory (MakeDetector<D>, or a function).
#define PG_REGISTER_DETECTOR(category, defaults, factory) \
  PG_REGISTER_DETECTOR_AT(__COUNTER__, category, defaults, factory)
#define PG_REGISTER_DETECTOR_AT(n, category, defaults, factory) \
  PG_REGISTER_DETECTOR_NAMED(pg_detector_registration_##n, category, defaults, factory)
#define PG_REGISTER_DETECTOR_NAMED(name, category, defaults, factory) \
  static const ::privacy_guard::DetectorRegistration name(category, defaults, factory)

// --- Helpers shared by detectors -------------------------------------------

// Copies the ASCII digits of [from, to) of `s` into a string.
std::string DigitsOf(std::string_view s);
// One digit pattern per number form (HyperscanRegex), tagged with the
// form's index, so that OnMatch's tag names the form that matched.
std::vector<Pattern> FormPatterns(const std::vector<rules::NumberForm>& forms);
// Keeps only the first `keep` digits (and non-digits as they are), masking
// every other digit with 'X'. E.g. MaskDigits("120385-1235", 6) =
// "120385-XXXX".
std::string MaskDigitsAfter(std::string_view value, size_t keep);
// Masks all digits except the last `keep`.
std::string MaskDigitsBefore(std::string_view value, size_t keep);

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_DETECTOR_H_
