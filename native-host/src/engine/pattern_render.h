// Renders the detectors' rule definitions (privacy_guard/rules/) as
// Hyperscan regexes over the engine's normalised text, where every white
// space is ' ' and every dash '-' (see normalize.h). The Purview exporter
// renders the same definitions for raw text (src/export/).
#ifndef PRIVACY_GUARD_ENGINE_PATTERN_RENDER_H_
#define PRIVACY_GUARD_ENGINE_PATTERN_RENDER_H_

#include <string>
#include <string_view>

#include "privacy_guard/rules/forms.h"

namespace privacy_guard {

// The regex for `form`: digits as [0-9] classes (their meaning is checked
// in code), words as alternatives of their spellings (compile it with
// HS_FLAG_CASELESS when the form has words), separators as written in the
// normalised text. E.g. the compact
// CPR form -> "[0-9]{2}[0-9]{2}[0-9]{2}(?: {1,2}| {0,2}[-/.] {0,2})?[0-9]{4}".
std::string HyperscanRegex(const rules::NumberForm& form);

// The regex for one separator ("" when the groups must touch).
std::string HyperscanSeparator(const rules::Separator& sep);

// `s` with Hyperscan/PCRE metacharacters escaped.
std::string EscapeRegex(std::string_view s);

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_PATTERN_RENDER_H_
