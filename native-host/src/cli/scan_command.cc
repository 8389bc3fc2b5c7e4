// `privacy-guard scan`: findings per file (masked), or --jsonl for programs.
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/options.h"
#include "platform/platform.h"

namespace privacy_guard::cli {
namespace {

const char kScanUsage[] =
    "usage: privacy-guard scan [--policy FILE] [--terms FILE]... [--data DIR] [FILE...]\n"
    "       privacy-guard scan --jsonl [--policy FILE] [--terms FILE]... [--data DIR]\n";

struct ScanOptions {
  std::string policy;
  LoadOptions load;
  bool jsonl = false;
  bool help = false;
  std::vector<std::string> files;
};

// 1-based line and column (in characters) of byte offset `pos` in `text`.
std::pair<size_t, size_t> LineColumn(std::string_view text, size_t pos) {
  size_t line = 1, col = 1;
  for (size_t i = 0; i < pos && i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      col = 1;
    } else if ((c & 0xC0) != 0x80 && c != '\r') {
      ++col;
    }
  }
  return {line, col};
}

void PrintReport(const std::string& label, std::string_view text, const Engine& engine,
                 std::ostream& out) {
  ScanResult r = engine.Scan(text);
  if (!r.ok) {
    out << label << ": error: " << r.error << "\n";
    return;
  }
  for (const Finding& f : r.findings) {
    auto [line, col] = LineColumn(text, f.byte_start);
    char buf[160];
    std::snprintf(buf, sizeof buf, "%s:%zu:%zu: %-13s %-6s %-5s ", label.c_str(), line, col,
                  std::string(CategoryId(f.category)).c_str(),
                  std::string(ConfidenceName(f.confidence)).c_str(),
                  std::string(ActionName(f.action)).c_str());
    out << buf << f.masked << "\n";
  }
  size_t shown = 0;
  for (const Finding& f : r.findings) shown += f.action != Action::kAudit;
  out << label << ": decision: " << DecisionName(r.decision) << " (" << r.findings.size()
      << (r.findings.size() == 1 ? " finding" : " findings");
  if (shown != r.findings.size()) out << ", " << r.findings.size() - shown << " audit only";
  out << ")\n";
}

int RunJsonl(const Engine& engine) {
  std::string line;
  while (std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    nlohmann::ordered_json reply;
    nlohmann::json req;
    try {
      req = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      reply["id"] = nullptr;
      // The parser's message may quote input bytes: keep only its kind.
      reply["error"] = std::string("invalid JSON or invalid UTF-8 (byte ") +
                       std::to_string(e.byte) + ")";
      std::cout << reply.dump() << "\n";
      continue;
    }
    reply["id"] = req.is_object() && req.contains("id") ? req["id"] : nlohmann::json();
    if (!req.is_object()) {
      reply["error"] = "line is not a JSON object";
    } else if (!req.contains("text") || !req["text"].is_string()) {
      reply["error"] = "missing string field 'text'";
    } else {
      const std::string& text = req["text"].get_ref<const std::string&>();
      ScanResult r = engine.Scan(text);
      if (!r.ok) {
        reply["error"] = r.error;
      } else {
        reply["decision"] = DecisionName(r.decision);
        nlohmann::ordered_json findings = nlohmann::ordered_json::array();
        for (const Finding& f : r.findings) {
          findings.push_back({{"category", CategoryId(f.category)},
                              {"start", f.start},
                              {"end", f.end},
                              {"confidence", ConfidenceName(f.confidence)},
                              {"action", ActionName(f.action)}});
        }
        reply["findings"] = std::move(findings);
      }
    }
    std::cout << reply.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  std::cout.flush();
  return kExitOk;
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
  std::shared_ptr<const Engine> engine;
  LoadedPolicy loaded;
  if (!LoadEngine(o.policy, o.load, &engine, &loaded)) return kExitPolicy;
  if (o.jsonl) return RunJsonl(*engine);
  if (o.files.empty()) {
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    PrintReport("<stdin>", text, *engine, std::cout);
    return kExitOk;
  }
  int status = kExitOk;
  for (const std::string& f : o.files) {
    std::string text, error;
    if (std::optional<std::string> read = platform::ReadWholeFile(f, &error)) {
      text = std::move(*read);
    } else {
      std::cerr << "privacy-guard scan: " << error << "\n";
      status = kExitUsage;
      continue;
    }
    PrintReport(f, text, *engine, std::cout);
  }
  return status;
}

}  // namespace privacy_guard::cli
