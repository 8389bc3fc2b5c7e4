#include "privacy_guard/config.h"

#include "platform/platform.h"
#include "privacy_guard/text.h"

#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/text_format.h>
#include <google/protobuf/util/json_util.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <future>
#include <optional>
#include <unordered_set>
#include <fstream>
#include <sstream>
#include <string_view>
#include <system_error>


namespace privacy_guard {
namespace fs = std::filesystem;

using platform::PathFromUtf8;
using platform::PathToUtf8;

namespace {

class CollectErrors : public google::protobuf::io::ErrorCollector {
 public:
  explicit CollectErrors(std::string label) : label_(std::move(label)) {}
  void AddError(int line, google::protobuf::io::ColumnNumber column,
                const std::string& message) override {
    if (first_.empty()) {
      first_ = label_ + ":" + std::to_string(line + 1) + ":" + std::to_string(column + 1) +
               ": " + message;
    }
  }
  void AddWarning(int, google::protobuf::io::ColumnNumber, const std::string&) override {}
  const std::string& first() const { return first_; }

 private:
  std::string label_;
  std::string first_;
};

// Splits file content into trimmed, non-empty lines; drops '#' comments
// when `comments` is set. `lines` (optional) gets each kept line's 1-based
// number.
void SplitLines(const std::string& content, bool comments, std::vector<std::string>* out,
                std::vector<int>* lines = nullptr) {
  std::string_view rest(content);
  int number = 0;
  out->reserve(out->size() + static_cast<size_t>(std::count(content.begin(), content.end(), '\n')) + 1);
  if (rest.size() >= 3 && rest.compare(0, 3, "\xEF\xBB\xBF") == 0) rest.remove_prefix(3);
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++number;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
      line.remove_suffix(1);
    }
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    if (line.empty()) continue;
    if (comments && line[0] == '#') continue;
    out->emplace_back(line);
    if (lines) lines->push_back(number);
  }
}

}  // namespace

namespace {

bool ReadFile(const std::string& path, std::string* out, std::string* error) {
  std::optional<std::string> content = platform::ReadWholeFile(path, error);
  if (!content) return false;
  *out = std::move(*content);
  return true;
}

// ReadFile through LoadOptions::read_file when it is set.
bool ReadFile(const LoadOptions& opts, const std::string& path, std::string* out,
              std::string* error) {
  if (!opts.read_file) return ReadFile(path, out, error);
  std::optional<std::string> content = opts.read_file(path, error);
  if (!content) return false;
  *out = std::move(*content);
  return true;
}

}  // namespace

namespace {

namespace pb = google::protobuf;

// Visits every set field of `msg` depth first: visit(msg, field, index,
// path, tree) with index -1 for a singular field, path as "a.b[2].c" and the
// field's parse-info tree (null when unknown). Stops, returning true, as
// soon as visit returns true.
template <typename Visit>
bool WalkFields(const pb::Message& msg, const pb::TextFormat::ParseInfoTree* tree,
                const std::string& prefix, const Visit& visit) {
  const pb::Reflection* refl = msg.GetReflection();
  std::vector<const pb::FieldDescriptor*> fields;
  refl->ListFields(msg, &fields);
  for (const pb::FieldDescriptor* f : fields) {
    const int n = f->is_repeated() ? refl->FieldSize(msg, f) : 1;
    for (int i = 0; i < n; ++i) {
      const int index = f->is_repeated() ? i : -1;
      const std::string path =
          prefix + f->name() + (f->is_repeated() ? "[" + std::to_string(i) + "]" : "");
      if (visit(msg, f, index, path, tree)) return true;
      if (f->cpp_type() == pb::FieldDescriptor::CPPTYPE_MESSAGE &&
          WalkFields(f->is_repeated() ? refl->GetRepeatedMessage(msg, f, i) : refl->GetMessage(msg, f),
                     tree ? tree->GetTreeForNested(f, index) : nullptr, path + ".", visit)) {
        return true;
      }
    }
  }
  return false;
}

// Records where every field of `msg` was written (ParseInfoTree), by path.
void RecordLocations(const pb::Message& msg, const pb::TextFormat::ParseInfoTree* tree,
                     const std::string& file, std::map<std::string, SourceLocation>* out) {
  WalkFields(msg, tree, "",
             [&](const pb::Message&, const pb::FieldDescriptor* f, int index, const std::string& path,
                 const pb::TextFormat::ParseInfoTree* t) {
               if (!t) return false;
               const pb::TextFormat::ParseLocation loc = t->GetLocation(f, index);
               if (loc.line >= 0) (*out)[path] = SourceLocation{file, loc.line + 1, loc.column + 1};
               return false;
             });
}

// The offset of the first byte of `s` that is not part of well-formed
// UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF), or npos.
size_t FirstInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    const size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                     : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return i;
    const unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    const unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
    const unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
    if (c1 < lo || c1 > hi) return i;
    for (size_t k = 2; k < n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    }
    i += n;
  }
  return std::string_view::npos;
}

// The first string field of `msg` (depth first) whose value is not UTF-8
// (text-format escapes such as "\377" make any bytes): sets *path (as
// RecordLocations names fields) and, when `tree` knows it, *where.
bool FindNonUtf8String(const pb::Message& msg, const pb::TextFormat::ParseInfoTree* tree,
                       std::string* path, pb::TextFormat::ParseLocation* where) {
  return WalkFields(msg, tree, "",
                    [&](const pb::Message& m, const pb::FieldDescriptor* f, int index,
                        const std::string& here, const pb::TextFormat::ParseInfoTree* t) {
                      if (f->type() != pb::FieldDescriptor::TYPE_STRING) return false;
                      const pb::Reflection* refl = m.GetReflection();
                      const std::string v = index >= 0 ? refl->GetRepeatedString(m, f, index)
                                                       : refl->GetString(m, f);
                      if (FirstInvalidUtf8(v) == std::string_view::npos) return false;
                      *path = here;
                      if (t) *where = t->GetLocation(f, index);
                      return true;
                    });
}

bool ParsePolicyAt(const std::string& content, const std::string& file_label,
                   config::Policy* policy, std::map<std::string, SourceLocation>* locations,
                   std::string* error) {
  // A policy is UTF-8 text. The JSON parser refuses other bytes, but the
  // text-format parser takes them into string fields (found by
  // policy_parser_fuzzer: version: "\xff\xfe" was accepted), from where they
  // would reach the status replies, audit records and the Purview export.
  if (const size_t bad = FirstInvalidUtf8(content); bad != std::string_view::npos) {
    const size_t nl = bad == 0 ? std::string::npos : content.rfind('\n', bad - 1);
    const size_t col = nl == std::string::npos ? bad + 1 : bad - nl;  // in bytes
    const auto line = 1 + std::count(content.begin(), content.begin() + static_cast<std::ptrdiff_t>(bad), '\n');
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(content[bad]));
    *error = file_label + ":" + std::to_string(line) + ":" + std::to_string(col) +
             ": not valid UTF-8 (byte " + hex + "); a policy must be UTF-8 text";
    return false;
  }
  size_t i = 0;
  while (i < content.size() && std::isspace(static_cast<unsigned char>(content[i]))) ++i;
  if (i < content.size() && content[i] == '{') {
    google::protobuf::util::JsonParseOptions opts;
    opts.ignore_unknown_fields = false;
    auto status = google::protobuf::util::JsonStringToMessage(content, policy, opts);
    if (!status.ok()) {
      *error = file_label + ": invalid JSON policy: " + std::string(status.message());
      return false;
    }
    std::string path;
    google::protobuf::TextFormat::ParseLocation unused;
    if (FindNonUtf8String(*policy, nullptr, &path, &unused)) {
      *error = file_label + ": " + path + ": not valid UTF-8 (check its escapes); a policy must be UTF-8 text";
      return false;
    }
    return true;
  }
  google::protobuf::TextFormat::Parser parser;
  CollectErrors errors(file_label);
  parser.RecordErrorsTo(&errors);
  google::protobuf::TextFormat::ParseInfoTree tree;
  parser.WriteLocationsTo(&tree);
  if (!parser.ParseFromString(content, policy)) {
    *error = errors.first().empty() ? file_label + ": invalid policy" : errors.first();
    return false;
  }
  // Escapes ("\377", "\xff") can still put bytes that are not UTF-8 into
  // a string (also found by policy_parser_fuzzer).
  std::string path;
  google::protobuf::TextFormat::ParseLocation where;
  if (FindNonUtf8String(*policy, &tree, &path, &where)) {
    *error = file_label + (where.line >= 0 ? ":" + std::to_string(where.line + 1) + ":" +
                                                 std::to_string(where.column + 1)
                                           : std::string()) +
             ": " + path + ": not valid UTF-8 (check its escapes); a policy must be UTF-8 text";
    return false;
  }
  if (locations) RecordLocations(*policy, &tree, file_label, locations);
  return true;
}

}  // namespace

bool ParsePolicy(const std::string& content, const std::string& file_label,
                 config::Policy* policy, std::string* error) {
  return ParsePolicyAt(content, file_label, policy, nullptr, error);
}

bool LoadPolicyFile(const std::string& path, config::Policy* policy, std::string* error) {
  std::string content;
  if (!ReadFile(path, &content, error)) return false;
  return ParsePolicy(content, path, policy, error);
}

bool LoadHostConfigFile(const std::string& path, config::HostConfig* cfg, std::string* error) {
  std::string content;
  if (!ReadFile(path, &content, error)) return false;
  google::protobuf::TextFormat::Parser parser;
  CollectErrors errors(path);
  parser.RecordErrorsTo(&errors);
  if (!parser.ParseFromString(content, cfg)) {
    *error = errors.first().empty() ? path + ": invalid host configuration" : errors.first();
    return false;
  }
  return true;
}

namespace {

// Size and modification time of a file, as text ("" if missing); one
// metadata request (the files may be on the policy share).
std::string FileStamp(const std::string& path) {
  const platform::FileStamp st = platform::StatFile(path);
  if (!st.exists) return "";
  return path + ":" + std::to_string(st.size) + ":" + std::to_string(st.mtime_ns) + ";";
}

}  // namespace

// The dictionary only tells which names are also ordinary words, so only
// its words that are names (or common words, places) are kept. Reading and
// reducing 300,000 words takes tens of milliseconds; the reduced list is
// cached (keyed by the files' paths, sizes and times) so that later starts
// read a few thousand words instead.
void LoadDictionary(const config::DataFiles& d,
                    const std::function<std::string(const std::string&)>& resolve,
                    const LoadOptions& opts, LoadedPolicy* out) {
  if (d.dictionary().empty()) return;
  std::vector<std::string> dict_paths;
  std::string stamp = "v1;";
  bool all_present = true;
  for (const std::string& p : d.dictionary()) {
    dict_paths.push_back(resolve(p));
    const std::string st = FileStamp(dict_paths.back());
    all_present &= !st.empty();
    stamp += st;
  }
  for (const auto* field : {&d.first_names(), &d.surnames(), &d.common_words(), &d.places()}) {
    for (const std::string& p : *field) stamp += FileStamp(resolve(p));
  }
  const std::string cache_dir = opts.cache_dir.value_or(DefaultCacheDir());
  const std::string cache_file =
      cache_dir.empty() || !all_present ? std::string()
                        : PathToUtf8(PathFromUtf8(cache_dir) /
                                     ("dict-" + std::to_string(std::hash<std::string>{}(stamp)) + ".txt"));
  std::string content, err;
  if (!cache_file.empty() && ReadFile(cache_file, &content, &err) &&
      content.compare(0, stamp.size() + 1, "#" + stamp) == 0) {
    SplitLines(content, true, &out->data.dictionary);
    for (const std::string& p : dict_paths) out->data_files.push_back(p);
    return;
  }
  std::unordered_set<std::string> names;
  for (const auto* list : {&out->data.first_names, &out->data.surnames, &out->data.common_words,
                           &out->data.places}) {
    for (const std::string& n : *list) {
      names.insert(FoldCase(n));
    }
  }
  std::string reduced = "#" + stamp + "\n";
  for (const std::string& path : dict_paths) {
    if (!ReadFile(opts, path, &content, &err)) {
      out->warnings.push_back("data.dictionary '" + path + "' not loaded: " + err);
      continue;
    }
    out->data_files.push_back(path);
    std::vector<std::string> words;
    SplitLines(content, false, &words);
    for (std::string& w : words) {
      if (names.count(w)) {
        reduced += w;
        reduced += '\n';
        out->data.dictionary.push_back(std::move(w));
      }
    }
  }
  if (!cache_file.empty()) {
    std::string ignored;  // the cache is optional
    platform::WriteFileAtomically(cache_file, reduced, &ignored);
  }
}

namespace {

void AddTermFile(const std::string& path, const std::string& content, LoadedPolicy* out) {
  std::vector<int> lines;
  SplitLines(content, true, &out->data.term_files, &lines);
  for (int line : lines) out->term_file_locations.push_back(SourceLocation{path, line, 0});
  out->data_files.push_back(path);
}

}  // namespace

bool LoadPolicyWithData(const std::string& policy_path, const LoadOptions& opts,
                        LoadedPolicy* out, std::string* error) {
  *out = LoadedPolicy();
  {
    std::string content;
    if (!ReadFile(opts, policy_path, &content, error) ||
        !ParsePolicyAt(content, policy_path, &out->policy, &out->field_locations, error)) {
      return false;
    }
  }
  out->source = policy_path;
  const fs::path base = PathFromUtf8(policy_path).parent_path();

  // Resolves a data path: --data DIR by file name first, else relative to
  // the policy file.
  auto resolve = [&](const std::string& p) -> std::string {
    if (!opts.data_dir.empty()) {
      fs::path candidate = PathFromUtf8(opts.data_dir) / PathFromUtf8(p).filename();
      std::error_code ec;
      if (fs::exists(candidate, ec)) return PathToUtf8(candidate);
    }
    fs::path fp = PathFromUtf8(p);
    return PathToUtf8(fp.is_absolute() ? fp : base / fp);
  };
  // Every data file is read first, in order, through the file layer (one
  // thread: LoadOptions::read_file need not be thread-safe); then the
  // large lists are split into lines on threads of their own (the full
  // name and street lists are most of a cold start's loading time).
  struct Field {
    const google::protobuf::RepeatedPtrField<std::string>* paths;
    const char* name;
    std::vector<std::string>* dest;
    bool ranked;  // an empty entry marks where the next file starts
    std::vector<std::string> contents;
  };
  const config::DataFiles& d = out->policy.data();
  DataSets& data = out->data;
  Field fields[] = {
      {&d.first_names(), "first_names", &data.first_names, true, {}},
      {&d.surnames(), "surnames", &data.surnames, true, {}},
      {&d.street_names(), "street_names", &data.street_names, false, {}},
      {&d.postcodes(), "postcodes", &data.postcodes, false, {}},
      {&d.health_terms(), "health_terms", &data.health_terms, false, {}},
      {&d.medicines(), "medicines", &data.medicines, false, {}},
      {&d.health_terms_en(), "health_terms_en", &data.health_terms_en, false, {}},
      {&d.health_ignore(), "health_ignore", &data.health_ignore, false, {}},
      {&d.places(), "places", &data.places, false, {}},
      {&d.common_words(), "common_words", &data.common_words, false, {}},
      {&d.street_endings(), "street_endings", &data.street_endings, false, {}},
  };
  for (Field& f : fields) {
    for (const std::string& p : *f.paths) {
      std::string path = resolve(p);
      std::string content, err;
      if (!ReadFile(opts, path, &content, &err)) {
        *error = policy_path + ": data." + f.name + " '" + p + "': " + err;
        return false;
      }
      f.contents.push_back(std::move(content));
      out->data_files.push_back(path);
    }
  }
  auto split = [](Field* f) {
    size_t lines = 2 * f->contents.size();  // a last line without '\n'; separators
    for (const std::string& c : f->contents) lines += static_cast<size_t>(std::count(c.begin(), c.end(), '\n'));
    f->dest->reserve(f->dest->size() + lines);
    for (const std::string& content : f->contents) {
      if (f->ranked && !f->dest->empty()) f->dest->push_back(std::string());
      SplitLines(content, true, f->dest);
    }
    f->contents.clear();
  };
  constexpr size_t kOwnThreadBytes = 256 * 1024;
  std::vector<std::future<void>> splitting;
  std::vector<Field*> here;
  for (Field& f : fields) {
    size_t bytes = 0;
    for (const std::string& c : f.contents) bytes += c.size();
    if (bytes >= kOwnThreadBytes) {
      try {
        splitting.push_back(std::async(std::launch::async, split, &f));
        continue;
      } catch (const std::system_error&) {
        // No thread to be had: split it here.
      }
    }
    here.push_back(&f);
  }
  for (Field* f : here) split(f);
  for (std::future<void>& s : splitting) s.get();
  LoadDictionary(d, resolve, opts, out);
  for (const std::string& p : out->policy.business_terms().file()) {
    std::string path = resolve(p), content, err;
    if (!ReadFile(opts, path, &content, &err)) {
      *error = policy_path + ": business_terms.file '" + p + "': " + err;
      return false;
    }
    AddTermFile(path, content, out);
  }
  for (const std::string& path : opts.extra_term_files) {
    std::string content;
    if (!ReadFile(opts, path, &content, error)) return false;
    AddTermFile(path, content, out);
  }
  return true;
}

bool FileDatabaseCache::Load(const std::string& key, std::string* bytes) {
  if (dir_.empty()) return false;
  std::string error;
  return ReadFile(PathToUtf8(PathFromUtf8(dir_) / PathFromUtf8(key + ".db")), bytes, &error);
}

void FileDatabaseCache::Store(const std::string& key, const std::string& bytes) {
  if (dir_.empty()) return;
  std::string ignored;  // the cache is optional
  platform::WriteFileAtomically(PathToUtf8(PathFromUtf8(dir_) / PathFromUtf8(key + ".db")), bytes,
                                &ignored);
}

#ifdef _WIN32
namespace {
// An environment variable as UTF-8. getenv() would give it in the ANSI code
// page, which garbles a profile folder such as C:\Users\Søren.
std::optional<std::string> EnvUtf8(const wchar_t* name) {
  const wchar_t* v = _wgetenv(name);
  if (!v) return std::nullopt;
  return PathToUtf8(fs::path(v));
}
}  // namespace
#endif

std::string DefaultCacheDir() {
#ifdef _WIN32
  if (std::optional<std::string> v = EnvUtf8(L"PRIVACY_GUARD_CACHE_DIR")) {
    return *v == "off" ? std::string() : *v;
  }
  if (std::optional<std::string> v = EnvUtf8(L"LOCALAPPDATA")) {
    return PathToUtf8(PathFromUtf8(*v) / "privacy-guard" / "cache");
  }
  return {};
#else
  if (const char* v = std::getenv("PRIVACY_GUARD_CACHE_DIR")) {
    return std::string(v) == "off" ? std::string() : std::string(v);
  }
  if (const char* v = std::getenv("XDG_CACHE_HOME"); v && *v) {
    return PathToUtf8(PathFromUtf8(v) / "privacy-guard");
  }
  if (const char* h = std::getenv("HOME"); h && *h) {
    return PathToUtf8(PathFromUtf8(h) / ".cache" / "privacy-guard");
  }
  return {};
#endif
}

std::shared_ptr<const Engine> BuildEngine(const LoadedPolicy& loaded, std::string* error) {
  return BuildEngine(loaded, DefaultCacheDir(), error);
}

std::shared_ptr<const Engine> BuildEngine(const LoadedPolicy& loaded, const std::string& cache_dir,
                                          std::string* error) {
  FileDatabaseCache cache(cache_dir);
  Engine::CreateOptions options;
  options.cache = cache_dir.empty() ? nullptr : &cache;
  Engine::CreateResult made = Engine::Create(loaded.policy, loaded.data, options);
  if (!made.ok()) {
    EngineError e = made.error;
    // Where the field was written: a term-file line, or the policy file.
    size_t k = 0;
    if (std::sscanf(e.field.c_str(), "term_files[%zu]", &k) == 1 &&
        k < loaded.term_file_locations.size()) {
      e.file = loaded.term_file_locations[k].file;
      e.line = loaded.term_file_locations[k].line;
    } else if (auto it = loaded.field_locations.find(e.field); it != loaded.field_locations.end()) {
      e.file = it->second.file;
      e.line = it->second.line;
      e.column = it->second.column;
    } else {
      e.file = loaded.source;
    }
    *error = e.ToString();
    return nullptr;
  }
  return std::shared_ptr<const Engine>(std::move(made.engine));
}

std::string DefaultPolicyPath() {
  std::error_code ec;
  const std::string exe_dir = platform::ExecutableDir(nullptr);
  const fs::path exe = exe_dir.empty() ? fs::path() : PathFromUtf8(exe_dir);
  if (!exe.empty()) {
    for (const fs::path& candidate :
         {exe / "default.policy", exe / ".." / "share" / "privacy-guard" / "default.policy"}) {
      if (fs::exists(candidate, ec)) return PathToUtf8(fs::weakly_canonical(candidate, ec));
    }
  }
#ifdef PG_SOURCE_RULES_DIR
  fs::path src = PathFromUtf8(PG_SOURCE_RULES_DIR) / "default.policy";
  if (fs::exists(src, ec)) return PathToUtf8(src);
#endif
  return {};
}

}  // namespace privacy_guard
