// email: e-mail addresses.
//
// 1. Candidates: local@domain.tld with the usual characters (RFC 5322
//    dot-atom subset, ASCII), TLD of 2+ letters.
// 2. Confidence: high for a personal address; low for the functional
//    mailboxes organisations publish (post@, info@, kontakt@, noreply@ ...),
//    which are not personal data.
#include <hs/hs.h>

#include "engine/detector.h"
#include "privacy_guard/rules/email.h"
#include "privacy_guard/rules/vocabulary.h"

namespace privacy_guard {

namespace rules::email {

const Definition& Rules() {
  static const Definition d = [] {
    Definition r;
    r.local_chars = "a-z0-9._%+'-";
    r.domain_chars = "a-z0-9-";
    r.min_tld = 2;
    r.max_tld = 24;
    r.functional_mailboxes = &vocabulary::FunctionalMailboxes();
    return r;
  }();
  return d;
}

}  // namespace rules::email

namespace {


class EmailDetector : public Detector {
 public:
  Category category() const override { return Category::kEmail; }

  std::vector<Pattern> patterns() const override {
    const rules::email::Definition& r = rules::email::Rules();
    const std::string domain = "[" + r.domain_chars + "]+";
    return {{"[" + r.local_chars + "]+@" + domain + "(?:\\." + domain + ")*\\.[a-z]{" +
                 std::to_string(r.min_tld) + "," + std::to_string(r.max_tld) + "}",
             HS_FLAG_CASELESS, 0, ""}};
  }

  void OnMatch(const ScanContext& ctx, int tag, size_t from, size_t to,
               std::vector<Candidate>* out) const override {
    std::string_view t = ctx.text();
    if (WordCharAfter(t, to)) return;  // a longer TLD match will follow
    // Trim leading dots/quotes.
    while (from < to && (t[from] == '.' || t[from] == '\'' || t[from] == '-')) ++from;
    std::string_view v = t.substr(from, to - from);
    size_t at = v.find('@');
    if (at == 0 || at == std::string_view::npos) return;
    std::string local;
    AppendFolded(v.substr(0, at), &local);
    Confidence c = Confidence::kHigh;
    for (const std::string& f : *rules::email::Rules().functional_mailboxes) {
      if (local == f) c = Confidence::kLow;
    }
    out->push_back(Candidate{Category::kEmail, from, to, c});
  }

  std::string Mask(std::string_view value) const override {
    size_t at = value.find('@');
    if (at == std::string_view::npos || at == 0) return "***";
    size_t first_len = 1;
    while (first_len < at && (static_cast<unsigned char>(value[first_len]) & 0xC0) == 0x80) {
      ++first_len;
    }
    return std::string(value.substr(0, first_len)) + "***" + std::string(value.substr(at));
  }
};

std::unique_ptr<Detector> MakeEmail(const DetectorInit&) {
  return std::make_unique<EmailDetector>();
}

CategoryDefaults Defaults() {
  CategoryDefaults d;
  d.action = Action::kWarn;
  d.min_confidence = Confidence::kMedium;
  d.label = {"E-mailadresse", "E-mail address"};
  d.why = {"En personlig e-mailadresse er en personoplysning.",
           "A personal e-mail address is personal data."};
  d.placeholder = "E-MAIL";
  d.numbered_placeholder = true;
  return d;
}

}  // namespace

PG_REGISTER_DETECTOR(Category::kEmail, Defaults(), MakeEmail);

}  // namespace privacy_guard
