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
  std::vector<Candidate>& v = *cands;
  v.erase(std::remove_if(v.begin(), v.end(), [](const Candidate& c) { return c.end <= c.start; }),
          v.end());
  std::sort(v.begin(), v.end(), [](const Candidate& a, const Candidate& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end > b.end;
    if (a.category != b.category) return a.category < b.category;
    return a.confidence < b.confidence;
  });
  // The kept candidates are v[0, kept), built in place (kept never passes
  // the candidate being read, so no second array: a large text has millions
  // of candidates). They never overlap and are sorted by start, so their
  // ends ascend too: those a new candidate overlaps are a run at the back
  // (those ending after it starts).
  size_t kept = 0;
  for (size_t r = 0; r < v.size(); ++r) {
    const Candidate c = v[r];
    bool add = true;
    while (kept > 0 && v[kept - 1].end > c.start) {
      if (!BetterCandidate(c, v[kept - 1])) {
        add = false;
        break;
      }
      --kept;
    }
    if (add) v[kept++] = c;
  }
  v.resize(kept);
  std::sort(v.begin(), v.end(), [](const Candidate& a, const Candidate& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end < b.end;
    return a.category < b.category;
  });
}

}  // namespace privacy_guard
