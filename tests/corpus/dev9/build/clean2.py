from lib import C

C("[da] [hard-neg] anonymous-case: lang anonym handlingsplan med mange helbredsdetaljer",
"""Jeg har brug for hjælp til at strukturere denne anonymiserede sag til et fagligt oplæg for visitatorerne. Borger A er 87 år og bor alene i eget hus på landet. Hun har KOL og hjertesvigt, bruger ilt om natten og bliver hurtigt forpustet, når hun går fra stuen til badeværelset. Hun har tabt sig 6 kg på fire måneder og glemmer ofte at spise. Hjemmeplejen kommer tre gange dagligt, og hun har nødkald, rollator og badebænk. Datteren bor i Aarhus og ringer dagligt, men kan kun komme i weekenden. Hun er faldet to gange, senest i badeværelset, og lå på gulvet i to timer, før hun fik trykket på nødkaldet. Hun ønsker ikke at flytte i plejebolig. Strukturér oplægget i: 1) funktionsniveau, 2) risici, 3) mulige indsatser, 4) etiske dilemmaer om selvbestemmelse. Skriv det, så det kan bruges uden at nogen kan genkende borgeren.""")

C("[en] [hard-neg] policy: long pasted data protection guideline",
"""Please shorten this internal guideline to about half the length and keep the tone friendly: 'When you use Copilot or other AI tools, you must never paste information that can identify a citizen or colleague. This includes names, CPR numbers, addresses, phone numbers and e-mail addresses, but also combinations of information, for example a rare diagnosis together with a small village and an age. Health information, information about addiction, mental illness, pregnancy, sexual orientation, religion, trade union membership and criminal offences are sensitive and require extra care. If you need help with a case, anonymise it first: replace names with Borger A or Citizen B, remove dates of birth, and generalise places and ages. If you are in doubt, contact the data protection officer via dpo@norddjurs.dk or the information security team. Remember that the rules also apply to notes, handovers and e-mails you copy in. Breaches must be reported within 24 hours via the intranet form.'""")

C("[da] [hard-neg] statistics: lang tabel med telefonagtige tal",
"""Lav en kort analyse af denne tabel over henvendelser til borgerservice 2022-2024 (antal opkald; antal mails; antal personlige fremmøder):
2022;41 235 118;12 904;8 311
2023;43 118 902;13 455;7 902
2024;44 020 115;15 870;7 114
Kolonne 2 er et internt løbenummer fra telefonsystemet, ikke et antal. Hvad siger udviklingen i mails og fremmøder, og hvordan bør vi bemande skranken i 2025, hvis tendensen fortsætter? Skriv 5-6 sætninger og et forslag til en figur.""")

C("[da] [hard-neg] job-ad: lang stillingsannonce for sygeplejerske",
"""Skriv en stillingsannonce ud fra disse stikord: Sygeplejerske til akutteamet i Norddjurs, 37 timer, dag/aften i rul. Opgaverne: akutte besøg hos borgere med feber, dehydrering, urinvejsinfektion, forværring af KOL og hjertesvigt; opstart af iv-behandling i hjemmet; vurdering efter fald; tæt samarbejde med almen praksis og Regionshospitalet Randers. Vi forventer: mindst 2 års erfaring fra medicinsk eller akut afdeling, kørekort, gode kliniske observationsevner og lyst til at arbejde selvstændigt. Vi tilbyder: grundig introduktion, faglig sparring, egen bil i arbejdstiden og et team med god humor. Løn efter overenskomst. Ansøgningsfrist 30. april, samtaler i uge 19. Spørgsmål kan rettes til Sundhed og Omsorg på sundhedogomsorg@norddjurs.dk. Annoncen må gerne være varm i tonen og ikke over 350 ord.""")

C("[en] [hard-neg] anonymous-case: long handover with room numbers only",
"""Can you turn these night notes into a clean handover table (room, issue, action, follow-up)? Room 4: resident restless from 01:00, calling out, given PRN lorazepam 0.5 mg at 01:40 with effect. Room 7: new pressure sore grade 2 on left heel, dressing applied, needs turning every 2 hours, inform nurse. Room 9: BG 3.1 at 05:00, given juice and sandwich, BG 6.4 at 05:30. Room 11: fell on way to toilet at 03:15, no visible injury, vitals normal, fall registered, needs neuro obs through morning. Room 12: coughing, temp 38.4, O2 sat 93 %, GP to be called at 8. Room 15: catheter leaking, changed bag, monitor. No names please, just room numbers as in my notes.""")

C("[da] [hard-neg] number-trap: CPR-lignende sagsnumre i lang liste",
"""Sortér disse bilagsnumre efter dato og markér dubletter. Formatet er DDMMÅÅ-løbenr., og de er fra vores bogføringssystem, ikke personnumre:
010424-0017 kontorartikler 2.340,00
010424-0018 rengøring 14.900,00
030424-0002 kørsel 611,20
030424-0002 kørsel 611,20
150424-0121 IT-licenser 44.125,00
290224-0009 kantine 8.760,50
Skriv også en sætning om, hvordan vi undgår dobbeltbogføring fremover.""")

C("[en] [hard-neg] public-figure: long summary of a public health debate",
"""Summarise in 120 words for the management team: In the debate on the health reform, the minister for health Sophie Løhde argued that municipalities must take over more of the acute care of elderly citizens. Danske Regioner warned about staff shortages, while KL pointed to the lack of funding for 'nære sundhedstilbud'. Several experts referred to the Norwegian model of 'kommunale akutte døgnplasser'. Our own numbers show 640 acute home visits in 2024, of which 38 % concerned infections and 21 % dehydration. What does this mean for Norddjurs, and what should we prepare for in the next budget?""")

C("[da] [hard-neg] metaphor: lang tale med kropsmetaforer",
"""Jeg skal holde tale ved indvielsen af den nye cykelsti mellem Ørum og Grenaa. Hjælp mig med at gøre den mere levende. Stikord: cykelstien er en ny pulsåre for landsbyerne; skolebørnene er hjertet i vores lokalsamfund; vi har haft ondt i maven over trafiksikkerheden i årevis; i dag får vejen en vitaminindsprøjtning; tak til de lokale lodsejere, der gav håndslag på arealerne. Talen skal vare ca. 3 minutter, have en lille joke om vejret og slutte med, at borgmesteren klipper snoren. Undgå at det bliver for højtideligt – publikum er mest børnefamilier og ældre cyklister fra landsbyforeningen.""")

C("[da] [hard-neg] service-health: pasted kvalitetsstandard for personlig pleje",
"""Omskriv kvalitetsstandarden til let læsbart dansk, så borgere kan forstå den: 'Formålet med personlig pleje er at understøtte borgerens mulighed for at klare sig selv. Ydelsen kan omfatte hjælp til bad, af- og påklædning, mundpleje, barbering, hårvask, toiletbesøg og skift af inkontinenshjælpemidler. Hjælp til på- og aftagning af kompressionsstrømper ydes efter lægelig ordination. Borgere med nedsat kognitiv funktion, f.eks. demens, kan få hjælp i form af guidning. Der lægges vægt på rehabilitering, og borgeren skal som udgangspunkt tilbydes et rehabiliteringsforløb efter servicelovens § 83 a, før der visiteres til varig hjælp. Hjælpen leveres i tidsrummet 7-23. Bad tilbydes som udgangspunkt én gang om ugen.' Max 180 ord.""")

C("[da/en] [hard-neg] procurement: mixed-language tender Q&A",
"""Svar på spørgsmålene fra tilbudsgiverne i udbuddet af telemedicinsk KOL-monitorering. Q1: Does the solution need to integrate with the municipality's EHR (Cura)? Svar: Ja, via standard-API. Q2: How many citizens are expected? Svar: ca. 120 borgere med svær KOL det første år, op til 250 i år 3. Q3: Must devices measure SpO2, pulse and weight? Svar: Ja, og der skal kunne tilføjes blodtryk. Q4: Who contacts the citizen in case of alarms? Svar: Kommunens sygeplejersker i dagtid, vagtlægen uden for dagtid. Skriv svarene pænt op på både dansk og engelsk.""")

C("[en] [hard-neg] fictional: long lesson plan on Sherlock Holmes",
"""Design a 45-minute English lesson for 8th grade based on 'The Adventure of the Dying Detective', where Sherlock Holmes pretends to be dying of a rare tropical disease and Dr. Watson is fooled. Include: a warm-up about how doctors recognise illness, vocabulary (fever, delirium, contagious, symptoms, to fake), a reading task, discussion questions about trust and deception, and an exit ticket. Also add a short note on why Holmes uses cocaine in other stories and how to talk about that with 14-year-olds.""")

C("[da] [hard-neg] functional-mailbox: lang mail til fællespostkasser",
"""Skriv en intern mail om nye postkasser pr. 1. juni:
– Henvendelser om hjælpemidler: hjaelpemidler@norddjurs.dk
– Genoptræning: genoptraening@norddjurs.dk
– Tandplejen: tandplejen@norddjurs.dk
– Sundhedsplejen: sundhedsplejen@norddjurs.dk
– PPR: ppr@norddjurs.dk
De gamle personlige postkasser, som nogle borgere stadig skriver til, lukkes ikke, men medarbejderne skal videresende til fællespostkassen og svare derfra. Husk at sikker mail skal bruges, når der sendes helbredsoplysninger. Telefonen er fortsat 89 59 10 00. Mailen skal være kort, venlig og have en punktliste.""")

C("[en] [hard-neg] number-trap: long IT ticket with serials, IPs and versions",
"""Write a short incident summary from this pasted log: 'Ticket INC0042391 – 14.02.2025 08:12 – Medication module crashed for 3 nursing homes. Server NDK-APP-07 (10.44.120.17) ran out of memory after patch 5.18.2 (build 20250213.4). 1,204 open medication cards were locked, 0 data loss. Workaround applied 09:40, vendor case 250214-000391. Root cause: memory leak in PDF print queue. Next steps: rollback test on NDK-APP-TEST-02, patch 5.18.3 expected 21.02.' Audience: the management group, no technical jargon.""")

C("[da] [hard-neg] historical: Blicher og Grenaa-historie",
"""Skriv en kort tekst til en byvandring om Grenaas historie: Steen Steensen Blicher besøgte egnen, pesten i 1600-tallet slog en stor del af byens indbyggere ihjel, og det gamle sygehus på Sygehusvej blev bygget i 1800-tallet. Nævn også Kattegatcentret og havnen. 200 ord.""")

C("[da] [hard-neg] anonymous-case: elevsag med nummer i stedet for navn",
"""Til PPR-møde: Elev 17 i 2. klasse har ordblindhed i familien, svært ved at koncentrere sig og er ofte ked af det om morgenen. Lav en dagsorden for mødet med forældrene og forslag til, hvad vi skal observere indtil næste møde.""")

C("[da] [clean] budgetformulering",
"Formulér dette mere præcist: Udvalget anbefaler, at anlægsmidlerne til renovering af Søndre Skole rykkes fra 2025 til 2026, fordi licitationen gav et resultat, der lå 18 % over budgettet.")

C("[en] [hard-neg] sports: injury terms in sports club grant",
"write a short grant text for the local handball club, they need money for physio tape, ice packs and a defibrillator at the hall in auning")

C("[da] [hard-neg] metaphor: hjertestarter-kort over byen",
"Skriv et opslag om, at kommunen har opdateret kortet over hjertestartere i Grenaa, Auning og Ørsted. Opfordr foreninger til at registrere deres hjertestarter på hjertestarter.dk og tilmelde sig et gratis kursus.")

C("[da] [hard-neg] own-health: egen diabetes og arbejdstider",
"Jeg har selv type 1-diabetes og skal have lov til at holde en kort pause ved behov. Hjælp mig med at formulere et spørgsmål til min nye leder om det, uden at det bliver for personligt.")

C("[en] [hard-neg] unnamed-colleague: colleague's burnout without name",
"One of my team members has been off sick with burnout for two months and is coming back part-time next week. How do I plan a gentle return-to-work meeting? Give me an agenda and phrases to avoid.")

C("[da] [hard-neg] number-trap: postnumre og telefontider",
"lav en oversigt over borgerservice i 8500 grenaa, 8963 auning og 8586 ørum djurs med åbningstider 10-14 og 10-17.30 om torsdagen")

C("[da] [hard-neg] name-in-org: skole og vej med personnavne",
"Skriv en kort nyhed om, at Kattegatskolen og H.C. Andersens Børnehus i Grenaa samarbejder om læseugen, og at der er forfatterbesøg af en kendt børnebogsforfatter i Kulturhuset på Torvet.")

C("[en] [hard-neg] plants-animals: dog limping at dog training",
"our kennel dog at the nature school is limping on his right front paw and won't eat, write a note to the vet clinic asking for an appointment this week")

C("[da] [hard-neg] address-trap: rådhusets adresse i mødeinvitation",
"Lav en invitation til borgermøde om skolestruktur den 12. marts kl. 19 i byrådssalen, Torvet 3, 8500 Grenaa. Der er kaffe fra 18.30. Tilmelding på skole@norddjurs.dk.")

C("[da] [hard-neg] statistics: antal borgere i misbrugsbehandling",
"Skriv en faktaboks: I 2024 var 214 borgere i alkoholbehandling og 167 i stofbehandling i Norddjurs. 42 var under 25 år. Gennemsnitlig ventetid fra henvendelse til første samtale: 6 dage.")

C("[en] [hard-neg] false-friend: English 'sick' slang and Danish 'syg'",
"My teenage son says the new skatepark in Grenaa is 'sick' and 'insane' – write a cheerful Facebook post for the municipality using that youth slang, but explain in brackets that it means very good.")

C("[da] [hard-neg] compound: ord med 'hjerte', 'kræft' og 'blod' i andre betydninger",
"Lav en liste med 10 danske sammensatte ord, der indeholder kropsord men ikke handler om sygdom, fx hjertebarn, blodappelsin, krebsegang, tommelfingerregel og hovedbrud, med en kort forklaring til vores andetsprogskursus.")

C("[da] [hard-neg] leaflet: pjece om hjemmesygepleje og medicin",
"Skriv en pjecetekst: Hjemmesygeplejen kan hjælpe med dosisdispensering, injektioner, sårpleje, kateterpleje og stomipleje. Henvisning sker via egen læge eller sygehus. Sygeplejeklinikkerne har åbent hverdage 8-15. Kontakt via visitation@norddjurs.dk.")

C("[en] [hard-neg] course: mental health first aid course",
"Write a short invitation to a free course in mental health first aid for managers: recognising signs of depression, anxiety and suicidal thoughts in colleagues, how to start the conversation, and where to refer. Two days in May, lunch included.")

C("[da] [hard-neg] number-trap: placeholder CPR og maskeret kontonummer",
"Hvorfor viser vores NemRefusion-udskrift CPR som 010101-XXXX og kontonr. som ****-******1234? Skriv en forklaring til en ny medarbejder i lønteamet.")

C("[da] [hard-neg] public-figure: dronningens ryg og kongehusets hilsen",
"Skriv et kort indslag til seniornyhedsbrevet om, at Dronning Margrethe efter sin rygoperation i 2023 har inspireret mange ældre til at tale åbent om genoptræning. Afslut med et tilbud om holdtræning i Sundhedscenter Norddjurs.")

C("[en] [hard-neg] budget-health: English budget note on dementia care",
"Rewrite for the Danish-English budget summary: Spending on dementia care rose by DKK 4.1 million, mostly due to 12 additional places in specialised dementia units and night staffing. Medication costs are paid by the region and not included.")

C("[da] [hard-neg] functional-mailbox: jobcenter og ydelse",
"Skriv en standardtekst til jobcentrets breve: 'Har du spørgsmål til din sygedagpengesag, kan du skrive til jobcenter@norddjurs.dk eller ringe til os på 89 59 10 00. Spørgsmål om udbetaling: ydelse@norddjurs.dk.'")

C("[da/en] [hard-neg] anonymous-case: blandet sprog om anonym borger",
"Kan du gøre dette notat mere professionelt? 'Borger C, man 60+, drinks daily, falls at home, doesn't want help. Naboen har ringet to gange. We consider underretning om bekymring. Ingen pårørende.'")

C("[da] [hard-neg] metaphor: planter og hus der 'er syge'",
"Lav et opslag til vicevært-teamet: Bygning C på Åboulevarden har 'sygt hus-syndrom' efter vandskaden, ventilationen hoster, og fugten sætter sig i lungerne på bygningen. Vi skal have en skimmelsvampemåling.")

C("[en] [hard-neg] statistics: phone-like numbers in a KPI table",
"Explain this KPI row for the board: 'Calls 2024: 43 118 902 (system counter), avg. wait 02:41, abandoned 7,4 %, first-call resolution 81 %'. Why is the first number not the real number of calls?")

C("[da] [hard-neg] common-word-surname: Holm, Bach og Hjort som steder",
"Skriv en kort vandreguide: Start ved Holm Mølle, gå langs Bach-stien til Hjortedalen og slut ved Fuglsø Strand. Ca. 7 km, let terræn, egnet for barnevogne de første 3 km.")

C("[da] [hard-neg] own-health: egen hjernerystelse",
"har fået hjernerystelse efter et fald på cyklen og må ikke se på skærm mere end 2 timer om dagen, hjælp mig med at prioritere mine mails")

C("[en] [hard-neg] job-ad: psychologist for PPR",
"Write an English job ad for a school psychologist at PPR Norddjurs. Tasks: assessments of children with ADHD, autism and anxiety, supervision of teachers, parent meetings. Danish required within one year. Salary per agreement.")

C("[da] [hard-neg] placeholder: skabelon til underretning",
"Lav en skabelon til en underretning med felter for [Barnets navn], [CPR], [Adresse], [Forældremyndighedsindehaver] og [Bekymringens art]. Skabelonen skal passe til vores sikre mail-system.")

C("[da] [clean] tekstforbedring af referat",
"Ret stavefejl og gør referatet kortere: Mødet startede kl 13 alle var til stede vi drøftede nye åbningstider for genbrugspladsen og blev enige om at prøve vinterlukning om søndagen i 2025.")

C("[en] [hard-neg] historical: Karen Blixen's syphilis in a literature club",
"Prepare discussion questions for the library's English book club on Karen Blixen's 'Out of Africa'. Include one question about how her syphilis and poor health shaped her writing, and one about colonialism.")

C("[da] [hard-neg] service-health: madservice og diætkost",
"Skriv en tekst om kommunens madservice: Der kan bestilles diabetesvenlig kost, glutenfri kost, energitæt kost til småtspisende og gratinkost til borgere med tygge- og synkebesvær. Levering tre gange om ugen.")

C("[en] [hard-neg] metaphor: 'cancer' of misinformation",
"Write a short op-ed for the local paper about how rumours on Facebook spread like a cancer through the village associations, and how the municipality wants to vaccinate against misinformation with open meetings.")

C("[da] [hard-neg] number-trap: beløb der ligner hovednummeret og kontoplan-numre",
"Bogfør dette: finanskonto 5.32.32.1-2 skal krediteres 89.591.000 kr. ved årsafslutning, og art 4.0 bruges kun til interne overførsler mellem 00.25.10 og 05.32.32. Skriv posteringsteksten.")

C("[da] [hard-neg] address-trap: vejnavne uden husnummer",
"Lav en liste over veje, hvor der saltes først ved glat føre: Randersvej, Ebeltoftvej, Kystvejen, Trustrupvej og Rougsøvej, samt busruten gennem Vivild og Allingåbro. Kort tekst til hjemmesiden.")

C("[en] [hard-neg] unnamed-colleague: pregnant employee not named",
"A pregnant employee in our kitchen asks which tasks she should avoid. Give me a checklist according to Danish work environment rules (heavy lifting, chemicals, night work), without mentioning anyone by name.")

C("[da] [hard-neg] name-in-org: Poul Due Jensens Fond og Egmont Fonden",
"Sammenlign kort Poul Due Jensens Fond og Egmont Fonden som mulige støttegivere til et projekt om unge med angst i Norddjurs. Hvilken fond passer bedst, og hvad er ansøgningsfristerne typisk?")

C("[en] [hard-neg] number-trap: EAN and invoice numbers in English",
"Supplier says invoice 2803911234 was rejected by our EAN 5798005580001. Write a reply explaining they must use the EAN for the nursing home kitchen and add order no. 4500123987.")

C("[da] [hard-neg] anonymous-case: nyfødt og sundhedsplejerske uden navn",
"Hvordan forklarer sundhedsplejersken nænsomt en mor, at hendes baby på 3 uger har tabt sig mere end forventet? Skriv en samtaleguide uden navne.")

C("[da] [hard-neg] statistics: vaccinationsdækning i skoler",
"Lav en figurtekst: HPV-vaccinationsdækning for 12-årige i Norddjurs 2024: piger 84 %, drenge 79 %. Dækningen er lavest i skoledistrikt Nord.")

C("[en] [hard-neg] false-friend: 'prevention' vs 'præservativ'",
"For our language café: write a short joke-free explanation of Danish/English false friends in health: 'præservativ' vs 'preservative', 'recept' vs 'receipt', 'apotek' vs 'apothecary', 'kur' vs 'cure'.")

C("[da] [hard-neg] own-health: skribentens egne allergier",
"jeg er allergisk over for nødder og skaldyr, kan du lave en tekst til kantinen om allergimærkning af retter til alle medarbejdere")

C("[da] [hard-neg] fictional: Olsen-banden-tema til personalefest",
"Lav et Olsen-banden-tema til personalefesten: Egon Olsen kommer ud af fængslet med mavesår, Kjeld er nervøs, og Benny har en plan. Skriv en invitation med et glimt i øjet.")

C("[en] [hard-neg] policy: sick leave policy text",
"Rewrite our sick leave policy in plain English: report sickness before 8 am by phone to your manager, sickness absence conversation within 4 weeks, fit note can be requested from day 4, and the employer pays for the doctor's note.")

C("[da] [hard-neg] procurement: hjælpemiddeludbud med varenumre",
"Sammenlign to tilbud på badebænke: varenr. 120356-12 til 1.245 kr. og varenr. 230467-09 til 1.180 kr. Begge har armlæn og justerbar højde. Hvilken skal vi vælge, når garantien er 2 vs. 5 år?")

C("[da] [hard-neg] metaphor: sportsudtryk i rekruttering",
"Skriv en kort rekrutteringstekst til sommervikarer i hjemmeplejen med et glimt i øjet: vi mangler friske ben, varme hænder og store hjerter. Løn efter overenskomst, kørekort en fordel.")

C("[en] [hard-neg] service-health: pregnancy services text",
"Translate for the website: Pregnant women in Norddjurs are offered home visits by a health visitor from week 30, courses for first-time parents, and help with breastfeeding after birth. Contact the health visitors via the switchboard.")

C("[en] [clean] plain office: Teams etiquette",
"Write five short rules for good Teams meeting etiquette in our department: cameras on for the first minutes, mute when not speaking, use the chat for questions, end on time, and send a summary afterwards.")

C("[da] [hard-neg] number-trap: kommunens eget CVR og EAN i fakturatekst",
"Lav en tekst til leverandørportalen: Fakturaer til Norddjurs Kommune skal sendes elektronisk med CVR 29189838 og det korrekte EAN-nummer fra vores liste. Papirfakturaer afvises efter 1. juli.")

C("[da/en] [hard-neg] switchboard: lægevagt og 112 uden navne i mixed mail",
"Write a short reply in English and Danish: 'Tak for din henvendelse. The district nurse and the dementia coordinator will contact you next week. Ved akut sygdom uden for dagtid, ring til lægevagten på 70 11 31 31 eller 112.'")
