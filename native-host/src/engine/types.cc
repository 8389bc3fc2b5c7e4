#include "privacy_guard/types.h"

namespace privacy_guard {
namespace {
constexpr std::string_view kCategoryIds[kNumCategories] = {
    "cpr",  "cvr",           "email", "phone",   "iban",  "bank_account",
    "payment_card", "business_term", "name", "address", "health"};
}  // namespace

std::string_view CategoryId(Category c) {
  return kCategoryIds[static_cast<size_t>(c)];
}

bool ParseCategory(std::string_view id, Category* out) {
  for (size_t i = 0; i < kNumCategories; ++i) {
    if (kCategoryIds[i] == id) {
      *out = static_cast<Category>(i);
      return true;
    }
  }
  return false;
}

std::string_view ConfidenceName(Confidence c) {
  switch (c) {
    case Confidence::kLow: return "low";
    case Confidence::kMedium: return "medium";
    case Confidence::kHigh: return "high";
  }
  return "low";
}

std::string_view ActionName(Action a) {
  switch (a) {
    case Action::kOff: return "off";
    case Action::kAudit: return "audit";
    case Action::kWarn: return "warn";
    case Action::kBlock: return "block";
  }
  return "off";
}

std::string_view DecisionName(Decision d) {
  switch (d) {
    case Decision::kAllow: return "allow";
    case Decision::kWarn: return "warn";
    case Decision::kBlock: return "block";
  }
  return "allow";
}

}  // namespace privacy_guard
