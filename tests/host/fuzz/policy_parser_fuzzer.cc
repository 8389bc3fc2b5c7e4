// libFuzzer target: privacy_guard::ParsePolicy on arbitrary bytes, in both
// of its formats (JSON when the first non-blank character is '{', protobuf
// text format otherwise), as the host and the CLI read a policy file.
//
// Oracles: no crash and no sanitizer report; a refused policy always has an
// error that starts with the file label (text format: "label:line:col: ");
// an accepted policy survives a round trip: printed as text format, and as
// JSON, and parsed again by ParsePolicy, it is the same message.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <google/protobuf/text_format.h>
#include <google/protobuf/util/json_util.h>
#include <google/protobuf/util/message_differencer.h>

#include "privacy_guard/config.h"

namespace {

constexpr char kLabel[] = "fuzz.policy";

[[noreturn]] void Fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "policy_parser_fuzzer: %s\n%s\n", what, detail.c_str());
  std::abort();
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

// The error of a refused input must name the file, and for text format the
// line and column: "fuzz.policy:12:3: ...".
void CheckError(const std::string& content, const std::string& error) {
  const std::string prefix = std::string(kLabel) + ":";
  if (error.rfind(prefix, 0) != 0) Fail("error does not start with the file label", error);
  size_t i = 0;
  while (i < content.size() && IsBlank(content[i])) ++i;
  const bool json = i < content.size() && content[i] == '{';
  if (json) return;
  // "<label>:" then "<line>:<col>: " (or the generic "<label>: invalid policy").
  size_t p = prefix.size();
  if (error.compare(p, 1, " ") == 0) return;
  for (int part = 0; part < 2; ++part) {
    const size_t digits = p;
    while (p < error.size() && error[p] >= '0' && error[p] <= '9') ++p;
    if (p == digits || p >= error.size() || error[p] != ':') {
      Fail("text-format error without line:column", error);
    }
    ++p;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string content(reinterpret_cast<const char*>(data), size);
  privacy_guard::config::Policy policy;
  std::string error;
  if (!privacy_guard::ParsePolicy(content, kLabel, &policy, &error)) {
    CheckError(content, error);
    return 0;
  }

  // Text format round trip.
  std::string text;
  if (!google::protobuf::TextFormat::PrintToString(policy, &text)) {
    Fail("accepted policy cannot be printed", policy.ShortDebugString());
  }
  privacy_guard::config::Policy again;
  if (!privacy_guard::ParsePolicy(text, "roundtrip.policy", &again, &error)) {
    Fail("printed policy is refused", error + "\n" + text);
  }
  if (!google::protobuf::util::MessageDifferencer::Equals(policy, again)) {
    Fail("text round trip changed the policy", text + "\n---\n" + again.DebugString());
  }

  // JSON round trip.
  std::string json;
  const auto printed = google::protobuf::util::MessageToJsonString(policy, &json);
  if (!printed.ok()) {
    Fail("accepted policy cannot be written as JSON", std::string(printed.message()));
  }
  privacy_guard::config::Policy from_json;
  if (!privacy_guard::ParsePolicy(json, "roundtrip.json", &from_json, &error)) {
    Fail("JSON of an accepted policy is refused", error + "\n" + json);
  }
  if (!google::protobuf::util::MessageDifferencer::Equals(policy, from_json)) {
    Fail("JSON round trip changed the policy", json);
  }
  return 0;
}
