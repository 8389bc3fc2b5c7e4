#include "test_util.h"

namespace privacy_guard::testing {
namespace {

TEST(PaymentCard, Forms) {
  for (const char* t : {"4571234567890120", "4571 2345 6789 0120", "4571-2345-6789-0120",
                        "5019 1234 5678 9013", "4111 1111 1111 1129"}) {
    std::string text = std::string("Kortet ") + t + " er spærret";
    auto f = Find(DefaultEngine(), text, Category::kPaymentCard);
    ASSERT_EQ(f.size(), 1u) << t;
    EXPECT_EQ(Covered(text, f[0]), t);
    EXPECT_EQ(f[0].masked.substr(f[0].masked.size() - 4), t + std::string(t).size() - 4);
    EXPECT_EQ(f[0].masked.find("4571 2345"), std::string::npos);
  }
}

TEST(PaymentCard, MixedSeparators) {
  // Pasted numbers mix spaces and dashes; Luhn and the issuer keep it precise.
  for (const char* t : {"4571 9401-2345 6780", "4571-9401 2345-6780", "5413 3300-8901 2349"}) {
    EXPECT_EQ(Find(DefaultEngine(), std::string("kort ") + t, Category::kPaymentCard).size(), 1u) << t;
  }
}

TEST(PaymentCard, DottedAndDoubleSpacedGroups) {
  for (const char* t : {"4571.9401.2345.6780", "4571  9401  2345  6780", "5413.3300.8901.2349"}) {
    EXPECT_EQ(Find(DefaultEngine(), std::string("kort ") + t, Category::kPaymentCard).size(), 1u) << t;
  }
  // A dotted number that fails Luhn is a version or a case number.
  EXPECT_TRUE(Find(DefaultEngine(), "version 4571.9401.2345.6781", Category::kPaymentCard).empty());
}

// Test numbers that payment providers publish are pasted from IT manuals
// (dev12 false alarm); a number one digit away is a card again.
TEST(PaymentCard, PublishedTestNumbersAreNoCard) {
  for (const char* t : {"4111 1111 1111 1111", "4111111111111111", "4242-4242-4242-4242",
                        "5555 5555 5555 4444", "3782 822463 10005", "6011 1111 1111 1117"}) {
    EXPECT_TRUE(Find(DefaultEngine(), std::string("Use test card ") + t + " in the sandbox",
                     Category::kPaymentCard).empty()) << t;
  }
  EXPECT_EQ(Find(DefaultEngine(), "Kortnummer 4111 1111 1111 1129", Category::kPaymentCard).size(), 1u);
}

TEST(PaymentCard, LuhnIssuerAndGroupingMustFit) {
  for (const char* t : {"4571234567890121",     // Luhn fails
                        "9571234567890128",     // no issuer
                        "4571 2345 6789 0121",  // Luhn fails, grouped
                        "5790001234567"}) {     // EAN-13 (no issuer with 13 digits)
    EXPECT_TRUE(Find(DefaultEngine(), std::string("nr ") + t, Category::kPaymentCard).empty()) << t;
  }
}

// A number on the next line does not continue the card number.
TEST(PaymentCard, NextLineIsNoContinuation) {
  EXPECT_EQ(Find(DefaultEngine(), "Betalt med: Visa 4391503853080440\n2 x Whiteboardtusch",
                 Category::kPaymentCard).size(), 1u);
  EXPECT_TRUE(Find(DefaultEngine(), "Nummer 4391503853080440 2 x", Category::kPaymentCard).empty());
}

}  // namespace
}  // namespace privacy_guard::testing
