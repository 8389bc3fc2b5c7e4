// The host's diagnostic log: start-up, policy loads and refusals, error codes.
//
// Rule: callers pass fixed texts, codes, sizes and file names only — never
// request text, matched values or previews. Nothing is ever written to
// stdout (which carries protocol frames only).
//
// Thread safety: all methods may be called concurrently.
#ifndef PRIVACY_GUARD_HOST_DIAG_LOG_H_
#define PRIVACY_GUARD_HOST_DIAG_LOG_H_

#include <cstdio>
#include <mutex>
#include <string>
#include <string_view>

#include "platform/platform.h"

namespace privacy_guard::host {

class DiagLog {
 public:
  // Logs to stderr until Open() succeeds; `enabled` false discards every
  // line (fuzzers).
  explicit DiagLog(bool enabled = true) : enabled_(enabled) {}
  DiagLog(const DiagLog&) = delete;
  DiagLog& operator=(const DiagLog&) = delete;

  // Appends to `utf8_path` from now on; empty = stderr. Returns false (and
  // keeps logging to stderr) if the file cannot be opened.
  bool Open(const std::string& utf8_path);

  // One line: "<UTC time> privacy-guard[<pid>] <LEVEL>: <message>".
  void Info(std::string_view message) { Write("INFO", message); }
  void Warn(std::string_view message) { Write("WARN", message); }
  void Error(std::string_view message) { Write("ERROR", message); }

 private:
  void Write(std::string_view level, std::string_view message);

  const bool enabled_;
  std::mutex mu_;
  platform::UniqueFile file_;  // null = stderr
};

}  // namespace privacy_guard::host

#endif  // PRIVACY_GUARD_HOST_DIAG_LOG_H_
