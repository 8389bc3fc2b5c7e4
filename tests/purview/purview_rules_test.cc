// One source of truth per rule: the Purview pack's number regexes are
// rendered from the detectors' rule definitions (privacy_guard/rules/), so
// changing a rule there changes the export with no second edit.
#include <gtest/gtest.h>

#include <hs/hs.h>

#include "engine/pattern_render.h"
#include "export/purview_render.h"
#include "purview_emulator.h"
#include "purview_pack.h"
#include "privacy_guard/rules/cpr.h"
#include "privacy_guard/rules/phone.h"

namespace {

using privacy_guard::exporter::purview::PurviewRegex;
namespace rules = privacy_guard::rules;

bool PcreMatches(const std::string& regex, const std::string& text) {
  pgtest::Pcre2Regex re(regex);
  for (const auto& [s, e] : re.FindAll(text)) {
    if (s == 0 && e == text.size()) return true;
  }
  return false;
}

bool HyperscanMatches(const std::string& regex, const std::string& text) {
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile(("^(?:" + regex + ")$").c_str(), 0, HS_MODE_BLOCK, nullptr, &db, &err) != HS_SUCCESS) {
    hs_free_compile_error(err);
    ADD_FAILURE() << "does not compile: " << regex;
    return false;
  }
  hs_scratch_t* s = nullptr;
  hs_alloc_scratch(db, &s);
  bool hit = false;
  hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, s,
          [](unsigned, unsigned long long, unsigned long long, unsigned, void* p) -> int {
            *static_cast<bool*>(p) = true;
            return 1;
          },
          &hit);
  hs_free_scratch(s);
  hs_free_database(db);
  return hit;
}

TEST(PurviewRules, ExportedCprRegexIsRenderedFromTheDetectorsDefinition) {
  // The pack the real executable exported for the default policy holds
  // exactly the rendering of the detector's compact form.
  pgtest::Pack pack = pgtest::LoadPack(PG_PURVIEW_PACK_SHIPPED);
  const rules::cpr::Definition& def = rules::cpr::Rules();
  ASSERT_EQ(def.forms[0].name, "compact");
  ASSERT_TRUE(pack.regexes.count("Regex_pg_cpr_compact"));
  EXPECT_EQ(pack.regexes.at("Regex_pg_cpr_compact").expression,
            "\\b" + PurviewRegex(def.forms[0]) + "\\b");
}

TEST(PurviewRules, ChangingACprSeparatorChangesBothRenderings) {
  const rules::cpr::Definition& def = rules::cpr::Rules();
  rules::NumberForm changed = def.forms[0];
  ASSERT_EQ(changed.separators.size(), 3u);
  // Today '/' may separate date and serial ...
  EXPECT_TRUE(PcreMatches(PurviewRegex(changed), "120385/1235"));
  EXPECT_TRUE(HyperscanMatches(privacy_guard::HyperscanRegex(changed), "120385/1235"));
  // ... remove it from the rule, and neither the engine nor the pack take it,
  // while the other separators stay.
  changed.separators[2].marks = "-.";
  EXPECT_NE(PurviewRegex(changed), PurviewRegex(def.forms[0]));
  EXPECT_FALSE(PcreMatches(PurviewRegex(changed), "120385/1235"));
  EXPECT_FALSE(HyperscanMatches(privacy_guard::HyperscanRegex(changed), "120385/1235"));
  EXPECT_TRUE(PcreMatches(PurviewRegex(changed), "120385-1235"));
  EXPECT_TRUE(HyperscanMatches(privacy_guard::HyperscanRegex(changed), "120385-1235"));
  // Add a separator ('_'): both take it.
  changed.separators[2].marks = "-._";
  EXPECT_TRUE(PcreMatches(PurviewRegex(changed), "120385_1235"));
  EXPECT_TRUE(HyperscanMatches(privacy_guard::HyperscanRegex(changed), "120385_1235"));
}

TEST(PurviewRules, RawTextFormsTheEngineNormalisesAway) {
  // The engine removes soft hyphens and zero-width characters and reads every
  // dash as '-': the Purview rendering must take them in raw text.
  const std::string re = "\\b" + PurviewRegex(rules::cpr::Rules().forms[0]) + "\\b";
  EXPECT_TRUE(PcreMatches(re, "120385\xE2\x80\x93" "1235"));  // en dash
  EXPECT_TRUE(PcreMatches(re, "120385\xC2\xAD" "1235"));      // soft hyphen
  EXPECT_TRUE(PcreMatches(re, "120385-\xE2\x80\x8B" "1235")); // dash + zero-width space
  EXPECT_TRUE(PcreMatches(re, "120385\r\n1235"));             // a line break
  EXPECT_FALSE(PcreMatches(re, "320385-1235"));               // day 32
  const std::string fw = "\\b" + PurviewRegex(rules::cpr::Rules().forms[0], {.full_width = true}) + "\\b";
  EXPECT_TRUE(PcreMatches(fw, "\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x93\xEF\xBC\x98\xEF\xBC\x95-"
                              "\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93\xEF\xBC\x95"));  // １２０３８５-１２３５
}

TEST(PurviewRules, PhoneFormsFollowTheirDefinition) {
  for (const rules::phone::Form& f : rules::phone::Rules().forms) {
    const std::string re = PurviewRegex(f.form);
    SCOPED_TRACE(f.form.name + ": " + re);
    if (f.form.name == "pairs") {
      EXPECT_TRUE(PcreMatches(re, "23 45 67 89"));
      EXPECT_TRUE(PcreMatches(re, "23-45-67-89"));
      EXPECT_FALSE(PcreMatches(re, "13 45 67 89"));  // a Danish number starts with 2-9
    }
    if (f.form.name == "prefixed_pairs") EXPECT_TRUE(PcreMatches(re, "+45 23 45 67 89"));
  }
}

}  // namespace
