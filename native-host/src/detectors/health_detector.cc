// health: health information about an identified person (special-category
// data under GDPR art. 9): diagnoses, symptoms, injuries, medicines,
// treatment and admissions, aids and care at home, disability, addiction,
// pregnancy, sick leave.
//
// The rules are data: the vocabularies are the policy's data files
// (health_terms: Danish diagnoses and lay terms, aids and wards;
// medicines; health_terms_en: English terms; health_ignore and
// common_words: words that are no health term alone); the closed word
// classes of the phrase rules are rules::health::Rules() (health_rules.cc,
// privacy_guard/rules/health.h).
//
// 1. Terms: word tokens (ICU classes, case-folded) matched against the
//    lists, multi-word terms longest first; a word not listed is tried with
//    a Danish ending removed ("diabetesen"), as a person derivation
//    ("diabetiker", "demensramt"), and as a compound: a listed last part
//    ("fødsels|depression") or a listed first part before a health head
//    ("kræft|behandling"); never when the last part is an organisation,
//    an object or a role ("diabetes|foreningen", "medicin|skabet").
// 2. Phrases: an injury word with a body part ("brud på venstre
//    håndled", "ondt i ryggen", "broken hip"); an admission ("indlagt på
//    psykiatrisk afdeling"); treatment ("i behandling hos en psykiater");
//    a medicine with its dose ("Metformin 500 mg"), and an unlisted
//    capitalised word with a dose or after "tager/er sat på" as a medicine;
//    states (sygemeldt, gravid, kørestolsbruger); generic words (feber,
//    medicin) only after a state verb ("har feber").
// 3. Language: English terms only in English sentences, Danish ones only
//    in Danish sentences (by their function words), medicines in both.
// 4. Not a person's health: a topic ("et oplæg om diabetes").
// 5. The person, locally: a term is reported only when its sentence or
//    list item holds a name, CPR number or address (or an e-mail address or
//    phone number) found by the other detectors at medium confidence or
//    more, or refers back to one within a few sentences of the same
//    paragraph (a pronoun, a role word such as "borgeren", the first name or
//    surname alone, or a note line under the person). High confidence with
//    a name or CPR number, medium with contact details only.
#include <algorithm>

#include "detectors/health_detector.h"
#include "privacy_guard/rules/vocabulary.h"

namespace privacy_guard {

using namespace health_detail;

namespace {

// `s` without the spaces at its ends.
std::string_view TrimSpaces(std::string_view s) {
  const size_t b = s.find_first_not_of(' ');
  if (b == std::string_view::npos) return {};
  return s.substr(b, s.find_last_not_of(' ') + 1 - b);
}

// The label of `start`'s line ("Deltagere", "Pt."): the folded text before
// the line's first colon, trimmed of spaces and list marks. Returns the
// offset right after the colon, or npos when no colon precedes `start` on
// its line; `*line_start` (when given) is the line's first byte.
size_t LineLabel(const ScanContext& ctx, size_t start, std::string* label, size_t* line_start = nullptr) {
  const std::string_view text = ctx.text();
  size_t ls, le;
  ctx.LineBounds(start, &ls, &le);
  if (line_start) *line_start = ls;
  const size_t colon = text.substr(ls, start - ls).find(':');
  if (colon == std::string_view::npos) return std::string_view::npos;
  label->clear();
  AppendFolded(text.substr(ls, colon), label);
  const size_t first = label->find_first_not_of(" -*");
  label->erase(0, std::min(first, label->size()));
  while (!label->empty() && label->back() == ' ') label->pop_back();
  return ls + colon + 1;
}

}  // namespace

namespace health_detail {

HealthDetector::HealthDetector(const DataSets& data) : rules_(rules::health::Rules()) {
  lex_.Reserve(data.health_terms.size() + data.medicines.size() + data.health_terms_en.size() +
               2048);
  for (const std::string& w : data.common_words) AddWords(w, kIgnore);
  for (const std::string& w : data.health_ignore) AddWords(w, kIgnore | kNever);
  for (const std::string& w : rules_.weak_terms) lex_.Upsert(FoldWord(w)).flags |= kIgnore;
  for (const std::string& w : rules_.care_terms) {
    lex_.Upsert(FoldWord(w)).flags |= kIgnore;
    AddTerm(w, 0u, Kind::kCare);
  }
  // Places are never an unlisted medicine ("flytter til Randers"), nor are
  // weekdays and months ("her appointment is on Monday").
  for (const std::string& w : data.places) AddWords(w, kIgnore | kNever);
  // (An entry without flags: "August" and "May" stay names elsewhere.)
  for (const std::string& w : vocabulary::CalendarWords()) AddWords(w, 0u);
  for (const rules::health::GuardedTerm& g : rules_.guarded_terms) AddWords(g.word, 0u);
  for (const std::string& t : data.health_terms) {
    AddTerm(t, kTermDa, Kind::kTermDa);
    AddVerbForms(t);
  }
  for (const std::string& t : data.medicines) AddTerm(t, kMedicine, Kind::kMedicine);
  for (const std::string& t : data.health_terms_en) AddTerm(t, kTermEn, Kind::kTermEn);
  const Definition& r = rules_;
  for (const auto& [list, flag] : std::initializer_list<std::pair<const std::vector<std::string>*, uint32_t>>{
           {&r.body_parts.da, kBodyDa}, {&r.body_parts.en, kBodyEn}, {&r.sides.da, kSide},
           {&r.sides.en, kSide}, {&r.injuries.da, kInjuryDa}, {&r.injuries.en, kInjuryEn},
           {&r.dose_units, kDoseUnit}, {&r.pronouns.da, kPronoun}, {&r.pronouns.en, kPronoun},
           {&r.function_words.da, kFunctionDa}, {&r.function_words.en, kFunctionEn},
           {&r.health_heads, kHealthHead}, {&r.other_heads, kOtherHead},
           {&r.topic_nouns.da, kTopicNoun}, {&r.topic_nouns.en, kTopicNoun},
           {&r.topic_prepositions.da, kTopicPrep}, {&r.topic_prepositions.en, kTopicPrep},
           {&r.self_heads, kSelfHead}, {&r.care_modifiers, kCareModifier},
           {&r.aid_heads, kAidHead}, {&r.abbreviations, kAbbreviation},
           {&r.brand_suffixes, kBrandSuffix}, {&r.other_subjects.da, kOtherSubject},
           {&r.other_subjects.en, kOtherSubject}}) {
    for (const std::string& w : *list) lex_.Upsert(FoldWord(w)).flags |= flag;
  }
  for (const auto* list : {&r.group_nouns.da, &r.group_nouns.en}) {
    for (const std::string& w : *list) group_nouns_.push_back(FoldWord(w));
  }
  for (const auto* list : {&r.group_prepositions.da, &r.group_prepositions.en}) {
    for (const std::string& w : *list) group_preps_.push_back(Split(w));
  }
  for (const auto* list : {&r.measures.da, &r.measures.en}) {
    for (const std::string& w : *list) AddTerm(w, 0u, Kind::kMeasure);
  }
  for (const auto* list : {&r.measure_links.da, &r.measure_links.en}) {
    for (const std::string& w : *list) measure_links_.push_back(FoldWord(w));
  }
  for (const std::string& w : r.measure_units) measure_units_.push_back(FoldWord(w));
  for (const auto* list : {&r.weights.da, &r.weights.en}) {
    for (const std::string& w : *list) lex_.Upsert(FoldWord(w)).flags2 |= kWeightWord;
  }
  for (const std::string& w : r.fall_nouns) lex_.Upsert(FoldWord(w)).flags2 |= kFallNoun;
  for (const std::string& w : r.false_heads) lex_.Upsert(FoldWord(w)).flags2 |= kFalseHead;
  for (const std::string& w : r.phrase_fillers) lex_.Upsert(FoldWord(w)).flags2 |= kPhraseFiller;
  for (const std::string& w : r.body_functions) lex_.Upsert(FoldWord(w)).flags2 |= kBodyFunction;
  // Reduced intake: the first words must be known tokens (MatchSentence
  // tries rules on known tokens only).
  for (const auto& [list, split] : {std::pair{&r.scant, &scant_}, std::pair{&r.neglect_before, &neglect_},
                                    std::pair{&r.impaired_before, &impaired_},
                                    std::pair{&r.function_nouns, &function_nouns_},
                                    std::pair{&r.fall_idioms, &fall_idioms_},
                                    std::pair{&r.other_persons, &other_persons_}}) {
    for (const std::string& w : *list) split->push_back(Split(w));
  }
  for (const std::string& w : r.care_verbs) care_verbs_.push_back(Split(w));
  for (const std::string& w : r.intake_functions) lex_.Upsert(FoldWord(w)).flags2 |= kLayStart;
  for (const std::string& w : r.ailing) lex_.Upsert(FoldWord(w)).flags2 |= kLayStart;
  for (const std::string& w : r.help_verbs) lex_.Upsert(FoldWord(w)).flags2 |= kLayStart;
  // (A function noun starts one too: "korttidshukommelse meget nedsat".)
  for (const auto* split : {&neglect_, &impaired_, &function_nouns_}) {
    for (const std::vector<std::string>& words : *split) lex_.Upsert(words.front()).flags2 |= kLayStart;
  }
  for (const std::string& w : r.intensifiers) lex_.Upsert(FoldWord(w)).flags2 |= kIntensifier;
  for (const std::string& w : r.service_plans_en) lex_.Upsert(FoldWord(w)).flags2 |= kServicePlan;
  for (const std::string& w : r.service_places_en) lex_.Upsert(FoldWord(w)).flags2 |= kServicePlace;
  for (const std::string& w : r.service_actions_en) lex_.Upsert(FoldWord(w)).flags2 |= kServiceAction;
  for (const std::string& w : r.hyphen_heads) lex_.Upsert(FoldWord(w)).flags2 |= kHyphenHead;
  for (const std::string& w : r.possessives) lex_.Upsert(FoldWord(w)).flags2 |= kPossessive;
  for (const std::string& w : r.kin_genitives) lex_.Upsert(FoldWord(w)).flags2 |= kKinGenitive;
  for (const auto* list : {&r.drug_verbs, &r.drink_verbs, &r.smoke_verbs}) {
    for (const std::string& w : *list) lex_.Upsert(FoldWord(w)).flags2 |= kUseVerb;
  }
  for (const auto* list : {&r.body_states, &r.fluids, &r.fluid_states}) {
    for (const std::string& w : *list) lex_.Upsert(FoldWord(w)).flags2 |= kStateWord;
  }
  for (const std::string& w : r.weight_units) weight_units_.push_back(FoldWord(w));
  for (const auto* list : {&r.abilities.da, &r.abilities.en}) {
    for (const std::string& w : *list) lex_.Upsert(FoldWord(w)).flags2 |= kAbilityWord;
  }
  for (const std::string& w : r.limit_units) limit_units_.push_back(FoldWord(w));
  for (const auto& [list, flag, kind] : std::initializer_list<std::tuple<const std::vector<std::string>*, uint32_t, Kind>>{
           {&r.states.da, kState, Kind::kState}, {&r.states.en, kState, Kind::kState},
           {&r.admissions.da, kAdmission, Kind::kAdmission},
           {&r.admissions.en, kAdmission, Kind::kAdmission},
           {&r.treatments.da, kTreatment, Kind::kTreatment},
           {&r.treatments.en, kTreatment, Kind::kTreatment},
           {&r.medication_verbs.da, kMedicationVerb, Kind::kMedicationVerb},
           {&r.medication_verbs.en, kMedicationVerb, Kind::kMedicationVerb},
           {&r.state_verbs.da, kStateVerb, Kind::kStateVerb},
           {&r.state_verbs.en, kStateVerb, Kind::kStateVerb},
           {&r.specialists.da, kSpecialist, Kind::kSpecialist},
           {&r.specialists.en, kSpecialist, Kind::kSpecialist},
           {&r.roles.da, kRole, Kind::kRole}, {&r.roles.en, kRole, Kind::kRole},
           {&r.aid_verbs.da, kAidVerb, Kind::kAidVerb}, {&r.aid_verbs.en, kAidVerb, Kind::kAidVerb},
           {&r.limit_phrases.da, 0u, Kind::kLimit}, {&r.limit_phrases.en, 0u, Kind::kLimit},
           {&r.activities.da, 0u, Kind::kActivity}, {&r.activities.en, 0u, Kind::kActivity},
           {&r.falls.da, 0u, Kind::kFall}, {&r.falls.en, 0u, Kind::kFall},
           {&r.fall_auxiliaries.da, 0u, Kind::kFallAuxiliary},
           {&r.fall_auxiliaries.en, 0u, Kind::kFallAuxiliary}}) {
    for (const std::string& w : *list) AddTerm(w, flag, kind);
  }
}

bool HealthDetector::OwnSubject(const Tokens& tk, const Sentence& sen) const {
  // The first words: "Jeg ...", "Vi ...", "Kommunen ...", "The council ...";
  // "I" only as the English first person, not Danish "i" ("Er i
  // metadonbehandling", "I morgen skal hun ...").
  for (size_t i = sen.first; i < sen.end && i < sen.first + 2; ++i) {
    if (!(Flags(tk, i) & kOtherSubject)) continue;
    if (tk.folded(tk[i]) != "i") return true;
    if (tk[i].Has(Token::kUpperInitial) && EnglishLean(tk, sen.first, sen.end, /*skip_i=*/true) > 0) return true;
  }
  return false;
}

bool HealthDetector::GroupBefore(const Tokens& tk, size_t b, size_t i) const {
  // A preposition ending at most three words before the term, a group noun
  // right before it.
  for (const std::vector<std::string>& prep : group_preps_) {
    const size_t n = prep.size();
    for (size_t end = i; end > b && end + 3 > i; --end) {  // prep = tokens [end - n, end)
      if (end < b + n + 1) break;
      const size_t start = end - n;
      bool same = true;
      for (size_t k = 0; k < n && same; ++k) same = tk.folded(tk[start + k]) == prep[k];
      if (!same) continue;
      const std::string_view noun = tk.folded(tk[start - 1]);
      if (std::find(group_nouns_.begin(), group_nouns_.end(), noun) != group_nouns_.end()) return true;
    }
  }
  return false;
}

bool HealthDetector::PopulationAfter(const Tokens& tk, size_t b, size_t i, size_t last, size_t e) const {
  if (last + 2 >= e || !InList(rules_.population_prepositions, tk, last + 1)) return false;
  // The term as a topic: "indsatsen mod overvægt", "figures on obesity"
  // (not "har det højeste sygefravær blandt de ansatte").
  bool topic = false;
  for (size_t k = i; k-- > b && k + 3 > i && !topic;) topic = (Flags(tk, k) & kTopicPrep) != 0;
  if (!topic) return false;
  for (size_t k = last + 2; k < e && k <= last + 3; ++k) {
    const std::string_view w = tk.folded(tk[k]);
    if (std::find(group_nouns_.begin(), group_nouns_.end(), w) != group_nouns_.end()) return true;
  }
  return false;
}

bool HealthDetector::Participant(const ScanContext& ctx, size_t start, size_t end) const {
  const std::string_view text = ctx.text();
  // "Sara Lindholm (borger)": the one the meeting is about.
  if (end + 2 < text.size() && text[end] == ' ' && text[end + 1] == '(') {
    size_t q = end + 2;
    while (q < text.size() && q < end + 30 && text[q] != ')' && text[q] != ' ') ++q;
    std::string w;
    AppendFolded(text.substr(end + 2, q - end - 2), &w);
    const WordInfo* in = lex_.Find(w);
    if (in && (in->flags & kRole)) return false;
  }
  // "daughter Lene Korsholm", "datter Lene": a relative of the person.
  size_t e = start;
  while (e > 0 && text[e - 1] == ' ' && !ctx.LineBreakBetween(e - 1, e)) --e;
  size_t b = e;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != ',' && text[b - 1] != '(' && text[b - 1] != ':') --b;
  if (b < e && e - b <= 40) {
    std::string w;
    AppendFolded(text.substr(b, e - b), &w);
    if (const WordInfo* in = lex_.Find(w); in && (in->flags & kRole)) return false;
  }
  // A label and a colon at the start of the name's line ("Deltagere: ...").
  std::string label;
  return LineLabel(ctx, start, &label) != std::string_view::npos && InList(rules_.participant_labels, label);
}

bool HealthDetector::RecordSubject(const ScanContext& ctx, size_t start) const {
  std::string label;
  size_t ls;
  const size_t after = LineLabel(ctx, start, &label, &ls);
  if (after == std::string_view::npos || after - 1 - ls > 24) return false;
  // Only the label, the colon and spaces before the name or number.
  if (ctx.text().substr(after, start - after).find_first_not_of(' ') != std::string_view::npos) return false;
  return InList(rules_.subject_labels, label);
}

bool HealthDetector::UnitNameAt(const ScanContext& ctx, size_t b, size_t i, size_t last, size_t e) const {
  const Tokens& tk = ctx.tokens();
  const std::string_view t = ctx.text();
  if (!tk[i].TitleCase()) return false;
  // Joined by "&" to a word that is no health term ("og"/"and" join
  // conditions: "har Diabetes og Astma"; so may "&": "Asthma & Diabetes").
  auto other = [&](size_t k) {
    const WordInfo* in = lex_.Find(tk.folded(tk[k]), tk[k].hash);
    return tk[k].TitleCase() && !(in && (in->flags & (kTermDa | kTermEn | kMedicine)));
  };
  if (i > b && tk.Gap(t, i - 1).find('&') != std::string_view::npos && other(i - 1)) return true;
  return last + 1 < e && tk.Gap(t, last).find('&') != std::string_view::npos && other(last + 1);
}

bool HealthDetector::PresentedBefore(const ScanContext& ctx, size_t b, size_t i) const {
  const Tokens& tk = ctx.tokens();
  for (size_t k = i; k-- > b && k + 9 > i;) {
    // A state or medication verb, a possessive ("fremlagde en
    // lægeerklæring om sin depression"), a cause ("because of her multiple
    // sclerosis") or a clause break between: the term is a fact, not the
    // subject presented.
    if (Flags(tk, k) & (kStateVerb | kMedicationVerb)) return false;
    if (Flags2(tk, k) & kPossessive) return false;
    if (InList(rules_.presenting_stops, tk, k)) return false;
    if (k + 1 <= i && tk.Gap(ctx.text(), k).find_first_of(",;:") != std::string_view::npos) return false;
    if (InList(rules_.presenting_verbs, tk, k)) {
      // "præsenterer sig med smerter" is a patient presenting.
      return !(k + 1 < i && InList(rules_.reflexives, tk, k + 1));
    }
  }
  return false;
}

bool HealthDetector::OtherPersonBefore(const Tokens& tk, size_t b, size_t i) const {
  for (size_t k = i; k-- > b && k + 7 > i;) {
    const size_t n = PhraseLength(other_persons_, tk, k, i);
    if (n == 0) continue;
    // The subject of the clause the term is in: a relative pronoun right
    // after it ("en kollega, der er sygemeldt", "a colleague who has the
    // flu"), not an object ("slog ud efter en medarbejder under en
    // psykotisk episode") nor after a copula.
    if (k + n >= i || !InList(rules_.relatives, tk, k + n)) return false;
    // "en kollega, som spurgte, at hun er gravid": a pronoun after the
    // relative brings the subject back.
    for (size_t m = k + n + 1; m < i; ++m) {
      if (Flags(tk, m) & kPronoun) return false;
    }
    return !(k > b && InList(rules_.copulas, tk, k - 1));
  }
  return false;
}

bool HealthDetector::CareCell(const ScanContext& ctx, size_t i) const {
  const Tokens& tk = ctx.tokens();
  if (!IsSingle(tk, i, Kind::kCare) || InList(rules_.practical_help, tk, i)) return false;
  return Cell(ctx, i, "|:;", "|,;");
}

bool HealthDetector::TableCell(const ScanContext& ctx, size_t i) {
  const Tokens& tk = ctx.tokens();
  if (i == 0) return false;
  // Each side: 3 a bar or a tab, 2 a semicolon, 1 a line break or the
  // text's end, 0 anything else.
  const std::string_view t = ctx.text();
  // -1 a comma (a list inside a cell: "| feber, lungebetændelse").
  auto edge = [&](size_t from, size_t to) {
    const std::string_view gap = t.substr(from, to - from);
    if (ctx.TabBetween(from, to) || gap.find('|') != std::string_view::npos) return 3;
    if (gap.find(';') != std::string_view::npos) return 2;
    if (ctx.LineBreakBetween(from, to)) return 1;
    return gap.find(',') != std::string_view::npos ? -1 : 0;
  };
  const int left = edge(tk[i - 1].end, tk[i].start);
  const int right = i + 1 < tk.size() ? edge(tk[i].end, tk[i + 1].start) : 1;
  if (left == 0 || right == 0) return false;
  if (left == 3 || right == 3) return true;
  if (left != 2 && right != 2) return false;
  // Semicolons: a row of at least three cells ("Ulla Fredsgaard;Løn og
  // Personale;4;Sygdom, delvis raskmeldt"), not a clause ("på turen;
  // medicin, madpakke og regntøj").
  auto semicolons = [&](size_t a, size_t b) {
    return std::count(t.begin() + static_cast<std::ptrdiff_t>(a), t.begin() + static_cast<std::ptrdiff_t>(b), ';');
  };
  size_t ls, le;
  ctx.LineBounds(tk[i].start, &ls, &le);
  const auto here = semicolons(ls, le);
  if (here >= 2) return true;
  // Two cells under a header row of the same shape ("Navn;Årsag").
  if (ls == 0) return false;
  size_t ps, pe;
  ctx.LineBounds(ls - 1, &ps, &pe);
  return here == 1 && semicolons(ps, pe) == 1;
}

bool HealthDetector::Cell(const ScanContext& ctx, size_t i, std::string_view before_marks,
                          std::string_view after_marks) {
  const Tokens& tk = ctx.tokens();
  const std::string_view t = ctx.text();
  auto cell_edge = [&](size_t from, size_t to, std::string_view marks) {
    if (ctx.LineBreakBetween(from, to) || ctx.TabBetween(from, to)) return true;
    const std::string_view gap = t.substr(from, to - from);
    // Normalisation made every dash '-'. A dash between cells stands with a
    // space ("Glesborg - madservice", "Glesborg – madservice"); one without
    // joins a compound ("madservice-chauffør").
    if (gap.find('-') != std::string_view::npos && gap.find(' ') != std::string_view::npos) return true;
    return gap.find_first_of(marks) != std::string_view::npos;
  };
  const size_t before = i > 0 ? tk[i - 1].end : 0;
  if (i > 0 && !cell_edge(before, tk[i].start, before_marks)) return false;
  if (i + 1 >= tk.size()) return true;
  // A number right after the term belongs to the cell ("hjemmehjælp 2 x
  // ugl."); one after a full stop starts the next sentence.
  return (tk[i + 1].Has(Token::kAllDigits) && tk.Gap(t, i) == " ") ||
         cell_edge(tk[i].end, tk[i + 1].start, after_marks);
}

size_t HealthDetector::MeasureAt(const ScanContext& ctx, size_t i, size_t end) const {
  const Tokens& tk = ctx.tokens();
  const std::string_view t = ctx.text();
  Kind k;
  size_t j = i + PhraseAt(ctx, i, end, true, {Kind::kMeasure}, &k);  // "blood pressure"
  if (j == i && IsSingle(tk, i, Kind::kMeasure)) j = i + 1;              // "blodsukker"
  const bool weight = j == i && (Flags2(tk, i) & kWeightWord);           // "vejer 48 kg"
  if (weight) j = i + 1;
  if (j == i) return i;
  // A change before the value: "Weight down 4 kg", "vægt op 2 kg".
  if (weight && j + 1 < end && InList(rules_.weight_changes, tk, j) && tk[j + 1].Has(Token::kAllDigits)) ++j;
  // A weight noun is a record's field: "vægt 27 kg", "Wt +4 kg"; not "en
  // vægt på 20 kg" (a parcel's).
  if (weight && InList(rules_.weight_nouns, tk, i) &&
      ((i > 0 && InList(rules_.weight_articles, tk, i - 1)) || j >= end || !tk[j].Has(Token::kAllDigits))) {
    return i;
  }
  for (int links = 0; j < end && !tk[j].Has(Token::kAllDigits) && links < rules_.measure_gap &&
                      InList(measure_links_, tk, j);
       ++links) {
    ++j;
  }
  // A result told in words: "potassium was high", "blodsukkeret var for
  // højt", "BT lavt".
  if (!weight && j < end && j > i && !ctx.LineBreakBetween(tk[i].end, tk[j].start)) {
    size_t a = j;
    if (a + 1 < end && InList(rules_.result_modifiers, tk, a)) ++a;
    if (InList(rules_.abnormal_results, tk, a)) return a;
  }
  if (j >= end || !tk[j].Has(Token::kAllDigits) || ctx.LineBreakBetween(tk[i].end, tk[j].start)) {
    return i;
  }
  // Decimals ("14,2", "3.950").
  auto decimals = [&] {
    if (j + 1 < end && tk[j + 1].Has(Token::kAllDigits) && (tk.Gap(t, j) == "," || tk.Gap(t, j) == ".")) {
      ++j;
    }
  };
  const size_t value = j;
  decimals();
  // A change from one value to another: "Vægt 94 -> 89 kg", "HbA1c 64 → 58".
  if (j + 1 < end && tk[j + 1].Has(Token::kAllDigits) &&
      InList(rules_.measure_arrows, TrimSpaces(tk.Gap(t, j)))) {
    ++j;
    decimals();
  }
  // Then a unit ("mmol/l", "%"); a weight needs one, and a particle verb
  // its particle after it ("taget 3 kg på").
  if (weight) {
    if (j + 1 >= end || !InList(weight_units_, tk, j + 1) || tk.Gap(t, j).size() > 1) return i;
    // Grams weigh a baby, as a record's field ("fødselsvægt 3.550 g"), not
    // flour ("vejer 1.000 g mel af", "vægt 12,50 g").
    if (InList(rules_.gram_units, tk, j + 1)) {
      size_t whole = tk[value].end - tk[value].start;
      if (value + 1 < end && tk.Gap(t, value) == "." && tk[value + 1].Has(Token::kAllDigits)) {
        whole += tk[value + 1].end - tk[value + 1].start;  // "3.550": a thousands point
      }
      if (!InList(rules_.weight_nouns, tk, i) || whole < rules_.gram_min_digits) return i;
    }
    if (!InList(rules_.weight_particle_verbs, tk, i)) return j + 1;
    // "taget 3 kg på", ending its clause or before a time ("på på en uge").
    const size_t p = j + 2;
    if (p >= end || tk.Gap(t, j + 1) != " " || !InList(rules_.weight_particles, tk, p)) return i;
    const bool clause_ends = p + 1 >= end || tk.Gap(t, p).find_first_not_of(' ') != std::string_view::npos;
    return clause_ends || InList(rules_.weight_particle_followers, tk, p + 1) ? p : i;
  }
  if (j + 1 < end && InList(measure_units_, tk, j + 1) && tk.Gap(t, j).size() <= 1) ++j;
  return j;
}

bool HealthDetector::GuardedTermAt(const ScanContext& ctx, size_t b, size_t i, size_t end) const {
  const Tokens& tk = ctx.tokens();
  const std::string_view w = tk.folded(tk[i]);
  const std::string_view text = ctx.text();
  for (const rules::health::GuardedTerm& g : rules_.guarded_terms) {
    if (w != g.word) continue;
    // Its clause: up to a comma or the sentence's end ("Hvor stammer
    // familien Jensen egentlig fra?").
    for (size_t k = i + 1; k < end; ++k) {
      if (tk.Gap(text, k - 1).find(',') != std::string_view::npos) break;
      if (InList(g.unless_next, tk, k)) return false;
    }
    if (i == b) return true;
    const std::string_view before = tk.folded(tk[i - 1]);
    if (InList(g.unless_previous, before)) return false;
    const bool lower = !tk[i - 1].Has(Token::kUpperInitial);
    if (lower && EndsWithAny(before, g.unless_previous_endings, 0)) return false;  // "væltede stammer"
    // A genitive: "træernes stammer", "Skovens stammer" (a capital only as
    // the sentence's first word: "Elias stammer" is a name).
    return !((lower || i - 1 == b) && EndsWithAny(before, rules_.genitive_endings, 2));
  }
  return false;
}

size_t HealthDetector::DueDateAt(const ScanContext& ctx, size_t b, size_t i, size_t end) const {
  const Tokens& tk = ctx.tokens();
  const std::string_view t = ctx.text();
  if (!InList(rules_.due_words, tk, i) || (i > b && InList(rules_.due_not_after, tk, i - 1))) return i;
  size_t j = i + 1;
  for (int links = 0; j < end && links < rules_.due_gap && InList(rules_.due_links, tk, j); ++links) ++j;
  if (j >= end || ctx.LineBreakBetween(tk[i].end, tk[j].start)) return i;
  size_t last = i;
  // A month (not a weekday: "har termin til fredag" is a deadline).
  auto month = [&](size_t k) {
    return InList(vocabulary::CalendarWords(), tk, k) && !InList(vocabulary::Weekdays(), tk, k);
  };
  if (month(j)) {
    last = j;  // "termin i marts"
  } else if (tk[j].Has(Token::kAllDigits) && j + 1 < end) {
    // "15. januar", "12/6", "15.1."
    const std::string_view gap = tk.Gap(t, j);
    if ((gap == ". " && month(j + 1)) || ((gap == "/" || gap == ".") && tk[j + 1].Has(Token::kAllDigits))) {
      last = j + 1;
    }
  }
  if (last == i) return i;
  // The context: the rest of the sentence and the tokens before it in its
  // paragraph, within due_context_tokens.
  size_t from = i;
  while (from > 0 && i - from < rules_.due_context_tokens &&
         tk.Gap(t, from - 1).find("\n\n") == std::string_view::npos) {
    --from;
  }
  bool pregnancy = false;
  for (size_t k = from; k < end; ++k) {
    const std::string_view w = tk.folded(tk[k]);
    if (InList(rules_.due_money_words, w)) return i;
    for (const std::string& stem : rules_.due_money_stems) {
      if (w.starts_with(stem)) return i;
    }
    for (const std::string& cue : rules_.due_cues) pregnancy = pregnancy || w.starts_with(cue);
  }
  // A pregnancy near it, or the person's name right before it.
  const bool named = i > 0 && NameOrCprEndsAt(tk[i - 1].end) &&
                     tk.Gap(t, i - 1).find_first_not_of(" -:,") == std::string_view::npos;
  return pregnancy || named ? last : i;
}

bool HealthDetector::TopicBefore(const ScanContext& ctx, size_t b, size_t i) const {
  const Tokens& tk = ctx.tokens();
  for (size_t k = i; k-- > b && k + 4 > i;) {
    // "kursus i diabetes": "i" after a teaching noun.
    const bool course_in = k > b && tk.folded(tk[k]) == "i" && InList(rules_.teaching_nouns, tk, k - 1);
    if (!(Flags(tk, k) & kTopicPrep) && !course_in) continue;
    // A cause is no topic: "because of", "på grund af", "instead of".
    if (k > b) {
      const std::string_view before = tk.folded(tk[k - 1]);
      if (before == "because" || before == "grund" || before == "instead" || before == "result") continue;
    }
    // A clause between the topic and the term makes it a statement: "Mette
    // Holm, leder af køkkenet, har diabetes".
    bool statement = false;
    for (size_t m = k + 1; m <= i && !statement; ++m) {
      statement = tk.Gap(ctx.text(), m - 1).find(',') != std::string_view::npos ||
                  (m < i && (Flags(tk, m) & (kStateVerb | kMedicationVerb)));
    }
    if (statement) continue;
    // A person's own: "questions about her diabetes", "spørgsmål om sin
    // diabetes" is about her health, not a topic.
    bool own = false;
    for (size_t m = k + 1; m < i && !own; ++m) {
      // "om sin diabetes", "angående Mette Hansens demens".
      own = (Flags2(tk, m) & kPossessive) != 0 ||
            (tk[m].Has(Token::kUpperInitial) && tk.folded(tk[m]).size() > 2 && tk.folded(tk[m]).back() == 's');
    }
    if (own) continue;
    // The noun up to four words before the preposition: "et oplæg på 20
    // minutter om amning".
    for (size_t m = k; m-- > b && m + 5 > k;) {
      // "Emne: mistanke om autisme" is a heading over a statement, not a
      // topic: the noun must belong to the prepositional phrase.
      if (tk.Gap(ctx.text(), m).find(':') != std::string_view::npos) break;
      if (!(Flags(tk, m) & kTopicNoun) && !(course_in && m + 1 == k)) continue;
      // "har fået undervisning i insulin", "er henvist til et kursus i KOL":
      // teaching the person gets, is referred to or is offered.
      if (course_in || InList(rules_.teaching_nouns, tk, m)) {
        for (size_t r = m; r-- > b && r + 6 > m;) {
          if (InList(rules_.topic_receivers, tk, r)) return false;
        }
      }
      return true;
    }
  }
  return false;
}

bool HealthDetector::ServiceHeadAfter(const ScanContext& ctx, size_t b, size_t i, size_t last,
                                      size_t e) const {
  const Tokens& tk = ctx.tokens();
  if (last + 1 >= e || tk[last + 1].Has(Token::kUpperInitial) || tk.Gap(ctx.text(), last) != " ") {
    return false;
  }
  const uint16_t head = Flags2(tk, last + 1);
  if (!(head & (kServicePlan | kServicePlace))) return false;
  // "her diabetes nurse", "his rehab team", "Hans Jensen's dementia team":
  // the person's own.
  for (size_t k = i; k-- > b && k + 3 > i;) {
    if (Flags2(tk, k) & kPossessive) return false;
  }
  if (i > b && tk.Gap(ctx.text(), i - 1).starts_with("'s")) return false;
  // "referred to the memory clinic", "admitted to the dementia unit", "has
  // been referred to the post-COVID clinic" (the match itself may start
  // with the treatment), "the alcohol treatment programme", "attends the
  // pain clinic".
  for (size_t k = b; k <= last; ++k) {
    if ((Flags(tk, k) & (kAdmission | kTreatment)) || (Flags2(tk, k) & kServiceAction)) return false;
    const WordInfo* in = Info(tk, k);
    if (in && !in->phrases.empty()) {
      Kind kind;
      if (PhraseAt(ctx, k, last + 2, true, {Kind::kAdmission, Kind::kTreatment}, &kind) > 0) {
        return false;
      }
    }
  }
  // "Palliative team to visit tomorrow": the service acts on the person.
  for (size_t k = last + 2; k < e && k <= last + 4; ++k) {
    if (Flags2(tk, k) & kServiceAction) return false;
  }
  if (head & kServicePlan) return true;
  // Staff of the service: "works at the cancer centre as a porter".
  for (size_t k = i; k-- > b && k + 4 > i;) {
    if (InList(rules_.work_verbs, tk, k)) return true;
  }
  // A place or programme: as the subject, or after "for"/"of" ("funding
  // for a new rehabilitation centre"); a person may be in it ("has been in
  // the rehabilitation unit", "completed the cardiac rehab programme").
  size_t k = i;
  while (k > b && InList(rules_.service_determiners_en, tk, k - 1)) --k;
  // The subject: at the sentence's start, or after a speaker's colon
  // ("Birthe Skov: the rehabilitation team in Auning has moved").
  if (k == b || tk.Gap(ctx.text(), k - 1).find(':') != std::string_view::npos) return true;
  return InList(rules_.service_place_preps_en, tk, k - 1);
}

int HealthDetector::EnglishLean(const Tokens& tk, size_t b, size_t e, bool skip_i) const {
  int lean = 0;
  for (size_t k = b; k < e; ++k) {
    if (skip_i && tk.folded(tk[k]) == "i") continue;
    const uint32_t fl = Flags(tk, k);
    lean += ((fl & kFunctionEn) != 0) - ((fl & kFunctionDa) != 0);
  }
  return lean;
}

bool HealthDetector::TitleBefore(const ScanContext& ctx, size_t mark) const {
  const Tokens& tk = ctx.tokens();
  const size_t n = TokensWithin(tk, 0, mark).second;  // the tokens before the mark
  if (n == 0) return false;
  const std::string_view gap = ctx.text().substr(tk[n - 1].end, mark - tk[n - 1].end);
  if (gap != " " && gap != ": " && gap != ":" && gap != ", ") return false;
  const std::string_view w = tk.folded(tk[n - 1]);
  if (InList(rules_.quotation_titles.da, w) || InList(rules_.quotation_titles.en, w)) return true;
  // "med teksten", "with the text": a slogan ("en plakat med teksten
  // \"Stop the spread of flu\""); "teksten" alone brings in pasted content.
  if (w != "teksten" && w != "text") return false;
  const size_t k = n >= 3 && tk.folded(tk[n - 2]) == "the" ? n - 3 : n - 2;
  return n >= 2 && (tk.folded(tk[k]) == "med" || tk.folded(tk[k]) == "with");
}

void HealthDetector::QuotationLanguages(const ScanContext& ctx, const std::vector<Quotation>& quotations,
                                        std::vector<QuotationLanguage>* out) const {
  const Tokens& tk = ctx.tokens();
  out->assign(quotations.size(), QuotationLanguage{});
  for (size_t q = 0; q < quotations.size(); ++q) {
    const Quotation& qu = quotations[q];
    const QuotationLanguage around = qu.parent >= 0 ? (*out)[qu.parent] : QuotationLanguage{};
    QuotationLanguage& l = (*out)[q];
    const bool title = TitleBefore(ctx, qu.mark);
    l.in_title = title || around.in_title;
    const auto [first, last] = TokensWithin(tk, qu.open, qu.close);
    const int own = title ? 0 : EnglishLean(tk, first, last, /*skip_i=*/true);
    l.lean = own != 0 ? own : around.lean;
  }
}

bool HealthDetector::PronounAt(const Tokens& tk, const Sentence& sen, size_t i, int* english) const {
  if (!(Flags(tk, i) & kPronoun)) return false;
  if (tk.folded(tk[i]) != "i") return true;
  // "i" is Danish "in" unless written "I" inside the sentence; and "I" is
  // the English first person in a sentence that is English by its function
  // words. Only Danish "I" (you, plural) refers to someone named.
  if (i == sen.first || !tk[i].Has(Token::kUpperInitial) || tk[i].end - tk[i].start != 1) return false;
  if (*english < 0) *english = EnglishLean(tk, sen.first, sen.end, /*skip_i=*/true) > 0 ? 1 : 0;
  return *english == 0;
}

bool HealthDetector::HasPersonWord(const Tokens& tk, const Sentence& sen,
                                   const std::vector<std::string>& words) const {
  int english = -1;  // the sentence is English by its function words (not yet counted)
  for (size_t i = sen.first; i < sen.end; ++i) {
    const std::string_view w = tk.folded(tk[i]);
    if (InList(words, w)) return true;
    // "I" is English first person, not Danish "I" (you, plural), in a
    // sentence that is English by its function words ("I have been
    // diagnosed with ADHD"; not "Vi ved, at I har haft influenza").
    if (&words == &rules_.first_person && w == "i" && tk[i].Has(Token::kUpperInitial) &&
        tk[i].end - tk[i].start == 1) {
      if (english < 0) {  // counted once per sentence; the "I" itself is both
        english = EnglishLean(tk, sen.first, sen.end, /*skip_i=*/true) > 0 ? 1 : 0;
      }
      if (english == 1) return true;
    }
  }
  return false;
}

void HealthDetector::AddVerbForms(std::string_view entry) {
  // A Danish phrase that opens with a present-tense verb ("ryster meget",
  // "græder hver dag", "tisser i sengen") also opens with its past,
  // participle and infinitive: the regular forms of both conjugations
  // (-ede/-et, -te/-t, -e: "rystede meget", "tisset i sengen", "græde
  // hver dag"). Irregular forms are not made up; a form that is no word
  // never occurs in a text.
  // Most entries are one word or open with no -er word: told from the raw
  // entry, before it is folded and split again (start-up).
  const size_t space = entry.find(' ');
  if (space == std::string_view::npos || space < 5 ||
      (entry.substr(space - 2, 2) != "er" && entry.substr(space - 2, 2) != "ER")) {
    return;
  }
  SplitViews(entry, &split_buf_, &split_words_);
  if (split_words_.size() < 2) return;
  const std::string_view first = split_words_[0];
  if (first.size() < 5 || !first.ends_with("er") || !std::isalpha(static_cast<unsigned char>(first[0]))) return;
  const std::string stem(first.substr(0, first.size() - 2));
  std::string rest;
  for (size_t k = 1; k < split_words_.size(); ++k) {
    rest += ' ';
    rest += split_words_[k];
  }
  for (const char* ending : {"ede", "et", "te", "t", "e"}) {
    AddTerm(stem + ending + rest, kTermDa, Kind::kTermDa);
  }
}

size_t HealthDetector::FoldedBefore(const ScanContext& ctx, size_t pos, std::string* out) {
  const std::string_view text = ctx.text();
  size_t ls, le;
  ctx.LineBounds(pos, &ls, &le);
  size_t t = pos;
  while (t > ls && text[t - 1] == ' ') --t;
  const size_t f = t - std::min<size_t>(t - ls, 24);
  out->clear();
  AppendFolded(text.substr(f, t - f), out);
  return f;
}

bool HealthDetector::EndsWithPhrase(std::string_view folded, std::string_view phrase) {
  return folded.ends_with(phrase) &&
         (folded.size() == phrase.size() ||
          !std::isalnum(static_cast<unsigned char>(folded[folded.size() - phrase.size() - 1])));
}

bool HealthDetector::NamedByIntro(const ScanContext& ctx, size_t name_start) const {
  std::string before;
  FoldedBefore(ctx, name_start, &before);
  for (const std::string& intro : rules_.naming_intros) {
    if (EndsWithPhrase(before, intro)) return true;
  }
  return false;
}

void HealthDetector::LinkSignedLetters(const ScanContext& ctx, const std::vector<Anchor>& anchors,
                                       const std::vector<Sentence>& sentences, size_t ns,
                                       std::vector<uint8_t>* link) const {
  const std::string_view text = ctx.text();
  const Tokens& tk = ctx.tokens();
  // The sign-off is the text before the name on its line ("Mvh Inger-Lise
  // Bruun"), or the whole previous line when the name starts its line
  // ("Kind regards,\nJens Holm"), trimmed of spaces and commas.
  // An instruction to sign ("Underskrift: Rikke Damgaard", "Sign it:
  // Best, Kasper Thorsen") counts as a sign-off too: the label before a
  // colon, or a sign-off after it.
  auto is_sign_off = [&](size_t from, size_t to) {
    auto trim = [&](size_t* f, size_t* t) {
      while (*f < *t && (text[*f] == ' ' || text[*f] == '-')) ++*f;
      while (*t > *f && (text[*t - 1] == ' ' || text[*t - 1] == ',' || text[*t - 1] == '.' ||
                         text[*t - 1] == ':')) {
        --*t;
      }
    };
    trim(&from, &to);
    if (to <= from || to - from > rules_.sign_off_reach) return false;
    std::string folded;
    AppendFolded(text.substr(from, to - from), &folded);
    if (InList(rules_.sign_offs, folded) || InList(rules_.sign_instructions, folded)) return true;
    const size_t colon = text.substr(from, to - from).rfind(':');
    if (colon == std::string_view::npos) return false;
    size_t lf = from, lt = from + colon, af = from + colon + 1, at = to;
    trim(&lf, &lt);
    trim(&af, &at);
    std::string label, after;
    AppendFolded(text.substr(lf, lt - lf), &label);
    AppendFolded(text.substr(af, at - af), &after);
    return InList(rules_.sign_instructions, label) && (after.empty() || InList(rules_.sign_offs, after));
  };
  // An instruction to sign with a colon: "Underskrift: Rikke Damgaard",
  // "Sign it: Best, Kasper Thorsen".
  auto is_instruction = [&](size_t from, size_t to) {
    const std::string_view part = text.substr(from, to - from);
    return part.find(':') != std::string_view::npos && is_sign_off(from, to);
  };
  // True if everything from `from` to the end of the text is the signer's
  // contact details: other persons' anchors that are no names (address,
  // e-mail, phone), contact labels (rules contact_labels) and punctuation
  // ("Gudrun Hedegaard\nMøllevej 2, 8585 Glesborg\ngudrun@mail.dk",
  // "Karen Bollerup, tlf. 86 48 30 12").
  auto only_contact_after = [&](size_t from) {
    if (text.size() - from > rules_.signed_letter_bytes / 4) return false;
    auto k = std::lower_bound(anchors.begin(), anchors.end(), from,
                              [](const Anchor& x, size_t pos) { return x.start < pos; });
    size_t p = from;
    bool contact = false;  // at least one anchor or contact label
    while (p < text.size()) {
      while (k != anchors.end() && k->start < p) ++k;  // overlapped or passed
      if (k != anchors.end() && k->start == p) {
        if (k->name) return false;
        p = std::max(p, k->end);
        contact = true;
        ++k;
        continue;
      }
      const unsigned char c = static_cast<unsigned char>(text[p]);
      if (std::string_view(" \n\r\t,.;:/()|-\"'").find(static_cast<char>(c)) != std::string_view::npos) {
        ++p;
        continue;
      }
      // A word: only a contact label.
      size_t q = p;
      while (q < text.size() && std::isalpha(static_cast<unsigned char>(text[q]))) ++q;
      if (q == p) return false;
      std::string word;
      AppendFolded(text.substr(p, q - p), &word);
      if (!InList(rules_.contact_labels, word)) return false;
      contact = true;
      p = q;
    }
    return contact;
  };
  // True if the text before `pos` (on its line, or the line before when
  // `pos` starts one) ends by referring to someone else: "please
  // contact\nAnna Holm", "Ring til min kollega. Anna Holm, tlf. ..." (an
  // out-of-office reply names a colleague, not its writer).
  auto referral_before = [&](size_t pos) {
    size_t t = pos;
    while (t > 0 && std::string_view(" .,:;-").find(text[t - 1]) != std::string_view::npos) --t;
    size_t f = t;
    while (f > 0 && std::isalpha(static_cast<unsigned char>(text[f - 1]))) --f;
    std::string word;
    AppendFolded(text.substr(f, t - f), &word);
    return InList(rules_.referral_words, word);
  };
  for (const Anchor& a : anchors) {
    if (!a.name) continue;
    size_t ls, le;
    ctx.LineBounds(a.start, &ls, &le);
    bool signed_letter = false;
    // The text since the sentence before, on a line of running text:
    // "... tilbage mandag. Underskrift: Rikke Damgaard".
    size_t ss = a.start;
    while (ss > ls && a.start - ss <= rules_.sign_off_reach && text[ss - 1] != '.' && text[ss - 1] != '!' &&
           text[ss - 1] != '?') {
      --ss;
    }
    if (ls < a.start && (a.start - ls <= rules_.sign_off_reach || ls < ss)) {
      // After the sentence before, an instruction to sign ("Underskrift:
      // ..."), or a sign-off when the name ends the text, its quote or
      // clause ("... Best, Thomas Riis-Andersen'"; not "Many thanks Sarah
      // Jensen for covering").
      // The name's own contact details in brackets may follow it: "- Nanna
      // Holt (nho@norddjurs.dk)", "Best, Jonas Ibsen (31 56 80 24)".
      size_t after = a.end;
      if (text.compare(after, 2, " (") == 0) {
        const size_t close = text.find(')', after + 2);
        if (close != std::string_view::npos && close - after <= 64) {
          const std::string_view inside = text.substr(after + 2, close - after - 2);
          if (inside.find_first_of(" \n") == std::string_view::npos ||
              inside.find_first_not_of("0123456789 +-.") == std::string_view::npos) {
            after = close + 1;
          }
        }
      }
      const bool name_ends = after >= text.size() || std::string_view(",.'\")").find(text[after]) != std::string_view::npos ||
                             ctx.LineBreakBetween(after, after + 1);
      // A dash alone signs a message when the name ends the text: "... keep
      // it between us. - Nanna Holt" (not a bullet: "- Anna Holm har ...").
      // So does a bare name with only its contact details after it to the
      // end: "... i døgnet. Karen Bollerup, tlf. 86 48 30 12".
      auto dash_sign_off = [&](size_t from) {
        const std::string_view mark = text.substr(from, a.start - from);
        if (mark.find_first_not_of(" -") != std::string_view::npos) return false;
        if (text.find_first_not_of(" \n.\"'", after) == std::string_view::npos) return mark.find('-') != std::string_view::npos;
        return only_contact_after(a.end) && !referral_before(from);
      };
      signed_letter = (a.start - ls <= rules_.sign_off_reach && is_sign_off(ls, a.start)) ||
                      (ls < ss && ss < a.start && a.start - ss <= rules_.sign_off_reach &&
                       (is_instruction(ss, a.start) || (name_ends && (is_sign_off(ss, a.start) || dash_sign_off(ss)))));
    } else if (ls == a.start && ls > 0) {
      // The previous line, over at most two blank ones ("Med venlig hilsen\n\nJens").
      size_t ps = ls, pe = ls;
      for (int up = 0; up < 3 && ps > 0; ++up) {
        ctx.LineBounds(ps - 1, &ps, &pe);
        bool blank = true;
        for (size_t q = ps; q < pe && blank; ++q) blank = text[q] == ' ' || text[q] == '\n' || text[q] == '\r';
        if (!blank) break;
      }
      signed_letter = is_sign_off(ps, pe);
      // A signature block: the name on a line of its own after the text,
      // only its contact details below it ("Hej\n...\nGudrun Hedegaard\n
      // Møllevej 2, 8585 Glesborg\ngudrun@mail.dk"; not a name that ends
      // the text alone, such as a list's last item).
      if (!signed_letter && ps < pe && text[pe - 1] != ':' && text.substr(ps, 2) != "- " &&
          text.find_first_not_of(" \n.,", a.end) != std::string_view::npos && only_contact_after(a.end) &&
          !referral_before(ls)) {
        signed_letter = true;
      }
    }
    // A writer who introduces herself ("Jeg hedder Birthe Wulff", "My name
    // is Kasper Thorsen"): her first person before and after the name.
    bool self_intro = false;
    // Not before a possessive: "I'm Jens Holm's manager", "Underskriv
    // Jens Hansens ansøgning".
    const bool possessive =
        a.end + 1 < text.size() &&
        ((text[a.end] == '\'' && text[a.end + 1] == 's') || (text[a.end] == 's' && text[a.end + 1] == ' '));
    if (possessive) signed_letter = false;
    if (!signed_letter && !possessive && a.start > ls) {
      std::string before;
      const size_t f = FoldedBefore(ctx, a.start, &before);
      for (const std::string& intro : rules_.self_intros) {
        // The character before the phrase: none, or no letter or digit.
        if (!EndsWithPhrase(before, intro)) continue;
        const bool at_start = before.size() == intro.size();
        // At the window's start: a line start, or unknown (a space then).
        const char prev = at_start ? (f == ls ? '\n' : ' ') : before[before.size() - intro.size() - 1];
        // "Jeg," only opens a quoted text or a line: "'Jeg, Preben
        // Lundgaard, klager ...'".
        if (intro.back() == ',' && std::string_view("'\"\n").find(prev) == std::string_view::npos) continue;
        // "this is", "it's" introduce the writer only as a greeting: at a
        // line's or a quote's start or after "hello,", not "Meet our new
        // colleague! This is Anna Holm."
        if (InList(rules_.greeting_intros, intro)) {
          // "Det er", "her er" only after a greeting and before the end of
          // the name's sentence: "Hej Trine. Det er Sabrina Fisker." (not
          // "Det er Anna Holm, der står for kurset").
          const bool danish = intro == "det er" || intro == "her er";
          if (danish) {
            const bool sentence_ends = a.end >= text.size() ||
                                       std::string_view(".!").find(text[a.end]) != std::string_view::npos ||
                                       ctx.LineBreakBetween(a.end, a.end + 1);
            // "fra" and where from, but not a cleft: "Det er Anna Holm fra
            // IT, der kommer ...".
            bool from_place = text.compare(a.end, 5, " fra ") == 0;
            if (from_place) {
              const size_t stop = text.find_first_of(".!?", a.end);
              const std::string_view rest = text.substr(a.end, stop == std::string_view::npos ? std::string_view::npos : stop - a.end);
              from_place = rest.find(", der ") == std::string_view::npos && rest.find(", som ") == std::string_view::npos;
            }
            if (!sentence_ends && !from_place) continue;
          }
          std::string_view head = std::string_view(before).substr(0, before.size() - intro.size());
          while (!head.empty() && (head.back() == ' ' || head.back() == ',' || head.back() == '!')) head.remove_suffix(1);
          bool greeted = at_start && !danish ? std::string_view("'\"\n").find(prev) != std::string_view::npos : false;
          for (const std::string& g : rules_.greetings) greeted = greeted || head.ends_with(g);
          // A greeting with the addressee's name as the line's first
          // sentence: "Hej Trine. Det er Sabrina Nygaard Fisker."
          // Or on the line after a greeting line: "Hej Hjemmeplejen\nDet er
          // Arnold Bisgaard fra Enebærvej 10."
          if (!greeted && danish && at_start && f == ls && ls > 0) {
            size_t ps, pe;
            ctx.LineBounds(ls - 1, &ps, &pe);
            std::string line;
            AppendFolded(text.substr(ps, pe - ps), &line);
            while (!line.empty() && std::string_view(" ,!.").find(line.back()) != std::string_view::npos) line.pop_back();
            const size_t sp = line.find(' ');
            greeted = line.size() <= 40 && std::count(line.begin(), line.end(), ' ') <= 3 &&
                      InList(rules_.greetings, std::string_view(line).substr(0, sp));
          }
          if (!greeted && f == ls && head.size() <= 24) {
            std::string_view h = head;
            if (!h.empty() && h.back() == '.') h.remove_suffix(1);
            const size_t sp = h.find(' ');
            const std::string_view first = h.substr(0, sp);
            greeted = sp != std::string_view::npos && h.find_first_of(".!?") == std::string_view::npos &&
                      std::count(h.begin(), h.end(), ' ') <= 2 && InList(rules_.greetings, first);
          }
          if (!greeted && !head.empty() && std::string_view("'\"").find(head.back()) != std::string_view::npos) {
            greeted = true;
          }
          if (!greeted) continue;
        }
        self_intro = true;
        break;
      }
    }
    if (!signed_letter && !self_intro) continue;
    // Sentences are in text order: only those starting within
    // `signed_letter_bytes` before the name (and after it, for a writer who
    // introduces herself): a binary search, so a large text with many
    // signatures stays linear.
    const size_t window_start = a.start > rules_.signed_letter_bytes ? a.start - rules_.signed_letter_bytes : 0;
    const size_t window_end = self_intro ? a.end + rules_.signed_letter_bytes : a.start;
    const size_t s_first = static_cast<size_t>(
        std::lower_bound(sentences.begin(), sentences.begin() + static_cast<std::ptrdiff_t>(ns), window_start,
                         [](const Sentence& x, size_t pos) { return x.start < pos; }) -
        sentences.begin());
    // A sentence right after a first-person one, in its paragraph, that
    // goes on about someone by a third-person pronoun is about the person
    // the writer named there ("... at Emma i 4.B sover dårligt. Hun græder
    // meget om aftenen ..." signed by her mother); so is the next one.
    // Not when the first-person sentence names someone in full ("Jeg vil
    // anbefale Karen Blixen. Hun led af ..."), and two sentences on at most.
    auto names_in_full = [&](const Sentence& x) {
      for (size_t k = x.first + 1; k + 1 < x.end; ++k) {
        if (tk[k].TitleCase() && tk[k + 1].TitleCase() && tk.Gap(text, k) == " ") return true;
      }
      return false;
    };
    int chain = 0;  // sentences the chain may still link
    for (size_t s2 = s_first; s2 < ns && sentences[s2].start < window_end; ++s2) {
      const Sentence& sen = sentences[s2];
      if (!self_intro && tk[sen.end - 1].end > a.start) continue;
      const bool same_paragraph = s2 > s_first && sentences[s2 - 1].paragraph == sen.paragraph;
      if (HasPersonWord(tk, sen, rules_.first_person)) {
        (*link)[s2] = 2;
        chain = names_in_full(sen) ? 0 : 2;
      } else if (chain > 0 && same_paragraph && HasPersonWord(tk, sen, rules_.third_person)) {
        (*link)[s2] = 2;
        --chain;
      } else {
        chain = 0;
      }
    }
  }
}

void HealthDetector::LinkHeaders(const ScanContext& ctx, const std::vector<Anchor>& anchors,
                                 const std::vector<Sentence>& sentences, size_t ns,
                                 std::vector<uint8_t>* link) const {
  const std::string_view text = ctx.text();
  const Tokens& tk = ctx.tokens();
  // True if sentence s starts a line with a sender label and ':' ("Fra:"):
  // the next message of a thread.
  auto sender_header = [&](const Sentence& sen) {
    return sen.line_start && sen.first + 1 < sen.end && InList(rules_.sender_labels, tk, sen.first) &&
           tk.Gap(text, sen.first).starts_with(":");
  };
  auto first_at_or_after = [&](size_t pos) {
    return static_cast<size_t>(
        std::lower_bound(sentences.begin(), sentences.begin() + static_cast<std::ptrdiff_t>(ns), pos,
                         [](const Sentence& x, size_t p) { return x.start < p; }) -
        sentences.begin());
  };
  for (const Anchor& a : anchors) {
    if (!a.name && !a.email) continue;
    // A speaker's turn in a dialogue: a name that starts its line with ':'
    // after it ("Lars Bøgh Madsen: Jeg har fået nyt knæ ..."); the line's
    // first-person sentences are the speaker's.
    size_t ls, le;
    ctx.LineBounds(a.start, &ls, &le);
    if (a.name && ls == a.start && a.end < le && text[a.end] == ':') {
      for (size_t s = first_at_or_after(a.end); s < ns && sentences[s].start < le; ++s) {
        if (!(*link)[s] && HasPersonWord(tk, sentences[s], rules_.first_person)) (*link)[s] = 2;
      }
      continue;
    }
    // The label: the word right before the name or e-mail address, with ':'
    // between ("Fra: Karina Bjerre", "... Modtager: Villy Schmidt"), a
    // greeting ("Kære Villy Schmidt", "Dear ..."), or a sender word before
    // a name that a colon follows ("this email from bjarne@...: 'Hello, I
    // had ...'").
    size_t t_after = 0, hi = tk.size();  // the first token starting at or after the name
    while (t_after < hi) {
      const size_t mid = (t_after + hi) / 2;
      if (tk[mid].start < a.start) t_after = mid + 1; else hi = mid;
    }
    // The label must be a token of this piece, and so must the name (a
    // name after the piece's last token would read the gap to the text's
    // end: quadratic over the pieces of a large text).
    if (t_after == 0 || t_after >= tk.size()) continue;
    const size_t lt = t_after - 1;
    const std::string_view gap = tk.Gap(text, lt);
    const std::string label(tk.folded(tk[lt]));
    const bool colon = gap.find(':') != std::string_view::npos;
    const bool greeting = gap == " " && (label == "kære" || label == "dear");
    // "from Oksana Melnyk:", "fra vores kollega Oksana Melnyk:" (a sender
    // word at most three words before the name, on its line).
    // The quoted message must follow the colon (a quote mark or a line
    // break): "sms fra Mette Hansen: Hun kommer ikke" reports her words.
    bool from_quote = false;
    size_t quote_end = std::string::npos;  // where the quoted message ends
    bool to_paragraph = false;             // ... or its paragraph
    if (gap == " " && a.end < text.size() && text[a.end] == ':') {
      size_t q = a.end + 1;
      while (q < text.size() && text[q] == ' ' && !ctx.LineBreakBetween(q, q + 1)) ++q;
      const bool line = q < text.size() && ctx.LineBreakBetween(a.end + 1, q + 1);
      const std::string_view rest = text.substr(std::min(q, text.size()));
      const bool mark = !line && (rest.starts_with("'") || rest.starts_with("\"") ||
                                  rest.starts_with("\u201C") || rest.starts_with("\u00AB") ||
                                  rest.starts_with("\u2018"));
      if (line || mark) {
        for (size_t k = lt + 1; k-- > 0 && k + 4 > lt && !from_quote;) {
          if (ctx.LineBreakBetween(tk[k].end, a.start) || InList(rules_.addressee_labels, tk, k) ||
              (Flags(tk, k) & kTopicPrep)) {
            break;
          }
          from_quote = InList(rules_.sender_labels, tk, k);
        }
      }
      if (from_quote) {
        if (mark) {
          // To the closing mark: a quote mark not inside a word ("I'm").
          size_t c = q + 1;
          while (c < text.size() && (static_cast<unsigned char>(text[c]) & 0xC0) == 0x80) ++c;
          for (; c < text.size(); ++c) {
            const char ch = text[c];
            const bool word_after = c + 1 < text.size() && std::isalnum(static_cast<unsigned char>(text[c + 1]));
            if ((ch == '\'' && !word_after) || ch == '"' || text.compare(c, 3, "\u201D") == 0 ||
                text.compare(c, 2, "\u00BB") == 0 || (text.compare(c, 3, "\u2019") == 0 && !word_after)) {
              break;
            }
          }
          quote_end = c;
        } else {
          // To the paragraph's end (the loop below stops there).
          quote_end = std::min(text.size(), q + rules_.signed_letter_bytes);
          to_paragraph = true;
        }
      }
    }
    if ((!colon && !greeting && !from_quote) || ctx.LineBreakBetween(tk[lt].end, a.start)) continue;
    const bool sender = from_quote || InList(rules_.sender_labels, label) ||
                        (colon && InList(rules_.form_labels, label));
    const bool addressee = !sender && !from_quote && InList(rules_.addressee_labels, label);
    if (!sender && !addressee) continue;
    // The sender's message runs from its header to the next sender header;
    // an addressee's letter also before the name ("Du har søgt om ...
    // Modtager: Villy Hedegaard Schmidt").
    const size_t from = sender ? a.end : (a.start > rules_.signed_letter_bytes ? a.start - rules_.signed_letter_bytes : 0);
    const size_t until = from_quote ? quote_end : a.end + rules_.signed_letter_bytes;
    const std::vector<std::string>& person = sender ? rules_.first_person : rules_.second_person;
    for (size_t s = first_at_or_after(from); s < ns && sentences[s].start < until; ++s) {
      const Sentence& sen = sentences[s];
      if (sen.start > a.end && sender_header(sen)) break;  // the next message
      if (to_paragraph && sen.start > a.end && ctx.ParagraphBreakBetween(a.end, sen.start)) break;
      if (sen.start < a.start && sender_header(sen)) continue;
      if (!(*link)[s] && HasPersonWord(tk, sen, person)) (*link)[s] = 2;
    }
  }
}

void HealthDetector::Scan(const ScanContext& ctx, std::vector<Candidate>* out) const {
  const Tokens& tk = ctx.tokens();
  if (tk.size() == 0) return;
  // The persons: the other detectors' findings (phase 0), medium or more,
  // within reach of this piece of the text (a large text is scanned in
  // pieces; the whole text's findings are given to each, and a person
  // links sentences at most `reach` bytes away). Without this bound each
  // piece would walk every person of the text: quadratic in a 50 MB line.
  const size_t reach = 2 * std::max(rules_.signed_letter_bytes, rules_.back_reference_bytes) + 4096;
  const size_t lo = tk[0].start > reach ? tk[0].start - reach : 0;
  const size_t hi = tk[tk.size() - 1].end + reach;
  // This thread's buffers, reused across scans.
  struct Buffers {
    std::vector<Anchor> anchors;
    std::vector<const Candidate*> near;
    std::vector<Sentence> sentences;
    std::vector<uint8_t> link;
    std::vector<uint8_t> explicit_link;  // own anchor or a reference word
    std::vector<std::pair<std::string, std::string>> parts;
    std::vector<std::string_view> name_parts;
    std::vector<Match> matches;
    std::vector<std::pair<size_t, bool>> language_parts;  // first token, English
    std::vector<Quotation> quotations;
    std::vector<int> token_quotation;  // each token's innermost quotation, or -1
    std::vector<QuotationLanguage> quotation_languages;
  };
  Buffers& buffers = PerThread<Buffers>();
  std::vector<Anchor>& anchors = buffers.anchors;
  anchors.clear();
  std::vector<const Candidate*>& near = buffers.near;
  near.clear();
  for (const Candidate& c : ctx.earlier()) {
    if (c.end < lo || c.start > hi) continue;
    near.push_back(&c);
  }
  for (const Candidate* cp : near) {
    const Candidate& c = *cp;
    if (c.confidence < Confidence::kMedium) continue;
    switch (c.category) {
      case Category::kName:
      case Category::kCpr: {
        Anchor a{c.start, c.end, 2, c.category == Category::kName};
        a.participant = a.name && Participant(ctx, c.start, c.end);
        a.subject = RecordSubject(ctx, c.start);
        anchors.push_back(a);
        break;
      }
      case Category::kAddress:
      case Category::kEmail:
      case Category::kPhone:
        anchors.push_back({c.start, c.end, 1, false, c.category == Category::kEmail});
        break;
      default:
        break;
    }
  }
  if (anchors.empty()) return;
  ScanTables& tables = Tables();
  std::vector<PersonSpan>& persons = tables.persons;
  persons.clear();
  for (const Candidate* cp : near) {
    const Candidate& c = *cp;
    if (c.confidence < Confidence::kMedium) continue;
    const bool name_or_cpr = c.category == Category::kName || c.category == Category::kCpr;
    if (name_or_cpr || c.category == Category::kAddress) persons.push_back({c.end, c.start, name_or_cpr});
  }
  std::sort(persons.begin(), persons.end(),
            [](const PersonSpan& x, const PersonSpan& y) { return x.end < y.end; });
  // Every token's entry, once (Info() reads this table during the scan).
  scan_tokens_ = nullptr;
  tables.infos.resize(tk.size());
  // Lexicon slots loaded 16 tokens ahead, their keys and values 8 ahead
  // (Lexicon::Prefetch, PrefetchEntry).
  constexpr size_t kAhead = 16, kEntryAhead = 8;
  for (size_t i = 0; i < tk.size() && i < kAhead; ++i) lex_.Prefetch(tk[i].hash);
  for (size_t i = 0; i < tk.size(); ++i) {
    if (i + kAhead < tk.size()) lex_.Prefetch(tk[i + kAhead].hash);
    if (i + kEntryAhead < tk.size()) lex_.PrefetchEntry(tk[i + kEntryAhead].hash);
    tables.infos[i] = lex_.Find(tk.folded(tk[i]), tk[i].hash);
  }
  tables.terms[0].assign(tk.size(), 0);
  tables.terms[1].assign(tk.size(), 0);
  scan_info_data_ = tables.infos.data();
  scan_size_ = tk.size();
  scan_tokens_ = &tk;
  struct ScanEnd {
    ~ScanEnd() {
      scan_tokens_ = nullptr;
      scan_size_ = 0;
    }
  } scan_end;
  const std::string_view text = ctx.text();
  std::sort(anchors.begin(), anchors.end(), [](const Anchor& x, const Anchor& y) { return x.start < y.start; });
  std::vector<Sentence>& sentences = buffers.sentences;
  SplitSentences(ctx, &sentences);
  const size_t ns = sentences.size();
  std::vector<uint8_t>& link = buffers.link;
  link.assign(ns, 0);
  std::vector<uint8_t>& explicit_link = buffers.explicit_link;
  explicit_link.assign(ns, 0);
  // Which sentences are about an anchored person (anchors are the whole
  // text's, so a piece of a large text decides as the whole text would):
  //  - its own anchor;
  //  - in the same paragraph, not far after an anchor: when it names no
  //    subject of its own ("Ved krampeanfald gives Stesolid."), is a note
  //    line or list item, or refers back;
  //  - in a later paragraph within reach: when it refers back (a pronoun,
  //    a role word such as "borgeren", the person's first name or surname
  //    alone) or is a list item or note line under a header that named the
  //    person ("navn: ...\n\n- sygemeldt siden marts").
  // The first name and surname of each name anchor, folded once.
  std::vector<std::pair<std::string, std::string>>& parts = buffers.parts;
  parts.resize(anchors.size());
  size_t longest = 0;
  for (size_t k = 0; k < anchors.size(); ++k) {
    const Anchor& a = anchors[k];
    longest = std::max(longest, a.end - a.start);
    parts[k].first.clear();
    parts[k].second.clear();
    if (!a.name) continue;
    std::string folded;
    AppendFolded(text.substr(a.start, a.end - a.start), &folded);
    const size_t sp = folded.find(' '), last_sp = folded.rfind(' ');
    if (sp != std::string::npos) {
      parts[k].first = folded.substr(0, sp);
      parts[k].second = folded.substr(last_sp + 1);
    }
  }
  std::vector<std::string_view>& name_parts = buffers.name_parts;
  // The last record subject before the sentence (Anchor::subject).
  const Anchor* subject = nullptr;
  size_t subject_scan = 0;
  for (size_t s = 0; s < ns; ++s) {
    const Sentence& sen = sentences[s];
    const size_t start = sen.start;
    const size_t end = tk[sen.end - 1].end;
    for (; subject_scan < anchors.size() && anchors[subject_scan].start < start; ++subject_scan) {
      // (A subject that runs into this sentence waits for the next one.)
      if (anchors[subject_scan].subject && anchors[subject_scan].end > start) break;
      if (anchors[subject_scan].subject) subject = &anchors[subject_scan];
    }
    // A sentence of the subject's record (rules.subject_labels).
    auto in_record = [&] {
      if (!subject || start - subject->end > rules_.record_reach_bytes) return false;
      // (OwnSubject covers rules.writer_openers.)
      if (InList(rules_.record_stop_openers, tk, sen.first) || OwnSubject(tk, sen)) return false;
      // Someone else's role in the genitive ("Klassens lærer").
      const std::string_view w = tk.folded(tk[sen.first]);
      if (w.size() <= 5 || (Flags(tk, sen.first) & kRole)) return true;
      return !EndsWithAny(w, rules_.genitive_endings, 0);
    };
    uint8_t own = 0;
    const Anchor* before = nullptr;  // the nearest anchor ending before this sentence
    const Anchor* before_np = nullptr;  // ... that is no participant in a work role
    // Anchors are sorted by start and short: only those starting from
    // `longest + back_reference_bytes` before the sentence matter.
    const size_t reach = longest + rules_.back_reference_bytes;
    const size_t first = static_cast<size_t>(
        std::lower_bound(anchors.begin(), anchors.end(), start > reach ? start - reach : 0,
                         [](const Anchor& a, size_t pos) { return a.start < pos; }) -
        anchors.begin());
    size_t k_end = first;
    for (size_t k = first; k < anchors.size() && anchors[k].start < end; ++k) {
      const Anchor& a = anchors[k];
      k_end = k + 1;
      if (a.start < end && a.end > start) own = std::max(own, a.strength);
      if (a.end <= start && start - a.end <= rules_.back_reference_bytes &&
          (!before || a.end >= before->end)) {
        before = &a;
      }
      if (!a.participant && a.end <= start && start - a.end <= rules_.back_reference_bytes &&
          (!before_np || a.end >= before_np->end)) {
        before_np = &a;
      }
    }
    if (own) {
      link[s] = own;
      explicit_link[s] = 1;
      continue;
    }
    if (!before) {
      // Named after the sentence, in the same paragraph: "... efter hans
      // hjerneblødning. Han hedder Arne Kloster" (rules naming_intros); the
      // sentence must refer to someone by a pronoun or a role word.
      for (size_t k = k_end; k < anchors.size() && anchors[k].start - end <= rules_.subjectless_reach_bytes;
           ++k) {
        const Anchor& a = anchors[k];
        if (!a.name) continue;
        // The first name after the sentence decides: named by an intro, in
        // the same paragraph, or none.
        if (ctx.ParagraphBreakBetween(end, a.start) || !NamedByIntro(ctx, a.start)) break;
        bool refers_to_someone = false;
        for (size_t i = sen.first; i < sen.end && !refers_to_someone; ++i) {
          refers_to_someone = (Flags(tk, i) & kRole) != 0 || InList(rules_.third_person, tk, i);
        }
        if (refers_to_someone) {
          link[s] = a.strength;
          explicit_link[s] = 1;
        }
        break;
      }
      if (!link[s] && in_record()) link[s] = subject->strength;
      continue;
    }
    const bool same_paragraph = !ctx.ParagraphBreakBetween(before->end, start);
    // Name parts of the names within reach before this sentence.
    name_parts.clear();
    for (size_t k = first; k < k_end; ++k) {
      const Anchor& a = anchors[k];
      if (!a.name || a.end > start || start - a.end > rules_.back_reference_bytes ||
          parts[k].first.empty()) {
        continue;
      }
      name_parts.push_back(parts[k].first);
      name_parts.push_back(parts[k].second);
    }
    // A numbered agenda item under a meeting's participants refers to them
    // explicitly only; structurally it links to the nearest person before
    // it who is no participant (the citizen a meeting is about).
    bool agenda = false;
    if (before->participant && sen.list_item && tk[sen.first].Has(Token::kAllDigits)) {
      size_t ls, le;
      ctx.LineBounds(tk[sen.first].start, &ls, &le);
      agenda = text.substr(ls, tk[sen.first].start - ls).find_first_not_of(' ') == std::string_view::npos;
    }
    const Anchor* anchor = agenda ? before_np : before;
    const bool structural = anchor != nullptr;
    const bool np_paragraph = anchor && !ctx.ParagraphBreakBetween(anchor->end, start);
    // A line or item that opens with the writer ("Jeg har migræne i dag",
    // "We have ...") is the writer's, not the person's above it.
    const bool writer_opens = InList(rules_.writer_openers, tk, sen.first);
    bool refers = structural && ((!writer_opens && (sen.list_item || sen.line_start)) ||
                                 (np_paragraph && start - anchor->end <= rules_.subjectless_reach_bytes &&
                                  !OwnSubject(tk, sen)));
    int english = -1;  // the sentence leans English (PronounAt; not yet counted)
    for (size_t i = sen.first; i < sen.end && !refers; ++i) {
      const uint32_t fl = Flags(tk, i);
      Kind kind;
      refers = (fl & kRole) != 0 || PronounAt(tk, sen, i, &english) ||
               (structural && same_paragraph && InList(rules_.grant_verbs, tk, i)) ||
               PhraseAt(ctx, i, sen.end, false, {Kind::kRole}, &kind) > 0 ||
               (tk[i].Has(Token::kUpperInitial) &&
                std::find(name_parts.begin(), name_parts.end(), tk.folded(tk[i])) != name_parts.end());
    }
    // True if sentence `x` refers back explicitly: a role word, a pronoun,
    // or the first name or surname of a name within reach (`lean`: x's
    // English lean for PronounAt, -1 until counted).
    auto refers_explicitly = [&](const Sentence& x, int* lean) {
      for (size_t i = x.first; i < x.end; ++i) {
        if ((Flags(tk, i) & kRole) != 0 || PronounAt(tk, x, i, lean) ||
            (tk[i].Has(Token::kUpperInitial) &&
             std::find(name_parts.begin(), name_parts.end(), tk.folded(tk[i])) != name_parts.end())) {
          return true;
        }
      }
      return false;
    };
    // A line in another paragraph counts only with a reference or as a
    // list item: a plain line there may start a new subject.
    if (!same_paragraph && sen.line_start && !sen.list_item) {
      refers = refers_explicitly(sen, &english) || (structural && !OwnSubject(tk, sen));
    }
    // Subject continuity: a sentence that opens with no subject of its own
    // (rules.continuation_openers: "Ingen", "Har", "Dog") and goes on, on
    // the same line, from a sentence that names the person or refers to
    // them explicitly is about them too, however far the person was named
    // ("Bgr. klar, men kold og forvirret. Ingen synlige skader, dog hævelse
    // i venstre hofte."). Not from a sentence linked only by its place, not
    // on a new line (the next item of minutes has its own subject), and
    // one sentence on only.
    if (!refers && s > 0 && link[s - 1] && !sen.line_start &&
        sentences[s - 1].paragraph == sen.paragraph &&
        start - sentences[s - 1].start <= rules_.subjectless_reach_bytes &&
        (InList(rules_.continuation_openers.da, tk, sen.first) || InList(rules_.continuation_openers.en, tk, sen.first)) &&
        !OwnSubject(tk, sen)) {
      int prev_english = -1;  // the sentence before's own lean
      refers = explicit_link[s - 1] != 0 || refers_explicitly(sentences[s - 1], &prev_english);
    }
    if (refers) {
      link[s] = before->strength;
    } else if (in_record()) {
      link[s] = subject->strength;
    }
  }
  LinkSignedLetters(ctx, anchors, sentences, ns, &link);
  LinkHeaders(ctx, anchors, sentences, ns, &link);
  std::vector<Match>& matches = buffers.matches;
  // The prompt's language by its function words, for sentences that have
  // none to tell ("Arvid Holt, Ryomgårdvej 2 – hospital bed + lift" in an
  // English prompt); computed when first needed.
  int doc_english = -1;
  auto prompt_english = [&] {
    if (doc_english < 0) doc_english = EnglishLean(tk, 0, tk.size(), false) > 0 ? 1 : 0;
    return doc_english == 1;
  };
  // The quotations of this piece, each token's innermost one and their
  // languages, found when first needed.
  std::vector<Quotation>& quotations = buffers.quotations;
  std::vector<int>& token_quotation = buffers.token_quotation;
  std::vector<QuotationLanguage>& quotation_languages = buffers.quotation_languages;
  bool quotations_found = false;
  // The language of token t's quotation, or nullptr outside any.
  auto quotation_language = [&](size_t t) -> const QuotationLanguage* {
    if (!quotations_found) {
      FindQuotations(ctx.text(), tk[0].start, tk[tk.size() - 1].end, &quotations);
      InnermostQuotations(tk, quotations, &token_quotation);
      QuotationLanguages(ctx, quotations, &quotation_languages);
      quotations_found = true;
    }
    return token_quotation[t] < 0 ? nullptr : &quotation_languages[token_quotation[t]];
  };
  // A sentence without function words of its own ("Diagnosis: moderate
  // dementia, atrial fibrillation.") takes the language of the quotation
  // it stands in, else of the prompt (Danish when both tie): an English
  // letter pasted in quotes into a Danish instruction is read as English.
  // (Not its paragraph's: an English case note's "Aids: nødkald, kateter."
  // in a mostly Danish prompt would lose the Danish care words, which are
  // read in Danish sentences only.)
  auto context_english = [&](size_t s) {
    const QuotationLanguage* q = quotation_language(sentences[s].first);
    return q && q->lean != 0 ? q->lean > 0 : prompt_english();
  };
  for (size_t s = 0; s < ns; ++s) {
    if (!link[s]) continue;
    const Sentence& sen = sentences[s];
    // The sentence's language by its function words; on a tie, its
    // context's (above).
    const int lean = EnglishLean(tk, sen.first, sen.end, false);
    const bool english = lean > 0 || (lean == 0 && context_english(s));
    // A quotation in the other language inside the sentence is read in its
    // own ('Lav et resumé af dette brev fra lægen: "Re: Harriet Jensen,
    // DOB 3/7/1948. Diagnosis: atrial fibrillation." is one sentence): the
    // sentence is cut at its quotation marks, each part takes its own
    // language (by its own function words, else its quotation's, else the
    // sentence's; a part in a title takes the sentence's), and parts in the
    // same language stay together.
    std::vector<std::pair<size_t, bool>>& parts = buffers.language_parts;
    parts.clear();
    for (size_t from = sen.first, k = sen.first + 1; k <= sen.end; ++k) {
      if (k < sen.end && !HasQuotationMark(tk.Gap(ctx.text(), k - 1))) continue;
      bool en = english;
      if (k < sen.end || from > sen.first) {
        const QuotationLanguage* q = quotation_language(from);
        if (!q || !q->in_title) {
          int l = EnglishLean(tk, from, k, /*skip_i=*/true);
          if (l == 0 && q) l = q->lean;
          if (l != 0) en = l > 0;
        }
      }
      if (parts.empty() || parts.back().second != en) parts.push_back({from, en});
      from = k;
    }
    matches.clear();
    for (size_t g = 0; g < parts.size(); ++g) {
      MatchSentence(ctx, parts[g].first, g + 1 < parts.size() ? parts[g + 1].first : sen.end,
                    parts[g].second, &matches);
    }
    const Confidence conf = link[s] == 2 ? Confidence::kHigh : Confidence::kMedium;
    for (const Match& m : matches) {
      out->push_back(Candidate{Category::kHealth, tk[m.first].start, tk[m.last].end, conf});
    }
  }
}

}  // namespace health_detail

PG_REGISTER_DETECTOR(Category::kHealth,
                     (CategoryDefaults{
                         .action = Action::kBlock,
                         .label = {"Helbredsoplysning", "Health information"},
                         .why = {"Oplysninger om en persons helbred er følsomme personoplysninger og kræver særlig beskyttelse.",
                                 "Information about a person's health is sensitive personal data and needs special protection."},
                         .placeholder = "HELBREDSOPLYSNING"}),
                     MakeDetector<HealthDetector>);

}  // namespace privacy_guard
