#include "engine/normalize.h"

#include <gtest/gtest.h>

#include <vector>


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

// A piece longer than long_piece (no blank line to cut at) is cut again at
// line breaks, or where a line has none at spaces, into shares of at most
// half of it; a run without either stays whole.
TEST(Normalize, LongPiecesAreCutAtLineBreaksThenSpaces) {
  std::string text;
  for (int i = 0; i < 400; ++i) text += "Linje med et navn og en adresse i kommunen\n";  // 43 bytes
  NormalizedText n;
  std::string err;
  ASSERT_TRUE(n.Build(text, &err));
  EXPECT_EQ(n.PieceCuts(1), (std::vector<size_t>{0, n.text().size()}));
  std::vector<size_t> cuts = n.PieceCuts(1, 2000);
  ASSERT_GE(cuts.size(), 17u);  // 17,200 bytes in shares of at most 1,000
  for (size_t k = 1; k + 1 < cuts.size(); ++k) {
    EXPECT_TRUE(n.LineBreakBetween(cuts[k], cuts[k] + 1)) << cuts[k];
    EXPECT_LE(cuts[k] - cuts[k - 1], 2000u);
  }
  EXPECT_EQ(cuts.back(), n.text().size());
  // A text under the limit, or no limit: as before.
  EXPECT_EQ(n.PieceCuts(1, 1 << 20), (std::vector<size_t>{0, n.text().size()}));
  EXPECT_EQ(n.PieceCuts(1, 0), (std::vector<size_t>{0, n.text().size()}));

  for (size_t k = 1; k < cuts.size(); ++k) EXPECT_LE(cuts[k] - cuts[k - 1], 2000u);  // the last piece too
  // One line of words: cut at spaces.
  text.clear();
  for (int i = 0; i < 1000; ++i) text += "ord ";
  ASSERT_TRUE(n.Build(text, &err));
  cuts = n.PieceCuts(1, 400);
  ASSERT_GE(cuts.size(), 11u);
  for (size_t k = 1; k < cuts.size(); ++k) {
    if (k + 1 < cuts.size()) EXPECT_EQ(n.text()[cuts[k]], ' ');
    EXPECT_LE(cuts[k] - cuts[k - 1], 400u);
  }
  // A line of records: cut after a field's comma, not between a name's
  // words.
  text.clear();
  for (int i = 0; i < 300; ++i) text += "Mette Hansen, Skovvej 12, ";
  ASSERT_TRUE(n.Build(text, &err));
  cuts = n.PieceCuts(1, 1000);
  ASSERT_GE(cuts.size(), 3u);
  for (size_t k = 1; k + 1 < cuts.size(); ++k) EXPECT_EQ(n.text()[cuts[k] - 1], ',') << cuts[k];
  // No space and no line break: one piece.
  ASSERT_TRUE(n.Build(std::string(5000, 'a'), &err));
  EXPECT_EQ(n.PieceCuts(1, 400), (std::vector<size_t>{0, 5000}));
}

}  // namespace
}  // namespace privacy_guard
