// Finding and loading the host's per-machine HostConfig.
//
// Lookup order (first existing file wins; see README.md in this folder):
//   1. $PRIVACY_GUARD_CONFIG (when set, only this file is tried)
//   2. <folder of the executable>/privacy-guard.conf
//   3. Linux/macOS: /etc/privacy-guard/privacy-guard.conf
//      Windows:     %ProgramData%\privacy-guard\privacy-guard.conf
// On Windows, %VAR% in its path values is expanded; group-policy registry values under
// SOFTWARE\Policies\privacy-guard (HKLM first, else HKCU) then override:
//   PolicyPath (REG_SZ/REG_EXPAND_SZ)      -> policy_path
//   AuditLog (REG_SZ/REG_EXPAND_SZ)        -> audit_log
//   AuditMaxBytes (REG_DWORD/REG_QWORD)    -> audit_max_bytes
//   PolicyPublicKey (REG_SZ)               -> policy_public_key
#ifndef PRIVACY_GUARD_HOST_HOST_CONFIG_H_
#define PRIVACY_GUARD_HOST_HOST_CONFIG_H_

#include <string>
#include <vector>

#include "privacy_guard/policy.pb.h"

namespace privacy_guard::host {

struct HostConfigResult {
  config::HostConfig config;
  std::string path;                    // the file that was loaded
  std::vector<std::string> overrides;  // registry value names applied
};

// Candidate files in lookup order (only the env file when it is set).
std::vector<std::string> HostConfigCandidates(const char* argv0);

// Loads the first existing candidate and applies registry overrides.
// Returns false with *error when no candidate exists ("no configuration
// found; tried …") or the file does not parse ("<file>:<line>:<col>: …").
// After reading it, the registry overrides are applied and %VAR% in the path
// fields expanded (ExpandPaths).
bool FindHostConfig(const char* argv0, HostConfigResult* out, std::string* error);

// Expands %VAR% in the path fields of `cfg` (policy_path, cache_dir,
// audit_log, log_file, data_dir), as the Windows configuration writes them
// ("%LOCALAPPDATA%\\privacy-guard\\audit.log"), and a leading "~/" to $HOME.
void ExpandPaths(config::HostConfig* cfg);

// Applies the Windows registry overrides listed above to *cfg and appends
// the applied value names to *applied. A no-op except on Windows.
void ApplyRegistryOverrides(config::HostConfig* cfg, std::vector<std::string>* applied);

}  // namespace privacy_guard::host

#endif  // PRIVACY_GUARD_HOST_HOST_CONFIG_H_
