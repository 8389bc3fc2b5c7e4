// Overlap resolution: of candidates that overlap (in any category), keep
// the best. Pure; no text, no policy.
#ifndef PRIVACY_GUARD_ENGINE_OVERLAPS_H_
#define PRIVACY_GUARD_ENGINE_OVERLAPS_H_

#include <vector>

#include "engine/detector.h"

namespace privacy_guard {

// True if `a` wins over the overlapping `b`: higher confidence, then the
// longer span, then the lower category.
bool BetterCandidate(const Candidate& a, const Candidate& b);

// Sorts *cands by a total order (start, longer first, category,
// confidence) and keeps the non-overlapping best: walking left to right,
// a candidate enters when it beats every kept candidate it overlaps (those
// leave); otherwise it is dropped. The result is sorted by start and no
// two overlap; it does not depend on the order of the input. Empty spans
// are dropped.
void ResolveOverlaps(std::vector<Candidate>* cands);

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_OVERLAPS_H_
