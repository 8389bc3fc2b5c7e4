// name: a person's full name.
//
// A name is a first name, optional middle names or initials ("J."), and a
// surname; hyphenated parts ("Bulwer-Hansen") count as one part. A title with
// a surname alone ("fru Jensen", "hr. Nielsen") is a name too. A lone first
// name is never reported: too many first names are ordinary words.
//
// Signals (per token, one hash look-up; tokens are case-folded with ICU):
//   first   - in the first-name lists (rank = line number, frequency order)
//   surname - in the surname list, or a patronymic ending in -sen that is not
//             an ordinary word ("Bødkersen")
//   word    - the lower-case form is an ordinary Danish word (dictionary)
//   common  - listed in common_words: more often a word than a name ("have",
//             "mark", "bo"), or a rare first name that is also a word
//   place   - a place or institution name ("Grenaa", "Djursland")
//
// Confidence, capitalised text ("Mette Hansen"):
//   high   - surname that is not an ordinary word (or -sen), or a strong
//            first name with any listed surname, or 3+ name parts
//   medium - weak first name + word-like surname away from a sentence start;
//            strong first name + unknown capitalised surname ("Piotr Nowak");
//            a title + surname ("fru Jensen")
//   none   - both parts are ordinary words at a sentence start ("Have Lund"),
//            the first part is a place, or the next word makes it an
//            institution or a street ("Aarhus Universitet", "Hans Tausens Gade")
// All lower case ("mette hansen", typed fast): the surname must be listed and
// not an ordinary word (or -sen), or the first name must not be a word at all;
// medium unless both are strong.
// Mixed case ("Mette hansen") is treated like lower case, and its surname
// must be no English function word ("Louise from payroll").
#include <algorithm>
#include <cctype>

#include "engine/detector.h"
#include "engine/lexicon.h"
#include "engine/per_thread.h"
#include "privacy_guard/rules/address.h"
#include "privacy_guard/rules/name.h"
#include "privacy_guard/rules/vocabulary.h"

namespace privacy_guard {

namespace rules::name {

const Definition& Rules() {
  static const Definition d = [] {
    Definition r;
    r.titles = &vocabulary::NameTitles();
    r.followers = &vocabulary::NameFollowers();
    r.public_roles = &vocabulary::PublicRoles();
    r.works = &vocabulary::PublishedWorks();
    return r;
  }();
  return d;
}

}  // namespace rules::name

namespace {

struct NameInfo {
  uint32_t first_rank = 0;    // 1-based; 0 = not a first name
  uint32_t surname_rank = 0;  // 1-based; 0 = not a listed surname
  bool word = false;          // an ordinary (lower-case) dictionary word
  bool common = false;        // more often a word than a name
  bool place = false;
  bool title = false;         // fru, hr., kære ...
  bool follower = false;      // institution or street word after a name
  bool follower_capitalised = false;  // ... only when capitalised ("Hus")
};

// A patronymic surname: "...sen" with at least two letters before.
bool EndsWithSen(std::string_view f) {
  const std::string& e = rules::name::Rules().patronymic_ending;
  return f.size() >= e.size() + 2 && f.compare(f.size() - e.size(), e.size(), e) == 0;
}

class NameDetector : public Detector {
 public:
  explicit NameDetector(const DataSets& data) {
    std::string folded;
    auto fold = [&](const std::string& s) -> std::string_view {
      folded.clear();
      AppendFolded(s, &folded);
      return folded;
    };
    // first_names may hold several files (women, men); rank restarts in
    // each, so ranks are per-file line numbers and the best one is kept.
    // An empty entry separates two files: ranks restart. Both lists are
    // folded into one batch first and loaded with UpsertAll (about
    // 120,000 keys with the full lists).
    KeyBatch keys;
    std::vector<uint32_t> ranks;  // per key: rank, surnames' with kSurnameBit
    constexpr uint32_t kSurnameBit = 0x80000000u;
    size_t bytes = 0;
    for (const auto* list : {&data.first_names, &data.surnames}) {
      for (const std::string& n : *list) bytes += n.size();
    }
    keys.Reserve(data.first_names.size() + data.surnames.size(), bytes + bytes / 8);
    ranks.reserve(data.first_names.size() + data.surnames.size());
    for (const auto* list : {&data.first_names, &data.surnames}) {
      const uint32_t bit = list == &data.surnames ? kSurnameBit : 0;
      uint32_t rank = 0;
      for (const std::string& n : *list) {
        if (n.empty()) {
          rank = 0;
          continue;
        }
        ++rank;
        if (!bit && n.find(' ') != std::string::npos) continue;
        AppendFolded(n, &keys.bytes());
        if (keys.End()) ranks.push_back(rank | bit);
      }
    }
    lex_.Reserve(keys.size() + 512, keys.size() == 0 ? 0 : bytes + bytes / 8);
    lex_.UpsertAll(keys, [&](size_t k, NameInfo& i) {
      const uint32_t rank = ranks[k] & ~kSurnameBit;
      uint32_t& best = (ranks[k] & kSurnameBit) ? i.surname_rank : i.first_rank;
      if (best == 0 || rank < best) best = rank;
    });
    for (const std::string& e : data.street_endings) {
      folded.clear();
      AppendFolded(e, &folded);
      if (!folded.empty()) street_endings_.push_back(folded);
    }
    for (const std::string& w : data.common_words) lex_.Upsert(fold(w)).common = true;
    for (const std::string& p : data.places) {
      // Multi-word places: every word is a place word ("Ørum Djurs").
      std::string_view f = fold(p);
      size_t start = 0;
      while (start < f.size()) {
        size_t sp = f.find(' ', start);
        if (sp == std::string_view::npos) sp = f.size();
        if (sp > start) lex_.Upsert(std::string(f.substr(start, sp - start))).place = true;
        start = sp + 1;
      }
    }
    for (const std::string& t : *rules_.titles) lex_.Upsert(t).title = true;
    for (const std::string& t : *rules_.followers) lex_.Upsert(t).follower = true;
    for (const std::string& t : vocabulary::NameFollowersCapitalised()) {
      NameInfo& e = lex_.Upsert(t);
      e.follower = true;
      e.follower_capitalised = true;
    }
    // Dictionary: only its lower-case entries are ordinary words, and only
    // words we already know as names matter.
    // Hundreds of thousands of look-ups into a table of several MB: hashes
    // are computed and their slots prefetched a few words ahead.
    const std::vector<std::string>& dict = data.dictionary;
    constexpr size_t kAhead = 8;
    std::vector<uint64_t> hashes(std::min(dict.size(), kAhead));
    for (size_t k = 0; k < hashes.size(); ++k) {
      hashes[k] = HashWord(dict[k]);
      lex_.Prefetch(hashes[k]);
    }
    for (size_t k = 0; k < dict.size(); ++k) {
      const uint64_t h = hashes[k % kAhead];
      if (k + kAhead < dict.size()) {
        hashes[k % kAhead] = HashWord(dict[k + kAhead]);
        lex_.Prefetch(hashes[k % kAhead]);
      }
      const std::string& w = dict[k];
      if (w.empty()) continue;
      unsigned char c = static_cast<unsigned char>(w[0]);
      if (c >= 'A' && c <= 'Z') continue;
      if (c >= 0xC3 && w.size() > 1) {
        unsigned char c2 = static_cast<unsigned char>(w[1]);
        if (c == 0xC3 && (c2 == 0x86 || c2 == 0x98 || c2 == 0x85)) continue;  // Æ Ø Å
      }
      if (const NameInfo* i = lex_.Find(w, h)) const_cast<NameInfo*>(i)->word = true;
    }
  }

  Category category() const override { return Category::kName; }
  bool uses_tokens() const override { return true; }

  void Scan(const ScanContext& ctx, std::vector<Candidate>* out) const override {
    const Tokens& tk = ctx.tokens();
    const size_t n = tk.size();
    if (n < 2) return;
    const size_t first_out = out->size();
    Tables().infos.assign(n, nullptr);
    Tables().possessive.assign(n, 0);
    // Lexicon slots loaded 16 tokens ahead, their keys and values 8 ahead
    // (Lexicon::Prefetch, PrefetchEntry).
    constexpr size_t kAhead = 16, kEntryAhead = 8;
    for (size_t i = 0; i < n && i < kAhead; ++i) lex_.Prefetch(tk[i].hash);
    for (size_t i = 0; i < n; ++i) {
      if (i + kAhead < n) lex_.Prefetch(tk[i + kAhead].hash);
      if (i + kEntryAhead < n) lex_.PrefetchEntry(tk[i + kEntryAhead].hash);
      const Token& t = tk[i];
      if (t.Has(Token::kHasDigit)) continue;
      std::string_view f = tk.folded(t);
      const NameInfo* info = lex_.Find(f, t.hash);
      if (!info && f.size() >= 4 && f.back() == 's') {  // "Hansens", "Tausens"
        info = lex_.Find(f.substr(0, f.size() - 1));
        Tables().possessive[i] = info != nullptr || EndsWithSen(f.substr(0, f.size() - 1));
      }
      Tables().infos[i] = info;
    }
    for (size_t i = 0; i < n;) {
      // Most tokens are unknown words that are neither capitalised initials
      // nor titles: skip them without a call.
      if (!Tables().infos[i] && (tk[i].end - tk[i].start > 2 || !tk[i].Has(Token::kUpperInitial))) {
        ++i;
        continue;
      }
      size_t next = TryAt(ctx, i, out);
      i = next > i ? next : i + 1;
    }
    LabelledNames(ctx, first_out, out);
    LowerPublicNames(ctx, first_out, out);
  }

  // A person's label and a colon, then two to four capitalised words the
  // lists may not know ("New employee: Priya Raman", "Chair: Hiroshi
  // Tanaka", "Account manager: Pieter van Dijk"): a name (medium). The words
  // must not be ordinary words, places, titles or institution words, and
  // the name ends at the line's end or at punctuation.
  void LabelledNames(const ScanContext& ctx, size_t first_out, std::vector<Candidate>* out) const {
    const Tokens& tk = ctx.tokens();
    const std::string_view text = ctx.text();
    const size_t n = tk.size();
    size_t found = first_out;                 // names found so far, sorted by start
    const size_t found_end = out->size();
    for (size_t i = 0; i + 2 < n; ++i) {
      const std::string_view gap = tk.Gap(text, i);
      // The name's words start at token i + 1 after a label and a colon
      // ("Chair: Hiroshi Tanaka"), after a relation word ("her daughter
      // Ananya Reddy", "rådgiver Line Mejlby"), or after a first name and
      // "og" ("Kasper og Line Lund": a couple that shares the surname).
      // A run of capitalised words with the person's own e-mail after it
      // ("Priya Raman (priya.raman@outlook.com)") starts at token i itself
      // (see below).
      // Every token is tried: the word lists are first asked by the token's
      // hash (a binary search over integers), and only a hit compares text.
      const std::string_view label = tk.folded(tk[i]);
      bool labelled = (gap == ": " || gap == ":  ") && InHashes(person_label_hashes_, tk[i].hash) &&
                      InSorted(sorted_.person_labels, label);
      labelled = labelled || (gap == " " && InHashes(relation_hashes_, tk[i].hash) &&
                              InSorted(sorted_.relation_words, label) &&
                              !ctx.LineBreakBetween(tk[i].end, tk[i + 1].start));
      // A writer who introduces herself: "I'm Becky Aldridge", "my name is
      // ...", "jeg hedder ...", "mit navn er ..." (two capitalised words or
      // more follow, as after a label).
      // (Every token comes here: the words first, the line break last.)
      if (!labelled && gap == " " && i > 0 &&
          label.size() <= 6 && (label[0] == 'i' || label[0] == 'a' || label[0] == 'm' || label[0] == 'e' ||
                                label[0] == 'h') &&
          (label == "is" || label == "am" || label == "m" || label == "er" || label == "hedder") &&
          !ctx.LineBreakBetween(tk[i].end, tk[i + 1].start)) {
        const std::string_view prev = tk.folded(tk[i - 1]);
        const std::string_view pg = tk.Gap(text, i - 1);
        // "I'm" and "I am" also say what one is ("I'm Very Happy"): only
        // before a first name the lists know.
        const bool am = (pg == " " && label == "am" && prev == "i") ||
                        ((pg == "'" || pg == "\u2019") && label == "m" && prev == "i");
        labelled = (pg == " " && ((label == "is" && prev == "name") || (label == "hedder" && prev == "jeg") ||
                                  (label == "er" && prev == "navn"))) ||
                   (am && Tables().infos[i + 1] && Tables().infos[i + 1]->first_rank > 0);
      }
      if (!labelled && gap == " " && i > 0 && (label == "og" || label == "and" || label == "&") &&
          tk.Gap(text, i - 1) == " " && tk[i - 1].Has(Token::kUpperInitial) && Tables().infos[i - 1] &&
          Tables().infos[i - 1]->first_rank > 0 && Tables().infos[i + 1] && Tables().infos[i + 1]->first_rank > 0 &&
          tk[i + 1].Has(Token::kUpperInitial)) {
        labelled = true;
      }
      size_t from = i + 1;
      // A run of two to four capitalised words right before a CPR number
      // in brackets is a person's name, whatever the lists know: "Priya
      // Raman (140504-4176)", "Aoife Byrne (0104167672)".
      // (Not from a sentence's first word: "Met Priya Raman (...)".)
      bool cpr_after = false;
      if (!labelled && tk[i].TitleCase()) {
        for (size_t k = i + 1; k < n && k <= i + 3 && !cpr_after; ++k) {
          cpr_after = CprRightAfter(text, tk[k].end);
        }
        // A sentence's or line's first word only if the lists know it as a
        // first name ("Frede Holmsgaard, 2208509392" opens a quote).
        if (cpr_after && (i == 0 || tk.Gap(text, i - 1).find_first_of(".!?:") != std::string_view::npos ||
                          ctx.LineBreakBetween(tk[i - 1].end, tk[i].start)) &&
            !(Tables().infos[i] && Tables().infos[i]->first_rank > 0)) {
          cpr_after = false;
        }
      }
      if (!labelled && tk[i].TitleCase() &&
          ((Tables().infos[i] && Tables().infos[i]->first_rank > 0) || cpr_after)) {
        from = i;  // perhaps a run confirmed by its e-mail
        // Not inside a name already found (most first names are).
        while (found < found_end && (*out)[found].end <= tk[i].start) ++found;
        if (found < found_end && (*out)[found].start <= tk[i].start) continue;
      } else if (!labelled) {
        continue;
      }
      size_t j = from, caps = 0, last = SIZE_MAX;
      for (; j < n && j < from + 5; ++j) {
        if (j > from) {
          const std::string_view g = tk.Gap(text, j - 1);
          if ((g != " " && g != "'" && g != "-" && g != "\u2019") || ctx.LineBreakBetween(tk[j - 1].end, tk[j].start)) {
            break;
          }
        }
        const Token& t = tk[j];
        if (t.Has(Token::kHasDigit)) break;
        if (t.TitleCase()) {
          const NameInfo* in = Tables().infos[j];
          const bool name_word = in && (in->first_rank > 0 || in->surname_rank > 0);
          if (in && !name_word && (in->word || in->common || in->place || in->title || in->follower)) break;
          if (in && name_word && (in->place || in->follower)) break;
          // An organisation's word ("Customer Service", "IT Support").
          if (!name_word && OrganisationWord(tk.folded(t))) break;
          ++caps;
          last = j;
        } else if (j + 1 < n && InList(rules_.name_particles, tk.folded(t)) && tk[j + 1].Has(Token::kUpperInitial)) {
          continue;  // "van", "de": inside the name
        } else {
          break;
        }
      }
      if (caps < 2 || last == SIZE_MAX) continue;
      // A thing named after the person: "Aase og Ejnar Danielsens Fond",
      // "rådgiver Line Mejlbys Mindelegat".
      // (A genitive before the follower; not a flattened form: "Patient:
      // Priya Raman Hospital: Regionshospitalet".)
      if (last + 1 < n && tk.Gap(text, last) == " " && Tables().infos[last + 1] && Tables().infos[last + 1]->follower &&
          tk[last + 1].Has(Token::kUpperInitial) && tk.folded(tk[last]).back() == 's' &&
          (last + 2 >= n || tk.Gap(text, last + 1).find(':') == std::string_view::npos)) {
        continue;
      }
      // A run confirmed by its e-mail starts with a first name the lists
      // know ("Hjemmesygeplejen Nord <sygepleje.nord@...>" is a unit).
      if (!labelled && !(cpr_after && CprRightAfter(text, tk[last].end)) && !OwnEmailAfter(text, tk, from, last)) {
        continue;
      }
      // A firm: "Arkitektfirmaet Lind", "Café Havblik", "Fjordvind Energi GmbH".
      bool firm = false;
      for (size_t k = from; k <= last + 1 && k < n && !firm; ++k) {
        const std::string_view w = tk.folded(tk[k]);
        firm = InList(rules_.firm_words, w);
        for (const std::string& e : rules_.firm_endings) firm = firm || (w.size() > e.size() && w.ends_with(e));
      }
      // A firm before its owner: "Fra: Rikkes Rengøring v/Rikke Hyldgaard";
      // a company form after the run, or ending it ("Lund I/S").
      if (firm || OwnerAfter(tk, text, last) || CompanyFormAround(tk, text, last) != SIZE_MAX) continue;
      const size_t start = tk[from].start, end = tk[last].end;
      // Not where a name was already found (those are sorted by start, and
      // labelled names come in text order, so one index walks them once).
      while (found < found_end && (*out)[found].end <= start) ++found;
      if (found < found_end && (*out)[found].start < end) continue;
      out->push_back(Candidate{Category::kName, start, end, Confidence::kMedium});
      i = last;
    }
    std::sort(out->begin() + static_cast<std::ptrdiff_t>(first_out), out->end(),
              [](const Candidate& a, const Candidate& b) { return a.start < b.start; });
  }

  // True if an e-mail address follows tokens [first, last] ("Priya Raman
  // (priya.raman@outlook.com)", "Anna Kowalczyk <anna.k@...>") whose local
  // part holds the first or the last word (folded, at least 3 letters).
  // True if a firm's owner follows token `last`: " v/" and a first name
  // the lists know ("Rikkes Rengøring v/Rikke Hyldgaard"; not "Anna Holm
  // v/ hjemmeplejen", a person at her workplace).
  // (Not after a surname the lists know: "Anna Holm v/Karen Holm (værge)"
  // is care of a guardian.)
  static bool OwnerAfter(const Tokens& tk, std::string_view text, size_t last) {
    if (text.compare(tk[last].end, 3, " v/") != 0 || last + 2 >= tk.size()) return false;
    const NameInfo* own = Tables().infos[last];
    if (own && own->surname_rank > 0) return false;
    const NameInfo* in = Tables().infos[last + 2];
    return tk[last + 2].Has(Token::kUpperInitial) && in && in->first_rank > 0;
  }

  // True if `text` at `pos` is " (" and a CPR-shaped number (DDMMYY, an
  // optional '-' or space, four digits) and ")".
  // Or ", " and the number, then no digit or dash: "Frede Holmsgaard,
  // 2208509392." (dev16).
  static bool CprRightAfter(std::string_view text, size_t pos) {
    if (pos + 2 >= text.size() || (text[pos] != ' ' && text[pos] != ',') ||
        text[pos + 1] != (text[pos] == ' ' ? '(' : ' ')) {
      return false;
    }
    const bool bracket = text[pos] == ' ';
    size_t p = pos + 2, digits = 0;
    for (; p < text.size() && digits < 10; ++p) {
      const char c = text[p];
      if (c >= '0' && c <= '9') {
        ++digits;
      } else if (!((c == '-' || c == ' ') && digits == 6)) {
        return false;
      }
    }
    if (digits != 10) return false;
    if (bracket) return p < text.size() && text[p] == ')';
    return p >= text.size() || !(text[p] == '-' || (text[p] >= '0' && text[p] <= '9'));
  }
  bool OwnEmailAfter(std::string_view text, const Tokens& tk, size_t first, size_t last) const {
    size_t p = tk[last].end;
    size_t skipped = 0;
    while (p < text.size() && skipped < 3 && (text[p] == ' ' || text[p] == '(' || text[p] == '<' || text[p] == ',')) {
      ++p;
      ++skipped;
    }
    if (skipped == 0) return false;
    size_t at = p;
    while (at < text.size() && at - p < 64 && text[at] != '@' && text[at] != ' ' && text[at] != '\n') ++at;
    if (at >= text.size() || text[at] != '@' || at == p) return false;
    std::string local;
    AppendFolded(text.substr(p, at - p), &local);
    for (const size_t k : {first, last}) {
      const std::string_view w = tk.folded(tk[k]);
      if (w.size() >= 3 && local.find(w) != std::string::npos) return true;
    }
    return false;
  }

  // A word of a function or unit (the e-mail detector's functional mailbox
  // words: "service", "support", "team", "finance").
  bool OrganisationWord(std::string_view w) const {
    return InSorted(sorted_.organisation_words, w);
  }

  // True if `w` is in `sorted` (one of sorted_'s lists).
  static bool InSorted(const std::vector<std::string>& sorted, std::string_view w) {
    return std::binary_search(sorted.begin(), sorted.end(), w,
                              [](std::string_view a, std::string_view b) { return a < b; });
  }
  static bool InList(const std::vector<std::string>& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
  }

  // True if tokens [f, k] for some k in (f, l] are a listed public figure
  // (vocabulary::PublicFigures), the last token possibly a genitive, and
  // no capitalised word of the name follows ("Mads Skjern ville have" is
  // one, "Martin Luther Jensen" is not).
  bool PublicFigureAt(const Tokens& tk, size_t f, size_t l) const {
    std::string key;
    for (size_t k = f; k <= l && k < tk.size(); ++k) {
      if (k > f) key += ' ';
      const std::string_view w = tk.folded(tk[k]);
      key += w;
      if (k == f) continue;
      const bool listed =
          InSorted(public_figures_, key) ||
          (w.size() > 2 && w.back() == 's' && InSorted(public_figures_, std::string_view(key).substr(0, key.size() - 1)));
      if (!listed) continue;
      bool more = false;
      for (size_t r = k + 1; r <= l && r < tk.size() && !more; ++r) more = tk[r].Has(Token::kUpperInitial);
      // A longer entry may still match: "Lars Løkke" is listed, and so is
      // "Lars Løkke Rasmussen".
      if (!more) return true;
    }
    return false;
  }
  // True if the text between tokens t and t + 1 ends a clause: one of
  // `stops` or a line break.
  static bool BreakAfter(const ScanContext& ctx, size_t t, std::string_view stops) {
    const Tokens& tk = ctx.tokens();
    return tk.Gap(ctx.text(), t).find_first_of(stops) != std::string_view::npos ||
           ctx.LineBreakBetween(tk[t].end, tk[t + 1].start);
  }
  // True if tokens [first, last] continue a list of names: every gap before
  // them is a space or a comma (with `apostrophes`, also after one:
  // "Gasolin', Kim Larsen"), and every token before `last` is capitalised
  // (a name the lists lack: "Helle Helle") or a list word ("og", "and").
  bool ListBetween(const ScanContext& ctx, size_t first, size_t last, bool apostrophes) const {
    const Tokens& tk = ctx.tokens();
    for (size_t t = first; t <= last; ++t) {
      const std::string_view gap = tk.Gap(ctx.text(), t - 1);
      if (gap != " " && gap != ", " && !(apostrophes && (gap == "' " || gap == "', "))) return false;
      if (t < last && !tk[t].Has(Token::kUpperInitial) && !InSorted(sorted_.list_links, tk.folded(tk[t]))) {
        return false;
      }
    }
    return true;
  }
  // True if a word of rules_.recent_words (or "i går", "sidste uge", "last
  // week" …) stands at token `from` or after it, in the same sentence.
  bool RecentAfter(const ScanContext& ctx, size_t from) const {
    const Tokens& tk = ctx.tokens();
    for (size_t t = from; t < tk.size() && t < from + 12; ++t) {
      if (t > from && BreakAfter(ctx, t - 1, ".!?;:")) break;
      const std::string_view w = tk.folded(tk[t]);
      const std::string_view before = t > from ? tk.folded(tk[t - 1]) : std::string_view();
      if (InSorted(sorted_.recent_words, w) || (before == "i" && InSorted(sorted_.recent_after_i, w)) ||
          ((before == "sidste" || before == "last" || before == "this") && InSorted(sorted_.recent_periods, w))) {
        return true;
      }
    }
    return false;
  }
  // True if `pred` holds for a token before token `f` in its sentence (at
  // most 40 tokens back, not across a line break).
  template <typename Pred>
  static bool SentenceHasBefore(const ScanContext& ctx, size_t f, Pred pred) {
    for (size_t t = f; t-- > 0 && t + 40 > f;) {
      if (BreakAfter(ctx, t, ".!?")) break;
      if (pred(t)) return true;
    }
    return false;
  }
  // True if token t is a year: four digits, 19xx or 20xx.
  static bool YearAt(const Tokens& tk, size_t t) {
    const std::string_view w = tk.folded(tk[t]);
    return w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) &&
           std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  // An entry of vocabulary::PublicFigures as PublicFigureAt() compares
  // it: folded, words split at anything that is no letter or digit, joined
  // by one space.
  static std::string FigureKey(std::string_view name) {
    std::string folded, key;
    AppendFolded(name, &folded);
    for (char c : folded) {
      const unsigned char u = static_cast<unsigned char>(c);
      if (u >= 0x80 || std::isalnum(u)) {
        key += c;
      } else if (!key.empty() && key.back() != ' ') {
        key += ' ';
      }
    }
    while (!key.empty() && key.back() == ' ') key.pop_back();
    return key;
  }
  static std::vector<std::string> FigureKeys() {
    std::vector<std::string> keys;
    for (const std::string& n : vocabulary::PublicFigures()) keys.push_back(FigureKey(n));
    std::sort(keys.begin(), keys.end());
    return keys;
  }

  // Names in a public role or cited for a work (rules/name.h) become low.
  void LowerPublicNames(const ScanContext& ctx, size_t from, std::vector<Candidate>* out) const {
    const Tokens& tk = ctx.tokens();
    const std::string_view text = ctx.text();
    // The rule lists, sorted once (sorted_): a few binary searches per name
    // found.
    auto in = [&](const std::vector<std::string>& sorted, size_t t) { return InSorted(sorted, tk.folded(tk[t])); };
    auto token_at = [&](size_t offset) {  // the token starting at `offset`
      size_t lo = 0, hi = tk.size();
      while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (tk[mid].start < offset) lo = mid + 1; else hi = mid;
      }
      return lo;
    };
    size_t last_public_end = SIZE_MAX;  // end token of the last lowered name
    for (size_t c = from; c < out->size(); ++c) {
      Candidate& cand = (*out)[c];
      if (cand.category != Category::kName || cand.confidence < Confidence::kMedium) continue;
      const size_t f = token_at(cand.start);
      size_t l = token_at(cand.end);
      if (f >= tk.size() || l == 0) continue;
      --l;  // the last token of the name
      // A well-known person by full name ("Karen Blixen", "Mette
      // Frederiksens nytårstale", "Mads Skjern ville have").
      // Not one a letter or a greeting is addressed to ("Kære ...", "Dear
      // ...").
      // Nor a namesake the sentence says something personal about: a verb
      // of having or being right after the name ("Mette Frederiksen har
      // diabetes", "Sophie Løhde har fået KOL"), or a place in a building
      // ("Karen Blixen fra 2. sal").
      // A character listed with a title ("Dr. Watson is fooled") is fiction
      // whatever the sentence says of him, unless addressed.
      const bool titled_figure = f > 0 && PublicFigureAt(tk, f - 1, l) &&
                                 !(f > 1 && InSorted(sorted_.addressee_words, tk.folded(tk[f - 2])));
      // Nor one a person's label and a colon names ("Borger: Christian
      // Eriksen, Skovvej 2").
      const bool person_field = f > 0 && tk.Gap(text, f - 1).starts_with(":") &&
                                InSorted(sorted_.person_labels, tk.folded(tk[f - 1]));
      // A past-tense verb cites history unless the sentence says when,
      // recently (rules_.past_verbs).
      const bool personal_verb =
          l + 1 < tk.size() && InSorted(sorted_.personal_verbs, tk.folded(tk[l + 1])) &&
          (!InSorted(sorted_.past_verbs, tk.folded(tk[l + 1])) || RecentAfter(ctx, l + 2));
      // "fra 2. sal" is a place in a building; "i 2023" is a year.
      const bool place_after = l + 2 < tk.size() && InSorted(sorted_.place_links, tk.folded(tk[l + 1])) &&
                               tk[l + 2].Has(Token::kHasDigit) && !YearAt(tk, l + 2);
      bool is_public = titled_figure ||
                       (PublicFigureAt(tk, f, l) && !person_field &&
                        !(f > 0 && InSorted(sorted_.addressee_words, tk.folded(tk[f - 1]))) &&
                        !(f > 0 && InSorted(sorted_.relation_words, tk.folded(tk[f - 1]))) &&
                        !personal_verb && !place_after);
      // A name in brackets right after a quoted title: a film's actor or a
      // book's author ("'The Father' (Anthony Hopkins)", dev13).
      if (!is_public && f > 0) {
        const std::string_view gap = tk.Gap(text, f - 1);
        // (Only the name in the brackets: "\"Afgørelse\" (Anna Holm, 8500
        // Grenaa)" is a letter's addressee.)
        const bool alone = l + 1 >= tk.size() || tk.Gap(text, l).starts_with(")");
        is_public = alone && gap.size() >= 3 && gap.ends_with(" (") &&
                    (gap.find_first_of("'\"") != std::string_view::npos || gap.find("\u201D") != std::string_view::npos ||
                     gap.find("\u2019") != std::string_view::npos || gap.find("\u00BB") != std::string_view::npos ||
                     gap.find("\u00AB") != std::string_view::npos) &&
                    SentenceHasBefore(ctx, f, [&](size_t t) {
                      return in(sorted_.works, t) || in(sorted_.example_works, t) ||
                             in(sorted_.attributive_works, t);
                    });
      }
      // A party letter in brackets in a sentence about politics: "Jan
      // Petersen (S)".
      if (!is_public && l + 1 < tk.size() && tk.Gap(text, l) == " (" &&
          tk.Gap(text, l + 1).starts_with(")")) {
        const std::string_view letter = text.substr(tk[l + 1].start, tk[l + 1].end - tk[l + 1].start);
        size_t next = 0;
        NextCodePoint(letter, 0, &next);
        is_public = tk[l + 1].Has(Token::kUpperInitial) && next == letter.size() &&
                    rules_.party_letters.find(letter) != std::string::npos &&
                    SentenceHasBefore(ctx, f, [&](size_t t) {
                      return in(sorted_.political_words, t);
                    });
      }
      if (!is_public && f > 0 && tk.Gap(text, f - 1) == " ") {
        // A listed role, or any minister ("indenrigs- og sundhedsminister
        // Sophie Løhde").
        const std::string_view role = tk.folded(tk[f - 1]);
        auto minister = [&](std::string_view m) {
          return role == m || (role.size() >= m.size() + 3 && role.ends_with(m) &&
                               !role.ends_with("administer") && !role.ends_with("administeren"));
        };
        is_public = in(sorted_.public_roles, f - 1) || minister("minister") || minister("ministeren") ||
                    (f > 1 && in(sorted_.work_links, f - 1) && in(sorted_.works, f - 2));
        // A quoted title, then "by"/"af": "\"Good to Great\" by Jim Collins".
        if (!is_public && f > 1 && in(sorted_.work_links, f - 1)) {
          const std::string_view before = tk.Gap(text, f - 2);
          is_public = before.find_first_of("\"'") != std::string_view::npos ||
                      before.find("\u201D") != std::string_view::npos || before.find("\u00BB") != std::string_view::npos;
        }
        // "Foreslå fem romaner ..., fx af Karen Blixen": an example after a
        // work earlier in the same sentence.
        if (!is_public && f > 2 && in(sorted_.work_links, f - 1) && in(sorted_.example_words, f - 2)) {
          // "f.eks." is the tokens "f" and "eks": the search starts before both.
          const size_t example = f > 3 && tk.folded(tk[f - 2]) == "eks" && tk.folded(tk[f - 3]) == "f"
                                     ? f - 3
                                     : f - 2;
          for (size_t t = example; t-- > 0 && t + rules_.example_reach > f;) {
            if (BreakAfter(ctx, t, ".!?:;")) break;
            if (in(sorted_.example_works, t)) {
              is_public = true;
              break;
            }
          }
        }
        // Examples of famous people: "kendte eksempler som Kim Larsen",
        // "famous people like ..." (a fame phrase right before "som"/"like"/
        // "such as", or one word between; dev17).
        if (!is_public && f > 2 && (tk.folded(tk[f - 1]) == "som" || tk.folded(tk[f - 1]) == "like" ||
                                    (tk.folded(tk[f - 1]) == "as" && tk.folded(tk[f - 2]) == "such"))) {
          const size_t before = tk.folded(tk[f - 1]) == "as" ? f - 2 : f - 1;
          for (size_t end = before; end > 0 && end + 2 >= before; --end) {
            // The phrase's words end at token end - 1.
            bool hit = false;
            for (const std::string& phrase : rules_.fame_phrases) {
              const size_t words = static_cast<size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
              if (end < words) continue;
              std::string joined;
              for (size_t t = end - words; t < end; ++t) {
                if (t > end - words) joined += ' ';
                joined += tk.folded(tk[t]);
              }
              hit = hit || joined == phrase;
            }
            if (hit) {
              is_public = true;
              break;
            }
            if (tk.Gap(text, end - 1).find_first_of(".!?:;") != std::string_view::npos) break;
          }
        }
        // "Marte Meo-metoden, udviklet af Maria Aarts", "a model developed by":
        // a work within four words before "udviklet/skrevet af".
        if (!is_public && f > 2 && in(sorted_.work_links, f - 1) && in(sorted_.work_verbs, f - 2)) {
          for (size_t t = f - 2; t-- > 0 && t + 6 > f;) {
            if (in(sorted_.works, t)) {
              is_public = true;
              break;
            }
          }
        }
      }
      // A genitive with a work right after it, in the same sentence: "Ross
      // Greenes model", "Kierkegaards filosofi"; with an apostrophe a few
      // words may come between ("Tom Kitwood's person-centred dementia care
      // model"). Not "Amir Abbas har PTSD. Hvilken metode ...".
      const std::string_view name = text.substr(cand.start, cand.end - cand.start);
      size_t after = l + 1;
      const bool apostrophe =
          after < tk.size() && tk.folded(tk[after]) == "s" &&
          (tk.Gap(text, l) == "'" || tk.Gap(text, l) == "\u2019");
      // A space after the -s, or a space and an opening quote ("Martin
      // Andersen Nexøs "Ditte Menneskebarn"").
      const std::string_view gap_after = after < tk.size() ? tk.Gap(text, l) : std::string_view();
      const bool genitive = apostrophe || Tables().possessive[l] ||
                            (!name.empty() && (name.back() == 's' || name.back() == 'S') &&
                             (gap_after == " " || OpeningQuote(gap_after)));
      if (!is_public && genitive) {
        if (apostrophe) ++after;
        const size_t reach = apostrophe ? rules_.work_reach : 2;
        // A title in quotes right after, capitalised: "Svend Brinkmanns 'Stå
        // fast'" (not scare quotes: "Mette Hansens 'forslag'").
        if (after < tk.size() && tk[after].Has(Token::kUpperInitial)) {
          const std::string_view gap = tk.Gap(text, after - 1);
          if (gap.find_first_of("'\"") != std::string_view::npos || gap.find("\u00AB") != std::string_view::npos ||
              gap.find("\u201C") != std::string_view::npos || gap.find("\u201D") != std::string_view::npos) {
            is_public = true;
          }
        }
        for (size_t t = after; !is_public && t < tk.size() && t < after + reach; ++t) {
          if (BreakAfter(ctx, t - 1, ".!?:;")) break;
          if (in(sorted_.works, t)) {
            is_public = true;
            break;
          }
        }
      }
      // A title in quotes right after a cited name: "Nexøs "Ditte Menneskebarn"".
      if (!is_public && last_public_end != SIZE_MAX && f == last_public_end + 1) {
        is_public = OpeningQuote(tk.Gap(text, f - 1));
      }
      // A list right after such a name: "Tove Ditlevsen, Helle Helle og Yahya Hassan".
      // Between them only capitalised words (a name the lists lack: "Helle
      // Helle"), list words, commas and spaces.
      if (!is_public && last_public_end != SIZE_MAX && f > last_public_end &&
          f <= last_public_end + 8) {
        is_public = ListBetween(ctx, last_public_end + 1, f, /*apostrophes=*/false);
      }
      // A work right after the name (rules_.attributive_works,
      // hyphen_works); the names of a list right before it go with it.
      bool attributive = false;
      if (!is_public && l + 1 < tk.size()) {
        const std::string_view gap = tk.Gap(text, l);
        const std::string_view next = tk.folded(tk[l + 1]);
        attributive = (gap == " " && !tk[l + 1].Has(Token::kUpperInitial) && InSorted(sorted_.attributive_works, next)) ||
                      (gap == "-" && InSorted(sorted_.hyphen_works, next));
        is_public = attributive;
      }
      if (is_public) {
        cand.confidence = Confidence::kLow;
        last_public_end = l;
      }
      if (attributive) {
        // Back over the list: between two names only capitalised words,
        // list words, commas, spaces and apostrophes ("Gasolin'").
        size_t next_first = f;
        for (size_t b = c; b-- > from;) {
          Candidate& prev = (*out)[b];
          if (prev.category != Category::kName || prev.end > cand.start) continue;
          const size_t pl = token_at(prev.end);
          if (pl == 0 || pl > next_first) break;
          if (!ListBetween(ctx, pl, next_first, /*apostrophes=*/true) || pl + 8 < next_first) break;
          prev.confidence = Confidence::kLow;
          next_first = token_at(prev.start);
        }
      }
    }
  }

  std::string Mask(std::string_view value) const override {
    // Initials: "Hans Erik Østergaard" -> "H. E. Ø."
    std::string out;
    bool at_start = true;
    for (size_t i = 0; i < value.size();) {
      size_t next;
      int32_t cp = NextCodePoint(value, i, &next);
      bool word = IsWordCodePoint(cp);
      if (word && at_start) {
        if (!out.empty()) out.push_back(' ');
        out.append(value.substr(i, next - i));
        out.push_back('.');
      }
      at_start = !word;
      i = next;
    }
    return out;
  }

 private:
  // "Birkevej", "Søndergade": a street, never part of a name.
  bool StreetLike(const Tokens& tk, size_t i) const {
    if (Listed(i)) return false;
    return rules::address::HasStreetEnding(tk.folded(tk[i]), street_endings_,
                                           rules::address::Rules().min_stem);
  }

  const NameInfo* Info(size_t i) const { return Tables().infos[i]; }
  bool First(size_t i) const { return Tables().infos[i] && Tables().infos[i]->first_rank > 0; }
  bool Listed(size_t i) const { return Tables().infos[i] && Tables().infos[i]->surname_rank > 0; }
  bool Word(size_t i) const { return Tables().infos[i] && Tables().infos[i]->word; }
  bool Common(size_t i) const { return Tables().infos[i] && Tables().infos[i]->common; }
  bool Place(size_t i) const { return Tables().infos[i] && Tables().infos[i]->place; }

  // A first name that is not mistaken for a word.
  bool StrongFirst(size_t i) const {
    const NameInfo* in = Tables().infos[i];
    return in && in->first_rank > 0 && !in->common &&
           !(in->word && in->first_rank > rules_.word_first_max_rank);
  }
  // A surname-like token: listed, or -sen and not a word.
  bool SenPattern(const Tokens& tk, size_t i) const {
    return EndsWithSen(tk.folded(tk[i])) && !Word(i) && !Common(i);
  }
  bool StrongSurname(const Tokens& tk, size_t i) const {
    if (Listed(i)) return !Word(i) && !Common(i);
    return SenPattern(tk, i);
  }
  // A capitalised token we know nothing about (possible foreign surname).
  bool Unknown(const Tokens& tk, size_t i) const {
    const Token& t = tk[i];
    return !Tables().infos[i] && t.TitleCase() &&
           t.fold_len >= 3 && !t.Has(Token::kHasDigit);
  }
  bool Initial(const Tokens& tk, std::string_view text, size_t i) const {
    const Token& t = tk[i];
    if (!t.Has(Token::kUpperInitial) || t.end - t.start > 2) return false;
    // one letter (1-2 bytes) followed by '.'
    size_t next;
    NextCodePoint(text, t.start, &next);
    return next == t.end && t.end < text.size() && text[t.end] == '.';
  }

  bool SentenceStart(const Tokens& tk, std::string_view text, size_t i) const {
    size_t from = i == 0 ? 0 : tk[i - 1].end;
    if (i == 0) {
      return true;
    }
    std::string_view gap = text.substr(from, tk[i].start - from);
    for (char c : gap) {
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\'' || c == '*' ||
          c == '#' || c == '>' || c == '(' || c == '-' || c == ';' || c == '[') {
        // An initial's period ("J. Hansen") is not a sentence end.
        if (c == '.' && i >= 1 && Initial(tk, text, i - 1)) continue;
        return true;
      }
    }
    return gap.find("  ") != std::string_view::npos;  // a line break (CRLF)
  }

  // Returns the index to continue from (> i when a name was emitted).
  size_t TryAt(const ScanContext& ctx, size_t i, std::vector<Candidate>* out) const {
    const Tokens& tk = ctx.tokens();
    const std::string_view text = ctx.text();
    const size_t n = tk.size();
    // Fast exit (Scan already skipped unknown tokens that are no initial):
    // a lower-case token can only start a name if it is a strong first name
    // (Accept's lower-case rules), which rules out the many function words
    // the full first-name lists contain ("en", "det").
    const NameInfo* in0 = Tables().infos[i];
    if (in0 && !in0->title && tk[i].Has(Token::kAllLower) && !StrongFirst(i)) return i + 1;

    // Title + surname: "fru Jensen", "hr. Nielsen", "Fru Dam". A title in
    // capitals before a word that is not is an acronym: "HR Partner", "MS.
    // She doesn't ..." (multiple sclerosis).
    if (Info(i) && Info(i)->title && i + 1 < n && tk[i].Has(Token::kAllUpper) &&
        !tk[i + 1].Has(Token::kAllUpper)) {
      return i + 1;
    }
    if (Info(i) && Info(i)->title && i + 1 < n) {
      std::string_view gap = tk.Gap(text, i);
      if (gap == " " || gap == ". " || gap == ".") {
        size_t j = i + 1;
        bool cap = tk[j].Has(Token::kUpperInitial);
        // "Dr. Alexandrines Vej", "Dr. Holms Plads": a street or an
        // institution named after a person.
        if (j + 1 < n && tk.Gap(text, j) == " " && Follower(tk, j + 1)) return j + 2;
        // A title before a first name and a surname that are both ordinary
        // words: "Mr. Per Storm", "fru Bo Lund" (the title makes it a name).
        if (cap && First(j) && j + 1 < n && tk.Gap(text, j) == " " &&
            tk[j + 1].Has(Token::kUpperInitial) && (Listed(j + 1) || SenPattern(tk, j + 1)) &&
            !Place(j + 1) && !StreetLike(tk, j + 1)) {
          out->push_back(Candidate{Category::kName, tk[j].start, tk[j + 1].end, Confidence::kHigh});
          return j + 2;
        }
        if (!First(j) || !(j + 1 < n && tk.Gap(text, j) == " " &&
                           (Listed(j + 1) || SenPattern(tk, j + 1)))) {
          if ((Listed(j) || SenPattern(tk, j) || (cap && Unknown(tk, j))) && !Place(j) &&
              (cap || StrongSurname(tk, j))) {
            out->push_back(Candidate{Category::kName, tk[j].start, tk[j].end,
                                     StrongSurname(tk, j) ? Confidence::kHigh : Confidence::kMedium});
            return j + 1;
          }
        }
      }
      return i + 1;
    }

    const bool initial_start = Initial(tk, text, i);
    if (!First(i) && !initial_start) return i + 1;
    const Token& t0 = tk[i];
    // A one-letter "first name" is only an initial ("J."); a short all-caps
    // token is an acronym ("IP-adressen", "EU"), unless the whole name is in
    // capitals ("METTE HANSEN").
    if (!initial_start && t0.fold_len < 2) return i + 1;
    if (t0.Has(Token::kAllUpper) && t0.fold_len <= 4 && i + 1 < n &&
        !tk[i + 1].Has(Token::kAllUpper)) {
      return i + 1;
    }
    const bool cap0 = t0.Has(Token::kUpperInitial);
    const bool lower0 = t0.Has(Token::kAllLower);
    if (!cap0 && !lower0) return i + 1;
    // A Danish royal title that is also a first name opens no name when a
    // royal's one first name follows (more often a first name than a
    // surname, and no surname after it): the name starts after it, in
    // that role ("Kong Hans Gade", "Prins Henrik", "Dronning Margrethes
    // Vej"; "Prince Okafor", "Kong Hansen", "Kong Hans Jensen" stay names).
    if (cap0 && i + 1 < n && tk.Gap(text, i) == " " && tk[i + 1].Has(Token::kUpperInitial) && First(i + 1) &&
        InSorted(sorted_.royal_titles, tk.folded(t0))) {
      const NameInfo* next = Info(i + 1);
      const bool first_more = next->surname_rank == 0 || next->first_rank < next->surname_rank;
      const bool surname_after = i + 2 < n && tk.Gap(text, i + 1) == " " && tk[i + 2].Has(Token::kUpperInitial) &&
                                 (Listed(i + 2) || SenPattern(tk, i + 2)) && !Follower(tk, i + 2);
      if (first_more && !surname_after) return i + 1;
    }

    // Collect name parts.
    size_t parts[6];
    size_t np = 0;
    parts[np++] = i;
    bool all_cap = cap0, all_lower = lower0;
    size_t j = i + 1;
    while (j < n && np < 6) {
      std::string_view gap = tk.Gap(text, j - 1);
      const bool after_initial = Initial(tk, text, j - 1);
      // "O'Connell", "D'Souza": one capital letter, an apostrophe and a
      // capitalised word are one surname.
      const bool apostrophe_name = (gap == "'" || gap == "\u2019") && tk[j - 1].fold_len == 1 &&
                                   tk[j - 1].Has(Token::kUpperInitial) && tk[j].Has(Token::kUpperInitial);
      if (after_initial) {
        if (gap != ". " && gap != ".") break;
      } else if (gap != " " && gap != "-" && !apostrophe_name) {
        break;
      }
      // A name ends at a line break and at a table's cell edge (a tab).
      if (ctx.LineBreakBetween(tk[j - 1].end, tk[j].start) || ctx.TabBetween(tk[j - 1].end, tk[j].start)) break;
      const Token& t = tk[j];
      if (t.Has(Token::kHasDigit) || StreetLike(tk, j)) break;
      // "Jan-Oct": a range of months, not a double name.
      if (gap == "-" && std::find(rules_.month_abbreviations.begin(), rules_.month_abbreviations.end(),
                                  tk.folded(t)) != rules_.month_abbreviations.end()) {
        break;
      }
      const bool cap = t.Has(Token::kUpperInitial);
      const bool lower = t.Has(Token::kAllLower);
      // After two capitalised parts a lower-case word is the sentence's:
      // "Poul Berg skriver" ("Skriver" is also a surname).
      if (np >= 2 && all_cap && lower) break;
      // The "O" of "O'Connell" (whatever the lists say of "o").
      const bool apostrophe_head = t.fold_len == 1 && cap && j + 1 < n &&
                                   (tk.Gap(text, j) == "'" || tk.Gap(text, j) == "\u2019") &&
                                   tk[j + 1].Has(Token::kUpperInitial);
      if (Initial(tk, text, j)) {
        if (!all_cap) break;
      } else if (apostrophe_head || apostrophe_name) {
        // part of the surname
      } else if (!(First(j) || Listed(j) || SenPattern(tk, j) ||
                   (cap && all_cap && (gap == "-" || Unknown(tk, j))))) {
        break;
      } else if (Info(j) && (Info(j)->title || Info(j)->follower) && !Listed(j)) {
        break;
      }
      // An unknown word before a number after a name is a medicine and its
      // dose, not a third name part: "Inga Schou Risperidon 0,5 mg PN"
      // (dev16's medicine lists).
      if (np >= 2 && !Listed(j) && !SenPattern(tk, j) && j + 1 < n && tk.Gap(text, j) == " " &&
          tk[j + 1].Has(Token::kHasDigit)) {
        break;
      }
      all_cap &= cap;
      all_lower &= lower;
      parts[np++] = j;
      ++j;
      // A possessive ends a name: "Hansens datter", "Hans Tausens Gade".
      if (Tables().possessive[j - 1]) break;
    }
    if (np < 2) return i + 1;

    // The longest prefix that ends in an acceptable surname.
    for (size_t k = np - 1; k >= 1; --k) {
      const size_t last = parts[k];
      if (Initial(tk, text, last)) continue;
      Confidence conf;
      if (!Accept(ctx, parts, k, IsCapRun(tk, parts, k), IsLowerRun(tk, parts, k), &conf)) {
        continue;
      }
      // Compass points only: a heading or a region ("North South East West").
      if (std::all_of(parts, parts + k + 1,
                      [&](size_t p) { return InSorted(sorted_.directions, tk.folded(tk[p])); })) {
        return last + 1;
      }
      // The next word must not make it an institution or a street.
      if (last + 1 < n) {
        std::string_view gap = tk.Gap(text, last);
        // A compound named after a person: "Per Kirkeby-udstillingen",
        // "Blicher-prisen" (a hyphen and a lower-case word).
        if (gap == "-" && tk[last + 1].Has(Token::kAllLower)) return last + 2;
        // A firm: "Carl Hansen & Søn", "Peter Jensen & Sønner", "Holm & Co."
        // (dev16); a firm before its owner: "Rikkes Rengøring v/Rikke
        // Hyldgaard" (dev17).
        if (gap == " & ") {
          const std::string_view w = tk.folded(tk[last + 1]);
          if (w == "søn" || w == "sønner" || w == "co" || w == "son" || w == "sons") return last + 2;
        }
        if (OwnerAfter(tk, text, last)) return last + 1;
        // A company form split by its slash: "Hans Jensen A/S", "Holm og
        // Lund I/S" (where the form's letter would end the run: "Lund I");
        // go on after the run, or after the form that ends it.
        if (const size_t form = CompanyFormAround(tk, text, last); form != SIZE_MAX) {
          return form == last ? last + 2 : last + 1;
        }
        // A possessive before a follower is a street or an institution even
        // when the follower is also a surname: "Niels Juels Gade".
        // A tab ends a table cell: "Karen Bech<TAB>Birkevej 4" is a name and
        // then an address.
        if ((gap == " " || gap == "-") && !ctx.LineBreakBetween(tk[last].end, tk[last + 1].start) &&
            !ctx.TabBetween(tk[last].end, tk[last + 1].start) &&
            ((Follower(tk, last + 1) && (!Listed(last + 1) || Tables().possessive[last])) ||
             // A street is written with a capital ("Hansens Ager"); a verb
             // after a name is not ("Anne Hansen modtager", "deltager"). A
             // name not in the genitive before a street and its house number
             // is a person and her address: "Frode Jakobsen Jernbanegade 6".
             (StreetLike(tk, last + 1) && !tk[last + 1].Has(Token::kAllLower) &&
              (Tables().possessive[last] || !(last + 2 < n && tk.Gap(text, last + 1) == " " &&
                                               tk[last + 2].Has(Token::kAllDigits)))))) {
          return last + 1;
        }
      }
      out->push_back(Candidate{Category::kName, tk[parts[0]].start, tk[last].end, conf});
      return last + 1;
    }
    return i + 1;
  }

  static bool IsCapRun(const Tokens& tk, const size_t* parts, size_t k) {
    for (size_t p = 0; p <= k; ++p) {
      if (!tk[parts[p]].Has(Token::kUpperInitial)) return false;
    }
    return true;
  }
  static bool IsLowerRun(const Tokens& tk, const size_t* parts, size_t k) {
    for (size_t p = 0; p <= k; ++p) {
      if (!tk[parts[p]].Has(Token::kAllLower)) return false;
    }
    return true;
  }

  // True if one of rules.english_words stands within three words before
  // token f or after token l.
  bool EnglishAround(const Tokens& tk, size_t f, size_t l) const {
    auto fw = [&](size_t i) {
      return std::find(rules_.english_words.begin(), rules_.english_words.end(), tk.folded(tk[i])) !=
             rules_.english_words.end();
    };
    for (size_t i = f; i-- > 0 && i + 3 >= f;) {
      if (fw(i)) return true;
    }
    for (size_t i = l + 1; i < tk.size() && i <= l + 3; ++i) {
      if (fw(i)) return true;
    }
    return false;
  }

  bool Accept(const ScanContext& ctx, const size_t* parts, size_t k, bool cap, bool lower,
              Confidence* conf) const {
    const Tokens& tk = ctx.tokens();
    const std::string_view text = ctx.text();
    const size_t f = parts[0];
    const size_t l = parts[k];
    const bool initial_first = Initial(tk, text, f);
    if (Place(f) && !StrongSurname(tk, l)) return false;
    // Lower-case first word, capitalised surname: "i Aarhus", "til Randers".
    if (!cap && !initial_first && tk[f].Has(Token::kAllLower) && !lower) return false;
    const uint32_t frank = Info(f) ? Info(f)->first_rank : 0;
    if (Listed(l) || SenPattern(tk, l)) {
      // Known surname.
      const bool strong_sur = StrongSurname(tk, l);
      const bool strong_first = initial_first ? false : StrongFirst(f);
      if (cap) {
        if (initial_first) {
          *conf = strong_sur ? Confidence::kMedium : Confidence::kLow;
          return strong_sur;
        }
        if (strong_sur || strong_first || k >= 2) {
          *conf = Confidence::kHigh;
          return true;
        }
        // Both parts are ordinary words ("Bo Lund", "Have Holm").
        if (SentenceStart(tk, text, f)) return false;
        *conf = Confidence::kMedium;
        return !Common(f) || !Common(l);
      }
      // Lower or mixed case; two-letter words are not names here.
      if (initial_first) return false;
      if (tk[l].fold_len < 3 || tk[f].fold_len < 3) return false;
      // A lower-case English word is no part of a name typed in lower case
      // or after a capital first name: "Louise from payroll", "when you
      // come back", "came to post", "How are things" ("Mette holm" is a
      // name). Every lower-case part is checked, the middle ones too.
      for (size_t p = lower ? 0 : 1; p <= k; ++p) {
        if (std::find(rules_.function_words.begin(), rules_.function_words.end(),
                      tk.folded(tk[parts[p]])) != rules_.function_words.end()) {
          return false;
        }
      }
      // A rare first name before a lower-case surname among English words
      // is mostly an English word, typed in lower case or capitalised at a
      // sentence start ("that vibe, with food trucks", "many things cost
      // more than"); in a Danish sentence it is a name ("semhar abdi om
      // hendes diabetes"). (Three words away from an English marker it is
      // not caught: "Are things going well?" with the full lists.)
      // A common surname keeps the name ("call nadiia hansen"), unless it
      // is an ordinary word too ("lice have nothing to do with", "many of
      // them have dementia").
      if (frank > rules_.lower_first_max_rank && EnglishAround(tk, f, l) &&
          !(Info(l) && Info(l)->surname_rank > 0 && Info(l)->surname_rank <= rules_.lower_first_max_rank &&
            !Word(l) && !Common(l))) {
        return false;
      }
      if (strong_sur && Listed(l) && !Common(f)) {
        *conf = strong_first ? Confidence::kHigh : Confidence::kMedium;
        return true;
      }
      if (strong_sur && strong_first) {  // "-sen" not in the list
        *conf = Confidence::kMedium;
        return true;
      }
      // A first name that is no word at all ("lise", "birthe") makes even a
      // word-like listed surname a name: "lise holm", "birthe skov".
      if ((!Word(f) || frank <= rules_.lower_word_first_max_rank) && !Common(f) && First(f) &&
          Listed(l)) {
        *conf = Confidence::kMedium;
        return true;
      }
      return false;
    }
    // Unknown capitalised surname ("Piotr Nowak", "Fatima Al-Masri"): only
    // after a reasonably common first name ("Arla Foods", "Novo Nordisk"
    // start with names that are rare in Denmark).
    if (cap && Unknown(tk, l) && !initial_first && StrongFirst(f) && !Word(l) &&
        frank <= rules_.unknown_surname_first_max_rank) {
      *conf = Confidence::kMedium;
      return !SentenceStart(tk, text, f) || frank <= rules_.unknown_surname_sentence_start_max_rank;
    }
    // A first name that is also a common word ("Hans", "Per", "Kim")
    // before an unknown capitalised surname, after a title ("Mr. Hans
    // Wikström", "fru Kim Lindqvist"). Not elsewhere: "Per Systems", "Per
    // Unit", "kage fra Hans Bageri", "Mødet med Per Aarsleff" are firms.
    if (cap && k == 1 && Unknown(tk, l) && !initial_first && First(f) && Common(f) &&
        frank <= rules_.common_first_unknown_surname_max_rank && f > 0 && Info(f - 1) && Info(f - 1)->title &&
        (tk.Gap(text, f - 1) == " " || tk.Gap(text, f - 1) == ". ")) {
      *conf = Confidence::kMedium;
      return true;
    }
    // A rare first name used as a surname ("Christian Ask", "Per Strand").
    if (cap && !initial_first && k >= 1 && StrongFirst(f) &&
        frank <= rules_.unknown_surname_first_max_rank && Info(l) &&
        Info(l)->first_rank > rules_.first_as_surname_min_rank && !Place(l) && !Info(l)->title &&
        !Info(l)->follower) {
      *conf = Confidence::kMedium;
      // At a sentence start only when the first name is no word at all
      // ("Jørgen Nord er faldet", but not "Have Strand").
      return !SentenceStart(tk, text, f) || (!Word(f) && !Common(f));
    }
    if (cap && k >= 1 && tk.Gap(text, parts[k - 1]) == "-" && (Listed(l) || Unknown(tk, l)) &&
        !initial_first && First(f)) {
      *conf = Confidence::kMedium;
      return true;
    }
    return false;
  }

  // True if tokens j, j + 1 are a company form written with a slash
  // (vocabulary::CompanyForms), which the tokenizer splits: "A/S" is "A",
  // "S" ("ApS" is one token, a follower word).
  static bool CompanyFormAt(const Tokens& tk, std::string_view text, size_t j) {
    if (j + 1 >= tk.size() || tk.Gap(text, j) != "/") return false;
    const std::string_view before = tk.folded(tk[j]), after = tk.folded(tk[j + 1]);
    for (const vocabulary::CompanyForm& c : vocabulary::CompanyForms()) {
      const std::string_view f = c.form;
      const size_t slash = f.find('/');
      if (f.substr(0, slash) == before && f.substr(slash + 1) == after) return true;
    }
    return false;
  }
  // The index of the first token of a company form that ends the run of
  // name tokens at `last` ("Holm og Lund I/S": `last` is "I") or follows it
  // after a space ("Hans Jensen A/S": `last` + 1); SIZE_MAX if neither.
  static size_t CompanyFormAround(const Tokens& tk, std::string_view text, size_t last) {
    if (CompanyFormAt(tk, text, last)) return last;
    if (last + 1 < tk.size() && tk.Gap(text, last) == " " && CompanyFormAt(tk, text, last + 1)) return last + 1;
    return SIZE_MAX;
  }

  // True if token j makes the name before it an institution, a firm or a
  // street ("Gade", "Museet"; "Hus" only with a capital).
  bool Follower(const Tokens& tk, size_t j) const {
    const NameInfo* in = Info(j);
    return in && in->follower && (!in->follower_capitalised || tk[j].Has(Token::kUpperInitial));
  }
  // True if `gap` is a space and an opening quote: ' "', " '", " “", " „",
  // " »", " «" (Danish uses both guillemet directions).
  static bool OpeningQuote(std::string_view gap) {
    if (gap.size() < 2 || gap[0] != ' ') return false;
    const std::string_view q = gap.substr(1);
    for (std::string_view o : {"\"", "'", "\u201C", "\u201E", "\u00BB", "\u00AB", "\u2018"}) {
      if (q == o) return true;
    }
    return false;
  }
  static std::vector<std::string> Sorted(std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  }
  const rules::name::Definition& rules_ = rules::name::Rules();
  // After rules_: its context lists, sorted for binary search.
  struct SortedLists {
    std::vector<std::string> public_roles, works, work_links, work_verbs, list_links, example_words,
        example_works, person_labels, organisation_words, addressee_words, personal_verbs, place_links,
        relation_words, directions, royal_titles, past_verbs, recent_words, recent_after_i,
        recent_periods, political_words, attributive_works, hyphen_works;
  };
  const SortedLists sorted_{Sorted(*rules_.public_roles), Sorted(*rules_.works),
                            Sorted(rules_.work_links),    Sorted(rules_.work_verbs),
                            Sorted(rules_.list_links),    Sorted(rules_.example_words),
                            Sorted(rules_.example_works), Sorted(rules_.person_labels),
                            Sorted(vocabulary::FunctionalMailboxes()),
                            Sorted({"kære", "dear", "hej", "hi", "hello", "attn"}),
                            // (Past tense too: "Georg Jensen fik en blodprop i går" is a
                            // namesake; review of a present-only try.)
                            Sorted({"har", "havde", "fik", "får", "er", "var", "blev", "bor", "has",
                                    "had", "have", "got", "gets", "is", "was", "lives"}),
                            Sorted({"fra", "på", "i", "from", "in", "on"}),
                            Sorted(rules_.relation_words), Sorted(rules_.directions),
                            Sorted(rules_.royal_titles), Sorted(rules_.past_verbs),
                            Sorted(rules_.recent_words), Sorted(rules_.recent_after_i),
                            Sorted(rules_.recent_periods), Sorted(rules_.political_words),
                            Sorted(rules_.attributive_works), Sorted(rules_.hyphen_works)};
  const std::vector<std::string> public_figures_ = FigureKeys();
  // HashWord of each word of a list, sorted: a token's hash is looked up
  // before its text is compared.
  static std::vector<uint64_t> Hashes(const std::vector<std::string>& words) {
    std::vector<uint64_t> h;
    for (const std::string& w : words) h.push_back(HashWord(w));
    std::sort(h.begin(), h.end());
    return h;
  }
  // A one-bit-per-slot filter over the top 12 bits of the hashes first:
  // most tokens are told apart with one load.
  struct HashSet {
    std::vector<uint64_t> sorted;
    std::vector<uint64_t> bits = std::vector<uint64_t>(64, 0);
    explicit HashSet(std::vector<uint64_t> h) : sorted(std::move(h)) {
      for (uint64_t x : sorted) bits[(x >> 52) >> 6] |= uint64_t{1} << ((x >> 52) & 63);
    }
  };
  static bool InHashes(const HashSet& set, uint64_t h) {
    if (!(set.bits[(h >> 52) >> 6] & (uint64_t{1} << ((h >> 52) & 63)))) return false;
    return std::binary_search(set.sorted.begin(), set.sorted.end(), h);
  }
  const HashSet person_label_hashes_{Hashes(rules_.person_labels)};
  const HashSet relation_hashes_{Hashes(rules_.relation_words)};
  Lexicon<NameInfo> lex_;
  std::vector<std::string> street_endings_;
  // Per-scan scratch, this thread's (engine/per_thread.h): each token's
  // entry, and whether it reads as a possessive.
  struct ScanTables {
    std::vector<const NameInfo*> infos;
    std::vector<uint8_t> possessive;
  };
  static ScanTables& Tables() { return PerThread<ScanTables>(); }
};
}  // namespace

PG_REGISTER_DETECTOR(Category::kName,
                     (CategoryDefaults{
                         .action = Action::kWarn,
                         .label = {"Navn på en person", "Person's name"},
                         .why = {"Navne på borgere og kolleger er personoplysninger og må ikke deles med Copilot.",
                                 "Names of citizens and colleagues are personal data and must not be shared with Copilot."},
                         .placeholder = "NAVN",
                         .numbered_placeholder = true}),
                     MakeDetector<NameDetector>);

}  // namespace privacy_guard
