// health: the rule definition of the health detector
// (src/detectors/health_detector.cc), read by the detector and by the
// Purview exporter. The vocabularies (diagnoses, medicines, aids, English
// terms) are data files named by the policy (DataFiles.health_terms,
// medicines, health_terms_en, health_ignore); these are the closed word
// classes the phrase rules are made of.
#ifndef PRIVACY_GUARD_RULES_HEALTH_H_
#define PRIVACY_GUARD_RULES_HEALTH_H_

#include <cstddef>
#include <string>
#include <vector>

namespace privacy_guard::rules::health {

using Words = std::vector<std::string>;

// Words of one language (lower case; multi-word entries match word by word).
struct Bilingual {
  Words da, en;
};

// A word that is a health term in Danish text only where no word of
// `unless_next` follows it in its clause (up to a comma or the sentence's
// end), and right before it comes no word of `unless_previous`, no
// lower-case word ending in one of `unless_previous_endings` (an
// adjective: "væltede stammer") and no genitive (Definition::
// genitive_endings: "træernes", also capitalised at the sentence's start)
// (see Definition::guarded_terms).
struct GuardedTerm {
  std::string word;
  Words unless_next, unless_previous, unless_previous_endings;
};

struct Definition {
  // --- Inflection and word formation (Danish) -------------------------------
  // Endings tried when a word is not listed itself: "diabetesen",
  // "depressionen", "protesen", "kørestolene".
  Words suffixes;
  // Person derivations of a listed term: "diabetiker", "demensramt",
  // "kræftpatient", "hjertesyg". A derivation replaces a term's ending
  // ("diabetes" -> "diabet" + "iker") or follows the term.
  Words person_suffixes;
  // A compound is health when its last part is a listed term of
  // `min_head_bytes` or more ("fødsels|depression"), or when a listed term
  // of `min_modifier_bytes` or more is followed by one of `health_heads`
  // ("kræft|behandling", "hjerte|problemer"). A compound whose last part is
  // one of `other_heads` is not ("diabetes|foreningen", "demens|koordinator",
  // "medicin|skabet"): it merely contains a health word. So is a term
  // joined by a hyphen to one of `hyphen_heads` (a season, a count or an
  // organisation) in a Danish sentence ("influenza-sæsonen",
  // "diabetes-foreningen"; not "bor i bostøtte-tilbud", not a person's
  // episode: "en psykose-periode", "et eksem-udbrud").
  size_t min_head_bytes = 5;
  size_t min_modifier_bytes = 5;
  Words health_heads;
  Words other_heads;
  // Words that end in a listed term without being a compound of it, with
  // their inflections: "bank|assistent" (not "-stent"), "hval|fangst" (not
  // "-angst"), "kredit|stramning" (not "-amning"), "bekræft" (not "kræft").
  // Neither they nor a compound ending in them is a health word. Found in
  // the Danish dictionary by rules/tools/false_heads.py, reviewed by hand.
  Words false_heads;
  // Light words a vocabulary phrase may hold, at most two, without the
  // list having to spell them: "ikke [har] lyst til at leve", "har [haft]
  // det [rigtig] dårligt", "[really] swollen ankles". Never a negation.
  Words phrase_fillers;
  Words hyphen_heads;
  // English writes such compounds as two words; a term followed by a
  // service word (lower case, one space) may name the service rather than
  // a person's health. Not when a possessive or a genitive stands just
  // before the term ("her diabetes nurse", "Hans Jensen's dementia team"),
  // an admission or treatment word stands in the sentence before the head
  // ("referred to the memory clinic", "alcohol treatment programme"), or
  // one of `service_actions_en` stands before the term or within three
  // words after the head ("attends the pain clinic", "Palliative team to
  // visit tomorrow"). English sentences only.
  // - One of `service_plans_en` (a plan, a figure, a role: no one is in it)
  //   names the service ("the sick-leave procedure", "our dementia
  //   coordinators", "obesity figures").
  // - One of `service_places_en` (a place or a programme a person may be
  //   in) names the service only as the subject of the sentence or after
  //   one of `service_place_preps_en`, with `service_determiners_en`
  //   between ("The rehabilitation team in Auning has moved", "funding for
  //   a new rehabilitation centre"; not "has been in the rehabilitation
  //   unit since May", "completed the cardiac rehabilitation programme").
  Words service_plans_en;
  Words service_places_en;
  Words service_place_preps_en;
  Words service_determiners_en;
  // One of `work_verbs` at most three words before the term makes the
  // person staff of a place or programme, which is then the service
  // ("works at the cancer centre", "leads the diabetes team"; not "joined
  // the alcohol treatment programme", "who runs a small farm, started the
  // ... programme").
  Words service_actions_en;
  // A compound with one of these as its last part is health whatever comes
  // first ("krampe|anfald", "muskel|sygdom").
  Words self_heads;
  // First parts that make a health head or an aid head health: "kemo|
  // behandling", "alkohol|behandling", "bade|bænk", "pleje|seng".
  Words care_modifiers;
  // Assistive aids by their last part ("stol", "stok", "seng", "forhøjer"):
  // health after a care modifier, or anywhere in a sentence after one of
  // `aid_verbs` ("har fået bevilget: toiletforhøjer, badebænk ...").
  Words aid_heads;
  Bilingual aid_verbs;

  // --- Phrases ------------------------------------------------------------------
  // Body parts (with "venstre/højre/left/right" before them allowed), for
  // condition + body part: "brud på venstre håndled", "ondt i ryggen",
  // "lammet i højre side", "broken hip".
  Bilingual body_parts;
  Bilingual sides;  // "venstre", "højre", "begge", "left", "right"
  // Words that are health only with a body part after them ("brud på",
  // "smerter i", "lammet i") or before them ("hoftebrud" is a compound).
  Bilingual injuries;
  // A Danish injury word also counts in these definite or plural forms
  // ("såret på hælen", "sårene på benet"; not "slags", "vrider").
  Words injury_endings;
  // Between an injury word and its body part, at most four of these
  // ("brud på venstre håndled", "bruises on both arms").
  Words injury_links;
  // Admission to a ward: "indlagt på psykiatrisk afdeling", "admitted to".
  Bilingual admissions;
  // Treatment by someone or for something: "i behandling hos en
  // psykiater", "går til fysioterapeut", "referred to a neurologist".
  Bilingual treatments;
  Bilingual specialists;
  // A compound ending in one of these is a specialist too ("vagtlæge",
  // "børnepsykolog"); the head must leave at least three letters before it.
  std::vector<std::string> specialist_heads;
  // A treatment's object may also be a named care unit: a capitalised word
  // ending in one of `care_unit_heads` ("Regionshospitalet"), or in one of
  // `unit_heads` after a listed health word ("henvist til Dansk
  // Hovedpinecenter", "Hjernerystelsesklinikken"; not "Jobcentret",
  // "Sprogcentret"); or one of `ward_heads` after one of
  // `specialty_adjectives` ("kardiologisk afdeling"; not "juridisk
  // afdeling").
  std::vector<std::string> unit_heads;
  std::vector<std::string> care_unit_heads;
  std::vector<std::string> ward_heads;
  std::vector<std::string> specialty_adjectives;
  // A possessive before a specialist: "min jordemoder", "her oncologist"
  // (every gender and number: "sit nødkald", "sine hjælpemidler").
  std::vector<std::string> possessives;
  // A relative's genitive after a possessive owns care too: "min fars
  // madservice" (not "et barns angst" in a talk's topic).
  std::vector<std::string> kin_genitives;
  // Substance use: a verb of its kind, then the substance within
  // `use_reach` words in the same sentence. Drugs count with "tager/bruger/
  // ryger/takes/uses/smokes" ("har røget hash dagligt", "is using
  // amphetamine again"); alcohol with "drikker/drinks" only together with an
  // amount or a frequency ("drikker 6-8 øl om dagen": not "drikker vin til
  // maden"); smoking only of what is smoked as a drug.
  std::vector<std::string> drug_verbs, drink_verbs, smoke_verbs;
  std::vector<std::string> drugs, drinks, smoked_drugs;
  size_t use_reach = 4;
  // A body part in a state that is a symptom, in either order: "benene er
  // meget hævede", "hævede ankler", "swollen legs", "rød hud på balderne".
  // Only anatomical parts (not "side", "led", "balance", "memory"); up to
  // two of `state_skips` between.
  std::vector<std::string> body_states;
  std::vector<std::string> state_skips;
  std::vector<std::string> not_anatomical;
  // Body fluids in a state that is a symptom: "urinen var mørk", "blodig
  // afføring", "cloudy urine" (these states count only with a fluid).
  std::vector<std::string> fluids, fluid_states;
  // Taking a medicine: "tager", "er sat på", "takes", "is on". A
  // capitalised word the lists do not know counts as a medicine after
  // these when a dose follows or "mod/for <condition>" does.
  Bilingual medication_verbs;
  // A dose after a medicine: a number and one of these ("500 mg", "2
  // tabletter", "20 IE", "1 x dagligt"), optionally "x N dagligt".
  Words dose_units;
  // Generic drug names by their ending (INN stems: "-olol", "-prazol",
  // "-statin"): an unlisted word of at least `inn_min_bytes` with one of
  // these endings is a medicine. English spellings are also tried against
  // the lists in Danish spelling ("sertraline" -> "sertralin",
  // "buprenorphine" -> "buprenorfin").
  Words inn_endings;
  size_t inn_min_bytes = 8;
  // Words after a brand name that belong to it ("Pinex Comp", "Furix
  // Retard").
  Words brand_suffixes;
  // Health abbreviations, counted only when written in capitals ("KOL",
  // "ADHD", "COPD", "PTSD"): in lower case many are ordinary words.
  Words abbreviations;
  // Sick leave, pregnancy, disability and care states that are health
  // information about a person (art. 9) though no diagnosis: "sygemeldt",
  // "sygedagpenge", "gravid", "kørestolsbruger", "on sick leave".
  Bilingual states;
  // Generic words (also in common_words: "medicin", "feber", "smerter")
  // count only right after a state verb ("har feber", "fik medicin", "lider
  // af", "is on", "has"): `state_verbs`, at most `state_verb_gap` words
  // before.
  Bilingual state_verbs;
  size_t state_verb_gap = 2;
  // Functional limits: one of `limit_phrases` ("kan ikke", "svært ved at",
  // "har brug for hjælp til", "unable to") followed within two words by an
  // everyday activity of `activities` ("gå", "klare trapperne", "bøje sig",
  // "dress"): "ikke kan bøje sig", "svært ved at komme ud af sengen".
  Bilingual limit_phrases;
  Bilingual activities;
  // A measured limit: one of `abilities` ("kan", "can"), an activity within
  // two words, then within three words a number and one of `limit_units`:
  // "kan gå max 20 meter", "kan arbejde 8-10 timer om ugen", "can walk 50
  // metres".
  Bilingual abilities;
  Words limit_units;
  // A fall, when a person is its subject: one of `falls` ("faldet",
  // "faldt", "fell") right after a pronoun or role word, or after a
  // capitalised word that does not start the sentence (the end of a
  // name), with at most one of `fall_auxiliaries` ("er", "has") between;
  // or right before a pronoun ("faldt hun"). Prices and numbers fall too.
  Bilingual falls;
  Bilingual fall_auxiliaries;
  // A fall word, then one of `share_links`, a number and a share (a '%'
  // or one of `share_units`) is a figure going down, not a person falling:
  // "fell by 18 %", "fell to 40 percent" ("fell by 2 steps" stays).
  Words share_links;
  Words share_units;
  // Care with a frequency (CareWithFrequency) may also have one of
  // `frequency_adjectives` before it ("natlige tilsyn", "daglig
  // hjemmepleje") or two of `times_of_day` after it ("morgen og aften").
  Words frequency_adjectives;
  Words times_of_day;
  // A fall as the second verb of a clause ("... og faldet to gange") needs
  // one of these, or a name or CPR number, as the sentence's subject.
  Words subject_pronouns;
  // After "gange", or after it and one more word: an inspection's
  // frequency, not care's ("tilsyn 2 gange årligt", "2 gange om året").
  Words yearly;
  // A function noun (`function_nouns`) then, over at most two words ("er",
  // "meget"), one of `impaired_after`: "korttidshukommelse meget nedsat";
  // not after a lower-case genitive ("virksomhedens kondition") nor before
  // one of `population_prepositions_after` ("reduceret på arbejdsmarkedet").
  Words impaired_after;
  Words population_prepositions_after;
  // Idioms with a fall word ("falder", "faldt", "fell", "falls" and the
  // other forms of "fald-"/"fell"/"fall"): the words right after it are one
  // of these, and nobody fell. "faldt til ro", "faldt over en artikel" is
  // not listed ("faldt over en ledning" is a fall); "fell behind", "fell
  // asleep", "fell out with her neighbour".
  Words fall_idioms;
  // "har det svært med Excel": a phrase ending in one of `struggle_words`,
  // then "med" and a capitalised word or one of `struggle_things` ("med
  // systemet", "med de nye regler") is a struggle with a thing, not a mood.
  Words struggle_words;
  Words struggle_things;
  // A count between the auxiliary and the fall word ("er to gange faldet"):
  // a number or one of `fall_counts`, then one of `fall_times`.
  Words fall_times;
  // Or a time after "i" there: "er i nat faldet ud af sengen".
  Words fall_when;
  // Sick-leave words a percentage makes a statistic (StatisticAfter):
  // "sygefraværet toppede med 11 %". A word of `group_absence_words` (the
  // definite forms, and English "absence") names a group's rate by itself;
  // the others ("fravær på 20 %") only when no person is named before it
  // on its line. Every group word is also in `absence_words`.
  Words absence_words;
  Words group_absence_words;
  // A relative after a possessive falls too: "min mand er faldet", "her
  // husband fell" (one of `kin_words`).
  Words kin_words;
  // "admitted that he drinks", "admitted drinking": a confession (one of
  // `confessed_acts` after one of `confession_verbs`, alone or with "to",
  // or "that" and a subject pronoun), not an admission to hospital. Each
  // confession verb is also an admission word (`admissions`).
  Words confession_verbs;
  Words confessed_acts;
  // What people fall out of ("faldet ud af sengen", "fell out of bed").
  Words fall_from;
  // Where people fall, for a fall written as a note's clause ("- faldet på
  // badeværelset") or as a sentence without a subject after one about the
  // person ("Faldet på badeværelset i nat.").
  Words fall_places;
  // Events counted: one of `fall_counts` (or a number) right before one of
  // `fall_nouns`: "har haft tre fald i år", "two falls in November", "20
  // genstande dgl.", "4 indlæggelser", "3 anfald".
  Words fall_counts;
  Words fall_nouns;
  // A body function done badly: one of `body_functions` ("sover", "hører",
  // "sleeps"), then one of `badly` ("dårligt", "badly"), not after one of
  // `impersonal_subjects` ("det går dårligt") nor before "ud" ("ser dårligt
  // ud"). An intensified state: one of `intensifiers` ("meget", "very")
  // before one of `tired_states` ("træt", "weak"), not before "af"/"of"
  // ("træt af møderne" is fed up).
  Words body_functions;
  Words badly;
  // Sleep cut short: one of `sleep_verbs`, one of `few` and a number of
  // hours ("sover kun 3-4 timer", "sleeps only 4 hours a night"); not work
  // hours ("arbejder kun 20 timer" has no sleep verb).
  Words sleep_verbs;
  Words few;
  Words hour_units;
  // Intake reduced or neglected (lay descriptions of poor eating, drinking
  // and sleeping): one of `intake_functions` then one of `scant` ("spiser
  // kun lidt", "sover næsten ikke", "eats very little", "sleeps poorly"),
  // or one of `neglect_before` (with "at"/"to" between) before it ("har
  // ikke spist", "glemmer at spise", "not sleeping", "refuses to eat"); or
  // one of `impaired_before` right before one of `function_nouns` ("poor
  // sleep", "low appetite", "dårlig nattesøvn").
  // Help given with daily living: one of `help_verbs`, one of
  // `help_objects`, then an activity (rules `activities`) within three
  // words ("hjælpe ham på toilettet", "helps her with showering").
  Words help_verbs;
  Words help_objects;
  // An ailing body part: one of `ailing` before a body part, or before
  // "i"/"in the" and one ("dårlig ryg", "dårlige knæ", "øm i hoften", "stiv
  // i nakken", "weak legs", "sore in the shoulder").
  Words ailing;
  Words intake_functions;
  Words scant;
  Words neglect_before;
  Words impaired_before;
  Words function_nouns;
  // A neglect is an everyday choice when one of `neglect_blockers` follows
  // the function, or "i" and one ("har ikke spist endnu", "vil ikke drikke
  // i aften", "is not drinking tonight because she drives"); `intake_links` may stand between a neglect word and the
  // function ("glemmer at spise", "refuses to eat").
  Words neglect_blockers;
  Words intake_links;
  // Between an ailing word and its body part ("øm i hoften", "sore in the
  // shoulder"); an idiom when one of `ailing_idioms` follows the body part
  // ("et dårligt hoved for tal").
  Words ailing_links;
  Words ailing_idioms;
  Words impersonal_subjects;
  Words intensifiers;
  Words tired_states;
  // Care with a frequency is care received: a care word with one of
  // `frequencies` within three words after it ("hjemmesygepleje to gange om
  // dagen", "Bad x1 ugl.", "madservice dgl.", "home care twice a day").
  Words frequencies;
  // Or one of `every` right after the care word with one of
  // `frequency_units` within two words after it ("rengøring hver 2. uge",
  // "cleaning every other week"), or a number, a word and one of `per`
  // and a unit ("madservice 7 dage om ugen"). Not after one of
  // `work_verbs` (the person does the work: "står for rengøring hver uge",
  // "kører madservice ud hver dag"; also staff of an English service, see
  // `service_places_en`); `practical_help` counts with a
  // frequency or a verb of receiving only, never as a table cell;
  // `no_possessive_care` is no care after a possessive ("hans bad" may be
  // his bathroom, "hans tilsyn med byggepladsen" his supervision).
  Words every, per, frequency_units, work_verbs, practical_help, no_possessive_care;
  // Time words after "i"/"in" that keep a counted fall a fall ("i år", "in
  // November").
  Words time_words;
  // Terms that are also everyday words about things ("brud" on a water
  // pipe, a road "lammet" by traffic, a budget's "blødning"): like the
  // generic words, only after a state verb or inside a phrase.
  Words weak_terms;
  // Care a person receives at home. The words also name the service
  // ("madservice leverer ..."), so they count only after a state verb
  // ("modtager hjemmehjælp", "er bevilget madservice") or as a cell of a
  // record ("Grete Nissen – Engvej 5 – hjemmehjælp 2 x ugl. – KOL").
  Words care_terms;
  // Verbs that count before care words only, right before them or with an
  // article between ("ønsker plejebolig", "har ret til en
  // ledsagerordning"; not "ønsker behandling af sagen", "ønsker mere
  // aflastning for de pårørende").
  Words care_verbs;
  // A care word right after one of these is a role, not care received
  // ("ansat som rengøringshjælp 25 timer om ugen"), unless a state verb
  // stands before it ("modtager som aflastning to døgn").
  Words role_before;

  // --- Topic, not a person's health -------------------------------------------------
  // "oplæg om diabetes", "en pjece om demens", "a talk on dementia": an
  // information artefact, then about/om, then the term: a topic.
  Bilingual topic_nouns;
  Bilingual topic_prepositions;
  // A quotation right after one of these is a title, not a text pasted in
  // its own language ('bogen "Living with a Stroke"', 'overskriften "Is
  // your team suffering from meeting fatigue?"'): it is read in the
  // sentence's language.
  Bilingual quotation_titles;
  // Teaching (Danish and English). Danish names a course's subject with
  // "i": one of these right before "i" is a topic noun too ("kursus i
  // diabetes", "e-learning i medicinhåndtering").
  Words teaching_nouns;
  // Teaching that a person gets, is referred to or is offered is about the
  // person: one of these in the five words before a teaching noun
  // (`teaching_nouns`) makes it no topic ("Mette har fået undervisning i
  // insulin", "er henvist til et kursus i KOL", "har fået tilbudt et gratis
  // online kursus i KOL", "she receives training on her inhaler"). Taking
  // part or giving is not enough: staff take and give courses too ("skal
  // holde et kursus i demens", "har gennemført kursus i sårpleje"). Other
  // topic nouns stay topics ("har brug for en pjece om diabetes til
  // borgerne").
  Words topic_receivers;
  // A group, not a person: a plural noun of `group_nouns` right before
  // "med"/"with" (`group_prepositions`) in the three words before a term
  // ("borgere med handicap", "children with ADHD").
  Bilingual group_nouns;
  // A population after the term: one of these, then (after at most one
  // more word) a group noun, with a topic preposition in the two words
  // before the term ("indsatsen mod overvægt blandt børn", "figures on
  // obesity among older residents"; not "blandt andet", not "har det
  // højeste sygefravær blandt de ansatte", "the only one with ADHD among
  // the pupils").
  Words population_prepositions;
  Bilingual group_prepositions;
  // Someone else, unnamed: one of `other_persons` in the six words before a
  // term as the subject of a relative clause (one of `relatives` right
  // after it: "Spørg Mette Hansen, om hun kan dække for en kollega, der er
  // sygemeldt"), not after a copula (`copulas`: "Mette Hansen er en
  // kollega, der er sygemeldt" is about her).
  Words other_persons;
  Words relatives;
  Words copulas;
  // A clinical measurement with its value is a test result: a word of
  // `measures` ("blodsukker", "HbA1c", "blood pressure"), at most
  // `measure_gap` words of `measure_links` ("på", "målt til", "was"), then a
  // number, with its decimals and a unit of `measure_units`
  // ("blodsukker på 14,2 mmol/l", "HbA1c was 64").
  Bilingual measures;
  Bilingual measure_links;
  Words measure_units;
  int measure_gap = 3;
  // A person's weight or its change is a measurement only with a unit of
  // `weight_units`: "vejer 48 kg", "har tabt sig 3 kg", "lost 5 kg" (not
  // "tabt 3 kampe"; "vægt" alone is a thing's weight too: "Pakken til Jens
  // Hansen har en vægt på 20 kg").
  Bilingual weights;
  Words weight_units;
  // Units of `weight_units` that weigh a baby only: after a weight noun
  // (a record's field), a whole number of `gram_min_digits` digits or more
  // ("vægt 3.950 g", "fødselsvægt 3550 g"; not "vejer 1.000 g mel af",
  // "vægt 12,50 g").
  Words gram_units;
  size_t gram_min_digits = 4;
  // A weight noun may take one of `weight_changes` before its value
  // ("Weight down 4 kg"); a verb of `weight_particle_verbs` counts only
  // with one of `weight_particles` after its unit, ending its clause or
  // before one of `weight_particle_followers` ("har taget 3 kg på på en
  // uge"; not "har taget 10 kg affald med", "taget 200 kg på traileren").
  Words weight_changes;
  Words weight_particle_verbs;
  Words weight_particles;
  Words weight_particle_followers;
  // Danish words with a common other meaning that its neighbours rule
  // out: "Elias stammer" (stutters), not "stammer fra" (comes from) or
  // "mange stammer" (tribes).
  std::vector<GuardedTerm> guarded_terms;
  // A measurement's value may be a change, two numbers with one of
  // `measure_arrows` between them ("vægt 94 -> 89 kg").
  Words measure_arrows;
  // A pregnancy's due date: one of `due_words`, at most `due_gap` words
  // of `due_links`, then a date ("termin 15. januar", "termin 12/6",
  // "terminen er i august"; a month of vocabulary::CalendarWords, not a
  // weekday). Not after one of `due_not_after` ("næste termin er 1.
  // april": a payment's; a pregnancy has one). Its context is the rest of
  // the sentence and up to `due_context_tokens` tokens before it in its
  // paragraph: no payment there (one of `due_money_words`, or a word
  // starting with one of `due_money_stems`: "huslejen for termin 1. juli",
  // "Afdragsordning: Jens Hansen – termin 1/7"), and a pregnancy (a word
  // starting with one of `due_cues`: "gravid med termin ...",
  // "graviditetsorlov") or the person's name or CPR number right before
  // the due word with only a dash, colon or comma between ("Maja Tranberg –
  // termin 12/6"); not a project's ("Projektet har termin i marts").
  Words due_words;
  Words due_not_after;
  Words due_cues;
  size_t due_context_tokens = 60;
  Words due_links;
  int due_gap = 3;
  Words due_money_words;
  Words due_money_stems;
  // A result told in words is a test result too: a measure, its links, at
  // most one of `result_modifiers`, then one of `abnormal_results`
  // ("potassium was high", "blodsukkeret var for højt", "BT lavt").
  Words result_modifiers;
  Words abnormal_results;

  // --- Linking to the person ----------------------------------------------------------
  // A letter signed with a name: one of `sign_offs` at most
  // `sign_off_reach` bytes before a name ("Mvh Inger-Lise Bruun"); its
  // sentences with a word of `first_person` within `signed_letter_bytes`
  // before the signature are about the signer.
  // A sentence in the same paragraph after a person that grants something
  // ("Vi bevilger madservice ...", "We have approved ...") is about that
  // person, though it names a subject of its own.
  Words grant_verbs;
  Words sign_offs;
  // An instruction to sign with a name ("Underskrift: Rikke Damgaard",
  // "Sign it: Best, Kasper Thorsen"), alone or as a label before a colon
  // with a sign-off after it; also after the sentence before on a line of
  // running text.
  Words sign_instructions;
  // A writer who introduces herself with one of `self_intros` right before
  // a name ("Jeg hedder Birthe Wulff", "My name is Kasper Thorsen"): the
  // first-person sentences within `signed_letter_bytes` before and after
  // the name are about her.
  Words self_intros;
  // Of these, `greeting_intros` ("this is", "it's") introduce the writer
  // only at a line's or a quote's start or after one of `greetings`
  // ("Hello, this is Tomasz Wójcik"; not "Meet our new colleague! This is
  // Anna Holm.").
  Words greeting_intros;
  Words greetings;
  // A name followed by nothing but its own contact details to the end of
  // the text signs it too: other anchors (address, e-mail, phone), one of
  // `contact_labels` ("tlf.", "mail") and punctuation.
  Words contact_labels;
  size_t sign_off_reach = 40;
  size_t signed_letter_bytes = 2000;
  Words first_person;
  // A mail or letter header that names a person: the sender ("Fra: Karina
  // Bjerre <...>") is the first person of the message below it, and the
  // addressee ("Modtager: ...", "Til: ...", "Kære ...", "Dear ...") the
  // second person (`second_person`) of the letter around it, within
  // `signed_letter_bytes` and up to the next sender header.
  Words sender_labels;
  // Names after one of `participant_labels` and a colon on their line
  // ("Deltagere: ...", "Present: ...") are a meeting's participants: a
  // numbered agenda item below them ("1) Budget for genoptræning ...") is
  // about them only when it refers to them explicitly (a pronoun, a role
  // word, the first name or surname). Bullet lines ("- Diagnose: demens")
  // still link, and so do sentences about the person a meeting is about
  // named before the list. (Staff titles alone do not make a participant:
  // HR prompts are about exactly those colleagues.)
  Words participant_labels;
  // A name or CPR number after one of `subject_labels` and a colon at the
  // start of its line ("Barn: Liva Bjerre Holt, 11 år, 120613-4726", "Pt.:
  // Anna Holst, 010944-2275", "Beboer: ...") names the subject of a pasted
  // record: the record's sentences after it, up to `record_reach_bytes` and
  // up to the next such line, are about that person even across blank
  // lines and without a pronoun ("Der er henvist til egen læge for at
  // udelukke cøliaki.", "Forløb kompliceret af delir 2. postop. døgn.").
  // Not a sentence that opens with the writer ("Jeg ...", "We ..."), with a
  // subject of its own (OwnSubject: "Skolen ...", "Kommunen ..."), with
  // someone else's role in the genitive ("Klassens lærer ...",
  // "Hjemmeplejens kontaktperson ..."; not a role word for the person:
  // "Borgerens ..."; a word of more than five letters with one of
  // `genitive_endings`), or with one of `record_stop_openers` (an
  // instruction to Copilot, "Skriv ...", "Husk ...", or a group, "Mange af
  // ..."; the writer's own openers, "Vores ...", are OwnSubject's).
  Words subject_labels;
  Words record_stop_openers;
  Words genitive_endings;
  size_t record_reach_bytes = 3000;
  // A term at most eight words after one of `presenting_verbs` in its
  // sentence is what someone presents or teaches, not a person's health
  // ("kommunallæge Henrik Thomsen fremlægger tal for overvægt"); not with a
  // state or medication verb, a possessive, one of `presenting_stops` (a
  // cause, a negation, a contrast) or a clause mark between, nor after one
  // of `reflexives` ("præsenterer sig med smerter i brystet"). Not "viser"
  // ("Blodprøver viser lavt hæmoglobin"), "presents" ("presents with chest
  // pain"), "demonstrates", "runs" ("runs a fever"), "leads", "focus".
  Words presenting_verbs;
  Words presenting_stops;
  Words reflexives;
  // A form field that names the one filling in the form ("Navn: Preben
  // Sloth", "Applicant: ..."): its first-person sentences within
  // `signed_letter_bytes` after it are about that person, like a sender's
  // (but the field starts no new message of a thread).
  Words form_labels;
  Words addressee_labels;
  Words second_person;
  // Health counts only about an identified person, locally: in the same
  // sentence or list item as a name, CPR number or address (or e-mail,
  // phone), or in a sentence that refers back to one (a pronoun, a role
  // word, the first name or surname alone; a list item or note line under
  // it) at most `back_reference_bytes` after it; in the same paragraph
  // within `subjectless_reach_bytes` also a sentence that names no subject
  // of its own.
  size_t back_reference_bytes = 2000;
  size_t subjectless_reach_bytes = 600;
  // A person may also be named after the sentences about her, by one of
  // `naming_intros` right before the name ("... efter hans hjerneblødning.
  // Han hedder Arne Kloster", "His name is ..."): the sentences before it
  // in the same paragraph, within `subjectless_reach_bytes`, that refer to
  // someone by a pronoun or a role word and have no person before them.
  Words naming_intros;
  // Only these pronouns refer to the person named after (not "du", "you").
  Words third_person;
  // The word before a name that refers to someone else than the writer:
  // a signature block or a name with its contact details after it is no
  // signature then ("please contact\nAnna Holm", "til min kollega").
  Words referral_words;
  // A note line or list item under a person is about her, unless it opens
  // with one of `writer_openers` ("Jeg har migræne i dag"): then it links
  // only by referring back.
  Words writer_openers;
  // The words a sentence without a subject of its own may open with to go
  // on about the person of the sentence before it on the same line, when
  // that one named or referred to them explicitly ("Bgr. klar, men kold.
  // Ingen synlige skader, dog hævelse i hoften."): negations, adverbs,
  // verbs; not a noun, which brings a subject of its own ("Vikaren har
  // ondt i ryggen", "Flere kolleger har spurgt til stress").
  Bilingual continuation_openers;
  // Weight words that are nouns (also in `weights`): a weight only as a
  // record's field, the value right after and no article before.
  Words weight_nouns;
  Words weight_articles;  // "en", "a", "the": an object's weight
  Bilingual pronouns;
  Bilingual roles;
  // A sentence without a pronoun, role or name part still refers back to
  // the person when it names no subject of its own; these first words are
  // one ("Jeg", "Vi", "Kommunen", "We").
  Bilingual other_subjects;

  // --- Language -------------------------------------------------------------------------
  // Function words that tell English sentences from Danish ones: English
  // health vocabulary applies only in English sentences, Danish only in
  // Danish ones (medicines in both).
  Bilingual function_words;
};

const Definition& Rules();

}  // namespace privacy_guard::rules::health

#endif  // PRIVACY_GUARD_RULES_HEALTH_H_
