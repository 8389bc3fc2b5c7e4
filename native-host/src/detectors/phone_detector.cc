// phone: Danish telephone numbers.
//
// 1. Candidates: eight digits (first digit 2-9) written "12345678",
//    "12 34 56 78", "1234 5678" or "12-34-56-78", optionally after +45,
//    0045 or (+45); and foreign numbers: '+', a country code other than 45
//    and 9-15 digits in all ("+49 151 23456789"): high.
// 2. Confidence: high with a country prefix, or with phone context in the
//    40 bytes before or 20 after (tlf., telefon, mobil, ring på, sms ...);
//    medium for the grouped forms ("12 34 56 78", "1234 5678") without
//    context; low for a bare "12345678" without context (not reported by
//    default). Context that says it is something else (cvr, konto, sagsnr.,
//    faktura, kr., beløb ...) lowers it to low unless phone context is also
//    present or a prefix is written. Business, freephone and premium-rate
//    numbers (70, 80, 90 ...) belong to organisations: always low.
#include <cctype>

#include "engine/detector.h"
#include "privacy_guard/rules/phone.h"
#include "privacy_guard/rules/vocabulary.h"

namespace privacy_guard {

namespace rules::phone {

const Definition& Rules() {
  static const Definition d = [] {
    Definition r;
    const std::vector<std::string> prefixes = {"+45", "+ 45", "0045", "(+45)"};
    const Separator maybe_space{.optional = true, .max_spaces = 1};
    const Separator space{.max_spaces = 1};
    auto prefixed = [&](NumberForm f) {
      f.prefixes = prefixes;
      f.after_prefix = maybe_space;
      return f;
    };
    // "12 34 56 78", "12-34-56-78" (with a prefix also "12345678").
    r.forms.push_back({prefixed(Grouped("prefixed_pairs", 4, 2,
                                        Separator{.optional = true, .max_spaces = 1, .marks = "-"},
                                        "2-9")),
                       Kind::kPrefixed});
    r.forms.push_back({prefixed(Grouped("prefixed_halves", 2, 4, space, "2-9")), Kind::kPrefixed});
    // Dashes throughout: "+45-86-30-12-44".
    NumberForm dashed = Grouped("prefixed_dashed", 4, 2, Separator{.marks = "-"}, "2-9");
    dashed.prefixes = prefixes;
    dashed.after_prefix = Separator{.marks = "-"};
    r.forms.push_back({dashed, Kind::kPrefixed});
    r.forms.push_back(
        {Grouped("pairs", 4, 2, Separator{.max_spaces = 1, .marks = "-"}, "2-9"), Kind::kGrouped});
    r.forms.push_back({Grouped("halves", 2, 4, space, "2-9"), Kind::kGrouped});
    r.forms.push_back({NumberForm{"bare", {}, {}, {Digits(8, 8, "2-9")}, {}}, Kind::kBare});
    // Foreign: +CC, then a group of 1-8 digits (the French and Dutch
    // mobile prefix stands alone: "+33 6 12 48 93 70", "+31 6 4829 1176"),
    // then one to four groups of 2-8 digits.
    const Separator gap{.optional = true, .max_spaces = 1, .marks = "-"};
    Group more = Digits(2, 8);
    more.optional = true;
    r.forms.push_back({NumberForm{"international", {"+"}, Separator{},
                                  {Digits(1, 3, "1-9"), Digits(1, 8), Digits(2, 8), more, more, more},
                                  {Separator{.optional = true, .max_spaces = 1}, gap, gap, gap, gap}},
                       Kind::kInternational});
    r.phone_words = {&vocabulary::PhoneKeywords(), 40};
    r.phone_words_after = {&vocabulary::PhoneKeywordsAfter(), 20};
    r.other_words = {&vocabulary::PhoneOtherKeywords(), 25};
    r.amount_words_after = {&vocabulary::AmountWordsAfter(), 8};
    r.service_prefixes = {"70", "80", "90"};
    return r;
  }();
  return d;
}

}  // namespace rules::phone

namespace {

using rules::phone::Kind;

class PhoneDetector : public Detector {
 public:
  Category category() const override { return Category::kPhone; }

  std::vector<const std::vector<std::string>*> keyword_lists() const override {
    return {rules_.phone_words.words, rules_.phone_words_after.words, rules_.other_words.words, rules_.amount_words_after.words};
  }
  std::vector<Pattern> patterns() const override {
    std::vector<rules::NumberForm> forms;
    for (const rules::phone::Form& f : rules_.forms) forms.push_back(f.form);
    return FormPatterns(forms);
  }

  void OnMatch(const ScanContext& ctx, int tag, size_t from, size_t to,
               std::vector<Candidate>* out) const override {
    std::string_view t = ctx.text();
    const Kind kind = rules_.forms[static_cast<size_t>(tag)].kind;
    if (kind != Kind::kPrefixed && WordCharBefore(t, from)) return;
    if (kind == Kind::kPrefixed && from > 0 && t[from] != '+' && t[from] != '(' && WordCharBefore(t, from)) return;
    if (WordCharAfter(t, to)) return;
    // Not a piece of a longer sequence of digit groups ("12 34 56 78 90").
    auto digit_at = [&](size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; };
    // A tab or a line break ends a cell or a line: no continuation there.
    auto cell_end = [&](size_t a) { return ctx.TabBetween(a, a + 1) || ctx.LineBreakBetween(a, a + 1); };
    if (to + 1 < t.size() && (t[to] == ' ' || t[to] == '-' || t[to] == '.' || t[to] == ',') &&
        digit_at(to + 1) && !cell_end(to)) {
      // "12 34 56 78 90" or "1234 5678 9012" – but allow "12 34 56 78, 23 ..."
      if (t[to] != ',') return;
      if (to + 2 < t.size() && digit_at(to + 1) && t[to + 1] != ' ') return;
    }
    if (kind != Kind::kPrefixed && from >= 2 && (t[from - 1] == ' ' || t[from - 1] == '-' || t[from - 1] == '.' ||
                                  t[from - 1] == '/') &&
        digit_at(from - 2) && !cell_end(from - 1)) {
      return;
    }
    Confidence c;
    const auto& r = rules_;
    if (kind == Kind::kInternational) {
      const std::string d = DigitsOf(t.substr(from, to - from));
      if (d.compare(0, 2, "45") == 0 || static_cast<int>(d.size()) < rules_.international_min_digits ||
          static_cast<int>(d.size()) > rules_.international_max_digits) {
        return;
      }
      // Not an amount or a change in a table ("+12 500 000 kr.").
      const bool other =
          ctx.KeywordBefore(from, rules_.other_words.window, *rules_.other_words.words) ||
          ctx.KeywordAfter(to, rules_.amount_words_after.window, *rules_.amount_words_after.words);
      out->push_back(Candidate{Category::kPhone, from, to, other ? Confidence::kLow : Confidence::kHigh});
      return;
    }
    // A phone word before or after it, or over its column ("Navn;Tlf").
    const bool phone_kw =
        ctx.KeywordBefore(from, r.phone_words.window, *r.phone_words.words) ||
        ctx.KeywordAfter(to, r.phone_words_after.window, *r.phone_words_after.words) ||
        ctx.HeaderHas(from, *r.phone_words.words);
    if (kind == Kind::kPrefixed || phone_kw) {
      c = Confidence::kHigh;
    } else if (InTable(ctx, from, to) && !AfterNameShape(t, from)) {
      // Figures in a pasted table ("23\t45\t67\t89", rows of two-digit
      // numbers): not a phone number without a phone word or a name.
      c = Confidence::kLow;
    } else if (AfterNameShape(t, from)) {
      // Right after a person's name, as in a contact list ("Yusuf Demir
      // 4047 3321", "Hodan Ali – 71442093"): one step up.
      c = kind == Kind::kGrouped ? Confidence::kHigh : Confidence::kMedium;
      if (ctx.KeywordBefore(from, r.other_words.window, *r.other_words.words)) c = Confidence::kLow;
    } else {
      c = kind == Kind::kGrouped ? Confidence::kMedium : Confidence::kLow;
      // An amount's column ("Konto | Budget | Forbrug", dev17) too.
      if (ctx.KeywordBefore(from, r.other_words.window, *r.other_words.words) ||
          ctx.HeaderHas(from, *r.other_words.words) ||
          ctx.KeywordAfter(to, r.amount_words_after.window, *r.amount_words_after.words)) {
        c = Confidence::kLow;
      }
    }
    if (ServiceNumber(t.substr(from, to - from))) c = Confidence::kLow;
    // An item of a list whose first number a word for another number made
    // low ("bilagsnumrene 24 77 10 03, 24 77 10 08 og 24 77 10 09"): low
    // too. Back through the phone candidates joined by list gaps (others,
    // such as a CVR reading of an item, are passed over) to the first item,
    // which must have the word.
    if (c != Confidence::kLow && !phone_kw && ListOfOtherNumbers(ctx, *out, from)) c = Confidence::kLow;
    out->push_back(Candidate{Category::kPhone, from, to, c});
  }

  // True if two or three capitalised words (a name's shape: "Yusuf Demir",
  // "Lise-Lotte Munk") end right before byte `from`, with at most spaces, a
  // comma or a dash between (bytes of the normalised text: UTF-8 letters
  // count as letters; the tokens are not built yet when patterns match).
  static bool AfterNameShape(std::string_view t, size_t from) {
    size_t k = from;
    int marks = 0;
    // Not after a colon: "Sag Nr: 71442093", "Projekt Nord: 23 45 67 89"
    // label a number, they do not name its owner.
    while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == ',' || t[k - 1] == '-') && marks < 4) {
      --k;
      ++marks;
    }
    if (marks == 0) return false;
    int words = 0;
    while (words < 3) {
      // A word: letters (UTF-8 continuation bytes count as letters), '-'
      // inside; it must start with a capital.
      const size_t end = k;
      while (k > 0 && (std::isalpha(static_cast<unsigned char>(t[k - 1])) ||
                       (static_cast<unsigned char>(t[k - 1]) & 0x80) || t[k - 1] == '-')) {
        --k;
      }
      if (k == end) break;
      const unsigned char c = static_cast<unsigned char>(t[k]);
      // ASCII capitals, and Latin-1 capitals in UTF-8 (Æ Ø Å Ö Ü Ä É ...:
      // C3 80..9E).
      const bool capital =
          (c >= 'A' && c <= 'Z') ||
          (c == 0xC3 && k + 1 < t.size() && static_cast<unsigned char>(t[k + 1]) >= 0x80 &&
           static_cast<unsigned char>(t[k + 1]) <= 0x9E);
      if (!capital) break;
      ++words;
      if (k == 0 || t[k - 1] != ' ') break;
      --k;
    }
    return words >= 2;
  }

  bool ListOfOtherNumbers(const ScanContext& ctx, const std::vector<Candidate>& out, size_t from) const {
    const std::string_view t = ctx.text();
    size_t item = from;
    for (size_t b = out.size(); b-- > 0;) {
      const Candidate& p = out[b];
      if (p.category != Category::kPhone || p.end > item) continue;
      if (!ListGap(t.substr(p.end, item - p.end))) return false;
      if (ctx.KeywordBefore(p.start, rules_.other_words.window, *rules_.other_words.words)) return true;
      item = p.start;
    }
    return false;
  }

  // True if `gap` joins two items of a list: ", ", " og ", " and ", " & ",
  // ", og ", ", and ". Not "eller"/"or": alternatives are how a phone
  // number follows a switchboard ("Hovednummer 89 59 10 10 eller 40 51 29
  // 83").
  static bool ListGap(std::string_view gap) {
    for (std::string_view g : {", ", " og ", " and ", " & ", ", og ", ", and "}) {
      if (gap == g) return true;
    }
    return false;
  }

  // True if the subscriber number (the last eight digits of the match)
  // starts with one of the service prefixes.
  bool ServiceNumber(std::string_view match) const {
    std::string digits;
    for (char ch : match) {
      if (ch >= '0' && ch <= '9') digits.push_back(ch);
    }
    if (digits.size() < 8) return false;
    const std::string_view first = std::string_view(digits).substr(digits.size() - 8, 2);
    for (const std::string& p : rules_.service_prefixes) {
      if (first == p) return true;
    }
    return false;
  }

  std::string Mask(std::string_view value) const override {
    return MaskDigitsBefore(value, 2);
  }

  // True if [from, to) sits in a table of figures: a tab inside it (one
  // figure per cell, as pasted from a spreadsheet), or at least six one- or
  // two-digit figures standing alone near it on its line (a row of
  // figures), not counting runs of exactly four pairs (phone numbers).
  static bool InTable(const ScanContext& ctx, size_t from, size_t to) {
    if (ctx.TabBetween(from, to)) return true;
    const std::string_view t = ctx.text();
    size_t ls, le;
    ctx.LineBounds(from, &ls, &le);
    // Runs of one- or two-digit figures standing alone (between spaces, or
    // before a full stop, comma, semicolon or parenthesis and a space: "91
    // 33."), found over the whole line. A run counts with its length when it
    // reaches within kTableReach bytes of the number (a long pasted line
    // holds doses and times far away: "2 L/min ... 4 kg ... direct line 78
    // 45 61 20"); a run of exactly four is another phone number ("på 60 27
    // 91 33, eller far på 41 95 02 78"), the number's own run included.
    const size_t near_from = from > kTableReach ? from - kTableReach : 0, near_to = to + kTableReach;
    int n = 0, run = 0;
    size_t run_start = 0, run_end = 0;
    auto close_run = [&] {
      const bool near = run_end >= near_from && run_start <= near_to;
      if (run > 0 && run != 4 && near) n += run;
      run = 0;
    };
    for (size_t i = ls; i < le;) {
      if (t[i] < '0' || t[i] > '9') {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < le && t[j] >= '0' && t[j] <= '9') ++j;
      // Only figures that stand alone (not parts of dates, times or amounts).
      const bool left = i == ls || t[i - 1] == ' ';
      const bool mark = j < le && std::string_view(".,;)").find(t[j]) != std::string_view::npos &&
                        (j + 1 == le || t[j + 1] == ' ');
      const bool right = j == le || t[j] == ' ' || mark;
      if (left && right && j - i <= 2) {
        if (run > 0 && i != run_end + 1) close_run();
        if (run == 0) run_start = i;
        ++run;
        run_end = j;
        if (mark) close_run();  // "33." ends its run
      } else {
        close_run();
      }
      i = j;
    }
    close_run();
    return n >= 6;
  }
  // How far from a number its row of figures is looked for (InTable).
  static constexpr size_t kTableReach = 60;

 private:
  const rules::phone::Definition& rules_ = rules::phone::Rules();
};

}  // namespace

PG_REGISTER_DETECTOR(Category::kPhone,
                     (CategoryDefaults{
                         .action = Action::kWarn,
                         .label = {"Telefonnummer", "Phone number"},
                         .why = {"Et telefonnummer kan føre direkte til en bestemt person.",
                                 "A phone number can lead directly to a specific person."},
                         .placeholder = "TELEFON",
                         .numbered_placeholder = true}),
                     MakeDetector<PhoneDetector>);

}  // namespace privacy_guard
