// Text helpers the engine's matching depends on, for code that prepares
// data the engine compares with (policy loading, the Purview exporter).
#ifndef PRIVACY_GUARD_TEXT_H_
#define PRIVACY_GUARD_TEXT_H_

#include <string>
#include <string_view>

namespace privacy_guard {

// `utf8` case-folded exactly as the engine folds words and keywords before
// comparing them (ICU full case folding; "ØSTERGAARD" -> "østergaard").
// `utf8` must be valid UTF-8.
std::string FoldCase(std::string_view utf8);

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_TEXT_H_
