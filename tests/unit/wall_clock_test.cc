// The suite also runs on a faked date after 2036 (CTest unit_tests_2037:
// faketime, PG_EXPECT_DATE=YYYYMMDD). The first two tests make sure that
// run is not vacuous: the process and an engine without an injected date
// really see the faked date (without PG_EXPECT_DATE they are skipped). The
// last one makes sure the test engines do not: they run on kTestToday.
#include <chrono>
#include <cstdlib>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "privacy_guard/engine.h"
#include "test_util.h"

namespace privacy_guard {
namespace {

int ExpectedDate() {
  const char* v = std::getenv("PG_EXPECT_DATE");
  return v ? std::atoi(v) : 0;
}

TEST(WallClock, ProcessSeesTheExpectedDate) {
  const int want = ExpectedDate();
  if (want == 0) GTEST_SKIP() << "PG_EXPECT_DATE is not set (only the faketime run sets it)";
  // <chrono> rather than gmtime_r: the suite is also cross-built for Windows.
  const std::chrono::year_month_day ymd{
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
  const int today = int(ymd.year()) * 10000 + int(unsigned(ymd.month())) * 100 +
                    int(unsigned(ymd.day()));
  EXPECT_EQ(today, want) << "the faked clock did not reach the process";
}

// An engine without CreateOptions::today takes the date from the clock: on
// the faked date 010136-4000 (born 1 January 2036) is no longer in the
// future.
TEST(WallClock, EngineWithoutInjectedDateUsesIt) {
  const int want = ExpectedDate();
  if (want == 0) GTEST_SKIP() << "PG_EXPECT_DATE is not set (only the faketime run sets it)";
  ASSERT_GE(want, 20360101) << "the faketime run must be after 1 January 2036";
  config::Policy p;
  p.mutable_categories()->mutable_cpr()->set_action(config::BLOCK);
  Engine::CreateResult made = Engine::Create(p, {});
  ASSERT_TRUE(made.ok());
  EXPECT_EQ(testing::Find(*made.engine, "cpr 010136-4000", Category::kCpr).size(), 1u);
}

// The engines the detector tests use run on kTestToday whatever the clock
// says: a CPR number born the day before is one, one born the day after is
// not yet.
TEST(WallClock, TestEnginesRunOnTheTestDate) {
  static_assert(testing::kTestToday == 20261206, "update the numbers below");
  const std::shared_ptr<const Engine> from_text = testing::EngineFor("version: \"t\"");
  for (const Engine* e : {&testing::DefaultEngine(), from_text.get()}) {
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(testing::Find(*e, "cpr 061226-4000", Category::kCpr).size(), 1u);
    EXPECT_TRUE(testing::Find(*e, "cpr 071226-4000", Category::kCpr).empty());
    EXPECT_TRUE(testing::Find(*e, "cpr 010130-4000", Category::kCpr).empty());
  }
}

}  // namespace
}  // namespace privacy_guard
