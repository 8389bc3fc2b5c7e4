// bank_account: Danish bank accounts, reg.nr. (4 digits) + kontonr. (up to
// 10 digits).
//
// 1. Candidates: "1234-1234567890", "1234 1234567890" (6–10 account
//    digits), and the spelled-out form "reg.nr. 1234 kontonr. 1234567890"
//    (span from the first reg.nr. digit to the last account digit), and
//    "1234 konto 1234567890" / "1234, kto.nr. ..." / "1234 knr. ...", also
//    in English ("registration no. 1234, account no. 1234567890").
// 2. Confidence: spelled-out form -> high. Short form -> high with bank
//    context in the 40 bytes before (konto, kontonr., reg.nr., bank,
//    NemKonto, overfør, indbetal ...), otherwise low (not reported by
//    default: "1234 567890" is just as likely a case or order number).
#include <hs/hs.h>

#include "engine/detector.h"
#include "engine/pattern_render.h"
#include "privacy_guard/rules/bank_account.h"
#include "privacy_guard/rules/vocabulary.h"

namespace privacy_guard {

namespace rules::bank_account {

const Definition& Rules() {
  static const Definition d = [] {
    Definition r;
    r.short_form = NumberForm{"short", {}, {}, {Digits(4, 4), Digits(4, 10)},
                              {Separator{.max_spaces = 1, .marks = "-/", .max_spaces_around = 1}}};
    r.bank_words = {&vocabulary::BankKeywords(), 40};
    r.payment_words = {&vocabulary::PaymentWords(), 40};
    r.other_words = {&vocabulary::BankOtherKeywords(), 25};
    // ":" after a word, "," between the numbers, each with spaces or not;
    // up to four spaces in a row, as in pasted or OCR'd vouchers ("Reg. nr.
    // 7670    Konto nr.  3245589946").
    const Separator colon{.optional = true, .max_spaces = 4, .marks = ":", .max_spaces_around = 1};
    const Separator comma{.optional = true, .max_spaces = 4, .marks = ",", .max_spaces_around = 1};
    const Group account_words =
        Words({"konto[ ]nr[.]", "kontonummer", "kto[.][ ]nr[.]", "kto[.]", "konto", "account no[.]",
               "account number", "acc[.] no[.]", "acct[.] no[.]", "acct[.]", "account"});
    r.reg_form = NumberForm{
        "reg_account",
        {},
        {},
        {Words({"reg[.][ ]nr[.]", "reg[.][ ]nummer", "registreringsnummer", "registreringsnr[.]",
                "reg[.][ ]no[.]", "registration no[.]", "registration number", "sort code",
                "reg[.]"}),
         Digits(4, 4), Words({"og", "samt", "&", "and"}, /*optional=*/true), account_words,
         Digits(4, 10)},
        {colon, comma, comma, colon}};
    r.number_form = NumberForm{
        "number_account",
        {},
        {},
        {Digits(4, 4), Words({"konto", "kontonummer", "kontonr[.]", "knr[.]", "kto[.]", "kto[.][ ]nr[.]",
                              "account", "account no[.]", "account number", "acc[.] no[.]"}),
         Digits(4, 10)},
        {Separator{.max_spaces = 1, .marks = "-/,|", .max_spaces_around = 1}, colon}};
    return r;
  }();
  return d;
}

}  // namespace rules::bank_account

namespace {

enum Tag { kShort = 0, kReg = 1, kNumber = 2 };

class BankAccountDetector : public Detector {
 public:
  Category category() const override { return Category::kBankAccount; }

  std::vector<const std::vector<std::string>*> keyword_lists() const override {
    return {rules_.bank_words.words, rules_.payment_words.words, rules_.other_words.words};
  }
  std::vector<Pattern> patterns() const override {
    return {
        {HyperscanRegex(rules_.short_form), 0, kShort, "", true},
        // "9570, konto 0004355350", "8117 knr. 3654818226", "2650 - kontonummer ..."
        {HyperscanRegex(rules_.number_form), HS_FLAG_CASELESS, kNumber, "", true},
        {HyperscanRegex(rules_.reg_form), HS_FLAG_CASELESS, kReg, "", true},
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
    if (tag == kNumber) {
      if (WordCharBefore(t, from)) return;
      out->push_back(Candidate{Category::kBankAccount, from, to, Confidence::kHigh});
      return;
    }
    if (tag == kReg) {
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
    if (d.size() < rules_.min_digits) return;
    // Without a bank word: medium for an account written out to all ten
    // digits after the four of the reg. no., or after a payment word (see
    // Definition::full_digits); shorter accounts need a bank word.
    // A bank word over its column ("Navn;CVR;Bank") counts as one before it.
    Confidence c = Confidence::kLow;
    if (ctx.KeywordBefore(from, rules_.bank_words.window, *rules_.bank_words.words) ||
        ctx.HeaderHas(from, *rules_.bank_words.words)) {
      c = Confidence::kHigh;
    } else if (!ctx.KeywordBefore(from, rules_.other_words.window, *rules_.other_words.words) &&
               !ctx.HeaderHas(from, *rules_.other_words.words) &&
               !ctx.LineBreakBetween(from, to) && !ctx.TabBetween(from, to) &&
               (d.size() == rules_.full_digits ||
                ctx.KeywordBefore(from, rules_.payment_words.window, *rules_.payment_words.words))) {
      c = Confidence::kMedium;
    }
    out->push_back(Candidate{Category::kBankAccount, from, to, c});
  }

  std::string Mask(std::string_view value) const override {
    return MaskDigitsAfter(value, 4);
  }

 private:
  const rules::bank_account::Definition& rules_ = rules::bank_account::Rules();
};

}  // namespace

PG_REGISTER_DETECTOR(Category::kBankAccount,
                     (CategoryDefaults{
                         .action = Action::kBlock,
                         .label = {"Kontonummer", "Bank account number"},
                         .why = {"Et kontonummer er en fortrolig økonomisk oplysning om en person eller virksomhed.",
                                 "An account number is confidential financial information about a person or company."},
                         .placeholder = "KONTONUMMER"}),
                     MakeDetector<BankAccountDetector>);

}  // namespace privacy_guard
