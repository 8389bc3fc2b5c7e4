"""Batch 3: public figures, politicians, authors, artists, historical persons, royals, athletes, fictional characters."""
from lib import C, P

RECS = [
C("da", "author", "Tove Ditlevsen's memoir 'Gift' (= poison/married), her addiction (public, historical)",
"""Vi skal have læsekreds på plejecentret om Tove Ditlevsens "Gift" fra Københavnertrilogien. Lav 6 samtalespørgsmål om hendes afhængighed af piller og forholdet til lægen, hun giftede sig med. Spørgsmålene skal kunne bruges af en frivillig uden litteraturfaglig baggrund."""),

C("en", "fictional", "novel and film about dementia (Still Alice, The Father)",
"""I'm planning a staff film-and-book evening on dementia. Compare 'Still Alice' (Lisa Genova's novel and the film with Julianne Moore) with 'The Father' (Anthony Hopkins). Which one better shows the experience of early-onset Alzheimer's from the inside, and which one is better for discussing how care staff should respond to confusion? 200 words."""),

C("da", "royal", "Prince Henrik's dementia diagnosis announced by the royal house (public)",
"""Skriv et afsnit til vores demens-temadag om, hvordan det påvirkede den offentlige debat, da Kongehuset i 2017 meddelte, at Prins Henrik havde demens. Hvordan kan åbenhed fra kendte personer mindske tabuet for almindelige familier?"""),

C("en", "athlete", "Caroline Wozniacki's rheumatoid arthritis (public), workplace inclusion",
"""For an internal newsletter on working with a chronic illness, write a short intro that mentions how Caroline Wozniacki went public in 2018 with rheumatoid arthritis and kept playing at top level. Then give 3 tips for managers on flexible work for staff with chronic conditions. Don't suggest anything about any of our employees."""),

C("da", "politician", "former party leader's publicly announced sick leave for stress (public figure)",
"""Lav et oplæg til vores stressworkshop, hvor vi tager udgangspunkt i debatten, da Jakob Ellemann-Jensen i 2023 meldte sig syg og senere fortalte åbent om at være ramt af stress. Hvad kan ledere i kommunen lære af måden, det blev håndteret på? Max 250 ord."""),

C("en", "historical", "King Christian VII's mental illness and Struensee, history lesson",
"""Write a lesson plan for 8th grade history (45 min) about King Christian VII, his mental illness, the royal physician Johann Friedrich Struensee and the reforms of 1770-72. Include a source exercise and a discussion of how mental illness was understood in the 18th century."""),

C("da", "artist", "Kim Larsen (Kim = also a first name/germ) and his public cancer, song for elder sing-along",
"""Vi skal have fællessang på plejecentret. Lav en playliste med 12 sange af Kim Larsen og Gasolin', og skriv en kort introduktion til hver sang, som personalet kan læse op. Nævn gerne at han fortsatte med at spille koncerter, selvom han var syg af prostatakræft, men hold det kort."""),

C("en", "artist", "Van Gogh's ear and mental illness, Frida Kahlo's bus accident and polio, art course",
"""Write a course description for an adult education art course called 'Pain and Colour'. It looks at how Vincent van Gogh's mental illness and Frida Kahlo's polio and bus accident shaped their painting. 8 evenings at the library, max 16 participants, no prior experience needed."""),

C("da", "fictional", "Egon Olsen and Olsen-banden; 'Benny' and 'Kjeld' as film characters; Kjeld's asthma spray",
"""Til sommerfesten på plejecentret vil vi lave en Olsen-banden-quiz. Lav 15 spørgsmål med svarmuligheder om filmene, fx om Egon Olsens planer, Bennys "skide godt, Egon" og Kjelds astmaspray og Yvonnes hjemmeplaner. Sværhedsgraden skal passe til ældre, der har set filmene mange gange."""),

C("en", "athlete", "Simone Biles and Naomi Osaka on mental health (public)",
"""For a mental health week assembly at our upper secondary school (in English), write a 3-minute talk that uses Simone Biles withdrawing at the Tokyo Olympics and Naomi Osaka speaking about depression as examples that it is okay to say you are not okay. End with where students can get help: the school counsellor, the municipal youth guidance and the national helpline."""),

C("da", "historical", "N.F.S. Grundtvig's depressions (historical), folk high school talk",
"""Skriv et foredragsoplæg (ca. 300 ord) til et aftenarrangement på biblioteket: "Grundtvig og mørket". Det skal handle om N.F.S. Grundtvigs perioder med sindssygdom og depression, og hvordan de hang sammen med hans mest produktive år som salmedigter."""),

C("en", "royal", "Queen Margrethe's back surgery in 2023 (public)",
"""Our seniors' newspaper wants a short, respectful note: Queen Margrethe had major back surgery at Rigshospitalet in February 2023 and later returned to official duties before her abdication in January 2024. Write 100 words about her recovery and the role of rehabilitation in old age, without medical speculation."""),

C("da", "fictional", "children's book characters (Alfons Åberg, Rasmus Klump, Gurli Gris) for a child with a hospital visit or a sick parent, no child named",
"""Find 8 billedbøger, vi kan bruge i børnehaven når et barn skal på hospitalet eller har en syg forælder. Gerne klassikere som Alfons Åberg, Rasmus Klump eller Gurli Gris. Skriv for hver bog en linje om hvad den handler om, og hvilken alder den passer til."""),

C("en", "fictional", "Hamlet's madness and Ophelia's drowning, English lesson",
"""Create a discussion guide for our 9th grade English class on Hamlet: Is Hamlet really mad or pretending? How is Ophelia's grief and drowning portrayed? Connect it to how we talk about mental health today. 10 questions, varied difficulty."""),

C("da", "athlete", "Michael Laudrup, Viktor Axelsen as role models in a health campaign (no health claims)",
"""Kommunens kampagne "Bevæg dig for livet" vil gerne bruge danske idrætsstjerner som eksempler. Skriv tre korte tekster om, hvad vi kan lære af Viktor Axelsens træningsdisciplin, Pernille Blumes comeback og Michael Laudrups spilforståelse – uden at påstå, at de støtter kampagnen."""),

C("en", "historical", "Winston Churchill's 'black dog' depression and Abraham Lincoln's melancholy",
"""I want to open a leadership seminar with a short story about historical leaders who struggled with depression, for example Winston Churchill's 'black dog' and Abraham Lincoln's melancholy. Write a 150-word introduction and be careful to present it as historical interpretation."""),

C("da", "author", "H.C. Andersen's hypochondria and note 'Jeg er skindød' (public historical), street H.C. Andersens Vej",
"""Lav en lille tekst til byvandringen, der starter på H.C. Andersens Vej: H.C. Andersen var bange for at blive begravet levende og lagde en seddel ved sengen med "Jeg er kun skindød". Skriv 80 ord om hans hypokondri med et glimt i øjet."""),

C("en", "politician", "prime minister's 2024 assault and whiplash (public)",
"""For a training session on violence against public employees, write a neutral paragraph recalling that Prime Minister Mette Frederiksen was assaulted in Copenhagen in June 2024 and suffered a minor whiplash injury. Use it to introduce our own procedure for reporting threats, without discussing any staff member."""),

C("da", "fictional", "TV hospital series Riget, Stig Helmer character, ghost ambulance",
"""Skriv en kort anmeldelse til personalebladet af "Riget Exodus" – vi har set den på en fyraftensbio. Nævn Stig Helmer, spøgelsesambulancen og hvordan serien gør grin med hospitalshierarki, men også hvad den siger om patienter, der ikke bliver hørt."""),

C("en", "athlete", "footballer's torn cruciate ligament (Zlatan, public), physiotherapy course",
"""Write an intro slide for a physiotherapy course on knee rehab: use Zlatan Ibrahimović's cruciate ligament injury in 2017 and his comeback at 36 as a hook, then list the phases of ACL rehabilitation. Short, engaging, 5 bullet points."""),

C("da", "historical", "Marie Curie's radiation sickness, science day at school",
"""Lav et opslag til skolens naturfagsdag om Marie Curie: hendes to Nobelpriser, at hun døde af aplastisk anæmi sandsynligvis pga. stråling, og at hendes notesbøger stadig er radioaktive. Sprog til 6. klasse."""),

C("en", "fictional", "Dr. Jekyll and Mr. Hyde, Frankenstein, Halloween library event",
"""Plan a Halloween reading night at the library for teenagers: 'Monsters and Medicine' with excerpts from Frankenstein and Dr. Jekyll and Mr. Hyde. Suggest three discussion points about science, addiction and split personality, and a creepy decoration idea for each."""),

C("da", "royal", "King Frederik X and Queen Mary, patron of mental health and anti-bullying (public)",
"""Skriv en pressetekst: Kong Frederik og Dronning Mary besøger Norddjurs i juni. Besøget omfatter et plejecenter med demensafsnit og en skole, der arbejder med Mary Fondens program mod mobning. Borgmesteren tager imod ved Rådhuset. Teksten må kun bruge det, der står her.

Foreløbigt program:
10.00 Ankomst til Rådhuset, Torvet 3, Grenaa. Borgmesteren og byrådets gruppeformænd tager imod.
10.30 Kortege gennem gågaden til havnen.
11.00 Besøg på plejecentret: rundvisning i demensafsnittet og sansehaven, kaffe med beboere og personale i fælleshuset. Der må ikke fotograferes indendørs.
12.15 Frokost (lukket).
13.30 Besøg på en skole, hvor 5. klasse viser deres arbejde med venskaber og trivsel.
14.30 Folkefest på Torvet med skolernes kor og idrætsforeningernes opvisning.
15.30 Afrejse med kongeskibet fra Grenaa Havn.
Pressen akkrediteres via kommunens kommunikationsafdeling på post@norddjurs.dk."""),

C("en", "author", "Oliver Sacks book titles with neurological conditions",
"""Recommend three books by Oliver Sacks for a reading group of occupational therapists and explain in one sentence each what neurological condition they describe, for example 'The Man Who Mistook His Wife for a Hat' and 'Musicophilia'."""),

C("da", "artist", "Beethoven's deafness, concert for hearing-impaired in the concert hall",
"""Lav et program til koncerten "Beethoven for alle" i kulturhuset, hvor vi har teleslynge og en tegnsprogstolk. Intro-tekst om at Beethoven komponerede den 9. symfoni, da han var næsten helt døv. Medtag praktisk info om hørespolen og siddepladser til kørestolsbrugere."""),

C("en", "historical", "cholera epidemic of 1853, public health history, no victims named",
"""Write a 200-word text for a local history exhibition on how the cholera epidemic of 1853 in Copenhagen led to better drinking water and sewers in Danish towns, including Grenaa. Mention the physician's role in general terms. No individual victims."""),

C("da", "fictional", "comedy characters Frank and Casper (Klovn) and the actors as public figures",
"""Lav en morsom, men respektfuld intro til vores julefrokost-quiz med citater fra Klovn, hvor Frank og Casper rejser til en kanotur. Skriv 5 spørgsmål. Frank Hvam og Casper Christensen er skuespillerne bag – nævn dem kun som skuespillere."""),

C("en", "historical", "Stephen Hawking's ALS, assistive technology exhibition",
"""For our assistive technology fair, write a poster text that uses Stephen Hawking as an example of how a speech-generating device and eye-tracking can keep someone with ALS/motor neurone disease communicating. Then list the communication aids we can show: eye-gaze tablets, speech apps, switch controls."""),
]
