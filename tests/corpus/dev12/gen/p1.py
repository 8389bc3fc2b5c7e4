"""dev12 personal batch 1: journal notes, threads with signatures, tables, forms, letters."""
from lib import personal as P

RECS = [
P("[da] journalnotat hjemmesygepleje med forkortelser", """
Kan du rydde op i dette journalnotat, så det bliver læsbart for vikaren?

14.03 kl. 08.40 – besøg hos bgr. [[n:Jørgen Kjeldsen]], [[a:Stationsvej 14, 8500 Grenaa]]. Bgr. klager over [[h:svimmelhed ved rejsning]]. BT målt 98/60. Obs [[h:dehydrering]], bgr. drikker for lidt. [[h:Furix 40 mg]] morgen givet af SSA. Aftalt m. datter at hun kontakter egen læge i dag. Vurderet at bgr. fortsat kan være alene om natten, men obs [[h:nødkald]] skal testes. [[h:Hjemmesygepleje to gange dagligt]] fortsætter indtil videre.
"""),
P("[da] kort journalnotat, pt.-forkortelse og CPR uden bindestreg", """
omskriv til pæn dansk: pt. [[c:1403523670]] [[h:indlagt på psykiatrisk afdeling]] i Risskov natten til lørdag, pårørende (søster) orienteret, aftalt genbesøg efter udskrivelse
"""),
P("[da] langt sygeplejenotat med medicin og forkortelser", """
Lav en kort overlevering til aftenvagten ud fra notatet herunder. Brug punktform.

Bgr.: [[n:Inga Mølgaard Thomsen]], cpr [[c:030767-2502]]
Adr.: [[a:Kirkegade 3, 1. th., 8550 Ryomgård]]

Notat 02.04: Bgr. fundet siddende på gulvet i badeværelset kl. 07.15, har sandsynligvis [[h:ligget på gulvet i flere timer]]. Bgr. klar, men [[h:kold og forvirret]]. Ingen synlige skader, dog [[h:hævelse og smerter i venstre hofte]]. Vagtlæge kontaktet, ordineret [[h:Panodil 1 g x 4]] og røntgen i morgen. Bgr. har [[h:type 2-diabetes]] og får [[h:Metformin 500 mg x 2]] – BS målt til 11,2. Obs [[h:tryksår på hælene]] – der er lagt hælaflastning. [[h:Bad med hjælp]] udskydes til efter røntgen. Aftalt med bgr.s søn, [[n:Henning Mølgaard]], tlf. [[p:2012 3456]], at han kommer i aften. Vurderet: øget [[h:faldrisiko]], nødkald placeres på håndleddet i stedet for i halskæde.
"""),
P("[da] Outlook-tråd med signatur, kollegas sygemelding", """
Kan du skrive et kort svar til Lone, hvor jeg bekræfter at jeg overtager hendes borgere?

Fra: Lone Bjerre Skou
Sendt: 9. april 08:12
Emne: Fravær

Hej alle
Jeg er [[h:sygemeldt]] resten af ugen – lægen siger det er [[h:lungebetændelse]]. Mine besøg i rute 4 skal fordeles.

Venlig hilsen
[[n:Lone Bjerre Skou]]
Social- og sundhedsassistent, Hjemmeplejen Midt
Norddjurs Kommune
Tlf. [[p:+45 89 59 47 21]]
[[e:lbsk@norddjurs.dk]]
"""),
P("[da] Teams-tråd om elev med ordblindhed", """
Teams-chat jeg har kopieret – skriv et forslag til referat til forældremødet:

[10:02] [[n:Mette Vinther]]: har I set testresultatet for [[n:Oliver Dalsgaard]] i 4.b?
[10:03] [[n:Søren Krogh]]: ja, han er [[h:ordblind]] – ordblindetesten viser det tydeligt
[10:05] Mette Vinther: så skal han have [[h:AppWriter og CD-ORD]] fra næste uge. Mor har også nævnt [[h:mistanke om ADHD]], hun har snakket med PPR
[10:06] Søren Krogh: ok jeg tager det med [[n:Birgitte Dalsgaard]] på mødet torsdag

Mette Vinther
Lærer, Vestre Skole
tlf. [[p:2944 1870]]
"""),
P("[da/en] oversæt dansk notat til engelsk", """
Please translate this note into English for the Polish-speaking relative:

"[[n:Krzysztof Nowicki]], [[a:Vestergade 22, st. tv., 8586 Ørum Djurs]], blev i går [[h:indlagt på Randers Sygehus]] med [[h:brud på venstre håndled]] efter et fald på isen. Han skal [[h:opereres]] torsdag og forventes udskrevet i weekenden. Hjemmeplejen genoptager besøg ved udskrivelse, og han får [[h:hjælp til påklædning]] de første seks uger."
"""),
P("[en] English case summary by a Danish speaker", """
Can you make my English better? It is for the exchange with our partner municipality in Malmö.

Case summary: Mrs. [[n:Karen Vestergaard Holst]] (born 1952) lives alone in [[a:Havnevej 9, Bønnerup Strand]]. She has [[h:COPD in stage 3]] and is [[h:on oxygen 2 litre in the night]]. Last month she was [[h:admitted two times with pneumonia]]. She is very afraid to be alone and she is taking [[h:Zoloft 50 mg]] from her own doctor for [[h:depression]]. We have given her a [[h:emergency alarm]] and [[h:home nursing every evening]]. Her daughter [[n:Annette Holst]] lives in Copenhagen and calls every day.
"""),
P("[da] Excel-tabel med CPR-kolonne, semikolon", """
Sortér denne liste efter postnummer og lav en kolonne med "Besøgsdag":

Navn;CPR;Adresse;Postnr;Ydelse
[[n:Ejner Bach Sørensen]];[[c:220481-3976]];[[a:Nørregade 40]];8500;[[h:Sårpleje venstre underben]]
[[n:Gudrun Lykke]];[[c:190958-1806]];[[a:Skolevej 2A]];8585;[[h:Øjendrypning x 3]]
[[n:Poul Erik Ravn]];[[c:071145-3156]];[[a:Ålsvej 17]];8500;[[h:Kompressionsstrømper]]
[[n:Ellen Margrethe Kruse]];[[c:120274-3117]];[[a:Lindevej 8]];8950;[[h:Insulin morgen og aften]]
"""),
P("[da] SMS-stil med lavt tegn og telefonnummer", """
skriv en sms til vikaren: husk [[n:aase frederiksen]] på bakkevej har [[h:fået ny kateter]] i går, ring til datteren på [[p:86123456]] hvis der er blod i posen
"""),
P("[da] brev fra kommunen til borger", """
Ret stavefejl i brevet:

Kære [[n:Lars Østergaard]]

Norddjurs Kommune har modtaget din ansøgning om [[h:trappelift]] til [[a:Bakkedraget 11, 8544 Mørke]]. Vi har på baggrund af ergoterapeutens besøg og lægeerklæringen om din [[h:dårlige knæ]] og [[h:hjertesvigt]] vurderet, at du er berettiget. Hjælpemiddeldepotet kontakter dig på [[p:+45 21 77 64 03]] for at aftale montering.

Med venlig hilsen
[[n:Pia Kirketerp]]
Visitator, Hjælpemidler
"""),
P("[da] formular med felter Navn/Adresse/Tlf.", """
Udfyld resten af ansøgningen om ledsagelse ud fra oplysningerne:

Navn: [[n:Tobias Engholm]]
Adresse: [[a:Enggårdsvej 5, 8560 Kolind]]
Tlf.: [[p:31 45 62 09]]
E-mail: [[e:tobias.engholm84@gmail.com]]
CPR: [[c:090488-1007]]
Diagnose: [[h:Cerebral parese]], [[h:kørestolsbruger]]
Bemærkning: Har behov for ledsager til fritidsaktiviteter 15 timer om måneden.
"""),
P("[da] mødereferat med kolleger og sygemelding", """
Kan du lave referatet herunder om til et pænt dokument?

Personalemøde Hjemmeplejen Syd 3/5
Deltagere: [[n:Jannie Friis]], [[n:Morten Aagaard]], [[n:Helle Lauridsen]], [[n:Anders Vind Poulsen]] (ref.)
Afbud: [[n:Kirsten Hvid]] ([[h:stadig sygemeldt med stress]])
1. Vagtplan juni – Morten laver udkast.
2. [[n:Helle Lauridsen]] går på [[h:barsel]] 1. juli; vi søger vikar.
3. Ny nøgleboks – Jannie følger op.
"""),
P("[en] Outlook thread in English with signature", """
Please summarise this thread in two sentences:

From: Rasmus Qvist <rq@norddjurs.dk>
To: [[n:Tina Hald]]
Subject: RE: Visit in Glesborg

Hi Tina,
I visited the family yesterday. The boy, [[n:Noah Fenger]] (CPR [[c:150312-4127]]), has [[h:autism]] and is [[h:not attending school since February]]. Mum says he has [[h:severe sleep problems]] and has started on [[h:melatonin 3 mg]]. I suggest we bring the case to the next PPR meeting.

Best regards
[[n:Rasmus Qvist]]
Family consultant
Phone: [[p:+45 89 59 31 66]]
Mail: [[e:rq@norddjurs.dk]]
"""),
P("[da] betalingskort i klage over opkrævning", """
Hjælp mig med at svare borgeren. Hun skriver: "Jeg er [[n:Sanne Brix]] og har betalt madservice med kortet [[k:4571 2245 3832 3640]] to gange i marts, og jeg har kun fået mad i 14 dage fordi jeg var [[h:indlagt med blodprop]]. Jeg vil have pengene tilbage." Skriv venligt, at vi undersøger sagen.
"""),
P("[da] bankkonto til udbetaling, reg. nr. og konto", """
Skriv et kort svar: [[n:Jens Peter Ahle]] har bedt om at få sit tilskud til [[h:høreapparat]] udbetalt til reg. nr. [[b:9570 konto 0012345678]] i stedet for NemKonto. Forklar at vi kun udbetaler til NemKonto.
"""),
P("[en] bank details in English wording", """
Write a polite email in English to the citizen. Text: Mr. [[n:Hans Wikström]] has asked us to refund the deductible for his [[h:wheelchair]] to his Swedish account. He gave reg no. [[b:8327, account number 9241180374]]. He lives at [[a:Strandvejen 31, 8592 Anholt]] half the year.
"""),
P("[da] CPR med mellemrum i kort forespørgsel", """
Find ud af hvilken hjemmeplejegruppe der har [[c:280690 1051]] – hun er [[h:gravid i 7. måned]] og har bedt om [[h:praktisk hjælp]] pga. [[h:bækkenløsning]].
"""),
P("[da] CPR med punktum-dato", """
Lav en overskrift til sagen: borger med CPR [[c:05.09.36-3722]], [[h:lammet i højre side]] efter [[h:hjerneblødning]], søger om [[h:plejebolig]].
"""),
P("[da] e-mail skrevet med (at)", """
Skriv en kvittering til [[e:bodil.lund (at) mail.dk]] om at vi har modtaget hendes klage over, at hendes mand [[n:Erik Lund]] ikke fik sin [[h:Eliquis 5 mg]] i weekenden.
"""),
P("[en] obfuscated email [at]/[dot]", """
Draft a short reply to the contractor's employee [[n:Michael Thorsø]] (he wrote from [[e:m.thorsoe[at]djursbyg[dot]com]]) – he says he cannot come Monday because he has [[h:back pain after a lifting injury]]. Tell him Tuesday is fine.
"""),
P("[da] e-mail skrevet snabel-a og punktum", """
Kan du omformulere? "Forældre til [[n:Freja Juul Madsen]] (født [[c:110218-4523]]) ønsker svar på mail [[e:juulmadsen snabel-a jubii punktum dk]]. Freja har [[h:svær fødevareallergi over for nødder]] og skal have [[h:EpiPen]] med i børnehaven."
"""),
P("[da] elevliste fra Excel med tabulator", """
Lav en oversigt over hvilke elever der skal have ekstra tid til prøven:

Elev\tKlasse\tFødt\tBemærkning
[[n:Villads Hjort]]\t9.a\t[[c:030509-4317]]\t[[h:ordblind]]
[[n:Ida Sommer Krag]]\t9.a\t[[c:170809-4826]]\t[[h:ADHD, medicineret]]
[[n:Magnus Lyngsø]]\t9.b\t[[c:251108-4131]]\t[[h:diabetes type 1]]
[[n:Sofie Albæk]]\t9.b\t[[c:020409-4590]]\t-
"""),
P("[da] Teams-besked om kollega, lowercase", """
kan du gøre den her besked kortere inden jeg sender den til teamet: hej alle, bare så i ved det så er [[n:karina møller]] blevet [[h:opereret for brystkræft]] i fredags og er væk de næste par måneder, hun vil gerne have at vi ikke ringer men skriver på sms i stedet
"""),
P("[da] lang handleplan jobcenter", """
Omskriv handleplanen herunder, så sproget er mere positivt og borgerrettet. Behold alle aftaler.

Handleplan – Jobcenter Norddjurs
Borger: [[n:Dennis Roed Hansen]], [[c:2512622286]]
Adresse: [[a:Torvet 7, 2. sal, 8500 Grenaa]]
Kontaktperson: [[n:Marianne Busk]], tlf. [[p:89 59 24 18]]

Baggrund: Dennis har været [[h:sygemeldt siden oktober]] efter en [[h:diskusprolaps i lænden]]. Han har været [[h:opereret i december]] og går nu til [[h:genoptræning to gange om ugen]]. Han oplyser, at han stadig har [[h:smerter i højre ben]] og ikke kan sidde mere end 30 minutter ad gangen. Han tager [[h:Gabapentin 300 mg x 3]]. Han er desuden [[h:i behandling hos psykolog]] for [[h:angst]], som er kommet efter operationen.

Aftaler:
1. Dennis starter i virksomhedspraktik 8 timer om ugen hos en lokal tømrer fra uge 20, med mulighed for pauser og skiftende arbejdsstillinger.
2. Vi indhenter statusattest fra egen læge.
3. Opfølgning om 6 uger.
"""),
P("[en] English-language MDT summary for care home", """
Rewrite this for the family meeting, make it more human and less clinical:

Resident: [[n:Birthe Kold]], room 12, Plejecenter Solbakken
PMH: [[h:Alzheimer's dementia]], [[h:AF]] on [[h:apixaban 2.5 mg bd]], [[h:osteoporosis]].
Current: [[h:weight loss 4 kg in 2 months]], [[h:refusing meals]], [[h:increasingly agitated in the evening]]. Started on [[h:Mirtazapin 15 mg nocte]] 12/3. Dietitian referral sent. Plan: review meds in 4 weeks, involve son [[n:Torben Kold]].
"""),
P("[da] henvendelse pårørende med telefon +45", """
Min kollega har noteret dette fra telefonen. Lav det om til et journalnotat:
"Datter ringede ([[n:Charlotte Winther]], [[p:+45 40 18 22 97]]). Hendes far [[n:Svend Winther]] i Vivild har [[h:ikke spist i tre dage]] og [[h:kaster op]]. Hun er bekymret for at han har fået for meget af sin [[h:morfin]]. Spørger om sygeplejerske kan komme i dag."
"""),
P("[da] samtykkeerklæring skabelon udfyldt", """
Tjek om samtykkeerklæringen er korrekt udfyldt, og skriv hvad der mangler:

SAMTYKKE TIL VIDEREGIVELSE AF OPLYSNINGER
Navn: [[n:Rikke Holm Andersen]]
CPR-nr.: [[c:1111793065]]
Adresse: [[a:Møllebakken 4, 8581 Nimtofte]]
Jeg giver samtykke til, at Norddjurs Kommune må indhente oplysninger fra min egen læge og fra Psykiatrisk Ambulatorium om min [[h:bipolare lidelse]] og min [[h:behandling med Lithium]].
Underskrift: ___________
"""),
P("[da] kortnummer med bindestreger i sms", """
borger har sendt sms med sit kort til betaling af egenbetaling, skriv til ham at vi ALDRIG tager kortoplysninger på sms: "hej det er [[n:bent lauritzen]] her kortet er [[k:5019-9480-7559-2004]] udløb 08/27 til betaling af min [[h:fodpleje]]"
"""),
P("[en] English incident report by Danish employee", """
Please correct grammar: Incident report 17 May. The citizen [[n:Kurt Damgaard]], [[a:Rugvænget 6, Trustrup]], was [[h:falling out of the bed]] at 03.00 and got a [[h:cut over the left eyebrow]]. Night team (SSA [[n:Lene Dyhr]]) called 1813 and he was [[h:sewed with 4 stitches]] at the emergency room in Randers. He has [[h:Parkinson]] and takes [[h:Madopar]]. We will order a [[h:low bed and sensor mat]].
"""),
P("[da] rehabiliteringsteam indstilling lang", """
Kan du forkorte denne indstilling til max en halv side, så den kan bruges på rehabiliteringsteammødet?

Indstilling – rehabiliteringsteamet 22. maj
Borger: [[n:Camilla Borup]], født [[c:060694-2915]]
Adresse: [[a:Østergade 18, 8500 Grenaa]]
Sagsbehandler: [[n:Jesper Kallesøe]], Jobcenter Norddjurs

Camilla er 30 år og har siden 2019 været på ydelse. Hun har [[h:fibromyalgi]] og [[h:kroniske hovedpiner]], og hun har i perioden haft [[h:flere indlæggelser for depression]]. Hun beskriver, at hun [[h:sover meget dårligt]] og har [[h:svært ved at koncentrere sig]]. Hun har gennemført to praktikker, men begge blev afbrudt efter få uger pga. [[h:smerter og træthed]]. Egen læge vurderer, at hendes tilstand er [[h:stationær]]. Hun er [[h:i medicinsk behandling med Cymbalta 60 mg]] og går til [[h:psykolog via sundhedsforsikring]]. Hendes kæreste er støttende. Camilla ønsker selv at afprøve fleksjob 10 timer om ugen med opgaver uden tunge løft. Vi indstiller til afklaring af ret til fleksjob.
"""),
P("[da] kort spørgsmål med navn og medicin", """
Hvordan forklarer jeg pårørende, at [[n:Grethe Bisgaard]] ikke må få [[h:Pinex 500 mg]] oftere end hver 6. time?
"""),
P("[da] tabel over hjælpemidler med adresse, tab", """
Lav tabellen om til en pæn liste til chaufføren:

Adresse\tHjælpemiddel\tBorger
[[a:Hovedgaden 41, Ørsted]]\t[[h:Rollator]]\t[[n:Ib Fuglsang]]
[[a:Bygaden 3, Lyngby]]\t[[h:Toiletforhøjer]]\t[[n:Asta Bak]]
[[a:Skovvej 12, Hemmed]]\t[[h:Plejeseng med tryksårsmadras]]\t[[n:Niels Overgaard]]
"""),
P("[en] SMS-style English lowercase", """
make this text nicer pls: hi its [[n:maja kristensen]] from the night team, cant come in tonight im [[h:sick with fever and sore throat]], call me on [[p:22 61 80 45]] if needed
"""),
P("[da] brev om afslag, Kære", """
Lav brevet mere venligt:

Kære [[n:Vibeke Stampe]]
Vi har behandlet din ansøgning om [[h:rengøringshjælp]] efter din [[h:nye hofte]]. Da du ifølge genoptræningsplanen forventes at være selvhjulpen efter 8 uger, giver vi midlertidig hjælp hver 14. dag i 2 måneder. Du kan klage til [[e:vibeke.sagsbeh@norddjurs.dk]].
"""),
P("[da] sms-tråd mellem kolleger", """
kopieret fra min telefon, lav det til en vagtoverlevering:
- hej er du på i morgen
- ja hvorfor
- [[n:ole bendtsen]] på [[a:fasanvej 7]] har [[h:fået antibiotika for blærebetændelse]], penicillin 3 gange dagligt, husk middag
- ok, og hans [[h:blodsukker]]?
- det var 14 i morges, sygeplejen kigger på det
"""),
P("[da] Excel med beløb og kontonumre", """
Lav en sum pr. person og tjek for dobbelte udbetalinger:

Navn;Reg.nr.;Konto;Beløb;Formål
[[n:Hanne Kloster]];[[b:1551;3456789012]];1.250,00;[[h:Tandbehandling (helbredstillæg)]]
[[n:Kaj Gammelgaard]];[[b:9710;0007651234]];860,50;[[h:Medicintilskud]]
[[n:Hanne Kloster]];[[b:1551;3456789012]];1.250,00;[[h:Tandbehandling (helbredstillæg)]]
"""),
P("[da/en] blandet dansk/engelsk notat fra udlandsdansker", """
Can you help me write this to the Danish doctor in Aarhus? Min mor [[n:Tove Lindholm]] lives in [[a:Kattegatvej 4, Fjellerup]] and she got the diagnosis [[h:lungekræft]] last week. Hun skal starte [[h:kemo]] on Monday og we need help with transport. Her phone is [[p:+45 86 31 19 07]].
"""),
P("[da] klassekonference med børns diagnoser", """
Skriv referatet om til et kort notat til skolelederen:

Klassekonference 6.c, 12. marts
Til stede: [[n:Line Rosenkvist]] (klasselærer), [[n:Kasper Mørch]] (dansk), [[n:Gitte Schou]] (AKT)
- [[n:Emil Strand]]: har fået [[h:autismediagnose]] i januar, har svært ved skift. Aftalt: fast plads og skema på bordet.
- [[n:Alma Bech]]: [[h:ordblind]], bruger nu CD-ORD dagligt.
- [[n:Liam Kofoed]]: meget fravær pga. [[h:mavesmerter]], mor har kontakt med egen læge.
"""),
P("[en] request to translate sick note of colleague", """
Translate into English for our Ukrainian colleague's manager: "[[n:Olena Kovalenko]] er [[h:sygemeldt i to uger med en forstuvet ankel]] og kan derefter [[h:arbejde med skånehensyn]] (ingen forflytninger)."
"""),
P("[da] underretning fra dagtilbud", """
Kan du hjælpe med at formulere underretningen mere sagligt?

Vi vil gerne underrette om [[n:Theo Kragh]], født [[c:220715-4891]], som går i Børnehuset Lærkereden. Theo har flere gange haft [[h:blå mærker på overarmene]] og siger at "far blev sur". Mor, [[n:Jeanette Kragh]], har fortalt at hun selv er [[h:i behandling for alkoholmisbrug]]. Theo har desuden [[h:forsinket sprogudvikling]] og er henvist til talepædagog.
"""),
P("[da] overlevering fra sygehus, forkortelser", """
Forklar forkortelserne i denne udskrivelsesrapport, så en ny medarbejder forstår dem:

Udskr.rapport – [[n:Arne Vig]], [[c:1705551827]]
Indl. 2/6–9/6 pga. [[h:pneumoni]]. Beh. m. [[h:i.v. Zinacef]], skiftet til [[h:p.o. Imadrol 500 mg x 3]] i 5 dg. KOL-pt. Obs [[h:SAT < 90]]. Genoptr.plan: [[h:GOP efter SUL §140]]. Fremover: [[h:hjemmesygepleje til inhalationsteknik]]. Kontrol hos e.l. om 2 uger.
"""),
P("[da] mail fra borger med underskrift og telefon", """
Svar borgeren, at hun skal søge via borger.dk:

"Hej. Min mand [[n:Kristian Bjerg]] er [[h:blevet blind på det ene øje]] efter en blodprop og kan ikke længere køre bil. Kan vi få kørselsordning til hans [[h:øjenbehandlinger i Aarhus]]?
Mvh [[n:Dorthe Bjerg]]
[[a:Skovbakken 19, 8961 Allingåbro]]
tlf [[p:51 24 88 30]]"
"""),
P("[en] line manager asks about colleague's pregnancy", """
How should I plan the summer rota? [[n:Sara Lindqvist Hansen]] told me she is [[h:pregnant, due 14 August]], and she has [[h:pelvic girdle pain]] so she can't do night shifts. [[n:Jonas Birk]] will be on [[h:sick leave after knee surgery]] in July.
"""),
P("[da] udkast til brev om madservice, kort", """
Skriv et brev til [[n:Erna Dahl]], [[a:Ågade 2, 8500 Grenaa]], om at hendes [[h:diabeteskost]] fra madservice starter 1. oktober.
"""),
P("[da] tilsynsrapport med beboernavne", """
Anonymiser tilsynsrapporten, så den kan offentliggøres:

Ved tilsynet på Plejecentret Kildegården d. 4/9 talte vi med beboer [[n:Harald Feldt]], der oplyste at han ofte venter over 20 minutter, når han trykker på [[h:nødkaldet]]. Personalet bekræftede, at han har [[h:behov for to til forflytning]] pga. [[h:lammelse efter apopleksi]]. Beboer [[n:Lilly Nørgaard]] havde et [[h:ubehandlet tryksår på halebenet]], som ikke var dokumenteret. Teamleder [[n:Ulla Brøndum]] redegjorde for handleplan.
"""),
P("[da] SMS med dansk mobilnummer uden mellemrum og helbred", """
send en påmindelse til [[p:+4561473802]]: "Hej [[n:Bjarne Kvist]], husk din tid til [[h:blodprøve (INR)]] på sundhedscentret i morgen kl. 9"
"""),
P("[en] translation to English of municipality letter", """
Translate this letter into English:

Kære [[n:Ahmed Yusuf]]
Vi bekræfter, at din datter [[n:Amina Yusuf]] ([[c:030511-5012]]) er bevilget [[h:specialskoletilbud på Kattegatskolen]] fra 1. august på grund af hendes [[h:epilepsi og udviklingshæmning]]. Kørsel sker med taxa. Har I spørgsmål, kan I skrive til os – vi svarer på den mail, I har oplyst ([[e:amina.skole@gmail.com]]).
"""),
P("[da] ledelsesmail om fravær, signatur", """
Lav et kortere svar:

Hej Bente
Tak for opdateringen. Jeg forstår at [[n:Rune Kjær]] har [[h:fået konstateret sukkersyge]] og skal have [[h:tilpasset arbejdstid]] i en periode. Det er helt fint. Lad os tage en snak om en § 56-aftale.

Mvh
[[n:Claus Vedel]]
Driftsleder, Vej og Park
Mobil [[p:24 80 13 57]]
[[e:clave@norddjurs.dk]]
"""),
P("[da] kort, kun navn og medicin med dosis", """
Skal [[n:Kirsten Bagger]] have sin [[h:Zoloft 50 mg]] før eller efter morgenmaden?
"""),
P("[da] PPR-notat langt, barn født 2012", """
Kan du skrive et resume af PPR-notatet til forældrene i et enkelt sprog?

PPR-notat
Barn: [[n:Lucas Holmgaard Ravn]], [[c:180912-4738]]
Skole: Auning Skole, 5. kl.
Psykolog: [[n:Tine Overby]]

Lucas er henvist pga. [[h:koncentrationsvanskeligheder]] og [[h:udadreagerende adfærd]]. Ved observation i klassen ses, at Lucas har svært ved at komme i gang, og han forlader ofte klassen. WISC-V viser [[h:gennemsnitligt begavelsesniveau med markant lav arbejdshukommelse]]. Forældrene fortæller, at Lucas har [[h:svært ved at falde i søvn]], og at han i perioder har [[h:ondt i maven]] om morgenen. Der er i familien kendt [[h:ADHD hos far]]. Vurdering: der er behov for udredning i børne- og ungdomspsykiatrien med henblik på [[h:mulig ADHD]]. Aftalt: PPR sender henvisning, skolen laver en plan for pauser, og der følges op om 3 måneder.
"""),
P("[da] telefonnotat med 8-cifret nummer", """
Gør notatet pænt: ringede til [[n:Mogens Enevoldsen]] 86123457, han har [[h:høreapparat]] så han hørte dårligt. Aftalt at sønnen ringer tilbage.
""".replace("86123457", "[[p:86123457]]")),
P("[en] English Teams message with sick colleague and phone", """
Reply to this Teams message in a friendly way: "Hi, [[n:Peter Krogsgaard]] here from IT. FYI [[n:Lise Nymann]] is off today with [[h:migraine]], so the printer install in Ørum is moved to Thursday. Reach me on [[p:+45 2871 0944]]."
"""),
P("[da] Outlook-tråd SV/Oprindelig med flere personer", """
Hvad er der aftalt i denne tråd?

SV: Aflastning weekend
Hej [[n:Gitte Brask]], vi har plads fredag–søndag. Mvh Bostedet Fuglsang

----- Oprindelig meddelelse -----
Fra: [[n:Gitte Brask]]
Emne: Aflastning weekend
Hej. Kan [[n:Mikkel Brask]] ([[c:260310-4075]]) komme i [[h:aflastning]] i weekenden? Han har haft [[h:flere epileptiske anfald]] denne uge og vi er helt flade. Hans [[h:Keppra er sat op til 750 mg x 2]].
Mvh Gitte
[[p:40 55 12 86]]
"""),
P("[da] kort spørgsmål om kollega og graviditet", """
Må jeg fortælle de andre på kontoret at [[n:Louise Dam]] er [[h:gravid]], hun har selv sagt det til mig?
"""),
P("[da] personalesag, sygefraværssamtale", """
Skriv en indkaldelse til sygefraværssamtale til [[n:Heidi Rask]], [[a:Kærvej 10, 8500 Grenaa]]. Hun har haft [[h:14 sygedage siden januar]], senest pga. [[h:rygsmerter]]. Samtalen er 12. juni kl. 10 med [[n:Tom Lindberg]] som leder.
"""),
P("[en] English-written nursing handover with abbreviations", """
Turn this into full sentences: Pt [[n:Gunnar Friis]], 84 y, [[a:Teglværksvej 3, Grenaa]]. Dx: [[h:CHF]], [[h:T2DM]]. Meds: [[h:Furix 40 mg od]], [[h:Metformin 1 g bd]]. Obs: [[h:ankle oedema ++]], [[h:SOB on exertion]]. Plan: daily weight, call GP if > 2 kg in 3 days.
"""),
P("[da] klage fra pårørende med kontonummer og skade", """
Skriv et svar på klagen. Fra [[n:Mona Kirkegaard]]: "Min far [[n:Aksel Kirkegaard]] fik [[h:brækket armen]] da han blev forflyttet af jeres personale. Jeg forventer erstatning for ødelagt tøj og briller, i alt 3.400 kr., til [[b:reg. 5470 kto. 1002345678]]."
"""),
P("[da] skema til medicinliste, semikolon", """
Lav en medicinliste med klokkeslæt til [[n:Edith Pallesen]] ud fra:
Præparat og dosis;Tid
[[h:Eliquis 5 mg]];8 og 20
[[h:Furix 40 mg]];8
[[h:Panodil 1 g]];8, 14, 20
"""),
P("[en] email to GP in English about Danish citizen", """
Improve this email to a GP in Germany: Dear Dr. Weber, our citizen Mrs. [[n:Elke Thomsen]] (Danish CPR [[c:2309651912]]) was on holiday in Kiel and [[h:broke her right hip]]. She is now back home in Gjerrild and needs her discharge letter and X-ray sent to us. Kind regards, [[n:Nina Aabling]], nurse, Norddjurs Kommune, [[e:niaa@norddjurs.dk]]
"""),
]
