"""dev15 clean batch 1 (d15-0121..0175): health words about things, services, policies, statistics,
own health, anonymous cases, number traps."""
from lib import clean as C

RECS = [
C("[da] [hard-neg] metaphor: IT system 'has a fever', 'needs first aid', 'infected' mail server", """
Skriv en kort driftsbesked til medarbejderne: Omsorgssystemet har haft feber hele formiddagen og er nu på intensiv hos leverandøren. Mailserveren blev inficeret af en orm i weekenden, og IT har givet den førstehjælp, men den hoster stadig lidt. Forvent at systemet er sløvt indtil kl. 14.
"""),
C("[en] [hard-neg] metaphor: project 'on life support', 'bleeding money', 'chronic' delays", """
Help me write a frank but polite status update to the steering committee: the new booking platform project is on life support, it's bleeding money every month, the vendor has a chronic problem with deadlines and the integration with the payroll system is basically paralysed. I want to recommend a pause and a health check by an external consultant.
"""),
C("[da] [hard-neg] weather: heat-wave warning with hedeslag/dehydrering as general advice", """
Lav et opslag til Facebook-siden: Der er varsling om hedebølge fra torsdag. Husk at drikke vand, hold gardinerne trukket for, og tjek på ældre naboer. Hedeslag og dehydrering rammer især småbørn og ældre. Kommunens plejecentre har ekstra fokus på væske i disse dage.
"""),
C("[en] [hard-neg] sport: injury time, hamstring, knock-out, the club's 'injury list' without players", """
Write a 100-word match report for the local paper in English: Grenaa's U17 team won 2–1 after a goal deep into injury time. The team's injury list is long this season, with several hamstring and ankle problems, but the coach praised the squad's fitness. The opponents were knocked out of the cup.
"""),
C("[da] [hard-neg] service-health: description of the municipality's rehabilitation service, no person", """
Omskriv denne tekst til hjemmesiden så den er lettere at læse: Genoptræning efter sygehusophold tilbydes borgere, der har fået en genoptræningsplan ved udskrivelse. Genoptræningen kan foregå på Sundhedscentret eller i eget hjem og omfatter fx træning efter hoftebrud, knæoperation, apopleksi eller længere tids sengeleje. Der er frit valg af genoptræningssted.
"""),
C("[da] [hard-neg] course: dementia course for relatives, programme with diagnoses", """
Lav en invitation til vores pårørendekursus om demens: 4 aftener i marts på Sundhedscentret. Emner: hvad er Alzheimers, vaskulær demens og Lewy body demens; adfærdsændringer og uro; kommunikation; egen trivsel som pårørende. Gratis, tilmelding via hjemmesiden. Max 20 deltagere.
"""),
C("[da/en] [hard-neg] job-ad: nurse job ad with conditions and medicines, no person", """
Translate into English for our international job posting: Vi søger en sygeplejerske til akutteamet, 37 timer. Du skal kunne håndtere borgere med KOL, hjertesvigt, diabetes og sepsis, give IV-antibiotika, anlægge kateter og lave smertebehandling i hjemmet. Kørekort B er et krav.
"""),
C("[da] [hard-neg] policy: policy text on alcohol and drugs at work, no person", """
Forkort denne politik til en pixi-udgave på 5 punkter: Norddjurs Kommunes alkohol- og rusmiddelpolitik gælder alle medarbejdere. Det er ikke tilladt at være påvirket i arbejdstiden. Ledere har pligt til at reagere ved mistanke om misbrug, og kommunen tilbyder behandling gennem en behandlingsaftale. Medicin, der kan påvirke arbejdsevnen, skal drøftes med lederen.
"""),
C("[en] [hard-neg] statistics: sick-leave percentages by department, table", """
Turn this into a short analysis in English:
Department;Sick leave 2024 %;Sick leave 2025 %
Home care North;7.8;8.4
Home care South;6.9;6.1
Schools;4.2;4.5
Technical services;3.9;3.6
Which departments should we focus on?
"""),
C("[da] [hard-neg] own-health: writer's own flu and back pain, no identifying data", """
Skriv en kort besked til mit team om at jeg er syg i dag: jeg har feber og ondt i halsen, og min ryg driller også igen. Jeg forventer at være tilbage på mandag og tjekker mails i eftermiddag, hvis jeg kan.
"""),
C("[en] [hard-neg] own-health: writer's own pregnancy and nausea, asks for leave wording", """
I'm 12 weeks pregnant and have terrible morning sickness. How do I tell my manager I need to start later in the mornings for the next month, without going into too much detail? Give me two versions, one formal and one casual.
"""),
C("[da] [hard-neg] anonymous-case: case for a training course with 'Borger A', conditions", """
Lav tre refleksionsspørgsmål til denne case til introduktionsforløbet for nye SOSU-elever: Borger A er 82 år, bor alene, har KOL og begyndende demens. Borgeren afviser hjælp til bad og har tabt sig 5 kg på to måneder. Datteren bor i udlandet.
"""),
C("[en] [hard-neg] public-figure: Christian Eriksen's cardiac arrest as a first-aid example", """
Write an intro for our first-aid course in English: use the example of Christian Eriksen's cardiac arrest at the European Championship in 2021 to show why quick CPR and a defibrillator save lives. Keep it respectful and under 120 words.
"""),
C("[da] [hard-neg] historical: H.C. Andersen's hypochondria and toothache for a museum text", """
Skriv en sjov formidlingstekst til børn om H.C. Andersen, der var bange for at blive begravet levende, havde tandpine det meste af livet og altid havde et reb med på rejser i tilfælde af brand.
"""),
C("[en] [hard-neg] fictional: Dr. House's Vicodin addiction and Sherlock Holmes's cocaine in a book club text", """
For the library's book club newsletter: write a short teaser about addicted geniuses in fiction – Dr. Gregory House and his Vicodin, Sherlock Holmes and his seven-per-cent solution of cocaine – and ask readers whether fiction glamorises addiction.
"""),
C("[da] [hard-neg] common-word-surname: skov, lund, holm, birk, ask, ravn as nature words", """
Lav en tekst til skiltet ved naturstien: Stien går gennem skov og lund ned til holmen i søen. Her vokser birk, ask og eg, og om foråret kan du høre lærken og se ravnen kredse over mosen. Hold hunden i snor.
"""),
C("[da] [hard-neg] first-name-word: bent, per, kim, bo, hans, sten as ordinary words", """
Ret stavefejl i denne tekst: Røret er bent ud af form, så vandet løber per automatik ned i kælderen. Hans bil holder i vejen, og vi kan ikke bo i huset, før kim og svamp er fjernet fra væggen. Sten fra indkørslen skal fjernes.
"""),
C("[da] [hard-neg] institution-address: town hall, hospital with official addresses and switchboards", """
Lav en faktaboks til pjecen "Hvor henvender jeg mig?":
Norddjurs Kommune, Torvet 3, 8500 Grenaa, tlf. 89 59 10 00
Regionshospitalet Randers, Skovlyvej 15, 8930 Randers NØ
Lægevagten: 70 11 31 31
Akut: 112
"""),
C("[da] [hard-neg] number-trap: invoice and order numbers shaped like CPR numbers", """
Hjælp mig med at finde fejlen i denne bogføring: Faktura 3107642211 fra leverandøren af inkontinensprodukter er betalt to gange, både på ordre 1203851234 og 1203851235. Beløbet er 48.312,50 kr. pr. gang. Sagsnummer 2025-004517.
"""),
C("[en] [hard-neg] number-trap: test card numbers in a payment-module spec", """
Review this test plan for our online payment of meal service invoices: use test card 4111 1111 1111 1111 (Visa) and 5555 5555 5555 4444 (Mastercard), expiry 12/30, CVC 123. Test declined payments with 4000 0000 0000 0002. Amounts: 75.00, 1,250.00 and 0.00 DKK.
"""),
C("[en] [hard-neg] false-friend: English 'gift', 'angst', 'sick' (slang), 'fart' in a Danish context", """
I'm writing an English welcome letter for Danish volunteers. Tell me which of these sentences might confuse them: "Thanks for the gift!", "The film was full of teenage angst", "That skateboard trick was sick!", "Don't fart around with the deadline".
"""),
C("[da] [hard-neg] budget-health: overspending on aids and home nursing, figures only", """
Skriv en kort tekst til budgetnotatet: Hjælpemiddelområdet forventer et merforbrug på 3,4 mio. kr., primært på kørestole, plejesenge og inkontinenshjælpemidler. Hjemmesygeplejen forventer et merforbrug på 1,9 mio. kr. pga. flere borgere med komplekse forløb efter tidlig udskrivelse.
"""),
C("[da/en] [hard-neg] minutes: committee minutes approving a mental-health strategy, roles only", """
Translate these minutes into English:
Social- og Sundhedsudvalget godkendte psykiatristrategien 2026-2029. Udvalget lagde vægt på tidlig indsats for unge med angst og depression, færre tvangsindlæggelser og bedre samarbejde med regionen om borgere med dobbeltdiagnoser. Formanden takkede administrationen.
"""),
C("[da] [hard-neg] role-staff: sygeplejersken, lægen, teamlederen without names", """
Lav en huskeseddel til nye medarbejdere: Sygeplejersken skal altid kontaktes ved faldende blodsukker eller feber over 38,5. Lægen kontaktes af sygeplejersken, ikke af hjælperen. Teamlederen skal have besked ved utilsigtede hændelser samme dag.
"""),
C("[da] [hard-neg] homograph: 'brud'/'brudepar' (bride), 'lam' (lamb) in a party menu", """
Lav en menu til festen på plejecentret: Velkomstdrink, forret med røget laks, hovedret lam med rosmarin og brunede kartofler. Brudekage til ære for brudeparret fra 1975, der fejrer guldbryllup. Kaffe og småkager.
"""),
C("[da/en] [hard-neg] procurement: tender for walking aids and bath benches, no person", """
Summarise this tender in English: Norddjurs Kommune udbyder en rammeaftale om rollatorer, albuestokke og badebænke for 4 år med forventet omsætning på 6 mio. kr. Tilbud skal indeholde servicetid, reservedele og rengøring af returnerede hjælpemidler. Spørgsmål stilles via udbudsportalen senest 3. juni.
"""),
C("[da] [hard-neg] service-health: home-nursing quality standard, diagnoses listed generally", """
Forkort denne kvalitetsstandard til et faktaark: Hjemmesygeplejen kan bevilges til borgere med behov for fx sårpleje, medicinadministration, stomipleje, kateterpleje, sondeernæring, opfølgning på diabetes og palliativ pleje. Ydelsen leveres i hjemmet eller i sygeplejeklinikken i Grenaa og Auning.
"""),
C("[en] [hard-neg] metaphor: roads 'fractured', bridge 'in intensive care', town 'heart' needs surgery", """
Polish this for the technical committee newsletter: Several country roads near Auning are fractured after the frost, and the old bridge is in intensive care until we find the money. The town centre's heart needs open surgery: new pipes, new pavement and better lighting.
"""),
C("[da] [hard-neg] own-health: writer's migraine and medicine, asks for a note to the manager", """
Jeg har migræne og har taget to Treo, men jeg kan ikke se på skærmen. Kan du hjælpe mig med at skrive en sms til min leder om at jeg går hjem nu og tager resten af dagen som sygedag?
"""),
C("[en] [hard-neg] anonymous-case: anonymised case for a supervision group, 'the citizen'", """
Help me prepare supervision questions in English for this anonymised case: the citizen is a man in his fifties with schizophrenia and alcohol problems who has been evicted twice. He refuses contact with psychiatry but accepts visits from the housing support worker once a week.
"""),
C("[da] [hard-neg] placeholder: letter template with merge fields and xxxxxx-xxxx", """
Ret sproget i denne brevskabelon: Kære «Fornavn» «Efternavn», CPR xxxxxx-xxxx. Vi har modtaget din ansøgning om [hjælpemiddel] den [dato]. Din sag behandles af [sagsbehandler], og du får svar inden for 4 uger.
"""),
C("[en] [hard-neg] job-ad: SOSU assistant job ad mentioning dementia and psychiatric residents", """
Make this job ad more inviting in English: We are looking for a social and healthcare assistant for our dementia unit with 24 residents, several with psychiatric diagnoses and challenging behaviour. Evening and weekend shifts. Experience with de-escalation and medicine administration is a plus.
"""),
C("[da] [hard-neg] course: medicine handling course with brand names", """
Lav en quiz med 5 spørgsmål til kurset i medicinhåndtering: hvad er forskellen på Panodil og Pinex, hvorfor skal Marevan tages på samme tid hver dag, hvad betyder PN, hvad gør man hvis en dosisrulle mangler, og hvornår skal man kontakte sygeplejersken ved Furix?
"""),
C("[en] [hard-neg] false-friend: 'patient' as adjective, 'operation' in logistics, 'organ' as body of a council", """
Is this English text ok? "Please be patient while we finish the operation of moving the archive. The council's main organ for decisions on elderly care is the committee, which meets monthly."
"""),
C("[da] [hard-neg] functional-mailbox: visitation and aids mailboxes with switchboard", """
Lav en autosvar-tekst: Tak for din henvendelse til Visitationen. Vi svarer inden for 3 hverdage. Haster det, så ring til 89 59 10 00. Spørgsmål om hjælpemidler sendes til hjaelpemidler@norddjurs.dk, og ansøgninger om plejebolig til visitation@norddjurs.dk.
"""),
C("[en] [hard-neg] public-figure: Stephen Hawking's ALS and Beethoven's deafness for a disability-week speech", """
Write a 150-word speech for the disability council's open day mentioning Stephen Hawking, who lived with ALS for more than 50 years, and Beethoven, who composed his ninth symphony while almost completely deaf. The message: disability is not inability.
"""),
C("[da] [hard-neg] number-trap: item numbers, ISO codes and dates in an aids catalogue", """
Sæt dette op som en tabel: Hjælpemiddelkatalog – rollator, ISO 12 06 06, varenr. 180461-2209; badebænk, ISO 09 33 03, varenr. 250373-0415; plejeseng, ISO 18 12 10, varenr. 010190-7788. Prisen er gældende fra 01.03.2026.
"""),
C("[en] [clean] ordinary request: meeting agenda for the elderly council", """
Draft an agenda in English for next month's meeting of the elderly council: welcome, approval of minutes, budget 2027, new bus routes to Auning, the council's annual report, any other business.
"""),
C("[da] [hard-neg] sms-style: lowercase text about a hospital road and a 'sick' server", """
kan du gøre den her tekst til et opslag: "vejarbejde på sygehusvej fra mandag, brug omkørsel ad lægårdsvej. og ja serveren til booking er syg igen så ring hvis i vil booke hal"
"""),
C("[en] [hard-neg] policy: infection-control guideline for norovirus, no person", """
Shorten this to a one-page poster in English: During norovirus outbreaks in care homes, staff must wash hands with soap and water (alcohol is not enough), use disposable aprons, keep affected residents in their rooms for 48 hours after last symptoms and clean toilets with chlorine twice a day.
"""),
C("[da] [hard-neg] statistics: vaccination coverage for children in the municipality", """
Skriv en kort nyhed: Tilslutningen til børnevaccinationsprogrammet i Norddjurs ligger på 91 % for MFR1 og 86 % for MFR2. HPV-vaccinationen af 12-årige piger er steget til 88 %. Sundhedsplejen vil sende påmindelser til forældre, der mangler at få deres børn vaccineret.
"""),
C("[en] [hard-neg] own-health: writer's type 1 diabetes and need for breaks in a job interview", """
I have type 1 diabetes and I'm going to a job interview at the municipality tomorrow. Should I mention it? How do I say that I might need a short break to eat if my blood sugar drops, without sounding like a risk?
"""),
C("[da] [hard-neg] fictional: Matador characters and illness for a senior club quiz", """
Lav 5 quizspørgsmål om Matador til seniorklubben, fx om Agnes' sygdom, Mads Skjerns dårlige nerver, Ingeborg og sygehuset, og hvem der får slagtilfælde i serien. Giv svarene nederst.
"""),
C("[en] [hard-neg] translate: glossary of health terms for interpreters, no person", """
Make a Danish–English glossary table: hjemmesygepleje, visitation, hjælpemidler, genoptræning, plejebolig, aflastning, nødkald, sondeernæring, tryksår, faldforebyggelse, medicindispensering, palliation.
"""),
C("[da] [hard-neg] street-named-after-person: roads named after people in a roadworks plan", """
Lav en liste til vejarbejdsplanen: asfaltering af H.C. Andersens Vej, Niels Bohrs Allé og Karen Blixens Vej uge 18-20; fortov på Kong Christians Vej nr. 2-40; ny belysning på Dronning Margrethes Vej.
"""),
C("[en] [hard-neg] statistics: number of citizens with home care per age group", """
Describe this table in two sentences: Age 65-74: 312 citizens with home care; 75-84: 961; 85+: 1,204. Of these, 38 % have a dementia diagnosis and 22 % receive home nursing for wounds or diabetes.
"""),
C("[da] [hard-neg] minutes: disability council minutes with roles only", """
Skriv referatet færdigt: Handicaprådet drøftede tilgængelighed på stranden i Grenaa. Repræsentanten for Dansk Blindesamfund efterlyste ledelinjer, og repræsentanten for Scleroseforeningen ønskede flere handicaptoiletter. Formanden følger op med Teknik og Miljø.
"""),
C("[en] [hard-neg] metaphor: 'blind spot', 'deaf ears', 'crippling costs' in a report", """
Rewrite this paragraph in more neutral language: "The audit revealed a blind spot in our contract management. Warnings fell on deaf ears, and the crippling costs of the old system paralysed the department for months."
"""),
C("[da] [hard-neg] job-ad: pedagogue job ad for a special-needs school class with diagnoses", """
Skriv en stillingsannonce: Vi søger en pædagog til specialklassen på Kattegatskolen for elever med autisme, ADHD og angst. Du har erfaring med struktur, visuel støtte og samarbejde med PPR og børnepsykiatrien. 32 timer om ugen.
"""),
C("[en] [hard-neg] institution-address: hospital and region contact box in English", """
Format this as a contact box for our English-language newcomer guide:
Aarhus University Hospital, Palle Juul-Jensens Boulevard 99, 8200 Aarhus N
Central Denmark Region, Skottenborg 26, 8800 Viborg
Norddjurs Municipality Citizen Service, Torvet 3, 8500 Grenaa, tel. 89 59 10 00
Out-of-hours doctor: 70 11 31 31
"""),
C("[da] [hard-neg] common-word-surname: 'fisker', 'bager', 'smed', 'møller' as professions", """
Skriv en tekst til udstillingen på biblioteket om gamle erhverv på Djursland: fiskeren i Bønnerup, bageren i Auning, smeden i Ørum og mølleren ved Gjerrild. Mange efternavne stammer fra disse erhverv.
"""),
C("[en] [hard-neg] number-trap: budget table with amounts and dates, phone-shaped sums", """
Summarise the variance in two sentences: Budget line 5.32.32 Elderly care: approved 84 512 300 DKK, forecast 86 012 210 DKK (forecast dated 30.04.2026). Line 5.38.50 Addiction treatment: approved 9 420 000 DKK, forecast 9 115 400 DKK. Line 5.35.40 Aids: approved 21 064 400 DKK, forecast 22 18 40 00 (typo in the source sheet, should be 22 184 000).
"""),
C("[da] [hard-neg] plants-animals: sick trees and lame cows, animal health", """
Skriv en pressemeddelelse: Kommunens skovfolk fælder 40 asketræer langs Randersvej, fordi de er ramt af asketoptørre og kan vælte. Samtidig minder Fødevarestyrelsen om fugleinfluenza, og landmænd skal holde øje med halte køer i varmen.
"""),
C("[en] [hard-neg] campaign: mental health week campaign text", """
Write three social media posts in English for Mental Health Week: one about talking to a friend who seems down, one about where young people can get free counselling, and one about sleep and screen time. No statistics needed.
"""),
C("[da] [hard-neg] unnamed-colleague: colleague with cancer, no name or identifying data", """
En kollega i min afdeling har fået kræft og starter kemo i næste uge. Hvordan kan vi som kolleger vise omsorg uden at trænge os på? Giv mig 5 idéer.
"""),
]
