// The word tokenizer (native-host/src/engine/tokens.h): token boundaries
// with æ ø å, combining marks and digits; the flags; Gap(); with_digit();
// pieces (Build(text, from, to)); the folded forms and their hashes.
//
// Expected values come from the header's definitions, not from the code:
// the explicit cases are written out by hand, and the random texts are
// checked against a reference tokenizer in this file that applies those
// definitions one code point at a time with ICU (so a mistake the SSE2 block
// path and the portable path share, e.g. in their common Latin-1 shortcut,
// is still caught).
#include "engine/tokens.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/lexicon.h"

namespace privacy_guard {
namespace {

constexpr uint8_t kUp = Token::kUpperInitial, kAllUp = Token::kAllUpper,
                  kDigits = Token::kAllDigits, kDigit = Token::kHasDigit,
                  kLow = Token::kAllLower;

std::vector<std::string> Words(const Tokens& t, std::string_view text) {
  std::vector<std::string> out;
  for (size_t i = 0; i < t.size(); ++i) {
    out.emplace_back(text.substr(t[i].start, t[i].end - t[i].start));
  }
  return out;
}

std::vector<std::string> Folded(const Tokens& t) {
  std::vector<std::string> out;
  for (size_t i = 0; i < t.size(); ++i) out.emplace_back(t.folded(t[i]));
  return out;
}

// Both builds of `text` ([from, to)), which must agree on everything.
std::vector<std::string> Split(const std::string& text, size_t from = 0,
                               size_t to = std::string::npos) {
  Tokens a, b;
  a.Build(text, from, to);
  b.BuildPortable(text, from, to);
  EXPECT_EQ(Words(a, text), Words(b, text)) << text;
  return Words(a, text);
}

using V = std::vector<std::string>;

// --- the reference tokenizer --------------------------------------------------

struct RefToken {
  size_t start = 0, end = 0;
  uint8_t flags = 0;
  std::string folded;
};

bool RefWordChar(UChar32 c) {
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

// The header's definition, one code point at a time: a token is a maximal
// run of letters, digits and combining marks; flags by what its letters and
// digits are; folded = ICU full case folding of the token.
std::vector<RefToken> Reference(std::string_view s, size_t from, size_t to) {
  std::vector<RefToken> out;
  int32_t i = static_cast<int32_t>(from);
  const int32_t n = static_cast<int32_t>(to);
  while (i < n) {
    UChar32 c;
    int32_t next = i;
    U8_NEXT(s.data(), next, n, c);
    if (!RefWordChar(c)) {
      i = next;
      continue;
    }
    RefToken t;
    t.start = static_cast<size_t>(i);
    int letters = 0, upper = 0, lower = 0, digits = 0;
    bool first_letter_upper = false;
    while (i < n) {
      next = i;
      U8_NEXT(s.data(), next, n, c);
      if (!RefWordChar(c)) break;
      if (u_isUAlphabetic(c)) {
        if (letters == 0) first_letter_upper = u_isUUppercase(c);
        ++letters;
        upper += u_isUUppercase(c) ? 1 : 0;
        lower += u_isULowercase(c) ? 1 : 0;
      } else if (u_isdigit(c)) {
        ++digits;
      }
      i = next;
    }
    t.end = static_cast<size_t>(i);
    if (first_letter_upper) t.flags |= Token::kUpperInitial;
    // Letters without case (CJK) are neither upper nor lower case: "all
    // upper" = at least 2 letters, an upper-case one and no lower-case one;
    // "all lower" = a letter and no upper-case one (so "中文" is all lower).
    if (letters >= 2 && upper > 0 && lower == 0) t.flags |= Token::kAllUpper;
    if (letters == 0 && digits > 0) t.flags |= Token::kAllDigits;
    if (digits > 0) t.flags |= Token::kHasDigit;
    if (letters > 0 && upper == 0) t.flags |= Token::kAllLower;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(s.data() + t.start, static_cast<int32_t>(t.end - t.start)));
    u.foldCase();
    u.toUTF8String(t.folded);
    out.push_back(std::move(t));
  }
  return out;
}

// `t` (built from `text`) against the reference; returns "" or what differs.
std::string DiffFromReference(const Tokens& t, std::string_view text, size_t from, size_t to) {
  const std::vector<RefToken> ref = Reference(text, from, to);
  std::string text_q = "'" + std::string(text) + "' [" + std::to_string(from) + ", " +
                       std::to_string(to) + ")";
  if (t.size() != ref.size()) {
    return text_q + ": " + std::to_string(t.size()) + " tokens, reference " +
           std::to_string(ref.size());
  }
  std::vector<uint32_t> with_digit;
  for (size_t i = 0; i < ref.size(); ++i) {
    const std::string at = text_q + " token " + std::to_string(i) + ": ";
    if (t[i].start != ref[i].start || t[i].end != ref[i].end) {
      return at + "[" + std::to_string(t[i].start) + ", " + std::to_string(t[i].end) +
             "), reference [" + std::to_string(ref[i].start) + ", " +
             std::to_string(ref[i].end) + ")";
    }
    if (t[i].flags != ref[i].flags) {
      return at + "flags " + std::to_string(t[i].flags) + ", reference " +
             std::to_string(ref[i].flags);
    }
    if (t.folded(t[i]) != ref[i].folded) {
      return at + "folded '" + std::string(t.folded(t[i])) + "', reference '" + ref[i].folded +
             "'";
    }
    if (t[i].hash != HashWord(ref[i].folded)) return at + "hash is not HashWord(folded)";
    if (ref[i].flags & Token::kHasDigit) with_digit.push_back(static_cast<uint32_t>(i));
  }
  if (t.with_digit() != with_digit) return text_q + ": with_digit() differs";
  return "";
}

// --- boundaries ------------------------------------------------------------------

TEST(TokensBoundaries, LettersDigitsAndDanishLettersMakeTokens) {
  EXPECT_EQ(Split("Hans Ørum-Jensen, Åbyvej 12A, 8500 Grenå."),
            (V{"Hans", "Ørum", "Jensen", "Åbyvej", "12A", "8500", "Grenå"}));
  EXPECT_EQ(Split("æblegrød med ÆØÅ og øl"), (V{"æblegrød", "med", "ÆØÅ", "og", "øl"}));
  EXPECT_EQ(Split("Søren\tKierkegaard\nsagde"), (V{"Søren", "Kierkegaard", "sagde"}));
  EXPECT_EQ(Split("Hans-Erik ØSTERGAARD, j. 12A"), (V{"Hans", "Erik", "ØSTERGAARD", "j", "12A"}));
  EXPECT_EQ(Split(""), V{});
  EXPECT_EQ(Split("  ,.-;:!?()[]{}\"'/\\_+=*&%$#@ "), V{});
}

TEST(TokensBoundaries, PunctuationAndNonLetterSymbolsSeparate) {
  // × and ÷ sit between the Latin-1 letters but are no letters.
  EXPECT_EQ(Split("2×3÷4"), (V{"2", "3", "4"}));
  EXPECT_EQ(Split("«Jens»"), V{"Jens"});
  EXPECT_EQ(Split("Jens'"), V{"Jens"});
  EXPECT_EQ(Split("Jens\xC2\xA0Hansen"), (V{"Jens", "Hansen"}));  // no-break space
  EXPECT_EQ(Split("“Lise”…"), V{"Lise"});
  EXPECT_EQ(Split("a_b"), (V{"a", "b"}));
  EXPECT_EQ(Split("mail@kommune.dk"), (V{"mail", "kommune", "dk"}));
  EXPECT_EQ(Split("\xF0\x9F\x98\x80Mette\xF0\x9F\x98\x80"), V{"Mette"});  // emoji
}

TEST(TokensBoundaries, CombiningMarksStayInTheirToken) {
  // u + U+0308 (decomposed ü), e + U+0301 (decomposed é).
  EXPECT_EQ(Split("Mu\xCC\x88ller og Rene\xCC\x81"), (V{"Mu\xCC\x88ller", "og", "Rene\xCC\x81"}));
  // A mark right after a separator starts a token.
  EXPECT_EQ(Split("a \xCC\x81" "b"), (V{"a", "\xCC\x81" "b"}));
  // Other scripts.
  EXPECT_EQ(Split("Ωmega 中文 Łódź"), (V{"Ωmega", "中文", "Łódź"}));
}

TEST(TokensBoundaries, DigitsOfOtherScriptsAreDigits) {
  EXPECT_EQ(Split("12.500,75 kr"), (V{"12", "500", "75", "kr"}));
  // Arabic-Indic and full-width digits are digits (Nd); superscript two is not.
  EXPECT_EQ(Split("\xD9\xA3\xD9\xA4 \xEF\xBC\x91\xEF\xBC\x92 m\xC2\xB2"),
            (V{"\xD9\xA3\xD9\xA4", "\xEF\xBC\x91\xEF\xBC\x92", "m"}));
}

// --- flags -------------------------------------------------------------------------

struct FlagCase {
  const char* word;
  uint8_t flags;
};

TEST(TokensFlags, AsDefinedInTheHeader) {
  const FlagCase cases[] = {
      {"Hansen", kUp},
      {"HANSEN", kUp | kAllUp},
      {"hansen", kLow},
      {"hAnsen", 0},  // neither capitalised nor all lower case
      {"A", kUp},     // one letter: not "all upper" (at least 2 letters)
      {"AB", kUp | kAllUp},
      {"a", kLow},
      {"Ørum", kUp},
      {"ØRUM", kUp | kAllUp},
      {"ørum", kLow},
      {"ÆBLE", kUp | kAllUp},
      {"Å", kUp},
      {"ÆØÅ", kUp | kAllUp},
      {"æøå", kLow},
      {"øRUM", 0},
      {"Straße", kUp},
      {"STRASSE", kUp | kAllUp},
      {"µg", kLow},
      {"Łódź", kUp},
      {"ŁÓDŹ", kUp | kAllUp},
      {"Ωmega", kUp},
      {"12", kDigits | kDigit},
      {"0", kDigits | kDigit},
      {"\xD9\xA3", kDigits | kDigit},
      {"\xEF\xBC\x91\xEF\xBC\x92", kDigits | kDigit},
      {"12A", kUp | kDigit},             // the first letter is upper case
      {"12AB", kUp | kAllUp | kDigit},   // digits do not spoil "all upper"
      {"12a", kLow | kDigit},
      {"a1", kLow | kDigit},
      {"B7", kUp | kDigit},
      {"Mu\xCC\x88ller", kUp},
      {"mu\xCC\x88ller", kLow},
      {"\xCC\x81", 0},  // a lone combining mark: neither letter nor digit
  };
  for (const FlagCase& c : cases) {
    for (bool portable : {false, true}) {
      Tokens t;
      const std::string text = std::string(" ") + c.word + " ";
      if (portable) t.BuildPortable(text); else t.Build(text);
      ASSERT_EQ(t.size(), 1u) << c.word;
      EXPECT_EQ(t[0].flags, c.flags) << c.word << (portable ? " (portable)" : " (Build)");
      for (uint8_t f : {kUp, kAllUp, kDigits, kDigit, kLow}) {
        EXPECT_EQ(t[0].Has(static_cast<Token::Flags>(f)), (c.flags & f) != 0) << c.word;
      }
    }
  }
}

// --- folded forms and hashes ------------------------------------------------------

TEST(TokensFolded, FullCaseFoldingOfEachToken) {
  Tokens t;
  const std::string text = "HANS Ørum ÆBLE Straße ΣΊΣΥΦΟΣ İ 12A ﬁnd Mu\xCC\x88ller";
  t.Build(text);
  EXPECT_EQ(Folded(t), (V{"hans", "ørum", "æble", "strasse", "σίσυφοσ", "i\xCC\x87", "12a",
                          "find", "mu\xCC\x88ller"}));
  for (size_t i = 0; i < t.size(); ++i) {
    EXPECT_EQ(t[i].hash, HashWord(t.folded(t[i]))) << i;
  }
  // Same word in any case: same folded form and hash.
  t.Build("Grenå GRENÅ grenå gReNå");
  ASSERT_EQ(t.size(), 4u);
  for (size_t i = 1; i < 4; ++i) {
    EXPECT_EQ(t.folded(t[i]), "grenå");
    EXPECT_EQ(t[i].hash, t[0].hash);
  }
  EXPECT_NE(HashWord("grenå"), HashWord("grena"));
}

// --- Gap and with_digit --------------------------------------------------------------

TEST(TokensGap, TextBetweenNeighboursAndAfterTheLast) {
  const std::string text = "«Hans  Jensen», 8500 Grenå.";
  for (bool portable : {false, true}) {
    Tokens t;
    if (portable) t.BuildPortable(text); else t.Build(text);
    ASSERT_EQ(Words(t, text), (V{"Hans", "Jensen", "8500", "Grenå"}));
    EXPECT_EQ(t.Gap(text, 0), "  ");
    EXPECT_EQ(t.Gap(text, 1), "», ");
    EXPECT_EQ(t.Gap(text, 2), " ");
    EXPECT_EQ(t.Gap(text, 3), ".");  // after the last token: the rest of the text
    EXPECT_EQ(t.Gap(text, 4), "");   // past the end
    EXPECT_EQ(t.Gap(text, 99), "");
  }
  Tokens t;
  t.Build("ord");
  EXPECT_EQ(t.Gap("ord", 0), "");
  t.Build("a-b");
  EXPECT_EQ(t.Gap("a-b", 0), "-");
  t.Build("");
  EXPECT_EQ(t.Gap("", 0), "");
}

TEST(TokensWithDigit, IndicesOfTokensWithADigitAscending) {
  const std::string text = "Skovvej 12, 1. tv, 8500 Grenå, tlf 23456789 og B52";
  for (bool portable : {false, true}) {
    Tokens t;
    if (portable) t.BuildPortable(text); else t.Build(text);
    ASSERT_EQ(Words(t, text),
              (V{"Skovvej", "12", "1", "tv", "8500", "Grenå", "tlf", "23456789", "og", "B52"}));
    EXPECT_EQ(t.with_digit(), (std::vector<uint32_t>{1, 2, 4, 7, 9}));
    for (uint32_t i : t.with_digit()) EXPECT_TRUE(t[i].Has(Token::kHasDigit));
  }
  Tokens t;
  t.Build("ingen tal her");
  EXPECT_TRUE(t.with_digit().empty());
}

// --- pieces -------------------------------------------------------------------------

TEST(TokensPieces, OffsetsAreInTheWholeText) {
  const std::string text = "Hans Jensen\n\nMette Ørum 12\n\nSlut";
  const size_t from = text.find("Mette"), to = text.find("\n\nSlut");
  for (bool portable : {false, true}) {
    Tokens t;
    if (portable) t.BuildPortable(text, from, to); else t.Build(text, from, to);
    ASSERT_EQ(Words(t, text), (V{"Mette", "Ørum", "12"}));
    EXPECT_EQ(t[0].start, from);
    EXPECT_EQ(t[2].end, to);
    EXPECT_EQ(t.with_digit(), std::vector<uint32_t>{2});
    EXPECT_EQ(t.folded(t[1]), "ørum");
  }
}

TEST(TokensPieces, ATokenIsCutAtThePieceEdges) {
  const std::string text = "Kierkegaard";
  EXPECT_EQ(Split(text, 0, 4), V{"Kier"});
  EXPECT_EQ(Split(text, 4, 11), V{"kegaard"});
  Tokens t;
  t.Build(text, 4, 11);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_FALSE(t[0].Has(Token::kUpperInitial));
  EXPECT_TRUE(t[0].Has(Token::kAllLower));
}

TEST(TokensPieces, BoundsAreClamped) {
  const std::string text = "Hans Jensen";
  EXPECT_EQ(Split(text, 5, 1000), V{"Jensen"});
  EXPECT_EQ(Split(text, 50, 1000), V{});
  EXPECT_EQ(Split(text, 8, 3), V{});  // from after to
  EXPECT_EQ(Split(text, 11, 11), V{});
}

TEST(TokensPieces, ABuildForgetsThePreviousOne) {
  Tokens t;
  const std::string long_text = "Hans 1 Jensen 2 Mette 3 Ørum 4 Lise 5";
  t.Build(long_text);
  ASSERT_EQ(t.size(), 10u);
  const std::string short_text = "Grenå";
  t.Build(short_text);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_TRUE(t.with_digit().empty());
  EXPECT_EQ(t.folded(t[0]), "grenå");
  t.BuildPortable(long_text, 0, 6);
  EXPECT_EQ(Words(t, long_text), (V{"Hans", "1"}));
  EXPECT_EQ(t.with_digit(), std::vector<uint32_t>{1});
}

// Tokens of a piece [from, to) are the tokens of the whole text inside it
// (moved here from normalize_test.cc).
TEST(TokensPieces, PieceIsTheWholeTextsTokensInside) {
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

// --- the 64-byte blocks of Build() ------------------------------------------------------

TEST(TokensBlocks, TokensAcrossAndAtBlockEdges) {
  // Tokens ending at bytes 63, 64 and 65; a text that ends exactly at 64
  // and at 128 with a token; a Latin-1 letter split across the edge; tokens
  // longer than one and two blocks.
  std::vector<std::string> texts;
  for (size_t pad = 55; pad <= 70; ++pad) {
    texts.push_back(std::string(pad, ' ') + "Ørum");
    texts.push_back(std::string(pad, ' ') + "Ørum og mere tekst");
    texts.push_back(std::string(pad, 'x') + " Åse");
    texts.push_back(std::string(pad, ' ') + "ÆØÅæøå" + std::string(10, ' '));
    texts.push_back(std::string(pad, ' ') + "Mu\xCC\x88ller ");
    texts.push_back(std::string(pad, ' ') + "12A 3456");
    // Short tokens whose letters fall on both sides of an edge: the flags
    // are put together from two blocks.
    for (const char* w : {"AB", "Ab", "aB", "ab", "ÆØ", "Æø", "A1", "1A", "ABC"}) {
      texts.push_back(std::string(pad, ' ') + w + " x");
    }
  }
  texts.push_back(std::string(64, 'a'));
  texts.push_back(std::string(60, ' ') + "ABCD");
  texts.push_back(std::string(128, 'B'));
  texts.push_back(" " + std::string(200, 'k') + " slut");
  std::string danish;
  while (danish.size() < 300) danish += "æ";
  texts.push_back(danish);
  texts.push_back("X" + danish + "Y");
  for (const std::string& s : texts) {
    Tokens a, b;
    a.Build(s);
    b.BuildPortable(s);
    EXPECT_EQ(DiffFromReference(a, s, 0, s.size()), "") << "Build";
    EXPECT_EQ(DiffFromReference(b, s, 0, s.size()), "") << "BuildPortable";
  }
}

// Random texts of pieces that exercise every path (ASCII, Latin-1 letters
// and their upper case, ß, × ÷, other scripts and their digits, combining
// marks, punctuation), around the block size, whole and in random pieces:
// Build() and BuildPortable() against the reference.
TEST(TokensBlocks, RandomTextsMatchTheReference) {
  const std::vector<std::string> pieces = {
      "a", "Z", "q", "7", "0", " ", " ", "-", ".", ",", "\n", "\xC3\xA6", "\xC3\x86",
      "\xC3\xB8", "\xC3\x98", "\xC3\xA5", "\xC3\x85", "\xC3\x9F", "\xC3\x97", "\xC3\xB7",
      "\xC3\x9E", "\xC3\xBF", "\xC3\x80", "\xC2\xB5", "\xC2\xAB", "\xC2\xBB", "\xC2\xA0",
      "\xE2\x80\x9C", "\xE2\x80\xA6", "\xCC\x81", "\xCC\x88", "\xCE\xA9", "\xCF\x89",
      "\xCF\x82", "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xC4\x8C", "\xC5\x82", "\xD9\xA3",
      "\xEF\xBC\x91", "Hans", "hansen", "\xC3\x98STERGAARD", "12A", "I", "Gren\xC3\xA5"};
  uint64_t seed = 20370601;
  auto rnd = [&](uint64_t m) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return (seed >> 33) % m;
  };
  Tokens a, b;
  int pieces_checked = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string s;
    std::vector<size_t> boundaries = {0};
    const size_t target = rnd(260);
    while (s.size() < target) {
      s += pieces[rnd(pieces.size())];
      boundaries.push_back(s.size());
    }
    size_t from = 0, to = s.size();
    if (round % 2 == 1 && boundaries.size() > 2) {  // a piece on character boundaries
      from = boundaries[rnd(boundaries.size())];
      to = boundaries[rnd(boundaries.size())];
      if (from > to) std::swap(from, to);
      ++pieces_checked;
    }
    a.Build(s, from, to);
    b.BuildPortable(s, from, to);
    ASSERT_EQ(DiffFromReference(a, s, from, to), "") << "Build";
    ASSERT_EQ(DiffFromReference(b, s, from, to), "") << "BuildPortable";
  }
  EXPECT_GT(pieces_checked, 1000);
}

// Build() (SSE2, 64-byte blocks) must give exactly BuildPortable()'s tokens
// (moved here from normalize_test.cc).
TEST(TokensBlocks, BlockBuildMatchesPortableBuild) {
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
    for (size_t i = 0; i < a.size(); ++i) {
      ASSERT_EQ(a[i].start, b[i].start) << s;
      ASSERT_EQ(a[i].end, b[i].end) << s;
      ASSERT_EQ(a[i].flags, b[i].flags) << s << " token " << i;
      ASSERT_EQ(a.folded(a[i]), b.folded(b[i])) << s;
      ASSERT_EQ(a[i].hash, b[i].hash) << s;
    }
  }
}

}  // namespace
}  // namespace privacy_guard
