"""dev12 clean batch 2: threads, tables, forms and letters without personal data; more English."""
from lib import clean as C

RECS = [
C("[da] [hard-neg] functional-signature: Outlook-tråd med kun afdelingssignatur", """
Lav et kort svar på denne mail:

Fra: Hjælpemiddeldepotet
Emne: Returnering af hjælpemidler

Hej
Husk at returnerede kørestole, rollatorer og plejesenge skal afleveres rengjorte. Afhentning bestilles via formularen på intranettet.

Venlig hilsen
Hjælpemiddeldepotet
Norddjurs Kommune
Tlf. 89 59 10 00
hjaelpemidler@norddjurs.dk
"""),
C("[en] [hard-neg] functional-signature: Teams message from a shared team account", """
Reply to this message from the shared account "Akutteam Norddjurs": "Reminder: the sepsis checklist has been updated. Please read it before your next shift. Questions to akutteam@norddjurs.dk."
"""),
C("[da] [hard-neg] number-trap: fakturaliste med beløb og datoer i tabel", """
Find fakturaer over 10.000 kr.:
Fakturanr;Dato;Leverandør;Beløb
F-230118;03.01.2024;Djurs Rengøring ApS;8.450,00
F-230119;05.01.2024;Grenaa Tømrerforretning;12.300,00
F-230120;05.01.2024;Medicoteknik A/S;24.180,75
F-230121;09.01.2024;Kattegat Kørsel;3.920,00
"""),
C("[en] [hard-neg] number-trap: ten-digit case numbers and reference numbers", """
Our ESDH system shows reference 2024004512 and case 1930018822 for the same road project. Can you explain the difference between a case number and a document reference in a short guide?
"""),
C("[da] [hard-neg] number-trap: dato og klokkeslæt der ligner CPR og telefon", """
Lav en oversigt over tømningsdage: 01.02.25 – 06.00-14.00; 15.02.25 – 06.00-14.00; 01.03.25 – 06.00-14.00. Ruten dækker 8500 Grenaa og 8585 Glesborg.
"""),
C("[da] [hard-neg] number-trap: EAN-numre for institutioner", """
Sæt EAN-numrene ind i en tabel med institutionsnavn: Børnehuset Stjernen 5798008461123, Plejecenter Bakkegården 5798008461246, Vestre Skole 5798008461369.
"""),
C("[en] [hard-neg] statistics: pupils with special needs in percentages", """
Write a short analysis: In 2024, 5.8 % of pupils in Norddjurs received special education, compared with 5.1 % nationally. The largest groups are pupils with ADHD, autism spectrum disorder and dyslexia.
"""),
C("[da] [hard-neg] statistics: faldulykker og hoftebrud", """
Lav en figurtekst: Antallet af faldulykker blandt borgere over 75 år faldt fra 312 i 2021 til 268 i 2024, og antallet af hoftebrud faldt fra 61 til 49.
"""),
C("[en] [hard-neg] false-friend: Danish words 'mist', 'rot', 'bad', 'hell' in English text", """
Explain to an English colleague what these Danish words mean on our signs: "Bad" (at the swimming hall), "Hell" (the place name Hellevad), "Mist" (as in "mistet"), "Rot" (as in "rod").
"""),
C("[da] [hard-neg] false-friend: engelske ord 'fag', 'bag', 'gift' i dansk tekst", """
Oversæt til dansk: "The gift bag for the new pupils contains a pencil case and a map. Maths is my favourite subject (fag)."
"""),
C("[en] [hard-neg] metaphor: 'the project is on life support', 'cash flow haemorrhage'", """
Tone down this sentence for the board paper: "The harbour project is on life support, the cash flow is haemorrhaging, and the steering group is paralysed."
"""),
C("[da] [hard-neg] metaphor: 'broen har brækket benet', 'vandværket har diarré'", """
Gør teksten mindre slangagtig: "Broen ved Kolindsund har nærmest brækket benet, og vandværket i Ørum har haft diarré hele ugen med brunt vand. Pumpen er død."
"""),
C("[da] [hard-neg] compound: sygeplejeklinik-åbningstider, lægevagt-skilt", """
Skriv skilt-teksten: "Sygeplejeklinikken i Auning holder åbent mandag–torsdag kl. 8–11. Uden for åbningstid: ring til lægevagten på 70 11 31 31. Ved livsfare: 112."
"""),
C("[en] [hard-neg] compound: 'heartland', 'headache-free', 'painstaking', 'cancer society shop'", """
Proofread: "Djursland is the heartland of Danish tourism. The new booking system makes summer planning headache-free, thanks to painstaking work. The Cancer Society shop in Grenaa is looking for volunteers."
"""),
C("[da] [hard-neg] common-word-surname: Holm, Lund, Dam, Skov som stednavne", """
Skriv en rutebeskrivelse til cykelløbet: Start ved Holm Strand, videre til Lund Skov, forbi Dam Mølle og ind gennem Skovgaarde til mål ved Fisker Kro.
"""),
C("[en] [hard-neg] common-word-surname: baker, fisher, smith, miller as occupations", """
Write a job fair text: local businesses are looking for a baker, a fisher for the harbour project, a smith for the heritage forge and a miller for the museum mill.
"""),
C("[da] [hard-neg] first-name-word: 'Kim', 'Bo', 'Rose', 'Storm', 'Mark' i stormvarsel", """
Skriv et varsel: Storm fra vest i nat. Mange borgere bor i lavtliggende områder, og marken ved Kolindsund kan oversvømmes. Rosenhaven i byparken lukkes. Kim og frø fra de nye bede er dækket til.
"""),
C("[en] [hard-neg] public-figure: Kierkegaard and Karen Blixen quotes", """
Find two quotes about ageing, one from Karen Blixen and one from Søren Kierkegaard, that we can use at the opening of the new care home.
"""),
C("[da] [hard-neg] historical: Christian 4.'s sygdom og Struensee som læge", """
Lav et undervisningsforløb om Struensee, der var livlæge for den psykisk syge Christian 7., og om hvordan sindssyge blev behandlet i 1700-tallet.
"""),
C("[en] [hard-neg] public-figure: Queen Margrethe's back surgery in news quiz", """
Make three quiz questions about Danish royal news: Queen Margrethe's back surgery in 2023, the abdication on 14 January 2024, and King Frederik's first New Year speech.
"""),
C("[da] [hard-neg] fictional: Karius og Baktus og Emil fra Lønneberg", """
Skriv en kort tandbørste-fortælling til 0. klasse med Karius og Baktus, der giver Jens hul i tænderne, og Emil fra Lønneberg, der skærer sig på en sardindåse.
"""),
C("[da] [hard-neg] role-staff: teamlederens notat om personalesituation uden navne", """
Omskriv: "Vi har p.t. to medarbejdere på langtidssygemelding og en på barsel. Vikarbudgettet er opbrugt. Teamlederen foreslår, at vi dropper de faste mødetider om fredagen."
"""),
C("[en] [hard-neg] unnamed-colleague: 'a colleague' with cancer, no name", """
How do I write a general message to my department about supporting a colleague who is ill with cancer, without revealing who it is?
"""),
C("[da] [hard-neg] anonymous-case: Borger B med hjerneskade i kursusmateriale", """
Lav en case til undervisning: Borger B, 54 år, har erhvervet hjerneskade efter en trafikulykke, lammelse i venstre side og afasi. Hvordan tilrettelægges rehabiliteringsforløbet?
"""),
C("[en] [hard-neg] anonymous-case: 'the resident in room 14' with no name or address", """
A resident at one of our care homes keeps asking to go home at night. How can staff respond to sundowning in a kind way? Give five tips.
"""),
C("[da] [hard-neg] own-health: skribentens egen migræne og Sumatriptan", """
Skriv en besked til mine kolleger om at jeg går tidligt i dag pga. migræne – jeg har taget en Sumatriptan 50 mg og skal ligge i mørke.
"""),
C("[en] [hard-neg] own-health: writer's own diabetes and insulin pump", """
I have type 1 diabetes and wear an insulin pump. Help me write a short note to my new team explaining what to do if I get a hypo at work.
"""),
C("[da] [hard-neg] job-ad: stillingsopslag pædagog til børn med autisme", """
Skriv et stillingsopslag: Specialbørnehaven Sølvkær søger en pædagog med erfaring i autisme, epilepsi og multihandicap. Du skal kunne håndtere sondemad og medicinudlevering. 32-37 timer.
"""),
C("[en] [hard-neg] job-ad: home care assistant ad with health tasks", """
Write an English job ad: We are looking for a social and health care assistant for evening shifts. Tasks include wound care, insulin injections, catheter care and support for citizens with dementia.
"""),
C("[da] [hard-neg] course: kursus i demens og delir", """
Skriv en invitation: Temadag om demens og delir for plejepersonale den 7. november. Oplæg om Alzheimers, vaskulær demens og hvordan man opdager delir hos ældre med urinvejsinfektion.
"""),
C("[en] [hard-neg] course: mental health first aid course text", """
Translate into English: "Kurset i psykisk førstehjælp lærer dig at spotte tegn på angst, depression og selvmordstanker hos borgere og kolleger og at handle på dem."
"""),
C("[da] [hard-neg] policy: retningslinje om magtanvendelse og alarmer", """
Forenkl: "Ved brug af pejlesystemer (GPS) til borgere med demens skal der træffes afgørelse efter serviceloven § 129. Ved brug af sengehest skal der altid foretages en individuel vurdering."
"""),
C("[en] [hard-neg] policy: medication storage guideline", """
Summarise our guideline on storing medicine in citizens' homes: use a locked box if the citizen has dementia or misuse, keep insulin in the fridge, and return unused morphine to the pharmacy.
"""),
C("[da] [hard-neg] minutes: ældreråd med roller", """
Lav et referat: Ældrerådets formand efterlyste bedre busforbindelser til sygehuset i Randers. Næstformanden ønskede orientering om ventetid på genoptræning. Sekretæren sender spørgsmålene til forvaltningen.
"""),
C("[en] [hard-neg] minutes: disability council in English with roles", """
Write English minutes: The Disability Council discussed accessibility at the beach in Fjellerup. The chair asked for wheelchair ramps and an accessible toilet. The administration will return with a price.
"""),
C("[da] [hard-neg] letter-template: brev 'Kære borger' uden navn", """
Gør brevet mere venligt: "Kære borger. Norddjurs Kommune ændrer fra 1. januar leverandør af madservice. Du behøver ikke gøre noget. Har du særlige diætbehov, fx diabeteskost eller gratinkost, bliver de videreført."
"""),
C("[en] [hard-neg] form-template: empty form Name:/Address:/Phone:", """
Make this form look nicer and add a field for preferred language:

Name: __________
Address: __________
Phone: __________
E-mail: __________
Do you use any aids (wheelchair, rollator, hearing aid)? Yes / No
"""),
C("[da] [hard-neg] journal-template: skabelon til journalnotat med forkortelser", """
Forklar forkortelserne i vores notatskabelon: "Bgr. obs. for tryksår; pt. vurderet iht. Braden; aftalt med e.l.; ordineret iflg. FMK; SSA/SSH; GOP; VAS; BT; BS; SAT."
"""),
C("[en] [hard-neg] translate: Danish health vocabulary list for interpreter", """
Translate these words into English for the interpreter glossary: hjemmesygepleje, genoptræning, nødkald, bækkenløsning, blodprop, tryksår, trappelift, ordblindhed.
"""),
C("[da] [hard-neg] sms-style: lowercase sms uden personer", """
lav en kort sms til alle i hjemmeplejen: husk temadag om sår og tryksår i morgen kl 13 i kantinen, tag jeres id-kort med
"""),
C("[en] [hard-neg] sms-style: lowercase message about server 'crash' and 'bleeding'", """
make this less dramatic: servers crashed again, the network is bleeding packets, the old firewall is basically dead, we need surgery on the whole setup
"""),
C("[da] [hard-neg] number-trap: telefonnumre til kommunens funktioner", """
Lav en oversigt til borgerne: Borgerservice 89 59 10 00, akut hjemmepleje via 89 59 10 00 (tast 2), lægevagten 70 11 31 31, alarmcentralen 112, politiet 114.
"""),
C("[en] [hard-neg] number-trap: tender reference, CVR and item numbers", """
Summarise: Tender ref. SKI 50.40, CVR 29189684, item numbers 123-456-789 and 987-654-321 for shower chairs, delivery within 14 days.
"""),
C("[da] [hard-neg] procurement: spørgsmål/svar om høreapparater", """
Skriv svar på tilbudsspørgsmål: "Spørgsmål 4: Skal leverandøren kunne levere høreapparater til børn? Svar: Ja, rammeaftalen omfatter både voksne og børn med høretab. Spørgsmål 5: Er batterier inkluderet? Svar: Nej."
"""),
C("[en] [hard-neg] budget-health: note on overspending on aids", """
Rewrite for the finance committee: "The budget for aids (wheelchairs, hospital beds, hearing aids) is expected to be overspent by DKK 3.2 million due to more citizens with dementia and stroke living at home."
"""),
C("[da] [hard-neg] budget-health: psykiatribudget med tal", """
Lav et kort resumé: Socialpsykiatrien forventer merudgifter på 4,1 mio. kr. pga. flere borgere med skizofreni og misbrug i botilbud. Der foreslås omprioritering fra forebyggelsespuljen på 1,2 mio. kr.
"""),
C("[en] [hard-neg] campaign: mental health week poster", """
Write a poster text for Mental Health Week: "It's OK not to be OK. Talk to someone. Headspace Grenaa is open Tuesday and Thursday for young people aged 12-25."
"""),
C("[da] [hard-neg] leaflet: folder om faldforebyggelse", """
Skriv en folder: Sådan undgår du fald i hjemmet – fjern løse tæpper, sørg for godt lys, brug skridsikre måtter i badet, og tal med din læge, hvis du bliver svimmel af din medicin.
"""),
C("[en] [hard-neg] sports: 'injury time', 'the team is crippled by injuries' in sports news", """
Write a short article for the intranet: the municipality's football team won 2–1 in injury time, even though the team was crippled by injuries. The goalkeeper played with a sore shoulder.
"""),
C("[da] [hard-neg] name-in-org: fonde og virksomheder med personnavne", """
Lav en liste over fonde vi kan søge til sansehaven: Velux Fonden, A.P. Møller Fonden, Knud Højgaards Fond og Aage og Johanne Louis-Hansens Fond.
"""),
C("[en] [hard-neg] street-named-after-person: H.C. Andersens Vej, Niels Bohrs Allé", """
Put these roads into the winter gritting plan: H.C. Andersens Vej, Niels Bohrs Allé, Dronning Margrethes Vej and Kong Hans Gade in Grenaa.
"""),
C("[da] [hard-neg] address-trap: vejnavne med husnumre i vejarbejdsplan, ingen personer", """
Lav en tidsplan: Kloakarbejde på Nørregade 1-35, Lillestræde 2-18 og Rådhusgade 4-12 i uge 38-41. Beboerne orienteres via brev og Facebook.
"""),
C("[en] [clean] email asking for Word tips", """
How do I add a table of contents in Word that updates automatically?
"""),
C("[da] [clean] oversæt en sætning", """
Oversæt til engelsk: "Vi glæder os til at byde jer velkommen på rådhuset til nytårskur."
"""),
C("[en] [clean] brainstorm names for a project", """
Give me 10 names for a project about green transport in rural Djursland.
"""),
C("[da] [clean] opsummer lovtekst", """
Forklar kort, hvad der står i forvaltningslovens § 19 om partshøring.
"""),
C("[en] [clean] PowerPoint outline", """
Create an outline for a 10-slide presentation on our new climate plan 2030.
"""),
C("[da] [hard-neg] service-health: lang kvalitetsstandard for hjemmesygepleje med sygdomme og medicin", """
Kan du forkorte denne kvalitetsstandard til en side, der kan ligge på hjemmesiden? Behold lovhenvisningerne.

Kvalitetsstandard – Hjemmesygepleje (sundhedslovens § 138)

Formål: Hjemmesygeplejen skal medvirke til, at borgere med akut eller kronisk sygdom kan blive i eget hjem så længe som muligt.

Målgruppe: Borgere med henvisning fra egen læge eller sygehus, fx borgere med diabetes, KOL, hjertesvigt, kræft, demens, psykisk sygdom eller sår, der ikke kan komme til sygeplejeklinikken.

Indsatser kan omfatte:
- dispensering og administration af medicin, fx insulin, blodfortyndende medicin og smertestillende (morfin, oxycodon)
- sårpleje, herunder tryksår, bensår og operationssår
- kateterpleje og stomipleje
- observation af blodtryk, blodsukker og iltmætning
- palliativ pleje i samarbejde med egen læge og hospice

Sygeplejen leveres på sygeplejeklinikkerne i Grenaa, Auning og Ørsted, eller i hjemmet, hvis borgeren ikke kan transportere sig. Hjælpen er gratis. Akutte henvendelser uden for dagtid går via kommunens hovednummer 89 59 10 00. Klage over afgørelser sendes til post@norddjurs.dk.
"""),
C("[en] [hard-neg] minutes: long English Teams thread between departments, roles only", """
Can you turn this Teams thread into a short decision note?

[Home care North – team channel]
Team leader (North): The new route planning tool crashed again this morning. Half the routes were missing, and we had to print lists from last week.
IT support: Sorry about that. The database had a corrupted index after the update. We have rolled back to version 4.2 and the system is healthy again.
Team leader (South): We saw the same. Also, the tablets in car 7 and car 12 are dead – the batteries won't charge.
IT support: Send them to the service desk and we will swap them. Please log a ticket at itsupport@norddjurs.dk so we can track it.
Nurse coordinator: Remember that the medication lists must be available offline. When the system is down we cannot check insulin or blood thinner doses, which is a patient safety risk.
Head of department: Agreed. Decision: until the supplier has delivered a fix, every team prints a paper backup of the next day's routes and medication lists at 15.00. The printed lists must be kept in the locked cabinet and shredded the next day.
IT support: We expect the fix in week 42.
"""),
C("[en] [hard-neg] false-friend: 'Nordic walking for seniors' and 'senior' in IT job title", """
Write two short texts: one advertising Nordic walking for seniors at the health centre, and one announcing that our senior developer will present the new app.
"""),
C("[da] [hard-neg] metaphor: 'vi har en blind vinkel' og 'døv over for kritik'", """
Omformuler til et mere respektfuldt sprog: "Forvaltningen har en blind vinkel, og ledelsen er døv over for kritikken. Processen halter."
"""),
]
