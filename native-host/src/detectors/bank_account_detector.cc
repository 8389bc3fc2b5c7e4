// bank_account: Danish bank accounts, reg.nr. (4 digits) + kontonr. (up to
// 10 digits).
//
// 1. Candidates: "1234-1234567890", "1234 1234567890" (6–10 account
//    digits), and the spelled-out form "reg.nr. 1234 kontonr. 1234567890"
//    (span from the first reg.nr. digit to the last account digit), and
//    "1234 konto 1234567890" / "1234, kto.nr. ..." / "1234 knr. ...", also
//    in English ("registration no. 1234, account no. 1234567890").
// 2. Confidence: spelled-out form -> high. Short form -> high with bank
//    context in the 40 bytes before (konto, kontonr., reg.nr., bank,
//    NemKonto, overfør, indbetal ...), otherwise low (not reported by
//    default: "1234 567890" is just as likely a case or order number).
// 3. Low too when it is a limited company's own account (a supplier's
//    "Kattegat Hjælpemidler A/S, CVR 26741173, bank reg. 5470 account ...";
//    see Definition::limited_forms). A CVR number is still reported: it
//    names the firm, and the policy decides.
#include <algorithm>

#include <hs/hs.h>

#include "engine/detector.h"
#include "engine/keywords.h"
#include "engine/normalize.h"
#include "engine/pattern_render.h"
#include "privacy_guard/rules/bank_account.h"
#include "privacy_guard/rules/vocabulary.h"

namespace privacy_guard {

namespace rules::bank_account {

const Definition& Rules() {
  static const Definition d = [] {
    Definition r;
    r.short_form = NumberForm{"short", {}, {}, {Digits(4, 4), Digits(4, 10)},
                              {Separator{.max_spaces = 1, .marks = "-/", .max_spaces_around = 1}}};
    r.bank_words = {&vocabulary::BankKeywords(), 40};
    r.payment_words = {&vocabulary::PaymentWords(), 40};
    r.other_words = {&vocabulary::BankOtherKeywords(), 25};
    r.limited_forms = {"aps", "ivs", "a.m.b.a.", "a.m.b.a", "amba", "f.m.b.a.", "s.m.b.a.", "gmbh", "ltd",
                       "ltd.", "plc"};
    r.organisation_owners = {"kommunens", "municipality's", "council's", "regionens", "region's",
                             "foreningens", "association's", "klubbens", "club's", "skolens",
                             "school's", "fondens", "menighedsrådets", "sognets"};
    r.organisation_names = {"kommune", "kommunen", "municipality", "council", "region", "regionen",
                            "forening", "foreningen", "association", "klub", "klubben", "club",
                            "menighedsråd", "menighedsrådet"};
    r.account_labels = {"reg", "konto", "kontonr", "cvr", "bank", "account", "nr", "no", "registration", "iban"};
    r.abbreviations = {"reg", "tlf", "ref", "att", "inkl"};
    r.owner_words = {"hendes", "hans", "min", "mit", "mine", "sin", "sit", "sine", "deres", "privat",
                     "privatkonto", "privatkontoen", "her", "his", "my", "their", "private", "personal",
                     "borgeren", "borgerens", "the citizen", "citizen's",
                     // The addressee's ("udbetales til din konto"), and a
                     // person's by role ("ansøgerens", "forældrenes").
                     "din", "dit", "dine", "jeres", "your", "yours", "ansøgerens", "ansøger",
                     "forældrenes", "forælderens", "modtagerens", "lejerens", "elevens",
                     "barnets", "brugerens", "beboerens", "pårørendes", "applicant's",
                     // A person as the subject between ("... or deducted; she
                     // asked for a refund to registration no. ...", dev6).
                     "hun", "han", "she", "he", "they"};
    r.personal_forms = {"enkeltmandsvirksomhed", "enkeltmandsvirksomheden", "sole trader", "selvstændig",
                        "selvstændige", "self-employed"};
    for (const vocabulary::CompanyForm& f : vocabulary::CompanyForms()) {
      (f.limited ? r.limited_forms : r.personal_forms).push_back(f.form);
    }
    r.bank_names = {"bank", "banken", "sparekasse", "sparekassen", "landsbank", "andelskasse",
                    "nordea", "danske", "jyske", "sydbank", "nykredit", "spar", "lunar"};
    // ":" after a word, "," between the numbers, each with spaces or not;
    // up to four spaces in a row, as in pasted or OCR'd vouchers ("Reg. nr.
    // 7670    Konto nr.  3245589946").
    const Separator colon{.optional = true, .max_spaces = 4, .marks = ":", .max_spaces_around = 1};
    const Separator comma{.optional = true, .max_spaces = 4, .marks = ",", .max_spaces_around = 1};
    const Group account_words =
        Words({"konto[ ]nr[.]", "kontonummer", "kto[.][ ]nr[.]", "kto[.]", "konto", "account no[.]",
               "account number", "acc[.] no[.]", "acct[.] no[.]", "acct[.]", "account"});
    r.reg_form = NumberForm{
        "reg_account",
        {},
        {},
        {Words({"reg[.][ ]nr[.]", "reg[.][ ]nummer", "registreringsnummer", "registreringsnr[.]",
                "reg[.][ ]no[.]", "registration no[.]", "registration number", "sort code",
                "reg[.]"}),
         Digits(4, 4), Words({"og", "samt", "&", "and"}, /*optional=*/true), account_words,
         Digits(4, 10)},
        {colon, comma, comma, colon}};
    r.number_form = NumberForm{
        "number_account",
        {},
        {},
        {Digits(4, 4), Words({"konto", "kontonummer", "kontonr[.]", "knr[.]", "kto[.]", "kto[.][ ]nr[.]",
                              "account", "account no[.]", "account number", "acc[.] no[.]"}),
         Digits(4, 10)},
        {Separator{.max_spaces = 1, .marks = "-/,|", .max_spaces_around = 1}, colon}};
    return r;
  }();
  return d;
}

}  // namespace rules::bank_account

namespace {

// True if `word` stands in the folded `text` at `at` as a whole word.
bool WholeWordAt(std::string_view text, std::string_view word, size_t at) {
  const size_t after = at + word.size();
  return (at == 0 || !IsWordByte(text[at - 1])) &&
         (after >= text.size() || !IsWordByte(text[after]) || !IsWordByte(word.back()));
}

// True if the account at `pos` is a limited company's own (see
// Definition::limited_forms).
bool LimitedCompanyBefore(const ScanContext& ctx, size_t pos, const rules::bank_account::Definition& r) {
  const size_t reach = r.company_reach;
  const std::string_view t = ctx.text();
  size_t from = pos > reach ? pos - reach : 0;
  while (from > 0 && (static_cast<unsigned char>(t[from]) & 0xC0) == 0x80) --from;  // a character's start
  // The line, then the sentence: back to the last ". ", "! ", "? " before
  // a capital, after a word of three letters or more that is no
  // abbreviation ("reg. 5470", "VAT no. DK..." are no sentence end).
  size_t ls, le;
  ctx.LineBounds(pos, &ls, &le);
  from = std::max(from, ls);
  auto capital = [&](size_t p) {
    const unsigned char c = static_cast<unsigned char>(t[p]);
    return (c >= 'A' && c <= 'Z') ||
           (c == 0xC3 && p + 1 < t.size() && (t[p + 1] == '\x86' || t[p + 1] == '\x98' || t[p + 1] == '\x85'));
  };
  for (size_t p = pos; p > from + 1; --p) {
    const char c = t[p - 2];
    size_t w = p - 2;
    while (w > from && IsWordByte(static_cast<unsigned char>(t[w - 1]))) --w;
    std::string_view word = t.substr(w, p - 2 - w);
    // ("A/S." ends a sentence: its "S" is no abbreviation.)
    std::string fw;
    if (c == '.') AppendFolded(word, &fw);
    const bool abbreviation = (word.size() < 3 && !(w > 0 && t[w - 1] == '/')) ||
                              std::find(r.abbreviations.begin(), r.abbreviations.end(), fw) != r.abbreviations.end();
    if ((c == '.' || c == '!' || c == '?') && t[p - 1] == ' ' && p < pos && capital(p) &&
        (c != '.' || !abbreviation)) {
      from = p;
      break;
    }
  }
  std::string folded;
  AppendFolded(t.substr(from, pos - from), &folded);
  // The last form before the number decides ("Betal Holm & Søn I/S, ikke
  // Kattegat ApS, på reg. ..." names the partnership's).
  struct Form {
    const std::string* word;
    bool limited;
  };
  std::vector<Form> forms;
  for (const std::string& f : r.limited_forms) forms.push_back({&f, true});
  // An organisation's name or possessive right before the account: only
  // punctuation and labels between (not a colon: "konto til kommunen: reg.
  // ..." is the one given to it), or for a possessive its account word
  // right after it ("kommunens konto", "the municipality's bank account").
  auto adjacent = [&](size_t at, size_t len) {
    if (std::string_view(folded).substr(at + len).find(':') != std::string_view::npos) return false;
    for (size_t p = at + len; p < folded.size();) {
      if (!IsWordByte(static_cast<unsigned char>(folded[p]))) {
        ++p;
        continue;
      }
      size_t q = p;
      while (q < folded.size() && IsWordByte(static_cast<unsigned char>(folded[q]))) ++q;
      const std::string_view w = std::string_view(folded).substr(p, q - p);
      if (std::find(r.account_labels.begin(), r.account_labels.end(), w) == r.account_labels.end()) return false;
      p = q;
    }
    return true;
  };
  auto owns_account = [&](size_t at, size_t len) {
    size_t p = at + len;
    while (p < folded.size() && folded[p] == ' ') ++p;
    size_t q = p;
    while (q < folded.size() && IsWordByte(static_cast<unsigned char>(folded[q]))) ++q;
    const std::string_view w = std::string_view(folded).substr(p, q - p);
    return q > p && (std::find(r.account_labels.begin(), r.account_labels.end(), w) != r.account_labels.end() ||
                     w.ends_with("konto") || w.ends_with("kontoen"));
  };
  // One pass over the words (a possessive "'s" kept with its word): an
  // organisation's name before the number, or its possessive before an
  // account word.
  for (size_t p = 0; p < folded.size();) {
    if (!IsWordByte(static_cast<unsigned char>(folded[p]))) {
      ++p;
      continue;
    }
    size_t q = p;
    while (q < folded.size() && IsWordByte(static_cast<unsigned char>(folded[q]))) ++q;
    if (q + 1 < folded.size() && folded[q] == '\'' && folded[q + 1] == 's' &&
        (q + 2 == folded.size() || !IsWordByte(static_cast<unsigned char>(folded[q + 2])))) {
      q += 2;
    }
    const std::string_view w = std::string_view(folded).substr(p, q - p);
    if (const auto n = std::find(r.organisation_names.begin(), r.organisation_names.end(), w);
        n != r.organisation_names.end() && adjacent(p, w.size())) {
      forms.push_back({&*n, true});
    } else if (const auto o = std::find(r.organisation_owners.begin(), r.organisation_owners.end(), w);
               o != r.organisation_owners.end() && folded.size() - p <= r.owner_reach &&
               owns_account(p, w.size())) {
      forms.push_back({&*o, true});
    }
    p = q;
  }
  for (const std::string& f : r.personal_forms) forms.push_back({&f, false});
  size_t best_at = std::string::npos;
  bool best_limited = false;
  for (const Form& fm : forms) {
    const std::string& form = *fm.word;
    size_t at = 0;
    while ((at = folded.find(form, at)) != std::string::npos) {
      if (WholeWordAt(folded, form, at) && (best_at == std::string::npos || at > best_at)) {
        bool bank = false;
        // A bank among the three words before the form ("Sparekassen
        // Sjælland-Fyn A/S").
        size_t ws = at;
        for (int words = 0; fm.limited && words < 3 && ws > 1 && !bank; ++words) {
          while (ws > 0 && !IsWordByte(folded[ws - 1])) --ws;
          size_t wb = ws;
          while (wb > 0 && IsWordByte(folded[wb - 1])) --wb;
          const std::string_view word = std::string_view(folded).substr(wb, ws - wb);
          for (const std::string& b : r.bank_names) bank = bank || word == b || word.ends_with("bank");
          ws = wb;
        }
        best_at = at;
        best_limited = fm.limited && !bank;
      }
      ++at;
    }
  }
  if (best_at == std::string::npos || !best_limited) return false;
  // A person between the firm and the account owns it: a possessive or
  // "privat" ("... hendes konto"), or two capitalised words in a row ("til
  // Anna Holm, reg. ...", "Anna Holms konto"; not the labels "Reg.",
  // "Konto", "CVR").
  const std::string_view between = std::string_view(folded).substr(best_at);
  for (const std::string& p : r.owner_words) {
    size_t at = 0;
    while ((at = between.find(p, at)) != std::string_view::npos) {
      if (WholeWordAt(between, p, at)) return false;
      ++at;
    }
  }
  const size_t orig_from = std::min(pos, from + best_at);
  int caps_in_row = 0;
  bool first_word = true;  // the form's own word ("A/S", "ApS")
  for (size_t p = orig_from; p < pos;) {
    if (!IsWordByte(static_cast<unsigned char>(t[p]))) {
      ++p;
      continue;
    }
    size_t q = p;
    while (q < pos && IsWordByte(static_cast<unsigned char>(t[q]))) ++q;
    const std::string_view word = t.substr(p, q - p);
    const bool cap = capital(p) && word.size() > 1 && !(word[1] >= 'A' && word[1] <= 'Z');
    std::string f;
    AppendFolded(word, &f);
    const bool label = std::find(r.account_labels.begin(), r.account_labels.end(), f) != r.account_labels.end();
    if (!first_word && cap && !label) {
      if (++caps_in_row == 2) return false;
    } else {
      caps_in_row = 0;
    }
    first_word = false;
    p = q;
  }
  return true;
}

enum Tag { kShort = 0, kReg = 1, kNumber = 2 };

class BankAccountDetector : public Detector {
 public:
  Category category() const override { return Category::kBankAccount; }

  std::vector<const std::vector<std::string>*> keyword_lists() const override {
    return {rules_.bank_words.words, rules_.payment_words.words, rules_.other_words.words};
  }
  std::vector<Pattern> patterns() const override {
    return {
        {HyperscanRegex(rules_.short_form), 0, kShort, "", true},
        // "9570, konto 0004355350", "8117 knr. 3654818226", "2650 - kontonummer ..."
        {HyperscanRegex(rules_.number_form), HS_FLAG_CASELESS, kNumber, "", true},
        {HyperscanRegex(rules_.reg_form), HS_FLAG_CASELESS, kReg, "", true},
    };
  }

  void OnMatch(const ScanContext& ctx, int tag, size_t from, size_t to,
               std::vector<Candidate>* out) const override {
    std::string_view t = ctx.text();
    if (WordCharAfter(t, to)) return;
    if (to + 1 < t.size() && (t[to] == '-' || t[to] == '.' || t[to] == ',' || t[to] == '/') &&
        t[to + 1] >= '0' && t[to + 1] <= '9') {
      return;
    }
    // Not the tail of another number ("080891-2066, konto ...").
    if (from >= 2 && (t[from - 1] == '-' || t[from - 1] == '.' || t[from - 1] == '/') &&
        t[from - 2] >= '0' && t[from - 2] <= '9') {
      return;
    }
    // A limited company's own account (not a bank's customer's): "supplier
    // Kattegat Hjælpemidler A/S, CVR 26741173, bank reg. 5470 account ...".
    auto company = [&] { return LimitedCompanyBefore(ctx, from, rules_); };
    if (tag == kNumber) {
      if (WordCharBefore(t, from)) return;
      out->push_back(Candidate{Category::kBankAccount, from, to, company() ? Confidence::kLow : Confidence::kHigh});
      return;
    }
    if (tag == kReg) {
      if (WordCharBefore(t, from)) return;
      // Report the digits part: from the first digit.
      size_t start = from;
      while (start < to && !(t[start] >= '0' && t[start] <= '9')) ++start;
      out->push_back(Candidate{Category::kBankAccount, start, to, company() ? Confidence::kLow : Confidence::kHigh});
      return;
    }
    if (WordCharBefore(t, from)) return;
    if (from >= 2 && (t[from - 1] == '-' || t[from - 1] == '.' || t[from - 1] == '/' ||
                      t[from - 1] == ' ') &&
        t[from - 2] >= '0' && t[from - 2] <= '9') {
      return;
    }
    std::string d = DigitsOf(t.substr(from, to - from));
    // At least 6 account digits: "1234 5678" is a phone number or a year
    // range far more often than an account.
    if (d.size() < rules_.min_digits) return;
    // Without a bank word: medium for an account written out to all ten
    // digits after the four of the reg. no., or after a payment word (see
    // Definition::full_digits); shorter accounts need a bank word.
    // A bank word over its column ("Navn;CVR;Bank") counts as one before it.
    Confidence c = Confidence::kLow;
    if (ctx.KeywordBefore(from, rules_.bank_words.window, *rules_.bank_words.words) ||
        ctx.HeaderHas(from, *rules_.bank_words.words)) {
      c = Confidence::kHigh;
    } else if (!ctx.KeywordBefore(from, rules_.other_words.window, *rules_.other_words.words) &&
               !ctx.HeaderHas(from, *rules_.other_words.words) &&
               !ctx.LineBreakBetween(from, to) && !ctx.TabBetween(from, to) &&
               (d.size() == rules_.full_digits ||
                ctx.KeywordBefore(from, rules_.payment_words.window, *rules_.payment_words.words))) {
      c = Confidence::kMedium;
    }
    if (c != Confidence::kLow && company()) c = Confidence::kLow;
    out->push_back(Candidate{Category::kBankAccount, from, to, c});
  }

  std::string Mask(std::string_view value) const override {
    return MaskDigitsAfter(value, 4);
  }

 private:
  const rules::bank_account::Definition& rules_ = rules::bank_account::Rules();
};

}  // namespace

PG_REGISTER_DETECTOR(Category::kBankAccount,
                     (CategoryDefaults{
                         .action = Action::kBlock,
                         .label = {"Kontonummer", "Bank account number"},
                         .why = {"Et kontonummer er en fortrolig økonomisk oplysning om en person eller virksomhed.",
                                 "An account number is confidential financial information about a person or company."},
                         .placeholder = "KONTONUMMER"}),
                     MakeDetector<BankAccountDetector>);

}  // namespace privacy_guard
