"""dev12 clean batch 1: hard negatives (metaphors, false friends, numbers, roles, word-names)."""
from lib import clean as C

RECS = [
C("[en] [hard-neg] metaphor: server 'down with a virus', 'infected' laptops", """
Write a short message to all staff: the file server in Grenaa is down with a virus since this morning. IT is isolating the infected laptops, and the backup is healthy. Please do not open attachments from unknown senders until we give the all-clear.
"""),
C("[da] [hard-neg] metaphor: vejen har fået et brud, kørebanen er syg", """
Skriv en pressemeddelelse: Kystvejen mellem Bønnerup og Fjellerup har fået et brud i asfalten efter stormen, og vejkanten er undermineret. Vej og Park vurderer, at strækningen er "syg" helt ned i bærelaget og skal have en større behandling. Vejen er lukket for tung trafik fra mandag.
"""),
C("[da] [hard-neg] metaphor: budgettet bløder, kræftknude i regnskabet", """
Gør teksten mere neutral til økonomiudvalget: "Budgettet for specialundervisning bløder stadig, og overførselsområdet er som en kræftknude, der breder sig til de andre rammer. Vi skal have stoppet blødningen, før vi kan tale om genoptræning af økonomien."
"""),
C("[en] [hard-neg] false-friend: English 'gift', 'angst', 'sick' used as ordinary words", """
Improve this English text for our twinning-town newsletter: "The mayor gave a gift to the visitors from Germany. The teenagers in the youth club said the new skatepark is sick. There was some angst about the weather, but the sun came out."
"""),
C("[da] [hard-neg] false-friend: Danish 'fart', 'slut', 'prik' in English-looking context", """
Oversæt til engelsk og forklar ordene: "Husk at sætte farten ned ved skolen. Ansøgningsfristen slutter fredag. Sæt en prik ved de punkter, der er godkendt."
"""),
C("[en] [hard-neg] false-friend: 'Kur', 'hospitality', 'patient' (adjective), 'lame excuse'", """
Check my English: "We must be patient with the new IT system. The supplier gave a lame excuse for the delay, but the hospitality at their office in Aarhus was excellent. The Kurhotel in Skodsborg was proposed for the seminar."
"""),
C("[da] [hard-neg] compound: hjertesag, ondtonde, hovedpinesag, feberhede", """
Skriv et oplæg til nyhedsbrevet: "Bynatur er en hjertesag for Norddjurs. Den sidste hovedpinesag om parkering på Torvet er løst, og der er feberhed aktivitet i foreningerne op til Kulturnatten."
"""),
C("[da] [hard-neg] compound: blodbank-kampagne, sygehusvej, lægehus-parkering", """
Lav et opslag til intranettet om, at parkeringspladsen ved lægehuset på Sygehusvej er lukket i uge 34 pga. asfaltarbejde. Blodbankens bus holder i stedet ved Grenaa Idrætscenter.
"""),
C("[en] [hard-neg] service-health: description of the municipal dementia service", """
Translate into English for our website: Norddjurs Kommune har to demenskoordinatorer, som rådgiver borgere med demens og deres pårørende. Vi tilbyder pårørendegrupper, aktivitetstilbud og aflastning. Kontakt demenskoordinatorerne via kommunens hovednummer 89 59 10 00.
"""),
C("[da] [hard-neg] service-health: sundhedscentrets tilbud om rygestop og KOL-hold", """
Skriv en kort tekst til Facebook: Sundhedscenter Norddjurs starter nye hold for borgere med KOL, type 2-diabetes og hjertesygdom i september. Der er også rygestopkurser og samtaler om alkohol. Tilmelding via sundhed@norddjurs.dk.
"""),
C("[en] [hard-neg] statistics: sick leave table with two-digit figures", """
Make a chart description from this table:

Department;Q1;Q2;Q3;Q4
Home care North;7,4;6,9;5,8;8,1
Home care South;6,2;6,6;5,1;7,3
Schools;4,8;4,1;2,9;5,5
Day care;6,0;5,7;4,4;6,8

Figures are sick-leave percentages for 2023.
"""),
C("[da] [hard-neg] statistics: antal borgere med hjemmesygepleje pr. distrikt", """
Skriv to sætninger om udviklingen:
Distrikt\t2022\t2023\t2024
Nord\t412\t438\t455
Midt\t389\t401\t420
Syd\t277\t290\t301
(Antal borgere visiteret til hjemmesygepleje, fx sårpleje, medicindispensering og kateterpleje.)
"""),
C("[da] [hard-neg] number-trap: journalnummer j.nr. 27.12.04-A00-3-23 and KLE", """
Hvilket KLE-nummer skal jeg bruge til en sag om vejbelysning? Min kollega foreslår j.nr. 27.12.04-A00-3-23, men jeg tror det skal være 05.01.08-G01.
"""),
C("[en] [hard-neg] number-trap: EAN number and invoice number", """
The supplier's invoice no. 2024-118733 was rejected. Our EAN is 5798000416604 and the order number was PO-4500123456. Write a polite email asking them to resend the invoice with the correct EAN.
"""),
C("[da] [hard-neg] number-trap: sagsnummer formet som CPR-lignende tal med bogstav", """
Skriv en kvittering: Vi har modtaget din henvendelse. Dit sagsnummer er 24/18342 og dokumentnummer 2024-0412-0031. Oplys altid sagsnummeret, når du kontakter os.
"""),
C("[da] [hard-neg] number-trap: budgettabel med beløb og konti", """
Lav et overblik over afvigelserne:
Konto;Tekst;Budget;Forbrug
5.30.27;Hjemmepleje;142.350;148.912
5.32.32;Hjælpemidler;21.800;24.115
4.62.82;Genoptræning;17.450;16.930
4.62.88;Sundhedsfremme;3.250;2.984
(beløb i 1.000 kr.)
"""),
C("[en] [hard-neg] number-trap: dates and times that look like phone numbers", """
Turn this into a meeting invitation: Budget seminar 12.09.2024 at 09.00–15.30, follow-up 03.10.2024 at 13.00–14.30, Room 2.12, Torvet 3, 8500 Grenaa.
"""),
C("[da] [hard-neg] number-trap: postnumre og vejnumre", """
Hvilke byer dækker postnumrene 8500, 8544, 8550, 8560, 8570, 8581, 8585, 8586 og 8592? Lav en tabel.
"""),
C("[da] [hard-neg] common-word-surname: skov, bjerg, holm, dam, fisker, bager, lund som almindelige ord", """
Skriv en naturbeskrivelse til turistfolderen: Fra bakken er der udsigt over skov og bjerg, en lille holm i fjorden og den gamle dam ved møllen. Om morgenen ser man en fisker ved molen, og bageren i Gjerrild åbner kl. 6. Stien fortsætter gennem en lund af bøg.
"""),
C("[da] [hard-neg] first-name-word: Bo, Mark, Kim, Rose, Storm som ord", """
Ret kommaerne: Mange ønsker at bo tæt på skoven og derfor skal naboerne informeres om at marken bag skolen bliver til en ny park hvor der plantes rose og lavendel. Kimen til projektet blev lagt da storm og regn sidste år lavede skader og vi skal huske at mark og eng ved åen stadig står under vand.
"""),
C("[en] [hard-neg] first-name-word: Mark, Rose, Storm, Bill, Will as words", """
Fix the English: "Please mark the rose garden on the map. After the storm, the bill for repairs will be sent to the board, and we will see if the council has the will to pay."
"""),
C("[da] [hard-neg] public-figure: forfatter Tove Ditlevsen og hendes misbrug i litteraturundervisning", """
Lav 5 spørgsmål til 9. klasse om Tove Ditlevsens "Gift" – hvordan skildres hendes afhængighed af Demerol og hendes indlæggelser, og hvad siger det om 1950'ernes syn på psykisk sygdom?
"""),
C("[en] [hard-neg] historical: H.C. Andersen's and Søren Kierkegaard's health in a history lesson", """
Write a short text for a Year 8 history class: H.C. Andersen suffered from toothache and fear of being buried alive, and Søren Kierkegaard collapsed on the street in 1855 and died in Frederiks Hospital. Discuss how illness was understood in the 19th century.
"""),
C("[da] [hard-neg] role-staff: personale kun nævnt ved titel", """
Skriv en intern nyhed: Sygeplejersken i akutteamet og den nye ergoterapeut har sammen lavet en guide til forebyggelse af tryksår. Teamlederen i Hjemmeplejen Nord takker for arbejdet.
"""),
C("[en] [hard-neg] role-staff: the head of department's speech about burnout", """
Proofread the head of department's speech: "Burnout and stress are the biggest causes of sick leave in our sector. Our occupational health consultant will run workshops for all team leaders this autumn."
"""),
C("[da] [hard-neg] functional-mailbox: post@, noreply@, info@ og omstilling", """
Skriv en standard autosvar-tekst: "Denne mail er sendt fra noreply@norddjurs.dk og kan ikke besvares. Skriv i stedet til post@norddjurs.dk via Digital Post, eller ring til borgerservice på 89 59 10 00. Spørgsmål om arrangementer: info@kulturhusgrenaa.dk."
"""),
C("[en] [hard-neg] address-trap: street names and towns without a person", """
Plan a route for the road inspection: Stationsvej, Nørregade and Østergade in Grenaa; Hovedgaden in Auning; Bygaden in Vivild; and the harbour area at Kattegatvej. Suggest an order that minimises driving.
"""),
C("[da] [hard-neg] address-trap: adresse på kommunal bygning", """
Skriv en vejledning til nye medarbejdere om hvor de skal møde: Rådhuset, Torvet 3, 8500 Grenaa, indgang fra Lillestræde. Parkering ved Søndre Skole. Jobcentret ligger på Kannikegade 14.
"""),
C("[en] [hard-neg] anonymous-case: Citizen A with dementia in training material", """
Make a training case from this: Citizen A, 82, lives alone, has moderate dementia and has fallen twice. Her son lives abroad. Discuss what the home care team should do when Citizen A refuses a bath.
"""),
C("[da] [hard-neg] anonymous-case: Elev X med ADHD i en supervisionscase", """
Lav tre refleksionsspørgsmål til lærerteamet ud fra casen: Elev X i 7. klasse har ADHD og ordblindhed og forlader ofte undervisningen. Forældrene ønsker mere støtte, men skolen har ikke flere ressourcer.
"""),
C("[en] [hard-neg] own-health: writer's own cold and back pain, no name", """
Write a short email to my team saying I'm working from home today because I have a bad cold and my back is sore after the move. I'll join the 10 o'clock meeting on Teams.
"""),
C("[da] [hard-neg] own-health: skribentens egen graviditet, intet navn", """
Hvordan formulerer jeg en mail til min leder om, at jeg er gravid i 12. uge og gerne vil drøfte mine arbejdsopgaver, fordi jeg har meget kvalme om morgenen?
"""),
C("[da] [hard-neg] job-ad: stillingsopslag sygeplejerske nævner diagnoser", """
Skriv et stillingsopslag: Vi søger en sygeplejerske til akutteamet, som har erfaring med KOL, hjertesvigt, sepsis, diabetes og palliation. Du kører ud til borgere i hele Norddjurs. Løn efter overenskomst. Ansøgningsfrist 1. marts.
"""),
C("[en] [hard-neg] job-ad: speech therapist ad listing conditions", """
Translate into English: "PPR søger en tale-hørekonsulent til børn med sprogforstyrrelser, stammen, høretab og autismespektrumforstyrrelser. Du bliver en del af et tværfagligt team."
"""),
C("[da] [hard-neg] course: kursus i medicinhåndtering med præparatnavne", """
Skriv en kursusbeskrivelse: "Medicinhåndtering for SOSU-hjælpere: dosering af Panodil, Pinex og Metformin, håndtering af Furix og Eliquis, fejlmeddelelser og utilsigtede hændelser. 2 dage, Grenaa Sundhedscenter."
"""),
C("[en] [hard-neg] course: first aid course for stroke and heart attack", """
Write an invitation to a first aid course for all staff: how to recognise a stroke (FAST test), a heart attack and low blood sugar, and how to use the defibrillator at the town hall entrance.
"""),
C("[da] [hard-neg] policy: retningslinje for sygefravær", """
Forenkl sproget i retningslinjen: "Ved sygdom skal medarbejderen melde sig syg til nærmeste leder inden kl. 7.30. Ved fravær over 14 dage afholdes sygefraværssamtale. Ved gentaget korttidsfravær (mere end 3 perioder på 6 måneder) tages en omsorgssamtale."
"""),
C("[en] [hard-neg] policy: infection control plan for norovirus outbreaks", """
Summarise our infection control plan in five bullet points: in case of vomiting and diarrhoea among residents, close the common dining room, use gloves and aprons, clean with chlorine, inform the infection hygiene nurse, and report to the region if more than 3 residents are affected.
"""),
C("[da] [hard-neg] fictional: Matador-figurer og Olsen-banden", """
Skriv en sjov intro til julefrokosten, hvor Mads Skjern, Misse Mathiesen og Egon Olsen optræder. Egon har en "plan" med en blodtryksmåler, og Misse besvimer af skræk.
"""),
C("[en] [hard-neg] fictional: Grey's Anatomy characters with diagnoses", """
For an English lesson, summarise an episode of Grey's Anatomy where Meredith Grey nearly drowns and Derek Shepherd operates on a brain tumour. Use simple vocabulary.
"""),
C("[da] [hard-neg] plants-animals: syg hest, halt ko, fugleinfluenza", """
Skriv et opslag fra Teknik og Miljø: Der er konstateret fugleinfluenza i en hobbybesætning ved Stenvad. Landmænd skal holde fjerkræ indendørs. Dyrlægen minder om, at halte køer og syge heste også skal anmeldes ved mistanke om smitsom sygdom.
"""),
C("[en] [hard-neg] metaphor: 'healthy economy', 'sick building', 'cancer on the budget'", """
Rewrite more formally: "The old school is a sick building, the ventilation is dead, and the repair costs are a cancer on the budget. We need a healthy economy before we can operate on the roof."
"""),
C("[da] [hard-neg] metaphor: IT-systemet har feber og ligger i koma", """
Lav en driftsmeddelelse: Nexus har i dag "feber" – systemet er meget langsomt og lå i koma mellem 9 og 10. Leverandøren har givet en førstehjælpspatch, og vi forventer fuld bedring i aften.
"""),
C("[da] [hard-neg] minutes: udvalg godkender sundhedsbudget, kun roller", """
Skriv referatet færdigt: Social- og Sundhedsudvalget godkendte den nye demensstrategi. Formanden fremhævede behovet for flere aflastningspladser. Direktøren orienterede om ventelister til genoptræning efter hofteoperationer.
"""),
C("[en] [hard-neg] placeholder: template letter with [NAME] and CPR xxxxxx-xxxx", """
Improve this template: "Dear [NAME], CPR xxxxxx-xxxx. We have received your application for [AID]. Your case worker is [CASE WORKER], phone [PHONE]. Please contact us at [EMAIL]."
"""),
C("[da] [hard-neg] placeholder: skabelon til indkaldelse med felter", """
Lav en skabelon: Kære «Fornavn» «Efternavn», Du indkaldes til samtale om din sygemelding den «Dato» kl. «Tid». Medbring gerne «Bisidder». Med venlig hilsen «Sagsbehandler».
"""),
C("[en] [hard-neg] homograph: 'stroke' of the pen, 'cast' of a play, 'rash' decision", """
Check this sentence: "With one stroke of the pen the council changed the cast of the summer play, which many called a rash decision."
"""),
C("[da] [hard-neg] homograph: 'brud' som i bryllup, 'lam' som dyr, 'kur' som hvid kurstykke", """
Skriv et forslag til forårsarrangementet på Fjellerup Strand: påskelam på grillen, en brud og brudgom-dans for ældreklubben og en kur af blomster på scenen.
"""),
C("[en] [hard-neg] statistics: vaccination coverage and flu numbers", """
Write a paragraph for the annual report: In Norddjurs, 71 % of citizens aged 65+ received the flu vaccine in 2023, up from 67 %. There were 212 confirmed cases of influenza A and 38 admissions in the municipality.
"""),
C("[da] [hard-neg] procurement: udbud på inkontinensprodukter og kørestole", """
Lav et resumé af udbudsmaterialet: Rammeaftale om inkontinensprodukter, kørestole og badestole for 2025–2028. Estimeret volumen 14 mio. kr. CVR-nr. 29189684. Tilbudsfrist 15.01 kl. 12.00.
"""),
C("[en] [hard-neg] public-figure: Danish prime minister and footballer's injury", """
Write a quiz question for the staff party: Which Danish footballer had a cardiac arrest during Euro 2020, and which prime minister went on a bike ride to raise money for the Heart Foundation?
"""),
C("[da] [hard-neg] number-trap: kontonummer for kommunen og betalingsoplysninger uden person", """
Skriv en betalingsvejledning: Egenbetaling for madservice indbetales til Norddjurs Kommune, reg. nr. 0216 konto 4069112233 (Danske Bank, kommunens konto). Husk at skrive fakturanummeret i tekstfeltet.
"""),
C("[en] [hard-neg] number-trap: test credit card number in IT documentation", """
Explain to the web team how to test the payment page: use the standard test card 4111 1111 1111 1111, any expiry date in the future and CVC 123. Never use a real card.
"""),
C("[da] [clean] mødeindkaldelse uden personer", """
Skriv en mødeindkaldelse til teammøde tirsdag kl. 9 om ny vagtplan og sommerferie.
"""),
C("[en] [clean] summarise article about heat pumps", """
Summarise in 5 bullets: the benefits of heat pumps in older municipal buildings, including maintenance and energy savings.
"""),
C("[da] [clean] Excel-formel", """
Hvordan laver jeg en HVIS-formel i Excel, der skriver "over budget", når kolonne D er større end kolonne C?
"""),
C("[en] [clean] rewrite a meeting agenda", """
Rewrite this agenda into a friendly invitation: 1. Welcome 2. New intranet 3. Summer party planning 4. AOB.
"""),
C("[da] [hard-neg] service-health: hjemmeplejens kvalitetsstandard", """
Gør kvalitetsstandarden mere læsevenlig: "Personlig pleje kan omfatte hjælp til bad, af- og påklædning, toiletbesøg og hjælp til indtagelse af mad. Hjælpen tildeles efter en individuel vurdering. Borgere med nødkald kan tilkalde hjælp døgnet rundt."
"""),
C("[en] [hard-neg] service-health: rehabilitation offer description in English", """
Translate for the English version of our website: Genoptræning efter sundhedsloven tilbydes borgere, der udskrives fra sygehus med en genoptræningsplan, fx efter hoftebrud, knæoperation eller blodprop i hjernen.
"""),
]
