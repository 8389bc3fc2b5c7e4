#include "export/purview_mapping.h"

#include "privacy_guard/rules/vocabulary.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "engine/normalize.h"
#include "export/purview_regex_rules.h"
#include "export/purview_xml.h"
#include "export/uuid5.h"
#include "privacy_guard/policy.pb.h"

namespace privacy_guard::exporter::purview {
namespace {

// ---------------------------------------------------------------------------
// Context words: the detectors' own lists (engine/vocabulary.h).
using namespace privacy_guard::vocabulary;

std::vector<std::string> Concat(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> out = a;
  for (const std::string& w : b) {
    if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(w);
  }
  return out;
}

// Regex building blocks (no lookaround, no quantifier inside a group other
// than a fixed count; see purview_regex_rules.h).
const std::string kDD = "(?:0[1-9]|[12][0-9]|3[01])";
const std::string kMM = "(?:0[1-9]|1[0-2])";
const std::string kYY = "[0-9]{2}";
// Between DDMMYY and SSSS (the engine's "none, ' ', '-', '/', '.', ' - ', line
// break"): nothing; one or two white-space characters (a line break, CRLF);
// '-', '/', '.' with up to two white-space characters on either side; or an
// invisible character (soft hyphen, zero-width space, ...) alone or next to
// the separator, as text copied from PDFs and Word carries them (the engine
// removes them before matching).
const std::string kInvisible = "[\\x{AD}\\x{200B}-\\x{200D}\\x{2060}\\x{FEFF}]";
std::string CprTail(const std::string& digit4) {
  std::vector<std::string> seps = {"", "\\s", "\\s\\s", kInvisible};
  for (const char* before : {"", "\\s", "\\s\\s"}) {
    for (const char* after : {"", "\\s", "\\s\\s"}) {
      seps.push_back(std::string(before) + "[-/.]" + after);
    }
  }
  seps.push_back(kInvisible + "[-/.]");
  seps.push_back("[-/.]" + kInvisible);
  std::string out;
  for (const std::string& sep : seps) out += (out.empty() ? "(?:" : "|") + sep + digit4;
  return out + ")";
}
const std::string kCompactTail = CprTail("[0-9]{4}");
// After "DD MM YY": a space, or '-', '/', '.' with optional spaces.
const std::string kSpacedTail = "(?: [0-9]{4}| [-/.] [0-9]{4}| [-/.][0-9]{4}|[-/.] [0-9]{4}|[-/.][0-9]{4})";
// Full-width digits (text copied from PDF forms and OCR), which the engine
// reads after NFKC normalisation. Purview's validators are not known to
// read them, so the date is checked by the regex itself.
const std::string kFwDD = "(?:０[１-９]|[１２][０-９]|３[０１])";
const std::string kFwMM = "(?:０[１-９]|１[０-２])";
const std::string kFwCpr = "\\b" + kFwDD + kFwMM + "[０-９]{2}" + std::string("(?:[０-９]{4}|[-/.－][０-９]{4}|\\s[０-９]{4}|\\s[-/.－]\\s[０-９]{4})") + "\\b";
const std::string kHouseNumber = "[1-9][0-9]{0,2}[A-Za-z]?";
const std::string kUpper = "A-ZÆØÅÉÜÖÄ";
const std::string kLower = "a-zæøåéüöä";

// ---------------------------------------------------------------------------
// Small helpers.

std::string Fold(std::string_view s) {
  std::string out;
  AppendFolded(s, &out);
  return out;
}

// Trims and collapses runs of ASCII white space to one space.
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

// Escapes regex metacharacters of `s` (outside a character class).
std::string EscapeRegexLiteral(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::string_view(".^$|?*+()[]{}\\/").find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
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

std::string CatId(Category c) { return std::string(CategoryId(c)); }

// A pattern before its confidence level is assigned.
struct Candidate {
  Confidence tier;
  Pattern pattern;
};

Candidate Make(Confidence tier, std::string id_match, std::vector<Evidence> evidence,
               std::string comment) {
  Candidate c{tier, Pattern{}};
  c.pattern.id_match = std::move(id_match);
  c.pattern.evidence = std::move(evidence);
  c.pattern.comment = std::move(comment);
  return c;
}

// Collects the ids an evidence tree refers to.
void CollectRefs(const Evidence& e, std::set<std::string>* out) {
  if (e.kind == Evidence::Kind::kMatch) {
    out->insert(e.id_ref);
    return;
  }
  for (const Evidence& c : e.children) CollectRefs(c, out);
}

std::set<std::string> PatternRefs(const Pattern& p) {
  std::set<std::string> refs{p.id_match};
  for (const Evidence& e : p.evidence) CollectRefs(e, &refs);
  return refs;
}

// ---------------------------------------------------------------------------

class Builder {
 public:
  Builder(const LoadedPolicy& loaded, const Engine& engine, const ExportOptions& options,
          PurviewExport* out)
      : loaded_(loaded), policy_(loaded.policy), engine_(engine), options_(options), out_(out) {
    org_ = policy_.organisation();
  }

  bool Run(std::string* error) {
    out_->policy_version = policy_.version();
    out_->organisation = org_;
    std::array<unsigned, 4> version{};
    if (!VersionFromPolicy(policy_.version(), &version)) {
      *error = "policy version '" + policy_.version() +
               "' cannot be a Purview package version: it needs one to four numbers, each at "
               "most 65535 (e.g. \"2026-11-23.1\")";
      return false;
    }
    PrepareLexicons();
    RegisterShared();
    for (size_t i = 0; i < kNumCategories; ++i) MapCategory(static_cast<Category>(i));
    ApplyDictionaryBudget();
    CheckReferences();
    if (!internal_errors_.empty()) {
      *error = "internal error: " + internal_errors_.front();
      return false;
    }
    AssemblePackages(version);
    CheckTenantLimits();
    return true;
  }

 private:
  // ---- Registration of processors ----------------------------------------

  // Registers a generated regex; a Purview rule violation is a bug here.
  void AddRegex(const std::string& id, const std::string& expr, const std::string& validators) {
    for (const std::string& v : RegexRuleViolations(expr)) {
      internal_errors_.push_back("generated regex " + id + " breaks a Purview rule: " + v);
    }
    regexes_[id] = Regex{id, expr, validators};
  }

  // Registers a regex from the policy; returns false (with a warning) when
  // Purview would reject it.
  bool AddPolicyRegex(const std::string& id, const std::string& expr, const std::string& origin) {
    std::vector<std::string> v = RegexRuleViolations(expr);
    if (!IsXmlText(expr)) v.push_back("contains characters XML cannot carry");
    if (!v.empty()) {
      Warn(origin + " is not exported: Purview would reject it (" + v.front() + ")");
      return false;
    }
    regexes_[id] = Regex{id, expr, ""};
    return true;
  }

  // Normalises keyword terms (single spaces, no duplicates after case
  // folding, sorted) and drops those Purview cannot take, with a warning.
  std::vector<std::string> CleanTerms(const std::vector<std::string>& raw, const std::string& what,
                                      bool allow_long) {
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

  void AddKeyword(const std::string& id, std::vector<KeywordGroup> groups) {
    Keyword k{id, {}};
    for (KeywordGroup& g : groups) {
      if (!g.terms.empty()) k.groups.push_back(std::move(g));
    }
    if (k.groups.empty()) return;
    keywords_[id] = std::move(k);
  }

  // Registers a keyword dictionary under `key`; terms are in priority order
  // (most important first) and are cut there when over budget. Returns the
  // placeholder GUID the package refers to.
  std::string AddDictionary(const std::string& key, const std::string& name,
                            const std::string& description, std::vector<std::string> terms) {
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

  void Warn(const std::string& w) { out_->warnings.push_back(w); }

  // One warning for all `dropped` items of `what`, naming up to three.
  void WarnDropped(const std::string& what, const std::vector<std::string>& dropped,
                   const std::string& why) {
    if (dropped.empty()) return;
    std::string examples;
    for (size_t i = 0; i < dropped.size() && i < 3; ++i) {
      examples += (i ? ", '" : "'") + dropped[i] + "'";
    }
    Warn(what + ": " + std::to_string(dropped.size()) + " dropped because they " + why +
         " (e.g. " + examples + ")");
  }

  // ---- Lexicons from the reference data ------------------------------------

  // Splits the name lists like the engine's name detector does: a "strong"
  // first name is not a common word and not an ordinary word ranked below
  // 400; a "strong" surname is listed and neither a common nor an ordinary
  // word. Names on both a first-name and a surname list are kept once so
  // that no pattern can corroborate itself (Purview may let evidence overlap
  // the primary match): a strong surname leaves the first-name lists, a weak
  // one makes the first name weak.
  void PrepareLexicons() {
    const DataSets& d = loaded_.data;
    for (const std::string& w : d.common_words) common_.insert(Fold(w));
    for (const std::string& p : d.places) {
      std::string f = Fold(p);
      size_t s = 0;
      while (s < f.size()) {
        size_t e = f.find(' ', s);
        if (e == std::string::npos) e = f.size();
        if (e > s) places_.insert(f.substr(s, e - s));
        s = e + 1;
      }
    }
    for (const std::string& e : d.street_endings) {
      std::string f = CollapseSpaces(Fold(e));
      if (!f.empty() && f.find(' ') == std::string::npos) street_endings_.insert(f);
    }
    const std::vector<std::string> surnames = Interleave(SplitRanked(d.surnames));
    std::vector<std::vector<std::string>> first_files = SplitRanked(d.first_names);
    std::unordered_map<std::string, size_t> best_rank;
    for (const auto& file : first_files) {
      for (size_t r = 0; r < file.size(); ++r) {
        auto [it, fresh] = best_rank.emplace(Fold(file[r]), r + 1);
        if (!fresh) it->second = std::min(it->second, r + 1);
      }
    }
    std::unordered_set<std::string> surname_set;
    for (const std::string& s : surnames) surname_set.insert(Fold(s));
    names_ = surname_set;
    for (const auto& [f, rank] : best_rank) names_.insert(f);
    // Ordinary words: the dictionary's lower-case entries (like the engine).
    for (const std::string& w : d.dictionary) {
      if (w.empty()) continue;
      unsigned char c = static_cast<unsigned char>(w[0]);
      if (c >= 'A' && c <= 'Z') continue;
      if (c == 0xC3 && w.size() > 1) {
        unsigned char c2 = static_cast<unsigned char>(w[1]);
        if (c2 == 0x86 || c2 == 0x98 || c2 == 0x85) continue;  // Æ Ø Å
      }
      words_.insert(Fold(w));
    }
    std::unordered_set<std::string> strong_surnames;
    for (const std::string& s : surnames) {
      std::string f = Fold(s);
      if (!HasLetter(f) || Utf16Length(f) < 2 || places_.count(f)) continue;
      const bool strong = !common_.count(f) && !words_.count(f);
      (strong ? surnames_strong_ : surnames_weak_).push_back(s);
      if (strong) strong_surnames.insert(f);
    }
    for (const std::string& n : Interleave(first_files)) {
      std::string f = Fold(n);
      if (!HasLetter(f) || f.find(' ') != std::string::npos || Utf16Length(f) < 2 ||
          places_.count(f) || strong_surnames.count(f)) {
        continue;
      }
      if (common_.count(f)) {
        first_weak_.push_back(n);  // a real name that is also a word: "Bo", "Mark"
      } else if (words_.count(f) && best_rank[f] > 400) {
        continue;  // a rare name that is an ordinary word ("Til", "Skat")
      } else if (!surname_set.count(f)) {
        first_strong_.push_back(n);
      }
    }
  }

  static bool HasLetter(const std::string& folded) {
    for (char c : folded) {
      const unsigned char u = static_cast<unsigned char>(c);
      if (u >= 0x80 || std::isalpha(u)) return true;
    }
    return false;
  }

  // "MØLLER" -> "Møller", "HOLM-NIELSEN" -> "Holm-Nielsen".
  static std::string TitleCase(const std::string& s) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
    u.toLower(icu::Locale("da"));
    icu::UnicodeString out;
    bool start = true;
    for (int32_t i = 0; i < u.length();) {
      const UChar32 c = u.char32At(i);
      out.append(start ? u_toupper(c) : c);
      start = c == '-' || c == ' ';
      i += U16_LENGTH(c);
    }
    std::string r;
    out.toUTF8String(r);
    return r;
  }

  // A ranked list whose files are separated by empty entries -> files.
  static std::vector<std::vector<std::string>> SplitRanked(const std::vector<std::string>& v) {
    std::vector<std::vector<std::string>> files(1);
    for (const std::string& s : v) {
      if (s.empty()) {
        if (!files.back().empty()) files.emplace_back();
        continue;
      }
      files.back().push_back(s);
    }
    if (files.back().empty()) files.pop_back();
    return files;
  }

  // Merges ranked files rank by rank: rank 1 of every file, then rank 2 ...
  static std::vector<std::string> Interleave(const std::vector<std::vector<std::string>>& files) {
    std::vector<std::string> out;
    size_t longest = 0;
    for (const auto& f : files) longest = std::max(longest, f.size());
    for (size_t r = 0; r < longest; ++r) {
      for (const auto& f : files) {
        if (r < f.size()) out.push_back(f[r]);
      }
    }
    return out;
  }

  // ---- Shared processors (also used as evidence by other categories) -------

  void RegisterShared() {
    RegisterValidators();
    RegisterNumberRegexes();
    RegisterStreetRegexes();
    RegisterNameLists();
  }

  void RegisterValidators() {
    ValidatorSet date{"Validators_pg_cpr_date", {{"DateSimple", {{"Pattern", "DDMMYY"}}}}};
    // One validator per set, as in Microsoft's examples; the regexes already
    // demand day 01-31 and month 01-12.
    ValidatorSet mod11{"Validators_pg_cpr_mod11",
                       {{"Checksum",
                         {{"Weights", "4, 3, 2, 7, 6, 5, 4, 3, 2, 1"},
                          {"Mod", "11"},
                          {"CheckDigit", "10"},
                          {"AllowAlphabets", "0"}}}}};
    ValidatorSet cvr{"Validators_pg_cvr_mod11",
                     {{"Checksum",
                       {{"Weights", "2, 7, 6, 5, 4, 3, 2, 1"},
                        {"Mod", "11"},
                        {"CheckDigit", "8"},
                        {"AllowAlphabets", "0"}}}}};
    for (ValidatorSet* v : {&date, &mod11, &cvr}) validator_sets_[v->id] = *v;
  }

  // CPR, e-mail and phone regexes: categories of their own and evidence for
  // health.
  void RegisterNumberRegexes() {
    const std::string cpr = "\\b(?:" + kDD + kMM + kYY + kCompactTail + "|" + kDD + " " + kMM +
                            " " + kYY + kSpacedTail + ")\\b";
    AddRegex("Regex_pg_cpr", cpr, "Validators_pg_cpr_date");
    AddRegex("Regex_pg_cpr_mod11", cpr, "Validators_pg_cpr_mod11");
    AddRegex("Regex_pg_cpr_medium",
             "\\b(?:0101" + kYY + kCompactTail + "|01 01 " + kYY + kSpacedTail + "|" + kDD + kMM +
                 kYY + "-[0-9]{4})\\b",
             "Validators_pg_cpr_date");
    AddRegex("Regex_pg_cpr_fullwidth", kFwCpr, "");
    AddRegex("Regex_pg_email",
             "[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-][A-Za-z0-9.-]{0,252}\\.[A-Za-z]{2,24}\\b", "");
    const std::string prefix = "(?:\\+45|\\+ 45|0045|\\(\\+45\\))";
    const std::string grouped =
        "(?: [0-9]{2} [0-9]{2} [0-9]{2}|-[0-9]{2}-[0-9]{2}-[0-9]{2}|[0-9]{2} [0-9]{4})";
    AddRegex("Regex_pg_phone_prefixed",
             prefix + " ?[2-9][0-9](?:[0-9]{6}| [0-9]{2} [0-9]{2} [0-9]{2}|-[0-9]{2}-[0-9]{2}-[0-9]{2}|"
                      "[0-9]{2} [0-9]{4})\\b",
             "");
    AddRegex("Regex_pg_phone_grouped", "\\b[2-9][0-9]" + grouped + "\\b", "");
    AddRegex("Regex_pg_phone_bare", "\\b[2-9][0-9]{7}\\b", "");
    // A longer run of digit groups (card, IBAN, account): the engine does not
    // read a phone number out of one.
    AddRegex("Regex_pg_digit_run",
             "\\b[0-9]{4} [0-9]{4} [0-9]{4}\\b|\\b[0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2} [0-9]{2}\\b|"
             "\\b[A-Za-z]{2}[0-9]{2} [A-Za-z0-9]{4} [A-Za-z0-9]{4}\\b",
             "");
    AddKeyword("Keyword_pg_cvr", {{"word", CleanTerms(CvrKeywords(), "cvr keyword", false)}});
  }

  // Streets with a listed ending, in the word ("Skovvej 12") or as a word of
  // its own ("Hans Tausens Gade 3"), followed by a house number: address, and
  // evidence for health.
  void RegisterStreetRegexes() {
    AddRegex("Regex_pg_house_number", "\\b" + kHouseNumber + "\\b", "");
    std::vector<std::string> endings(street_endings_.begin(), street_endings_.end());
    std::sort(endings.begin(), endings.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    const std::string compound_head = "\\b[" + kUpper + kLower + "][" + kLower + "-]{2,30}(?:";
    const std::string word_head = "\\b[" + kUpper + "][" + kLower + "]{1,30} (?:";
    const std::string tail = ") " + kHouseNumber + "\\b";
    std::string compound, words;
    size_t used = 0;
    for (const std::string& e : endings) {
      const std::string c = EscapeRegexLiteral(e), w = CapitalisedAlternative(e);
      if (Utf16Length(word_head + words + "|" + w + tail) > kMaxRegexChars) break;
      compound += (compound.empty() ? "" : "|") + c;
      words += (words.empty() ? "" : "|") + w;
      ++used;
    }
    if (used < endings.size()) {
      Warn("address: " + std::to_string(endings.size() - used) + " street endings left out "
           "(longest first kept) to keep the regex under 1024 characters");
    }
    if (used == 0) return;
    AddRegex("Regex_pg_street_compound", compound_head + compound + tail, "");
    AddRegex("Regex_pg_street_word", word_head + words + tail, "");
  }

  // Name dictionaries and keyword lists (see PrepareLexicons), and the
  // keywords around names.
  void RegisterNameLists() {
    if (!first_strong_.empty()) {
      dict_first_ = AddDictionary("pg-first-names", "privacy-guard first names",
                                  "First names, most frequent first (privacy-guard)", first_strong_);
    }
    if (!surnames_strong_.empty()) {
      dict_surnames_ = AddDictionary("pg-surnames", "privacy-guard surnames",
                                     "Surnames, most frequent first (privacy-guard)",
                                     surnames_strong_);
    }
    // Names that are also ordinary words ("Bo", "Holm", "Lund") only when
    // capitalised: case-sensitive keyword lists (dictionaries have no case).
    std::vector<std::string> weak_first, weak_surnames;
    for (const std::string& n : first_weak_) weak_first.push_back(TitleCase(n));
    for (const std::string& n : surnames_weak_) weak_surnames.push_back(TitleCase(n));
    weak_first = CleanTerms(weak_first, "first name", false);
    weak_surnames = CleanTerms(weak_surnames, "surname", false);
    if (weak_first.size() + weak_surnames.size() + 16 > kMaxKeywordsPerEntity) {
      Warn("names that are also ordinary words go to keyword dictionaries (more than 2048): "
           "Purview then matches them in any case");
      if (!weak_first.empty()) {
        dict_first_weak_ = AddDictionary("pg-first-names-weak", "privacy-guard first names (also words)",
                                         "First names that are also ordinary words (privacy-guard)",
                                         first_weak_);
      }
      if (!weak_surnames.empty()) {
        dict_surnames_weak_ = AddDictionary("pg-surnames-weak", "privacy-guard surnames (also words)",
                                            "Surnames that are also ordinary words (privacy-guard)",
                                            surnames_weak_);
      }
    } else {
      if (!weak_first.empty()) {
        dict_first_weak_ = "Keyword_pg_first_name_word";
        AddKeyword(dict_first_weak_, {{"word", weak_first, true}});
      }
      if (!weak_surnames.empty()) {
        dict_surnames_weak_ = "Keyword_pg_surname_word";
        AddKeyword(dict_surnames_weak_, {{"word", weak_surnames, true}});
      }
    }
    AddRegex("Regex_pg_surname_sen", "\\b[" + kUpper + "][" + kLower + "]{1,30}sen\\b", "");
    AddRegex("Regex_pg_two_capitalised",
             "\\b[" + kUpper + "][" + kLower + "ńśćłóżźčšž]{1,30}[- ][" + kUpper + "][" + kLower +
                 "ńśćłóżźčšž]{2,30}\\b",
             "");
    AddKeyword("Keyword_pg_greeting",
               {{"word", CleanTerms({"hej", "kære", "hi", "hello", "dear", "goddag", "god morgen",
                                     "mvh", "hilsen", "venlig hilsen", "vh"},
                                    "greeting", false)}});
    std::vector<std::string> not_name = NameFollowers();
    for (const std::string& p : loaded_.data.places) not_name.push_back(p);
    AddKeyword("Keyword_pg_not_name", {{"word", CleanTerms(not_name, "place", false)}});
    AddKeyword("Keyword_pg_title", {{"word", CleanTerms({"fru", "hr", "hr.", "frk", "frk.", "herr",
                                                         "mrs", "mrs.", "mr", "mr.", "ms", "ms."},
                                                        "title", false)}});
  }

  // "vej" -> "[Vv]ej" (a separate ending word: "Hans Tausens Gade 3").
  static std::string CapitalisedAlternative(const std::string& ending) {
    unsigned char c = static_cast<unsigned char>(ending[0]);
    if (c < 0x80 && std::isalpha(c)) {
      return "[" + std::string(1, static_cast<char>(std::toupper(c))) + std::string(1, ending[0]) +
             "]" + EscapeRegexLiteral(ending.substr(1));
    }
    return EscapeRegexLiteral(ending);
  }

  // ---- Categories ------------------------------------------------------------

  void MapCategory(Category c) {
    CategorySummary& s = out_->categories[static_cast<size_t>(c)];
    const CategoryRuleView& rule = engine_.rule(c);
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
    std::vector<Candidate> cands;
    std::string proximity = "300";
    switch (c) {
      case Category::kCpr: proximity = "40"; cands = Cpr(&s); break;
      case Category::kCvr: proximity = "30"; cands = Cvr(&s); break;
      case Category::kEmail: proximity = "1"; cands = Email(&s); break;
      case Category::kPhone: proximity = "40"; cands = Phone(&s); break;
      case Category::kIban: proximity = "300"; cands = Iban(&s); break;
      case Category::kBankAccount: proximity = "40"; cands = BankAccount(&s); break;
      case Category::kPaymentCard: proximity = "300"; cands = PaymentCard(&s); break;
      case Category::kBusinessTerm: proximity = "300"; cands = BusinessTerm(&s); break;
      case Category::kName: proximity = "20"; cands = Name(&s); break;
      case Category::kAddress: proximity = "10"; cands = Address(&s); break;
      case Category::kHealth: proximity = "300"; cands = Health(&s); break;
    }
    AddAllowlistExclusions(c, &cands);
    Entity e;
    e.category = c;
    e.id = StableGuid(org_, "entity", CatId(c));
    e.proximity = proximity;
    e.recommended_confidence = s.recommended_confidence;
    e.name = {s.name_da, s.name_en};
    e.description = {rule.why.da, rule.why.en};
    e.patterns = AssignLevels(c, rule.min_confidence, std::move(cands));
    if (e.patterns.empty()) {
      if (s.note.empty()) s.note = "nothing to export at the policy's minimum confidence";
      Warn(CatId(c) + " is not exported: " + s.note);
      return;
    }
    s.entity_id = e.id;
    s.exported = true;
    s.patterns = e.patterns.size();
    entities_.push_back(std::move(e));
  }

  // Numbers the candidates within their confidence band; drops those below
  // the policy's minimum confidence (the engine would not report them).
  std::vector<Pattern> AssignLevels(Category c, Confidence min, std::vector<Candidate> cands) {
    std::vector<Pattern> out;
    std::map<Confidence, int> next;
    for (Candidate& cand : cands) {
      if (cand.tier < min) continue;
      int& n = next[cand.tier];
      const int level = LevelBase(cand.tier) + n;
      if (level > LevelMax(cand.tier)) {
        Warn(CatId(c) + ": pattern '" + cand.pattern.comment + "' is dropped: more patterns than "
             "distinct confidence levels in the " + std::string(ConfidenceName(cand.tier)) + " band");
        continue;
      }
      ++n;
      cand.pattern.confidence = level;
      out.push_back(std::move(cand.pattern));
    }
    std::sort(out.begin(), out.end(),
              [](const Pattern& a, const Pattern& b) { return a.confidence > b.confidence; });
    return out;
  }

  std::vector<Candidate> Cpr(CategorySummary* s) {
    AddKeyword("Keyword_pg_cpr", {{"word", CleanTerms(CprKeywords(), "cpr keyword", false)}});
    AddKeyword("Keyword_pg_cpr_other",
               {{"word", CleanTerms(CprOtherKeywords(), "cpr keyword", false)}});
    s->note = "future birth dates and the century rule are not checked; the keyword window "
              "covers both sides";
    const std::vector<std::string> other = {"Keyword_pg_cpr_other"};
    return {
        Make(Confidence::kHigh, "Regex_pg_cpr", {Evidence::Match("Keyword_pg_cpr")},
             "CPR keyword near a DDMMYY-SSSS number with a real date"),
        Make(Confidence::kHigh, "Regex_pg_cpr_mod11", {Evidence::NoneOf(other)},
             "modulus 11 passes, no other-number keyword near"),
        Make(Confidence::kHigh, "Regex_pg_cpr_fullwidth", {Evidence::Match("Keyword_pg_cpr")},
             "CPR keyword near a number in full-width digits"),
        Make(Confidence::kMedium, "Regex_pg_cpr_medium", {Evidence::NoneOf(other)},
             "1 January birth date or canonical DDMMYY-SSSS, modulus 11 not required"),
        Make(Confidence::kMedium, "Regex_pg_cpr_fullwidth", {Evidence::NoneOf(other)},
             "number in full-width digits (no checksum available)"),
        Make(Confidence::kLow, "Regex_pg_cpr", {}, "any DDMMYY-SSSS number with a real date"),
    };
  }

  std::vector<Candidate> Cvr(CategorySummary* s) {
    AddRegex("Regex_pg_cvr", "\\b(?:[1-9][0-9]{7}|[1-9][0-9] [0-9]{2} [0-9]{2} [0-9]{2})\\b",
             "Validators_pg_cvr_mod11");
    return {
        Make(Confidence::kHigh, "Regex_pg_cvr", {Evidence::Match("Keyword_pg_cvr")},
             "modulus 11 passes and a CVR/SE keyword is near"),
        Make(Confidence::kLow, "Regex_pg_cvr", {}, "modulus 11 passes"),
    };
  }

  std::vector<Candidate> Email(CategorySummary* s) {
    std::string alt;
    for (const std::string& m : FunctionalMailboxes()) alt += (alt.empty() ? "" : "|") + EscapeRegexLiteral(m);
    AddRegex("Regex_pg_email_functional", "(?i)(?:^|[^A-Za-z0-9._%+'-])(?:" + alt + ")@", "");
    s->note = "functional mailboxes (post@, info@, ...) are excluded by proximity, not by value";
    return {
        Make(Confidence::kHigh, "Regex_pg_email", {Evidence::NoneOf({"Regex_pg_email_functional"})},
             "e-mail address that is not a functional mailbox"),
        Make(Confidence::kLow, "Regex_pg_email", {}, "any e-mail address"),
    };
  }

  std::vector<Candidate> Phone(CategorySummary* s) {
    AddKeyword("Keyword_pg_phone", {{"word", CleanTerms(Concat(PhoneKeywords(), {"(mobil)"}), "phone keyword", false)}});
    AddKeyword("Keyword_pg_phone_other",
               {{"word", CleanTerms(Concat(PhoneOtherKeywords(), AmountWordsAfter()), "phone keyword", false)}});
    s->note = "a longer run of digit groups is not recognised as 'not a phone number'";
    const Evidence no_run = Evidence::NoneOf({"Regex_pg_digit_run"});
    return {
        Make(Confidence::kHigh, "Regex_pg_phone_prefixed", {}, "+45, 0045 or (+45) prefix"),
        Make(Confidence::kHigh, "Regex_pg_phone_grouped", {Evidence::Match("Keyword_pg_phone"), no_run},
             "grouped number with a phone word near, not inside a longer run of digit groups"),
        Make(Confidence::kHigh, "Regex_pg_phone_bare",
             {Evidence::Match("Keyword_pg_phone"), Evidence::NoneOf({"Keyword_pg_cvr"})},
             "eight digits with a phone word near and no CVR word near"),
        Make(Confidence::kMedium, "Regex_pg_phone_grouped",
             {Evidence::NoneOf({"Keyword_pg_phone_other"}), no_run},
             "grouped number (12 34 56 78, 1234 5678), no amount/case-number word near"),
        Make(Confidence::kLow, "Regex_pg_phone_grouped", {}, "grouped number"),
        Make(Confidence::kLow, "Regex_pg_phone_bare", {}, "eight digits"),
    };
  }

  std::vector<Candidate> Iban(CategorySummary* s) {
    AddRegex("Regex_pg_iban_compact", "\\b[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{11,30}\\b", "Func_iban");
    AddRegex("Regex_pg_iban_spaced",
             "\\b[A-Za-z]{2}[0-9]{2}(?: [A-Za-z0-9]{4}){2,7} ?[A-Za-z0-9]{0,4}\\b", "Func_iban");
    s->note = "country length and mod-97 are left to Purview's Func_iban validator";
    return {
        Make(Confidence::kHigh, "Regex_pg_iban_compact", {}, "IBAN without spaces, Func_iban"),
        Make(Confidence::kHigh, "Regex_pg_iban_spaced", {}, "IBAN in groups of four, Func_iban"),
    };
  }

  std::vector<Candidate> BankAccount(CategorySummary* s) {
    AddRegex("Regex_pg_bank_short", "\\b[0-9]{4}(?:-|/| | - | / |- |/ | -| /)[0-9]{6,10}\\b", "");
    AddRegex("Regex_pg_bank_reg",
             "(?i)\\breg(?:istrerings)?[. ]{0,2}(?:nr|nummer)\\.?:? ?[0-9]{4},? ?(?:og |samt |& )?"
             "(?:konto|kto)[. ]{0,2}(?:nummer|nr)?\\.?:? ?[0-9]{4,10}\\b",
             "");
    AddRegex("Regex_pg_bank_spelled",
             "(?i)\\b[0-9]{4}[-/, ]{1,3}(?:konto|kto|knr)[. ]{0,2}(?:nummer|nr)?\\.?:? ?[0-9]{4,10}\\b",
             "");
    AddKeyword("Keyword_pg_bank", {{"word", CleanTerms(BankKeywords(), "bank keyword", false)}});
    return {
        Make(Confidence::kHigh, "Regex_pg_bank_reg", {}, "reg.nr. NNNN kontonr. NNNNNNNNNN"),
        Make(Confidence::kHigh, "Regex_pg_bank_spelled", {}, "NNNN konto NNNNNNNNNN"),
        Make(Confidence::kHigh, "Regex_pg_bank_short", {Evidence::Match("Keyword_pg_bank")},
             "NNNN-NNNNNNNNNN with a bank word near"),
        Make(Confidence::kLow, "Regex_pg_bank_short", {}, "NNNN-NNNNNNNNNN"),
    };
  }

  std::vector<Candidate> PaymentCard(CategorySummary* s) {
    const std::vector<std::pair<std::string, std::string>> forms = {
        {"Regex_pg_card_plain", "\\b[0-9]{13,19}\\b"},
        {"Regex_pg_card_spaces", "\\b[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{1,7}\\b"},
        {"Regex_pg_card_dashes", "\\b[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{1,7}\\b"},
        {"Regex_pg_card_spaces5", "\\b[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4} [0-9]{1,3}\\b"},
        {"Regex_pg_card_dashes5", "\\b[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{1,3}\\b"},
        {"Regex_pg_card_amex", "\\b3[47][0-9]{2}[ -][0-9]{6}[ -][0-9]{5}\\b"},
    };
    std::vector<Candidate> out;
    for (const auto& [id, re] : forms) {
      AddRegex(id, re, "Func_credit_card");
      out.push_back(Make(Confidence::kHigh, id, {},
                         "card number " + id.substr(std::string("Regex_pg_card_").size()) +
                             ", Func_credit_card"));
    }
    s->note = "Luhn and issuer checks are left to Purview's Func_credit_card validator";
    return out;
  }

  std::vector<Candidate> BusinessTerm(CategorySummary* s) {
    std::vector<std::string> terms, regexes, origins;
    const config::BusinessTerms& bt = policy_.business_terms();
    for (const std::string& t : bt.term()) terms.push_back(t);
    for (int i = 0; i < bt.regex_size(); ++i) {
      regexes.push_back(bt.regex(i));
      origins.push_back("business_terms.regex[" + std::to_string(i) + "] '" + bt.regex(i) + "'");
    }
    for (const std::string& line : loaded_.data.term_files) {
      if (line.rfind("re:", 0) == 0) {
        regexes.push_back(line.substr(3));
        origins.push_back("term file regex '" + line.substr(3) + "'");
      } else {
        terms.push_back(line);
      }
    }
    std::vector<Candidate> out;
    std::vector<std::string> clean = CleanTerms(terms, "business", true);
    bool too_long = false;
    for (const std::string& t : clean) too_long = too_long || Utf16Length(t) > kMaxTermChars;
    if (!clean.empty() && (too_long || clean.size() > kMaxKeywordsPerEntity)) {
      Warn("business terms go to a keyword dictionary: " +
           std::string(too_long ? "a term is longer than 50 characters"
                                : "more than 2048 terms"));
      const std::string dict = AddDictionary("pg-business-terms", "privacy-guard business terms",
                                             "Business-critical terms from the privacy-guard policy",
                                             clean);
      out.push_back(Make(Confidence::kHigh, dict, {}, "business term (keyword dictionary)"));
    } else if (!clean.empty()) {
      AddKeyword("Keyword_pg_business", {{"word", clean}});
      out.push_back(Make(Confidence::kHigh, "Keyword_pg_business", {}, "business term"));
    }
    for (size_t i = 0; i < regexes.size(); ++i) {
      std::string re = regexes[i];
      // Whole words, case-insensitive, like the engine.
      const bool top_alt = HasTopLevelAlternation(re);
      re = "(?i)\\b" + (top_alt ? "(?:" + re + ")" : re) + "\\b";
      const std::string id = "Regex_pg_business_" + std::to_string(i + 1);
      if (AddPolicyRegex(id, re, origins[i])) {
        out.push_back(Make(Confidence::kHigh, id, {}, "business term regex " + std::to_string(i + 1)));
      }
    }
    // One regex per pattern: the high band and the 20-regex limit.
    size_t regex_patterns = 0;
    for (auto it = out.begin(); it != out.end();) {
      if (regexes_.count(it->pattern.id_match) &&
          ++regex_patterns > std::min<size_t>(kMaxRegexesPerEntity, kMaxConfidence - kHighConfidence)) {
        Warn("business term " + it->pattern.comment + " is not exported: too many regex terms for "
             "one Purview type (at most " + std::to_string(kMaxConfidence - kHighConfidence) + ")");
        it = out.erase(it);
      } else {
        ++it;
      }
    }
    if (out.empty()) s->note = "no business terms in the policy";
    return out;
  }

  static bool HasTopLevelAlternation(const std::string& re) {
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

  // Terms of keyword list `id` (0 for a dictionary or nothing).
  size_t KeywordTermCount(const std::string& id) const {
    auto it = keywords_.find(id);
    if (it == keywords_.end()) return 0;
    size_t n = 0;
    for (const KeywordGroup& g : it->second.groups) n += g.terms.size();
    return n;
  }

  // Any first name (strong or weak) as evidence.
  std::vector<Evidence> AnyFirstName() const {
    std::vector<Evidence> e;
    if (!dict_first_.empty()) e.push_back(Evidence::Match(dict_first_));
    if (!dict_first_weak_.empty()) e.push_back(Evidence::Match(dict_first_weak_));
    return e;
  }

  // The primary match is the surname (the engine reports the whole name;
  // the surname span overlaps it). As in the engine: a strong surname (or a
  // -sen patronymic) with any first name is high, a surname that is also a
  // word needs a strong first name; a title ("fru Jensen") counts as the
  // first name.
  std::vector<Candidate> Name(CategorySummary* s) {
    std::vector<Evidence> any_first = AnyFirstName();
    if (any_first.empty() && !keywords_.count("Keyword_pg_title")) {
      s->note = "no first-name list in the policy data";
      return {};
    }
    s->note = "first name (or title) and surname near each other; their order, adjacency and "
              "capitalisation, and surnames on no list (\"Piotr Nowak\") are not mapped";
    std::vector<Candidate> out;
    const Evidence first = Evidence::AnyOf(any_first, 1);
    const Evidence title = Evidence::Match("Keyword_pg_title");
    if (!dict_surnames_.empty()) {
      if (!any_first.empty()) {
        out.push_back(Make(Confidence::kHigh, dict_surnames_, {first},
                           "listed surname (not an ordinary word) with a first name near"));
      }
      out.push_back(Make(Confidence::kHigh, dict_surnames_, {title}, "title + listed surname"));
    }
    if (!any_first.empty()) {
      out.push_back(Make(Confidence::kHigh, "Regex_pg_surname_sen", {first},
                         "capitalised -sen surname with a first name near"));
    }
    out.push_back(Make(Confidence::kHigh, "Regex_pg_surname_sen", {title}, "title + -sen surname"));
    if (!dict_first_.empty()) {
      out.push_back(Make(Confidence::kMedium, "Regex_pg_two_capitalised",
                         {Evidence::Match(dict_first_),
                          Evidence::NoneOf({"Keyword_pg_greeting", "Keyword_pg_not_name"})},
                         "two capitalised words with a first name among them (\"Piotr Nowak\")"));
    }
    if (!dict_surnames_weak_.empty()) {
      if (!dict_first_.empty()) {
        out.push_back(Make(Confidence::kHigh, dict_surnames_weak_, {Evidence::Match(dict_first_)},
                           "surname that is also a word, with a strong first name near"));
      }
      out.push_back(Make(Confidence::kMedium, dict_surnames_weak_, {title},
                         "title + surname that is also a word"));
    }
    return out;
  }

  std::vector<Candidate> Address(CategorySummary* s) {
    std::vector<Candidate> out;
    if (regexes_.count("Regex_pg_street_compound")) {
      out.push_back(Make(Confidence::kHigh, "Regex_pg_street_compound", {},
                         "street with a listed ending + house number"));
      out.push_back(Make(Confidence::kHigh, "Regex_pg_street_word", {},
                         "street ending as a separate word + house number"));
    }
    // Listed streets the ending regexes do not already cover.
    std::vector<std::string> streets;
    std::vector<std::string> word_like;
    for (const std::string& st : loaded_.data.street_names) {
      std::string f = CollapseSpaces(Fold(st));
      if (f.empty() || CoveredByEndings(f)) continue;
      // Purview matches dictionary terms in any case and cannot demand the
      // number right after the street: a street that is also an ordinary
      // word or a name ("Torvet", "Havnen", "Vestergaard") would fire on
      // any nearby number.
      if (Utf16Length(f) < 4 || words_.count(f) || common_.count(f) || names_.count(f)) {
        word_like.push_back(st);
        continue;
      }
      streets.push_back(st);
    }
    if (!word_like.empty()) {
      Warn("address: " + std::to_string(word_like.size()) + " listed street names that are also "
           "ordinary words or names are not exported (e.g. '" + word_like.front() + "'): Purview "
           "would flag them next to any number");
    }
    std::vector<std::string> towns;
    for (const std::string& line : loaded_.data.postcodes) {
      size_t tab = line.find('\t');
      if (tab != 4 || tab + 1 >= line.size()) continue;
      towns.push_back(line.substr(0, 4) + " " + line.substr(tab + 1));
    }
    if (!streets.empty()) {
      const std::string dict = AddDictionary("pg-street-names", "privacy-guard street names",
                                             "Street names without a typical ending (privacy-guard)",
                                             streets);
      std::vector<std::string> clean = CleanTerms(towns, "postcode", false);
      if (clean.size() > kMaxKeywordsPerEntity) {
        Warn("address: postcode+town list cut to " + std::to_string(kMaxKeywordsPerEntity) +
             " entries (Purview keyword limit)");
        clean.resize(kMaxKeywordsPerEntity);
      }
      AddKeyword("Keyword_pg_postcode_town", {{"word", clean}});
      if (keywords_.count("Keyword_pg_postcode_town")) {
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

  bool CoveredByEndings(const std::string& folded_street) const {
    size_t sp = folded_street.rfind(' ');
    if (sp != std::string::npos) {
      if (street_endings_.count(folded_street.substr(sp + 1))) return true;
    }
    const std::string last = sp == std::string::npos ? folded_street : folded_street.substr(sp + 1);
    for (const std::string& e : street_endings_) {
      if (last.size() >= e.size() + 3 && last.compare(last.size() - e.size(), e.size(), e) == 0 &&
          last.find('-') == std::string::npos) {
        return true;
      }
    }
    return false;
  }

  std::vector<Candidate> Health(CategorySummary* s) {
    std::vector<std::string> word_terms, string_terms;
    for (const std::string& t : loaded_.data.health_terms) {
      std::string f = CollapseSpaces(Fold(t));
      if (Utf16Length(f) < 3 || common_.count(f)) continue;
      // Single words of 5+ letters as strings: inflections ("diabetesen")
      // and compounds ("fødselsdepression") match, as in the engine.
      if (f.find(' ') == std::string::npos && f.find('-') == std::string::npos &&
          Utf16Length(f) >= 5) {
        string_terms.push_back(f);
      } else {
        word_terms.push_back(f);
      }
    }
    word_terms = CleanTerms(word_terms, "health", false);
    string_terms = CleanTerms(string_terms, "health", false);
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
      Warn("health terms go to a keyword dictionary (more than 2048): inflected forms and "
           "compounds are then not matched");
      terms_id = AddDictionary("pg-health-terms", "privacy-guard health terms",
                               "Diagnoses, treatments and medicines (privacy-guard)", all);
    } else {
      AddKeyword(terms_id, {{"word", word_terms}, {"string", string_terms}});
    }
    // The person: CPR, or a name (first name + surname); contact details only
    // give medium, as in the engine.
    std::vector<Evidence> person = {Evidence::Match("Regex_pg_cpr"),
                                    Evidence::Match("Regex_pg_cpr_fullwidth")};
    // The names-that-are-words keyword lists count toward the type's 2048
    // keywords; leave them out of the evidence when they would not fit.
    const size_t health_terms = terms_id == "Keyword_pg_health" ? word_terms.size() + string_terms.size() : 0;
    const bool weak_fit = health_terms + KeywordTermCount(dict_first_weak_) +
                              KeywordTermCount(dict_surnames_weak_) <= kMaxKeywordsPerEntity;
    if (!weak_fit) {
      Warn("health: names that are also ordinary words (\"Bo\", \"Holm\") do not count as a "
           "person next to a health term (the type would exceed 2048 keywords)");
    }
    std::vector<Evidence> any_first;
    if (!dict_first_.empty()) any_first.push_back(Evidence::Match(dict_first_));
    if (!dict_first_weak_.empty() && (weak_fit || dictionaries_.count(dict_first_weak_))) {
      any_first.push_back(Evidence::Match(dict_first_weak_));
    }
    if (!any_first.empty()) {
      std::vector<Evidence> surname = {Evidence::Match("Regex_pg_surname_sen")};
      if (!dict_surnames_.empty()) surname.push_back(Evidence::Match(dict_surnames_));
      if (!dict_surnames_weak_.empty() && (weak_fit || dictionaries_.count(dict_surnames_weak_))) {
        surname.push_back(Evidence::Match(dict_surnames_weak_));
      }
      person.push_back(Evidence::AnyOf(
          {Evidence::AnyOf(std::move(any_first), 1), Evidence::AnyOf(std::move(surname), 1)}, 2));
    }
    std::vector<Evidence> contact = {Evidence::Match("Regex_pg_email"),
                                     Evidence::Match("Regex_pg_phone_prefixed"),
                                     Evidence::Match("Regex_pg_phone_grouped")};
    if (regexes_.count("Regex_pg_street_compound")) {
      contact.push_back(Evidence::Match("Regex_pg_street_compound"));
    }
    s->note = "\"about an identified person\" becomes: a CPR number or a name within 300 "
              "characters of the term";
    return {
        Make(Confidence::kHigh, terms_id, {Evidence::AnyOf(std::move(person), 1)},
             "health term with a CPR number or a name near"),
        Make(Confidence::kMedium, terms_id, {Evidence::AnyOf(std::move(contact), 1)},
             "health term with an e-mail address, phone number or address near"),
    };
  }

  // ---- Allowlists --------------------------------------------------------------

  // Values the policy allows (global + category) become an exclusion on every
  // pattern of the category: a pattern does not match when an allowed value
  // occurs within the proximity window.
  void AddAllowlistExclusions(Category c, std::vector<Candidate>* cands) {
    if (cands->empty()) return;
    std::vector<std::string> exact, regex;
    auto take = [&](const config::Allowlist& a) {
      for (const std::string& v : a.exact()) exact.push_back(v);
      for (const std::string& v : a.regex()) regex.push_back(v);
    };
    take(policy_.allowlist());
    if (const config::CategoryRule* r = PolicyRule(c)) take(r->allowlist());
    std::vector<std::string> ids;
    std::vector<std::string> variants;
    for (const std::string& v : exact) {
      for (const std::string& x : AllowVariants(v)) variants.push_back(x);
    }
    variants = CleanTerms(variants, CatId(c) + " allowlist", false);
    if (!variants.empty()) {
      const std::string id = "Keyword_pg_allow_" + CatId(c);
      AddKeyword(id, {{"string", variants}});
      ids.push_back(id);
    }
    for (size_t i = 0; i < regex.size(); ++i) {
      const std::string id = "Regex_pg_allow_" + CatId(c) + "_" + std::to_string(i + 1);
      if (AddPolicyRegex(id, "(?i)" + regex[i], CatId(c) + " allowlist regex '" + regex[i] + "'")) {
        ids.push_back(id);
      }
    }
    if (ids.empty()) return;
    for (Candidate& cand : *cands) cand.pattern.evidence.push_back(Evidence::NoneOf(ids));
  }

  const config::CategoryRule* PolicyRule(Category c) const {
    const config::Categories& cs = policy_.categories();
    const google::protobuf::Descriptor* d = cs.GetDescriptor();
    const google::protobuf::FieldDescriptor* f = d->FindFieldByName(CatId(c));
    if (!f || !cs.GetReflection()->HasField(cs, f)) return nullptr;
    return static_cast<const config::CategoryRule*>(&cs.GetReflection()->GetMessage(cs, f));
  }

  // "29189838" -> also "29 18 98 38" and "2918 9838"; "+4589591000" -> also
  // "+45 89591000", "+45 89 59 10 00" (the engine compares without separators).
  static std::vector<std::string> AllowVariants(const std::string& v) {
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

  // ---- Dictionary budget -----------------------------------------------------

  static size_t Cost(const std::string& term) { return Utf16Length(term) + 1; }

  // Shares the budget max-min fairly: small dictionaries are kept whole, the
  // large ones cut at their least important end. Every cut is a warning; a
  // dictionary left empty removes the patterns that need it.
  void ApplyDictionaryBudget() {
    std::vector<Dictionary*> ds;
    for (const std::string& id : dictionary_order_) ds.push_back(&dictionaries_[id]);
    std::stable_sort(ds.begin(), ds.end(), [](const Dictionary* a, const Dictionary* b) {
      size_t ca = 0, cb = 0;
      for (const std::string& t : a->terms) ca += Cost(t);
      for (const std::string& t : b->terms) cb += Cost(t);
      return ca < cb;
    });
    size_t remaining = options_.dictionary_budget_chars;
    for (size_t i = 0; i < ds.size(); ++i) {
      const size_t share = remaining / (ds.size() - i);
      size_t used = 0, keep = 0;
      for (const std::string& t : ds[i]->terms) {
        if (used + Cost(t) > share) break;
        used += Cost(t);
        ++keep;
      }
      if (keep < ds[i]->terms.size()) {
        Warn("keyword dictionary '" + ds[i]->name + "' cut from " +
             std::to_string(ds[i]->terms.size()) + " to " + std::to_string(keep) +
             " terms to stay within the tenant's dictionary budget of " +
             std::to_string(options_.dictionary_budget_chars) + " characters" +
             (ds[i]->file_name == "pg-street-names.txt" ? " (the list has no ranking: the cut "
                                                           "is by file order)"
                                                         : " (least frequent entries dropped)"));
        ds[i]->terms.resize(keep);
      }
      remaining -= used;
    }
    std::set<std::string> empty;
    for (auto& [id, d] : dictionaries_) {
      if (d.terms.empty()) empty.insert(id);
    }
    if (empty.empty()) return;
    for (const std::string& id : empty) {
      Warn("keyword dictionary '" + dictionaries_[id].name +
           "' is empty after the budget; the patterns that need it are dropped");
      dictionaries_.erase(id);
      dictionary_order_.erase(std::find(dictionary_order_.begin(), dictionary_order_.end(), id));
    }
    for (auto it = entities_.begin(); it != entities_.end();) {
      auto& ps = it->patterns;
      ps.erase(std::remove_if(ps.begin(), ps.end(),
                              [&](const Pattern& p) {
                                for (const std::string& r : PatternRefs(p)) {
                                  if (empty.count(r)) return true;
                                }
                                return false;
                              }),
               ps.end());
      out_->categories[static_cast<size_t>(it->category)].patterns = ps.size();
      if (ps.empty()) {
        CategorySummary& s = out_->categories[static_cast<size_t>(it->category)];
        s.exported = false;
        s.entity_id.clear();
        s.note = "its keyword dictionary did not fit the budget";
        it = entities_.erase(it);
      } else {
        ++it;
      }
    }
  }

  // Every id a pattern refers to must be defined: a dangling idRef makes
  // Purview refuse the whole package.
  void CheckReferences() {
    for (const Entity& e : entities_) {
      for (const Pattern& p : e.patterns) {
        for (const std::string& r : PatternRefs(p)) {
          if (!regexes_.count(r) && !keywords_.count(r) && !dictionaries_.count(r)) {
            internal_errors_.push_back(CatId(e.category) + " refers to undefined '" + r + "'");
          }
        }
      }
    }
  }

  // ---- Packages ----------------------------------------------------------------

  // The package for `entities` with exactly the processors they refer to,
  // sorted by id.
  RulePackage PackageFor(const std::vector<Entity>& entities, const std::array<unsigned, 4>& version,
                         size_t index) const {
    RulePackage p;
    const std::string suffix = index == 0 ? "" : " " + std::to_string(index + 1);
    p.id = StableGuid(org_, "rulepack", std::to_string(index + 1));
    p.publisher_id = StableGuid(org_, "publisher", "privacy-guard");
    p.version = version;
    const std::string org = org_.empty() ? std::string("privacy-guard") : org_;
    p.publisher_name = Truncate(CollapseSpaces(org), kMaxDetailsTextChars);
    p.name = Truncate(CollapseSpaces("privacy-guard " + org_ + suffix), kMaxRulePackNameChars);
    p.description = Truncate(
        CollapseSpaces("Sensitive information types exported from the privacy-guard policy "
                       "version " + policy_.version() +
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
      if (auto it = regexes_.find(r); it != regexes_.end()) {
        p.regexes.push_back(it->second);
        if (validator_sets_.count(it->second.validators)) validators.insert(it->second.validators);
      } else if (auto k = keywords_.find(r); k != keywords_.end()) {
        p.keywords.push_back(k->second);
      }
    }
    for (const std::string& v : validators) p.validator_sets.push_back(validator_sets_.at(v));
    return p;
  }

  static std::string Truncate(const std::string& s, size_t max_chars) {
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

  // One package, or several when one would exceed the upload size Microsoft
  // suggests (entities are never split).
  void AssemblePackages(const std::array<unsigned, 4>& version) {
    std::set<std::string> used;
    for (const Entity& e : entities_) {
      for (const Pattern& p : e.patterns) {
        for (const std::string& r : PatternRefs(p)) used.insert(r);
      }
    }
    for (const std::string& id : dictionary_order_) {
      if (used.count(id)) out_->dictionaries.push_back(dictionaries_.at(id));
    }
    if (entities_.empty()) return;
    std::vector<std::vector<Entity>> groups(1);
    for (const Entity& e : entities_) {
      groups.back().push_back(e);
      const RulePackage trial = PackageFor(groups.back(), version, groups.size() - 1);
      if (RulePackageUtf16Bytes(trial) > kMaxRulePackageBytes && groups.back().size() > 1) {
        groups.back().pop_back();
        groups.push_back({e});
      }
    }
    for (size_t i = 0; i < groups.size(); ++i) {
      out_->packages.push_back(PackageFor(groups[i], version, i));
      const size_t bytes = RulePackageUtf16Bytes(out_->packages.back());
      if (bytes > kMaxRulePackageBytes) {
        Warn("rule package " + std::to_string(i + 1) + " is " + std::to_string(bytes / 1024) +
             " KB, above the 770 KB Microsoft suggests for uploads");
      }
    }
    if (groups.size() > 1) {
      Warn("the rule package is split into " + std::to_string(groups.size()) +
           " packages to stay under 770 KB each");
    }
  }

  void CheckTenantLimits() {
    if (out_->packages.size() > kMaxRulePackagesPerTenant) {
      Warn("more than 10 rule packages: Purview accepts at most 10 per tenant");
    }
    size_t dictionary_sits = 0;
    for (const Entity& e : entities_) {
      bool uses = false;
      for (const Pattern& p : e.patterns) {
        for (const std::string& r : PatternRefs(p)) uses = uses || dictionaries_.count(r) > 0;
      }
      dictionary_sits += uses;
      // Keyword terms per type (Purview: 2048 in total).
      std::set<std::string> refs;
      for (const Pattern& p : e.patterns) {
        for (const std::string& r : PatternRefs(p)) refs.insert(r);
      }
      size_t terms = 0;
      for (const std::string& r : refs) {
        if (auto k = keywords_.find(r); k != keywords_.end()) {
          for (const KeywordGroup& g : k->second.groups) terms += g.terms.size();
        }
      }
      if (terms > kMaxKeywordsPerEntity) {
        Warn(CatId(e.category) + " refers to " + std::to_string(terms) +
             " keyword terms; Purview allows 2048 per type");
      }
    }
    if (dictionary_sits > kMaxDictionarySitsPerTenant) {
      Warn("more than 50 dictionary-based types: Purview allows 50 per tenant");
    }
  }

  const LoadedPolicy& loaded_;
  const config::Policy& policy_;
  const Engine& engine_;
  const ExportOptions& options_;
  PurviewExport* out_;
  std::string org_;

  std::unordered_set<std::string> common_, places_;
  std::set<std::string> street_endings_;
  std::unordered_set<std::string> words_, names_;
  std::vector<std::string> first_strong_, first_weak_, surnames_strong_, surnames_weak_;
  std::string dict_first_, dict_first_weak_, dict_surnames_, dict_surnames_weak_;

  std::map<std::string, Regex> regexes_;
  std::map<std::string, Keyword> keywords_;
  std::map<std::string, ValidatorSet> validator_sets_;
  std::map<std::string, Dictionary> dictionaries_;  // by placeholder GUID
  std::vector<std::string> dictionary_order_;
  std::vector<Entity> entities_;
  std::vector<std::string> internal_errors_;
};

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
  return Builder(loaded, engine, options, out).Run(error);
}

}  // namespace privacy_guard::exporter::purview
