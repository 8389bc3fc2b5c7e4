#include <cctype>
#include <string>

#include "privacy_guard/rules/vocabulary.h"
#include "test_util.h"

namespace privacy_guard::testing {
namespace {

struct AddressCase {
  const char* text;
  const char* expected;
};

class AddressPositive : public ::testing::TestWithParam<AddressCase> {};

TEST_P(AddressPositive, WholeSpan) {
  const std::string text = GetParam().text;
  auto f = Find(DefaultEngine(), text, Category::kAddress);
  ASSERT_EQ(f.size(), 1u) << text;
  EXPECT_EQ(Covered(text, f[0]), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Forms, AddressPositive,
    ::testing::Values(
        AddressCase{"Hun bor på Skovvej 12, 1. tv, 8500 Grenaa.", "Skovvej 12, 1. tv, 8500 Grenaa"},
        AddressCase{"Adresse: Torvet 3A, 8500 Grenaa", "Torvet 3A, 8500 Grenaa"},
        AddressCase{"Østergade 7, st. th. er solgt", "Østergade 7, st. th."},
        AddressCase{"flyttet til Kirkestræde 4, 2. th", "Kirkestræde 4, 2. th"},
        AddressCase{"Birkevænget 18 3. mf 8586 Ørum Djurs", "Birkevænget 18 3. mf 8586 Ørum Djurs"},
        AddressCase{"send det til lillegade 14 1.th 8500 grenaa tak", "lillegade 14 1.th 8500 grenaa"},
        AddressCase{"Hans Tausens Gade 12, 8500 Grenaa", "Hans Tausens Gade 12, 8500 Grenaa"},
        AddressCase{"Postboks 123, 8500 Grenaa", "Postboks 123, 8500 Grenaa"},
        AddressCase{"Vesterbrogade 4, 4. 12 er adressen", "Vesterbrogade 4, 4. 12"},
        // The postcode may stand on the next line, not after a blank line
        // (large texts are scanned in pieces cut at blank lines).
        AddressCase{"Skovvej 12\n8500 Grenaa", "Skovvej 12\n8500 Grenaa"},
        AddressCase{"Skovvej 12\r\n8500 Grenaa", "Skovvej 12\r\n8500 Grenaa"},
        AddressCase{"Skovvej 12\n\n8500 Grenaa", "Skovvej 12"},
        AddressCase{"Skovvej 12\r\n\r\n8500 Grenaa", "Skovvej 12"}));

TEST(Address, StreetWithoutNumberIsNotAnAddress) {
  for (const char* t : {"Vejarbejdet på Skovvej er færdigt", "Lukket for trafik på Østergade",
                        "Norddjurs Kommune, Torvet, 8500 Grenaa", "8500 Grenaa"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kAddress).empty()) << t;
  }
}

TEST(Address, NumbersAfterOrdinaryWords) {
  for (const char* t : {"Se kapitel 12, afsnit 3", "Bilag 4 mangler", "Mødet er i lokale 12",
                        "Uge 47, 2026", "Trin 3: gem filen", "Plejecenter Kærvang 1. december",
                        "Det er 5 km fra Skovvej"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kAddress).empty()) << t;
  }
}

// A stretch of a street and a dotted code are no addresses (dev8 class); a
// building's short range is one.
TEST(Address, StretchesOfAStreetAndDottedCodes) {
  for (const char* t : {"Vestergade 10-24 i Grenaa lukkes for gennemkørsel.",
                        "Fjernvarmen lukkes for Birkevej 1-35 og Egevej 2-18 i Ørsted.",
                        "Forklar konteringsstrengen 5.32.32.1.4.0 på fakturaen."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kAddress).empty()) << t;
  }
  for (const auto& [text, want] : std::vector<std::pair<std::string, std::string>>{
           {"Jens Hansen, Havnevej 2-4, 8500 Grenaa", "Havnevej 2-4, 8500 Grenaa"},
           {"Firmaet ligger på Bredgade 20-24, 8500 Grenaa.", "Bredgade 20-24, 8500 Grenaa"}}) {
    auto f = Find(DefaultEngine(), text, Category::kAddress);
    ASSERT_EQ(f.size(), 1u) << text;
    EXPECT_EQ(Covered(text, f[0]), want);
  }
  // Digits of another script after the dash are no range, and no error.
  const ScanResult r = DefaultEngine().Scan("Jens Hansen 010190-1234, Vestergade 10-\u0662\u0664");
  EXPECT_TRUE(r.ok);
  EXPECT_FALSE(r.findings.empty());
}

// A street the lists and endings do not know, told by the postcode and
// town that fit after it (dev8 class): medium. Not a weekday or a blocked
// word.
TEST(Address, UnknownStreetBeforeAFittingPostcodeAndTown) {
  for (const auto& [text, want] : std::vector<std::pair<std::string, std::string>>{
           {"Hun bor på Skrænten 5, 8950 Ørsted.", "Skrænten 5, 8950 Ørsted"},
           {"Adresse: Ved Bækken 8, 8963 Auning", "Ved Bækken 8, 8963 Auning"},
           {"Jens Hansen, Vestervang 11, st., 8963 Auning", "Vestervang 11, st., 8963 Auning"}}) {
    auto f = Find(DefaultEngine(), text, Category::kAddress);
    ASSERT_EQ(f.size(), 1u) << text;
    EXPECT_EQ(Covered(text, f[0]), want);
  }
  for (const char* t : {"Se Bilag 5, 8500 Grenaa", "Mødet er Tirsdag 5, 8500 Grenaa",
                        "Hun bor på Skrænten 5, 8000 Grenaa."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kAddress).empty()) << t;
  }
  // Every weekday of vocabulary::Weekdays, Danish and English.
  for (std::string day : vocabulary::Weekdays()) {
    day[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(day[0])));
    const std::string t = "Mødet er " + day + " 5, 8500 Grenaa";
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kAddress).empty()) << t;
  }
}

TEST(Address, PostcodeMustFitTheTown) {
  const std::string text = "Skovvej 12, 8500 Aalborg";  // 8500 is Grenaa
  auto f = Find(DefaultEngine(), text, Category::kAddress);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(Covered(text, f[0]), "Skovvej 12");
}

// A decimal after a street-like name is a figure in a table, not a house
// number; a floor after a comma and a space is.
TEST(Address, DecimalIsNoHouseNumber) {
  EXPECT_TRUE(Find(DefaultEngine(), "Sygefravær: Plejecenter Rosengården 9,4, Madservice 5,1.",
                   Category::kAddress).empty());
  EXPECT_EQ(Find(DefaultEngine(), "Bor på Rosengården 9, 4. th, 8500 Grenaa", Category::kAddress).size(), 1u);
  // A floor written after a comma without a space, with a door or a postcode.
  EXPECT_EQ(Find(DefaultEngine(), "Jens Hansen bor på Jernbanegade 7,2 tv, 8500 Grenaa",
                 Category::kAddress).size(), 1u);
}

// A table's cell edge or an amount is no house number.
TEST(Address, TabsAndAmountsAreNoHouseNumbers) {
  EXPECT_TRUE(Find(DefaultEngine(), "Item\tBudget\nProject manager\t620.000\t560.000",
                   Category::kAddress).empty());
  EXPECT_TRUE(Find(DefaultEngine(), "Lønudgift Projektvej 620.000 kr.", Category::kAddress).empty());
  EXPECT_EQ(Find(DefaultEngine(), "Navn\tAdresse\nKaren Bech\tBirkevej 4, Ørum", Category::kAddress).size(), 1u);
  // A line break, or a date after a heading.
  EXPECT_TRUE(Find(DefaultEngine(), "færre børn i Gjerrild og Anholt\n2) Sprogvurderinger",
                   Category::kAddress).empty());
  EXPECT_TRUE(Find(DefaultEngine(), "Referat teammøde hjemmepl. Syd 24/11", Category::kAddress).empty());
  EXPECT_TRUE(Find(DefaultEngine(), "Møde om boligplacering 20/11", Category::kAddress).empty());
  EXPECT_EQ(Find(DefaultEngine(), "Bor på Skovvej 24, 1. tv", Category::kAddress).size(), 1u);
  // Two digits that open a phone number in pairs (dev16: "Contact wife
  // Jette Vang 25 66 38 90", Vang read as a street with the shipped lists).
  EXPECT_TRUE(Find(DefaultEngine(), "Contact wife Jette Vang 25 66 38 90.", Category::kAddress).empty());
  EXPECT_EQ(Find(DefaultEngine(), "Hun bor på Egevang 25, 8500 Grenaa.", Category::kAddress).size(), 1u);
  EXPECT_EQ(Find(DefaultEngine(), "Bor på Skovvej 12 2 th.", Category::kAddress).size(), 1u);
}

// A public place's address right after its name is no person's (dev3,
// dev4, dev10, dev12 false alarms); a person's address, and a place a
// person lives in written in lower case, stay addresses.
TEST(Address, PublicPlacesNamedBeforeTheirAddress) {
  for (const char* t : {"Jobcentret ligger på Kannikegade 14.",
                        "Hvilken bus kører til Regionshospitalet Randers, Skovlyvej 15, 8930 Randers NØ?",
                        "Skriv til Psykiatrisk Afdeling, Aarhus Universitetshospital, Palle Juul-Jensens "
                        "Boulevard 175, 8200 Aarhus N.",
                        "Plejecenter Solbakken, Solbakkevej 2, 8963 Auning, skal have nyt brandalarmanlæg.",
                        "Ungdomsskolen på Holbergsvej 25, 8500 Grenaa, holder åbent hus.",
                        "A delegation visits the aids depot (Hjælpemiddeldepotet, Industrivej 5, 8500 Grenaa)."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kAddress).empty()) << t;
  }
  for (const char* t : {"Hans Jensen bor på Skovvej 12, 8500 Grenaa.", "Hans Jensen, Skovvej 12, 8500 Grenaa",
                        "John Marshall, Skovvej 12, 8500 Grenaa", "Han bor på plejecentret på Solbakkevej 2."}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kAddress).size(), 1u) << t;
  }
}

}  // namespace
}  // namespace privacy_guard::testing
