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

TEST(Normalize, ParagraphBreaksAreBlankLinesOnly) {
  NormalizedText n;
  std::string err;
  // "\r\n" is one line end; a blank line needs two line ends with only
  // white space between them.
  ASSERT_TRUE(n.Build("Hans\r\nHansen\n \t\nEt nyt afsnit\r\n\r\nSidste", &err));
  const std::string& t = n.text();
  const size_t first = n.ParagraphBreak(0, t.size());
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(t.substr(0, first), "Hans  Hansen   ");  // the second line end of "\n \t\n"
  const size_t second = n.ParagraphBreak(first + 1, t.size());
  ASSERT_NE(second, std::string::npos);
  EXPECT_EQ(t.substr(second), "  Sidste");
  EXPECT_EQ(n.ParagraphBreak(second + 1, t.size()), std::string::npos);
  ASSERT_TRUE(n.Build("Linje et\r\nLinje to\nLinje tre", &err));
  EXPECT_EQ(n.ParagraphBreak(0, n.text().size()), std::string::npos);
}

TEST(Normalize, PieceCutsLieInParagraphBreaksNearEqualShares) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "Afsnit med lidt tekst om kommunen og dens borgere.\n\n";
  NormalizedText n;
  std::string err;
  ASSERT_TRUE(n.Build(text, &err));
  const std::vector<size_t> cuts = n.PieceCuts(4);
  ASSERT_EQ(cuts.size(), 5u);
  EXPECT_EQ(cuts.front(), 0u);
  EXPECT_EQ(cuts.back(), n.text().size());
  for (size_t k = 1; k + 1 < cuts.size(); ++k) {
    EXPECT_GT(cuts[k], cuts[k - 1]);
    EXPECT_EQ(n.text()[cuts[k]], ' ');
    EXPECT_EQ(n.text()[cuts[k] - 1], ' ');  // between the two line ends
    EXPECT_NEAR(static_cast<double>(cuts[k]), static_cast<double>(n.text().size() * k / 4), 60.0);
  }
  // One long paragraph: no cut.
  ASSERT_TRUE(n.Build(std::string(5000, 'a') + " " + std::string(5000, 'b'), &err));
  EXPECT_EQ(n.PieceCuts(4), (std::vector<size_t>{0, n.text().size()}));
  EXPECT_EQ(n.PieceCuts(1), (std::vector<size_t>{0, n.text().size()}));
}

// Tokens of a piece [from, to) are the tokens of the whole text inside it.
TEST(Tokens, PieceIsTheWholeTextsTokensInside) {
  std::string s;
  for (int i = 0; i < 30; ++i) s += "Hans \xC3\x98stergaard, Skovvej 12 \xC2\xBB" "cit\xC2\xBB ";
  Tokens whole, piece, portable;
  whole.Build(s);
  // Pieces start and end at spaces (as the engine cuts them), or at the ends.
  std::vector<size_t> spaces{0};
  for (size_t i = 0; i < s.size(); i += 37) {
    const size_t sp = s.find(' ', i);
    if (sp != std::string::npos) spaces.push_back(sp);
  }
  spaces.push_back(s.size());
  for (size_t from : spaces) {
    for (size_t to : spaces) {
      if (to < from) continue;
      piece.Build(s, from, to);
      portable.BuildPortable(s, from, to);
      std::vector<size_t> want;
      for (size_t i = 0; i < whole.size(); ++i) {
        if (whole[i].start >= from && whole[i].end <= to) want.push_back(i);
      }
      ASSERT_EQ(piece.size(), want.size()) << from << ".." << to;
      ASSERT_EQ(portable.size(), want.size()) << from << ".." << to;
      for (size_t k = 0; k < want.size(); ++k) {
        const Token& w = whole[want[k]];
        EXPECT_EQ(piece[k].start, w.start);
        EXPECT_EQ(piece[k].end, w.end);
        EXPECT_EQ(piece[k].flags, w.flags);
        EXPECT_EQ(piece.folded(piece[k]), whole.folded(w));
        EXPECT_EQ(piece[k].hash, w.hash);
        EXPECT_EQ(portable[k].start, w.start);
        EXPECT_EQ(portable.folded(portable[k]), whole.folded(w));
      }
    }
  }
}

}  // namespace
}  // namespace privacy_guard
