// The health detector's parts shared by its two files: health_detector.cc
// (lists, linking to the person, registration) and health_match.cc (terms
// and phrase rules). Private to the detector.
#ifndef PRIVACY_GUARD_DETECTORS_HEALTH_DETECTOR_H_
#define PRIVACY_GUARD_DETECTORS_HEALTH_DETECTOR_H_

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "engine/detector.h"
#include "engine/lexicon.h"
#include "engine/per_thread.h"
#include "engine/quotations.h"
#include "engine/sentences.h"
#include "privacy_guard/rules/health.h"

namespace privacy_guard::health_detail {

using rules::health::Definition;

// What a folded word is, as bits.
enum WordFlag : uint32_t {
  kTermDa = 1u << 0,       // a one-word Danish term
  kTermEn = 1u << 1,       // a one-word English term
  kMedicine = 1u << 2,     // a one-word medicine name
  kIgnore = 1u << 3,       // never a term alone (common_words, health_ignore)
  kBodyDa = 1u << 4,
  kBodyEn = 1u << 5,
  kSide = 1u << 6,
  kInjuryDa = 1u << 7,
  kInjuryEn = 1u << 8,
  kSpecialist = 1u << 9,
  kDoseUnit = 1u << 10,
  kPronoun = 1u << 11,
  kRole = 1u << 12,
  kFunctionDa = 1u << 13,
  kFunctionEn = 1u << 14,
  kHealthHead = 1u << 15,
  kOtherHead = 1u << 16,
  kTopicNoun = 1u << 17,
  kTopicPrep = 1u << 18,
  kState = 1u << 19,
  kStateVerb = 1u << 20,
  kMedicationVerb = 1u << 21,
  kAdmission = 1u << 22,
  kTreatment = 1u << 23,
  kSelfHead = 1u << 24,
  kCareModifier = 1u << 25,
  kAidHead = 1u << 26,
  kAidVerb = 1u << 27,
  kNever = 1u << 28,  // health_ignore: not even as a generic word
  kOtherSubject = 1u << 29,
  kAbbreviation = 1u << 30,
  kBrandSuffix = 1u << 31,
};

// Multi-word entries of the lists and of the rules, by their first word.
enum class Kind : uint8_t {
  kTermDa, kTermEn, kMedicine, kState, kAdmission, kTreatment, kMedicationVerb, kStateVerb,
  kSpecialist, kRole, kAidVerb, kLimit, kActivity, kFall, kFallAuxiliary, kMeasure, kCare
};

struct Phrase {
  std::vector<std::string> words;
  Kind kind;
  // HashWord(words[1]) when a third word follows (the second is then never
  // inflected): most phrases fail on their second word, told by the token's
  // own hash without a string compare.
  uint64_t second_hash = 0;
};

// More bits, for rule words looked up on every token of a sentence.
enum WordFlag2 : uint16_t {
  kWeightWord = 1u << 0,   // rules.weights: "vejer", "tabt"
  kAbilityWord = 1u << 1,  // rules.abilities: "kan", "can"
  kFallNoun = 1u << 2,     // rules.fall_nouns: "fald", "falls"
  kBodyFunction = 1u << 3, // rules.body_functions: "sover", "hears"
  kIntensifier = 1u << 4,  // rules.intensifiers: "meget", "very"
  kPossessive = 1u << 5,   // rules.possessives: "min", "her"
  kUseVerb = 1u << 6,      // rules.drug_verbs, drink_verbs, smoke_verbs
  kStateWord = 1u << 7,    // rules.body_states, fluids, fluid_states
  kLayStart = 1u << 8,     // first word of a LayStateAt rule: intake
                           // functions, ailing, neglect_before, impaired_before, help_verbs
  kServicePlan = 1u << 9,    // rules.service_plans_en: "procedure", "coordinators"
  kServiceAction = 1u << 10, // rules.service_actions_en: "visit", "informed"
  kHyphenHead = 1u << 11,    // rules.hyphen_heads: "sæsonen"
  kServicePlace = 1u << 12,  // rules.service_places_en: "centre", "programme"
  kFalseHead = 1u << 13,     // rules.false_heads: "assistent", "fangst"
  kPhraseFiller = 1u << 14,  // rules.phrase_fillers: "har", "rigtig", "really"
  kKinGenitive = 1u << 15,   // rules.kin_genitives: "fars", "mors"
};

// The first min(4, size) bytes of a word, packed little-end first: a word
// that starts with `w` starts with these bytes too.
inline uint32_t WordPrefix(std::string_view w) {
  uint32_t v = 0;
  for (size_t k = 0; k < w.size() && k < 4; ++k) v |= static_cast<uint32_t>(static_cast<uint8_t>(w[k])) << (8 * k);
  return v;
}

// A multi-word entry as its first word's lexicon entry holds it: what
// tells most entries apart from the text without reading the entry.
struct PhraseRef {
  uint64_t second_hash;    // Phrase::second_hash
  uint32_t index;          // into the detector's phrases
  uint32_t second_prefix;  // WordPrefix(second word): an inflected one starts so too
  uint8_t words;           // number of words
  uint8_t prefix_len;      // min(4, size of the second word)
  Kind kind;
};

struct WordInfo {
  uint32_t flags = 0;
  uint16_t flags2 = 0;
  std::vector<PhraseRef> phrases;  // multi-word entries starting with this word
  std::vector<Kind> single_kinds;  // rule lists that hold this word alone
  uint32_t phrase_kinds = 0;       // bit k: a phrase of Kind k starts here
};

// A word of a scanned text: its info (null = unknown) and where it is.
struct Word {
  const WordInfo* info = nullptr;
  size_t token = 0;
};


class HealthDetector : public Detector {
 public:
  // Indexes the policy's health lists (data) and the rule word classes.
  explicit HealthDetector(const DataSets& data);

  Category category() const override { return Category::kHealth; }
  bool uses_tokens() const override { return true; }
  int phase() const override { return 1; }

  void Scan(const ScanContext& ctx, std::vector<Candidate>* out) const override;

  // The term itself is a medical word, not the person: show it.
  std::string Mask(std::string_view value) const override { return std::string(value); }

 private:
  static std::string FoldWord(std::string_view s) {
    std::string f;
    AppendFolded(s, &f);
    return f;
  }
  // The words of `entry` (folded; split at spaces, hyphens, full stops,
  // apostrophes and the marks the tokenizer splits at: "type 2-diabetes" ->
  // {"type", "2", "diabetes"}, "ktr. BT" -> {"ktr", "bt"}, "Crohn's
  // disease" -> {"crohn", "s", "disease"}, "can't" -> {"can", "t"}).
  static std::vector<std::string> Split(std::string_view entry) {
    std::string buf;
    std::vector<std::string_view> views;
    SplitViews(entry, &buf, &views);
    return std::vector<std::string>(views.begin(), views.end());
  }
  // Split() into a reused buffer, without allocating: the words of `entry`
  // as views into *buf (valid until the next call with the same buffers).
  static void SplitViews(std::string_view entry, std::string* buf,
                         std::vector<std::string_view>* words) {
    buf->clear();
    words->clear();
    AppendFolded(entry, buf);
    const size_t tab = buf->find('\t');
    if (tab != std::string::npos) buf->resize(tab);
    const std::string_view f = *buf;
    size_t s = 0;
    while (s < f.size()) {
      size_t e = s;
      size_t mark = 1;  // bytes of the separator at e
      while (e < f.size() && f[e] != ' ' && f[e] != '-' && f[e] != '/' && f[e] != ',' &&
             f[e] != '(' && f[e] != ')' && f[e] != '.' && f[e] != '\'') {
        if (f.compare(e, 3, "\u2019") == 0) {
          mark = 3;
          break;
        }
        ++e;
      }
      if (e > s) words->push_back(f.substr(s, e - s));
      s = e + mark;
    }
  }
  void AddWords(std::string_view entry, uint32_t flag) {
    SplitViews(entry, &split_buf_, &split_words_);
    for (std::string_view w : split_words_) lex_.Upsert(w).flags |= flag;
  }
  // Tens of thousands of entries are added at start-up: single words (most
  // of them) go straight into the lexicon; only phrases keep copies.
  void AddTerm(std::string_view entry, uint32_t flag, Kind kind) {
    SplitViews(entry, &split_buf_, &split_words_);
    const std::vector<std::string_view>& views = split_words_;
    if (views.empty()) return;
    if (views.size() == 1) {
      WordInfo& in = lex_.Upsert(views[0]);
      if (views[0].size() >= 3) in.flags |= flag;
      if (kind == Kind::kLimit || kind == Kind::kActivity || kind == Kind::kFall ||
          kind == Kind::kFallAuxiliary || kind == Kind::kMeasure || kind == Kind::kCare) {
        in.single_kinds.push_back(kind);
      }
      return;
    }
    std::vector<std::string> words(views.begin(), views.end());
    const uint64_t second = words.size() > 2 ? HashWord(words[1]) : 0;
    const PhraseRef ref{second, static_cast<uint32_t>(phrases_.size()), WordPrefix(words[1]),
                        static_cast<uint8_t>(std::min<size_t>(words.size(), 255)),
                        static_cast<uint8_t>(std::min<size_t>(words[1].size(), 4)), kind};
    phrases_.push_back(Phrase{std::move(words), kind, second});
    WordInfo& first = lex_.Upsert(phrases_.back().words[0]);
    first.phrases.push_back(ref);
    first.phrase_kinds |= 1u << static_cast<unsigned>(kind);
  }

  // Adds the regular past, participle and infinitive of a Danish phrase
  // that opens with a present-tense verb (health_detector.cc).
  void AddVerbForms(std::string_view entry);

  // One matched health term: tokens [first, last].
  struct Match {
    size_t first, last;
  };
  // Every health term in sentence tokens [b, e) (`english`: the sentence's
  // language), appended to *out (health_match.cc).
  void MatchSentence(const ScanContext& ctx, size_t b, size_t e, bool english,
                     std::vector<Match>* out) const;

  // One look-up per token and scan: Scan() fills the per-thread table for
  // its tokens; other token lists (none today) are looked up directly.
  // The table look-up inline, the rest out of line (Info() is called for
  // the same tokens many times over; inlined whole, it was not inlined).
  const WordInfo* Info(const Tokens& tk, size_t i) const {
    if (&tk == scan_tokens_ && i < scan_size_) [[likely]] return scan_info_data_[i];
    return FindInfo(tk, i);
  }
  const WordInfo* FindInfo(const Tokens& tk, size_t i) const;
  // WordTerm() per token and language, memoised for the scan: 0 = not yet,
  // 1 = no term, 2 + kind = a term of that kind.
  bool CachedWordTerm(const Tokens& tk, size_t i, bool english, Kind* kind) const;
  uint32_t Flags(const Tokens& tk, size_t i) const {
    const WordInfo* in = Info(tk, i);
    return in ? in->flags : 0;
  }
  // True if `word` (folded) is one of a rule list's words.
  // Called for most tokens against short lists: the size and the first
  // byte rule out nearly every entry before the bytes are compared.
  static bool InList(const std::vector<std::string>& list, std::string_view word) {
    if (word.empty()) return std::find(list.begin(), list.end(), word) != list.end();
    for (const std::string& w : list) {
      if (w.size() == word.size() && w[0] == word[0] &&
          std::memcmp(w.data() + 1, word.data() + 1, word.size() - 1) == 0) {
        return true;
      }
    }
    return false;
  }
  static bool InList(const std::vector<std::string>& list, const Tokens& tk, size_t i) {
    return InList(list, tk.folded(tk[i]));
  }
  // True if `w` ends with `suffix` after a stem of at least `min_stem` bytes
  // ("vomited": "vomit" + "ed" with min_stem 4; "ed" alone does not).
  static bool EndsAfterStem(std::string_view w, std::string_view suffix, size_t min_stem) {
    return w.size() >= suffix.size() + min_stem && w.ends_with(suffix);
  }
  // True if EndsAfterStem(w, s, min_stem) for one of `suffixes`.
  static bool EndsWithAny(std::string_view w, const std::vector<std::string>& suffixes,
                          size_t min_stem) {
    return std::any_of(suffixes.begin(), suffixes.end(),
                       [&](const std::string& s) { return EndsAfterStem(w, s, min_stem); });
  }
  uint16_t Flags2(const Tokens& tk, size_t i) const {
    const WordInfo* in = Info(tk, i);
    return in ? in->flags2 : 0;
  }

  // A measured limit at token i ("kan gå max 20 meter", rules/health.h):
  // its last token, or i when there is none.
  size_t MeasuredLimitAt(const ScanContext& ctx, size_t i, size_t e, bool english) const;
  // For counted falls at token i ("tre fald"): false when a preposition and
  // a word that is no time follow ("tre fald i ledigheden").
  bool CountedFallEnds(const ScanContext& ctx, size_t i, size_t e) const;
  // A care word at token i with a frequency after it (rules/health.h): the
  // frequency's last token, or i when there is none.
  size_t CareWithFrequency(const ScanContext& ctx, size_t b, size_t i, size_t e) const;
  // A body function done badly ("sover dårligt", "hører dårligt", "can't
  // sleep" is a limit): its last token, or i.
  size_t FunctionDoneBadlyAt(const ScanContext& ctx, size_t b, size_t i, size_t e) const;
  // Intake reduced or neglected, a function impaired, an ailing body part or
  // help with daily living ("spiser kun lidt", "har ikke spist", "poor
  // sleep", "dårlig ryg", "hjælpe ham på toilettet"; rules/health.h
  // intake_functions ... help_verbs): its last token, or i when there is
  // none. `english`: the sentence's language, for the activity phrases.
  size_t LayStateAt(const ScanContext& ctx, size_t i, size_t e, bool english) const;
  // The number of tokens from i that spell one of `phrases` (the longest),
  // 0 if none.
  static size_t PhraseLength(const std::vector<std::vector<std::string>>& phrases, const Tokens& tk,
                             size_t i, size_t e);
  // An intensified state ("ekstremt træt", "very weak"): its last token, or i.
  // True if token i is a form of "fald-", "fell" or "fall" and one of
  // `fall_idioms` follows it, or a subject pronoun and then one ("faldt til
  // ro", "faldt hun til ro", "fell behind").
  bool FallIdiomAt(const Tokens& tk, size_t i, size_t e) const;
  // True if the care word at token i is work the person does ("står for
  // rengøring", a work verb up to three words before) or is of or with a
  // thing ("rengøring af kontoret", "tilsyn med byggepladsen").
  bool CareIsWork(const Tokens& tk, size_t b, size_t i, size_t e) const;
  // True if the generic word at token i is timed as a symptom is: one of
  // `frequency_adjectives` before it ("natlige smerter") or "om natten",
  // "om morgenen", "om aftenen" after it.
  bool TimedAt(const ScanContext& ctx, size_t b, size_t i, size_t e) const;
  size_t IntensifiedStateAt(const ScanContext& ctx, size_t i, size_t e) const;

  // The longest multi-word entry of one of `kinds` starting at token i whose
  // words follow each other with single spaces or hyphens: its number of
  // tokens, or 0 when there is none. English entries only when
  // `english`, Danish ones only when not (medicines and rule phrases of
  // both languages always).
  size_t PhraseAt(const ScanContext& ctx, size_t i, size_t scope_end, bool english,
                  std::initializer_list<Kind> kinds, Kind* kind_out) const;

  // The term kind of the single word at token i (with inflection,
  // derivation and compounds), or false.
  bool WordTerm(const Tokens& tk, size_t i, bool english, Kind* kind) const;
  // The part of WordTerm() that depends on the word `w` (entry `in`) alone:
  // inflection, medicine shape, person derivation, compound.
  bool DerivedTerm(std::string_view w, const WordInfo* in, bool english, Kind* kind) const;
  static constexpr size_t kMemoWords = 1 << 16;
  // The listed term `w` is an inflection of (Danish endings, or English
  // plural endings when `english`), or null.
  const WordInfo* Stemmed(std::string_view w, bool english) const;
  // A Danish compound that is health (see health_rules.cc); *aid: only as
  // an assistive aid ("badebænk"), which the caller may also accept after
  // an aid verb when no care modifier says so.
  bool Compound(std::string_view w, bool* aid_head) const;

  // Phrase rules starting at token i: the last token of a match, or i when
  // there is none.
  size_t InjuryAt(const ScanContext& ctx, size_t i, size_t end, bool english) const;
  // True if token i is an injury word, or a Danish inflection of one.
  bool InjuryWord(const Tokens& tk, size_t i) const;
  size_t DoseAfter(const ScanContext& ctx, size_t i, size_t end) const;
  // i + 1 if token i + 1 belongs to a brand name ("Pinex Comp"), else i.
  size_t BrandSuffixAfter(const Tokens& tk, size_t i, size_t end) const;
  // An unlisted capitalised word as a medicine: with a dose after it, or
  // (`after_verb`) followed by "mod/for <term>"; sets *last.
  bool UnknownMedicineAt(const ScanContext& ctx, size_t i, size_t end, bool after_verb,
                         size_t* last) const;
  bool AfterStateVerb(const ScanContext& ctx, size_t scope_start, size_t i) const;
  // True if one of rules.care_verbs ends right before token i or before an
  // article before it ("ønsker plejebolig", "har ret til en
  // ledsagerordning"; not "ønsker at udbyde rengøringshjælp").
  bool AfterCareVerb(const Tokens& tk, size_t scope_start, size_t i) const;
  // True if the care word at token i is a role: after one of
  // rules.role_before with no state verb before that ("ansat som
  // rengøringshjælp"; not "modtager som aflastning").
  bool CareRoleAt(const Tokens& tk, size_t scope_start, size_t i) const;
  // True if the one-word term at token i is a surname: capitalised (not
  // all capitals) right after a capitalised word no list knows, which
  // itself follows a lower-case word and a space ("uses Simone Biles
  // withdrawing"; not "Living With Chronic Pain", a title, nor "Take
  // Ibuprofen" at a sentence's start).
  bool SurnameShapeAt(const ScanContext& ctx, size_t scope_start, size_t i) const;
  // True if the Danish term ending at token `last` is joined by a hyphen to
  // one of rules.hyphen_heads ("influenza-sæsonen").
  bool HyphenHeadAfter(const ScanContext& ctx, size_t last, size_t scope_end) const;
  // An aid by its last part ("stok", "gribetang").
  bool AidWord(std::string_view w) const;
  // True if token i alone is an entry of rule list `kind`.
  bool IsSingle(const Tokens& tk, size_t i, Kind kind) const;
  // True if `w` is `base` with an English plural or a Danish ending.
  bool InflectionOf(std::string_view w, std::string_view base) const;
  // "hoften er brækket", "knee replacement": the last token, or i.
  size_t BodyInjuryAt(const ScanContext& ctx, size_t i, size_t end) const;
  // A fall with a person as its subject at token i (see Definition::falls).
  bool FallAt(const ScanContext& ctx, size_t scope_start, size_t i, size_t end) const;
  // "CPAP-maskine": tokens i and i+1 around a hyphen as a compound.
  size_t HyphenCompoundAt(const ScanContext& ctx, size_t i, size_t end) const;
  // True if only list separators stand between medicine token `prev` and
  // token i ("Panodil, Pinex og Pamol").
  bool ListContinues(const ScanContext& ctx, size_t prev, size_t i) const;
  // A medicine by its spelling: an INN ending, or an English spelling of a
  // listed (Danish-spelled) name.
  bool MedicineShape(std::string_view w) const;
  // True if the sentence starts with a subject that is not the person:
  // "Jeg", "Vi", "Kommunen", "We".
  bool OwnSubject(const Tokens& tk, const Sentence& sen) const;
  // A person found by the phase-0 detectors (medium confidence or more).
  struct Anchor {
    size_t start, end;
    uint8_t strength;  // 2: name or CPR number; 1: address, e-mail, phone
    bool name;
    bool email = false;
    // A meeting's participant, listed after a label such as "Deltagere:" or
    // "Present:": a numbered agenda item below links to her only by an
    // explicit reference (rules/health.h participant_labels).
    bool participant = false;
    // Named after a subject label (rules.subject_labels): a record's subject.
    bool subject = false;
  };
  // True if the name at [start, end) is a participant (Anchor::participant):
  // not one marked as the citizen, relative or patient the meeting is about
  // ("Sara Lindholm (borger)", "daughter Lene Korsholm").
  bool Participant(const ScanContext& ctx, size_t start, size_t end) const;
  // True if the name or CPR number at `start` follows one of
  // rules.subject_labels and a colon at the start of its line: a record's
  // subject (Anchor::subject).
  bool RecordSubject(const ScanContext& ctx, size_t start) const;
  // True if the name at `name_start` follows one of rules naming_intros on
  // its line ("Han hedder Arne Kloster", "Her name is ...").
  bool NamedByIntro(const ScanContext& ctx, size_t name_start) const;
  // The folded text of at most 24 bytes before `pos` on its line, spaces
  // before `pos` left out, into *out; returns where it starts. Self- and
  // naming introductions are read from it.
  static size_t FoldedBefore(const ScanContext& ctx, size_t pos, std::string* out);
  // True if `folded` ends with `phrase` at a word boundary.
  static bool EndsWithPhrase(std::string_view folded, std::string_view phrase);
  // A letter or mail signed with a name ("Mvh Inger-Lise Bruun", "Kind
  // regards,\nJens Holm"): its first-person sentences before the signature
  // are about the signer ("Jeg har fået svimmelhed af min medicin"), so
  // their (*link)[s] becomes 2. `anchors` sorted by start; sentences[0, ns)
  // in text order.
  // A body part in a symptom state at token i (Definition::body_states):
  // the span's last token, or i.
  size_t BodyStateAt(const ScanContext& ctx, size_t i, size_t end) const;
  // Substance use at token i (see Definition::drug_verbs): the last token
  // of the span, or i when there is none.
  size_t SubstanceUseAt(const ScanContext& ctx, size_t i, size_t e) const;
  void LinkSignedLetters(const ScanContext& ctx, const std::vector<Anchor>& anchors,
                         const std::vector<Sentence>& sentences, size_t ns,
                         std::vector<uint8_t>* link) const;
  // English function words minus Danish ones in tokens [b, e) (`skip_i`:
  // not counting "I"/"i", which is both): > 0 reads as English.
  int EnglishLean(const Tokens& tk, size_t b, size_t e, bool skip_i) const;
  // The language of each quotation (engine/quotations.h, FindQuotations'
  // order): whether it or one around it is a title (TitleBefore its mark),
  // and the lean of the innermost one (itself or around it) that is no
  // title and leans either way, 0 if none: a letter pasted in quotes into an
  // instruction in another language ('Lav et resumé af dette brev: "… She
  // needs …"'). One pass: parents come first.
  struct QuotationLanguage {
    bool in_title = false;
    int lean = 0;
  };
  void QuotationLanguages(const ScanContext& ctx, const std::vector<Quotation>& quotations,
                          std::vector<QuotationLanguage>* out) const;
  // True if a quotation whose mark starts at byte `mark` is a title: a word
  // of rules.quotation_titles right before it ('bogen "Living with a
  // Stroke"', 'kurset, "…"'), or "med teksten" / "with the text" (a slogan).
  bool TitleBefore(const ScanContext& ctx, size_t mark) const;
  // True if token i of the sentence is a pronoun that refers to a person
  // named before (han, hun, du, Danish "I" = you plural; not the
  // preposition "i" nor English "I"). *english caches the sentence's
  // language (-1 = not yet counted).
  bool PronounAt(const Tokens& tk, const Sentence& sen, size_t i, int* english) const;
  // True if sentence `sen` holds a word of `words` (rules_.first_person also
  // counts English "I" inside a sentence).
  bool HasPersonWord(const Tokens& tk, const Sentence& sen, const std::vector<std::string>& words) const;
  // A header naming the sender ("Fra: Karina Bjerre"): the first-person
  // sentences of that message are about the sender; one naming the
  // addressee ("Modtager: ...", "Kære ..."): the second-person sentences of
  // the letter (Definition::sender_labels). Sets (*link)[s] = 2.
  void LinkHeaders(const ScanContext& ctx, const std::vector<Anchor>& anchors,
                   const std::vector<Sentence>& sentences, size_t ns, std::vector<uint8_t>* link) const;
  bool TopicBefore(const ScanContext& ctx, size_t scope_start, size_t i) const;
  // True if the English term at tokens [i, last] names a service by its
  // head word after it ("the rehabilitation centre"; see
  // Definition::service_plans_en), in the sentence [scope_start, scope_end).
  bool ServiceHeadAfter(const ScanContext& ctx, size_t scope_start, size_t i, size_t last,
                        size_t scope_end) const;
  // "borgere med handicap": see Definition::group_nouns.
  bool GroupBefore(const Tokens& tk, size_t scope_start, size_t i) const;
  // "indsatsen mod overvægt blandt børn": a population after the term at
  // tokens [i, last] (Definition::population_prepositions).
  bool PopulationAfter(const Tokens& tk, size_t scope_start, size_t i, size_t last, size_t scope_end) const;
  // True if the term at tokens [i, last] is a sick-leave word
  // (rules.absence_words) with a percentage after it on its line, within
  // eight words ("sygefraværet toppede med 11 %", "Sygefravær: afdelingen
  // ligger på 6,2 %"): a statistic, unless the word is indefinite and a
  // name or CPR number stands before it on the line ("Anna Holm sygefravær
  // 6 %" is hers).
  bool StatisticAfter(const ScanContext& ctx, size_t i, size_t last, size_t scope_end) const;
  // True if someone else, unnamed, stands in the six words before token i
  // of the sentence starting at `scope_start` (rules/health.h
  // other_persons) as the subject of a relative clause, not after a
  // copula.
  bool OtherPersonBefore(const Tokens& tk, size_t scope_start, size_t i) const;
  // True if one of rules.presenting_verbs stands at most eight words before
  // token i in the sentence starting at `scope_start`, with no state or
  // medication verb, possessive, cause word (rules.presenting_stops) or
  // clause mark between, and no reflexive after it ("præsenterer sig med"):
  // what someone presents or teaches.
  bool PresentedBefore(const ScanContext& ctx, size_t scope_start, size_t i) const;
  // True if the capitalised term at tokens [i, last] is part of a unit's
  // name: joined by "&" to a capitalised word that is no health term
  // ("Træning & Rehabilitering", "Training & Rehabilitation"; not "Asthma &
  // Diabetes", and not "og"/"and": "har Diabetes og Astma").
  bool UnitNameAt(const ScanContext& ctx, size_t scope_start, size_t i, size_t last, size_t scope_end) const;

  // True if token i is a care term standing as a cell of a record: a dash,
  // bar, colon, tab or line start before it, and after it a dash, bar,
  // comma, semicolon, tab, line end or a number ("– hjemmehjælp 2 x ugl.").
  bool CareCell(const ScanContext& ctx, size_t i) const;
  // True if token i stands as a cell of its own with cell marks `before`
  // and `after` (besides tabs, line ends and spaced dashes) on either side.
  static bool Cell(const ScanContext& ctx, size_t i, std::string_view before, std::string_view after);
  // True if token i, a generic health word ("feber"), fills a cell of a
  // table row ("| Anton Bech | 2 dage | feber", "Ulla Fredsgaard;Løn;4;
  // Sygdom, delvis raskmeldt"): a cell edge on both sides (a bar, tab,
  // semicolon, line end, or a comma of a list inside the cell), one of them
  // a bar or tab, or a semicolon of a row with at least two or under a row
  // with one ("Navn;Årsag"; a word alone on a line is a list line, "på
  // turen; medicin, madpakke" a clause).
  static bool TableCell(const ScanContext& ctx, size_t i);
  // The last token of a measurement with its value at token i (see
  // Definition::measures), or i when there is none.
  size_t MeasureAt(const ScanContext& ctx, size_t i, size_t end) const;
  // True if token i is one of Definition::guarded_terms with no ruling-out
  // word next to it in the sentence [b, end).
  bool GuardedTermAt(const ScanContext& ctx, size_t b, size_t i, size_t end) const;
  // The last token of a pregnancy's due date at token i in the sentence
  // [b, end) (see Definition::due_words), or i when there is none.
  size_t DueDateAt(const ScanContext& ctx, size_t b, size_t i, size_t end) const;

  // The scan's names, CPR numbers and addresses (medium or more) as
  // (end, start, is name or CPR), sorted by end: found by binary search.
  struct PersonSpan {
    size_t end, start;
    bool name_or_cpr;
  };
  // This thread's tables for the scan running on it (PerThread; a
  // thread_local holds only pointers and sizes, engine/per_thread.h).
  struct ScanTables {
    std::vector<const WordInfo*> infos;
    std::vector<uint8_t> terms[2];  // [english]
    std::vector<PersonSpan> persons;
  };
  static ScanTables& Tables() { return PerThread<ScanTables>(); }
  static thread_local const Tokens* scan_tokens_;
  // The table's data and size as trivial thread-locals (no TLS init call
  // on every Info()).
  static thread_local const WordInfo* const* scan_info_data_;
  static thread_local size_t scan_size_;
  // True if a name or CPR number ends exactly at byte `end`.
  static bool NameOrCprEndsAt(size_t end);
  // True if a name, CPR number or address lies within [from, to].
  static bool PersonWithin(size_t from, size_t to);
  // True if a name, CPR number or address ends before byte `pos` on its line.
  static bool PersonBeforeOnLine(const ScanContext& ctx, size_t pos);

  // Tells this detector's memoised words from another's (a reloaded
  // policy builds a new detector with other lists).
  const uint64_t id_ = NextId();
  static uint64_t NextId() {
    static std::atomic<uint64_t> next{1};
    return next.fetch_add(1);
  }
  const Definition& rules_;
  Lexicon<WordInfo> lex_;
  // Folded group nouns and the first words of group prepositions.
  std::vector<std::string> group_nouns_;
  std::vector<std::string> measure_links_, measure_units_;  // folded
  std::vector<std::string> weight_units_;                   // folded
  std::vector<std::string> limit_units_;                    // folded
  std::string split_buf_;                                   // AddTerm's scratch
  std::vector<std::string_view> split_words_;
  std::vector<std::vector<std::string>> group_preps_;
  // rules.scant, neglect_before, impaired_before, function_nouns, split.
  std::vector<std::vector<std::string>> scant_, neglect_, impaired_, function_nouns_, other_persons_,
      fall_idioms_;
  std::vector<std::vector<std::string>> care_verbs_;  // rules.care_verbs, split
  std::vector<Phrase> phrases_;
};

}  // namespace privacy_guard::health_detail

#endif  // PRIVACY_GUARD_DETECTORS_HEALTH_DETECTOR_H_
