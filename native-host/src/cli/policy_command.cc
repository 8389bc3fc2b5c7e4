// `privacy-guard policy check | keygen | sign | verify`: validate a policy,
// and the Ed25519 keys and signatures for central policies (the host
// verifies them, host/policy_signing.h).
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/options.h"
#include "host/policy_signing.h"
#include "platform/platform.h"

namespace privacy_guard::cli {
namespace {

int Usage() {
  std::fputs(
      "usage: privacy-guard policy keygen OUTPREFIX\n"
      "       privacy-guard policy sign --key SECRETKEYFILE POLICY\n"
      "       privacy-guard policy verify --key PUBLICKEY|PUBFILE POLICY\n",
      stderr);
  return kExitUsage;
}

int Fail(const std::string& message) {
  std::fprintf(stderr, "privacy-guard: %s\n", message.c_str());
  return kExitPolicy;
}

int Keygen(const std::string& prefix) {
  std::string error, sk_b64, pk_b64;
  if (!host::GenerateKeyPair(&sk_b64, &pk_b64, &error)) return Fail(error);
  sk_b64 += "\n";
  bool exists = false;
  const bool ok = platform::CreateFilePrivate(prefix + ".key", sk_b64, &exists, &error);
  host::WipeSecret(&sk_b64);
  if (!ok) return Fail(exists ? prefix + ".key exists; not overwritten" : error);
  if (!platform::WriteFileAtomically(prefix + ".pub", pk_b64 + "\n", &error)) return Fail(error);
  std::printf("wrote %s.key (secret: keep it off the file share) and %s.pub\n"
              "add to privacy-guard.conf:\n  policy_public_key: \"%s\"\n",
              prefix.c_str(), prefix.c_str(), pk_b64.c_str());
  return 0;
}

int Sign(const std::string& key_file, const std::string& policy) {
  std::string error;
  std::optional<std::string> sk = platform::ReadWholeFile(key_file, &error);
  if (!sk) return Fail(error);
  std::optional<std::string> content = platform::ReadWholeFile(policy, &error);
  if (!content) return Fail(error);
  std::string sig = host::SignDetached(*content, *sk, &error);
  host::WipeSecret(&*sk);
  if (sig.empty()) return Fail(error);
  if (!platform::WriteFileAtomically(policy + ".sig", sig + "\n", &error)) return Fail(error);
  std::printf("wrote %s.sig\n", policy.c_str());
  return 0;
}

int Verify(const std::string& key, const std::string& policy) {
  std::string error;
  std::string pk = key;
  if (std::optional<std::string> from_file = platform::ReadWholeFile(key)) pk = *from_file;
  std::optional<std::string> content = platform::ReadWholeFile(policy, &error);
  if (!content) return Fail(error);
  std::optional<std::string> sig = platform::ReadWholeFile(policy + ".sig", &error);
  if (!sig) return Fail(error);
  if (!host::VerifyDetachedSignature(*content, *sig, pk, &error)) {
    std::fprintf(stderr, "privacy-guard: %s: %s\n", policy.c_str(), error.c_str());
    return kExitVerifyFailed;
  }
  std::printf("%s: signature OK\n", policy.c_str());
  return 0;
}

}  // namespace

int RunPolicySigningCommand(int argc, char** argv) {
  if (argc < 1) return Usage();
  const std::string cmd = argv[0];
  std::string error;
  if (cmd == "keygen") {
    std::vector<std::string> prefix;
    OptionParser parser("privacy-guard policy keygen");
    parser.Positional(&prefix, 1, 1);
    if (!parser.Parse(argc - 1, argv + 1, &error)) {
      std::fprintf(stderr, "%s\n", error.c_str());
      return Usage();
    }
    return Keygen(prefix[0]);
  }
  if (cmd == "sign" || cmd == "verify") {
    std::string key;
    std::vector<std::string> policy;
    OptionParser parser("privacy-guard policy " + cmd);
    parser.String("--key", &key).Positional(&policy, 1, 1);
    if (!parser.Parse(argc - 1, argv + 1, &error)) {
      std::fprintf(stderr, "%s\n", error.c_str());
      return Usage();
    }
    if (key.empty()) {
      std::fprintf(stderr, "privacy-guard policy %s: --key is required\n", cmd.c_str());
      return Usage();
    }
    return cmd == "sign" ? Sign(key, policy[0]) : Verify(key, policy[0]);
  }
  return Usage();
}

int RunPolicyCheckCommand(int argc, char** argv) {
  std::vector<std::string> files;
  LoadOptions load;
  std::string error;
  OptionParser parser("privacy-guard policy check");
  parser.String("--data", &load.data_dir).Positional(&files, 1, 1);
  if (!parser.Parse(argc, argv, &error)) {
    std::cerr << error << "\n" << "usage: privacy-guard policy check FILE [--data DIR]\n";
    return kExitUsage;
  }
  const std::string file = files[0];
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

}  // namespace privacy_guard::cli
