#include "host/audit_log.h"

#include <sodium.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <nlohmann/json.hpp>

#include "host/diag_log.h"
#include "platform/platform.h"
#include "host/protocol.h"

#include "platform/windows_api.h"

namespace privacy_guard::host {

using nlohmann::json;

#ifdef _WIN32
// The event-log source the installers register (install.ps1, the MSI).
// BEGIN generated from installer/product.json (event source) by installer/gen_product.py
constexpr const wchar_t* kEventSource = L"privacy-guard";
// END generated from installer/product.json (event source)

void ReportSystemEvent(EventId id, bool warning, std::string_view message) {
  // Registered once per process; the handle lives until exit.
  static const HANDLE source = RegisterEventSourceW(nullptr, kEventSource);
  if (!source) return;
  const int n = MultiByteToWideChar(CP_UTF8, 0, message.data(),
                                    static_cast<int>(message.size()), nullptr, 0);
  std::wstring wide(static_cast<size_t>(n > 0 ? n : 0), L'\0');
  if (n > 0) {
    MultiByteToWideChar(CP_UTF8, 0, message.data(), static_cast<int>(message.size()),
                        wide.data(), n);
  }
  LPCWSTR strings[1] = {wide.c_str()};
  ReportEventW(source, warning ? EVENTLOG_WARNING_TYPE : EVENTLOG_INFORMATION_TYPE,
               /*category=*/0, static_cast<DWORD>(id), /*user=*/nullptr,
               /*strings=*/1, /*data size=*/0, strings, /*data=*/nullptr);
}
#else
void ReportSystemEvent(EventId, bool, std::string_view) {}
#endif

namespace {

// The Windows event of a record: (id, warning?).
std::pair<EventId, bool> EventFor(const AuditRecord& r) {
  if (r.event == "submit") {
    const Decision d = r.decision.value_or(Decision::kAllow);
    if (d == Decision::kBlock) return {EventId::kSubmitBlocked, true};
    if (d == Decision::kWarn) return {EventId::kSubmitWarn, false};
    return {EventId::kSubmitAllowed, false};
  }
  if (r.event == "ack") return {EventId::kAck, false};
  if (r.event == "ack_refused") return {EventId::kAckRefused, true};
  if (r.event == "fix") return {EventId::kFix, false};
  if (r.event == "restore") return {EventId::kRestore, false};
  return {EventId::kAttach, false};
}

bool ParseHexKey(std::string_view hex, unsigned char* key, size_t len) {
  while (!hex.empty() && (hex.back() == '\n' || hex.back() == '\r' || hex.back() == ' ')) {
    hex.remove_suffix(1);
  }
  size_t bin_len = 0;
  return hex.size() == 2 * len &&
         sodium_hex2bin(key, len, hex.data(), hex.size(), nullptr, &bin_len, nullptr) == 0 &&
         bin_len == len;
}

}  // namespace

AuditLog::AuditLog(std::string path, uint64_t max_bytes, std::string origin,
                   DiagLog* diag)
    : path_(std::move(path)),
      max_bytes_(max_bytes ? max_bytes : kDefaultMaxBytes),
      origin_(std::move(origin)),
      diag_(diag) {}

bool AuditLog::EnsureKeyLocked() {
  if (key_loaded_) return true;
  if (key_failed_ || path_.empty()) return false;
  if (sodium_init() < 0) {
    key_failed_ = true;
    diag_->Error("audit: libsodium failed to initialise");
    return false;
  }
  const std::string key_path = path_ + ".key";
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (std::optional<std::string> hex = platform::ReadWholeFile(key_path)) {
      if (ParseHexKey(*hex, key_, sizeof key_)) {
        key_loaded_ = true;
        return true;
      }
      key_failed_ = true;  // never overwrite a key: old hashes would break
      diag_->Error("audit: key file " + key_path + " is malformed; text_hmac omitted");
      return false;
    }
    unsigned char fresh[sizeof key_];
    randombytes_buf(fresh, sizeof fresh);
    bool exists = false;
    std::string error;
    if (platform::CreateFilePrivate(key_path, platform::HexEncode({reinterpret_cast<char*>(fresh), sizeof fresh}),
                          &exists, &error)) {
      std::copy(std::begin(fresh), std::end(fresh), key_);
      sodium_memzero(fresh, sizeof fresh);
      key_loaded_ = true;
      diag_->Info("audit: created key file " + key_path);
      return true;
    }
    sodium_memzero(fresh, sizeof fresh);
    if (!exists) {
      key_failed_ = true;
      diag_->Error("audit: " + error + "; text_hmac omitted");
      return false;
    }
    // Another host process created it first: read theirs.
  }
  key_failed_ = true;
  return false;
}

std::string AuditLog::TextHmac(std::string_view text) {
  std::lock_guard lock(mu_);
  if (!EnsureKeyLocked()) return {};
  unsigned char mac[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256(mac, reinterpret_cast<const unsigned char*>(text.data()),
                         text.size(), key_);
  return platform::HexEncode({reinterpret_cast<char*>(mac), sizeof mac});
}

std::string AuditLog::Format(const AuditRecord& r) {
  json j = json::object();
  j["time"] = platform::UtcTimestamp();
  j["event"] = r.event;
  j["origin"] = origin_;
  j["site"] = r.site;
  if (r.decision) j["decision"] = DecisionName(*r.decision);
  if (r.decision_after) j["decision_after"] = DecisionName(*r.decision_after);
  if (!r.composer.empty()) j["composer"] = r.composer;
  if (r.count) j["count"] = *r.count;
  j["policy_version"] = r.policy_version;
  if (r.scan) j["counts"] = CountsJson(*r.scan);
  if (r.text) {
    std::string mac = TextHmac(*r.text);
    if (!mac.empty()) j["text_hmac"] = std::move(mac);
  }
  return DumpJson(j);
}

void AuditLog::Record(const AuditRecord& record) {
  const std::string line = Format(record);
  const auto [id, warning] = EventFor(record);
  ReportSystemEvent(id, warning, line);
  if (path_.empty()) return;
  std::lock_guard lock(mu_);
  AppendLocked(line);
}

void AuditLog::AppendLocked(const std::string& line) {
  const platform::FileStamp stamp = platform::StatFile(path_);
  if (stamp.exists && stamp.size > 0 && stamp.size + line.size() + 1 > max_bytes_) {
    std::error_code ec;
    std::filesystem::rename(platform::PathFromUtf8(path_), platform::PathFromUtf8(path_ + ".1"), ec);
    if (ec) diag_->Warn("audit: cannot rotate " + path_ + ": " + ec.message());
  }
  // Opened per record: another host process (one per browser profile) may
  // rotate the file between our writes. One fwrite of a short line in append
  // mode is a single write(2), so concurrent lines do not interleave.
  if (!stamp.exists) {
    // A first record without text (attach, restore) comes before the key
    // file, which would otherwise have created the folder.
    std::error_code ec;
    const std::filesystem::path parent = platform::PathFromUtf8(path_).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  }
  platform::UniqueFile f = platform::OpenFile(path_, "ab");
  if (!f) {
    diag_->Error("audit: cannot open " + path_);
    return;
  }
  const std::string out = line + "\n";
  if (std::fwrite(out.data(), 1, out.size(), f.get()) != out.size() ||
      std::fflush(f.get()) != 0) {
    diag_->Error("audit: cannot write " + path_);
  }
}

}  // namespace privacy_guard::host
