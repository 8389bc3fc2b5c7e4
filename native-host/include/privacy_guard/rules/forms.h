// What the detectors match, as data.
//
// A detector's rule definition (rules/<category>.h) is written once, with
// the building blocks below, and read twice: the detector renders it as
// Hyperscan patterns over the engine's normalised text, and the Purview
// exporter renders it as Purview regexes over raw text (where white space,
// soft hyphens and zero-width characters are still there). Change a rule
// here and both follow; nothing is re-encoded by hand.
//
// Everything in this directory is read-only data and pure functions; no
// detector state, no I/O.
#ifndef PRIVACY_GUARD_RULES_FORMS_H_
#define PRIVACY_GUARD_RULES_FORMS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace privacy_guard::rules {

// How two neighbouring digit groups of a number may be separated.
//   {.optional = true}                          groups touch: "1203851234"
//   {.max_spaces = 1}                           exactly one space
//   {.optional = true, .max_spaces = 2, .marks = "-/.", .max_spaces_around = 2}
//       nothing, 1-2 white-space characters (a line break is one or two),
//       or one of - / . with up to two white-space characters either side.
// In the engine, white space is always ' ' and every dash is '-' (see the
// normaliser); the exporter widens both for raw text.
struct Separator {
  bool optional = false;        // the groups may touch
  int max_spaces = 0;           // white space alone: 1..max_spaces characters
  std::string marks;            // ASCII punctuation that may separate
  int max_spaces_around = 0;    // white space either side of a mark
};

// What a digit group means; lets a renderer that cannot validate in code
// (Purview) put the range into the regex.
enum class DigitRole { kAny, kDay, kMonth };

// One group of a form: a run of ASCII digits, or one of a few words.
struct Group {
  // Digits: min..max of them (when `words` is empty).
  int min = 1, max = 1;
  std::string first;            // character class body of the first digit
                                // ("1-9", "2-9"); empty = any digit
  DigitRole role = DigitRole::kAny;
  // Words: one of these (lower case, matched in any case). "[...]" marks an
  // optional part: "reg[.] nr[.]" is "reg nr", "reg. nr", "reg nr." and
  // "reg. nr." (see Expand()).
  std::vector<std::string> words;
  // The group and the separator before it may be left out.
  bool optional = false;
};

// min..max digits, the first from the class `first` ("" = any digit).
Group Digits(int min, int max, std::string first = "", DigitRole role = DigitRole::kAny);
// One of `words`; see Group::words.
Group Words(std::vector<std::string> words, bool optional = false);

// A number written as groups with separators between them, after an
// optional prefix ("+45"). `separators` has one entry per gap (groups - 1).
struct NumberForm {
  std::string name;                    // stable id: "compact", "spaced" ...
  std::vector<std::string> prefixes;   // literal alternatives; empty = none
  Separator after_prefix;              // between the prefix and the number
  std::vector<Group> groups;
  std::vector<Separator> separators;
};

// A form whose gaps all share one separator: `count` groups of `digits`.
NumberForm Grouped(std::string name, int count, int digits, Separator sep,
                   std::string first = "");

// Every spelling of `word` with its optional "[...]" parts left in or out,
// in a stable order (all parts in first). "kto[.]" -> {"kto.", "kto"}.
// Brackets do not nest.
std::vector<std::string> Expand(const std::string& word);

// Words that change a finding's confidence when they occur near it. The
// words are lower case and whole words; one may end in '.' or hold spaces.
struct ContextWords {
  const std::vector<std::string>* words = nullptr;
  size_t window = 0;  // bytes of normalised text before (or after) the match
};

}  // namespace privacy_guard::rules

#endif  // PRIVACY_GUARD_RULES_FORMS_H_
