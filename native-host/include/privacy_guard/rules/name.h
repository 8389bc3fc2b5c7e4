// name: the rule definition of the name detector
// (src/detectors/name_detector.cc), read by the detector and by the Purview
// exporter. Ranks are line numbers in the first-name lists (frequency order;
// 1 = most frequent).
#ifndef PRIVACY_GUARD_RULES_NAME_H_
#define PRIVACY_GUARD_RULES_NAME_H_

#include <cstdint>
#include <string>
#include <vector>

namespace privacy_guard::rules::name {

struct Definition {
  // A first name that is also an ordinary word is a strong first name only
  // when it ranks at or above this ("Til", "Skat" rank far lower).
  uint32_t word_first_max_rank = 400;
  // Lower-case typing ("lise holm"): a first name that is a word still
  // counts with a word-like listed surname when it ranks at or above this.
  uint32_t lower_word_first_max_rank = 150;
  // All-lower-case typing next to an English word (`english_words` within
  // three words either side): a first name counts only when it or the
  // surname ranks at or above this. Rarer pairs there are mostly English
  // words ("that vibe, with", "many things cost more than": the full lists
  // hold the first names "That" and "Many"); in Danish sentences they are
  // names ("semhar abdi for at høre om hendes diabetes"), and so are rare
  // first names with a common surname ("call nadiia hansen about her
  // cancer treatment").
  uint32_t lower_first_max_rank = 3000;
  // An unknown capitalised surname ("Piotr Nowak") needs a first name at or
  // above this rank, and at a sentence start one at or above the second.
  uint32_t unknown_surname_first_max_rank = 3000;
  uint32_t unknown_surname_sentence_start_max_rank = 1500;
  // A first name that is also a common word ("Hans", "Per") makes a name
  // with an unknown surname only when it ranks this high.
  uint32_t common_first_unknown_surname_max_rank = 200;
  // A rare first name used as a surname ("Per Strand"): ranked below this.
  uint32_t first_as_surname_min_rank = 300;
  // Words that make the next capitalised word a surname: "fru Jensen".
  const std::vector<std::string>* titles = nullptr;
  // Words that end a name and make it an institution or a street:
  // "Aarhus Universitet", "Hans Tausens Gade".
  const std::vector<std::string>* followers = nullptr;
  // A name in a public role or cited for a work is no one's personal data
  // in a prompt: a public role right before it ("statsminister Mette
  // Frederiksen"), a work and "af"/"fra"/"by" before it ("romaner af Tove
  // Ditlevsen"), or its genitive with a work within `work_reach` words after
  // ("Kitwoods model"); names listed right after such a name ("Tove
  // Ditlevsen, Helle Helle og Yahya Hassan") too. Such names are low.
  const std::vector<std::string>* public_roles = nullptr;
  const std::vector<std::string>* works = nullptr;
  // ("fra" is no link: "citat fra Mette Hansen" quotes a citizen in a note.)
  std::vector<std::string> work_links = {"af", "by", "of"};
  // "metoden, udviklet af ...": a verb of authorship between a work and the
  // link.
  std::vector<std::string> work_verbs = {"udviklet", "skrevet", "grundlagt", "beskrevet",
                                         "developed", "written", "founded", "described",
                                         "created", "designed"};
  std::vector<std::string> list_links = {"og", "and", "eller", "or"};
  // A work right after a name, without a genitive, cites the name for it:
  // English attributive nouns ("Kim Larsen songs", "Arne Jacobsen chairs")
  // and Danish compounds after a hyphen ("Kim Larsen-sange"). The names of a
  // list right before such a name are cited with it ("Kim Larsen, Gasolin'
  // and Birthe Kjær songs").
  std::vector<std::string> attributive_works = {
      "songs", "song", "lyrics", "albums", "album", "records", "hits", "tunes", "classics",
      "books", "novels", "poems", "paintings", "films", "movies", "designs", "chairs", "chair",
      "lamps", "lamp", "furniture", "quotes", "quotations"};
  std::vector<std::string> hyphen_works = {
      "sange", "sangene", "sang", "sangen", "tekster", "album", "plader", "hits", "klassikere",
      "bøger", "bog", "bogen", "digte", "malerier", "film", "filmen", "stole", "stol", "stolen",
      "lampe", "lamper", "møbler", "citater", "citat", "citatet"};
  // "fx af Karen Blixen": a work link after one of these cites its name
  // when one of `example_works` (published works, not quotes or methods)
  // stands within `example_reach` tokens before, in the same sentence
  // ("Foreslå fem romaner ..., fx af ...").
  std::vector<std::string> example_words = {"fx", "eksempelvis", "eks", "såsom"};
  std::vector<std::string> example_works = {
      "roman", "romaner", "romanen", "bog", "bøger", "bogen", "novelle", "noveller",
      "novellesamlinger", "digt", "digte", "digtsamlinger", "digtsamling", "eventyr",
      "forfattere", "forfatterskaber", "sange", "salmer", "malerier", "film", "værker",
      "komponister", "books", "novels", "poems", "authors", "writers", "songs", "novel", "book",
      "movie", "series", "serie", "serien"};
  size_t example_reach = 16;
  // A person's label before a colon: "Chair: Hiroshi Tanaka" is a name even
  // when the lists know neither word (see NameDetector::LabelledNames).
  std::vector<std::string> person_labels = {
      "navn", "name", "medarbejder", "employee", "ansøger", "applicant", "claimant", "kortholder",
      "holder", "cardholder", "lærer", "teacher", "formand", "chair", "chairman", "kontaktperson",
      "kontakt", "contact", "manager", "konsulent", "consultant", "borger", "citizen", "patient",
      "elev", "pupil", "student", "modtager", "recipient", "payee", "beneficiary", "låner",
      "borrower", "lejer", "tenant", "attn", "sagsbehandler", "caseworker", "ejer", "owner",
      "direktør", "director", "chauffør", "driver", "kunde", "customer", "afsender", "sender",
      "leverandørkontakt", "underskriver", "signatory", "deltager", "participant", "vikar",
      "substitute", "mor", "far", "mother", "father", "værge", "guardian", "pårørende"};
  // A relation or a role right before a name, without a colon: "her
  // daughter Ananya Reddy", "rådgiver Line Mejlby" (two to four
  // capitalised words the lists need not know).
  std::vector<std::string> relation_words = {
      "datter", "datteren", "søn", "sønnen", "mor", "moren", "far", "faren", "mand", "manden",
      "kone", "konen", "hustru", "ægtefælle", "samlever", "bror", "broren", "søster", "søsteren",
      "barnebarn", "nabo", "naboen", "daughter", "son", "mother", "father", "husband", "wife",
      "partner", "brother", "sister", "grandson", "granddaughter", "neighbour", "neighbor",
      "rådgiver", "sagsbehandler", "bisidder", "kontaktperson", "virksomhedskonsulent",
      "jobkonsulent", "caseworker", "colleague", "kollega", "kollegaen"};
  // A listed public figure with a past-tense verb of having or being right
  // after the name ("Helen Keller var døvblind", "Louis Braille blev
  // blind") is cited from history, unless one of `recent_words` (or "i"
  // and one of `recent_after_i`, "sidste"/"last"/"this" and one of
  // `recent_periods`) follows in the same sentence: "Georg Jensen fik en
  // blodprop i går" is a citizen who shares the name.
  std::vector<std::string> past_verbs = {"havde", "fik", "var", "blev", "had", "got", "was"};
  // Words of the care system after the verb tell a citizen too ("blev
  // indlagt", "fik konstateret", "fik bevilget"), and so does "siden" ("for
  // to uger siden"), a weekday or a month after "i" ("i fredags", "i marts").
  std::vector<std::string> recent_words = {"forleden", "igår", "idag", "yesterday", "today",
                                           "tonight", "nylig", "nyligt", "recently", "siden", "ago",
                                           "indlagt", "konstateret", "diagnosticeret", "opereret",
                                           "bevilget", "visiteret", "udskrevet", "admitted",
                                           "diagnosed", "discharged"};
  std::vector<std::string> recent_after_i = {
      "går", "dag", "morges", "nat", "aftes", "weekenden", "formiddags", "eftermiddags", "sidste",
      "mandags", "tirsdags", "onsdags", "torsdags", "fredags", "lørdags", "søndags", "januar",
      "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
      "november", "december"};
  std::vector<std::string> recent_periods = {"uge", "weekend", "måned", "week", "weekend", "month",
                                             "night", "morning", "evening"};
  // A party letter in brackets right after a name marks a politician when
  // the sentence speaks of politics (one of `political_words`): "under
  // borgmester Jan Petersen (S)", "byrådet ... Kasper Bjerregaard (V)". Not
  // M, K and F, which lists of people use for sex ("Jens Holm (M), 34 år"),
  // and not in a rota ("Anna Holm (A)", a shift code).
  std::string party_letters = "ABCDIOSVÆØÅ";
  std::vector<std::string> political_words = {
      "borgmester", "borgmesteren", "viceborgmester", "byråd", "byrådet", "byrådets",
      "byrådsmedlem", "udvalg", "udvalget", "udvalgsformand", "rådmand", "politiker",
      "politikere", "parti", "partiet", "partier", "folketinget", "folketingsmedlem", "minister",
      "valg", "valget", "stemmer", "stemmerne", "regionsrådet", "mayor", "council", "councillor",
      "party", "parliament", "elected", "election"};
  // A name alone in brackets right after a quoted title is a film's actor or
  // a book's author when a work (`works`, `attributive_works`) is named
  // earlier in the sentence ("'The Father' (Anthony Hopkins)" after "the
  // film"); not a quote's speaker ("»Jeg vil ikke have mere morfin« (Inga
  // Schou)").
  // A firm, not a person, after a label: any of these words in or right
  // after the name, or a word ending so ("Arkitektfirmaet Lind").
  // Examples of famous people: one of these right before "som"/"like"/
  // "such as" (or one word between) makes the next name a public figure's
  // ("kendte eksempler som Kim Larsen", "famous people like ..."). Not
  // "kendte" alone: "Hun kendte folk som Anna Holm" (knew).
  std::vector<std::string> fame_phrases = {
      "kendte eksempler", "kendte personer", "kendte danskere", "kendte mennesker", "kendisser",
      "berømte personer", "berømte danskere", "berømtheder", "famous people", "famous examples",
      "famous names", "celebrities", "well-known people", "public figures", "offentlige personer"};
  std::vector<std::string> firm_words = {
      "aps", "a/s", "as", "gmbh", "ltd", "limited", "inc", "llc", "ab", "bv", "sa", "i/s", "ivs",
      "k/s", "plc", "oy", "café", "cafe", "restaurant", "hotel", "kro", "energi", "energy",
      "consult", "consulting", "group", "holding", "solutions", "systems", "byg", "vvs",
      "transport", "maskinstation", "tømrer", "maler", "murer", "auto", "bilcenter"};
  std::vector<std::string> firm_endings = {"firma", "firmaet", "forretning", "forretningen",
                                           "centret", "centeret", "huset"};
  // Lower-case words inside a foreign name: "Pieter van Dijk", "Sanne de Vries".
  std::vector<std::string> name_particles = {"van", "de", "der", "den", "von", "da", "di", "du",
                                             "le", "la", "bin", "ibn", "al", "el"};
  // Month abbreviations: never the second part of a hyphenated name
  // ("Jan-Oct", "jan-mar").
  std::vector<std::string> month_abbreviations = {"jan", "feb", "mar", "apr", "maj", "may", "jun",
                                                  "jul", "aug", "sep", "sept", "okt", "oct",
                                                  "nov", "dec"};
  // English words that are also names in the full lists: never part of a
  // name typed in lower case, nor a lower-case surname after a capital first
  // name ("Louise from", "when you come back").
  std::vector<std::string> function_words = {
      "the", "from", "an", "of", "and", "in", "on", "to", "by", "for", "with", "or", "is", "it",
      "as", "just", "will", "can", "may", "has", "had", "was", "were", "are", "also", "only",
      "never", "always", "says", "said", "told", "asked", "called", "wants", "needs", "you",
      "come", "comes", "came", "back", "boy", "girl", "man", "post", "we", "he", "she", "they",
      "his", "her", "him", "who", "how", "what", "when", "then", "than", "but", "not", "all",
      "any", "one", "see", "go", "get", "got", "make", "made", "take", "took", "give", "gave",
      "say", "work", "home", "off", "up", "out", "over", "after", "before", "new", "old", "good",
      "that", "this", "many", "much", "more", "too", "because", "about", "than", "using",
      // Danish function words: "Far oplever Liva som glad derhjemme" (dev18,
      // the full lists hold "Som" and "Glad" as surnames).
      // (Not "der", "den", "da", "de": name particles, "van der Berg".)
      "som", "og", "at", "til", "med", "på", "af", "det", "har", "er", "ikke",
      "men", "når", "hvis", "også", "meget", "godt", "lidt", "igen", "nu", "her"};
  // English words that are no Danish words (not "for", "to", "her", "man",
  // "over", "post", "by", "is", "and", "it", "had", "told", "gave", "more",
  // "but", "not", "ask", "see", "after"): tell an English context.
  std::vector<std::string> english_words = {
      "the", "from", "an", "of", "in", "on", "with", "as", "will", "has",
      "was", "were", "are", "also", "only", "never", "always", "says", "said", "asked",
      "called", "wants", "needs", "you", "come", "comes", "came", "back", "we", "he", "she",
      "they", "his", "him", "who", "how", "what", "when", "then", "than", "any",
      "one", "get", "got", "take", "took", "say", "work", "home", "off", "up",
      "out", "before", "new", "old", "good", "that", "this", "many", "much",
      "too", "because", "about", "using", "call", "tell", "write", "please"};
  // Danish royal titles that the full lists hold as first names (the
  // Danish part of vocabulary::PublicRoles' royals, without "king" or
  // "prince", which are first names abroad): first in a capitalised run
  // and before a first name they are a public role ("Kong Hans Gade",
  // "Prins Henrik").
  std::vector<std::string> royal_titles = {"kong", "dronning", "prins", "prinsesse", "kronprins",
                                           "kronprinsesse"};
  // Compass points: a run of capitalised words made of nothing else is a
  // heading or a region, not a person ("Week North South East West",
  // "the North West team", "Region Nord"), though each is a name in the
  // full lists. One with another name word stays: "John West", "Anna Nord".
  std::vector<std::string> directions = {
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
      "nord", "syd", "øst", "vest", "nordøst", "nordvest", "sydøst", "sydvest"};
  size_t work_reach = 5;
  // Patronymic surnames end like this ("Bødkersen").
  std::string patronymic_ending = "sen";
};

const Definition& Rules();

}  // namespace privacy_guard::rules::name

#endif  // PRIVACY_GUARD_RULES_NAME_H_
