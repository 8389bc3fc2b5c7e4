#include "cli/cli.h"

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "cli/commands.h"

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

namespace privacy_guard::cli {
namespace {

const char kUsage[] =
    "usage:\n"
    "  privacy-guard scan [--policy FILE] [--terms FILE]... [--data DIR] [FILE...]\n"
    "      Scan files (or stdin) and print findings with line:column, category,\n"
    "      confidence, action and a masked value, then the decision.\n"
    "  privacy-guard scan --jsonl [--policy FILE] [--terms FILE]... [--data DIR]\n"
    "      stdin: one {\"id\":..., \"text\":...} per line; stdout: one result per line.\n"
    "  privacy-guard policy check FILE [--data DIR]\n"
    "      Validate a policy and print a summary.\n"
    "  privacy-guard policy keygen OUTPREFIX | sign --key SECRETKEY POLICY |\n"
    "                       verify --key PUBLICKEY POLICY\n"
    "      Ed25519 keys and detached signatures (POLICY.sig) for central policies.\n"
    "  privacy-guard export purview [--policy FILE] [--data DIR] [--dictionary-budget CHARS] --out DIR\n"
    "      Write the policy as a Microsoft Purview rule package (+ IMPORT.md).\n"
    "  privacy-guard chrome-extension://<id>/\n"
    "      Run as the native-messaging host (started by the browser).\n"
    "  privacy-guard --version\n";

}  // namespace

bool LoadEngine(const std::string& policy_arg, const LoadOptions& load,
                std::shared_ptr<const Engine>* engine, LoadedPolicy* loaded) {
  std::string path = policy_arg.empty() ? DefaultPolicyPath() : policy_arg;
  if (path.empty()) {
    std::cerr << "privacy-guard: no policy given and no default policy found; use --policy FILE\n";
    return false;
  }
  std::string error;
  if (!LoadPolicyWithData(path, load, loaded, &error)) {
    std::cerr << "privacy-guard: policy error: " << error << "\n";
    return false;
  }
  *engine = BuildEngine(*loaded, &error);
  if (!*engine) {
    std::cerr << "privacy-guard: policy error: " << error << "\n";
    return false;
  }
  return true;
}

int RunCli(int argc, char** argv) {
#ifdef _WIN32
  _setmode(_fileno(stdin), _O_BINARY);
  _setmode(_fileno(stdout), _O_BINARY);
#endif
  if (argc < 2) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  std::string cmd = argv[1];
  if (cmd == "--version" || cmd == "version") {
    std::cout << "privacy-guard " << PG_VERSION << "\n";
    return kExitOk;
  }
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  if (cmd == "scan") return RunScanCommand(argc - 2, argv + 2);
  if (cmd == "policy" && argc >= 3 && std::strcmp(argv[2], "check") == 0) {
    return RunPolicyCheckCommand(argc - 3, argv + 3);
  }
  if (cmd == "policy" && argc >= 3 &&
      (std::strcmp(argv[2], "keygen") == 0 || std::strcmp(argv[2], "sign") == 0 ||
       std::strcmp(argv[2], "verify") == 0)) {
    return RunPolicySigningCommand(argc - 2, argv + 2);
  }
  if (cmd == "export") return RunExportCommand(argc - 2, argv + 2);
  std::cerr << "privacy-guard: unknown command '" << cmd << "'\n" << kUsage;
  return kExitUsage;
}

}  // namespace privacy_guard::cli
