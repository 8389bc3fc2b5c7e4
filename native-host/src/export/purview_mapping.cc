// Policy -> Purview rule package: the driver. Each category's mapper
// (<category>_mapper.cc, mapper.h) turns its detector's rule definition
// into patterns; this file assigns confidence levels and builds the entity
// per category, then the assembly steps (purview_assembly.h) apply the
// dictionary budget and cut the packages.
#include "export/purview_mapping.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "export/mapper.h"
#include "export/purview_assembly.h"
#include "export/uuid5.h"

namespace privacy_guard::exporter::purview {
namespace {

// Numbers the candidates within their confidence band; drops those below
// the policy's minimum confidence (the engine would not report them).
std::vector<Pattern> AssignLevels(PackageBuilder& b, Category c, Confidence min,
                                  std::vector<PatternCandidate> cands) {
  std::vector<Pattern> out;
  std::map<Confidence, int> next;
  for (PatternCandidate& cand : cands) {
    if (cand.tier < min) continue;
    int& n = next[cand.tier];
    const int level = LevelBase(cand.tier) + n;
    if (level > LevelMax(cand.tier)) {
      b.Warn(CatId(c) + ": pattern '" + cand.pattern.comment + "' is dropped: more patterns than "
             "distinct confidence levels in the " + std::string(ConfidenceName(cand.tier)) + " band");
      continue;
    }
    ++n;
    cand.pattern.confidence = level;
    out.push_back(std::move(cand.pattern));
  }
  std::sort(out.begin(), out.end(),
            [](const Pattern& x, const Pattern& y) { return x.confidence > y.confidence; });
  return out;
}

// The entity of mapper `m`'s category, when its action is not OFF.
void MapCategory(PackageBuilder& b, const MapperInfo& m) {
  const Category c = m.category;
  CategorySummary& s = b.out().categories[static_cast<size_t>(c)];
  const CategoryRuleView& rule = b.engine().rule(c);
  s.category = c;
  s.action = rule.action;
  s.min_confidence = rule.min_confidence;
  s.name_en = "privacy-guard: " + rule.label.en;
  s.name_da = "privacy-guard: " + rule.label.da;
  s.recommended_confidence = LevelBase(rule.min_confidence);
  if (rule.action == Action::kOff) {
    s.note = "action OFF in the policy: not exported";
    return;
  }
  std::vector<PatternCandidate> cands = m.map(b, &s);
  AddAllowlistExclusions(b, c, &cands);
  Entity e;
  e.category = c;
  e.id = StableGuid(b.organisation(), "entity", CatId(c));
  e.proximity = m.proximity;
  e.recommended_confidence = s.recommended_confidence;
  e.name = {s.name_da, s.name_en};
  e.description = {rule.why.da, rule.why.en};
  e.patterns = AssignLevels(b, c, rule.min_confidence, std::move(cands));
  if (e.patterns.empty()) {
    if (s.note.empty()) s.note = "nothing to export at the policy's minimum confidence";
    b.Warn(CatId(c) + " is not exported: " + s.note);
    return;
  }
  s.entity_id = e.id;
  s.exported = true;
  s.patterns = e.patterns.size();
  b.entities_.push_back(std::move(e));
}

}  // namespace

bool VersionFromPolicy(const std::string& policy_version, std::array<unsigned, 4>* out) {
  *out = {0, 0, 0, 0};
  size_t n = 0;
  for (size_t i = 0; i < policy_version.size() && n < 4;) {
    if (!std::isdigit(static_cast<unsigned char>(policy_version[i]))) {
      ++i;
      continue;
    }
    unsigned long v = 0;
    while (i < policy_version.size() && std::isdigit(static_cast<unsigned char>(policy_version[i]))) {
      v = v * 10 + static_cast<unsigned long>(policy_version[i] - '0');
      if (v > 65535) return false;
      ++i;
    }
    (*out)[n++] = static_cast<unsigned>(v);
  }
  return n > 0;
}

std::string StableGuid(const std::string& organisation, const std::string& kind,
                       const std::string& key) {
  return FormatUuid(Uuid5(kPurviewNamespace, organisation + "/" + kind + "/" + key));
}

bool BuildPurviewExport(const LoadedPolicy& loaded, const Engine& engine,
                        const ExportOptions& options, PurviewExport* out, std::string* error) {
  *out = PurviewExport();
  out->policy_version = loaded.policy.version();
  out->organisation = loaded.policy.organisation();
  std::array<unsigned, 4> version{};
  if (!VersionFromPolicy(loaded.policy.version(), &version)) {
    *error = "policy version '" + loaded.policy.version() +
             "' cannot be a Purview package version: it needs one to four numbers, each at "
             "most 65535 (e.g. \"2026-11-23.1\")";
    return false;
  }
  PackageBuilder b(loaded, engine, options, out);
  // Shared processors first (every category's evidence), then each
  // category's entity.
  for (const MapperInfo& m : RegisteredMappers()) {
    if (m.shared) m.shared(b);
  }
  for (const MapperInfo& m : RegisteredMappers()) MapCategory(b, m);
  ApplyDictionaryBudget(b);
  CheckReferences(b);
  if (!b.internal_errors().empty()) {
    *error = "internal error: " + b.internal_errors().front();
    return false;
  }
  AssemblePackages(b, version);
  CheckTenantLimits(b);
  return true;
}

}  // namespace privacy_guard::exporter::purview
