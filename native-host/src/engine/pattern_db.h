// Hyperscan pattern databases and scratch spaces behind RAII handles, and
// their compilation (or loading from a DatabaseCache).
#ifndef PRIVACY_GUARD_ENGINE_PATTERN_DB_H_
#define PRIVACY_GUARD_ENGINE_PATTERN_DB_H_

#include <hs/hs.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "privacy_guard/engine.h"

namespace privacy_guard {

struct HsDatabaseFree {
  void operator()(hs_database_t* d) const noexcept { hs_free_database(d); }
};
using HsDatabase = std::unique_ptr<hs_database_t, HsDatabaseFree>;

struct HsScratchFree {
  void operator()(hs_scratch_t* s) const noexcept { hs_free_scratch(s); }
};
using HsScratch = std::unique_ptr<hs_scratch_t, HsScratchFree>;

// A set of expressions for one database. ids[i] is what a match of
// expressions[i] reports.
struct PatternSet {
  std::vector<std::string> expressions;
  std::vector<unsigned> flags;
  std::vector<unsigned> ids;
  size_t size() const { return expressions.size(); }
  void Add(std::string expression, unsigned flag, unsigned id) {
    expressions.push_back(std::move(expression));
    flags.push_back(flag);
    ids.push_back(id);
  }
};

// The cache key of `set`: a 128-bit hash (hex) of every expression with its
// flags and id, the Hyperscan version and the CPU. Sets that differ in any
// of these get different keys.
std::string PatternSetKey(const PatternSet& set);

// Compiles `set` in block mode, or loads it from `cache` (may be null) under
// PatternSetKey(set) and stores a fresh compile there. On a compile error
// returns null, sets *bad_index to the position in `set` of the expression
// at fault (or -1 when Hyperscan names none) and *message to Hyperscan's
// message. An empty set gives null without error (*bad_index = -1,
// message empty).
HsDatabase CompilePatternSet(const PatternSet& set, DatabaseCache* cache, int* bad_index,
                             std::string* message);

// Scratch spaces for a group of databases, pooled: Hyperscan scratch is one
// per concurrent scan. Thread-safe after Prepare().
class ScratchPool {
 public:
  // Grows the prototype scratch so it serves `db` too (call once per
  // database, before any Acquire). False when Hyperscan cannot allocate.
  bool Prepare(const hs_database_t* db);
  // A scratch for one scan (from the pool, or a clone of the prototype);
  // null only when allocation fails.
  HsScratch Acquire() const;
  void Release(HsScratch s) const;

 private:
  HsScratch proto_;
  mutable std::mutex mu_;
  mutable std::vector<HsScratch> pool_;
};

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_PATTERN_DB_H_
