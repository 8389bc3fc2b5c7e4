// Renders the detectors' rule definitions (privacy_guard/rules/) as Purview
// regexes over RAW text. The engine matches a normalised copy (white space
// is ' ', every dash '-', zero-width characters and soft hyphens removed);
// Purview sees what the employee pasted, so the rendering widens each
// separator accordingly:
//   white space      -> \s (a line break may be CR LF: two)
//   '-'              -> any dash (hyphen, non-breaking hyphen, en/em dash,
//                       full-width hyphen ...)
//   around a mark, and in place of an optional separator, one invisible
//   character (soft hyphen, zero-width space/joiners, word joiner, BOM)
// Every alternative is spelled out, because Purview refuses quantifiers
// inside groups (purview_regex_rules.h).
#ifndef PRIVACY_GUARD_EXPORT_PURVIEW_RENDER_H_
#define PRIVACY_GUARD_EXPORT_PURVIEW_RENDER_H_

#include <string>

#include "privacy_guard/rules/forms.h"

namespace privacy_guard::exporter::purview {

struct RenderOptions {
  // Full-width digits (０-９, from PDF forms and OCR) instead of ASCII ones;
  // day and month ranges are then checked by the regex itself.
  bool full_width = false;
};

// The regex of `form`, without word boundaries. Digit groups with a role
// (day, month) carry their range in the regex; words match any case only
// if the caller puts "(?i)" in front.
std::string PurviewRegex(const rules::NumberForm& form, const RenderOptions& options = {});

// The separator `sep` as one group of alternatives: "(?:...)" or, when the
// groups may touch, "(?:...)?"; "" when there is nothing between them.
std::string PurviewSeparator(const rules::Separator& sep, const RenderOptions& options = {});

// Default-ignorable characters the engine removes before matching.
extern const char kInvisibleClass[];

}  // namespace privacy_guard::exporter::purview

#endif  // PRIVACY_GUARD_EXPORT_PURVIEW_RENDER_H_
