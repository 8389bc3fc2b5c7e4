// email -> Purview: the e-mail detector's address shapes (rules/email.h) as
// bounded regexes, plain and written out; functional mailboxes and a
// template's or an example's addresses excluded.
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
  // Written out and obfuscated ("hans (at) gmail punktum com", "hans@gmail
  // dot com"): the definition's words, case-insensitive, the address ending
  // in one of its top-level domains. Purview allows no '?' or '{0,m}' inside
  // a group, so each kind of '@' (bracketed, a word, '@') with each kind of
  // dot (bracketed or '.', a word; '@' only with a written dot) is a regex
  // of its own: a word needs white space around it, a bracketed form may
  // touch. Dots inside the domain are '.'.
  std::string tlds;
  for (const std::string& t : r.spelled_tlds) tlds += (tlds.empty() ? "" : "|") + t;
  enum Kind { kBracket, kWord, kSymbol };
  auto kind_of = [](const std::string& w) {
    if (w == "@" || w == ".") return kSymbol;
    return w.front() == ' ' ? kWord : kBracket;
  };
  auto words = [&](const std::vector<std::string>& list, Kind kind, bool with_symbol) {
    std::string alts;
    for (const std::string& w : list) {
      const Kind k = kind_of(w);
      if (k != kind && !(with_symbol && k == kSymbol)) continue;
      std::string t = w;
      while (!t.empty() && t.front() == ' ') t.erase(t.begin());
      while (!t.empty() && t.back() == ' ') t.pop_back();
      std::string e;
      for (char c : t) e += c == ' ' ? std::string("\\s") : EscapeRegexLiteral(std::string(1, c));
      alts += (alts.empty() ? "" : "|") + e;
    }
    const std::string space = kind == kWord ? "\\s{1,3}" : "\\s{0,2}";
    return space + "(?:" + alts + ")" + space;
  };
  const std::string local = "\\b[" + BothCases(r.local_chars) + "]{1,64}";
  const std::string host = "[" + domain_dot + "]{1,253}";
  std::vector<std::string> spelled;
  const struct {
    const char* name;
    std::string at;
    std::string dot;
  } forms[] = {
      {"bracket_at", words(r.at_words, kBracket, false), words(r.dot_words, kBracket, true)},
      {"bracket_at_word_dot", words(r.at_words, kBracket, false), words(r.dot_words, kWord, false)},
      // A word '@' with only '.' dots needs a mailbox-shaped local part or
      // a mail provider's domain (rules/email.h): the two forms below.
      {"word_at", words(r.at_words, kWord, false), words(r.dot_words, kBracket, false)},
      {"word_at_word_dot", words(r.at_words, kWord, false), words(r.dot_words, kWord, false)},
      {"symbol_at_bracket_dot", "@", words(r.dot_words, kBracket, false)},
      {"symbol_at_word_dot", "@", words(r.dot_words, kWord, false)},
  };
  for (const auto& f : forms) {
    const std::string id = std::string("Regex_pg_email_") + f.name;
    b.AddRegex(id, "(?i)" + local + f.at + host + f.dot + "(?:" + tlds + ")\\b", "");
    spelled.push_back(id);
  }
  {
    const std::string lc = BothCases(r.local_chars);
    // A mark between letters, or a digit after a letter (rules/email.h);
    // the provider form cannot leave out the engine's stop words (no
    // look-around in Purview), so the pack may flag "log in at outlook.com".
    const std::string marked = "\\b[" + lc + "]{0,63}[A-Za-z](?:[" +
                               EscapeRegexLiteral(r.mailbox_marks) + "][A-Za-z]|[0-9])[" + lc +
                               "]{0,63}";
    std::string providers;
    for (const std::string& m : r.mail_providers) providers += (providers.empty() ? "" : "|") + m;
    const std::string word_at = words(r.at_words, kWord, false);
    b.AddRegex("Regex_pg_email_word_at_mailbox",
               "(?i)" + marked + word_at + host + "\\.(?:" + tlds + ")\\b", "");
    b.AddRegex("Regex_pg_email_word_at_provider",
               "(?i)" + local + word_at + "(?:" + providers + ")\\.(?:" + tlds + ")\\b", "");
    spelled.push_back("Regex_pg_email_word_at_mailbox");
    spelled.push_back("Regex_pg_email_word_at_provider");
  }
  // Evidence of a person for health: the plain form only (the written-out
  // ones would take the health type past Purview's 20 regexes per type).
  b.Provide("email", {"Regex_pg_email"});
  b.Provide("email_spelled", spelled);
}

std::vector<PatternCandidate> Map(PackageBuilder& b, CategorySummary* s) {
  const rules::email::Definition& r = rules::email::Rules();
  // The functional mailboxes (the whole local part; the engine also takes
  // words joined by '.', '-', '_'), as few regexes as Purview's 1,024
  // characters per regex allow.
  std::vector<std::string> functional;
  std::string alt;
  auto flush = [&] {
    if (alt.empty()) return;
    const std::string id = "Regex_pg_email_functional" +
                           (functional.empty() ? std::string() : "_" + std::to_string(functional.size() + 1));
    b.AddRegex(id, "(?i)(?:^|[^" + BothCases(r.local_chars) + "])(?:" + alt + ")@", "");
    functional.push_back(id);
    alt.clear();
  };
  for (const std::string& m : *r.functional_mailboxes) {
    const std::string e = EscapeRegexLiteral(m);
    if (alt.size() + e.size() + 1 > 900) flush();
    alt += (alt.empty() ? "" : "|") + e;
  }
  flush();
  // A template's or an example's address (rules/email.h): a local part of
  // one to three placeholder words or runs of x ("fornavn.efternavn@",
  // "xxx@"), a whole placeholder local part ("john.doe@"), or a domain
  // reserved for examples. Purview allows no variable repeat inside a
  // group: each number of parts is a regex of its own, and a run of x is
  // listed by its length.
  {
    // One part: a placeholder word, two x's or more, or a whole
    // placeholder; several: the joiners ("dit.navn") and single x's too.
    std::string w;
    for (const std::string& p : r.placeholder_words) w += (w.empty() ? "" : "|") + EscapeRegexLiteral(p);
    for (std::string x = "xx"; x.size() <= 8; x += "x") w += "|" + x;
    std::string whole;
    for (const std::string& p : r.placeholder_locals) whole += "|" + EscapeRegexLiteral(p);
    std::string joined = w + "|x";
    for (const std::string& p : r.placeholder_joiners) joined += "|" + EscapeRegexLiteral(p);
    const std::string start = "(?i)(?:^|[^" + BothCases(r.local_chars) + "])";
    const std::string part = "(?:" + joined + ")";
    const std::string parts[] = {"(?:" + w + whole + ")", part + "[._-]" + part,
                                 part + "[._-]" + part + "[._-]" + part};
    for (const std::string& p : parts) {
      const std::string id = "Regex_pg_email_placeholder_" + std::to_string(functional.size() + 1);
      b.AddRegex(id, start + p + "@", "");
      functional.push_back(id);
    }
    std::string domains;
    for (const std::string& d : r.example_domains) domains += (domains.empty() ? "" : "|") + EscapeRegexLiteral(d);
    std::string tlds;
    for (const std::string& t : r.example_tlds) tlds += (tlds.empty() ? "" : "|") + t;
    // The domain ends there (no look-ahead in Purview: the next character
    // is none of a domain's, or a full stop ends the sentence, or the text
    // ends).
    const std::string host = "[" + BothCases(r.domain_chars) + ".]";
    const std::string dc = BothCases(r.domain_chars);
    const std::string end = "(?:[^." + dc + "]|\\.[^" + dc + "]|\\.$|$)";
    b.AddRegex("Regex_pg_email_example_domain", "(?i)@(?:" + domains + ")" + end, "");
    b.AddRegex("Regex_pg_email_example_subdomain",
               "(?i)@" + host + "{1,200}\\.(?:" + domains + "|" + tlds + ")" + end, "");
    functional.push_back("Regex_pg_email_example_domain");
    functional.push_back("Regex_pg_email_example_subdomain");
  }
  s->note = "functional mailboxes (post@, info@, ...) and a template's or an example's addresses "
            "(fornavn.efternavn@, ...@example.com) are excluded by proximity, not by value";
  std::vector<PatternCandidate> out = {
      Make(Confidence::kHigh, "Regex_pg_email", {Evidence::NoneOf(functional)},
           "e-mail address that is not a functional mailbox")};
  for (const std::string& id : b.Provided("email_spelled")) {
    out.push_back(Make(Confidence::kHigh, id, {},
                       "written-out e-mail address (" + id.substr(15) +
                           ": snabel-a, (at), punktum, [dot]) ending in a known top-level domain"));
  }
  out.push_back(Make(Confidence::kLow, "Regex_pg_email", {}, "any e-mail address"));
  return out;
}

}  // namespace

PG_REGISTER_MAPPER(Category::kEmail, "1", Shared, Map);

}  // namespace privacy_guard::exporter::purview
