#include "engine/policy_rules.h"

#include "privacy_guard/policy.pb.h"

namespace privacy_guard {
namespace {

Action FromProto(config::Action a, Action fallback) {
  switch (a) {
    case config::OFF: return Action::kOff;
    case config::AUDIT: return Action::kAudit;
    case config::WARN: return Action::kWarn;
    case config::BLOCK: return Action::kBlock;
    default: return fallback;
  }
}

Confidence FromProto(config::Confidence c, Confidence fallback) {
  switch (c) {
    case config::LOW: return Confidence::kLow;
    case config::MEDIUM: return Confidence::kMedium;
    case config::HIGH: return Confidence::kHigh;
    default: return fallback;
  }
}

}  // namespace

const config::CategoryRule* PolicyCategoryRule(const config::Policy& policy, Category c) {
  const google::protobuf::Descriptor* desc = config::Categories::descriptor();
  const google::protobuf::Reflection* refl = config::Categories::GetReflection();
  const google::protobuf::FieldDescriptor* f = desc->FindFieldByName(std::string(CategoryId(c)));
  if (!f || !refl->HasField(policy.categories(), f)) return nullptr;
  return &static_cast<const config::CategoryRule&>(refl->GetMessage(policy.categories(), f));
}

EffectiveRules BuildEffectiveRules(const config::Policy& policy) {
  EffectiveRules out;
  for (CategoryRuleView& r : out.rules) r.action = Action::kOff;
  for (const DetectorInfo& info : RegisteredDetectors()) {
    const size_t ci = static_cast<size_t>(info.category);
    out.defaults[ci] = info.defaults;
    CategoryRuleView& r = out.rules[ci];
    r.action = info.defaults.action;
    r.min_confidence = info.defaults.min_confidence;
    r.label = info.defaults.label;
    r.why = info.defaults.why;
    r.placeholder = info.defaults.placeholder;
    if (const config::CategoryRule* rule = PolicyCategoryRule(policy, info.category)) {
      r.action = FromProto(rule->action(), r.action);
      r.min_confidence = FromProto(rule->min_confidence(), r.min_confidence);
      if (!rule->label().da().empty()) r.label.da = rule->label().da();
      if (!rule->label().en().empty()) r.label.en = rule->label().en();
      if (!rule->why().da().empty()) r.why.da = rule->why().da();
      if (!rule->why().en().empty()) r.why.en = rule->why().en();
    }
  }
  return out;
}

}  // namespace privacy_guard
