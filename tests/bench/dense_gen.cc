// dense_gen: writes the invented benchmark material of dense_prompts.h.
//
//   dense_gen [--kind dense|numbers|people] [--count N] [--bytes B] [--seed S]
//       N JSON lines {"id":"<kind>-<n>","text":...} (n = 1..N), each text B
//       bytes (at most 3 fewer: cut at a character boundary). dense: the
//       prompt of seed S+n; numbers/people: that kind's text of seed S+n.
//   dense_gen --raw [--kind dense|numbers|people] [--bytes B] [--seed S]
//       B bytes of that kind as plain text (dense: whole prompts one after
//       another, separated by blank lines).
//
// Defaults: --kind dense --count 1 --bytes 4096 --seed 0. The output depends
// only on the arguments.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "dense_prompts.h"

namespace {

int Usage() {
  std::fprintf(stderr,
               "usage: dense_gen [--kind dense|numbers|people] [--count N] [--bytes B] [--seed S]\n"
               "       dense_gen --raw [--kind dense|numbers|people] [--bytes B] [--seed S]\n");
  return 2;
}

bool ParseNumber(const char* s, unsigned long long* out) {
  if (s == nullptr || *s == '\0') return false;
  char* end = nullptr;
  *out = std::strtoull(s, &end, 10);
  return *end == '\0';
}

bool Write(const std::string& s) {
  return std::fwrite(s.data(), 1, s.size(), stdout) == s.size();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace privacy_guard::bench;
  std::string kind = "dense";
  unsigned long long count = 1, bytes = 4096, seed = 0;
  bool raw = false;
  for (int i = 1; i < argc; ++i) {
    const char* a = argv[i];
    const char* v = i + 1 < argc ? argv[i + 1] : nullptr;
    if (std::strcmp(a, "--raw") == 0) {
      raw = true;
    } else if (std::strcmp(a, "--kind") == 0 && v != nullptr) {
      kind = v;
      ++i;
    } else if (std::strcmp(a, "--count") == 0 && ParseNumber(v, &count)) {
      ++i;
    } else if (std::strcmp(a, "--bytes") == 0 && ParseNumber(v, &bytes)) {
      ++i;
    } else if (std::strcmp(a, "--seed") == 0 && ParseNumber(v, &seed)) {
      ++i;
    } else {
      return Usage();
    }
  }
  if (kind != "dense" && kind != "numbers" && kind != "people") return Usage();
  auto text = [&](uint64_t s, size_t n) {
    if (kind == "numbers") return NumbersText(n, s);
    if (kind == "people") return PeopleText(n, s);
    return raw ? DenseText(n, s) : DensePrompt(s, n);
  };
  if (raw) return Write(text(seed, bytes)) ? 0 : 1;
  for (unsigned long long n = 1; n <= count; ++n) {
    char id[64];
    std::snprintf(id, sizeof id, "%s-%06llu", kind.c_str(), n);
    if (!Write(JsonLine(id, text(seed + n, bytes)))) return 1;
  }
  return std::fflush(stdout) == 0 ? 0 : 1;
}
