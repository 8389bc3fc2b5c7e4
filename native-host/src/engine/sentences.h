// Sentences and list items of the tokenised text, for detectors that link
// a finding to what stands near it (health needs its person in the same
// sentence or list item, or one that refers back to it).
#ifndef PRIVACY_GUARD_ENGINE_SENTENCES_H_
#define PRIVACY_GUARD_ENGINE_SENTENCES_H_

#include <cstddef>
#include <vector>

#include "engine/detector.h"

namespace privacy_guard {

struct Sentence {
  size_t first = 0, end = 0;   // tokens [first, end)
  size_t start = 0;            // normalised byte of its first token
  size_t paragraph = 0;        // paragraphs are separated by blank lines
  bool line_start = false;     // it begins a line of the original text
  bool list_item = false;      // that line begins with a bullet, dash or "1."
};

// Splits ctx.tokens() into sentences: a line break of the original text
// ends one (lines are list items, table rows, note lines), and so do ". ",
// "! ", "? " and "; " unless the '.' ends an abbreviation ("kl.", "f.eks.",
// "nr."), an initial ("J.") or a number ("14. december"), or the next word
// starts in lower case; and ": " before the writer's own clause ("Jeg",
// "Vi", "We") after a name that follows one of the writer's tasks ("...
// mødet med Mette Hansen: Jeg har ondt i ryggen"; not a speaker's turn,
// "Lars Bøgh Madsen: Jeg ...", a message, "Besked fra Mette Hansen: Jeg
// ...", a conversation, "Samtale med Hans Jensen: Jeg ...", or a quote
// after the colon). Reuses *out.
void SplitSentences(const ScanContext& ctx, std::vector<Sentence>* out);

// The index of the sentence that holds normalised byte `pos` (the last one
// starting at or before it), or sentences.size() if `pos` is before all.
size_t SentenceAt(const std::vector<Sentence>& sentences, size_t pos);

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_SENTENCES_H_
