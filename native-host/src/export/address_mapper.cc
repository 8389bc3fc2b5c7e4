// address -> Purview: streets by their ending (the policy's street endings,
// and the address detector's separate ending words, rules/address.h) or by
// the street list, with a house number.
#include <algorithm>
#include <cctype>

#include "export/mapper.h"
#include "export/purview_regex_rules.h"
#include "privacy_guard/rules/address.h"

namespace privacy_guard::exporter::purview {
namespace {

const char kUpper[] = "A-ZÆØÅÉÜÖÄ";
const char kLower[] = "a-zæøåéüöä";

// 1..max_house_number and an optional letter: "[1-9][0-9]{0,2}[A-Za-z]?".
std::string HouseNumber() {
  const size_t digits = std::to_string(rules::address::Rules().max_house_number).size();
  return "[1-9]" + (digits > 1 ? "[0-9]{0," + std::to_string(digits - 1) + "}" : "") + "[A-Za-z]?";
}

// "vej" -> "[Vv]ej" (a separate ending word: "Hans Tausens Gade 3").
std::string CapitalisedAlternative(const std::string& ending) {
  unsigned char c = static_cast<unsigned char>(ending[0]);
  if (c < 0x80 && std::isalpha(c)) {
    return "[" + std::string(1, static_cast<char>(std::toupper(c))) + std::string(1, ending[0]) +
           "]" + EscapeRegexLiteral(ending.substr(1));
  }
  return EscapeRegexLiteral(ending);
}

// Streets with an ending, in the word ("Skovvej 12") or as a word of its
// own ("Hans Tausens Gade 3"), followed by a house number: evidence of a
// person for health too.
void Shared(PackageBuilder& b) {
  const std::string house = HouseNumber();
  b.AddRegex("Regex_pg_house_number", "\\b" + house + "\\b", "");
  std::vector<std::string> endings(b.lexicons().street_endings.begin(),
                                   b.lexicons().street_endings.end());
  auto longest_first = [](const std::string& x, const std::string& y) {
    return x.size() != y.size() ? x.size() > y.size() : x < y;
  };
  std::sort(endings.begin(), endings.end(), longest_first);
  std::vector<std::string> separate = rules::address::Rules().separate_endings;
  std::sort(separate.begin(), separate.end(), longest_first);
  separate.erase(std::unique(separate.begin(), separate.end()), separate.end());
  const std::string compound_head = std::string("\\b[") + kUpper + kLower + "][" + kLower + "-]{2,30}(?:";
  const std::string word_head = std::string("\\b[") + kUpper + "][" + kLower + "]{1,30} (?:";
  const std::string tail = ") " + house + "\\b";
  auto join = [&](const std::vector<std::string>& list, const std::string& head, bool capitalised,
                  size_t* used) {
    std::string alts;
    *used = 0;
    for (const std::string& e : list) {
      const std::string a = capitalised ? CapitalisedAlternative(e) : EscapeRegexLiteral(e);
      if (Utf16Length(head + alts + "|" + a + tail) > kMaxRegexChars) break;
      alts += (alts.empty() ? "" : "|") + a;
      ++*used;
    }
    return alts;
  };
  size_t used_compound = 0, used_words = 0;
  const std::string compound = join(endings, compound_head, false, &used_compound);
  const std::string words = join(separate, word_head, true, &used_words);
  if (used_compound < endings.size() || used_words < separate.size()) {
    b.Warn("address: " + std::to_string(endings.size() - used_compound + separate.size() - used_words) +
           " street endings left out (longest first kept) to keep the regex under 1024 characters");
  }
  std::vector<std::string> provided;
  if (used_compound > 0) {
    b.AddRegex("Regex_pg_street_compound", compound_head + compound + tail, "");
    provided.push_back("Regex_pg_street_compound");
  }
  if (used_words > 0) {
    b.AddRegex("Regex_pg_street_word", word_head + words + tail, "");
    provided.push_back("Regex_pg_street_word");
  }
  b.Provide("street", provided);
}

// True if the folded street name is found by the ending regexes anyway.
bool CoveredByEndings(const PackageBuilder& b, const std::string& folded_street) {
  const rules::address::Definition& r = rules::address::Rules();
  size_t sp = folded_street.rfind(' ');
  const std::string last = sp == std::string::npos ? folded_street : folded_street.substr(sp + 1);
  if (sp != std::string::npos &&
      std::find(r.separate_endings.begin(), r.separate_endings.end(), last) != r.separate_endings.end()) {
    return true;
  }
  const std::vector<std::string> endings(b.lexicons().street_endings.begin(),
                                         b.lexicons().street_endings.end());
  return last.find('-') == std::string::npos && rules::address::HasStreetEnding(last, endings, r.min_stem);
}

std::vector<PatternCandidate> Map(PackageBuilder& b, CategorySummary* s) {
  std::vector<PatternCandidate> out;
  if (b.HasRegex("Regex_pg_street_compound")) {
    out.push_back(Make(Confidence::kHigh, "Regex_pg_street_compound", {},
                       "street with a listed ending + house number"));
  }
  if (b.HasRegex("Regex_pg_street_word")) {
    out.push_back(Make(Confidence::kHigh, "Regex_pg_street_word", {},
                       "street ending as a separate word + house number"));
  }
  // Listed streets the ending regexes do not already cover.
  const Lexicons& lx = b.lexicons();
  std::vector<std::string> streets, word_like;
  for (const std::string& st : b.data().street_names) {
    std::string f = CollapseSpaces(Fold(st));
    if (f.empty() || CoveredByEndings(b, f)) continue;
    // Purview matches dictionary terms in any case and cannot demand the
    // number right after the street: a street that is also an ordinary
    // word or a name ("Torvet", "Havnen", "Vestergaard") would fire on
    // any nearby number.
    if (Utf16Length(f) < 4 || lx.words.count(f) || lx.common.count(f) || lx.names.count(f)) {
      word_like.push_back(st);
      continue;
    }
    streets.push_back(st);
  }
  if (!word_like.empty()) {
    b.Warn("address: " + std::to_string(word_like.size()) + " listed street names that are also "
           "ordinary words or names are not exported (e.g. '" + word_like.front() + "'): Purview "
           "would flag them next to any number");
  }
  std::vector<std::string> towns;
  for (const std::string& line : b.data().postcodes) {
    size_t tab = line.find('\t');
    if (tab != 4 || tab + 1 >= line.size()) continue;
    towns.push_back(line.substr(0, 4) + " " + line.substr(tab + 1));
  }
  if (!streets.empty()) {
    const std::string dict = b.AddDictionary("pg-street-names", "privacy-guard street names",
                                             "Street names without a typical ending (privacy-guard)",
                                             streets);
    std::vector<std::string> clean = b.CleanTerms(towns, "postcode", false);
    if (clean.size() > kMaxKeywordsPerEntity) {
      b.Warn("address: postcode+town list cut to " + std::to_string(kMaxKeywordsPerEntity) +
             " entries (Purview keyword limit)");
      clean.resize(kMaxKeywordsPerEntity);
    }
    b.AddKeyword("Keyword_pg_postcode_town", {{"word", clean}});
    if (b.HasKeyword("Keyword_pg_postcode_town")) {
      out.push_back(Make(Confidence::kHigh, dict,
                         {Evidence::Match("Regex_pg_house_number"),
                          Evidence::Match("Keyword_pg_postcode_town")},
                         "listed street + house number + matching postcode and town"));
    }
    out.push_back(Make(Confidence::kMedium, dict, {Evidence::Match("Regex_pg_house_number")},
                       "listed street + house number"));
  }
  s->note = out.empty() ? "no street endings or street names in the policy data"
                        : "the number must be near the street, not right after it; floors, "
                          "units and postcode/town consistency are not checked";
  return out;
}

}  // namespace

PG_REGISTER_MAPPER(Category::kAddress, "10", Shared, Map);

}  // namespace privacy_guard::exporter::purview
