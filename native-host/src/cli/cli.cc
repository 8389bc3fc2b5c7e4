#include "cli/cli.h"

#include <cstdio>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "export/export.h"
#include "host/policy_signing.h"
#include "privacy_guard/config.h"
#include "privacy_guard/engine.h"

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#endif

namespace privacy_guard::cli {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitPolicy = 3;

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

struct ScanOptions {
  std::string policy;
  LoadOptions load;
  bool jsonl = false;
  std::vector<std::string> files;
};

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

int RunScan(int argc, char** argv) {
  ScanOptions o;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](std::string* dest) {
      if (i + 1 >= argc) {
        std::cerr << "privacy-guard scan: " << a << " needs a value\n" << kUsage;
        return false;
      }
      *dest = argv[++i];
      return true;
    };
    if (a == "--policy") {
      if (!value(&o.policy)) return kExitUsage;
    } else if (a == "--terms") {
      std::string t;
      if (!value(&t)) return kExitUsage;
      o.load.extra_term_files.push_back(t);
    } else if (a == "--data") {
      if (!value(&o.load.data_dir)) return kExitUsage;
    } else if (a == "--jsonl") {
      o.jsonl = true;
    } else if (a == "-h" || a == "--help") {
      std::cout << kUsage;
      return kExitOk;
    } else if (a.size() > 1 && a[0] == '-' ) {
      std::cerr << "privacy-guard scan: unknown option " << a << "\n" << kUsage;
      return kExitUsage;
    } else {
      o.files.push_back(a);
    }
  }
  if (o.jsonl && !o.files.empty()) {
    std::cerr << "privacy-guard scan: --jsonl reads stdin only\n" << kUsage;
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
    if (!ReadFile(f, &text, &error)) {
      std::cerr << "privacy-guard scan: " << error << "\n";
      status = kExitUsage;
      continue;
    }
    PrintReport(f, text, *engine, std::cout);
  }
  return status;
}

int RunPolicyCheck(int argc, char** argv) {
  std::string file;
  LoadOptions load;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--data" && i + 1 < argc) {
      load.data_dir = argv[++i];
    } else if (a.size() > 1 && a[0] == '-') {
      std::cerr << "privacy-guard policy check: unknown option " << a << "\n";
      return kExitUsage;
    } else if (file.empty()) {
      file = a;
    } else {
      std::cerr << "privacy-guard policy check: one FILE only\n";
      return kExitUsage;
    }
  }
  if (file.empty()) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  std::shared_ptr<const Engine> engine;
  LoadedPolicy loaded;
  if (!LoadEngine(file, load, &engine, &loaded)) return kExitPolicy;
  std::cout << "policy " << file << " is valid\n";
  std::cout << "version: " << (loaded.policy.version().empty() ? "(none)" : loaded.policy.version())
            << "\n";
  std::cout << "categories:\n";
  for (size_t i = 0; i < kNumCategories; ++i) {
    const CategoryRuleView& r = engine->rule(static_cast<Category>(i));
    char buf[128];
    std::snprintf(buf, sizeof buf, "  %-13s %-5s (minimum confidence %s)\n",
                  std::string(CategoryId(static_cast<Category>(i))).c_str(),
                  std::string(ActionName(r.action)).c_str(),
                  std::string(ConfidenceName(r.min_confidence)).c_str());
    std::cout << buf;
  }
  const DataStats& s = engine->data_stats();
  std::cout << "business terms: " << s.business_terms << " terms, " << s.business_regexes
            << " regexes\n";
  std::cout << "allowlist: " << loaded.policy.allowlist().exact_size() << " exact, "
            << loaded.policy.allowlist().regex_size() << " regexes (global)\n";
  std::cout << "data files found: " << loaded.data_files.size() << "\n";
  for (const std::string& f : loaded.data_files) std::cout << "  " << f << "\n";
  std::cout << "entries: " << s.first_names << " first names, " << s.surnames << " surnames, "
            << s.street_names << " street names, " << s.postcodes << " postcodes, "
            << s.health_terms << " health terms, " << s.dictionary << " dictionary words, "
            << s.places << " places\n";
  for (const std::string& w : loaded.warnings) std::cout << "warning: " << w << "\n";
  return kExitOk;
}

}  // namespace

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
  if (cmd == "scan") return RunScan(argc - 2, argv + 2);
  if (cmd == "policy" && argc >= 3 && std::strcmp(argv[2], "check") == 0) {
    return RunPolicyCheck(argc - 3, argv + 3);
  }
  if (cmd == "policy" && argc >= 3 &&
      (std::strcmp(argv[2], "keygen") == 0 || std::strcmp(argv[2], "sign") == 0 ||
       std::strcmp(argv[2], "verify") == 0)) {
    return host::RunPolicySigningCommand(argc - 2, argv + 2);
  }
  if (cmd == "export") return exporter::RunExportCommand(argc - 2, argv + 2);
  std::cerr << "privacy-guard: unknown command '" << cmd << "'\n" << kUsage;
  return kExitUsage;
}

}  // namespace privacy_guard::cli
