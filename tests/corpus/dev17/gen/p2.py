"""dev17 personal batch 2: d17-0061 .. d17-0120 (task-style Copilot prompts with pasted material)."""
from lib import personal

P = personal
RECS = [
P("[da] elderly care: long e-mail thread (son, visitation, nurse) – summarise and draft a reply", """
Jeg har fået denne tråd videresendt. Kan du (1) lave et resumé på 5 linjer og (2) skrive et udkast til et svar til sønnen fra mig som visitator, hvor jeg forklarer ventetiden på plejebolig uden at love noget?

-----Oprindelig meddelelse-----
Fra: [[n:Jesper Lundgaard]] <[[e:jesper.lundgaard@jubii.dk]]>
Sendt: 12. februar 21:47
Til: Visitationen
Emne: Min far – det går ikke længere

Hej. Jeg skriver igen om min far, [[n:Villy Lundgaard]], [[a:Søndergade 44, 8500 Grenaa]]. Han er [[h:faldet tre gange]] siden nytår, sidst lå han på gulvet hele natten, fordi han ikke havde [[h:nødkaldet]] på. Han [[h:spiser næsten ingenting]] og han har [[h:tabt 8 kilo]]. Han [[h:kan ikke huske, om han har taget sin medicin]]. I sagde i november, at han var på listen til en plejebolig. Hvor langt er han? Jeg bor i København og kan ikke bare køre derop. Min mobil er [[p:29 73 15 08]].
Mvh [[n:Jesper]]

-----Oprindelig meddelelse-----
Fra: [[n:Anja Kirkegaard]], sygeplejerske, Hjemmesygeplejen Grenaa
Sendt: 13. februar 08:15
Til: Visitationen
Emne: VS: Min far – det går ikke længere

Til orientering. Vi har været hos [[n:Villy]] i morges. [[h:BT 98/60]], [[h:dehydreret]], [[h:let konfus]]. Har ringet til egen læge, som kommer i dag. Vi har startet [[h:væskeskema]] og sat [[h:dosisdispensering]] i gang. Efter min vurdering har han brug for et [[h:midlertidigt ophold på akutpladserne]] nu, mens han venter. [[h:MMSE 19]] i december.
[[n:Anja]], [[p:89 59 52 60]]

-----Oprindelig meddelelse-----
Fra: Visitationen
Sendt: 13. februar 09:02
Til: [[n:Anja Kirkegaard]]
Tak. Vi kigger på det på visitationsmødet i dag kl. 11.
"""),
P("[en] job centre: prepare me for a follow-up conversation; foreign caseworker's English notes", """
Prepare me for tomorrow's follow-up meeting. Make a short agenda and list three realistic next steps.

My notes (sickness benefit):
Citizen: [[n:Helle Damgaard]], CPR [[c:070465-2836]], cashier at a supermarket in Grenaa.
Off sick since 14 Jan with [[h:severe tennis elbow, right arm]]. Had a [[h:steroid injection]] in February – no effect. Now on waiting list for [[h:surgery at Silkeborg]]. She is worried about money and [[h:can't sleep]]. Employer has offered light duties at the bakery counter 15 hours/week. She asked if she can bring her husband [[n:Ole Damgaard]] to the meeting.
"""),
P("[da] HR: write minutes from notes of an absence conversation", """
Skriv et referat af sygefraværssamtalen ud fra mine noter. Det skal sendes til medarbejderen, så formuler det respektfuldt.

sygefraværssamtale 2/10 – [[n:Tina Bach Nielsen]], SSH, Hjemmeplejen Nord
deltog: TBN, tillidsrep. [[n:Anders Krogh]], mig
7 fraværsperioder på 12 mdr., mest mandage
TBN fortæller om [[h:migræne]], har fået [[h:ny forebyggende medicin]] i august
desuden [[h:ondt i lænden]] efter forflytninger – ønsker at blive fritaget for borgere med lift
aftale: arbejdspladsvurdering af forflytninger, opfølgning om 3 mdr.
"""),
P("[da] school: rewrite a report-card comment more kindly", """
Kan du omformulere denne kommentar til elevplanen, så den er mere anerkendende, men stadig ærlig?

"[[n:Elias Bundgaard]] forstyrrer undervisningen dagligt. Han har [[h:ADHD]] og det kan mærkes, især når han har glemt at tage sin [[h:Ritalin]]. Han laver ikke lektier og taber hurtigt motivationen. Han er dog god til matematik, når han gider."
"""),
P("[da] housing: a tab-separated list for the housing allocation committee – make it a readable overview", """
Lav en overskuelig oversigt til boligsocial anvisning (prioriteret, højeste først). Fjern kolonnen CPR i oversigten.

Navn	CPR	Nuværende bolig	Begrundelse	Prioritet
[[n:Louise Holmgaard]]	[[c:050975-3032]]	Krisecenter	vold i hjemmet, 2 børn	1
[[n:Jan Østergaard]]	[[c:211058-0676]]	Sofasurfer	[[h:nyopereret (hofte)]], kan ikke gå på trapper	2
[[n:Khadija Ahmadi]]	[[c:180898-3520]]	[[a:Ågade 12, 8500 Grenaa]]	fugt, barn med [[h:astma]]	2
[[n:Rene Vad]]	[[c:231271-2949]]	Herberg	[[h:stoffri efter behandling]], skal i arbejde	3
"""),
P("[en] citizen service: explain a pension letter to a British pensioner", """
Explain this letter in plain English for [[n:Geoffrey Clarke]] (CPR [[c:0209342588]]), who lives at [[a:Bakkevej 2, 8585 Fjellerup]]. He called and was upset.

"Udbetaling Danmark har genberegnet din folkepension. Da du har modtaget engelsk pension, der ikke er indberettet, nedsættes dit pensionstillæg med 812 kr. pr. måned fra 1. juli. Du kan søge om helbredstillæg til tandbehandling og fysioterapi."

He also mentioned he has [[h:Parkinson's]] and can't fill in forms himself.
"""),
P("[da] disability: tab table of residents' aids at a group home – make a checklist for the annual review", """
Lav en tjekliste pr. beboer til den årlige hjælpemiddelgennemgang:

Beboer	Hjælpemiddel	Sidst tjekket
[[n:Kim Ploug]]	[[h:el-kørestol]], [[h:loftlift]]	03-2023
[[n:Lise Skov]]	[[h:høreapparater begge ører]]	11-2023
[[n:Mads Roed]]	[[h:ståstativ]], [[h:ortoser]]	06-2022
[[n:Anne-Mette Gram]]	[[h:kommunikationstavle]]	01-2024
"""),
P("[en] technical/environment: translate a complaint about rats into Danish and shorten it", """
Translate into Danish and shorten to 4 sentences for the pest control order:

"Dear Municipality, we have rats in the garden and now also in the crawl space of our house at [[a:Møllevej 16, 8963 Auning]]. We can hear them at night. Our son [[n:Noah Petersen-Wood]] is 3 and has [[h:asthma]], and our doctor says droppings can make it worse. Please come quickly. [[n:Hannah Wood]], [[p:+45 20 84 61 37]]"
"""),
P("[da] finance: a citizen pasted full card data in a complaint – write a safe reply", """
Skriv et svar på mailen. Vi kan ikke modtage kortoplysninger pr. mail, og hun skal lukke kortet i sin bank. Gentag ikke nummeret.

"Hej. Jeg prøvede at betale for SFO'en på jeres side, men den afviser mit kort. Her er oplysningerne, så kan I bare trække det: [[k:5019 8496 6020 3207]] udløb 04/28 kontrolcifre 331. Mvh [[n:Dorthe Hviid]], [[a:Mejerivej 2, 8581 Nimtofte]]"
"""),
P("[da/en] children and family: summary in English for a Swedish social worker", """
Write a short summary in English that I can send to the social services in Malmö. The family is moving there next month. Only what they need to continue the support.

Familie: mor [[n:Rasha Haddad]] ([[c:240792-2932]]), børn [[n:Yara Haddad]] ([[c:260209-6491]]) og [[n:Omar Haddad]] ([[c:220312-8665]]).
Indsats: familiebehandling 2 t/uge siden 2022. [[n:Yara]] har [[h:selektiv mutisme]] og går hos [[h:talepædagog]]. [[n:Omar]] er [[h:udredt for autisme]] i 2023, venter på [[h:specialskoletilbud]]. Mor har [[h:PTSD]] efter flugt, er i behandling hos RCT.
"""),
P("[en] elderly care: write a calm SMS to relatives about an outbreak on the unit", """
Write a calm SMS (max 300 characters) to [[n:Birgit Laursen]] ([[p:23 16 47 90]]) telling her that her husband [[n:Poul Laursen]] has tested [[h:positive for COVID-19]] today. He has [[h:a mild fever]] and is resting in his room. Visits are still allowed with a face mask.
"""),
P("[da] job centre: find errors in a letter about a job clarification course", """
Find fejl (stavning, grammatik og faktuelle uoverensstemmelser) i brevet:

Kære [[n:Nicolai Brandt]]
Rehabiliteringsteamet har den 4. april behandlet din sag. Teamet anbefaler et jobafklaringsforløb på 6 måneder, fordi din [[h:depression]] og [[h:social angst]] stadig gør det svært at arbejde. Du fortsætter i [[h:samtaleforløb hos psykolog]] og vi tilbyder mentor 2 timer om ugen. Du er født [[c:311093-3915]] og er derfor 30 år.
Hilsen Jobcenter Norddjurs
"""),
P("[en] HR: write a warm welcome-back e-mail to a colleague after cancer treatment", """
Help me write a warm but not overwhelming welcome-back email to my colleague [[n:Susanne Friis]]. She has finished [[h:chemotherapy for breast cancer]] and starts on [[h:reduced hours (20/week)]] next Monday. She said she doesn't want a big fuss, and [[h:she tires quickly]]. Mention that her desk is ready and that she can always take breaks.
"""),
P("[da] school: prepare me for a meeting with a mother about school refusal", """
Forbered mig på mødet med mor i morgen: 5 spørgsmål, hvad skolen kan tilbyde, og hvordan jeg åbner samtalen.

Elev: [[n:Liva Mortensen]], 8.B, [[c:230911-9003]]... nej, det er søsterens – den rigtige for [[n:Liva]] er [[c:140210-7972]]. Hun har ikke været i skole siden uge 38. Mor, [[n:Pia Mortensen]], siger [[n:Liva]] [[h:har ondt i maven og kaster op]] hver morgen og [[h:ikke tør forlade sit værelse]]. Egen læge har henvist til [[h:børne- og ungdomspsykiatrien]].
"""),
P("[en] housing: draft an e-mail to a housing association on behalf of a wheelchair user", """
Draft an email to Grenaa Boligforening asking if they have a ground-floor flat. Based on:

[[n:Torben Kallesøe]], 58, lives at [[a:Østergade 9, 3. th., 8500 Grenaa]], no lift. Since his [[h:spinal cord injury]] in October he [[h:uses a wheelchair]] and has been stuck in a [[h:rehabilitation unit]] because he can't get home. His wife [[n:Grethe Kallesøe]] is the contact: [[e:grethe.kallesoe@gmail.com]].
"""),
P("[da] citizen service: write a confirmation of a name change (no health data)", """
Skriv en kort bekræftelse på navneændring til [[n:Julie Steffensen Birk]] ([[c:010858-0917]]... nej, det er hendes mors, brug [[c:300873-3073]]) på [[a:Ørnbjergvej 5, 8500 Grenaa]]. Hun har taget nyt mellem- og efternavn efter brylluppet. Kopi til [[e:juliebirk@outlook.com]].
"""),
P("[en] disability: write minutes from staff notes about a resident with Down syndrome", """
Write proper minutes (neutral language) from these notes from the staff meeting at Bostedet Havblik:

- resident [[n:Martin Krag]], 34, [[h:Down syndrome]]
- new [[h:hypothyroidism]] diagnosis, started [[h:Eltroxin 50 mcg]]
- [[h:weight gain 6 kg]] since summer, [[h:snoring, possible sleep apnoea]] – GP referral
- brother [[n:Jesper Krag]] ([[p:61 74 20 35]]) wants to join the next meeting
- [[n:Martin]] wants to try the swimming club on Wednesdays – we support
"""),
P("[da] technical/environment: summarise a tree-felling complaint (no health)", """
Lav et kort resumé (3 linjer) til sagen:

"Jeg vil klage over at min nabo [[n:Erling Husted]] har fældet tre store bøgetræer i vores fælles skel på [[a:Skovbrynet 12, 8581 Nimtofte]] uden at spørge. Træerne var fredet efter lokalplanen, så vidt jeg ved. Jeg har billeder. Ring gerne til mig, [[n:Vibeke Lund]], [[p:24 90 17 36]]."
"""),
P("[da] finance: summarise a bankruptcy notice from a sole trader who owes the municipality", """
Opsummer hvad det betyder for os, og hvad vi skal gøre (anmelde krav?):

"Skifteretten i Randers. Konkursdekret afsagt over [[n:Ronni Kjeldsen]], CVR [[v:32625851]] (Kjeldsens Kloak & Anlæg v/Ronni Kjeldsen), bopæl [[a:Nørrevænget 8, 8550 Ryomgård]]. Kurator: advokat Line Dreyer. Anmeldelse af krav senest 4 uger fra bekendtgørelsen i Statstidende." Kommunen har et krav på 18.400 kr. for ejendomsskat og renovation.
"""),
P("[da] children and family: make a checklist for a child assessment from rough notes", """
Lav en tjekliste over, hvad der mangler i den børnefaglige undersøgelse, ud fra mine noter:

[[n:William Dahl]] [[c:190222-8054]], mor [[n:Camilla Dahl]], far ukendt
- sundhedsplejerske: [[h:forsinket sprog]], [[h:går ikke endnu (2 år)]]
- dagpleje bekymret for hygiejne, [[h:bleeksem]]
- mor: selv anbragt som barn, [[h:i behandling for borderline]]
- mangler: samtale med barnet (observation), lægeerklæring, udtalelse fra dagplejer
"""),
P("[da] elderly care: short SMS to the nurse about a fall", """
Skriv det her som en kort sms til sygeplejersken: [[n:Gudrun]] på stue 12 ([[n:Gudrun Bæk]]) er [[h:faldet]] kl. 14, [[h:ondt i venstre hofte]], [[h:kan ikke støtte på benet]]. Har ringet 1813? Nej, skal jeg?
"""),
P("[en] job centre: shorten a long follow-up note; CPR written with a space", """
Shorten this to max 5 lines for the case overview:

Follow-up 21/11, [[n:Jakob Skov Møller]], [[c:170986 2576]]. [[n:Jakob]] has been on sickness benefit since June due to [[h:long COVID]] with [[h:fatigue]] and [[h:concentration problems]]. He has started [[h:a rehab programme at Aarhus University Hospital]] and reports slightly more energy. He wants to try 2 x 3 hours at his old workplace (warehouse). Employer positive. Next: partial return-to-work plan, new medical statement in January.
"""),
P("[da] HR: reply to an application for leave to care for a dying father", """
Skriv et svar til medarbejderen. Hun skal søge plejevederlag i sin bopælskommune, og vi bevilger orlov uden løn i perioden. Vær medfølende.

"Kære [[n:Kirsten]]. Min far, [[n:Egon Malmberg]], har fået [[h:uhelbredelig kræft i leveren]] og lægerne siger han har få uger. Han vil gerne dø hjemme i [[a:Vestervang 3, 8560 Kolind]], og jeg vil gerne passe ham. Kan jeg få fri? Kh [[n:Lotte Malmberg]], [[e:lottemalmberg@hotmail.com]]"
"""),
P("[en] school: a note to a Ukrainian parent about a child's asthma inhaler", """
Write a short note in English to the mother (she will use Google Translate to Ukrainian) that her son [[n:Bohdan Melnyk]] must bring his [[h:inhaler (Ventoline)]] to PE, and that the school nurse would like to meet her about his [[h:asthma]]. Mother: [[n:Iryna Melnyk]], [[p:+380 67 418 2973]].
"""),
P("[da] housing: rewrite a decision about emergency housing more clearly", """
Skriv afgørelsen om i et klart og enkelt sprog, hun skal kunne forstå det på første læsning:

"I henhold til servicelovens § 109 bevilges [[n:Louise Holmgaard]], [[c:050975-3032]], midlertidigt ophold på krisecentret, idet hun den 3/11 har været udsat for vold af sin samlever, hvorved hun pådrog sig [[h:brud på næsebenet]] og [[h:hjernerystelse]]. Hun vurderes endvidere at have [[h:betydelige psykiske følger]]. Opholdet revurderes efter 3 måneder."
"""),
P("[da/en] citizen service: fill in a registration form for a new EU citizen", """
Fill in the fields below in Danish from the information he gave at the desk, and list what is missing:

Navn:
Fødselsdato:
Adresse i Danmark:
Telefon:
E-mail:
Arbejdsgiver:

He said: "I'm [[n:Andrius Petrauskas]], born 14 March 1990, I live at [[a:Lillegade 22, 1. th., 8500 Grenaa]] with my cousin. I work at Danish Crown. Phone [[p:71 26 93 58]], mail [[e:andrius.petrauskas90@gmail.com]]."
"""),
P("[da] disability: make a table of personal assistance hours", """
Lav en tabel med borger, timer pr. uge, begrundelse og revurdering:

[[n:Jonas Frandsen]] – 168 t – [[h:muskelsvind]], [[h:respirator om natten]] – revurdering 2025
[[n:Malene Thorup]] – 40 t – [[h:sclerose]], [[h:bruger kørestol udendørs]] – revurdering 2024
[[n:Kurt Bendix]] – 25 t – [[h:rygmarvsskade (C6)]] – revurdering 2024
"""),
P("[en] technical/environment: summarise a neighbour's complaint about a wind turbine", """
Summarise this for the environment case file, 5 lines max, neutral tone:

"I'm [[n:Lisbeth Korsholm]] at [[a:Vindelevvej 141, 8961 Allingåbro]]. The new turbine 600 m from my house makes a pulsing noise at night. Since it started, my [[h:tinnitus has become much worse]] and I [[h:sleep about 3 hours a night]]. My GP has [[h:prescribed sleeping pills]], which I don't want. Please measure the noise. Email: [[e:lkorsholm@stofanet.dk]]"
"""),
P("[en] finance: check whether an IBAN looks correct before a refund", """
Can you check whether this IBAN looks formally correct (country code, length, check digits) before I pay out the deposit refund of DKK 9,600 to [[n:Sebastian Krüger]]? [[i:DK94 7244 2661 6889 78]]
"""),
P("[da] children and family: e-mail thread from a health visitor about twins – summarise", """
Lav et resumé af tråden til sagen (max 6 linjer):

Fra: [[n:Marie Bisgaard]], sundhedsplejerske
Hej. Jeg var hos tvillingerne [[n:Asger Nøhr]] og [[n:Ellen Nøhr]] i dag ([[a:Kirkevej 23, 8585 Glesborg]]). [[n:Asger]] [[h:vejer stadig under 3. percentil]], [[n:Ellen]] trives. Mor [[n:Kathrine Nøhr]] er meget træt, far arbejder på boreplatform. Kan vi tilbyde familiepleje/praktisk hjælp?

Fra: [[n:Rasmus Vig]], familierådgiver
Tak [[n:Marie]]. Jeg ringer til mor i morgen. Er der [[h:mistanke om reflux]] hos [[n:Asger]]?

Fra: [[n:Marie Bisgaard]]
Ja, [[h:henvist til børneafdelingen]] i Randers. Hun har fået tid 14/5.
"""),
P("[da/en] elderly care: rewrite an FSIII assessment into plain language for the citizen (English instruction)", """
Rewrite this as a letter to the citizen in plain Danish, explaining what she has been granted:

Borger: [[n:Ella Gregersen]], [[a:Poppelvej 6, 8500 Grenaa]]
Funktionsevne: Personlig hygiejne – [[h:svære begrænsninger]]. Mobilitet – [[h:moderate begrænsninger]], [[h:anvender rollator]]. Bevilling: [[h:personlig pleje morgen og aften]], [[h:rengøring hver 14. dag]], [[h:træning efter § 86 stk. 2]] i 12 uger.
"""),
P("[da] job centre: summarise a medical certificate for the case", """
Opsummer lægeattesten i 4 punkter til sagen:

LÆ 265 vedr. [[n:Kasper Lykkegaard]], [[c:0603860217]]. Diagnose: [[h:Moderat depressiv enkeltepisode]] (F32.1). Behandling: [[h:Sertralin 100 mg]] siden marts, [[h:samtaler hos privatpraktiserende psykolog]]. Prognose: God, forventet [[h:delvis raskmelding]] om 4-6 uger. Skånehensyn: [[h:undgå kundekontakt]] i opstart.
"""),
P("[en] HR: summarise a work-injury report for the health and safety committee", """
Summarise the injury report for the health and safety committee – what happened, injury, what we do to prevent it again.

Employee: [[n:Yvonne Sand]], SSA, Plejecenter Digterparken.
On 7 March at 07:40 she was helping a resident from bed to wheelchair alone because the colleague was late. The resident slipped and [[n:Yvonne]] [[h:twisted her lower back]]. She [[h:felt a sharp pain down the left leg]] and was [[h:sent to the emergency room]]. Diagnosis: [[h:lumbar strain]]. [[h:Off sick for 10 days]]. Reported to the Labour Market Insurance (AES).
"""),
P("[da] school: shorten and proofread a letter to parents about a pupil's death", """
Ret og forkort brevet til forældrene i 7.A, så det er varmt og kort:

"Det er med stor sorg at vi må meddele at vores elev [[n:Anton Wium]] er død i weekenden efter lang tids [[h:sygdom med leukæmi]]. [[n:Anton]] gik i 7.A og var en glad og vellidt dreng. I morgen vil vi tale med klassen om det. Skolens AKT-team og skolepsykolog er til stede. Hvis jeres barn har brug for at tale, så kontakt klasselærer [[n:Mette Laursen]] på [[p:89 59 48 27]]."
"""),
P("[da] housing: write an SMS", """
Skriv en sms til [[n:Anders Bøgh]] ([[p:40 62 91 83]]) om at viceværten kommer torsdag mellem 8 og 12 og skifter vandhanen i køkkenet.
"""),
P("[en] citizen service: is this CPR number valid?", """
Is [[c:170897-2904]] a valid Danish CPR number for [[n:Marcus Eriksen]], born 17 August 1997? He says the system rejects it.
"""),
P("[en] disability: draft goals for a habilitation plan", """
Draft 4 SMART goals for the habilitation plan for [[n:Freja Lindberg]] (19), who lives at Bostedet Lyngbakken. She has [[h:autism]] and [[h:very limited speech]], uses [[h:picture cards]] and [[h:an iPad with a communication app]]. She [[h:gets anxious and bites her hand]] when plans change. Her mother [[n:Susan Lindberg]] would like her to learn to shop alone in the local Brugsen.
"""),
P("[da] technical/environment: draft a dig permit for a sole-trader contractor (no health)", """
Skriv et udkast til gravetilladelse. Ansøger: Vads Entreprenør v/[[n:Claus Vad]], CVR [[v:87161021]], tlf. [[p:21 58 33 70]]. Arbejde: ny stikledning til fjernvarme ud for [[a:Søndergade 17, 8500 Grenaa]], fortov spærres 3 dage i uge 34. Krav: skiltning efter godkendt skilteplan, reetablering inden 2 uger.
"""),
P("[da] finance: a cashier's reconciliation note with a pasted card number – rewrite safely", """
Omskriv kasserapporten, så den kan gemmes i sagen uden kortnummeret:

Kasse 2, Borgerservice Auning, 14/6: difference -350 kr. Kunde [[n:Helga Ravnholt]] betalte for nyt kørekort med [[k:4917 5414 9177 3294]], betalingen blev gennemført to gange ved en fejl. Kunden er informeret på [[p:86 48 20 17]], beløbet tilbageføres.
"""),
P("[en] children and family: explain a hospital letter to a Syrian mother", """
Explain in simple English what this hospital letter says, so I can go through it with the mother, [[n:Lina Al-Masri]]:

"Vedr. [[n:Karam Al-Masri]], [[c:110219-4562]]... undskyld, [[c:021019-6858]]. Barnet er indkaldt til [[h:hjerteoperation]] ([[h:lukning af ventrikelseptumdefekt]]) på Aarhus Universitetshospital 3/9. Faste fra kl. 24. Forventet indlæggelse 7-10 dage. Efterfølgende [[h:kontrol hos børnekardiolog]] efter 6 uger."
"""),
P("[da] elderly care: explain an abbreviation", """
Hvad betyder "TCI" og "Obs. [[h:UVI]]" i journalen for [[n:Gudrun Mørk]]? Der står: "[[h:TCI]] i 2019, nu [[h:øget konfusion]], Obs. UVI."
"""),
P("[da] job centre: semicolon list with CPR without hyphen – make a table", """
Lav en tabel og markér de borgere, der skal indkaldes til opfølgning inden for 14 dage:

navn;cpr;ydelse;næste opfølgning;årsag
[[n:Anja Kirk]];[[c:1506542738]];sygedagpenge;12.06;[[h:knæoperation]]
[[n:Dennis Holm]];[[c:0108913819]];kontanthjælp;30.06;-
[[n:Fatima Nouri]];[[c:2903881030]];sygedagpenge;08.06;[[h:graviditetsgener]]
[[n:Ole Vestergaard]];[[c:1209673424]];ledighedsydelse;21.07;-
"""),
P("[da] HR: draft a condolence card", """
Skriv et kort kondolencekort fra afdelingen til vores kollega [[n:Pernille Rask]], hvis mand [[n:Bo Rask]] døde pludseligt af et [[h:hjertestop]] under en løbetur i lørdags. 3-4 linjer, ikke for højtideligt.
"""),
P("[da] school: minutes from a meeting about a pupil with diabetes", """
Skriv et referat ud fra noterne:

Møde 5/9 om [[n:Ida Wolff]], 3.C. Deltagere: mor [[n:Heidi Wolff]], skolesygeplejerske, klasselærer, SFO-leder.
- [[n:Ida]] har [[h:type 1-diabetes]], [[h:sensor på armen]], [[h:insulinpen]]
- [[h:BS under 4]] → juice + kontakt mor ([[p:30 95 12 64]])
- SFO-personale skal oplæres i [[h:glukagon]]
- [[n:Ida]] vil ikke have at klassen ved det – aftalt at hun selv fortæller, når hun er klar
"""),
P("[en] housing: draft a reply to a sister about a tenant's psychiatric admission", """
Draft a short, careful reply to the sister. We can't share details without his consent, but we can confirm we've received her message and that the caretaker will check the flat.

Her email: "My brother [[n:Michael Strand]] at [[a:Vestergade 38, 2. th., 8500 Grenaa]] was [[h:admitted to the psychiatric ward in Risskov]] on Friday after a [[h:psychotic episode]]. His door might be unlocked and his cat is alone. I live in Odense. [[n:Christina Strand]], [[p:+45 28 40 75 19]]"
"""),
P("[da] citizen service: explain a housing-benefit letter with an IBAN (no health)", """
Forklar borgeren, hvad brevet betyder, i 3 sætninger:

"Kære [[n:Natalia Popescu]], [[a:Randersvej 87, 1. tv., 8500 Grenaa]]. Din boligstøtte på 1.924 kr./md. er bevilget fra 1. marts. Du har oplyst kontonummer [[i:DK28 5301 7733 6167 10]], men udbetaling sker altid til din NemKonto. Hvis du ønsker at ændre NemKonto, skal det ske i din bank."
"""),
P("[da] disability: prepare for the first meeting with a blind citizen who wants a guide dog", """
Forbered mig på første møde med borgeren: hvad skal jeg spørge om, og hvilke regler gælder for førerhund som hjælpemiddel?

[[n:Birgitte Sloth]], 47, [[a:Bøgevej 11, 8950 Ørsted]]. [[h:Blind siden 2015]] pga. [[h:retinitis pigmentosa]]. Bruger [[h:hvid stok]] og [[h:skærmlæser]]. Er lige blevet skilt og bor alene. Ønsker førerhund for at kunne tage bussen til arbejde i Randers.
"""),
P("[da] technical/environment: summarise an odour complaint against a farmer (sole trader) with a neighbour's migraine", """
Opsummer klagen og lav en liste over, hvad vi skal undersøge:

Klager: [[n:Susanne Berthelsen]], [[a:Enslevvej 20, 8500 Grenaa]]. "Gyllelugten fra stalden hos [[n:Bent Nørskov]] (Nørskovgård v/Bent Nørskov, CVR [[v:93284089]]) er blevet værre efter udvidelsen. Jeg får [[h:migræneanfald]] flere gange om ugen, og min søn [[n:Lucas Berthelsen]] har fået [[h:astmamedicin]] i år."
"""),
P("[en] finance: make a table of supplier payments, one of them a sole trader", """
Make a table (supplier, CVR, amount, account) and total it:

- Djurs Tømrerservice ApS, CVR 38112647, 24.800 kr, konto 9877 0001182336
- Hanne's Fodpleje v/[[n:Hanne Dyrberg]], CVR [[v:24572277]], 3.450 kr, konto [[b:7244 1097761193]]
- Grenaa Papir A/S, CVR 10493821, 1.219 kr, konto 5301 0000433981
"""),
P("[da] children and family: long e-mail thread between a foster carer and a caseworker – summarise and list agreements", """
Lav et resumé af tråden og en liste over, hvad der er aftalt, og hvem der gør hvad:

Fra: [[n:Lisbeth Vang]] (plejemor) <[[e:lisbethvang@gmail.com]]>
Sendt: 2. oktober 19:12
Hej [[n:Thomas]]. Weekenden med [[n:Emma]] var hård. Efter samvær med sin mor lørdag [[h:græd hun hele natten]] og [[h:tissede i sengen]] igen. Søndag sagde hun, at hun ikke ville hjem til mor mere. Hun [[h:har ondt i maven]] hver gang samvær nærmer sig. Jeg synes, samværet skal være overvåget igen. Kan vi tale om det? Ring gerne efter kl. 16 på [[p:25 71 38 06]].
Kh [[n:Lisbeth]]

Fra: [[n:Thomas Bruun]], socialrådgiver, Børn og Familie
Sendt: 3. oktober 09:30
Hej [[n:Lisbeth]]. Tak for at du skriver så grundigt. Jeg kan godt forstå din bekymring. Jeg har i dag talt med [[n:Stine Hjort]], mor til [[n:Emma Hjort]], som siger, at alt gik fint. Jeg foreslår, at vi holder et møde på fredag med dig, mig og psykologen fra Familiehuset. Indtil da fastholder vi næste samvær, men det bliver overvåget af vores samværskonsulent.
Mvh Thomas, [[p:89 59 27 41]]

Fra: [[n:Lisbeth Vang]]
Sendt: 3. oktober 12:04
Fint, fredag kl. 13 passer. Skal jeg tage hendes [[h:søvndagbog]] med? Hun får stadig [[h:melatonin]] fra børnepsykiatrien.

Fra: [[n:Thomas Bruun]]
Ja tak, tag den med. Vi ses fredag.
"""),
P("[en] elderly care: draft a summary for a discharge conference", """
Draft a structured summary (situation, needs, plan) for the discharge conference on Thursday:

Citizen: [[n:Kaj Bundgaard]], CPR [[c:140431-3262]], [[a:Fjordvej 2, 8961 Allingåbro]].
Admitted 2 weeks ago with [[h:pneumonia]], also [[h:COPD]] and [[h:heart failure]]. Now on [[h:home oxygen 2 l/min]]. He [[h:can walk 10 m with a walker]]. Wife [[n:Inge Bundgaard]] (82) [[h:has dementia herself]] and can't help. Hospital suggests [[h:temporary stay at a rehab place]].
"""),
P("[en] job centre: a long English e-mail from a citizen – summarise and draft a reply", """
Please (a) summarise this in 4 bullet points for my case note and (b) draft a reply in simple English that invites him to a meeting next week.

"Dear Ms. [[n:Lund]],

I hope you are well. I am writing because I am very confused about my situation. My name is [[n:Emmanuel Mensah]], and I came to Denmark from Ghana in 2019 with my wife. I have been working at the slaughterhouse in Grenaa for 3 years, but in August I [[h:cut my left hand badly with a knife]] at work and [[h:two tendons were damaged]]. I had [[h:an operation in Aarhus]] and now I go to [[h:hand therapy]] twice a week. My doctor says I [[h:cannot use the hand for heavy work]] for at least 6 months, maybe never.

My employer called and said they cannot keep me if I cannot go back to the line. I am afraid to lose my residence permit if I lose my job. I also have [[h:problems to sleep]] and I think about it all the time. My wife [[n:Akosua Mensah]] is studying to become a nurse and we have two small children.

I received a letter from you about a 'rehabiliteringsplan' but I do not understand what it means. Can you please explain it to me? Can I get another job at the same company? I want to work.

You can call me on [[p:52 83 10 47]] or write to [[e:emmanuel.mensah.gh@gmail.com]]. My CPR is [[c:310582-1750]].

Thank you very much,
Emmanuel Mensah
[[a:Storegade 51, 2. tv., 8500 Grenaa]]"
"""),
P("[da/en] HR: vaccination overview as a table for the nursing home manager (English instruction)", """
Make a table of flu vaccination status for the staff on unit B (keep the Danish text) and count how many are missing:

[[n:Karen Hald]] – [[h:vaccineret 12/10]]
[[n:Tobias Lind]] – [[h:ikke vaccineret]], [[h:allergi over for æg]]
[[n:Samira Khalil]] – [[h:vaccineret 15/10]]
[[n:Ulla Graversen]] – ønsker ikke
[[n:Henrik Bak]] – [[h:vaccineret via egen læge]]
"""),
P("[da/en] school: English instruction, Danish note about a pupil's eating disorder", """
Please rewrite this note to the school leader in a more factual and less emotional way, still in Danish:

"Jeg er virkelig bekymret for [[n:Sara Juul]] i 9.A. Hun er [[h:blevet helt tynd]], [[h:spiser ingenting i frokostpausen]], og en veninde fortalte at hun [[h:kaster op efter maden]]. Jeg tror hun har [[h:anoreksi]] eller [[h:bulimi]]. Mor [[n:Karin Juul]] svarer ikke på Aula. Vi er nødt til at gøre noget NU."
"""),
P("[da] housing: a tenant's message with a hidden e-mail address – draft an answer", """
Skriv et svar til lejeren om, at skimmelsvampen bliver undersøgt af en ekstern rådgiver i næste uge. Han vil have svar på mail.

"Jeg har skrevet 3 gange nu om svamp i soveværelset i [[a:Kærvej 17, 1. tv., 8500 Grenaa]]. Min datter [[n:Sigrid Holm]] har fået [[h:astmatisk bronkitis]] og [[h:hoster hver nat]]. Svar mig på [[e:rune.holm84 (at) gmail.com]]. [[n:Rune Holm]]"
"""),
P("[en] citizen service: a dotted-date CPR in a pasted message – check and answer", """
Answer this citizen that we need a copy of her passport to correct her birth date, and check if the CPR format she wrote is correct: "My name is [[n:Lucía Fernández]], my CPR is [[c:22.04.60-3823]] but my real birthday is 24 April, not 22. Regards, [[n:Lucía]], [[p:42 17 63 90]]"
"""),
P("[da] disability: short task about a hearing-aid repair", """
Skriv en kort mail til Høreklinikken om, at [[n:Erik Bonde]] ([[c:171058-0290]]) har [[h:høreapparat i højre øre]] der hyler, og at han gerne vil have en tid. Han [[h:kan ikke høre i telefon]], så de skal skrive til ham på [[e:erikbonde@post.tele.dk]].
"""),
P("[en] technical/environment: accessible parking space outside a private home", """
Write a short decision letter in English: we approve a reserved disabled parking space outside [[a:Kirkegade 30, 8500 Grenaa]] for [[n:John Whitfield]], who [[h:has severe COPD]] and [[h:can walk only 20 metres]]. Sign off from the road department.
"""),
P("[da] finance: rewrite a reminder kindly – citizen wrote his account for a refund", """
Omskriv rykkeren, så den lyder venligere, og tilføj, at tilbagebetalingen af det for meget betalte depositum sker til den konto, han har oplyst:

"RYKKER 2. Du skylder 2.150 kr. for skolefritidsordning (marts-april). Betales inden 8 dage, ellers sendes kravet til inddrivelse hos Gældsstyrelsen. Din tilbagebetaling af depositum (4.000 kr.) modregnes." Borger: [[n:Henning Krogsgaard]], konto [[b:9570 13384620]].
"""),
P("[da] children and family: minutes from a child-team meeting with the school nurse", """
Skriv et kort referat fra børneteammødet (neutralt, til journalen):

[[n:Silas Brandt]], 2.B, Ørsted Skole ([[c:190715-5383]] – nej vent, det er en anden dreng; [[n:Silas]] er [[c:301116-9364]]... nej også forkert, jeg finder det bagefter)
- mor fortæller at [[n:Silas]] er [[h:udredt for ADHD]] i maj og har fået [[h:Medikinet 10 mg]] om morgenen
- lærer ser bedre koncentration men [[h:nedsat appetit]] til frokost
- skolesygeplejerske vejer ham om 4 uger
- næste møde: december
"""),
]
