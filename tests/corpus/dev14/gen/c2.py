"""dev14 clean batch 2 (d14-0181 .. d14-0240): hard negatives, no personal data."""
from lib import clean as C

RECS = [
C("[en] [hard-neg] metaphor: network is sick, budget needs surgery, bandage solution", """
The Wi-Fi at the Auning care centre is sick again – it drops every afternoon. Honestly the whole network needs surgery, not another bandage. Write a short business case for replacing the access points, with cost 180.000 kr. and expected lifetime 6 years.
"""),
C("[da] [hard-neg] metaphor: vandværket har fået en blodprop", """
Vandværket i Ørsted har fået en blodprop – hovedledningen er stoppet af kalk, og trykket er faldet i hele byen. Skriv en kort varsling til borgerne om at vandet kan være brunt de næste par dage, og at det er ufarligt.
"""),
C("[da] [hard-neg] metaphor: hjertet halter, foreningslivet har det skidt", """
Oplæg til kulturudvalget: Foreningslivet i landsbyerne har det skidt efter corona. Forsamlingshusene er byernes hjerte, men hjertet halter – der mangler frivillige og penge til vedligehold. Foreslå tre tiltag.
"""),
C("[en] [hard-neg] metaphor: Windows update gave laptop a migraine", """
The Windows update gave my laptop a migraine: Outlook is comatose and Teams keeps fainting. Polite IT ticket, please.
"""),
C("[da] [hard-neg] metaphor: skraldebilen har fået hjertestop", """
Skraldebil nr. 7 fik hjertestop midt på Storegade i morges, og vi måtte have kranbil ud. Motoren er død, og forsikringen dækker ikke. Skriv en besked til borgerne i Grenaa midtby om at tømningen er forsinket én dag.
"""),
C("[en] [hard-neg] own-health: writer has ADHD, no identifiers", """
I have ADHD myself and my inbox is chaos – 1,400 unread. Give me a simple system for sorting e-mails in Outlook that works for someone who gets distracted easily.
"""),
C("[da] [hard-neg] own-health: skribenten har fået type 2-diabetes", """
Jeg har lige fået konstateret type 2-diabetes og skal tabe mig. Kan du lave en ugeplan med frokoster, jeg kan købe i kantinen på rådhuset, med lidt kulhydrat og uden for meget sukker?
"""),
C("[da] [hard-neg] own-health: egen migræne og sygemelding, spørgsmål om regler", """
Hvis jeg har migræne og går hjem kl. 11, tæller det så som en hel sygedag i forhold til vores sygefraværspolitik? Jeg tager Sumatriptan og er normalt frisk igen næste dag.
"""),
C("[en] [hard-neg] public-figure: Churchill's black dog", """
For a wellbeing newsletter, write a short paragraph on Winston Churchill's "black dog" – his long periods of depression – and how he kept working through them, ending with where staff can get help today.
"""),
C("[da] [hard-neg] public-figure: Kim Larsens prostatakræft (Kim også fornavn)", """
Til kampagnen om mænds sundhed: Skriv et par linjer om Kim Larsen, der havde prostatakræft og spillede koncerter til det sidste, som indledning til en opfordring til mænd over 50 om at gå til lægen.
"""),
C("[en] [hard-neg] historical: Van Gogh's ear and mental illness", """
For the art club at the care home, write a gentle 5-minute talk about Vincent van Gogh: his mental illness, the night he cut off part of his ear, and his time in the asylum at Saint-Rémy where he painted "The Starry Night".
"""),
C("[da] [hard-neg] fictional: Kong Lear og demens", """
Skriv et oplæg til temadagen om demens, hvor vi tager udgangspunkt i Shakespeares Kong Lear: en gammel konge der bliver forvirret, ikke kan kende sine døtre og raser mod stormen. Hvad kan vi lære af det i plejen?
"""),
C("[da] [hard-neg] first-name-word: bo, kim, storm, holm, lund, rose in one text", """
Rettelse til lokalplanen: Området ved Lund skal kunne rumme 40 nye boliger, hvor man kan bo i fællesskab. Langs Holmevej plantes hybenroser som læ mod storm, og skolens kim-forsøg i haven flytter til den nye drivhus-grund.
"""),
C("[en] [hard-neg] first-name-word: Hope, Faith, Joy, Grace as values", """
Help me write our care home's values in English for the international staff: Hope, Faith in each resident's abilities, Joy in everyday life, and Grace when things go wrong. One sentence each, warm but not churchy.
"""),
C("[da] [hard-neg] common-word-surname: Skov, Holm, Lund, Møller, Bager som stednavne og fag", """
Lav en liste over stoppesteder på den nye rute: Skovgårdsvej, Holmstrup Kirke, Lunden, Møllebakken og Bagerstien. Bussen kører hver time mellem 6 og 18. Notér at møllen ved Møllebakken er lukket for besøgende.
"""),
C("[en] [hard-neg] institution-address: Aarhus University Hospital address and switchboard", """
Add to the expat FAQ: Many specialist appointments are at Aarhus University Hospital, Palle Juul-Jensens Boulevard 99, 8200 Aarhus N, switchboard 78 45 00 00. Buses run from Grenaa station. Parking costs extra.
"""),
C("[en] [hard-neg] number-trap: references shaped like CPR, dates in reports", """
Our archive system uses references like 010203-4567 (date + running number) and document IDs like 311299-0001. Write a short note for the new archivist explaining that these are not CPR numbers and how to read them.
"""),
C("[da] [hard-neg] number-trap: 13-cifrede EAN-numre og KLE for kommunens egne enheder", """
Opdater listen over EAN-numre: Plejecenter Fuglebakken 5798005960029, Hjemmeplejen Nord 5798005960036, Hjælpemiddeldepotet 5798005960043. KLE for hjælpemidler er 27.36.00. Kontrollér at alle har 13 cifre.
"""),
C("[en] [hard-neg] test-card: Mastercard test number 5555 5555 5555 4444", """
Write test cases for the self-service payment form: a valid test Mastercard 5555 5555 5555 4444 with expiry 01/30, the Visa test number 4111 1111 1111 1111, an expired card, and a card with a wrong CVC.
"""),
C("[en] [hard-neg] iban-example: German standard example IBAN", """
A German supplier sent us an IBAN in the format DE89 3704 0044 0532 0130 00 – that's the example IBAN from the documentation, so they obviously copied the template. Draft a polite e-mail asking for their real account details.
"""),
C("[da] [hard-neg] false-friend: gift = married, not poison", """
Oversæt til engelsk så en ny kollega fra Irland forstår det: "Hun er gift med en fisker, og hun har det fint." Forklar også kort, hvorfor "gift" ikke betyder gave eller gift på engelsk.
"""),
C("[en] [hard-neg] false-friend: kur, kurbad, slankekur, rask", """
In Danish, "kur" can mean a diet ("slankekur"), a treatment or a hair treatment, and "rask" means healthy, not rash. Write three sentences for our Danish-lessons slide showing each use, with English translation.
"""),
C("[da] [hard-neg] compound: Sygehusvej, lægehuset, Apotekergården uden husnumre", """
Post til det gamle sygehus går nu til Sygehusvej, og lægehuset er flyttet til Apotekergården. Skriv en rettelse til adresselisten på intranettet, uden husnumre, og bed kollegerne opdatere deres mailsignaturer.
"""),
C("[da] [hard-neg] service-health: Lær at tackle kroniske smerter", """
Skriv en annonce: Sundhedscentret tilbyder kurset "Lær at tackle kroniske smerter" – 6 gange á 2,5 time, for borgere med fx gigt, rygsmerter eller fibromyalgi og deres pårørende. Tilmelding via hjemmesiden. Gratis.
"""),
C("[da] [hard-neg] statistics: sygefravær i Ældre og Sundhed", """
Lav en kort kommentar: Sygefraværet i Ældre og Sundhed var 7,1 % i 2025 mod 7,8 % i 2024. Langtidssygefravær udgør 58 %. De hyppigste årsager er muskel- og skeletbesvær og stress.
"""),
C("[en] [hard-neg] budget-health: psychiatry budget and addiction treatment", """
Explain for the finance committee in plain English why the social psychiatry budget is 3.1 million over: more citizens in residential care, two expensive placements out of the municipality and a rise in young people in drug treatment.
"""),
C("[da] [hard-neg] job-ad: SOSU-assistent med medicinansvar", """
Skriv et stillingsopslag: SOSU-assistent til aftenvagt på plejecenter. Du skal kunne håndtere medicin, sondemad, katetre og insulin, og være tryg ved at arbejde med borgere med demens og psykiske lidelser. 28 timer, hver 3. weekend.
"""),
C("[en] [hard-neg] job-ad: occupational therapist, rehab", """
Write a job ad for an occupational therapist in our rehab team: hip and knee replacements, stroke rehab, assessment for aids like walkers, bath chairs and hoists. Danish at B2 level, driving licence required.
"""),
C("[da] [hard-neg] policy: røgfri arbejdstid", """
Omskriv politikken kortere: "Fra 1. august er der røgfri arbejdstid. Medarbejdere, der ønsker hjælp til rygestop, kan deltage i kommunens gratis rygestopforløb i arbejdstiden. Nikotinplaster og tyggegummi kan købes med 50 % tilskud."
"""),
C("[en] [hard-neg] policy: medicine storage rules", """
Make a checklist from these rules: medicine must be kept in a locked cupboard, insulin in the fridge at 2–8 °C, morphine and other controlled drugs counted at each shift change, and expired medicine returned to the pharmacy.
"""),
C("[da] [hard-neg] course: førstehjælp til børn", """
Lav en invitation til førstehjælpskursus for dagplejere: fremmedlegemer i luftvejen, feberkramper, allergisk chok og brandsår hos børn under 3 år. Tirsdag 18–21, gratis, max 16 deltagere.
"""),
C("[da] [hard-neg] minutes: handicaprådet, kun roller", """
Renskriv referat: Handicaprådet gennemgik tilgængeligheden på rådhuset. Repræsentanten fra Dansk Blindesamfund påpegede manglende ledelinjer. Repræsentanten for Scleroseforeningen efterlyste flere handicap-p-pladser. Formanden takkede.
"""),
C("[da] [hard-neg] anonymous-case: borger X med misbrug og gæld", """
Case til supervision: Borger X, mand i 40'erne, har alkoholmisbrug, gæld og er netop blevet sat ud af sin lejlighed. Han har tidligere været indlagt med delirium. Hvilke paragraffer i serviceloven kan vi bruge til at hjælpe ham hurtigt?
"""),
C("[en] [hard-neg] anonymous-case: a 14-year-old boy, no name", """
A 14-year-old boy in one of our schools told a teacher he self-harms and doesn't want his parents to know. What does the teacher have to do under Danish law, and how should the conversation with him go?
"""),
C("[en] [hard-neg] placeholder: merge fields {{name}} {{cpr}}", """
Fix the wording of this e-mail template: "Dear {{name}}, CPR {{cpr}}. Your application for {{aid_type}} due to {{condition}} has been {{decision}}. Contact {{caseworker}} on {{phone}} with questions."
"""),
C("[da] [hard-neg] role-staff: sygeplejersken, aftenvagten, lederen uden navne", """
Lav en instruks: Når aftenvagten finder en borger på gulvet, ringer hun til sygeplejersken i akutteamet. Er sygeplejersken optaget, kontaktes lægevagten. Lederen skal have besked næste morgen, og faldet skal registreres som utilsigtet hændelse.
"""),
C("[da] [hard-neg] journal-template: tom skabelon med overskrifter", """
Lav en journalskabelon til hjemmesygeplejen med felterne nedenfor. Ingen eksempler på borgere – kun hjælpetekster i kursiv, så nye medarbejdere ved, hvad der skal stå hvor.

1. Funktionsevne: egenomsorg, praktiske opgaver, mobilitet, mentale funktioner, samfundsliv.
2. Helbredstilstande: funktionsniveau, bevægeapparat, ernæring, hud og slimhinder, kommunikation, psykosociale forhold, respiration og cirkulation, seksualitet, smerter og sanseindtryk, søvn og hvile, viden og udvikling, udskillelse af affaldsstoffer.
3. Faglig vurdering: hvad er problemet, hvad er årsagen, hvad er borgerens egen opfattelse.
4. Aftalt indsats: hvem gør hvad, hvor ofte, hvornår evalueres.
5. Opfølgning: dato, resultat, ændringer.

Tilføj en linje om, at man altid skriver objektive observationer (fx vægt, blodtryk, sårets størrelse) og undgår vurderinger som "besværlig" eller "doven". Skabelonen skal kunne printes på én side.
"""),
C("[en] [hard-neg] translate: glossary of lay health words", """
Make a Danish–English glossary for care staff: "sukkersyge" (diabetes), "blodprop" (blood clot/stroke), "vand i benene" (swollen legs), "tissetrang" (urge to pee), "sovepiller" (sleeping pills), "lykkepiller" (antidepressants).
"""),
C("[en] [hard-neg] campaign: Movember men's health, no person", """
Write three social media posts for Movember encouraging male staff to talk about prostate cancer, testicular cancer and mental health. Mention that the town hall canteen serves moustache cakes on 19 November.
"""),
C("[da] [hard-neg] plants-animals: hunden Bella har kræft (dyr)", """
Kan du hjælpe mig med en besked til holdet? Vores kontorhund Bella har fået konstateret kræft i milten og skal opereres på dyreklinikken i morgen, så hun kommer ikke på arbejde resten af måneden. Hun får smertestillende og har det ok.
"""),
C("[en] [hard-neg] plants-animals: cat on insulin, lame cow, sick plants", """
Funny intro for the staff newsletter: "This month our receptionist's cat Oscar started on insulin, the farm school's cow is lame again, and the tomato plants in the sensory garden have blight. Never a dull moment!" Make it a bit longer.
"""),
C("[da] [hard-neg] sms-style: serveren er nede med influenza", """
hej alle – serveren er nede med influenza igen 🤒 it siger den er oppe efter frokost. gem jeres ting lokalt indtil da
"""),
C("[da] [hard-neg] weather: stormen Bodil, Allan og Malik som stormnavne", """
Til beredskabsplanen: Lav et afsnit om erfaringer fra stormene Allan og Bodil i 2013 og Malik i 2022 – oversvømmelser ved Grenaa Havn, væltede træer på Kystvejen og strømsvigt på plejecentrene.
"""),
C("[en] [hard-neg] street-named-after-person: avenue names, no numbers", """
Translate for the expat map: "Sundhedshuset ligger ved Dronning Margrethes Vej, og lægerne har praksis på Kong Christians Allé. Parkering ved Fru Jensens Plads er gratis."
"""),
C("[da] [hard-neg] name-in-org: patientforeninger som samarbejdspartnere", """
Skriv et kort svar til Hjerteforeningen, Kræftens Bekæmpelse og Alzheimerforeningen om at vi gerne vil låne lokaler ud til deres lokale netværksmøder, gratis, dog ikke i juli.
"""),
C("[en] [hard-neg] functional-mailbox: noreply, post, switchboard", """
Rewrite this footer to be friendlier: "This e-mail was sent from noreply@norddjurs.dk and cannot be answered. For questions about your home help, write to post@norddjurs.dk or call 89 59 10 00."
"""),
C("[da] [hard-neg] letter-template: Kære borger, sundhedsord uden person", """
Kære borger. Du er fyldt 75 år og tilbydes derfor et forebyggende hjemmebesøg. Vi taler om, hvordan du har det, om du har smerter, falder, sover dårligt eller føler dig ensom. Besøget er frivilligt. Gør brevet kortere og mere venligt.
"""),
C("[en] [hard-neg] form-template: empty fields Name/CPR/Phone", """
Translate this form into English and keep the blanks: "Navn: ________ Cpr-nr.: ______-____ Telefon: __ __ __ __ Hvad søger du om? ☐ Rollator ☐ Badebænk ☐ Kørestol. Beskriv dine vanskeligheder: ____________"
"""),
C("[da] [hard-neg] statistics: aldersfordeling af borgere med demens", """
Lav en tekst til sundhedsprofilen: Skønnet antal borgere med demens i kommunen – 65–74 år: 120, 75–84 år: 390, 85+ år: 460. I 2035 forventes tallet at stige med 35 %.
"""),
C("[en] [hard-neg] unnamed-colleague: team member sick every Monday, no identifiers", """
One of my team members has been sick every Monday for two months. I don't want to accuse anyone of anything. How do I start a supportive conversation about the pattern, and when do I involve HR?
"""),
C("[da] [hard-neg] sports: hjernerystelse, ukendt spiller", """
Skriv et kort referat til personalebladet: Kommunens håndboldhold tabte finalen 24–26. Vores stregspiller fik en hjernerystelse i første halvleg og blev kørt til skadestuen, men har det godt nu.
"""),
C("[en] [hard-neg] fictional: book club novel with illness", """
For the library book club, write three discussion questions about "The Curious Incident of the Dog in the Night-Time", whose narrator is a boy who seems to be autistic, and "Still Alice", about a professor with early-onset Alzheimer's.
"""),
C("[da] [hard-neg] homograph: rask, sygt som slang, lam, brud", """
Ret kommaerne: "Det var sygt godt at se jer til julefrokosten, og jeg er helt rask igen efter forkølelsen. Bruden kom ind med et lam i snor til bryllupsfesten, og det var vildt."
"""),
C("[en] [hard-neg] number-trap: item numbers shaped like phone numbers", """
Reorder item no. 2816 7305 (bath bench) and item no. 4417 2209 (raised toilet seat), two of each.
"""),
C("[en] [hard-neg] number-trap: dates, amounts, postcodes, hours", """
Summarise: The grant of 250.000 kr. runs from 01.09.2025 to 31.08.2026. Activities take place in postcodes 8500, 8585, 8950 and 8963, Tuesdays 13–15. Reporting deadline 15.10.2026.
"""),
C("[da] [clean] mødebooking", """
Book et møde for teamet tirsdag formiddag, 1,5 time. Emne: sommerferieplan.
"""),
C("[en] [clean] Excel formula", """
In Excel, how do I count the number of rows where column C says "Grenaa" and column D is greater than 10? Give me the formula and a short explanation.
"""),
C("[da] [clean] oversæt vejarbejde", """
Oversæt til engelsk og tysk: "Vejen lukkes pga. kloakarbejde fra mandag den 4. til fredag den 15. Omkørsel er skiltet."
"""),
C("[en] [clean] summary of a meeting about canteen", """
Summarise in three bullets: the canteen will close at 13.30 instead of 14.00 from June, salad bar prices go up by 5 kr., and staff can pre-order lunch via the app from next month.
"""),
C("[da] [hard-neg] metaphor: hjemmesiden er handicappet, tilgængeligheden halter, blind", """
Vores hjemmeside er ærligt talt handicappet på mobilen: menuen er blind for skærmlæsere, kontrasten er for svag, og formularerne halter. Lav en prioriteret liste over rettelser, så vi lever op til webtilgængelighedsloven.
"""),
]
