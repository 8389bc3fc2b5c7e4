#include "host/session.h"

#include <algorithm>
#include <cctype>

#include "host/audit_log.h"
#include "host/frame_io.h"

#ifndef PG_VERSION
#define PG_VERSION "0.0.0"
#endif

namespace privacy_guard::host {

using nlohmann::json;

namespace {

constexpr size_t kMaxCoverageEntries = 256;

// The effective action for findings on unapproved sites (unset = block:
// the organisation has not approved the site at all).
Action UnapprovedAction(const config::Policy& policy) {
  switch (policy.sites().unapproved_action()) {
    case config::OFF: return Action::kOff;
    case config::AUDIT: return Action::kAudit;
    case config::WARN: return Action::kWarn;
    default: return Action::kBlock;
  }
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// True if `host` equals `pattern` or is a subdomain of it.
bool HostMatches(const std::string& host, std::string_view pattern) {
  const std::string p = Lower(pattern);
  if (p.empty()) return false;
  if (host == p) return true;
  return host.size() > p.size() && host.ends_with(p) && host[host.size() - p.size() - 1] == '.';
}

Decision DecisionOf(const std::vector<Finding>& findings) {
  Decision d = Decision::kAllow;
  for (const Finding& f : findings) {
    if (f.action == Action::kBlock) return Decision::kBlock;
    if (f.action == Action::kWarn) d = Decision::kWarn;
  }
  return d;
}

json LocalizedJson(const config::LocalizedText& t) { return {{"da", t.da()}, {"en", t.en()}}; }

json CategoriesJson(const Engine& engine) {
  json out = json::object();
  for (size_t i = 0; i < kNumCategories; ++i) {
    const Category c = static_cast<Category>(i);
    const CategoryRuleView& rule = engine.rule(c);
    out[std::string(CategoryId(c))] = {
        {"action", ActionName(rule.action)},
        {"min_confidence", ConfidenceName(rule.min_confidence)},
        {"label", host::LocalizedJson(rule.label)},
        {"why", host::LocalizedJson(rule.why)}};
  }
  return out;
}

json DataJson(const DataStats& s) {
  return {{"first_names", s.first_names},   {"surnames", s.surnames},
          {"street_names", s.street_names}, {"postcodes", s.postcodes},
          {"health_terms", s.health_terms}, {"dictionary", s.dictionary},
          {"places", s.places},             {"business_terms", s.business_terms},
          {"business_regexes", s.business_regexes}};
}

json SitesJson(const config::Policy& policy) {
  json approved = json::array();
  for (const char* h : kBuiltInApprovedHosts) approved.push_back(h);
  for (const std::string& h : policy.sites().approved_hosts()) {
    if (std::find(approved.begin(), approved.end(), json(Lower(h))) == approved.end()) {
      approved.push_back(Lower(h));
    }
  }
  json unapproved = json::array();
  for (const std::string& h : policy.sites().unapproved_hosts()) unapproved.push_back(Lower(h));
  return {{"approved_hosts", std::move(approved)},
          {"unapproved_hosts", std::move(unapproved)},
          {"unapproved_action", ActionName(UnapprovedAction(policy))},
          {"approved_tool_url", policy.sites().approved_tool_url()}};
}

json TextsJson(const config::Policy& policy) {
  const config::UserTexts& t = policy.texts();
  return {{"guideline_url", t.guideline_url()},
          {"help", LocalizedJson(t.help())},
          {"unapproved_site_notice", LocalizedJson(t.unapproved_site_notice())}};
}

std::string Error(ErrorCode code, std::string message, const json& id) {
  return ErrorReply(ProtocolError{code, std::move(message), id});
}

}  // namespace

Session::Session(const PolicyProvider* policy, AuditLog* audit, std::string origin)
    : policy_(policy), audit_(audit), origin_(std::move(origin)) {}

Action Session::SiteFloor(const config::Policy& policy, std::string_view site) {
  if (site.empty() || policy.sites().unapproved_hosts().empty()) return Action::kOff;
  const std::string host = Lower(site);
  const bool unapproved =
      std::any_of(policy.sites().unapproved_hosts().begin(),
                  policy.sites().unapproved_hosts().end(),
                  [&](const std::string& h) { return HostMatches(host, h); });
  return unapproved ? UnapprovedAction(policy) : Action::kOff;
}

void Session::ApplySiteRules(const config::Policy& policy, std::string_view site,
                             ScanResult* result) {
  const Action floor = SiteFloor(policy, site);
  if (floor == Action::kOff) return;
  for (Finding& f : result->findings) f.action = std::max(f.action, floor);
  result->decision = DecisionOf(result->findings);
}

namespace {

// Findings counted, not kept (ack needs the decision only).
class NoFindings final : public Engine::FindingSink {
 public:
  void Begin(const ScanResult&) override {}
  void Add(const Finding&) override {}
};

size_t FindingCount(const ScanResult& result) {
  size_t n = 0;
  for (uint32_t c : result.counts) n += c;
  return n;
}

}  // namespace

std::string Session::Handle(const Request& r) {
  if (r.type == RequestType::kHello || r.type == RequestType::kStatus) return HandleStatus(r);
  if (r.type == RequestType::kAttach) return HandleAttach(r);
  if (r.type == RequestType::kRestore) return HandleRestore(r);
  const std::shared_ptr<const PolicySnapshot> snap = policy_->Current();
  if (!snap) {
    return Error(ErrorCode::kInternal, "no usable policy is loaded; see status", r.id);
  }
  switch (r.type) {
    case RequestType::kCheck: return HandleCheck(r, *snap);
    case RequestType::kRedact: return HandleRedact(r, *snap);
    case RequestType::kAck: return HandleAck(r, *snap);
    default: break;
  }
  return Error(ErrorCode::kInternal, "unhandled request type", r.id);
}

ScanResult Session::Scan(const PolicySnapshot& snap, const Request& r, std::string_view text) {
  ScanResult result = snap.engine->Scan(text);
  if (result.ok) ApplySiteRules(snap.policy, r.site, &result);
  return result;
}

std::string Session::HandleStatus(const Request& r) {
  const PolicyStatus st = policy_->Status();
  json j = json::object();
  j["type"] = "status";
  j["id"] = r.id;
  j["v"] = kProtocolVersion;
  j["version"] = PG_VERSION;
  j["protocol"] = kProtocolVersion;
  json policy = {{"version", nullptr},
                 {"source", nullptr},
                 {"loaded_at", nullptr},
                 {"last_error", st.last_error.empty() ? json(nullptr) : json(st.last_error)},
                 {"from_cache", false}};
  if (st.snapshot) {
    const PolicySnapshot& s = *st.snapshot;
    policy["version"] = s.engine->policy_version();
    policy["source"] = s.source;
    policy["loaded_at"] = s.loaded_at;
    policy["from_cache"] = s.from_cache;
    j["policy"] = std::move(policy);
    j["data"] = DataJson(s.engine->data_stats());
    j["categories"] = CategoriesJson(*s.engine);
    j["texts"] = TextsJson(s.policy);
    j["sites"] = SitesJson(s.policy);
  } else {
    j["policy"] = std::move(policy);
    j["data"] = json::object();
    j["categories"] = json::object();
    j["texts"] = json::object();
    j["sites"] = json::object();
  }
  json coverage = json::array();
  for (const auto& [key, count] : coverage_) {
    coverage.push_back({{"host", key.first}, {"composer", key.second}, {"count", count}});
  }
  j["coverage"] = std::move(coverage);
  j["health"] = (st.snapshot && !st.degraded) ? "ok" : "degraded";
  std::string out = DumpJson(j);
  if (out.size() >= kMaxReplyBytes) {
    return Error(ErrorCode::kInternal, "status does not fit in a reply (policy texts too long)",
                 r.id);
  }
  return out;
}

std::string Session::HandleCheck(const Request& r, const PolicySnapshot& snap) {
  // The reply is written while the engine delivers the findings (a dense
  // 16 MiB text has a million of them; the reply lists what fits in 1 MiB).
  const Action floor = SiteFloor(snap.policy, r.site);
  CheckReplyWriter reply(r.id, *snap.engine, floor);
  ScanResult result = snap.engine->Scan(r.text, Engine::ScanOptions{}, &reply);
  if (!result.ok) return Error(ErrorCode::kInternal, "the engine could not scan the text", r.id);
  result.decision = DecisionWithFloor(result.decision, FindingCount(result), floor);
  if (r.mode == CheckMode::kSubmit) AuditScan("submit", r, snap, result);
  return reply.Finish();
}

std::string Session::HandleRedact(const Request& r, const PolicySnapshot& snap) {
  const ScanResult result = Scan(snap, r, r.text);
  if (!result.ok) return Error(ErrorCode::kInternal, "the engine could not scan the text", r.id);
  const RedactResult redacted = snap.engine->Redact(r.text, result);
  const ScanResult after = Scan(snap, r, redacted.text);
  const Decision decision_after = after.ok ? after.decision : Decision::kBlock;
  std::optional<std::string> reply = RedactReply(r.id, redacted, decision_after);
  if (!reply) {
    return Error(ErrorCode::kTooLarge, "the redacted text does not fit in a reply", r.id);
  }
  AuditScan("fix", r, snap, result, decision_after);
  return *std::move(reply);
}

std::string Session::HandleAck(const Request& r, const PolicySnapshot& snap) {
  Engine::ScanOptions options;
  options.previews = false;
  NoFindings findings;
  ScanResult result = snap.engine->Scan(r.text, options, &findings);
  if (!result.ok) return Error(ErrorCode::kInternal, "the engine could not scan the text", r.id);
  result.decision =
      DecisionWithFloor(result.decision, FindingCount(result), SiteFloor(snap.policy, r.site));
  const bool ok = result.decision != Decision::kBlock;
  AuditScan(ok ? "ack" : "ack_refused", r, snap, result);
  return AckReply(r.id, ok, result.decision);
}

void Session::AuditScan(std::string_view event, const Request& r, const PolicySnapshot& snap,
                        const ScanResult& result, std::optional<Decision> decision_after) {
  if (!audit_) return;
  AuditRecord rec;
  rec.event = event;
  rec.site = r.site;
  rec.decision = result.decision;
  rec.decision_after = decision_after;
  rec.policy_version = snap.engine->policy_version();
  rec.scan = &result;
  rec.text = r.text;
  audit_->Record(rec);
}

std::string Session::HandleAttach(const Request& r) {
  const std::string host = Lower(r.site);
  auto key = std::make_pair(host, r.composer);
  auto it = coverage_.find(key);
  if (it != coverage_.end()) {
    ++it->second;
  } else if (coverage_.size() < kMaxCoverageEntries) {
    coverage_.emplace(std::move(key), 1);
  }
  if (audit_) {
    const std::shared_ptr<const PolicySnapshot> snap = policy_->Current();
    AuditRecord rec;
    rec.event = "attach";
    rec.site = host;
    rec.policy_version = snap ? snap->engine->policy_version() : std::string_view();
    rec.composer = r.composer;
    audit_->Record(rec);
  }
  return AttachReply(r.id);
}

// The extension showed an answer with `count` placeholders put back. Only
// the count is kept (audit); the host never sees the values or the answer.
std::string Session::HandleRestore(const Request& r) {
  if (audit_) {
    const std::shared_ptr<const PolicySnapshot> snap = policy_->Current();
    AuditRecord rec;
    rec.event = "restore";
    rec.site = r.site;
    rec.policy_version = snap ? snap->engine->policy_version() : std::string_view();
    rec.count = r.count;
    audit_->Record(rec);
  }
  return RestoreReply(r.id);
}

}  // namespace privacy_guard::host
