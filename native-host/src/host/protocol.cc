#include "host/protocol.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include "host/frame_io.h"
#include "host/json_reader.h"
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
  json j;
  if (!ParseFlatObject(frame, &j)) j = json::parse(frame, nullptr, /*allow_exceptions=*/false);
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

Decision DecisionWithFloor(Decision decision, size_t findings, Action floor) {
  if (findings == 0) return decision;
  const Decision raised = floor == Action::kBlock  ? Decision::kBlock
                          : floor == Action::kWarn ? Decision::kWarn
                                                   : Decision::kAllow;
  return std::max(decision, raised);
}

namespace {

// A JSON string as DumpJson writes it: plain printable ASCII directly,
// anything else through nlohmann's serialiser.
void AppendJsonString(std::string_view s, std::string* out) {
  const bool plain = std::all_of(s.begin(), s.end(), [](char c) {
    return c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
  });
  if (!plain) {
    out->append(DumpJson(json(s)));
    return;
  }
  out->push_back('"');
  out->append(s);
  out->push_back('"');
}

void AppendNumber(uint64_t v, std::string* out) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, r.ptr);
}

}  // namespace

// The reply is DumpJson of {"type","id","v","decision","policy_version",
// "findings","counts","truncated"}: nlohmann::json keeps its members sorted
// by name, so it reads counts, decision, findings, id, policy_version,
// truncated, type, v, and each finding action, category, confidence, end,
// label, preview, start, why. Written here member by member in that order.
CheckReplyWriter::CheckReplyWriter(const json& id, const Engine& engine, Action floor)
    : id_(id), engine_(engine), floor_(floor) {}

void CheckReplyWriter::Begin(const ScanResult& summary) {
  size_t findings = 0;
  for (uint32_t c : summary.counts) findings += c;
  head_ = "{\"counts\":" + DumpJson(CountsJson(summary)) + ",\"decision\":\"" +
          std::string(DecisionName(DecisionWithFloor(summary.decision, findings, floor_))) +
          "\",\"findings\":[";
  tail_ = "],\"id\":" + DumpJson(id_) + ",\"policy_version\":";
  AppendJsonString(engine_.policy_version(), &tail_);
  tail_ += ",\"truncated\":";
  end_ = ",\"type\":\"check\",\"v\":" + std::to_string(kProtocolVersion) + "}";
  // With "false", as the reply is sized: "true" is shorter.
  size_ = head_.size() + tail_.size() + std::strlen("false") + end_.size();
}

void CheckReplyWriter::Add(const Finding& f) {
  if (truncated_) return;
  const size_t ci = static_cast<size_t>(f.category);
  if (labels_[ci].empty()) {
    const CategoryRuleView& rule = engine_.rule(f.category);
    labels_[ci] = "\"label\":" + DumpJson(LocalizedJson(rule.label));
    whys_[ci] = ",\"why\":" + DumpJson(LocalizedJson(rule.why));
  }
  const size_t mark = body_.size();
  if (!body_.empty()) body_ += ',';
  body_ += "{\"action\":\"";
  body_ += ActionName(std::max(f.action, floor_));
  body_ += "\",\"category\":\"";
  body_ += CategoryId(f.category);
  body_ += "\",\"confidence\":\"";
  body_ += ConfidenceName(f.confidence);
  body_ += "\",\"end\":";
  AppendNumber(f.end, &body_);
  body_ += ',';
  body_ += labels_[ci];
  body_ += ",\"preview\":";
  AppendJsonString(f.masked, &body_);
  body_ += ",\"start\":";
  AppendNumber(f.start, &body_);
  body_ += whys_[ci];
  body_ += '}';
  const size_t add = body_.size() - mark;
  if (size_ + add >= kMaxReplyBytes) {
    body_.resize(mark);
    truncated_ = true;
    return;
  }
  size_ += add;
}

std::string CheckReplyWriter::Finish() {
  std::string out;
  out.reserve(head_.size() + body_.size() + tail_.size() + 32);
  out += head_;
  out += body_;
  out += tail_;
  out += truncated_ ? "true" : "false";
  out += end_;
  return out;
}

std::string CheckReply(const json& id, const Engine& engine, const ScanResult& result) {
  CheckReplyWriter writer(id, engine);
  writer.Begin(result);
  for (const Finding& f : result.findings) writer.Add(f);
  return writer.Finish();
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
