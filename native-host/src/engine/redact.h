// Redaction: findings replaced by readable placeholders ("[NAVN 1]").
#ifndef PRIVACY_GUARD_ENGINE_REDACT_H_
#define PRIVACY_GUARD_ENGINE_REDACT_H_

#include <array>
#include <string_view>

#include "engine/detector.h"
#include "privacy_guard/types.h"

namespace privacy_guard {

// `utf8` with every warn/block finding of `result` (a scan of the same
// text) replaced by "[" + placeholder + "]", numbered per category
// ("[NAVN 1]", "[NAVN 2]") when the category's defaults ask for it or the
// text holds more than one distinct value of it. Equal values (by
// AllowKey) get the same number. AUDIT findings stay.
RedactResult RedactText(std::string_view utf8, const ScanResult& result,
                        const std::array<CategoryRuleView, kNumCategories>& rules,
                        const std::array<CategoryDefaults, kNumCategories>& defaults);

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_REDACT_H_
