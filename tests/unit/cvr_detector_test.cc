#include "test_util.h"

namespace privacy_guard::testing {
namespace {

TEST(Cvr, ReportedWithKeyword) {
  for (const char* t : {"CVR-nr. 10000009", "cvr 10000009", "CVR: 10 00 00 09", "SE-nr. 10000009",
                        "virksomheden (CVR 10000009)"}) {
    auto f = Find(DefaultEngine(), t, Category::kCvr);
    ASSERT_EQ(f.size(), 1u) << t;
    EXPECT_EQ(f[0].confidence, Confidence::kHigh);
    EXPECT_EQ(f[0].masked.substr(0, 2), "10");
    EXPECT_NE(f[0].masked.find('X'), std::string::npos);
  }
}

TEST(Cvr, ChecksumMustPass) {
  EXPECT_TRUE(Find(DefaultEngine(), "CVR-nr. 10000008", Category::kCvr).empty());
}

TEST(Cvr, NotReportedWithoutKeyword) {
  EXPECT_TRUE(Find(DefaultEngine(), "Bevillingen er på 10000009 i alt", Category::kCvr).empty());
}

TEST(Cvr, AllowlistedOwnNumber) {
  // rules/default.policy allowlists the municipality's own CVR number.
  EXPECT_TRUE(Find(DefaultEngine(), "Norddjurs Kommune, CVR 29189838", Category::kCvr).empty());
  EXPECT_EQ(Find(DefaultEngine(), "Firma ApS, CVR 29189846", Category::kCvr).size(), 1u);
}

TEST(Cvr, VatFormKeywordAfterAndHalves) {
  for (const char* t : {"Leverandør: Djurs Grøn ApS, DK48584152", "VAT no. DK 48 58 41 52",
                        "momsnr. 48584152", "Firmaet (48584152 CVR) har sendt", "CVR: 4858 4152"}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kCvr).size(), 1u) << t;
  }
  // Modulus 11 still decides; an IBAN is no VAT number; a phone word wins.
  EXPECT_TRUE(Find(DefaultEngine(), "DK48584153", Category::kCvr).empty());
  EXPECT_TRUE(Find(DefaultEngine(), "IBAN DK3852950001234567", Category::kCvr).empty());
  EXPECT_TRUE(Find(DefaultEngine(), "Tlf. 4858 4152", Category::kCvr).empty());
}

// Dashes and dots between the groups, and English keywords.
TEST(Cvr, DashedDottedAndEnglishForms) {
  for (const char* t : {"cvr 4858-4152", "CVR-nummer 48.58.41.52", "CVR 48-58-41-52",
                        "Company registration number: 48584152",
                        "business registration no. 48584152"}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kCvr).size(), 1u) << t;
  }
  // Without a keyword a dotted eight-digit number is a version or a date.
  for (const char* t : {"Faktura 48.58.41.52", "version 48.58.41.52", "Sag 4858-4152"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kCvr).empty()) << t;
  }
}

// A pasted table whose column says CVR: its 8-digit numbers (mod 11) are
// CVR numbers without a keyword beside them; other columns are not, nor is
// a second table after a blank line with another header.
TEST(Cvr, TableColumnHeader) {
  const std::string table =
      "Kreditornr;Navn;CVR;Bank\n70112;Brødrene Madsen ApS;13800073;9255-2978349307\n"
      "70113;Djursland Vognmand;52987881;9570-5389004574\n\nKreditornr;Navn;Beløb\n70114;Bo Byg;13800073";
  const auto f = Find(DefaultEngine(), table, Category::kCvr);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(Covered(table, f[0]), "13800073");
  EXPECT_EQ(Covered(table, f[1]), "52987881");
  EXPECT_LT(f[1].byte_start, table.find("\n\n"));
}

}  // namespace
}  // namespace privacy_guard::testing
