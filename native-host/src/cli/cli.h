// Command-line front end: `privacy-guard scan|policy|...`.
#ifndef PRIVACY_GUARD_CLI_CLI_H_
#define PRIVACY_GUARD_CLI_CLI_H_

namespace privacy_guard::cli {

// Runs the CLI with the process arguments; returns the exit status
// (0 ok, 2 usage error, 3 policy/data error).
int RunCli(int argc, char** argv);

}  // namespace privacy_guard::cli

#endif  // PRIVACY_GUARD_CLI_CLI_H_
