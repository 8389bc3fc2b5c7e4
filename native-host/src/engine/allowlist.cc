#include "engine/allowlist.h"

#include "engine/normalize.h"
#include "engine/policy_rules.h"
#include "privacy_guard/policy.pb.h"

namespace privacy_guard {

std::string AllowKey(std::string_view normalised) {
  std::string folded;
  AppendFolded(normalised, &folded);
  std::string key;
  for (char c : folded) {
    if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')') continue;
    key.push_back(c);
  }
  return key;
}

bool Allowlist::Build(const config::Policy& policy, DatabaseCache* cache, EngineError* error) {
  PatternSet set;
  std::vector<std::string> fields;
  const unsigned flags = HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_SOM_LEFTMOST;
  for (const std::string& e : policy.allowlist().exact()) exact_[kNumCategories].insert(AllowKey(e));
  for (int i = 0; i < policy.allowlist().regex_size(); ++i) {
    set.Add(policy.allowlist().regex(i), flags, static_cast<unsigned>(set.size()));
    fields.push_back("allowlist.regex[" + std::to_string(i) + "]");
    regex_scope_.push_back(kNumCategories);
  }
  for (size_t ci = 0; ci < kNumCategories; ++ci) {
    const Category c = static_cast<Category>(ci);
    const config::CategoryRule* rule = PolicyCategoryRule(policy, c);
    if (!rule) continue;
    for (const std::string& e : rule->allowlist().exact()) exact_[ci].insert(AllowKey(e));
    for (int j = 0; j < rule->allowlist().regex_size(); ++j) {
      set.Add(rule->allowlist().regex(j), flags, static_cast<unsigned>(set.size()));
      fields.push_back("categories." + std::string(CategoryId(c)) + ".allowlist.regex[" +
                       std::to_string(j) + "]");
      regex_scope_.push_back(ci);
    }
  }
  if (set.size() == 0) return true;
  int bad = -1;
  std::string message;
  db_ = CompilePatternSet(set, cache, &bad, &message);
  if (db_) return true;
  error->code = EngineError::Code::kBadRegex;
  if (bad >= 0) {
    error->field = fields[static_cast<size_t>(bad)];
    error->message = "'" + set.expressions[static_cast<size_t>(bad)] + "': " + message;
  } else {
    error->field = "allowlist";
    error->message = message;
  }
  return false;
}

bool Allowlist::Allowed(Category c, std::string_view value, const ScratchPool& pool) const {
  const size_t ci = static_cast<size_t>(c);
  if (exact_[ci].empty() && exact_[kNumCategories].empty() && !db_) return false;
  std::string key = AllowKey(value);
  if (exact_[ci].count(key) || exact_[kNumCategories].count(key)) return true;
  if (!db_) return false;
  // Regexes see the case-folded value with its separators, and must match
  // all of it.
  key.clear();
  AppendFolded(value, &key);
  struct Ctx {
    const Allowlist* list;
    size_t ci;
    size_t len;
    bool hit = false;
  } ctx{this, ci, key.size()};
  HsScratch s = pool.Acquire();
  hs_scan(
      db_.get(), key.data(), static_cast<unsigned>(key.size()), 0, s.get(),
      [](unsigned id, unsigned long long from, unsigned long long to, unsigned, void* p) -> int {
        auto* x = static_cast<Ctx*>(p);
        const size_t scope = x->list->regex_scope_[id];
        if ((scope == x->ci || scope == kNumCategories) && from == 0 && to == x->len) {
          x->hit = true;
          return 1;
        }
        return 0;
      },
      &ctx);
  pool.Release(std::move(s));
  return ctx.hit;
}

}  // namespace privacy_guard
