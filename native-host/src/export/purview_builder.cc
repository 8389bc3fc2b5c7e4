#include "export/purview_builder.h"

#include <algorithm>
#include <unordered_set>

#include "export/purview_regex_rules.h"
#include "export/purview_xml.h"
#include "export/uuid5.h"
#include "privacy_guard/text.h"

namespace privacy_guard::exporter::purview {

PatternCandidate Make(Confidence tier, std::string id_match, std::vector<Evidence> evidence,
                      std::string comment) {
  PatternCandidate c{tier, Pattern{}};
  c.pattern.id_match = std::move(id_match);
  c.pattern.evidence = std::move(evidence);
  c.pattern.comment = std::move(comment);
  return c;
}

namespace {

void CollectRefs(const Evidence& e, std::set<std::string>* out) {
  if (e.kind == Evidence::Kind::kMatch) {
    out->insert(e.id_ref);
    return;
  }
  for (const Evidence& c : e.children) CollectRefs(c, out);
}

}  // namespace

std::set<std::string> PatternRefs(const Pattern& p) {
  std::set<std::string> refs{p.id_match};
  for (const Evidence& e : p.evidence) CollectRefs(e, &refs);
  return refs;
}

int LevelBase(Confidence c) {
  switch (c) {
    case Confidence::kLow: return kLowConfidence;
    case Confidence::kMedium: return kMediumConfidence;
    case Confidence::kHigh: return kHighConfidence;
  }
  return kMediumConfidence;
}

int LevelMax(Confidence c) {
  switch (c) {
    case Confidence::kLow: return kMediumConfidence - 1;
    case Confidence::kMedium: return kHighConfidence - 1;
    case Confidence::kHigh: return kMaxConfidence;
  }
  return kMaxConfidence;
}

std::string Fold(std::string_view s) { return FoldCase(s); }

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string EscapeRegexLiteral(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::string_view(".^$|?*+()[]{}\\/").find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string CatId(Category c) { return std::string(CategoryId(c)); }

PackageBuilder::PackageBuilder(const LoadedPolicy& loaded, const Engine& engine,
                               const ExportOptions& options, PurviewExport* out)
    : loaded_(loaded),
      engine_(engine),
      options_(options),
      out_(out),
      org_(loaded.policy.organisation()),
      lexicons_(PrepareLexicons(loaded.data)) {}

void PackageBuilder::AddRegex(const std::string& id, const std::string& expr,
                              const std::string& validators) {
  for (const std::string& v : RegexRuleViolations(expr)) {
    internal_errors_.push_back("generated regex " + id + " breaks a Purview rule: " + v);
  }
  regexes_[id] = Regex{id, expr, validators};
}

bool PackageBuilder::AddPolicyRegex(const std::string& id, const std::string& expr,
                                    const std::string& origin) {
  std::vector<std::string> v = RegexRuleViolations(expr);
  if (!IsXmlText(expr)) v.push_back("contains characters XML cannot carry");
  if (!v.empty()) {
    Warn(origin + " is not exported: Purview would reject it (" + v.front() + ")");
    return false;
  }
  regexes_[id] = Regex{id, expr, ""};
  return true;
}

std::vector<std::string> PackageBuilder::CleanTerms(const std::vector<std::string>& raw,
                                                    const std::string& what, bool allow_long) {
  std::map<std::string, std::string> by_fold;  // folded -> first spelling
  std::vector<std::string> bad_chars, too_long;
  for (const std::string& r : raw) {
    std::string t = CollapseSpaces(r);
    if (t.empty()) continue;
    if (!IsXmlText(t)) {
      bad_chars.push_back(t);
      continue;
    }
    if (!allow_long && Utf16Length(t) > kMaxTermChars) {
      too_long.push_back(t);
      continue;
    }
    by_fold.emplace(Fold(t), t);
  }
  WarnDropped(what + " terms", bad_chars, "contain characters XML cannot carry");
  WarnDropped(what + " terms", too_long,
              "are longer than " + std::to_string(kMaxTermChars) + " characters");
  std::vector<std::string> out;
  for (auto& [f, t] : by_fold) out.push_back(t);
  std::sort(out.begin(), out.end());
  return out;
}

void PackageBuilder::AddKeyword(const std::string& id, std::vector<KeywordGroup> groups) {
  Keyword k{id, {}};
  for (KeywordGroup& g : groups) {
    if (!g.terms.empty()) k.groups.push_back(std::move(g));
  }
  if (k.groups.empty()) return;
  keywords_[id] = std::move(k);
}

size_t PackageBuilder::KeywordTermCount(const std::string& id) const {
  auto it = keywords_.find(id);
  if (it == keywords_.end()) return 0;
  size_t n = 0;
  for (const KeywordGroup& g : it->second.groups) n += g.terms.size();
  return n;
}

std::string PackageBuilder::AddDictionary(const std::string& key, const std::string& name,
                                          const std::string& description,
                                          std::vector<std::string> terms) {
  Dictionary d;
  d.name = name;
  d.file_name = key + ".txt";
  d.placeholder = StableGuid(org_, "dictionary", key);
  d.description = description;
  // Unique by folded form, keeping the first (highest priority) spelling.
  std::unordered_set<std::string> seen;
  std::vector<std::string> dropped;
  for (std::string& t : terms) {
    t = CollapseSpaces(t);
    if (t.empty()) continue;
    // The dictionary cmdlets read comma-separated keywords: a comma would
    // split the term.
    if (!IsXmlText(t) || t.find(',') != std::string::npos) {
      dropped.push_back(t);
      continue;
    }
    if (seen.insert(Fold(t)).second) d.terms.push_back(t);
  }
  WarnDropped("keyword dictionary '" + name + "'", dropped,
              "contain a comma (dictionary keywords are comma-separated) or characters XML "
              "cannot carry");
  dictionaries_[d.placeholder] = d;
  dictionary_order_.push_back(d.placeholder);
  return d.placeholder;
}

void PackageBuilder::AddValidatorSet(ValidatorSet v) {
  const std::string id = v.id;
  validator_sets_[id] = std::move(v);
}

const std::vector<std::string>& PackageBuilder::Provided(const std::string& what) const {
  static const std::vector<std::string> kNone;
  auto it = provided_.find(what);
  return it == provided_.end() ? kNone : it->second;
}

void PackageBuilder::Warn(const std::string& w) { out_->warnings.push_back(w); }

void PackageBuilder::WarnDropped(const std::string& what, const std::vector<std::string>& dropped,
                                 const std::string& why) {
  if (dropped.empty()) return;
  std::string examples;
  for (size_t i = 0; i < dropped.size() && i < 3; ++i) {
    examples += (i ? ", '" : "'") + dropped[i] + "'";
  }
  Warn(what + ": " + std::to_string(dropped.size()) + " dropped because they " + why + " (e.g. " +
       examples + ")");
}

}  // namespace privacy_guard::exporter::purview
