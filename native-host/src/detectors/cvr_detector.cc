// cvr: Danish company registration numbers (CVR, and SE numbers).
//
// 1. Candidates: 8 digits, plain or as "12 34 56 78", on word boundaries.
// 2. Modulus 11 with weights 2,7,6,5,4,3,2,1 must pass; the first digit is
//    not 0.
// 3. Confidence: high when a CVR/SE keyword (cvr, cvr-nr., cvr.nr., se-nr.,
//    virksomhed ...) occurs in the 30 bytes before; otherwise low (eight
//    digits pass the checksum one time in eleven, so without a keyword an
//    8-digit number is far more likely a phone or case number).
#include "engine/detector.h"
#include "engine/vocabulary.h"

namespace privacy_guard {
namespace {


class CvrDetector : public Detector {
 public:
  Category category() const override { return Category::kCvr; }

  std::vector<Pattern> patterns() const override {
    return {{"[1-9][0-9]{7}", 0, 0, "", true},
            {"[1-9][0-9] [0-9]{2} [0-9]{2} [0-9]{2}", 0, 1, "", true}};
  }

  void OnMatch(const ScanContext& ctx, int tag, size_t from, size_t to,
               std::vector<Candidate>* out) const override {
    std::string_view t = ctx.text();
    if (WordCharBefore(t, from) || WordCharAfter(t, to)) return;
    if (tag == 1 && to + 2 < t.size() && t[to] == ' ' && t[to + 1] >= '0' && t[to + 1] <= '9') {
      return;  // part of a longer digit-pair sequence
    }
    std::string d = DigitsOf(t.substr(from, to - from));
    if (d.size() != 8) return;
    static const int kWeights[] = {2, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (int i = 0; i < 8; ++i) sum += (d[i] - '0') * kWeights[i];
    if (sum % 11 != 0) return;
    Confidence c = ctx.KeywordBefore(from, 30, vocabulary::CvrKeywords()) ? Confidence::kHigh
                                                           : Confidence::kLow;
    out->push_back(Candidate{Category::kCvr, from, to, c});
  }

  std::string Mask(std::string_view value) const override {
    return MaskDigitsAfter(value, 2);
  }
};

std::unique_ptr<Detector> MakeCvr(const DetectorInit&) {
  return std::make_unique<CvrDetector>();
}

CategoryDefaults Defaults() {
  CategoryDefaults d;
  d.action = Action::kWarn;
  d.min_confidence = Confidence::kMedium;
  d.label = {"CVR-nummer", "CVR number"};
  d.why = {"Et CVR-nummer kan pege på en enkeltmandsvirksomhed og dermed på en person.",
           "A CVR number can point to a sole proprietorship and so to a person."};
  d.placeholder = "CVR-NUMMER";
  return d;
}

}  // namespace

PG_REGISTER_DETECTOR(Category::kCvr, Defaults(), MakeCvr);

}  // namespace privacy_guard
