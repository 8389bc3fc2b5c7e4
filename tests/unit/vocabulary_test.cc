#include <algorithm>
#include <string>

#include "privacy_guard/rules/vocabulary.h"
#include "test_util.h"

namespace privacy_guard::testing {
namespace {

// vocabulary::CompanyForms: lower case, a word, '/', a word ("a/s"), as the
// name detector splits them at the slash; limited companies and at least
// one partnership.
TEST(Vocabulary, CompanyFormsAreWordSlashWord) {
  ASSERT_FALSE(vocabulary::CompanyForms().empty());
  bool limited = false, personal = false;
  for (const vocabulary::CompanyForm& f : vocabulary::CompanyForms()) {
    const size_t slash = f.form.find('/');
    ASSERT_NE(slash, std::string::npos) << f.form;
    EXPECT_EQ(f.form.find('/', slash + 1), std::string::npos) << f.form;
    EXPECT_GT(slash, 0u) << f.form;
    EXPECT_LT(slash + 1, f.form.size()) << f.form;
    EXPECT_TRUE(std::all_of(f.form.begin(), f.form.end(), [](char c) { return c == '/' || (c >= 'a' && c <= 'z'); }))
        << f.form;
    (f.limited ? limited : personal) = true;
  }
  EXPECT_TRUE(limited);
  EXPECT_TRUE(personal);
}

// CalendarWords are the weekdays, then the months.
TEST(Vocabulary, CalendarWordsStartWithTheWeekdays) {
  const vocabulary::Words& days = vocabulary::Weekdays();
  const vocabulary::Words& all = vocabulary::CalendarWords();
  ASSERT_EQ(days.size(), 14u);
  ASSERT_GT(all.size(), days.size());
  EXPECT_TRUE(std::equal(days.begin(), days.end(), all.begin()));
  EXPECT_NE(std::find(all.begin(), all.end(), "januar"), all.end());
}

}  // namespace
}  // namespace privacy_guard::testing
