#include "test_util.h"

#include <fstream>

namespace privacy_guard::testing {
namespace {

TEST(BusinessTerm, DefaultClassificationWords) {
  for (const char* t : {"Notatet er FORTROLIGT.", "notatet er fortroligt", "Må ikke videregives!",
                        "MÅ IKKE VIDEREGIVES", "Kun til intern brug", "kun  til\nintern\r\nbrug"}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kBusinessTerm).size(), 1u) << t;
  }
}

TEST(BusinessTerm, WholeWordsOnly) {
  for (const char* t : {"fortrolighed er vigtig", "fortrolige oplysninger", "ufortroligt",
                        "Kun til intern brugerundersøgelse", "internt"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kBusinessTerm).empty()) << t;
  }
}

TEST(BusinessTerm, DanishLettersAtBoundaries) {
  auto e = EngineFor("business_terms { term: \"Ørnereden\" term: \"Projekt Å\" }");
  ASSERT_TRUE(e);
  EXPECT_EQ(Find(*e, "om ørnereden i dag", Category::kBusinessTerm).size(), 1u);
  EXPECT_EQ(Find(*e, "om ØRNEREDEN.", Category::kBusinessTerm).size(), 1u);
  EXPECT_TRUE(Find(*e, "om ørnereden\xC3\xA6", Category::kBusinessTerm).empty());  // "ørnerdenæ"
  EXPECT_TRUE(Find(*e, "ørnereden" , Category::kBusinessTerm).size() == 1u);
  EXPECT_TRUE(Find(*e, "læørnereden", Category::kBusinessTerm).empty());
  EXPECT_EQ(Find(*e, "Projekt   Å starter", Category::kBusinessTerm).size(), 1u);
  EXPECT_TRUE(Find(*e, "Projekt Åbo", Category::kBusinessTerm).empty());
}

TEST(BusinessTerm, RegexTerms) {
  auto e = EngineFor("business_terms { regex: \"SAG-[0-9]{4}\" }");
  ASSERT_TRUE(e);
  EXPECT_EQ(Find(*e, "jf. sag-1234 i går", Category::kBusinessTerm).size(), 1u);
  EXPECT_TRUE(Find(*e, "jf. xsag-1234", Category::kBusinessTerm).empty());
}

TEST(BusinessTerm, BrokenRegexNamesTheTerm) {
  std::string error;
  auto e = EngineFor("business_terms { term: \"ok\" regex: \"fine\" regex: \"broken(\" }", &error);
  EXPECT_FALSE(e);
  EXPECT_NE(error.find("business_terms.regex[1]"), std::string::npos) << error;
  EXPECT_NE(error.find("broken("), std::string::npos) << error;
}

TEST(BusinessTerm, TermsFile) {
  const std::string path = ::testing::TempDir() + "/terms.txt";
  std::ofstream(path) << "# project code names\nProjekt Havørn\n\nre:budget ?20[0-9]{2}\n";
  LoadOptions opts;
  opts.extra_term_files.push_back(path);
  LoadedPolicy loaded;
  std::string error;
  ASSERT_TRUE(LoadPolicyWithData(PG_DEFAULT_POLICY, opts, &loaded, &error)) << error;
  auto e = BuildEngine(loaded, &error);
  ASSERT_TRUE(e) << error;
  EXPECT_EQ(Find(*e, "Status på projekt havørn", Category::kBusinessTerm).size(), 1u);
  EXPECT_EQ(Find(*e, "Se Budget 2027 her", Category::kBusinessTerm).size(), 1u);
  EXPECT_TRUE(Find(*e, "# project code names", Category::kBusinessTerm).empty());
}

}  // namespace
}  // namespace privacy_guard::testing
