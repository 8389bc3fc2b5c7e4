// cpr: Danish personal identification numbers (CPR), DDMMYY-SSSS.
//
// 1. Candidates: ten digits as DDMMYY SSSS with no separator or one of
//    ' ', '-', '/', '.', ' - ' between date and serial, or with single spaces
//    between the digit pairs ("12 03 85 1235"); not part of a longer
//    alphanumeric token.
// 2. The date must exist; digit 7 and YY give the century (CPR office rule);
//    a birth date in the future is not a CPR number.
// 3. Confidence: modulus 11 (weights 4,3,2,7,6,5,4,3,2,1) passes -> high.
//    Fails -> low, because numbers issued since 2007 may lack the control
//    digit; raised to medium for 1 January birth dates (where the CPR office
//    issues numbers without the control digit) and for the canonical
//    DDMMYY-SSSS form, and to high when a CPR keyword (cpr, cpr-nr.,
//    personnummer, personnr., født) precedes it.
//    A keyword saying it is something else (ordrenr., fakturanr., bilagsnr.,
//    p-nr., ...) lowers the confidence to low unless a CPR keyword is also
//    present.
#include <hs/hs.h>

#include <chrono>
#include <ctime>

#include "engine/detector.h"
#include "engine/vocabulary.h"

namespace privacy_guard {
namespace {


int Civil(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

class CprDetector : public Detector {
 public:
  CprDetector() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
#ifdef _WIN32
    gmtime_s(&tm, &t);
#else
    gmtime_r(&t, &tm);
#endif
    today_ = (tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
  }

  Category category() const override { return Category::kCpr; }

  std::vector<Pattern> patterns() const override {
    return {
        // DDMMYY[sep]SSSS; sep: none, ' ', '-', '/', '.', ' - ' (and a line
        // break, which normalisation turned into ' ', or "  " for CRLF).
        {"[0-9]{6}(?: {1,2}| {0,2}[-/.] {0,2})?[0-9]{4}", 0, 0, "", true},
        // DD MM YY SSSS
        {"[0-9]{2} [0-9]{2} [0-9]{2} ?[-/.]? ?[0-9]{4}", 0, 1, "", true},
    };
  }

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
    int confidence = Score(d, span);
    if (confidence == 0) return;
    const bool cpr_kw = ctx.KeywordBefore(from, 40, vocabulary::CprKeywords());
    const bool other_kw = ctx.KeywordBefore(from, 25, vocabulary::CprOtherKeywords());
    if (cpr_kw) {
      confidence = 3;
    } else if (other_kw) {
      confidence = 1;
    }
    out->push_back(Candidate{Category::kCpr, from, to, static_cast<Confidence>(confidence)});
  }

  std::string Mask(std::string_view value) const override {
    return MaskDigitsAfter(value, 6);
  }

  // 0 = not a CPR number; else the base confidence (1..3).
  int Score(const std::string& d, std::string_view span) const {
    auto num = [&](int i) { return (d[i] - '0') * 10 + (d[i + 1] - '0'); };
    const int dd = num(0), mm = num(2), yy = num(4);
    const int d7 = d[6] - '0';
    int year;
    if (d7 <= 3) {
      year = 1900 + yy;
    } else if (d7 == 4 || d7 == 9) {
      year = yy <= 36 ? 2000 + yy : 1900 + yy;
    } else {
      year = yy <= 57 ? 2000 + yy : 1800 + yy;
    }
    if (mm < 1 || mm > 12 || dd < 1 || dd > Civil(year, mm)) return 0;
    if (year * 10000 + mm * 100 + dd > today_) return 0;
    static const int kWeights[] = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (int i = 0; i < 10; ++i) sum += (d[i] - '0') * kWeights[i];
    if (sum % 11 == 0) return 3;
    const bool jan1 = dd == 1 && mm == 1;
    const bool canonical = span.size() == 11 && span[6] == '-';
    return (jan1 || canonical) ? 2 : 1;
  }

 private:
  int today_;
};

std::unique_ptr<Detector> MakeCpr(const DetectorInit&) {
  return std::make_unique<CprDetector>();
}

CategoryDefaults Defaults() {
  CategoryDefaults d;
  d.action = Action::kBlock;
  d.min_confidence = Confidence::kMedium;
  d.label = {"CPR-nummer", "CPR number"};
  d.why = {"Et CPR-nummer identificerer en person entydigt og må aldrig deles med Copilot.",
           "A CPR number identifies a person uniquely and must never be shared with Copilot."};
  d.placeholder = "CPR-NUMMER";
  return d;
}

}  // namespace

PG_REGISTER_DETECTOR(Category::kCpr, Defaults(), MakeCpr);

}  // namespace privacy_guard
