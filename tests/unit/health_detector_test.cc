#include <algorithm>

#include "test_util.h"

namespace privacy_guard::testing {
namespace {

TEST(Health, ReportedWhenAPersonIsIdentified) {
  const std::string text = "Mette Hansen har diabetes og er sygemeldt med stress.";
  auto f = Find(DefaultEngine(), text, Category::kHealth);
  ASSERT_GE(f.size(), 2u);
  EXPECT_EQ(Covered(text, f[0]), "diabetes");
  // Sick leave and its reason are health information ("sygemeldt" and
  // "stress", or the everyday phrase "sygemeldt med stress" as one span).
  std::string rest;
  for (size_t k = 1; k < f.size(); ++k) rest += Covered(text, f[k]) + "|";
  EXPECT_NE(rest.find("sygemeldt"), std::string::npos) << rest;
  EXPECT_NE(rest.find("stress"), std::string::npos) << rest;
  EXPECT_EQ(f[0].action, Action::kBlock);
}

TEST(Health, IdentifiedByCprOrContact) {
  EXPECT_EQ(Find(DefaultEngine(), "CPR 120385-1002: behandles for depression", Category::kHealth).size(), 1u);
  EXPECT_EQ(Find(DefaultEngine(), "tlf. 23 45 67 89 - har KOL", Category::kHealth).size(), 1u);
}

TEST(Health, GeneralTopicsAreNotFlagged) {
  for (const char* t : {"Skriv en pjece om diabetes til ældre", "Hvad er symptomerne på KOL?",
                        "Lav en plan for sygefraværssamtaler ved stress",
                        "Kampagne om depression blandt unge i Norddjurs Kommune"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kHealth).empty()) << t;
    EXPECT_EQ(DefaultEngine().Scan(t).decision, Decision::kAllow) << t;
  }
}

TEST(Health, InflectionsAndCompounds) {
  const std::string text = "Søren Ørum: depressionen er værre, og fødselsdepression nævnes.";
  auto f = Find(DefaultEngine(), text, Category::kHealth);
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(Covered(text, f[0]), "depressionen");
  EXPECT_EQ(Covered(text, f[1]), "fødselsdepression");
}

TEST(Health, GenericWordsCountOnlyAfterAStateVerb) {
  // "medicin", "feber", "smerter" say nothing about a person on their own ...
  EXPECT_TRUE(Find(DefaultEngine(), "Mette Hansen skrev om medicin, feber og smerter i sin bog",
                   Category::kHealth).empty());
  // ... but do right after "har", "tager", "fik".
  for (const char* t : {"Mette Hansen har feber", "Mette Hansen tager sin medicin",
                        "Mette Hansen fik smerter i går"}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kHealth).size(), 1u) << t;
  }
}

}  // namespace
}  // namespace privacy_guard::testing

namespace privacy_guard::testing {
namespace {

TEST(Health, WordsThatStartWithATermAreNotCompounds) {
  // "eksempel" starts with "eksem" (eczema); "mobning" is no health data.
  auto f = Find(DefaultEngine(), "Mette Hansen gav et eksempel på mobning i klassen", Category::kHealth);
  EXPECT_TRUE(f.empty());
}

}  // namespace
}  // namespace privacy_guard::testing

// --- Issue 13: miss classes of an independent set, and false-alarm traps ---

namespace privacy_guard::testing {
namespace {

std::vector<std::string> Spans(const std::string& text) {
  std::vector<std::string> out;
  for (const Finding& f : Find(DefaultEngine(), text, Category::kHealth)) out.push_back(Covered(text, f));
  return out;
}

bool Has(const std::vector<std::string>& spans, const std::string& want) {
  for (const std::string& s : spans) {
    if (s.find(want) != std::string::npos || want.find(s) != std::string::npos) return true;
  }
  return false;
}

TEST(Health, MedicinesGenericBrandAndDose) {
  const std::string t = "Ole Mikkelsen tager Metformin 500 mg morgen og aften, marevan og sertralin.";
  auto s = Spans(t);
  EXPECT_TRUE(Has(s, "Metformin 500 mg"));
  EXPECT_TRUE(Has(s, "marevan"));
  EXPECT_TRUE(Has(s, "sertralin"));
  // A brand no list has: after a medication verb, in a list, with a dose.
  auto b = Spans("Birthe Kjær får Cipramil, Pinex og Pamol. Hun har fået Tradolan 50 mg.");
  for (const char* m : {"Cipramil", "Pinex", "Pamol", "Tradolan 50 mg"}) EXPECT_TRUE(Has(b, m)) << m;
  // Generic names by their INN ending and English spellings.
  auto g = Spans("Hans Berg is on sertraline and bisoprolol; he also takes omeprazol.");
  for (const char* m : {"sertraline", "bisoprolol", "omeprazol"}) EXPECT_TRUE(Has(g, m)) << m;
}

TEST(Health, MultiWordConditionsInjuriesAndEvents) {
  const std::string t =
      "Ellen Marie Poulsen faldt og brækkede hoften, har brud på venstre håndled, er lammet i "
      "højre side og blev indlagt på psykiatrisk afdeling. Hun er i behandling hos en psykiater.";
  auto s = Spans(t);
  for (const char* m : {"brækkede hoften", "brud på venstre håndled", "lammet i højre side",
                        "indlagt", "psykiater"}) {
    EXPECT_TRUE(Has(s, m)) << m;
  }
  auto c = Spans("Jens Holm har fået en knæoperation og hoftebrud; krampeanfald om natten.");
  for (const char* m : {"knæoperation", "hoftebrud", "krampeanfald"}) EXPECT_TRUE(Has(c, m)) << m;
}

TEST(Health, AidsAndCareAtHome) {
  auto s = Spans("Anna Bjerregaard har fået bevilget: toiletforhøjer, badebænk, gribetang og en "
                 "plejeseng. Hun bruger rollator og får hjemmesygepleje og hjælp til bad.");
  for (const char* m : {"toiletforhøjer", "badebænk", "gribetang", "plejeseng", "rollator",
                        "hjemmesygepleje", "hjælp til bad"}) {
    EXPECT_TRUE(Has(s, m)) << m;
  }
}

TEST(Health, EnglishVocabularyInEnglishPrompts) {
  auto s = Spans("Margaret Olsen (CPR 150168-1632) has a broken hip and COPD, had a knee "
                 "replacement, and suffers from panic attacks.");
  for (const char* m : {"broken hip", "COPD", "knee replacement", "panic attacks"}) {
    EXPECT_TRUE(Has(s, m)) << m;
  }
}

TEST(Health, EnglishTermsOnlyInEnglishSentences) {
  // "pain", "stroke" are English terms; in a Danish sentence they are not read.
  EXPECT_TRUE(Spans("Mette Hansen skriver om sin stroke i golf og en pain au chocolat.").empty());
  EXPECT_FALSE(Spans("Mette Hansen had a stroke last year.").empty());
}

TEST(Health, EnglishWordsSpelledLikeDanishHealthWords) {
  // "gift" (Danish: married/poison), "add", "MS Teams", "all".
  for (const char* t : {"Peter Lund sent a gift to all of us via MS Teams.",
                        "Please add Peter Lund to the list.", "Kim Madsen er gift med Ole."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

TEST(Health, EverydayWordsAboutThingsRoadsAndPlans) {
  for (const char* t : {"Peter Lund meldte brud på vandrøret i kælderen.",
                        "Ifølge Peter Lund er trafikken på Skovvej lammet i dag.",
                        "Peter Lund sagde, at budgettet blødte i tredje kvartal.",
                        "Peter Lund har ondt af kunderne."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

TEST(Health, CompoundsThatMerelyContainAHealthWord) {
  for (const char* t : {"Peter Lund arbejder i diabetesforeningen og er demenskoordinator.",
                        "Peter Lund læser på sygeplejerskeuddannelsen og rydder medicinskabet.",
                        "Peter Lund holdt oplæg om diabetes for Kræftens Bekæmpelse.",
                        "Peter Lund besøgte Steno Diabetes Center."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// Words that end like a term without being a compound of it
// (rules::health false_heads, found in the Danish dictionary): job titles in
// signatures, catches, tightening (dev5/dev11/dev12 false alarms); real
// compounds of a term stay health.
TEST(Health, WordsThatOnlyEndLikeATermAreNoCompounds) {
  for (const char* t : {"SOSU-assistent Julie Iversen sender vagtplanen.",
                        "Julie Iversen, kontorassistent, Borgerservice",
                        "Julie Iversen er ansat som assistent i Jobcentret.",
                        "Peter Lund skriver om hvalfangsten og kreditstramningen.",
                        "Peter Lund skal bekræfte mødet."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  EXPECT_TRUE(Has(Spans("SOSU-assistent Julie Iversen er gravid."), "gravid"));
  EXPECT_EQ(Spans("SOSU-assistent Julie Iversen er gravid.").size(), 1u);
  EXPECT_TRUE(Has(Spans("Peter Lund har fødselsdepression."), "fødselsdepression"));
  EXPECT_TRUE(Has(Spans("Peter Lund har dødsangst."), "dødsangst"));
  EXPECT_TRUE(Has(Spans("Peter Lund har fået en stent."), "stent"));
  // "aflejring" is no false head: "kalk|aflejringer" is health (review).
  EXPECT_FALSE(Spans("Peter Lund har fået konstateret kalkaflejringer i skulderen.").empty());
}

TEST(Health, ServiceAndPlanTextsWithoutAPersonsHealth) {
  for (const char* t : {"Peter Lund skal skrive en pjece om KOL og diabetes til ældre.",
                        "Peter Lund holder et oplæg om demens på temadagen.",
                        "Hjemmeplejen kommer kl. 8 hos Peter Lund.",
                        "Peter Lund bestiller madservice og hjælpemidler til afdelingen."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// Care notes call the person "Bgr." or "Pt." after a header that names
// them (dev12 miss: a whole note under "Bgr.: <name>, cpr ...").
TEST(Health, CareNoteShorthandRefersBack) {
  const char* note =
      "Bgr.: Inga Mølgaard Thomsen, cpr 030767-2502\n\n"
      "Notat 02.04: Bgr. fundet siddende på gulvet. Bgr. har type 2-diabetes og får Metformin 500 mg x 2.";
  EXPECT_TRUE(Has(Spans(note), "Metformin 500 mg"));
  // "Pt." is as often "p.t." (currently), so it is no role.
  EXPECT_TRUE(Spans("Anna Holm, HR\n\nVi har et problem. Pt. er 12 medarbejdere sygemeldt med stress.").empty());
  // A sentence without a subject of its own that goes on from one about
  // the person on the same line is about them too, however far the header
  // is; the next line of minutes is not.
  const char* cont =
      "Bgr.: Inga Mølgaard Thomsen, cpr 030767-2502\n\nNotat: Bgr. klar, men kold og forvirret. "
      "Ingen synlige skader, dog hævelse og smerter i venstre hofte.";
  EXPECT_TRUE(Has(Spans(cont), "smerter i venstre hofte") || Has(Spans(cont), "hævelse og smerter i venstre hofte"));
  EXPECT_TRUE(Spans("Til stede: Jette Rasmussen (formand), Kim Søndergaard (AMR).\n"
                    "1. Arbejdsmiljø: Der holdes kursus.\n2. Influenzavaccination: Gratis for alle medarbejdere.")
                  .empty());
  // Not from a sentence linked only by its place, not with a subject of
  // its own (a noun), and one sentence on only (review probes).
  for (const char* t : {"Hej Anna Holm\n\nTak for dit oplæg i går. Rigtig godt. Flere kolleger har spurgt til stress.",
                        "Til stede: Jette Rasmussen (formand).\n\nArbejdsmiljø drøftet. Flere har været sygemeldt "
                        "med stress. Influenzavaccination gratis for alle.",
                        "Bgr.: Inga Thomsen\n\nNotat: Bgr. har ønsket samtale. Hjemmehjælper havde influenza. "
                        "Vikaren har ondt i ryggen."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  // Without a person before it the shorthand links nothing.
  EXPECT_TRUE(Spans("Notat: Bgr. har type 2-diabetes og får Metformin 500 mg x 2.").empty());
}

TEST(Health, LinkedLocallyNotByTheWholeDocument) {
  // A back-reference within the paragraph (pronoun, role, the first name).
  EXPECT_TRUE(Has(Spans("Skriv til Hans Jensen. Han har diabetes."), "diabetes"));
  EXPECT_TRUE(Has(Spans("Borger: Hans Jensen, Skovvej 12.\n- KOL\n- insulin"), "KOL"));
  EXPECT_TRUE(Has(Spans("Hans Jensen bor alene. Borgeren har demens."), "demens"));
  // Another paragraph, another subject: not about the person.
  EXPECT_TRUE(Spans("Skriv til Hans Jensen om mødet.\n\nKommunen har fokus på diabetes.").empty());
  EXPECT_TRUE(Spans("Hans Jensen er ny leder. Vi har mange borgere med demens.").empty());
}

TEST(Health, FallsWithAPersonAsSubject) {
  EXPECT_TRUE(Has(Spans("Anne Hansen er faldet i badeværelset."), "faldet"));
  EXPECT_TRUE(Has(Spans("Skriv til Anne Hansen. I nat faldt hun på trappen."), "faldt"));
  EXPECT_TRUE(Has(Spans("Mogens Hvid, Solsikkevej 14\n- faldet i badeværelset natten til søndag"),
                  "faldet"));
  // Prices, unemployment and shares fall too.
  for (const char* t : {"Anne Hansen siger at prisen er faldet.",
                        "Anne Hansen: ledigheden i Norddjurs er faldet.",
                        "Anne Hansen oplyser, at sygefraværet faldt i 2025."}) {
    EXPECT_FALSE(Has(Spans(t), "fald")) << t;
  }
}

TEST(Health, WordsInsideMailboxesAndLinksAreNoTerms) {
  EXPECT_TRUE(Spans("Skriv til demens@norddjurs.dk om Anne Hansen, anne.hansen@gmail.com").empty());
  EXPECT_TRUE(Spans("Anne Hansen kan læse mere på https://www.diabetes.dk/kost").empty());
  EXPECT_TRUE(Has(Spans("Anne Hansen har demens, se www.demens.dk"), "demens"));
}

TEST(Health, MeasuredGenericWordsAndHeadingsOverStatements) {
  // A generic word with a measurement is an observation about the person.
  EXPECT_TRUE(Has(Spans("Overdragelse for Ellen Lund, stue 4: feber 38,6, mistanke om "
                        "lungebetændelse."), "feber"));
  // "Emne:" heads a statement; "et oplæg om" makes a topic.
  auto s = Spans("Møde om Oliver Thygesen (9 år). Emne: mistanke om autisme og angst.");
  EXPECT_TRUE(Has(s, "autisme"));
  EXPECT_TRUE(Has(s, "angst"));
  EXPECT_TRUE(Spans("Oliver Thygesen holder et oplæg om autisme.").empty());
  // The full list's fragment "budd" (Budd-Chiari) makes no compound of "tilbuddet".
  EXPECT_TRUE(Spans("Anne Hansen har fået Tilbuddet.").empty());
}

TEST(Health, GroupsOfPeopleAreNoIdentifiedPerson) {
  // A group noun with "med"/"with" before the term names a target group.
  EXPECT_TRUE(Spans("Anne Hansen skriver en pjece til borgere med handicap og demens.").empty());
  EXPECT_TRUE(Spans("Anne Hansen runs a group for children with autism.").empty());
  // The same term about the named person is still health data.
  EXPECT_TRUE(Has(Spans("Anne Hansen er en borger med demens."), "demens"));
}

TEST(Health, StatesAfterASeemsVerbAndCareWords) {
  EXPECT_TRUE(Has(Spans("Mette Hansen virker trist og træt efter samtalen."), "trist"));
  EXPECT_TRUE(Has(Spans("Jonas Holm er i kemo hver tirsdag."), "kemo"));
  EXPECT_TRUE(Has(Spans("Jonas Holm har lav selvtillid efter mobningen."), "lav selvtillid"));
  EXPECT_TRUE(Has(Spans("Kirsten Bach får plejevederlag for at passe sin mand."), "plejevederlag"));
  // "virker" about a thing, not a person's state.
  EXPECT_TRUE(Spans("Mette Hansen siger at printeren virker træg.").empty());
}

TEST(Health, CareReceivedAtHome) {
  // After a verb of receiving, or as a cell of a record about the person.
  EXPECT_TRUE(Has(Spans("Anne Hansen modtager hjemmehjælp to gange om ugen."), "hjemmehjælp"));
  EXPECT_TRUE(Has(Spans("Lene Strand har fået bevilget madservice."), "madservice"));
  EXPECT_TRUE(Has(Spans("Grete Nissen – Engvej 5, 8570 Trustrup – hjemmehjælp 2 x ugl. – KOL"),
                  "hjemmehjælp"));
  EXPECT_TRUE(Has(Spans("Erik Bak - Lærkevej 2, Glesborg - nødkald"), "nødkald"));
  // The service, the job and the organisation are no one's health.
  EXPECT_TRUE(Spans("Mette Hansen kører madservice ud til borgerne.").empty());
  EXPECT_TRUE(Spans("Anne Hansen er hjemmehjælper i Grenaa.").empty());
  EXPECT_TRUE(Spans("Anne Hansen er leder af hjemmehjælpen.").empty());
  EXPECT_TRUE(Spans("Anne Hansen – madservice-chauffør – Grenaa").empty());
  // A number after a full stop starts the next sentence, not the cell.
  EXPECT_TRUE(Spans("Anne Hansen, ydelse: hjemmehjælp. 2 dage senere ringede hun.").empty());
  EXPECT_TRUE(Spans("Skriv en pjece om hjemmehjælp til borgere.").empty());
}

TEST(Health, BrandsOfNationallyAuthorisedMedicines) {
  // health-medicines-dk.txt: brands EMA's list does not have.
  const auto s = Spans("Preben Holm bruger Spiriva og Ventoline og tager Pinex ved behov.");
  EXPECT_TRUE(Has(s, "Spiriva"));
  EXPECT_TRUE(Has(s, "Ventoline"));
  EXPECT_TRUE(Has(s, "Pinex"));
  EXPECT_TRUE(Has(Spans("Mette Hansen fik Ipren for hovedpinen."), "Ipren"));
}

TEST(Health, EnglishWordsFromWordNet) {
  // health-terms-en-wordnet.txt: nouns all of whose senses are health.
  const auto s = Spans("Morten Schou has a slipped disc and starts radiation therapy next week; "
                       "he is waiting for a prosthesis.");
  EXPECT_TRUE(Has(s, "slipped disc"));
  EXPECT_TRUE(Has(s, "radiation therapy"));
  EXPECT_TRUE(Has(s, "prosthesis"));
  EXPECT_TRUE(Has(Spans("The district nurse changes the dressing on Gitte Munk's ulcer."), "ulcer"));
  // Words with another sense were left out of the list.
  EXPECT_TRUE(Spans("Morten Schou filed a complaint about the digitalization project.").empty());
  // An English list entry does not hide a Danish derivation.
  EXPECT_TRUE(Has(Spans("Henning Fabricius har fået konstateret Alzheimers."), "Alzheimers"));
}

TEST(Health, EverydayAidAndEventWords) {
  EXPECT_TRUE(Has(Spans("Victor Ahmed i 6.c er diabetiker og har insulinpumpe."), "insulinpumpe"));
  EXPECT_TRUE(Has(Spans("Ellen Brix skal have øjendråber kl. 12."), "øjendråber"));
  EXPECT_TRUE(Has(Spans("Pia Lykke har fået en arbejdsskade på trappen."), "arbejdsskade"));
  // A company named after an aid is an organisation.
  EXPECT_TRUE(Spans("Firmaet Handicapbil ApS leverer til Anne Hansen.").empty());
}

TEST(Health, MeasurementsWithAValueAreTestResults) {
  EXPECT_TRUE(Has(Spans("Borger 171055-1236 har blodsukker på 14,2 mmol/l i dag."),
                  "blodsukker på 14,2 mmol"));
  EXPECT_TRUE(Has(Spans("Jens Holm's HbA1c was 64 last month."), "HbA1c was 64"));
  EXPECT_TRUE(Has(Spans("Mette Hansen: blodtryk 150/90 ved kontrollen."), "blodtryk 150"));
  // The word without a value, or a value on the next line, is no result.
  EXPECT_TRUE(Spans("Anne Hansen skriver om blodtryk i pjecen.").empty());
  EXPECT_TRUE(Spans("Anne Hansen: kursus om blodsukker\n2 dage i maj").empty());
  // Clinical scores and tests (dev16's care notes).
  EXPECT_TRUE(Has(Spans("Asta Riis – Braden 12 – ligger meget i sengen"), "Braden 12"));
  EXPECT_TRUE(Has(Spans("Kim Berg har AUDIT-score 28 ved indskrivning."), "AUDIT-score 28"));
  EXPECT_TRUE(Has(Spans("Kim Berg: samlet IQ 72 ved testen."), "samlet IQ 72"));
  EXPECT_TRUE(Spans("Anna Holm sendte audit 2024 til revisionen.").empty());
}

// Benefits and care granted because of illness or disability say that a
// person's health limits them: health about an identified person, as the
// independent sets label them. A work role over its field is no one's health.
TEST(Health, BenefitsAndCareGrantedBecauseOfHealth) {
  EXPECT_TRUE(Has(Spans("Thomas Vinther, 260167-1614, er i fleksjob 15 timer om ugen."), "fleksjob"));
  EXPECT_TRUE(Has(Spans("Kurt Dalsgaard ansøger om førtidspension."), "førtidspension"));
  EXPECT_TRUE(Has(Spans("Preben Ravn søger om ledsagerordning efter § 85."), "ledsagerordning"));
  EXPECT_TRUE(Has(Spans("Mr. Sommer, Kirkevej 17, 8581 Nimtofte, needs meals on wheels."),
                  "meals on wheels"));
  EXPECT_TRUE(Has(Spans("Jens Hansen er hjemløs og sover i en opgang."), "hjemløs"));
  // About no one, or about the employee's work.
  EXPECT_TRUE(Spans("Hvilke regler gælder for fleksjob og førtidspension?").empty());
  EXPECT_TRUE(Spans("Jens Hansen er teamleder for fleksjob og førtidspension i jobcentret.").empty());
  EXPECT_TRUE(Spans("Mette Holm er konsulent på demensområdet.").empty());
  EXPECT_TRUE(Spans("Jens Hansen is team leader for dementia care.").empty());
}

// Miss classes of dev3 (independent set): injuries with a possessive or a
// number before the body part, falls as a note's clause, causes, weights,
// vital signs, pregnancy weeks, treatment courses and help with drinking.
TEST(Health, InjuriesFallsCausesWeightsAndVitalSigns) {
  EXPECT_TRUE(Has(Spans("I broke my wrist skiing, skriv til m.lykke@norddjurs.dk"), "broke my wrist"));
  EXPECT_TRUE(Has(Spans("Lukas Overgaard har fået et slag i hovedet."), "slag i hovedet"));
  EXPECT_TRUE(Has(Spans("Jens Hansen har blå mærker på venstre arm."), "mærker"));
  EXPECT_TRUE(Has(Spans("Jens Hansen har mærker på venstre arm."), "mærker på venstre arm"));
  EXPECT_TRUE(Has(Spans("Liva Hansen skal have behandling af huller i to kindtænder"), "huller i to kindtænder"));
  EXPECT_TRUE(Has(Spans("jytte holm, søndergade 12, grenaa - faldet igen"), "faldet"));
  // After an address that ends in an abbreviation (dev11 miss).
  EXPECT_TRUE(Has(Spans("Omskriv til aftenvagten: Grethe Nørgaard, Søndergade 14, 1. tv. – faldet i "
                        "badeværelset i nat."),
                  "faldet"));
  EXPECT_TRUE(Spans("Mødet med Grethe Nørgaard kl. 14. - faldet i ledigheden drøftes.").empty());
  EXPECT_TRUE(Has(Spans("Susanne Kirkegaard måtte stoppe pga. smerter."), "smerter"));
  EXPECT_TRUE(Has(Spans("Jørgen Thygesen har tabt 3 kg på en uge."), "tabt 3 kg"));
  EXPECT_TRUE(Has(Spans("Fru Abildgaard vejer 48 kg."), "vejer 48 kg"));
  EXPECT_TRUE(Has(Spans("Mrs. Kjærgaard: BT 142/88, puls 76"), "BT 142"));
  EXPECT_TRUE(Has(Spans("Villads Kamp er i forløb hos BUP Risskov."), "BUP"));
  EXPECT_TRUE(Has(Spans("Fru Bisgaard skal have hjælp til at drikke."), "drikke"));
  // A weight needs its unit; a fall needs a person; a result needs a value.
  EXPECT_TRUE(Spans("Jens Hansen har tabt 3 kampe i træk.").empty());
  EXPECT_TRUE(Spans("Ledigheden i Norddjurs - faldet igen i år. Kontakt Jens Hansen.").empty());
  EXPECT_TRUE(Spans("Jens Hansen fik et slag på 5000 kr.").empty());
  EXPECT_TRUE(Spans("Jens Hansen er tandlæge i Grenaa.").empty());
}

// A cause is no topic ("course because of ..."), and a line without
// function words takes the prompt's language.
TEST(Health, CausesAreNoTopicsAndListLinesTakeThePromptsLanguage) {
  EXPECT_TRUE(Has(Spans("Abdirahman Nuur cannot attend the activation course because of chronic back pain."),
                  "back pain"));
  EXPECT_TRUE(Has(Spans("Reformat this list into a table with columns Name / Address / Device:\n"
                        "Arvid Holt, Ryomgårdvej 2, 8550 Ryomgård – hospital bed + lift"),
                  "hospital bed"));
  // A course about it is still a topic.
  EXPECT_TRUE(Spans("Jens Hansen runs a course about chronic back pain.").empty());
}

// Traps from the review of the dev3 rules: declines, idioms, dishes, loads
// and clauses that make a role a statement.
TEST(Health, ReviewTrapsOfTheDev3Rules) {
  for (const char* t : {"Jens Hansen: faldet i ledigheden er positivt.",
                        "Ledigheden i Norddjurs - faldet igen i år, siger Jens Hansen.",
                        "Jens Hansen sætter mærker i siden af bogen.", "Jens Hansen cut the side dish.",
                        "Jens Hansen synes, forslaget er hul i hovedet.",
                        "Jens Hansen har taget 10 kg affald med til genbrugspladsen.",
                        "Pakken til Jens Hansen har en vægt på 20 kg.",
                        "Jens Hansen, the due date for the invoice is 1 May."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  for (const char* t : {"Mette Holm, leder af køkkenet, har diabetes.",
                        "Jens Hansen, head of finance, has cancer.",
                        "Jens Hansen er selv ansvarlig for sin insulin.",
                        "Karen Jensen, Nørregade 14, 8500 Grenaa - faldet på badeværelset kl. 17.10",
                        "Jens Hansen er lammet i venstre side."}) {
    EXPECT_FALSE(Spans(t).empty()) << t;
  }
}

// dev4 classes: counted falls, a CPR number as the subject of a fall,
// inflamed teeth, where a person lives because of care.
TEST(Health, CountedFallsInflamedTeethAndResidentialCare) {
  EXPECT_TRUE(Has(Spans("Kirsten Højgaard har haft tre fald i år."), "fald"));
  EXPECT_TRUE(Has(Spans("Jens Hansen: two falls in November."), "falls"));
  EXPECT_TRUE(Has(Spans("Borger 140238-3131 er faldet på badeværelset."), "faldet"));
  EXPECT_TRUE(Has(Spans("Lina Hamid har 4 betændte tænder og stærke smerter."), "betændte tænder"));
  EXPECT_TRUE(Has(Spans("Lina Hamid har 4 betændte tænder og stærke smerter."), "stærke smerter"));
  EXPECT_TRUE(Has(Spans("Jens Hansen bor i botilbud efter § 108."), "botilbud"));
  // Declines and prices fall too; a street is where one lives.
  EXPECT_TRUE(Spans("Jens Hansen så tre fald i ledigheden.").empty());
  EXPECT_TRUE(Spans("Prisen på Jens Hansens hus er faldet.").empty());
  EXPECT_TRUE(Spans("Jens Hansen bor på Lindevej 4.").empty());
  // "aids" is a disease only in capitals: the aids depot delivers walking aids.
  EXPECT_FALSE(Has(Spans("Order for the aids depot: 1 bath chair for Mrs. Lone Vinding."), "aids"));
  EXPECT_TRUE(Has(Spans("Mrs. Lone Vinding has AIDS."), "AIDS"));
  EXPECT_TRUE(Has(Spans("Jens Hansen needs walking aids."), "walking aids"));
}

// dev5 classes: care with a frequency, counted events, more specialists,
// care of a dying relative.
TEST(Health, CareWithAFrequencyAndCountedEvents) {
  EXPECT_TRUE(Has(Spans("Jens Hansen: madservice dgl., nødkald"), "madservice"));
  EXPECT_TRUE(Has(Spans("René Mølgaard drikker ca. 20 genstande dgl."), "genstande"));
  EXPECT_TRUE(Has(Spans("Jens Hansen har haft 4 indlæggelser siden 2019."), "indlæggelser"));
  EXPECT_TRUE(Has(Spans("Jens Hansen går til fys to gange om ugen."), "fys"));
  EXPECT_TRUE(Has(Spans("Heidi Kragelund søger plejeorlov."), "plejeorlov"));
  // Medicine by its form after a medication verb; vital signs in notes.
  EXPECT_TRUE(Has(Spans("Jens Hansen tager nye piller for blodtrykket."), "piller"));
  EXPECT_TRUE(Has(Spans("Jens Hansen: temp 38.4, sat 91 %"), "temp 38"));
  EXPECT_TRUE(Spans("Piller og æsker står på lageret. Kontakt Jens Hansen.").empty());
  // A care word listed after a health finding, and care offered.
  EXPECT_TRUE(Has(Spans("Jens Hansen: Behov: hjælp til personlig pleje x2 dgl., plejeseng, madservice."),
                  "madservice"));
  EXPECT_TRUE(Has(Spans("Aksel Trøjborg: Hustru ønsker samtale, tilbudt aflastning."), "aflastning"));
  // Stock is counted too; a care word without a frequency or verb is a word.
  EXPECT_TRUE(Spans("Jens Hansen har 20 genstande på lager.").empty());
  EXPECT_TRUE(Spans("Jens Hansen er chauffør i madservice.").empty());
  // Practical help with a frequency, up to the frequency, and a care word
  // listed after it (dev7 class).
  const auto help = Spans(
      "Anna Brøndum har demens.\nNuværende hjælp: medicingivning 3 gange dagligt, rengøring hver 2. uge, "
      "nødkald.");
  EXPECT_TRUE(Has(help, "rengøring hver 2. uge"));
  EXPECT_TRUE(Has(help, "nødkald"));
  EXPECT_TRUE(Has(Spans("Jens Hansen får rengøring hver anden uge."), "rengøring hver anden uge"));
  EXPECT_TRUE(Spans("Kommunen tilbyder rengøring hver 2. uge.").empty());
  EXPECT_TRUE(Spans("Jens Hansen har ansvaret for rengøring hver fredag.").empty());
  // The person does the work, or a roster cell.
  for (const char* t : {"Jens Hansen står for rengøring af køkkenet hver uge.", "Mette Hansen kører madservice ud hver dag.",
                        "Mette Hansen: rengøring"}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  EXPECT_TRUE(Has(Spans("Jens Hansen får madservice 7 dage om ugen."), "madservice 7 dage om ugen"));
}

// A letter signed with a name: its first-person sentences are about the
// signer.
TEST(Health, FirstPersonInALetterSignedWithAName) {
  const std::string letter =
      "Kan du skrive et svar?\n\nKære kommune\nJeg er 88 år. Jeg har fået svimmelhed af min "
      "medicin og er bange for at falde.\nMvh Inger-Lise Bruun";
  EXPECT_TRUE(Has(Spans(letter), "svimmelhed"));
  EXPECT_TRUE(Has(Spans("Hi, I broke my wrist and cannot type.\nKind regards,\nJens Holm"), "broke my wrist"));
  EXPECT_TRUE(Has(Spans("Jeg har fået stomi efter operationen.\n\nMed venlig hilsen\n\nFlemming Holt"), "stomi"));
  // Without a signature the first person is the employee, who is not named.
  EXPECT_TRUE(Spans("Jeg har fået svimmelhed af min medicin. Skriv til Jens Holm om mødet i morgen.").empty());
  // English "I" alone, at the start of a sentence too (dev7 class).
  EXPECT_TRUE(Has(Spans("Hi, I have diabetes.\nKind regards,\nJens Holm"), "diabetes"));
  // Danish "I" (you, plural) is nobody's first person.
  EXPECT_TRUE(Spans("Vi ved, at I har haft influenza. Mvh Jens Holm").empty());
  EXPECT_TRUE(Spans("I dag har vi influenza på kontoret. Mvh Jens Holm").empty());
  // A parent's letter: the sentences that go on about the child by a
  // pronoun, right after a first-person one, are the child's (dev14).
  const std::string parent =
      "Kære Birgitte\n\nJeg vil bare orientere om at Emma i 4.B sover dårligt. Hun græder meget om aftenen "
      "og siger hun har ondt i maven om morgenen. Hun får tisset i sengen igen.\n\nMvh Rikke Lauridsen (mor til Emma)";
  EXPECT_TRUE(Has(Spans(parent), "ondt i"));
  EXPECT_TRUE(Has(Spans(parent), "tisset i sengen"));
  // Not after a sentence that is not the writer's, nor in the next paragraph.
  EXPECT_FALSE(Has(Spans("Skolen holder møde i morgen. Hun har ondt i maven.\nMvh Rikke Lauridsen"), "ondt i"));
  EXPECT_FALSE(Has(Spans("Jeg skriver om mødet.\n\nHun har ondt i maven.\nMvh Rikke Lauridsen"), "ondt i"));
  // Nor after a first-person sentence that names someone in full (review).
  EXPECT_TRUE(Spans("Jeg vil gerne anbefale Karen Blixen. Hun led af syfilis.\nMvh Anna Holm").empty());
}

// An instruction to sign with a name, after the sentence before on a line
// of running text (dev7 class): the first person is the signer.
TEST(Health, FirstPersonInATextToBeSignedWithAName) {
  const auto mail = Spans(
      "Skriv en kort mail fra mig til min leder om, at jeg er sygemeldt resten af ugen. Jeg har "
      "fået konstateret helvedesild og er sat i behandling med Valaciclovir. Underskrift: Rikke "
      "Damgaard, pædagog, tlf. 61 33 08 92");
  EXPECT_TRUE(Has(mail, "sygemeldt"));
  EXPECT_TRUE(Has(mail, "helvedesild"));
  EXPECT_TRUE(Has(mail, "Valaciclovir"));
  EXPECT_TRUE(Has(Spans("Can you write an email to my manager? I've been diagnosed with ADHD and started on "
                        "Elvanse 30 mg. Sign it: Best, Kasper Lund Thorsen, IT department."),
                  "Elvanse 30 mg"));
  EXPECT_TRUE(Has(Spans("Jeg har ADHD. Underskrift: Kasper Lund Thorsen"), "ADHD"));
  // A sign-off and the name at the end of a quoted mail (dev8 class).
  EXPECT_TRUE(Has(Spans("Reply to this: 'Hi Maja, I need to extend my sick leave. Best, Thomas Riis-Andersen'. "
                        "I'm his manager."),
                  "sick leave"));
  // A writer who introduces herself, before or after her health.
  const auto intro = Spans(
      "Skriv en mail til HR fra mig om, at jeg skal opereres for grå stær og har brug for 2 ugers "
      "sygefravær. Jeg hedder Birthe Wulff og arbejder i Løn og Personale.");
  EXPECT_TRUE(Has(intro, "grå stær"));
  EXPECT_TRUE(Has(intro, "sygefravær"));
  EXPECT_TRUE(Has(Spans("I'm Kasper Thorsen. I have been diagnosed with diabetes."), "diagnosed with diabetes"));
  EXPECT_TRUE(Has(Spans("'Jeg, Preben Lundgaard, klager over aflysningen. Jeg har måttet tage ekstra Tramadol.'"),
                  "Tramadol"));
  // Third persons are not the writer: people asked, thanked or whose
  // papers are to be signed.
  for (const char* t : {"I've been off with the flu all week. Many thanks Sarah Jensen for covering my shifts.",
                        "Jeg har haft covid. Underskriv Jens Hansens ansøgning i dag."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  // A cleft sentence or a possessive is no introduction.
  EXPECT_TRUE(Spans("Jeg har haft influenza. Det er Jens Holm, der holder mødet.").empty());
  EXPECT_TRUE(Spans("I have the flu. I am Jens Holm's manager.").empty());
  // A name after other labels is no signature.
  EXPECT_TRUE(Spans("Jeg har haft influenza. Send referatet til: Jens Holm").empty());
  EXPECT_TRUE(Spans("Jeg har haft influenza. Mødeleder: Jens Holm").empty());
}

// Danish "i" is a preposition, not the pronoun "I" (you, plural): a sentence
// of the writer's own after a named person does not refer back to that
// person because it contains "i" (review finding: "Kan I, Mette Hansen og
// Jens Holm, dække min vagt? Jeg skal opereres i knæet.").
TEST(HealthDetector, PrepositionIIsNoReferenceBack) {
  for (const char* t : {"Kan I, Mette Hansen og Jens Holm, dække min vagt på torsdag? Jeg skal opereres i knæet.",
                        "Mette Hansen dækker min vagt på torsdag. Jeg skal opereres i knæet.",
                        "Hej Mette Hansen. Jeg er sygemeldt i dag, så mødet må flyttes.",
                        "Mette Hansen holder oplæg. Vi har fokus på demens i vores kommune."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  // Still about the person: a pronoun, Danish "I" inside a sentence, or a
  // sentence without a subject of its own ("Er i metadonbehandling").
  EXPECT_TRUE(Has(Spans("Vi har talt med Mette Hansen. Hun er indlagt i Aarhus."), "indlagt"));
  EXPECT_TRUE(Has(Spans("Mette Hansen og Ole Berg: husk, at I begge har diabetes."), "diabetes"));
  EXPECT_TRUE(Has(Spans("Mikkel Storgaard, Jernbanegade 17, Ryomgård, er mødt påvirket op. Er i "
                        "metadonbehandling i misbrugscentret."),
                  "metadonbehandling"));
}

// The one who writes is the named person: a self-introduction ("I am ...",
// "this is ...", "it's ..."), a form field naming the applicant, a speaker's
// turn in a dialogue, a sender given as an e-mail address.
TEST(HealthDetector, FirstPersonOfTheNamedWriter) {
  EXPECT_TRUE(Has(Spans("Dear, I am Olena Kovalenko, I live in Allingåbro. I am pregnant 22 weeks and have "
                        "headache."),
                  "headache"));
  EXPECT_TRUE(Has(Spans("Hello, this is Tomasz Wójcik. I cut my hand with the knife on Monday, 6 stitches."),
                  "6 stitches"));
  EXPECT_TRUE(Has(Spans("Hi, it's Lærke Friis from the after-school club. I've got a concussion."), "concussion"));
  EXPECT_TRUE(Has(Spans("Ansøgning om hjælpemiddel\nNavn: Preben Sloth\nJeg har også grå stær på det ene øje."),
                  "grå stær"));
  EXPECT_TRUE(Has(Spans("Leder: Hvordan går det?\nLars Bøgh Madsen: Bedre. Jeg tager stadig Oxycodon om aftenen."),
                  "Oxycodon"));
  EXPECT_TRUE(Has(Spans("Reply to this email from bjarne.holt1958@gmail.com: 'Hello, I had a new knee put in "
                        "and I need a raised toilet seat.'"),
                  "raised toilet seat"));
  EXPECT_TRUE(Has(Spans("From: sunshine.mette88@gmail.com\nSubject: course\n\nHi, I am in IVF treatment at the "
                        "fertility clinic."),
                  "IVF treatment"));
  // "this is" before a possessive is no introduction.
  EXPECT_TRUE(Spans("I have the flu. This is Jens Holm's report.").empty());
}

// Falls written as notes, counted, or down from something; found on the
// floor; an inflected injury word; care days a week (dev8 classes).
TEST(Health, FallsAsNotesCountsAndDownAndInjuriesInflected) {
  EXPECT_TRUE(Has(Spans("Else Marie Bundgaard, Rønnebærvej 9, Vivild. Faldet på badeværelset i nat."), "Faldet"));
  EXPECT_TRUE(Has(Spans("Min mor Edith Lindgaard er to gange faldet på gangen."), "faldet"));
  EXPECT_TRUE(Has(Spans("Malthe Holm faldt ned fra klatrestativet i frikvarteret."), "faldt"));
  EXPECT_TRUE(Has(Spans("Inga Dalsgaard, stue 12: fundet på gulvet kl. 4.10."), "fundet på gulvet"));
  EXPECT_TRUE(Has(Spans("Resident Jim Hall was found on the floor at 4 am."), "found on the floor"));
  EXPECT_TRUE(Has(Spans("Preben Lundgaard: såret på venstre underben er rødt."), "såret på venstre underben"));
  EXPECT_TRUE(Has(Spans("Gunnar Frost får madservice 7 dage om ugen."), "madservice"));
  EXPECT_TRUE(Has(Spans("Jens Hansen faldt ud af sengen i nat."), "faldt"));
  // Declines and prices, dropping out, falls as a topic, other words that
  // end like an injury word.
  for (const char* t : {"Jens Holm: priserne faldt ned i går.", "Kommunens budget. Faldet i ledigheden er stort.",
                        "Anna Jensen startede i praktik den 1. marts. Faldt ud af forløbet efter to uger.",
                        "Rikke Damgaard presents the plan. Falls in the bathroom are common.",
                        "Peter Holm er et slags led mellem afdelingerne."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// Lay symptoms, infections, operations, alarms and treatments (dev7 and
// dev8 classes).
TEST(Health, LayWordsAlarmsAndOperations) {
  const auto en = Spans("Tom Hansen vomited twice, has a bed alarm and a kidney infection after his hip surgery.");
  for (const char* want : {"vomited", "bed alarm", "kidney infection", "hip surgery"}) EXPECT_TRUE(Has(en, want)) << want;
  const auto da = Spans("Alma Due fik en hofteoperation og kastede op. Hun får zinkpasta.");
  for (const char* want : {"hofteoperation", "kastede op", "zinkpasta"}) EXPECT_TRUE(Has(da, want)) << want;
  // The same words about no person.
  EXPECT_TRUE(Spans("Leaflet: what to do about a bed alarm that keeps sounding.").empty());
}

// A job title in care is no health information (dev7 and dev8 class).
TEST(Health, CareJobTitlesAreNoHealth) {
  for (const char* t : {"Jens Hansen er sundhedsassistent i hjemmeplejen.",
                        "Mette Holm, social- og sundhedsassistent, starter mandag."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// A grant in the same paragraph after the person is about the person,
// though "Vi" is its subject (dev8 class); not in a paragraph of its own.
TEST(Health, GrantsAfterThePersonAreAboutThePerson) {
  const auto grant = Spans("Gunnar Frost, Æblehaven 8, 8500 Grenaa, er blevet blind. Vi bevilger madservice "
                           "7 dage om ugen og hjælp til medicin.");
  EXPECT_TRUE(Has(grant, "madservice"));
  EXPECT_TRUE(Has(grant, "hjælp til medicin"));
  EXPECT_FALSE(Has(Spans("Gunnar Frost har fået nye nøgler.\n\nVi bevilger madservice 7 dage om ugen til "
                         "borgere over 90 år."),
                   "madservice"));
}

// A body function done badly, an intensified state (dev5 classes).
TEST(Health, BodyFunctionsDoneBadlyAndIntensifiedStates) {
  EXPECT_TRUE(Has(Spans("Jens Hansen sover dårligt om natten."), "sover dårligt"));
  EXPECT_TRUE(Has(Spans("Jens Hansen hører dårligt, så tal højt."), "hører dårligt"));
  EXPECT_TRUE(Has(Spans("Jens Hansen sleeps badly."), "sleeps badly"));
  EXPECT_TRUE(Has(Spans("Jens Hansen er ekstremt træt."), "ekstremt træt"));
  EXPECT_TRUE(Has(Spans("Maksym Shevchenko seems very tired."), "very tired"));
  // Things that go badly, looks, and being fed up.
  for (const char* t : {"Jens Hansen: det går dårligt med projektet.", "Jens Hansen ser dårligt ud i dag.",
                        "Jens Hansen er meget træt af møderne.", "Jens Hansen: things are going badly."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// Contact with a doctor or a service, compound specialists, restrictions
// and blood values (dev7 classes).
TEST(Health, DoctorContactRestrictionsAndBloodValues) {
  EXPECT_TRUE(Has(Spans("Helle Skov har været hos egen læge i går."), "været hos egen læge"));
  EXPECT_TRUE(Has(Spans("Helle Skov: ringet til vagtlæge i nat."), "ringet til vagtlæge"));
  EXPECT_TRUE(Has(Spans("Helle Skov has been to the doctor twice."), "been to the doctor"));
  EXPECT_TRUE(Has(Spans("Helle Skov: wound check by the practice nurse in 10 days."),
                  "check by the practice nurse"));
  EXPECT_TRUE(Has(Spans("Helle Skov må ikke løfte over 5 kg."), "må ikke løfte"));
  EXPECT_TRUE(Has(Spans("Helle Skov must not drive for six weeks."), "must not drive"));
  EXPECT_TRUE(Has(Spans("Helle Skov: LDL 3.8 mmol/L, potassium 4.1 mmol/L."), "LDL 3.8 mmol/L"));
  EXPECT_TRUE(Has(Spans("Helle Skov: EF 25 %."), "EF 25 %"));
  // A visit, a call, a rule or a measurement that is not about health.
  for (const char* t : {"Helle Skov har været hos frisøren.", "Helle Skov har ringet til kommunen.",
                        "Helle Skov has been to the library.", "Helle Skov må ikke parkere ved skolen.",
                        "Helle Skov bor på 2. sal, højde 3 m til loftet.", "Helle Skov called the office."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// A person's own specialist, a visit "til tandlæge", a care cell in a
// semicolon table (dev5 classes).
TEST(Health, OwnSpecialistVisitsAndSemicolonCells) {
  EXPECT_TRUE(Has(Spans("Sara Holm: Min jordemoder siger jeg skal undgå nattevagter."), "Min jordemoder"));
  EXPECT_TRUE(Has(Spans("Ruth Larsen, Søndergade 4, 8963 Auning. Her oncologist in Aarhus called."),
                  "Her oncologist"));
  EXPECT_TRUE(Has(Spans("Carsten Vinther var til tandlæge i dag."), "var til tandlæge"));
  EXPECT_TRUE(Has(Spans("Navn;Adresse;Ydelse\nIb Lauridsen;Engvej 2, 8581 Nimtofte;Nødkald;ny"), "Nødkald"));
  // A caseworker is no specialist; a visit to the town hall is no health.
  for (const char* t : {"Jens Hansen: hans sagsbehandler ringer i morgen.", "Jens Hansen var til møde i dag.",
                        "Jens Hansen skal til rådhuset."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// Aids by ISO 9999 class and care tasks (rules/data/health-everyday-*.txt).
TEST(Health, AidsAndCareTasks) {
  EXPECT_TRUE(Has(Spans("Helle Skov har fået trappelift og gribetang."), "trappelift"));
  EXPECT_TRUE(Has(Spans("Helle Skov har fået trappelift og gribetang."), "gribetang"));
  EXPECT_TRUE(Has(Spans("Helle Skov: hjælp til af- og påklædning morgen og aften."), "hjælp til af- og påklædning"));
  EXPECT_TRUE(Has(Spans("John Smith needs a stairlift and a raised toilet seat."), "stairlift"));
  // Aids as goods, without a person.
  EXPECT_TRUE(Spans("Depotet har 20 trappelifte og 40 kørestole på lager.").empty());
}

// Substance use: a drug after a verb of use; alcohol only with an amount or
// a frequency.
TEST(Health, SubstanceUse) {
  EXPECT_TRUE(Has(Spans("Helle Skov har røget hash dagligt i 10 år."), "røget hash"));
  EXPECT_TRUE(Has(Spans("Helle Skov drikker 6-8 øl om dagen."), "drikker 6-8 øl"));
  EXPECT_TRUE(Has(Spans("Helle Skov is using amphetamine again."), "using amphetamine"));
  EXPECT_TRUE(Has(Spans("Helle Skov drikker øl hver dag."), "drikker øl"));
  for (const char* t : {"Helle Skov drikker vin til maden.", "Helle Skov tager vin med til festen.",
                        "Helle Skov bruger speed på sin cykel.", "Helle Skov takes the bus to work."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// A body part in a symptom state, in either order; not a red page or a red
// car.
TEST(Health, BodyPartInASymptomState) {
  EXPECT_TRUE(Has(Spans("Helle Skov: legs are very swollen."), "legs are very swollen"));
  EXPECT_TRUE(Has(Spans("Helle Skov har hævede ankler."), "hævede ankler"));
  EXPECT_TRUE(Has(Spans("Helle Skov: rød hud på balderne."), "rød hud"));
  EXPECT_TRUE(Has(Spans("Helle Skov: Urinen var mørk."), "Urinen var mørk"));
  EXPECT_TRUE(Has(Spans("Helle Skov har blodig afføring."), "blodig afføring"));
  for (const char* t : {"Helle Skov læste den røde side.", "Helle Skov har en rød bil.",
                        "Helle Skov har mørke øjne.", "Helle Skov: the stool is dark wood.",
                        "Helle Skov maler huset rødt.", "Helle Skov: the joints are stiff after painting."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// A header that names the sender links the first person of that message;
// one that names the addressee links the second person of the letter.
TEST(Health, SenderAndAddresseeHeaders) {
  EXPECT_TRUE(Has(Spans("Fra: Karina Bjerre <kb@live.dk>\nEmne: klage\n\nJeg fik en ny hofte for 5 uger siden."),
                  "ny hofte"));
  EXPECT_TRUE(Has(Spans("Udkast: 'Du har søgt om en kørestol, fordi du ikke kan gå. Modtager: Villy Schmidt, "
                        "Birkevej 40, 8963 Auning.'"),
                  "kørestol"));
  EXPECT_TRUE(Has(Spans("Kære Villy Schmidt\nDu har fået bevilget en kørestol."), "kørestol"));
  // The first person is the writer when the name is no sender.
  EXPECT_TRUE(Spans("Jeg har talt med Jens Hansen. Jeg har migræne.").empty());
}

// Symptoms in lay words (rules/data/health-everyday-*.txt, by domain).
TEST(Health, LaySymptoms) {
  EXPECT_TRUE(Has(Spans("Helle Skov spiser næsten intet og har tabt sig meget."), "spiser næsten intet"));
  EXPECT_TRUE(Has(Spans("Helle Skov har isoleret sig og hører stemmer."), "hører stemmer"));
  EXPECT_TRUE(Has(Spans("John Smith is off his food and hearing voices."), "off his food"));
  // The same words about work, not a person's health.
  EXPECT_TRUE(Spans("Helle Skov siger, at projektet er ved at gå i stå.").empty());
}

// Lay descriptions of poor intake and sleep, impaired functions, breathing
// with a limit and intensified moods (dev9 miss classes), and what they
// must not catch.
TEST(HealthDetector, ReducedIntakeAndLayStates) {
  for (const auto& [text, want] : std::vector<std::pair<std::string, std::string>>{
           {"Mette Hansen spiser kun lidt.", "spiser kun lidt"},
           {"Mette Hansen sover næsten ikke.", "sover næsten ikke"},
           {"Mette Hansen har ikke spist i to dage.", "ikke spist"},
           {"Mette Hansen er begyndt at glemme at spise.", "glemme at spise"},
           {"Mette Hansen has poor sleep.", "poor sleep"},
           {"Mette Hansen has low appetite.", "low appetite"},
           {"Mette Hansen is not drinking.", "not drinking"},
           {"Mette Hansen refuses to eat.", "refuses to eat"},
           {"Mette Hansen har svært ved at få luft om natten.", "svært ved at få luft"},
           {"Mette Hansen kan ikke få vejret.", "kan ikke få vejret"},
           {"Mette Hansen is very lonely.", "very lonely"},
           {"Mette Hansen er meget ensom.", "meget ensom"}}) {
    EXPECT_TRUE(Has(Spans(text), want)) << text;
  }
  for (const char* t : {"Mette Hansen spiser lidt frokost og drikker kaffe.",
                        "Mette Hansen eats lunch at noon and sleeps at the hotel.",
                        "Mette Hansen er træt af møderne.",
                        // Not about a person at all.
                        "Beboerne spiser kun lidt af den nye menu, siger køkkenet."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// English clinical shorthand and measured values (dev9 miss class), in an
// English note only.
TEST(HealthDetector, EnglishClinicalShorthand) {
  const auto note = Spans("Henrik Vestergaard, 78, hx of stroke, T2DM and HTN, SOB climbing stairs. SpO2 92 %.");
  EXPECT_TRUE(Has(note, "T2DM"));
  EXPECT_TRUE(Has(note, "HTN"));
  EXPECT_TRUE(Has(note, "SOB"));
  EXPECT_TRUE(Has(note, "SpO2 92 %"));
  EXPECT_TRUE(Has(Spans("Mette Hansen havde BS 2,8 i morges."), "BS 2,8"));
}

// An ailing body part, bathing with a frequency, turning in bed as an
// activity after a limit (dev9 miss classes); an idiom is no ailment.
TEST(HealthDetector, AilingBodyPartsAndTelegraphicCare) {
  for (const auto& [text, want] : std::vector<std::pair<std::string, std::string>>{
           {"Knud Krogsgaard har en dårlig ryg.", "dårlig ryg"},
           {"Knud Krogsgaard er øm i hoften.", "øm i hoften"},
           {"Knud Krogsgaard has weak legs.", "weak legs"},
           {"Knud Krogsgaard is sore in the shoulder.", "sore in the shoulder"},
           {"Grethe Lauridsen, Lærkevej 14, 8963 Auning. Bad 2 x ugl., insulin kl. 8.", "Bad 2 x ugl"},
           {"Knud Krogsgaard kan ikke selv vende sig i sengen.", "kan ikke selv vende sig"}}) {
    EXPECT_TRUE(Has(Spans(text), want)) << text;
  }
  for (const char* t : {"Knud Krogsgaard har et dårligt hoved for tal.", "Knud Krogsgaard er svag i dansk.",
                        "Knud Krogsgaard har et bad på første sal."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// A generic health word filling a cell of a table row about a person, and
// a person's own care by a possessive (dev9 miss classes).
TEST(HealthDetector, TableCellsAndOwnCare) {
  const auto table = Spans("Barn | Fravær | Årsag\nAnton Bech | 2 dage | feber\nLuna Høj | 1 dag | ferie");
  EXPECT_TRUE(Has(table, "feber"));
  EXPECT_EQ(table.size(), 1u);
  EXPECT_TRUE(Has(Spans("Navn;Årsag\nAnton Bech;feber"), "feber"));
  // A list line is no table cell: "feber" alone on a line under a name.
  EXPECT_TRUE(Spans("Anton Bech\nfeber\n").empty());
  EXPECT_TRUE(Has(Spans("Skriv til Holger Dahl, Kirkegade 3, 8500 Grenaa, at hans madservice starter mandag."),
                  "madservice"));
  // A relative's genitive owns it too (dev14); an organisation does not.
  EXPECT_TRUE(Has(Spans("Jeg vil betale for min fars madservice med kort.\nMvh Anna Holm"), "madservice"));
  EXPECT_FALSE(Has(Spans("Jeg vil betale for kommunens madservice med kort.\nMvh Anna Holm"), "madservice"));
  // A relative's genitive alone is no owner in a topic (review).
  EXPECT_TRUE(Spans("Anna Holm holder et oplæg om et barns angst i skolen.").empty());
  for (const char* t : {"Holger Dahl kører vores madservice ud.", "Holger Dahl: min rengøring er flyttet."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// A test result told in words, and English injury verbs with a body part
// (dev9 miss classes); no result without a measure, no injury without a
// body part.
TEST(HealthDetector, ResultsInWordsAndInjuryVerbs) {
  EXPECT_TRUE(Has(Spans("Call back Peter Ravnholt about his blood test results, potassium was high."),
                  "potassium was high"));
  EXPECT_TRUE(Has(Spans("Mette Hansen: blodsukkeret var for højt i morges."), "blodsukkeret var for højt"));
  EXPECT_TRUE(Has(Spans("Storm Lauritsen fell from the climbing frame and hit his head."), "hit his head"));
  for (const char* t : {"Mette Hansen har sat prisen lavt.", "Mette Hansen hit the target this year.",
                        "Mette Hansen says the budget was high."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// Review traps of this session's rules: each must stay quiet, and the
// health next to it must still be found.
TEST(HealthDetector, ReviewTrapsOfTheLayRules) {
  for (const char* t : {
           // A topic noun before a person's own condition is no topic.
           // (positive below)
           // "that" as a complementiser is no relative clause: positive below.
           // Possessive care words that are no care.
           "Jens Holm apologised for his bad behaviour at the party.",
           "Jens Holm og hans tilsyn med byggepladsen tager tid.",
           // Function nouns an account or a board has too.
           "Anna Holm has a low balance on her account.", "Jens Holm says the board has no vision.",
           "Mette Hansen fandt en manglende balance i regnskabet.",
           // Everyday choices, not neglect.
           "Anna Holm is not drinking tonight because she is driving us home.",
           "Jens Holm har ikke drukket i aften, fordi han skal køre.",
           "Han har ikke spist endnu, siger Jens Holm.", "Anna Holm will eat little sandwiches at the party.",
           // A report of someone's words, then the writer's own health.
           "Jeg har fået en sms fra Mette Hansen: Hun kommer ikke i morgen. Jeg er selv sygemeldt med stress.",
           // "This is" introducing someone else.
           "Meet our new colleague! This is Anna Holm. I was on sick leave with stress last spring.",
           // A semicolon in a sentence is no table.
           "Mette Hansen tager med på turen; medicin, madpakke og regntøj skal pakkes."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  EXPECT_TRUE(Has(Spans("Anna Holm has a question about her insulin dose."), "insulin"));
  EXPECT_TRUE(Has(Spans("Mette Hansen har spørgsmål om sin diabetes."), "diabetes"));
  EXPECT_TRUE(Has(Spans("Anna Holm told a colleague that she has breast cancer."), "breast cancer"));
  EXPECT_TRUE(Has(Spans("Anna Holm won't eat anything since the operation."), "won't eat"));
  EXPECT_TRUE(Has(Spans("Medarbejder;Afdeling;Dage;Årsag\nRune Albæk;Vej og Park;19;Sygdom, delvis raskmeldt"),
                  "Sygdom"));
  EXPECT_TRUE(Has(Spans("Karen Bach: tilsyn x4 i nat."), "tilsyn x4"));
  // The quoted message ends at its closing mark: the writer's own health
  // after it is not the sender's.
  const auto quoted = Spans("Reply to this e-mail from Oksana Melnyk: 'Hello, I'm sorry. I also started on "
                            "Sumatriptan.' I myself have the flu, so keep it short.");
  EXPECT_TRUE(Has(quoted, "Sumatriptan"));
  EXPECT_FALSE(Has(quoted, "flu"));
}

// Falls counted after the verb and help with daily living (dev9 miss
// classes); a fall of prices and help with a move are not health.
TEST(HealthDetector, CountedFallsAndHelpWithDailyLiving) {
  EXPECT_TRUE(Has(Spans("Mette Hansen er faldet 2 gange i denne uge."), "faldet"));
  EXPECT_TRUE(Has(Spans("Mette Hansen has fallen three times since May."), "fallen"));
  EXPECT_TRUE(Has(Spans("Knud Krogsgaard: jeg står op om natten for at hjælpe ham på toilettet."),
                  "hjælpe ham på toilettet"));
  EXPECT_TRUE(Has(Spans("Mette Hansen helps her with showering every morning."), "helps her with showering"));
  for (const char* t : {"Mette Hansen siger, at priserne er faldet 3 gange i år.", "Mette Hansen hjalp ham med at flytte."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// Staff in a work role (dev10 traps): agenda items under an attendee list
// and what a named colleague presents are not their health; a citizen
// named above the attendees, or marked "(borger)" among them, still is.
TEST(HealthDetector, ParticipantsAndPresenters) {
  for (const char* t : {
           "Deltagere: Lars Mikkelsen (leder), Susanne Kjær (økonomikonsulent).\n1) Budget for genoptræning: "
           "merforbrug pga. flere forløb efter hofteoperationer.\n2) Udbud på kørestole og rollatorer.",
           "Skriv en invitation til kommunallæge Henrik Thomsen om at fremlægge tal for vaccinationsdækning og "
           "overvægt blandt børn.",
           "Our HR consultant Camilla Friis teaches the updated sick-leave procedure to all managers."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  // Review of these rules: each was a leak of real health data.
  for (const auto& [text, want] : std::vector<std::pair<std::string, std::string>>{
           {"Mr. John Smith, 67, presents with chest pain and shortness of breath.", "chest pain"},
           {"Mette Hansen præsenterer sig med smerter i brystet og åndenød.", "åndenød"},
           {"Our colleague Mette Hansen teaches part-time because of her multiple sclerosis.", "multiple sclerosis"},
           {"Mette Hansen underviser ikke i denne uge på grund af migræne.", "migræne"},
           {"Hans Jensen fremlagde en lægeerklæring om sin depression.", "depression"},
           // A staff title makes no participant: HR prompts are about them.
           {"Vores kollega Mette Hansen er gået ned med stress. Har været sygemeldt siden marts og har nu fået "
            "diagnosen depression.",
            "depression"},
           {"Sygeplejerske Nanna Holst er sygemeldt. Diagnose: brystkræft.", "brystkræft"},
           // Bullet lines under an attendee list, an absence list's reason.
           {"Deltagere: Sara Lindholm, Nanna Holst\n- Diagnose: demens\n- Faldet 3 gange siden maj", "demens"},
           {"Afbud: Birgitte Holm\n- sygemeldt med stress", "sygemeldt"},
           {"Deltagere: Sara Lindholm, sygeplejerske Nanna Holst.\nBorgeren er faldet 3 gange og har demens.",
            "demens"},
           // "&" between two conditions.
           {"Ole Berg has Asthma & Diabetes.", "Diabetes"},
           // "Undersøgelsen" is a medical examination too; a name's genitive
           // makes a topic the person's own.
           {"Mette Hansen var til scanning i går. Undersøgelsen viste en tumor i leveren.", "tumor i leveren"},
           {"Jeg har et spørgsmål til dig angående Mette Hansens demens.", "demens"}}) {
    EXPECT_TRUE(Has(Spans(text), want)) << text;
  }
  EXPECT_TRUE(Has(Spans("Referat om Ebbe Korsholm, Toftevej 2, 8592 Anholt.\nParticipants: home nurse Anette "
                        "Brask, daughter Lene Korsholm.\n1. Medication: Furosemide increased to 80 mg x 2."),
                  "Furosemide"));
  EXPECT_TRUE(Has(Spans("- deltagere: familierådgiver, jordemoder, Sara Lindholm (borger)\n- i metadonbehandling, "
                        "60 mg dagligt"),
                  "metadonbehandling"));
  // An explicit reference still links: a pronoun after a participant.
  EXPECT_TRUE(Has(Spans("Afbud: Birgitte Holm. Hun er sygemeldt med stress."), "sygemeldt"));
  // A unit's name joined by "&" is no health; conditions joined by "og" are.
  EXPECT_TRUE(Spans("Write to Rikke Sørensen in Training & Rehabilitation about the course.").empty());
  EXPECT_TRUE(Has(Spans("Mette Hansen har Diabetes og Astma."), "Astma"));
  // "viser" is "shows" too: test results, signs.
  EXPECT_TRUE(Has(Spans("Julie Falk viser tegn på fødselsdepression."), "fødselsdepression"));
}

// Someone else, unnamed, as the subject of a relative clause; questions and
// expertise about a health topic (staff prompts, not a person's health).
TEST(HealthDetector, UnnamedOthersAndStaffTopics) {
  for (const char* t : {"Spørg Mette Hansen, om hun kan tage vagten for en kollega, der er sygemeldt.",
                        "Ask Mette Hansen to cover for a colleague who has the flu.",
                        "Kontakt sygeplejerske Mette Hansen, hvis I har spørgsmål om influenzavaccination."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  // The named person is the one: after a copula, or the other is an object.
  EXPECT_TRUE(Has(Spans("Mette Hansen er en kollega, der er sygemeldt."), "sygemeldt"));
  EXPECT_TRUE(Has(Spans("Beboeren Dennis Kragh Rasmussen slog ud efter en medarbejder under en psykotisk "
                        "episode."),
                  "psykotisk"));
  EXPECT_TRUE(Has(Spans("Karina Bisgaard har udviklet en belastningsreaktion efter konflikt med en kollega og "
                        "er sygemeldt."),
                  "sygemeldt"));
}

// A sender a few words after "from"/"fra" with a colon after the name: the
// quoted first person is the sender's ("e-mail from our colleague Oksana
// Melnyk: '... I also started on Sumatriptan.'").
TEST(HealthDetector, SenderAfterFromWithColon) {
  EXPECT_TRUE(Has(Spans("Help me reply to this e-mail from our colleague Oksana Melnyk: 'Hello, I am sorry. I "
                        "also started on Sumatriptan.'"),
                  "Sumatriptan"));
}

// A figure going down is no fall (dev10 trap: project minutes after an
// attendee list); a person falling from a height still is.
TEST(HealthDetector, FiguresThatFellAreNoFall) {
  EXPECT_FALSE(Has(Spans("Present: Lone Kjaergaard. Falls reported in the pilot area fell by 18 % "
                         "compared with 2022."),
                   "fell"));
  EXPECT_FALSE(Has(Spans("Hans Jensen: the no-show rate fell to 12 percent in May."), "fell"));
  EXPECT_TRUE(Has(Spans("Hans Jensen fell from 2 metres and hurt his back."), "fell"));
  EXPECT_TRUE(Has(Spans("Hans Jensen fell by the stairs yesterday."), "fell"));
  // A review's probes: a number that is no share is a real fall.
  EXPECT_TRUE(Has(Spans("Mette Hansen fell by 2 steps on the stairs."), "fell"));
  EXPECT_TRUE(Has(Spans("Mette Hansen tripped and fell to 1 knee."), "fell"));
  EXPECT_TRUE(Has(Spans("Mette Hansen fell, to 2 nurses' surprise."), "fell"));
}

// Idioms with a fall word and a struggle with a thing are no health
// (eleventh session's traps: a colleague who "faldt til ro", "fell behind",
// "har det svært med Excel"); the fall and the mood themselves stay.
TEST(HealthDetector, FallIdiomsAndStrugglesWithThings) {
  for (const char* t : {"Anna Holm er faldet til ro i den nye afdeling.", "Anna Holm faldt for et tilbud.",
                        "Anna Holm fell behind with the reports.", "Anna Holm fell asleep in the meeting.",
                        "Anna Holm fell out with her neighbour.",
                        "Anna Holm har det svært med Excel, kan du lave en guide?",
                        "Anna Holm har haft det svært med de nye regler for kørsel."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  EXPECT_TRUE(Has(Spans("Anna Holm fell in the bathroom."), "fell"));
  EXPECT_TRUE(Has(Spans("Anna Holm er faldet i badeværelset."), "faldet"));
  EXPECT_TRUE(Has(Spans("Anna Holm faldt for anden gang i nat."), "faldt"));
  EXPECT_TRUE(Has(Spans("Anna Holm har det svært med at sove."), "har det svært"));
  EXPECT_TRUE(Has(Spans("Anna Holm har det svært med sig selv for tiden."), "har det svært"));
  EXPECT_TRUE(Has(Spans("Anna Holm har det svært."), "har det svært"));
  // The second verb of a person's clause (dev16); a figure falling after
  // a CPR number or a colon is no fall.
  EXPECT_TRUE(Has(Spans("Else Berg, 0909390257. Hun har været forvirret og faldet to gange i denne uge."),
                  "faldet"));
  // (Not mended: "Else Berg skriver: Renten er faldet." is read as a fall,
  // as "Karen er faldet" after a colon must be.)
  EXPECT_TRUE(Has(Spans("Opdatering til Anna Holm: Karen er faldet i badeværelset i nat."), "faldet"));
  EXPECT_FALSE(Has(Spans("Else Berg siger, at priserne steg og faldet to gange."), "faldet"));
  // The review's cases: real falls the idioms must not hide, life events
  // that stay a mood, a share price after a colon.
  for (const char* t : {"Anna Holm faldt for en uge siden og slog hoften.", "Anna Holm faldt under badet.",
                        "Anna Holm fell for the second time this week.", "Anna Holm fell through the ice."}) {
    EXPECT_FALSE(Spans(t).empty()) << t;
  }
  EXPECT_TRUE(Has(Spans("Anna Holm har det svært med skilsmissen."), "har det svært"));
  EXPECT_FALSE(Has(Spans("Anna Holm skriver: Hans aktie er steget og faldet to gange i denne uge."), "faldet"));
}

// The eleventh session's vocabulary (rules/data): brand names on the
// Danish market and care-documentation words (dev16's miss classes: "PN
// Ventolin", "prostataforstørrelse", "udtrættelighed", "ødemer").
TEST(HealthDetector, MedicineBrandsAndCareDocumentationWords) {
  EXPECT_TRUE(Has(Spans("Gerda Mikkelsen – KOL, PN Ventolin, Eligard hver 3. måned."), "Ventolin"));
  EXPECT_TRUE(Has(Spans("Gerda Mikkelsen – KOL, PN Ventolin, Eligard hver 3. måned."), "Eligard"));
  for (const char* w : {"prostataforstørrelse", "udtrættelighed", "ødemer", "hemiparese"}) {
    const std::string t = std::string("Poul Berg, 0909390257: ") + w + " siden marts.";
    EXPECT_TRUE(Has(Spans(t), w)) << t;
  }
  EXPECT_TRUE(Has(Spans("Ruth Haynes has morning stiffness and needs a patient hoist."), "morning stiffness"));
  // No person, or an ordinary word: no finding.
  EXPECT_TRUE(Spans("Vi bestiller Ventolin til depotet.").empty());
  EXPECT_TRUE(Spans("Poul Berg holder foredrag om sproglig udvikling og kulturens stammer.").empty());
}

// "siden" after a medicine is "since", not a web page's name (dev17).
TEST(HealthDetector, MedicineSinceAMonth) {
  EXPECT_TRUE(Has(Spans("Kasper Lykkegaard, 0603860217. Behandling: Sertralin 100 mg siden marts."),
                  "Sertralin 100 mg"));
  EXPECT_TRUE(Has(Spans("Kasper Lykkegaard, 0603860217. Han tager Panodil siden januar."), "Panodil"));
  // Bones by their anatomical names.
  EXPECT_TRUE(Has(Spans("Thomas Kjærgaard, CPR: 130871-0862, har brud på hælbenet."), "brud på hælbenet"));
}

// Care with a frequency before it or times of day after it (dev16's
// notes): "natlige tilsyn", "Hjemmepleje morgen og aften".
TEST(HealthDetector, CareWithTimesOfDay) {
  EXPECT_TRUE(Has(Spans("Kaj Berg, 0909390257. Hjemmepleje morgen og aften."), "Hjemmepleje morgen og aften"));
  EXPECT_TRUE(Has(Spans("Kaj Berg, 0909390257, har daglig hjemmepleje."), "hjemmepleje"));
  EXPECT_FALSE(Has(Spans("Hjemmeplejen holder møde i aften, skriver Kaj Berg."), "Hjemmeplejen"));
  // A care word no list holds as a service (tilsyn) counts with its
  // frequency too; a yearly inspection is no care.
  EXPECT_TRUE(Has(Spans("Poul Berg, 0909390257. Natlige tilsyn."), "tilsyn"));
  EXPECT_TRUE(Has(Spans("Poul Berg, 0909390257. Han får tilsyn 3 gange dagligt."), "tilsyn 3 gange"));
  EXPECT_TRUE(Spans("Plejecentret har uanmeldt tilsyn 2 gange om året, skriver Poul Berg.").empty());
  // Work the person does, or care of a thing (review).
  for (const char* t : {"Anna Holm står for daglig rengøring af kontoret.",
                        "Securitas udfører natlige tilsyn, kontakt Anna Holm.",
                        "Anna Holm har daglig tilsyn med byggepladsen.",
                        "Kontoret får rengøring morgen og aften, spørg Anna Holm.",
                        "Anna Holm laver daglig behandling af fakturaer."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  // A generic word timed as a symptom is: "smerter om natten", "natlige
  // smerter"; not a topic.
  EXPECT_TRUE(Has(Spans("Poul Berg, 0909390257: smerter om natten."), "smerter"));
  EXPECT_TRUE(Has(Spans("Poul Berg, 0909390257: natlige smerter i knæet."), "smerter"));
  EXPECT_TRUE(Spans("Poul Berg skriver om smerter om natten i sin artikel.").empty());
  // A body function of a firm or a market is no one's health (review).
  EXPECT_TRUE(Spans("Anna Holm siger at virksomhedens kondition er svækket efter krisen.").empty());
  EXPECT_TRUE(Spans("Anna Holm skriver at mobilitet er reduceret på arbejdsmarkedet.").empty());
  EXPECT_TRUE(Has(Spans("Poul Berg, 0909390257: korttidshukommelse meget nedsat."),
                  "korttidshukommelse meget nedsat"));
  EXPECT_TRUE(Spans("Anna Holm can't grip the new requirements.").empty());
}

// A colon before the writer's own clause ends the sentence: the writer's
// pain is not the person the meeting was with. A speaker's turn (with a
// title and unit) and a message from someone stay theirs.
TEST(HealthDetector, WritersClauseAfterAColonIsTheWriters) {
  EXPECT_TRUE(Spans("Skriv referatet fra mødet med Mette Hansen: Jeg har ondt i ryggen, så jeg "
                    "tager hjem.").empty());
  EXPECT_TRUE(Has(Spans("Sygeplejerske Lars Bøgh Madsen, Hjemmeplejen Nord: Jeg er sygemeldt med stress."),
                  "sygemeldt med stress"));
  EXPECT_TRUE(Has(Spans("Besked fra Mette Hansen: Jeg er sygemeldt med stress."), "sygemeldt med stress"));
  EXPECT_TRUE(Has(Spans("Notat om Mette Hansen: Jeg har talt med hende, og hun har ondt i ryggen."),
                  "har ondt i"));
  // A conversation, an interview, a quote: the citizen speaking (review).
  EXPECT_TRUE(Has(Spans("Samtale med Hans Jensen: Jeg har ondt i brystet og kan ikke sove."), "har ondt i"));
  EXPECT_FALSE(Spans("Interview med Hans Jensen: Jeg er deprimeret.").empty());
  EXPECT_FALSE(Spans("Referat af mødet med Hans Jensen: \"Jeg har diabetes.\"").empty());
}

// English writes a service as two words: a term before a plan or role
// word, or before a place or programme as the subject or after "for"/"of",
// is the service, not a person's health (dev10 traps: staff newsletters and
// minutes). A person in, at, on, using or owning the service stays health
// (review probes).
TEST(HealthDetector, EnglishServiceHeadsAreServices) {
  for (const char* t :
       {"Present: Mayor Kasper Juul. The committee approved funding for a new rehabilitation centre.",
        "Our HR consultant Camilla Friis presents the updated sick-leave procedure to all managers.",
        "Peter Lund (project lead): the dose-dispensing integration with pharmacies is delayed.",
        "Anne Holm, our new diabetes nurse, starts on Monday.",
        "Birthe Skov: the rehabilitation team in Auning has moved to the new building.",
        // Staff of the service (second review).
        "Peter Hansen works at the cancer centre in Aarhus as a porter.",
        "Karen Lee leads the diabetes team and needs a new rota."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  for (const char* t :
       {"Ole Berg has been referred to the memory clinic.",
        "Nina Holt attends the pain clinic in Silkeborg.",
        "Ole Berg was admitted to the dementia unit last night.",
        "Hans Jensen has been in the rehabilitation unit since May.",
        "Hans Jensen moved to the rehabilitation centre last week.",
        "Hans Jensen is enrolled in the alcohol treatment programme.",
        "Ole Berg is on the methadone programme.",
        "Ole Berg completed the cardiac rehabilitation programme in March.",
        "Ole Berg has finished the depression course.",
        "Ole Berg has had three physiotherapy sessions this month.",
        "Ole Berg gets home care services twice a day.",
        "Ole Berg joined the alcohol treatment programme last week.",
        "Ole Berg, who runs a small farm, started the cardiac rehabilitation programme in May.",
        "Ole Berg says her dementia team is great.",
        "Hans Jensen's diabetes nurse called today."}) {
    EXPECT_FALSE(Spans(t).empty()) << t;
  }
  EXPECT_TRUE(Has(Spans("Ole Berg: Very weak today. Palliative team to visit tomorrow."), "Palliative"));
}

// A Danish compound written with a hyphen is judged by its last part, as
// the closed compound is: a season or a count is no person's health. Care
// the person lives in stays health.
TEST(HealthDetector, HyphenatedCompoundsWithATimeOrCountHead) {
  EXPECT_TRUE(Spans("Borgmesteren takkede Jan Petersen for indsatsen under influenza-sæsonen.").empty());
  EXPECT_TRUE(Spans("Jan Petersen fremlagde covid-statistikken for udvalget.").empty());
  EXPECT_TRUE(Has(Spans("Anders Holmgaard har skizofreni og bor i bostøtte-tilbud på havnen."), "bostøtte"));
  EXPECT_TRUE(Has(Spans("Jan Petersen har haft influenza hele ugen."), "influenza"));
  // A person's episode is no season (review probes).
  for (const char* t : {"Hans Jensen havde en psykose-periode i foråret.",
                        "Jonas Holm har fået et eksem-udbrud på armene.",
                        "Hans Jensen har en dårlig KOL-dag i dag.",
                        "Hans Jensen havde et voldsomt KOL udbrud i weekenden.",
                        "Mette Hansen har været i en længere PTSD periode."}) {
    EXPECT_FALSE(Spans(t).empty()) << t;
  }
}

// "kursus i diabetes": Danish names a course's subject with "i"; a course
// the person gets is about the person. A topic noun may stand four words
// before its preposition ("et oplæg på 20 minutter om amning").
TEST(HealthDetector, CourseSubjectsAndTeachingReceived) {
  for (const char* t :
       {"Underviser er Lene Bjerre. Kursus i diabetes og insulinbehandling holdes igen i uge 12.",
        "Lene Bjerre minder om, at e-learning i medicinhåndtering skal være gennemført inden 1. april.",
        "Bed Mette Hansen om at holde et oplæg på 20 minutter om amning og søvn hos spædbørn."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  EXPECT_TRUE(Has(Spans("Mette Hansen har fået undervisning i insulin af sygeplejersken."), "insulin"));
  // Referred to, offered (five words back): the person's.
  for (const char* t : {"Mette Hansen er henvist til et kursus i KOL.",
                        "Mette Hansen er visiteret til undervisning i diabetes.",
                        "Mette Hansen har fået tilbudt et gratis online kursus i KOL."}) {
    EXPECT_FALSE(Spans(t).empty()) << t;
  }
  // Staff give and take courses: taking part or teaching is no referral
  // (second review).
  for (const char* t : {"Mette Holm skal holde et kursus i demens for personalet.",
                        "Demenskoordinator Mette Holm starter et nyt kursus i demens for pårørende i marts.",
                        "Nurse Emma Clark is doing a training session on diabetes for the new staff.",
                        "Vores sygeplejerske Pia Jensen har gennemført kursus i sårpleje og KOL."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  // Receiving counts for teaching only: a leaflet or a talk needed is a topic.
  for (const char* t : {"Mette Hansen har brug for en pjece om diabetes til borgerne.",
                        "Lene Bjerre har behov for et oplæg om demens til personalemødet.",
                        "Peter Lund needs a presentation on dementia for the staff meeting."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  EXPECT_TRUE(Has(Spans("Mette Hansen får undervisning om insulin hver uge."), "insulin"));
  EXPECT_TRUE(Has(Spans("Mette Hansen har brug for hjælp til medicinhåndtering."), "medicinhåndtering"));
}

// A population after the term is no person ("indsatsen mod overvægt
// blandt børn", as a topic after "mod"/"on"); "blandt andet" is no
// population, and a person's own term compared with a group stays health.
TEST(HealthDetector, PopulationAfterTheTerm) {
  EXPECT_TRUE(Spans("Inviter kommunallæge Henrik Thomsen til at fremlægge indsatsen mod overvægt blandt "
                    "børn.").empty());
  EXPECT_TRUE(Spans("Ask Henrik Thomsen for the figures on obesity among older residents.").empty());
  EXPECT_TRUE(Has(Spans("Henrik Thomsen har blandt andet overvægt og diabetes."), "overvægt"));
  EXPECT_TRUE(Has(Spans("Henrik Thomsen har overvægt blandt andet på grund af medicin."), "overvægt"));
  // The person's own term compared with a group (review probes).
  EXPECT_FALSE(Spans("Mette Hansen har det højeste sygefravær blandt de ansatte.").empty());
  EXPECT_FALSE(Spans("Jonas Holm is the only one with ADHD among the pupils in his class.").empty());
}

// A telegraphic English note has few function words; the words of notes
// and requests ("ago", "stopped", "summarise") tell its language, so its
// English terms count (dev11 miss). Danish notes stay Danish.
// Sleep cut short is a symptom (dev11 miss: "sover kun 3-4 timer"); work
// hours are not.
TEST(HealthDetector, SleepCutShort) {
  EXPECT_TRUE(Has(Spans("Kenneth Løvgren sover kun 3-4 timer om natten."), "sover kun 3-4 timer"));
  EXPECT_TRUE(Has(Spans("Kenneth Løvgren sov under 2 timer i nat."), "sov under 2 timer"));
  EXPECT_TRUE(Has(Spans("Kenneth Løvgren sleeps only 4 hours a night."), "sleeps only 4 hours"));
  EXPECT_TRUE(Has(Spans("Kenneth Løvgren sov dårligt i nat."), "sov dårligt"));
  for (const char* t : {"Kenneth Løvgren arbejder kun 20 timer om ugen.",
                        "Kenneth Løvgren sover kun hjemme 3 nætter om ugen.",
                        "Kenneth Løvgren sov over hos sin søster i 2 timer."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

TEST(HealthDetector, TelegraphicNotesTellTheirLanguage) {
  EXPECT_TRUE(Has(Spans("summarise: Jonas Ebbesen, 23, schizophrenia, stopped taking Abilify two weeks ago."),
                  "schizophrenia"));
  EXPECT_TRUE(Has(Spans("omskriv: Jonas Ebbesen, 23, skizofreni, stoppet med Abilify for to uger siden."),
                  "skizofreni"));
}

// An English letter pasted in quotes into a Danish instruction is read as
// English (dev11 miss: "atrial fibrillation" in a GP's letter quoted in a
// request for a Danish summary): a quotation inside a sentence in its own
// language, a sentence without function words by its quotation's. Outside
// quotations such a sentence takes the prompt's language, not its
// paragraph's: Danish care words in an English note of a mostly Danish
// prompt stay found.
TEST(HealthDetector, EnglishQuotationsAndParagraphsInDanishPrompts) {
  const std::string instruction =
      "Lav et dansk resumé af denne mail, og skriv det som en kort note til journalen, så det er "
      "nemt for kollegerne at se, hvad der er sket, og hvad vi skal gøre nu:";
  // The quotation opens inside the instruction's sentence ("1948." ends none).
  EXPECT_TRUE(Has(Spans(instruction + " \"Re: Harriet Jensen, DOB 3/7/1948. Diagnosis: moderate "
                                      "dementia, atrial fibrillation. She needs supervision.\""),
                  "atrial fibrillation"));
  // A line without function words inside the quotation.
  EXPECT_TRUE(Has(Spans(instruction + " \"Patient: Harriet Jensen, 72.\nDiagnosis: atrial fibrillation.\n"
                                      "She lives alone.\""),
                  "atrial fibrillation"));
  // An English paragraph of a Danish prompt: its Danish care words count.
  EXPECT_TRUE(Has(Spans(instruction + "\n\nCase summary: Harriet Jensen (86) lives alone and has "
                                      "dementia. Born 19.12.1939. Aids: nødkald, kateter."),
                  "nødkald"));
  // A Danish paragraph: the English term is not read.
  EXPECT_FALSE(Has(Spans(instruction + "\n\nHarriet Jensen, 72 år.\nDiagnose: atrial fibrillation.\n"
                                       "Hun bor alene."),
                   "atrial fibrillation"));
  // A Danish quotation in an English request keeps its Danish words, and
  // English words inside it are not read: "pain" in "pain au chocolat".
  // (The request alone leans English: the sentence as a whole would be.)
  const auto danish_quote = Spans(
      "Please translate this note into English for the team, and make it short and clear for all "
      "of us: \"Mette Hansen har fået en stroke i golf og spiser en pain au chocolat hver dag.\"");
  EXPECT_FALSE(Has(danish_quote, "stroke"));
  EXPECT_FALSE(Has(danish_quote, "pain"));
}

// Quotation marks are paired by the side of the word they touch: a
// quotation at the start of the prompt, an inch mark, nested quotations and
// a quotation over a cut between two pieces of a large text do not upset
// the pairs after them; a title in quotes is read in its sentence's
// language (first review of the change).
TEST(HealthDetector, QuotationsPairedByTheirSides) {
  const std::string request =
      "Lav et dansk resumé af lægens brev, og skriv det kort og på dansk, så det er nemt for "
      "kollegerne at se, hvad der er sket: ";
  const std::string letter = "\"Re: Harriet Jensen, DOB 3/7/1948. Diagnosis: moderate dementia, atrial "
                             "fibrillation. She needs supervision.\"";
  for (const std::string& before : {std::string("\"Tak for hjælpen,\" skrev datteren. "),
                                    std::string("Jeg har fået en ny 24\" skærm. "), std::string()}) {
    EXPECT_TRUE(Has(Spans(before + request + letter), "atrial fibrillation")) << before;
  }
  EXPECT_TRUE(Has(Spans(request + "»Re: Harriet Jensen. She told me “I feel fine”. Diagnosis: atrial "
                                  "fibrillation. She needs supervision.«"),
                  "atrial fibrillation"));
  EXPECT_TRUE(Has(Spans(request + "\"Re: Harriet Jensen. She told me \"I feel fine\". Diagnosis: atrial "
                                  "fibrillation. She needs supervision.\""),
                  "atrial fibrillation"));
  // Titles: the English words are not read in a Danish sentence (also
  // after a comma, a verb of reading, or "med teksten").
  for (const char* t : {"Jonas Vestergaard holder oplæg om bogen \"Living with a Stroke\" i Grenaa.",
                        "Pia Jessen har lavet en plakat med teksten \"Stop the spread of flu\".",
                        "Pia Jessen har læst \"Living with a Stroke\" og anbefaler den.",
                        "Pia Jessen tager kurset, \"Understanding Heart Failure\", i marts."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  // Pasted content after "i rapporten" is no title.
  EXPECT_TRUE(Has(Spans(request + "i rapporten \"Re: Harriet Jensen. Diagnosis: atrial fibrillation. She "
                                  "needs supervision.\""),
                  "atrial fibrillation"));
  // A closing mark after a number inside a quotation is no inch mark.
  EXPECT_TRUE(Has(Spans(request + "\"Harriet Jensen, 72.\nDiagnosis: atrial fibrillation.\nShe needs "
                                  "supervision.\nTel. 87654321\""),
                  "atrial fibrillation"));
  // A large text cut into pieces at blank lines, one of them inside the
  // letter: the same finding as in one piece.
  std::string big;
  while (big.size() < 8000) big += "Husk at tilmelde jer personalemødet på torsdag i kantinen.\n\n";
  big += request + "\"Re: Harriet Jensen, 72.\n\nDiagnosis: atrial fibrillation.\n\nShe lives alone.\"\n\n";
  while (big.size() < 16000) big += "Husk at tilmelde jer personalemødet på torsdag i kantinen.\n\n";
  Engine::ScanOptions pieces;
  pieces.parallel_min_bytes = 1024;
  pieces.max_piece_bytes = 1024;
  pieces.max_threads = 2;
  for (const Engine::ScanOptions& o : {Engine::ScanOptions(), pieces}) {
    const ScanResult r = DefaultEngine().Scan(big, o);
    ASSERT_TRUE(r.ok) << r.error;
    bool found = false;
    for (const Finding& f : r.findings) {
      found |= f.category == Category::kHealth && Covered(big, f) == "atrial fibrillation";
    }
    EXPECT_TRUE(found) << o.max_piece_bytes;
  }
}

// Care a person wishes for, is entitled to, is refused or lives in is the
// person's (dev11 misses); the same verbs before other generic words, a
// care word as a role, or a service's plans are not (second review).
TEST(HealthDetector, CareWishedRefusedOrLivedIn) {
  EXPECT_TRUE(Has(Spans("Ella Thygesen ønsker plejebolig."), "plejebolig"));
  EXPECT_TRUE(Has(Spans("Ella Thygesen ønsker en plejebolig tæt på datteren."), "plejebolig"));
  EXPECT_TRUE(Has(Spans("Henrik Lund har ret til en ledsagerordning."), "ledsagerordning"));
  EXPECT_TRUE(Has(Spans("skriv afslag på rengøringshjælp til Tage Villadsen"), "rengøringshjælp"));
  EXPECT_TRUE(Has(Spans("Line Carstensen bor i bofællesskab på Østergade."), "bofællesskab"));
  for (const char* t : {"Mette Hansen fra visitationen skriver, at kommunen ønsker at udbyde rengøringshjælp på ny.",
                        "Lene Bjerre ønsker flere frivillige til ledsagelse af beboerne på ture.",
                        "Mette Hansen bor i Grenaa og ønsker et nyt job.",
                        "Kirsten Møller ønsker behandling af sagen på næste byrådsmøde.",
                        "Skriv til Peter Sørensen, at han har ret til behandling af sin sag.",
                        "Vi har ansat Fatima Ali som rengøringshjælp 25 timer om ugen.",
                        "Mette Jensen har ledsagelse af 3.b til svømning på tirsdag.",
                        "Afdelingsleder Mette Hansen ønsker mere aflastning for de pårørende."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  // A state verb before "som" makes it care received (third review).
  EXPECT_TRUE(Has(Spans("Ole Berg modtager som aflastning to døgn om måneden på Solgården."), "aflastning"));
}

// A pregnancy told by its leave (dev11 misses); leave requests are a plan,
// and a payment's or a loan's term is no due date (second review: "termin"
// stays out of the rules). A named person among employees on leave stays
// health (third review), so a group on leave is flagged too.
// An organ or a nerve with "damage" is an injury like a broken bone; damage
// to things is not (dev12 miss "liver damage"). Falling asleep is an
// activity a person can find hard (dev12 miss).
TEST(HealthDetector, OrganDamageAndFallingAsleep) {
  EXPECT_TRUE(Has(Spans("Anna Holm has liver damage after years of drinking."), "liver damage"));
  EXPECT_TRUE(Has(Spans("Anna Holm has nerve damage in her left foot."), "nerve damage"));
  for (const char* t : {"Anna Holm reported water damage in the basement and damage to the car.",
                        "Anna Holm from the head office reported side damage to the pool car.",
                        "Anna Holm says the back damage on the van is permanent."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  EXPECT_TRUE(Has(Spans("Forældrene fortæller, at Lucas Ravn har svært ved at falde i søvn."),
                  "svært ved at falde i søvn"));
  // Falling asleep is no fall (review probe).
  EXPECT_TRUE(Spans("Lucas Ravn faldt i søvn til mødet.").empty());
  EXPECT_TRUE(Has(Spans("Lucas Ravn faldt i badeværelset i nat."), "faldt i badeværelset"));
}

// A person's weight as a noun with its value ("vægt 27 kg", "Wt +4 kg"),
// like "vejer 48 kg"; without a weight unit it is no weight. A restriction
// after an injury (dev sets' misses).
TEST(HealthDetector, WeightNounsAndLiftingRestrictions) {
  EXPECT_TRUE(Has(Spans("Barn: Lucas Ravn, vægt 27 kg, højde 128 cm."), "vægt 27 kg"));
  EXPECT_TRUE(Has(Spans("Anna Holm: Wt +4 kg since May."), "Wt +4 kg"));
  EXPECT_TRUE(Spans("Anna Holm: vægt 3 på skalaen fra 1 til 5.").empty());
  EXPECT_TRUE(Has(Spans("Anna Holm had knee surgery. No heavy lifting for 4 weeks."), "No heavy lifting"));
}

TEST(HealthDetector, PregnancyByLeave) {
  EXPECT_TRUE(Has(Spans("beregn hvornår Maria Steffensen går på graviditetsorlov når terminen er 3. maj"),
                  "graviditetsorlov"));
  EXPECT_TRUE(Has(Spans("Announce that Camilla Thorsen will start maternity leave from 1 March."),
                  "maternity leave"));
  EXPECT_FALSE(Spans("Pia Holm er en af vores ansatte på graviditetsorlov.").empty());
  for (const char* t : {"Mette Hansen: terminen for indbetaling er 1. juli.",
                        "Skriv til Jens Hansen, at næste termin er 1. oktober, og at huslejen stiger.",
                        "Anne Berg in HR handles all maternity leave requests."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

}  // namespace
}  // namespace privacy_guard::testing

namespace privacy_guard::testing {
namespace {

// English contractions and possessives: the tokenizer splits "can't" and
// "Crohn's" at the apostrophe, and so do the lists now (dev14's misses:
// every listed term with an apostrophe was unreachable).
TEST(HealthDetector, ContractionsAndPossessivesInEnglish) {
  EXPECT_TRUE(Has(Spans("My father Peter Lund has Crohn's disease."), "Crohn's disease"));
  EXPECT_TRUE(Has(Spans("My father Peter Lund has Crohn\u2019s disease."), "Crohn\u2019s disease"));
  EXPECT_TRUE(Has(Spans("My father Peter Lund can't walk on his own."), "can't walk"));
  EXPECT_TRUE(Has(Spans("My father Peter Lund can't bend down."), "can't bend down"));
  EXPECT_TRUE(Has(Spans("My mother Anne Lund isn't eating."), "isn't eating"));
  EXPECT_TRUE(Spans("My father Peter Lund can't make the meeting on Friday.").empty());
}

// Up to two light words inside a listed phrase (rules phrase_fillers);
// a negation is never one.
TEST(HealthDetector, LightWordsInsideListedPhrases) {
  EXPECT_TRUE(Has(Spans("Min mor Karen Holm har haft det rigtig dårligt."), "har haft det rigtig dårligt"));
  EXPECT_TRUE(Has(Spans("Karen Holm siger, at hun ikke har lyst til at leve."), "ikke har lyst til at leve"));
  EXPECT_TRUE(Spans("Karen Holm har ikke haft det dårligt i ferien.").empty());
  // Two light words before the phrase's second word (review).
  EXPECT_TRUE(Has(Spans("Karen Holm siger, at hun ikke har haft lyst til at leve."), "ikke har haft lyst til at leve"));
}

// Lay wording as relatives and care staff write it: daily living, mood,
// medicine by its form, toilet, orientation, thin and shaking.
TEST(HealthDetector, LayWordingOfRelativesAndCareStaff) {
  EXPECT_TRUE(Has(Spans("Jens Hansen kan ikke længere klare trappen."), "kan ikke længere klare trappen"));
  EXPECT_TRUE(Has(Spans("Jens Hansen kan ikke selv komme i tøjet."), "kan ikke selv komme i tøjet"));
  EXPECT_TRUE(Has(Spans("Karen Holm truer med at tage sit liv."), "tage sit liv"));
  EXPECT_TRUE(Has(Spans("Karen Holm vil ikke tage sine piller."), "sine piller"));
  EXPECT_TRUE(Has(Spans("Karen Holm har tisset i bukserne to gange."), "tisset i bukserne"));
  EXPECT_TRUE(Has(Spans("Karen Holm er blevet meget tynd."), "meget tynd"));
  EXPECT_TRUE(Has(Spans("My father Peter Lund keeps falling."), "keeps falling"));
  EXPECT_TRUE(Has(Spans("My father Peter Lund was shaking badly."), "shaking badly"));
  EXPECT_TRUE(Has(Spans("My father Peter Lund says his ankles are really swollen."), "ankles are really swollen"));
  EXPECT_TRUE(Has(Spans("My father Peter Lund stopped taking his meds."), "his meds"));
  EXPECT_TRUE(Has(Spans("Karen Holm glemte sin nøgle, og i går kunne hun ikke finde hjem."),
                  "kunne hun ikke finde hjem"));
  EXPECT_TRUE(Has(Spans("Jens Hansen er gået til psykolog siden maj."), "gået til psykolog"));
  // A listed phrase that opens with a present-tense verb also opens with
  // its regular past, participle and infinitive.
  EXPECT_TRUE(Has(Spans("Karen Holm rystede så meget, at hun ikke kunne holde koppen."), "rystede så meget"));
  EXPECT_TRUE(Has(Spans("Karen Holm har tisset i sengen to nætter."), "tisset i sengen"));
  EXPECT_TRUE(Has(Spans("Karen Holm begyndte at græde hver dag."), "græde hver dag"));
  EXPECT_TRUE(Has(Spans("Karen Holm er træt hele dagen og har ingen appetit."), "ingen appetit"));
  EXPECT_TRUE(Has(Spans("My mother Anne Lund says her legs are really weak."), "legs are really weak"));
  EXPECT_TRUE(Spans("Jens Hansen gik til mødet i går og kunne han ikke finde lokalet, ringede han.").empty());
  for (const char* t : {"Jens Hansen kan ikke nå at komme til mødet i dag.",
                        "Jens Hansen kan ikke finde filen på drevet.",
                        "Peter Lund keeps the falling leaves off the path.",
                        "Jens Hansen er tynd for tiden med opgaver, så send dem til mig."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

}  // namespace
}  // namespace privacy_guard::testing

namespace privacy_guard::testing {
namespace {

// Who the health is about, as relatives and colleagues write it (dev14):
// named after the sentence ("Han hedder ..."), a greeting and "Det er
// ...", a dash before the name that ends the message, family words.
TEST(HealthDetector, LinksAsRelativesAndColleaguesWriteThem) {
  EXPECT_TRUE(Has(Spans("Jeg vil betale for min fars mad, da han ikke kan bruge netbank efter sin "
                        "hjerneblødning. Han hedder Arne Kloster og bor i Grenaa."),
                  "hjerneblødning"));
  EXPECT_TRUE(Has(Spans("Hej Trine. Det er Sabrina Fisker. Jeg er gravid igen, men har bækkenløsning."),
                  "bækkenløsning"));
  EXPECT_TRUE(Has(Spans("Hi Jakob, I have been called in for a biopsy. Please keep it between us. "
                        "- Nanna Holt (nho@norddjurs.dk)"),
                  "biopsy"));
  EXPECT_TRUE(Has(Spans("Fiona Gordon here. Mum's hearing aid is broken again."), "hearing aid"));
  // A phone number in brackets after the signature (dev16).
  EXPECT_TRUE(Has(Spans("Hi Lotte, I have panic attacks in the car. Please tell them. "
                        "Best, Jonas Ibsen (31 56 80 24)."),
                  "panic attacks"));
  // Line breaks are spaces in the normalised text (review).
  EXPECT_TRUE(Has(Spans("Hej Trine\nDet er Sabrina Fisker\nJeg er gravid igen, men har bækkenløsning."),
                  "bækkenløsning"));
  EXPECT_TRUE(Has(Spans("Hi Jakob, I have been called in for a biopsy. Please keep it between us. - Nanna Holt\n"),
                  "biopsy"));
  for (const char* t : {
           // A cleft sentence after a greeting introduces no writer either.
           "Hej alle. Det er Anna Holm fra IT, der kommer og opdaterer jeres pc'er i morgen. Jeg er desværre syg i dag.",
           // "du" and "you" are no one named after.
           "Hvis du har symptomer på covid, så bliv hjemme. Vores nye receptionist starter mandag, og hun hedder Anna Holm.",
           // The first name after decides: here one without an intro.
           "Hun har fået konstateret kræft. Jeg har talt med Anna Holm om det. Han hedder Bo Jensen.",
           // A cleft sentence introduces no writer.
           "Det er Anna Holm, der står for kurset.\nJeg har migræne i dag, så jeg går tidligt.",
           // A list of names after a label is no signature.
           "Jeg har migræne i dag.\nDeltagere:\n- Anna Holm",
           // A later name without a naming intro links nothing before it.
           "Jeg har haft en hjerneblødning. Anna Holm står for kurset.",
       }) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

}  // namespace
}  // namespace privacy_guard::testing

namespace privacy_guard::testing {
namespace {

// A letter signed by a name with only its contact details after it to the
// end (a signature block, or "Name, tlf. ..." after the last sentence);
// "Det er ..." on the line after a greeting; the writer's own fall.
TEST(HealthDetector, SignatureBlocksAndTheWritersFall) {
  EXPECT_TRUE(Has(Spans("Hej\nJeg vil søge om en badestol. Jeg har sukkersyge.\nGudrun Hedegaard\n"
                        "Møllevej 2, 8585 Glesborg\ngudrun.hedegaard@mail.dk"),
                  "sukkersyge"));
  EXPECT_TRUE(Has(Spans("Vi søger om hjælp til min mand. Jeg er selv 84 og har dårligt hjerte. "
                        "Karen Bollerup, tlf. 86 48 30 12"),
                  "dårligt hjerte"));
  EXPECT_TRUE(Has(Spans("Hej Hjemmeplejen\nDet er Arnold Bisgaard fra Enebærvej 10, 8961 Allingåbro. "
                        "I går faldt jeg ud af sengen."),
                  "faldt"));
  // In a quoted complaint, signed with a dash, a name and a phone number.
  EXPECT_TRUE(Has(Spans("Skriv et svar: \"Jeg er blind og har førerhund, og chaufføren ville ikke lukke os "
                        "ind. - Lisbeth Ravnsborg, 21 08 63 54\""),
                  "førerhund"));
  // A fall noted after a name and a CPR number and a comma.
  EXPECT_TRUE(Has(Spans("Beboer Karl Nielsen, cpr 030852-3624, faldet ud af sengen kl. 03.30."), "faldet"));
  EXPECT_FALSE(Has(Spans("Karl Nielsen, cpr 030852-3624, faldet i ledigheden er godt nyt for jobcentret."),
                   "faldet"));
  for (const char* t : {
           // The last item of a list after a label is no signature.
           "Jeg har migræne i dag.\nDeltagere:\nAnna Holm\nBo Jensen",
           // A name alone at the end, with no contact details, is no
           // signature block.
           "Jeg har migræne i dag.\nAnna Holm\nhar bestilt lokalet til i morgen.",
           // The writer falling in figures, not in a place.
           "Jeg faldt over en god artikel, skriv til Anna Holm om den.",
           "Jeg faldt ned på en løsning i går.\nMvh\nAnna Holm",
           // An out-of-office reply names a colleague, not its writer.
           "Jeg er sygemeldt med influenza resten af ugen. Henvendelser kan rettes til min kollega\nAnna Holm\n"
           "anna.holm@firma.dk",
           "I'm off sick with the flu until Monday. For urgent matters please contact\nAnna Holm\nanna.holm@firma.dk",
           "Jeg har influenza og er væk i dag. Ring til min kollega. Anna Holm, tlf. 86 48 30 12",
           // A name followed by punctuation only is no signature block.
           "Jeg har migræne i dag.\nAnna Holm\n- - -"}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// A capitalised term right after a capitalised word no list knows is a
// surname ("Simone Biles", dev13); a condition in title case after a
// lower-case verb is still one.
TEST(HealthDetector, SurnameShapedTerms) {
  EXPECT_FALSE(Has(Spans("Anna Holm wants a talk that uses Simone Biles withdrawing at the Olympics."), "Biles"));
  EXPECT_TRUE(Has(Spans("Jens Hansen har Multipel Sklerose."), "Multipel Sklerose") ||
              Has(Spans("Jens Hansen har Multipel Sklerose."), "Sklerose"));
  EXPECT_TRUE(Has(Spans("Jens Hansen har Diabetes."), "Diabetes"));
  // A verb at the sentence's start, an address cell before an aid (dev5,
  // dev12, dev16).
  EXPECT_TRUE(Has(Spans("Jens Hansen, tlf. 40 51 29 83. Opstart Campral."), "Campral"));
  EXPECT_TRUE(Has(Spans("Jens Hansen cannot stand. Take Ibuprofen and sometimes Tramadol 50 mg."), "Ibuprofen"));
}

// A record's subject named after a label at the start of a line ("Barn:",
// "Pt.:", "Beboer:"): the record's sentences are about that person across
// blank lines and without a pronoun (dev18's pasted minutes and discharge
// letters). Not before the label line, not the writer's own sentences, and
// not without such a line.
TEST(HealthDetector, RecordSubjectLinksItsRecord) {
  const std::string minutes =
      "Referat netværksmøde\nBarn: Liva Bjerre Holt, 11 år, 5.a\n\n1. Skole: meget fravær i år.\n"
      "2. Sundhedsplejerske: Der er henvist til egen læge for at udelukke cøliaki.";
  EXPECT_TRUE(Has(Spans(minutes), "cøliaki"));
  const std::string letter =
      "Udskrivningsrapport\nPt.: Anna Margrethe Holst, 010944-2275\n\nIndlæggelsesårsag: Fald i hjemmet. "
      "Forløb kompliceret af delir 2. postop. døgn.";
  EXPECT_TRUE(Has(Spans(letter), "delir"));
  // The same sentence after a line that names someone without a subject
  // label, in another paragraph and not at a line's start: no link.
  const std::string body = "\n\nSkolen holder møde i morgen. Der er henvist til egen læge for at udelukke cøliaki.";
  EXPECT_FALSE(Has(Spans("Skrevet af Liva Bjerre Holt" + body), "cøliaki"));
  EXPECT_TRUE(Has(Spans("Barn: Liva Bjerre Holt" + body), "cøliaki"));
  // Sentences with a subject of their own, someone else's role, a group or
  // an instruction to Copilot are not the subject's (review).
  for (const char* t :
       {"Borger: Anna Holm\n\nVi kommer tirsdag. Hjemmeplejens kontaktperson er sygemeldt med stress.",
        "Beboer: Inga Schou, stue 4\n\nBesøg kan aftales. Mange af vores beboere har demens, så tal roligt.",
        "Barn: Liva Holt, 11 år\n\nSkolen holder møde i morgen. Klassens lærer er sygemeldt efter en knæoperation.",
        "Elev: Liva Holt, 5.a\n\nForældremødet er flyttet. Skolen tilbyder alle elever i 5.a HPV-vaccination.",
        "Pt.: Anna Holst, 010944-2275\n\nSkriv et kort svar. Husk at nævne, at afdelingen ser mange tilfælde af "
        "delir efter hofteoperationer."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
  // The writer's own sentence in the record is the writer's.
  EXPECT_FALSE(Has(Spans("Borger: Anna Holm, Skovvej 2\n\nJeg har selv haft cøliaki i mange år."), "cøliaki"));
}

// Compounds with a worsening, an irritation, an effect, a vaccine, an
// accident or a check-up as their head, after a health modifier (dev18);
// the same heads after other words are no health.
TEST(HealthDetector, WorseningVaccineAndAccidentHeads) {
  for (const char* term : {"smerteforværring", "hudirritation", "stivkrampevaccine", "faldulykke", "leverpåvirkning"}) {
    EXPECT_TRUE(Has(Spans(std::string("Anna Holm har ") + term + "."), term)) << term;
  }
  EXPECT_TRUE(Spans("Anna Holm har ansvar for adgangskontrol, kvalitetskontrol og en ny vaccineplan.").empty());
  EXPECT_TRUE(Spans("Anna Holm skriver om budgetforværring og trafikulykker i kommunen.").empty());
}

// Starting with or getting help from a specialist, in both languages;
// help from others is no health (dev18). Lice and school refusal are.
TEST(HealthDetector, StartingWithASpecialist) {
  EXPECT_TRUE(Has(Spans("Anna Holm er startet hos psykolog."), "startet hos psykolog"));
  EXPECT_FALSE(Spans("Anna Holm would like to talk to a psychologist.").empty());
  EXPECT_TRUE(Spans("Anna Holm fik hjælp fra en kollega til flytningen.").empty());
  EXPECT_TRUE(Spans("Anna Holm should talk to a lawyer about the lease.").empty());
  EXPECT_TRUE(Has(Spans("Anna Holm har lus igen."), "lus"));
  EXPECT_TRUE(Has(Spans("Anna Holm har skolevægring."), "skolevægring"));
}

// Care applied for by a noun, delivered, or a stay in respite (dev-set
// misses); work in a care service, and an application for something else,
// are no care.
TEST(HealthDetector, CareAppliedForDeliveredOrStayedIn) {
  EXPECT_TRUE(Has(Spans("Anna Holm glemmer at spise, selvom der leveres madservice."), "madservice"));
  EXPECT_TRUE(Has(Spans("Hjælp mig med en ansøgning om aflastning for Anna Holm."), "aflastning"));
  EXPECT_TRUE(Has(Spans("Kan Mikkel Brask komme i aflastning i weekenden?"), "aflastning"));
  EXPECT_TRUE(Has(Spans("Anna Holm var på aflastning i 14 dage."), "aflastning"));
  EXPECT_TRUE(Spans("Anna Holm sender en ansøgning om tilskud til kontoret.").empty());
  EXPECT_TRUE(Spans("Anna Holm kommer i hjemmeplejen som vikar.").empty());
}

// A person's age between her name and the fall (dev18); an age alone is
// no person.
TEST(HealthDetector, AgeBetweenThePersonAndTheFall) {
  EXPECT_TRUE(Has(Spans("Bodil Kjærgaard 84 år er faldet to gange den sidste uge."), "faldet"));
  EXPECT_TRUE(Has(Spans("Opsummér: Anna Holm (84) er faldet i nat."), "faldet"));
  EXPECT_FALSE(Has(Spans("Anna Holm skriver, at bygningen på 84 år er faldet i værdi."), "faldet"));
}

// English lay phrases (the twelfth session's list): found about a named
// person, not in a sentence about no one, and not an HR meeting's name.
TEST(HealthDetector, EnglishLayPhrases) {
  EXPECT_TRUE(Has(Spans("Anna Holm has bladder urgency and needs hoisting."), "bladder urgency"));
  EXPECT_TRUE(Has(Spans("Anna Holm has had a miscarriage."), "had a miscarriage"));
  EXPECT_TRUE(Spans("Please book the room for the sickness absence meeting.").empty());
  EXPECT_FALSE(Has(Spans("Anna Holm asked for the sickness absence meeting to be moved."), "sickness absence"));
}

// A number starts a listed phrase only (thirteenth session: the Sick Pay
// Act's § 56 agreement, "12-week scan"); a bare number never starts a term.
TEST(HealthDetector, NumberStartsOnlyAListedPhrase) {
  EXPECT_TRUE(Has(Spans("Rune Kjær har fået en § 56-aftale pga. sin sygdom."), "56-aftale"));
  EXPECT_TRUE(Has(Spans("Rune Kjær får nu en §56-aftale."), "56-aftale"));
  EXPECT_TRUE(Has(Spans("Anne Holm had her 12-week scan yesterday."), "12-week scan"));
  EXPECT_TRUE(Spans("Rune Kjær har indgået 56 aftaler med leverandørerne.").empty());
  EXPECT_TRUE(Spans("Rune Kjær has 12 weeks to scan the files.").empty());
}

// Words of the thirteenth session's dev misses: a flare-up, biological
// treatment, tremors, ear tubes, a day centre with a frequency.
TEST(HealthDetector, FlareUpsTremorsAndDayCentres) {
  EXPECT_TRUE(Has(Spans("Finn Abildgaard er startet i biologisk behandling på hudafdelingen."), "biologisk behandling"));
  EXPECT_TRUE(Has(Spans("Tilbud til Inga Schou: dagcenter 2 dage ugentligt."), "dagcenter"));
  EXPECT_TRUE(Spans("Inga Schou fortalte, at dagcenter Solsikken holder lukket i juli.").empty());
  // Words with a common other sense were tried and left out (review):
  for (const char* t : {"Anna Holm klager over rystelser fra vejarbejdet.", "Anna Holm har fået lagt dræn i haven.",
                        "Jens Hansen frygter en opblussen af konflikten.", "Der var en kvalm stemning, siger Anna Holm.",
                        "Anna Holm har afkræftet rygterne om fyringer."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// Symptoms, injuries and note abbreviations of the dev sets' misses
// (thirteenth session), in Danish and English; a topic stays a topic.
TEST(HealthDetector, SymptomsInjuriesAndAbbreviations) {
  EXPECT_TRUE(Has(Spans("Aase Kirkegaard har været omtåget hele dagen."), "omtåget"));
  EXPECT_TRUE(Has(Spans("Jytte Frandsen: DM2, AFLI, st.p. TAVI 2023."), "AFLI"));
  EXPECT_TRUE(Has(Spans("Noah Berg har forstuvet anklen og har fodvorter."), "forstuvet"));
  EXPECT_TRUE(Has(Spans("Georg Friis seems agitated in the afternoons."), "agitated"));
  EXPECT_TRUE(Has(Spans("Anna Holm has an infection in her toe."), "infection"));
  // English words with another sense count only after a state verb (review).
  for (const char* t : {"Anna Holm gave a talk on infection control at the conference.",
                        "Anna Holm is responsible for infection prevention in the kitchens.",
                        "Peter Smith tested the stiffness of the new floor material.",
                        "Anna Holm ran the unconscious bias training."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// Care as the object of applying, granting, complaining or advice, and a
// fall with a time or an age between (thirteenth session's dev misses).
TEST(HealthDetector, CareAppliedGrantedOrAdvisedAndTimedFalls) {
  EXPECT_TRUE(Has(Spans("Bevilling af nødkald til Aase Holm."), "nødkald"));
  EXPECT_TRUE(Has(Spans("Inger Leth: klage over madservice."), "madservice"));
  EXPECT_TRUE(Has(Spans("Anna Holm er i nat faldet ud af sengen."), "faldet"));
  EXPECT_TRUE(Has(Spans("Anna Holm, 80, er faldet ud af sengen."), "faldet"));
  // Not the infinitive or advice in a caseworker's text (review).
  EXPECT_TRUE(Spans("Kontakt Anna Holm, hvis du vil søge om madservice.").empty());
  EXPECT_TRUE(Spans("Anna Holm anbefaler kurset i Excel.").empty());
  EXPECT_TRUE(Spans("Prisen på Anna Holms hus er i år faldet.").empty());
}

// Aids, support and named care units as a treatment's object (the
// thirteenth session's dev misses); a job centre or an IT department is no
// care unit.
TEST(HealthDetector, AidsSupportAndCareUnits) {
  EXPECT_TRUE(Has(Spans("Vi prøver en sensormåtte hos Inga Schou."), "sensormåtte"));
  EXPECT_TRUE(Has(Spans("Mads Holm har fået støttekontaktperson og ledsagerkort."), "støttekontaktperson"));
  EXPECT_TRUE(Has(Spans("Anna Holm er henvist til Dansk Hovedpinecenter."), "Hovedpinecenter"));
  EXPECT_TRUE(Has(Spans("Anna Holm er henvist til kardiologisk afdeling."), "kardiologisk afdeling"));
  EXPECT_TRUE(Has(Spans("Anna Holm er henvist til Parkinsonklinikken."), "Parkinsonklinikken"));
  for (const char* t : {"Anna Holm er henvist til Jobcentret.", "Anna Holm har kontaktet IT-afdelingen.",
                        "Anna Holm har ringet til Borgerservice.", "Klagen fra Anna Holm er henvist til juridisk afdeling.",
                        "Anna Holm er henvist til Sprogcentret."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// A relative falls ("min mand er faldet"), and the staff's orders in the
// paragraph after a person's health ("Vi øger Lantus", "We recommend
// physiotherapy") are that person's (the thirteenth session's dev misses);
// ordering cleaning for an office is not.
TEST(HealthDetector, RelativesFallsAndTheStaffsOrders) {
  EXPECT_TRUE(Has(Spans("Jeg hedder Jonna Hansen. Min mand er faldet ud af sengen igen."), "faldet"));
  EXPECT_TRUE(Has(Spans("Jeg hedder Jonna Hansen. Min søster er faldet ud af sengen igen."), "faldet"));
  EXPECT_TRUE(Has(Spans("Anna Holm har smerter. Vagtlægen har ordineret Panodil 1 g x 4."), "Panodil"));
  EXPECT_FALSE(Has(Spans("Anna Holm har KOL. Vi har bestilt rengøringshjælp til kontoret."), "rengøringshjælp"));
  // Not an idiom after a relative, nor a budget after a person (review).
  EXPECT_TRUE(Spans("Jeg hedder Jonna Hansen. Min mand er faldet tilbage i gamle vaner.").empty());
  EXPECT_TRUE(Spans("Jeg hedder Jonna Hansen. Min mands aktier er faldet.").empty());
  EXPECT_TRUE(Spans("Anna Holm joined the team in May. We increased the budget for flu vaccines.").empty());
}

// Function, fever, pregnancy and work-restriction phrases of the dev sets'
// misses (thirteenth session); recognising a problem is no health.
TEST(HealthDetector, FunctionFeverPregnancyAndRestrictionPhrases) {
  EXPECT_TRUE(Has(Spans("Anna Holm genkender ikke altid sin datter."), "genkender ikke"));
  EXPECT_TRUE(Has(Spans("My mother Anna Holm doesn't recognise me any more."), "recognise me"));
  EXPECT_TRUE(Has(Spans("Sofie Holm har født en dreng i nat."), "har født"));
  EXPECT_TRUE(Has(Spans("Piotr Holm: ingen tunge løft i 6 uger."), "ingen tunge løft"));
  // Phrases with a common other sense were tried and left out, and a
  // recognised thing is no person (review).
  for (const char* t : {"Anna Holm genkender ikke problemet med budgettet.",
                        "Anna Holm genkender ikke sin egen underskrift på kontrakten.",
                        "Anna Holm doesn't recognise the new logo.",
                        "Investoren Lars Nielsen er bange for at falde bagud i konkurrencen.",
                        "Projektet har termin i marts, skriver Anna Holm.",
                        "Det gik i feber hos Lars Nielsen, da regnskabet skulle afleveres.",
                        "Anna Holm har ingen nattevagter i denne måned.",
                        "Jens Hansen from IT will work light duties on the helpdesk."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// Sick leave as a percentage is a statistic (the helper's review of the dev
// sets' false findings), unless a person's own line names her first.
TEST(HealthDetector, SickLeavePercentagesAreStatistics) {
  EXPECT_TRUE(Spans("Tak til Anna Holm for indsatsen, hvor sygefraværet toppede med 11 % i januar.").empty());
  EXPECT_TRUE(Spans("1. Sygefravær: afdelingen ligger på 6,2 %. Tanja Bonde har ferie.").empty());
  EXPECT_TRUE(Has(Spans("Anna Holm har et sygefravær på 8 %."), "sygefravær"));
  EXPECT_TRUE(Has(Spans("Anna Holm har haft 14 dages sygefravær."), "sygefravær"));
}

// A generic word listed after a health finding, also after an article;
// "oplever" as a state verb; care once a week (dev misses).
TEST(HealthDetector, ListedGenericWordsAndExperiencedSymptoms) {
  EXPECT_TRUE(Has(Spans("Anna Holm har meget kvalme og en blødning."), "blødning"));
  EXPECT_TRUE(Has(Spans("Anna Holm oplever smerter ved amning."), "smerter"));
  EXPECT_TRUE(Has(Spans("Anna Holm får hjemmesygepleje en gang om ugen."), "hjemmesygepleje"));
  EXPECT_FALSE(Has(Spans("Anna Holm har diabetes og en god humor."), "humor"));
  EXPECT_TRUE(Spans("Anna Holm oplever problemer med printeren.").empty());
}

// Idioms: "faldt hun til ro" calms down; "admitted that he drinks"
// confesses (the helper's review of the dev sets' false findings).
TEST(HealthDetector, CalmingDownAndConfessingAreNoHealth) {
  EXPECT_TRUE(Spans("Anna Holm græd. Efter ti minutter faldt hun til ro.").empty());
  EXPECT_FALSE(Has(Spans("Steen Hyldgaard admitted that he was late again."), "admitted"));
  EXPECT_FALSE(Has(Spans("Steen Hyldgaard admitted taking the car."), "admitted"));
  EXPECT_TRUE(Has(Spans("Steen Hyldgaard was admitted yesterday."), "admitted"));
  EXPECT_TRUE(Has(Spans("Anna Holm was admitted that evening."), "admitted"));
  EXPECT_TRUE(Has(Spans("Anna Holm was admitted during the night."), "admitted"));
  EXPECT_TRUE(Has(Spans("Anna Holm græd. Så faldt hun ned ad trappen."), "faldt"));
}

// Weekdays and months are no unlisted medicine after "is on" or "får".
TEST(HealthDetector, CalendarWordsAreNoMedicine) {
  EXPECT_TRUE(Spans("Anna Holm's appointment is on Monday.").empty());
  EXPECT_TRUE(Spans("Anna Holm gets Tuesday off and is on January leave.").empty());
  EXPECT_TRUE(Has(Spans("Anna Holm is on Cipramil."), "Cipramil"));
  // ... and "August" stays a name elsewhere (review).
  EXPECT_TRUE(Has(Spans("Anna Holm skriver, at August er faldet ned fra klatrestativet."), "faldet"));
}

// Weights from the dev sets' misses (fifteenth session): a change word
// before the value, a change from one value to another, "taget ... på",
// a reflexive pronoun, and a baby's weight in grams; flour, a parcel and
// a load of rubbish stay out.
TEST(Health, WeightChangesAndBabyWeights) {
  EXPECT_TRUE(Has(Spans("Jens Hansen: Weight down 4 kg since last visit."), "Weight down 4 kg"));
  EXPECT_TRUE(Has(Spans("Jens Hansen. Vægt 94 -> 89 kg"), "Vægt 94 -> 89 kg"));
  // The whole change, not only its first value (Has() matches parts).
  const auto hba1c = Spans("Jens Hansen, HbA1c 64 → 58 mmol/mol.");
  EXPECT_NE(std::find(hba1c.begin(), hba1c.end(), "HbA1c 64 → 58 mmol"), hba1c.end());
  EXPECT_TRUE(Has(Spans("Mette Larsen har taget 3 kg på på en uge."), "taget 3 kg på"));
  EXPECT_TRUE(Has(Spans("Mette Larsen, du har tabt dig 6 kg."), "tabt dig 6 kg"));
  const auto baby = Spans("Mette Larsens søn Oskar, fødselsvægt 3.550 g, vægt 3.950 g.");
  EXPECT_TRUE(Has(baby, "fødselsvægt 3.550 g"));
  EXPECT_TRUE(Has(baby, "vægt 3.950 g"));
  EXPECT_TRUE(Has(Spans("Mette Larsens datter er født med lav fødselsvægt."), "lav fødselsvægt"));
  for (const char* t : {"Jens Hansen vejer 500 g mel af.", "Jens Hansen har taget 10 kg affald med.",
                        "Jens Hansen vejer 1.000 g mel af.", "Jens Hansen: vægt 12,50 g",
                        "Jens Hansen har taget 200 kg på traileren til genbrugspladsen.",
                        "Jens Hansen: opgave 3 -> 4 er flyttet.", "Jens Hansen: vægt op, pris ned.",
                        "Pakken til Jens Hansen har en vægt på 20 kg."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// A pregnancy's due date (fifteenth session, from the dev sets' misses):
// with a pregnancy near it or right after the name; a payment's or a
// project's "termin" is no pregnancy.
TEST(Health, DueDatesButNotPaymentTerms) {
  EXPECT_TRUE(Has(Spans("Mette Larsen er gravid med termin 15. januar."), "termin 15. januar"));
  EXPECT_TRUE(Has(Spans("Mette Larsen er sygemeldt, graviditetsbetinget, termin i marts."), "termin i marts"));
  EXPECT_TRUE(Has(Spans("Maja Tranberg – termin 12/6 – kører selv til møderne."), "termin 12/6"));
  EXPECT_TRUE(Has(Spans("Mette Larsen går på graviditetsorlov, når terminen er 3. maj."), "terminen er 3. maj"));
  for (const char* t : {"Mette Larsen skal betale huslejen for termin 1. juli.",
                        "Jens Hansen: ejendomsskatten betales i to terminer, termin 1. marts.",
                        "Jens Hansen, næste termin er 1. april.", "Jens Hansen har termin på opgaven.",
                        "Anna Holm: Projektet har termin i marts.",
                        "Anna Holm: Projektet om scanning af byggesager har termin i marts.",
                        "Elev: Jonas Holm, fødselsdato 04.05.2008. Terminen er i december, og han mangler "
                        "to opgaver.",
                        "Afdragsordning:\nJens Hansen – termin 1/7", "Jens Hansen: Rapporten har termin til fredag.",
                        "Jens Hansen, the due date for the invoice is 1 May."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

// "stammer": stutters about a person, but comes from, or tribes and
// trunks (fifteenth session, guarded terms).
TEST(Health, StammerIsStutteringOnlyWhereItsNeighboursAllow) {
  EXPECT_TRUE(Has(Spans("Alma Holm i 0.b stammer mere og mere."), "stammer"));
  EXPECT_TRUE(Has(Spans("Emil Hougaard, 4 år. Stammer især når han er ivrig."), "Stammer"));
  for (const char* t : {"Jens Hansen skriver: Mange efternavne stammer fra disse erhverv.",
                        "Jens Hansens familie stammer oprindeligt fra Tyrkiet.",
                        "Jens Hansen: træernes stammer er tykke, og mange stammer er hule.",
                        "Træernes stammer er hule, skriver Jens Hansen.",
                        "Jens Hansen fra Park og Vej fjerner væltede stammer efter stormen.",
                        "Hvor stammer Jens Hansens familie i Grenaa egentlig fra?",
                        "Jens Hansen stammede frem, at han var forsinket."}) {
    EXPECT_TRUE(Spans(t).empty()) << t;
  }
}

}  // namespace
}  // namespace privacy_guard::testing
