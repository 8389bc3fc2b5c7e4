// The exported packs (default policy with the shipped lists, and with the
// full reference lists when present) against Purview's documented limits:
// every regex compiles with PCRE2 and keeps the Boost.Regex restrictions
// Purview checks on upload; keyword terms, regexes per type, keywords per
// type and confidence levels stay within bounds; the package encodings are
// what Microsoft asks for.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "export/purview_limits.h"
#include "export/purview_regex_rules.h"
#include "purview_emulator.h"
#include "purview_pack.h"

namespace fs = std::filesystem;
namespace pv = privacy_guard::exporter::purview;

namespace {

std::vector<std::string> PackDirs() {
  std::vector<std::string> dirs = {PG_PURVIEW_PACK_SHIPPED};
  if (fs::exists(fs::path(PG_PURVIEW_PACK_FULL) / "IMPORT.md")) dirs.push_back(PG_PURVIEW_PACK_FULL);
  return dirs;
}

void CollectRefs(const pgtest::PackEvidence& e, std::set<std::string>* out) {
  if (!e.any) {
    out->insert(e.id_ref);
    return;
  }
  for (const auto& c : e.children) CollectRefs(c, out);
}

TEST(PurviewPack, EveryRegexCompilesWithPcre2AndFollowsPurviewRules) {
  for (const std::string& dir : PackDirs()) {
    SCOPED_TRACE(dir);
    pgtest::Pack pack = pgtest::LoadPack(dir);
    ASSERT_FALSE(pack.regexes.empty());
    for (const auto& [id, r] : pack.regexes) {
      SCOPED_TRACE(id + ": " + r.expression);
      EXPECT_NO_THROW(pgtest::Pcre2Regex re(r.expression));
      EXPECT_EQ(pv::RegexRuleViolations(r.expression), std::vector<std::string>());
      EXPECT_LE(pv::Utf16Length(r.expression), pv::kMaxRegexChars);
    }
  }
}

TEST(PurviewPack, TypesStayWithinPurviewLimits) {
  for (const std::string& dir : PackDirs()) {
    SCOPED_TRACE(dir);
    pgtest::Pack pack = pgtest::LoadPack(dir);
    ASSERT_FALSE(pack.entities.empty());
    std::set<std::string> dictionaries;
    for (const auto& [placeholder, file] : pack.dictionary_files) dictionaries.insert(placeholder);
    size_t dictionary_chars = 0;
    for (const std::string& d : dictionaries) {
      for (const auto& g : pack.keywords.at(d)) {
        for (const std::string& t : g.terms) {
          dictionary_chars += pv::Utf16Length(t) + 1;
          EXPECT_EQ(t.find(','), std::string::npos) << t;
        }
      }
    }
    EXPECT_LE(dictionary_chars, pv::kDefaultDictionaryBudgetChars);
    for (const pgtest::PackEntity& e : pack.entities) {
      SCOPED_TRACE(e.category);
      std::set<int> levels;
      std::set<std::string> refs;
      for (const pgtest::PackPattern& p : e.patterns) {
        EXPECT_TRUE(levels.insert(p.confidence).second) << "duplicate confidence " << p.confidence;
        EXPECT_GE(p.confidence, e.recommended) << "a pattern below the DLP rule's level is dead";
        refs.insert(p.id_match);
        for (const auto& ev : p.evidence) CollectRefs(ev, &refs);
      }
      size_t regexes = 0, terms = 0;
      for (const std::string& r : refs) {
        regexes += pack.regexes.count(r);
        if (pack.keywords.count(r) && !dictionaries.count(r)) {
          for (const auto& g : pack.keywords.at(r)) {
            for (const auto* list : {&g.terms, &g.case_sensitive_terms}) {
              terms += list->size();
              for (const std::string& t : *list) {
                EXPECT_GE(pv::Utf16Length(t), 1u);
                EXPECT_LE(pv::Utf16Length(t), pv::kMaxTermChars) << t;
              }
            }
          }
        }
      }
      EXPECT_LE(regexes, pv::kMaxRegexesPerEntity);
      EXPECT_LE(terms, pv::kMaxKeywordsPerEntity);
    }
    for (const std::string& f : pack.package_files) {
      const std::string bytes = pgtest::ReadAll(f);
      EXPECT_LE(bytes.size(), pv::kMaxRulePackageBytes) << f;
      EXPECT_EQ(pgtest::Utf16LeToUtf8(bytes).rfind("<?xml version=\"1.0\" encoding=\"utf-16\"?>", 0), 0u);
    }
  }
}

// A few prompts through the emulated shipped pack: what IMPORT.md's check
// expects, and the approximations PURVIEW.md describes.
TEST(PurviewPack, SamplePrompts) {
  pgtest::Pack pack = pgtest::LoadPack(PG_PURVIEW_PACK_SHIPPED);
  pgtest::PackEmulator purview(pack);
  auto categories = [&](const std::string& text) {
    std::set<std::string> out;
    for (const auto& h : purview.Scan(text)) out.insert(h.category);
    return out;
  };
  // 1 January, fails modulus 11: medium, caught (IMPORT.md's sample).
  EXPECT_EQ(categories("Borger 010192-1193 har ringet."), std::set<std::string>{"cpr"});
  // Modulus 11 passes (invented): high without a keyword; not when it is an order number.
  EXPECT_EQ(categories("Vedr. 220499-1386 i sagen."), std::set<std::string>{"cpr"});
  EXPECT_TRUE(categories("Ordrenr. 2204991386 er sendt.").empty());
  // Soft hyphen and full-width digits (copied from PDFs).
  EXPECT_EQ(categories("cpr. 250173\xC2\xAD" "3620"), std::set<std::string>{"cpr"});
  EXPECT_EQ(categories("CPR-nr.: ３１０８７１-４９２０"), std::set<std::string>{"cpr"});
  // No phone number read out of an IBAN.
  EXPECT_EQ(categories("IBAN DK21 1331 6637 1539 07"), std::set<std::string>{"iban"});
  EXPECT_EQ(categories("Ring til Mette Hansen på 23 45 67 89"),
            (std::set<std::string>{"name", "phone"}));
  EXPECT_EQ(categories("Dokumentet er FORTROLIGT."), std::set<std::string>{"business_term"});
  // A health term only with a person near.
  EXPECT_TRUE(categories("Skriv en pjece om diabetes til ældre.").empty());
  EXPECT_EQ(categories("Mette Hansen har diabetes."), (std::set<std::string>{"health", "name"}));
  // A functional mailbox, a template's and an example's address are
  // nobody's; a personal one, also at a domain that only contains "test".
  EXPECT_TRUE(categories("Skriv til post@norddjurs.dk i dag.").empty());
  EXPECT_TRUE(categories("Svar til fornavn.efternavn@norddjurs.dk i dag.").empty());
  EXPECT_TRUE(categories("Svar til xxx@firma.dk i dag.").empty());
  EXPECT_TRUE(categories("Svar til ahn7@example.com i dag.").empty());
  EXPECT_TRUE(categories("Svar til bo@skolen.test i dag.").empty());
  EXPECT_EQ(categories("Svar til ahn7@firma.dk i dag."), std::set<std::string>{"email"});
  EXPECT_EQ(categories("Svar til ahn7@my.test.dk i dag."), std::set<std::string>{"email"});
  // At a sentence's end too; initials that are words stay personal.
  EXPECT_TRUE(categories("Svar til ahn7@example.com.").empty());
  EXPECT_TRUE(categories("Svar til dit.navn@firma.dk.").empty());
  EXPECT_EQ(categories("Svar til mit@norddjurs.dk i dag."), std::set<std::string>{"email"});
}

// The rule checker itself, on the examples Microsoft gives of regexes that
// fail validation, and on forms the export relies on being accepted.
TEST(PurviewRegexRules, RejectsTheDocumentedBadPatterns) {
  for (const char* bad : {"|a", "b|", ".{0,50}ASDF", "ASDF.{0,50}", "(.{0,50000})", "(a*)",
                          ".{1,5}asdf", "(xx)*", "(xx)+", "(?<=x)a", "a(?=b)", "(?<!\\d)a",
                          "(?!x)y", "a+", "[0-9]*", "x{2,}", "(?:a?b)", "(?:[0-9]{1,3}x)"}) {
    EXPECT_FALSE(pv::RegexRuleViolations(bad).empty()) << bad;
  }
  EXPECT_FALSE(pv::RegexRuleViolations(std::string(1025, 'a')).empty());
  EXPECT_FALSE(pv::RegexRuleViolations("(ab").empty());
}

TEST(PurviewRegexRules, AcceptsBoundedTopLevelForms) {
  for (const char* good : {"\\b[0-9]{6}[-/]?[0-9]{4}\\b", "(?i)\\bcpr(?:-nr|nr)\\b",
                           "\\b[A-Za-z]{2}[0-9]{2}(?: [A-Za-z0-9]{4}){2,7} ?[A-Za-z0-9]{0,4}\\b",
                           "(?:^|[\\s,;])(?:post|info)@", "(?:og |samt )?[0-9]{4}",
                           "[a-z.+*?(]{1,3}x", "\\(\\+45\\)"}) {
    EXPECT_EQ(pv::RegexRuleViolations(good), std::vector<std::string>()) << good;
  }
}

}  // namespace
