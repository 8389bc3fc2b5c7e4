"""dev14 clean batch 1 (d14-0121 .. d14-0180): hard negatives, no personal data."""
from lib import clean as C

RECS = [
C("[da] [hard-neg] metaphor: printeren er syg, hoster, feber, aflives", """
Printeren på 2. sal er syg igen – den hoster papiret ud i klumper, har feber i fuseren og lugter brændt. Kan IT komme og give den en vitaminindsprøjtning, eller skal den bare aflives? Skriv en kort, lidt sjov men høflig mail til IT-support om det.
"""),
C("[en] [hard-neg] metaphor: project on life support, budget bleeding, cold feet", """
The new case-management migration is on life support. The budget is bleeding, the vendor keeps coughing up excuses, and the steering group has a serious case of cold feet. Write one honest paragraph for the director that explains where we are without sounding dramatic.
"""),
C("[da] [hard-neg] metaphor: økonomien har fået et knæk, lammet, amputere, på fode", """
Omskriv til en pressemeddelelse på max 10 linjer: Kommunens økonomi har fået et knæk efter store udgifter på det specialiserede socialområde. Anlægsbudgettet er nærmest lammet, og vi bliver nødt til at amputere tre projekter, bl.a. den nye hal i Auning. Vi forventer at være på fode igen i 2027.
"""),
C("[en] [hard-neg] metaphor: vehicles with bad heart, limping, terminally ill", """
Fleet update for the home-care cars: van 14 has a bad heart (water pump), van 22 is limping along on a slow puncture, and the old Berlingo is terminally ill – the mechanic says it won't survive another winter. Put this in a small table with car, problem and recommended action.
"""),
C("[da] [hard-neg] metaphor: bygningen er syg, trækker vejret dårligt, skimmel", """
Skolen i Vivild er en syg bygning: ventilationen trækker vejret dårligt, der er skimmel i kælderen, og taget bløder når det regner. Lav et oplæg til Teknisk Udvalg om at prioritere en renovering, og brug ikke for mange fagord.
"""),
C("[en] [hard-neg] metaphor: system has seizures and flatlined", """
Our booking system keeps having seizures every Monday at 9 when everyone logs in at the same time. Yesterday it flatlined for 40 minutes and the home-care planners had to work from paper. Write a ticket for the vendor with steps to reproduce and the business impact.
"""),
C("[da] [hard-neg] metaphor: vejret, sår i asfalten, vejnettet på intensiv", """
Skriv en kort nyhed til intranettet: Frosten har givet asfalten dybe sår, og vejnettet i den nordlige del af kommunen ligger nærmest på intensiv. Vejafdelingen lapper huller hver dag, men beder bilister om at sænke farten på Randersvej og Hovedgaden.
"""),
C("[da] [hard-neg] service-health: demensvenlige aktiviteter, ingen person", """
Skriv en tekst til kommunens hjemmeside om vores tilbud til borgere med demens og deres pårørende: caféaftener, pårørendegrupper, rådgivning ved demenskoordinatorerne og aflastning i weekenden. Tonen skal være varm, og teksten må højst fylde 200 ord.
"""),
C("[en] [hard-neg] service-health: what hjemmesygepleje covers, no person", """
Explain in plain English, for newly arrived expats, what Danish "hjemmesygepleje" (home nursing) covers: wound care, dispensing medicine, catheters, injections, diabetes checks and end-of-life care. Add that it is free and that the GP or hospital usually refers you.
"""),
C("[da] [hard-neg] course: medicinhåndtering med præparatnavne", """
Lav et program for en kursusdag i medicinhåndtering for nye SOSU-hjælpere: dosisdispensering, Marevan og andre blodfortyndende, insulinpenne, smerteplastre (fentanyl), sovepiller og hvad man gør ved fejl. 8.30–15.00 med frokost og to pauser.
"""),
C("[en] [hard-neg] job-ad: acute team nurse, diagnoses listed", """
Write a job ad for a registered nurse for our acute team in Grenaa. We need experience with COPD, heart failure, diabetes, infections and palliative care, a driving licence, and the calm to make decisions alone at night. 32–37 hours, shifts incl. weekends.
"""),
C("[da] [hard-neg] job-ad: pædagog til specialklasse, autisme/ADHD", """
Vi søger en pædagog til vores specialklasse for børn med autisme, ADHD og angst. Du har erfaring med struktur, visuel støtte og konfliktnedtrapning, og du kan bevare roen når et barn er ude af balance. Skriv et stillingsopslag ud fra disse punkter.
"""),
C("[da] [hard-neg] policy: retningslinje for sygefravær", """
Forkort denne retningslinje: "Ved sygdom skal medarbejderen melde sig syg til nærmeste leder senest kl. 7. Ved fravær over 14 dage indkaldes til sygefraværssamtale. Ved kroniske lidelser kan der søges § 56-aftale. Lægeerklæring kan kræves fra 4. sygedag."
"""),
C("[en] [hard-neg] statistics: falls and hip fractures per year", """
Write a short text for a chart: Falls among citizens 65+ recorded by home care in Norddjurs – 2021: 412, 2022: 398, 2023: 441, 2024: 430. Hip fractures: 61, 57, 66, 59. Emphasise that the fall-prevention programme started in 2023.
"""),
C("[da] [hard-neg] statistics: sygefravær pr. afdeling, semikolontabel", """
Lav en kommentar til tabellen:
Afdeling;Sygefravær 2024 (%);Sygefravær 2025 (%)
Hjemmeplejen Nord;8,4;7,9
Hjemmeplejen Syd;7,1;7,6
Plejecentre;9,2;8,8
Administration;3,4;3,1
"""),
C("[da] [hard-neg] own-health: skribentens egen ryg og graviditet, intet id", """
Jeg har selv haft ondt i lænden i tre uger og er gravid i 5. måned. Hvad siger reglerne om, hvor meget jeg må løfte som SOSU-assistent, og kan jeg bede om at slippe for forflytninger uden at sige hvorfor?
"""),
C("[en] [hard-neg] own-health: writer is down and sleeps badly, no identifiers", """
I've been really down lately and I sleep badly because I keep thinking about work. Can you give me five practical tips for handling stress as a social worker, and tell me when it's time to see a doctor?
"""),
C("[da] [hard-neg] anonymous-case: en borger med demens og fald", """
En borger, kvinde i 80'erne, har demens, er faldet fire gange på en måned og vil ikke bruge sin rollator. Familien ønsker plejebolig. Hvilke forhold skal vi beskrive i en faglig vurdering? Giv mig en skabelon.
"""),
C("[en] [hard-neg] anonymous-case: pupil A and pupil B", """
Pupil A (grade 5) has ADHD and epilepsy, pupil B has dyslexia and is very anxious in groups. Suggest some principles for a seating plan and group work that would work for both, without singling them out.
"""),
C("[da] [hard-neg] anonymous-case: elev A med skolevægring", """
Elev A i 7. klasse har angst og har ikke været i skole i 6 uger. Forældrene siger at hun kaster op om morgenen. Hvad står der i vejledningen om ufravær, og hvordan laver vi en trinvis plan for tilbagevenden?
"""),
C("[da] [hard-neg] public-figure: Christian Eriksens hjertestop", """
Skriv et indlæg til intranettet om vores nye hjertestartere. Brug gerne Christian Eriksens hjertestop ved EM i 2021 som eksempel på, hvor meget det betyder at nogen går i gang med hjertemassage med det samme.
"""),
C("[en] [hard-neg] public-figure: Stephen Hawking's ALS", """
For our inclusion week, write a short paragraph about Stephen Hawking, who had ALS, used a wheelchair and spoke through a computer, and what his life shows about disability and work.
"""),
C("[da] [hard-neg] historical: Christian 4. mistede øjet", """
Til byvandringen i Grenaa: skriv et par linjer om Christian 4., der mistede sit ene øje i søslaget på Kolberger Heide i 1644 og fortsatte med at kommandere fra dækket. Gør det spændende for 4. klasser.
"""),
C("[en] [hard-neg] historical: Beethoven deaf, Roosevelt polio", """
Give me two historical examples for a talk on hidden disabilities at work: Beethoven, who went deaf but kept composing, and Franklin D. Roosevelt, who had polio and hid his wheelchair from the press.
"""),
C("[en] [hard-neg] fictional: Dr. House's leg pain and Vicodin, Sherlock's cocaine", """
For a training session on medicine misuse among health staff, I want to open with fiction: Dr. House with his leg pain and Vicodin, and Sherlock Holmes and his cocaine. Write a 2-minute intro that moves from the fiction to our own guidelines.
"""),
C("[da] [hard-neg] fictional: I-Ah er deprimeret (Peter Plys)", """
Til forældremødet om børns trivsel vil jeg bruge I-Ah fra Peter Plys som eksempel – han er altid trist og tror ingen kan lide ham, men vennerne bliver ved med at invitere ham med. Skriv et kort oplæg på dansk.
"""),
C("[da] [hard-neg] first-name-word: storm, lund, rose, bo, kim as words", """
Efter stormen i weekenden er der væltet tre træer i lunden bag Skovparken, og rosenbedet ved rådhuset er smadret. Gartnerne vil så nye kim i foråret. Beboerne, der bor på Kystvejen, spørger hvornår stien åbner. Skriv et kort svar.
"""),
C("[en] [hard-neg] first-name-word: bill, mark, will, rose, grace, hope in English", """
Please bill the contractor for the storm damage, mark the rose beds on the map, and add a grace period of 14 days. I hope this will be settled before the council meeting – Will the rates change if we pay late?
"""),
C("[da] [hard-neg] common-word-surname: bager, fisker, smed, skov, holm as words", """
Køkkenet på plejecentret mangler en bager to dage om ugen, og vi vil gerne have en lokal fisker til at levere på fredage. Smeden skal også se på rampen ved indgangen. Skriv et opslag til Facebook – husk at nævne at vi ligger tæt på skov og holm.
"""),
C("[da] [hard-neg] institution-address: Norddjurs Kommune brevhoved med hovednummer", """
Lav et brevhoved til skabelonen: Norddjurs Kommune, Torvet 3, 8500 Grenaa. Telefon 89 59 10 00, mail post@norddjurs.dk. Åbningstid i Borgerservice: man–ons 10–15, tors 10–17, fre 10–13.
"""),
C("[en] [hard-neg] institution-address: hospital address and switchboard, lægevagt, 112", """
For the expat welcome pack: at night or at weekends call Lægevagten on 70 11 31 31; in an emergency call 112. The nearest emergency department is at Regionshospitalet Randers, Skovlyvej 15, 8930 Randers NØ, switchboard 78 42 00 00. Make this into a small box with icons.
"""),
C("[da] [hard-neg] number-trap: sagsnumre der ligner cpr, KLE-numre", """
Kan du lave en liste over journalnumrene? Sagsnr. 240315-0012 (KLE 27.24.00), sagsnr. 110424-0007 (KLE 27.12.04) og bilag 020125-0031. Sorter efter dato i sagsnummeret og skriv hvilken KLE-gruppe hvert nummer hører til.
"""),
C("[en] [hard-neg] number-trap: EAN number, invoice and order numbers, amounts", """
Check this invoice: EAN 5798005960012, invoice no. 2025-11873, order no. 40021977, 120 packs of incontinence pads at 187,50 kr. and 30 walking frames at 1.249,00 kr. Total excl. VAT? Due 30.04.2026.
"""),
C("[da] [hard-neg] test-card: 4111 1111 1111 1111 i testmiljø", """
Vi tester den nye betalingsside til madservice. Brug testkortet 4111 1111 1111 1111, udløb 12/30, CVC 123 – det er et standard-testkort, ikke et rigtigt kort. Skriv en testbeskrivelse med tre scenarier: godkendt, afvist og timeout.
"""),
C("[en] [hard-neg] iban-example: standard example IBANs", """
Explain to our finance trainees how an IBAN is built, using the standard examples DK50 0040 0440 1162 43 and GB82 WEST 1234 5698 7654 32. Show where the country code, check digits and bank code are.
"""),
C("[en] [hard-neg] false-friend: gift, angst, sick in Danish", """
My English colleague read a Danish note that said "hun er gift og har lidt angst for eksamen" and thought someone had been poisoned. Explain Danish "gift" (married/poison), "angst" (anxiety) and "syg" versus English "sick" in a fun way for our language café.
"""),
C("[en] [hard-neg] false-friend: fart, kur, slut, prik", """
Make a list of funny Danish–English false friends for the expat newsletter: "fart" (speed), "kur" (a diet or treatment), "slut" (end), "prik" (dot), "bad" (bath) and "rolig" (calm). One example sentence each.
"""),
C("[da] [hard-neg] compound: hjertesag, hovedpine, lægehus som ord", """
Cykelstien langs Randersvej er en hjertesag for byrådet, men den har været en hovedpine for Teknik, fordi det gamle lægehus skal rives ned først. Skriv et kort svar til en borger, der spørger om tidsplanen.
"""),
C("[en] [hard-neg] sports: injury time, hamstring, unnamed players", """
Write a short match report for the staff newsletter: the kommune's football team lost 2–3 to the police after a goal in injury time. Our striker pulled a hamstring, and the goalkeeper played on with a bloody nose. Keep it light.
"""),
C("[da] [hard-neg] budget-health: hjælpemidler overskridelse", """
Budgetopfølgning 2. kvartal: Hjælpemiddelområdet forventer et merforbrug på 4,2 mio. kr., primært på inkontinensprodukter, elkørestole og høreapparater. Skriv en forklaring til Social- og Sundhedsudvalget på højst 5 linjer.
"""),
C("[da] [hard-neg] minutes: ældrerådet drøfter demensstrategi, kun roller", """
Renskriv referatet: Ældrerådet drøftede udkast til demensstrategi 2026–2030. Formanden roste forslaget om flere aflastningspladser. Næstformanden efterlyste bedre transport til genoptræning. Sundhedschefen orienterede om ventetid på høreapparater.
"""),
C("[en] [hard-neg] functional-signature: Hjælpemiddeldepotet mailbox and switchboard", """
Tidy up this reply: "The walking frame you asked about is ready for pickup at the depot. Please bring the old one back. Best regards, Hjælpemiddeldepotet, Norddjurs Kommune, hjaelpemidler@norddjurs.dk, tel. 89 59 10 00."
"""),
C("[da] [hard-neg] placeholder: skabelon med [NAVN] og xxxxxx-xxxx", """
Ret sproget i skabelonen: "Kære [NAVN], cpr-nr. xxxxxx-xxxx. Du har søgt om [YDELSE]. Vi har vurderet at du på grund af [DIAGNOSE] er berettiget til [ANTAL] timers hjælp om ugen." Den skal være lettere at forstå.
"""),
C("[en] [hard-neg] own-health: writer's own morning sickness, no identifiers", """
I'm 9 weeks pregnant and feel sick every morning. I work in home care and start at 7. What are my rights to adjusted hours in Denmark, and how do I tell my manager without telling the whole team?
"""),
C("[da] [hard-neg] metaphor: projektet i koma, kantinen er hjertet", """
Skriv en opsummering til personalebladet: Digitaliseringsprojektet lå i koma hele sommeren, men nu har det fået nyt liv. Kantinen er stadig husets hjerte, og det var der, idéen om en fælles booking-app blev født.
"""),
C("[en] [hard-neg] policy: norovirus outbreak guideline", """
Draft a one-page guideline for care homes during a norovirus outbreak, based on these points:

- Norovirus spreads very easily through vomit, diarrhoea, hands and surfaces. Alcohol hand rub is not enough – staff must wash hands with soap and water after every contact.
- Residents with vomiting or diarrhoea stay in their own room until 48 hours after the last symptoms. Meals are served in the room.
- Common dining and activities are closed while there are new cases. Visitors are asked to postpone visits, or to wash hands on arrival and departure.
- Staff who get ill must stay at home until 48 hours after symptoms stop and must not work at other units in that period.
- Clean toilets, door handles and handrails twice daily with chlorine. Use gloves and apron when handling vomit.
- Report the outbreak to the manager and the infection-control nurse the same day when two or more residents are ill within 48 hours.

Write it in simple English that our international staff can follow, with headings and a short checklist at the end.
"""),
C("[da] [hard-neg] service-health: anonym alkoholbehandling", """
Lav en kort tekst til en plakat: Drikker du mere end du vil? Kommunen tilbyder gratis og anonym alkoholbehandling – også om aftenen. Du kan også få hjælp som pårørende. Ring til kommunens hovednummer 89 59 10 00 og spørg efter rusmiddelrådgivningen.
"""),
C("[en] [hard-neg] course: mental health first aid outline", """
Outline a one-day Mental Health First Aid course for frontline staff: recognising depression, anxiety and psychosis, how to ask about suicidal thoughts, and where to refer. Include the Livslinien number 70 201 201 and the 112 rule.
"""),
C("[da] [hard-neg] statistics: hjemmesygepleje pr. distrikt", """
Skriv tre konklusioner ud fra tallene: Antal borgere visiteret til hjemmesygepleje pr. 1. januar – Grenaa 612, Auning 284, Allingåbro 171, Ørsted 143, Anholt 9. Sammenlignet med sidste år er der 4 % flere i Grenaa og 2 % færre i Ørsted.
"""),
C("[en] [hard-neg] homograph: stroke, cast, patient, rash, discharge in non-health meaning", """
Proofread: "With one stroke of the pen the council cast its vote. Be patient – a rash decision now would discharge the contractor before the job is done, and the cost would be a real headache."
"""),
C("[da] [hard-neg] unnamed-colleague: kollega med kræft, intet navn", """
En kollega i vores team har fået kræft og skal i kemo i et halvt år. Hvordan støtter vi bedst som kolleger, uden at det bliver for meget? Giv forslag til hvad vi kan sige og gøre.
"""),
C("[en] [hard-neg] anonymous-case: Mrs X as placeholder in training", """
Training case: Mrs X, 87, lives alone, has heart failure and mild dementia and has refused help twice. Her son lives abroad. Write three discussion questions about self-determination versus safety for a workshop.
"""),
C("[da] [hard-neg] street-named-after-person: vejnavne efter personer uden husnummer", """
Vejarbejde i uge 14–16: Niels Bohrs Vej, H.C. Ørsteds Vej og Kong Hans' Gade er lukket for gennemkørsel. Beboerne kan køre ind fra Århusvej. Skriv en SMS-tekst på max 160 tegn.
"""),
C("[en] [hard-neg] name-in-org: foundations and patient associations named", """
Which foundations could fund a dementia-friendly garden at a care home? I'm thinking Velux Fonden, Egmont Fonden, Nordea-fonden and Alzheimerforeningen. Write a short comparison of what each usually supports.
"""),
C("[da] [hard-neg] sms-style: førstehjælp, hjertestop, dukken Anne", """
hej alle 🙂 husk førstehjælpskursus på torsdag kl 13 i mødelokale 2. vi øver hjertestop og blodprop i hjernen på dukken Anne, så tag noget tøj på i kan bevæge jer i
"""),
C("[en] [hard-neg] statistics: childhood vaccination coverage", """
Summarise: Childhood vaccination coverage in the municipality 2025 – DTaP-IPV 5 years: 86 %, MMR 1: 93 %, MMR 2: 84 %, HPV (girls 12): 81 %, HPV (boys 12): 74 %. Which figures should the health committee worry about?
"""),
C("[da] [hard-neg] number-trap: datoer, tider og lokalenumre", """
Flyt møderne: 12.03.26 kl. 14.00–16.00 i lokale 3.041 flyttes til 19.03.26 kl. 9.30–11.30 i lokale 1.017. Kvartalsmødet 02.06.26 er uændret. Lav en opdateret mødeliste i kronologisk rækkefølge.
"""),
C("[en] [hard-neg] procurement: incontinence products tender with invented CVR", """
Draft a clarification answer in the tender for incontinence products: the supplier (CVR 36 41 27 90) asks whether samples for night pads can be delivered to the depot instead of each care home. Answer yes, with the delivery window Tuesday 8–12.
"""),
C("[da] [hard-neg] leaflet: faldforebyggelse uden person", """
Lav en folder om faldforebyggelse til ældre: fjern løse tæpper, sørg for lys om natten, brug skridsikre sokker, tag medicinen som aftalt og tal med lægen hvis du bliver svimmel. Tilbud om gratis holdtræning i Grenaa og Auning.
"""),
C("[en] [clean] welcome e-mail about parking", """
Write a short welcome e-mail to new staff about parking at the town hall: use the car park behind the building, the spaces by the main entrance are for visitors, and bicycles go in the shed by the side door.
"""),
]
