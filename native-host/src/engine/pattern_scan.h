// The detectors' patterns in Hyperscan: building the databases and the
// two-stage scan over the normalised text.
//
// Stage 1 finds where matches END, without start-of-match tracking (fast):
// patterns whose every match holds a digit run only in windows around the
// digits of the text (digit-free text costs almost nothing), the others
// over the whole text. Stage 2 finds the leftmost start of each match by
// scanning only the merged windows [end - max width, end] with the
// start-of-match database, and hands each match to its detector's OnMatch.
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
  size_t digit_reach_ = 0;               // max width of the digit patterns
  HsDatabase db_;                        // patterns whose matches need no digit
  HsDatabase digit_db_;                  // patterns whose every match has a digit
  HsDatabase all_db_;                    // both, for digit-dense text
  HsDatabase som_db_;                    // all, with start of match
};

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_PATTERN_SCAN_H_
