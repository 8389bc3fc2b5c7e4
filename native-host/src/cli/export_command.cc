// `privacy-guard export purview`: the policy as a Purview rule package.

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "export/purview_import_doc.h"
#include "export/purview_mapping.h"
#include "export/purview_xml.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "platform/platform.h"
#include "privacy_guard/config.h"

namespace privacy_guard::cli {

namespace purview = exporter::purview;
namespace {

namespace fs = std::filesystem;

constexpr int kExitError = kExitPolicy;

const char kUsage[] =
    "usage:\n"
    "  privacy-guard export purview [--policy FILE] [--data DIR] [--dictionary-budget CHARS]\n"
    "                               --out DIR\n"
    "      Write the policy as a Microsoft Purview rule package (custom sensitive\n"
    "      information types), keyword dictionaries and IMPORT.md into DIR.\n"
    "      --dictionary-budget: characters all keyword dictionaries may use\n"
    "      together (default 1000000, the tenant-wide limit).\n";

struct Options {
  std::string policy, out;
  LoadOptions load;
  purview::ExportOptions exp;
};

// Parses argv after "purview"; false (usage printed) on a bad argument.
bool ParseOptions(int argc, char** argv, Options* o) {
  std::string error;
  uint64_t budget = o->exp.dictionary_budget_chars;
  OptionParser parser("privacy-guard export purview");
  parser.String("--policy", &o->policy)
      .String("--data", &o->load.data_dir)
      .String("--out", &o->out)
      .Number("--dictionary-budget", 0, 100000000, &budget);
  if (!parser.Parse(argc - 1, argv + 1, &error)) {
    std::cerr << error << "\n" << kUsage;
    return false;
  }
  o->exp.dictionary_budget_chars = static_cast<size_t>(budget);
  if (o->out.empty()) {
    std::cerr << "privacy-guard export purview: --out DIR is required\n" << kUsage;
    return false;
  }
  return true;
}

// Writes `bytes` to `path` atomically; false with *error on failure.
bool WriteBytes(const fs::path& path, const std::string& bytes, std::string* error) {
  return platform::WriteFileAtomically(platform::PathToUtf8(path), bytes, error);
}

// Removes files of an earlier export that this one does not write again
// (only our own names: privacy-guard-rulepack*.xml, dictionaries/pg-*.txt).
void RemoveStale(const fs::path& out, const std::set<std::string>& written) {
  std::error_code ec;
  auto sweep = [&](const fs::path& dir, const std::string& prefix, const std::string& ext) {
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      const std::string name = platform::PathToUtf8(it->path().filename());
      if (name.rfind(prefix, 0) == 0 && it->path().extension() == ext &&
          !written.count(platform::PathToUtf8(it->path()))) {
        fs::remove(it->path(), ec);
      }
    }
  };
  sweep(out, "privacy-guard-rulepack", ".xml");
  sweep(out / "dictionaries", "pg-", ".txt");
}

int RunPurview(int argc, char** argv) {
  Options o;
  if (!ParseOptions(argc, argv, &o)) return kExitUsage;
  const std::string policy = o.policy.empty() ? DefaultPolicyPath() : o.policy;
  if (policy.empty()) {
    std::cerr << "privacy-guard export purview: no policy given and no default policy found; "
                 "use --policy FILE\n";
    return kExitError;
  }
  LoadedPolicy loaded;
  std::string error;
  if (!LoadPolicyWithData(policy, o.load, &loaded, &error)) {
    std::cerr << "privacy-guard export purview: policy error: " << error << "\n";
    return kExitError;
  }
  std::shared_ptr<const Engine> engine = BuildEngine(loaded, &error);
  if (!engine) {
    std::cerr << "privacy-guard export purview: policy error: " << error << "\n";
    return kExitError;
  }
  purview::PurviewExport ex;
  if (!purview::BuildPurviewExport(loaded, *engine, o.exp, &ex, &error)) {
    std::cerr << "privacy-guard export purview: " << error << "\n";
    return kExitError;
  }
  const fs::path out = platform::PathFromUtf8(o.out);
  std::error_code ec;
  fs::create_directories(out / "dictionaries", ec);
  if (ec) {
    std::cerr << "privacy-guard export purview: cannot create " << o.out << ": " << ec.message()
              << "\n";
    return kExitError;
  }
  std::set<std::string> written;
  auto write = [&](const fs::path& p, const std::string& bytes) {
    if (!WriteBytes(p, bytes, &error)) return false;
    written.insert(platform::PathToUtf8(p));
    std::cout << platform::PathToUtf8(p) << "\n";
    return true;
  };
  for (size_t i = 0; i < ex.packages.size(); ++i) {
    const std::string xml = purview::RenderRulePackageXml(ex.packages[i]);
    if (!write(out / purview::PackageFileName(i), purview::Utf16LeWithBom(xml))) break;
  }
  for (const purview::Dictionary& d : ex.dictionaries) {
    if (!error.empty()) break;
    write(out / "dictionaries" / d.file_name,
          purview::Utf16LeWithBom(purview::RenderDictionaryText(d)));
  }
  if (error.empty()) write(out / "IMPORT.md", purview::RenderImportMarkdown(ex, loaded.warnings));
  if (!error.empty()) {
    std::cerr << "privacy-guard export purview: " << error << "\n";
    return kExitError;
  }
  RemoveStale(out, written);
  for (const std::string& w : loaded.warnings) {
    std::cerr << "privacy-guard export purview: warning: " << w << "\n";
  }
  for (const std::string& w : ex.warnings) {
    std::cerr << "privacy-guard export purview: warning: " << w << "\n";
  }
  if (ex.packages.empty()) {
    std::cerr << "privacy-guard export purview: warning: every category is off or empty; "
                 "no rule package was written\n";
  }
  return kExitOk;
}

}  // namespace

int RunExportCommand(int argc, char** argv) {
  if (argc < 1 || argv[0] == nullptr || std::strcmp(argv[0], "-h") == 0 ||
      std::strcmp(argv[0], "--help") == 0) {
    std::cout << kUsage;
    return argc < 1 ? kExitUsage : kExitOk;
  }
  if (std::strcmp(argv[0], "purview") == 0) return RunPurview(argc, argv);
  std::cerr << "privacy-guard export: unknown format '" << argv[0] << "' (known: purview)\n"
            << kUsage;
  return kExitUsage;
}

}  // namespace privacy_guard::cli
