// Value types shared by the engine, its detectors and the front ends.
#ifndef PRIVACY_GUARD_TYPES_H_
#define PRIVACY_GUARD_TYPES_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace privacy_guard {

// Category ids are stable: they appear in the CLI output, the protocol, the
// audit log and the policy schema (field names of config.Categories).
enum class Category : uint8_t {
  kCpr = 0,
  kCvr,
  kEmail,
  kPhone,
  kIban,
  kBankAccount,
  kPaymentCard,
  kBusinessTerm,
  kName,
  kAddress,
  kHealth,
};
inline constexpr size_t kNumCategories = 11;

// "cpr", "cvr", "email", "phone", "iban", "bank_account", "payment_card",
// "business_term", "name", "address", "health".
std::string_view CategoryId(Category c);
// Inverse of CategoryId; returns false for an unknown id.
bool ParseCategory(std::string_view id, Category* out);

enum class Confidence : uint8_t { kLow = 1, kMedium = 2, kHigh = 3 };
std::string_view ConfidenceName(Confidence c);  // "low", "medium", "high"

enum class Action : uint8_t { kOff = 0, kAudit = 1, kWarn = 2, kBlock = 3 };
std::string_view ActionName(Action a);  // "off", "audit", "warn", "block"

enum class Decision : uint8_t { kAllow = 0, kWarn = 1, kBlock = 2 };
std::string_view DecisionName(Decision d);  // "allow", "warn", "block"

struct Finding {
  Category category;
  Confidence confidence;
  Action action;
  // Half-open span in the ORIGINAL text, in UTF-16 code units (JavaScript
  // string indices) and in UTF-8 bytes.
  uint32_t start = 0, end = 0;
  size_t byte_start = 0, byte_end = 0;
  // A masked preview that is safe to show and log-free by design, e.g.
  // "120385-XXXX", "H. E. Ø.", "j***@example.dk". Never the whole value.
  std::string masked;
};

struct ScanResult {
  bool ok = true;
  std::string error;  // set when !ok (e.g. invalid UTF-8 at byte N)
  Decision decision = Decision::kAllow;
  std::vector<Finding> findings;  // sorted by start
  // Number of findings per category (index = Category), including AUDIT.
  std::array<uint32_t, kNumCategories> counts{};
};

struct Replacement {
  Category category;
  uint32_t start = 0, end = 0;   // UTF-16 span in the original text
  std::string placeholder;       // e.g. "[NAVN 1]"
};

struct RedactResult {
  std::string text;  // the redacted text (UTF-8)
  std::vector<Replacement> replacements;  // sorted by start
};

struct LocalizedString {
  std::string da;
  std::string en;
};

// The effective rule of a category after policy defaults were applied.
struct CategoryRuleView {
  Action action = Action::kWarn;
  Confidence min_confidence = Confidence::kMedium;
  LocalizedString label;  // e.g. {"CPR-nummer", "CPR number"}
  LocalizedString why;    // one sentence on why it matters
  std::string placeholder;  // e.g. "CPR-NUMMER"
};

struct DataStats {
  size_t first_names = 0, surnames = 0, street_names = 0, postcodes = 0,
         health_terms = 0, dictionary = 0, places = 0, business_terms = 0,
         business_regexes = 0;
};

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_TYPES_H_
