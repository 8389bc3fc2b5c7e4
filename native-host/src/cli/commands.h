// The CLI's commands, one file each; RunCli (cli.h) dispatches to them.
// Each takes the arguments after its command words and returns the exit
// status: 0 ok, 1 a signature does not verify, 2 usage error, 3 policy,
// data, key or I/O error.
#ifndef PRIVACY_GUARD_CLI_COMMANDS_H_
#define PRIVACY_GUARD_CLI_COMMANDS_H_

#include <memory>
#include <string>

#include "privacy_guard/config.h"
#include "privacy_guard/engine.h"

namespace privacy_guard::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitVerifyFailed = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitPolicy = 3;
// `scan`: the output could not be written (e.g. its reader is gone).
inline constexpr int kExitOutput = 1;

// `privacy-guard scan [--policy FILE] [--terms FILE]... [--data DIR] [--jsonl] [FILE...]`
int RunScanCommand(int argc, char** argv);
// `privacy-guard policy check FILE [--data DIR]`
int RunPolicyCheckCommand(int argc, char** argv);
// `privacy-guard policy keygen|sign|verify ...`; argv[0] is the subcommand.
int RunPolicySigningCommand(int argc, char** argv);
// `privacy-guard export purview ...`; argv[0] is the format word.
int RunExportCommand(int argc, char** argv);

// Loads `policy_arg` (or the default policy) with `load` and builds its
// engine; false after printing the error to stderr.
bool LoadEngine(const std::string& policy_arg, const LoadOptions& load,
                std::shared_ptr<const Engine>* engine, LoadedPolicy* loaded);

}  // namespace privacy_guard::cli

#endif  // PRIVACY_GUARD_CLI_COMMANDS_H_
