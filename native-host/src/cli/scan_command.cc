// `privacy-guard scan`: findings per file (masked), or --jsonl for programs.
#include <algorithm>
#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/scan_io.h"
#include "platform/platform.h"

namespace privacy_guard::cli {
namespace {

const char kScanUsage[] =
    "usage: privacy-guard scan [--policy FILE] [--terms FILE]... [--data DIR] [FILE...]\n"
    "       privacy-guard scan --jsonl [--threads N] [--policy FILE] [--terms FILE]... [--data DIR]\n";

struct ScanOptions {
  std::string policy;
  LoadOptions load;
  bool jsonl = false;
  uint64_t threads = 0;  // --jsonl: lines scanned at once (0 = one per processor)
  bool help = false;
  std::vector<std::string> files;
};

// All of standard input, read in large blocks.
std::string ReadAllStdin() {
  std::string text;
  StdinSource in;
  size_t used = 0;
  for (;;) {
    if (text.size() - used < 64 * 1024) text.resize(std::max<size_t>(1 << 20, text.size() * 2));
    const size_t got = in.Read(text.data() + used, text.size() - used);
    if (got == 0) break;
    used += got;
  }
  text.resize(used);
  text.shrink_to_fit();
  return text;
}

}  // namespace

int RunScanCommand(int argc, char** argv) {
  ScanOptions o;
  std::string error;
  OptionParser parser("privacy-guard scan");
  parser.String("--policy", &o.policy)
      .Strings("--terms", &o.load.extra_term_files)
      .String("--data", &o.load.data_dir)
      .Flag("--jsonl", &o.jsonl)
      .Number("--threads", 0, 64, &o.threads)
      .Flag("--help", &o.help)
      .Flag("-h", &o.help)
      .Positional(&o.files, 0, SIZE_MAX);
  if (!parser.Parse(argc, argv, &error)) {
    std::cerr << error << "\n" << kScanUsage;
    return kExitUsage;
  }
  if (o.help) {
    std::cout << kScanUsage;
    return kExitOk;
  }
  if (o.jsonl && !o.files.empty()) {
    std::cerr << "privacy-guard scan: --jsonl reads stdin only\n" << kScanUsage;
    return kExitUsage;
  }
  if (o.threads != 0 && !o.jsonl) {
    std::cerr << "privacy-guard scan: --threads is for --jsonl\n" << kScanUsage;
    return kExitUsage;
  }
  std::shared_ptr<const Engine> engine;
  LoadedPolicy loaded;
  if (!LoadEngine(o.policy, o.load, &engine, &loaded)) return kExitPolicy;
  StdoutSink stdout_sink;
  if (o.jsonl) {
    StdinSource stdin_source;
    return RunJsonl(*engine, &stdin_source, &stdout_sink, static_cast<unsigned>(o.threads));
  }
  OutputBuffer out(&stdout_sink);
  if (o.files.empty()) {
    WriteReport("<stdin>", ReadAllStdin(), *engine, &out);
    return out.Flush() ? kExitOk : kExitOutput;
  }
  int status = kExitOk;
  for (const std::string& f : o.files) {
    std::string text, error;
    if (std::optional<std::string> read = platform::ReadWholeFile(f, &error)) {
      text = std::move(*read);
    } else {
      out.Flush();  // the error after the reports before it
      std::cerr << "privacy-guard scan: " << error << "\n";
      status = kExitUsage;
      continue;
    }
    WriteReport(f, text, *engine, &out);
  }
  if (!out.Flush()) return kExitOutput;
  return status;
}

}  // namespace privacy_guard::cli
