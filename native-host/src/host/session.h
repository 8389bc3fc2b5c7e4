// The host's request handler: one validated Request in, one reply body out.
//
// Every request is served from a single PolicySnapshot taken at its start,
// so a policy swap never mixes two policies within one reply. Submit checks,
// ack, redact (as "fix"), attach and restore (a count only) are written to
// the audit log.
//
// Thread safety: a Session is used by one thread (the host's worker).
#ifndef PRIVACY_GUARD_HOST_SESSION_H_
#define PRIVACY_GUARD_HOST_SESSION_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "host/policy_manager.h"
#include "host/protocol.h"

namespace privacy_guard::host {

class AuditLog;

// Hosts that are always treated as approved Copilot sites (see
// config.Sites.approved_hosts).
// BEGIN generated from installer/product.json (approved hosts) by installer/gen_product.py
inline constexpr const char* kBuiltInApprovedHosts[] = {
    "copilot.microsoft.com",
    "copilot.cloud.microsoft",
    "m365.cloud.microsoft",
};
// END generated from installer/product.json (approved hosts)

class Session {
 public:
  // `policy` must outlive the session; `audit` may be null (no auditing).
  // `origin` is the caller's extension origin, written to audit records.
  Session(const PolicyProvider* policy, AuditLog* audit, std::string origin);

  // Returns the reply body for `request`; always smaller than
  // kMaxReplyBytes. May throw only on resource exhaustion (the caller
  // answers `internal`).
  std::string Handle(const Request& request);

  // Raises every finding of `result` to at least the policy's unapproved
  // action when `site` is an unapproved host (exact or subdomain match,
  // case-insensitive) and recomputes the decision. Exposed for tests.
  static void ApplySiteRules(const config::Policy& policy, std::string_view site,
                             ScanResult* result);
  // The action ApplySiteRules raises findings on `site` to: the policy's
  // unapproved action on an unapproved host, else Action::kOff (none).
  static Action SiteFloor(const config::Policy& policy, std::string_view site);

 private:
  std::string HandleStatus(const Request& r);
  std::string HandleCheck(const Request& r, const PolicySnapshot& snap);
  std::string HandleRedact(const Request& r, const PolicySnapshot& snap);
  std::string HandleAck(const Request& r, const PolicySnapshot& snap);
  // Audits a scanned request (categories, counts, a keyed hash of r.text;
  // never the text); nothing without an audit log.
  void AuditScan(std::string_view event, const Request& r, const PolicySnapshot& snap,
                 const ScanResult& result, std::optional<Decision> decision_after = std::nullopt);
  std::string HandleAttach(const Request& r);
  std::string HandleRestore(const Request& r);
  ScanResult Scan(const PolicySnapshot& snap, const Request& r, std::string_view text);

  const PolicyProvider* policy_;
  AuditLog* audit_;
  std::string origin_;
  // (site, composer) -> attach count, for status.coverage. Bounded.
  std::map<std::pair<std::string, std::string>, uint64_t> coverage_;
};

}  // namespace privacy_guard::host

#endif  // PRIVACY_GUARD_HOST_SESSION_H_
