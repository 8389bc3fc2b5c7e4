// The labelled corpus (tests/corpus/*.jsonl) and what the tests built on it
// share: the files in a stable order, the prompts with their labels, whole
// files as text, and the default policy's engine. Used by the corpus test,
// the engine benchmark and the Purview parity test.
#ifndef PRIVACY_GUARD_TESTS_CORPUS_CORPUS_FILES_H_
#define PRIVACY_GUARD_TESTS_CORPUS_CORPUS_FILES_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "privacy_guard/config.h"
#include "privacy_guard/engine.h"

namespace privacy_guard::testing {

// Every *.jsonl file in `dir`, sorted by path.
inline std::vector<std::filesystem::path> CorpusFiles(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() == ".jsonl") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

struct CorpusLabel {
  std::string category;  // a category id ("name", "cpr", ...)
  std::string text;
};

struct CorpusPrompt {
  std::string id;
  std::string where;  // "file.jsonl:line"
  std::string text;
  std::vector<CorpusLabel> labels;  // empty: a clean prompt
};

// Every prompt of every corpus file in `dir`, in file order.
inline std::vector<CorpusPrompt> LoadCorpus(const std::filesystem::path& dir) {
  std::vector<CorpusPrompt> out;
  for (const std::filesystem::path& f : CorpusFiles(dir)) {
    std::ifstream in(f);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      if (line.empty()) continue;
      const auto j = nlohmann::json::parse(line);
      CorpusPrompt p;
      p.id = j.at("id").get<std::string>();
      p.where = f.filename().string() + ":" + std::to_string(n);
      p.text = j.at("text").get<std::string>();
      for (const auto& l : j.at("labels")) {
        p.labels.push_back({l.at("category").get<std::string>(), l.at("text").get<std::string>()});
      }
      out.push_back(std::move(p));
    }
  }
  return out;
}

// The whole file at `path` ("" if it cannot be read).
inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The date (YYYYMMDD) the corpus engines run on, never the wall clock: the
// prompts were labelled on it (a CPR number born after it is no CPR
// number), and the figures must not change with the day they are measured
// (on 1 January 2020 CPR recall fell to 93.6 %; in 2037 one more clean
// prompt was flagged).
constexpr int kCorpusToday = 20261206;

// The engine of the policy file `policy` with its own lists (`data_dir`
// empty) or with the lists in `data_dir`, on kCorpusToday; nullptr and
// *error on failure.
inline std::shared_ptr<const Engine> PolicyEngine(const std::string& policy,
                                                  const std::string& data_dir,
                                                  std::string* error) {
  LoadOptions opts;
  opts.data_dir = data_dir;
  LoadedPolicy loaded;
  if (!LoadPolicyWithData(policy, opts, &loaded, error)) return nullptr;
  const std::string cache_dir = DefaultCacheDir();
  FileDatabaseCache cache(cache_dir);
  Engine::CreateOptions options;
  options.cache = cache_dir.empty() ? nullptr : &cache;
  options.today = kCorpusToday;
  Engine::CreateResult made = Engine::Create(loaded.policy, loaded.data, options);
  if (!made.ok()) {
    *error = loaded.source + ": " + made.error.ToString();
    return nullptr;
  }
  return std::shared_ptr<const Engine>(std::move(made.engine));
}

}  // namespace privacy_guard::testing

#endif  // PRIVACY_GUARD_TESTS_CORPUS_CORPUS_FILES_H_
