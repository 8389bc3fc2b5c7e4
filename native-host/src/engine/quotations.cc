#include "engine/quotations.h"

#include <algorithm>
#include <cctype>

namespace privacy_guard {

namespace {

// The length in bytes of the quotation mark at text[i] (", « », “ ” „), or 0.
size_t QuotationMarkAt(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c == '"') return 1;
  if (c == 0xC2 && i + 1 < text.size()) {
    const unsigned char d = static_cast<unsigned char>(text[i + 1]);
    return d == 0xAB || d == 0xBB ? 2 : 0;
  }
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    const unsigned char d = static_cast<unsigned char>(text[i + 2]);
    return d == 0x9C || d == 0x9D || d == 0x9E ? 3 : 0;
  }
  return 0;
}

bool Space(unsigned char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// The first index in [lo, hi) for which `past` holds (it holds from some
// index on).
template <typename Past>
size_t FirstIndex(size_t lo, size_t hi, Past past) {
  while (lo < hi) {
    const size_t mid = lo + (hi - lo) / 2;
    if (past(mid)) hi = mid; else lo = mid + 1;
  }
  return lo;
}

}  // namespace

bool HasQuotationMark(std::string_view gap) {
  for (size_t i = 0; i < gap.size(); ++i) {
    if (QuotationMarkAt(gap, i) > 0) return true;
  }
  return false;
}

void FindQuotations(std::string_view text, size_t from, size_t to, std::vector<Quotation>* out) {
  out->clear();
  std::vector<int> open;  // the quotations open at this point, innermost last
  constexpr size_t kWindow = 64 * 1024;
  const size_t first = from > kWindow ? from - kWindow : 0;
  const size_t last = std::min(text.size(), to + kWindow);
  for (size_t i = first; i < last && (i < to || !open.empty()); ++i) {
    const size_t len = QuotationMarkAt(text, i);
    if (len == 0) continue;
    const unsigned char before = i == 0 ? ' ' : static_cast<unsigned char>(text[i - 1]);
    const unsigned char after = i + len < text.size() ? static_cast<unsigned char>(text[i + len]) : ' ';
    i += len - 1;
    // An inch mark: 24" skærm, 3"x5"; inside a quotation, before a space or
    // a stop, it closes: "… tlf. 87654321".
    if (len == 1 && before >= '0' && before <= '9' &&
        (open.empty() || std::isalpha(after) || after == '-' || after == 'x')) {
      continue;
    }
    const bool low = len == 3 && static_cast<unsigned char>(text[i]) == 0x9E;  // „
    const bool opens_side = Space(before) || before == '(' || before == '[';
    const bool closes_side = Space(after) || after == '.' || after == ',' || after == ';' ||
                             after == ':' || after == '!' || after == '?' || after == ')' ||
                             i + 1 >= text.size();
    // Between two words or two spaces: the other side of the last mark.
    const bool opens = low || (opens_side != closes_side ? opens_side : open.empty());
    if (opens) {
      Quotation q;
      q.mark = i + 1 - len;
      q.open = q.close = i + 1;  // empty until closed
      q.parent = open.empty() ? -1 : open.back();
      out->push_back(q);
      open.push_back(static_cast<int>(out->size() - 1));
    } else if (!open.empty()) {
      (*out)[open.back()].close = i + 1 - len;
      open.pop_back();
    }
  }
  // A quotation never closed holds nothing (a stray mark) and is no parent:
  // the quotations inside it hang from the one around it (parents come
  // first, so one step each).
  for (Quotation& q : *out) {
    if (q.parent >= 0 && (*out)[q.parent].close == (*out)[q.parent].open) q.parent = (*out)[q.parent].parent;
  }
}

void InnermostQuotations(const Tokens& tk, const std::vector<Quotation>& quotations,
                         std::vector<int>* out) {
  out->assign(tk.size(), -1);
  std::vector<int> inside;  // the quotations around the current token, innermost last
  size_t next = 0;
  for (size_t t = 0; t < tk.size(); ++t) {
    const size_t at = tk[t].start;
    while (!inside.empty() && quotations[inside.back()].close <= at) inside.pop_back();
    for (; next < quotations.size() && quotations[next].open <= at; ++next) {
      const Quotation& q = quotations[next];
      if (q.close <= at) continue;  // closed before this token, or never closed
      while (!inside.empty() && quotations[inside.back()].close <= q.open) inside.pop_back();
      inside.push_back(static_cast<int>(next));
    }
    (*out)[t] = inside.empty() ? -1 : inside.back();
  }
}

std::pair<size_t, size_t> TokensWithin(const Tokens& tk, size_t from, size_t to) {
  const size_t first = FirstIndex(0, tk.size(), [&](size_t i) { return tk[i].start >= from; });
  const size_t last = FirstIndex(first, tk.size(), [&](size_t i) { return tk[i].end > to; });
  return {first, last};
}

}  // namespace privacy_guard
