"""dev18 clean batch 1: hard negatives - health vocabulary about services, statistics, policy,
budgets, campaigns, IT systems, buildings, idioms; generic role words; templates."""
from lib import clean as C

RECORDS = [
C("[da] [hard-neg] health-stats: ledighed og sygefravær som statistik",
  "skriv en kort nyhed til intranettet: faldet i ledigheden fortsætter i Norddjurs, og sygefraværet på rådhuset er faldet fra 5,8 % til 4,9 % i 2024. tak til alle"),
C("[da] [hard-neg] budget: sygehusets budget og regionen",
  "hvad betyder det for kommunen at sygehusets budget i Region Midt bliver skåret med 400 mio.? lav 3 punkter til udvalgsformanden"),
C("[da] [hard-neg] health-policy: diabetesstrategi 2027",
  "lav en disposition til diabetesstrategi 2027 for Norddjurs: forebyggelse, tidlig opsporing, patientuddannelse, samarbejde med almen praksis og data"),
C("[en] [hard-neg] health-idiom: project has a broken leg",
  "Rewrite this so it sounds less dramatic: the digitalisation project has a broken leg, the budget is bleeding and the steering group is on life support."),
C("[da] [hard-neg] role-word: en borger uden navn",
  "en borger har ringet og spurgt hvordan man søger om hjemmehjælp. kan du lave et kort standardsvar jeg kan bruge i telefonen?"),
C("[da] [hard-neg] public-contact: rådhusets omstilling og postkasse",
  "lav en signatur til vores fællespostkasse: Norddjurs Kommune, Torvet 3, 8500 Grenaa, tlf. 89 59 10 00, post@norddjurs.dk, åbningstid man-fre kl. 10-14"),
C("[da] [hard-neg] template: brevskabelon med pladsholdere",
  "gør denne skabelon pænere: Kære [NAVN], vi har modtaget din ansøgning om [HJÆLPEMIDDEL] den XX.XX.20XX. Du vil høre fra os inden for XX uger. Med venlig hilsen [SAGSBEHANDLER]"),
C("[en] [hard-neg] public-figure: quiz about Danish scientists",
  "Make a 5-question pub quiz about Danish scientists: Niels Bohr, Tycho Brahe, H.C. Ørsted, Ole Rømer and Inge Lehmann. Include answers."),
C("[da] [hard-neg] place: stednavne og turisme",
  "skriv en kort tekst til turistbrochuren om Grenaa Havn, Kattegatcentret, Djurs Sommerland, Gammel Estrup og Fjellerup Strand"),
C("[da] [hard-neg] number-shape: sagsnumre og journalnumre",
  "hvordan skal jeg sortere disse sager? 27.24.00-G01-118-24, 27.24.00-G01-203-24, 29.09.08-P19-44-23 og 00.01.00-A00-2-24. Første del er KLE-nummeret"),
C("[da] [hard-neg] it-system: Nexus og FMK",
  "hvad er forskellen på Nexus, FMK og Sundhedsjournalen? jeg er ny som sekretær i sundhed og skal forklare det til en vikar"),
C("[da] [hard-neg] building: sundhedshus renovering",
  "lav en pressemeddelelse: Sundhedshuset på Vestergade får ny tagkonstruktion og elevator. Genoptræningen flytter midlertidigt til Grenaa Idrætscenter fra 1. maj"),
C("[en] [hard-neg] weather: storm named like a person",
  "Write a short staff message: storm Bodil is expected Thursday night, home care routes in Bønnerup and Fjellerup may be delayed. Prioritise visits with medication."),
C("[da] [hard-neg] sports: skade i sport uden navn",
  "skriv et referat til klubbladet: Grenaa IF tabte 1-2 til Randers Freja, målmanden fik en hjernerystelse i 2. halvleg og holdet spillede med 10 mand de sidste minutter"),
C("[da] [hard-neg] campaign: vaccination og influenza",
  "lav et opslag til Facebook om gratis influenzavaccination for borgere over 65 år. vaccinationen foregår hos egen læge eller på apoteket frem til 1. marts"),
C("[da] [hard-neg] brand: firmaer opkaldt efter personer",
  "lav en liste over danske virksomheder opkaldt efter grundlæggeren, fx Carlsberg, Georg Jensen, Bang & Olufsen, A.P. Møller - Mærsk og Jensens Bøfhus, med en linje om hver"),
C("[da] [hard-neg] health-service: hvordan visitation virker",
  "forklar i enkle ord hvordan man bliver visiteret til hjemmesygepleje, genoptræning og madservice i Norddjurs Kommune. målgruppen er pårørende"),
C("[en] [hard-neg] health-stats: dementia prevalence figures",
  "Turn these numbers into a sentence: In Norddjurs an estimated 780 citizens live with dementia, expected to rise to 1,100 by 2035. Nationally the figure is about 89,000."),
C("[da] [hard-neg] road: vejnavne og vejarbejde",
  "skriv en trafikmeddelelse: Randersvej i Grenaa er spærret mellem Østerbrogade og H.C. Andersens Vej fra uge 14 til uge 17 pga. ny kloak. Omkørsel via Ringvejen"),
C("[da] [hard-neg] budget: budgettabel ældreområdet",
  """lav 3 pointer ud fra denne tabel:
Ældreområdet, budget 2025 (1.000 kr.)
Hjemmepleje 142 318
Plejecentre 198 774
Hjælpemidler 31 205
Genoptræning 18 960
Demensindsats 4 210
I alt 395 467"""),
C("[en] [hard-neg] template: anonymised case for training",
  "Create a training case for new social workers: Citizen X, aged 45, has been unemployed for 2 years and has back pain. What questions should the caseworker ask? Keep it fictional and don't invent names."),
C("[da] [hard-neg] role-word: min kollega og lederen",
  "min kollega og jeg er uenige om hvem der skal tage referat til teammødet. kan du lave et forslag til en fast rotation i et team på 8"),
C("[da] [hard-neg] research: forskning i faldforebyggelse",
  "opsummer kort hvad forskningen siger om faldforebyggelse hos ældre: styrketræning, balance, medicingennemgang og synsundersøgelser"),
C("[da] [hard-neg] health-idiom: hverdagssprog",
  "skriv en sjov intro til julefrokosten: regnskabsafdelingen har haft feber siden oktober, printeren er på intensiv og kaffemaskinen har fået en blodprop"),
C("[en] [hard-neg] it-system: login problem",
  "Our care planning system keeps crashing when we open the medication module. Write a ticket to IT support describing the error 'ERR-5021 timeout' seen from 08:15 to 09:40 today."),
C("[da] [hard-neg] public-figure: essay om H.C. Andersen",
  "hjælp min søn med en stil om H.C. Andersens barndom i Odense og hvorfor han rejste til København som 14-årig"),
C("[da] [hard-neg] number-shape: fakturanr og EAN",
  "leverandøren spørger om vores EAN-nummer. fakturaen har nr. 20241187 og ordrenr. 4500318872. EAN for Sundhed og Omsorg er 5798005312481. skriv et kort svar"),
C("[da] [hard-neg] health-service: sundhedscentrets kurser",
  "skriv en tekst til hjemmesiden om Sundhedscentrets tilbud: rygestop, KOL-rehabilitering, hjerterehabilitering, kurser for borgere med type 2-diabetes og 'Lev med kroniske smerter'"),
C("[en] [hard-neg] health-policy: mental health strategy draft",
  "Give me an outline for a municipal mental health strategy for young people aged 15-25: loneliness, anxiety, early help in schools, cooperation with child psychiatry."),
C("[da] [hard-neg] place: stednavne som sted",
  "hvor langt er der fra Allingåbro til Auning og fra Ørsted til Kolind? jeg skal planlægge kørselsruter for hjemmeplejen"),
C("[da] [hard-neg] number-shape: datoer og klokkeslæt",
  "lav en vagtplan for uge 12: dagvagt 07.00-15.00, aftenvagt 15.00-23.00, nattevagt 23.00-07.00. 18.03 og 19.03 mangler vi en nattevagt"),
C("[da] [hard-neg] health-stats: sygefravær tabel",
  """skriv en kort analyse af sygefraværet:
Område        2023   2024
Hjemmepleje    8,1 %  7,4 %
Dagtilbud      6,9 %  7,2 %
Skoler         5,1 %  4,8 %
Administration 3,9 %  3,5 %
Korttidsfravær er steget, langtidsfravær (over 30 dage) er faldet."""),
C("[en] [hard-neg] brand: Novo Nordisk and Ozempic news",
  "Summarise for our newsletter: Novo Nordisk has announced new investments in Kalundborg, and demand for Ozempic and Wegovy is still high. What could this mean for Danish exports?"),
C("[da] [hard-neg] campaign: kræftens bekæmpelse stafet",
  "vi vil deltage i Stafet For Livet med et hold fra rådhuset. skriv en opfordring til kollegerne om at melde sig, og om at indsamlingen går til kræftforskning"),
C("[da] [hard-neg] role-word: pårørende og beboere generelt",
  "skriv en invitation til pårørendemøde på plejecentret. emner: nye besøgstider, aktiviteter for beboerne, og hvordan man som pårørende kan hjælpe ved måltiderne"),
C("[en] [hard-neg] public-figure: speech quote",
  "Find a good quote from Søren Kierkegaard or Karen Blixen about courage that I can use in a speech for the nursing students' graduation."),
C("[da] [hard-neg] template: cpr-felt med X",
  "lav en Word-skabelon til genoptræningsplan med felter: Navn: ____, CPR: XXXXXX-XXXX, Adresse: ____, Henvisningsdiagnose: ____, Mål: ____, Terapeut: ____"),
C("[da] [hard-neg] health-service: akutteam og vagtlæge",
  "skriv en kort guide til nye medarbejdere: hvornår ringer man til akutteamet, hvornår til lægevagten på 70 11 31 31 og hvornår til 112?"),
C("[da] [hard-neg] public-contact: funktionspostkasser",
  "lav en oversigt til hjemmesiden over hvor man skriver til: hjælpemidler (hjaelpemidler@norddjurs.dk), demensrådgivning (demens@norddjurs.dk), misbrugsrådgivning (misbrug@norddjurs.dk) og jobcentret (jobcenter@norddjurs.dk)"),
C("[en] [hard-neg] research: study abstract about loneliness",
  "Summarise: 'A cohort study of 12,400 Danes aged 65+ found that loneliness was associated with a 30% higher risk of hospital admission for heart failure, independent of smoking and BMI.'"),
C("[da] [hard-neg] building: plejecenter navne",
  "skriv en kort status til byrådet: Plejecenter Lindegården i Auning får 12 nye boliger, og Plejecenter Solbakken i Grenaa renoverer demensafsnittet. forventet indflytning efteråret 2026"),
C("[da] [hard-neg] health-word: ordforklaringer",
  "lav en ordliste til vikarer: KOL, AFLI, dysfagi, decubitus, UVI, BT, BS, p.n., dosisdispensering, forflytning. én linje pr. ord"),
C("[en] [hard-neg] street-name: person-named streets",
  "Why are so many Danish streets named after people, like Niels Bohrs Allé, Kong Christians Vej or Dronning Margrethes Vej? Give a short historical explanation."),
C("[da] [hard-neg] number-shape: CPR-lignende sagsnummer",
  "i det gamle system har sagerne numre som 150324-0012 og 020124-0457, hvor de første seks cifre er oprettelsesdatoen. hvordan forklarer jeg det til konsulenterne ved migreringen?"),
C("[da] [hard-neg] sports: idrætsskader som emne",
  "lav et program til en temaaften i Grenaa Idrætscenter om idrætsskader hos børn: forebyggelse, opvarmning, hvornår skal man til lægen"),
C("[en] [hard-neg] weather: heat wave advice",
  "Write advice for home care staff during the heat wave: make sure elderly citizens drink enough, close curtains, watch for signs of dehydration and heat stroke."),
C("[da] [hard-neg] health-policy: sundhedsaftale",
  "hvad står der typisk i en sundhedsaftale mellem regionen og kommunerne om udskrivelse af ældre patienter? giv et kort overblik"),
C("[da] [hard-neg] role-word: klage uden identifikation",
  "en pårørende har klaget over at hjælperne kommer for sent. skriv et generelt svar hvor vi beklager, forklarer at ruterne planlægges ud fra faglige prioriteringer og tilbyder et møde"),
C("[en] [hard-neg] brand: chair designers",
  "We're furnishing the new meeting room. Compare the Arne Jacobsen Series 7 chair with the Hans J. Wegner Wishbone chair for durability and price."),
C("[da] [hard-neg] budget: langt budgetnotat sundhed og ældre (hjælpemidler, diagnoser som udgiftsdrivere)",
  """Kan du lave et resumé på 5 linjer af dette budgetnotat til Social- og Sundhedsudvalget?

Budgetopfølgning pr. 31. marts - Sundhed og Omsorg
Det samlede forventede merforbrug på området udgør 8,4 mio. kr. Merforbruget skyldes primært tre forhold:

1. Hjemmeplejen: Antallet af visiterede timer er steget med 6 % siden 1. januar. Stigningen hænger sammen med kortere indlæggelser på sygehusene, hvor flere borgere udskrives med behov for sygepleje, sårpleje og medicinhåndtering i eget hjem. Merforbruget forventes at udgøre 4,1 mio. kr.

2. Hjælpemidler: Udgifterne til kørestole, plejesenge og personløftere ligger 2,3 mio. kr. over budgettet. Der ses en stigning i antallet af borgere med behov for specialkørestole. Forvaltningen undersøger muligheden for et fælles udbud med nabokommunerne.

3. Medfinansiering af sundhedsvæsenet: Den kommunale medfinansiering forventes at blive 2,0 mio. kr. højere end budgetteret, bl.a. på grund af flere ambulante besøg for borgere med diabetes og KOL.

Mindreforbrug: Genoptræning forventer et mindreforbrug på 0,6 mio. kr. pga. vakante stillinger som fysioterapeut.

Forvaltningen foreslår at udvalget drøfter mulige tiltag, herunder styrket rehabilitering efter § 83a, øget brug af velfærdsteknologi (fx vasketoiletter og spiserobotter) og en gennemgang af serviceniveauet for praktisk hjælp. Sagen behandles igen på mødet den 12. juni."""),
C("[da] [hard-neg] health-service: langt mødereferat, arbejdsgruppe demensvenlig kommune, offentlige kontaktdata",
  """Gør dette referat kortere og lav en liste over aftaler:

Referat - arbejdsgruppen 'Demensvenlig Norddjurs', 6. februar kl. 13-15, mødelokale 2, rådhuset
Deltagere: demenskoordinatorer (2), repræsentant fra Ældresagen, Alzheimerforeningens lokalafdeling, biblioteket, Grenaa Handelsstandsforening, en medarbejder fra Borgerservice, referent.

1. Status: 14 butikker i Grenaa midtby har nu gennemført kurset 'Demensven'. Målet for 2025 er 30 butikker fordelt på Grenaa, Auning og Allingåbro.
2. Pårørendecafé: Caféen på biblioteket har haft gennemsnitligt 11 deltagere pr. gang. Flere pårørende efterspørger aftenmøder. Gruppen foreslår at afprøve en aftencafé én gang om måneden fra september.
3. Demensdagen 21. september: Der planlægges en vandring gennem byen med start ved Torvet, oplæg om tidlige tegn på demens og information om kommunens tilbud (aflastning, dagcenter, demenskoordinatorer).
4. Kommunikation: Pjecen 'Når hukommelsen svigter' skal opdateres, og der skal være en engelsk og en arabisk version. Kontakt sker via demens@norddjurs.dk eller kommunens hovednummer 89 59 10 00.
5. Evt.: Ældresagen tilbyder frivillige til vandringen. Næste møde 8. maj."""),
C("[en] [hard-neg] health-service: long job advert for acute-team nurse, functional mailbox",
  """Please translate this job advert into Danish and make it a bit more inviting:

Registered Nurse - Acute Care Team, Norddjurs Municipality
Are you an experienced nurse who thrives on variety? Our acute care team helps citizens in their own homes to avoid unnecessary hospital admissions. You will assess patients with infections, dehydration, acute confusion and falls, take blood samples, start IV antibiotics and coordinate with GPs and the hospital in Randers.
We offer: a skilled team of 12 nurses, a car, flexible scheduling with day and evening shifts, and thorough introduction.
We expect: at least 3 years' experience from a medical or acute department, a driving licence and good communication skills.
Salary according to the collective agreement. Application deadline 15 April. Questions: akutteam@norddjurs.dk or the switchboard 89 59 10 00. Interviews will be held in week 17."""),
C("[da] [hard-neg] health-service: ventetider på genoptræning",
  "skriv et svar til et byrådsmedlem om ventetiden på genoptræning: i gennemsnit 9 dage for almen genoptræning og 4 dage efter hoftebrud. målet er under 7 dage"),
C("[da/en] [hard-neg] it-system: mixed prompt about Copilot and data",
  "hvordan bruger jeg Copilot sikkert i sagsbehandlingen? what kind of data may I paste, and what about CPR numbers and helbredsoplysninger? lav en kort guide"),
C("[da] [hard-neg] public-figure: dronning og konge i historisk tekst",
  "skriv 5 linjer om Christian IV's betydning for Danmark og hvorfor Dronning Margrethe abdicerede i 2024 til fordel for Frederik X"),
C("[en] [hard-neg] number-shape: phone-like order numbers",
  "Match these order numbers to the invoices: 48 23 11 90, 48 23 11 97 and 48 23 12 04 are for incontinence products from the central warehouse, March delivery."),
C("[da] [hard-neg] health-service: hjertestartere",
  "lav et kort over hjertestartere i Norddjurs til hjemmesiden - fx ved Grenaa Station, Auning Skole, Kolind Hallen og Glesborg Købmand. hvilke felter skal tabellen have?"),
C("[da] [hard-neg] campaign: trivselsuge på skolerne",
  "lav et program til trivselsugen på skolerne: bevægelse, søvn, skærmtid og et oplæg om angst og ensomhed blandt unge"),
C("[en] [hard-neg] health-idiom: cold feet",
  "My manager got cold feet about the reorganisation and now the whole team has a headache. How do I write a constructive email asking for a decision?"),
C("[da] [hard-neg] template: eksempelbrev med XX",
  "ret dette eksempel i vejledningen: 'Borgeren XX har søgt om rollator. Ansøgningen er modtaget den XX, og afgørelsen træffes efter § 112.' må der stå en diagnose i eksemplet?"),
C("[da] [hard-neg] place: skole og institutioner",
  "lav en liste over skoler i Norddjurs med skoledistrikt: Grenaa, Auning, Allingåbro, Vivild, Glesborg, Ørum og Rougsøskolen. hvad er elevtallet cirka?"),
C("[en] [hard-neg] role-word: a citizen generic training scenario",
  "Role-play exercise: I am a caseworker and you are an elderly citizen who is upset that her home help has been reduced. Do not use real names. Start the conversation."),
]
