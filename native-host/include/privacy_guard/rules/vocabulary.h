// Context words of the detectors, in one place: the detectors use them, and
// the Purview exporter maps the same words into the rule package, so the
// two cannot drift apart. All lower case; a word may end in '.' or contain
// spaces (matched as whole words, see ScanContext::KeywordBefore).
#ifndef PRIVACY_GUARD_RULES_VOCABULARY_H_
#define PRIVACY_GUARD_RULES_VOCABULARY_H_

#include <string>
#include <vector>

namespace privacy_guard::vocabulary {

using Words = std::vector<std::string>;

const Words& CprKeywords();          // "cpr", "personnummer", "født" ...
const Words& CprOtherKeywords();     // "ordrenr.", "fakturanr.", "p-nr." ...
const Words& CprAdjacentOtherKeywords();  // "dok.", "kreditnota": right before it
const Words& CvrKeywords();          // "cvr", "se-nr." ...
const Words& CvrKeywordsAfter();  // "12345678 (CVR)"
const Words& FunctionalMailboxes();  // local parts: "post", "borgerservice" ...
const Words& PhoneKeywords();        // before the number: "tlf.", "mobil" ...
const Words& PhoneKeywordsAfter();   // after the number: "(mobil)", "direkte"
const Words& PhoneOtherKeywords();   // before: "cvr", "konto", "kr." ...
const Words& AmountWordsAfter();     // after: "kr.", "dkk", "mio" ...
const Words& BankKeywords();         // "konto", "reg.nr.", "nemkonto" ...
const Words& NameTitles();           // "fru", "hr" ...
const Words& Weekdays();             // Danish and English: "mandag", "monday" ...
const Words& CalendarWords();        // Weekdays, then months: "januar", "january" ...
const Words& NameFollowers();        // "kommune", "universitet", "gade" ...
const Words& NameFollowersCapitalised();  // "Hus", "Holding": followers with a capital only
// Danish company forms written with a slash: a word, '/', a word ("a/s").
// The tokenizer splits them at the slash ("A/S" is the tokens "A" and "S"),
// so they are no NameFollowers: the name detector matches the two tokens
// around a "/" gap, the bank-account detector the whole form in the folded
// text. `limited`: the owners' liability is limited ("a/s", "p/s", "k/s"),
// not a partnership's ("i/s").
struct CompanyForm {
  std::string form;
  bool limited;
};
const std::vector<CompanyForm>& CompanyForms();
const Words& PaymentWords();
const Words& BankOtherKeywords();    // CprOtherKeywords + "sag", "case": not an account         // "betaling", "payment": a weak bank-account context
const Words& PublicFigures();        // "Karen Blixen", "Niels Bohr", "Mads Skjern": well-known full names
const Words& PublicRoles();          // "statsminister", "forfatteren", "king" ...
const Words& PublishedWorks();       // "roman", "teori", "model", "novel" ...
// The writer's own task with a person ("referatet fra mødet med Mette
// Hansen:", "reply to Hans Jensen:"): a task word, then a preposition, then
// the name before a colon. SplitSentences ends the sentence at that colon
// before the writer's "Jeg/Vi/We" clause.
const Words& WritersTasks();             // "mødet", "referat", "svar", "meeting" ...
const Words& WritersTaskPrepositions();  // "med", "til", "with", "to"
const Words& WritersSubjects();          // the clause's first word: "jeg", "vi", "we"

}  // namespace privacy_guard::vocabulary

#endif  // PRIVACY_GUARD_RULES_VOCABULARY_H_
