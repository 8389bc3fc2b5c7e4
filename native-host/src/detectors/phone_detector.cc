// phone: Danish telephone numbers.
//
// 1. Candidates: eight digits (first digit 2-9) written "12345678",
//    "12 34 56 78", "1234 5678" or "12-34-56-78", optionally after +45,
//    0045 or (+45).
// 2. Confidence: high with a country prefix, or with phone context in the
//    40 bytes before or 20 after (tlf., telefon, mobil, ring på, sms ...);
//    medium for the grouped forms ("12 34 56 78", "1234 5678") without
//    context; low for a bare "12345678" without context (not reported by
//    default). Context that says it is something else (cvr, konto, sagsnr.,
//    faktura, kr., beløb ...) lowers it to low unless phone context is also
//    present or a prefix is written.
#include "engine/detector.h"
#include "engine/vocabulary.h"

namespace privacy_guard {
namespace {


class PhoneDetector : public Detector {
 public:
  Category category() const override { return Category::kPhone; }

  std::vector<Pattern> patterns() const override {
    return {
        // With a country prefix.
        {"(?:\\+ ?45|0045|\\(\\+45\\)) ?[2-9][0-9](?:[ -]?[0-9]{2}){3}", 0, 0, "", true},
        {"(?:\\+ ?45|0045|\\(\\+45\\)) ?[2-9][0-9]{3} [0-9]{4}", 0, 0, "", true},
        // Grouped without prefix.
        {"[2-9][0-9](?:[ -][0-9]{2}){3}", 0, 1, "", true},
        {"[2-9][0-9]{3} [0-9]{4}", 0, 1, "", true},
        // Bare.
        {"[2-9][0-9]{7}", 0, 2, "", true},
    };
  }

  void OnMatch(const ScanContext& ctx, int tag, size_t from, size_t to,
               std::vector<Candidate>* out) const override {
    std::string_view t = ctx.text();
    if (tag != 0 && WordCharBefore(t, from)) return;
    if (tag == 0 && from > 0 && t[from] != '+' && t[from] != '(' && WordCharBefore(t, from)) return;
    if (WordCharAfter(t, to)) return;
    // Not a piece of a longer sequence of digit groups ("12 34 56 78 90").
    auto digit_at = [&](size_t i) { return i < t.size() && t[i] >= '0' && t[i] <= '9'; };
    if (to + 1 < t.size() && (t[to] == ' ' || t[to] == '-' || t[to] == '.' || t[to] == ',') &&
        digit_at(to + 1)) {
      // "12 34 56 78 90" or "1234 5678 9012" – but allow "12 34 56 78, 23 ..."
      if (t[to] != ',') return;
      if (to + 2 < t.size() && digit_at(to + 1) && t[to + 1] != ' ') return;
    }
    if (tag != 0 && from >= 2 && (t[from - 1] == ' ' || t[from - 1] == '-' || t[from - 1] == '.' ||
                                  t[from - 1] == '/') &&
        digit_at(from - 2)) {
      return;
    }
    Confidence c;
    const bool phone_kw = ctx.KeywordBefore(from, 40, vocabulary::PhoneKeywords()) ||
                          ctx.KeywordAfter(to, 20, vocabulary::PhoneKeywordsAfter());
    if (tag == 0) {
      c = Confidence::kHigh;
    } else if (phone_kw) {
      c = Confidence::kHigh;
    } else {
      c = tag == 1 ? Confidence::kMedium : Confidence::kLow;
      if (ctx.KeywordBefore(from, 25, vocabulary::PhoneOtherKeywords()) ||
          ctx.KeywordAfter(to, 8, vocabulary::AmountWordsAfter())) {
        c = Confidence::kLow;
      }
    }
    out->push_back(Candidate{Category::kPhone, from, to, c});
  }

  std::string Mask(std::string_view value) const override {
    return MaskDigitsBefore(value, 2);
  }
};

std::unique_ptr<Detector> MakePhone(const DetectorInit&) {
  return std::make_unique<PhoneDetector>();
}

CategoryDefaults Defaults() {
  CategoryDefaults d;
  d.action = Action::kWarn;
  d.min_confidence = Confidence::kMedium;
  d.label = {"Telefonnummer", "Phone number"};
  d.why = {"Et telefonnummer kan føre direkte til en bestemt person.",
           "A phone number can lead directly to a specific person."};
  d.placeholder = "TELEFON";
  d.numbered_placeholder = true;
  return d;
}

}  // namespace

PG_REGISTER_DETECTOR(Category::kPhone, Defaults(), MakePhone);

}  // namespace privacy_guard
