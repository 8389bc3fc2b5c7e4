// name -> Purview: the name lists split as the name detector reads them
// (purview_lexicons.h, rules/name.h): a surname with a first name or a
// title near it.
#include "export/mapper.h"
#include "privacy_guard/rules/name.h"
#include "privacy_guard/rules/vocabulary.h"

namespace privacy_guard::exporter::purview {
namespace {

const char kUpper[] = "A-ZÆØÅÉÜÖÄ";
const char kLower[] = "a-zæøåéüöä";

// Name dictionaries and keyword lists, and the keywords around names; the
// lists are evidence of a person for health.
void Shared(PackageBuilder& b) {
  const Lexicons& lx = b.lexicons();
  const rules::name::Definition& r = rules::name::Rules();
  std::string first, surnames, first_weak, surnames_weak;
  if (!lx.first_strong.empty()) {
    first = b.AddDictionary("pg-first-names", "privacy-guard first names",
                            "First names, most frequent first (privacy-guard)", lx.first_strong);
  }
  if (!lx.surnames_strong.empty()) {
    surnames = b.AddDictionary("pg-surnames", "privacy-guard surnames",
                               "Surnames, most frequent first (privacy-guard)", lx.surnames_strong);
  }
  // Names that are also ordinary words ("Bo", "Holm", "Lund") only when
  // capitalised: case-sensitive keyword lists (dictionaries have no case).
  std::vector<std::string> weak_first, weak_surnames;
  for (const std::string& n : lx.first_weak) weak_first.push_back(TitleCase(n));
  for (const std::string& n : lx.surnames_weak) weak_surnames.push_back(TitleCase(n));
  weak_first = b.CleanTerms(weak_first, "first name", false);
  weak_surnames = b.CleanTerms(weak_surnames, "surname", false);
  if (weak_first.size() + weak_surnames.size() + 16 > kMaxKeywordsPerEntity) {
    b.Warn("names that are also ordinary words go to keyword dictionaries (more than 2048): "
           "Purview then matches them in any case");
    if (!weak_first.empty()) {
      first_weak = b.AddDictionary("pg-first-names-weak", "privacy-guard first names (also words)",
                                   "First names that are also ordinary words (privacy-guard)",
                                   lx.first_weak);
    }
    if (!weak_surnames.empty()) {
      surnames_weak = b.AddDictionary("pg-surnames-weak", "privacy-guard surnames (also words)",
                                      "Surnames that are also ordinary words (privacy-guard)",
                                      lx.surnames_weak);
    }
  } else {
    if (!weak_first.empty()) {
      first_weak = "Keyword_pg_first_name_word";
      b.AddKeyword(first_weak, {{"word", weak_first, true}});
    }
    if (!weak_surnames.empty()) {
      surnames_weak = "Keyword_pg_surname_word";
      b.AddKeyword(surnames_weak, {{"word", weak_surnames, true}});
    }
  }
  b.Provide("first_names", first.empty() ? std::vector<std::string>{} : std::vector<std::string>{first});
  b.Provide("first_names_weak",
            first_weak.empty() ? std::vector<std::string>{} : std::vector<std::string>{first_weak});
  b.Provide("surnames", surnames.empty() ? std::vector<std::string>{} : std::vector<std::string>{surnames});
  b.Provide("surnames_weak",
            surnames_weak.empty() ? std::vector<std::string>{} : std::vector<std::string>{surnames_weak});
  b.AddRegex("Regex_pg_surname_sen", std::string("\\b[") + kUpper + "][" + kLower + "]{1,30}" +
                                         EscapeRegexLiteral(r.patronymic_ending) + "\\b",
             "");
  b.Provide("surname_pattern", {"Regex_pg_surname_sen"});
  b.AddRegex("Regex_pg_two_capitalised",
             std::string("\\b[") + kUpper + "][" + kLower + "ńśćłóżźčšž]{1,30}[- ][" + kUpper + "][" +
                 kLower + "ńśćłóżźčšž]{2,30}\\b",
             "");
  b.AddKeyword("Keyword_pg_greeting",
               {{"word", b.CleanTerms({"hej", "kære", "hi", "hello", "dear", "goddag", "god morgen",
                                       "mvh", "hilsen", "venlig hilsen", "vh"},
                                      "greeting", false)}});
  std::vector<std::string> not_name = *r.followers;
  // Purview matches "A/S" as one word (the engine's tokens split it).
  for (const vocabulary::CompanyForm& f : vocabulary::CompanyForms()) not_name.push_back(f.form);
  for (const std::string& p : b.data().places) not_name.push_back(p);
  b.AddKeyword("Keyword_pg_not_name", {{"word", b.CleanTerms(not_name, "place", false)}});
  b.AddKeyword("Keyword_pg_title", {{"word", b.CleanTerms(*r.titles, "title", false)}});
}

std::string One(const std::vector<std::string>& v) { return v.empty() ? std::string() : v.front(); }

// The primary match is the surname (the engine reports the whole name;
// the surname span overlaps it). As in the engine: a strong surname (or a
// patronymic) with any first name is high, a surname that is also a word
// needs a strong first name; a title ("fru Jensen") counts as the first name.
std::vector<PatternCandidate> Map(PackageBuilder& b, CategorySummary* s) {
  const std::string first = One(b.Provided("first_names"));
  const std::string first_weak = One(b.Provided("first_names_weak"));
  const std::string surnames = One(b.Provided("surnames"));
  const std::string surnames_weak = One(b.Provided("surnames_weak"));
  std::vector<Evidence> any_first;
  if (!first.empty()) any_first.push_back(Evidence::Match(first));
  if (!first_weak.empty()) any_first.push_back(Evidence::Match(first_weak));
  if (any_first.empty() && !b.HasKeyword("Keyword_pg_title")) {
    s->note = "no first-name list in the policy data";
    return {};
  }
  s->note = "first name (or title) and surname near each other; their order, adjacency and "
            "capitalisation, and surnames on no list (\"Piotr Nowak\") are not mapped";
  std::vector<PatternCandidate> out;
  const Evidence any = Evidence::AnyOf(any_first, 1);
  const Evidence title = Evidence::Match("Keyword_pg_title");
  if (!surnames.empty()) {
    if (!any_first.empty()) {
      out.push_back(Make(Confidence::kHigh, surnames, {any},
                         "listed surname (not an ordinary word) with a first name near"));
    }
    out.push_back(Make(Confidence::kHigh, surnames, {title}, "title + listed surname"));
  }
  if (!any_first.empty()) {
    out.push_back(Make(Confidence::kHigh, "Regex_pg_surname_sen", {any},
                       "capitalised -sen surname with a first name near"));
  }
  out.push_back(Make(Confidence::kHigh, "Regex_pg_surname_sen", {title}, "title + -sen surname"));
  if (!first.empty()) {
    out.push_back(Make(Confidence::kMedium, "Regex_pg_two_capitalised",
                       {Evidence::Match(first),
                        Evidence::NoneOf({"Keyword_pg_greeting", "Keyword_pg_not_name"})},
                       "two capitalised words with a first name among them (\"Piotr Nowak\")"));
  }
  if (!surnames_weak.empty()) {
    if (!first.empty()) {
      out.push_back(Make(Confidence::kHigh, surnames_weak, {Evidence::Match(first)},
                         "surname that is also a word, with a strong first name near"));
    }
    out.push_back(Make(Confidence::kMedium, surnames_weak, {title},
                       "title + surname that is also a word"));
  }
  return out;
}

}  // namespace

PG_REGISTER_MAPPER(Category::kName, "20", Shared, Map);

}  // namespace privacy_guard::exporter::purview
