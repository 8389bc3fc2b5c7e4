// Native-messaging host front end (see docs/protocol.md and README.md here).
#ifndef PRIVACY_GUARD_HOST_HOST_H_
#define PRIVACY_GUARD_HOST_HOST_H_

namespace privacy_guard::host {

// Runs the native-messaging host. argv[1] is the caller's origin
// ("chrome-extension://<id>/"); further arguments (e.g. --parent-window=N on
// Windows) are ignored. Finds the HostConfig (host_config.h), checks the
// origin, loads the policy, then reads framed requests from stdin until EOF
// and writes framed replies to stdout (nothing else is ever written there).
//
// Returns the process exit status: 0 at end of input (also after a
// truncated frame), 3 after replying forbidden_origin, 4 after replying
// not_configured (no valid privacy-guard.conf was found).
int RunHost(int argc, char** argv);

}  // namespace privacy_guard::host

#endif  // PRIVACY_GUARD_HOST_HOST_H_
