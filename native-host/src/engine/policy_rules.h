// Policy -> the effective rule of every category: the registered
// detectors' built-in defaults, overridden field by field by the policy.
#ifndef PRIVACY_GUARD_ENGINE_POLICY_RULES_H_
#define PRIVACY_GUARD_ENGINE_POLICY_RULES_H_

#include <array>

#include "engine/detector.h"
#include "privacy_guard/types.h"

namespace privacy_guard {

namespace config {
class Policy;
class CategoryRule;
}  // namespace config

struct EffectiveRules {
  // A category without a registered detector stays OFF.
  std::array<CategoryRuleView, kNumCategories> rules;
  std::array<CategoryDefaults, kNumCategories> defaults;
};

EffectiveRules BuildEffectiveRules(const config::Policy& policy);

// The policy's rule message of category `c`, or null when the policy does
// not mention the category.
const config::CategoryRule* PolicyCategoryRule(const config::Policy& policy, Category c);

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_POLICY_RULES_H_
