#include "host/protocol.h"

#include "host/frame_io.h"
#include "host/utf8.h"

namespace privacy_guard::host {

using nlohmann::json;

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kBadJson: return "bad_json";
    case ErrorCode::kBadRequest: return "bad_request";
    case ErrorCode::kUnknownType: return "unknown_type";
    case ErrorCode::kInvalidUtf8: return "invalid_utf8";
    case ErrorCode::kTooLarge: return "too_large";
    case ErrorCode::kUnsupportedVersion: return "unsupported_version";
    case ErrorCode::kForbiddenOrigin: return "forbidden_origin";
    case ErrorCode::kNotConfigured: return "not_configured";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

namespace {

ProtocolError Error(ErrorCode code, std::string message, json id = nullptr) {
  return ProtocolError{code, std::move(message), std::move(id)};
}

// Reads optional string field `name` into *out. Returns an error message
// (never containing the value) if present with another type.
// Host names are at most 253 characters (RFC 1035); a longer `site` is not
// a host name and would only bloat audit records.
constexpr size_t kMaxSiteLength = 253;

// Moves optional string field `name` of `j` into *out. Returns an error
// message (never containing the value) if present with another type.
bool OptionalString(json& j, const char* name, std::string* out, std::string* error) {
  auto it = j.find(name);
  if (it == j.end() || it->is_null()) return true;
  if (!it->is_string()) {
    *error = std::string("field '") + name + "' must be a string";
    return false;
  }
  *out = std::move(it->get_ref<std::string&>());
  return true;
}

bool RequiredString(json& j, const char* name, std::string* out, std::string* error) {
  auto it = j.find(name);
  if (it == j.end()) {
    *error = std::string("field '") + name + "' is required";
    return false;
  }
  if (!it->is_string()) {
    *error = std::string("field '") + name + "' must be a string";
    return false;
  }
  *out = std::move(it->get_ref<std::string&>());
  return true;
}

bool ParseType(const std::string& s, RequestType* out) {
  static constexpr std::pair<std::string_view, RequestType> kTypes[] = {
      {"hello", RequestType::kHello},   {"status", RequestType::kStatus},
      {"check", RequestType::kCheck},   {"redact", RequestType::kRedact},
      {"ack", RequestType::kAck},       {"attach", RequestType::kAttach},
      {"restore", RequestType::kRestore},
  };
  for (const auto& [name, type] : kTypes) {
    if (s == name) {
      *out = type;
      return true;
    }
  }
  return false;
}

// Fills the type-specific fields (moving strings out of `j`); returns false
// with *error on bad input.
bool ParseTypeFields(json& j, Request* r, std::string* error) {
  switch (r->type) {
    case RequestType::kHello:
    case RequestType::kStatus:
      return true;
    case RequestType::kCheck: {
      std::string mode;
      if (!RequiredString(j, "text", &r->text, error) ||
          !RequiredString(j, "mode", &mode, error) ||
          !OptionalString(j, "site", &r->site, error)) {
        return false;
      }
      if (mode == "keystroke") {
        r->mode = CheckMode::kKeystroke;
      } else if (mode == "submit") {
        r->mode = CheckMode::kSubmit;
      } else {
        *error = "field 'mode' must be \"keystroke\" or \"submit\"";
        return false;
      }
      auto it = j.find("editor");
      if (it != j.end() && !it->is_null()) {
        if (!it->is_string()) {
          *error = "field 'editor' must be a string";
          return false;
        }
        r->has_editor = true;
        r->editor = it->get<std::string>();
      }
      return true;
    }
    case RequestType::kRedact:
    case RequestType::kAck:
      return RequiredString(j, "text", &r->text, error) &&
             OptionalString(j, "site", &r->site, error);
    case RequestType::kRestore: {
      // A count only: the extension never sends the values or the answer.
      auto it = j.find("count");
      bool ok = it != j.end() && it->is_number_integer();
      if (ok && it->is_number_unsigned()) {
        ok = it->get<uint64_t>() >= 1 && it->get<uint64_t>() <= kMaxRestoreCount;
      } else if (ok) {
        ok = it->get<int64_t>() >= 1 && it->get<int64_t>() <= kMaxRestoreCount;
      }
      if (!ok) {
        *error = "field 'count' must be an integer from 1 to 100000";
        return false;
      }
      r->count = static_cast<uint32_t>(it->get<uint64_t>());
      return OptionalString(j, "site", &r->site, error);
    }
    case RequestType::kAttach:
      if (!RequiredString(j, "site", &r->site, error) ||
          !RequiredString(j, "composer", &r->composer, error)) {
        return false;
      }
      if (r->composer != "textarea" && r->composer != "contenteditable" &&
          r->composer != "none") {
        *error = "field 'composer' must be \"textarea\", \"contenteditable\" or \"none\"";
        return false;
      }
      return true;
  }
  return false;
}

bool ParseFields(json& j, Request* r, std::string* error) {
  if (!ParseTypeFields(j, r, error)) return false;
  if (r->site.size() > kMaxSiteLength) {
    *error = "field 'site' is not a host name";
    return false;
  }
  return true;
}

}  // namespace

std::variant<Request, ProtocolError> ParseRequest(std::string_view frame) {
  if (!IsValidUtf8(frame) || !HasNoLoneSurrogateEscapes(frame)) {
    return Error(ErrorCode::kInvalidUtf8, "message is not valid UTF-8");
  }
  json j = json::parse(frame, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return Error(ErrorCode::kBadJson, "message is not valid JSON");
  if (!j.is_object()) return Error(ErrorCode::kBadJson, "message is not a JSON object");

  Request r;
  auto id = j.find("id");
  if (id == j.end()) return Error(ErrorCode::kBadRequest, "field 'id' is required");
  if (!id->is_string() && !id->is_number()) {
    return Error(ErrorCode::kBadRequest, "field 'id' must be a string or a number");
  }
  r.id = *id;

  auto v = j.find("v");
  if (v != j.end() && !v->is_null()) {
    if (!v->is_number_integer()) {
      return Error(ErrorCode::kBadRequest, "field 'v' must be an integer", r.id);
    }
    if (v->is_number_unsigned() ? v->get<uint64_t>() > kProtocolVersion
                                : v->get<int64_t>() > kProtocolVersion) {
      return Error(ErrorCode::kUnsupportedVersion,
                   "protocol version not supported (host speaks v1)", r.id);
    }
  }

  auto type = j.find("type");
  if (type == j.end() || !type->is_string()) {
    return Error(ErrorCode::kBadRequest, "field 'type' must be a string", r.id);
  }
  if (!ParseType(type->get_ref<const std::string&>(), &r.type)) {
    return Error(ErrorCode::kUnknownType, "unknown message type", r.id);
  }
  std::string error;
  if (!ParseFields(j, &r, &error)) {
    return Error(ErrorCode::kBadRequest, std::move(error), r.id);
  }
  return r;
}

std::string DumpJson(const json& j) {
  return j.dump(-1, ' ', /*ensure_ascii=*/false, json::error_handler_t::replace);
}

namespace {

json ReplyHeader(std::string_view type, const json& id) {
  json j = json::object();
  j["type"] = type;
  j["id"] = id;
  j["v"] = kProtocolVersion;
  return j;
}

}  // namespace

std::string ErrorReply(const ProtocolError& error) {
  json j = ReplyHeader("error", error.id);
  j["error"] = {{"code", ErrorCodeName(error.code)}, {"message", error.message}};
  return DumpJson(j);
}

std::string SupersededReply(const json& id) {
  json j = ReplyHeader("check", id);
  j["superseded"] = true;
  return DumpJson(j);
}

json LocalizedJson(const LocalizedString& s) {
  return {{"da", s.da}, {"en", s.en}};
}

json CountsJson(const ScanResult& result) {
  json counts = json::object();
  for (size_t i = 0; i < kNumCategories; ++i) {
    if (result.counts[i] > 0) {
      counts[std::string(CategoryId(static_cast<Category>(i)))] = result.counts[i];
    }
  }
  return counts;
}

std::string CheckReply(const json& id, const Engine& engine, const ScanResult& result) {
  json j = ReplyHeader("check", id);
  j["decision"] = DecisionName(result.decision);
  j["policy_version"] = engine.policy_version();
  j["findings"] = json::array();
  j["counts"] = CountsJson(result);
  j["truncated"] = false;

  // Each finding's compact serialisation has the same length inside the
  // array, so the reply size can be tracked without re-serialising.
  size_t size = DumpJson(j).size();
  json findings = json::array();
  bool truncated = false;
  for (const Finding& f : result.findings) {
    const CategoryRuleView& rule = engine.rule(f.category);
    json fj = {{"category", CategoryId(f.category)},
               {"start", f.start},
               {"end", f.end},
               {"confidence", ConfidenceName(f.confidence)},
               {"action", ActionName(f.action)},
               {"preview", f.masked},
               {"label", LocalizedJson(rule.label)},
               {"why", LocalizedJson(rule.why)}};
    const size_t add = DumpJson(fj).size() + (findings.empty() ? 0 : 1);
    if (size + add >= kMaxReplyBytes) {
      truncated = true;
      break;
    }
    size += add;
    findings.push_back(std::move(fj));
  }
  j["findings"] = std::move(findings);
  j["truncated"] = truncated;  // "true" is shorter than "false"
  return DumpJson(j);
}

std::optional<std::string> RedactReply(const json& id, const RedactResult& redacted,
                                       Decision decision_after) {
  // Cheap early refusal before building a large JSON value.
  if (redacted.text.size() >= kMaxReplyBytes) return std::nullopt;
  json j = ReplyHeader("redact", id);
  j["text"] = redacted.text;
  json reps = json::array();
  for (const Replacement& r : redacted.replacements) {
    reps.push_back({{"category", CategoryId(r.category)},
                    {"start", r.start},
                    {"end", r.end},
                    {"placeholder", r.placeholder}});
  }
  j["replacements"] = std::move(reps);
  j["decision"] = DecisionName(decision_after);
  std::string out = DumpJson(j);
  if (out.size() >= kMaxReplyBytes) return std::nullopt;
  return out;
}

std::string AckReply(const json& id, bool ok, Decision decision) {
  json j = ReplyHeader("ack", id);
  j["ok"] = ok;
  j["decision"] = DecisionName(decision);
  return DumpJson(j);
}

std::string AttachReply(const json& id) {
  json j = ReplyHeader("attach", id);
  j["ok"] = true;
  return DumpJson(j);
}

std::string RestoreReply(const json& id) {
  json j = ReplyHeader("restore", id);
  j["ok"] = true;
  return DumpJson(j);
}

}  // namespace privacy_guard::host
