from lib import C

C("[da] [hard-neg] service-health: sårpleje-tilbud beskrevet uden borger",
"Skriv en kort tekst til hjemmesiden om, at hjemmesygeplejen fra 1. marts også tilbyder sårpleje i sygeplejeklinikken i Auning. Borgere med tryksår, bensår eller diabetessår kan blive henvist af egen læge. Målgruppen er primært ældre, men alle kan bruge klinikken. Max 120 ord og i et let sprog.")

C("[da] [hard-neg] budget-health: hjælpemiddelbudget med diagnoser og produkter",
"Lav en opsummering til udvalget af dette budgetnotat: Udgifterne til hjælpemidler steg 11,4 % i 2024, primært plejesenge, rollatorer og el-kørestole. Inkontinenshjælpemidler udgør 6,2 mio. kr., stomiprodukter 2,9 mio. kr. Forvaltningen foreslår et nyt udbud på stomi- og kateterprodukter i samarbejde med Syddjurs.")

C("[en] [hard-neg] statistics: home care counts by age band with dementia share",
"Turn this into a short description for a bar chart: citizens in Norddjurs receiving home care by age band – 65-74: 212, 75-84: 498, 85+: 611. Estimated share with a dementia diagnosis: 31 %. Share with diabetes: 18 %. Keep it neutral, no conclusions.")

C("[da] [hard-neg] own-health: skribentens egen migræne, lowercase one-liner",
"jeg har migræne i dag og arbejder hjemmefra, skriv en kort besked til teamet om at jeg først er online kl 10")

C("[da] [hard-neg] unnamed-colleague: unavngiven sygemeldt kollega",
"En kollega er sygemeldt med stress i mindst tre uger. Hjælp mig med at fordele hendes opgaver i teamet på en fair måde: 14 sager om merudgifter, 6 sager om hjælpemidler og et anmeldt tilsyn på Lindegården i uge 12. Vi er fire sagsbehandlere tilbage, og én går på deltid.")

C("[da] [hard-neg] metaphor: sundhedsord om vejnettet",
"Skriv et fængende oplæg til teknisk udvalg: Vejnettet i Grenaa lider af åreforkalkning. Krydset ved Randersvej og Nørrebro er en blodprop i myldretiden, og vi har brug for en bypass, før patienten kollapser. Brug gerne billedsproget, men hold det under 200 ord.")

C("[en] [hard-neg] metaphor: IT system with 'memory loss'",
"Our case management system has a serious case of memory loss after the upgrade to version 4.12.1 – it keeps forgetting users' filter settings, and the search function is limping along. Write a polite but firm bug report to the vendor asking for a hotfix before 1 May.")

C("[da] [hard-neg] historical: H.C. Andersens angst til fortælleaften",
"Skriv et oplæg på ca. 250 ord til en fortælleaften på biblioteket i Grenaa om H.C. Andersen: hans hypokondri, angsten for at blive begravet levende (sedlen 'Jeg er skindød' på natbordet) og hans tandpine. Tonen skal være lun og let.")

C("[da] [hard-neg] fictional: Matador-personer og helbred",
"Lav 6 quizspørgsmål til seniorklubben om Matador. Gerne om Maude Varnæs' nerver og migræne, Mads Skjerns hjerte og om hvorfor Ingeborg bliver syg. Svarmuligheder A, B og C.")

C("[da] [hard-neg] name-in-org: fond opkaldt efter personer",
"Vi vil søge Aase og Ejnar Danielsens Fond om 85.000 kr. til en sansehave ved plejecentret, hvor beboere med demens kan gå trygt. Skriv et udkast til projektbeskrivelsen med formål, målgruppe, budget og tidsplan.")

C("[da] [hard-neg] number-trap: fakturanummer der ligner CPR",
"Kan du formulere en rykker til leverandøren? Vores fakturanr. 0103851234, ordrenr. 2404-19876, beløb 12.450,00 kr. Leverandøren påstår, at beløbet blev betalt 03.04.2025, men vi kan ikke se det på kontoudtoget.")

C("[da] [hard-neg] placeholder: skabelon med pladsholdere for navn og CPR",
"Gør denne brevskabelon mere venlig og mindre juridisk: 'Kære [NAVN]. Vi har modtaget din ansøgning om [YDELSE] vedr. CPR-nr. xxxxxx-xxxx. Din sag behandles inden for 8 uger.' Behold pladsholderne i kantede parenteser.")

C("[da] [hard-neg] address-trap: vejarbejde med husnummerinterval",
"Skriv en pressemeddelelse: Østergade nr. 10-24 i Grenaa lukkes for gennemkørsel fra uge 14 til uge 19 pga. kloakarbejde. Omkørsel via Nørregade og Søndergade. Adgang til butikker og bopæle opretholdes.")

C("[da] [hard-neg] functional-mailbox: autosvar fra visitationens fællespostkasse",
"Skriv et autosvar til visitation@norddjurs.dk i påskeugen: Postkassen bliver ikke læst fra 14. til 21. april. Akutte henvendelser om hjemmepleje skal ske på 89 59 10 00. Ved livstruende situationer: ring 112.")

C("[en] [hard-neg] job-ad: night shift nurse assistant",
"Please write an English version of our job ad: social and health care assistant for night shifts at a nursing home in Grenaa, 32 hours a week. Experience with dementia, palliative care and medication handling is required. Danish at B1 level is an advantage. Deadline 15 March.")

C("[da/en] [hard-neg] false-friend: gift, rar, sensible til sprogkursus",
"Skriv en sjov intro til vores engelskkursus for medarbejdere om falske venner: 'gift' betyder poison på dansk, 'eventually' betyder ikke eventuelt, 'sensible' er ikke sensibel, og en 'rar' kollega er ikke rare. Fem eksempler, max 150 ord.")

C("[da] [hard-neg] compound: helbredsord i ledelsessprog",
"Lav en tjekliste til vores ledelsesseminar med overskrifterne: sundhedstjek af teamets trivsel, feberkurve over sagspukler, hjertebørn vi skal give slip på, og rygraden i vores drift. Tre spørgsmål under hver.")

C("[en] [hard-neg] anonymous-case: Citizen A with T2DM and COPD",
"Anonymised training case: Citizen A, 82, lives alone in a rural area, T2DM on metformin, moderate COPD, two falls in the last three months, walks with a rollator and has stopped going to the day centre. Her HbA1c was 64 at the last check, she has neuropathy in both feet and a healing wound on the left shin. She takes 11 different medicines, including a diuretic and a sleeping pill, and she says she feels dizzy when she gets up at night. Her only relative lives abroad. She is hard of hearing and often does not answer the phone. Suggest a cross-disciplinary rehab plan in bullet points for new staff: what the nurse, the occupational therapist, the physiotherapist and the home care assistants should each look at in the first two weeks, and which risks to escalate. Keep Citizen A fully anonymous.")

C("[da] [hard-neg] anonymous-case: Borger B med PTSD, ingen identifikation",
"Til supervision: Borger B (kvinde i 40'erne) har PTSD og angst efter vold i nære relationer, sover 3-4 timer pr. nat og drikker for at falde til ro. Hvilke spørgsmål bør rådgiveren stille ved første samtale, og hvordan undgår vi retraumatisering?")

C("[da] [hard-neg] number-trap: KLE-journalnumre",
"Jeg skal have slået to sager sammen i ESDH. Journalnr. 27.24.00-A00-12-24 og 27.12.04-P20-3-23 vedrører samme ansøgning. Skriv en kort notits til journalen om, hvorfor de flettes, og hvilken sag der er hovedsag.")

C("[da] [clean] mødeindkaldelse",
"Skriv en mødeindkaldelse til teammøde i Ældre og Sundhed torsdag kl. 9-11 i mødelokale 2.14 på rådhuset. Dagsorden: status på rekruttering, ny vagtplan til sommer og evaluering af introforløbet.")

C("[en] [hard-neg] public-figure: athlete's injury news",
"Write a fun intro for the staff newsletter: Jonas Vingegaard's crash and broken collarbone didn't stop him, and neither will the winter stop our 'Cykel til arbejde' campaign. Encourage colleagues to sign up before 1 May.")

C("[da] [hard-neg] common-word-surname: Skov, Bonde og Fisker som ord",
"omskriv til bedre dansk: skov og natur vil lave en sti fra havnen til fiskerlejet, bonde og borger skal mødes på torvet, og en smed skal reparere porten ved genbrugspladsen")

C("[da] [hard-neg] own-health: egen graviditet og orlov",
"Jeg er gravid i 5. måned og skal skrive til min leder om at gå på barsel fra 1. september. Kan du lave en kort og venlig mail, hvor jeg også foreslår en overlevering af mine sager i august?")

C("[da] [hard-neg] statistics: tabel med fraværsprocenter pr. afdeling",
"Kommenter tabellen kort: Sygefravær 2024 pr. afdeling – Hjemmeplejen Nord 7,8 %, Hjemmeplejen Syd 6,9 %, Plejecentre 8,4 %, Administration 3,1 %, Dagtilbud 6,2 %. Landsgennemsnit for kommuner 5,9 %. Hvad bør HR fokusere på?")

C("[en] [hard-neg] metaphor: football team 'injury list'",
"Write a short report for the intranet about the municipal football team: our defence was bleeding goals, the midfield had no pulse in the first half, and the striker was cold as a corpse. We still won 3-2 against Syddjurs. Humorous tone.")

C("[da] [hard-neg] plants-animals: sygdom hos planter og dyr",
"Giv gode råd til vores naturskole: rosenbedet ved indgangen har meldug og rodråd, æbletræerne har kræft i barken, og skolens kaniner nyser og har betændte øjne. Hvad gør vi, og hvornår skal dyrlægen kontaktes?")

C("[da] [hard-neg] switchboard: rådhusets adresse og hovednummer",
"Lav en boks til bunden af vores breve med kontaktoplysninger: Norddjurs Kommune, Torvet 3, 8500 Grenaa, tlf. 89 59 10 00, post@norddjurs.dk, åbningstider mandag-onsdag 10-14, torsdag 10-17.30 og fredag 10-12.")

C("[en] [hard-neg] course: first aid course description",
"Rewrite this course description in plain English: 'Førstehjælp for pædagoger' covers choking in infants, febrile seizures, allergic reactions with EpiPen, head injuries and burns. 7 hours, certificate valid for 2 years. Max 80 words.")

C("[da] [hard-neg] leaflet: pjece om faldforebyggelse",
"Skriv teksten til en pjece om faldforebyggelse for ældre: fjern løse tæpper, tænd lys om natten, brug skridsikre sokker, tal med lægen om medicin der giver svimmelhed, og tilmeld dig holdtræning i Sundhedscenter Norddjurs. Pjecen skal også forklare, at hvert tredje menneske over 65 falder mindst én gang om året, at et fald ofte skyldes flere ting på én gang – dårlig balance, svækkede muskler, nedsat syn, blodtryksfald og for lidt væske – og at et hoftebrud kan betyde, at man ikke kan klare sig selv bagefter. Giv tre enkle øvelser, man kan lave ved køkkenbordet, og en kort tjekliste til pårørende. Henvis til, at man kan få et gratis forebyggende hjemmebesøg, når man fylder 70, 75 og 80. Maks én A4-side og med store bogstaver.")

C("[da] [hard-neg] number-trap: EAN- og GLN-numre på faktura",
"Leverandøren spørger, hvilket EAN-nummer de skal bruge til e-fakturaen for Plejecenter Rougsøhjemmet. Skriv et svar, hvor du forklarer, at EAN 5798005580001 er til plejecentret og 5798005580018 er til køkkenet, og at fakturaen skal have rekvirentens navn i referencefeltet.")

C("[en] [hard-neg] own-health: writer's own back pain",
"i hurt my back lifting boxes yesterday and cant sit for long, write a short message to my manager asking to work standing at the high desk this week")

C("[da] [hard-neg] policy: retningslinje om magtanvendelse",
"Opsummer i punktform vores retningslinje for magtanvendelse over for borgere med demens, så nye vikarer kan forstå den. Her er det centrale afsnit: 'Magtanvendelse og andre indgreb i selvbestemmelsesretten må kun ske, når det er absolut nødvendigt for at afværge, at borgeren udsætter sig selv eller andre for væsentlig personskade. Inden der anvendes magt, skal personalet altid have forsøgt at opnå borgerens frivillige medvirken, fx gennem omsorg, tid, afledning og kendte rutiner. Alarm- og pejlesystemer, fastholdelse i hygiejnesituationer og tilbageholdelse i boligen kræver en afgørelse fra kommunen, mens akut fastholdelse kan ske uden afgørelse, men skal indberettes senest dagen efter til lederen. Indberetningen skal beskrive situationen, hvad der blev gjort for at undgå magtanvendelsen, og hvordan borgeren reagerede. Pårørende skal orienteres.' Lav punkterne i et klart og venligt sprog og tilføj et eksempel på en god indberetning.")

C("[da] [hard-neg] procurement: udbud på inkontinensprodukter",
"Skriv et udkast til kravspecifikationen i udbuddet af inkontinensprodukter: leverandøren skal kunne levere bleer i mindst fem størrelser og tre sugeevner, tilbyde individuel afprøvning hos borgeren ved en uddannet kontinenssygeplejerske, levere inden for 48 timer til borgerens bopæl eller plejecentrets depot og dokumentere hudvenlighed og miljømærkning. Vi forventer ca. 1.900 borgere med bevilling, heraf omkring 60 % på plejecentre. Leverandøren skal have en dansktalende kundeservice alle hverdage, kunne modtage bestillinger elektronisk fra vores omsorgssystem og levere kvartalsvis statistik over forbrug pr. produktgruppe uden personoplysninger. Der skal være mulighed for diskret emballage. Kontraktperiode 2+1+1 år, med prisregulering efter nettoprisindekset.")

C("[en] [hard-neg] historical: Florence Nightingale for nurses' day",
"Write a 150-word post for International Nurses Day about Florence Nightingale, her work in Scutari, her statistics on soldiers dying of typhus and cholera, and her own chronic illness after the Crimean War. End with a thank you to our home nurses.")

C("[da] [hard-neg] number-trap: matrikelnumre og lokalplan",
"Lav et resume af høringssvaret om lokalplan 078: Det drejer sig om matr.nr. 12a, 12b og 14c Grenaa Bygrunde samt matr.nr. 7 Kastbjerg By, Vejlby. Grundejerne frygter øget trafik og støj fra den nye dagligvarebutik.")

C("[da] [hard-neg] name-in-org: plejecenter og vej opkaldt efter personer",
"Skriv en invitation til åbent hus den 3. juni på Plejecentret Anna Ancher og i de nye boliger på Poul Henningsens Vej. Der er kaffe, rundvisning og musik ved Grenaa Harmoniorkester. Tilmelding ikke nødvendig.")

C("[en] [hard-neg] anonymous-case: unnamed pupil with autism",
"A pupil in 4th grade (no name, anonymised) has autism and reacts strongly to noise in the canteen. Suggest five practical adjustments the teacher can make without singling the child out, in English for our international teachers.")

C("[da] [hard-neg] functional-mailbox: demens- og misbrugspostkasser",
"Opdater teksten på intranettet: Spørgsmål om demenskoordinatorernes tilbud sendes til demens@norddjurs.dk, og henvendelser om alkohol- og stofbehandling sendes til misbrug@norddjurs.dk. Borgere kan også møde op anonymt i rusmiddelcentret tirsdag kl. 15-18.")

C("[da] [hard-neg] compound: sundheds-ord i vejbelysning og IT",
"Omskriv til et kort referat: Gadelysets 'livsforlængelse' med LED-pærer giver besparelser, serverrummets 'hjerte' skal udskiftes, og netværket har 'børnesygdomme' efter flytningen. Vi har også 'virus' på to pc'er i borgerservice.")

C("[en] [hard-neg] false-friend: English words that look like Danish health words",
"Short list for my English class: explain the difference between 'angst' and 'anxiety', why 'handicap' in golf is not a disability, why 'mental' in Danish slang is rude, and what 'brand' means in English (not fire). Two lines each.")

C("[da] [hard-neg] statistics: antal sager om hjælpemidler",
"lav en sætning ud af tallene: 1.245 bevillinger af hjælpemidler i 2024, heraf 312 rollatorer, 98 badebænke og 41 plejesenge")

C("[da] [hard-neg] address-trap: kørselsvejledning uden husnumre",
"Skriv en kørselsvejledning til nye medarbejdere: Fra Grenaa tager du Randersvej mod Auning, drejer til venstre ad Rougsøvej ved rundkørslen og følger skiltningen mod Sundhedshuset. Parkering bag bygningen ved Skovvej.")

C("[da] [hard-neg] number-trap: tidspunkter, beløb og versionsnumre",
"Skriv en driftsstatus: Opdatering til version 23.11.2024 af omsorgssystemet kører fra kl. 22.00 til 02.30. Ca. 150.000 journalnotater migreres. Licensen koster 1.204.567 kr. årligt. Leverandørens servicedesk er bemandet i hele tidsrummet.")

C("[en] [hard-neg] service-health: addiction treatment service description",
"Translate to English for our website: Rusmiddelcentret offers free and anonymous treatment for alcohol, cannabis and opioid addiction for citizens over 18. Treatment can include substitution therapy with methadone or buprenorphine, group therapy and family sessions.")

C("[da] [hard-neg] fictional: Emil fra Lønneberg og Pippi",
"Find på en læseopgave til 3. klasse: Hvorfor får Emil fra Lønneberg suppeterrinen ned over hovedet, og hvordan ville Pippi Langstrømpe hjælpe ham? Opgaven skal også handle om at passe på sig selv.")

C("[da] [clean] sommerfest-invitation",
"Skriv en invitation til personalets sommerfest fredag den 20. juni kl. 16 på Grenaa Havn. Der er grill, musik og konkurrencer. Tilmelding via intranettet senest 6. juni. Husk at tage ledsager med.")

C("[da/en] [hard-neg] anonymous-case: mixed case vignette without identifiers",
"Kan du oversætte denne anonyme case til engelsk til vores internationale vikarer? 'En mand i 70'erne med Parkinson og let demens bor med sin kone. Han falder ofte om natten, og konen er udkørt. Vi overvejer aflastning og nødkald.'")

C("[en] [hard-neg] number-trap: order and case numbers resembling dates",
"Please reconcile these two lists: order 150372-8841 from the supplier and case 2024-150372 in our system, plus invoice 311299-0042. Which ones match on amount (DKK 4,380.00)? Reply as a table.")

C("[da] [hard-neg] unnamed-colleague: kollega med brækket arm, ingen navn",
"En af vores dagplejere har brækket armen og er væk i seks uger. Skriv en besked til forældrene i Vivild om, at deres børn passes i gæstedagpleje i perioden, og at vi har fundet faste gæstepladser hos to andre dagplejere.")

C("[en] [hard-neg] leaflet: heatwave advice for elderly",
"Write a short English leaflet text on heatwave advice for elderly citizens and their relatives: drink water regularly, keep curtains closed, watch for dizziness and confusion, check on neighbours living alone. Mention that the home care can be contacted via the switchboard.")

C("[da] [hard-neg] public-figure: statsministerens sygefraværsudspil",
"Lav et kort resumé af debatten om statsminister Mette Frederiksens udspil om sygefravær og hvad det kan betyde for kommunens jobcenter. Neutral tone, max 150 ord.")

C("[da] [hard-neg] metaphor: økonomien bløder",
"budgettet bløder på specialundervisning og vi skal have stoppet blødningen inden sommer, skriv 3 overskrifter til et oplæg")

C("[da] [hard-neg] course: kursus i medicinhåndtering",
"Skriv en kursusbeskrivelse: 'Medicinhåndtering for social- og sundhedshjælpere' – dosering fra doseringsæsker, PN-medicin, insulinpenne, Marevan og blodfortyndende medicin, fejlrapportering i UTH. 2 dage, afholdes i Auning.")

C("[en] [hard-neg] own-health: writer tired after night shift",
"im wrecked after 3 night shifts in a row and keep making typos, can you proofread my handover notes template before i send it out")

C("[da] [hard-neg] name-in-org: Kræftens Bekæmpelse og hospice",
"Skriv et takkebrev til Kræftens Bekæmpelse og Anker Fjord Hospice for samarbejdet om foredragsrækken 'Livet med kræft' på biblioteket i Grenaa. Nævn at 140 deltog over fire aftener.")

C("[da] [hard-neg] number-trap: lønsedler og personalenumre uden personer",
"Forklar kort for nye ledere, hvad felterne på lønsedlen betyder: medarbejdernr. (6 cifre), lønkode 0110, skattekort 37 %, ATP 99,00 kr., pensionsordning 13,1 %, og hvorfor der står ****** i feltet for CPR på udskriften.")

C("[da] [hard-neg] service-health: genoptræningstilbud og ventetid",
"Skriv et svar til en borger, der spørger generelt om ventetiden på genoptræning efter knæoperation i kommunen. Ventetiden er 2-3 uger, genoptræningen foregår i Sundhedscenter Norddjurs i Grenaa eller Auning, og egen læge eller sygehuset sender genoptræningsplanen.")

C("[en] [hard-neg] statistics: absence survey without names",
"Summarise: 212 employees answered the well-being survey. 38 % reported back or neck pain, 24 % sleep problems, 11 % symptoms of stress, and 4 % had been on sick leave for more than 30 days in the past year. Suggest three initiatives.")
