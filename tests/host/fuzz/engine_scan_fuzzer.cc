// libFuzzer target: Engine::Scan and Engine::Redact on arbitrary bytes with
// the shipped default policy (rules/default.policy and its data).
//
// Oracles: Scan must not crash; ok == the host's own UTF-8 check; findings
// are sorted, inside the text, and their UTF-16 offsets agree with their
// byte offsets; Redact's output is valid UTF-8.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "host/utf8.h"
#include "privacy_guard/config.h"
#include "privacy_guard/engine.h"

namespace {

const privacy_guard::Engine& DefaultEngine() {
  static std::shared_ptr<const privacy_guard::Engine> engine = [] {
    privacy_guard::LoadedPolicy loaded;
    std::string error;
    const std::string path = std::string(PG_SOURCE_DIR) + "/rules/default.policy";
    if (!privacy_guard::LoadPolicyWithData(path, {}, &loaded, &error)) {
      std::fprintf(stderr, "default policy: %s\n", error.c_str());
      std::abort();
    }
    auto e = privacy_guard::BuildEngine(loaded, &error);
    if (!e) {
      std::fprintf(stderr, "default policy: %s\n", error.c_str());
      std::abort();
    }
    return e;
  }();
  return *engine;
}

// UTF-16 length of a valid UTF-8 prefix.
size_t Utf16Length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) == 0x80) continue;
    n += (c >= 0xF0) ? 2 : 1;
  }
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const privacy_guard::Engine& engine = DefaultEngine();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const privacy_guard::ScanResult r = engine.Scan(text);
  const bool valid = privacy_guard::host::IsValidUtf8(text);
  if (r.ok != valid) {
    std::fprintf(stderr, "Scan ok=%d but IsValidUtf8=%d\n", r.ok, valid);
    std::abort();
  }
  if (!r.ok) {
    if (!r.findings.empty()) std::abort();
    return 0;
  }
  size_t prev_start = 0;
  for (const privacy_guard::Finding& f : r.findings) {
    if (f.byte_start > f.byte_end || f.byte_end > size || f.start > f.end) std::abort();
    if (f.start < prev_start) std::abort();  // sorted by start
    prev_start = f.start;
    if (Utf16Length(text.substr(0, f.byte_start)) != f.start ||
        Utf16Length(text.substr(0, f.byte_end)) != f.end) {
      std::fprintf(stderr, "UTF-16 offsets disagree with byte offsets\n");
      std::abort();
    }
    if (!privacy_guard::host::IsValidUtf8(f.masked)) std::abort();
  }
  const privacy_guard::RedactResult red = engine.Redact(text, r);
  if (!privacy_guard::host::IsValidUtf8(red.text)) std::abort();
  return 0;
}
