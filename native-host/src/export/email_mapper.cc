// email -> Purview: the e-mail detector's address shape (rules/email.h) as
// a bounded regex; functional mailboxes excluded.
#include "export/mapper.h"
#include "privacy_guard/rules/email.h"

namespace privacy_guard::exporter::purview {
namespace {

// "a-z0-9._%+'-" -> "A-Za-z0-9._%+'-": Purview matches case-sensitively.
std::string BothCases(const std::string& class_body) {
  std::string out;
  for (size_t i = 0; i < class_body.size(); ++i) {
    if (class_body.compare(i, 3, "a-z") == 0) {
      out += "A-Za-z";
      i += 2;
    } else {
      out.push_back(class_body[i]);
    }
  }
  return out;
}

void Shared(PackageBuilder& b) {
  const rules::email::Definition& r = rules::email::Rules();
  const std::string domain = BothCases(r.domain_chars);
  // Bounded (Purview has no '+'): 64 characters before '@', 253 after.
  std::string domain_dot = domain;
  domain_dot.insert(domain_dot.size() - 1, ".");  // '-' stays last
  b.AddRegex("Regex_pg_email",
             "[" + BothCases(r.local_chars) + "]{1,64}@[" + domain + "][" + domain_dot +
                 "]{0,252}\\.[A-Za-z]{" + std::to_string(r.min_tld) + "," +
                 std::to_string(r.max_tld) + "}\\b",
             "");
  b.Provide("email", {"Regex_pg_email"});
}

std::vector<PatternCandidate> Map(PackageBuilder& b, CategorySummary* s) {
  const rules::email::Definition& r = rules::email::Rules();
  std::string alt;
  for (const std::string& m : *r.functional_mailboxes) {
    alt += (alt.empty() ? "" : "|") + EscapeRegexLiteral(m);
  }
  b.AddRegex("Regex_pg_email_functional",
             "(?i)(?:^|[^" + BothCases(r.local_chars) + "])(?:" + alt + ")@", "");
  s->note = "functional mailboxes (post@, info@, ...) are excluded by proximity, not by value";
  return {
      Make(Confidence::kHigh, "Regex_pg_email", {Evidence::NoneOf({"Regex_pg_email_functional"})},
           "e-mail address that is not a functional mailbox"),
      Make(Confidence::kLow, "Regex_pg_email", {}, "any e-mail address"),
  };
}

}  // namespace

PG_REGISTER_MAPPER(Category::kEmail, "1", Shared, Map);

}  // namespace privacy_guard::exporter::purview
