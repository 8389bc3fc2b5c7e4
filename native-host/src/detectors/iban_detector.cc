// iban: international bank account numbers (ISO 13616), any country.
//
// 1. Candidates: two letters, two check digits, then 11–30 alphanumerics,
//    with or without spaces every four characters (case-insensitive).
// 2. The length must be the registered length for the country when the
//    country is known (DK 18, DE 22, ...), 15–34 otherwise, and the
//    ISO 7064 mod-97 check must give 1. Both pass -> high; nothing else is
//    reported (a random string passes mod-97 one time in 97).
// 3. The registry's published example IBANs are no one's account and are
//    not reported (rules/iban.h examples).
#include <hs/hs.h>

#include <algorithm>
#include <cctype>

#include "engine/detector.h"
#include "privacy_guard/rules/checksums.h"
#include "privacy_guard/rules/iban.h"

namespace privacy_guard {

namespace rules::iban {

const Definition& Rules() {
  static const Definition d = [] {
    Definition r;
    r.lengths = {
        {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"BA", 20}, {"BE", 16},
        {"BG", 22}, {"BH", 22}, {"CH", 21}, {"CY", 28}, {"CZ", 24}, {"DE", 22},
        {"DK", 18}, {"EE", 20}, {"ES", 24}, {"FI", 18}, {"FO", 18}, {"FR", 27},
        {"GB", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27}, {"HR", 21}, {"HU", 28},
        {"IE", 22}, {"IL", 23}, {"IS", 26}, {"IT", 27}, {"LI", 21}, {"LT", 20},
        {"LU", 20}, {"LV", 21}, {"MC", 27}, {"MT", 31}, {"NL", 18}, {"NO", 15},
        {"PL", 28}, {"PT", 25}, {"RO", 24}, {"SA", 24}, {"SE", 24}, {"SI", 19},
        {"SK", 24}, {"SM", 27}, {"TR", 26}, {"UA", 29}};
    r.min_length = 15;
    r.max_length = 34;
    r.examples = {"DE89370400440532013000",   "GB29NWBK60161331926819",  "GB82WEST12345698765432",
                  "DK5000400440116243",       "NL91ABNA0417164300",      "FR1420041010050500013M02606",
                  "NO9386011117947",          "SE4550000000058398257466", "FI2112345600000785",
                  "BE68539007547034",         "ES9121000418450200051332", "IT60X0542811101000000123456",
                  "CH9300762011623852957",    "AT611904300234573201",    "PL61109010140000071219812874",
                  "IE29AIBK93115212345678",   "IS140159260076545510730339", "GL8964710001000206",
                  "FO6264600001631634",       "LU280019400644750000",    "PT50000201231234567890154"};
    return r;
  }();
  return d;
}

}  // namespace rules::iban

namespace {

class IbanDetector : public Detector {
 public:
  Category category() const override { return Category::kIban; }

  std::vector<Pattern> patterns() const override {
    return {{"[a-z]{2}[0-9]{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?",
             HS_FLAG_CASELESS, 0, "", true}};
  }

  void OnMatch(const ScanContext& ctx, int tag, size_t from, size_t to,
               std::vector<Candidate>* out) const override {
    std::string_view t = ctx.text();
    if (WordCharBefore(t, from) || WordCharAfter(t, to)) return;
    std::string v;
    for (size_t i = from; i < to; ++i) {
      if (t[i] != ' ') v.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(t[i]))));
    }
    const rules::iban::Definition& r = rules::iban::Rules();
    if (v.size() < static_cast<size_t>(r.min_length) || v.size() > static_cast<size_t>(r.max_length)) {
      return;
    }
    auto it = r.lengths.find(v.substr(0, 2));
    if (it != r.lengths.end() && static_cast<int>(v.size()) != it->second) return;
    // Lower case ("dk50 0040 ...", typed fast) is accepted: a word-like
    // string passing the country length and mod-97 is not plausible.
    if (!rules::IbanMod97(v)) return;
    if (std::find(r.examples.begin(), r.examples.end(), v) != r.examples.end()) return;
    out->push_back(Candidate{Category::kIban, from, to, Confidence::kHigh});
  }

  std::string Mask(std::string_view value) const override {
    // Country and check digits, the rest masked but the last two.
    std::string out;
    size_t alnum_total = 0;
    for (char c : value) alnum_total += std::isalnum(static_cast<unsigned char>(c)) != 0;
    size_t seen = 0;
    for (char c : value) {
      if (!std::isalnum(static_cast<unsigned char>(c))) {
        out.push_back(c);
        continue;
      }
      out.push_back(seen < 4 || seen + 2 >= alnum_total ? c : 'X');
      ++seen;
    }
    return out;
  }
};

}  // namespace

PG_REGISTER_DETECTOR(Category::kIban,
                     (CategoryDefaults{
                         .action = Action::kBlock,
                         .label = {"IBAN-kontonummer", "IBAN account number"},
                         .why = {"Et kontonummer er en fortrolig økonomisk oplysning om en person eller virksomhed.",
                                 "An account number is confidential financial information about a person or company."},
                         .placeholder = "IBAN"}),
                     MakeDetector<IbanDetector>);

}  // namespace privacy_guard
