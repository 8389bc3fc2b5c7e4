// payment_card: payment card numbers.
//
// 1. Candidates: 13–19 digits, plain or in groups separated by single
//    spaces or dashes (4-4-4-4[-3], or Amex 4-6-5), on word boundaries.
// 2. The Luhn check must pass and the number must start with a known issuer
//    prefix (Visa 4, Mastercard 51–55 and 2221–2720, Amex 34/37, Dankort
//    5019, Maestro 50/56–69 with 16–19 digits, Discover 6011/65, JCB 3528–3589, Diners
//    36/38/300–305) with a length that issuer uses. All pass -> high.
#include "engine/detector.h"

namespace privacy_guard {
namespace {

bool Luhn(const std::string& d) {
  int sum = 0;
  bool dbl = false;
  for (size_t i = d.size(); i-- > 0;) {
    int v = d[i] - '0';
    if (dbl) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
    dbl = !dbl;
  }
  return sum % 10 == 0;
}

bool KnownIssuer(const std::string& d) {
  const size_t n = d.size();
  auto pre = [&](int len) { return std::stoi(d.substr(0, static_cast<size_t>(len))); };
  if (d[0] == '4') return n == 13 || n == 16 || n == 19;          // Visa, Visa/Dankort
  int p2 = pre(2), p4 = pre(4);
  if (p2 >= 51 && p2 <= 55) return n == 16;                         // Mastercard
  if (p4 >= 2221 && p4 <= 2720) return n == 16;                     // Mastercard 2-series
  if (p2 == 34 || p2 == 37) return n == 15;                         // Amex
  if (p4 == 5019) return n == 16;                                   // Dankort
  if (p4 == 6011 || p2 == 65) return n >= 16 && n <= 19;            // Discover
  if (p4 >= 3528 && p4 <= 3589) return n >= 16 && n <= 19;          // JCB
  if (p2 == 36 || p2 == 38 || (pre(3) >= 300 && pre(3) <= 305)) return n >= 14 && n <= 19;  // Diners
  // Maestro: 16-19 digits only here. Shorter numbers in the 57 range are
  // Danish EAN/GLN numbers (5790000...), used on every municipal invoice.
  if (p2 == 50 || (p2 >= 56 && p2 <= 69)) return n >= 16 && n <= 19;
  return false;
}

class PaymentCardDetector : public Detector {
 public:
  Category category() const override { return Category::kPaymentCard; }

  std::vector<Pattern> patterns() const override {
    return {
        {"[0-9]{13,19}", 0, 0, "", true},
        {"[0-9]{4}(?:[ -][0-9]{4}){2}[ -][0-9]{1,7}", 0, 1, "", true},
        {"[0-9]{4}[ -][0-9]{4}[ -][0-9]{4}[ -][0-9]{4}[ -][0-9]{1,3}", 0, 1, "", true},
        {"3[47][0-9]{2}[ -][0-9]{6}[ -][0-9]{5}", 0, 1, "", true},
    };
  }

  void OnMatch(const ScanContext& ctx, int tag, size_t from, size_t to,
               std::vector<Candidate>* out) const override {
    std::string_view t = ctx.text();
    if (WordCharBefore(t, from) || WordCharAfter(t, to)) return;
    if (to + 1 < t.size() && (t[to] == ' ' || t[to] == '-') && t[to + 1] >= '0' && t[to + 1] <= '9') {
      return;  // a longer group sequence follows
    }
    std::string_view span = t.substr(from, to - from);
    if (tag == 1) {
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
    if (d.size() < 13 || d.size() > 19) return;
    if (!Luhn(d) || !KnownIssuer(d)) return;
    out->push_back(Candidate{Category::kPaymentCard, from, to, Confidence::kHigh});
  }

  std::string Mask(std::string_view value) const override {
    return MaskDigitsBefore(value, 4);
  }
};

std::unique_ptr<Detector> MakePaymentCard(const DetectorInit&) {
  return std::make_unique<PaymentCardDetector>();
}

CategoryDefaults Defaults() {
  CategoryDefaults d;
  d.action = Action::kBlock;
  d.min_confidence = Confidence::kMedium;
  d.label = {"Betalingskortnummer", "Payment card number"};
  d.why = {"Et kortnummer kan misbruges økonomisk og må aldrig deles.",
           "A card number can be misused financially and must never be shared."};
  d.placeholder = "KORTNUMMER";
  return d;
}

}  // namespace

PG_REGISTER_DETECTOR(Category::kPaymentCard, Defaults(), MakePaymentCard);

}  // namespace privacy_guard
