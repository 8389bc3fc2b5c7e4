from lib import P, H, N, A, E, T, CPR, CVR, IB, BA, PC, cpr, cvr, card, iban

c185 = cpr("170562", "3", 10)
c200a = cpr("020788", "1", 700)
c200b = cpr("291095", "3", 20)
c200c = cpr("110479", "2", 500)
c207 = cpr("030225", "6", 100, valid=False)
ba186 = "reg. 1551 konto 3456789012"
k187 = card("542512345678901")
dk213 = iban("DK", "76000001234321", spaced=True)
pl220 = iban("PL", "109024020000000612345678", spaced=False)

P("[da] lang mail fra lærer til PPR, helbred midt i teksten, medarbejders direkte nummer",
"""Kan du gøre denne mail kortere og mere saglig, før jeg sender den?

Kære PPR

Jeg skriver angående Silas Nørgaard Holm i 4.a på Vestre Skole. Silas er en glad dreng med mange venner, og han er god til matematik og idræt.

Siden efteråret har vi dog oplevet, at han har svært ved at sidde stille i mere end få minutter, afbryder hele tiden og bliver meget vred, når han skal skifte aktivitet. Han har to gange kastet med stole. Forældrene fortæller, at han sover dårligt og har fået konstateret astma i januar, men at de ikke tror, det hænger sammen.

Vi har prøvet med fast plads, visuelt skema og pauser, men uden varig effekt. Vi vil gerne have en observation og en drøftelse af, om der bør udredes for ADHD.

Forældrene er informeret og har givet samtykke.

Venlig hilsen
Marianne Toft
Lærer, Vestre Skole
Direkte 89 59 47 21""",
N("Silas Nørgaard Holm"), H("svært ved at sidde stille"), H("bliver meget vred"), H("sover dårligt"), H("astma"), H("ADHD"), N("Marianne Toft"), T("89 59 47 21"))

P("[en] week of English care notes with dates",
"""Please write a weekly summary for the GP from these care notes about Gunnar Lind, Ahornvej 7, 8963 Auning:
Mon: very tired, stayed in bed until noon, ate half a sandwich.
Tue: coughing a lot, green sputum, temp 38.1.
Wed: GP called, started on penicillin 1 MIE x 4. Refused shower.
Thu: more alert, sat in chair 2 hrs, temp 37.4. Complained of burning when passing urine.
Fri: urine dipstick positive for leukocytes, GP informed. Drinking better, approx. 1.2 L.
Sat: fell on way to bathroom at night, small skin tear on right forearm, dressed with Mepitel.
Sun: calm day, walked to the kitchen with rollator, daughter visited.
Keep it factual and mention what we need the GP to decide.""",
N("Gunnar Lind"), A("Ahornvej 7, 8963 Auning"), H("very tired"), H("coughing a lot"), H("green sputum"), H("temp 38.1"), H("penicillin 1 MIE x 4"), H("burning when passing urine"), H("urine dipstick positive for leukocytes"), H("fell on way to bathroom"), H("skin tear on right forearm"), H("Mepitel"), H("rollator"))

P("[da] kort: ny dosis Lyrica",
"husk at Søren Kvist har fået ny dosis Lyrica 75 mg x 2 fra i dag, ret medicinlisten",
N("Søren Kvist"), H("Lyrica 75 mg x 2"))

P("[da] lang funktionsvurdering i hverdagssprog",
"""Hjælp mig med at skrive en funktionsvurdering ud fra mine noter fra besøget hos Ejner Holst, Ebeltoftvej 88, 8500 Grenaa:
Ejner er 91 år og bor i stueetagen. Han kan selv gå med stok inde, men ude bruger han rollator og tør ikke gå længere end til postkassen. Han ser meget dårligt pga. grøn stær og kan ikke læse sin post. Han kan ikke selv komme i og ud af badet, og han har svært ved at knappe skjorten, fordi fingrene er stive. Han er tydeligt mere glemsom end ved sidste besøg og spurgte tre gange, hvilken dag det var. Han får mad fra madservice, men hele portioner står i køleskabet. Han vil gerne blive boende og siger, at han ikke vil være til besvær. Nevøen Per Holst kommer hver søndag og har lovet at hjælpe med indkøb. Vurderingen skal ende med et forslag til indsatser efter serviceloven.""",
N("Ejner Holst"), A("Ebeltoftvej 88, 8500 Grenaa"), H("stok"), H("rollator"), H("ser meget dårligt"), H("grøn stær"), H("kan ikke selv komme i og ud af badet"), H("fingrene er stive"), H("mere glemsom"), H("madservice"), N("Per Holst"))

P("[en] short: ECT follow-up reminder",
"write a reminder to Tina Holmberg that her follow-up after the ECT treatment is on thursday in Risskov",
N("Tina Holmberg"), H("ECT treatment"))

P("[da/en] Teams-chat mellem kolleger, blandet sprog",
"""Lav et kort referat af denne Teams-chat til journalen:
[08:12] Louise Brandt: Hej, kan nogen tage Jørn Søgaard i dag? Han havde en hypo i morges, BS 2,8
[08:14] Rosa Dela Cruz: I can go at 10. Did he eat after?
[08:15] Louise Brandt: Ja, juice og franskbrød, BS 6,1 kl. 8.40. Husk at han er ny på Tresiba
[08:16] Rosa Dela Cruz: ok, I check BS again and call the nurse if under 4""",
N("Louise Brandt"), N("Jørn Søgaard"), H("hypo"), H("BS 2,8"), N("Rosa Dela Cruz"), H("BS 6,1"), H("Tresiba"))

P("[da] dispenseringsliste for flere beboere",
"""Lav en tjekliste til ugens dosisdispensering ud fra dette udtræk:
Beboer;Stue;Præparat;Dosis
Aase Kirk;2;Eliquis;5 mg x 2
Aase Kirk;2;Bisoprolol;2,5 mg morgen
Frede Winther;5;Madopar;125 mg x 4
Frede Winther;5;Quetiapin;25 mg nat
Inga Lykke;8;Alendronat;70 mg ugentlig (mandag)""",
N("Aase Kirk"), H("Eliquis"), H("5 mg x 2"), H("Bisoprolol"), H("2,5 mg morgen"), N("Frede Winther"), H("Madopar"), H("125 mg x 4"), H("Quetiapin"), H("25 mg nat"), N("Inga Lykke"), H("Alendronat"), H("70 mg ugentlig"))

P("[en] long: expat parent writes about son with autism",
"""Help me answer this e-mail politely and explain the Danish system:

'Dear Sir or Madam,
My name is Claire Whitfield and we moved to Bønnerup Strand from Manchester in August. Our son, Oliver Whitfield, is 9 and attends the local school in 3rd grade. Oliver was diagnosed with autism spectrum disorder in the UK when he was 5 and also has a sensory processing difficulty. In England he had a teaching assistant for 15 hours a week and an EHCP. Here he has no extra support, and he has started to refuse going to school. He has meltdowns every morning, bites his sleeve until it is wet, and last week he scratched his arms until they bled. We are desperate. Can we get an assessment, and do you accept the UK reports, or do they need to be translated? I can be reached on +44 7700 900 461 or claire.whitfield@btinternet.com.
Kind regards, Claire'""",
N("Claire Whitfield"), N("Oliver Whitfield"), H("autism spectrum disorder"), H("sensory processing difficulty"), H("teaching assistant for 15 hours a week"), H("meltdowns"), H("bites his sleeve"), H("scratched his arms until they bled"), T("+44 7700 900 461"), E("claire.whitfield@btinternet.com"))

P("[da] lang underretning om navngivne forældres misbrug",
"""Skriv denne underretning om, så den er klar og saglig:
'Vi er i dagplejen bekymrede for Ella Kofoed (2 år), der bor med sin mor Maja Kofoed og hendes kæreste Dennis Aagaard på Lindevej 19, 8586 Ørum Djurs. Ella kommer flere dage i træk i samme tøj og med fyldt ble. Mor har to gange hentet Ella, hvor hun talte sløret og lugtede af alkohol, og i tirsdags faldt hun på trappen med Ella på armen. Dennis har selv fortalt dagplejeren, at han "ryger lidt for at kunne sove". Ella har blå mærker på overarmen, som mor forklarer med, at hun faldt på legepladsen. Ella spiser meget, når hun kommer, og virker sulten. Vi har ikke talt med forældrene om underretningen endnu.'""",
N("Ella Kofoed"), N("Maja Kofoed"), N("Dennis Aagaard"), A("Lindevej 19, 8586 Ørum Djurs"), H("talte sløret"), H("lugtede af alkohol"), H("ryger lidt for at kunne sove"), H("blå mærker på overarmen"))

P("[da] søster skriver om navngiven bror med skizofreni",
"Svar på denne mail: 'Jeg er søster til Morten Ravn, som bor i bostøtteboligen på Nørrebrogade i Grenaa. Han har skizofreni og har ikke taget sin Leponex i to uger. Han ringer til mig om natten og er bange for, at nogen vil slå ham ihjel. Hvad kan I gøre? Mvh Pernille Ravn, 29 64 11 08'",
N("Morten Ravn"), H("skizofreni"), H("Leponex"), H("bange for, at nogen vil slå ham ihjel"), N("Pernille Ravn"), T("29 64 11 08"))

P("[en] staff rota with light-duty note",
"""Fix the formatting of this rota for week 12 and keep the notes:
Mon: Helle Sønderby (day), Ricardo Santos (evening – light duties only, back injury)
Tue: Kamilla Ørum (day), Ricardo Santos (evening)
Wed: Helle Sønderby (day – leaves 13:00 for chemo), Jakob Fuglsang (evening)""",
N("Helle Sønderby"), N("Ricardo Santos"), H("light duties only"), H("back injury"), N("Kamilla Ørum"), H("chemo"), N("Jakob Fuglsang"))

P("[da] kort: narkose til tandbehandling",
"Frida Bjerre 8 år skal have narkose til tandbehandling pga tandlægeskræk, skriv indkaldelse til forældrene",
N("Frida Bjerre"), H("narkose"), H("tandlægeskræk"))

P("[da] lang ansøgning om aflastning, navngivet ægtepar",
"""Hjælp mig med at skrive en ansøgning om aflastning på vegne af en borger. Her er hendes egne ord fra telefonen:
'Jeg hedder Anna-Lise Krogsgaard og bor på Fasanvej 21, 8950 Ørsted, med min mand Knud Krogsgaard. Knud har haft Parkinson i 11 år, og det er blevet meget værre det sidste halve år. Han fryser fast i døråbningerne, falder næsten hver uge og kan ikke selv vende sig i sengen om natten. Han har også fået hallucinationer – han ser børn i stuen. Jeg står op tre-fire gange hver nat for at hjælpe ham på toilettet. Jeg er selv 79 og har en dårlig ryg, og jeg fik en ny hofte sidste år. Jeg elsker ham, men jeg kan ikke mere. Vores datter bor i København. Vi vil gerne have, at Knud kan komme på aflastning et par uger, så jeg kan hvile mig.'
Ansøgningen skal være saglig og pege på behovet for både aflastning og natlig hjælp.""",
N("Anna-Lise Krogsgaard"), A("Fasanvej 21, 8950 Ørsted"), N("Knud Krogsgaard"), H("Parkinson"), H("fryser fast i døråbningerne"), H("falder næsten hver uge"), H("kan ikke selv vende sig i sengen"), H("hallucinationer"), H("hjælpe ham på toilettet"), H("dårlig ryg"), H("ny hofte"), H("aflastning"))

P("[en] non-native care note: cellulitis signs",
"Hi nurse, Mr. Olsen in Lyngby his legs is very red and hot and he have fever 38,9 since morning. He say it hurt when I touch. I put the legs up. Should I call doctor or you come?",
N("Mr. Olsen"), H("legs is very red and hot"), H("fever 38,9"), H("it hurt when I touch"))

P("[da] Fwd: fra læge med CPR, status efter operation",
f"""Fwd: Vedr. {c185} – Bent Hvid

Kan du lave en kort plan for hjemmeplejen ud fra lægens mail herunder?

----- Videresendt -----
Fra: Lægerne Torvet, Grenaa
Til: hjemmesygeplejen@norddjurs.dk
Emne: Vedr. {c185} – Bent Hvid

Bent er opereret for tyktarmskræft og har fået anlagt stomi. Han skal have hjælp til stomipleje de første 3 uger og tjek af sår på maven dagligt. Han er i Morfin depot 10 mg x 2 og Movicol x 1. Ring ved feber over 38.""",
CPR(c185), N("Bent Hvid"), H("opereret for tyktarmskræft"), H("anlagt stomi"), H("hjælp til stomipleje"), H("sår på maven"), H("Morfin depot 10 mg x 2"), H("Movicol x 1"))

P("[da] sygedagpenge til konto efter hjerteoperation",
f"Skriv et brev til Jesper Fogh om, at hans sygedagpenge fremover udbetales til {ba186} i stedet for NemKonto, som han har bedt om. Han er fortsat sygemeldt efter hjerteoperationen i januar, og næste opfølgning er 4. april.",
N("Jesper Fogh"), BA(ba186), H("sygemeldt"), H("hjerteoperationen"))

P("[en] card payment for private physio for named person",
f"Can you write a receipt text: Hannah Lübeck paid DKK 650 for 2 sessions of physiotherapy for her frozen shoulder at the Auning health centre, card {k187}, exp 11/26. Only show the last 4 digits on the receipt.",
N("Hannah Lübeck"), H("physiotherapy"), H("frozen shoulder"), PC(k187))

P("[da] lang mødereferat med gravid borger i misbrugsbehandling",
"""Skriv et referat fra koordinerende mødet i dag ud fra mine stikord:
- deltagere: familierådgiver, jordemoder, rusmiddelbehandler, Sara Lindholm (borger)
- Sara er gravid i uge 22, termin 14. juli
- har røget hash dagligt indtil uge 16, nu reduceret til weekender
- i metadonbehandling, 60 mg dagligt, stabilt
- bor på Bredgade 40, 1. th., 8500 Grenaa, med kæresten Mikkel Bang, som også har et forbrug
- jordemoder bekymret for lav vægtøgning og at Sara har udeblevet fra to scanninger
- plan: ugentlige samtaler, urinprøver hver 14. dag, forberedelse til familieafdeling på Skejby efter fødslen
- næste møde 2. maj""",
N("Sara Lindholm"), H("gravid i uge 22"), H("termin 14. juli"), H("røget hash dagligt"), H("metadonbehandling"), H("60 mg dagligt"), A("Bredgade 40, 1. th., 8500 Grenaa"), N("Mikkel Bang"), H("også har et forbrug"), H("lav vægtøgning"), H("urinprøver hver 14. dag"))

P("[en] wound care shorthand",
"Tidy up: Pt Gunnar Sejer, venous leg ulcer R lower leg 4x3 cm, exudate ++, compression bandage applied, pain 3/10, review 3/7. Pt asks for more time between visits.",
N("Gunnar Sejer"), H("venous leg ulcer R lower leg"), H("exudate ++"), H("compression bandage"), H("pain 3/10"))

P("[da] kort: førtidspension og sklerose",
"Bodil Riis har fået tilkendt førtidspension pga sklerose, skriv et kort afslutningsnotat",
N("Bodil Riis"), H("sklerose"))

P("[da] tabel i dagplejen med fravær og sygdom",
"""Lav en opsummering til forældrebestyrelsen uden navne ud fra tabellen:
Barn | Fravær uge 10 | Årsag
Anton Bech | 2 dage | feber
Luna Høj | 4 dage | øjenbetændelse
Karla Skov | 1 dag | ferie
Elias Damgaard | 3 dage | feber, lungebetændelse""",
N("Anton Bech"), H("feber"), N("Luna Høj"), H("øjenbetændelse"), N("Karla Skov"), N("Elias Damgaard"), H("lungebetændelse"))

P("[en] daycare incident report: head injury",
"Write an incident report: today at 10:40 Storm Lauritsen (4) fell from the climbing frame at Børnehuset Kastanjen and hit his head. He got a bump on the forehead, vomited once at 11:15 and was picked up by his father Jacob Lauritsen, who took him to the emergency department.",
N("Storm Lauritsen"), H("hit his head"), H("bump on the forehead"), H("vomited once"), N("Jacob Lauritsen"), H("emergency department"))

P("[da] kort lowercase: afslag på el-kørestol",
"lav et brev til allan grove om at hans ansøgning om el-kørestol er afslået og hvordan han klager",
N("allan grove"), H("el-kørestol"))

P("[da/en] filippinsk sygeplejerskes overlevering, blandet",
"Please make this handover correct Danish: 'Gerda Lundgaard room 14 – she vomit 2 times this afternoon, not drinking, mouth dry. Vi har givet hende Zofran 4 mg kl. 16. Blood sugar normal. Tjek hende igen kl. 22, hvis hun kaster op igen, ring vagtlægen.'",
N("Gerda Lundgaard"), H("vomit 2 times"), H("not drinking"), H("mouth dry"), H("Zofran 4 mg"), H("kaster op"))

P("[da] forældrebesked om lus med navn",
"Skriv en generel besked til forældrene i 2.a om at tjekke børnenes hår i weekenden, og en separat besked til forældrene til Lærke Winther om, at hun har lus og skal behandles, før hun kommer i skole igen.",
N("Lærke Winther"), H("lus"), H("skal behandles"))

P("[en] HR e-mail: sick leave and address change",
"Please draft a letter to Benjamin Kold at his new address, Skovbakken 6, 8500 Grenaa, confirming we received his doctor's note for sick leave until 30 April after his knee surgery, and that the follow-up meeting can be by phone on 24 85 10 63 if he cannot drive.",
N("Benjamin Kold"), A("Skovbakken 6, 8500 Grenaa"), H("sick leave until 30 April"), H("knee surgery"), T("24 85 10 63"))

P("[da] langt bostøttenotat om selvskade",
"""Jeg skal skrive et statusnotat til handleplanen. Her er mine noter fra de sidste fire besøg hos Oliver Jessen, Vestergade 62, 2. tv., 8500 Grenaa:
1. besøg: Oliver har ikke været ude af lejligheden i 10 dage. Der står tomme energidrikdåser overalt. Han siger, at han ikke kan sove, og at tankerne kører.
2. besøg: Han har skåret i sig selv på underarmen, overfladisk. Han vil ikke til læge, men lod mig se det. Vi talte om, hvem han kan ringe til om natten.
3. besøg: Bedre. Har været i Netto sammen med mig. Har fået tid hos psykiatrisk skadestue i Risskov, men aflyste.
4. besøg: Han fortæller, at han hører stemmer, der siger, at han er værdiløs. Han tager sin Quetiapin uregelmæssigt.
Notatet skal beskrive hans funktionsniveau, risikoen og forslag til næste skridt.""",
N("Oliver Jessen"), A("Vestergade 62, 2. tv., 8500 Grenaa"), H("ikke været ude af lejligheden i 10 dage"), H("ikke kan sove"), H("tankerne kører"), H("skåret i sig selv"), H("psykiatrisk skadestue"), H("hører stemmer"), H("Quetiapin"))

P("[da] kort: kateterskift",
"Mogens Bruun på Engvej 4 skal have skiftet sit kateter hver 4. uge, opret indsats fra 1/5",
N("Mogens Bruun"), A("Engvej 4"), H("skiftet sit kateter hver 4. uge"))

P("[en] long letter to Ukrainian family about vaccination and pregnancy",
"""Please write a clear, friendly letter in simple English to the family Kovalenko at Parkvej 3, 8570 Trustrup. Content:
- Their daughter Sofiia Kovalenko (6) is missing the MMR vaccine according to our records; the Ukrainian vaccination card shows only one dose.
- Their son Artem Kovalenko (14) has asthma and will need a spare inhaler at school; please bring his Ukrainian prescription to the GP.
- The mother, Iryna Kovalenko, is pregnant and is welcome to contact the midwife clinic in Grenaa; she has not yet had her first scan.
- The health visitor will come on Tuesday 14 May at 10.
Use short sentences. Add that an interpreter can join by phone.""",
A("Parkvej 3, 8570 Trustrup"), N("Sofiia Kovalenko"), H("missing the MMR vaccine"), N("Artem Kovalenko"), H("asthma"), H("spare inhaler"), N("Iryna Kovalenko"), H("pregnant"), H("first scan"))

P("[da] liste med CPR til rehabiliteringsteamet",
f"""Lav en dagsorden til rehabiliteringsteamet torsdag:
1. {c200a} Martin Aagaard – kronisk smerte efter trafikulykke, afklaring til fleksjob
2. {c200b} Julie Brix – spiseforstyrrelse, indlagt to gange i 2024
3. {c200c} Tommy Dyhr – hjerneskade efter blodprop, nedsat hukommelse""",
CPR(c200a), N("Martin Aagaard"), H("kronisk smerte"), CPR(c200b), N("Julie Brix"), H("spiseforstyrrelse"), H("indlagt to gange"), CPR(c200c), N("Tommy Dyhr"), H("hjerneskade"), H("blodprop"), H("nedsat hukommelse"))

P("[da] sygeplejerskes signatur med direkte nummer",
"""Gør denne mail kortere:
'Hej Kirsten. Jeg var ude hos din mor, Ellen Vinter, i dag. Hun har fået en urinvejsinfektion og er startet på Selexid. Hun er lidt forvirret, men det forventer vi går over, når infektionen er behandlet. Ring endelig, hvis du har spørgsmål.
Med venlig hilsen
Karina Ploug, sygeplejerske
Dir. 89 59 34 12'""",
N("Ellen Vinter"), H("urinvejsinfektion"), H("Selexid"), H("forvirret"), N("Karina Ploug"), T("89 59 34 12"))

P("[en] short: MRI booked",
"Tell Jonas Friis his MRI of the knee is booked for Monday 9:20 at the hospital in Randers",
N("Jonas Friis"), H("MRI of the knee"))

P("[da] pårørende om navngiven søns hashmisbrug",
"Svar på en sms fra Kirsten Mørch (tlf. 53 18 27 40): 'Min søn Mathias Mørch på 17 ryger hash hver dag og har droppet ud af teknisk skole. Han er blevet helt flad og sover til kl. 15. Kan I hjælpe os?' Svaret skal nævne ungeindsatsen.",
N("Kirsten Mørch"), T("53 18 27 40"), N("Mathias Mørch"), H("ryger hash hver dag"), H("helt flad"))

P("[da] lang BPA-sag om ALS",
"""Skriv et udkast til afgørelse om borgerstyret personlig assistance (BPA) ud fra disse oplysninger:
Ansøger: Henning Laustsen, Solsikkevej 12, 8500 Grenaa.
Henning har ALS, diagnosticeret i 2022. Han er nu lam i begge ben og har kun lidt kraft i højre hånd. Han bruger el-kørestol og styrer den med hagen. Han har PEG-sonde og får ernæring om natten, og han bruger NIV-maske under søvn. Han taler utydeligt, men kan kommunikere via øjenstyret computer. Han bor med sin hustru, som arbejder fuld tid. Han ønsker selv at være arbejdsgiver for hjælperne, og han er kognitivt velfungerende. Ansøgningen omfatter hjælp 24 timer i døgnet. Lægeerklæringen bekræfter, at tilstanden er fremadskridende.
Afgørelsen skal have overskrifter: ansøgning, oplysninger, lovgrundlag, vurdering, afgørelse og klagevejledning.""",
N("Henning Laustsen"), A("Solsikkevej 12, 8500 Grenaa"), H("ALS"), H("lam i begge ben"), H("kun lidt kraft i højre hånd"), H("el-kørestol"), H("PEG-sonde"), H("ernæring om natten"), H("NIV-maske"), H("taler utydeligt"), H("øjenstyret computer"), H("hjælp 24 timer i døgnet"), H("fremadskridende"))

P("[en] diabetes shorthand",
"make this readable for the relatives: Lise Storm, T1DM, HbA1c 71, hypo x2 last wk, on NovoRapid + Tresiba, CGM sensor changed Mon",
N("Lise Storm"), H("T1DM"), H("HbA1c 71"), H("hypo x2"), H("NovoRapid"), H("Tresiba"), H("CGM sensor"))

P("[da] sundhedsplejerske: navngiven mor og baby, CPR 2025 uden modulus 11",
f"Skriv et notat fra hjemmebesøget: Mor Camilla Berg, baby Oskar Berg (CPR {c207}), 4 uger. Oskar tager ikke nok på og har kun taget 90 g på siden sidste besøg. Mor græder meget, sover næsten ikke og siger, at hun ikke føler noget for ham – tegn på efterfødselsdepression. Vi aftaler ekstra besøg og EPDS-screening.",
N("Camilla Berg"), N("Oskar Berg"), CPR(c207), H("tager ikke nok på"), H("græder meget"), H("sover næsten ikke"), H("ikke føler noget for ham"), H("efterfødselsdepression"), H("EPDS-screening"))

P("[en] CSV of residents with allergies for kitchen",
"""Make a kitchen card from this CSV, one line per resident:
name,room,diet
Elna Kjeldgaard,1,gluten free (coeliac)
Poul Erik Dam,4,thickened fluids – swallowing problems
Rigmor Strand,6,diabetic
Hans Jørgen Bak,9,normal""",
N("Elna Kjeldgaard"), H("coeliac"), N("Poul Erik Dam"), H("thickened fluids"), H("swallowing problems"), N("Rigmor Strand"), H("diabetic"), N("Hans Jørgen Bak"))

P("[da] kort: madservice starter",
"send et brev til Holger Dahl på Kirkegade 3, 8500 Grenaa om at hans madservice starter mandag",
N("Holger Dahl"), A("Kirkegade 3, 8500 Grenaa"), H("madservice"))

P("[da] lang klage fra borger over hjemmeplejen",
"""Hjælp mig med at lave et svar på denne klage – vi skal beklage, men også forklare:
'Til Norddjurs Kommune. Jeg klager over den hjælp, min far Egon Kjærsgaard på Violvej 9, 8963 Auning, får. Far er 88 og har demens og sukkersyge. I sidste uge kom hjemmeplejen ikke om aftenen tirsdag og torsdag, så han fik ikke sin insulin og lå i sengen i våd ble til næste morgen. Fredag fandt jeg ham på gulvet i badeværelset, og han havde slået hovedet. Han blev kørt på skadestuen, hvor de syede fire sting. Han er blevet mere forvirret siden. Jeg har ringet tre gange uden at få svar. Jeg forventer en forklaring og en plan.
Med venlig hilsen Susanne Kjærsgaard, susanne.kjaersgaard@gmail.com'""",
N("Egon Kjærsgaard"), A("Violvej 9, 8963 Auning"), H("demens"), H("sukkersyge"), H("insulin"), H("våd ble"), H("på gulvet i badeværelset"), H("slået hovedet"), H("skadestuen"), H("fire sting"), H("mere forvirret"), N("Susanne Kjærsgaard"), E("susanne.kjaersgaard@gmail.com"))

P("[en] short get-well card for colleague",
"Can you write a get-well card text for our colleague Benedikte Falk who had her appendix out on Sunday",
N("Benedikte Falk"), H("appendix out"))

P("[da] enkeltydelse til tandbehandling med IBAN",
f"Udkast til bevilling: Maria Hedegaard, Skolebakken 14, 8585 Glesborg, får enkeltydelse på 8.400 kr. til tandbehandling, efter hun mistede tre fortænder ved et fald. Beløbet udbetales til {dk213}.",
N("Maria Hedegaard"), A("Skolebakken 14, 8585 Glesborg"), H("tandbehandling"), H("mistede tre fortænder"), IB(dk213))

P("[en] non-native Romanian care worker: confusion and not eating",
"Hello, I am new in the night team. The lady Vera Holm-Nielsen she is not sleeping, walking around all night, she think it is 1970 and want to go to her work. Also she not eat dinner. It is normal for her? What I do?",
N("Vera Holm-Nielsen"), H("not sleeping"), H("walking around all night"), H("think it is 1970"), H("not eat dinner"))

P("[da] kort: åndenød, vil ikke ringe 112",
"Vibeke Lund (20 45 87 12) har ringet, hun kan ikke få vejret ordentligt og vil ikke ringe 112. hvad gør jeg",
N("Vibeke Lund"), T("20 45 87 12"), H("kan ikke få vejret ordentligt"))

P("[da] lang borgerrådgiversag med flere parter",
"""Lav en tidslinje ud fra denne henvendelse til borgerrådgiveren:
'Min mor, Inger Bitsch, bor på Plejecenter Digegården. 3. januar faldt hun og brækkede håndleddet. Hun blev gipset på Randers Sygehus og kom hjem samme dag. 10. januar fik hun feber og blev sløv, og personalet ringede først til mig to dage senere. 12. januar blev hun indlagt med lungebetændelse og var indlagt i otte dage. Efter hjemkomsten har hun ikke kunnet gå, og hun har fået et tryksår på halebenet. Personalet siger, at de venter på en fysioterapeut. Jeg har skrevet til lederen, Birgitte Mose, to gange uden svar. Jeg kan kontaktes på 22 71 40 96.
Poul Bitsch'""",
N("Inger Bitsch"), H("faldt hun og brækkede håndleddet"), H("gipset"), H("feber"), H("sløv"), H("indlagt med lungebetændelse"), H("ikke kunnet gå"), H("tryksår på halebenet"), H("fysioterapeut"), N("Birgitte Mose"), T("22 71 40 96"), N("Poul Bitsch"))

P("[en] school nurse: BMI of named pupil",
"Draft a careful letter to the parents of Noah Kjeldsen, 5.b: at the school health check his BMI was 27, which is above the recommended range, and he told the nurse he is teased about his weight. Offer a meeting with the school nurse.",
N("Noah Kjeldsen"), H("BMI was 27"), H("teased about his weight"))

P("[da] liste over nødkald-borgere, overskrift ikke labelled",
"""Lav en ruteplan for teknikeren. Borgere med nødkald, der skal have nyt batteri i uge 15:
Else Marie Holt, Bakkevej 2, 8961 Allingåbro – blind, ring på døren og sig navn
Arvid Kold, Teglværksvej 15, 8500 Grenaa – sengeliggende, nøgleboks 4471
Ulla Sahl, Mosevej 8, 8585 Glesborg – hørehæmmet, bank hårdt""",
N("Else Marie Holt"), A("Bakkevej 2, 8961 Allingåbro"), H("blind"), N("Arvid Kold"), A("Teglværksvej 15, 8500 Grenaa"), H("sengeliggende"), N("Ulla Sahl"), A("Mosevej 8, 8585 Glesborg"), H("hørehæmmet"))

P("[da] dødsfald: død ikke labelled, sygdommen er",
"Skriv en kort besked til personalet på Rosengården: Anton Mikkelsen på stue 9 døde i nat efter lang tids kræftsygdom. Familien kommer kl. 10. Vi mødes i personalestuen kl. 14 og mindes ham.",
N("Anton Mikkelsen"), H("kræftsygdom"))

P("[en] Polish employee salary to PL IBAN, sick leave",
f"Please write to payroll: our kitchen assistant Agnieszka Wójcik wants her salary paid to {pl220} while she is in Poland. She is on sick leave after a back operation until 15 June, so only sickness pay applies.",
N("Agnieszka Wójcik"), IB(pl220), H("sick leave"), H("back operation"))
