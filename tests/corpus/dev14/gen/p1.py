"""dev14 personal batch 1 (d14-0001 .. d14-0060): lay health language, relatives, parents, care staff."""
from lib import personal as P

RECS = [
P("[da] relative's e-mail to visitation about mother forgetting the stove; name, address, phone in signature", """
Hej visitationen

Jeg skriver angående min mor, [[n:Inger Marie Thomsen]], [[a:Kystvejen 41, 8500 Grenaa]]. Hun er det sidste halve år begyndt at [[h:glemme at slukke komfuret]], og hun [[h:bliver forvirret]] sidst på eftermiddagen. Hun [[h:spiser ikke ordentligt]] når hun er alene. Kan man få sådan en [[h:komfurvagt]], og kan nogen komme ud og se til hende?

Venlig hilsen
[[n:Lotte Thomsen Bak]]
[[p:22 47 91 36]]
"""),
P("[da] son asks for help because father can't manage the stairs; CPR without dash", """
Min far [[n:Henning Kjær]] (cpr [[c:0304411317]]) [[h:kan ikke længere klare trappen]] op til soveværelset, og han er [[h:faldet to gange]] siden jul. Han bor på [[a:Nørregade 12, 1. th., 8500 Grenaa]]. Kan kommunen hjælpe med en trappelift eller skal han flytte? Hvad skal jeg skrive i ansøgningen? Formulér det lidt pænere for mig.
"""),
P("[da] SMS from daughter to home care, lowercase, stomach trouble", """
hej det er susanne datter til [[n:ellen bech]] på [[a:stationsvej 7]] i allingåbro. hun har det [[h:skidt med maven]] igen og har [[h:ikke været på toilettet siden søndag]]. kan i kigge ind i dag? ring på [[p:40 18 72 55]]
"""),
P("[da] parent's message to school (Aula) about daughter sleeping badly; parent signs with full name", """
Kære Birgitte

Jeg vil bare lige orientere om at Emma i 4.B har [[h:haft det svært]] siden jul og [[h:sover dårligt]]. Hun [[h:græder meget om aftenen]] og siger hun har [[h:ondt i maven]] om morgenen før skole. Vi har fået en [[h:tid hos egen læge]] på torsdag. Må hun gå lidt tidligere den dag?

Mvh [[n:Rikke Lauridsen]] (mor til Emma)
"""),
P("[da] parent tells teacher son gets medicine for restlessness; CPR of child born 2011", """
Hej Mads. Vores søn [[n:Oliver Dam Skriver]] ([[c:270611-5189]]) er startet på [[h:medicin for sin uro]] her i weekenden. Lægen siger han kan blive [[h:lidt sløv]] de første uger og måske [[h:ikke have så meget appetit]]. Sig endelig til hvis du ser noget. Han skal have en [[h:pille]] med i madpakken kl. 12 – kan skolen give ham den? Hilsen [[n:Jonas Skriver]]
"""),
P("[en] expat son e-mails the municipality: dad keeps falling", """
Hello,

I live in Edinburgh and I'm worried about my father, [[n:Poul Erik Vestergaard]], who lives alone at [[a:Fornæsvej 9, 8500 Grenaa]]. My dad [[h:keeps falling]] – the neighbour found him on the kitchen floor last Tuesday and he couldn't get up by himself. He's [[h:on blood thinners]] so I'm scared of him hitting his head. Is there any kind of alarm button or home visit you can arrange? I can be reached on [[p:+44 7700 914 263]] or [[e:andy.vestergaard@gmail.com]].

Kind regards,
[[n:Andrew Vestergaard]]
"""),
P("[en] relative e-mail, daughter-in-law, lay mental health", """
Hi, I'm writing about my mother-in-law [[n:Grethe Bundgaard]], [[a:Hovedgaden 23, 8950 Ørsted]]. She's been [[h:really down lately]], hardly leaves the house and told my husband she [[h:doesn't see the point of anything]] any more. She [[h:stopped taking her happy pills]] in the summer. Who do we talk to in the municipality? Please answer in English if possible. – [[n:Claire Bundgaard]]
"""),
P("[da] jobcenter note on citizen's capacity in everyday words", """
Samtale d.d. med [[n:Tina Holm Rasmussen]], cpr [[c:111290-2348]]. Tina fortæller at hun [[h:kan ikke sidde ned i mere end 20 minutter]] ad gangen og [[h:har ondt i ryggen når hun løfter]]. Hun [[h:tager smertestillende]] hver morgen. Hun vil gerne prøve virksomhedspraktik i en butik, hvis hun kan få lov at stå og gå. Aftalt at jeg indhenter [[h:statusattest fra egen læge]]. Skriv det om til et kort notat til journalen.
"""),
P("[da] care staff handover in everyday words, two citizens", """
Overlevering aften → nat, Auning-gruppen:
[[n:Karl Åge Møller]], [[a:Skovvej 4]]: [[h:har været urolig]] hele aftenen og [[h:vil ikke tage sine piller mod blodtryk]]. Datteren er ringet op. [[h:Ble skiftet]] kl. 21.
[[n:Ruth Nygaard]], [[a:Vestergade 30, st.]]: [[h:ondt i hoften efter faldet]] i går, fik [[h:to Panodil]] kl. 20. Husk at tjekke om hun kan komme op på toilettet selv.
"""),
P("[en] Copilot request: translate a daughter's lay note into Danish for the care centre", """
Please translate this into Danish for the staff at the care home: "Mum ([[n:Jytte Kristensen]], room 14) [[h:doesn't like to be showered in the morning]], she gets very upset. She [[h:can't hear on her left side]] so speak into her right ear. Her [[h:sleeping pills]] make her wobbly at night, so please keep the light on." – from [[n:Karen Kristensen-Hale]], [[e:karenkh@outlook.com]]
"""),
P("[da] citizen's own complaint about cut in home help; name, address, CPR", """
Klage over afgørelse

Jeg hedder [[n:Bent Overgaard]], cpr. [[c:171136-0375]], og bor på [[a:Randersvej 88, 8500 Grenaa]]. I har skåret min [[h:rengøringshjælp]] ned til hver 3. uge. Jeg har [[h:dårlige knæ]] og [[h:kan ikke bukke mig]], og min kone har lige [[h:fået en ny hofte]], så ingen af os kan støvsuge. Jeg synes det er urimeligt. Hjælp mig med at skrive klagen sagligt og kort.
"""),
P("[da] application for handicap car, mother about son with disability", """
Ansøgning om støtte til bil

Min søn [[n:Lucas Bech Nørgaard]], født 2013 ([[c:040913-7472]]), [[h:sidder i kørestol]] og [[h:kan ikke selv flytte sig fra stolen]]. Han skal til [[h:fysioterapi]] to gange om ugen i Aarhus og til [[h:kontrol på Skejby]] hver tredje måned. Vi kan ikke få kørestolen ind i vores nuværende bil. Adresse: [[a:Bygaden 17, Vivild, 8961 Allingåbro]]. Mobil: [[p:61 33 09 48]].
"""),
P("[en] short SMS from expat, lowercase", """
hi it's [[n:maria lindqvist]] from [[a:strandvejen 62, bønnerup]] – i had a [[h:miscarriage]] on monday so i won't be at the language class this week. sorry
"""),
P("[da] colleague e-mail about sick colleague, everyday words", """
Hej alle i Team Syd
Bare så I ved det: [[n:Jannie Sørensen]] er [[h:sygemeldt]] resten af måneden. Hun er [[h:gået ned med stress]] og [[h:sover næsten ikke]]. Hun vil gerne have fred, så lad være med at ringe, men skriv gerne en sms. Jeg fordeler hendes borgere i morgen.
/[[n:Mette Kold]], teamleder, [[p:89 59 42 17]]
"""),
P("[da] hospital appointment message to home care", """
Til hjemmeplejen: [[n:Aase Villadsen]] ([[c:220848-3180]]) [[h:skal til scanning]] på fredag kl. 9.40 på Regionshospitalet Randers. Hun skal være [[h:fastende]] fra midnat og må [[h:ikke tage vanddrivende]] om morgenen. Taxa er bestilt. Kan morgenbesøget rykkes til kl. 7? Hilsen sygeplejen
"""),
P("[da] SMS about eye appointment, short", """
Hej [[n:Kurt Lassen]], husk du har [[h:tid hos øjenlægen]] tirsdag kl 10.15. Jeg henter dig. Birthe
"""),
P("[en] English relative, pregnancy, housing request", """
Dear Housing team,
My partner [[n:Jasmina Kovač]] is [[h:7 months pregnant]] and has really bad [[h:pelvic pain]] – she can barely walk the stairs to our 3rd-floor flat at [[a:Østergade 5, 3. tv., 8500 Grenaa]]. The midwife says the [[h:baby might come early]]. Is there any chance of being moved to a ground floor flat? My number is [[p:+45 50 27 18 64]].
Thanks, [[n:Goran Kovač]]
"""),
P("[da] social worker note, addiction in everyday words", """
Notat: Hjemmebesøg hos [[n:Jesper Toft]], [[a:Lillegade 9, 8500 Grenaa]]. Der lå mange tomme flasker i køkkenet og Jesper [[h:rystede på hænderne]]. Han siger selv han [[h:drikker for meget]] og gerne vil [[h:have hjælp til at stoppe]]. Han [[h:ryger også hash]] om aftenen for at kunne sove. Aftalt at jeg følger ham til Rusmiddelcenteret mandag. Lav et kort resumé til min leder.
"""),
P("[en] care worker asks Copilot to tidy a handover written in lay English", """
Can you make this handover sound more professional? "[[n:Mr. Andersen]] in flat 2 ([[a:Skolebakken 3, Auning]]) was [[h:really confused]] this morning, [[h:didn't know what day it was]], [[h:wet the bed]] again. He [[h:hasn't had a poo for 4 days]]. Gave him his [[h:water tablet]] at 8. Daughter says he's had a [[h:chest infection]]."
"""),
P("[da] citizen applies for bath chair, own words; e-mail", """
Hej
Jeg vil gerne søge om en badestol. Jeg [[h:bliver svimmel når jeg står op i brusebadet]] og er bange for at falde. Jeg har [[h:sukkersyge]] og [[h:dårligt blodomløb i benene]].
[[n:Gudrun Hedegaard]]
[[a:Møllevej 2, 8585 Glesborg]]
[[e:gudrun.hedegaard@mail.dk]]
"""),
P("[da] parent to PPR about child's diagnosis, CPR no dash", """
Til PPR
Vores datter [[n:Sofie Krogh Madsen]] ([[c:1203095748]]) har fået [[h:diagnosen autisme]] af børnepsykiatrien i Risskov i sidste uge. Hun [[h:kan ikke holde til larmen]] i klassen og [[h:smelter ned]] når hun kommer hjem. Vi vil gerne have et møde om, hvad skolen kan gøre. Ring gerne på [[p:26 91 40 73]].
[[n:Anders Madsen]]
"""),
P("[en] expat daughter to care home, mixed symptoms; e-mail signature", """
Hi Lene,
Thanks for calling yesterday. Just to confirm what we discussed about Dad ([[n:Erik Holmgaard]]): he's [[h:been coughing a lot at night]], he [[h:won't drink enough]], and the GP has put him [[h:on antibiotics]] for 7 days. He also keeps pulling out his [[h:hearing aid]]. Please call me if his temperature goes up again.
Best,
[[n:Sarah Holmgaard-Reid]]
[[p:+31 6 4128 7730]]
[[e:s.holmgaardreid@icloud.com]]
"""),
P("[da] short Teams message about colleague's child in hospital", """
[[n:Pernille Aagaard]] har fri i dag, hendes lille dreng er [[h:indlagt med lungebetændelse]] på Randers. Hun tjekker mail i aften.
"""),
P("[da] home nurse note in plain words, wound and pain; CPR", """
Besøg hos [[n:Erling Frandsen]] [[c:090152-3525]]. [[h:Såret på venstre underben]] [[h:lugter grimt]] og [[h:væsker meget]]. Han siger det [[h:gør mere ondt om natten]]. Har skiftet forbinding. Han har [[h:ikke taget sine vanddrivende]] i tre dage fordi han ikke gider tisse hele tiden. Ring til lægen i morgen. Hjælp mig med at gøre notatet kort.
"""),
P("[en] HR: manager asks for help writing a kind message to an employee on sick leave", """
Help me write a warm but short text message to my employee [[n:Kasper Ravn]] ([[p:31 82 66 09]]). He [[h:broke his wrist]] falling off his bike on Sunday and had [[h:surgery]] yesterday. He's worried about his job. I want to say take the time he needs and that we'll talk about light duties when he's [[h:out of the cast]].
"""),
P("[da] grandmother writes to school about grandchild's grief and stomach aches", """
Kære klasselærer
Jeg er mormor til Noah i 2. klasse. Hans far døde i efteråret og siden har Noah [[h:haft ondt i maven hver morgen]] og [[h:tisser i sengen]] igen. Vi har talt med lægen som siger det er sorg. Kan han få lov at gå på toilettet når han har brug for det?
Venlig hilsen [[n:Hanne Kirkegaard]], [[a:Ydergade 14, 8500 Grenaa]]
"""),
P("[da/en] bilingual: Danish note, English instruction; medication in lay form", """
Translate to English for the new Filipino care assistant, keep it simple: "[[n:Ingrid Laursen]] skal have sine [[h:hjertepiller]] kl. 8 og kl. 20. Hun [[h:får blodfortyndende]], så pas på hvis hun slår sig. Hun [[h:må ikke få grapefrugt]]. Hun [[h:hører dårligt]] – tal langsomt."
"""),
P("[da] jobcenter, citizen with anxiety, everyday words; e-mail", """
Hej [[n:Ali Hassan]]
Tak for samtalen i dag. Som aftalt skriver jeg det ned: Du fortalte at du [[h:får hjertebanken og ikke kan trække vejret]] når du er mange mennesker, og at du [[h:har svært ved at tage bussen]]. Du går til [[h:samtaler hos psykolog]] hver anden uge. Vi starter med 6 timer om ugen på genbrugspladsen. Send mig gerne lægepapirerne på [[e:ali.hassan93@hotmail.com]] eller tag dem med.
Mvh Katrine, Jobcenter Norddjurs
"""),
P("[en] Teams chat, lowercase, between care workers", """
lisbeth: is [[n:mrs. pedersen]] at [[a:torvet 11]] ok today? she [[h:was crying]] and said her [[h:chest hurt]] yesterday
jonas: yeah doc came, they think it's her [[h:angina]] again, she's got the spray now
"""),
P("[da] daughter worried about father's driving and memory; address, phone", """
Hej
Min far, [[n:Viggo Brandt]], [[a:Kirkevej 6, Gjerrild, 8500 Grenaa]], kører stadig bil, selv om han [[h:farer vild]] på vej hjem fra Brugsen. I går [[h:kunne han ikke finde hjem]] og blev fundet i Hemmed. Jeg tror han [[h:er ved at blive dement]]. Hvem kan jeg tale med om det? [[p:28 45 13 70]] / [[n:Dorthe Brandt]]
"""),
P("[da] sundhedsplejerske note after home visit, newborn and mother", """
Hjemmebesøg 14. dag: [[n:Line Krogsgaard]] og lille [[n:Malthe Krogsgaard]] ([[c:230117-5514]]). Mor [[h:græder meget]], [[h:sover kun 2-3 timer]] og siger hun [[h:ikke føler noget for barnet]]. [[h:Amningen gør ondt]]. Drengen [[h:har taget for lidt på]]. Aftalt nyt besøg om 3 dage og at mor ringer til egen læge i dag.
"""),
P("[en] manager tells planner about pregnant employee; lay words", """
Quick heads-up: [[n:Sanne Berthelsen]] from the kitchen is [[h:pregnant]] and [[h:feels sick most mornings]], so she's asked to start at 9 instead of 7 for the next month. She's fine with people knowing. Can you help me draft a note to the rota planner?
"""),
P("[da] citizen's own letter about rehabilitation after stroke", """
Til Træningsenheden
Jeg har fået jeres brev om at min [[h:genoptræning]] slutter 1. marts. Men jeg [[h:kan stadig ikke bruge min højre hånd]] ordentligt, og jeg [[h:taler stadig langsomt]] efter min [[h:blodprop]]. Jeg vil gerne have 8 uger mere. 
Med venlig hilsen [[n:Flemming Dahl Poulsen]], [[a:Søndergade 21, 8500 Grenaa]], tlf. [[p:86 32 71 45]]
"""),
P("[en] English-speaking parent to school about ADHD medication", """
Hi Ms. Jensen, this is [[n:Tom Mitchell]], [[n:Leo Mitchell]]'s dad (4.A). Just so you know, Leo is [[h:on Ritalin]] now – the [[h:ADHD pills]] – and he takes the second one at lunch. If he looks [[h:a bit pale or isn't eating]] that's the tablets. Also, his [[h:asthma]] has been worse this week so he may need his inhaler in PE. Cheers, Tom ([[p:53 19 86 20]])
"""),
P("[da] Outlook mail from hjælpemiddel therapist with signature; citizen's rollator", """
Hej [[n:Jens Otto Vinther]]
Jeg kommer forbi onsdag og kigger på din [[h:rollator]] og [[h:toiletforhøjeren]]. Du sagde i telefonen at du [[h:ikke kan komme op fra toilettet]] uden at hive i håndvasken – det skal vi have løst.
Venlig hilsen
[[n:Camilla Vad]]
Ergoterapeut, Hjælpemidler
Direkte: [[p:89 59 37 62]]
Mail: [[e:cva@norddjurs.dk]]
"""),
P("[da] short lowercase sms from citizen", """
hej det [[n:hanne mejer]] jeg har [[h:feber]] og [[h:ondt i halsen]] så jeg kommer ikke til praktik i morgen. mvh hanne
"""),
P("[en] expat wife writes about husband with drinking problem and bank details for benefit", """
Hello, I am [[n:Olena Shevchenko]], [[a:Århusvej 40, 2. th., 8500 Grenaa]]. My husband [[n:Dmytro Shevchenko]] [[h:drinks every day]] and [[h:gets aggressive]] when he drinks. He's [[h:been to the hospital twice]] this year with [[h:pancreas problems]]. I want to apply for support for me and the children. Please pay into my account reg. [[b:9335 konto 6123887401]]. Phone [[p:71 64 02 39]].
"""),
P("[da] school nurse note on pupil with diabetes, lay style; CPR with dash born 2012", """
Elev: [[n:Ida Bjerre]], 6.C, cpr [[c:311012-7185]]. Ida har [[h:type 1 sukkersyge]] og har en [[h:sensor på armen]]. Hvis den bipper og hun [[h:bliver bleg og sur]], skal hun have juice eller druesukker med det samme. Hun [[h:skal have insulin]] før frokost – hun gør det selv, men en voksen skal kigge med. Lav det om til et lille skema til vikarmappen.
"""),
P("[da] relative reports mother's weight loss; e-mail", """
Hej sygeplejen
Det er [[n:Marianne Skov]], datter til [[n:Edith Skov]] på Fuglebakken stue 3. Vi synes mor [[h:har tabt sig meget]] – tøjet hænger på hende – og hun [[h:hoster når hun drikker]]. Kan I veje hende og måske få en diætist ind over? Jeg kan fanges på [[e:marianneskov@live.dk]].
"""),
P("[en] employee's message to HR about returning after cancer, lay words", """
Hi Louise, it's [[n:Rasmus Krag]]. I wanted to let you know I [[h:finished chemo]] last week and the doctor says I can [[h:start back part time]] from the 1st. I still [[h:get tired really fast]] and my [[h:feet are numb]] so I can't drive the long routes yet. Could we meet to plan it? My private mail is [[e:rasmus.krag@gmail.com]].
"""),
P("[da] fostering/child services: foster mother's notes about child's bed-wetting and nightmares", """
Til sagsbehandler [[n:Helle Bruun]]
Status på [[n:Mathias Lykke]] ([[c:150215-4819]]): Han [[h:vågner med mareridt]] næsten hver nat og [[h:tisser stadig i sengen]]. Han er blevet [[h:bange for at gå i bad]]. Vi har fået en [[h:tid hos børnepsykolog]] den 12. Han er glad for skolen og har fået en ven.
Plejemor [[n:Tanja Rosendal]], [[p:42 70 58 16]]
"""),
P("[da] citizen applies for extra expenses for child with allergy; bank account", """
Ansøgning om merudgifter
Vores datter Freja ([[c:201014-9124]]) [[h:tåler ikke mælk og æg]] og [[h:får udslæt over hele kroppen]] hvis hun får det. Hun skal have [[h:speciel mælkeerstatning]] og vi bruger ca. 900 kr. om måneden ekstra. Beløbet bedes indsat på reg.nr. [[b:5301 kontonr. 4418832017]].
[[n:Nadia Østergaard]], [[a:Vestervang 8, 8963 Auning]]
"""),
P("[en] care worker drafts message to GP surgery about citizen; phone", """
Can you shorten this for the doctor's e-mail consultation? "Hello, calling from home care about [[n:Knud Bisgaard]], born 1950. He has had [[h:diarrhoea]] for 4 days, [[h:is very thirsty]] and [[h:his legs are swollen]]. He forgot his [[h:heart tablets]] this weekend. He says [[h:he feels dizzy]] when he gets up. Please call the home care mobile [[p:24 63 85 19]]."
"""),
P("[da] mor skriver til kommunen om søn med misbrug og gæld; CPR", """
Jeg er desperat. Min søn [[n:Kenneth Busk]], [[c:010788-1581]], [[h:tager kokain]] og har [[h:været indlagt på psyk]] to gange i år. Han bor i min kælder på [[a:Hammelvej 3, 8500 Grenaa]] og han [[h:truer med at tage sit liv]] når han er nede. Hvad kan kommunen gøre? Ingen tager telefonen på misbrugscenteret.
[[n:Lis Busk]]
"""),
P("[en] application for disability aid by citizen in own words", """
To whom it may concern,
My name is [[n:Hannah Weiss]] and I moved to [[a:Nørregade 31, 8961 Allingåbro]] last year. I have [[h:MS]] and [[h:my legs give out]] after about 50 metres. I'd like to apply for an [[h:electric scooter]]. My Danish is not good enough yet to fill in the form, so I'm writing in English. CPR: [[c:291276-3601]]. Tel. [[p:93 40 27 61]].
"""),
P("[da] care home staff Teams thread, everyday, two names", """
[[n:Susan Friis]] 14:02: [[n:Alfred Juhl]] på stue 8 har [[h:kastet op]] to gange og [[h:vil ikke drikke]]. Skal vi ringe til lægen?
[[n:Malene Boe]] 14:05: Ja, og tjek om han har [[h:feber]]. Han [[h:fik ny medicin for vandladningen]] i fredags, det kan være den.
"""),
P("[da] brev til borger om tilkendt hjælp", """
Kære [[n:Else Margrethe Vad]]
Du har søgt om hjælp. Vi har besluttet at du får [[h:hjælp til bad]] én gang om ugen og [[h:hjælp til at tage støttestrømper på]] hver morgen, fordi du [[h:ikke kan nå dine fødder]] efter din [[h:ryg-operation]]. Hjælpen starter mandag den 3. Du kan klage inden 4 uger.
Adresse: [[a:Bredstrupvej 12, 8500 Grenaa]]
"""),
P("[en] neighbour concern e-mail in lay English, no relative", """
Hi, I live next door to Mr. [[n:Lars Hovmand]] at [[a:Kirkevej 15, Ørum Djurs]]. His post is piling up and I saw him in the garden in his pyjamas at 6 in the morning, [[h:talking to himself]]. He seems [[h:very confused]] and [[h:very thin]]. I don't know if he has family. Can someone check on him? I'm [[n:Becky Aldridge]], [[p:60 14 73 92]].
"""),
P("[da] mother's Aula message about pupil's hearing and glasses, short", """
Hej. [[n:William Rask]] i 1.B har fået [[h:høreapparat]] på det ene øre og [[h:skal have briller på]] i timerne. Vil I hjælpe ham med at huske det? Mvh [[n:Mia Rask]]
"""),
P("[da] jobcenter rehabilitation team summary, plain words, long", """
Resumé til rehabiliteringsteamet – [[n:Lene Dahlgaard]], [[c:020567-1838]], [[a:Østervang 19, 8963 Auning]].

Lene har arbejdet som kassedame i 22 år. Hun har [[h:slidgigt i begge skuldre]] og [[h:kan ikke løfte armene over hovedet]]. Hun fortæller at hun [[h:vågner af smerter]] 3-4 gange om natten og derfor [[h:er træt hele dagen]]. Hun har fået [[h:blokader]] på sygehuset uden varig effekt. Hun er også [[h:meget ked af det]] efter at hendes mand døde sidste år og har fået [[h:lykkepiller]] af lægen.

I praktikken på plejehjemmets køkken kunne hun arbejde 2 timer om dagen, 3 dage om ugen, men [[h:måtte gå hjem med hovedpine]] flere gange. Hun kan sidde og stå skiftevis, men ikke gå længere end til bussen.

Lene ønsker selv at søge fleksjob. Jobcenterets vurdering: arbejdsevnen er væsentligt og varigt nedsat. Formulér resuméet mere fagligt og max 1 side.
"""),
P("[en] Copilot: rewrite note; English care summary by Danish speaker; CPR with dash", """
Please correct my English: "Citizen [[n:Birgit Lyngsø]] ([[c:250944-2420]]) have [[h:problem with the water]] – she [[h:cannot hold it]] and is very shamed about it. She use [[h:diapers]] at night. She has [[h:wound on the bottom]] from sitting. Daughter want her to come in [[h:relief stay]] for 2 weeks."
"""),
P("[da] ansøgning om plejebolig fra ægtefælle", """
Vi søger om plejebolig til min mand [[n:Ejnar Bollerup]], [[a:Enghavevej 5, 8950 Ørsted]]. Han [[h:kan ikke længere gå]], [[h:kender ikke altid mig]] og [[h:råber om natten]]. Jeg er selv 84 og har [[h:dårligt hjerte]], og jeg kan ikke mere. Hjemmeplejen kommer 5 gange i døgnet. [[n:Karen Bollerup]], tlf. [[p:86 48 30 12]]
"""),
P("[da] teacher e-mail to parents about child's epilepsy plan", """
Kære [[n:Louise Fabricius]] og [[n:Peter Fabricius]]
Tak for mødet om Clara. Vi har skrevet ned, at Clara [[h:kan få anfald]] hvor hun [[h:falder om og ryster]], og at vi så skal lægge hende om på siden og tage tid. Hvis [[h:anfaldet]] varer over 5 minutter, ringer vi 112 og giver den [[h:medicin]] I har lagt i tasken. Hun må ikke svømme uden en voksen ved siden af.
Mvh Anja, klasselærer
"""),
P("[en] expat's own message to citizen service, card payment for glasses refund, card number", """
Hi, I'm [[n:Pedro Almeida]] ([[e:pedro.almeida.dk@gmail.com]]). The eye doctor says I [[h:need special glasses]] because of my [[h:diabetes]] affecting my eyes. I paid 4.200 kr. with my card [[k:4571 3910 1655 1362]] – can the municipality refund part of it? Where do I send the receipt?
"""),
P("[da] medarbejder skriver til leder om egen datter og egen fravær", """
Hej Gitte. Jeg bliver nødt til at tage fri fredag, min datter [[n:Julie Winther]] skal [[h:opereres for sine mandler]] på Randers og jeg skal være med. Hun har haft [[h:halsbetændelse]] 5 gange i år. Mvh [[n:Kirsten Winther]], [[p:29 37 81 04]]
"""),
P("[da] hjemmepleje overlevering, SMS-agtig, lav sprog", """
til aftenvagt: gerda på [[a:skolevej 2 trustrup]] har fået [[h:ny ble-type]], de ligger i skabet. [[h:hun har ondt når hun tisser]] så lægen har taget urinprøve. og [[h:hun ville ikke spise]] til middag. /[[n:bente kjeldsen]]
"""),
P("[en] grandfather's own e-mail about grandson, lay words; e-mail", """
Dear Sir/Madam, I look after my grandson Jamie (9) at [[a:Strandvejen 11, 8585 Glesborg]]. He [[h:can't read properly yet]] and [[h:gets headaches]] when he tries. The school says he might be [[h:dyslexic]]. Who decides whether he gets tested? Regards, [[n:Geoffrey Palmer-Holst]], [[e:gph1952@yahoo.co.uk]]
"""),
P("[da] egen ansøgning om hjælpemiddel, telefonnotat skrevet af medarbejder", """
Tlf.notat: [[n:Ove Sandholt]] ringede ([[p:20 45 62 38]]). Han har fået [[h:amputeret tæerne]] på højre fod pga. [[h:sukkersygen]] og kan ikke gå i almindelige sko. Ønsker [[h:ortopædiske sko]]. Han har også spurgt til [[h:hjemmesygeplejerske til fodsåret]]. Adr.: [[a:Gl. Landevej 44, 8586 Ørum Djurs]].
"""),
P("[en] HR: employee tells manager she has a hospital appointment about a lump; e-mail", """
Hi Jakob, I need Thursday off – I've been called in for a [[h:mammogram]] and a [[h:biopsy]] after my GP found a lump. I'm trying not to panic. Please keep it between us for now. – [[n:Nanna Holt]] ([[e:nho@norddjurs.dk]])
"""),
P("[da] borgerens datter, tilbud om aflastning, kreditkort til betaling af madservice", """
Hej. Jeg vil gerne betale for min fars [[h:madservice]] med kort, da han ikke selv kan finde ud af netbank mere efter hans [[h:hjerneblødning]]. Kortnr. [[k:5413 5238 9308 0771]], udløb 09/28. Han hedder [[n:Arne Kloster]] og bor [[a:Ringvejen 7, 8500 Grenaa]].
"""),
]
