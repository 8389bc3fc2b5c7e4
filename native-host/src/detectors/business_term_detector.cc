// business_term: business-critical terms from the central policy (and the
// CLI's --terms files): classification markings such as FORTROLIGT, project
// code names, internal system names.
//
// 1. Plain terms match whole words, case-insensitively (Unicode case
//    folding, so "ØKONOMI" matches "økonomi"); the words of a phrase may be
//    separated by any run of white space, line breaks included.
// 2. Regex terms ("re:" lines in term files, business_terms.regex in the
//    policy) are Hyperscan regexes matched case-insensitively; a match must
//    start and end on a word boundary.
// 3. Word boundaries are decided with ICU character classes in the match
//    callback (Hyperscan's \b is ASCII-only and unusable next to æ, ø, å).
// 4. Confidence: high (IT put the term in the policy on purpose).
#include <hs/hs.h>

#include <cctype>

#include "engine/detector.h"
#include "engine/normalize.h"
#include "privacy_guard/policy.pb.h"

namespace privacy_guard {
namespace {

std::string EscapeLiteral(std::string_view word) {
  std::string out;
  for (char c : word) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x80 && !std::isalnum(u)) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

// "Må ikke  videregives" -> "Må\s+ikke\s+videregives" (words escaped). The
// term is normalised like the text the engine scans (NFKC, every dash '-',
// white space ' ', invisible characters removed), so "INTERNT – FORTROLIGT"
// with an en dash matches however the prompt writes its dash.
std::string PhraseRegex(std::string_view raw_term) {
  NormalizedText norm;
  std::string error;
  const std::string term = norm.Build(raw_term, &error) ? norm.text() : std::string(raw_term);
  std::string out;
  size_t i = 0;
  bool first = true;
  while (i < term.size()) {
    while (i < term.size() && std::isspace(static_cast<unsigned char>(term[i]))) ++i;
    size_t j = i;
    while (j < term.size() && !std::isspace(static_cast<unsigned char>(term[j]))) ++j;
    if (j > i) {
      if (!first) out += "\\s+";
      out += EscapeLiteral(term.substr(i, j - i));
      first = false;
    }
    i = j;
  }
  return out;
}

class BusinessTermDetector : public Detector {
 public:
  explicit BusinessTermDetector(std::vector<Pattern> patterns) : patterns_(std::move(patterns)) {}

  Category category() const override { return Category::kBusinessTerm; }
  std::vector<Pattern> patterns() const override { return patterns_; }

  void OnMatch(const ScanContext& ctx, int tag, size_t from, size_t to,
               std::vector<Candidate>* out) const override {
    std::string_view t = ctx.text();
    if (from >= to) return;
    if (WordCharBefore(t, from) || WordCharAfter(t, to)) return;
    out->push_back(Candidate{Category::kBusinessTerm, from, to, Confidence::kHigh});
  }

  // The term itself comes from the policy, not from a person: show it.
  std::string Mask(std::string_view value) const override { return std::string(value); }

 private:
  std::vector<Pattern> patterns_;
};

std::unique_ptr<Detector> MakeBusinessTerm(const DetectorInit& init) {
  std::vector<Pattern> patterns;
  const unsigned flags = HS_FLAG_CASELESS | HS_FLAG_UTF8 | HS_FLAG_UCP;
  const auto& bt = init.policy.business_terms();
  for (int i = 0; i < bt.term_size(); ++i) {
    std::string re = PhraseRegex(bt.term(i));
    if (re.empty()) continue;
    patterns.push_back({re, flags, 0, "business_terms.term[" + std::to_string(i) + "]"});
  }
  for (int i = 0; i < bt.regex_size(); ++i) {
    patterns.push_back({bt.regex(i), flags, 1, "business_terms.regex[" + std::to_string(i) + "]"});
  }
  for (size_t k = 0; k < init.data.term_files.size(); ++k) {
    const std::string& entry = init.data.term_files[k];
    const std::string field = "term_files[" + std::to_string(k) + "]";
    if (entry.rfind("re:", 0) == 0) {
      patterns.push_back({entry.substr(3), flags, 1, field});
    } else {
      std::string re = PhraseRegex(entry);
      if (!re.empty()) patterns.push_back({re, flags, 0, field});
    }
  }
  return std::make_unique<BusinessTermDetector>(std::move(patterns));
}

}  // namespace

PG_REGISTER_DETECTOR(Category::kBusinessTerm,
                     (CategoryDefaults{
                         .action = Action::kWarn,
                         .label = {"Forretningskritisk oplysning", "Business-critical information"},
                         .why = {"Teksten er mærket eller nævner noget, organisationen har udpeget som fortroligt.",
                                 "The text is marked as, or mentions something the organisation has designated, confidential."},
                         .placeholder = "FORTROLIGT"}),
                     MakeBusinessTerm);

}  // namespace privacy_guard
