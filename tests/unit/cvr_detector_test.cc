#include "test_util.h"

namespace privacy_guard::testing {
namespace {

TEST(Cvr, ReportedWithKeyword) {
  for (const char* t : {"CVR-nr. 10000009", "cvr 10000009", "CVR: 10 00 00 09", "SE-nr. 10000009",
                        "virksomheden (CVR 10000009)"}) {
    auto f = Find(DefaultEngine(), t, Category::kCvr);
    ASSERT_EQ(f.size(), 1u) << t;
    EXPECT_EQ(f[0].confidence, Confidence::kHigh);
    EXPECT_EQ(f[0].masked.substr(0, 2), "10");
    EXPECT_NE(f[0].masked.find('X'), std::string::npos);
  }
}

TEST(Cvr, ChecksumMustPass) {
  EXPECT_TRUE(Find(DefaultEngine(), "CVR-nr. 10000008", Category::kCvr).empty());
}

TEST(Cvr, NotReportedWithoutKeyword) {
  EXPECT_TRUE(Find(DefaultEngine(), "Bevillingen er på 10000009 i alt", Category::kCvr).empty());
}

TEST(Cvr, AllowlistedOwnNumber) {
  // rules/default.policy allowlists the municipality's own CVR number.
  EXPECT_TRUE(Find(DefaultEngine(), "Norddjurs Kommune, CVR 29189838", Category::kCvr).empty());
  EXPECT_EQ(Find(DefaultEngine(), "Firma ApS, CVR 29189846", Category::kCvr).size(), 1u);
}

}  // namespace
}  // namespace privacy_guard::testing
