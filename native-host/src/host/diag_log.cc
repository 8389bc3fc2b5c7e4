#include "host/diag_log.h"

namespace privacy_guard::host {

bool DiagLog::Open(const std::string& utf8_path) {
  if (utf8_path.empty()) return true;
  platform::UniqueFile f = platform::OpenFile(utf8_path, "ab");
  if (!f) {
    Warn("cannot open log file " + utf8_path + "; logging to stderr");
    return false;
  }
  std::lock_guard lock(mu_);
  file_ = std::move(f);
  return true;
}

void DiagLog::Write(std::string_view level, std::string_view message) {
  if (!enabled_) return;
  std::string line = platform::UtcTimestamp();
  line += " privacy-guard[" + std::to_string(platform::ProcessId()) + "] ";
  line += level;
  line += ": ";
  line += message;
  line += '\n';
  std::lock_guard lock(mu_);
  std::FILE* out = file_ ? file_.get() : stderr;
  std::fwrite(line.data(), 1, line.size(), out);
  std::fflush(out);
}

}  // namespace privacy_guard::host
