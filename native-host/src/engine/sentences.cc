#include "engine/sentences.h"

#include <algorithm>
#include <string_view>

#include "privacy_guard/rules/vocabulary.h"

namespace privacy_guard {
namespace {

// Abbreviations a '.' follows in Danish and English running text.
bool Abbreviation(std::string_view folded) {
  static constexpr std::string_view kAbbr[] = {
      "kl", "nr", "ca", "dvs", "evt", "bl", "fx", "f", "eks", "inkl", "ang", "vedr", "jf",
      "tlf", "st", "tv", "th", "mf", "mr", "mrs", "ms", "dr", "hr", "fr", "frk", "fru", "prof",
      "pkt", "stk", "mv", "osv", "etc", "mht", "pga", "iht", "ift", "afd", "adm", "vs", "no",
      "e", "g", "i", "ie", "cf", "approx", "dept", "tel", "mob", "reg", "kto", "mdr", "md",
      "dgl", "tbl", "mg", "ml", "ref", "j", "sep", "okt", "nov", "dec", "jan", "feb", "aug",
      // care notes: "Bgr. har ..." (borger)
      "bgr"};
  for (std::string_view a : kAbbr) {
    if (folded == a) return true;
  }
  return false;
}

bool InWords(std::string_view w, const vocabulary::Words& list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// True if the capitalised words that end at token `last` (a name, one
// space apart) follow one of the writer's tasks and a preposition:
// "referatet fra mødet med Mette Hansen", "svar til ...", "my meeting
// with ...". Not a conversation, interview or call ("Samtale med Hans
// Jensen: Jeg ..." is the citizen speaking), nor "fra"/"from" (a message
// from someone is theirs). Looks no further back than token `first`.
bool WritersTaskBeforeName(const Tokens& tk, std::string_view text, size_t first, size_t last) {
  size_t k = last;
  while (k > first && tk[k].Has(Token::kUpperInitial) && tk.Gap(text, k - 1) == " ") --k;
  if (k == last || k == first || !tk[k + 1].Has(Token::kUpperInitial) ||
      tk[k].Has(Token::kUpperInitial) || tk.Gap(text, k - 1) != " ") {
    return false;
  }
  return InWords(tk.folded(tk[k]), vocabulary::WritersTaskPrepositions()) &&
         InWords(tk.folded(tk[k - 1]), vocabulary::WritersTasks());
}

}  // namespace

void SplitSentences(const ScanContext& ctx, std::vector<Sentence>* out) {
  out->clear();
  const Tokens& tk = ctx.tokens();
  const std::string_view text = ctx.text();
  const size_t n = tk.size();
  if (n == 0) return;
  size_t paragraph = 0;
  auto begin = [&](size_t i, bool line_start) {
    Sentence s;
    s.first = i;
    s.start = tk[i].start;
    s.paragraph = paragraph;
    s.line_start = line_start;
    if (line_start) {
      // A bullet or dash before the first word of the line, or "1." / "2)".
      size_t ls, le;
      ctx.LineBounds(tk[i].start, &ls, &le);
      const std::string_view lead = text.substr(ls, tk[i].start - ls);
      s.list_item = lead.find_first_of("-*\xE2\x80\xA2") != std::string_view::npos;  // '•' starts E2 80
      if (!s.list_item && tk[i].Has(Token::kAllDigits) && i + 1 < n) {
        const std::string_view gap = tk.Gap(text, i);
        s.list_item = !gap.empty() && (gap[0] == '.' || gap[0] == ')');
      }
    }
    out->push_back(s);
  };
  // The piece begins at the text's start or after a blank line: a line start.
  begin(0, true);
  for (size_t i = 0; i + 1 < n; ++i) {
    const size_t a = tk[i].end, b = tk[i + 1].start;
    bool cut = false, line = false;
    if (ctx.LineBreakBetween(a, b)) {
      cut = line = true;
      if (ctx.ParagraphBreakBetween(a, b)) ++paragraph;
    } else {
      const std::string_view gap = text.substr(a, b - a);
      const size_t p = gap.find_first_of(".!?;");
      const size_t colon = gap.find(':');
      if (colon != std::string_view::npos && gap.find(' ', colon) != std::string_view::npos &&
          // no quote mark after the colon: ASCII, or a lead byte of “ „ ” « »
          gap.find_first_of("\"'\xE2\xC2", colon) == std::string_view::npos &&
          tk[i + 1].Has(Token::kUpperInitial) &&
          InWords(tk.folded(tk[i + 1]), vocabulary::WritersSubjects()) &&
          WritersTaskBeforeName(tk, text, out->back().first, i)) {
        // "Skriv referatet fra mødet med Mette Hansen: Jeg har ondt i
        // ryggen": the writer's own clause after a colon. A speaker's
        // turn is no such clause ("Sygeplejerske Lars Bøgh Madsen,
        // Hjemmeplejen Nord: Jeg ...", "Besked fra Mette Hansen: Jeg ..."),
        // nor a conversation's or a quote's ("Samtale med Hans Jensen: Jeg
        // har ondt i brystet").
        cut = true;
      } else if (p != std::string_view::npos && gap.find(' ', p) != std::string_view::npos) {
        cut = true;
        if (gap[p] == '.') {
          const bool lower_next = tk[i + 1].Has(Token::kAllLower);
          const bool initial = tk[i].Has(Token::kUpperInitial) && tk[i].fold_len <= 2;
          cut = !lower_next && !initial && !tk[i].Has(Token::kAllDigits) &&
                !Abbreviation(tk.folded(tk[i]));
        }
      }
    }
    if (cut) {
      out->back().end = i + 1;
      begin(i + 1, line);
    }
  }
  out->back().end = n;
}

size_t SentenceAt(const std::vector<Sentence>& sentences, size_t pos) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](size_t p, const Sentence& s) { return p < s.start; });
  return it == sentences.begin() ? sentences.size() : static_cast<size_t>(it - sentences.begin() - 1);
}

}  // namespace privacy_guard
