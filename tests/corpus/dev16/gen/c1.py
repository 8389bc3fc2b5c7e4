"""dev16 clean batch 1: d16-0121 .. d16-0180 (hard negatives and ordinary work prompts, no personal data)."""
from lib import clean as C

RECS = [
C("[da] [hard-neg] job-ad: SSA with dementia experience, KOL, diabetes, medicine handling", """
Skriv en stillingsannonce til en social- og sundhedsassistent med erfaring i demens til Plejecentret i Auning. Vi søger en, der kan håndtere medicin, har kendskab til KOL og diabetes, og som trives med at arbejde med borgere med udadreagerende adfærd. 32 timer, dag/aften i ulige uger.
"""),
C("[en] [hard-neg] job-ad: night nurse for psychiatric housing, PN medication, self-harm", """
Write an English job ad for a registered nurse for night shifts at our psychiatric supported housing. Tasks: PN medication, observation of residents at risk of self-harm, cooperation with the regional psychiatry and the acute team. Danish language skills at B2 level required.
"""),
C("[da] [hard-neg] anonymous-case: dense journal-style case with abbreviations, no identifier, for teaching", """
Lav 5 refleksionsspørgsmål til SOSU-elever ud fra denne anonymiserede case: Kvinde, 86 år, bor alene. DM2, KOL, AFLI, AK-beh. m. Eliquis. Hjemmepleje x 3 dgl. Seneste uge: tiltagende forvirring, ildelugtende urin, temp 38,1, faldet i badeværelset uden fraktur. Drikker < 1 l/døgn. Pårørende bor i Aalborg.
"""),
C("[en] [hard-neg] anonymous-case: English training case for agency nurses, no identifier", """
Create a short quiz for agency nurses based on this anonymised case: "A man in his 70s with Parkinson's disease, on Madopar 125 mg x 5, has been admitted from home after a fall. He has dysphagia, a new pressure ulcer grade 2 on his heel and is intermittently confused at night." What should they observe during the first 24 hours?
"""),
C("[da] [hard-neg] statistics: hjemmepleje visitation statistics with diagnoses, no persons", """
Lav en kort tekst til ældreudvalget ud fra tallene: Antal borgere visiteret til hjemmepleje i 2024: 1.412. Heraf med demensdiagnose: 18 %, med KOL: 11 %, med diabetes: 14 %. Gennemsnitlig visiteret tid pr. uge: 4,2 timer. Antal faldulykker registreret: 634, heraf 71 med hoftebrud.
"""),
C("[en] [hard-neg] statistics: sickness absence table by department", """
Turn this into three key messages for the HR committee: Sickness absence 2024 (days per FTE): Home care 17.8, Nursing homes 19.2, Schools 10.4, Day care 13.9, Administration 7.1. Long-term absence (>30 days) made up 58 % of all days. Most frequent causes from return-to-work talks: stress, musculoskeletal problems, infections.
"""),
C("[da] [hard-neg] metaphor: IT system described with health words", """
Skriv en driftsstatus til intranettet: Vores journalsystem har haft et hjertestop i nat, og integrationen til FMK er stadig halvlam. Leverandøren har givet systemet førstehjælp, men databasen lider af kronisk hukommelsestab efter opdateringen. Vi forventer, at patienten er på benene igen kl. 12.
"""),
C("[en] [hard-neg] metaphor: project report with illness vocabulary", """
Rewrite this project status in a more neutral tone: "The digitalisation project is bleeding money, the steering group is paralysed, and the vendor's timeline has a terminal diagnosis. We need a transplant of the project manager role and some painkillers for the budget before the council meeting."
"""),
C("[da] [hard-neg] false-friend: Danish words gift/lever/brud/lam in non-health senses", """
Forklar forskellen på disse ord for vores ukrainske praktikant med eksempler: "gift" (gift med / rottegift), "lever" (hun lever stadig / leverpostej), "brud" (bruden i kirken / brud på reglerne), "lam" (et lam på marken), "stik" (stik i væggen), "hold" (fodboldholdet).
"""),
C("[en] [hard-neg] false-friend: English words cancer/stroke/depression/labour in other senses", """
Our English newsletter draft uses "a stroke of luck", "the depression over the North Sea", "born under the sign of Cancer", "the Labour Party" and "a pregnant pause". Can you check whether these idioms are used correctly and suggest Danish equivalents?
"""),
C("[da] [hard-neg] compound: hjertelig, øjeblik, blindvej, benzin, håndbog, fodbold", """
Ret stavefejl i invitationen: "Hjertelig velkommen til sommerfest for alle frivillige. Vent et øjeblik ved indgangen, når I kommer. Parkering på blindvejen bag hallen. Husk at der er fodboldturnering, og at benzinkortet til minibussen ligger i håndbogen på kontoret."
"""),
C("[da] [hard-neg] street-named-after-person: institution on streets named after persons", """
Lav en oversigt over vores ældreboliger til hjemmesiden: 24 boliger på Kaj Munks Vej i Grenaa, 12 boliger på H.C. Andersens Vej i Auning og 8 boliger på Niels Ebbesens Vej i Ørsted. Alle er handicapvenlige med niveaufri adgang og mulighed for nødkald.
"""),
C("[en] [hard-neg] public-figure: Michael J. Fox and Parkinson's advocacy in a campaign text", """
Write an intro for our Parkinson's awareness week poster. Mention that the actor Michael J. Fox has spoken openly about living with Parkinson's disease since the 1990s and that his foundation funds research. Invite citizens to the open house at the rehabilitation centre.
"""),
C("[da] [hard-neg] historical: Helen Keller and Louis Braille in course material", """
Skriv et kort afsnit til vores undervisning om synshandicap: Louis Braille blev blind som barn efter en ulykke i farens værksted og udviklede punktskriften. Helen Keller var døvblind og blev forfatter og forkæmper for mennesker med handicap.
"""),
C("[da] [hard-neg] number-trap: invoice and order numbers shaped like CPR", """
Hjælp mig med at afstemme: Faktura 2103851457 fra Djurs Hjælpemiddelservice A/S på 14.280 kr. for 6 rollatorer og ordre 110524-0193 på 2 plejesenge. Kreditnota 0106931122 mangler stadig. Vores interne sagsnr. er 24/18733.
"""),
C("[en] [hard-neg] number-trap: case and journal numbers, KLE codes, dates", """
Please make a table of these cases for the audit: case 27.12.04-P20-1-24 (home care complaint), case 29.09.00-G01-14-23 (personal assistance), case 15.20.00-A26-3-24 (sickness benefit appeal). Deadlines: 01.04.2025, 15.05.2025 and 30.06.2025. Total amount in dispute: 1 245 680 kr.
"""),
C("[da] [hard-neg] functional-mailbox: switchboard and post@, visitation@", """
Skriv en standardtekst til bunden af vores breve: Har du spørgsmål, kan du ringe til Norddjurs Kommune på 89 59 10 00 eller skrive til post@norddjurs.dk. Spørgsmål om hjemmepleje og hjælpemidler sendes til visitation@norddjurs.dk. Brug Digital Post, hvis du sender oplysninger om dit helbred.
"""),
C("[da] [hard-neg] service-health: description of rehabilitation service", """
Skriv en borgerrettet tekst om genoptræning efter sundhedsloven § 140: Hvem kan få det, hvordan man bliver henvist fra sygehuset, at almen genoptræning foregår på Sundhedscentret i Grenaa, og at der tilbydes hold for borgere med knæ- og hofteproteser, KOL og hjertesygdom.
"""),
C("[en] [hard-neg] service-health: home nursing clinic opening hours and tasks", """
Translate into English for our website: "Sygeplejeklinikken i Ørsted har åbent hverdage kl. 8-15. Her kan du få skiftet forbindinger, få taget blodprøver efter aftale med egen læge, få B12-injektioner og få hjælp til kateter og stomi. Det er gratis og kræver henvisning fra visitationen."
"""),
C("[da] [hard-neg] policy: medicine handling instruction for staff, brand names", """
Gennemskriv vores instruks om medicinhåndtering: PN-medicin må kun gives efter lægens ordination og skal dokumenteres med tidspunkt og effekt. Risikosituationslægemidler som Marevan, insulin, metotrexat og morfin skal dobbeltkontrolleres. Dosisdispenseret medicin må ikke deles. Medicinfejl indberettes i DPSD.
"""),
C("[en] [hard-neg] policy: infection control guideline, MRSA and norovirus", """
Summarise our infection control guideline in English for new staff: use of gloves and aprons, hand hygiene before and after every citizen contact, what to do if a citizen has MRSA, ESBL or norovirus, and when staff with diarrhoea or vomiting must stay home (48 hours after the last symptoms).
"""),
C("[da] [hard-neg] campaign: vaccination campaign text with health terms", """
Skriv en Facebook-opslag om vaccination mod influenza og covid-19 for borgere over 65 år, personer med kronisk sygdom som KOL, hjertesygdom og diabetes, samt gravide efter 2. trimester. Vaccinationen foregår på Kulturhuset Pavillonen den 3. oktober.
"""),
C("[en] [hard-neg] course: dementia course outline", """
Create a two-day course outline for home care staff on dementia: types (Alzheimer's, vascular, Lewy body, frontotemporal), early signs, communication, agitation and sundowning, nutrition and dysphagia, use of GPS devices and the legal rules on use of force.
"""),
C("[da] [hard-neg] medicine-general: general question about blood thinners, no person", """
Hvad er den praktiske forskel på Marevan og de nyere blodfortyndende som Eliquis og Xarelto, når man er sygeplejerske i hjemmeplejen? Jeg skal lave en kort vejledning til personalet om INR-målinger og blødningsrisiko.
"""),
C("[en] [hard-neg] company-name: companies named after persons", """
Write a short procurement memo comparing chairs from Carl Hansen & Søn, Fritz Hansen and a cheaper supplier for the new nursing home's common room. Mention that Arne Jacobsen's designs are expensive and that the care staff want high chairs with armrests for residents with reduced mobility.
"""),
C("[da] [hard-neg] fictional: Riget (Stig Helmer) and Rasmus Klump", """
Jeg skal holde et muntert oplæg til sygeplejerskernes temadag. Kan du lave nogle sjove referencer til Stig Helmer og spøgelserne i "Riget" og til Rasmus Klump, der altid klarer sig med plaster og godt humør?
"""),
C("[da] [hard-neg] author: Martin Andersen Nexø's illness in literature class", """
Lav et undervisningsforløb til 9. klasse om "Pelle Erobreren". Inddrag at Martin Andersen Nexø selv var syg af tuberkulose som ung og var på rekreation i Sydeuropa, og hvordan sygdom og fattigdom skildres i romanen.
"""),
C("[da] [hard-neg] place-name: Djursland village names that look like names", """
Lav en køreplan for madudbringning: rute 1 Grenaa – Gjerrild – Bønnerup, rute 2 Auning – Vivild – Allingåbro, rute 3 Ørsted – Rimsø – Karlby. Madboksene skal holdes under 5 grader, og diætkost (diabetes, gratin, flydende) pakkes i blå kasser.
"""),
C("[en] [hard-neg] anonymous-case: generic discharge pattern for care planning, no identifier", """
Write a generic care plan template for "a citizen discharged after hip fracture surgery": walking frame, raised toilet seat, help with compression stockings, blood thinning injections for 4 weeks, wound check day 10 and rehabilitation plan. Leave fields for name and CPR blank.
"""),
C("[da] [hard-neg] budget-health: budget for aids and home nursing", """
Formulér en sagsfremstilling til udvalget: Merforbrug på hjælpemidler 3,4 mio. kr., primært kørestole, plejesenge og inkontinenshjælpemidler. Udgifter til sygeplejeartikler stiger 12 % pga. flere borgere med komplekse sår, stomi og dialyse i eget hjem.
"""),
C("[en] [hard-neg] it-health: IT terms virus, health check, kill", """
Explain to non-technical colleagues what these IT terms mean: "virus scan", "health check of the server", "kill the process", "the database is in quarantine", "system heartbeat", and "patch Tuesday".
"""),
C("[da] [hard-neg] weather: heat wave advice without persons", """
Skriv et råd til hjemmeplejen om hedebølgen: Ældre borgere og borgere med hjertesvigt eller på vanddrivende medicin er særligt udsatte for væskemangel. Sørg for ekstra drikkevarer, luft ud om morgenen og vær opmærksom på forvirring, svimmelhed og hovedpine.
"""),
C("[en] [hard-neg] own-health: writer's own back pain, no identifier", """
I've had lower back pain for a week after lifting boxes when we moved offices. Can you suggest some simple stretching exercises I can do at my desk, and when I should see a doctor?
"""),
C("[da] [hard-neg] role-staff: roles only, no names", """
Lav en mødeindkaldelse: Deltagere er visitator, sygeplejerske fra akutteamet, ergoterapeut og demenskoordinator. Emne: ny arbejdsgang ved udskrivelse af borgere med komplekse behov fra Regionshospitalet Randers.
"""),
C("[da] [hard-neg] number-trap: phone-shaped amounts and table figures", """
Lav en graf over udgifter til hjemmesygepleje pr. distrikt (kr.): Nord 12 44 03 90, Syd 9 87 11 20, Vest 10 56 78 00. Ja, tallene står med mellemrum fra regnearket – fjern dem og beregn totalen.
"""),
C("[en] [hard-neg] translate: glossary of care terms", """
Make a Danish-English glossary for our new international colleagues: hjemmepleje, hjemmesygepleje, plejebolig, aflastning, dosisdispensering, tryksår, rollator, badebænk, toiletforhøjer, nødkald, genoptræning, funktionsevne, sygedagpenge.
"""),
C("[da] [clean] ordinary request: agenda for staff meeting", """
Lav en dagsorden til personalemødet torsdag: 1) velkommen, 2) nyt fra ledelsen, 3) sommerferieplan, 4) arbejdsmiljø, 5) eventuelt. Mødet varer en time, og der er kaffe og kage.
"""),
C("[en] [clean] ordinary request: translate car-park notice", """
Translate into English: "Parkering ved rådhuset er forbeholdt gæster i tidsrummet 8-16. Medarbejdere henvises til P-pladsen bag biblioteket."
"""),
C("[da] [hard-neg] anonymous-case: PPR case without name, abbreviations", """
Skriv et oplæg til netværksmøde om en anonym elev: dreng, 4. klasse, ADHD-udredt, i medicinsk behandling, dårlig søvn, konflikter i frikvartererne, forældre skilt, mor har selv psykisk sygdom. Hvilke tiltag kan skolen tilbyde inden for de almindelige rammer?
"""),
C("[en] [hard-neg] statistics: life expectancy and lifestyle in the municipality", """
Write a paragraph for the health policy: In our municipality, average life expectancy is 79.8 years, 17 % smoke daily, 21 % have a BMI over 30, and 14 % drink above the recommended limit. The share of adults with a chronic disease is 38 %.
"""),
C("[da] [hard-neg] job-ad: pædagog special needs class (autism, ADHD, angst)", """
Skriv en stillingsannonce til en pædagog i vores specialklasse for elever med autisme, ADHD og angst. Vi lægger vægt på erfaring med low arousal, struktur og samarbejde med PPR og børnepsykiatrien.
"""),
C("[en] [hard-neg] first-name-word: Will, Mark, Bill, Grace as words", """
Check this sentence for grammar: "We will mark the invoice paid once the bill is approved, and grace periods apply to rent arrears for tenants in the sheltered housing."
"""),
C("[da] [hard-neg] institution-address: nursing homes' addresses and main numbers", """
Lav en oversigt over plejecentre med adresse til velkomstfolderen: Plejecentret Rosengården, Skovvej 2, Grenaa; Plejecentret Solhøj, Kirkevej 10, Auning; Plejecentret Ådalen, Stationsvej 50, Ørsted. Alle kan kontaktes via kommunens hovednummer 89 59 10 00.
"""),
C("[en] [hard-neg] minutes: council committee minutes on psychiatry, roles only", """
Shorten these minutes: "The Social and Health Committee approved the new mental health strategy. The chair emphasised early intervention for young people with anxiety and depression. The administration will return with a plan for more beds in supported housing for people with severe mental illness and addiction."
"""),
C("[da] [hard-neg] homograph: slag, anfald, tryk in non-health senses", """
Skriv en kort tekst til museets skilt om Slaget ved Grenaa i 1300-tallet. Nævn at anfaldet kom fra søsiden, og at teksten er trykt på genbrugspapir. Brug et let sprog.
"""),
C("[en] [hard-neg] procurement: incontinence products tender questions", """
Answer these supplier questions for the incontinence products tender: How many citizens use products (approx. 1,100)? Which sizes are most used? Is home delivery every 3 months acceptable? Can samples be tested at nursing homes before award?
"""),
C("[da] [hard-neg] placeholder: letter template with fields", """
Lav en brevskabelon til afgørelse om hjælpemidler med flettefelter: «Navn», «Adresse», «CPR-nummer», «Hjælpemiddel», «Begrundelse». Teksten skal forklare klagevejledning og frist på 4 uger.
"""),
C("[en] [hard-neg] medicine-general: explain dose abbreviations in general", """
Explain what these common abbreviations in Danish medicine lists mean: "1 tbl. x 2", "PN", "s.c.", "i.m.", "IE", "max x 4 dgl.", "seponeret", "dosisdispenseret". Give an example for each without using real patient data.
"""),
C("[da] [hard-neg] sport: sports injuries in club newsletter without names", """
Skriv en nyhed til idrætsforeningens blad: Vores serie 2-hold har i år haft mange skader – to korsbåndsskader, en brækket ankel og flere forstrækninger. Vi indfører derfor fast opvarmningsprogram og tilbyder gratis fysioterapeut-tjek hver tirsdag.
"""),
C("[en] [hard-neg] historical: Churchill's 'black dog' in leadership training", """
For our leadership course on mental health at work, write a short paragraph on how Winston Churchill described his depression as "the black dog" and what leaders today can learn about openness around mental illness.
"""),
C("[da] [hard-neg] own-health: writer's own migraine and pregnancy, no identifier", """
Jeg er gravid i 4. måned og har fået migræne igen. Hvilke råd kan du give til en arbejdsdag foran skærmen? Jeg vil gerne vide, hvad jeg bør spørge min læge om.
"""),
C("[en] [hard-neg] number-trap: test card numbers and supplier account", """
Write a test script for our new payment module: use the test card 4111 1111 1111 1111 (exp 12/30, CVC 123) and the test IBAN for the supplier Djurs Rengøring A/S. Expected result: payment of 1 250,00 kr. registered with order ref. 2503-00417.
"""),
C("[da] [hard-neg] anonymous-case: misbrug anonymous case for team discussion", """
Anonymiseret case til teammødet: Mand sidst i 40'erne, alkoholafhængighed, Antabus under opsyn, tilbagefald efter skilsmisse, delirium i 2023, nu ustabil boligsituation. Hvordan kan vi koordinere mellem misbrugscenter, bostøtte og jobcenter?
"""),
C("[da] [hard-neg] course: first aid course for staff", """
Lav et program til førstehjælpskursus for dagplejere: hjertelungeredning på småbørn, fremmedlegeme i luftvejene, feberkramper, allergiske reaktioner og brug af EpiPen, samt hvornår man ringer 112.
"""),
C("[en] [hard-neg] company-name: Søstrene Grene, Bang & Olufsen, Georg Jensen", """
Write a short welcome text for international newcomers about Danish design companies with roots in Jutland, e.g. Søstrene Grene (founded in Aarhus), Bang & Olufsen in Struer and the silversmith Georg Jensen. Keep it light.
"""),
C("[da] [hard-neg] it-health: password 'sygdom' and 'virus' in IT guideline", """
Skriv en kort IT-sikkerhedsvejledning: Hvis du får en mail om "sygemelding" med et vedhæftet dokument fra en ukendt afsender, kan det være virus. Klik ikke på links. Ring til IT-support på lokal 1234 og lad pc'en være tændt.
"""),
C("[en] [hard-neg] service-health: explain Danish home help rules to expat group", """
Explain to a group of English-speaking expats how home help works in Denmark: assessment by a visitator, free of charge for permanent help, choice between municipal and private providers, and what to do if you disagree with a decision.
"""),
]
