#include <atomic>
#include <thread>
#include <tuple>

#include "test_util.h"

namespace privacy_guard::testing {
namespace {

TEST(Engine, DecisionIsTheStrongestAction) {
  auto e = EngineFor(
      "categories { cpr { action: BLOCK } phone { action: WARN } email { action: AUDIT } }");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->Scan("Hej med dig").decision, Decision::kAllow);
  EXPECT_EQ(e->Scan("mail anna@gmail.com").decision, Decision::kAllow);  // audit only
  EXPECT_EQ(e->Scan("tlf. 23456789, anna@gmail.com").decision, Decision::kWarn);
  EXPECT_EQ(e->Scan("tlf. 23456789, cpr 120385-1002").decision, Decision::kBlock);
  ScanResult r = e->Scan("mail anna@gmail.com");
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].action, Action::kAudit);
  EXPECT_EQ(r.counts[static_cast<size_t>(Category::kEmail)], 1u);
}

TEST(Engine, InvalidUtf8GivesAnErrorNotFindings) {
  ScanResult r = DefaultEngine().Scan("cpr 120385-1002 \xFF");
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(r.findings.empty());
  EXPECT_NE(r.error.find("UTF-8"), std::string::npos);
}

TEST(Engine, EmptyAndHugeTexts) {
  EXPECT_TRUE(DefaultEngine().Scan("").ok);
  std::string big;
  while (big.size() < 10 * 1024 * 1024) big += "Kære borger, vi har modtaget din ansøgning. ";
  big += "cpr 120385-1002";
  ScanResult r = DefaultEngine().Scan(big);
  ASSERT_TRUE(r.ok);
  ASSERT_FALSE(r.findings.empty());
  EXPECT_EQ(r.findings.back().category, Category::kCpr);
}

TEST(Engine, GlobalAllowlistExactAndRegex) {
  auto e = EngineFor("allowlist { exact: \"23 45 67 89\" regex: \".*@norddjurs\\\\.dk\" }");
  ASSERT_TRUE(e);
  EXPECT_TRUE(Find(*e, "tlf. 23456789", Category::kPhone).empty());
  EXPECT_EQ(Find(*e, "tlf. 23456788", Category::kPhone).size(), 1u);
  EXPECT_TRUE(Find(*e, "skriv til ahn@norddjurs.dk", Category::kEmail).empty());
  EXPECT_EQ(Find(*e, "skriv til ahn@gmail.com", Category::kEmail).size(), 1u);
}

TEST(Engine, RedactUsesStablePlaceholders) {
  const std::string text = "Ring 23456789 eller 87654321, igen 23 45 67 89. CPR 120385-1002.";
  ScanResult r = DefaultEngine().Scan(text);
  RedactResult red = DefaultEngine().Redact(text, r);
  EXPECT_EQ(red.text,
            "Ring [TELEFON 1] eller [TELEFON 2], igen [TELEFON 1]. CPR [CPR-NUMMER].");
  ASSERT_EQ(red.replacements.size(), 4u);
  EXPECT_EQ(red.replacements[0].start, 5u);
  EXPECT_EQ(red.replacements[0].end, 13u);
  // Redacted text is clean.
  EXPECT_EQ(DefaultEngine().Scan(red.text).decision, Decision::kAllow);
}

TEST(Engine, TwoDifferentCprNumbersGetNumberedPlaceholders) {
  const std::string text = "120385-1002 og 070761-1006";
  RedactResult red = DefaultEngine().Redact(text, DefaultEngine().Scan(text));
  EXPECT_EQ(red.text, "[CPR-NUMMER 1] og [CPR-NUMMER 2]");
}

TEST(Engine, FindingsAreSortedAndDoNotOverlap) {
  const std::string text = "CPR 120385-1002, tlf. 23 45 67 89, kort 4571 2345 6789 0120, DK38 5295 0001 2345 67";
  ScanResult r = DefaultEngine().Scan(text);
  ASSERT_GE(r.findings.size(), 4u);
  for (size_t i = 1; i < r.findings.size(); ++i) {
    EXPECT_LE(r.findings[i - 1].end, r.findings[i].start);
  }
}

TEST(Engine, ConcurrentScansAgree) {
  const std::string text = "CPR 120385-1002 og tlf. 23 45 67 89";
  std::vector<std::thread> threads;
  std::atomic<int> bad{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 500; ++i) {
        if (DefaultEngine().Scan(text).findings.size() != 2) ++bad;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(bad.load(), 0);
}

// Threads that scanned end cleanly. In the Windows build (MinGW-w64) a
// thread_local object with a destructor could be freed twice when its
// thread ended (emulated TLS gives its storage back before the destructor
// runs: GCC bug 80816, msys2/MINGW-packages#2519), and privacy-guard.exe
// now and then crashed at the end of `scan --jsonl` or of the host. Many
// short-lived threads that each scan make that crash near-certain; the
// per-thread buffers are now kept by PerThread (src/engine/per_thread.h).
TEST(Engine, ShortLivedScanningThreadsEndCleanly) {
  const std::string text =
      "Hans Jensen (CPR 120385-1002) bor på Vestergade 12, 8500 Grenaa. Han har diabetes og "
      "tlf. 23 45 67 89.\n\nMødet med Karen Holm: hun er sygemeldt med stress.";
  const size_t expected = DefaultEngine().Scan(text).findings.size();
  ASSERT_GE(expected, 5u);
  // Four threads at a time end together while another allocates until
  // they have been joined (their exit included): freed memory is soon
  // reused, so a double free shows.
  for (int round = 0; round < 100; ++round) {
    std::atomic<int> bad{0};
    std::atomic<bool> joined{false};
    std::thread churn([&] {
      std::vector<std::string> kept;
      while (!joined.load()) {
        kept.emplace_back(std::string(24 + kept.size() % 200, 'x'));
        if (kept.size() > 256) kept.clear();
      }
    });
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
      threads.emplace_back([&] {
        if (DefaultEngine().Scan(text).findings.size() != expected) ++bad;
      });
    }
    for (auto& t : threads) t.join();
    joined = true;
    churn.join();
    ASSERT_EQ(bad.load(), 0) << "round " << round;
  }
}

// The number patterns run only in windows around the digits of a sparse
// text and in one pass over a digit-dense one (src/engine/pattern_scan.h).
// The same numbers must give the same findings wherever they stand: at the
// start, at the end, with any amount of text around them, on either side of
// the switch between the two ways.
TEST(Engine, NumberFindingsDoNotDependOnWhereTheyStand) {
  const std::string core =
      "CPR 120385-1235, tlf. 21 43 65 87, konto 1234-0001234567, kort 4571 2625 8562 6325, "
      "CVR 29189846, IBAN DK38 5295 0001 2345 67, mail jens.holm@firma.dk";
  auto numbers = [](const ScanResult& r, size_t shift) {
    std::vector<std::tuple<Category, size_t, size_t>> v;
    for (const Finding& f : r.findings) {
      if (f.category == Category::kName) continue;
      v.emplace_back(f.category, f.byte_start - shift, f.byte_end - shift);
    }
    return v;
  };
  const auto expected = numbers(DefaultEngine().Scan(core), 0);
  ASSERT_GE(expected.size(), 6u);
  for (size_t before : {0, 1, 3, 10, 40, 100, 300}) {
    for (size_t after : {0, 1, 7, 60, 300}) {
      std::string pre, post;
      for (size_t k = 0; k < before; ++k) pre += "ord ";
      for (size_t k = 0; k < after; ++k) post += " ord";
      const std::string text = pre + core + post;
      EXPECT_EQ(numbers(DefaultEngine().Scan(text), pre.size()), expected) << before << " " << after;
    }
  }
}

}  // namespace
}  // namespace privacy_guard::testing
