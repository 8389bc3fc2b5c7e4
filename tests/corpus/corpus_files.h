// The labelled corpus files (tests/corpus/*.jsonl), in a stable order.
// Shared by the corpus test, the engine benchmark and the Purview parity test.
#ifndef PRIVACY_GUARD_TESTS_CORPUS_CORPUS_FILES_H_
#define PRIVACY_GUARD_TESTS_CORPUS_CORPUS_FILES_H_

#include <algorithm>
#include <filesystem>
#include <vector>

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

}  // namespace privacy_guard::testing

#endif  // PRIVACY_GUARD_TESTS_CORPUS_CORPUS_FILES_H_
