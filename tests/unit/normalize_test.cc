#include "engine/normalize.h"

#include <gtest/gtest.h>

#include "engine/tokens.h"

namespace privacy_guard {
namespace {

TEST(Normalize, AsciiIsIdentityExceptWhitespace) {
  NormalizedText n;
  std::string err;
  ASSERT_TRUE(n.Build("a\tb\r\nc", &err));
  EXPECT_EQ(n.text(), "a b  c");
  OriginalSpan s = n.Map(2, 6);
  EXPECT_EQ(s.start16, 2u);
  EXPECT_EQ(s.end16, 6u);
}

TEST(Normalize, FullWidthDigitsBecomeAscii) {
  NormalizedText n;
  std::string err;
  ASSERT_TRUE(n.Build("x\xEF\xBC\x91\xEF\xBC\x92y", &err));  // x１２y
  EXPECT_EQ(n.text(), "x12y");
  OriginalSpan s = n.Map(1, 3);
  EXPECT_EQ(s.start16, 1u);
  EXPECT_EQ(s.end16, 3u);
  EXPECT_EQ(s.start8, 1u);
  EXPECT_EQ(s.end8, 7u);
}

TEST(Normalize, IgnorablesRemovedAndExcludedAtEdges) {
  NormalizedText n;
  std::string err;
  // a ZWSP b SHY c WJ
  ASSERT_TRUE(n.Build("a\xE2\x80\x8B" "b\xC2\xAD" "c\xE2\x81\xA0", &err));
  EXPECT_EQ(n.text(), "abc");
  OriginalSpan s = n.Map(1, 3);  // "bc"
  EXPECT_EQ(s.start16, 2u);      // after the ZWSP
  EXPECT_EQ(s.end16, 5u);        // "b", SHY, "c" - not the trailing WJ
}

TEST(Normalize, NbspAndDashesAndEmoji) {
  NormalizedText n;
  std::string err;
  ASSERT_TRUE(n.Build("\xF0\x9F\x98\x80" "1\xC2\xA0" "2\xE2\x80\x93" "3", &err));  // 😀1 NBSP 2 – 3
  EXPECT_EQ(n.text(), "\xF0\x9F\x98\x80" "1 2-3");
  OriginalSpan s = n.Map(4, 9);
  EXPECT_EQ(s.start16, 2u);
  EXPECT_EQ(s.end16, 7u);
}

TEST(Normalize, CombiningMarkComposesWithAsciiBase) {
  NormalizedText n;
  std::string err;
  ASSERT_TRUE(n.Build("Rene\xCC\x81 x", &err));  // René with combining acute
  EXPECT_EQ(n.text(), "Ren\xC3\xA9 x");
  OriginalSpan s = n.Map(0, 5);  // "René"
  EXPECT_EQ(s.end16, 5u);        // R e n e U+0301
  EXPECT_EQ(s.end8, 6u);
}

TEST(Normalize, InvalidUtf8IsRejectedWithOffset) {
  NormalizedText n;
  std::string err;
  EXPECT_FALSE(n.Build("ok\xC3(", &err));
  EXPECT_NE(err.find("byte 2"), std::string::npos) << err;
  EXPECT_FALSE(n.Build("\xED\xA0\x80", &err));  // encoded lone surrogate
  EXPECT_FALSE(n.Build("\xF8\x88\x80\x80\x80", &err));
}

TEST(Tokens, SplitsOnNonLettersAndFolds) {
  Tokens t;
  std::string s = "Hans-Erik ØSTERGAARD, j. 12A";
  t.Build(s);
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t.folded(t[0]), "hans");
  EXPECT_EQ(t.folded(t[2]), "\xC3\xB8stergaard");
  EXPECT_TRUE(t[2].Has(Token::kAllUpper));
  EXPECT_TRUE(t[3].Has(Token::kAllLower));
  EXPECT_TRUE(t[4].Has(Token::kHasDigit));
  EXPECT_EQ(t.Gap(s, 0), "-");
}

}  // namespace
}  // namespace privacy_guard
