"""Batch 2: staff and officials by role only, rotas by role, minutes, council decisions, politicians in public role."""
from lib import C, P

RECS = [
C("da", "role-rota", "home care rota by role and route, medicine and wound care tasks per route",
"""Her er vagtplanen for Team Nord i uge 14. Kan du finde huller, hvor der ikke er en SSA til medicinopgaverne, og foreslå hvordan vi dækker dem?

Mandag: Dag – SSH 1 (rute 1), SSH 2 (rute 2), SSA 1 (rute 3, medicindosering + sårpleje), SSA 2 (rute 4). Aften – SSH 3, SSA 3. Nat – SSA nat, sygeplejerske på tilkald.
Tirsdag: Dag – SSH 1, SSH 2, SSH 4 (vikar), SSA 2. Aften – SSH 3, SSA 3. Nat – SSA nat.
Onsdag: Dag – SSH 1, SSH 2, SSA 1, SSA 2. Aften – SSH 3 (ingen SSA). Nat – SSA nat.
Torsdag: Dag – SSH 2, SSH 4, SSA 1. Aften – SSH 3, SSA 3. Nat – SSA nat.
Fredag: Dag – SSH 1, SSH 2, SSA 1, SSA 2, elev (2. år). Aften – SSH 3, SSA 3. Nat – SSA nat.
Weekend: 1 SSA og 2 SSH dag, 1 SSA og 1 SSH aften.
Rute 3 har fire borgere med insulin kl. 7-8 og to med kompressionsbehandling. Rute 4 har øjendråber kl. 8, 14 og 20."""),

C("en", "role-rota", "night shift rota by role only with sick cover wording",
"""Make a rota table for the night shift at the care home, weeks 10-13, using roles only: each night needs 1 nurse (on call for two houses), 2 social and health care assistants and 1 helper. The helper post is vacant in week 11 – mark it 'cover needed (sick leave cover from pool)'. Show the weekly hours per role."""),

C("da", "role-staff", "mail from the director (by title) to managers about winter flu vaccination of staff",
"""Skriv en mail fra direktøren for Social og Sundhed til alle ledere i ældreområdet: Kommunen tilbyder igen i år gratis influenza- og covid-vaccination til medarbejdere med borgerkontakt. Lederne skal sørge for at vagtplanen giver plads til at medarbejderne kan nå det i arbejdstiden. Vaccinationen foregår ved den kommunale vaccinationssygeplejerske i uge 41-43. Medarbejdere skal ikke oplyse lederen om de bliver vaccineret."""),

C("da", "politician", "former and current mayor named in their public role, council decision on a care home",
"""Skriv et kort historisk afsnit til jubilæumsskriftet for plejecentret: Byggeriet blev besluttet af byrådet i 2019 under borgmester Jan Petersen (S), og det nye demensafsnit blev indviet i 2023 af borgmester Kasper Bjerregaard (V). Beslutningen om demensafsnittet blev taget med stemmerne fra alle partier undtagen ét. Nævn ikke partiet."""),

C("en", "minutes", "committee minutes translated: chair, members by party, recommendation on dementia and rehab budget",
"""Summarise these committee minutes in English for our Swedish partner municipality (max 120 words):

"Social- og Sundhedsudvalget, møde d. 12. marts. Pkt. 4: Budgetopfølgning. Udvalget konstaterede et forventet merforbrug på 6,3 mio. kr. på hjemmeplejen og 2,1 mio. kr. på genoptræning efter sygehusophold. Forvaltningen foreslog at udvide antallet af demenspladser med 8 og at styrke rehabiliteringsindsatsen. Udvalget anbefalede indstillingen over for Økonomiudvalget. Medlemmet fra Enhedslisten stemte imod forslaget om at finansiere udvidelsen ved reduktion i rengøringshjælpen. Formanden bemærkede at ventetiden på genoptræning er faldet fra 14 til 9 dage.
Pkt. 5: Demensstrategi 2025-2028. Udvalget godkendte høringsudkastet. Ældrerådet og Handicaprådet høres. Strategien har fire spor: tidlig opsporing, pårørendestøtte, demensvenlige boliger og kompetenceudvikling af personalet.
Pkt. 6: Kvalitetsstandarder for personlig pleje og praktisk hjælp. Udvalget vedtog at fastholde rengøring hver 14. dag. Et medlem fra Venstre tog forbehold.
Pkt. 7: Orientering om tilsyn på plejecentrene. Ingen væsentlige fund.
Pkt. 8: Eventuelt. Næste møde flyttes pga. KL's Social- og Sundhedspolitiske Forum." """),

C("da", "role-staff", "senior council chair and vice-chair by role, topics hearing aids and falls",
"""Ældrerådets formand og næstformand har bedt om et kort notat om, hvordan kommunen arbejder med faldforebyggelse og høreapparater til ældre. Skriv notatet i et sprog, som ikke er fagjargon, og henvis til at hørecentret ligger på Regionshospitalet Randers."""),

C("en", "role-staff", "HR consultant and union rep by title, guide to sickness absence conversations",
"""Our HR consultant and the union representative (TR) want a one-page guide for managers on 'sygefraværssamtaler' (sickness absence interviews). It should cover: the first contact within the first week, the conversation within 4 weeks, that the manager may ask how long the absence will last and what the employee can do at work, but never about the diagnosis, and the option of a 'fastholdelsesplan' and 'fraværserklæring' from the GP. Write it in English and Danish side by side.

Here is the Danish draft from HR to start from: "Når en medarbejder melder sig syg, kontakter lederen medarbejderen senest på 3.-4. sygedag. Samtalen handler om fraværets forventede varighed og om der er opgaver, medarbejderen kan varetage. Lederen må ikke spørge til diagnose eller behandling. Senest i 4. sygefraværsuge holdes en sygefraværssamtale. Hvis medarbejderen forventes at være fraværende i mere end 8 uger, kan medarbejderen anmode om en fastholdelsesplan. Lederen kan bede om en friattest eller en mulighedserklæring, og kommunen betaler. Oplysninger om sygefravær opbevares i personalesagen og må kun deles med HR." Keep the legal points accurate."""),

C("da", "role-staff", "municipal director asks for a briefing (title only)",
"""Kommunaldirektøren skal til møde i KKR Midtjylland om akutfunktionerne og den nære sundhed. Lav et oplæg på 5 punkter om hvad vi i Norddjurs ønsker af regionen, fx bedre udskrivninger fra sygehus, fælles akutteam og adgang til sygehusenes journaldata."""),

C("en", "anonymous-case", "letter to parents about head lice in a class, no child identifiable",
"""The school principal asked me to write a letter to parents in class 3.B. There have been head lice in the class. Ask all parents to check their child's hair tonight and treat if needed, explain that lice have nothing to do with hygiene, and say that the school nurse can give advice. Friendly and calm tone, in English and Danish."""),

C("da", "role-staff", "school leader, PPR psychologist and speech therapist by role, meeting agenda",
"""Lav en dagsorden til det årlige møde mellem skolelederen, PPR-psykologen, tale-høre-konsulenten og inklusionsvejlederen. Punkter: statistik over henvisninger (ordblindhed, sproglige vanskeligheder, trivsel), ventetid på udredning, samarbejde med børnepsykiatrien i Risskov, og ny procedure for skolevægring."""),

C("da", "role-rota", "day care opening/closing rota with roles A, B, C placeholders",
"""Lav et skema for åbne- og lukkevagter i børnehuset for september. Vi har 3 pædagoger (pæd. A, B, C), 2 pædagogmedhjælpere (medhj. D, E) og 1 pædagogstuderende. Åbning 6.15, lukning 17.00 (fredag 16.00). Studerende må ikke åbne eller lukke alene. Pæd. B går på nedsat tid i hele september og kan ikke tage lukkevagter."""),

C("da", "politician", "national minister named in public role presenting the elder-care reform",
"""Skriv et resumé på 150 ord af regeringens ældrereform til vores ledergruppe. Ældreminister Mette Kierkgaard (M) har fremhævet færre dokumentationskrav, faste teams i hjemmeplejen og borgernes ret til frit valg. Hvad betyder det for visitationen, for kvalitetsstandarderne og for borgere med demens?"""),

C("en", "role-staff", "press release by ministry, roles only, hospital waiting times",
"""Summarise this for our management team in 5 bullets: "The Ministry of the Interior and Health today published new figures showing that the average waiting time for hip and knee replacements has fallen in all five regions. The minister welcomes the development, while Danske Regioner points to staff shortages in anaesthesia." What does it mean for municipal rehabilitation?"""),

C("da", "minutes", "MED committee minutes with roles and absence statistics",
"""Kan du lave et referat ud fra mine stikord? Det skal være kort og neutralt.

MED-udvalg ældre og sundhed, torsdag kl. 13-15. Til stede: centerchef (formand), næstformand (TR for FOA), TR for DSR, arbejdsmiljørepræsentanter fra hjemmeplejen og plejecentrene, HR-partner. Afbud: TR for Ergoterapeutforeningen.
1. Sygefravær: samlet 8,4 % i hjemmeplejen, 7,1 % på plejecentrene, 4,2 % i sygeplejen. Langtidsfravær udgør ca. halvdelen. Mange sygemeldinger med ryg- og skulderbesvær – forslag om forflytningsvejledere på alle teams.
2. Vold og trusler: 23 registrerede hændelser i 1. kvartal, de fleste fra borgere med demens. Alle fik tilbudt debriefing. Ingen arbejdsskader anmeldt.
3. Psykisk arbejdsmiljø: APV viser travlhed og stress. Tiltag: faste teams, supervision.
4. Eventuelt: sommerferieplan godkendt."""),

C("en", "role-staff", "Teams chat between team leader and duty nurse by role, generic task",
"""Clean up this Teams chat into a short instruction for all teams:
[08:12] Team leader: who has the key to the medicine room on floor 2 today?
[08:13] Nurse on duty: day SSA has it, the spare is in the key safe
[08:15] Team leader: ok, from now on the key goes back into the safe after each round and is logged
[08:16] Nurse on duty: agree, also the fridge temperature log wasn't filled in over the weekend
[08:18] Team leader: I'll put both on the staff meeting agenda"""),

C("da", "role-staff", "inspector from the patient safety authority talked to staff, two residents and a relative (anonymous)",
"""Omskriv dette uddrag af tilsynsrapporten til et kort resumé til plejecentrets pårørenderåd: "Den tilsynsførende fra Styrelsen for Patientsikkerhed talte med plejepersonalet, to beboere og en pårørende. Der blev gennemgået fire journaler. Der var mangler i dokumentationen af medicinhåndtering i to tilfælde, og i ét tilfælde var der ikke taget stilling til behov for tryksårsforebyggelse. Tilsynet vurderer samlet set, at der er mindre problemer af betydning for patientsikkerheden. Plejecentret har udarbejdet en handleplan: Sygeplejerskerne gennemgår alle medicinlister inden for 14 dage, der indføres fast triagering af beboere ved morgenmødet, og alle medarbejdere undervises i tryksårsforebyggelse og brug af Braden-skalaen. Tilsynet afsluttes, når handleplanen er modtaget. Pårørenderådet inviteres til at følge op på næste møde i september." Resuméet må ikke nævne nogen medarbejdere eller beboere og skal være forståeligt for pårørende uden sundhedsfaglig baggrund."""),

C("en", "role-staff", "briefing note for the mayor at the opening of a dementia-friendly garden",
"""Write a speaking note (2 minutes) for the mayor, who will open the new sensory garden at the care home on Friday. Points: the garden was designed with input from residents living with dementia and their families, it has raised beds for wheelchair users, a safe loop path so no one gets lost, and it was partly funded by a foundation. Thank the caretaker team and the volunteers."""),

C("da", "role-staff", "mayor's speech for opening of the health house, no names",
"""Skriv borgmesterens tale til indvielsen af det nye sundhedshus. Max 3 minutter. Nævn at huset samler genoptræning, sygeplejeklinik, sundhedspleje, rygestop og tilbud til borgere med kronisk sygdom som KOL, diabetes og hjertesygdom under ét tag, og tak håndværkerne og personalet."""),

C("en", "politician", "answer to a councillor's written question, councillor by party only",
"""Draft an answer from the administration to a written question from a councillor (SF): "How many citizens have been waiting more than 4 weeks for a permanent place in a care home, and how many of them have dementia?" Use placeholders [ANTAL] and [ANTAL MED DEMENS] and explain the guarantee of 2 months."""),

C("da", "role-rota", "SOSU student rotation by year and placement",
"""Lav en oversigt over praktikforløb for SOSU-elever: 1. praktik (hjemmeplejen, 10 uger), 2. praktik (plejecenter, 12 uger), 3. praktik (psykiatri – Regionspsykiatrien Randers, 10 uger), 4. praktik (somatik på sygehus, 12 uger). Vi har 14 elever på hold F24. Fordel dem på praktiksteder, så der højst er 3 pr. sted ad gangen. Brug Elev 1-14."""),

C("en", "role-staff", "fire drill: fire wardens by role",
"""Write a one-page fire drill instruction for the care home. Fire wardens are: the kitchen lead (ground floor), the caretaker (building B), the evening SSA in each house, and the nurse on duty at night. Residents who cannot walk are evacuated horizontally behind the fire doors first. Include the assembly point at the car park and 'call 112' in bold."""),

C("da", "role-staff", "team leader and consultant roles in an email about a case meeting (no citizen)",
"""Skriv en mail fra teamlederen i Team Syd til socialrådgiverne om, at vi fra 1. maj indfører faste teammøder hver tirsdag kl. 9-10, hvor sager med børn i mistrivsel gennemgås anonymt med familiekonsulenten og sundhedsplejersken. Sager skal præsenteres som "Barn A", "Barn B" og uden navn, CPR eller skole."""),

C("en", "role-staff", "manager asking how to handle own team's high sick leave in general terms",
"""I manage a team of 22 in home care and our sickness absence has been above 9 % for three quarters. Without going into individual cases, what evidence-based measures can I try first? Think ergonomics, scheduling, leadership and psychological safety. Bullet points with one line of explanation each."""),

C("da", "politician", "council decision where councillors are referred to by party; mental health plan",
"""Byrådet vedtog i går handleplanen for mental sundhed for børn og unge med 25 stemmer for. Dansk Folkeparti og Nye Borgerlige stemte imod finansieringen. Lav en pressemeddelelse på 200 ord til lokalavisen med et citat fra formanden for Børne- og Familieudvalget (uden navn, blot titel)."""),

C("en", "role-staff", "emergency preparedness chief by role, heatwave plan for care homes",
"""The head of emergency preparedness (beredskabschefen) wants a short heatwave action card for care homes and home care: when DMI issues a heat warning, staff should offer extra fluids, check rooms facing south, cancel outdoor activities between 12 and 16, and pay special attention to residents on diuretics. One page, checklist format."""),

P("da", "one-line scheduling request",
"""Find et tidspunkt i næste uge hvor både centerchefen, økonomikonsulenten og de tre afdelingsledere kan mødes en time."""),

C("da", "role-staff", "HR job interview panel by roles, no candidate names",
"""Skriv en standardmail til ansøgere, der ikke er blevet indkaldt til samtale som sygeplejerske i akutteamet. Underskriv med "Ansættelsesudvalget, Sygeplejen Norddjurs". Tak for interessen og nævn, at vi fik 31 ansøgninger."""),
]
