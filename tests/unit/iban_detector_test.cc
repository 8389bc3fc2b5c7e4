#include "test_util.h"

namespace privacy_guard::testing {
namespace {

TEST(Iban, ValidWithAndWithoutSpaces) {
  for (const char* t : {"DK5000400440116243", "DK50 0040 0440 1162 43", "DE89370400440532013000",
                        "DE89 3704 0044 0532 0130 00", "NO9386011117947", "dk50 0040 0440 1162 43"}) {
    std::string text = std::string("Overfør til ") + t + " i dag";
    auto f = Find(DefaultEngine(), text, Category::kIban);
    ASSERT_EQ(f.size(), 1u) << t;
    EXPECT_EQ(Covered(text, f[0]), t);
    EXPECT_EQ(f[0].action, Action::kBlock);
  }
}

TEST(Iban, ChecksumAndLengthMustPass) {
  for (const char* t : {"DK5100400440116243", "DK500040044011624", "DE89370400440532013001",
                        "AB12CDEFGHIJKLMNOP"}) {
    EXPECT_TRUE(Find(DefaultEngine(), std::string("IBAN ") + t, Category::kIban).empty()) << t;
  }
}

TEST(Iban, Masked) {
  auto f = Find(DefaultEngine(), "DK50 0040 0440 1162 43", Category::kIban);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].masked, "DK50 XXXX XXXX XXXX 43");
}

}  // namespace
}  // namespace privacy_guard::testing
