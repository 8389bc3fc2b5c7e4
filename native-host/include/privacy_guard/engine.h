// privacy-guard detection engine: text in, findings out.
//
// The engine performs no I/O. A front end (CLI, native-messaging host) loads
// the policy and the reference data (see config.h), builds an Engine once and
// calls Scan() for every text:
//
//   privacy_guard::Engine::CreateResult made = privacy_guard::Engine::Create(policy, data);
//   if (!made.ok()) { ...report made.error.ToString()... }
//   privacy_guard::ScanResult r = made.engine->Scan(text);
//
// Thread safety: an Engine is immutable after Create() and Scan() may be
// called concurrently from any number of threads (scratch space is pooled
// internally). Engines are neither copyable nor movable; hold them by
// std::shared_ptr and swap the pointer to change policy atomically.
#ifndef PRIVACY_GUARD_ENGINE_H_
#define PRIVACY_GUARD_ENGINE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "privacy_guard/types.h"

namespace privacy_guard {

namespace config {
class Policy;
}

// Reference data contents, already read from disk by the front end. Each
// vector holds whole files' contents (UTF-8, one entry per line). Empty
// vectors simply disable what depends on them. In the ranked lists
// (first_names, surnames) an empty entry separates two files, so the rank
// (position in frequency order) restarts there.
struct DataSets {
  std::vector<std::string> first_names;   // most frequent first
  std::vector<std::string> surnames;      // most frequent first
  std::vector<std::string> street_names;
  std::vector<std::string> postcodes;     // "NNNN<TAB>town" lines
  std::vector<std::string> health_terms;     // Danish terms
  std::vector<std::string> medicines;        // "name" or "name<TAB>ATC"
  std::vector<std::string> health_terms_en;  // English terms
  std::vector<std::string> health_ignore;    // never a health term alone
  std::vector<std::string> dictionary;    // ordinary words
  std::vector<std::string> places;        // place/institution names
  std::vector<std::string> common_words;  // words more often words than names
  std::vector<std::string> street_endings;
  // Extra business terms read from files (policy `business_terms.file` and
  // the CLI's --terms): one per line, '#' comments, "re:" prefix = regex.
  std::vector<std::string> term_files;
};

// Optional store for compiled pattern databases, so that a process start
// loads them (about a millisecond) instead of compiling them (about 100 ms).
// The key names the pattern set, the Hyperscan version and the CPU, so a
// stale entry is never used; a value that does not load is recompiled.
// config.h offers a file-based implementation (FileDatabaseCache).
class DatabaseCache {
 public:
  virtual ~DatabaseCache() = default;
  // Returns true and fills *bytes if `key` is stored.
  virtual bool Load(const std::string& key, std::string* bytes) = 0;
  // Stores `bytes` under `key`; failures are ignored (the cache is optional).
  virtual void Store(const std::string& key, const std::string& bytes) = 0;
};

// Why an engine could not be built.
struct EngineError {
  enum class Code {
    kNone = 0,
    kBadRegex,    // a policy or term-file regex Hyperscan refuses
    kBadData,     // a data list a detector cannot use
    kResources,   // Hyperscan could not allocate (scratch space)
  };
  Code code = Code::kNone;
  // What is at fault, as a policy field path or a data entry:
  // "business_terms.regex[2]", "categories.cvr.allowlist.regex[0]",
  // "allowlist.regex[1]", "term_files[7]" (the 8th line of all term files).
  std::string field;
  // Where it is written, when the caller knows (the engine sees parsed data
  // only; config.h's BuildEngine fills these in for policy files and term
  // files). line and column are 1-based; 0 = unknown.
  std::string file;
  int line = 0, column = 0;
  // One line in English: what is wrong ("missing )" from Hyperscan ...).
  std::string message;

  // "file:line:column: field: message", leaving out what is unknown.
  std::string ToString() const;
};

class Engine {
 public:
  struct CreateOptions {
    // Store for the compiled pattern databases (may be null); used during
    // Create() only.
    DatabaseCache* cache = nullptr;
    // Today's date as YYYYMMDD for date rules (a CPR birth date after it is
    // no CPR number); 0 = the system clock (UTC) at Create(). Tests inject
    // dates with it.
    int today = 0;
  };

  // An engine, or why there is none.
  struct CreateResult {
    std::unique_ptr<Engine> engine;  // null on error
    EngineError error;               // code kNone when engine is set
    bool ok() const { return engine != nullptr; }
  };

  // Builds an engine for `policy` and `data`. Fails (result.engine null,
  // result.error set) when a business-term regex or an allowlist regex does
  // not compile (kBadRegex, naming the field), when Hyperscan cannot
  // allocate scratch space (kResources), or when a detector cannot use its
  // data (kBadData). Cost: a few milliseconds plus the time to index `data`
  // (compiling the patterns takes about 100 ms when options.cache has no
  // copy).
  static CreateResult Create(const config::Policy& policy, const DataSets& data,
                             const CreateOptions& options);
  static CreateResult Create(const config::Policy& policy, const DataSets& data);

  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Scans `utf8` and returns the findings (sorted by start, non-overlapping
  // within a category) and the decision. Findings whose category action is
  // OFF or whose confidence is below the category's minimum are omitted.
  //
  // `utf8` must be valid UTF-8; if it is not, the result has ok == false and
  // an error message and no findings. Offsets in the result refer to the
  // original text (UTF-16 code units and UTF-8 bytes), never to the
  // normalised text the detectors see.
  ScanResult Scan(std::string_view utf8) const;

  // How Scan() may use threads and memory.
  struct ScanOptions {
    // Texts of at least this many bytes are split at paragraph breaks (blank
    // lines) into pieces whose word-based detectors (name, address, health)
    // run on their own threads; the result is the same as a scan on one
    // thread. Pieces are at least half this size.
    size_t parallel_min_bytes = 256 * 1024;
    // At most this many threads (the caller's included); 0 = the number of
    // processors, at most 4.
    unsigned max_threads = 0;
    // Texts larger than this are also split at paragraph breaks into pieces
    // of about this size (on one thread too), which the threads take in
    // turn: the word detectors' working memory (tokens and their tables,
    // several bytes per byte of text) then grows with the piece, not with
    // the text. The result is the same as a scan in one piece. 0 = no
    // limit.
    size_t max_piece_bytes = 1024 * 1024;
    // A piece still longer than this (a text without blank lines) is cut
    // further at line breaks, or failing those at spaces, into pieces of at
    // most half this size, so that memory stays bounded for any text. Unlike
    // the cuts above, these may change a finding that needs text across the
    // cut (a list's heading, an address over two lines); a list of one
    // record per line scans the same. 0 = never.
    size_t long_piece_bytes = 2 * 1024 * 1024;
    // False: Finding::masked is left empty, which saves masking every
    // finding for callers that show no previews.
    bool previews = true;
  };
  // Scan() with explicit options.
  ScanResult Scan(std::string_view utf8, const ScanOptions& options) const;

  // Receives the findings of a scan one at a time.
  class FindingSink {
   public:
    virtual ~FindingSink() = default;
    // Called once, before the first Add(), with the result's ok, decision
    // and counts final (its findings empty). Not called when the scan fails.
    virtual void Begin(const ScanResult& summary) = 0;
    // Called for every finding, in the order Scan() would list them.
    virtual void Add(const Finding& finding) = 0;
  };
  // Scan() that hands the findings to `sink` instead of storing them, so a
  // text with millions of findings needs no memory for the list: Begin(),
  // then Add() per finding, all on the calling thread before this returns.
  // Returns what Scan() returns, except that `findings` stays empty.
  ScanResult Scan(std::string_view utf8, const ScanOptions& options, FindingSink* sink) const;

  // Returns `utf8` with every finding of `result` (which must come from
  // Scan() of the same text) replaced by a readable placeholder such as
  // "[CPR-NUMMER]" or "[NAVN 1]". Equal values get the same placeholder.
  // Findings with action AUDIT are left in place.
  RedactResult Redact(std::string_view utf8, const ScanResult& result) const;

  // The effective rule of each category after defaults were applied.
  const CategoryRuleView& rule(Category c) const;

  // The policy's version string.
  const std::string& policy_version() const;

  // Counts of loaded reference entries, for status reports.
  const DataStats& data_stats() const;

 private:
  struct Impl;
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_H_
