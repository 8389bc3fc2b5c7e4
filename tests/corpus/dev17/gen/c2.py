"""dev17 clean batch 2: d17-0181 .. d17-0240 (no personal data; hard negatives and ordinary work prompts)."""
from lib import clean

C = clean
RECS = [
C("[en] [hard-neg] long-thread: long e-mail thread between functional mailboxes about a service change, no person", """
Summarise this thread in 5 bullet points and list open questions:

From: Visitation og Hjælpemidler <visitation@norddjurs.dk>
To: Hjemmeplejen – planlægning
Subject: New rules for bath frequency from 1 September

Hi all,
The committee has decided that from 1 September the standard for bathing assistance is once a week, with the option of an extra bath for citizens with incontinence, skin disease or heavy sweating after an individual assessment. Existing decisions are reassessed at the next follow-up visit, not all at once.
Best regards, Visitation

From: Hjemmeplejen – planlægning
Subject: RE: New rules for bath frequency from 1 September

Thanks. Do we need new decision letters for everybody, or only those who change? And what do we tell citizens who call the switchboard (89 59 10 00) before they have had their follow-up visit?
Best, Planning team

From: Visitation og Hjælpemidler <visitation@norddjurs.dk>
Subject: RE: RE: New rules for bath frequency from 1 September

Only those who change get a new decision. Citizens who call should be told that nothing changes until they have had a visit. We will publish a short text on norddjurs.dk next week and brief the Senior Council.
Visitation

From: Hjemmeplejen – planlægning
Subject: RE: RE: RE: New rules

Fine. Please also send us the text for the intranet so the night staff know it too.
"""),
C("[da] [hard-neg] disease-named-organisation: patient associations in a grant overview", """
Lav en tabel over § 18-tilskud 2024 og sorter efter beløb: Alzheimerforeningen Djursland 18.000 kr.; Parkinsonforeningen, lokalafdeling 9.500 kr.; Hjerteforeningen Norddjurs 12.000 kr.; Kræftens Bekæmpelse, frivillige 22.500 kr.; Scleroseforeningen 6.000 kr.; Sind Djursland 15.000 kr.
"""),
C("[en] [hard-neg] number-trap: property numbers, cadastral numbers and BBR", """
Make a table of these properties for the road department: ejendomsnummer 707-012345, matr.nr. 12a Grenaa Bygrunde, BBR building 3; ejendomsnummer 707-019876, matr.nr. 4ff Hemmed By, BBR building 1; ejendomsnummer 707-004410, matr.nr. 7b Ørsted By. Add a column for 'snow clearing zone' (all zone B).
"""),
C("[da] [hard-neg] author: Karen Blixen and syphilis in a library lecture announcement", """
Skriv en kort omtale til biblioteket af foredraget "Karen Blixen – kunsten, kærligheden og sygdommen" torsdag kl. 19. Foredraget handler bl.a. om hendes syfilis, behandlingen med kviksølv og arsen og hvordan sygdommen prægede hendes forfatterskab. Billetter 60 kr.
"""),
C("[en] [hard-neg] public-figure: Paralympic athlete visiting a school", """
Write a short newsletter item: Paralympic gold medallist in wheelchair rugby visited Kattegatskolen on Tuesday and talked to the 5th graders about living with a spinal cord injury and about never giving up. The pupils then tried wheelchair basketball in the sports hall.
"""),
C("[da] [hard-neg] anonymous-case: anonymised dense journal case for a supervision group", """
Lav en SBAR-struktur ud fra denne anonymiserede case til supervision: Mand, 78 år, bor alene. KOL GOLD 3, hjertesvigt, DM2. Dyspnø ved mindste anstrengelse, SAT 88 % i hvile. Har selv skruet op for ilten. Falder om natten. Ønsker ikke indlæggelse. Søn bor i udlandet.
"""),
C("[en] [hard-neg] metaphor: 'paralysed' and 'heart attack' about the organisation", """
Rewrite this paragraph for the annual report in a more neutral tone: "When the payroll system crashed in March, the whole organisation was paralysed. The HR department nearly had a heart attack, and the finance team was on crutches for weeks until the vendor performed emergency surgery on the server."
"""),
C("[da] [clean] beach flags and lifeguards notice", """
Skriv en kort tekst til hjemmesiden om Blå Flag-strandene i Norddjurs 2024: Grenaa Strand, Bønnerup Strand og Fjellerup Strand. Livreddere på Grenaa Strand i skoleferien kl. 11-18.
"""),
C("[en] [hard-neg] fictional: fictional patients in a training role-play", """
Write a short role-play script for dementia training with two fictional characters: "Mrs. Hansen", 85, who is confused and looking for her late husband, and "the carer". The carer should use validation, not correction. 10 lines of dialogue.
"""),
C("[da] [hard-neg] number-trap: batch and lot numbers on a medicine recall", """
Skriv en intern besked til plejecentrene om tilbagekaldelsen: Batchnummer 210385-1147 og lotnummer 24 11 30 22 af insulinpennene skal tages ud af brug straks. Andre batchnumre er ikke berørt. Returneres til apoteket.
"""),
C("[en] [hard-neg] functional-signature: signature with role titles only", """
Improve this email signature: "Kind regards / Med venlig hilsen – Team Leader, Home Care North, Norddjurs Kommune, Torvet 3, 8500 Grenaa – Phone: 89 59 10 00 – www.norddjurs.dk – Please do not send sensitive personal data by ordinary email."
"""),
C("[da] [hard-neg] policy: GDPR guidance on health data in e-mails", """
Lav 5 korte huskeregler til medarbejderne ud fra teksten: "Helbredsoplysninger, CPR-numre og oplysninger om sociale forhold må aldrig sendes med almindelig mail. Brug sikker mail. Skriv aldrig fulde CPR-numre i emnefeltet. Brug initialer eller sagsnummer, når I drøfter sager i Teams."
"""),
C("[en] [hard-neg] own-health: writer's own diabetes at a work event", """
I have type 1 diabetes and need to eat at fixed times. Can you help me write a polite message to the organiser of Thursday's all-day workshop asking whether there will be a snack break around 10:00 and lunch at 12:00?
"""),
C("[da] [hard-neg] course: course material about mental health first aid", """
Lav et program for en halv dag om "Førstehjælp ved psykisk sygdom" for medarbejdere i Borgerservice: genkende tegn på angst, depression og psykose, hvordan man taler med en borger i krise, selvmordsrisiko og hvornår man ringer til Psykiatrisk Akutmodtagelse.
"""),
C("[en] [hard-neg] statistics: life expectancy and chronic disease figures", """
Turn these figures into a short paragraph for the health profile: average life expectancy in Norddjurs 79.8 years (national 81.3), 11 % of adults have a long-term mental illness, 7 % have diabetes, 22 % smoke daily. Source: Sundhedsprofilen 2021.
"""),
C("[da] [hard-neg] false-friend: 'syg', 'hjertelig', 'blindgyde' and 'lam' in a text", """
Ret teksten til nyhedsbrevet: "Det var en syg god koncert! Hjertelig tak til alle frivillige. Parkeringsforholdene var desværre en blindgyde, og påskelammet til buffeten blev spist på rekordtid."
"""),
C("[en] [hard-neg] number-trap: journal numbers and KLE codes", """
Sort these documents by journal number and list the KLE main group: 27.24.00-G01 doc 2024-0412-118; 29.09.00-P20 doc 2024-0117-042; 15.00.00-A00 doc 2023-1130-007.
"""),
C("[da] [hard-neg] service-health: description of the dementia day centre", """
Omskriv teksten til en folder, så den er varm og enkel: "Dagcentret tilbyder aktiviteter, måltider og samvær for hjemmeboende borgere med demens, så de pårørende aflastes. Visiteres af demenskoordinatoren. Kørsel kan bevilges."
"""),
C("[en] [hard-neg] translate: translate a general school-health letter with placeholders", """
Translate to Danish: "Dear parents of [CHILD'S NAME]. The school nurse will measure height and weight and check vision for all pupils in grade 0 during week [WEEK]. If you do not want your child to take part, please contact the school office."
"""),
C("[da] [hard-neg] anonymous-case: anonymised case in a complaint statistics memo", """
Skriv et kort notat til Ankestyrelsessagen (anonymiseret): Borger i 60'erne fik afslag på et elektrisk kørestol som hjælpemiddel. Ankestyrelsen hjemviste sagen, da kommunen ikke havde vurderet behovet for at komme ud i nærmiljøet. Læring: altid beskrive udendørs mobilitet.
"""),
C("[en] [hard-neg] historical: Helen Keller and Louis Braille on a poster", """
Write a text (max 80 words) for a poster about accessibility at the library that mentions Louis Braille, who lost his sight after an accident as a child, and Helen Keller, who was deaf and blind from the age of 19 months.
"""),
C("[da] [hard-neg] company-name: firms with person names and a company bank account", """
Lav en betalingsliste: Jensens Køkken A/S, faktura 88213, 14.300 kr. til konto 9570 10203040; Dr. Oetker Danmark, faktura 55410, 2.112 kr.; Søren Madsen Transport ApS, CVR 36491822, faktura 101, 7.800 kr. til konto 7244 1010203050.
"""),
C("[en] [hard-neg] job-ad: psychiatric night nurse job ad", """
Make this job ad gender-neutral and shorter: "We are looking for a night nurse for our housing unit for young adults with psychiatric disorders such as schizophrenia, bipolar disorder and severe anxiety. He must be calm, handle conflicts and administer medication including depot injections."
"""),
C("[da] [hard-neg] statistics: special education figures by school", """
Skriv en sammenfatning til skoleudvalget: 6,4 % af eleverne i Norddjurs går i et specialtilbud (landsgennemsnit 5,6 %). De hyppigste årsager er autisme (38 %), ADHD (24 %) og generelle indlæringsvanskeligheder (19 %). Udgiften steg 9 mio. kr. fra 2022 til 2023.
"""),
C("[en] [clean] bike path project update", """
Write a short project update for the website: the new bike path between Grenaa and Hammelev is 70 % finished; asphalt will be laid in week 37; the road will be closed to cars for 3 days. Questions can be sent to post@norddjurs.dk.
"""),
C("[da] [hard-neg] own-health: writer's own allergy and sick day, no identifier", """
Skriv en kort sms til min leder om, at jeg er syg i dag med en voldsom allergisk reaktion og har været hos lægen, men forventer at være tilbage i morgen.
"""),
C("[en] [hard-neg] procurement: tender text for hearing aids and walkers", """
Summarise the tender requirements in 6 bullets: supply of rollators (walkers), wheelchairs, shower chairs and hearing aid batteries for 4 years; delivery within 3 working days; repair service; CE marking; user panel with representatives from the Council for the Disabled.
"""),
C("[da] [hard-neg] medicine-news: news about a medicine, no person", """
Lav en kort nyhed til intranettet: Lægemiddelstyrelsen har meddelt leveringssvigt på Ozempic til og med marts. Hjemmesygeplejen skal være opmærksom på, at nogle borgere får et andet præparat, og at dosisskiftet skal dokumenteres.
"""),
C("[en] [hard-neg] placeholder: anonymised letter with [Name] and [CPR]", """
Make this letter warmer, and keep all the placeholders exactly: "Dear [Name], CPR [CPR]. Your application for [aid] has been approved. The aid will be delivered to [address] within [number] weeks. If you have questions, call 89 59 10 00."
"""),
C("[da] [hard-neg] it-health: 'virus', 'inficeret' and 'karantæne' about IT", """
Skriv en advarsel til alle medarbejdere: En virus har inficeret flere pc'er i Teknik og Miljø via en falsk faktura-mail. De berørte maskiner er sat i karantæne. Åbn ikke vedhæftede filer fra ukendte afsendere, og kontakt itsupport@norddjurs.dk ved mistanke.
"""),
C("[en] [hard-neg] fictional: Harry Potter and Sherlock Holmes in a school reading project", """
Suggest 4 discussion questions for 8th graders comparing how Harry Potter deals with grief after losing his parents and how Sherlock Holmes' drug use is described in "The Sign of Four".
"""),
C("[da] [hard-neg] sport: injury words in sport reporting", """
Skriv en kort nyhed om kommunens personaleløb: 212 deltog, vinderen af 10 km løb på 36 minutter. Der var nogle forstuvede ankler og vabler, og Samaritterne havde travlt med plastre. Næste år håber vi på endnu flere.
"""),
C("[en] [hard-neg] anonymous-case: anonymised child welfare case example for a course", """
Turn this anonymised case into a short exercise with 3 questions: "A 14-year-old girl tells her teacher that her stepfather hits her mother. She has had stomach aches, poor sleep and missed 20 % of school. She asks the teacher not to tell anyone." Questions should focus on the duty to notify.
"""),
C("[da] [hard-neg] number-trap: payment reference numbers and amounts in a reminder", """
Tjek rykkeroversigten for fejl: FI-kort +71<000001234567891 +83119988<, beløb 1.234,00; betalingsid 020304 0506 07; rente 8,05 %; forfald 01-07-2024. Stemmer totalen på 1.333,34 kr.?
"""),
C("[en] [hard-neg] campaign: men's health week campaign", """
Write 3 short social-media posts for Men's Health Week: encourage men over 50 to check blood pressure, talk about prostate problems and seek help for depression. Mention the free health check at the Health Centre on 12 June, 10–14.
"""),
C("[da] [hard-neg] minutes: minutes from the council for the elderly, no person", """
Skriv referatet færdigt ud fra stikordene: Ældrerådet 4/3. Pkt. 1 værdighedspolitik – høringssvar godkendt. Pkt. 2 madservice – klager over kold mad i Auning-området, forvaltningen undersøger. Pkt. 3 demensvenlige butikker – 12 butikker har nu certificering. Næste møde 8/4.
"""),
C("[en] [hard-neg] long-policy: long sickness absence policy text (no person)", """
Turn this policy into a one-page checklist for managers (numbered steps):

"Sickness absence policy, Norddjurs Kommune. 1. The employee reports sick to the immediate manager by phone before 7:30 on the first day. Text messages are only accepted if agreed. 2. The manager contacts the employee within the first 3 days to ask how the workplace can support a return; the manager does not ask about the diagnosis. 3. After 4 weeks of absence the manager holds a sickness absence conversation, at the latest after 4 weeks, and prepares a return-to-work plan. 4. If the absence is expected to exceed 8 weeks, the employee can ask for a fast-track (fast track-ordning). 5. The manager may ask for a medical certificate (mulighedserklæring) if the absence is frequent or long. 6. The employee may bring a union representative to all meetings. 7. Chronic or long-term illness may give the right to a § 56 agreement, where the employer is refunded sickness pay from day 1. 8. Information about an employee's health is confidential and stored only in the personnel file. 9. Managers must not discuss an employee's illness with colleagues without consent. 10. The policy is evaluated every second year by the main MED committee."
"""),
C("[da] [hard-neg] street-named-after-person: a person-named street in a snow-clearing list", """
Lav en prioriteret liste til vintertjenesten: 1. Grenaa Sygehusvej (ikke længere sygehus, men sundhedshus), 2. Kong Christians Allé, 3. Karen Blixens Vej, 4. Anholt færgehavn, 5. Auning Lægehus' parkeringsplads.
"""),
C("[en] [hard-neg] homograph: 'patient', 'discharge', 'condition' outside health", """
Proofread: "Please be patient – the discharge of rainwater from the new car park is in poor condition and will be repaired after the holiday. The contractor's terms and conditions are attached."
"""),
C("[da] [hard-neg] role-staff: staff referred to only by role", """
Lav en mødeindkaldelse til samarbejdsmøde mellem sygeplejersken fra akutteamet, demenskoordinatoren, visitatoren og teamlederen i hjemmeplejen om udskrivelser fra Regionshospitalet Randers. Mandag kl. 10, mødelokale 2.
"""),
C("[en] [hard-neg] it-health: system 'health check' and 'diagnostics'", """
Write a short notice that the IT department will run a health check and diagnostics on all servers Saturday 08:00–14:00. Fagsystemer (Nexus, KMD Momentum) will be unavailable. Questions to itsupport@norddjurs.dk.
"""),
C("[da] [hard-neg] budget-health: home-care budget with hours per citizen group", """
Lav tre nøgletal-bokse til budgetpræsentationen: 1.430 borgere modtager hjemmepleje, gennemsnitligt 3,8 timer pr. uge; 260 borgere med demens modtager hjælp; 92 borgere får sondemad eller særlig ernæring.
"""),
C("[en] [hard-neg] number-trap: amounts and dates in a pasted bank statement of the municipality", """
Reconcile this extract of the municipality's bank account (Danske Bank, account 4180 4123456789, IBAN DK50 3000 4180 4123 45, i.e. the municipality's own operating account) against the ledger: 01-06 +1.254.300,00 block grant; 03-06 -412.118,40 salaries; 05-06 -9.980,00 invoice 2024-5531.
"""),
C("[da] [hard-neg] translate: translate course material with diagnoses into English", """
Oversæt til engelsk til kursusmaterialet: "Tegn på delir hos ældre: pludselig forvirring, uro eller sløvhed, ændret døgnrytme, hallucinationer. Mulige årsager: infektion, dehydrering, medicin, forstoppelse. Kontakt altid sygeplejersken."
"""),
C("[da] [hard-neg] first-name-word: Danish words that are also first names (Hans, Per, Bo, Sol, Lærke)", """
Ret kommaerne i opslaget til beboerbladet: "Hans cykel stod stadig ved Lærkevej så vi betaler 450 kr. per time for at få den fjernet. De der vil bo i de nye rækkehuse i Vivild skal søge inden 1. maj. Solen skinnede og en lærke sang da vi tog det første spadestik."
"""),
C("[da] [hard-neg] plants-animals: diseases in plants and animals", """
Lav en kort vejledning til grundejere om asketoptørre og elmesyge på kommunens træer, og om hvad man gør, hvis man finder en død fugl med mistanke om fugleinfluenza.
"""),
C("[en] [hard-neg] public-figure: Danish royalty with health news in a newsletter", """
Write a neutral two-sentence item for the staff newsletter that Queen Margrethe's back surgery in 2023 inspired our physiotherapists to run a back-care week for employees. No private information beyond what was public.
"""),
C("[da] [clean] car-park notice at the town hall", """
Skriv en kort mail til alle på rådhuset om, at parkeringspladsen ved Torvet lukkes 18.-20. september pga. asfaltarbejde. Brug P-pladsen ved Stadion Allé i stedet.
"""),
C("[en] [hard-neg] weather: heat-wave health advice, no person", """
Write a short heat-wave advisory for home-care staff: offer elderly citizens extra fluids, watch for dizziness, confusion and dry mouth, keep curtains closed and call the nurse if a citizen shows signs of dehydration.
"""),
C("[da] [hard-neg] anonymous-case: use-of-force statistics without identifiers", """
Skriv et resumé til socialudvalget af årsopgørelsen over magtanvendelse: 37 indberetninger i 2023 (2022: 29), heraf 24 fastholdelser i forbindelse med personlig hygiejne hos borgere med demens, 8 alarmer/pejlesystemer og 5 akutte situationer på bosteder. Ingen borgere er nævnt.
"""),
C("[en] [hard-neg] sport: 'broke the record', 'sprain', 'knockout' in a sport article", """
Shorten this article for the intranet: "The municipality's football team knocked out the police 4-1 in the semi-final. Our goalkeeper sprained his ankle but stayed on the pitch – a real heart of a lion. The final is on Saturday at Grenaa Stadium."
"""),
C("[da] [hard-neg] name-in-org: foundation and prize named after a person", """
Skriv en pressemeddelelse om, at Norddjurs Kommunes Frivilligpris 2024 uddeles af borgmesteren den 5. december, og at prisen i år er sponsoreret af Aase og Ejnar Danielsens Fond. Nominerede foreninger: Besøgsvennerne, Demenscaféen, Grenaa Madvenner.
"""),
C("[en] [hard-neg] functional-mailbox: multiple functional mailboxes in a contact list", """
Make a tidy contact table from this: Social psychiatry – post@norddjurs.dk; Dementia – demens@norddjurs.dk; Substance abuse centre – misbrug@norddjurs.dk; Educational psychology (PPR) – ppr@norddjurs.dk; Aids – hjaelpemidler@norddjurs.dk; switchboard 89 59 10 00.
"""),
C("[da] [hard-neg] long-template: long template for a care plan with empty fields", """
Gør skabelonen mere overskuelig (overskrifter, punktopstilling), men behold alle felter:

"Handleplan – Borgerens navn: [ ] CPR: [ ] Adresse: [ ] Pårørende: [ ] Telefon: [ ] Helbredstilstand (diagnoser, medicin, allergier): [ ] Funktionsevne (personlig pleje, mobilitet, praktiske opgaver, kommunikation): [ ] Borgerens egne mål: [ ] Indsatser (ydelse, hyppighed, leverandør): [ ] Hjælpemidler: [ ] Samarbejdspartnere (egen læge, hjemmesygepleje, terapeuter): [ ] Opfølgning (dato, ansvarlig): [ ] Underskrift: [ ]"
"""),
C("[en] [hard-neg] author: H.C. Andersen's fears and illnesses in a city-guide text", """
Write a 70-word text for the tourist guide about H.C. Andersen's stay on Djursland, mentioning in a light way that he was famously afraid of being buried alive and always carried a rope in case of fire.
"""),
C("[da] [hard-neg] statistics: waiting times for rehabilitation", """
Skriv en kort forklaring til kommunalbestyrelsen: Ventetiden på genoptræning efter § 140 var i 1. kvartal gennemsnitligt 9 dage (mål: 7). Længst ventetid var for skulderpatienter (14 dage). Der ansættes en ekstra fysioterapeut fra maj.
"""),
C("[en] [hard-neg] course: handling-and-moving course with body terms", """
Write a course description (max 100 words) for "Safe moving and handling" for home care staff: protecting your own back, shoulders and knees, using hoists, slide sheets and turning aids, and preventing pressure ulcers in bedridden citizens.
"""),
C("[da] [hard-neg] number-trap: dates and times that look like CPR in a rota", """
Lav vagtplanen om til en tabel: 010624-0700 dag, 010624-1500 aften, 020624-2300 nat, 030624-0700 dag. (Formatet er ddmmåå-ttmm fra det gamle system.)
"""),
C("[en] [clean] library event summary", """
Summarise for the website: Saturday 9 March the library hosts a repair café (10–13) where volunteers fix bicycles, lamps and clothes. Free coffee. Bring your broken things.
"""),
C("[da] [hard-neg] placeholder: SMS template with merge fields", """
Forkort sms-skabelonen til max 160 tegn og behold flettefelterne: "Hej {fornavn}. Din hjemmehjælp kommer {dato} mellem {tidsrum}. Hvis du ikke er hjemme, så ring venligst til hjemmeplejen på 89 59 10 00. Mvh Norddjurs Kommune"
"""),
]
