// health: the rule definition of the health detector as data (the closed
// word classes of its phrase rules); the detector is health_detector.cc,
// the definition's contract privacy_guard/rules/health.h.
#include "privacy_guard/rules/health.h"

namespace privacy_guard {

namespace rules::health {

const Definition& Rules() {
  static const Definition d = [] {
    Definition r;
    r.suffixes = {"erne", "ernes", "ene", "ens", "ets", "en", "et", "er", "es", "e", "s", "r", "n", "t"};
    r.person_suffixes = {"iker", "ikeren", "ikere", "ikerne", "ramt", "ramte", "patient",
                         "patienten", "patienter", "syg", "syge"};
    r.min_head_bytes = 5;
    r.min_modifier_bytes = 5;
    r.health_heads = {"behandling", "behandlingen", "medicin", "medicinen", "problemer",
                      "problem", "problemerne", "sygdom", "sygdommen", "lidelse", "lidelsen",
                      "anfald", "anfaldet", "operation", "operationen", "smerter", "smerterne",
                      "gener", "forstyrrelse", "betændelse", "infektion", "brud", "bruddet",
                      "lammelse", "skade", "skaden", "diagnose", "diagnosen", "symptomer",
                      "misbrug", "misbruget", "afhængighed", "tilfælde", "kur", "kuren",
                      "forløb", "forløbet", "udredning", "genoptræning", "indlæggelse",
                      "mistanke", "svigt", "tumor", "knude", "knuden", "ramt", "patient",
                      "injektion", "injektioner", "indsprøjtning", "pleje", "terapi", "kur",
                      "udtrækning", "fjernelse", "brok", "blødning", "smerte", "stivhed",
                      "nedsættelse", "svækkelse", "lammelse", "sår", "hævelse", "gener",
                      "forbrug", "forbruget", "afhængighed", "punktur", "scanning", "biopsi",
                      // dev18: a worsening, an effect or an irritation of a
                      // body part or a condition ("smerteforværring",
                      // "hudirritation"); a vaccine against a disease
                      // ("stivkrampevaccine"); an accident of a fall. (Not "kontrol":
                      // "adgangskontrol".)
                      "forværring", "forværringen", "irritation", "irritationen", "påvirkning",
                      "påvirkningen", "vaccine", "vaccinen", "vaccination", "vaccinationen",
                      "ulykke", "ulykken"};
    // rules/tools/false_heads.py, reviewed: job titles, catches, deposits,
    // and words that merely end like a term.
    r.false_heads = {"assistent", "assistenten", "assistentens", "assistenter", "assistenterne",
                     "assistenternes", "assistenters", "assistents", "spiller", "spillere", "spilleren",
                     "spillerens", "spilleres", "spillerne", "spillernes", "spillers", "fangst", "fangsten",
                     "fangstens", "fangster", "fangsterne", "fangsternes", "fangsters", "fangsts", "strygning",
                     "skaft", "skafte", "skafter", "skafterne", "skafternes", "skafters", "skaftes", "skaftet",
                     "skaftets", "skafts", "stramning", "stramningen", "stramningens", "stramninger",
                     "stramningerne", "stramningernes", "stramningers", "stramnings", "kramning", "kramningen",
                     "kramningens", "kramninger", "kramningerne", "kramningernes", "kramningers", "kramnings",
                     "konsistent", "konsistente", "kristent", "tandem", "tandemen", "tandemens", "tandemer",
                     "tandemerne", "tandemernes", "tandemers", "tandems", "beskinne", "beskinner", "beskinnes",
                     "beskinnet", "rektangulær", "rektangulære", "rektangulært", "triangulær", "bijouteri",
                     "bijouterier", "bijouterierne", "bijouteriernes", "bijouteriers", "bijouteriet",
                     "bijouteriets", "bijouteris", "charcuteri", "charcuterier", "charcuterierne",
                     "charcuteriernes", "charcuteriers", "charcuteriet", "charcuteriets", "charcuteris",
                     "rafter", "rafterne", "rafternes", "rafters", "afstamning", "afstamningen", "afstamningens",
                     "afstamninger", "afstamningerne", "afstamningernes", "afstamningers", "afstamnings",
                     "nedstamning", "bekræft", "bekræfte", "bekræftede", "bekræftende", "bekræfter", "bekræftes",
                     "bekræftet", "belejring", "belejringen", "belejringens", "belejringer", "belejringerne",
                     "belejringernes", "belejringers", "belejrings", "kaskade", "kaskaden", "kaskadens",
                     "kaskader", "kaskaderne", "kaskadernes", "kaskaders", "kaskades", "parakit", "dørtærskel",
                     "dørtærskelen", "dørtærskelens", "dørtærskels", "bombardement", "bombardementer",
                     "bombardementerne", "bombardementernes", "bombardementers", "bombardementet",
                     "bombardementets", "bombardements", "opflamning", "indramning", "indramningen",
                     "indramningens", "indramninger", "indramningerne", "indramningernes", "indramningers",
                     "indramnings", "omramning", "nedramning", "brygning", "brygningen", "trenchcoat",
                     "trenchcoaten", "trenchcoatens", "trenchcoater", "trenchcoaterne", "trenchcoaternes",
                     "trenchcoaters", "trenchcoats", "cottoncoat", "cottoncoaten", "cottoncoatens",
                     "cottoncoater", "cottoncoaterne", "cottoncoaternes", "cottoncoaters", "cottoncoats",
                     "duffelcoat", "duffelcoaten", "duffelcoatens", "duffelcoater", "duffelcoaterne",
                     "duffelcoaternes", "duffelcoaters", "duffelcoats", "offwhite", "xenofobisk", "xenofobiske",
                     "specialprævention", "specialpræventionen", "specialpræventionens", "specialpræventioner",
                     "specialpræventionerne", "specialpræventionernes", "specialpræventioners",
                     "specialpræventions", "klimatfeber", "maskinskade", "maskinskaden", "maskinskadens",
                     "maskinskader", "maskinskaderne", "maskinskadernes", "maskinskaders", "maskinskades",
                     "forsterskade", "forsterskaden", "forsterskadens", "forsterskader", "forsterskaderne",
                     "forsterskadernes", "forsterskaders", "forsterskades", "specialskade", "trilateral",
                     "unilateral", "unilaterale", "unilateralen", "unilateralens", "unilateraler",
                     "unilateralerne", "unilateralernes", "unilateralers", "unilaterales", "unilaterals",
                     "bilateral", "bilaterale", "bilaterales", "bilateralt", "multilateral", "multilaterale",
                     "multilaterales", "liberal", "liberale", "liberales", "liberalt", "moral", "morale",
                     "moralen", "moralens", "moraler", "moralerne", "moralernes", "moralers", "morales",
                     "morals", "neutral", "neutrale", "neutrales", "neutralt", "pastoral", "pastorale",
                     "pastoralen", "pastoralens", "pastoraler", "pastoralerne", "pastoralernes", "pastoralers",
                     "pastorales", "dodekafoni"};
    r.other_heads = {"forening", "foreningen", "foreningens", "koordinator", "koordinatoren",
                     "sygeplejerske", "plejerske", "team", "teamet", "center", "centret",
                     "centeret", "kursus", "kurset", "kampagne", "kampagnen", "politik",
                     "politikken", "strategi", "strategien", "indsats", "indsatsen", "tilbud",
                     "tilbuddet", "uddannelse", "uddannelsen", "konsulent", "rådgiver", "skab",
                     "skabet", "område", "området", "plan", "planen", "pjece", "folder",
                     "temadag", "forskning", "forskningen", "fond", "fonden", "dag", "dagen",
                     "uge", "ugen", "måned", "klinik", "klinikken", "ambulatorium",
                     "ambulatoriet", "afdeling", "afdelingen", "personale", "personalet",
                     "medarbejder", "medarbejdere", "leder", "lederen", "vejleder",
                     "sygeplejersker", "bekæmpelse", "bekæmpelsen", "hus", "huset",
                     "netværk", "netværket", "gruppe", "gruppen", "rådet", "råd", "kontor",
                     "vogn", "vognen", "bil", "dato", "datoen", "år", "året", "attest",
                     "attesten", "forsikring", "forsikringen", "skole", "skolen", "hold",
                     "holdet", "ordning", "ordningen", "løber", "løbere", "app", "side",
                     "siden", "tema", "temaet", "statistik", "tal", "rapport", "rapporten",
                     "bekæmpelse", "centre", "center", "clinic", "association", "foundation",
                     "society", "department", "unit", "service", "services", "charity",
                     "network", "team", "institut", "instituttet", "institutet", "aps",
                     "ltd", "gmbh"};
    r.service_places_en = {"centre", "centres", "center", "centers", "clinic", "clinics", "team",
                           "teams", "unit", "units", "service", "services", "department",
                           "course", "courses", "programme", "programmes", "program", "programs",
                           "network", "pathway", "pathways", "workshop", "workshops", "sessions",
                           "training", "outreach"};
    r.service_place_preps_en = {"for", "of", "about", "regarding"};
    r.service_determiners_en = {"the", "a", "an", "our", "new", "its", "this", "that", "their",
                                "existing", "local", "municipal", "whole"};
    r.service_plans_en = {"coordinator", "coordinators", "procedure", "procedures", "policy",
                          "policies", "strategy", "budget", "budgets", "campaign", "campaigns",
                          "cooperation", "collaboration", "integration", "module", "friends",
                          "association", "foundation", "charity", "society", "awareness",
                          "week", "nurse", "nurses", "specialist", "specialists", "consultant",
                          "consultants", "guidelines", "project", "projects", "figures",
                          "statistics", "rates", "rate", "leaflet", "leaflets", "helpline",
                          "hotline", "staff", "worker", "workers", "request", "requests",
                          "applications", "rules"};
    r.share_links = {"by", "to"};
    r.share_units = {"percent", "procent", "pct", "per"};
    // Whole idioms only: "faldt for en uge siden", "faldt under badet",
    // "fell for the second time", "fell through the ice" are falls (review).
    r.fall_idioms = {"til ro", "i snak", "i søvn", "på plads", "i unåde", "for fristelsen",
                     "tilbage i", "for en", "for et", "over en", "over et", "bagud", "igennem",
                     "fra uddannelsen",
                     "for et tilbud", "for tilbuddet", "i god jord", "i øjnene", "i tråd med",
                     "i staver", "mig ind", "ham ind", "hende ind", "behind", "apart", "silent",
                     "asleep", "in love", "into place", "out with", "for it", "victim", "foul of",
                     "on deaf ears", "off the radar", "into the trap", "back on", "short of"};
    r.struggle_words = {"svært", "hårdt"};
    // Things a colleague struggles with: tools, tasks and school subjects
    // (a life event, a diagnosis or a loss stays a mood: "har det svært
    // med skilsmissen"). A capitalised word (a product: "Excel") counts too.
    r.struggle_things = {"systemet", "programmet", "opgaven", "opgaverne", "regnearket",
                         "computeren", "it", "it-systemet", "reglerne", "skemaet", "planen",
                         "matematik", "matematikken", "dansk", "engelsk", "lektierne", "nye",
                         "den", "det", "de"};
    r.hyphen_heads = {"sæson", "sæsonen", "sæsoner", "sæsonerne", "epidemi", "epidemien",
                      "tal", "tallene", "statistik", "statistikken", "rapport", "rapporten",
                      "kampagne", "kampagnen", "forening", "foreningen", "forskning",
                      "forskningen", "fond", "fonden"};
    r.service_actions_en = {"visit", "visits", "visited", "visiting", "informed", "involved",
                            "contacted", "called", "follows", "followed", "assess", "assesses",
                            "assessed", "sees", "saw", "comes", "came", "attends", "attended"};
    r.self_heads = {"anfald", "anfaldet", "anfaldene", "sygdom", "sygdommen", "sygdomme",
                    "lidelse", "lidelsen", "lidelser", "betændelse", "betændelsen",
                    "infektion", "infektionen", "forgiftning", "syndrom", "syndromet",
                    "gigt", "gigten", "kræft", "kræften", "sklerose", "svind", "svindet",
                    "sår", "såret", "afhængighed", "misbrug",
                    "forstyrrelse", "forstyrrelser", "angst", "depression", "demens"};
    r.care_modifiers = {"kemo", "stråle", "alkohol", "hash", "stof", "spil", "misbrug",
                        "misbrugs", "smerte", "psykiatri", "psykiatrisk", "fysio", "ergo", "tale",
                        "syns", "høre", "medicin", "dialyse", "insulin", "ilt", "kateter",
                        "stomi", "sår", "tryksår", "tryksårs", "inkontinens", "demens", "bade",
                        "bad", "toilet", "pleje", "gribe", "gang", "albue", "støtte",
                        "forflytnings", "hæl", "blinde", "handicap", "sænke", "hæve", "bruse",
                        "senge", "seng", "rulle", "kompressions", "parkerings", "høre", "antibiotika",
                        "biologisk", "substitutions", "genoptrænings", "rehabiliterings",
                        "trykaflastende", "hælaflastende", "kørestols", "rollator", "nød",
                        "fald", "sonde", "ernærings", "vægttabs", "hjerte", "lunge", "nyre",
                        "lever", "kræft", "diabetes", "hofte", "knæ", "ryg", "skulder",
                        "livmoder", "øjen", "øre", "tand", "hjerne", "prostata", "bryst",
                        "brandsår", "lyske", "galde", "blære", "tarm"};
    r.aid_heads = {"stol", "stole", "stolen", "stok", "stokke", "stokken", "seng", "sengen",
                   "senge", "madras", "madrassen", "pude", "puden", "bænk", "bænken", "forhøjer",
                   "forhøjeren", "tang", "tangen", "pose", "poser", "posen", "strømper",
                   "strømperne", "plade", "pladen", "pen", "pennen", "maskine", "maskinen",
                   "apparat", "apparatet", "apparater", "vogn", "vognen", "stativ", "stativet",
                   "krykke", "krykker", "krykkerne", "rampe", "rampen", "lift", "liften",
                   "sele", "ortose", "ortosen", "protese", "protesen", "skinne", "skinnen",
                   "alarm", "alarmen", "tracker", "taburet", "taburetten", "hest", "håndtag",
                   "greb", "løfter", "bleer", "hjelm", "hjælpemiddel", "hjælpemidler",
                   "parkeringskort"};
    r.aid_verbs.da = {"bevilget", "bevilliget", "bevilge", "bevilling", "fået bevilget",
                      "ansøgt om", "søgt om", "søger om", "bruger", "går med", "har fået",
                      "udleveret", "udlånt", "lånt", "skal have", "har brug for", "brug for",
                      "anvender", "afhængig af"};
    r.aid_verbs.en = {"granted", "uses", "using", "walks with", "needs", "has been given",
                      "was given", "issued", "provided with", "relies on"};
    r.body_parts.da = {
        "hoved", "hovedet", "hals", "halsen", "nakke", "nakken", "skulder", "skulderen",
        "skuldre", "skuldrene", "arm", "armen", "arme", "armene", "albue", "albuen", "håndled",
        "håndleddet", "hånd", "hånden", "hænder", "hænderne", "finger", "fingeren", "fingre",
        "fingrene", "tommelfinger", "ryg", "ryggen", "lænd", "lænden", "brystkasse",
        "brystkassen", "bryst", "brystet", "ribben", "ribbenet", "mave", "maven", "bækken",
        "bækkenet", "hofte", "hoften", "hofter", "lår", "låret", "lårben", "lårbenet",
        "lårbenshals", "lårbenshalsen", "knæ", "knæet", "knæene", "ben", "benet", "benene",
        "skinneben", "skinnebenet", "læg", "læggen", "ankel", "anklen", "fod", "foden",
        "fødder", "fødderne", "tå", "tåen", "tæer", "hæl", "hælen", "kraveben", "kravebenet",
        "kæbe", "kæben", "næse", "næsen", "øje", "øjet", "øjne", "øjnene", "øre", "øret",
        "kindtand", "kindtænder", "fortand", "fortænder",
        "ører", "hjerne", "hjernen", "hjerte", "hjertet", "lunge", "lungen", "lunger",
        "lungerne", "lever", "leveren", "nyre", "nyren", "nyrer", "tarm", "tarmen", "blære",
        "blæren", "hud", "huden", "ansigt", "ansigtet", "side", "siden", "kropsside",
        "halvdel", "rygsøjle", "rygsøjlen", "ryghvirvel", "nakkehvirvel", "menisk", "menisken",
        "korsbånd", "korsbåndet", "achillessene", "sene", "senen", "led", "leddet", "ledene",
        "livmoder", "livmoderen", "prostata", "blindtarm", "blindtarmen", "galdeblære",
        "galdeblæren", "mandler", "mandlerne", "tand", "tanden", "tænder", "tænderne",
        "visdomstand", "underben", "underbenet", "underarm", "underarmen", "overarm",
        "storetå", "storetåen", "ryghvirvler", "lyske", "lysken", "bryster", "brysterne",
        "skjoldbruskkirtel", "stofskifte", "hørelse", "hørelsen", "syn", "synet", "følesans",
        "hukommelse", "hukommelsen", "balance", "balancen", "ankler", "anklerne", "balder", "balderne",
        "hæle", "hælene", "læber", "læberne", "tunge", "tungen", "tandkød", "tandkødet",
        // Bones and parts by their anatomical names (dev17: "brud på
        // hælbenet", "brud på næsebenet").
        "hælben", "hælbenet", "næseben", "næsebenet", "kindben", "kindbenet", "overarmsknogle",
        "overarmsknoglen", "bækkenben", "halebenet", "haleben", "skulderblad", "skulderbladet",
        "kraniet", "kranie", "øjenbryn", "øjenbrynet", "håndryg", "håndryggen", "mellemhånd",
        "mellemhånden", "mellemfod", "mellemfoden", "fodled", "fodleddet", "knæskal", "knæskallen",
        "albuespids", "underkæbe", "underkæben", "overkæbe", "overkæben", "lillefinger",
        "lillefingeren", "pegefinger", "pegefingeren", "tommelfingeren"};
    r.body_parts.en = {"head", "neck", "shoulder", "shoulders", "arm", "arms", "elbow", "wrist",
                       "hand", "hands", "finger", "fingers", "thumb", "back", "spine", "chest",
                       "rib", "ribs", "stomach", "abdomen", "pelvis", "hip", "hips", "thigh",
                       "femur", "knee", "knees", "leg", "legs", "shin", "calf", "ankle",
                       "ankles", "foot", "feet", "toe", "toes", "heel", "collarbone", "jaw",
                       "nose", "eye", "eyes", "ear", "ears", "brain", "heart", "lung", "lungs",
                       "liver", "kidney", "kidneys", "nerve", "nerves", "bowel", "bladder", "skin", "face", "side",
                       "body", "meniscus", "ligament", "tendon", "joint", "joints", "toe",
                       "big toe", "uterus", "prostate", "appendix", "tooth", "teeth", "cuff",
                       "rotator cuff", "spinal cord", "hearing", "eyesight", "memory", "heels",
                       "lips", "tongue", "gums", "buttocks", "wrists", "elbows", "shins", "pancreas",
                       "thyroid", "colon", "womb", "ovaries", "hip joint"};
    r.sides.da = {"venstre", "højre", "begge", "den", "det", "de", "sin", "sit", "sine", "hans",
                  "hendes", "en", "et", "nedre", "øvre"};
    r.sides.en = {"left", "right", "both", "his", "her", "their", "the", "a", "lower", "upper"};
    r.injury_endings = {"et", "en", "ene", "erne"};
    r.injury_links = {"på", "i", "af", "til", "ved", "sig", "hele", "of", "in", "to", "on", "at", "her",
                      "his", "my", "their", "your", "both", "hans", "hendes", "sin", "sit", "sine",
                      "begge", "tre", "two", "three"};
    r.injuries.da = {"betændt", "betændte", "slag", "mærker", "bule", "flænge", "snitsår", "brandsår", "forbrænding",
                     "forbrændt", "huller",
                     "brud", "brækket", "brækkede", "brækker", "fraktur", "forstuvet",
                     "forstuvede", "forstuvning", "vrid", "vredet", "forvredet", "skadet",
                     "skadede", "skade", "smerter", "smerte", "ondt", "hævet", "hævelse",
                     "betændelse", "lammet", "lammelse", "lam", "amputeret", "opereret",
                     "operation", "operationen", "operere", "sår", "slået", "slog", "revnet",
                     "revne", "knust", "gigt", "kræft", "svulst", "blødning", "stivhed",
                     "nedsat", "følelsesløs", "følelsesløshed", "stiv", "låst", "udskiftet",
                     "kunstigt", "kunstig", "skar", "skåret", "skåret i", "væske",
                     "frossen", "frosne", "overrevet", "revet", "iturevet", "sprængt",
                     "trukket", "udtrukket", "fjernet", "beskadiget", "forbrændt", "forbrænding"};
    r.injuries.en = {"shrapnel", "bruise", "bruises", "bruising", "cut", "burn", "burns", "twisted", "hurt",
                     "crushed", "hit", "bumped", "banged", "scratched", "scalded", "grazed", "dislocated",
                     "broken", "broke", "fracture", "fractured", "sprained", "sprain",
                     "injured", "injury", "pain", "painful", "swollen", "swelling", "paralysed",
                     "paralyzed", "paralysis", "amputated", "surgery", "operation", "operated",
                     "wound", "bruised", "cancer", "tumour", "tumor", "bleeding", "numbness",
                     "numb", "replacement", "replaced", "dislocated", "torn"};
    r.admissions.da = {"indlagt", "indlæggelse", "indlæggelsen", "indlagte", "tvangsindlagt",
                       "tvangsindlæggelse", "genindlagt", "genindlæggelse", "udskrevet",
                       "udskrivelse", "udskrivning", "overflyttet", "akut indlagt",
                       "kom på skadestuen", "på skadestuen", "på hospice",
                       "på intensiv"};
    r.admissions.en = {"admitted", "admission", "hospitalised", "hospitalized", "discharged",
                       "readmitted", "sectioned", "in hospital", "in the hospital",
                       "in intensive care", "in a&e", "at the emergency department"};
    r.treatments.da = {"behandles", "behandlet", "henvist", "henvisning", "går til", "går hos", "gået til", "gik til", "gået hos", "gik hos",
                       "ventetid", "udredes", "udredt", "undersøgt", "fulgt af", "tilknyttet",
                       "samtaler hos", "samtaleforløb", "ambulant", "kontrol", "behandlingen",
                       "undervisning hos", "træning hos", "behandling hos", "behandling på",
                       "opereret på", "skal opereres", "punktur hos", "venteliste", "forløb hos",
                       "i forløb hos", "tid hos", "venter på", "samtaler med", "samtale hos",
                       "til samtale hos", "set af", "tilset af",
                       // Contact with a doctor or a service: "været hos egen
                       // læge", "ringet til vagtlæge", "ses af psykiatrien".
                       "været hos", "var hos", "ses af", "ses hos", "ringet til", "ringede til",
                       "ringer til", "kontaktet", "kontaktede", "henvist til", "til kontrol hos",
                       "kontrol hos", "besøg hos", "tid til", "var til", "været til", "skal til",
                       // Starting or getting help there (dev18: "er startet hos
                       // psykolog", "hjælp fra psykolog").
                       "startet hos", "begyndt hos", "starter hos", "hjælp fra", "hjælp hos",
                       "støtte fra"};
    r.treatments.en = {"treated", "being treated", "referred", "referral", "sees a", "seeing a",
                       "assessed", "diagnosed", "undergoing", "treatment at", "treatment for",
                       "rehab after", "waiting list for", "on the waiting list for", "seen by",
                       "appointment with", "wants a", "wants", "waiting for", "goes to",
                       "going to", "talks to", "sessions with",
                       // "has been to the GP", "called the emergency doctor".
                       "been to", "went to", "been seen by", "called the", "phoned the",
                       "rang the", "contacted the", "referred to", "seen at", "follow-up at",
                       "follow-up in", "follow-up with", "check by", "check-up with", "visit to",
                       // dev18: "talk to a psychologist", "help from a psychologist".
                       "talk to a", "help from a", "support from a", "started with a"};
    r.specialists.da = {"psykiater", "psykiateren", "psykolog", "psykologen", "fysioterapeut",
                        "fysioterapeuten", "ergoterapeut", "ergoterapeuten", "kiropraktor",
                        "neurolog", "neurologen", "kardiolog", "onkolog", "onkologen",
                        "reumatolog", "gynækolog", "urolog", "øjenlæge", "øjenlægen",
                        "ørelæge", "hudlæge", "speciallæge", "speciallægen", "diætist",
                        "misbrugsbehandler", "sexolog", "jordemoder", "jordemoderen",
                        "sygeplejerske", "hjemmesygeplejerske", "distriktspsykiatrien", "bup",
                        "børne- og ungdomspsykiatrien", "børnepsykiatrien", "tandlæge", "tandlægen",
                        "fodterapeut", "fodterapeuten", "talepædagog", "talepædagogen",
                        "skolepsykolog", "skolepsykologen", "ørelæge", "ørelægen", "fys",
                        "psykiatrien", "børnepsykiatrien", "smerteklinikken", "hospitalet",
                        "sygehuset", "lægen", "egen læge", "læge", "talepædagog",
                        "audiolog", "endokrinolog", "geriater", "misbrugscenter",
                        "misbrugscentret", "alkoholambulatoriet", "hukommelsesklinikken"};
    r.specialists.en = {"psychiatrist", "psychologist", "physiotherapist", "physio",
                        "occupational therapist", "chiropractor", "neurologist", "cardiologist",
                        "oncologist", "rheumatologist", "gynaecologist", "gynecologist",
                        "urologist", "dermatologist", "specialist", "dietitian", "midwife",
                        "gp", "doctor", "therapist", "counsellor", "counselor",
                        "psychiatry", "oncology", "mental health services",
                        "speech therapist", "memory clinic", "ent doctor", "ent specialist",
                        "school psychologist", "podiatrist", "school nurse", "nurse",
                        "practice nurse", "district nurse", "dentist", "optician", "surgeon",
                        "paediatrician", "pediatrician", "audiologist", "outpatient clinic",
                        "clinic", "hospital", "emergency department", "out-of-hours doctor"};
    // Compounds with one of these heads are specialists too ("vagtlæge",
    // "børnelæge", "musikterapeut", "børnepsykolog").
    r.specialist_heads = {"læge", "lægen", "terapeut", "terapeuten", "psykolog", "psykologen",
                          "psykiater", "psykiateren"};
    r.care_unit_heads = {"hospital", "hospitalet", "sygehus", "sygehuset", "ambulatorium",
                         "ambulatoriet"};
    r.unit_heads = {"center", "centret", "centeret", "klinik", "klinikken"};
    r.unit_heads.insert(r.unit_heads.end(), r.care_unit_heads.begin(), r.care_unit_heads.end());
    r.ward_heads = {"afdeling", "afdelingen", "ambulatorium", "ambulatoriet"};
    r.specialty_adjectives = {"kardiologisk", "neurologisk", "psykiatrisk", "medicinsk", "kirurgisk",
                              "ortopædkirurgisk", "geriatrisk", "onkologisk", "gynækologisk",
                              "pædiatrisk", "reumatologisk", "urologisk", "lungemedicinsk",
                              "endokrinologisk", "gastroenterologisk", "nefrologisk",
                              "hæmatologisk", "dermatologisk", "infektionsmedicinsk",
                              "neurokirurgisk", "børnepsykiatrisk", "audiologisk"};
    r.possessives = {"min", "mit", "mine", "hans", "hendes", "sin", "sit", "sine", "deres", "my", "his", "her",
                     "their"};
    r.kin_genitives = {"fars", "mors", "mands", "kones", "datters", "søns", "barns", "brors",
                       "søsters", "mormors", "morfars", "farmors", "farfars", "bedstemors",
                       "bedstefars", "svigermors", "svigerfars", "kærestes", "ægtefælles"};
    r.drug_verbs = {"tager", "tog", "taget", "bruger", "brugt", "brugte", "indtager", "sniffer", "sniffet",
                    "takes", "took", "taking", "taken", "uses", "used", "using", "snorts", "snorting"};
    r.drink_verbs = {"drikker", "drak", "drukket", "drinks", "drank", "drinking"};
    r.smoke_verbs = {"ryger", "røg", "røget", "smokes", "smoked", "smoking"};
    r.drugs = {"hash", "cannabis", "amfetamin", "kokain", "heroin", "ecstasy", "mdma",
               "ketamin", "lsd", "svampe", "opioider", "stoffer", "euforiserende", "weed", "amphetamine",
               "amphetamines", "cocaine", "crack", "ketamine", "opioids", "drugs", "benzos"};
    r.drinks = {"øl", "bajere", "vin", "sprut", "alkohol", "spiritus", "snaps", "vodka", "genstande",
                "beer", "beers", "wine", "spirits", "alcohol", "vodka", "cans", "units"};
    r.smoked_drugs = {"hash", "cannabis", "joints", "joint", "pot", "weed", "crack", "skunk"};
    r.body_states = {"hævet", "hævede", "hoven", "hovne", "øm", "ømme", "stiv", "stive", "betændt",
                     "betændte", "kløende", "misfarvet", "misfarvede", "følelsesløs", "følelsesløse",
                     "rød", "røde", "blålig", "blålige", "swollen", "sore", "stiff", "inflamed", "itchy",
                     "numb", "bruised", "tender", "puffy", "red", "discoloured", "discolored",
                     // Weak limbs: "armene er blevet for svage", "her legs are weak".
                     "svag", "svage", "kraftesløs", "kraftesløse", "weak"};
    r.state_skips = {"er", "var", "blev", "meget", "lidt", "ret", "stadig", "is", "are", "was", "were",
                     "very", "quite", "a", "bit", "slightly", "still", "the", "og", "and",
                     "really", "rigtig", "virkelig", "so", "så", "blevet", "for", "too", "getting"};
    r.fluids = {"urin", "urinen", "afføring", "afføringen", "opkast", "opkastet", "spyt", "sputum",
                "ekspektorat", "urine", "pee", "vomit", "phlegm"};
    r.fluid_states = {"mørk", "mørkt", "mørke", "blodig", "blodigt", "grumset", "grumsede", "ildelugtende",
                      "tynd", "tyndt", "sort", "sorte", "cloudy", "dark", "bloody", "loose", "smelly",
                      "black", "foul-smelling"};
    r.not_anatomical = {"side", "siden", "kropsside", "halvdel", "led", "leddet", "ledene", "balance",
                        "balancen", "syn", "synet", "hørelse", "hørelsen", "hukommelse", "hukommelsen",
                        "følesans", "stofskifte", "body", "memory", "hearing", "eyesight", "joint",
                        "joints", "cuff", "side"};
    r.medication_verbs.da = {"tager", "tog", "får", "fik", "er på", "er sat på", "sat på",
                             "startet på", "startede på", "trappes ud af", "trappet ud af",
                             "trappet ned på", "stoppet med", "ophørt med", "behandles med",
                             "behandlet med", "medicineres med", "ordineret",
                             "doseret", "i behandling med", "skiftet til", "er i behandling med",
                             "bruger", "har fået ordineret", "fået ordineret", "fået", "gives",
                             "givet", "gives der", "får ordineret", "medicineret"};
    r.medication_verbs.en = {"takes", "took", "taking", "is on", "was on", "started on",
                             "put on", "prescribed", "treated with", "switched to",
                             "stopped taking", "uses", "using", "given", "gets", "receives",
                             "medication", "tablets", "injection of", "injections of"};
    r.dose_units = {"mg", "mcg", "µg", "μg", "ug", "g", "ml", "ie", "iu", "enheder", "units",
                    "tablet", "tabletter", "tabl", "tbl", "tablets", "kapsel", "kapsler",
                    "capsules", "dråber", "drops", "pust", "puffs", "plaster", "depot"};
    r.inn_endings = {"olol", "pril", "sartan", "statin", "prazol", "azol", "cillin", "mycin",
                     "cyclin", "floxacin", "zepam", "zolam", "tidin", "dipin", "gliptin",
                     "gliflozin", "glutid", "mab", "tinib", "parin", "profen", "fenac", "codon",
                     "morfin", "orfin", "peridon", "oxetin", "pramin", "triptan", "setron",
                     "lukast", "sonid", "metason", "tiazid", "semid", "oxacin", "vudin",
                     "navir", "previr", "kainid", "amid", "pirid", "dronat", "terol",
                     "tropium", "sulid", "lamid", "quel", "pidem", "zopiclon", "barbital",
                     "trexat", "platin", "rubicin", "taxel", "fosfamid", "fungin", "conazol",
                     "olon", "sterid", "azepin", "apin", "idon", "aprin", "oxin", "ximab",
                     "zumab", "umab", "ciclovir", "vir", "liptin", "mycinum"};
    r.inn_min_bytes = 8;
    r.brand_suffixes = {"comp", "retard", "depot", "mite", "forte", "zok", "novum", "plus",
                        "junior", "duo", "mini", "ratiopharm", "stada", "teva", "sandoz", "actavis",
                        "orifarm", "krka", "mylan", "accord", "kabi"};
    r.abbreviations = {"kol", "copd", "adhd", "ptsd", "ocd", "ms", "als", "hiv", "aids", "dvt",
                       "uvi", "uti", "ibs", "gerd", "asd", "pcos", "sle", "tbi", "cfs", "mci",
                       "tia", "ckd", "chf", "afib", "kols", "t1d", "t2d", "adhd'en", "kol'en"};
    r.states.da = {"sygemeldt", "sygemeldte", "sygemelding", "sygemeldingen", "sygefravær",
                   "sygefraværet", "sygedagpenge", "sygedage", "raskmeldt", "raskmelding",
                   "delvis raskmeldt", "delvis raskmelding", "langtidssygemeldt",
                   "langtidssygemelding", "gravid", "graviditet", "graviditeten",
                   "kørestolsbruger", "handicappet", "bevægelseshæmmet", "gangbesværet",
                   "synshandicappet", "hørehæmmet", "døv", "blind", "udviklingshæmmet",
                   "demensramt", "dement", "psykisk syg", "psykisk sårbar", "selvmordstanker",
                   "selvmordsforsøg", "selvskade", "selvskadende", "misbruger", "alkoholiker",
                   "afhængig", "abstinenser", "abstinent", "terminal", "terminalt syg",
                   "uhelbredeligt syg", "palliativ", "plejekrævende", "sengeliggende",
                   "inkontinent", "bleer", "nødkald", "personlig pleje",
                   "hjælp til personlig pleje", "hjælp til bad", "hjælp til påklædning",
                   "hjælp til medicin", "medicindispensering", "medicingivning", "hjemmesygepleje",
                   "fald i hjemmet", "hjertestop", "blodprop", "besvimede", "kramper",
                   "i behandling", "under behandling", "i terapi", "i genoptræning",
                   "genoptræning", "fysioterapi", "ergoterapi", "psykoterapi", "kemoterapi",
                   "strålebehandling", "dialyse", "diabetiker", "epileptiker", "astmatiker",
                   "allergiker", "narkoman", "stofmisbruger", "alkoholmisbruger",
                   "hjertepatient", "kræftpatient", "ordblind", "autist", "skizofren",
                   "depressiv", "bipolar", "hospiceplads", "hospice", "palliativt team",
                   "hjemmeilt", "ilt", "iltbehandling", "sondemad", "sonde", "kateter",
                   "stomi", "stomipleje", "sårpleje", "sårbehandling", "tryksår",
                   "borgerstyret personlig assistance", "handicaphjælper", "respirator",
                   "operation", "operationen", "opereret", "anfald", "anfaldene", "kramper",
                   "ordblindhed", "dysleksi", "dyspraksi", "dyskalkuli", "sklerose",
                   "psykotisk", "psykose", "lavt stofskifte", "højt stofskifte", "højt blodtryk",
                   "lavt blodtryk", "lavt blodsukker", "højt blodsukker", "gips",
                   "uro om natten", "natlig uro", "forvirring", "forvirret", "dement",
                   "urolig", "trist", "nedtrykt", "ked af det", "har det dårligt",
                   "har det skidt", "har det svært", "ikke har det godt", "påvirket", "beruset",
                   "drikker meget", "drikker for meget", "har drukket", "drikker dagligt",
                   "lugtede af alkohol", "lugter af alkohol", "tabt sig", "taber sig",
                   "spiser dårligt", "spiser ikke", "dårlig appetit", "forpustet",
                   "svimmel", "svimmelhed", "åndenød", "hovedpine", "opkast", "kaster op",
                   "taler langsomt", "falder", "begyndt at falde", "faldet flere gange",
                   "kommet hjem fra sygehuset", "kom hjem fra hospitalet", "syg", "ofte syg",
                   "sygefraværssamtale", "sygefraværssamtalen", "pn-medicin", "sin medicin",
                   "nedsat funktionsevne", "nedsat hørelse", "nedsat syn", "svagtseende",
                   "svagsynet"};
    r.states.en = {"sick leave", "on sick leave", "signed off sick", "off sick", "pregnant",
                   "pregnancy", "wheelchair user", "wheelchair", "disabled", "disability",
                   "blind", "deaf", "dementia", "suicidal", "self-harm", "self harm",
                   "addicted", "addiction", "alcoholic", "withdrawal", "terminally ill",
                   "palliative", "bedridden", "incontinent", "home care", "home nursing",
                   "personal care", "care home", "fell", "fall", "fall at home",
                   "mental illness", "mentally ill", "sick", "unwell", "in treatment",
                   "under treatment", "in therapy", "rehabilitation", "physiotherapy",
                   "chemotherapy", "radiotherapy", "dialysis", "on antidepressants",
                   "on antibiotics", "on blood thinners", "antidepressants", "antibiotics",
                   "blood thinners", "sickness benefits", "off work", "hospice place",
                   "hospice", "home oxygen", "oxygen", "stoma", "stoma care", "wound care",
                   "personal alarm", "hearing aids", "hearing aid", "guide dog", "crutches",
                   "walking frame", "walker", "shower chair", "raised toilet seat",
                   "hip protector", "compression stockings", "cpap machine", "catheter",
                   "hard of hearing", "visually impaired", "surgery", "operation",
                   "injecting drug user", "drug user", "prenatal check-ups", "check-ups",
                   "district nurse", "wound care nurse", "memory clinic", "low blood sugar",
                   "high blood pressure", "low blood pressure", "high blood sugar",
                   "panic attack", "panic attacks", "seizures", "seizure", "fits",
                   "alcohol dependence", "drug dependence", "dependence", "in a cast",
                   "cast", "confused", "confusion", "incontinence", "drinks heavily",
                   "drunk", "intoxicated", "depressed", "anxious", "low mood", "lost weight",
                   "not eating", "dizzy", "dizziness", "short of breath", "breathless",
                   "headaches", "vomiting", "her medication", "his medication",
                   "their medication"};
    r.state_verbs.da = {"har", "havde", "har haft", "fik", "får", "lider", "lider af", "døjer",
                        "døjer med", "plaget", "plages", "ramt", "ramt af", "diagnosticeret",
                        "diagnosticeret med", "er", "var", "blev", "føler", "føler sig",
                        "klager", "klager over", "udviklet", "fået", "tager", "skal have",
                        "virker", "virkede", "fremstår", "er blevet", "bliver", "oplever", "oplevede",
                        // receiving care: "modtager hjemmehjælp"
                        "modtager", "modtog", "visiteret til", "er visiteret til", "bevilget",
                        "er bevilget", "har fået bevilget", "har søgt om", "søgt om",
                        // applying, refused, discharged to: "søger om ledsagerordning"
                        "søger om", "ansøger om", "har ansøgt om", "ansøgt om", "afslag på",
                        // the noun: "bevilling af nødkald", "klage over
                        // madservice" (dev misses; not the infinitive "søge om"
                        // nor "anbefaler": "hvis du vil søge om madservice",
                        // review)
                        "bevilling af", "bevillingen af", "bevilling til", "klage over",
                        "fik afslag på", "udskrevet til", "er tildelt", "tildelt",
                        // a cause: "måtte stoppe pga. smerter"
                        "pga", "på grund af", "grundet",
                        // where a person lives because of care: "bor i botilbud"
                        "bor i", "bor på",
                        // care offered: "tilbudt aflastning"
                        "tilbudt", "tilbydes", "er tilbudt",
                        // granting in the present and passive: "Vi bevilger
                        // madservice", "godkendt til plejebolig"
                        "bevilger", "bevilges", "bevilgede", "godkendt til", "er godkendt til",
                        "visiteres til",
                        // applied for by a noun, delivered, staying in respite
                        // (dev-set misses: "ansøgning om aflastning", "der
                        // leveres madservice", "komme i aflastning", "var på
                        // aflastning"; not "bestilt": "har bestilt
                        // rengøringshjælp til kontoret")
                        "ansøgning om", "ansøgningen om", "anmodning om", "leveres", "får leveret",
                        "komme i", "kommer i", "kom i", "var på", "ansøgt"};
    r.grant_verbs = {"bevilger", "bevilges", "bevilget", "bevilgede", "tildeler", "tildeles",
                     "tildelt", "visiterer", "visiteres", "visiteret", "godkender", "godkendt",
                     "grant", "grants", "granted", "approve", "approves", "approved", "awarded",
                     "aftaler", "aftalte", "aftalt", "agree", "agreed",
                     // the doctor's orders for the person: "ordineret Panodil",
                     // "seponeret Furix", "prescribed ..." (not "øger",
                     // "recommend", "increased", "bestilt": "We increased the
                     // budget for flu vaccines", "Vi har bestilt rengøringshjælp
                     // til kontoret", review)
                     "ordinerer", "ordineret", "seponerer", "seponeret", "prescribed", "prescribes"};
    r.state_verbs.en = {"has", "had", "have", "suffers", "suffers from", "suffering from",
                        "diagnosed with", "is", "was", "feels", "felt", "complains of",
                        "developed", "takes", "got", "seems", "appears", "looks", "receives",
                        "experiences", "experienced", "experiencing",
                        "received", "gets", "was granted", "has been granted", "applied for",
                        "has applied for", "is applying for", "was refused", "discharged to",
                        "due to", "because of", "lives in", "lives at", "offered", "was offered",
                        "approved for", "is approved for", "granted", "we grant"};
    r.state_verb_gap = 2;
    r.limit_phrases.da = {"kan ikke", "ikke kan", "kunne ikke", "ikke kunne", "svært ved", "svært ved at",
                          "besvær med", "problemer med at", "brug for hjælp til",
                          "har brug for hjælp til", "behov for hjælp til", "hjælp til at",
                          "kan kun", "magter ikke", "orker ikke", "ikke længere kan",
                          "kan ikke længere", "ikke selv kan", "kan ikke selv",
                          // Restrictions: "må ikke løfte over 5 kg", "bør ikke køre bil".
                          "må ikke", "ikke må", "bør ikke", "tåler ikke",
                          // Lay forms of the same limits (dev14's relatives' e-mails).
                          "kan stadig ikke", "kan heller ikke", "kan ikke mere", "har svært ved",
                          // With the subject inside: "kunne han ikke finde hjem".
                          "kan han ikke", "kan hun ikke", "kunne han ikke", "kunne hun ikke",
                          "kan jeg ikke", "kunne jeg ikke"};
    r.phrase_fillers = {"har", "haft", "havde", "meget", "rigtig", "virkelig", "helt", "stadig",
                        "også", "ofte", "altid", "tit", "næsten", "lidt", "så", "nu", "igen",
                        "endnu", "faktisk", "have", "really", "very", "still", "also", "often",
                        "always", "so", "quite", "been", "just", "now", "again", "pretty"};
    r.limit_phrases.en = {"cannot", "can't", "can not", "unable to", "struggles to",
                          "difficulty", "needs help with", "help with", "trouble",
                          // Restrictions: "must not drive", "should not lift".
                          "must not", "mustn't", "should not", "shouldn't", "not allowed to",
                          "needs help getting", "help getting",
                          // Lay forms: "can only walk with the frame", "is no longer able
                          // to dress" (contractions such as "can't" match as "can t").
                          "can only", "can no longer", "no longer able to", "couldn't",
                          "needs help to", "need help with", "needs help with"};
    r.fall_counts = {"et", "to", "tre", "fire", "fem", "flere", "mange", "gentagne", "adskillige",
                     "nye", "two", "three", "four", "several", "repeated", "multiple", "many"};
    r.body_functions = {"sover", "sove", "sovet", "sov", "spiser", "spise", "spist", "drikker", "drikke",
                        "hører", "høre", "ser", "se", "går", "gå", "husker", "huske", "trækker",
                        "sleeps", "sleep", "slept", "sleeping", "eats", "eating", "eat", "hears",
                        "hearing", "sees", "walks", "walking", "remembers", "breathes", "breathing",
                        // Shaking badly ("ryster slemt", "was shaking badly").
                        "ryster", "shaking", "shakes", "shook"};
    r.badly = {"dårligt", "skidt", "elendigt", "slemt", "badly", "poorly", "bad"};
    r.sleep_verbs = {"sover", "sov", "sovet", "sleeps", "slept", "sleeping", "sleep"};
    r.few = {"kun", "max", "maks", "højst", "under", "only", "just", "barely"};
    r.hour_units = {"timer", "time", "t", "hours", "hour", "hrs", "h"};
    r.help_verbs = {"hjælpe", "hjælper", "hjalp", "hjulpet", "help", "helps", "helped", "helping",
                    "assist", "assists", "assisted", "støtte", "støtter", "støttede"};
    r.help_objects = {"ham", "hende", "him", "her"};
    r.ailing = {"dårlig", "dårlige", "dårligt", "svag", "svage", "stiv", "stive", "øm", "ømme",
                "hævet", "hævede", "opsvulmet", "bad", "weak", "stiff", "sore", "swollen",
                "painful", "injured"};
    r.intake_functions = {"spiser", "spise", "spist", "sover", "sove", "sovet", "drikker", "drikke",
                          "drukket", "eats", "eat", "eating", "ate", "eaten", "sleeps", "sleep",
                          "sleeping", "slept", "drinks", "drink", "drinking"};
    r.scant = {"kun lidt", "meget lidt", "næsten ikke", "næsten intet", "ikke ordentligt",
               "ikke nok", "dårligt", "uroligt", "very little", "hardly", "barely", "poorly",
               "badly", "almost nothing", "not enough"};
    r.neglect_before = {"ikke", "glemmer at", "glemme at", "glemt at", "nægter at", "vil ikke",
                        "not", "not want to", "won t", "doesn t want to", "forgets to", "forgetting to", "forgot to", "refuses to", "refuses",
                        "refusing", "won't", "hardly", "barely",
                        // Contractions ("isn't eating", "hasn't eaten in days").
                        "isn't", "wasn't", "doesn't", "didn't", "hasn't", "haven't"};
    r.impaired_before = {"dårlig", "nedsat", "ringe", "forstyrret", "poor", "low", "reduced",
                         "disturbed"};
    // Not "balance", "memory", "vision", "intake": an account, a laptop or
    // a board has them too ("low balance", "no vision").
    r.function_nouns = {"appetit", "appetitten", "søvn", "nattesøvn", "søvnen", "appetite",
                        "sleep", "hørelse", "hørelsen", "hearing", "hukommelse", "hukommelsen",
                        "syn", "synet", "eyesight", "mobilitet", "væskeindtag", "fluid intake",
                        "food intake",
                        // Body functions as notes measure them (dev16: "Nedsat
                        // kondition", "Nedsat dorsalfleksion").
                        "kondition", "konditionen", "bevægelighed", "bevægeligheden", "førlighed",
                        "førligheden", "korttidshukommelse", "korttidshukommelsen",
                        "koncentrationsevne", "koncentrationsevnen", "funktionsevne",
                        "funktionsevnen", "lungefunktion", "lungefunktionen", "nyrefunktion",
                        "nyrefunktionen", "muskelkraft", "muskelkraften", "gangfunktion",
                        "gangfunktionen", "fleksion", "ekstension", "dorsalfleksion",
                        "plantarfleksion", "udadrotation", "indadrotation", "bevægelsesudslag",
                        "følesans", "følesansen", "sensibilitet", "sensibiliteten", "synsevne",
                        "synsevnen", "høreevne", "høreevnen", "lung function", "kidney function",
                        "renal function", "range of motion", "grip strength", "muscle strength",
                        "exercise tolerance", "short-term memory"};
    r.impaired_after = {"nedsat", "reduceret", "forringet", "svækket", "impaired", "reduced"};
    r.population_prepositions_after = {"på", "blandt", "i", "among", "in", "across"};
    r.neglect_blockers = {"endnu", "yet", "tonight", "fordi", "because", "før", "before", "aften"};
    r.intake_links = {"at", "to"};
    r.ailing_links = {"i", "in", "the"};
    r.ailing_idioms = {"for", "til"};
    r.impersonal_subjects = {"det", "der", "it", "that", "this", "things"};
    r.intensifiers = {"meget", "ekstremt", "helt", "rigtig", "virkelig", "utrolig", "voldsomt",
                      "very", "extremely", "really", "so", "constantly", "always"};
    r.tired_states = {"ensom", "ensomme", "lonely", "trist", "nedtrykt", "sad", "down", "forvirret",
                      "confused", "urolig", "restless", "agitated", "sløv",
                      "træt", "trætte", "udmattet", "udkørt", "kvalm", "svimmel", "svag", "sløj",
                      "tired", "exhausted", "weak", "dizzy", "nauseous", "sleepy", "drowsy",
                      // Thin, pale and frail as a person's state ("er blevet meget tynd",
                      // "is very thin and pale"; the intensifier is required).
                      "tynd", "bleg", "skrøbelig", "thin", "pale", "frail", "shaky",
                      "fatigued"};
    r.sign_offs = {"mvh", "med venlig hilsen", "venlig hilsen", "venligst", "hilsen", "kh",
                   "kærlig hilsen", "mange hilsner", "de bedste hilsner", "regards", "kind regards",
                   "best regards", "best wishes", "sincerely", "yours sincerely", "thanks", "cheers",
                   "best", "all the best", "warm regards", "many thanks"};
    r.self_intros = {"jeg hedder", "mit navn er", "my name is", "my name's", "i'm", "jeg,",
                     "undertegnede", "undertegnede,", "the undersigned", "the undersigned,",
                     "i am", "this is", "it's", "it is", "jeg er", "det er", "her er"};
    r.contact_labels = {"tlf", "telefon", "mobil", "mob", "tel", "phone", "mobile", "mail", "e",
                        "email", "adresse", "address", "fra", "from", "direkte", "dir"};
    r.greeting_intros = {"this is", "it's", "it is", "det er", "her er"};
    r.greetings = {"hello", "hi", "hey", "hej", "hallo", "dear", "dzień dobry", "good morning",
                   "godmorgen", "goddag"};
    r.sign_instructions = {"underskrift", "underskriv", "underskriv med", "skriv under med",
                           "underskrevet", "signatur", "sign it", "sign", "signed", "sign off with",
                           "sign it with", "sign with", "signature", "sign-off"};
    r.sender_labels = {"fra", "from", "afsender", "sender"};
    r.presenting_verbs = {"præsenterer", "præsentere", "præsenterede", "fremlægger", "fremlægge",
                          "fremlagde", "underviser", "undervise", "afholder", "afholde", "introducerer",
                          "teaches", "teach", "taught", "introduces", "lectures"};
    r.presenting_stops = {"men", "but", "because", "fordi", "pga", "grund", "since", "efter", "after",
                          "ikke", "not"};
    r.reflexives = {"sig", "himself", "herself"};
    r.participant_labels = {"deltagere", "deltager", "til stede", "tilstede", "mødedeltagere",
                            "referent", "ordstyrer", "mødeleder", "inviterede", "deltagerliste",
                            "present", "attendees", "attending", "participants", "invited"};
    r.subject_labels = {"barn", "barnet", "borger", "borgeren", "pt", "pt.", "patient", "patienten",
                        "beboer", "beboeren", "elev", "eleven", "navn", "name", "citizen", "resident",
                        "client", "klient", "child", "pupil", "cpr", "cpr-nr", "cpr-nr.", "cpr nr",
                        "cpr-nummer", "personnummer", "vedr", "vedr.", "vedrørende", "re", "regarding",
                        "ang.", "angående", "bruger", "brugeren", "den unge", "ung", "service user"};
    r.record_stop_openers = {"skriv", "husk", "lav", "send", "ret", "omskriv", "opsummer",
                             "opsummér", "oversæt", "giv", "brug", "nævn", "write", "please",
                             "make", "remember", "summarise", "summarize", "translate", "use",
                             "mention", "mange", "alle", "flere", "nogle", "many", "all", "some",
                             "most", "several"};
    r.genitive_endings = {"ens", "ets", "ernes"};
    r.form_labels = {"navn", "name", "ansøger", "applicant", "full name", "fulde navn"};
    r.addressee_labels = {"til", "to", "modtager", "recipient", "kære", "dear", "attn"};
    r.second_person = {"du", "dig", "din", "dit", "dine", "you", "your", "yours", "yourself"};
    r.first_person = {"jeg", "mig", "min", "mit", "mine", "me", "my", "myself", "i'm", "i've"};
    r.fall_nouns = {"fald", "faldulykker", "falls", "genstande", "anfald", "krampeanfald", "sting",
                    "stitches",
                    "indlæggelser", "admissions", "sygedage", "hypoer", "hypos", "seizures"};
    r.every = {"hver", "hvert", "every", "each"};
    r.per = {"om", "pr", "per", "a"};
    r.frequency_units = {"dag", "dagen", "uge", "ugen", "måned", "måneden", "morgen", "morgenen",
                         "aften", "aftenen", "nat", "natten", "døgn", "døgnet", "weekend",
                         "hverdag", "day", "week", "month", "morning", "evening", "night",
                         "weekday", "fortnight"};
    r.frequencies = {"dgl", "dagl", "dagligt", "ugl", "ugentligt", "gange", "gang", "x1", "x2", "x3", "x4",
                     "daily", "weekly", "twice", "times"};
    r.subject_pronouns = {"han", "hun", "he", "she"};
    r.frequency_adjectives = {"natlige", "natligt", "natlig", "daglig", "daglige", "ugentlig",
                              "ugentlige"};
    r.times_of_day = {"morgen", "middag", "aften", "nat", "formiddag", "eftermiddag"};
    r.yearly = {"årligt", "yearly", "annually", "året", "year"};
    r.time_words = {"år", "året", "måned", "måneden", "uge", "ugen", "weekenden", "nat", "natten",
                    "går", "dag", "dags", "sidste", "de", "den", "det", "januar", "februar", "marts",
                    "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
                    "december", "hjemmet", "badeværelset", "week", "month", "year", "night",
                    "weekend", "the", "last", "past", "january", "february", "march", "may", "june",
                    "july", "october", "december", "november", "september", "april", "august",
                    "hjemmet", "home"};
    r.falls.da = {"faldet", "faldt", "styrtet", "styrtede", "væltet", "væltede"};
    r.falls.en = {"fell", "fallen", "fall", "falls"};
    r.fall_auxiliaries.da = {"er", "var", "har", "havde", "igen"};
    r.fall_auxiliaries.en = {"has", "had", "is", "was", "have", "again"};
    r.fall_times = {"gange", "times"};
    r.absence_words = {"sygefravær", "sygefraværet", "fravær", "fraværet", "sygdomsfravær",
                       "sygdomsfraværet", "sickness", "absence"};
    r.group_absence_words = {"sygefraværet", "fraværet", "sygdomsfraværet", "absence"};
    r.confession_verbs = {"admitted"};
    r.confessed_acts = {"drinking", "taking", "using", "smoking", "stealing", "lying", "hitting",
                        "gambling", "driving", "sleeping"};
    r.kin_words = {"mand", "kone", "mor", "far", "søn", "datter", "søster", "bror", "barn",
                   "husband", "wife", "mum", "mom", "dad", "mother", "father", "son", "daughter",
                   "sister", "brother"};
    r.fall_when = {"nat", "går", "morges", "aftes", "dag", "weekenden", "formiddags",
                   "eftermiddags"};
    r.fall_from = {"sengen", "stolen", "kørestolen", "lænestolen", "bed", "chair", "wheelchair"};
    r.fall_places = {"badeværelset", "badet", "gulvet", "hjemmet", "stuen", "køkkenet", "haven",
                     "altanen", "terrassen", "legepladsen", "skolegården", "hallway", "playground",
                     "trappen", "trapperne", "sengen", "toilettet", "gaden", "fortovet", "isen",
                     "soveværelset", "entréen", "gangen", "bathroom", "floor", "stairs", "home",
                     "garden", "street", "ice", "toilet", "bedroom", "kitchen"};
    r.abilities.da = {"kan", "kunne"};
    r.abilities.en = {"can", "could"};
    r.limit_units = {"meter", "m", "meters", "metres", "meter.", "timer", "time", "hours", "hour",
                     "minutter", "minutes", "min", "trin", "steps", "skridt", "km"};
    r.activities.da = {"gå", "stå", "sidde", "bøje", "rejse", "spise", "sove", "falde i søvn", "høre",
                       "se", "huske", "tale", "synke", "støvsuge", "gøre rent", "handle",
                       "bade", "vaske", "klæde", "tage", "komme ud", "komme ind", "komme op",
                       "løfte", "bære", "cykle", "køre", "trapperne", "trapper", "bad",
                       "påklædning", "toiletbesøg", "toilettet", "forflytning", "forflytninger",
                       "personlig hygiejne", "madlavning", "indkøb", "rengøring", "medicinen",
                       "koncentrere", "overskue", "arbejde", "drikke", "spisning", "badning",
                       "øjendråber", "støttestrømper", "kompressionsstrømper", "løbe", "svømme",
                       "køre bil", "klare sig selv", "få luft", "få vejret", "trække vejret",
                       "vende sig", "rejse sig", "komme ud af sengen", "komme i seng",
                       // Daily living in lay words (FSIII's areas: dressing, moving,
                       // toilet, orientation, speech).
                       "bukke", "bukke sig", "komme i tøjet", "tage tøj på", "klæde sig på",
                       "klare trappen", "trappen", "flytte sig", "finde hjem", "finde vej",
                       "finde ordene", "holde på vandet", "holde balancen", "gå på toilettet",
                       "komme på toilettet", "tisse", "lave mad", "smøre mad", "tage bad",
                       "gå i bad", "børste tænder", "vaske sig", "sidde stille",
                       // Care notes (dev16 classes, written from general knowledge).
                       "krydse benene", "knappe skjorten", "knappe sin skjorte", "løfte armen",
                       "løfte armene", "komme op af stolen", "komme i bad", "holde på en kop"};
    r.activities.en = {"walk", "walking", "stand", "standing", "sit", "bend", "climb", "stairs",
                       "eat", "eating", "sleep", "sleeping", "hear", "see", "remember", "speak",
                       "swallow", "shower", "showering", "bathing", "dress", "dressing",
                       "wash", "washing", "toilet", "cooking", "shopping", "cleaning", "lift",
                       "drive", "concentrate", "work", "run", "running", "swim", "swimming",
                       "driving", "lifting", "dressed", "in and out of bed", "up",
                       "bend down", "get dressed", "get up", "get out of bed", "feed herself",
                       "feed himself", "go to the toilet", "use the toilet", "manage the stairs",
                       "sit still", "turn over", "find her way", "find his way", "find the words",
                       "hold a cup", "cook", "out of bed",
                       // Care notes (dev16 classes, written from general knowledge).
                       "get into the bath", "get in and out of the bath",
                       "get in and out of the bathtub", "button his shirt", "button her shirt",
                       "do up buttons", "lift her arm", "lift his arm", "raise her arm",
                       "raise his arm", "hold a pen", "get out of the chair", "get out of a chair"};
    r.weak_terms = {"lammet", "lam", "brud", "bruddet", "blødning", "blødningen", "blødte", "sår",
                    "såret", "skade", "skaden", "fald", "faldet", "stivhed", "chok",
                    // medicine by its form, after "tager/får/takes": "tager piller
                    // for blodtrykket"
                    "piller", "pillerne", "pills",
                    // English words with a common other sense: "infection
                    // prevention", "agitated about the parking fine", "the
                    // stiffness of the floor" (review)
                    "infection", "infections", "agitated", "swelling", "stiffness", "exacerbation"};
    r.care_terms = {"hjemmehjælp", "hjemmepleje", "madservice", "bostøtte", "aflastning",
                    "bad", "badning", "tilsyn",
                    "aflastningsplads", "aflastningsophold", "ledsagerordning", "nødkald",
                    "nødkaldeanlæg", "handicaphjælper", "plejebolig", "plejehjemsplads",
                    "førerhund", "sygepleje", "hjemmesygepleje", "botilbud", "bofællesskab",
                    "rengøringshjælp",
                    // A day centre for the elderly or the disabled, granted or
                    // offered: "dagcenter 2 dage ugentligt" (never alone:
                    // "Dagcentret holder lukket").
                    "dagcenter",
                    // Practical help, granted because of health: counts only
                    // with a frequency, a verb of receiving or as a cell.
                    "rengøring", "indkøbsordning"};
    r.practical_help = {"rengøring", "indkøbsordning", "tilsyn", "rengøringshjælp"};
    // Care a person wishes for or is entitled to: "ønsker plejebolig", "har
    // ret til ledsagerordning" (only before care words: "ønsker behandling
    // af sagen" is no care).
    r.care_verbs = {"ønsker", "ønsker sig", "ret til", "har ret til"};
    // A care word as a role: "ansat som rengøringshjælp", "works as a home
    // help".
    r.role_before = {"som", "as"};
    r.no_possessive_care = {"bad", "badning", "tilsyn"};
    r.work_verbs = {"står", "kører", "arbejder", "underviser", "leder", "ansvarlig", "ansvaret",
                    "udfører", "udførte", "laver", "lavede", "foretager", "performs", "carries",
                    "drives", "driver", "works", "worked", "drives", "delivers", "leads", "teaches",
                    "runs", "manages", "managed", "heads"};
    r.topic_nouns.da = {"oplæg", "foredrag", "artikel", "artiklen", "pjece", "pjecen", "folder",
                        "spørgsmål", "spørgsmålet", "henvendelser", "ekspertise", "speciale",
                        "fokus",
                        "kursus", "kurset", "temadag", "undervisning", "information",
                        "informationsmøde", "tema", "emne", "emnet", "konference", "webinar",
                        "kampagne", "nyhedsbrev", "plakat", "quiz", "opslag", "indlæg",
                        "workshop", "undervisningsmateriale", "materiale", "viden", "forskning",
                        "statistik", "tal", "politik", "strategi", "vejledning", "retningslinje",
                        "retningslinjer", "tjekliste", "oversigt", "guide",
                        // A work role over its field: "teamleder for fleksjob",
                        // "konsulent på demensområdet" (the employee's work).
                        "leder", "teamleder", "afdelingsleder", "konsulent", "koordinator",
                        "sagsbehandler", "chef", "rådgiver", "specialkonsulent"};
    // Not "teksten", "rapporten", "artiklen", "text", "report": they bring
    // in pasted content ('i rapporten "Re: … Diagnosis: …"').
    r.quotation_titles.da = {
        "bog", "bogen", "bøger", "bøgerne", "titel", "titlen", "bogtitlen", "overskrift",
        "overskriften", "slogan", "sloganet", "plakat", "plakaten", "kampagne", "kampagnen", "film",
        "filmen", "oplæg", "oplægget", "foredrag", "foredraget", "kursus", "kurset", "kurser",
        "kurserne", "tema", "temaet", "emne", "emnet", "pjece", "pjecen", "folder", "folderen",
        "podcast", "podcasten", "webinar", "webinaret", "konference", "konferencen", "sang",
        "sangen", "digt", "digtet", "program", "programmet", "projekt", "projektet", "udstilling",
        "udstillingen", "hedder", "kaldet", "kaldes", "betitlet", "læst", "læser", "anbefalet",
        "anbefaler", "bestilt", "lånt"};
    r.quotation_titles.en = {
        "book", "books", "title", "titled", "entitled", "called", "named", "headline", "heading",
        "slogan", "poster", "campaign", "film", "movie", "talk", "lecture", "course", "courses",
        "theme", "topic", "leaflet", "brochure", "podcast", "webinar", "conference", "song", "poem",
        "programme", "program", "project", "exhibition", "session", "workshop", "read",
        "recommended", "ordered", "watched", "borrowed"};
    r.topic_nouns.en = {"talk", "presentation", "lecture", "article", "leaflet", "brochure",
                        "questions", "question", "queries", "expertise", "focus", "specialism",
                        "course", "training", "workshop", "information", "campaign",
                        "newsletter", "poster", "webinar", "conference", "guide", "guidance",
                        "policy", "strategy", "research", "statistics", "facts", "overview",
                        "checklist", "quiz", "post", "blog", "manager", "leader", "lead",
                        "coordinator", "consultant", "caseworker", "head", "adviser", "advisor"};
    r.topic_prepositions.da = {"om", "omkring", "vedrørende", "vedr", "angående", "mod", "til",
                               "for", "af", "på"};
    r.teaching_nouns = {"kursus", "kurset", "kurser", "kurserne", "undervisning",
                        "undervisningen", "e-learning", "elearning", "learning", "uddannelse", "efteruddannelse",
                        "opkvalificering", "certificering", "temadag", "workshop", "introduktion",
                        "course", "courses", "training", "workshops", "class", "classes",
                        "session", "sessions"};
    r.topic_receivers = {"får", "fik", "fået", "modtager", "modtog", "modtaget", "tilbydes",
                         "tilbudt", "brug", "behov", "henvist", "visiteret", "gets", "got",
                         "receives", "received", "needs", "given", "referred", "offered"};
    r.topic_prepositions.en = {"about", "on", "regarding", "for", "against", "of"};
    r.other_persons = {"en kollega", "en borger", "en medarbejder", "en patient", "en elev", "et barn",
                       "en beboer", "en pårørende", "en bruger", "en klient", "en anden", "nogen",
                       "a colleague", "a citizen", "an employee", "a patient", "a pupil", "a child",
                       "a resident", "a relative", "a client", "someone", "somebody", "someone else"};
    r.relatives = {"der", "som", "who", "which"};
    r.copulas = {"er", "var", "blev", "som", "is", "was", "as", "became"};
    r.group_nouns.da = {"borgere", "børn", "elever", "unge", "ældre", "patienter", "beboere",
                        "familier", "mennesker", "personer", "voksne", "brugere", "medarbejdere",
                        "ansatte", "kvinder", "mænd", "pårørende", "forældre", "alle"};
    r.group_nouns.en = {"people", "patients", "children", "residents", "citizens", "pupils",
                        "students", "adults", "families", "users", "employees", "persons",
                        "women", "men", "everyone", "those"};
    r.population_prepositions = {"blandt", "among", "amongst"};
    r.group_prepositions.da = {"med", "som har", "der har"};
    r.group_prepositions.en = {"with", "who have", "living with"};
    r.measures.da = {"blodsukker", "blodsukkeret", "langtidsblodsukker", "langtidsblodsukkeret",
                     "hba1c", "blodtryk", "blodtrykket", "bmi", "iltmætning", "iltmætningen",
                     "saturation", "kolesterol", "kolesteroltal", "kolesteroltallet",
                     "hæmoglobin", "blodprocent", "blodprocenten", "crp", "egfr", "peak flow",
                     "promille", "promillen", "bt", "puls", "pulsen", "temperatur", "temperaturen",
                     "vas", "smertescore", "epds", "epds score", "mmse", "inr", "inr-værdi",
                     "inr-værdien", "iltmætning", "temp", "sat", "rf", "saturation", "bs", "spo2", "p-glukose",
                     // Blood tests and other values: "LDL 3,8 mmol/l", "EF 25 %".
                     "ldl", "hdl", "kalium", "natrium", "kreatinin", "amylase", "glukose",
                     "tsh", "alat", "hb", "ef",
                     // Clinical scores and tests with their value (dev16's
                     // care notes: "Braden 12", "AUDIT-score 28", "IQ 72").
                     "braden", "braden-score", "bradenscore", "audit-score", "barthel",
                     "barthel-indeks", "barthelindeks", "moca", "phq-9", "who-5", "fev1",
                     "gangdistance", "gangdistancen", "iq", "samlet iq", "lithiumkoncentration",
                     "timed up and go", "nrs", "gcs", "apgar", "apgar-score"};
    r.measures.en = {"blood sugar", "blood glucose", "hba1c", "blood pressure", "bmi",
                     "oxygen saturation", "saturation", "cholesterol", "haemoglobin",
                     "hemoglobin", "crp", "egfr", "peak flow", "blood alcohol", "bp", "pulse",
                     "heart rate", "temperature", "pain score", "vas", "epds", "mmse", "inr", "temp",
                     "sat", "sats", "resp rate", "ldl", "hdl", "potassium", "sodium",
                     "creatinine", "amylase", "glucose", "tsh", "hb", "ef", "spo2", "bgl", "cbg",
                     "ejection fraction", "braden", "braden score", "audit score", "barthel",
                     "barthel index", "moca", "phq-9", "who-5", "fev1", "iq", "full scale iq",
                     "timed up and go", "walking distance", "nrs", "gcs", "apgar", "apgar score"};
    r.measure_links.da = {"på", "er", "var", "målt", "til", "nu", "i", "dag", "steget", "faldet", "sig", "mig", "dig",
                          "ligger", "omkring", "ca"};
    r.measure_links.en = {"of", "is", "was", "at", "now", "measured", "around", "about", "up",
                          "down", "to"};
    r.weights.da = {"vejer", "vejede", "vejet", "tabt", "vægt", "vægten", "fødselsvægt", "fødselsvægten",
                    "taget"};
    r.weight_particle_verbs = {"taget"};
    r.weight_particles = {"på"};
    r.weight_changes = {"op", "ned", "up", "down"};
    r.measure_arrows = {"->", "→", "=>", "-->"};
    r.weight_particle_followers = {"på", "i", "siden", "efter", "igen", "det", "de", "den", "over", "under",
                                   "som", "og", "men", "sidste", "hen"};
    r.gram_min_digits = 4;
    const Words origin = {"fra", "tilbage", "af", "ud", "ned", "frem"};
    r.guarded_terms = {{"stammer", origin,
                        {"de", "disse", "flere", "mange", "nogle", "alle", "andre", "to", "tre", "fire"},
                        {"ede", "ske", "ige", "tykke", "store", "gamle", "lange", "høje"}},
                       {"stammede", origin, {}, {}}};
    r.due_words = {"termin", "terminen", "terminsdato", "terminsdatoen"};
    r.due_not_after = {"næste", "forrige", "hver", "hvert", "hvis", "første", "anden", "tredje", "fjerde",
                       "sidste", "kvartalets", "årets", "halvårlig", "kvartalsvis"};
    r.due_cues = {"gravid", "pregnan", "barsel", "jordemo", "svangre", "nakkefold", "fødselsforbered"};
    r.due_links = {"er", "var", "den", "d", "i", "omkring", "ca", "cirka", "først", "sidst", "midt",
                   "primo", "medio", "ultimo", "slutningen", "starten", "af", "til", "om"};
    r.due_money_words = {"kr", "dkk", "kroner", "euro"};
    r.due_money_stems = {"betal", "husleje", "leje", "rate", "skat", "afdrag", "ydelse", "regning", "faktura",
                         "opkræv", "kontingent", "forfald", "rente", "lån", "budget", "restance", "beløb",
                         "indbetal", "udbetal", "moms", "abonnement", "gæld", "pension", "kontrakt", "aftale"};
    // Weight nouns: a record's field only, the value right after ("vægt 27
    // kg", "Wt +4 kg"), not an object's weight ("Pakken har en vægt på 20 kg").
    r.weight_nouns = {"vægt", "vægten", "fødselsvægt", "fødselsvægten", "weight", "wt"};
    r.weight_articles = {"en", "et", "den", "det", "a", "an", "the", "its", "dens", "dets"};
    r.weights.en = {"weighs", "weighed", "lost", "gained", "weight", "wt"};
    r.weight_units = {"kg", "kilo", "kilos", "kilogram", "g", "gram"};
    r.gram_units = {"g", "gram"};
    r.result_modifiers = {"for", "too", "very", "meget", "lidt", "slightly", "quite", "alt", "way"};
    r.abnormal_results = {"high", "low", "raised", "elevated", "abnormal", "højt", "lavt", "høj", "lav",
                          "forhøjet", "forhøjede", "nedsat", "ustabilt", "unstable", "deranged"};
    r.measure_units = {"kg", "kilo", "bpm", "mmol", "mmol/l", "mmol/mol", "mm", "hg", "mmhg", "kg/m2", "%", "pct",
                       "procent", "percent", "g/l", "mg/l", "l/min", "promille", "cm", "u/l",
                       "µmol/l", "umol/l", "ml/min", "°"};
    r.pronouns.da = {"han", "hun", "ham", "hende", "hans", "hendes", "sin", "sit", "sine",
                     "vedkommende", "vedkommendes", "du", "din", "dit", "dine", "dig", "i", "jer",
                     "jeres"};
    r.pronouns.en = {"he", "she", "him", "her", "his", "hers", "they", "them", "their", "you",
                     "your", "yours"};
    r.roles.da = {"borgeren", "borgerens", "borger", "patienten", "patientens", "beboeren", "beboerens",
                  "eleven", "elevens", "barnet", "barnets", "drengen", "pigen", "medarbejderen",
                  "medarbejderens", "kollegaen", "kollegaens", "kollegen", "moren", "moderen",
                  "faren", "faderen", "sønnen", "datteren", "manden", "konen", "hustruen",
                  "ægtefællen", "ægtefællens", "klienten", "klientens", "ansøgeren",
                  "ansøgerens", "den unge", "den ældre", "brugeren", "brugerens", "pårørende",
                  "mor", "far", "søn", "datter", "mormor", "morfar", "farmor", "farfar",
                  "bedstemor", "bedstefar", "svigermor", "svigerfar",
                  // Care-record shorthand for the person a note is about:
                  // "Bgr. fundet på gulvet. Bgr. har type 2-diabetes." (Not
                  // "pt": as often "p.t.", currently.)
                  "bgr"};
    r.roles.en = {"the citizen", "the patient", "the resident", "the pupil", "the student",
                  "the child", "the boy", "the girl", "the employee", "the client",
                  "the applicant", "the mother", "the father", "the son", "the daughter",
                  "the husband", "the wife", "the user", "mother", "father", "son", "daughter",
                  "husband", "wife",
                  // Family words as relatives write them: "mum's hearing aid".
                  "mum", "mom", "dad", "mummy", "mommy", "daddy", "grandma", "grandpa",
                  "granddad", "grandad", "nan", "nana"};
    r.other_subjects.da = {"jeg", "vi", "man", "kommunen", "afdelingen", "skolen", "centret",
                           "hjemmeplejen", "forvaltningen", "regionen", "staten", "lovgivningen",
                           "loven", "reglerne", "tilbuddet", "ordningen", "projektet", "planen",
                           "politikken", "strategien", "vores", "mit", "min", "mine",
                           "kurset", "kurserne", "mødet", "oplægget", "budgettet", "udvalget",
                           "teamet", "temadagen", "pjecen", "evalueringen", "projektgruppen",
                           "styregruppen", "arbejdsgruppen"};
    r.other_subjects.en = {"i", "we", "our", "my", "the council", "council", "the municipality",
                           "municipality", "the department", "department", "the service",
                           "the law", "the rules", "the project", "course", "meeting", "committee",
                           "budget", "workshop", "survey"};
    r.back_reference_bytes = 2000;
    r.writer_openers = {"jeg", "vi", "we"};
    r.third_person = {"han", "hun", "ham", "hende", "hans", "hendes", "sin", "sit", "sine",
                      "he", "she", "him", "her", "his", "hers"};
    r.referral_words = {"kontakt", "kontakte", "kontaktes", "til", "contact", "to", "call", "ring",
                        "kollega", "kolleger", "colleague", "colleagues", "rettes", "reach",
                        "henvend", "henvendelse"};
    r.naming_intros = {"han hedder", "hun hedder", "vedkommende hedder", "hans navn er",
                       "hendes navn er", "he is called", "she is called", "he's called",
                       "she's called", "his name is", "her name is", "his name's", "her name's"};
    r.subjectless_reach_bytes = 600;
    r.continuation_openers.da = {"ingen", "ikke", "dog", "men", "også", "desuden", "samt", "har",
                                 "er", "var", "blev", "kan", "kunne", "får", "fik", "stadig",
                                 "fortsat", "nu", "efterfølgende", "derudover", "sandsynligvis",
                                 "formentlig", "muligvis", "tydeligt", "lidt", "meget", "uden"};
    r.continuation_openers.en = {"no", "not", "also", "but", "has", "had", "is", "was", "still",
                                 "now", "probably", "possibly", "slightly", "very", "without"};
    r.function_words.da = {"og", "er", "i", "på", "til", "med", "af", "det", "den", "en", "et",
                           "har", "hun", "han", "ikke", "som", "der", "for", "at", "jeg",
                           "vi", "skal", "kan", "om", "hans", "hendes", "fra", "efter",
                           "også", "var", "blev", "meget", "skriv", "lav", "hvad", "hvordan",
                           "men", "eller", "hvis", "hos", "sig", "nu", "ud", "hver", "ved", "når",
                           "mere", "bliver", "blive", "være", "været", "havde", "hende", "ham",
                           "sin", "sit", "sine", "mod", "uden", "kun", "alle", "hvor", "de", "dem",
                           "deres", "denne", "dette", "disse", "jf", "pga", "ugl", "dgl",
                           // Words that tell telegraphic notes and requests.
                           "dage", "uger", "siden", "igen", "stadig", "ingen", "lidt", "omskriv",
                           "oversæt", "opsummer", "tager", "får", "går", "kommer", "siger", "fik"};
    r.function_words.en = {"the", "and", "is", "was", "with", "of", "to", "in", "has", "have",
                           "she", "he", "his", "her", "not", "that", "this", "please",
                           "write", "for", "a", "an", "are", "be", "been", "from", "after",
                           "who", "which", "will", "would", "should", "can", "could", "about",
                           "make", "what", "how", "our", "we", "you", "your",
                           "on", "it", "or", "if", "but", "as", "up", "more", "between", "there",
                           "were", "they", "them", "their", "my", "me", "do", "does", "did", "not",
                           "into", "than", "then", "when", "where", "had", "its", "us", "these",
                           "those", "very", "also", "only", "some", "all", "any", "each", "other",
                           "out", "asks", "pls", "re",
                           // Words that tell telegraphic notes and requests.
                           "ago", "again", "two", "three", "days", "weeks", "today", "yesterday",
                           "tomorrow", "since", "says", "said", "taking", "stopped", "summarise",
                           "summarize", "rewrite", "translate", "gets", "got", "needs"};
    return r;
  }();
  return d;
}

}  // namespace rules::health

}  // namespace privacy_guard
