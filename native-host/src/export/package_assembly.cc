// The rule packages and the tenant limits (see purview_assembly.h).
#include "export/purview_assembly.h"
#include "export/purview_regex_rules.h"
#include "export/purview_xml.h"
#include "privacy_guard/policy.pb.h"

namespace privacy_guard::exporter::purview {
namespace {

std::string Truncate(const std::string& s, size_t max_chars) {
  if (Utf16Length(s) <= max_chars) return s;
  std::string out;
  for (size_t i = 0; i < s.size();) {
    size_t n = 1;
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0) n = 4; else if (c >= 0xE0) n = 3; else if (c >= 0xC0) n = 2;
    if (Utf16Length(out + s.substr(i, n)) > max_chars) break;
    out += s.substr(i, n);
    i += n;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// The package for `entities` with exactly the processors they refer to,
// sorted by id.
RulePackage PackageFor(const PackageBuilder& b, const std::vector<Entity>& entities,
                       const std::array<unsigned, 4>& version, size_t index) {
  RulePackage p;
  const std::string suffix = index == 0 ? "" : " " + std::to_string(index + 1);
  p.id = StableGuid(b.organisation(), "rulepack", std::to_string(index + 1));
  p.publisher_id = StableGuid(b.organisation(), "publisher", "privacy-guard");
  p.version = version;
  const std::string org = b.organisation().empty() ? std::string("privacy-guard") : b.organisation();
  p.publisher_name = Truncate(CollapseSpaces(org), kMaxDetailsTextChars);
  p.name = Truncate(CollapseSpaces("privacy-guard " + b.organisation() + suffix), kMaxRulePackNameChars);
  p.description = Truncate(
      CollapseSpaces("Sensitive information types exported from the privacy-guard policy "
                     "version " + b.policy().version() +
                     ". Do not edit: change the policy and export again."),
      kMaxDetailsTextChars);
  p.entities = entities;
  std::set<std::string> refs;
  for (const Entity& e : entities) {
    for (const Pattern& pat : e.patterns) {
      for (const std::string& r : PatternRefs(pat)) refs.insert(r);
    }
  }
  std::set<std::string> validators;
  for (const std::string& r : refs) {
    if (auto it = b.regexes_.find(r); it != b.regexes_.end()) {
      p.regexes.push_back(it->second);
      if (b.validator_sets_.count(it->second.validators)) validators.insert(it->second.validators);
    } else if (auto k = b.keywords_.find(r); k != b.keywords_.end()) {
      p.keywords.push_back(k->second);
    }
  }
  for (const std::string& v : validators) p.validator_sets.push_back(b.validator_sets_.at(v));
  return p;
}


// One package, or several when one would exceed the upload size Microsoft
// suggests (entities are never split).
}  // namespace

void AssemblePackages(PackageBuilder& b, const std::array<unsigned, 4>& version) {
  std::set<std::string> used;
  for (const Entity& e : b.entities_) {
    for (const Pattern& p : e.patterns) {
      for (const std::string& r : PatternRefs(p)) used.insert(r);
    }
  }
  for (const std::string& id : b.dictionary_order_) {
    if (used.count(id)) b.out().dictionaries.push_back(b.dictionaries_.at(id));
  }
  if (b.entities_.empty()) return;
  std::vector<std::vector<Entity>> groups(1);
  for (const Entity& e : b.entities_) {
    groups.back().push_back(e);
    const RulePackage trial = PackageFor(b, groups.back(), version, groups.size() - 1);
    if (RulePackageUtf16Bytes(trial) > kMaxRulePackageBytes && groups.back().size() > 1) {
      groups.back().pop_back();
      groups.push_back({e});
    }
  }
  for (size_t i = 0; i < groups.size(); ++i) {
    b.out().packages.push_back(PackageFor(b, groups[i], version, i));
    const size_t bytes = RulePackageUtf16Bytes(b.out().packages.back());
    if (bytes > kMaxRulePackageBytes) {
      b.Warn("rule package " + std::to_string(i + 1) + " is " + std::to_string(bytes / 1024) +
           " KB, above the 770 KB Microsoft suggests for uploads");
    }
  }
  if (groups.size() > 1) {
    b.Warn("the rule package is split into " + std::to_string(groups.size()) +
         " packages to stay under 770 KB each");
  }
}

void CheckTenantLimits(PackageBuilder& b) {
  if (b.out().packages.size() > kMaxRulePackagesPerTenant) {
    b.Warn("more than 10 rule packages: Purview accepts at most 10 per tenant");
  }
  size_t dictionary_sits = 0;
  for (const Entity& e : b.entities_) {
    bool uses = false;
    for (const Pattern& p : e.patterns) {
      for (const std::string& r : PatternRefs(p)) uses = uses || b.dictionaries_.count(r) > 0;
    }
    dictionary_sits += uses;
    // Keyword terms per type (Purview: 2048 in total).
    std::set<std::string> refs;
    for (const Pattern& p : e.patterns) {
      for (const std::string& r : PatternRefs(p)) refs.insert(r);
    }
    size_t terms = 0;
    for (const std::string& r : refs) {
      if (auto k = b.keywords_.find(r); k != b.keywords_.end()) {
        for (const KeywordGroup& g : k->second.groups) terms += g.terms.size();
      }
    }
    if (terms > kMaxKeywordsPerEntity) {
      b.Warn(CatId(e.category) + " refers to " + std::to_string(terms) +
           " keyword terms; Purview allows 2048 per type");
    }
  }
  if (dictionary_sits > kMaxDictionarySitsPerTenant) {
    b.Warn("more than 50 dictionary-based types: Purview allows 50 per tenant");
  }
}

}  // namespace privacy_guard::exporter::purview
