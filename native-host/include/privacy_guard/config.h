// Loading policies, host configuration and reference data from disk.
//
// This is the I/O layer shared by the CLI and the native-messaging host; the
// engine itself (engine.h) never touches files.
#ifndef PRIVACY_GUARD_CONFIG_H_
#define PRIVACY_GUARD_CONFIG_H_

#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "privacy_guard/engine.h"
#include "privacy_guard/policy.pb.h"

namespace privacy_guard {

// Parses a policy from `content`. The format is chosen by the first
// non-blank character: '{' = JSON, anything else = protobuf text format.
// On error returns false and sets *error to "<file>:<line>:<col>: <what>"
// (`file_label` is used as <file>). Unknown fields are errors.
bool ParsePolicy(const std::string& content, const std::string& file_label,
                 config::Policy* policy, std::string* error);

// Reads and parses the policy file at `path`.
bool LoadPolicyFile(const std::string& path, config::Policy* policy,
                    std::string* error);

// Reads and parses a HostConfig (protobuf text format) from `path`.
bool LoadHostConfigFile(const std::string& path, config::HostConfig* cfg,
                        std::string* error);

struct LoadOptions {
  // When non-empty, data files are looked up by their file name in this
  // folder instead of at the policy's paths (the CLI's --data DIR).
  std::string data_dir;
  // Extra business-term files (the CLI's --terms FILE).
  std::vector<std::string> extra_term_files;
  // Folder for derived data (the dictionary reduced to words that are also
  // names); unset = DefaultCacheDir(), "" = no cache.
  std::optional<std::string> cache_dir;
  // Reads the policy file and every data/term file (not the derived-data
  // cache): returns the bytes, or nullopt with *error "cannot read <path>:
  // <reason>". Unset = platform::ReadWholeFile. The host serves the policy
  // bytes it has verified from memory this way, and counts reads in tests.
  std::function<std::optional<std::string>(const std::string& path, std::string* error)>
      read_file;
};

// Where a value was written: file and 1-based line and column (0 = unknown).
struct SourceLocation {
  std::string file;
  int line = 0, column = 0;
};

// A policy plus everything it references, ready for Engine::Create.
struct LoadedPolicy {
  config::Policy policy;
  DataSets data;
  std::string source;  // the policy file's path, or "built-in default"
  // Where each field of a text-format policy was written, by field path
  // ("business_terms.regex[2]", "categories.cvr.allowlist.regex[0]"), for
  // error messages; empty for JSON policies.
  std::map<std::string, SourceLocation> field_locations;
  // data.term_files[k] came from this file and line.
  std::vector<SourceLocation> term_file_locations;
  std::vector<std::string> data_files;  // files read, for status reports
  // Optional files that could not be read (e.g. the dictionary); the
  // policy is usable without them.
  std::vector<std::string> warnings;
};

// Loads `policy_path` and the data/term files it references (resolved
// relative to the policy's folder, or in opts.data_dir). Returns false with
// *error naming the file (and line for parse errors) when the policy or any
// referenced file cannot be read.
bool LoadPolicyWithData(const std::string& policy_path, const LoadOptions& opts,
                        LoadedPolicy* out, std::string* error);

// A DatabaseCache in a folder: one file per compiled pattern database,
// written atomically (platform::WriteFileAtomically). Holds compiled policy
// patterns only, never text. Thread-compatible.
class FileDatabaseCache : public DatabaseCache {
 public:
  explicit FileDatabaseCache(std::string dir) : dir_(std::move(dir)) {}
  bool Load(const std::string& key, std::string* bytes) override;
  void Store(const std::string& key, const std::string& bytes) override;

 private:
  std::string dir_;
};

// The default cache folder: $PRIVACY_GUARD_CACHE_DIR if set ("off"
// disables caching: returns ""), else $XDG_CACHE_HOME/privacy-guard or
// ~/.cache/privacy-guard (Windows: %LOCALAPPDATA%\privacy-guard\cache).
std::string DefaultCacheDir();

// Builds an engine from a LoadedPolicy; nullptr with *error on failure:
// Engine::Create's error with the file, line and column of the field or
// term-file line at fault ("policy.txt:31:9: business_terms.regex[2]:
// '(' : missing )"). Compiled pattern databases are cached in `cache_dir`
// (default: DefaultCacheDir(); "" = no cache).
std::shared_ptr<const Engine> BuildEngine(const LoadedPolicy& loaded,
                                          std::string* error);
std::shared_ptr<const Engine> BuildEngine(const LoadedPolicy& loaded,
                                          const std::string& cache_dir,
                                          std::string* error);

// The default policy shipped with the executable: <exe dir>/../share/
// privacy-guard/default.policy when installed, else the source tree's
// rules/default.policy (compiled-in path). Empty if none exists.
std::string DefaultPolicyPath();

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_CONFIG_H_
