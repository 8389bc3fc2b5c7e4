#include "test_util.h"

namespace privacy_guard::testing {
namespace {

TEST(BankAccount, SpelledOut) {
  const std::string text = "Udbetales til reg.nr. 1234 kontonr. 0001234567 hurtigst muligt";
  auto f = Find(DefaultEngine(), text, Category::kBankAccount);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(Covered(text, f[0]), "1234 kontonr. 0001234567");
  EXPECT_EQ(f[0].confidence, Confidence::kHigh);
}

TEST(BankAccount, ShortFormNeedsContext) {
  for (const char* t : {"NemKonto 1234-0001234567", "konto: 1234 1234567", "Overfør til 9570 12345678"}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kBankAccount).size(), 1u) << t;
  }
  for (const char* t : {"Sagen 1234-0001234567 er lukket", "i perioden 2019 2024", "tlf 1234 5678"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kBankAccount).empty()) << t;
  }
}

TEST(BankAccount, MaskKeepsRegNr) {
  auto f = Find(DefaultEngine(), "kontonr. 1234-0001234567", Category::kBankAccount);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].masked, "1234-XXXXXXXXXX");
}

}  // namespace
}  // namespace privacy_guard::testing
