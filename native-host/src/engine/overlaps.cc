#include "engine/overlaps.h"

#include <algorithm>

namespace privacy_guard {

bool BetterCandidate(const Candidate& a, const Candidate& b) {
  if (a.confidence != b.confidence) return a.confidence > b.confidence;
  const size_t la = a.end - a.start, lb = b.end - b.start;
  if (la != lb) return la > lb;
  return a.category < b.category;
}

void ResolveOverlaps(std::vector<Candidate>* cands) {
  cands->erase(std::remove_if(cands->begin(), cands->end(),
                              [](const Candidate& c) { return c.end <= c.start; }),
               cands->end());
  std::sort(cands->begin(), cands->end(), [](const Candidate& a, const Candidate& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end > b.end;
    if (a.category != b.category) return a.category < b.category;
    return a.confidence < b.confidence;
  });
  // `kept` never holds two overlapping candidates and is sorted by start,
  // so its ends ascend too: the kept candidates a new one overlaps are a
  // run at the back (those ending after it starts).
  std::vector<Candidate> kept;
  kept.reserve(cands->size());
  for (const Candidate& c : *cands) {
    bool add = true;
    while (!kept.empty() && kept.back().end > c.start) {
      if (!BetterCandidate(c, kept.back())) {
        add = false;
        break;
      }
      kept.pop_back();
    }
    if (add) kept.push_back(c);
  }
  std::sort(kept.begin(), kept.end(), [](const Candidate& a, const Candidate& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end < b.end;
    return a.category < b.category;
  });
  *cands = std::move(kept);
}

}  // namespace privacy_guard
