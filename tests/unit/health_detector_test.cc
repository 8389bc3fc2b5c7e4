#include "test_util.h"

namespace privacy_guard::testing {
namespace {

TEST(Health, ReportedWhenAPersonIsIdentified) {
  const std::string text = "Mette Hansen har diabetes og er sygemeldt med stress.";
  auto f = Find(DefaultEngine(), text, Category::kHealth);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(Covered(text, f[0]), "diabetes");
  EXPECT_EQ(Covered(text, f[1]), "stress");
  EXPECT_EQ(f[0].action, Action::kBlock);
}

TEST(Health, IdentifiedByCprOrContact) {
  EXPECT_EQ(Find(DefaultEngine(), "CPR 120385-1002: behandles for depression", Category::kHealth).size(), 1u);
  EXPECT_EQ(Find(DefaultEngine(), "tlf. 23 45 67 89 - har KOL", Category::kHealth).size(), 1u);
}

TEST(Health, GeneralTopicsAreNotFlagged) {
  for (const char* t : {"Skriv en pjece om diabetes til ældre", "Hvad er symptomerne på KOL?",
                        "Lav en plan for sygefraværssamtaler ved stress",
                        "Kampagne om depression blandt unge i Norddjurs Kommune"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kHealth).empty()) << t;
    EXPECT_EQ(DefaultEngine().Scan(t).decision, Decision::kAllow) << t;
  }
}

TEST(Health, InflectionsAndCompounds) {
  const std::string text = "Søren Ørum: depressionen er værre, og fødselsdepression nævnes.";
  auto f = Find(DefaultEngine(), text, Category::kHealth);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(Covered(text, f[0]), "depressionen");
  EXPECT_EQ(Covered(text, f[1]), "fødselsdepression");
}

TEST(Health, GenericWordsAreNotHealthTerms) {
  auto f = Find(DefaultEngine(), "Mette Hansen tager sin medicin og har ondt i hjertet", Category::kHealth);
  EXPECT_TRUE(f.empty());
}

}  // namespace
}  // namespace privacy_guard::testing

namespace privacy_guard::testing {
namespace {

TEST(Health, WordsThatStartWithATermAreNotCompounds) {
  // "eksempel" starts with "eksem" (eczema); "mobning" is no health data.
  auto f = Find(DefaultEngine(), "Mette Hansen gav et eksempel på mobning i klassen", Category::kHealth);
  EXPECT_TRUE(f.empty());
}

}  // namespace
}  // namespace privacy_guard::testing
