// The audit log (docs/protocol.md, "Audit log") and, on Windows, the
// Application event log.
//
// One JSON object per line: time, event, origin, site, decision,
// policy_version, counts, text_hmac. The text itself, matched values and
// previews are never written: the text is only hashed with HMAC-SHA256 under
// a per-installation random key kept in "<audit_log>.key" (32 random bytes as
// 64 hex digits, created on first use with owner-only permissions).
//
// Thread safety: Record() may be called concurrently.
#ifndef PRIVACY_GUARD_HOST_AUDIT_LOG_H_
#define PRIVACY_GUARD_HOST_AUDIT_LOG_H_

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "privacy_guard/types.h"

namespace privacy_guard::host {

class DiagLog;

// Windows Application event log ids (source "privacy-guard").
enum class EventId : uint16_t {
  kSubmitAllowed = 1000,
  kSubmitWarn = 1001,
  kSubmitBlocked = 1002,
  kAck = 1003,
  kFix = 1004,
  kAckRefused = 1005,
  kAttach = 1006,
  kRestore = 1007,
  kPolicyUpdated = 1010,
  kPolicyRefused = 1011,
  kHostStarted = 1020,
};

// Reports to the Windows Application event log with source "privacy-guard";
// a no-op elsewhere. `message` is a JSON line as written to the audit log.
// `warning` selects EVENTLOG_WARNING_TYPE instead of INFORMATION.
void ReportSystemEvent(EventId id, bool warning, std::string_view message);

// One audit record. The text is only hashed; see the file comment.
struct AuditRecord {
  std::string_view event;                  // submit|ack|ack_refused|fix|attach|restore
  std::string_view site;                   // page host name, may be empty
  std::optional<Decision> decision;        // decision for `text`
  std::optional<Decision> decision_after;  // fix: decision after redaction
  std::string_view policy_version;
  const ScanResult* scan = nullptr;        // counts (may be null)
  std::optional<std::string_view> text;    // hashed into text_hmac
  std::string_view composer;               // attach
  std::optional<uint32_t> count;           // restore: placeholders put back
};

class AuditLog {
 public:
  // `path` empty disables the file (Windows events are still reported).
  // `max_bytes` 0 means the default, 10 MiB. `diag` must outlive this.
  AuditLog(std::string path, uint64_t max_bytes, std::string origin, DiagLog* diag);
  AuditLog(const AuditLog&) = delete;
  AuditLog& operator=(const AuditLog&) = delete;

  // Appends one line (rotating first to "<path>.1" if the file would exceed
  // max_bytes) and reports the matching Windows event. Failures are logged
  // to the diagnostic log, never thrown.
  void Record(const AuditRecord& record);

  // The JSON line Record() writes (without newline), for tests.
  std::string Format(const AuditRecord& record);

  // Hex HMAC-SHA256 of `text` under the installation key, or "" when there
  // is no audit log or the key cannot be loaded or created.
  std::string TextHmac(std::string_view text);

  static constexpr uint64_t kDefaultMaxBytes = 10u * 1024 * 1024;

 private:
  bool EnsureKeyLocked();  // requires mu_
  void AppendLocked(const std::string& line);

  const std::string path_;
  const uint64_t max_bytes_;
  const std::string origin_;
  DiagLog* diag_;
  std::mutex mu_;
  bool key_loaded_ = false;
  bool key_failed_ = false;
  unsigned char key_[32] = {};
};

}  // namespace privacy_guard::host

#endif  // PRIVACY_GUARD_HOST_AUDIT_LOG_H_
