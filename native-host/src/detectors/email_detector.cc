// email: e-mail addresses.
//
// 1. Candidates: local@domain.tld with the usual characters (RFC 5322
//    dot-atom subset, ASCII), TLD of 2+ letters.
// 2. Confidence: high for a personal address; low for the functional
//    mailboxes organisations publish (post@, info@, kontakt@, noreply@ ...),
//    which are not personal data, and for a template's or an example's
//    address (fornavn.efternavn@..., xxx@..., ...@example.com).
#include <hs/hs.h>

#include <unordered_set>

#include "engine/detector.h"
#include "engine/pattern_render.h"
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
    // Words with letters on both ends need a space on either side ("at",
    // "snabel-a"); bracketed ones may touch ("hans[at]gmail").
    r.at_words = {"(at)", "[at]", "{at}", "<at>", " at ", " snabel-a ", " snabel a ", "(snabel-a)",
                  "[snabel-a]", "@"};
    r.dot_words = {"(dot)", "[dot]", "{dot}", "<dot>", " dot ", " punktum ", "(punktum)",
                   "[punktum]", "."};
    r.spelled_tlds = {"dk", "com", "net", "org", "se", "no", "de", "eu", "info", "io", "uk",
                      "nl", "fr", "gl", "fo", "is", "fi", "pl", "ro", "ua", "biz", "online"};
    r.mailbox_marks = "._";
    r.placeholder_words = {"fornavn", "efternavn", "mellemnavn", "navn", "ditnavn", "mitnavn",
                           "brugernavn", "initialer", "modtager", "afsender", "medarbejder",
                           "eksempel", "firstname", "lastname", "name", "yourname", "username",
                           "someone", "somebody", "recipient", "sender", "employee", "example",
                           "sample"};
    // Only beside a placeholder word ("dit.navn", "first.last"): alone,
    // "mit@", "din@" are a person's initials.
    r.placeholder_joiners = {"dit", "din", "mit", "min", "first", "last", "your", "my"};
    r.placeholder_locals = {"john.doe", "jane.doe", "johndoe", "janedoe", "first.last"};
    // RFC 2606 and eksempel.dk, the example domain of Danish guides
    // (deliberate: nobody's mailbox).
    r.example_domains = {"example.com", "example.org", "example.net", "eksempel.dk"};
    r.example_tlds = {"example", "test", "invalid", "localhost"};
    r.at_stopwords = {"in", "on", "me", "us", "him", "her", "them", "you", "it", "log", "logged",
                      "sign", "signed", "found", "available", "look", "see", "here", "there",
                      "online", "read", "check", "apply", "order", "book", "register",
                      "mig", "os", "dem", "ham", "hende", "dig", "jer", "se", "læs", "tjek",
                      "find", "kig", "husk"};
    r.mail_providers = {"gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo",
                        "icloud", "me", "mail", "email", "protonmail", "proton", "gmx", "aol",
                        "jubii", "ofir", "webspeed", "stofanet", "youmail", "tdcadsl", "mobilixnet"};
    return r;
  }();
  return d;
}

}  // namespace rules::email

namespace {

enum Tag { kPlain = 0, kSpelled = 1 };

// Where the local part of `v` (an address, plain or spelled out) ends: at
// '@', or at the space or bracket before a spelled-out "at".
size_t LocalEnd(std::string_view v) {
  size_t at = v.find('@');
  if (at != std::string_view::npos) return at;
  for (size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (c == ' ' || c == '(' || c == '[' || c == '{' || c == '<') return i;
  }
  return std::string_view::npos;
}

class EmailDetector : public Detector {
 public:
  // Indexes the functional mailbox words and the place names (folded).
  explicit EmailDetector(const DataSets& data) {
    for (const std::string& w : *rules::email::Rules().functional_mailboxes) {
      std::string f;
      AppendFolded(w, &f);
      functional_.insert(std::move(f));
    }
    for (const std::string& p : data.places) {
      std::string f;
      AppendFolded(p, &f);
      if (f.find(' ') == std::string::npos) places_.insert(std::move(f));
    }
    for (const std::string& w : rules::email::Rules().placeholder_words) placeholder_words_.insert(w);
    for (const std::string& w : rules::email::Rules().placeholder_locals) placeholder_locals_.insert(w);
    for (const std::string& w : rules::email::Rules().placeholder_joiners) placeholder_joiners_.insert(w);
  }

  Category category() const override { return Category::kEmail; }

  std::vector<Pattern> patterns() const override {
    const rules::email::Definition& r = rules::email::Rules();
    const std::string domain = "[" + r.domain_chars + "]+";
    std::vector<Pattern> out = {
        {"[" + r.local_chars + "]+@" + domain + "(?:\\." + domain + ")*\\.[a-z]{" +
             std::to_string(r.min_tld) + "," + std::to_string(r.max_tld) + "}",
         HS_FLAG_CASELESS, kPlain, ""}};
    // Spelled out: the '@' and the dots as words (normalised text: one
    // space stands for any white space).
    auto alternatives = [](const std::vector<std::string>& words) {
      std::string alts;
      for (const std::string& w : words) {
        std::string e;
        for (char c : w) e += c == ' ' ? std::string(" ?") : EscapeRegex(std::string(1, c));
        alts += (alts.empty() ? "" : "|") + e;
      }
      return "(?:" + alts + ")";
    };
    std::string tlds;
    for (const std::string& t : r.spelled_tlds) tlds += (tlds.empty() ? "" : "|") + t;
    const std::string at = " ?" + alternatives(r.at_words) + " ?";
    const std::string dot = " ?" + alternatives(r.dot_words) + " ?";
    out.push_back({"[" + r.local_chars + "]+" + at + domain + "(?:" + dot + domain + ")*" + dot +
                       "(?:" + tlds + ")",
                   HS_FLAG_CASELESS, kSpelled, ""});
    return out;
  }

  void OnMatch(const ScanContext& ctx, int tag, size_t from, size_t to,
               std::vector<Candidate>* out) const override {
    std::string_view t = ctx.text();
    if (WordCharAfter(t, to)) return;  // a longer TLD match will follow
    // Trim leading dots/quotes.
    while (from < to && (t[from] == '.' || t[from] == '\'' || t[from] == '-')) ++from;
    std::string_view v = t.substr(from, to - from);
    size_t at = LocalEnd(v);
    if (at == 0 || at == std::string_view::npos) return;
    if (tag == kSpelled) {
      // Only a spelled-out form; the plain one is the other pattern's.
      if (v.find('@') != std::string_view::npos) return;
      if (WordCharBefore(t, from)) return;
      if (!SpelledIsAddress(v, at)) return;
    }
    std::string local;
    AppendFolded(v.substr(0, at), &local);
    const Confidence c =
        Functional(local) || Placeholder(local, v.substr(at)) ? Confidence::kLow : Confidence::kHigh;
    out->push_back(Candidate{Category::kEmail, from, to, c});
  }

  // For a spelled-out match `v` whose local part ends at `at`: false when
  // it is a bare word '@' with only '.' dots (rules/email.h) and neither
  // its local part nor its domain looks like a mailbox's.
  bool SpelledIsAddress(std::string_view v, size_t at) const {
    const rules::email::Definition& r = rules::email::Rules();
    std::string_view rest = v.substr(at);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    if (rest.empty() || !IsAsciiAlpha(rest.front())) return true;  // "(at)", "[at]" ...
    // Skip the '@' word ("at", "snabel-a", "snabel a") and the space after.
    const size_t word_end = rest.find(' ', rest.size() > 7 && Lower(rest.substr(0, 7)) == "snabel " ? 7 : 0);
    if (word_end == std::string_view::npos) return true;
    std::string_view domain = rest.substr(word_end);
    while (!domain.empty() && domain.front() == ' ') domain.remove_prefix(1);
    if (domain.find_first_of(" ([{<") != std::string_view::npos) return true;  // a written dot
    const std::string_view local = v.substr(0, at);
    // A mark between letters or digits ("jens.hansen", "tina_b"), or
    // letters then digits ("tina77"); not "4.2" or "self-service".
    bool letters = false, digits_after_letters = false;
    for (size_t i = 0; i < local.size(); ++i) {
      const char c = local[i];
      const bool alpha = IsAsciiAlpha(c);
      const bool digit = c >= '0' && c <= '9';
      if (digit && letters) digits_after_letters = true;
      if (alpha) letters = true;
      if (r.mailbox_marks.find(c) != std::string::npos && i > 0 && i + 1 < local.size() &&
          IsAsciiAlpha(local[i - 1]) && IsAsciiAlpha(local[i + 1])) {
        return true;
      }
    }
    if (digits_after_letters) return true;
    // A mail provider's address: "provider.tld", the local part no common
    // word ("Log in at outlook.com").
    const size_t dot = domain.find('.');
    if (dot == std::string_view::npos || domain.find('.', dot + 1) != std::string_view::npos) {
      return false;
    }
    const std::string first = Lower(domain.substr(0, dot));
    const std::string local_lower = Lower(local);
    for (const std::string& w : r.at_stopwords) {
      if (local_lower == w) return false;
    }
    for (const std::string& m : r.mail_providers) {
      if (first == m) return true;
    }
    return false;
  }

  static std::string Lower(std::string_view s) {  // the engine's case folding
    std::string o;
    AppendFolded(s, &o);
    return o;
  }
  static bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

  // True if the folded local part is an organisation's mailbox: a listed
  // function ("post") or words of the list and place names joined by '.',
  // '-', '_' or '+' ("borgerservice.grenaa", "born-unge"), each with an
  // optional trailing number ("info2").
  bool Functional(std::string_view local) const {
    if (functional_.count(std::string(local))) return true;
    size_t s = 0;
    bool any_function = false;
    while (s <= local.size()) {
      size_t e = local.find_first_of(".-_+", s);
      if (e == std::string_view::npos) e = local.size();
      std::string_view part = local.substr(s, e - s);
      while (!part.empty() && part.back() >= '0' && part.back() <= '9') part.remove_suffix(1);
      if (part.empty()) return false;
      const std::string key(part);
      if (functional_.count(key) || FunctionalCompound(part)) {
        any_function = true;
      } else if (!places_.count(key)) {
        return false;
      }
      s = e + 1;
    }
    return any_function;
  }

  // True if the address is a template's or an example's (rules/email.h):
  // `local` folded, `rest` from the '@' (or the spelled-out "at") on.
  bool Placeholder(std::string_view local, std::string_view rest) const {
    if (placeholder_locals_.count(std::string(local))) return true;
    // Every part a placeholder word, a joiner or a run of x's, and at
    // least one a word or a run of two x's or more ("xx@", "x.x@"; "x@"
    // alone may be an initial).
    bool all_placeholder = !local.empty(), strong = false;
    size_t parts = 0;
    for (size_t s = 0; all_placeholder && s <= local.size(); ++parts) {
      size_t e = local.find_first_of(".-_", s);
      if (e == std::string_view::npos) e = local.size();
      const std::string part(local.substr(s, e - s));
      const bool xs = !part.empty() && part.find_first_not_of('x') == std::string::npos;
      const bool word = placeholder_words_.count(part) > 0;
      strong = strong || word || (xs && part.size() >= 2);
      all_placeholder = xs || word || placeholder_joiners_.count(part) > 0;
      s = e + 1;
    }
    if (all_placeholder && (strong || (parts > 1 && local.find_first_not_of("x.-_") == std::string::npos))) {
      return true;
    }
    // The domain: letters, digits, '-' and '.' after the '@' (a spelled-out
    // form's words are not looked at).
    const size_t at = rest.find('@');
    if (at == std::string_view::npos) return false;
    std::string domain;
    AppendFolded(rest.substr(at + 1), &domain);
    while (!domain.empty() && domain.back() == '.') domain.pop_back();
    for (const std::string& d : rules::email::Rules().example_domains) {
      if (domain == d || (domain.size() > d.size() && domain[domain.size() - d.size() - 1] == '.' &&
                          domain.compare(domain.size() - d.size(), d.size(), d) == 0)) {
        return true;
      }
    }
    const size_t dot = domain.rfind('.');
    const std::string tld = dot == std::string::npos ? domain : domain.substr(dot + 1);
    for (const std::string& t : rules::email::Rules().example_tlds) {
      if (tld == t) return true;
    }
    return false;
  }

  // True if `part` is a compound whose last part is a function of six
  // letters or more after at least three ("lonkontoret", "sundhedscentret",
  // "skoleservice"): a unit of the organisation. Names do not end so.
  bool FunctionalCompound(std::string_view part) const {
    if (Segments(part)) return true;
    constexpr size_t kMinHead = 3, kMinFunction = 6;
    for (size_t k = kMinHead; k + kMinFunction <= part.size(); ++k) {
      if (functional_.count(std::string(part.substr(k)))) return true;
    }
    // A plural: "tandklinikker" (klinik), "plejecentre" (center -> centre),
    // "sundhedscentre".
    for (std::string_view ending : {"e", "er", "r", "re", "ker"}) {
      if (part.size() > ending.size() + kMinFunction &&
          part.substr(part.size() - ending.size()) == ending) {
        std::string base(part.substr(0, part.size() - ending.size()));
        if (ending == "re") base += "er";
        if (functional_.count(base)) return true;
        for (size_t k = kMinHead; k + kMinFunction <= base.size(); ++k) {
          if (functional_.count(base.substr(k))) return true;
        }
      }
    }
    return false;
  }

  // True if `part` is listed functions written together, with "og"/"and"
  // or a linking 's' between: "itsupport", "vejogpark", "klimaogmiljo",
  // "sundhedskonsulent", at least one of four letters or more. A name is no
  // run of function words (no first name is in the list).
  bool Segments(std::string_view part) const {
    const size_t n = part.size();
    if (n < 6 || n > 48) return false;
    // can[i]: part[0, i) splits; long[i]: with a function of 4+ letters.
    std::vector<uint8_t> can(n + 1, 0), long_fn(n + 1, 0);
    can[0] = 1;
    for (size_t i = 0; i < n; ++i) {
      if (!can[i]) continue;
      for (size_t len = 2; i + len <= n && len <= 24; ++len) {
        const std::string_view w = part.substr(i, len);
        const bool joiner = w == "og" || w == "and";
        if (!joiner && !functional_.count(std::string(w))) continue;
        const bool is_long = !joiner && len >= 4;
        for (size_t end : {i + len, i + len + 1}) {  // "sundheds|konsulent"
          if (end > n || (end == i + len + 1 && (joiner || part[i + len] != 's'))) continue;
          can[end] = 1;
          long_fn[end] = long_fn[end] || long_fn[i] || is_long;
        }
      }
    }
    return can[n] && long_fn[n];
  }

  std::string Mask(std::string_view value) const override {
    size_t at = LocalEnd(value);
    if (at == std::string_view::npos || at == 0) return "***";
    size_t first_len = 1;
    while (first_len < at && (static_cast<unsigned char>(value[first_len]) & 0xC0) == 0x80) {
      ++first_len;
    }
    // The domain stays (it is an organisation's, not the person's).
    return std::string(value.substr(0, first_len)) + "***" + std::string(value.substr(at));
  }

 private:
  std::unordered_set<std::string> functional_;
  std::unordered_set<std::string> places_;
  std::unordered_set<std::string> placeholder_words_, placeholder_joiners_, placeholder_locals_;
};

}  // namespace

PG_REGISTER_DETECTOR(Category::kEmail,
                     (CategoryDefaults{
                         .action = Action::kWarn,
                         .label = {"E-mailadresse", "E-mail address"},
                         .why = {"En personlig e-mailadresse er en personoplysning.",
                                 "A personal e-mail address is personal data."},
                         .placeholder = "E-MAIL",
                         .numbered_placeholder = true}),
                     MakeDetector<EmailDetector>);

}  // namespace privacy_guard
