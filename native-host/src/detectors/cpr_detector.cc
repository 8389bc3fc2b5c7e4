// cpr: Danish personal identification numbers (CPR), DDMMYY-SSSS.
//
// The rules are data (rules::cpr::Rules() below, privacy_guard/rules/cpr.h).
// 1. Candidates: ten digits as DDMMYY SSSS with no separator or one of
//    ' ', '-', '/', '.', ' - ' between date and serial, with single spaces
//    between the digit pairs ("12 03 85 1235"), or a written date
//    ("12.03.85-1235", "12-03-85-1235"); not part of a longer alphanumeric
//    token or number group.
// 2. The date must exist; digit 7 and YY give the century (CPR office rule);
//    a birth date in the future is not a CPR number.
// 3. Confidence: modulus 11 (weights 4,3,2,7,6,5,4,3,2,1) passes -> high.
//    Fails -> medium: numbers issued since 2007 (children born 2007 or
//    later, 1 January numbers) may lack the control digit, so a real birth
//    date with a fitting century digit is a CPR number, reported as
//    unchecked. A CPR keyword (cpr, cpr-nr., personnummer, født ...) before
//    it raises it to high; a keyword saying it is something else
//    (ordrenr., fakturanr., bilagsnr., p-nr., ...) lowers it to low unless a
//    CPR keyword is also present.
#include <cctype>
#include <ctime>

#include "engine/detector.h"
#include "privacy_guard/rules/checksums.h"
#include "privacy_guard/rules/cpr.h"
#include "privacy_guard/rules/vocabulary.h"

namespace privacy_guard {

namespace rules::cpr {

const Definition& Rules() {
  static const Definition d = [] {
    Definition r;
    const Group day = Digits(2, 2, "", DigitRole::kDay);
    const Group month = Digits(2, 2, "", DigitRole::kMonth);
    const Group year = Digits(2, 2), serial = Digits(4, 4);
    const Separator touch{.optional = true};
    const Separator space{.max_spaces = 1};
    // Between date and serial: nothing, ' ', '-', '/', '.', ' - ' (and a
    // line break: one or two white-space characters).
    r.forms.push_back(NumberForm{"compact", {}, {}, {day, month, year, serial},
                                 {touch, touch,
                                  Separator{.optional = true, .max_spaces = 2, .marks = "-/.",
                                            .max_spaces_around = 2}}});
    // DD MM YY SSSS
    r.forms.push_back(NumberForm{"spaced", {}, {}, {day, month, year, serial},
                                 {space, space,
                                  Separator{.optional = true, .max_spaces = 2, .marks = "-/.",
                                            .max_spaces_around = 1}}});
    // A written date before the serial: DD.MM.YY-SSSS, DD-MM-YY-SSSS.
    const Separator date_mark{.marks = ".-/"};
    r.forms.push_back(NumberForm{"dotted", {}, {}, {day, month, year, serial},
                                 {date_mark, date_mark,
                                  Separator{.optional = true, .max_spaces = 2, .marks = "-/.",
                                            .max_spaces_around = 1}}});
    r.without_mod11 = Confidence::kMedium;
    r.mod11_weights = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    r.cpr_words = {&vocabulary::CprKeywords(), 40};
    r.other_words = {&vocabulary::CprOtherKeywords(), 25};
    r.adjacent_other_words = {&vocabulary::CprAdjacentOtherKeywords(), 12};
    return r;
  }();
  return d;
}

int BirthYear(int yy, int d7) {
  if (yy < 0 || yy > 99 || d7 < 0 || d7 > 9) return 0;
  if (d7 <= 3) return 1900 + yy;
  if (d7 == 4 || d7 == 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

}  // namespace rules::cpr

namespace {

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

class CprDetector : public Detector {
 public:
  // init.today: YYYYMMDD; a birth date after it is no CPR number.
  explicit CprDetector(const DetectorInit& init) : rules_(rules::cpr::Rules()), today_(init.today) {}

  Category category() const override { return Category::kCpr; }

  std::vector<const std::vector<std::string>*> keyword_lists() const override {
    return {rules_.cpr_words.words, rules_.other_words.words, rules_.adjacent_other_words.words};
  }
  std::vector<Pattern> patterns() const override { return FormPatterns(rules_.forms); }

  void OnMatch(const ScanContext& ctx, int tag, size_t from, size_t to,
               std::vector<Candidate>* out) const override {
    std::string_view t = ctx.text();
    if (WordCharBefore(t, from) || WordCharAfter(t, to)) return;
    // Not the tail of a longer number group ("1 120385 1235", "12.120385").
    if (from >= 2 && (t[from - 1] == '-' || t[from - 1] == '/' || t[from - 1] == '.' ||
                      t[from - 1] == ',') &&
        t[from - 2] >= '0' && t[from - 2] <= '9') {
      return;
    }
    if (to + 1 < t.size() && (t[to] == '-' || t[to] == '/' || t[to] == ',' || t[to] == '.') &&
        t[to + 1] >= '0' && t[to + 1] <= '9') {
      return;
    }
    std::string_view span = t.substr(from, to - from);
    std::string d = DigitsOf(span);
    if (d.size() != 10) return;
    int confidence = Score(d);
    if (confidence == 0) return;
    // A keyword before it, or over its column or list ("navn;cpr;konto",
    // "These order numbers:\n\n2302266814").
    if (ctx.KeywordBefore(from, rules_.cpr_words.window, *rules_.cpr_words.words) ||
        ctx.HeaderHas(from, *rules_.cpr_words.words)) {
      confidence = 3;
    } else if (ctx.KeywordBefore(from, rules_.other_words.window, *rules_.other_words.words) ||
               ctx.KeywordBefore(from, rules_.adjacent_other_words.window, *rules_.adjacent_other_words.words) ||
               ctx.HeaderHas(from, *rules_.other_words.words) ||
               FileNameOrTimestamp(t, from, to, span)) {
      confidence = 1;
    }
    out->push_back(Candidate{Category::kCpr, from, to, static_cast<Confidence>(confidence)});
  }

  std::string Mask(std::string_view value) const override {
    return MaskDigitsAfter(value, 6);
  }

  // True if the number is part of a file name ("minutes_12.03.25-1430.pdf")
  // or a date with a time ("Referat 03.11.24-0900": a written date of the
  // last three years whose serial would be a valid HHMM).
  bool FileNameOrTimestamp(std::string_view t, size_t from, size_t to,
                           std::string_view span) const {
    if (from > 0 && t[from - 1] == '_') return true;
    if (to + 1 < t.size() && t[to] == '.' && std::isalpha(static_cast<unsigned char>(t[to + 1]))) {
      return true;
    }
    const bool written_date = span.size() >= 8 && (span[2] == '.' || span[2] == '-' || span[2] == '/') &&
                              span[5] == span[2];
    if (!written_date) return false;
    const std::string d = DigitsOf(span);
    const int hh = (d[6] - '0') * 10 + (d[7] - '0'), mm = (d[8] - '0') * 10 + (d[9] - '0');
    const int yy = (d[4] - '0') * 10 + (d[5] - '0');
    return RecentYear(yy) && hh <= 23 && mm <= 59;
  }

  // True if the two-digit year `yy` is one of the last three years.
  bool RecentYear(int yy) const {
    const int this_yy = (today_ / 10000) % 100;
    return (this_yy - yy + 100) % 100 <= 3;
  }

  // 0 = not a CPR number; else the base confidence (1..3): modulus 11
  // passes -> high; fails -> rules_.without_mod11 (numbers issued since
  // 2007 may lack the control digit).
  int Score(const std::string& d) const {
    auto num = [&](int i) { return (d[i] - '0') * 10 + (d[i + 1] - '0'); };
    const int dd = num(0), mm = num(2), yy = num(4);
    const int year = rules::cpr::BirthYear(yy, d[6] - '0');
    if (year == 0 || mm < 1 || mm > 12 || dd < 1 || dd > DaysInMonth(year, mm)) return 0;
    if (year * 10000 + mm * 100 + dd > today_) return 0;
    if (rules::Mod11(d, rules_.mod11_weights)) return 3;
    // A date of the last three years with a 7th digit of 0..3 reads as a
    // birth about a hundred years ago: such numbers were issued before 2007,
    // all with modulus 11. Failing it, the number is a case number, a rota's
    // date and time ("150324-0012", "010624-0700") or a timestamp
    // ("1203241405"; a child's number of those years has a 7th digit of
    // 4..9, never an hour): low. Not 1 January (numbers without the control
    // digit are issued for it, and it is given when a birthday is unknown).
    if (d[6] <= '3' && RecentYear(yy) && year < 2000 && !(dd == 1 && mm == 1)) {
      return static_cast<int>(Confidence::kLow);
    }
    return static_cast<int>(rules_.without_mod11);
  }

 private:
  const rules::cpr::Definition& rules_;
  int today_;
};

}  // namespace

PG_REGISTER_DETECTOR(Category::kCpr,
                     (CategoryDefaults{
                         .action = Action::kBlock,
                         .label = {"CPR-nummer", "CPR number"},
                         .why = {"Et CPR-nummer identificerer en person entydigt og må aldrig deles med Copilot.",
                                 "A CPR number identifies a person uniquely and must never be shared with Copilot."},
                         .placeholder = "CPR-NUMMER"}),
                     MakeDetector<CprDetector>);

}  // namespace privacy_guard
