// Helpers for engine unit tests.
#ifndef PRIVACY_GUARD_TESTS_UNIT_TEST_UTIL_H_
#define PRIVACY_GUARD_TESTS_UNIT_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "privacy_guard/config.h"
#include "privacy_guard/engine.h"

namespace privacy_guard::testing {

// The date (YYYYMMDD) the test engines run on, never the wall clock: a CPR
// number born after it is no CPR number, and no test may change its answer
// with the day it runs (CTest unit_tests_2037 runs the suite in 2037).
// Tests of the date rule itself inject their own dates.
constexpr int kTestToday = 20261206;

// Engine::Create on kTestToday, with the compiled-pattern cache in
// DefaultCacheDir() (as BuildEngine, which takes the date from the clock).
inline std::shared_ptr<const Engine> CreateOnTestDate(const config::Policy& policy,
                                                      const DataSets& data,
                                                      std::string* error) {
  const std::string cache_dir = DefaultCacheDir();
  FileDatabaseCache cache(cache_dir);
  Engine::CreateOptions options;
  options.cache = cache_dir.empty() ? nullptr : &cache;
  options.today = kTestToday;
  Engine::CreateResult made = Engine::Create(policy, data, options);
  if (error) *error = made.error.ToString();
  return std::shared_ptr<const Engine>(std::move(made.engine));
}

// An engine for the unit-test policy (PG_DEFAULT_POLICY = tests/unit/
// test.policy) with the shipped lists, built once per process.
inline const Engine& DefaultEngine() {
  static std::shared_ptr<const Engine> engine = [] {
    LoadedPolicy loaded;
    std::string error;
    EXPECT_TRUE(LoadPolicyWithData(PG_DEFAULT_POLICY, {}, &loaded, &error)) << error;
    auto e = CreateOnTestDate(loaded.policy, loaded.data, &error);
    EXPECT_TRUE(e) << error;
    return e;
  }();
  return *engine;
}

// An engine for a policy given as text (no data files unless it names them).
inline std::shared_ptr<const Engine> EngineFor(const std::string& policy_text,
                                               std::string* error = nullptr) {
  config::Policy policy;
  std::string err;
  if (!ParsePolicy(policy_text, "test.policy", &policy, &err)) {
    if (error) *error = err;
    return nullptr;
  }
  return CreateOnTestDate(policy, DataSets{}, error);
}

// The findings of `category` (at any action) in `text`.
inline std::vector<Finding> Find(const Engine& e, const std::string& text, Category category) {
  ScanResult r = e.Scan(text);
  EXPECT_TRUE(r.ok) << r.error;
  std::vector<Finding> out;
  for (const Finding& f : r.findings) {
    if (f.category == category) out.push_back(f);
  }
  return out;
}

// The UTF-8 substring a finding covers.
inline std::string Covered(const std::string& text, const Finding& f) {
  return text.substr(f.byte_start, f.byte_end - f.byte_start);
}

}  // namespace privacy_guard::testing

#endif  // PRIVACY_GUARD_TESTS_UNIT_TEST_UTIL_H_
