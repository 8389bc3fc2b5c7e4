"""dev17 clean batch 1: d17-0121 .. d17-0180 (no personal data; hard negatives and ordinary work prompts)."""
from lib import clean

C = clean
RECS = [
C("[da] [hard-neg] service-health: summarise a description of the municipal rehabilitation service (no person)", """
Kan du forkorte denne tekst til hjemmesiden til max 80 ord? "Genoptræning efter sundhedsloven § 140 tilbydes borgere, der udskrives fra sygehus med en genoptræningsplan. Træningen foregår i Sundhedscenter Grenaa eller i eget hjem, hvis borgeren ikke kan komme ud. Typiske forløb er efter knæ- og hofteoperationer, blodpropper i hjernen og brud. Forløbet starter normalt inden for 7 dage efter udskrivelse."
"""),
C("[en] [hard-neg] metaphor: the IT system 'is sick' and 'bleeding data'", """
Rewrite this status message for the intranet so it sounds less dramatic: "Our case management system has been sick all week. It has a fever every afternoon, the database is bleeding performance and the vendor says the patient is stable but not recovered. Expect slow response until Friday."
"""),
C("[da] [hard-neg] number-trap: case and journal numbers shaped like CPR / dates", """
Lav en tabel over de tre sager med kolonnerne Sagsnr., KLE og Status: sag 24/18733 (KLE 27.24.00-G01) afventer, sag 24/20917 (KLE 27.36.04-P20) afsluttet, sag 23/41102-12 (KLE 02.34.02-G01) under behandling. Journalnummer 120324-0117 hører til den sidste.
"""),
C("[en] [hard-neg] job-ad: health terms in a job advert for a nurse, no person", """
Make this job advert more inviting and shorter (max 150 words): "Norddjurs Kommune seeks a nurse for the acute team. You will treat citizens with pneumonia, urinary tract infections, dehydration and COPD exacerbations in their own homes, give IV antibiotics and assess falls. You have at least 2 years of experience, a driving licence and you thrive in a busy job. 37 hours, rotating day/evening shifts."
"""),
C("[da] [hard-neg] statistics: sickness-absence figures by department, no person", """
Skriv tre sætninger til direktionen om udviklingen i sygefraværet ud fra tabellen:

Område | 2022 | 2023
Hjemmeplejen | 7,8 % | 8,4 %
Plejecentre | 6,9 % | 7,1 %
Dagtilbud | 5,2 % | 5,9 %
Administration | 3,1 % | 2,8 %
Langtidssygefravær udgør 54 % af det samlede fravær; muskel- og skeletbesvær og stress er de hyppigste årsager ifølge fraværssamtalerne.
"""),
C("[da] [hard-neg] public-figure: well-known Danes with illnesses in a presentation", """
Jeg skal holde oplæg for frivillige om at leve med sygdom. Kan du finde på en indledning, der nævner kendte eksempler som Kim Larsen, der var åben om sin prostatakræft, og Lise Nørgaard, der skrev om at blive gammel? Max 100 ord.
"""),
C("[en] [hard-neg] author: summarise a novel's plot with a character's illness", """
Summarise the plot of Tove Ditlevsen's "Gift" in 5 sentences for a reading club at the library, including her addiction to Demerol and her time in hospital.
"""),
C("[da] [hard-neg] fictional: TV character with a diagnosis used in course material", """
Lav 5 refleksionsspørgsmål til et kursus for pædagoger om autisme, med udgangspunkt i figuren Saga Norén fra "Broen" og Sheldon Cooper fra "The Big Bang Theory". Husk at understrege, at ingen af dem har en officiel diagnose i serierne.
"""),
C("[en] [hard-neg] street-named-after-person: addresses on streets named after famous people", """
Make a list of the municipal buildings sorted by street name: Kultur- og Fritidsforvaltning, H.C. Andersens Vej 2; Materielgården, Niels Bohrs Allé 14; Bostedet, Dronning Margrethes Vej 9; Sundhedscenter, Kaj Munks Vej 3.
"""),
C("[da] [hard-neg] anonymous-case: anonymised citizen case in a course exercise", """
Lav 4 spørgsmål til kursister ud fra denne anonymiserede case: "En kvinde på 82 år bor alene i et hus på landet. Hun har diabetes type 2, hjertesvigt og nedsat syn, og hun er faldet to gange i år. Datteren bor i Aalborg. Kvinden ønsker ikke plejebolig." Spørgsmålene skal handle om selvbestemmelse og faldforebyggelse.
"""),
C("[da] [hard-neg] functional-mailbox: central mailboxes and switchboard in a signature", """
Lav en standardsignatur til vores fælles postkasse: Visitation og Hjælpemidler, Norddjurs Kommune, Torvet 3, 8500 Grenaa. Tlf. 89 59 10 00 (hverdage 8-15). Mail: visitation@norddjurs.dk. Sikker post via borger.dk.
"""),
C("[en] [hard-neg] own-health: the writer's own illness without any identifier", """
I have a migraine today and I'm working from home with the lights off. Can you help me write a very short out-of-office message that says I'll answer emails tomorrow and that urgent matters go to the team mailbox?
"""),
C("[da] [clean] agenda for a staff meeting", """
Lav en dagsorden til personalemøde i Borgerservice torsdag kl. 9-10: nyt kønævnstal-system, sommerferieplan, kursus i MitID-erhverv, evaluering af åbningstider om lørdagen, eventuelt.
"""),
C("[en] [hard-neg] campaign: health campaign text (no person)", """
Write a Facebook post (max 60 words) for the municipality promoting free flu vaccination for citizens over 65, people with chronic diseases like diabetes, COPD and heart disease, and pregnant women in 2nd and 3rd trimester. Add a link placeholder.
"""),
C("[da] [hard-neg] number-trap: invoice and order numbers that look like CPR", """
Kontroller om beløbene summerer korrekt, og lav en liste over fakturaerne: faktura 2104881-0932 på 12.450,00 kr., faktura 1503902-1127 på 3.812,50 kr., kreditnota 0807913-3380 på -1.200,00 kr. Ordrenummer 300695-2231 fra indkøbssystemet. I alt skal det give 15.062,50 kr.
"""),
C("[en] [hard-neg] policy: medication-handling guideline text", """
Turn this guideline excerpt into a 6-point checklist for new staff: "Medicine is dispensed by the nurse or a trained SSA. Risk medicines (insulin, methotrexate, anticoagulants such as warfarin, opioids) must be double-checked. PN medicine (as needed) is documented with time and effect. Medicine must be stored in a locked cabinet. Errors are reported in the UTH system."
"""),
C("[da] [hard-neg] course: course material about dementia communication", """
Omskriv afsnittet til et kursusmateriale for nye hjemmehjælpere, så det er lettere at læse: "Personer med demens kan opleve hukommelsestab, desorientering og ændret adfærd. Det er vigtigt at tale i korte sætninger, give tid til svar og undgå at korrigere. Uro om eftermiddagen (sundowning) er almindeligt."
"""),
C("[en] [hard-neg] company-name: companies named after people", """
Draft a short email to the procurement team asking why we now buy gloves from Abena and not from Mediq, and whether Hans Jensen Lubricants' offer for the garage was ever answered. Keep it neutral.
"""),
C("[da] [hard-neg] false-friend: Danish words that look like health terms (gift, lever, brud, stik)", """
Ret sproget i teksten til lokalavisen: "Brudeparret blev gift i Grenaa Kirke, og bagefter holdt de fest i Kulturhuset. Bruden lever og ånder for sejlsport, og gommen tog et stik hjem i sidste runde af kortspillet. Alle var i højt humør."
"""),
C("[en] [hard-neg] statistics: dementia numbers for a plan", """
Write a paragraph for the dementia plan 2025–2028 based on: approx. 720 citizens in Norddjurs live with dementia, expected 1,000 in 2035; 60 % live in their own home; waiting list for the day centre is 14 places. Tone: factual.
"""),
C("[da] [hard-neg] number-trap: EAN, P-number and CVR of the municipality", """
Skriv en kort vejledning til leverandører om fakturering: Norddjurs Kommune, CVR 29189870, EAN-nummer skal altid angives for den enhed, der har bestilt (fx 5798003467321 for Dagtilbud Øst), P-nummer 1017614829 for rådhuset. Fakturaer uden EAN afvises.
"""),
C("[en] [hard-neg] translate: translate a standard letter template with placeholders", """
Translate this template to English and keep the placeholders: "Kære [NAVN]. Du er visiteret til hjemmehjælp fra den [DATO]. Hjælpen omfatter [YDELSER]. Har du spørgsmål, kan du ringe til Visitationen på 89 59 10 00."
"""),
C("[da] [hard-neg] metaphor: the budget 'bleeds' and the project is 'on life support'", """
Gør denne indledning til budgetnotatet mere saglig: "Ældreområdet bløder penge, vikarforbruget har fået feber, og digitaliseringsprojektet ligger i respirator. Uden en akut operation på økonomien er vi lammet i 2025."
"""),
C("[en] [clean] summary of bus timetable change", """
Summarise in 3 sentences for the website: from 1 August route 212 between Grenaa and Auning runs every 30 minutes on weekdays until 18:00, then every hour until 23:00. Weekend service is unchanged. The stop at Grenaa Station moves 50 metres to the new terminal.
"""),
C("[da] [hard-neg] anonymous-case: anonymised child case in supervision notes", """
Lav tre supervisionsspørgsmål til mig ud fra sagen (anonymiseret): Dreng, 9 år, ADHD og ordblindhed, bor skiftevis hos mor og far. Skolen oplever udadreagerende adfærd. Far mener, medicinen ikke virker. Mor ønsker specialklasse.
"""),
C("[en] [hard-neg] historical: historical person with illness in a museum text", """
Shorten this text for a sign at the local museum to max 60 words: "King Christian IV lost his right eye at the Battle of Kolberger Heide in 1644. He continued to command the fleet despite his injuries and became a symbol of Danish resistance."
"""),
C("[da] [hard-neg] job-ad: job ad for an SSA with health vocabulary", """
Skriv et kort stillingsopslag: Social- og sundhedsassistent til Plejecenter Digterparken, 32 timer, aften. Du skal arbejde med beboere med demens, KOL og diabetes, håndtere medicin og sår, og samarbejde med pårørende. Ansøgningsfrist 15. maj. Yderligere oplysninger via Plejecentrets fælles mail.
"""),
C("[en] [hard-neg] service-health: explain the home nursing clinic service", """
Write a short FAQ (5 questions and answers) about the municipal nursing clinic: who can use it (citizens who can get there themselves), what it does (wound care, injections, stitches removal, blood pressure, catheter care), opening hours 8–15, and that a referral from the GP is needed.
"""),
C("[da] [hard-neg] own-health: the writer's own pregnancy, no identifier", """
Jeg er gravid og skal på barsel om 6 uger. Kan du lave en overleveringsplan-skabelon til mine opgaver i lønteamet, så min afløser kan finde rundt i det?
"""),
C("[en] [hard-neg] homograph: 'stroke', 'cancer', 'cold' used non-medically", """
Proofread this text for the newsletter: "It was a stroke of luck that the new playground opened before the cold snap. The children born under the sign of Cancer celebrated their birthdays there in July, and the mayor gave a warm speech."
"""),
C("[da] [hard-neg] number-trap: phone-shaped amounts in a budget table", """
Lav en kort kommentar til budgetopfølgningen:

Konto | Budget | Forbrug
Hjælpemidler | 24 51 80 00 | 26 03 12 00
Hjemmepleje | 88 40 10 00 | 91 22 75 00
(beløb i hele kroner, grupperet med mellemrum som i økonomisystemet)
"""),
C("[en] [hard-neg] policy: alcohol and drugs policy for employees (no person)", """
Rewrite our alcohol and drugs policy into a short, friendly intranet text: no alcohol during working hours, managers must act on suspicion of abuse, the employee will be offered treatment through the health insurance scheme, and repeated incidents can lead to dismissal.
"""),
C("[da] [hard-neg] place-name: town and place names that look like names", """
Lav en ruteplan for madudbringning torsdag: Grenaa – Hemmed – Ørum Djurs – Vivild – Allingåbro – Auning. Tidsforbrug ca. 20 min pr. stop. Husk at Ørsted Kirke er omkørsel pga. vejarbejde.
"""),
C("[en] [hard-neg] fictional: fictional character with an injury in a reading list", """
Make a reading list for 6th grade with 5 books where a character lives with an illness or disability, e.g. "Wonder" (Auggie has a facial difference) and "Rasmus Klump"? No, remove that one. Include a one-line description of each.
"""),
C("[da] [hard-neg] statistics: overspending on aids", """
Forklar i et kort notat, hvorfor hjælpemiddelbudgettet er overskredet med 3,2 mio. kr.: flere kørestole og plejesenge til borgere i eget hjem, højere priser på inkontinensprodukter (+14 %), og et stigende antal borgere med diabetes, der får bevilget sensorer.
"""),
C("[en] [clean] draft Christmas lunch invitation", """
Write a short, cheerful invitation for the Christmas lunch for the technical department on 13 December at 12:00 in the canteen. Vegetarian option available, sign up by 1 December in the shared calendar.
"""),
C("[da] [hard-neg] plan: health policy goals", """
Lav 5 korte mål til sundhedspolitikken 2025-2028 ud fra disse stikord: færre rygere blandt unge, mere bevægelse for ældre, tidlig opsporing af ensomhed, mental sundhed i skolen, færre indlæggelser med KOL og diabetes.
"""),
C("[en] [hard-neg] functional-mailbox: central job centre mailbox and switchboard", """
Write a reply template for citizens who ask how to contact the job centre: by phone 89 59 10 00 (Mon–Thu 9–15, Fri 9–12), by email jobcenter@norddjurs.dk (not for sensitive information) or by secure mail via borger.dk.
"""),
C("[da] [hard-neg] anonymous-case: anonymised incident report for learning", """
Omskriv til en læringshistorie til personalemødet (anonymiseret): "En beboer med Parkinson fik sin Madopar 1 time for sent i weekenden pga. travlhed, hvilket medførte øget stivhed og et fald uden skade. Tidspunktet for medicin er nu markeret med alarm i Nexus."
"""),
C("[en] [hard-neg] number-trap: order numbers and delivery dates", """
Make a table of these deliveries: order 4500123874 delivered 03-06-2024 (20 boxes gloves), order 4500124011 delivered 11-06-2024 (10 hand sanitiser 5 L), order 4500124390 expected 24-06-2024 (4 shower chairs). Mark what is late if promised within 14 days of ordering on 31-05-2024.
"""),
C("[da] [hard-neg] public-figure: minister quoted on health policy", """
Lav et kort resumé til nyhedsbrevet af, hvad indenrigs- og sundhedsministeren sagde på KL's sundhedskonference om sundhedsreformen og de nye sundhedsråd. Jeg indsætter selv citaterne bagefter.
"""),
C("[en] [hard-neg] course: first-aid course summary", """
Summarise the content of the first-aid course for our staff newsletter: recognising a heart attack and a stroke (FAST), CPR and use of AED, recovery position, burns and bleeding. Course dates in September and October, 8:30–15:30, sign up via the HR portal.
"""),
C("[da] [hard-neg] metaphor: 'kronisk' and 'diagnose' used about a building and a process", """
Omskriv konklusionen i rapporten, så den er mindre slang-agtig: "Rådhusets ventilation har en kronisk lidelse, og diagnosen er klar: anlægget er udbrændt. Taget hoster ved hver storm, og kælderen har fået gigt i form af fugt."
"""),
C("[en] [hard-neg] anonymous-case: anonymised job centre case for training", """
Create a role-play script for training new caseworkers: a 45-year-old man on sickness benefit after a back injury wants to return to his job as a bus driver, but his GP is unsure. The caseworker must explore options (partial return, workplace adjustment, flexjob). No real names.
"""),
C("[da] [hard-neg] service-health: description of substance abuse treatment offer", """
Forkort teksten om Rusmiddelcenter Norddjurs: "Vi tilbyder gratis og anonym rådgivning og behandling til borgere med problemer med alkohol, hash og andre stoffer. Behandlingen kan være ambulant, dagbehandling eller døgnbehandling. Pårørende kan også få rådgivning." Max 40 ord.
"""),
C("[en] [hard-neg] brand: medicine and product brands in a purchasing note", """
Summarise the price changes for the purchasing committee: Panodil 500 mg up 6 %, Movicol down 2 %, TENA Slip unchanged, Abena diapers up 9 %, Mepilex Border dressings up 4 %. Recommend whether to renegotiate.
"""),
C("[da] [hard-neg] number-trap: dates and amounts shaped like phone numbers in minutes", """
Skriv referatet ren: "Udvalgsmøde 12 03 2024 kl. 16 00. Pkt 3: Anlægsbevilling 12 50 00 00 kr. til ny hal i Auning godkendt. Pkt 4: Tillægsbevilling 3 40 00 00 kr. til vintertjeneste."
"""),
C("[en] [hard-neg] own-health: writer's own back pain and workstation", """
I've had back pain for weeks from sitting at my desk. Write a short request to facilities for a sit-stand desk and an ergonomic chair for workstation 3.14 in the town hall.
"""),
C("[da] [hard-neg] translate: translate health service leaflet to English", """
Oversæt til engelsk: "Har du brug for hjælp til at komme i bad, tage tøj på eller lave mad, kan du søge om hjemmehjælp. En visitator kommer på besøg og vurderer sammen med dig, hvad du har brug for. Hjælpen er gratis."
"""),
C("[en] [hard-neg] job-ad: occupational therapist in children's disability", """
Shorten this job ad to 100 words: "We seek an occupational therapist for the children's team. You will assess children with cerebral palsy, autism and developmental delays, advise on aids such as special chairs, standing frames and communication devices, and cooperate with parents, kindergartens and schools."
"""),
C("[da] [clean] library opening hours notice", """
Skriv en kort opslag til Facebook om, at Grenaa Bibliotek holder lukket 2. pinsedag, og at den selvbetjente del er åben 7-22 med sundhedskort eller MitID.
"""),
C("[en] [hard-neg] anonymous-case: anonymised home-care complaint statistics", """
Summarise the complaints from last year for the elderly committee: 42 complaints about home care, mostly about late visits (18), changing staff (11) and cancelled baths (7). 3 complaints concerned medication errors; none led to serious harm. No citizen details are included.
"""),
C("[da] [hard-neg] street-named-after-person: streets and institutions named after persons", """
Tjek stavningen i adresselisten til skolernes ferieplan: Kattegatskolen, Stadion Allé; Auning Skole, Skolevej; Søren Kanne Skolen; Niels Ebbesens Vej (ny daginstitution); H.C. Ørsteds Vej (SFO).
"""),
C("[en] [hard-neg] placeholder: template with XX placeholders for CPR and name", """
Fix the layout of this form and keep the placeholders: "Name: ____________ CPR: XXXXXX-XXXX Address: ____________ Diagnosis / reason for application: ____________ Signature of doctor: ____________"
"""),
C("[da] [hard-neg] medicine-general: general question about medicine, no person", """
Hvad er forskellen på Marevan og Eliquis, og hvorfor skal hjemmeplejen være særligt opmærksom ved blodfortyndende medicin? Kort forklaring til nye medarbejdere.
"""),
C("[en] [hard-neg] number-trap: test card number in a payment-system test", """
Write a test script for the new payment terminal at Borgerservice: use test card 4111 1111 1111 1111 (exp 12/30, CVC 123), amounts 150,00 and 1.250,00 kr., and check that the receipt shows the masked number **** 1111.
"""),
C("[da] [hard-neg] unnamed-colleague: a colleague's illness without any identifier", """
En kollega er gået ned med stress, og vi er presset i afdelingen. Kan du give mig 5 gode råd til, hvordan vi som team kan tage imod hende, når hun kommer tilbage – uden at det bliver for meget?
"""),
C("[en] [hard-neg] weather: 'under the weather', 'flu season' in a newsletter", """
Make this intro to the staff newsletter shorter and warmer: "Half of the office seems to be under the weather this week – flu season has arrived early. Remember to wash your hands, stay home if you have a fever, and take the free vaccine offered on 14 November in the canteen."
"""),
C("[da] [hard-neg] procurement: tender for incontinence products and aids", """
Lav et resumé af udbudsmaterialet til ældreudvalget: Kommunen sender indkøb af inkontinensprodukter, stomiprodukter og diabetesmateriel i fælles udbud med Syddjurs og Favrskov. Kontrakten løber 4 år. Brugerinddragelse sker gennem et panel fra Ældrerådet og Diabetesforeningens lokalafdeling.
"""),
C("[en] [hard-neg] minutes: minutes of the council for the disabled, no person", """
Write the minutes in clean English for our international colleague: Handicaprådet met 3 April. Items: accessibility at Grenaa beach (new mats for wheelchairs approved), sign language interpretation at public meetings, new bus stops with tactile paving. Next meeting 5 June.
"""),
]
