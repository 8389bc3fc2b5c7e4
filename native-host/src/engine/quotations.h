// Quotations of the tokenised text, for detectors that read a quoted text in
// its own right (health reads an English letter quoted in a Danish request
// as English). No I/O, no detector state.
#ifndef PRIVACY_GUARD_ENGINE_QUOTATIONS_H_
#define PRIVACY_GUARD_ENGINE_QUOTATIONS_H_

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/tokens.h"

namespace privacy_guard {

// The bytes between an opening quotation mark (", « », “ ” „) and the mark
// that closes it. Marks are paired by the side of the word they touch: one
// opens before a word and closes after one („ always opens); nested
// quotations stand inside; a " after a digit is an inch mark (24" skærm)
// where no quotation is open or a word goes on right after it.
struct Quotation {
  size_t mark = 0;             // the opening mark's first byte
  size_t open = 0, close = 0;  // the quoted bytes [open, close); empty if never closed
  int parent = -1;             // the closed quotation it stands in, or -1
};

// True if `gap` (the text between two tokens) holds a quotation mark.
bool HasQuotationMark(std::string_view gap);

// The quotations of `text` around bytes [from, to): a window of 64 KB either
// side, and on to the mark that closes one still open (pairing by side mends
// itself after a start inside a quotation, so the pieces of a large text
// agree without each reading all of it). In the order they open, so a
// parent always comes before the quotations inside it.
void FindQuotations(std::string_view text, size_t from, size_t to, std::vector<Quotation>* out);

// For each token of `tk`, its innermost quotation: an index into
// `quotations` (FindQuotations' order), or -1. One sweep.
void InnermostQuotations(const Tokens& tk, const std::vector<Quotation>& quotations,
                         std::vector<int>* out);

// The tokens [first, last) that lie wholly within bytes [from, to) (tokens
// are in text order; two binary searches).
std::pair<size_t, size_t> TokensWithin(const Tokens& tk, size_t from, size_t to);

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_QUOTATIONS_H_
