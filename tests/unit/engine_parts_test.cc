// Unit tests of the engine's parts that have no detector: overlap
// resolution, the context-keyword index, the pattern-database cache key, Create()'s structured errors
// and where the config layer says they were written.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include "engine/detector.h"
#include "engine/keywords.h"
#include "engine/overlaps.h"
#include "engine/pattern_db.h"
#include "engine/quotations.h"
#include "engine/tokens.h"
#include "privacy_guard/config.h"
#include "privacy_guard/engine.h"
#include "test_util.h"

namespace privacy_guard {
namespace {

Candidate C(Category cat, size_t s, size_t e, Confidence conf) { return Candidate{cat, s, e, conf}; }

bool Same(const std::vector<Candidate>& a, const std::vector<Candidate>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].category != b[i].category || a[i].start != b[i].start || a[i].end != b[i].end ||
        a[i].confidence != b[i].confidence) {
      return false;
    }
  }
  return true;
}

TEST(Overlaps, BestOfEachOverlappingGroupWins) {
  std::vector<Candidate> c = {
      C(Category::kPhone, 10, 21, Confidence::kMedium),
      C(Category::kCpr, 10, 21, Confidence::kHigh),     // same span, higher confidence
      C(Category::kName, 30, 40, Confidence::kMedium),
      C(Category::kName, 30, 35, Confidence::kMedium),  // shorter: loses
      C(Category::kEmail, 50, 60, Confidence::kHigh),
  };
  ResolveOverlaps(&c);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].category, Category::kCpr);
  EXPECT_EQ(c[1].end, 40u);
  EXPECT_EQ(c[2].category, Category::kEmail);
}

TEST(Overlaps, ResultDoesNotDependOnInputOrder) {
  std::mt19937 rng(7);
  std::vector<Candidate> base;
  for (int i = 0; i < 300; ++i) {
    const size_t s = rng() % 2000, len = 1 + rng() % 40;
    base.push_back(C(static_cast<Category>(rng() % kNumCategories), s, s + len,
                     static_cast<Confidence>(1 + rng() % 3)));
  }
  std::vector<Candidate> want = base;
  ResolveOverlaps(&want);
  for (size_t i = 1; i < want.size(); ++i) EXPECT_LE(want[i - 1].end, want[i].start) << i;
  for (int round = 0; round < 20; ++round) {
    std::vector<Candidate> shuffled = base;
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    ResolveOverlaps(&shuffled);
    ASSERT_TRUE(Same(shuffled, want)) << "round " << round;
  }
}

TEST(Overlaps, NoLookBackBound) {
  // A high-confidence span over many earlier kept ones: it must beat all of
  // them (the old implementation looked back at most eight).
  std::vector<Candidate> c;
  for (size_t i = 0; i < 30; ++i) c.push_back(C(Category::kPhone, 100 + 10 * i, 105 + 10 * i, Confidence::kLow));
  c.push_back(C(Category::kBusinessTerm, 101, 420, Confidence::kHigh));
  // And one that comes after the long span and overlaps only its tail.
  c.push_back(C(Category::kCpr, 415, 430, Confidence::kMedium));
  c.push_back(C(Category::kCpr, 500, 510, Confidence::kMedium));
  ResolveOverlaps(&c);
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].category, Category::kBusinessTerm);
  EXPECT_EQ(c[0].start, 101u);
  EXPECT_EQ(c[1].start, 500u);
}

TEST(Overlaps, EmptySpansAreDropped) {
  std::vector<Candidate> c = {C(Category::kCpr, 5, 5, Confidence::kHigh),
                              C(Category::kName, 3, 8, Confidence::kLow)};
  ResolveOverlaps(&c);
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].category, Category::kName);
}

// The keyword index answers exactly as the search of the folded window it
// replaces: the same text and windows, asked through a ScanContext with the
// index and through one without.
TEST(KeywordIndex, AnswersAsTheWindowSearch) {
  static const std::vector<std::string> words = {"cpr", "cpr-nr.", "tlf.", "kønummer", "reg. nr",
                                                 "æ", "nr."};
  static const std::vector<std::string> other = {"konto"};
  KeywordIndex index;
  index.Add(&words);
  EngineError error;
  ASSERT_TRUE(index.Build(nullptr, &error)) << error.ToString();
  ASSERT_EQ(index.ListOf(&words), 0);
  EXPECT_EQ(index.ListOf(&other), -1);  // not registered: searched in the window
  const std::vector<std::string> texts = {
      "CPR 010101-1234 og Cpr-nr.: 0101011234", "KØNUMMER 12345678 kønummeret 12345678",
      "xcpr 1234 cprx 1234 tlf.12345678 (tlf.) 1234", "Reg. nr 1234 reg.  nr 1234 REG. NR. 1234",
      "Æ 1 æ2 Ææ 3 nr.4 nr. 5 konto 1234", "ingen nøgleord her 1234 5678"};
  std::vector<Candidate> none;
  Tokens tokens;
  size_t positive = 0;
  for (const std::string& original : texts) {
    NormalizedText norm;
    std::string err;
    ASSERT_TRUE(norm.Build(original, &err)) << err;
    const ScanContext fast(norm, tokens, none, &index), slow(norm, tokens, none);
    const size_t n = norm.text().size();
    for (size_t pos = 0; pos <= n; ++pos) {
      if (pos < n && (static_cast<unsigned char>(norm.text()[pos]) & 0xC0) == 0x80) continue;
      for (size_t window : {3u, 8u, 16u, 40u}) {
        for (const std::vector<std::string>* list : {&words, &other}) {
          const bool before = slow.KeywordBefore(pos, window, *list);
          const bool after = slow.KeywordAfter(pos, window, *list);
          positive += before + after;
          ASSERT_EQ(fast.KeywordBefore(pos, window, *list), before)
              << "'" << norm.text() << "' before " << pos << " window " << window;
          ASSERT_EQ(fast.KeywordAfter(pos, window, *list), after)
              << "'" << norm.text() << "' after " << pos << " window " << window;
        }
      }
    }
  }
  EXPECT_GT(positive, 100u);  // the texts do hold keywords
}

// A text of keyword fragments would make a hit every few bytes: the index
// gives up (bounded memory) and the windows are searched as before.
TEST(KeywordIndex, TooManyHitsFallBackToTheWindowSearch) {
  static const std::vector<std::string> words = {"id", "cpr"};
  KeywordIndex index;
  index.Add(&words);
  EngineError error;
  ASSERT_TRUE(index.Build(nullptr, &error));
  std::string text;
  while (text.size() < 100000) text += "idid ";
  text += "cpr 1234";
  std::vector<KeywordHit> hits;
  EXPECT_FALSE(index.Find(text, &hits));
  EXPECT_TRUE(hits.empty());
  NormalizedText norm;
  std::string err;
  ASSERT_TRUE(norm.Build(text, &err)) << err;
  Tokens tokens;
  std::vector<Candidate> none;
  const ScanContext fast(norm, tokens, none, &index), slow(norm, tokens, none);
  const size_t n = norm.text().size();
  for (size_t pos : {size_t{0}, size_t{3}, size_t{5}, n - 4, n}) {
    EXPECT_EQ(fast.KeywordBefore(pos, 10, words), slow.KeywordBefore(pos, 10, words)) << pos;
    EXPECT_EQ(fast.KeywordAfter(pos, 10, words), slow.KeywordAfter(pos, 10, words)) << pos;
  }
  EXPECT_TRUE(fast.KeywordBefore(n - 4, 10, words));  // "cpr" before "1234"
}

TEST(KeywordIndex, WholeWordsOnlyAndCapitalDanishLetters) {
  static const std::vector<std::string> words = {"kønummer", "tlf."};
  KeywordIndex index;
  index.Add(&words);
  EngineError error;
  ASSERT_TRUE(index.Build(nullptr, &error));
  std::vector<KeywordHit> hits;
  const std::string text = "KØNUMMER, kønummeret, Tlf.12";
  ASSERT_TRUE(index.Find(text, &hits));
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_TRUE(WholeWordIn(text, hits[0], 0, text.size()));    // "KØNUMMER"
  EXPECT_FALSE(WholeWordIn(text, hits[1], 0, text.size()));   // inside "kønummeret"
  EXPECT_TRUE(WholeWordIn(text, hits[1], 0, hits[1].end));    // the window ends there
  EXPECT_TRUE(WholeWordIn(text, hits[2], 0, text.size()));    // "Tlf." ends in '.'
  EXPECT_FALSE(WholeWordIn(text, hits[2], hits[2].start + 1, text.size()));  // cut by the window
}

TEST(PatternCache, KeyCoversExpressionFlagsAndIds) {
  PatternSet a;
  a.Add("foo[0-9]", 0, 0);
  a.Add("bar", 0, 1);
  PatternSet ids = a;
  ids.ids = {1, 0};  // same expressions, other ids: a stale cache must not match
  PatternSet flags = a;
  flags.flags[1] = HS_FLAG_CASELESS;
  PatternSet expr = a;
  expr.expressions[1] = "baz";
  EXPECT_EQ(PatternSetKey(a), PatternSetKey(a));
  EXPECT_NE(PatternSetKey(a), PatternSetKey(ids));
  EXPECT_NE(PatternSetKey(a), PatternSetKey(flags));
  EXPECT_NE(PatternSetKey(a), PatternSetKey(expr));
}

TEST(PatternCache, CachedDatabaseReportsTheRightIds) {
  struct Memory : DatabaseCache {
    std::map<std::string, std::string> m;
    bool Load(const std::string& k, std::string* b) override {
      auto it = m.find(k);
      if (it == m.end()) return false;
      *b = it->second;
      return true;
    }
    void Store(const std::string& k, const std::string& b) override { m[k] = b; }
  } cache;
  PatternSet a;
  a.Add("alpha", 0, 7);
  int bad = 0;
  std::string msg;
  ASSERT_TRUE(CompilePatternSet(a, &cache, &bad, &msg));
  PatternSet b = a;
  b.ids = {3};
  HsDatabase db = CompilePatternSet(b, &cache, &bad, &msg);  // must not reuse a's entry
  ASSERT_TRUE(db);
  EXPECT_EQ(cache.m.size(), 2u);
  hs_scratch_t* s = nullptr;
  ASSERT_EQ(hs_alloc_scratch(db.get(), &s), HS_SUCCESS);
  unsigned seen = 0;
  hs_scan(db.get(), "x alpha", 7, 0, s,
          [](unsigned id, unsigned long long, unsigned long long, unsigned, void* p) -> int {
            *static_cast<unsigned*>(p) = id;
            return 0;
          },
          &seen);
  hs_free_scratch(s);
  EXPECT_EQ(seen, 3u);
}

TEST(EngineCreate, BadRegexIsAStructuredError) {
  config::Policy p;
  p.mutable_business_terms()->add_term("ok");
  p.mutable_business_terms()->add_regex("fine[0-9]");
  p.mutable_business_terms()->add_regex("broken(");
  Engine::CreateResult r = Engine::Create(p, {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error.code, EngineError::Code::kBadRegex);
  EXPECT_EQ(r.error.field, "business_terms.regex[1]");
  EXPECT_NE(r.error.message.find("broken("), std::string::npos) << r.error.message;

  config::Policy q;
  q.mutable_categories()->mutable_cvr()->mutable_allowlist()->add_regex("[a-");
  r = Engine::Create(q, {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error.code, EngineError::Code::kBadRegex);
  EXPECT_EQ(r.error.field, "categories.cvr.allowlist.regex[0]");
}

TEST(EngineCreate, ErrorToString) {
  EngineError e;
  e.message = "missing )";
  EXPECT_EQ(e.ToString(), "missing )");
  e.field = "business_terms.regex[0]";
  e.file = "p.policy";
  EXPECT_EQ(e.ToString(), "p.policy: business_terms.regex[0]: missing )");
  e.line = 3;
  e.column = 9;
  EXPECT_EQ(e.ToString(), "p.policy:3:9: business_terms.regex[0]: missing )");
}

std::string WriteFile(const std::string& name, const std::string& content) {
  const auto dir = std::filesystem::temp_directory_path() / "pg-engine-parts-test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / name).string();
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(EngineCreate, ConfigNamesFileLineAndColumn) {
  const std::string policy = WriteFile("bad-regex.policy",
                                       "version: \"1\"\n"
                                       "business_terms {\n"
                                       "  term: \"ok\"\n"
                                       "  regex: \"good[0-9]\"\n"
                                       "  regex: \"bad(\"\n"
                                       "}\n");
  LoadedPolicy loaded;
  std::string error;
  LoadOptions opts;
  opts.cache_dir = "";
  ASSERT_TRUE(LoadPolicyWithData(policy, opts, &loaded, &error)) << error;
  EXPECT_FALSE(BuildEngine(loaded, "", &error));
  EXPECT_NE(error.find(policy + ":5:3: business_terms.regex[1]: "), std::string::npos) << error;

  const std::string terms = WriteFile("terms.txt", "# comment\nProjekt Ravn\n\nre:ok[0-9]+\nre:nope(\n");
  opts.extra_term_files = {terms};
  const std::string plain = WriteFile("plain.policy", "version: \"1\"\n");
  ASSERT_TRUE(LoadPolicyWithData(plain, opts, &loaded, &error)) << error;
  EXPECT_FALSE(BuildEngine(loaded, "", &error));
  EXPECT_NE(error.find(terms + ":5: term_files[2]: "), std::string::npos) << error;
}

TEST(EngineCreate, TodayIsInjected) {
  // 010136-4xxx is born 1 January 2036: in the future until then.
  config::Policy p;
  p.mutable_categories()->mutable_cpr()->set_action(config::BLOCK);
  Engine::CreateOptions before, after;
  before.today = 20351231;
  after.today = 20360101;
  Engine::CreateResult a = Engine::Create(p, {}, before);
  Engine::CreateResult b = Engine::Create(p, {}, after);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_TRUE(testing::Find(*a.engine, "cpr 010136-4000", Category::kCpr).empty());
  EXPECT_EQ(testing::Find(*b.engine, "cpr 010136-4000", Category::kCpr).size(), 1u);
}

// --- quotations (engine/quotations.h) ---------------------------------------------

// The quoted text of each quotation, in the order they open.
std::vector<std::string> Quoted(const std::string& text) {
  std::vector<Quotation> q;
  FindQuotations(text, 0, text.size(), &q);
  std::vector<std::string> out;
  for (const Quotation& x : q) out.push_back(text.substr(x.open, x.close - x.open));
  return out;
}

TEST(Quotations, PairedByTheSideOfTheWordTheyTouch) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Quoted("\"Tak,\" skrev hun: \"Kom i morgen.\""), (V{"Tak,", "Kom i morgen."}));
  // An inch mark outside a quotation; a number's closing mark inside one.
  EXPECT_EQ(Quoted("En 24\" skærm. Brevet: \"Ring på 87654321\"."), (V{"Ring på 87654321"}));
  // Nested, and the Danish and German forms.
  EXPECT_EQ(Quoted("»Hun sagde “nej” i går«"), (V{"Hun sagde “nej” i går", "nej"}));
  EXPECT_EQ(Quoted("„Guten Tag“ und «Salut»"), (V{"Guten Tag", "Salut"}));
  // A mark never closed holds nothing and is no parent.
  std::vector<Quotation> q;
  const std::string stray = "don\"t say \"yes\" now";
  FindQuotations(stray, 0, stray.size(), &q);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].close, q[0].open);  // the stray mark in "don"t"
  EXPECT_EQ(stray.substr(q[1].open, q[1].close - q[1].open), "yes");
  EXPECT_EQ(q[1].parent, -1);
  EXPECT_TRUE(HasQuotationMark(" «"));
  EXPECT_FALSE(HasQuotationMark(", "));
}

TEST(Quotations, InnermostQuotationAndTokensWithin) {
  const std::string text = "Hun skrev \"jeg er »meget« træt\" i går";
  Tokens tk;
  tk.Build(text);
  std::vector<Quotation> q;
  FindQuotations(text, 0, text.size(), &q);
  ASSERT_EQ(q.size(), 2u);
  std::vector<int> inner;
  InnermostQuotations(tk, q, &inner);
  std::vector<int> want;  // Hun skrev | jeg er | meget | træt | i går
  for (int w : {-1, -1, 0, 0, 1, 0, -1, -1}) want.push_back(w);
  EXPECT_EQ(inner, want);
  const auto [first, last] = TokensWithin(tk, q[0].open, q[0].close);
  EXPECT_EQ(first, 2u);
  EXPECT_EQ(last, 6u);
  EXPECT_EQ(TokensWithin(tk, 0, q[0].mark).second, 2u);  // the tokens before the mark
}

}  // namespace
}  // namespace privacy_guard
