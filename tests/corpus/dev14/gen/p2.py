"""dev14 personal batch 2 (d14-0061 .. d14-0120): lay health language, expats, jobcenter, forms, payments."""
from lib import personal as P

RECS = [
P("[en] expat daughter in Australia, mother with heart failure and water tablets; long e-mail", """
Dear Home Care Team,

My name is [[n:Louise Brandstrup-Cole]] and I'm writing from Perth about my mother, [[n:Birthe Brandstrup]], who lives at [[a:Lindevej 3, 8963 Auning]]. I spoke to her on FaceTime last night and I'm quite worried. Her [[h:ankles are really swollen]] again, she [[h:gets out of breath]] just walking to the bathroom, and she told me she [[h:sleeps sitting up in the chair]] because she can't breathe lying down. She's on [[h:water tablets]] and [[h:something for her heart]], but I don't think she's taking them properly – she said the [[h:water tablets]] make her run to the toilet so she [[h:skips them]] when she goes to the shops.

She also mentioned a [[h:fall in the garden]] last week, but she brushed it off.

Could someone from the nursing team please visit her this week and let me know how she is? She has given permission for you to talk to me – I'm happy to send a signed form. I'm 7 hours ahead of you, so e-mail is easiest: [[e:louise.bcole@bigpond.com]]. My brother [[n:Søren Brandstrup]] ([[p:22 81 04 59]]) lives in Aarhus and can come over at weekends.

Thank you so much,
Louise
"""),
P("[da] jobcenter note, citizen's own words quoted; CPR dash", """
Opfølgning, sygedagpenge. [[n:Michael Rosenkrantz]], [[c:280239-2519]] – nej, forkert, det er hans fars. Borgerens cpr: [[c:300385-1981]]. Han siger: "Jeg [[h:kan ikke stå op]] i mere end en halv time, så [[h:sover mine ben]]." Han [[h:venter på en ryg-operation]] i april. [[h:Tager morfin]] om aftenen. Kan ikke køre lastbil nu. Lav en plan for næste 8 uger.
"""),
P("[en] lowercase SMS from English-speaking citizen to support worker", """
hey it's [[n:danny o'connell]]. [[h:had a really bad night]] again, [[h:heard the voices]] till 4am. didn't take my [[h:meds]] yesterday cos they make me feel like a zombie. can you come today instead of thursday? [[p:27 16 93 40]]
"""),
P("[da] forælder til sundhedsplejerske om spiseproblemer hos teenager", """
Hej Anne-Mette
Jeg er bekymret for vores datter [[n:Laura Kamp]] (8.A). Hun [[h:spiser næsten ingenting]], [[h:træner hver dag]] og [[h:er blevet meget tynd]]. Hun [[h:har ikke haft menstruation]] i tre måneder. Hun bliver vred hvis vi siger noget. Kan vi få en snak uden at hun ved det?
[[n:Charlotte Kamp]], [[p:51 28 47 03]]
"""),
P("[da] borgers egen mail om bivirkninger og hjemmepleje", """
Hej Hjemmeplejen
Det er [[n:Arnold Bisgaard]] fra [[a:Enebærvej 10, 8961 Allingåbro]]. De nye [[h:sovepiller]] gør mig [[h:helt rundtosset]] om morgenen og i går [[h:faldt jeg ud af sengen]]. Kan I ikke sige til lægen at jeg vil have de gamle igen? Og kan morgenhjælpen komme lidt senere?
"""),
P("[en] translate to Danish: father's message about child's hearing loss and school", """
Translate into Danish for the school office: "Hi, my son [[n:Ethan Clarke]] (born 2014, 3.B) was just told he has [[h:moderate hearing loss]] in both ears. He'll get [[h:hearing aids]] next month. Until then please seat him at the front. Also he [[h:gets ear infections]] a lot so he might miss a few days. – [[n:Richard Clarke]], [[e:rich.clarke.dk@proton.me]]"
"""),
P("[da] Excel-udklip fra hjemmesygepleje-ruten, semikolon; CPR without dash", """
Tjek lige om denne liste giver mening før jeg sender den til vikaren:
Tid;Navn;Adresse;Opgave
07:30;[[n:Erna Holst]];[[a:Storegade 18, 8500 Grenaa]];[[h:øjendråber]] + [[h:støttestrømper]]
08:10;[[n:Poul Skytte]];[[a:Vestergade 4, 8963 Auning]];[[h:insulin]] før morgenmad
08:45;[[n:Kaj Udsen]] ([[c:1005313763]]);[[a:Møllevej 9, 8950 Ørsted]];[[h:skift af ble]], [[h:tjek sår på hælen]]
09:20;[[n:Dagmar Friis]];[[a:Bygaden 2, 8586 Ørum Djurs]];[[h:dosere piller]] for ugen
"""),
P("[en] Danish care worker's English summary for an agency nurse", """
Hi, quick summary for tonight: Mrs. [[n:Vibeke Rahbek]], room 3, had a [[h:small stroke]] last month – her [[h:left side is weak]] so help her turn. She [[h:chokes on thin drinks]], give thickened water. She [[h:gets anxious at night]] and may call out for her husband; he died in 2019. Her son [[n:Claus Rahbek]] can be called on [[p:40 72 19 85]] if she's very upset.
"""),
P("[da] jobcenter: mail fra borger om angst og aflysning", """
Kære Mette
Jeg kommer ikke til mødet i morgen. Jeg [[h:har haft det rigtig dårligt]] i denne uge og [[h:har ikke været ude af lejligheden]] siden lørdag. Min [[h:psykiater]] har [[h:sat medicinen op]]. Kan vi tage det over telefonen i stedet?
Venlig hilsen [[n:Simone Lauritsen]]
[[e:simone_lauritsen@outlook.dk]]
"""),
P("[da] hjælpemiddelansøgning, formular-udfyldning", """
Navn: [[n:Jørgen Vestergaard Lund]]
Cpr.nr.: [[c:140660-2539]]
Adresse: [[a:Torvet 14, 2. th., 8500 Grenaa]]
Tlf.: [[p:86 32 15 77]]
Hvad søges der om: [[h:Kørestol med el-hjælp]]
Begrundelse (med dine egne ord): Mine [[h:arme er blevet for svage]] til at skubbe mig selv efter min [[h:sclerose]] er blevet værre. Jeg [[h:kan ikke komme ud]] uden at min kone skubber, og hun har [[h:dårlig ryg]].
"""),
P("[en] Teams message between social workers about a client's pregnancy and drug use", """
Hey, update on [[n:Jessica Mørk]] ([[c:160198-3458]]): she's [[h:pregnant]] again, about 10 weeks. She says she's [[h:stopped using]] but the midwife [[h:found traces in her urine]]. We need a meeting with the family-ambulatory team before the [[h:12-week scan]]. Can you draft the invite in Danish?
"""),
P("[da] pårørende klager over manglende hjælp til mor med demens, bankoplysning til tilbagebetaling", """
Klage
Min mor [[n:Inga Lydiksen]], [[c:080855-0776]], [[h:har demens]] og [[h:kan ikke selv huske at spise]]. Hjemmeplejen har flere gange glemt at komme. I har trukket hende for [[h:madservice]] i 14 dage hvor hun var [[h:på aflastning]]. Jeg beder om at beløbet bliver tilbagebetalt til hendes konto [[b:7730-0001968352]].
[[n:Jan Lydiksen]], søn
"""),
P("[en] short: expat colleague tells team about daughter", """
Working from home today – [[n:Noor Haddad]]'s youngest [[h:has chickenpox]], so I'm stuck at home. Reach me on [[p:60 91 23 47]]. – Noor
"""),
P("[da] skole → forældre, elevens ordblindhed og koncentration", """
Kære [[n:Tina Bak Lindholm]]
Vi har fået resultatet af testen for Malik. Han [[h:er ordblind]] og [[h:har svært ved at koncentrere sig]] mere end 10 minutter ad gangen. Vi tilbyder at han får [[h:læsestøtte]] og en [[h:computer med oplæsning]]. PPR vil gerne tale med jer om at få ham [[h:udredt for ADHD]]. Ring gerne på skolens nummer eller mig direkte på [[p:89 59 64 11]].
Med venlig hilsen [[n:Jonas Riis]], lærer
"""),
P("[en] expat's own e-mail asking about mental health help", """
Hello, I'm [[n:Aiko Tanaka-Møller]], I live at [[a:Ahornvej 6, 8570 Trustrup]]. Since my baby was born in March I [[h:cry every day]] and [[h:can't sleep even when she sleeps]]. My husband thinks I have [[h:postnatal depression]]. My GP put me on a waiting list for a psychologist but it's 4 months. Does the municipality have anything sooner?
"""),
P("[da] hjemmeplejenotat skrevet i hverdagssprog; ingen forkortelser", """
[[n:Harald Bendtsen]] ([[c:051072-1411]]) var [[h:meget sur og forvirret]] i dag. Han [[h:kunne ikke finde ud af fjernbetjeningen]] og [[h:troede jeg var hans søster]]. Han [[h:har ikke spist sin mad]] fra i går. [[h:Bleen var våd helt op ad ryggen]]. Han [[h:hoster og lyder tung]] i brystet. Har ringet til sygeplejen.
"""),
P("[en] HR letter asking Copilot to draft: employee returning after mental health leave", """
Draft a return-to-work plan for [[n:Mikkel Aabo]] ([[e:mikkel.aabo@gmail.com]]). He's been off since October with [[h:depression]] and is now [[h:on antidepressants]]. His doctor suggests 12 hours a week, no phone duty, and [[h:avoid conflict meetings]] for the first month. Keep it supportive and non-medical.
"""),
P("[da] besked til genoptræning om knæoperation; mail i signatur", """
Hej
Jeg er blevet [[h:opereret i mit knæ]] på Regionshospitalet den 2. og har fået at vide at kommunen skal stå for [[h:genoptræningen]]. Jeg har [[h:meget ondt når jeg bøjer benet]] og [[h:kan kun gå med krykker]]. Hvornår hører jeg fra jer?
[[n:Vagn Ellegaard]]
[[a:Nørrevang 22, 8961 Allingåbro]]
[[e:vagn.ellegaard@hotmail.dk]]
"""),
P("[en] long parent e-mail in lay English to special-needs coordinator", """
Dear Ms. Bach,

I'm [[n:Katie Lindberg]], mum of [[n:Oscar Lindberg]] in 2nd grade. I wanted to explain a bit more before our meeting on Monday, because I find it easier in English.

Oscar has always been a busy boy, but this year it's got much worse. He [[h:can't sit still]] for more than a couple of minutes, he [[h:hits other children]] when he gets frustrated and he [[h:has meltdowns]] every afternoon when he comes home – screaming, throwing things, sometimes for an hour. He [[h:only sleeps about 6 hours]] a night. He is also [[h:very picky with food]], only eats about 5 different things, and [[h:hates loud noises]] like the school bell.

Our GP has referred him to [[h:child psychiatry]] in Aarhus, but the waiting time is about a year. In the meantime we'd really like the school to give him a quiet corner and maybe ear defenders. We're also struggling at home and wonder if we can get [[h:family support]] from the municipality.

Oscar's CPR is [[c:260608-4941]] if you need it for the paperwork. You can reach me on [[p:31 47 80 26]] after 3 pm.

Thank you for listening,
Katie
"""),
P("[da] kort sms til visitator fra datter", """
Hej Lene, mor ([[n:Agnes Thorsen]], [[a:Søndergade 3, Allingåbro]]) [[h:kan ikke selv komme i tøjet]] mere. Kan hun få morgenhjælp?
"""),
P("[da] medarbejder skriver til kollega om egen graviditet og sygemelding, med navn", """
Hej Trine. Det er [[n:Sabrina Nygaard Fisker]]. Jeg er [[h:gravid]] igen 🙂 men [[h:har bækkenløsning]] allerede, så lægen har [[h:sygemeldt mig delvist]]. Jeg kan kun køre korte ture. Kan du tage Ørum-ruten? Terminen er i august. Fortæl det ikke til de andre endnu.
"""),
P("[en] English relative: brother in care home, alcohol withdrawal and bank payment", """
Hi, I'm [[n:Martin Sejersen]], brother of [[n:Allan Sejersen]] who moved into Bostedet in Auning last month. He [[h:used to drink a lot]] and [[h:was shaking badly]] the first week. The staff said he needs [[h:new dentures]] and that I should pay the dentist's deposit. I transferred 2,500 kr. from reg. no. [[b:8401 account no. 1174093652]] – can you confirm you got it?
"""),
P("[da] sagsbehandler-notat om barn i mistrivsel, forældres egne ord", """
Underretning modtaget fra skolen vedr. [[n:Victor Kragh]], [[c:2104039750]] – nej, rettelse: det er søsterens. Victors cpr er [[c:061105-9124]]. Mor fortæller: "Han [[h:skærer i sig selv]] og [[h:vil ikke stå op]] om morgenen. Han siger han [[h:ikke har lyst til at leve]]." Far mener han bare er doven. Akut samtale aftalt med [[h:børne- og ungepsykiatrien]].
"""),
P("[en] care home Teams chat: resident's son asks about medication change", """
[[n:Peter Ahlmann]] (son of [[n:Ruth Ahlmann]]) wrote on the app: "Why has mum been taken off her [[h:blood pressure pills]]? She [[h:had a headache]] all weekend and her [[h:eyes were red]]." Can you help me write a calm reply explaining that the doctor stopped them because her [[h:blood pressure was too low]] and she [[h:fainted]] twice?
"""),
P("[da] ansøgning om ledsagerordning, borgeren skriver selv", """
Jeg hedder [[n:Camilla Juul]] og er [[h:blind]] efter en ulykke for 5 år siden. Jeg bor alene i [[a:Kystvejen 7, st. tv., 8500 Grenaa]] og vil gerne have [[h:ledsager]] til at komme til svømning og familie. Jeg [[h:har en førerhund]], men den kan ikke hjælpe i butikker. Skriv til [[e:camilla.juul@mail.dk]] – jeg bruger oplæsning.
"""),
P("[da] MMS-agtig besked fra ægtemand, lowercase", """
hej det er [[n:bjarne lauge]] på [[a:fjellerupvej 31]]. min kone inger [[h:har slået hovedet]] da hun [[h:faldt på badeværelset]] og hun [[h:bløder lidt fra øret]]. skal jeg ringe 112 eller kommer sygeplejersken
"""),
P("[en] expat mother to day-care, child with food allergy, epipen", """
Hi everyone at Solsikken, this is [[n:Amelia Foster]] ([[p:52 84 19 63]]). Just a reminder that Ruby is [[h:severely allergic to peanuts]] – her [[h:EpiPen]] is in the red bag. If her lips swell or she starts coughing, use it and call 112. She also [[h:has eczema]] so please use her own cream after hand-washing. Thanks!
"""),
P("[da] kollega-mail om stresset kollega, uden for patientjournal", """
Hej Morten
Jeg er lidt bekymret for [[n:Annette Kjærsgaard]] i hjemmeplejen Grenaa. Hun har [[h:grædt i bilen]] to gange i denne uge og siger hun [[h:ikke kan sove]] fordi hun tænker på arbejdet. Hun [[h:har tabt sig]] og [[h:ser træt ud]]. Skal vi tage en snak med hende sammen?
/Lisbeth
"""),
P("[da] løn/refusion: medarbejder med kronisk sygdom, paragraf 56, bankkonto", """
Hej Løn
[[n:Rune Mortensen]] (cpr [[c:190779-2915]]) har fået [[h:§ 56-aftale]] pga. sin [[h:Crohns]]. Han var [[h:syg]] 3 dage i uge 6 med [[h:maveproblemer]]. Husk at søge refusion. Han har bedt om at hans løn fremover går til reg. [[b:0400 konto 4017362951]].
"""),
P("[en] English message from Polish worker's wife to jobcenter", """
Good morning, I am writing for my husband [[n:Tomasz Wiśniewski]] because his Danish is not so good. He [[h:hurt his back]] at the slaughterhouse and now he [[h:can't bend down]] or lift his son. The doctor gave him [[h:strong painkillers]] and said [[h:no work for 4 weeks]]. What papers must he send? Address: [[a:Vestergade 52, 8500 Grenaa]], phone [[p:+48 601 224 938]].
"""),
P("[da] kort: pårørende melder afbud til dagcenter", """
[[n:Ulla Ringgaard]] kommer ikke i dagcenteret i dag, hun har haft [[h:diarré]] hele natten. Hilsen [[n:Leif Ringgaard]], [[p:23 58 01 64]]
"""),
P("[en] Copilot: summarise a long note; English written by Danish nurse; CPR no dash", """
Summarise in 3 bullet points: "Visit to Mr. [[n:Knud Sloth]], CPR [[c:2207500138]]. [[n:Mr. Sloth]] [[h:has much pain in the stomach]] after eating and [[h:has lost 6 kilo]] since summer. He [[h:is afraid it is cancer]] like his brother. He has been [[h:referred to a scope]] on the 14th. He takes [[h:pills for acid]] and for the [[h:heart rhythm]]. His wife is [[h:in the hospital with a broken hip]] so he is alone and [[h:does not eat]]."
"""),
P("[da] skolelærer til forældre om barns toiletuheld – meget kort", """
Hej [[n:Karina Brix]]. Alma [[h:har tisset i bukserne]] i dag, hun har skiftetøj på. Hun var lidt ked af det. Mvh Sara
"""),
P("[da] visitationsnotat til nødkald og natpleje, adresse med etage", """
[[n:Kirsten Dalsgaard]], [[a:Åvej 9, 1. sal, 8950 Ørsted]], [[c:130801-4610]]. 25-årig kvinde med [[h:muskelsvind]], [[h:bruger el-kørestol]] og [[h:kan ikke selv vende sig]] om natten. Hun ønsker [[h:nødkald]] og [[h:natlige besøg]] 2 gange. Mor har indtil nu hjulpet, men mor er [[h:selv blevet syg]]. Omskriv til en kort faglig begrundelse.
"""),
P("[en] expat son: father on blood thinners had nosebleed; card payment for private taxi", """
Hi, [[n:Jonathan Kehlet]] here. My father [[n:Bent Kehlet]] ([[a:Kirkegade 4, 8500 Grenaa]]) [[h:had a nosebleed]] that wouldn't stop on Saturday – he's [[h:on blood thinners]] – and we had to take a private taxi to A&E in Randers. The taxi was paid with my card [[k:4532 9255 3424 2786]]. Can the municipality reimburse hospital transport in that case?
"""),
P("[da] sms fra borger til bostøtte, lavt sprog, misbrug", """
hej karen det er [[n:mikkel sand]] jeg har [[h:drukket igen]] og har [[h:ikke taget antabus]] siden fredag. jeg [[h:har det af helvede til]]. kan du ringe [[p:30 65 12 98]]
"""),
P("[en] Danish manager writing English e-mail about employee with long-term illness", """
Dear Claire,
As discussed, our colleague [[n:Helene Mathiesen]] will be [[h:on sick leave]] until at least 1 May. She [[h:had a heart attack]] in January and is now in [[h:cardiac rehab]] three times a week. She would like to keep in contact through the team chat, but no phone calls please. I have asked [[n:Ole Bering]] ([[e:obe@norddjurs.dk]]) to take over her cases.
"""),
P("[da] parents to school about newly diagnosed child diabetes; child CPR 2019", """
Hej lærerne i 0.A
Vores dreng [[n:Anton Hviid]] ([[c:090319-6981]]) har lige fået konstateret [[h:sukkersyge]]. Han har en [[h:pumpe på maven]] og en [[h:måler på armen]]. Han må få [[h:druesukker]] i timerne hvis han føler sig sløj. Vi kommer og viser jer hvordan pumpen virker på torsdag.
Signe og [[n:Rasmus Hviid]]
"""),
P("[en] short expat text to care home", """
hi its fiona, [[n:mrs. gordon]]'s daughter – mum's [[h:hearing aid]] is broken again, can someone drop it at Høreklinikken? cheers
"""),
P("[da] pårørende, far med Parkinson, ansøgning om bil og betaling med kort", """
Til Hjælpemidler
Min far [[n:Gunnar Wolff]], [[a:Rugvænget 11, 8963 Auning]], [[h:har Parkinson]] og [[h:ryster så meget]] at han ikke kan spise selv. Han [[h:går med små skridt]] og [[h:fryser fast]] i døråbninger. Vi har selv købt en [[h:vippeske]] og [[h:skridsikker tallerken]] for 640 kr. på kortet [[k:5290 3060 4153 6524]]. Kan vi få pengene igen?
[[n:Lone Wolff]]
"""),
P("[en] translate ask: Ukrainian mother, child with disability; phone and address", """
Can you put this into Danish so I can send it to the kommune? "My daughter [[n:Sofiia Kravets]] is 8. She [[h:has cerebral palsy]] and [[h:can't walk on her own]]. In Ukraine she had [[h:physiotherapy]] every week and [[h:special shoes]]. We live at [[a:Hovedgaden 40, 8950 Ørsted]]. Phone [[p:42 19 66 08]]."
"""),
P("[da] teamleder-notat om medarbejder med rygproblemer, skånehensyn", """
Samtale med [[n:Dennis Krarup]] 12/3. Dennis har [[h:diskusprolaps]] og [[h:må ikke løfte over 10 kilo]]. Han [[h:kan ikke gå i knæ]]. Aftalt at han i 6 uger kun kører ruter uden forflytninger. Han [[h:går til fysioterapeut]] tirsdag og torsdag morgen. Skriv referatet i punktform.
"""),
P("[en] e-mail from grandson about grandmother's hoarding and confusion; lay words", """
Hi, I'm [[n:Sebastian Holm]]. My grandma [[n:Edel Holm]] lives at [[a:Mosevej 17, 8585 Glesborg]]. The house is full of newspapers and old food, she won't let anyone in and last time she [[h:thought I was a burglar]]. She [[h:hasn't washed in weeks]], I think. I'm worried about fire. What can you do? [[e:seb.holm04@gmail.com]]
"""),
P("[da] borger søger om tilskud til psykologhjælp, e-mail i signatur og kortbetaling", """
Hej Borgerservice
Jeg har [[h:gået til psykolog]] privat siden min [[h:abort]] i foråret og har betalt 1.050 kr. pr. gang med kortet [[k:4917 2142 8131 3925]]. Lægen siger jeg har en [[h:depression]]. Kan man få helbredstillæg eller lignende til det?
Venlig hilsen
[[n:Nathalie Frost]]
[[e:nathalie.frost@live.dk]]
"""),
P("[en] Danish social worker's English note to Dutch colleague", """
Case note in English for our Dutch partner: Ms. [[n:Anna de Vries]], born 1963 ([[c:070263-0924]]), [[h:uses a wheelchair]] after a [[h:spinal injury]], lives at [[a:Kalkværksvej 2, 8500 Grenaa]]. She [[h:needs help with bathing]] twice a week and [[h:catheter care]] daily. [[h:Bladder infections]] about every 2 months.
"""),
P("[da] forældresamtale, far skriver i Aula om sønnens stammen og mobning", """
Hej [[n:Helle Bang]]
Vores søn Elias [[h:stammer]] og er begyndt at blive drillet med det. Han [[h:har ondt i hovedet]] hver søndag aften og vil ikke i skole. Han går til [[h:talepædagog]] om onsdagen. Kan vi mødes?
[[n:Kristian Ebbesen]], [[p:25 73 40 91]]
"""),
P("[en] expat colleague's own sick note to manager, with address for a delivered letter", """
Hi Anders, I won't be in this week – I've got [[h:shingles]] and I'm in [[h:a lot of pain]]. Doctor says it's contagious for babies so I should stay away from the daycare visits. Please send the paper forms to my home: [[a:Pilevej 8, 8570 Trustrup]]. Thanks, [[n:Rachel Gunnarsen]]
"""),
P("[da] hjemmesygeplejerske besked i hverdagssprog til læge via korrespondance", """
Til lægen vedr. [[n:Elna Bach]] [[c:180550-1568]]. Hun [[h:er blevet meget gul]] i huden og [[h:klør over det hele]]. Hun har [[h:ingen appetit]] og [[h:tisser mørkt]]. Hun siger hun [[h:har ondt under ribbenene]] i højre side. Vil du se på det i dag? Ring på [[p:21 46 88 07]].
"""),
P("[en] request to draft apology letter; relative complains about handling of dad's catheter", """
Help me reply politely to this e-mail from [[n:Simon Laursen]] ([[e:slaursen@me.com]]): "Yesterday your staff left my father's [[h:catheter bag]] on the floor and it leaked everywhere. He [[h:has a urine infection]] again. He is [[h:bedbound]] and can't do anything about it himself. This is the third time!"
"""),
P("[da] borger ringer til jobcenteret, notat, telefonnummer med +45", """
Tlf. fra [[n:Kim Bager Sørensen]] ([[p:+45 28 16 73 05]]). Han [[h:har fået konstateret sukkersyge]] og [[h:ser dårligt]] efter det. [[h:Synet er for dårligt]] til at køre truck, så han kan ikke tage jobbet på lageret. Han spørger om han kan få et kursus i stedet. Ring tilbage efter kl. 13.
"""),
P("[en] English speaker at care home, room list with residents; short", """
Lunch list today: [[n:Ebba Munk]] – [[h:soft food only]], [[n:Holger Ravn]] – [[h:no sugar]], [[n:Ellen Dyhr]] – [[h:needs feeding]], [[n:Aksel Kirk]] – [[h:thickened drinks]].
"""),
P("[da] pårørende til plejehjem om gode og dårlige dage, lang", """
Kære personale på Fuglebakken

Tak for jeres store indsats for min far, [[n:Svend Åge Hartvig]]. Jeg vil gerne fortælle lidt om ham, så I bedre kan forstå ham på de dårlige dage.

Far har altid været en stille mand, men efter at han fik sin [[h:hjerneskade]] for to år siden [[h:bliver han let vred]] og [[h:kan ikke finde ordene]]. Når han banker i bordet, er det som regel fordi han [[h:har ondt]] eller skal på toilettet – han kan ikke sige det. Han [[h:er bange i mørke]], så lad gerne lampen være tændt. Han [[h:kan ikke lide at blive vasket af mænd]].

Han [[h:får smertestillende]] morgen og aften, og lægen har sagt at han [[h:må få en ekstra]] hvis han er meget urolig om eftermiddagen. Han elsker Dario Campeotto og kaffe med to stykker sukker, selv om han [[h:har sukkersyge]] – en gang om dagen er okay efter aftale med sygeplejersken.

Jeg kommer hver torsdag. Ring endelig på [[p:61 79 25 04]] hvis der er noget.

Venlig hilsen
[[n:Birgitte Hartvig Nøhr]]
"""),
P("[en] HR: translating sick-leave e-mail for payroll; bank details in English", """
Payroll needs this in English: [[n:Dorte Lykkegaard]] has been [[h:off sick]] since 3 March with a bad case of [[h:pneumonia]], she [[h:was admitted]] for 5 days. Her sick pay should go to her new account, reg. [[b:9860 account no. 0735218846]]. She can be contacted on [[e:dorte.lykke@gmail.com]].
"""),
P("[da] kort SMS fra bostøtte til borger, navne i små bogstaver", """
hej [[n:julie frandsen]] husk du har [[h:tid hos psykiateren]] kl 11 i morgen. jeg henter dig kl 10.30 på [[a:lillegade 22]]
"""),
P("[da/en] dansk pårørende-mail + engelsk instruktion", """
Rewrite this more politely: "Hej. Jeg er træt af at min mor [[n:Gerda Stokholm]] ([[a:Enghavevej 19, 8586 Ørum Djurs]]) skal vente 3 uger på en ny [[h:rollator]]. Hun [[h:er faldet tre gange]] uden, og hun har [[h:brækket håndleddet]] nu. [[n:Tom Stokholm]]"
"""),
P("[en] expat on Anholt writes about husband's heart and ferry; payment card", """
Hi, we live on Anholt ([[a:Nordstrandvej 5, 8592 Anholt]]). My husband [[n:Klaus Reiter]] needs to go to Aarhus for [[h:heart check-ups]] every month since his [[h:bypass]], and the ferry and hotel are expensive. I paid last month with card [[k:5232 2461 0729 0247]]. Can we get help with transport costs? – [[n:Gisela Reiter]]
"""),
P("[da] underretning fra dagplejer, barnets blå mærker og vægt – kort", """
Underretning: [[n:Alfred Nøhr Eskildsen]] ([[c:1506154819]]) [[h:har blå mærker på ryggen]] og [[h:virker sulten]] når han kommer om morgenen. Han [[h:har tabt sig]] siden sidste måned. Dagplejer [[n:Rita Eskildsen]] – nej, vi er ikke i familie.
"""),
P("[en] personal assistant schedule, English, citizen with spinal injury; phone", """
Can you turn this into a weekly rota table? Client: [[n:Andreas Friis Kruse]], [[p:50 62 38 17]]. He is [[h:paralysed from the chest down]] and [[h:needs turning every 3 hours]] at night. Morning: [[h:help with toilet routine]] (45 min), shower, dress. Evening: [[h:catheter]], meds, bed. Assistants: Amalie, Johan, Fatima.
"""),
P("[en] citizen's own lay-English message to sickness-benefit team; CPR and address", """
Hi, my name is [[n:Chloe Amundsen]], CPR [[c:190982-1122]], [[a:Kærvej 12, 8500 Grenaa]]. I got your letter about the follow-up meeting. I'm still [[h:off work]] – the [[h:migraines]] come 3-4 times a week now and I [[h:throw up]] when they're bad. The neurologist changed my [[h:tablets]] last week, so I'd like to wait and see if they work. Can we do the meeting by phone?
"""),
P("[en] son-in-law asks about rehab after mother-in-law's hip fracture; phone", """
Hello, I'm calling on behalf of my mother-in-law, [[n:Ruth Bækgaard]] ([[a:Stationsvej 15, 8570 Trustrup]]). She [[h:broke her hip]] three weeks ago and came home from Randers on Friday. She [[h:can only walk with the frame]], [[h:needs help getting out of bed]] and [[h:is scared of falling again]]. The hospital said the kommune would start [[h:rehab at home]], but nobody has called. My number is [[p:26 40 95 17]]. Thanks, [[n:Lee Thornton]]
"""),
]
