// health -> Purview: the health terms (one-word terms of 5+ letters as
// strings, so inflections and compounds match, as in the engine) with a
// person near: a CPR number or a name (high), or contact details (medium).
#include <algorithm>
#include <set>

#include "export/mapper.h"
#include "export/purview_regex_rules.h"

namespace privacy_guard::exporter::purview {
namespace {

std::vector<Evidence> Matches(const std::vector<std::string>& ids) {
  std::vector<Evidence> out;
  for (const std::string& id : ids) out.push_back(Evidence::Match(id));
  return out;
}

std::vector<PatternCandidate> Map(PackageBuilder& b, CategorySummary* s) {
  const Lexicons& lx = b.lexicons();
  std::vector<std::string> word_terms, string_terms;
  // The engine's lists: Danish terms, medicines ("name<TAB>ATC": the name)
  // and English terms (the engine reads those only in English sentences;
  // Purview has no sentence language, so they count everywhere), without
  // the words that are never a term alone (health_ignore).
  std::set<std::string> ignore;
  for (const std::string& t : b.data().health_ignore) ignore.insert(CollapseSpaces(Fold(t)));
  std::vector<std::string> all_terms = b.data().health_terms;
  for (const std::string& m : b.data().medicines) all_terms.push_back(m.substr(0, m.find('\t')));
  all_terms.insert(all_terms.end(), b.data().health_terms_en.begin(), b.data().health_terms_en.end());
  for (const std::string& t : all_terms) {
    std::string f = CollapseSpaces(Fold(t));
    if (Utf16Length(f) < 3 || lx.common.count(f) || ignore.count(f)) continue;
    if (f.find(' ') == std::string::npos && f.find('-') == std::string::npos && Utf16Length(f) >= 5) {
      string_terms.push_back(f);
    } else {
      word_terms.push_back(f);
    }
  }
  word_terms = b.CleanTerms(word_terms, "health", false);
  string_terms = b.CleanTerms(string_terms, "health", false);
  // A term that contains a string term matches wherever that one does
  // ("type 2 diabetes" and "diabetes"): drop it, keeping the list short.
  const std::vector<std::string> strings_before = string_terms;
  auto subsumed = [&](const std::string& t) {
    for (const std::string& sterm : strings_before) {
      if (sterm != t && t.find(sterm) != std::string::npos) return true;
    }
    return false;
  };
  word_terms.erase(std::remove_if(word_terms.begin(), word_terms.end(), subsumed), word_terms.end());
  string_terms.erase(std::remove_if(string_terms.begin(), string_terms.end(), subsumed),
                     string_terms.end());
  if (word_terms.empty() && string_terms.empty()) {
    s->note = "no health terms in the policy data";
    return {};
  }
  std::string terms_id = "Keyword_pg_health";
  if (word_terms.size() + string_terms.size() > kMaxKeywordsPerEntity) {
    std::vector<std::string> all = word_terms;
    all.insert(all.end(), string_terms.begin(), string_terms.end());
    b.Warn("health terms go to a keyword dictionary (more than 2048): inflected forms and "
           "compounds are then not matched");
    terms_id = b.AddDictionary("pg-health-terms", "privacy-guard health terms",
                               "Diagnoses, treatments and medicines (privacy-guard)", all);
  } else {
    b.AddKeyword(terms_id, {{"word", word_terms}, {"string", string_terms}});
  }
  // The person: CPR, or a name (first name + surname); contact details only
  // give medium, as in the engine.
  std::vector<Evidence> person = Matches(b.Provided("cpr"));
  // The names-that-are-words keyword lists count toward the type's 2048
  // keywords; leave them out of the evidence when they would not fit.
  const std::string first_weak = b.Provided("first_names_weak").empty() ? "" : b.Provided("first_names_weak")[0];
  const std::string surnames_weak = b.Provided("surnames_weak").empty() ? "" : b.Provided("surnames_weak")[0];
  const size_t health_terms = terms_id == "Keyword_pg_health" ? word_terms.size() + string_terms.size() : 0;
  const bool weak_fit = health_terms + b.KeywordTermCount(first_weak) +
                            b.KeywordTermCount(surnames_weak) <= kMaxKeywordsPerEntity;
  if (!weak_fit) {
    b.Warn("health: names that are also ordinary words (\"Bo\", \"Holm\") do not count as a "
           "person next to a health term (the type would exceed 2048 keywords)");
  }
  std::vector<Evidence> any_first = Matches(b.Provided("first_names"));
  if (!first_weak.empty() && (weak_fit || b.HasDictionary(first_weak))) {
    any_first.push_back(Evidence::Match(first_weak));
  }
  if (!any_first.empty()) {
    std::vector<Evidence> surname = Matches(b.Provided("surname_pattern"));
    for (const Evidence& e : Matches(b.Provided("surnames"))) surname.push_back(e);
    if (!surnames_weak.empty() && (weak_fit || b.HasDictionary(surnames_weak))) {
      surname.push_back(Evidence::Match(surnames_weak));
    }
    person.push_back(Evidence::AnyOf(
        {Evidence::AnyOf(std::move(any_first), 1), Evidence::AnyOf(std::move(surname), 1)}, 2));
  }
  std::vector<Evidence> contact = Matches(b.Provided("email"));
  for (const Evidence& e : Matches(b.Provided("phone"))) contact.push_back(e);
  for (const Evidence& e : Matches(b.Provided("street"))) contact.push_back(e);
  s->note = "\"about an identified person\" becomes: a CPR number or a name within 300 "
            "characters of the term";
  return {
      Make(Confidence::kHigh, terms_id, {Evidence::AnyOf(std::move(person), 1)},
           "health term with a CPR number or a name near"),
      Make(Confidence::kMedium, terms_id, {Evidence::AnyOf(std::move(contact), 1)},
           "health term with an e-mail address, phone number or address near"),
  };
}

}  // namespace

PG_REGISTER_MAPPER(Category::kHealth, "300", nullptr, Map);

}  // namespace privacy_guard::exporter::purview
