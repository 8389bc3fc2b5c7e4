"""dev12 personal batch 2: more English, number forms, long threads, minutes, forms."""
from lib import personal as P

RECS = [
P("[en] English summary of a home visit, Danish speaker", """
Please check my English before I send it to the Norwegian municipality where the family is moving:

We have followed the family since 2021. The mother, [[n:Signe Ladefoged]], has [[h:multiple sclerosis]] and uses a [[h:wheelchair outside the home]]. She gets [[h:personal help in the morning and evening]] and [[h:help to bath two times a week]]. The son [[n:August Ladefoged]] (CPR [[c:090909-4612]]) has [[h:type 1 diabetes]] and wears an [[h:insulin pump]]. New address from 1 June: Storgata 14, Tromsø.
"""),
P("[da] lang Teams-tråd med flere kolleger og signatur", """
Lav en opsummering af tråden i tre punkter:

[Teams – Sygeplejen Nord]
[[n:Anja Krogager]] 08:14: godmorgen, [[n:Bodil Tranberg]] på [[a:Bakkevej 22, Vivild]] ringede kl 7, hun har [[h:fået feber og hoste]] igen
[[n:Rasmus Holt]] 08:16: det er 3. gang i år, har hun ikke [[h:KOL]]?
[[n:Anja Krogager]] 08:17: jo, og hun har [[h:ikke taget sin Spiriva]] i en uge siger hun
[[n:Rasmus Holt]] 08:20: jeg tager derud kl 10, måler sat og temp
[[n:Camilla Obel]] 08:31: husk at hun har [[h:MRSA]] – værnemidler!
[[n:Rasmus Holt]] 11:02: sat 88, temp 38,9. ringet til egen læge, [[h:startet på penicillin]]. [[h:Vurderet ikke indlæggelseskrævende]] endnu, obs i eftermiddag.
[[n:Anja Krogager]] 11:05: tak. jeg skriver det i Nexus

Rasmus Holt | Sygeplejerske | Sygeplejen Nord | Norddjurs Kommune | [[p:+45 89 59 52 73]] | [[e:raho@norddjurs.dk]]
"""),
P("[da] referat fra handicapråd-sag med navngiven borger", """
Lav referatet kortere:
Punkt 4: Klage fra [[n:Torsten Brink]], [[a:Hovedgaden 5, 8963 Auning]], som er [[h:blind]] og bruger [[h:førerhund]]. Han oplever at fortovet ved Auning Torv er spærret af byggeaffald. Teknik undersøger sagen.
"""),
P("[en] English-only short request with name and medicine", """
is it ok to crush [[n:Margit Sand]]'s [[h:Metformin 850 mg]] tablets? she has [[h:trouble swallowing]]
"""),
P("[da] lønkontor, kontonummer og kollega", """
Skriv et svar til lønkontoret: [[n:Jeanette Riis]] har skiftet bank og hendes nye konto er [[b:reg. nr. 6880 konto 4402817735]]. Hun er pt. på [[h:delvis sygemelding 20 timer]], så lønnen skal beregnes derefter.
"""),
P("[da] betalingskort i mail-tråd, mellemrum og bindestreger blandet", """
Kan du skrive til borgeren, at vi har slettet hans kortoplysninger? Han skrev:
"Hej, jeg vil gerne betale for min nye [[h:hørebøjle]] og [[h:tinnitusbehandling]]. Mit kort: [[k:5413 2281-7316 9340]], udløb 11/26, kontrolcifre 412.
Mvh [[n:Kenneth Bøgh]], [[a:Lærkevej 9, 8500 Grenaa]]"
"""),
P("[en] payment card in English", """
A relative left this voicemail, please write it down as a short note and remove what we must not store: "Hi, this is [[n:Lisa Frandsen]], I want to pay my father's [[h:dentures]] with my Visa [[k:4921 9375 6733 4348]], he is the one with [[h:Alzheimer's]] at Rosenhaven, room 4."
"""),
P("[da] kortnummer uden mellemrum", """
Tjek om dette er et gyldigt kortnummer før jeg taster det ind: [[k:5019186036341241]] – det er til [[n:Bodil Kvist]]'s egenbetaling for [[h:fodterapi]].
"""),
P("[da] dagsorden og referat MED-udvalg, kolleger med fravær", """
Lav et pænt referat ud fra mine noter:

MED-møde Ældre og Sundhed, 11/6
Til stede: [[n:Bente Holck]] (formand), [[n:Finn Raahauge]] (TR), [[n:Yvonne Skytte]] (AMR), [[n:Tanja Bonde]]
Afbud: [[n:Finn Raahauge]] deltog kun første halve time pga. [[h:tandlægebesøg efter tandbyld]].
1. Sygefravær: afdelingen ligger på 6,2 %. [[n:Tanja Bonde]] har bedt om at det noteres, at hun selv er tilbage efter sin [[h:lange sygemelding med udbrændthed]] og er glad for den gradvise opstart.
2. APV: handleplan for tunge løft.
3. Evt.: [[n:Yvonne Skytte]] går på [[h:orlov for fertilitetsbehandling]] i august.
"""),
P("[da] sms lowercase mor til lærer", """
svar på denne sms fra en mor: "hej det er pernille mor til [[n:asger holm]] i 2.a. han er [[h:syg med roskildesyge]] i dag og i morgen, og han har stadig [[h:lus]] så han kommer først mandag. mvh pernille [[p:2615 4477]]"
"""),
P("[da] visitationsafgørelse lang", """
Lav afgørelsen om til et brev med overskrifter, og skriv klagevejledningen til sidst.

Afgørelse om personlig og praktisk hjælp

Kære [[n:Aage Kronborg]]

Du har den 3. marts søgt om hjælp efter serviceloven § 83. Vi har været på besøg hos dig på [[a:Skovvænget 2, 8581 Nimtofte]] den 10. marts, hvor også din nevø [[n:Frank Kronborg]] deltog.

Ved besøget oplyste du, at du siden din [[h:blodprop i hjernen]] i januar har [[h:nedsat kraft i venstre arm]] og [[h:svært ved at gå uden rollator]]. Du fortalte også, at du har [[h:svært ved at huske at spise]], og at du [[h:har tabt dig 6 kg]]. Din egen læge har oplyst, at du er i [[h:blodfortyndende behandling med Eliquis 5 mg x 2]] og [[h:Atorvastatin 40 mg]].

Vi har bevilget:
- [[h:hjælp til bad to gange ugentligt]]
- [[h:hjælp til af- og påklædning morgen og aften]]
- [[h:madservice med 7 hovedretter om ugen]]
- [[h:nødkald]]
- rengøring hver 14. dag

Vi har givet afslag på hjælp til indkøb, da din nevø oplyser, at han handler for dig hver uge.

Med venlig hilsen
[[n:Karin Bødker]]
Visitator
Tlf. [[p:89 59 36 40]]
"""),
P("[da] telefon med +45 og mellemrum, kort", """
ring til [[n:Jytte Hougaard]] på [[p:+45 86 12 34 56]] og sig at hendes [[h:fodsår]] skal ses af sårsygeplejersken fredag
"""),
P("[en] translate Danish journal into English for Swedish hospital", """
Translate the following into English (it is going to a hospital in Sweden, patient is on holiday):

"Bgr. [[n:Palle Storm]], [[c:1202743117]]. Kendt med [[h:atrieflimren]] og [[h:hjertesvigt NYHA II]]. Fast medicin: [[h:Eliquis 5 mg x 2]], [[h:Furix 40 mg x 1]], [[h:Bisoprolol 2,5 mg x 1]]. [[h:Allergi over for penicillin]]. Hjemmeplejen kommer [[h:morgen og aften til støttestrømper og medicin]]."
"""),
P("[da] kort, navn og sygemelding kollega", """
Skriv en besked til holdet om at [[n:Lasse Kirk]] er [[h:sygemeldt med hjernerystelse]] efter et fald på cyklen.
"""),
P("[en] job reference letter with health info", """
Please help me write a reference for [[n:Marianne Lunde]], who worked as a SOSU helper with us for 6 years. She left because of her [[h:rheumatoid arthritis]], which made the physical work too hard. She is moving to an office job. Contact: [[e:marianne.lunde71@hotmail.com]].
"""),
P("[da] Excel-udtræk, dotted CPR og telefon", """
Fjern dubletter i listen og sortér efter efternavn:

Navn\tCPR\tTlf\tVisiteret
[[n:Egon Kirkeby]]\t[[c:14.03.52-3670]]\t[[p:86 32 71 04]]\t[[h:Hjemmesygepleje - insulin]]
[[n:Ruth Svendsen]]\t[[c:16.08.73-3597]]\t[[p:23 98 40 15]]\t[[h:Praktisk hjælp - KOL]]
[[n:Egon Kirkeby]]\t[[c:14.03.52-3670]]\t[[p:86 32 71 04]]\t[[h:Hjemmesygepleje - insulin]]
[[n:Vagn Toft]]\t[[c:17.05.55-1827]]\t[[p:51 72 09 36]]\t[[h:Nødkald]]
"""),
P("[da] forældrebrev fra skole om barn, Kære", """
Gør brevet kortere:

Kære [[n:Maria Egebjerg]] og [[n:Thomas Egebjerg]]
Som aftalt på mødet bekræfter vi, at [[n:Clara Egebjerg]] fra næste uge får [[h:støtte fra en læsevejleder]] tre gange om ugen på grund af hendes [[h:ordblindhed]]. Vi har også noteret, at Clara [[h:tager Ritalin]] i skoletiden, som opbevares på kontoret.
Venlig hilsen
[[n:Henrik Aagesen]], skoleleder
"""),
P("[en] English Outlook reply with signature of care home manager", """
Shorten this email:

Dear [[n:Mr. Jensen]],
Thank you for visiting your wife yesterday. As discussed, [[n:Inger Jensen]] has had [[h:two falls this week]] and the doctor has [[h:stopped her sleeping pills]]. We will try a [[h:sensor mat]] for the next month.
Kind regards
[[n:Tove Nygaard]]
Care home manager, Plejecenter Digterparken
Tel. [[p:+45 87 54 11 29]]
"""),
P("[da] hjemmeplejens nøgleoplysninger, formular", """
Tjek at stamkortet er udfyldt rigtigt:

STAMKORT
Navn: [[n:Viggo Hedegaard]]
Adresse: [[a:Grenåvej 88, 8560 Kolind]]
Nøgle: nøgleboks v. bagdør, kode ligger i Nexus
Pårørende: datter [[n:Susanne Hedegaard]], [[p:+45 31 62 20 84]], [[e:susanne.hedegaard@outlook.dk]]
Egen læge: Lægerne i Kolind
Helbred: [[h:Demens (Lewy body)]], [[h:synshandicap]], [[h:inkontinent]]
Hjælpemidler: [[h:rollator, badestol, bleer]]
"""),
P("[da] Outlook med CPR og bindestreg, kort", """
Videresend til ergoterapeuten: borger [[c:0102832965]] har [[h:smerter i skulderen efter operation]] og ønsker genoptræning tættere på hjemmet.
"""),
P("[da] kollega skriver om egen mand med navn", """
Kan du formulere en besked til min leder? Jeg skal have fri torsdag, fordi min mand [[n:Brian Kaas]] skal have [[h:fjernet en modermærkekræft]] på Aarhus Universitetshospital.
"""),
P("[en] English clinical note written by Danish nurse", """
Fix my English: Night report. [[n:Esther Bruun]] has been very restless, she [[h:was crying and calling for her mother]]. I gave [[h:PN Oxapax 10 mg]] at 02.30 as ordinated. She [[h:wet the bed]] twice. Skin on the back is red, obs [[h:pressure sore]]. Daughter informed by sms.
"""),
P("[da] ergoterapeut-notat lang", """
Sammenfat notatet til en kort status til visitationen:

Ergoterapeutisk vurdering
Borger: [[n:Kirsten Mandrup]], [[a:Lindegårdsvej 6, 8544 Mørke]]
Dato: 23.05

Borger modtaget efter [[h:indlæggelse for hoftebrud]] (højre side, [[h:opereret med skruer]] 10.05). Borger går med rollator indendørs, men er usikker. [[h:Smerter VAS 6 ved belastning]]. Borger er [[h:ikke i stand til at komme ind og ud af badekarret]] og har behov for [[h:badebænk]] og [[h:toiletforhøjer]]. Borger har også [[h:grå stær på begge øjne]] og ser dårligt i skumring, hvorfor der er aftalt bedre belysning i gangen. Borger bor i hus med trappe til 1. sal, soveværelset flyttes midlertidigt til stuen. Aftalt [[h:genoptræning 2 x ugentligt i 8 uger]]. Borgers ægtefælle [[n:Bent Mandrup]] har selv [[h:nedsat hørelse]], så telefonsamtaler skal foregå med ham til stede og tydelig tale. Opfølgning 6 uger.
"""),
P("[da] kort sms med obfuskeret e-mail", """
hun vil ha referatet sendt til [[e:gr.winkel (at) gmail.com]] – [[n:grete winkel]], hende med [[h:den nye pacemaker]]
"""),
P("[da/en] blandet Teams-chat, kollega og diagnose", """
oversæt til dansk og gør det professionelt: "Hey, just so you know – [[n:Nikolaj Vestergaard]] from økonomi has been [[h:diagnosed with long covid]], so hans deadlines skal flyttes. Don't tell the others, han vil ikke have det spredt."
"""),
P("[en] English request to draft a letter to a named citizen", """
Write a letter in English to Mrs. [[n:Patricia O'Connor]], [[a:Fjordvej 12, 8950 Ørsted]], telling her that her application for a [[h:hearing aid repair]] has been approved and that the municipality will pay for a [[h:new ear mould]].
"""),
P("[da] bankoplysninger formular med separate felter", """
Lav en tjekliste over, hvad der mangler i blanketten til udbetaling af [[h:merudgifter til diabetesmateriel]]:

Navn: [[n:Henriette Vang]]
CPR: [[c:2911472182]]
Bank: Djurslands Bank
Reg.nr.: 7780
Kontonr.: [[b:0001234589]]
Beløb: 2.145 kr.
"""),
P("[en] English reg no. and account in one phrase", """
Draft a reply: the pensioner [[n:Alfred Sommerlund]] wants his [[h:medicine subsidy]] paid to reg no. [[b:2211 account no. 6281 904 513]] at Nordea. Explain he must update NemKonto himself.
"""),
P("[da] hjemmepleje ruteplan, semikolon med tider", """
Optimer køreruten:
Tid;Borger;Adresse;Opgave
07:30;[[n:Asta Møller]];[[a:Vestervej 4, Vivild]];[[h:Insulin + morgenmad]]
08:15;[[n:Poul Hvidberg]];[[a:Ørumvej 12, Ørum]];[[h:Støttestrømper]]
09:00;[[n:Ella Knudsen]];[[a:Kirkevej 2, Ørsted]];[[h:Bad med hjælp]]
10:10;[[n:Hakon Bruhn]];[[a:Bygaden 17, Vivild]];[[h:Stomipleje]]
"""),
P("[en] English text, school nurse and child", """
Can you write an English note for the exchange teacher? [[n:Ella Krogh Lassen]] in 3rd grade has [[h:severe peanut allergy]] and carries an [[h:EpiPen Jr]]. She also has [[h:asthma]] and uses [[h:Ventoline before PE]].
"""),
P("[da] kort navn + indlæggelse", """
Skal jeg stoppe madservice til [[n:Ove Hald]]? Han er [[h:indlagt på Regionshospitalet Randers]].
"""),
P("[da] lang mail fra pårørende med telefon og adresse", """
Hjælp mig med at svare på denne mail – den skal sendes videre til teamlederen, men uden unødige detaljer.

Emne: Min mor på Plejecenter Bakkegården

Kære plejecenter
Jeg er datter af [[n:Else Marie Skovgaard]], som bor i lejlighed 7. Jeg har flere gange oplevet, at min mor sidder i sit eget urin, når jeg kommer på besøg om eftermiddagen. Hun er [[h:inkontinent]] og kan [[h:ikke selv ringe på klokken]] pga. sin [[h:demens]]. Sidste søndag havde hun også et [[h:sår på ballen]], som ingen vidste noget om. Min mor har også [[h:tabt sig meget]] – hun vejede 58 kg i januar og nu kun 51 kg. Jeg vil gerne have et møde med lederen og med sygeplejersken, og jeg vil gerne se hendes medicinliste.

Venlig hilsen
[[n:Hanne Skovgaard Friis]]
[[a:Solvænget 14, 8400 Ebeltoft]]
Tlf. [[p:+45 28 44 19 63]]
"""),
P("[da] skolens elevliste med fødselsdatoer og skolelæge", """
Lav en liste til sundhedsplejersken over hvem der mangler skolelægeundersøgelse:

Navn;CPR;Note
[[n:Karla Bisgaard]];[[c:140614-4209]];undersøgt
[[n:Malthe Brix Nielsen]];[[c:270614-4068]];mangler, [[h:hjertefejl – afventer kardiolog]]
[[n:Nora Lundgaard]];[[c:011014-4352]];mangler
[[n:Elias Kjær]];[[c:091214-4911]];undersøgt, [[h:briller bestilt]]
"""),
P("[en] English meeting minutes naming staff", """
Tidy up these minutes:

Team meeting – Rehabilitation, 5 Sept
Present: [[n:Louise Brandt]], [[n:Jakob Skaarup]], [[n:Mia Engberg]]
- [[n:Jakob Skaarup]] is back part-time after his [[h:shoulder surgery]].
- Citizen [[n:Erling Vad]] (Hemmed) has finished his [[h:training after knee replacement]]; closing the case.
- Mia will cover the Wednesday group while [[n:Louise Brandt]] is on [[h:maternity leave]] from October.
"""),
P("[da] kort mail med navn og psykiatri", """
Skriv kort til [[n:Martin Klit]] at hans samtale på jobcentret flyttes, fordi han er [[h:indlagt på psykiatrisk afdeling]].
"""),
P("[da] telefonnotat, tlf. uden mellemrum og ambulance", """
Skriv dette som et notat: Kl. 14.20 ringede nabo til [[n:Frode Skov]] ([[a:Skovgade 9, Grenaa]]) og fortalte, at Frode var [[h:faldet om i haven]]. Ambulance tilkaldt via 112. Naboens nr.: [[p:61235589]]. Frode blev [[h:kørt til AUH med mistanke om hjertestop]].
"""),
P("[da] lønseddel-spørgsmål med kontonummer med bindestreg", """
En medarbejder, [[n:Dorte Falk]], spørger hvorfor hendes løn gik til den gamle konto [[b:9183-0004521937]]. Hun har været på [[h:barsel]] og er lige startet igen. Skriv et svar.
"""),
P("[en] English SMS-style from relative", """
clean this up into a proper message: hey its [[n:tom bertelsen]], [[n:dad]] fell again, [[h:hit his head]] and he [[h:is on blood thinners]], can the nurse check him today. address [[a:mosevej 3 glesborg]]
""".replace("[[n:dad]]", "dad")),
P("[da] rapport fra sundhedsplejerske, lang", """
Omskriv til en kort besked til forældrene:

Sundhedsplejerskebesøg 4 mdr.
Barn: [[n:Vigga Thyssen]], [[c:120225-4583]]
Mor: [[n:Mathilde Thyssen]], far: [[n:Kasper Juhl]]
[[a:Nørre Alle 15, 8500 Grenaa]]

Vigga vejer 5.900 g, ligger [[h:under sin vækstkurve]]. Mor ammer, men oplever [[h:smerter og sår på brystvorterne]]. Mor virker træt og ked af det; [[h:EPDS-score 14]], obs [[h:fødselsdepression]] – aftalt at mor kontakter egen læge. Vigga har [[h:skæv hovedform]] og [[h:foretrækker at ligge med hovedet mod højre]] – henvises til fysioterapeut. Far deltager aktivt og tager 8 ugers orlov fra juni.
"""),
P("[da] kort spørgsmål med kollega og hospitalsophold", """
Hvad skriver man på et kort til en kollega, [[n:Jens Ole Fisker]], der har været [[h:indlagt med hjerteanfald]]?
"""),
P("[en] English translation of letter to citizen with CPR with space", """
Translate into English: "Vedr. CPR [[c:220481 3976]]. Kommunen har modtaget lægeerklæring om din [[h:ryglidelse]] og din [[h:depression]]. Sagen behandles på næste møde i rehabiliteringsteamet."
"""),
P("[da] vagtplan med sygdom og telefon", """
Lav vagtplanen om, så der er dækning søndag. [[n:Gurli Nissen]] ([[p:26 73 11 48]]) er [[h:sygemeldt efter en hjernerystelse]], og [[n:Bo Kjærgaard]] har bedt om fri pga. [[h:kemobehandling]].
"""),
P("[en] English mixed email thread with Danish signature", """
Summarise:

From: [[n:Hanna Bergström]] <hanna.bergstrom@regionskane.se>
Subject: Patient transfer

Hi, our patient [[n:Lars-Erik Poulsen]], Danish citizen living at [[a:Rådhusgade 8, 8500 Grenaa]], will be discharged on Friday after [[h:treatment for a heart attack]]. He needs [[h:help with medication]] and [[h:wound care after bypass surgery]].

--
Svar:
Tak, vi sørger for hjemmesygepleje fra fredag. 
Med venlig hilsen
[[n:Susanne Toft]], sygeplejerske
Norddjurs Kommune
""".replace("<hanna.bergstrom@regionskane.se>", "<[[e:hanna.bergstrom@regionskane.se]]>").replace("fredag. \n", "fredag.\n")),
P("[da] advarsel om kollega, HR", """
Hjælp mig med at formulere et notat til personalesagen: [[n:Rene Buch]] mødte [[h:påvirket af alkohol]] på arbejde 14. juni. Han har tidligere fortalt, at han er [[h:i behandling hos Alkoholenheden]].
"""),
P("[da] sms med kollegas barn", """
skriv en sms til [[n:lotte brandt]]: håber [[n:silas]] får det bedre efter [[h:mandeloperationen]], tag den tid du skal bruge
""".replace("[[n:silas]]", "Silas")),
P("[en] English case referral for Ukrainian family", """
Please improve this referral in English: Family [[n:Shevchenko]] arrived in Grenaa in March. Mother [[n:Iryna Shevchenko]] has [[h:PTSD]] and [[h:sleep problems]]. Son [[n:Dmytro Shevchenko]], born [[c:040511-4620]], has [[h:hearing loss in the left ear]] and needs a [[h:hearing test]]. Address: [[a:Lystrupvej 6, 1. th., 8500 Grenaa]].
""".replace("Family [[n:Shevchenko]]", "The Shevchenko family")),
P("[da] borgerservice, hævekort", """
Borger ([[n:Niels Aage Bak]]) har ringet og læst sit kortnummer op: [[k:4571 6184-8562 7517]]. Han vil betale for [[h:personligt tillæg til briller]]. Skriv et notat uden kortnummeret og forklar hvorfor.
"""),
P("[da] kort SMS med telefon, navn og diagnose", """
"Hej [[n:Henning Rask]], din tid til [[h:KOL-kontrol]] er flyttet til 14/10. Ring [[p:87 11 42 65]] ved afbud." – gør den kortere
"""),
P("[en] English email with colleague's health and signature", """
Make this email shorter and more neutral:

Hi all,
[[n:Christina Lauesen]] has asked me to tell you that she had a [[h:miscarriage]] last week and will be away until the 20th. Please don't ask her about it when she is back.
Thanks,
[[n:Peter Winther]]
Team leader, Jobcenter Norddjurs
Direct: [[p:+45 89 59 28 07]]
[[e:pewi@norddjurs.dk]]
"""),
P("[da] langt journalnotat psykiatri, bostøtte", """
Lav et kort resume til teammødet:

Bostøttenotat 19.09
Borger: [[n:Mathias Kold Andersen]], [[a:Skolegade 11, st., 8500 Grenaa]]
Bostøtte: [[n:Sine Kjeldgaard]]

Besøg kl. 10. Bgr. åbnede først efter 10 min., virkede [[h:meget træt og uplejet]]. Bgr. fortæller, at han [[h:hører stemmer]] igen og [[h:ikke har taget sin Abilify]] i ca. 2 uger, fordi han "ikke gider bivirkningerne". Køleskabet var tomt. Bgr. har [[h:skizofreni]] og har tidligere været [[h:tvangsindlagt]] (2022). Aftalt: bostøtte kontakter Distriktspsykiatrien i dag, og bgr. accepterer besøg af sin [[h:kontaktperson i psykiatrien]] i morgen. Bgr. har [[h:ikke røget hash]] den sidste måned iflg. ham selv. Vurderet: ingen akut fare, men skærpet opmærksomhed. Næste besøg fredag.
"""),
P("[da] ansøgning til hjælpemidler, formular engelsk/dansk", """
Udfyld skemaet på dansk for borgeren, hun har skrevet på engelsk:

Name: [[n:Jennifer Holm-Larsen]]
Address: [[a:Birkevej 7, 8585 Glesborg]]
Phone: [[p:+45 22 47 90 18]]
What do you need: [[h:a shower chair and grab bars]], I have [[h:arthritis in both hands and knees]]
"""),
P("[da] brev om tvangsbøde/forældre, CPR uden bindestreg", """
Ret brevet: Kære [[n:Sabrina Holt]]. Vi har modtaget lægeerklæring for [[n:Valdemar Holt]], cpr [[c:0811134528]], om [[h:skolevægring pga. angst]]. Vi indkalder til møde 3/12.
"""),
P("[en] English question about named colleague on sick leave", """
how long can [[n:Kenneth Grøn]] be on [[h:sick leave with depression]] before we have to do a follow-up interview according to Danish rules?
"""),
P("[da] blodprøvesvar i Teams", """
omformuler til borgeren: "[[n:Birthe Kaae]], dine prøver viser [[h:lavt jern (ferritin 8)]] og [[h:lavt stofskifte]]. Lægen har ordineret [[h:Eltroxin 50 mikrogram]]."
"""),
P("[da] referat byrådsudvalg med navngiven borger", """
Omskriv til et lukket punkt: Social- og Sundhedsudvalget behandlede klagen fra [[n:Lennart Bojsen]], der er [[h:svært overvægtig]] og [[h:har søgt om el-kørestol]], men fik afslag. Udvalget tog orienteringen til efterretning.
"""),
P("[da] sms-stil om nabo med adresse", """
hvad skal jeg gøre, naboen på [[a:ahornvej 4]] i trustrup er [[h:dement]] og gik rundt i bare tæer i nat, sønnen bor i kbh
"""),
P("[en] English note: discharge summary from Aarhus in English", """
Write a plain-language version for the home care team: [[n:Jette Brøgger]], 71, s/p [[h:TKA right knee]] 02/10. [[h:Wound healing OK]]. [[h:Oxycodone 5 mg PRN]], [[h:Paracetamol 1 g qid]]. [[h:Partial weight bearing]] with crutches, PT 3x/week. Follow-up at ortho clinic 6 weeks.
"""),
P("[da] kort med telefon og e-mail, snabel-a", """
Opret kontakt: [[n:Britt Skaarup]], [[p:20 33 81 72]], [[e:britt.s snabel-a youmail punktum dk]] – datter til [[n:Holger Skaarup]], som har [[h:hjemmedialyse]].
"""),
P("[en] long English case conference summary by Danish social worker", """
I need this in better English for a Nordic conference workshop – but first tell me if I should anonymise it:

Case: [[n:Henrik Bladt]], 58 years, lives alone at [[a:Møllevej 21, 8950 Ørsted]]. Henrik was a fisherman until 2015, when he got a [[h:serious back injury]] on the boat. Since then he has [[h:chronic pain]] and has developed an [[h:addiction to painkillers]] (mainly [[h:Tramadol]], and later also alcohol). In 2022 he was [[h:admitted for 3 weeks at the psychiatric ward in Risskov]] after a [[h:suicide attempt]]. After discharge he got a social worker and a support person 4 hours a week. Today he is [[h:in treatment at the municipal alcohol clinic]] and takes [[h:Antabus 400 mg two times a week]]. His GP has also found [[h:liver damage]]. Henrik says that the most important thing for him is his dog and his sister [[n:Lis Bladt]], who visits every Sunday. We are now working together with the jobcentre about a flexjob of 8 hours at the harbour. The main barriers are his [[h:pain level]], his [[h:low energy in the mornings]] and transport, because he [[h:lost his driving licence after drunk driving]]. I want to present this case as an example of good cross-sector work.
"""),
P("[da] one-liner med CPR og diagnose", """
[[c:3101992542]] [[h:epilepsi]] – hvilke regler gælder for kørekort?
"""),
P("[en] phone call note with card number read aloud", """
turn this phone note into a neat log line and mask the card: 10:42 Mrs [[n:Anne-Grethe Kvist]] called, paid for [[h:her husband's incontinence products]] with card [[k:4571-4227 8758-2698]], asked for receipt to [[e:agkvist@post.tele.dk]]
"""),
]
