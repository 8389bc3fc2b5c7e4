// business_term -> Purview: the policy's terms as a keyword list (or a
// dictionary when too many or too long), its regex terms as regexes.
#include "export/mapper.h"
#include "export/purview_regex_rules.h"
#include "privacy_guard/policy.pb.h"

#include <algorithm>

namespace privacy_guard::exporter::purview {
namespace {

bool HasTopLevelAlternation(const std::string& re) {
  int depth = 0;
  bool in_class = false;
  for (size_t i = 0; i < re.size(); ++i) {
    const char c = re[i];
    if (c == '\\') {
      ++i;
    } else if (in_class) {
      if (c == ']') in_class = false;
    } else if (c == '[') {
      in_class = true;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      return true;
    }
  }
  return false;
}

std::vector<PatternCandidate> Map(PackageBuilder& b, CategorySummary* s) {
  std::vector<std::string> terms, regexes, origins;
  const config::BusinessTerms& bt = b.policy().business_terms();
  for (const std::string& t : bt.term()) terms.push_back(t);
  for (int i = 0; i < bt.regex_size(); ++i) {
    regexes.push_back(bt.regex(i));
    origins.push_back("business_terms.regex[" + std::to_string(i) + "] '" + bt.regex(i) + "'");
  }
  for (const std::string& line : b.data().term_files) {
    if (line.rfind("re:", 0) == 0) {
      regexes.push_back(line.substr(3));
      origins.push_back("term file regex '" + line.substr(3) + "'");
    } else {
      terms.push_back(line);
    }
  }
  std::vector<PatternCandidate> out;
  std::vector<std::string> clean = b.CleanTerms(terms, "business", true);
  bool too_long = false;
  for (const std::string& t : clean) too_long = too_long || Utf16Length(t) > kMaxTermChars;
  if (!clean.empty() && (too_long || clean.size() > kMaxKeywordsPerEntity)) {
    b.Warn("business terms go to a keyword dictionary: " +
         std::string(too_long ? "a term is longer than 50 characters"
                              : "more than 2048 terms"));
    const std::string dict = b.AddDictionary("pg-business-terms", "privacy-guard business terms",
                                           "Business-critical terms from the privacy-guard policy",
                                           clean);
    out.push_back(Make(Confidence::kHigh, dict, {}, "business term (keyword dictionary)"));
  } else if (!clean.empty()) {
    b.AddKeyword("Keyword_pg_business", {{"word", clean}});
    out.push_back(Make(Confidence::kHigh, "Keyword_pg_business", {}, "business term"));
  }
  for (size_t i = 0; i < regexes.size(); ++i) {
    std::string re = regexes[i];
    // Whole words, case-insensitive, like the engine.
    const bool top_alt = HasTopLevelAlternation(re);
    re = "(?i)\\b" + (top_alt ? "(?:" + re + ")" : re) + "\\b";
    const std::string id = "Regex_pg_business_" + std::to_string(i + 1);
    if (b.AddPolicyRegex(id, re, origins[i])) {
      out.push_back(Make(Confidence::kHigh, id, {}, "business term regex " + std::to_string(i + 1)));
    }
  }
  // One regex per pattern: the high band and the 20-regex limit.
  size_t regex_patterns = 0;
  for (auto it = out.begin(); it != out.end();) {
    if (b.HasRegex(it->pattern.id_match) &&
        ++regex_patterns > std::min<size_t>(kMaxRegexesPerEntity, kMaxConfidence - kHighConfidence)) {
      b.Warn("business term " + it->pattern.comment + " is not exported: too many regex terms for "
           "one Purview type (at most " + std::to_string(kMaxConfidence - kHighConfidence) + ")");
      it = out.erase(it);
    } else {
      ++it;
    }
  }
  if (out.empty()) s->note = "no business terms in the policy";
  return out;
}

}  // namespace

PG_REGISTER_MAPPER(Category::kBusinessTerm, "300", nullptr, Map);

}  // namespace privacy_guard::exporter::purview
