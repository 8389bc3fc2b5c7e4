// bank_account: Danish bank accounts, reg.nr. (4 digits) + kontonr. (up to
// 10 digits).
//
// 1. Candidates: "1234-1234567890", "1234 1234567890" (6–10 account
//    digits), and the spelled-out form "reg.nr. 1234 kontonr. 1234567890"
//    (span from the first reg.nr. digit to the last account digit), and
//    "1234 konto 1234567890" / "1234, kto.nr. ..." / "1234 knr. ...".
// 2. Confidence: spelled-out form -> high. Short form -> high with bank
//    context in the 40 bytes before (konto, kontonr., reg.nr., bank,
//    NemKonto, overfør, indbetal ...), otherwise low (not reported by
//    default: "1234 567890" is just as likely a case or order number).
#include <hs/hs.h>

#include "engine/detector.h"
#include "engine/vocabulary.h"

namespace privacy_guard {
namespace {


class BankAccountDetector : public Detector {
 public:
  Category category() const override { return Category::kBankAccount; }

  std::vector<Pattern> patterns() const override {
    return {
        {"[0-9]{4}(?: ?[-/] ?| )[0-9]{4,10}", 0, 0, "", true},
        // "9570, konto 0004355350", "8117 knr. 3654818226", "2650 - kontonummer ..."
        {"[0-9]{4}(?: ?[-/,] ?| )(?:konto(?:nummer|nr\\.?)?|knr\\.?|kto\\.?(?: ?nr\\.?)?):? ?[0-9]{4,10}",
         HS_FLAG_CASELESS, 2, "", true},
        {"(?:reg(?:istrerings)?\\.? ?(?:nr\\.?|nummer)|regnr\\.?):? ?[0-9]{4},?"
         " ?(?:og |samt |& )?(?:konto ?nr\\.?|kontonummer|kto\\.?(?: ?nr\\.?)?|konto):? ?[0-9]{4,10}",
         HS_FLAG_CASELESS, 1, "", true},
    };
  }

  void OnMatch(const ScanContext& ctx, int tag, size_t from, size_t to,
               std::vector<Candidate>* out) const override {
    std::string_view t = ctx.text();
    if (WordCharAfter(t, to)) return;
    if (to + 1 < t.size() && (t[to] == '-' || t[to] == '.' || t[to] == ',' || t[to] == '/') &&
        t[to + 1] >= '0' && t[to + 1] <= '9') {
      return;
    }
    // Not the tail of another number ("080891-2066, konto ...").
    if (from >= 2 && (t[from - 1] == '-' || t[from - 1] == '.' || t[from - 1] == '/') &&
        t[from - 2] >= '0' && t[from - 2] <= '9') {
      return;
    }
    if (tag == 2) {
      if (WordCharBefore(t, from)) return;
      out->push_back(Candidate{Category::kBankAccount, from, to, Confidence::kHigh});
      return;
    }
    if (tag == 1) {
      if (WordCharBefore(t, from)) return;
      // Report the digits part: from the first digit.
      size_t start = from;
      while (start < to && !(t[start] >= '0' && t[start] <= '9')) ++start;
      out->push_back(Candidate{Category::kBankAccount, start, to, Confidence::kHigh});
      return;
    }
    if (WordCharBefore(t, from)) return;
    if (from >= 2 && (t[from - 1] == '-' || t[from - 1] == '.' || t[from - 1] == '/' ||
                      t[from - 1] == ' ') &&
        t[from - 2] >= '0' && t[from - 2] <= '9') {
      return;
    }
    std::string d = DigitsOf(t.substr(from, to - from));
    // At least 6 account digits: "1234 5678" is a phone number or a year
    // range far more often than an account.
    if (d.size() < 10) return;
    Confidence c = ctx.KeywordBefore(from, 40, vocabulary::BankKeywords()) ? Confidence::kHigh : Confidence::kLow;
    out->push_back(Candidate{Category::kBankAccount, from, to, c});
  }

  std::string Mask(std::string_view value) const override {
    return MaskDigitsAfter(value, 4);
  }
};

std::unique_ptr<Detector> MakeBankAccount(const DetectorInit&) {
  return std::make_unique<BankAccountDetector>();
}

CategoryDefaults Defaults() {
  CategoryDefaults d;
  d.action = Action::kBlock;
  d.min_confidence = Confidence::kMedium;
  d.label = {"Kontonummer", "Bank account number"};
  d.why = {"Et kontonummer er en fortrolig økonomisk oplysning om en person eller virksomhed.",
           "An account number is confidential financial information about a person or company."};
  d.placeholder = "KONTONUMMER";
  return d;
}

}  // namespace

PG_REGISTER_DETECTOR(Category::kBankAccount, Defaults(), MakeBankAccount);

}  // namespace privacy_guard
