"""dev18 clean batch 2: hard negatives - public figures, brands, places and street names,
number shapes, public contact details, eponym disease names in general context, long pasted
non-personal material (agendas, reports, policies)."""
from lib import clean as C

RECORDS = [
C("[en] [hard-neg] eponym: Parkinson and Alzheimer as diseases",
  "Explain the difference between Parkinson's disease and Alzheimer's disease in plain language for a leaflet for relatives. Max 150 words."),
C("[da] [hard-neg] eponym: Alzheimerforeningen og Parkinsonforeningen",
  "skriv en invitation til samarbejdsmøde med Alzheimerforeningen og Parkinsonforeningen om frivillige besøgsvenner i Norddjurs"),
C("[en] [hard-neg] public-figure: cycling champion",
  "Write a short motivational intro for our staff cycling challenge mentioning Jonas Vingegaard's Tour de France wins."),
C("[da] [hard-neg] public-figure: statsminister i samfundsfag",
  "lav 4 spørgsmål til en samfundsfagsprøve om Mette Frederiksens regering og kommunalreformen 2007"),
C("[da] [hard-neg] brand: LEGO og grundlæggeren",
  "fortæl kort historien om LEGO og Ole Kirk Christiansen til en temauge i 3. klasse om opfindelser"),
C("[en] [hard-neg] brand: coffee and supermarket names",
  "Which is cheaper for the staff room: Peter Larsen Kaffe or BKI from Salling Group? Make a simple comparison table with price per kilo."),
C("[da] [hard-neg] number-shape: bankkonto-lignende budgetkonti",
  "hvordan bogfører jeg på kontoerne 5.32.32.1-001 og 5.32.35.1-002? det er hjemmepleje og plejeboliger i den autoriserede kontoplan"),
C("[da] [hard-neg] public-contact: kommunens hjemmeside og telefontider",
  "lav en kort tekst: Har du spørgsmål til din hjemmehjælp, så ring til Visitationen via 89 59 10 00 mellem kl. 8 og 12, eller skriv til visitation@norddjurs.dk"),
C("[en] [hard-neg] health-stats: smoking rates",
  "Turn into a chart description: daily smokers in Norddjurs fell from 19% in 2017 to 14% in 2023, compared with 12% nationally. Young women show the biggest drop."),
C("[da] [hard-neg] health-service: hjælpemidler generelt",
  "forklar forskellen på et hjælpemiddel og et forbrugsgode efter serviceloven, med eksempler som rollator, kørestol, badebænk og elkedel"),
C("[da] [hard-neg] role-word: borgeren i generel vejledning",
  "hvad skal borgeren gøre hvis hun er uenig i en afgørelse om hjemmehjælp? lav en kort klagevejledning"),
C("[en] [hard-neg] it-system: Excel formula with ID-like numbers",
  "Write an Excel formula that pulls the case number from strings like 'SAG-2024-118832' and 'SAG-2023-090417' into a separate column."),
C("[da] [hard-neg] place: adresse på offentlig institution",
  "skriv en vejvisning til Rådhuset, Torvet 3, 8500 Grenaa: parkering bag bygningen, indgang ved Borgerservice, elevator til 2. sal"),
C("[da] [hard-neg] health-idiom: sygt godt",
  "skriv en tak til praktikanterne: I har været sygt gode, og vi har grinet så vi fik ondt i maven. held og lykke med eksamen"),
C("[en] [hard-neg] research: evaluation of welfare technology",
  "Summarise the main findings of an evaluation of shower toilets in home care: 40% fewer visits for personal hygiene, higher citizen satisfaction, some technical problems in the first months."),
C("[da] [hard-neg] building: skimmelsvamp i skole",
  "skriv et brev til forældre om at der er fundet skimmelsvamp i to klasselokaler på Vivild Skole, og at undervisningen flytter til pavilloner mens det udbedres"),
C("[da] [hard-neg] number-shape: telefonlignende bilag",
  "bilagsnumrene 24 77 10 03 og 24 77 10 09 mangler i regnskabet for marts. skriv en venlig rykker til økonomiafdelingen"),
C("[en] [hard-neg] template: placeholder email in English",
  "Improve this template: 'Dear [Citizen name], your appointment with [Therapist] is on [date] at [time]. Please call [phone] if you cannot attend.'"),
C("[da] [hard-neg] health-policy: alkoholpolitik for ansatte",
  "lav et udkast til en alkohol- og rusmiddelpolitik for kommunens ansatte: forebyggelse, hvad gør lederen ved mistanke, tilbud om behandling, konsekvenser"),
C("[da] [hard-neg] sports: lokale hold og skader",
  "skriv en kort omtale af Grenaa's ishockey- eller håndboldhold til kommunens nyhedsbrev - sæsonen har været præget af mange skader, men holdet er i slutspillet"),
C("[en] [hard-neg] weather: snow and road gritting",
  "Draft a message: due to heavy snow, road gritting on Ålsrodevej and Kolindvej starts at 04:00. Home care may be delayed up to one hour."),
C("[da] [hard-neg] campaign: Movember og mænds sundhed",
  "lav et opslag til intranettet om Movember: vi samler ind til forskning i prostatakræft og mænds mentale sundhed. deltag med overskæg!"),
C("[da] [hard-neg] role-word: min leder og medarbejdere generelt",
  "hvordan taler jeg med min leder om at jeg synes arbejdspresset er for højt? giv mig 5 gode åbningssætninger"),
C("[en] [hard-neg] health-service: pregnancy services overview",
  "What services does a Danish municipality offer to pregnant women and new parents? List health visitor visits, antenatal classes, and family support in bullet points."),
C("[da] [hard-neg] public-figure: forfatter fra Djursland",
  "skriv et kort oplæg til en litteraturaften om Steen Steensen Blicher og hans forbindelse til Jylland. hvilke noveller bør vi læse?"),
C("[da] [hard-neg] number-shape: KLE og paragraffer",
  "hvilket KLE-emne passer til sager om hjælpemidler efter § 112 - er det 27.36.08 eller 27.37.00? og hvad med boligindretning § 116?"),
C("[en] [hard-neg] brand: pharmacy and drug names in procurement",
  "Compare prices from our wholesaler for paracetamol 500 mg, ibuprofen 400 mg and Movicol sachets for the nursing homes' stock, based on last year's order volumes."),
C("[da] [hard-neg] health-stats: genindlæggelser",
  "lav en graf-tekst: andelen af ældre genindlagt inden 30 dage er faldet fra 17,2 % til 14,8 %. flest genindlæggelser skyldes lungebetændelse, urinvejsinfektion og dehydrering"),
C("[da/en] [hard-neg] it-system: mixed prompt about Teams",
  "kan du skrive en guide til hvordan man laver et Teams-møde med tolk? for meetings with citizens who need an interpreter, what's the best setup?"),
C("[da] [hard-neg] place: sommerhusområde og strande",
  "lav en tekst om blå flag-strandene i Norddjurs: Bønnerup Strand, Fjellerup Strand, Grenaa Strand og Gjerrild Nordstrand"),
C("[en] [hard-neg] public-figure: football history",
  "Write 3 trivia questions about Danish football history: Michael Laudrup, Peter Schmeichel and the 1992 European Championship."),
C("[da] [hard-neg] health-word: sygdom i planter og dyr",
  "skriv en besked til kolonihaveforeningen om at der er konstateret kartoffelskimmel og at grønsagerne ikke skal komposteres"),
C("[da] [hard-neg] template: mødeindkaldelse uden navne",
  "lav en mødeindkaldelse til et tværfagligt møde om en borger: deltagere: sagsbehandler, hjemmesygeplejerske, ergoterapeut, evt. pårørende. dagsorden: status, mål, næste skridt. brug pladsholdere"),
C("[en] [hard-neg] number-shape: times and dates",
  "Convert this rota to a table: Mon 07:00-15:00, Tue 15:00-23:00, Wed off, Thu 23:00-07:00, shift swap on 14.11.2025 approved by the team leader."),
C("[da] [hard-neg] health-service: tandpleje for børn",
  "forklar kort hvordan den kommunale børnetandpleje fungerer fra 0-18 år, og hvornår forældre selv skal betale"),
C("[da] [hard-neg] public-contact: jobcentrets mail",
  "lav en slutning til breve fra jobcentret: Har du spørgsmål, er du velkommen til at skrive til jobcenter@norddjurs.dk eller ringe på 89 59 10 00"),
C("[en] [hard-neg] health-idiom: software bug as virus",
  "The printer network caught a virus and the whole second floor is down. Write a short, calm message to staff about what to do until IT fixes it."),
C("[da] [hard-neg] research: specialeprojekt om ensomhed",
  "jeg skriver speciale om ensomhed blandt ældre i landdistrikter. kan du hjælpe mig med en interviewguide til fokusgrupper med frivillige?"),
C("[da] [hard-neg] building: ventilation og indeklima",
  "skriv en henvendelse til ejendomsafdelingen om dårligt indeklima i mødelokale 3: hovedpinetemperaturer om eftermiddagen, 28 grader og høj CO2"),
C("[en] [hard-neg] role-word: the patient in a hypothetical",
  "Hypothetically, if a patient in home care refuses to take their medication, what are the legal options for staff in Denmark? Keep it general."),
C("[da] [hard-neg] health-policy: lang dagsorden Social- og Sundhedsudvalget med sagsnumre",
  """Kan du lave en kort oversigt over hvad der skal besluttes på mødet?

Dagsorden - Social- og Sundhedsudvalget, 4. marts kl. 14.00, Udvalgsværelse 1
1. Godkendelse af dagsorden
2. Budgetopfølgning pr. 31.01 - Sundhed og Omsorg (sag nr. 24/2281). Indstilling: at orienteringen tages til efterretning.
3. Kvalitetsstandarder 2025 for personlig pleje og praktisk hjælp (sag nr. 24/1904). Indstilling: at standarderne godkendes og sendes i høring i Ældrerådet og Handicaprådet.
4. Evaluering af akutteamet (sag nr. 23/8817). Akutteamet har haft 2.140 besøg i 2024, og 78 % af borgerne undgik indlæggelse. Indstilling: at evalueringen drøftes.
5. Demensstrategi 2025-2028 (sag nr. 24/0399). Indstilling: at udkastet godkendes med de faglige mål om tidlig opsporing, pårørendestøtte og demensvenlige plejecentre.
6. Takster for madservice 2025. Indstilling: at taksten for en hovedret fastsættes til 62 kr.
7. Orientering om ny sundhedsaftale med Region Midtjylland.
8. Meddelelser fra formanden og direktøren.
9. Eventuelt.
Bilag findes i First Agenda."""),
C("[en] [hard-neg] health-stats: long annual report extract, school health",
  """Please shorten this extract from the annual report on child health to 5 bullet points for the council newsletter:

School Health Service - Annual Report 2024
In 2024 the municipal health visitors carried out 1,912 school health examinations in grades 0, 1, 5 and 9. The share of overweight children in grade 0 was 13.4%, slightly below the national average, while the share in grade 9 rose to 19.1%.
Mental wellbeing continues to be a concern. In the national wellbeing survey, 24% of pupils in grades 7-9 reported that they often feel lonely, and 31% of girls said they frequently feel stressed. The service has therefore expanded its open consultation hours, where pupils can talk to a health visitor without an appointment, and introduced group courses on sleep and screen habits.
Vaccination coverage for MMR (second dose) was 91%, and HPV vaccination coverage among 12-year-olds was 86% for girls and 81% for boys.
Cooperation with PPR and the family department was strengthened through monthly consultation meetings at each school. The service also trained 40 teachers in recognising early signs of self-harm and eating disorders.
Priorities for 2025: earlier contact with families of children with overweight, a targeted effort for pupils with high absence, and better digital booking."""),
C("[da] [hard-neg] health-service: langt nyhedsbrev fra hjemmeplejen uden personer",
  """Ret sproget i nyhedsbrevet, så det bliver kortere og mere venligt:

Nyhedsbrev fra Hjemmeplejen - april

Kære alle
Så er foråret her, og det kan mærkes på ruterne. Vi har i marts haft travlt med mange nye borgere efter udskrivelse fra sygehuset, og tak for den store indsats. Husk at vi stadig mangler afløsere til sommerferien - kender du nogen der læser til sygeplejerske eller social- og sundhedsassistent, så send dem videre til os.

Nyt fra kvalitetsgruppen: Vi har set flere utilsigtede hændelser med dosisposer, der er givet på det forkerte tidspunkt. Tjek altid navn og tidspunkt på posen, og dokumentér i Nexus med det samme.

Husk kurset i forflytning tirsdag d. 23. april kl. 9-12 i Sundhedshuset. Tilmelding via intranettet.

Bilerne: To af de hvide elbiler er på værksted. Aflever nøglerne i nøgleboksen, og husk at sætte bilen til opladning.

Influenza og corona: Der er fortsat smitte i lokalområdet. Bliv hjemme hvis du har feber, og brug mundbind hos borgere med luftvejssymptomer.

Sommerfest: fredag d. 14. juni kl. 17 ved Grenaa Strand. Tilmelding senest 1. juni.

Mange hilsner
Ledelsen i Hjemmeplejen"""),
C("[da] [hard-neg] health-policy: lang generel sygefraværspolitik",
  """Jeg skal lave en ny sygefraværspolitik. Kan du forbedre dette udkast og gøre det mere læsevenligt?

Sygefraværspolitik - Norddjurs Kommune (udkast)
Formål: At fremme trivsel og forebygge sygefravær, og at støtte medarbejdere der er syge, så de kan vende tilbage til arbejdet så hurtigt det er forsvarligt.
1. Sygemelding: Medarbejderen melder sig syg til nærmeste leder personligt senest kl. 7.30 på første sygedag. Man skal ikke oplyse diagnose, men gerne om fraværet forventes at blive kort eller langt.
2. Omsorgssamtale: Ved fravær over 14 dage kontakter lederen medarbejderen for en omsorgssamtale. Samtalen handler om hvordan arbejdspladsen kan hjælpe, ikke om sygdommen.
3. Sygefraværssamtale: Senest 4 uger efter første sygedag holdes en sygefraværssamtale efter sygedagpengelovens regler.
4. Fastholdelse: Der kan aftales delvis raskmelding, skånehensyn, fastholdelsesplan eller mulighedserklæring.
5. Gentaget korttidsfravær: Ved mere end 3 sygeperioder på 6 måneder holdes en samtale om mønstret.
6. Arbejdsmiljø: Ledelse og arbejdsmiljørepræsentanter følger op på sygefraværsstatistikken hvert kvartal.
Spørgsmål kan rettes til HR via post@norddjurs.dk."""),
C("[en] [hard-neg] it-system: long guidance on AI tools, GDPR and health data",
  """Can you make this internal guidance shorter and clearer for frontline staff?

Using AI assistants with citizen data - internal guidance
AI assistants such as Copilot can help you write letters, summarise long documents and improve your language. However, you must never paste personal data about citizens into a tool unless it has been approved for that purpose. Personal data includes names, CPR numbers, addresses, phone numbers and e-mail addresses. Special categories of personal data include information about health, such as diagnoses, medication, disabilities, pregnancy, addiction and mental health.
Before you paste text, remove or replace identifying information with placeholders like [NAME] or [CPR]. Be aware that a combination of details - for example a rare diagnosis, a small village and an age - can identify a person even without a name.
If you are unsure, contact the data protection officer or the IT helpdesk at itsupport@norddjurs.dk. Report any accidental disclosure as a security incident within 24 hours.
This guidance applies to all employees, temporary staff and students in the municipality."""),
C("[da] [hard-neg] health-service: genoptræningscenter åbningstider",
  "skriv et opslag om at Genoptræningen i Auning holder lukket i uge 29 og 30, og at akutte henvendelser om genoptræningsplaner går til Grenaa"),
C("[da] [hard-neg] brand: person-named shops",
  "lav et kort over butikker i Grenaa midtby til turister: Harald Nyborg, Søstrene Grene, Jysk, Matas og Bog & Idé - hvor ligger de i forhold til Torvet?"),
C("[en] [hard-neg] number-shape: IBAN format with masked example",
  "What is the format of a Danish IBAN and how many characters does it have? Show a made-up example like DKkk BBBB CCCC CCCC CC with the parts explained."),
C("[da] [hard-neg] health-policy: røgfri arbejdstid",
  "argumenter for og imod at indføre røgfri arbejdstid for alle ansatte i kommunen, inkl. snus og e-cigaretter"),
C("[da] [hard-neg] public-figure: H.C. Ørsted og byen Ørsted",
  "er byen Ørsted på Djursland opkaldt efter H.C. Ørsted? og hvad har Ørsted A/S med ham at gøre? kort svar til en skoleopgave"),
C("[en] [hard-neg] health-stats: ambulance response times",
  "Write a paragraph for the council: average ambulance response time in Norddjurs was 11.2 minutes in 2024, above the regional target of 10 minutes in rural areas such as Anholt and Glesborg."),
C("[da] [hard-neg] role-word: forælder og barn generelt",
  "hvordan kan en forælder søge om tabt arbejdsfortjeneste når et barn har en kronisk sygdom? giv et generelt overblik over reglerne"),
C("[da] [hard-neg] number-shape: postnumre og telefon til vagtlæge",
  "lav en tabel med postnumre og byer i Norddjurs: 8500 Grenaa, 8560 Kolind, 8585 Glesborg, 8586 Ørum Djurs, 8581 Nimtofte, 8961 Allingåbro, 8950 Ørsted, 8963 Auning. nederst: lægevagt 70 11 31 31"),
C("[en] [hard-neg] sports: marathon training injuries",
  "Make a 12-week beginner plan for the Grenaa half marathon that reduces the risk of shin splints and knee pain. General advice only."),
C("[da] [hard-neg] it-system: systemnavne der ligner navne",
  "hvad er forskellen på KMD Nova, Sofie (det gamle sygedagpengesystem) og Fasit? jeg skal lave en systemoversigt til jobcentret"),
C("[en] [hard-neg] template: fictional persona for UX test",
  "Create a fictional persona for testing our new citizen portal: 'Persona A, 72, lives alone in a village, uses an iPad, has a hearing aid'. Don't give her a realistic name or address."),
C("[da] [hard-neg] campaign: hjerteløber og førstehjælp",
  "lav en opfordring til at blive hjerteløber i TrygFonden-appen og tage et førstehjælpskursus - især i landsbyerne hvor ambulancen er længe undervejs"),
C("[da] [hard-neg] health-idiom: hovedpine over budget",
  "budgettet giver mig hovedpine. hjælp med at formulere en mail til økonomi om at vi mangler 200.000 kr. på kursuskontoen"),
C("[en] [hard-neg] research: literature search on dementia care",
  "Suggest search terms for PubMed to find studies on music therapy for people with dementia in nursing homes, and how to limit to Scandinavian studies."),
C("[da] [hard-neg] place: Anholt og færgen",
  "skriv en tekst om hvordan sundhedspersonale kommer til Anholt: færgen fra Grenaa Havn tager ca. 3 timer, og der er fly fra Roskilde. der er sygeplejeklinik på øen"),
C("[da/en] [hard-neg] number-shape: mixed prompt about invoice numbers",
  "kan du tjekke denne liste? invoice 2024-0311, 2024-0312 and 2024-0318 for hjælpemidler, credit note 2024-0319. which ones are missing?"),
C("[en] [hard-neg] public-contact: generic mailbox for health service",
  "Write a polite auto-reply for sundhed@norddjurs.dk saying that we answer within 3 working days and that urgent matters should be directed to 89 59 10 00 or 112."),
C("[da] [hard-neg] health-service: kommunal misbrugsbehandling generelt",
  "skriv en tekst til hjemmesiden om anonym og gratis behandling for alkohol- og stofmisbrug, for unge under 25 og for pårørende. kontakt: misbrug@norddjurs.dk"),
C("[en] [hard-neg] brand: Carlsberg Foundation grant",
  "Help us write a grant application to the Carlsberg Foundation and the Novo Nordisk Foundation for a research project on rehabilitation after stroke in rural municipalities."),
C("[da] [hard-neg] role-word: ansatte i sygefraværsstatistik",
  "hvordan beregner man sygefraværsprocenten for en afdeling med 42 ansatte, hvor der i alt har været 386 sygedage på et år med 224 arbejdsdage?"),
C("[en] [hard-neg] weather: flooding at Grenaa harbour",
  "Write a short warning for the municipality's website: storm surge expected at Grenaa Havn and the low-lying streets near the marina on Sunday evening. Sandbags available at the technical depot."),
C("[en] [hard-neg] public-figure: singer in nursing home sing-along",
  "Make a song list for a sing-along afternoon at the nursing home with Kim Larsen, Gasolin' and Birthe Kjær songs that most residents will know."),
C("[da] [hard-neg] number-shape: kortlignende aftalenummer",
  "aftalenummeret hos leverandøren af inkontinensprodukter er 4400 1298 3371 0025. lav en huskeseddel til indkøberne om at det skal stå på alle ordrer fra plejecentrene"),
]
