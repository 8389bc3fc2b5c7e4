#include "engine/normalize.h"

#include <gtest/gtest.h>

#include <vector>

#include "engine/lexicon.h"
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


// Build() (SSE2, 64-byte blocks) must give exactly BuildPortable()'s tokens:
// random texts of pieces that exercise every path (ASCII, Latin-1 letters and
// their upper case, ß, × ÷, other scripts, combining marks, quotes that are
// not word characters), of lengths around the block size, so that tokens and
// two-byte letters straddle block edges.
TEST(Tokens, BlockBuildMatchesPortableBuild) {
  const std::vector<std::string> pieces = {
      "a", "Z", "q", "7", "0", " ", " ", "-", ".", ",", "\xC3\xA6", "\xC3\x86", "\xC3\xB8",
      "\xC3\x98", "\xC3\xA5", "\xC3\x85", "\xC3\x9F", "\xC3\x97", "\xC3\xB7", "\xC3\x9E",
      "\xC3\xBF", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\xA6", "\xCC\x81",
      "\xCE\xA9", "\xCF\x89", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xC4\x8C", "\xC5\x82",
      "Hans", "hansen", "\xC3\x98STERGAARD", "12A", "I", "\xD9\xA3"};
  uint64_t seed = 12345;
  auto rnd = [&](uint64_t m) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return (seed >> 33) % m;
  };
  Tokens a, b;
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const size_t target = rnd(200);
    while (s.size() < target) s += pieces[rnd(pieces.size())];
    a.Build(s);
    b.BuildPortable(s);
    ASSERT_EQ(a.size(), b.size()) << s;
    ASSERT_EQ(a.with_digit(), b.with_digit()) << s;
    for (uint32_t d : a.with_digit()) ASSERT_TRUE(a[d].Has(Token::kHasDigit)) << s;
    for (size_t i = 0; i < a.size(); ++i) {
      ASSERT_EQ(a[i].start, b[i].start) << s;
      ASSERT_EQ(a[i].end, b[i].end) << s;
      ASSERT_EQ(a[i].flags, b[i].flags) << s << " token " << i;
      ASSERT_EQ(a.folded(a[i]), b.folded(b[i])) << s;
      ASSERT_EQ(a[i].hash, b[i].hash) << s;
      ASSERT_EQ(a[i].hash, HashWord(a.folded(a[i]))) << s;
    }
  }
}

TEST(Tokens, HashWordPaddedAgreesWithHashWord) {
  std::string buf = "abcdefghijklmnopqrstuvwxyz\xC3\xA6\xC3\xB8\xC3\xA5";
  buf.append(8, 'x');
  for (size_t from = 0; from < 10; ++from) {
    for (size_t len = 0; from + len + 8 <= buf.size(); ++len) {
      EXPECT_EQ(HashWordPadded(buf.data() + from, len),
                HashWord(std::string_view(buf).substr(from, len)));
    }
  }
  EXPECT_NE(HashWord("hans"), HashWord("hansen"));
  EXPECT_NE(HashWord("a"), HashWord(std::string_view("a\0", 2)));
}

}  // namespace
}  // namespace privacy_guard
