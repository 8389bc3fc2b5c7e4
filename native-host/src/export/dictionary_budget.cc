// The dictionary budget and the reference check (see purview_assembly.h).
#include <algorithm>

#include "export/purview_assembly.h"
#include "export/purview_regex_rules.h"

namespace privacy_guard::exporter::purview {
namespace {

size_t Cost(const std::string& term) { return Utf16Length(term) + 1; }

// Shares the budget max-min fairly: small dictionaries are kept whole, the
// large ones cut at their least important end. Every cut is a warning; a
// dictionary left empty removes the patterns that need it.
}  // namespace

void ApplyDictionaryBudget(PackageBuilder& b) {
  std::vector<Dictionary*> ds;
  for (const std::string& id : b.dictionary_order_) ds.push_back(&b.dictionaries_[id]);
  std::stable_sort(ds.begin(), ds.end(), [](const Dictionary* x, const Dictionary* y) {
    size_t ca = 0, cb = 0;
    for (const std::string& t : x->terms) ca += Cost(t);
    for (const std::string& t : y->terms) cb += Cost(t);
    return ca < cb;
  });
  size_t remaining = b.options().dictionary_budget_chars;
  for (size_t i = 0; i < ds.size(); ++i) {
    const size_t share = remaining / (ds.size() - i);
    size_t used = 0, keep = 0;
    for (const std::string& t : ds[i]->terms) {
      if (used + Cost(t) > share) break;
      used += Cost(t);
      ++keep;
    }
    if (keep < ds[i]->terms.size()) {
      b.Warn("keyword dictionary '" + ds[i]->name + "' cut from " +
           std::to_string(ds[i]->terms.size()) + " to " + std::to_string(keep) +
           " terms to stay within the tenant's dictionary budget of " +
           std::to_string(b.options().dictionary_budget_chars) + " characters" +
           (ds[i]->file_name == "pg-street-names.txt" ? " (the list has no ranking: the cut "
                                                         "is by file order)"
                                                       : " (least frequent entries dropped)"));
      ds[i]->terms.resize(keep);
    }
    remaining -= used;
  }
  std::set<std::string> empty;
  for (auto& [id, d] : b.dictionaries_) {
    if (d.terms.empty()) empty.insert(id);
  }
  if (empty.empty()) return;
  for (const std::string& id : empty) {
    b.Warn("keyword dictionary '" + b.dictionaries_[id].name +
         "' is empty after the budget; the patterns that need it are dropped");
    b.dictionaries_.erase(id);
    b.dictionary_order_.erase(std::find(b.dictionary_order_.begin(), b.dictionary_order_.end(), id));
  }
  for (auto it = b.entities_.begin(); it != b.entities_.end();) {
    auto& ps = it->patterns;
    ps.erase(std::remove_if(ps.begin(), ps.end(),
                            [&](const Pattern& p) {
                              for (const std::string& r : PatternRefs(p)) {
                                if (empty.count(r)) return true;
                              }
                              return false;
                            }),
             ps.end());
    b.out().categories[static_cast<size_t>(it->category)].patterns = ps.size();
    if (ps.empty()) {
      CategorySummary& s = b.out().categories[static_cast<size_t>(it->category)];
      s.exported = false;
      s.entity_id.clear();
      s.note = "its keyword dictionary did not fit the budget";
      it = b.entities_.erase(it);
    } else {
      ++it;
    }
  }
}

// Every id a pattern refers to must be defined: a dangling idRef makes
// Purview refuse the whole package.
void CheckReferences(PackageBuilder& b) {
  for (const Entity& e : b.entities_) {
    for (const Pattern& p : e.patterns) {
      for (const std::string& r : PatternRefs(p)) {
        if (!b.regexes_.count(r) && !b.keywords_.count(r) && !b.dictionaries_.count(r)) {
          b.InternalError(CatId(e.category) + " refers to undefined '" + r + "'");
        }
      }
    }
  }
}

}  // namespace privacy_guard::exporter::purview
