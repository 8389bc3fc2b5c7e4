// The extension <-> host protocol (docs/protocol.md): request parsing and
// reply serialisation. JSON <-> engine types only; no I/O, no policy state.
#ifndef PRIVACY_GUARD_HOST_PROTOCOL_H_
#define PRIVACY_GUARD_HOST_PROTOCOL_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>

#include "privacy_guard/engine.h"
#include "privacy_guard/types.h"

namespace privacy_guard::host {

inline constexpr int kProtocolVersion = 1;

enum class RequestType { kHello, kStatus, kCheck, kRedact, kAck, kAttach, kRestore };
enum class CheckMode { kKeystroke, kSubmit };

// A validated request. Only the fields of its type are meaningful.
struct Request {
  RequestType type = RequestType::kHello;
  nlohmann::json id;              // string or number, echoed unchanged
  CheckMode mode = CheckMode::kKeystroke;  // check
  bool has_editor = false;        // check: `editor` was given
  std::string editor;             // check
  std::string text;               // check, redact, ack (valid UTF-8)
  std::string site;               // check, redact, ack, attach ("" if absent)
  std::string composer;           // attach: textarea|contenteditable|none
  uint32_t count = 0;             // restore: placeholders put back (1..kMaxRestoreCount)
};

// The largest `count` a restore request may carry.
inline constexpr uint32_t kMaxRestoreCount = 100000;

// Error codes of docs/protocol.md ("Errors"); names are stable wire values.
enum class ErrorCode {
  kBadJson,             // "bad_json"
  kBadRequest,          // "bad_request"
  kUnknownType,         // "unknown_type"
  kInvalidUtf8,         // "invalid_utf8"
  kTooLarge,            // "too_large"
  kUnsupportedVersion,  // "unsupported_version"
  kForbiddenOrigin,     // "forbidden_origin"
  kNotConfigured,       // "not_configured"
  kInternal,            // "internal"
};
std::string_view ErrorCodeName(ErrorCode code);

// An error reply to send. `message` is fixed English text naming the
// problem; it never contains request text.
struct ProtocolError {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;
  nlohmann::json id;  // null when the request's id could not be read
};

// Validates and parses one frame body. Checks, in order: UTF-8 well-formed
// (incl. no lone-surrogate escapes) -> invalid_utf8; JSON object -> bad_json;
// id string/number -> bad_request; v <= 1 -> unsupported_version; type
// known -> unknown_type; the type's fields -> bad_request.
std::variant<Request, ProtocolError> ParseRequest(std::string_view frame);

// Serialises compactly; invalid UTF-8 (which validated input cannot
// produce) is replaced rather than thrown.
std::string DumpJson(const nlohmann::json& j);

// {"type":"error","id":…,"v":1,"error":{"code":…,"message":…}}
std::string ErrorReply(const ProtocolError& error);

// {"type":"check","id":…,"v":1,"superseded":true}
std::string SupersededReply(const nlohmann::json& id);

// The check reply for `result` (findings in order; counts for all findings).
// If the findings would make the reply reach kMaxReplyBytes, only a prefix
// of them is listed and "truncated" is true. `engine` supplies labels.
std::string CheckReply(const nlohmann::json& id, const Engine& engine,
                       const ScanResult& result);

// The decision when every finding's action is raised to at least `floor`
// (Session's unapproved-site rule): `decision`, raised to the floor's own
// decision when there is a finding at all (`findings` > 0).
Decision DecisionWithFloor(Decision decision, size_t findings, Action floor);

// Writes the check reply while the engine delivers the findings (a sink for
// Engine::Scan), so a text with a million findings needs memory for the
// reply only. Finish() gives the bytes CheckReply gives for the same scan,
// with every finding's action raised to at least `floor` and the decision
// with it (DecisionWithFloor; Action::kOff raises nothing).
class CheckReplyWriter final : public Engine::FindingSink {
 public:
  // `id` and `engine` must outlive the writer.
  CheckReplyWriter(const nlohmann::json& id, const Engine& engine, Action floor = Action::kOff);
  void Begin(const ScanResult& summary) override;
  void Add(const Finding& finding) override;
  // The reply (call once, after Begin()).
  std::string Finish();

 private:
  const nlohmann::json& id_;
  const Engine& engine_;
  Action floor_;
  std::string head_;  // {"counts":…,"decision":…,"findings":[
  std::string body_;  // the findings listed so far, comma-separated
  std::string tail_;  // ],"id":…,"truncated": (its value to come)
  std::string end_;   // ,"type":"check","v":1}
  size_t size_ = 0;   // the reply's size with the findings so far
  bool truncated_ = false;
  // Each category's "label" and ,"why" members, serialised once.
  std::array<std::string, kNumCategories> labels_, whys_;
};

// The redact reply, or nullopt when it would not fit in kMaxReplyBytes
// (the caller then answers too_large).
std::optional<std::string> RedactReply(const nlohmann::json& id, const RedactResult& redacted,
                        Decision decision_after);

// {"type":"ack","id":…,"v":1,"ok":…,"decision":…}
std::string AckReply(const nlohmann::json& id, bool ok, Decision decision);

// {"type":"attach","id":…,"v":1,"ok":true}
std::string AttachReply(const nlohmann::json& id);

// {"type":"restore","id":…,"v":1,"ok":true}
std::string RestoreReply(const nlohmann::json& id);

// {"da":…,"en":…}
nlohmann::json LocalizedJson(const LocalizedString& s);

// Counts as {"cpr":1,…}, listing non-zero categories only.
nlohmann::json CountsJson(const ScanResult& result);

}  // namespace privacy_guard::host

#endif  // PRIVACY_GUARD_HOST_PROTOCOL_H_
