// cvr: Danish company registration numbers (CVR, and SE numbers).
//
// 1. Candidates: 8 digits, plain or as "12 34 56 78" / "1234 5678" (spaces,
//    dashes or dots between the groups), on word boundaries; the VAT form "DK12345678" ("DK 12 34 56 78").
// 2. Modulus 11 with weights 2,7,6,5,4,3,2,1 must pass; the first digit is
//    not 0.
// 3. Confidence: high in the VAT form, or when a CVR/SE/VAT keyword (cvr,
//    cvr-nr., se-nr., momsnr., vat no. ...) occurs in the 40 bytes before or
//    ("(CVR)") the 16 after; otherwise low (eight
//    digits pass the checksum one time in eleven, so without a keyword an
//    8-digit number is far more likely a phone or case number).
#include "engine/detector.h"
#include "privacy_guard/rules/checksums.h"
#include "privacy_guard/rules/cvr.h"
#include "privacy_guard/rules/vocabulary.h"

namespace privacy_guard {

namespace rules::cvr {

const Definition& Rules() {
  static const Definition d = [] {
    Definition r;
    r.forms.push_back(NumberForm{"plain", {}, {}, {Digits(8, 8, "1-9")}, {}});
    // "12 34 56 78", "12-34-56-78", "12.34.56.78"; "1234 5678", "1234-5678".
    const Separator sep{.max_spaces = 1, .marks = "-."};
    r.forms.push_back(Grouped("grouped", 4, 2, sep, "1-9"));
    r.forms.push_back(Grouped("halves", 2, 4, sep, "1-9"));
    // The VAT form of a CVR number: "DK12345678", "DK 12 34 56 78",
    // "DK-12345678".
    const Separator after_dk{.optional = true, .max_spaces = 1, .marks = "-"};
    NumberForm vat{"vat", {"DK"}, after_dk, {Digits(8, 8, "1-9")}, {}};
    r.forms.push_back(vat);
    NumberForm vat_grouped = Grouped("vat_grouped", 4, 2, sep, "1-9");
    vat_grouped.prefixes = {"DK"};
    vat_grouped.after_prefix = after_dk;
    r.forms.push_back(vat_grouped);
    r.mod11_weights = {2, 7, 6, 5, 4, 3, 2, 1};
    r.cvr_words = {&vocabulary::CvrKeywords(), 40};
    r.cvr_words_after = {&vocabulary::CvrKeywordsAfter(), 16};
    return r;
  }();
  return d;
}

}  // namespace rules::cvr

namespace {

class CvrDetector : public Detector {
 public:
  Category category() const override { return Category::kCvr; }

  std::vector<const std::vector<std::string>*> keyword_lists() const override {
    return {rules_.cvr_words.words, rules_.cvr_words_after.words};
  }
  std::vector<Pattern> patterns() const override { return FormPatterns(rules_.forms); }

  void OnMatch(const ScanContext& ctx, int tag, size_t from, size_t to,
               std::vector<Candidate>* out) const override {
    std::string_view t = ctx.text();
    if (WordCharBefore(t, from) || WordCharAfter(t, to)) return;
    const bool vat = !rules_.forms[static_cast<size_t>(tag)].prefixes.empty();
    const bool grouped = !rules_.forms[static_cast<size_t>(tag)].separators.empty();
    if (grouped && to + 2 < t.size() && t[to] == ' ' && t[to + 1] >= '0' && t[to + 1] <= '9' &&
        !ctx.TabBetween(to, to + 1) && !ctx.LineBreakBetween(to, to + 1)) {
      return;  // part of a longer digit-pair sequence
    }
    std::string d = DigitsOf(t.substr(from, to - from));
    if (d.size() != 8) return;
    if (!rules::Mod11(d, rules_.mod11_weights)) return;
    const bool keyword =
        ctx.KeywordBefore(from, rules_.cvr_words.window, *rules_.cvr_words.words) ||
        ctx.KeywordAfter(to, rules_.cvr_words_after.window, *rules_.cvr_words_after.words);
    // In a table whose column says CVR ("Navn;CVR;Bank"): medium.
    const Confidence c = vat || keyword                                      ? Confidence::kHigh
                         : ctx.HeaderHas(from, *rules_.cvr_words.words) ? Confidence::kMedium
                                                                          : Confidence::kLow;
    out->push_back(Candidate{Category::kCvr, from, to, c});
  }

  std::string Mask(std::string_view value) const override {
    return MaskDigitsAfter(value, 2);
  }

 private:
  const rules::cvr::Definition& rules_ = rules::cvr::Rules();
};

}  // namespace

PG_REGISTER_DETECTOR(Category::kCvr,
                     (CategoryDefaults{
                         .action = Action::kWarn,
                         .label = {"CVR-nummer", "CVR number"},
                         .why = {"Et CVR-nummer kan pege på en enkeltmandsvirksomhed og dermed på en person.",
                                 "A CVR number can point to a sole proprietorship and so to a person."},
                         .placeholder = "CVR-NUMMER"}),
                     MakeDetector<CvrDetector>);

}  // namespace privacy_guard
