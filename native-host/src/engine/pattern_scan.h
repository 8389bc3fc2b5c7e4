// The detectors' patterns in Hyperscan: building the databases and the
// scan over the normalised text.
//
// Patterns whose every match holds a digit (numbers) run with start-of-match
// tracking, but only in windows around the digits of the text: digit-free
// text costs almost nothing, and digit-dense text gets one pass.
// The other patterns (e-mail, business terms) run in two stages: stage 1
// finds where matches END over the whole text, without start-of-match
// tracking (fast); stage 2 finds the leftmost start of each match by
// scanning only the merged windows [end - max width, end] with the
// start-of-match database of the detector that matched (one per detector).
// Every match goes to its detector's OnMatch.
#ifndef PRIVACY_GUARD_ENGINE_PATTERN_SCAN_H_
#define PRIVACY_GUARD_ENGINE_PATTERN_SCAN_H_

#include <utility>
#include <vector>

#include "engine/detector.h"
#include "engine/pattern_db.h"

namespace privacy_guard {

class PatternDatabases {
 public:
  // Adds `detector`'s patterns (before Build).
  void Add(const Detector* detector, std::vector<Pattern> patterns);

  // Compiles (or loads from `cache`) the databases. False with *error
  // (kBadRegex naming the pattern's field) when a pattern does not compile.
  bool Build(DatabaseCache* cache, EngineError* error);

  // Lets `pool` serve these databases.
  bool PrepareScratch(ScratchPool* pool) const;

  bool empty() const { return patterns_.empty(); }

  // Runs every pattern over ctx.text() and calls the owners' OnMatch;
  // candidates go to *out. Returns HS_SUCCESS or Hyperscan's error.
  hs_error_t Scan(const ScanContext& ctx, hs_scratch_t* scratch, std::vector<Candidate>* out) const;

 private:
  struct Owned {
    const Detector* detector;
    Pattern pattern;
  };
  std::vector<Owned> patterns_;          // id = index
  std::vector<size_t> max_width_;        // per id: the stage-2 window
  std::vector<unsigned> group_;          // per id of db_: its index in som_dbs_
  size_t digit_reach_ = 0;               // max width of the digit patterns
  HsDatabase db_;                        // patterns whose matches need no digit
  HsDatabase digit_db_;                  // the others, with start of match
  std::vector<HsDatabase> som_dbs_;      // db_'s per detector, with start of match
};

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_PATTERN_SCAN_H_
