// payment_card: payment card numbers.
//
// 1. Candidates: 13–19 digits, plain or in groups separated by single
//    spaces (one or two), dashes or dots, mixed or not (4-4-4-4[-3], or Amex 4-6-5), on word
//    boundaries.
// 2. The Luhn check must pass and the number must start with a known issuer
//    prefix (Visa 4, Mastercard 51–55 and 2221–2720, Amex 34/37, Dankort
//    5019, Maestro 50/56–69 with 16–19 digits, Discover 6011/65, JCB 3528–3589, Diners
//    36/38/300–305) with a length that issuer uses. All pass -> high.
// 3. Published test numbers ("4111 1111 1111 1111") are no person's card.
#include <algorithm>

#include "engine/detector.h"
#include "privacy_guard/rules/checksums.h"
#include "privacy_guard/rules/payment_card.h"

namespace privacy_guard {

namespace rules::payment_card {

const Definition& Rules() {
  static const Definition d = [] {
    Definition r;
    // One or two spaces, a dash or a dot between the groups ("4571 0012
    // 3456 7898", "4571.0012.3456.7898").
    const Separator sep{.max_spaces = 2, .marks = "-."};
    r.forms.push_back(NumberForm{"plain", {}, {}, {Digits(13, 19)}, {}});
    // 4-4-4-(1-7) and 4-4-4-4-(1-3), spaces or dashes.
    r.forms.push_back(NumberForm{"fours", {}, {},
                                 {Digits(4, 4), Digits(4, 4), Digits(4, 4), Digits(1, 7)},
                                 {sep, sep, sep}});
    r.forms.push_back(NumberForm{"fours5", {}, {},
                                 {Digits(4, 4), Digits(4, 4), Digits(4, 4), Digits(4, 4),
                                  Digits(1, 3)},
                                 {sep, sep, sep, sep}});
    // American Express 4-6-5.
    r.forms.push_back(NumberForm{"amex", {}, {},
                                 {Digits(4, 4, "3"), Digits(6, 6), Digits(5, 5)},
                                 {sep, sep}});
    // Maestro: 16-19 digits only here. Shorter numbers in the 57 range are
    // Danish EAN/GLN numbers (5790000...), used on every municipal invoice.
    r.issuers = {
        {"Visa", "4", "4", {13, 16, 19}},
        {"Mastercard", "51", "55", {16}},
        {"Mastercard 2-series", "2221", "2720", {16}},
        {"American Express", "34", "34", {15}},
        {"American Express", "37", "37", {15}},
        {"Dankort", "5019", "5019", {16}},
        {"Discover", "6011", "6011", {16, 17, 18, 19}},
        {"Discover", "65", "65", {16, 17, 18, 19}},
        {"JCB", "3528", "3589", {16, 17, 18, 19}},
        {"Diners Club", "36", "36", {14, 15, 16, 17, 18, 19}},
        {"Diners Club", "38", "38", {14, 15, 16, 17, 18, 19}},
        {"Diners Club", "300", "305", {14, 15, 16, 17, 18, 19}},
        {"Maestro", "50", "50", {16, 17, 18, 19}},
        {"Maestro", "56", "69", {16, 17, 18, 19}},
    };
    // Pasted card numbers mix separators ("4571 9401-2345 6789"); Luhn and
    // the issuer table keep it precise.
    r.same_separator = false;
    // Test numbers that card networks and payment providers publish for
    // developers (Visa, Mastercard, American Express, Discover, JCB and
    // Diners test cards in Stripe's, Adyen's, PayPal's and Nets' guides):
    // pasted from IT documentation, never a person's card.
    r.test_numbers = {
        "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556",
        "4222222222222",    "4917610000000000", "4571000000000001", "5555555555554444",
        "5105105105105100", "5200828282828210", "2223003122003222", "5454545454545454",
        "378282246310005",  "371449635398431",  "378734493671000",  "6011111111111117",
        "6011000990139424", "3530111333300000", "3566002020360505", "30569309025904",
        "38520000023237",   "36148900647913",
        // Stripe's declined, 3-D Secure and error cards.
        "4000000000000002", "4000000000009995", "4000002500003155", "4000000000003220",
        "4000000000000069", "4000000000000127", "4000002760003184", "4000000000000077",
        "4000000000000341"};
    return r;
  }();
  return d;
}

bool KnownIssuer(const Definition& rules, const std::string& d) {
  for (const Issuer& is : rules.issuers) {
    const size_t k = is.prefix_from.size();
    if (d.size() < k) continue;
    const std::string head = d.substr(0, k);
    if (head < is.prefix_from || head > is.prefix_to) continue;
    for (int len : is.lengths) {
      if (static_cast<size_t>(len) == d.size()) return true;
    }
    return false;
  }
  return false;
}

}  // namespace rules::payment_card

namespace {

class PaymentCardDetector : public Detector {
 public:
  Category category() const override { return Category::kPaymentCard; }

  std::vector<Pattern> patterns() const override { return FormPatterns(rules_.forms); }

  void OnMatch(const ScanContext& ctx, int tag, size_t from, size_t to,
               std::vector<Candidate>* out) const override {
    std::string_view t = ctx.text();
    if (WordCharBefore(t, from) || WordCharAfter(t, to)) return;
    if (to + 1 < t.size() && (t[to] == ' ' || t[to] == '-') && t[to + 1] >= '0' && t[to + 1] <= '9' &&
        !ctx.LineBreakBetween(to, to + 1) && !ctx.TabBetween(to, to + 1)) {
      return;  // a longer group sequence follows (not the next line: "4391...0440\n2 x Tusch")
    }
    std::string_view span = t.substr(from, to - from);
    if (rules_.same_separator && !rules_.forms[static_cast<size_t>(tag)].separators.empty()) {
      // Separators must be consistent.
      char sep = 0;
      for (char c : span) {
        if (c == ' ' || c == '-') {
          if (sep && c != sep) return;
          sep = c;
        }
      }
    }
    std::string d = DigitsOf(span);
    if (d.size() < static_cast<size_t>(rules_.min_digits) ||
        d.size() > static_cast<size_t>(rules_.max_digits)) {
      return;
    }
    if (!rules::Luhn(d) || !rules::payment_card::KnownIssuer(rules_, d)) return;
    if (std::find(rules_.test_numbers.begin(), rules_.test_numbers.end(), d) != rules_.test_numbers.end()) {
      return;
    }
    out->push_back(Candidate{Category::kPaymentCard, from, to, Confidence::kHigh});
  }

  std::string Mask(std::string_view value) const override {
    return MaskDigitsBefore(value, 4);
  }

 private:
  const rules::payment_card::Definition& rules_ = rules::payment_card::Rules();
};

}  // namespace

PG_REGISTER_DETECTOR(Category::kPaymentCard,
                     (CategoryDefaults{
                         .action = Action::kBlock,
                         .label = {"Betalingskortnummer", "Payment card number"},
                         .why = {"Et kortnummer kan misbruges økonomisk og må aldrig deles.",
                                 "A card number can be misused financially and must never be shared."},
                         .placeholder = "KORTNUMMER"}),
                     MakeDetector<PaymentCardDetector>);

}  // namespace privacy_guard
