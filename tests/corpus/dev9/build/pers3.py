from lib import P, H, N, A, E, T, CPR, CVR, IB, BA, PC, cpr, cvr, card, iban

c234 = cpr("250944", "0", 600)
c239 = cpr("130676", "2", 900)
c256 = cpr("300183", "3", 150, sep="")
v237 = cvr(41877302)
k238 = card("413730000012345", groups=(4, 4, 4, 4), sep="-")

P("[da] lang mailtråd jobcenter – borger, helbred i citeret tekst",
"""Lav et svar, hvor vi bekræfter mødet og forklarer, hvad en arbejdsprøvning er:

Emne: SV: SV: Opfølgning – Lone Kjærgaard

Hej Lone
Tak for din mail. Jeg foreslår, at vi mødes tirsdag den 8. april kl. 10 i jobcentret. Du er velkommen til at tage en bisidder med.
Venlig hilsen
Rasmus Dyrholm, sagsbehandler, rdy@norddjurs.dk

> Fra: Lone Kjærgaard <lonekjaergaard@live.dk>
> Hej Rasmus
> Jeg har det ikke bedre. Min fibromyalgi gør, at jeg har ondt over det hele, og jeg kan ikke sidde mere end 20 minutter ad gangen. Jeg sover 3-4 timer om natten og er helt udmattet. Min læge har øget min Amitriptylin til 25 mg, men det gør mig bare tung i hovedet. Jeg vil gerne arbejde, men jeg ved ikke hvordan.
> Mvh Lone
> Tlf. 26 33 81 52""",
N("Lone Kjærgaard"), N("Rasmus Dyrholm"), E("rdy@norddjurs.dk"), E("lonekjaergaard@live.dk"), H("fibromyalgi"), H("ondt over det hele"), H("kan ikke sidde mere end 20 minutter"), H("sover 3-4 timer"), H("udmattet"), H("Amitriptylin til 25 mg"), H("tung i hovedet"), T("26 33 81 52"))

P("[en] long incident report: unexplained bruises on named resident",
"""Please help me write a neutral incident report in English for our international staff group and a Danish version for the UTH system:
'On 4 March at 07:30 during morning care, I noticed that Margit Sloth (room 21, Plejecenter Solbakken) had several bruises on both upper arms and one on her left cheek. She has dementia and could not explain what happened. She flinched when I touched her right wrist and said it hurt. The night staff did not record any falls. Margit is on Marevan, so she bruises easily, but the pattern looked like finger marks. I informed the nurse on duty, Kasper Hviid, who examined her and called the GP. An X-ray of the wrist is booked for today. The relatives have been informed by phone. Written by: Ana Moreira.'
The report must not make accusations, only describe facts.""",
N("Margit Sloth"), H("bruises on both upper arms"), H("one on her left cheek"), H("dementia"), H("flinched when I touched her right wrist"), H("it hurt"), H("on Marevan"), H("bruises easily"), N("Kasper Hviid"), H("X-ray of the wrist"), N("Ana Moreira"))

P("[da] kort: øjendråber efter operation",
"Gitte Bay skal have hjælp til øjendråber 3 x dgl. efter sin grå stær-operation, opret besøg",
N("Gitte Bay"), H("øjendråber 3 x dgl."), H("grå stær-operation"))

P("[da] lang journaludskrift med datoer, KOL og ilt",
"""Lav et resumé til lægen ud fra disse journalnotater om Preben Aagaard, Stenvadvej 30, 8586 Ørum Djurs:
02.03 kl. 08.10 – Preben sidder på sengekanten, læbeblå, sat 86 % uden ilt. Ilt øget til 2 l. Sat 91 %.
02.03 kl. 14.30 – Spist halv portion. Hoster sejt, gult slim op. Temp 38,2.
03.03 kl. 07.50 – Har sovet dårligt, bange for at blive kvalt om natten. Har taget ekstra Ventoline 4 gange i nat.
03.03 kl. 11.00 – Egen læge tilset. Opstartet prednisolon 37,5 mg i 5 dage og Doxycyclin. Skal have væskeskema.
04.03 kl. 09.00 – Lidt bedre. Sat 92 % på 2 l. Har været ude af sengen og gået til toilettet med rollator.
Hold det kort og neutralt og skriv, hvad vi ønsker lægen tager stilling til.""",
N("Preben Aagaard"), A("Stenvadvej 30, 8586 Ørum Djurs"), H("læbeblå"), H("sat 86 % uden ilt"), H("Ilt øget til 2 l."), H("Sat 91 %"), H("Hoster sejt, gult slim op"), H("Temp 38,2"), H("bange for at blive kvalt"), H("ekstra Ventoline"), H("prednisolon 37,5 mg"), H("Doxycyclin"), H("væskeskema"), H("Sat 92 %"), H("rollator"))

P("[en] short lowercase: high potassium",
"ask the nurse to call back Peter Ravnholt about his blood test results, potassium was high",
N("Peter Ravnholt"), H("potassium was high"))

P("[da/en] langt tværfagligt referat på blandet sprog om elev med angst",
"""Ret sproget i dette referat og lav det helt på dansk:
'Møde om Ida Marie Skov, 8.c, Grenaa Skole. Deltagere: mor (Helena Skov), klasselærer, skolepsykolog, sundhedsplejerske.
Ida has not been in school for 5 weeks. Hun får ondt i maven og kaster op om morgenen, when she has to leave the house. She has panic attacks in crowded places, også i bussen. Mor fortæller, at Ida har været til egen læge, som har henvist til børne- og ungdomspsykiatrien, ventetid 6 måneder. Ida er begyndt at skære i armene, mor fandt plastre i papirkurven.
Aftaler: gradvis skolestart med 1 time dagligt, fast voksen ved indgangen, ugentlig samtale med skolepsykolog, sundhedsplejersken kontakter egen læge om selvskaden.'""",
N("Ida Marie Skov"), N("Helena Skov"), H("ondt i maven"), H("kaster op om morgenen"), H("panic attacks"), H("børne- og ungdomspsykiatrien"), H("skære i armene"), H("selvskaden"))

P("[da] hjælpemiddelansøgning: trappelift",
"Skriv en ansøgning om trappelift for Søren Hald, Højvangen 17, 8500 Grenaa. Han har KOL og kan ikke gå op ad trappen til soveværelset uden at holde pause tre gange, og han sover nu på sofaen i stuen.",
N("Søren Hald"), A("Højvangen 17, 8500 Grenaa"), H("trappelift"), H("KOL"), H("kan ikke gå op ad trappen"))

P("[en] reply to GP's personal e-mail about a patient",
"Write a short reply to the GP's e-mail (mh@grenaalaegehus.dk): we confirm that Frank Bisgaard has had his blood pressure measured daily this week – morning values between 165/100 and 178/104 – and that he says he has stopped taking his Amlodipin because of swollen ankles.",
E("mh@grenaalaegehus.dk"), N("Frank Bisgaard"), H("165/100 and 178/104"), H("Amlodipin"), H("swollen ankles"))

P("[da] lang forældremail om barn med diabetes i SFO",
"""Lav en kort instruks til SFO-personalet ud fra mailen fra forældrene:
'Hej. Som aftalt sender vi lidt om Viggo Fisker Lund (7 år, 1.b). Viggo har type 1-diabetes og insulinpumpe. Han har en sensor på armen, som viser blodsukkeret på telefonen i hans taske. Hvis blodsukkeret er under 4, skal han have 1 juice og måles igen efter 15 min. Hvis han bliver bleg, svedig eller mærkelig i humøret, er det ofte lavt blodsukker. Over 14 skal I ringe til os. Han må gerne lege som alle andre, men skal spise sin eftermiddagsmad kl. 14. Hvis han besvimer eller ikke kan synke, skal I ringe 112 og give ham glukagon (ligger i køleskabet i personalerummet). Ring til mor, Stine Fisker, på 60 27 91 33 eller far, Kenneth Lund, på 41 95 02 78.'""",
N("Viggo Fisker Lund"), H("type 1-diabetes"), H("insulinpumpe"), H("sensor på armen"), H("lavt blodsukker"), H("glukagon"), N("Stine Fisker"), T("60 27 91 33"), N("Kenneth Lund"), T("41 95 02 78"))

P("[en] psychiatric discharge after suicide attempt",
"Help me write a cross-sector plan: Jonas Brink, 34, lives at Nørregade 44, 8500 Grenaa, is being discharged from Psychiatry Risskov after a suicide attempt with paracetamol. He has a diagnosis of recurrent depression and will start on mirtazapine 30 mg. He needs a contact person from the social psychiatry team within 48 hours.",
N("Jonas Brink"), A("Nørregade 44, 8500 Grenaa"), H("suicide attempt with paracetamol"), H("recurrent depression"), H("mirtazapine 30 mg"))

P("[da] fraværsstatistik Q1 for navngivne medarbejdere",
"""Lav en kort analyse til lederen (uden at nævne årsager i teksten) ud fra tabellen:
Medarbejder;Sygedage Q1;Årsag
Jette Albæk;14;knæoperation
Morten Klit;3;influenza
Sanne Holst;22;stress
Peter Vang;0;–
Jette Albæk og Sanne Holst har haft sygefraværssamtale.""",
N("Jette Albæk"), H("knæoperation"), N("Morten Klit"), H("influenza"), N("Sanne Holst"), H("stress"), N("Peter Vang"), H("sygefraværssamtale"))

P("[en] short non-native: black toe, diabetic",
"Mrs. Poulsen toe is black, I think infection, she is diabetic. can you come before 3?",
N("Mrs. Poulsen"), H("toe is black"), H("infection"), H("diabetic"))

P("[da] bekymring: kaster op efter måltider",
"Hjælp mig med at formulere en samtale med Hannah Friis på 15 år. Hun har fortalt sin kontaktlærer, at hun kaster op efter måltiderne, og veninderne siger, at hun kun spiser et æble om dagen. Hun er tydeligt tyndere end i sommer.",
N("Hannah Friis"), H("kaster op efter måltiderne"), H("kun spiser et æble om dagen"), H("tydeligt tyndere"))

P("[en] long clinical summary with CPR and abbreviations",
f"""Please rewrite this in plain Danish for the relatives, keeping the facts:
Name: Karl Ejvind Holm   CPR: {c234}
Address: Strandvejen 12, 8592 Anholt
PMH: HTN, AF on DOAC (Eliquis 5 mg bid), CKD stage 3, s/p TURP 2018.
PC: 3 days of increasing SOB and bilateral ankle oedema, orthopnoea (sleeps on 3 pillows).
O/E: BP 152/88, HR 112 irreg, SpO2 92 % RA, crackles bibasally. Wt +4 kg in 1 wk.
Plan: furosemide 40 mg IV, then 80 mg PO daily; daily weights; fluid restriction 1.5 L; U&E in 48 h; home nurse to monitor; cardiology OPD referral. Transport from Anholt by ferry must be arranged.""",
N("Karl Ejvind Holm"), CPR(c234), A("Strandvejen 12, 8592 Anholt"), H("HTN"), H("AF"), H("Eliquis 5 mg bid"), H("CKD stage 3"), H("s/p TURP"), H("increasing SOB"), H("bilateral ankle oedema"), H("orthopnoea"), H("BP 152/88"), H("HR 112 irreg"), H("SpO2 92 %"), H("crackles bibasally"), H("Wt +4 kg"), H("furosemide 40 mg IV"), H("80 mg PO daily"), H("fluid restriction 1.5 L"), H("cardiology OPD referral"))

P("[da] kort: tolk til gravid",
"book tolk til Amina Yusuf, hun skal til scanning i uge 20 – gravid med tvillinger",
N("Amina Yusuf"), H("scanning"), H("gravid med tvillinger"))

P("[da] foreningstilskud til kassererens konto, intet helbred",
"Udbetal aktivitetstilskud på 6.500 kr. til Ørum Seniorklub v/ kasserer Henrik Dal, Skolegade 3, 8586 Ørum Djurs, konto reg.nr. 0400 kontonr. 4012345678. Skriv en kvittering til foreningen.",
N("Henrik Dal"), A("Skolegade 3, 8586 Ørum Djurs"), BA("reg.nr. 0400 kontonr. 4012345678"))

P("[da] faktura fra fodklinik, CVR og behandlet borger",
f"Kontroller fakturaen: Fodklinikken Djursland, CVR {v237}, 3 behandlinger á 425 kr. for Gert Olesen, Søndervang 8, 8961 Allingåbro – fodvorter og nedgroet negl. Må vi betale for det under helbredstillæg?",
CVR(v237), N("Gert Olesen"), A("Søndervang 8, 8961 Allingåbro"), H("fodvorter"), H("nedgroet negl"))

P("[en] card payment for library fine, no health",
f"Write a reply to Nina Kragelund (nina.kragelund@gmail.com): we cannot process the card number {k238} she e-mailed for her library fine of DKK 120. She must pay via the self-service page, and she should delete the e-mail.",
N("Nina Kragelund"), E("nina.kragelund@gmail.com"), PC(k238))

P("[da] lang sag om arbejdsevne med CPR",
f"""Skriv et resumé af sagen til rehabiliteringsteamet ud fra mine noter:
Hanne Dyrberg, {c239}. Tidligere kassedame i 22 år. Sygemeldt siden maj 2024.
- Hun har slidgigt i begge knæ og kan kun stå 15 minutter ad gangen.
- Hun fik en blodprop i hjertet i 2021 og bliver hurtigt forpustet.
- Hun har svær overvægt og har været henvist til vægttabsforløb, men udeblev.
- Hun fortæller, at hun er ked af det hele tiden og græder, når hun er alene. Egen læge har foreslået samtaler hos psykolog.
- Arbejdsprøvning i genbrugsbutik: 6 timer om ugen i 4 uger, stoppede efter 2 uger pga. smerter.
- Hun ønsker selv fleksjob og mener ikke, hun kan komme tilbage til kassen.
Resumé max en halv side, neutral tone.""",
N("Hanne Dyrberg"), CPR(c239), H("slidgigt i begge knæ"), H("kan kun stå 15 minutter ad gangen"), H("blodprop i hjertet"), H("hurtigt forpustet"), H("svær overvægt"), H("vægttabsforløb"), H("ked af det hele tiden"), H("græder"), H("samtaler hos psykolog"), H("smerter"))

P("[en] short: methadone pick-up time",
"remind Kasper Lynge that his methadone pick-up moves to 9:30 from monday",
N("Kasper Lynge"), H("methadone"))

P("[da] telegrafisk ny ordination",
"Ny ordination fra egen læge, skriv ind i medicinlisten: Agnes Bülow – seponer Furix, start Burinex 1 mg x 1, Kaliumklorid 750 mg x 2, ktr. væsketal om 1 uge. Obs. kramper i benene.",
N("Agnes Bülow"), H("seponer Furix"), H("Burinex 1 mg x 1"), H("Kaliumklorid 750 mg x 2"), H("ktr. væsketal"), H("kramper i benene"))

P("[en] long e-mail thread with volunteer visitor",
"""Summarise this thread for the volunteer coordinator and suggest whether we should find a new visitor:

From: Birthe Engholm <b.engholm@privat.dk>
Subject: Re: visits to Aksel

Hi Louise, I'm sorry to say I can't continue after the summer. I have enjoyed the visits, but Aksel Brøndum has become harder to talk to. His hearing is much worse, and he does not wear the hearing aids because they whistle. He also repeats the same stories many times during one visit, and last time he didn't recognise me at first.

> From: Louise Brandt
> Dear Birthe, thank you for visiting Aksel every Wednesday. His daughter says he looks forward to it all week. How are things going?

He still loves to talk about the fishing boats in Grenaa harbour, so a new visitor with that interest would be ideal. He is very lonely since his wife died.
Best, Birthe""",
N("Birthe Engholm"), E("b.engholm@privat.dk"), N("Aksel Brøndum"), H("hearing is much worse"), H("hearing aids"), H("repeats the same stories"), H("didn't recognise me"), N("Louise Brandt"), H("very lonely"))

P("[da] kort: kemo om tirsdagen",
"find et nyt tidspunkt til Lis Vestergård, hun er til kemo om tirsdagen",
N("Lis Vestergård"), H("kemo"))

P("[da] lang PPR-uddrag om udviklingshæmning og stammen",
"""Lav en kort, forældrevenlig opsummering af dette uddrag fra PPR's udtalelse:
'Elias Bundgaard (f. 2016), 2. klasse, Vivild Skole. Testningen viser en generel kognitiv funktion svarende til let udviklingshæmning. Elias har et begrænset ordforråd og stammer, især når han er presset. Han har svært ved at forstå beskeder med flere led og har brug for visuel støtte. Motorisk er han klodset og har svært ved at holde blyanten. Han har epilepsi, velbehandlet med Orfiril, og har ikke haft anfald i et år. Elias er glad for at gå i skole og har en god ven i klassen. PPR anbefaler, at Elias visiteres til en specialklasse fra næste skoleår, og at der iværksættes ergoterapi.'
Forældrene hedder Mona og Jesper Bundgaard, og de er bekymrede for skoleskiftet.""",
N("Elias Bundgaard"), H("let udviklingshæmning"), H("stammer"), H("svært ved at forstå beskeder med flere led"), H("klodset"), H("epilepsi"), H("Orfiril"), H("anfald"), H("ergoterapi"), N("Jesper Bundgaard"))

P("[en] guide dog and address for meeting",
"Please add this to the participant list for the citizens' panel on 3 June: Tove Brandsholm, Mølleparken 3, 8963 Auning, phone 86 48 33 91. She is blind and comes with her guide dog, so reserve a seat near the door.",
N("Tove Brandsholm"), A("Mølleparken 3, 8963 Auning"), T("86 48 33 91"), H("blind"), H("guide dog"))

P("[da/en] oversæt plan for borger med afasi",
"Translate to Danish for the home care team: 'Nils Bager, 67, had a stroke in January (left side weakness), has aphasia and understands more than he can say. Needs help with dressing and with cutting food. Use yes/no questions.'",
N("Nils Bager"), H("stroke"), H("left side weakness"), H("aphasia"), H("help with dressing"), H("cutting food"))

P("[da] pårørende om bipolar mor",
"Skriv et svar til Jakob Lindvig, der spørger om hjælp til sin mor Ruth Lindvig i Glesborg. Hun har bipolar lidelse, er i en manisk periode, har ikke sovet i flere døgn og har brugt 40.000 kr. på nettet. Han kan kontaktes på jakob.lindvig@outlook.com.",
N("Jakob Lindvig"), N("Ruth Lindvig"), H("bipolar lidelse"), H("manisk periode"), H("ikke sovet i flere døgn"), E("jakob.lindvig@outlook.com"))

P("[en] long jobcentre note: refugee with PTSD",
"""Please make this note shorter and more structured for the job plan:
'Yonas Tesfaye, 29, from Eritrea, lives at Gymnasievej 5, st. tv., 8500 Grenaa. He came to Denmark in 2021. He has PTSD after detention and torture in Libya, with nightmares most nights, flashbacks when he hears loud voices, and he startles easily. He has scars on his back and pain in his left shoulder, which limits lifting. He is in treatment at the Clinic for Trauma and Torture Survivors in Aarhus every second week and takes sertraline and prazosin. He is motivated for work and has done well in the Danish course (module 3.2). He would like to work with gardening. He cannot work night shifts because of the sleep problems.'""",
N("Yonas Tesfaye"), A("Gymnasievej 5, st. tv., 8500 Grenaa"), H("PTSD"), H("nightmares"), H("flashbacks"), H("startles easily"), H("scars on his back"), H("pain in his left shoulder"), H("Clinic for Trauma and Torture Survivors"), H("sertraline"), H("prazosin"), H("sleep problems"))

P("[da] dagtilbud: semikolonliste med allergier og medicin",
"""Lav et skilt til køkkenet i Børnehuset Havtornen ud fra listen:
Barn;Gruppe;Bemærkning
Ellie Busk;Sommerfugle;mælkeallergi
Theo Kamp;Sommerfugle;astmamedicin før tur
Nora Vind;Mariehøns;ingen
Otto Brix;Mariehøns;jordnøddeallergi – EpiPen i taske""",
N("Ellie Busk"), H("mælkeallergi"), N("Theo Kamp"), H("astmamedicin"), N("Nora Vind"), N("Otto Brix"), H("jordnøddeallergi"), H("EpiPen"))

P("[da] kort lowercase: krampeanfald og bilkørsel",
"hvordan skriver jeg til bo lindberg at han ikke må køre bil efter sit krampeanfald",
N("bo lindberg"), H("krampeanfald"))

P("[en] short: COPD leaflet and new inhaler",
"Send Ingrid Laursen the leaflet about living with COPD and instructions for her new inhaler Trimbow",
N("Ingrid Laursen"), H("COPD"), H("Trimbow"))

P("[da] lang sygeplejenotat om åndenød og angst",
"""Omskriv dette sygeplejenotat, så det er mere præcist og fagligt, og lav en plan for de næste tre døgn:
'Var hos Kirsten Dalsgaard på Højgårdsvej 4 i Hemmed kl. 20. Kirsten var meget utryg og sagde, at hun var bange for at dø, fordi hun ikke kunne få luft. Hun havde trykket på nødkaldet fire gange siden kl. 17. Saturationen var 90 % på hendes 1 liter ilt, det er som den plejer. Hun trak vejret hurtigt og overfladisk, og hænderne rystede. Vi lavede vejrtrækningsøvelser sammen, og efter ti minutter faldt hun til ro. Hun har Oxapax 15 mg som PN, som hun fik. Hun siger, at hun er ensom om aftenen, og at det værste er, når det bliver mørkt. Datteren er på ferie. Vi aftalte et ekstra tilsyn kl. 22, og at jeg ringer til egen læge i morgen om angstdæmpende behandling.'""",
N("Kirsten Dalsgaard"), A("Højgårdsvej 4"), H("bange for at dø"), H("ikke kunne få luft"), H("nødkaldet"), H("Saturationen var 90 %"), H("1 liter ilt"), H("trak vejret hurtigt og overfladisk"), H("hænderne rystede"), H("Oxapax 15 mg som PN"), H("ensom"), H("ekstra tilsyn"), H("angstdæmpende behandling"))

P("[da] navngiven medarbejder melder sig syg – kontrast til egen-helbred",
"""Lav et svar på denne mail, hvor jeg ønsker god bedring og fortæller, at vagten er dækket:
'Fra: Mia Rask <mra@norddjurs.dk>
Hej Lene, jeg er syg i dag, har feber og ondt i halsen, så jeg kan ikke tage aftenvagten. Jeg melder mig rask, så snart jeg kan. Mia'""",
N("Mia Rask"), E("mra@norddjurs.dk"), H("syg i dag"), H("feber"), H("ondt i halsen"))

P("[en] work injury, crushed finger",
"Draft the work injury report in English first: Marek Nowicki, gardener at Park og Vej, crushed his right index finger in the trailer hitch on 12 May. Fracture confirmed on X-ray at Randers, splint for 4 weeks, off work 2 weeks.",
N("Marek Nowicki"), H("crushed his right index finger"), H("Fracture confirmed on X-ray"), H("splint for 4 weeks"), H("off work 2 weeks"))

P("[da] spastisk lammelse og hjælpemidler",
"Skriv en bevilling af et nyt ståstativ og en tilpasset cykel til Johan Bertelsen, 11 år, Rugmarken 9, 8570 Trustrup. Johan har cerebral parese (spastisk lammelse i benene) og er vokset ud af sit gamle ståstativ.",
H("ståstativ"), H("tilpasset cykel"), N("Johan Bertelsen"), A("Rugmarken 9, 8570 Trustrup"), H("cerebral parese"), H("spastisk lammelse i benene"))

P("[da] sygedagpengeopfølgning med CPR uden bindestreg",
f"Lav en indkaldelse til opfølgningssamtale til Claus Mørk, CPR {c256}. Han er sygemeldt efter et piskesmæld og har stadig hovedpine hver dag og svimmelhed, når han drejer hovedet. Samtalen kan foregå telefonisk.",
N("Claus Mørk"), CPR(c256), H("piskesmæld"), H("hovedpine hver dag"), H("svimmelhed"))

P("[en] table of hospital appointments, departments reveal health",
"""Put these hospital appointments into a calendar list for the driver:
Mon 09:00 – Jens Kold – Regionshospitalet Randers, Kardiologisk ambulatorium
Tue 13:30 – Ulla Bech – Aarhus Universitetshospital, Kræftafdelingen
Thu 10:15 – Knud Ravn – Randers, Øjenambulatoriet (grå stær)""",
N("Jens Kold"), H("Kardiologisk ambulatorium"), N("Ulla Bech"), H("Kræftafdelingen"), N("Knud Ravn"), H("Øjenambulatoriet"), H("grå stær"))

P("[da] kort: plejeseng leveret",
"Kurt Dahlgaard fra Gjerrild har fået ny plejeseng, bestil afhentning af den gamle",
N("Kurt Dahlgaard"), H("plejeseng"))

P("[da] ergoterapi: specialbestik pga. gigt",
"Skriv et kort notat: Tove Brandt spiser nu selv med specialbestik og tallerken med kant, fordi hendes leddegigt gør hænderne stive og hævede om morgenen. Hun ønsker ikke hjælp til at smøre mad.",
N("Tove Brandt"), H("specialbestik"), H("tallerken med kant"), H("leddegigt"), H("hænderne stive og hævede"))

P("[en] long: parent's e-mail about daughter with anorexia",
"""Please help me reply kindly and explain what the municipality can offer while they wait for the hospital:
'Hello, my name is Rachel Høyer and I live in Fjellerup with my Danish husband and our daughter Maya Høyer, who is 14. Maya has been diagnosed with anorexia nervosa by the children's psychiatry in Aarhus and is on a waiting list for outpatient treatment. She now weighs 39 kg, she is cold all the time, she exercises for hours in her room, and she has not had her period for four months. She refuses to eat with us and hides food in her room. The doctors say she must be admitted if she loses more weight. My husband and I take turns staying home from work, and we are exhausted. Her school does not know what to do. Is there any support for families like ours? You can call me on 42 18 60 75. Thank you, Rachel'""",
N("Rachel Høyer"), N("Maya Høyer"), H("anorexia nervosa"), H("children's psychiatry"), H("weighs 39 kg"), H("cold all the time"), H("exercises for hours"), H("not had her period for four months"), H("refuses to eat"), H("hides food"), T("42 18 60 75"))

P("[da] tandpleje: bideskinne",
"Skriv til forældrene til Mads Holmsted, 12 år, at tandplejen anbefaler en bideskinne, fordi han skærer tænder om natten, og at de skal booke tid til aftryk.",
N("Mads Holmsted"), H("bideskinne"), H("skærer tænder om natten"))

P("[da] SMS-log fra pårørende, navngiven ægtefælle",
"Lav en hændelsesrapport ud fra sms'en: 'SMS fra 30 12 45 67 (Connie Ravnsbæk) kl. 02.14: kan i komme, Erik Ravnsbæk er faldet ude på toilettet og kan ikke rejse sig, han bløder fra albuen'. Nattevagten var der kl. 02.40.",
T("30 12 45 67"), N("Connie Ravnsbæk"), N("Erik Ravnsbæk"), H("faldet ude på toilettet"), H("kan ikke rejse sig"), H("bløder fra albuen"))

P("[en] long English team meeting minutes with several residents",
"""Clean up these minutes from the team meeting on Ward B and make an action list:
1. Lilly Mortensen: weight down 3 kg this month, refuses dinner. Dietitian to see her; offer small meals and energy drinks. Check for sore mouth – dentures may be loose.
2. Georg Friis: increasingly agitated in the afternoons, shouting at other residents. Dementia nurse to observe; consider pain as cause (hip arthritis).
3. Karen Bloch: new catheter since hospital stay; UTI twice since. Discuss with GP whether it can be removed.
4. Staff: new night nurse starts Monday; induction by Camilla.
5. Next meeting 14 April.""",
N("Lilly Mortensen"), H("weight down 3 kg"), H("refuses dinner"), H("energy drinks"), H("sore mouth"), H("dentures"), N("Georg Friis"), H("agitated"), H("shouting at other residents"), H("hip arthritis"), N("Karen Bloch"), H("catheter"), H("hospital stay"), H("UTI twice"))

P("[da] refusion af udstyr til insulinpumpe, kontonummer",
"Skriv en kvittering: Vagn Brixtofte får refunderet 1.240 kr. for forbrugsstoffer til sin insulinpumpe, som han selv har lagt ud for. Beløbet overføres til reg.nr. 6695 kontonr. 2003456789 inden for 5 bankdage.",
N("Vagn Brixtofte"), H("forbrugsstoffer til sin insulinpumpe"), BA("reg.nr. 6695 kontonr. 2003456789"))

P("[da] kort: PN-ordination",
"Ruth Sandahl har fået PN-ordination på Oxapax 15 mg, tilføj til FMK og giv besked til aftenvagten",
N("Ruth Sandahl"), H("PN-ordination på Oxapax 15 mg"))

P("[en] long physiotherapist's summary after knee replacement",
"""Please turn my notes into a short discharge summary from municipal rehab to the GP:
Patient: Hans-Henrik Overby, Engtoften 22, 8950 Ørsted. Total knee replacement right, operated 10 January at Aarhus. Started municipal rehab 20 January, 2 sessions weekly for 8 weeks.
Start: walked with 2 crutches, knee flexion 75°, extension -10°, pain 6/10 during exercise, swelling ++.
End: walks without aids indoors, 1 crutch outdoors for longer walks, flexion 110°, extension -2°, pain 2/10. Can climb stairs with rail. Still some night pain, uses paracetamol 1 g as needed.
Goals reached except cycling, which he will continue at home. Recommend follow-up if swelling increases.""",
N("Hans-Henrik Overby"), A("Engtoften 22, 8950 Ørsted"), H("Total knee replacement right"), H("municipal rehab"), H("2 crutches"), H("knee flexion 75°"), H("pain 6/10"), H("swelling ++"), H("1 crutch outdoors"), H("pain 2/10"), H("night pain"), H("paracetamol 1 g as needed"))

P("[da] gravid medarbejder, nakkefoldsscanning",
"Skriv en besked til vagtplanlæggeren om, at Trine Holt skal til nakkefoldsscanning fredag og derfor først møder kl. 11. Ingen grund til at nævne det i teamet endnu.",
N("Trine Holt"), H("nakkefoldsscanning"))

P("[da] lang samtale om selektiv mutisme",
"""Skriv et referat af min samtale med faren til Alberte Vinding fra Mariehønsestuen:
Far (Anders Vinding) fortæller, at Alberte taler meget derhjemme, men at hun ikke siger noget i børnehaven, heller ikke til sin bedste veninde. Han tror, hun er genert. Vi har i personalegruppen observeret, at hun stivner, når en voksen spørger hende om noget, og at hun holder sig for ørerne i samling. Hun tisser ofte i bukserne, fordi hun ikke vil bede om at gå på toilettet. Sundhedsplejersken har nævnt, at det kan være selektiv mutisme. Far er indforstået med, at vi kontakter PPR, og han vil selv tale med egen læge om hendes ører, da hun også har haft mange mellemørebetændelser og fik dræn sidste år. Næste møde om 4 uger.""",
N("Alberte Vinding"), N("Anders Vinding"), H("ikke siger noget i børnehaven"), H("stivner"), H("holder sig for ørerne"), H("tisser ofte i bukserne"), H("selektiv mutisme"), H("mellemørebetændelser"), H("dræn"))

P("[en] radiotherapy and transport",
"Write to Lars Winding confirming that we have arranged transport to his radiotherapy for prostate cancer in Aarhus every weekday for 5 weeks, pick-up at 7:00 from Kærvej 11, 8585 Glesborg.",
N("Lars Winding"), H("radiotherapy"), H("prostate cancer"), A("Kærvej 11, 8585 Glesborg"))

P("[da] medarbejdermail med initialer og borgers helbred",
"""Lav et kort svar til kollegaen:
'Fra: ahj@norddjurs.dk
Emne: Jørgen Lassen

Hej, kan du tage besøget hos Jørgen Lassen i morgen? Han har fået en blærebetændelse og skal have tjekket urinen, og han er blevet mere usikker på benene. Jeg er på kursus. /Anne'""",
E("ahj@norddjurs.dk"), N("Jørgen Lassen"), H("blærebetændelse"), H("tjekket urinen"), H("usikker på benene"))

P("[da] lang mail med misbrug i emnelinjen",
"""Kan du hjælpe mig med at svare på denne mail uden at love for meget?

Emne: Min bror Allan Thorup – alkohol

Hej
Jeg skriver om min bror Allan Thorup, som bor på Stationsvej 18, 8963 Auning. Han har drukket i mange år, men det er blevet meget værre, siden han mistede sit arbejde i efteråret. Han drikker fra morgenstunden, og når jeg kommer, ryster han på hænderne, indtil han har fået den første øl. Han er faldet flere gange og har haft et stort sår i panden. Han spiser næsten ikke og er blevet gul i øjnene. Han vil ikke til lægen. Jeg er bange for, at han dør alene derhjemme. Kan I sende nogen ud til ham? Han har givet mig lov til at skrive til jer.

Venlig hilsen
Dorthe Thorup
Mobil: 22 60 14 88""",
N("Allan Thorup"), H("alkohol"), A("Stationsvej 18, 8963 Auning"), H("drikker fra morgenstunden"), H("ryster han på hænderne"), H("faldet flere gange"), H("sår i panden"), H("spiser næsten ikke"), H("gul i øjnene"), N("Dorthe Thorup"), T("22 60 14 88"))

P("[en] short: wheelchair user at meeting",
"add to the list: Sven Aagaard – wheelchair user, needs step-free entrance at the meeting on 5 June",
N("Sven Aagaard"), H("wheelchair user"))
