#include "test_util.h"

namespace privacy_guard::testing {
namespace {

struct CprCase {
  const char* text;
  const char* expected;  // covered text, or nullptr for no finding
};

class CprPositive : public ::testing::TestWithParam<CprCase> {};

TEST_P(CprPositive, FoundWithWholeSpan) {
  const std::string text = GetParam().text;
  auto f = Find(DefaultEngine(), text, Category::kCpr);
  ASSERT_EQ(f.size(), 1u) << text;
  EXPECT_EQ(Covered(text, f[0]), GetParam().expected);
  EXPECT_EQ(f[0].action, Action::kBlock);
}

// 120385-1002 and 070761-1006 pass modulus 11.
INSTANTIATE_TEST_SUITE_P(
    Forms, CprPositive,
    ::testing::Values(CprCase{"Borger 1203851002 har ringet", "1203851002"},
                      CprCase{"Borger 120385-1002 har ringet", "120385-1002"},
                      CprCase{"Borger 120385 1002 har ringet", "120385 1002"},
                      CprCase{"Borger 120385/1002 har ringet", "120385/1002"},
                      CprCase{"Borger 120385.1002 har ringet", "120385.1002"},
                      CprCase{"Borger 120385 - 1002 har ringet", "120385 - 1002"},
                      CprCase{"Borger 12 03 85 1002 har ringet", "12 03 85 1002"},
                      CprCase{"(070761-1006)", "070761-1006"},
                      CprCase{"cpr:070761-1006.", "070761-1006"},
                      // Split by a line break (CRLF too).
                      CprCase{"nr. 120385-\n1002 tak", "120385-\n1002"},
                      CprCase{"nr. 120385\r\n1002 tak", "120385\r\n1002"}));

TEST(Cpr, FullWidthDigitsAndZeroWidthCharacters) {
  const std::string fw = "CPR \xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x93\xEF\xBC\x98\xEF\xBC\x95-"
                         "\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x90\xEF\xBC\x92";  // １２０３８５-１００２
  auto f = Find(DefaultEngine(), fw, Category::kCpr);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].start, 4u);
  EXPECT_EQ(f[0].end, 15u);
  EXPECT_EQ(f[0].masked, "120385-XXXX");

  const std::string zw = "CPR 120385\xE2\x80\x8B-1002";  // zero-width space
  f = Find(DefaultEngine(), zw, Category::kCpr);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].start, 4u);
  EXPECT_EQ(f[0].end, 16u);

  const std::string shy = "CPR 1203\xC2\xAD" "851002";  // soft hyphen
  f = Find(DefaultEngine(), shy, Category::kCpr);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].end, 15u);
}

TEST(Cpr, InvalidDatesAreNotCpr) {
  for (const char* t : {"320185-1234", "121385-1234", "000185-1234", "310485-1234",
                        // 29 Feb 1900 (digit 7 = 1 -> 1900, not a leap year)
                        "290200-1002",
                        // Born in the future: 2050 (digit 7 = 5, YY 50 -> 2050).
                        "010150-5000"}) {
    EXPECT_TRUE(Find(DefaultEngine(), std::string("nr ") + t, Category::kCpr).empty()) << t;
  }
  // 29 Feb 2000 exists (digit 7 = 4 -> 2000).
  EXPECT_EQ(Find(DefaultEngine(), "cpr 290200-4000", Category::kCpr).size(), 1u);
}

TEST(Cpr, CenturyRule) {
  // On a fixed date, not the wall clock (the rule's answer changes in 2036).
  config::Policy p;
  p.mutable_categories()->mutable_cpr()->set_action(config::BLOCK);
  Engine::CreateOptions o;
  o.today = 20261206;
  Engine::CreateResult made = Engine::Create(p, {}, o);
  ASSERT_TRUE(made.ok());
  const Engine& e = *made.engine;
  // 010158-5xxx -> 1858: exists, reported with CPR context.
  EXPECT_EQ(Find(e, "cpr 010158-5000", Category::kCpr).size(), 1u);
  // 010136-4xxx -> 2036: future.
  EXPECT_TRUE(Find(e, "cpr 010136-4000", Category::kCpr).empty());
  // 010137-4xxx -> 1937: past.
  EXPECT_EQ(Find(e, "cpr 010137-4000", Category::kCpr).size(), 1u);
  // 010136-9xxx -> 2036 too (digit 7 = 9, year <= 36); 010137-9xxx -> 1937.
  EXPECT_TRUE(Find(e, "cpr 010136-9000", Category::kCpr).empty());
  EXPECT_EQ(Find(e, "cpr 010137-9000", Category::kCpr).size(), 1u);
  // 010157-5xxx -> 2057 (future), 010158-5xxx -> 1858.
  EXPECT_TRUE(Find(e, "cpr 010157-5000", Category::kCpr).empty());
}

TEST(Cpr, Modulus11DecidesConfidence) {
  auto pass = Find(DefaultEngine(), "Sag om 1203851002", Category::kCpr);
  ASSERT_EQ(pass.size(), 1u);
  EXPECT_EQ(pass[0].confidence, Confidence::kHigh);
  // Fails mod 11, no separator, no context: still a CPR number (numbers
  // issued since 2007 may lack the control digit), at medium confidence.
  auto plain = Find(DefaultEngine(), "Sag om 1203851235", Category::kCpr);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0].confidence, Confidence::kMedium);
  // Fails mod 11, the canonical DDMMYY-SSSS form: medium too.
  auto canon = Find(DefaultEngine(), "Sag om 120385-1235", Category::kCpr);
  ASSERT_EQ(canon.size(), 1u);
  EXPECT_EQ(canon[0].confidence, Confidence::kMedium);
  // 1 January without modulus 11 (issued since 2007): medium even without '-'.
  auto jan1 = Find(DefaultEngine(), "Sag om 0101801000", Category::kCpr);
  ASSERT_EQ(jan1.size(), 1u);
  EXPECT_EQ(jan1[0].confidence, Confidence::kMedium);
  // Context raises a failing number to high.
  for (const char* kw : {"CPR", "cpr-nr.", "personnummer", "personnr.", "født"}) {
    auto f = Find(DefaultEngine(), std::string(kw) + " 1203851235", Category::kCpr);
    ASSERT_EQ(f.size(), 1u) << kw;
    EXPECT_EQ(f[0].confidence, Confidence::kHigh) << kw;
  }
}

// A recent date with a 1900s century digit and no modulus 11 would be a
// hundred-year-old's number issued without the control digit, which the CPR
// office never did: a case number or a rota (dev17, dev18 false alarms).
TEST(Cpr, RecentDateWithOldCenturyDigitAndNoModulus11) {
  const std::string yy = std::to_string(kTestToday / 10000 % 100 - 1);  // last year
  for (const std::string& t : {"sagerne har numre som 1503" + yy + "-0012 i det gamle system",
                               "Vagtplan: 0106" + yy + "-0700 til 0106" + yy + "-1500"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kCpr).empty()) << t;
  }
  // With a CPR keyword, or passing modulus 11, or on 1 January: reported.
  EXPECT_EQ(Find(DefaultEngine(), "CPR 1503" + yy + "-0012", Category::kCpr).size(), 1u);
  EXPECT_EQ(Find(DefaultEngine(), "Sag om 0101" + yy + "-0012", Category::kCpr).size(), 1u);
  // An old date stays a CPR number without modulus 11 (medium).
  EXPECT_EQ(Find(DefaultEngine(), "Sag om 150385-0012", Category::kCpr).size(), 1u);
}

TEST(Cpr, ChildrenBornSince2007WithoutModulus11) {
  // Ten digits, no separator, no keyword, a real date, digit 7 = 4 or
  // higher with year <= 36: born 2000-2036 (here 2015 and 2021).
  for (const char* t : {"Elev: 1506154812", "Barnet 0303214907 er tilmeldt",
                        "2906154810", "12.03.15-4321", "12-03-21-5678", "120315 4321"}) {
    auto f = Find(DefaultEngine(), t, Category::kCpr);
    ASSERT_EQ(f.size(), 1u) << t;
    EXPECT_EQ(f[0].confidence, Confidence::kMedium) << t;  // "unchecked": no modulus 11
  }
  auto kw = Find(DefaultEngine(), "CPR-nr. 1506154812", Category::kCpr);
  ASSERT_EQ(kw.size(), 1u);
  EXPECT_EQ(kw[0].confidence, Confidence::kHigh);
}

TEST(Cpr, WrittenDateBeforeSerial) {
  for (const char* t : {"21.04.66-1028", "12.03.85-1235", "12.03.85 1235", "12-03-85-1235",
                        "18.05.61 - 1258", "CPR 24/06/15-4321"}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kCpr).size(), 1u) << t;
  }
}

TEST(Cpr, TimestampsAndFileNamesAreNotCprNumbers) {
  // A recent written date with a time ("kl. 14.30" as 1430), or a file name.
  for (const char* t : {"Referat 03.11.24-0900", "minutes_12.03.25-1430.pdf",
                        "budget_1203851235.xlsx", "log 1203851235.txt",
                        "Dato 12.03.25-1430 mødet"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kCpr).empty()) << t;
  }
}

TEST(Cpr, OtherNumberContextLowersConfidence) {
  for (const char* kw : {"ordrenr.", "fakturanr.", "bilagsnr.", "p-nr.", "order no.",
                         "invoice no.", "lot", "batch", "Kønummer", "billetnr.", "gavekort",
                         "kvitteringsnr.", "version"}) {
    EXPECT_TRUE(Find(DefaultEngine(), std::string(kw) + " 120385-1235", Category::kCpr).empty()) << kw;
    // Even a number passing modulus 11 is demoted.
    EXPECT_TRUE(Find(DefaultEngine(), std::string(kw) + " 1203851002", Category::kCpr).empty()) << kw;
  }
}

TEST(Cpr, HardNegatives) {
  for (const char* t : {"Beløbet er 1.234.567 kr.", "Mødet er 12.03.2024 kl. 10",
                        "LBK nr 433 af 22/04/2014", "Journalnr. 27.12.00-G01-1-24",
                        "Ordrenummer 1203851002", "Tlf. 12 03 85 10", "ISBN 978-87-02-12345-6",
                        "EAN 5790001234567", "Telefon 12038510 02", "12038510021",
                        "A1203851002", "1203851002B", "konto 12-1203851002"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kCpr).empty()) << t;
  }
}

// Ten digits that read as a recent date and a time (DDMMYYhhmm) and fail
// modulus 11 are a timestamp: a CPR number with a date of the last three
// years has a 7th digit of 4..9, never an hour.
TEST(Cpr, RecentDateAndClockTimeIsATimestamp) {
  EXPECT_TRUE(Find(DefaultEngine(), "Tidsstemplerne ser sådan ud: 1203241405", Category::kCpr).empty());
  EXPECT_TRUE(Find(DefaultEngine(), "log line 0511252359 ok", Category::kCpr).empty());
  // A child born this year: the 7th digit is no hour.
  EXPECT_EQ(Find(DefaultEngine(), "Barnet 0101244405 er født i år", Category::kCpr).size(), 1u);
  // With a CPR keyword, and with a date longer ago, it is a CPR number.
  EXPECT_EQ(Find(DefaultEngine(), "CPR 1203241405", Category::kCpr).size(), 1u);
  EXPECT_EQ(Find(DefaultEngine(), "Borger 1203191405 har ringet", Category::kCpr).size(), 1u);
  // Never a 1 January date (given when the birthday is unknown, often
  // without modulus 11). With a dash the clock rule does not apply, but the
  // century digit does (Cpr.RecentDateWithOldCenturyDigitAndNoModulus11):
  // 120324-1405 would be born in 1924 and fails modulus 11.
  EXPECT_TRUE(Find(DefaultEngine(), "Borger 120324-1405 har ringet", Category::kCpr).empty());
  EXPECT_EQ(Find(DefaultEngine(), "Borger 120324-4405 har ringet", Category::kCpr).size(), 1u);
  EXPECT_EQ(Find(DefaultEngine(), "Borger 0101251234 har ringet", Category::kCpr).size(), 1u);
}

TEST(Cpr, OffsetsAreUtf16InOriginalText) {
  // Emoji (2 UTF-16 units), æøå (1 unit, 2 bytes), combining accent.
  const std::string text = "\xF0\x9F\x98\x80 Søren Åse e\xCC\x81: 120385-1002";
  auto f = Find(DefaultEngine(), text, Category::kCpr);
  ASSERT_EQ(f.size(), 1u);
  // "😀" 2 + " Søren Åse é: " = 2 + 1 + 5 + 1 + 3 + 1 + 2 + 1 + 1 = 17
  EXPECT_EQ(f[0].start, 17u);
  EXPECT_EQ(f[0].end, 28u);
  EXPECT_EQ(Covered(text, f[0]), "120385-1002");
}

// A list under a line that names other numbers: no CPR numbers, even with
// a valid date and modulus 11; under a line that says CPR: CPR numbers.
TEST(Cpr, ListUnderAHeaderLine) {
  EXPECT_TRUE(Find(DefaultEngine(), "Sort these order numbers by date:\n\n2302266814\n0610261191\n1606267038",
                   Category::kCpr).empty());
  EXPECT_EQ(Find(DefaultEngine(), "Elevernes cpr-numre:\n\n2302166814\n0610161191", Category::kCpr).size(), 2u);
  // English names of other numbers (dev3 trap): not high.
  for (const auto& c : Find(DefaultEngine(), "The journal key 150326-0042 was mixed up.", Category::kCpr)) {
    EXPECT_LT(c.confidence, Confidence::kMedium);
  }
  // The header names the numbers in the plural (dev8 class).
  EXPECT_TRUE(Find(DefaultEngine(), "Sorter disse ordrer efter dato:\n2611020145 – 3.450,00 kr.\n"
                                    "2610270093 – 12.980,50 kr.",
                   Category::kCpr).empty());
  // A long line is no list item: the header does not reach it.
  EXPECT_EQ(Find(DefaultEngine(), "Ordrenumre:\nHusk at Jens Hansen har 0610261191 som sit nummer i systemet her",
                 Category::kCpr).size(), 1u);
}

// Archive and document references shaped like CPR numbers (dev14 trap).
TEST(Cpr, DocumentAndArchiveReferences) {
  for (const char* t : {"Our archive uses document IDs like 311299-0001 for every report.",
                        "Find dokumentnr. 311299-0001 i arkivet.",
                        // dev16: abbreviated document references, credit notes.
                        "Lav en liste: Dok. 3110892451 (referat), dok. 0711674412 (høringssvar).",
                        "Kreditnota 0106931122 mangler stadig.",
                        // dev17: batch numbers and payment references.
                        "Batchnummer 210385-1147 af insulinpennene skal tages ud af brug.",
                        "Tjek: betalingsid 020304 0506 07; rente 8,05 %."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kCpr).empty()) << t;
  }
  EXPECT_EQ(Find(DefaultEngine(), "Borgerens cpr-nr. er 311299-0001.", Category::kCpr).size(), 1u);
  // "dok", "kreditnota" only right before the number (review).
  for (const char* t : {"Skriv i dok: Anna Holm 010190-1234", "Kreditnota til Anna Holm 010190-1234"}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kCpr).size(), 1u) << t;
  }
  // A bare "IDs" is no other number (review).
  EXPECT_EQ(Find(DefaultEngine(), "Please check the IDs below.\nAnna Holm 120385-1235", Category::kCpr).size(), 1u);
}

// English names of the CPR number beat the other-number word "id" (dev15:
// "his Danish ID number is 151195-0585" was not reported).
TEST(Cpr, EnglishNamesOfTheNumber) {
  for (const char* t : {"His Danish ID number is 151195-0585.", "Civil registration number: 151195-0585",
                        "her personal identification number 151195-0585"}) {
    auto f = Find(DefaultEngine(), t, Category::kCpr);
    ASSERT_EQ(f.size(), 1u) << t;
    EXPECT_EQ(f[0].confidence, Confidence::kHigh) << t;
  }
}

}  // namespace
}  // namespace privacy_guard::testing
