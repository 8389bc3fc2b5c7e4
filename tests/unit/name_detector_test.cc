#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "privacy_guard/rules/vocabulary.h"
#include "test_util.h"

namespace privacy_guard::testing {
namespace {

struct NameCase {
  const char* text;
  const char* expected;
};

class NamePositive : public ::testing::TestWithParam<NameCase> {};

TEST_P(NamePositive, FoundWithWholeSpan) {
  const std::string text = GetParam().text;
  auto f = Find(DefaultEngine(), text, Category::kName);
  ASSERT_EQ(f.size(), 1u) << text;
  EXPECT_EQ(Covered(text, f[0]), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Forms, NamePositive,
    ::testing::Values(
        NameCase{"Brev til Hans Erik Østergaard om sagen", "Hans Erik Østergaard"},
        NameCase{"Kære Mette Hansen", "Mette Hansen"},
        NameCase{"Mødet med Anne-Mette J. Bulwer-Hansen i morgen", "Anne-Mette J. Bulwer-Hansen"},
        NameCase{"skriv til mette hansen om det", "mette hansen"},
        NameCase{"Søren Ørum har ringet", "Søren Ørum"},
        NameCase{"Samtale med Mohammed Ali i jobcentret", "Mohammed Ali"},
        NameCase{"Karsten Bødkersen har klaget", "Karsten Bødkersen"},  // -sen, not listed
        NameCase{"Vi har talt med fru Jensen i dag", "Jensen"},
        NameCase{"Hr. Nielsen kommer kl. 10", "Nielsen"},
        NameCase{"Mark Hansen er ny i teamet", "Mark Hansen"},
        NameCase{"KÆRE METTE HANSEN", "METTE HANSEN"},
        // A rare first name as surname after a first name that is no word,
        // even at a sentence start.
        NameCase{"Hjælp: Jørgen Nord er faldet på plejehjemmet", "Jørgen Nord"},
        // A verb after a surname is no street name ("-ager" like "Hansens Ager").
        NameCase{"Anne Hansen modtager hjemmehjælp", "Anne Hansen"},
        NameCase{"Bo Nielsen deltager i mødet", "Bo Nielsen"}));

TEST(Name, OrdinaryWordsAreNotNames) {
  for (const char* t : {"Vi skal have styr på budgettet", "Mark dine ændringer i dokumentet",
                        "Have og park lukker kl. 16", "Hans bil er gået i stykker",
                        "Bo i en lejlighed i Grenaa", "Holm er en lille ø", "Per borger ydes der tilskud",
                        "Sommer Lund", "Have Lund og skov"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
}

TEST(Name, PlacesAndInstitutionsAreNotNames) {
  for (const char* t : {"Grenaa Havn har fået ny kaj", "Tur til Ebeltoft og Djursland",
                        "Norddjurs Kommune søger medarbejdere", "Aarhus Universitet forsker i AI",
                        "Hans Tausens Gade er spærret", "Møde i Grenaa i morgen",
                        "Rejsen går til Aarhus", "Tjek IP-adressen",
                        "Forskere fra Niels Bohr Institutet kommer"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
}

TEST(Name, CompoundsNamedAfterAPersonAreNotNames) {
  for (const char* t : {"Per Kirkeby-udstillingen åbner i maj", "Mette Frederiksen-regeringen",
                        "Steen Steensen Blicher-prisen gik til en forfatter"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
  EXPECT_EQ(Find(DefaultEngine(), "Anne Hansen-Berg kommer", Category::kName).size(), 1u);
}

TEST(Name, LoneFirstNameIsNotReported) {
  for (const char* t : {"Spørg Mette om det", "Kære Mette", "Hej Søren, tak for sidst"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
}

TEST(Name, NameDoesNotCrossALineBreak) {
  const std::string text = "Med venlig hilsen\nMette\nHansen Transport ApS";
  EXPECT_TRUE(Find(DefaultEngine(), text, Category::kName).empty());
}

TEST(Name, MaskShowsInitials) {
  auto f = Find(DefaultEngine(), "Brev til Hans Erik Østergaard", Category::kName);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].masked, "H. E. Ø.");
}

TEST(Name, RedactNumbersDistinctNames) {
  const std::string text = "Mette Hansen og Søren Ørum mødtes; Mette Hansen var glad.";
  RedactResult r = DefaultEngine().Redact(text, DefaultEngine().Scan(text));
  EXPECT_EQ(r.text, "[NAVN 1] og [NAVN 2] mødtes; [NAVN 1] var glad.");
}

}  // namespace
}  // namespace privacy_guard::testing

namespace privacy_guard::testing {
namespace {

TEST(Name, CompanyNamesFromPlaces) {
  EXPECT_TRUE(Find(DefaultEngine(), "Se mere på Reno Djurs' hjemmeside", Category::kName).empty());
}

// A name in a public role or cited for a work is no citizen's or
// colleague's: low, so not shown and no anchor for health.
TEST(Name, PublicRolesAndCitedWorksAreLow) {
  for (const char* t : {"Opsummer, hvad statsminister Mette Frederiksen sagde i nytårstalen.",
                        "Lav en læseliste med romaner af Tove Ditlevsen, Helle Helle og Yahya Hassan.",
                        "Write a summary of Tom Kitwood's person-centred dementia care model.",
                        "Hvad siger Ross Greenes model om børn, der har svært ved at regulere sig?",
                        "Find et kendt citat af Søren Kierkegaard om at turde vælge."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kHealth).empty()) << t;
  }
  // An English institution, and a method's author.
  EXPECT_TRUE(Find(DefaultEngine(), "Can you explain what the Niels Bohr Institute does?",
                   Category::kName).empty());
  EXPECT_TRUE(Find(DefaultEngine(), "Beskriv Marte Meo-metoden, udviklet af Maria Aarts, kort.",
                   Category::kName).empty());
  EXPECT_EQ(Find(DefaultEngine(), "Mailen er skrevet af Jens Hansen i går.", Category::kName).size(), 1u);
  // A name before a full stop and a method in the next sentence, a quote
  // from a citizen, a house painter: persons.
  for (const char* t : {"Amir Abbas har PTSD. Hvilken metode anbefales?",
                        "Sarah Jones has dementia. Which approach works best?",
                        "Citat fra Mette Hansen: jeg har ondt i ryggen hver dag.",
                        "Maler Jens Hansen har fået ondt i ryggen."}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kName).size(), 1u) << t;
    EXPECT_FALSE(Find(DefaultEngine(), t, Category::kHealth).empty()) << t;
  }
  // The same names as persons, and a list that does not follow a cited name.
  EXPECT_EQ(Find(DefaultEngine(), "Mette Frederiksen har diabetes.", Category::kName).size(), 1u);
  EXPECT_EQ(Find(DefaultEngine(), "Romaner af Tove Ditlevsen. Mette Holm har KOL.", Category::kName).size(), 1u);
}

// English function words are no names, and a capital first name before a
// lower-case ordinary word is none either.
TEST(Name, FunctionWordsAndMixedCaseWords) {
  for (const char* t : {"Louise from payroll is pregnant.", "The ferry is cancelled because of the storm.",
                        "The reference is rejected by the bank."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
  EXPECT_EQ(Find(DefaultEngine(), "skriv til mette hansen", Category::kName).size(), 1u);
  EXPECT_EQ(Find(DefaultEngine(), "Mette hansen har ringet", Category::kName).size(), 1u);
  EXPECT_EQ(Find(DefaultEngine(), "Mette holm har diabetes.", Category::kName).size(), 1u);
  // English words typed in lower case are no name (the full lists hold
  // "came", "you", "post", "back" as names).
  for (const char* t : {"when you come back from leave", "she came to post the letter"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
}

// The full lists hold the compass points as names ("North", "West",
// "Nord"; added here to the shipped lists): a run of nothing else is a
// table heading or a region, not a person. With another name word it
// stays a name.
// "Hans", "Per", "Kim" are common words too ("hans" = his): before an
// unknown surname they make a name after a title (dev12 miss "Mr. Hans
// Wikström"); elsewhere the pair is as often a firm (review probes).
TEST(Name, CommonWordFirstNameWithUnknownSurname) {
  for (const char* t : {"Mr. Hans Wikström has asked us to refund it.", "Skriv til fru Kim Lindqvist om mødet."}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kName).size(), 1u) << t;
  }
  for (const char* t : {"Cost Per User is high.", "Vi har et system der hedder Per Systems.",
                        "Bestil kage fra Hans Bageri.", "Summarise what Bent Flyvbjerg says about cost overruns.",
                        "Hun tog hans Volvo i går."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
}

TEST(Name, CompassPointsAloneAreNoName) {
  LoadedPolicy loaded;
  std::string error;
  ASSERT_TRUE(LoadPolicyWithData(PG_DEFAULT_POLICY, {}, &loaded, &error)) << error;
  loaded.data.first_names.push_back(std::string());  // a list of its own: ranks from 1
  loaded.data.surnames.push_back(std::string());
  for (const char* w : {"North", "South", "East", "West", "Nord", "Syd"}) {
    loaded.data.first_names.push_back(w);
    loaded.data.surnames.push_back(w);
  }
  std::shared_ptr<const Engine> e = CreateOnTestDate(loaded.policy, loaded.data, &error);
  ASSERT_TRUE(e) << error;
  for (const char* t : {"Week North South East West", "Send it to the North West team today.",
                        "Salget i Nord Syd steg med 4 %."}) {
    EXPECT_TRUE(Find(*e, t, Category::kName).empty()) << t;
  }
  EXPECT_EQ(Find(*e, "John West called about his appointment.", Category::kName).size(), 1u);
  EXPECT_EQ(Find(*e, "Ring til Anna Nord i morgen.", Category::kName).size(), 1u);
  EXPECT_EQ(Find(*e, "Ring til North Hansen i morgen.", Category::kName).size(), 1u);
}

// Pasted tables, titles before names made of ordinary words, things and
// streets named after people, titles of works in quotes (dev4 classes).
TEST(Name, TablesTitlesShipsStreetsAndQuotedWorks) {
  const std::string table = "Navn\tAdresse\tOpgave\nKaren Bech\tBirkevej 4, Ørum\tinsulin\n"
                            "Asta Lund\tKirkegade 2, Gjerrild\tøjendråber";
  EXPECT_EQ(Find(DefaultEngine(), table, Category::kName).size(), 2u);
  EXPECT_EQ(Find(DefaultEngine(), "Mr. Per Storm was discharged after pneumonia.", Category::kName).size(), 1u);
  for (const char* t : {"Write a blurb about the training ship Georg Stage visiting Grenaa.",
                        "Borgere klager over parkering på Dr. Alexandrines Vej ved lægehuset.",
                        "Med udgangspunkt i Svend Brinkmanns 'Stå fast' og Tove Ditlevsens skildring.",
                        "Our colleague Peter just told the team."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
  // Scare quotes are no title.
  EXPECT_EQ(Find(DefaultEngine(), "Mette Hansens 'forslag' kom i går.", Category::kName).size(), 1u);
}

// Acronyms that are titles in lower case, month ranges, a researcher's points.
TEST(Name, AcronymsMonthRangesAndResearchersPoints) {
  for (const char* t : {"My colleague told me she has MS. She doesn't want the team to know.",
                        "To: HR Partner <hr@norddjurs.dk>", "Indicator 2026 (Jan-Oct) falls per 1,000",
                        "Lav et resumé af Bente Klarlund Pedersens pointer om motion som medicin."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
  EXPECT_EQ(Find(DefaultEngine(), "Mødet med Jan-Erik Hansen i morgen", Category::kName).size(), 1u);
  EXPECT_EQ(Find(DefaultEngine(), "Hr. Hansen har ringet", Category::kName).size(), 1u);
  EXPECT_EQ(Find(DefaultEngine(), "HR. HANSEN HAR RINGET", Category::kName).size(), 1u);
}

// Ministers by any title, examples after a cited work, a quoted title after
// a cited name, and houses and firms named after people.
TEST(Name, MinistersExamplesQuotedTitlesAndFirms) {
  for (const char* t :
       {"Opsummér reformen, som indenrigs- og sundhedsminister Sophie Løhde præsenterede.",
        "Foreslå fem romaner, der er gode at læse højt, fx af Karen Blixen, Tove Ditlevsen, "
        "Herman Bang eller Martin Andersen Nexø.",
        "Skriv en opgave om Martin Andersen Nexøs \"Ditte Menneskebarn\": Hvordan skildres fattigdom?",
        "Dag 1 i Odense med H.C. Andersens Hus og Egeskov.",
        "Leverandører: Niels Kjær Entreprise A/S, Ole Sørensens Vognmandsforretning.",
        // A company form right after the name: the slash splits "A/S" into
        // two tokens ("ApS" was already one follower word).
        "Tilbud fra Hans Jensen A/S er modtaget.", "Tilbud fra Hans Jensen ApS er modtaget.",
        "Faktura fra Holm og Lund I/S, Peter Madsen K/S og Niels Bech P/S."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
  // The person is still found when the form is not right after the name or
  // is no form ("A/B-test", "I/O").
  for (const char* t : {"Hans Jensen fra Jensen A/S har ringet.", "Hans Jensen A/B-tester siden.",
                        "Spørg Hans Jensen I/O-kortet."}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kName).size(), 1u) << t;
  }
  // "f.eks." as two tokens; quotes from citizens are no works; "administer"
  // is no minister; a closing quote ends the cited title; a private house.
  EXPECT_TRUE(Find(DefaultEngine(), "Foreslå romaner til højtlæsning, f.eks. af Karen Blixen.",
                   Category::kName).empty());
  for (const char* t : {"Find citater fra borgerne, fx af Karen Hansen, der har KOL.",
                        "Please administer Karen Hansen her insulin.",
                        "Skriv om Martin Andersen Nexøs \"Ditte Menneskebarn\". Mette Hansen har KOL.",
                        "Hjemmeplejen var i Karen Jensens hus, hun er faldet."}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kName).size(), 1u) << t;
  }
  // Not an example of a work: a person who read aloud; a minister's
  // namesake without the title.
  EXPECT_EQ(Find(DefaultEngine(), "Bogen blev læst op af Karen Blixen fra 2. sal.", Category::kName).size(),
            1u);
  EXPECT_EQ(Find(DefaultEngine(), "Sophie Løhde har fået KOL.", Category::kName).size(), 1u);
}

// Every form of vocabulary::CompanyForms, written with a capital, makes a
// firm: right after the name, or with its letter ending the run.
TEST(Name, EveryCompanyFormMakesAFirm) {
  for (const vocabulary::CompanyForm& f : vocabulary::CompanyForms()) {
    std::string form = f.form;
    for (char& c : form) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    for (const std::string& t : {"Tilbud fra Hans Jensen " + form + " er modtaget.",
                                 "Faktura fra Holm og Lund " + form + " er betalt."}) {
      EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
    }
  }
}

// Names the lists need not know, told by a relation or role word before
// them, a first name and "og" before them (a couple), or the person's own
// e-mail after them (dev8 class).
TEST(Name, RelationsCouplesAndOwnEmails) {
  for (const auto& [text, want] : std::vector<std::pair<std::string, std::string>>{
           {"Write a message that her daughter Ananya Reddy has a rash.", "Ananya Reddy"},
           {"Deltagere: Nadia, rådgiver Line Mejlby og en psykolog.", "Line Mejlby"},
           {"Forældrene Kasper og Line Lund vil have besked.", "Line Lund"},
           {"Interview Priya Raman (priya.raman@outlook.com) on Monday.", "Priya Raman"}}) {
    auto f = Find(DefaultEngine(), text, Category::kName);
    ASSERT_EQ(f.size(), 1u) << text;
    EXPECT_EQ(Covered(text, f[0]), want);
  }
  // A unit with its mailbox, a product with its support address, a lone
  // first name after a relation word.
  for (const char* t : {"From: Hjemmesygeplejen Nord <sygepleje.nord@norddjurs.dk>",
                        "Kontakt Microsoft Teams (teams.support@microsoft.com).", "Min datter Emma bor i Aarhus.",
                        // A couple's fund (dev9 trap).
                        "Vi vil søge Aase og Ejnar Danielsens Fond om 85.000 kr. til en sansehave."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
  // Institutions named after a person ("Anker Fjord Hospice", dev9 trap;
  // "Plejecenter Marie Kruses Minde", dev10).
  EXPECT_TRUE(Find(DefaultEngine(), "Plejecenter Marie Kruses Minde og Plejecenter Solhøj skal samarbejde.",
                   Category::kName)
                  .empty());
  EXPECT_TRUE(Find(DefaultEngine(), "Anker Fjord Hospice søger frivillige til at hjælpe mennesker med kræft.",
                   Category::kName)
                  .empty());
  // A labelled name before a capitalised follower that is a form's next
  // label stays a name (review finding).
  EXPECT_EQ(Find(DefaultEngine(), "Patient: Priya Raman Hospital: Regionshospitalet Randers", Category::kName).size(),
            1u);
}

// A character known by title and surname is fiction ("Dr. Watson is
// fooled", dev9 trap); a Mr. Watson, or a Dr. Watson addressed, is a person.
TEST(Name, TitledFictionalCharacters) {
  for (const char* t : {"Sherlock Holmes pretends to be dying and Dr. Watson is fooled.",
                        "Skriv om Dr. Jekyll og Mr. Hyde til 9. klasse."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
  for (const char* t : {"Mr. Watson called about his sick leave.", "Dear Dr. Watson, thank you."}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kName).size(), 1u) << t;
  }
}

// A quoted title and "by" before a name; languages written capitalised
// (dev2 and dev7 traps).
TEST(Name, QuotedTitleByAuthorAndLanguages) {
  for (const char* t : {"I liked \"Good to Great\" by Jim Collins.", "Make a list of Danish-English false friends."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
  EXPECT_EQ(Find(DefaultEngine(), "Brevet 'Afgørelse' er sendt af Jens Hansen.", Category::kName).size(), 1u);
}

// A name ends at a table's cell edge: "Gerda Nymann<TAB>Skovbrynet 4".
TEST(Name, NameEndsAtATab) {
  const std::string text = "09:00\tGerda Nymann\tSkovbrynet 4, 8950 Ørsted\tWound care";
  auto f = Find(DefaultEngine(), text, Category::kName);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(Covered(text, f[0]), "Gerda Nymann");
}

// Well-known people by full name (vocabulary::PublicFigures): quotes,
// quizzes, reading lists, speeches, brands (dev8 class). Their namesakes
// stay persons when the sentence says something personal about them, and
// famous names that many citizens share are not listed.
TEST(Name, WellKnownPeopleAreLow) {
  for (const char* t : {"Skriv 3 citater om omsorg, gerne fra Florence Nightingale og K.E. Løgstrup.",
                        "Lav et resumé af de dele af Mette Frederiksens nytårstale, der handlede om trivsel.",
                        "Skriv en sjov intro med reference til Matador – fx at Mads Skjern ville have elsket det.",
                        "Make 8 quiz questions: Harald Blåtand, Holger Danske, Pippi Langstrømpe.",
                        "Suggest picture books by Astrid Lindgren and Ib Spang Olsen for daycare.",
                        "Buy a Karen Volf cake selection for the party.",
                        // dev13: chains and brands named after people.
                        "Kommer Louis Nielsen ud på plejecentret og tjekker syn?",
                        "Køb værktøj hos Harald Nyborg, chokolade fra Anthon Berg og Peter Larsen Kaffe.",
                        "Skal vi give en Kay Bojesen-abe eller noget fra Georg Jensen i jubilæumsgave?",
                        // dev16: a firm named "& Søn", figures of a teaching text
                        // and a quiz, a biography's past tense.
                        "Write a memo comparing chairs from Carl Hansen & Søn and a cheaper supplier.",
                        "Skriv et afsnit: Louis Braille udviklede punktskriften.",
                        "Quiz: Dr. Shaun Murphy in \"The Good Doctor\".",

                        // dev17: examples of famous people, an author, fiction, a brand.
                        "Nævn kendte eksempler som Kim Larsen, der var åben om sin prostatakræft.",
                        "Mention famous people like Kim Larsen and his cancer.",
                        "Lise Nørgaard skrev om at blive gammel.",
                        "Brug Saga Norén fra Broen og Sheldon Cooper som eksempler.",
                        "Dr. Oetker Danmark, faktura 55410, 2.112 kr.",
                        "Skriv en skiltetekst om Niels Finsen og lysbehandlingen af lupus.",
                        // A longer entry after a shorter one ("Lars Løkke" and "Lars
                        // Løkke Rasmussen"), a year after the name, a biography's
                        // past tense, elected office and a party letter (dev13,
                        // dev16 false alarms).
                        "Vi talte om Lars Løkke Rasmussen og hans tale.",
                        "Husk Helle Thorning-Schmidt og Anders Fogh Rasmussens reform.",
                        "Ligesom da Jakob Ellemann-Jensen i 2023 meldte sig syg med stress.",
                        "Helen Keller var døvblind og blev forfatter.",
                        "Louis Braille blev blind som barn efter en ulykke.",
                        "Huset blev bygget under borgmester Jan Petersen.",
                        "Byrådet indviede demensafsnittet med Kasper Bjerregaard (V) i 2023.",
                        "Compare the novel 'Still Alice' with 'The Father' (Anthony Hopkins) for the evening.",
                        // A work right after the name, and the list before it
                        // (dev18).
                        "Make a song list with Kim Larsen, Gasolin' and Birthe Kjær songs for the residents.",
                        "Spil nogle Kim Larsen-sange for beboerne.",
                        "Compare Arne Jacobsen chairs with cheaper ones.",
                        // dev11 false alarm: a president.
                        "Write how Franklin D. Roosevelt hid his polio and wheelchair.",
                        // From the list's 2026-12-07 additions.
                        "Write a quiz question about Zlatan Ibrahimović and his knee injury.",
                        "Lav en tidslinje over Svend Aukens og Villy Søvndals tid som partiformænd.",
                        "Summarise the episode where Meredith Grey nearly drowns."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kHealth).empty()) << t;
  }
  // A grant named after a person.
  EXPECT_TRUE(Find(DefaultEngine(), "Ingeborg Vestergaards Mindelegat uddeles i år til to frivillige.",
                   Category::kName).empty());
  // A letter to a namesake, a namesake with a diagnosis, common names
  // that famous people share (film characters and brands too: "Kjeld
  // Jensen", "Anton Berg" are citizens), more of a name after a famous one.
  for (const char* t : {"Kære Mette Frederiksen, tak for din ansøgning.",
                        "Kjeld Jensen ringede i dag. Han er faldet to gange.",
                        "Skriv en handleplan for Anton Berg, der har ADHD.",
                        "Mette Frederiksen har fået konstateret diabetes.",
                        "Skriv en kort tak til Kim Larsen fra Ældrerådet for hans indlæg.",
                        "Hjemmeplejen besøger Arne Jacobsen dagligt; han har demens.",
                        "Martin Luther Jensen bor i Grenaa."}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kName).size(), 1u) << t;
  }
}

// A person's label and a colon make two capitalised words the lists do not
// know a name; not an organisation, a place or ordinary words.
TEST(Name, LabelledForeignNames) {
  const std::pair<const char*, const char*> cases[] = {
      {"New employee: Priya Raman, Digitalisering og IT", "Priya Raman"},
      {"Account manager: Pieter van Dijk, pieter@vandijkplay.nl", "Pieter van Dijk"},
      {"Chair: Hiroshi Tanaka, hiroshi.tanaka@djic.dk", "Hiroshi Tanaka"},
      {"Claimant: James O'Connor (external consultant)", "James O'Connor"}};
  for (const auto& [text, name] : cases) {
    const auto f = Find(DefaultEngine(), text, Category::kName);
    ASSERT_EQ(f.size(), 1u) << text;
    EXPECT_EQ(Covered(text, f[0]), name);
  }
  for (const char* t : {"Contact: Customer Service", "Kontakt: Borgerservice Norddjurs",
                        "Modtager: Grenaa Fodbold Klub", "Kunde: Norddjurs Kommune", "Contact: IT Support Team",
                        "Status: Afventer Godkendelse", "Modtager: Arkitektfirmaet Lind",
                        "Kunde: Café Havblik", "Recipient: Fjordvind Energi GmbH"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
}

// Names made only of ordinary words are names, in a sentence, a signature,
// a greeting or a table row (reviews: a heading rule for "Week North South
// East West" hid them and was withdrawn).
TEST(Name, NamesOfOrdinaryWords) {
  for (const char* t : {"Per Skov Holm har diabetes og får insulin.",
                        "Notat: Bent Lund Toft er faldet i hjemmet.",
                        "I had a meeting with Kaj Frost Lund about his depression.",
                        "Jeg er faldet to gange.\nMed venlig hilsen\nPer Skov Holm",
                        "Kære Per Skov Holm\nDu har søgt om en rollator.",
                        "| Per Skov Holm | KOL | Hjemmehjælp |"}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kName).size(), 1u) << t;
  }
}

}  // namespace
}  // namespace privacy_guard::testing

namespace privacy_guard::testing {
namespace {

// A writer who introduces herself names herself, also with names the lists
// do not know; "I'm" only before a listed first name. "My" opening an
// English sentence is the possessive, not the Danish first name (dev14).
TEST(Name, SelfIntroductionsAndThePossessiveMy) {
  for (const char* t : {"Can someone check on him? I'm Sarah Aldridge, 60 14 73 92.",
                        "My name is Hannah Weiss and I moved here last year.",
                        "Hej, jeg hedder Sunniva Okonkwo og er ny i teamet."}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kName).size(), 1u) << t;
  }
  for (const char* t : {"I am Very Happy to help with the move.", "I'm Danish and live in Grenaa.",
                        "My Danish is not very good yet."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
  EXPECT_EQ(Find(DefaultEngine(), "My Larsen ringede i går om sin mor.", Category::kName).size(), 1u);
}

// Famous people whose names some citizens share are listed when prompts
// cite them far more often (the footballer's cardiac arrest, Olsen-banden);
// a person's label and a colon, or a verb of having, keeps a namesake a name.
TEST(Name, FamousNamesSharedByCitizens) {
  for (const char* t : {"Brug gerne Christian Eriksens hjertestop ved EM i 2021 som eksempel.",
                        "Ligesom Egon Olsens astmaspray i filmene."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
  for (const char* t : {"Borger: Christian Eriksen, Skovvej 2, 8500 Grenaa. Har KOL.",
                        "Christian Eriksen har diabetes og bor på Skovvej 2, 8500 Grenaa.",
                        "Louis Nielsen har brækket armen, ring til ham på 22 33 44 55.",
                        "Navn: Karen Blixen\nCPR: 010203-1234"}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kName).size(), 1u) << t;
  }
}

}  // namespace
}  // namespace privacy_guard::testing

namespace privacy_guard::testing {
namespace {

// dev15's name misses, each a form: an Irish surname with an apostrophe, a
// name before a street and its number without a comma, a run of
// capitalised words before a CPR number in brackets.
TEST(Name, ApostropheSurnamesStreetsAfterANameAndCprInBrackets) {
  auto names = [](const std::string& text) {
    std::string all;
    for (const Finding& f : Find(DefaultEngine(), text, Category::kName)) all += Covered(text, f) + "|";
    return all;
  };
  EXPECT_EQ(names("I am writing about my brother, Peter O'Connell, who lives here."), "Peter O'Connell|");
  EXPECT_EQ(names("Frode Jakobsen Jernbanegade 6: blodsukker 18 kl. 11"), "Frode Jakobsen|");
  EXPECT_EQ(names("Hi, Aoife Byrne (0104167672) starts at your SFO on Monday."), "Aoife Byrne|");
  EXPECT_EQ(names("Met Priya Raman (140504-4176) today at the desk."), "Priya Raman|");
  // dev16: a comma and the number, a quote opening with a listed first name.
  EXPECT_EQ(names("Explain this: \"Frede Holmsgaard, 2208509392. St.p. TCI 2023.\""), "Frede Holmsgaard|");
  EXPECT_EQ(names("Norddjurs Kommune, 2208509392, sagen er lukket."), "");
  // A lower-case word after two capitalised parts is the sentence's, even
  // when a list holds it as a surname.
  EXPECT_EQ(names("Poul Berg skriver om det i morgen."), "Poul Berg|");
  EXPECT_EQ(names("Mette hansen ringede i går."), "Mette hansen|");
  // A firm before its owner (dev17); a person at her workplace stays.
  EXPECT_EQ(names("Fra: Rikkes Rengøring v/Rikke Hyldgaard, CVR 84162655"), "Rikke Hyldgaard|");
  EXPECT_EQ(names("Ansøger: Vads Entreprenør v/Claus Vad, tlf. 21 58 33 70."), "Claus Vad|");
  EXPECT_EQ(names("Anna Holm v/ hjemmeplejen ringede."), "Anna Holm|");
  // "kendte" as a verb (knew) is no fame word; care of a guardian is no
  // firm's owner (review).
  EXPECT_EQ(names("Hun kendte Kim Larsen godt, han har KOL."), "Kim Larsen|");
  EXPECT_EQ(names("Hun kendte folk som Anna Holm og Peter Berg fra skolen."), "Anna Holm|Peter Berg|");
  EXPECT_EQ(names("Brevet sendes til Anna Holm v/Karen Holm (værge)."), "Anna Holm|Karen Holm|");
  // A namesake of a brand stays a name when the sentence says what
  // happened to him.
  EXPECT_EQ(names("Min nabo Georg Jensen fik en blodprop i går."), "Georg Jensen|");
  // Past tense with a recent time, present tense, a relation word, a floor:
  // a citizen who shares a listed name.
  EXPECT_EQ(names("Georg Jensen fik en blodprop i sidste uge."), "Georg Jensen|");
  EXPECT_EQ(names("Helen Keller was admitted yesterday."), "Helen Keller|");
  EXPECT_EQ(names("Helen Keller har fået høreapparat."), "Helen Keller|");
  EXPECT_EQ(names("Min nabo Karen Blixen holdt fest."), "Karen Blixen|");
  EXPECT_EQ(names("Karen Blixen fra 2. sal har KOL."), "Karen Blixen|");
  // A person before a list word and a cited name is no part of the list.
  EXPECT_EQ(names("Ring til Anna Holm og spil Birthe Kjær songs."), "Anna Holm|");
  EXPECT_EQ(names("Anna Holm sang songs all day."), "Anna Holm|");
  EXPECT_EQ(names("Brevet \"Afgørelse\" (Anna Holm, 8500 Grenaa) er sendt."), "Anna Holm|");
  // M, K and F in brackets are a sex, not a party; a letter without
  // politics in the sentence is a code (a rota's shift); a name in brackets
  // after a quote with no work named is its speaker (review).
  EXPECT_EQ(names("Deltagere: Jens Holm (M), 34 år, og Anna Berg (K), 29 år."), "Jens Holm|Anna Berg|");
  EXPECT_EQ(names("Participants: Jane Smith (F), 34, and John Doe (M), 29."), "Jane Smith|John Doe|");
  EXPECT_EQ(names("Vagtplan uge 12: Anna Holm (A), Peter Lund (D), Mette Kjær (N)."),
            "Anna Holm|Peter Lund|Mette Kjær|");
  EXPECT_EQ(names("Beboeren sagde: »Jeg vil ikke have mere morfin« (Inga Schou)"), "Inga Schou|");
  // Past tense with a date, a weekday or a care word after the verb is a
  // citizen (review).
  EXPECT_EQ(names("Georg Jensen fik en blodprop for to uger siden."), "Georg Jensen|");
  EXPECT_EQ(names("Karen Blixen blev indlagt i fredags med lungebetændelse."), "Karen Blixen|");
  EXPECT_EQ(names("Helen Keller fik konstateret demens i marts."), "Helen Keller|");
  // A medicine and its dose after a name is no third name part (dev16's
  // lists: the name was lost to the medicine).
  EXPECT_EQ(names("PN-liste:\nInga Schou Risperidon 0,5 mg PN\nHarald Tang Xyzapin 25 mg fast"),
            "Inga Schou|Harald Tang|");
  // Streets named after a person stay streets; an organisation before a
  // number in brackets is no name.
  for (const char* t : {"Vi mødes på Hans Tausens Gade 6 i morgen.", "Anne Hansens Vej 4 er lukket.",
                        "Sagen om Norddjurs Kommune (1234567890) er lukket."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kName).empty()) << t;
  }
}

}  // namespace
}  // namespace privacy_guard::testing
