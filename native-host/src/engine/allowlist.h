// The policy's allowlists: values (exact, or whole-value regexes) that are
// never findings, globally or per category.
#ifndef PRIVACY_GUARD_ENGINE_ALLOWLIST_H_
#define PRIVACY_GUARD_ENGINE_ALLOWLIST_H_

#include <array>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "engine/pattern_db.h"
#include "privacy_guard/engine.h"
#include "privacy_guard/types.h"

namespace privacy_guard {

namespace config {
class Policy;
}

// The comparison key of a value: case-folded, without white space and the
// separators people put inside numbers (" -./()"), from the NORMALISED
// text. "29 18 98 38" and "29189838" have the same key.
std::string AllowKey(std::string_view normalised);

class Allowlist {
 public:
  // Reads the policy's global and per-category allowlists. False with
  // *error (kBadRegex, the field) when a regex does not compile.
  bool Build(const config::Policy& policy, DatabaseCache* cache, EngineError* error);
  // Lets `pool` serve this list's regex database.
  bool PrepareScratch(ScratchPool* pool) const { return pool->Prepare(db_.get()); }

  // True if the normalised `value` found in category `c` is allowed.
  bool Allowed(Category c, std::string_view value, const ScratchPool& pool) const;

 private:
  // Exact keys per category; index kNumCategories = every category.
  std::array<std::unordered_set<std::string>, kNumCategories + 1> exact_;
  HsDatabase db_;
  std::vector<size_t> regex_scope_;  // regex id -> category index (kNumCategories = all)
};

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_ALLOWLIST_H_
