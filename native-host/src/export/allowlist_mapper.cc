// Allowlists -> Purview: allowed values as exclusions on a category's
// patterns (see purview_assembly.h).
#include <algorithm>

#include "export/purview_assembly.h"
#include "privacy_guard/policy.pb.h"

namespace privacy_guard::exporter::purview {
namespace {

const config::CategoryRule* PolicyRule(const config::Policy& policy, Category c) {
  const config::Categories& cs = policy.categories();
  const google::protobuf::Descriptor* d = cs.GetDescriptor();
  const google::protobuf::FieldDescriptor* f = d->FindFieldByName(CatId(c));
  if (!f || !cs.GetReflection()->HasField(cs, f)) return nullptr;
  return static_cast<const config::CategoryRule*>(&cs.GetReflection()->GetMessage(cs, f));
}

// "29189838" -> also "29 18 98 38" and "2918 9838"; "+4589591000" -> also
// "+45 89591000", "+45 89 59 10 00" (the engine compares without separators).
std::vector<std::string> AllowVariants(const std::string& v) {
  std::vector<std::string> out = {v};
  auto digits8 = [](const std::string& d) {
    return d.size() == 8 && std::all_of(d.begin(), d.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  };
  auto grouped = [](const std::string& d) {
    return d.substr(0, 2) + " " + d.substr(2, 2) + " " + d.substr(4, 2) + " " + d.substr(6, 2);
  };
  if (digits8(v)) {
    out.push_back(grouped(v));
    out.push_back(v.substr(0, 4) + " " + v.substr(4));
  } else if (v.size() == 11 && v.rfind("+45", 0) == 0 && digits8(v.substr(3))) {
    out.push_back("+45 " + v.substr(3));
    out.push_back("+45 " + grouped(v.substr(3)));
  }
  return out;
}

}  // namespace

void AddAllowlistExclusions(PackageBuilder& b, Category c, std::vector<PatternCandidate>* cands) {
  if (cands->empty()) return;
  std::vector<std::string> exact, regex;
  auto take = [&](const config::Allowlist& a) {
    for (const std::string& v : a.exact()) exact.push_back(v);
    for (const std::string& v : a.regex()) regex.push_back(v);
  };
  take(b.policy().allowlist());
  if (const config::CategoryRule* r = PolicyRule(b.policy(), c)) take(r->allowlist());
  std::vector<std::string> ids;
  std::vector<std::string> variants;
  for (const std::string& v : exact) {
    for (const std::string& x : AllowVariants(v)) variants.push_back(x);
  }
  variants = b.CleanTerms(variants, CatId(c) + " allowlist", false);
  if (!variants.empty()) {
    const std::string id = "Keyword_pg_allow_" + CatId(c);
    b.AddKeyword(id, {{"string", variants}});
    ids.push_back(id);
  }
  for (size_t i = 0; i < regex.size(); ++i) {
    const std::string id = "Regex_pg_allow_" + CatId(c) + "_" + std::to_string(i + 1);
    if (b.AddPolicyRegex(id, "(?i)" + regex[i], CatId(c) + " allowlist regex '" + regex[i] + "'")) {
      ids.push_back(id);
    }
  }
  if (ids.empty()) return;
  for (PatternCandidate& cand : *cands) cand.pattern.evidence.push_back(Evidence::NoneOf(ids));
}

}  // namespace privacy_guard::exporter::purview
