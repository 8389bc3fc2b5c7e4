// The CLI's one option parser (cli/options.h).
#include <gtest/gtest.h>

#include <vector>

#include "cli/options.h"

namespace privacy_guard::cli {
namespace {

struct Args {
  std::vector<std::string> store;
  std::vector<char*> ptrs;
  explicit Args(std::vector<std::string> a) : store(std::move(a)) {
    for (std::string& s : store) ptrs.push_back(s.data());
  }
  int argc() { return static_cast<int>(ptrs.size()); }
  char** argv() { return ptrs.data(); }
};

TEST(CliOptions, ValuesFlagsRepeatsAndPositionals) {
  std::string policy;
  std::vector<std::string> terms, files;
  bool jsonl = false;
  uint64_t n = 7;
  OptionParser p("privacy-guard scan");
  p.String("--policy", &policy).Strings("--terms", &terms).Flag("--jsonl", &jsonl)
      .Number("--budget", 0, 1000, &n).Positional(&files, 0, 5);
  Args a({"--policy", "p.txt", "a.txt", "--terms=t1", "--terms", "t2", "--jsonl", "--budget=12", "--",
          "--not-an-option"});
  std::string error;
  ASSERT_TRUE(p.Parse(a.argc(), a.argv(), &error)) << error;
  EXPECT_EQ(policy, "p.txt");
  EXPECT_EQ(terms, (std::vector<std::string>{"t1", "t2"}));
  EXPECT_TRUE(jsonl);
  EXPECT_EQ(n, 12u);
  EXPECT_EQ(files, (std::vector<std::string>{"a.txt", "--not-an-option"}));
}

TEST(CliOptions, NumbersAreRangeChecked) {
  uint64_t n = 5;
  OptionParser p("privacy-guard export purview");
  p.Number("--dictionary-budget", 0, 100000000, &n);
  for (const char* bad : {"-1", "", "12x", "1e6", "100000001", "18446744073709551616", "+3"}) {
    Args a({"--dictionary-budget", bad});
    std::string error;
    EXPECT_FALSE(p.Parse(a.argc(), a.argv(), &error)) << bad;
    EXPECT_NE(error.find("--dictionary-budget"), std::string::npos) << error;
    EXPECT_EQ(n, 5u) << "unchanged on error";
  }
  Args ok({"--dictionary-budget", "100000000"});
  std::string error;
  EXPECT_TRUE(p.Parse(ok.argc(), ok.argv(), &error)) << error;
  EXPECT_EQ(n, 100000000u);
}

TEST(CliOptions, ClearErrors) {
  std::string v;
  std::vector<std::string> pos;
  OptionParser p("privacy-guard policy check");
  p.String("--data", &v).Positional(&pos, 1, 1);
  std::string error;
  Args unknown({"--nope", "f"});
  EXPECT_FALSE(p.Parse(unknown.argc(), unknown.argv(), &error));
  EXPECT_EQ(error, "privacy-guard policy check: unknown option --nope");
  Args missing({"f", "--data"});
  EXPECT_FALSE(p.Parse(missing.argc(), missing.argv(), &error));
  EXPECT_EQ(error, "privacy-guard policy check: --data needs a value");
  Args none({});
  EXPECT_FALSE(p.Parse(none.argc(), none.argv(), &error));
  EXPECT_EQ(error, "privacy-guard policy check: missing argument");
  Args two({"a", "b"});
  EXPECT_FALSE(p.Parse(two.argc(), two.argv(), &error));
  EXPECT_EQ(error, "privacy-guard policy check: unexpected argument 'b'");
}

}  // namespace
}  // namespace privacy_guard::cli
