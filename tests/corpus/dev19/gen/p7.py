"""Personal, citizens' own e-mails and complaints, relatives' e-mails (d19-0099..0112)."""
ITEMS = [
("[da] citizen e-mail cancels meeting, covid, signature",
"""Skriv et kort svar på: "Jeg kan ikke komme til mødet på torsdag, jeg har [[h:fået corona]] og [[h:ligger med feber]]. Mvh [[n:Hans Jørgen Kock]]" """),

("[en] identified by e-mail address only, wheelchair repair, short",
"""Reply to [[e:jack.morrison@yahoo.co.uk]]: he asks if his [[h:electric wheelchair]] can be repaired before his holiday."""),

("[da] citizen complaint: car grant denied, muscular dystrophy",
"""Hjælp mig med at forstå klagen og skrive et svar, der forklarer revurderingen:

"Jeg har [[h:muskelsvind]] og har været [[h:kørestolsbruger]] i 12 år. Nu får jeg afslag på ny handicapbil, fordi I mener min gamle kan holde 2 år endnu. Den har kørt 310.000 km og liften virker ikke om vinteren. Jeg kan ikke komme til [[h:respirationsambulatoriet]] i Aarhus uden bil.
[[n:Jacob Overby]], [[a:Enghavevej 16, 8950 Ørsted]]" """),

("[da] access request mentioning psychiatric diagnosis",
"""Lav et svar på denne aktindsigtsanmodning: "Jeg vil gerne se alt, hvad kommunen har skrevet om mig og [[h:min PTSD-diagnose]], også notater fra jobcentret og fra [[h:psykiatrisk skadestue]] i 2022. Venlig hilsen [[n:Dennis Kraglund]], [[c:040788-3004]]" """),

("[da] long: daughter's letter to the mayor about father at care home",
"""Borgmesteren har fået dette brev. Lav et udkast til svar fra borgmesteren – venligt, uden at love noget konkret – og en intern liste over de forhold, vi skal undersøge.

Kære borgmester
Jeg skriver til dig, fordi jeg ikke ved, hvad jeg ellers skal gøre. Min far, [[n:Erik Sandholm]], bor på Plejecentret ved Grenaa Havn. Han er 88 år og har [[h:vaskulær demens]] og [[h:grå stær på begge øjne]], så han ser næsten ingenting. I juli [[h:faldt han og brækkede hoften]], og efter operationen er han [[h:sengeliggende]]. Han har fået et [[h:tryksår på ryggen]], som personalet først opdagede, da jeg påpegede det. Han får [[h:smertestillende]] ([[h:Morfin depot]]), men når jeg kommer, ligger han og [[h:jamrer]]. Han [[h:spiser næsten intet]], og ingen har vejet ham i to måneder. Jeg har bedt om, at en sygeplejerske ser på ham hver dag, men der er kun vikarer.
Jeg ved, at personalet løber stærkt, og det er ikke dem, jeg bebrejder. Men min far har arbejdet hele sit liv i Grenaa og fortjener bedre.
Med venlig hilsen
[[n:Jette Sandholm Kirk]]
[[a:Parkvej 31, 8585 Glesborg]]
[[p:21 73 40 59]]"""),

("[da] SMS from citizen about husband's pancreatic cancer, short",
"""Svar [[n:Birthe Holm]] på sms: "min mand har [[h:fået konstateret kræft i bugspytkirtlen]], kan vi få hjælp til rengøring?" """),

("[en] expat citizen e-mail, pregnancy and GP registration",
"""Help me answer this in simple English:
"Hi, I moved to Grenaa from Glasgow in March and I'm [[h:12 weeks pregnant]]. I still don't have a GP and I've had some [[h:bleeding]]. Who do I contact? I was also told I need to [[h:see a midwife]]. Thanks, [[n:Aileen McLeod]], [[p:+45 71 84 02 36]]" """),

("[da/en] mixed-language e-mail from parent, child with autism",
"""Kan du svare på denne mail på engelsk? Forælderen blander sprog.

"Hej, I am the father of [[n:Lukas Ferreira]] in børnehaven Solsikken. He has [[h:autism]] and since the new pædagog started he has [[h:stopped talking]] and [[h:bites himself]]. Vi er meget bekymrede. Can we get støttepædagog again? /[[n:Rui Ferreira]]" """),

("[da] long: complaint about aids, leg amputation, prosthesis",
"""Jeg skal behandle denne klage i Hjælpemiddelteamet. Kan du lave en tidslinje over forløbet og en liste over borgerens krav?

Klage over afgørelse om hjælpemidler – sagsnr. 27.36.08-G01-1402-24
Fra [[n:Jørgen Munkholm]], [[a:Bredgade 8, st. tv., 8500 Grenaa]], [[e:j.munkholm@stofanet.dk]]

Jeg blev [[h:benamputeret under knæet]] i februar pga. [[h:diabetiske fodsår]], der ikke ville hele. Jeg fik en [[h:midlertidig protese]] på sygehuset, men den giver [[h:sår på stumpen]], og I har nu givet afslag på en ny [[h:protesehylster]], fordi ortopædteknikeren ikke har sendt papirerne. Jeg har ventet siden maj. I mellemtiden sidder jeg i en [[h:manuel kørestol]], som er for bred til mit badeværelse, så jeg kan ikke komme i bad. Jeg har også [[h:fantomsmerter]] om natten og tager [[h:Gabapentin]], som gør mig sløv. Jeg kræver: 1) at I behandler sagen om hylstret nu, 2) at jeg får en smallere kørestol, 3) at nogen kommer og ser på mit badeværelse."""),

("[da/en] translate to Danish: wife with MS, short",
"""Oversæt til dansk: "My wife [[n:Mette Carlsen]] has [[h:MS]] and can no longer use the stairs." """),

("[da] application for extra costs, coeliac disease, lactose intolerance",
"""Hjælp mig med at svare på ansøgningen om merudgifter: [[n:Ellen Skaarup]] søger om dækning af [[h:glutenfri kost]] til sin søn [[n:August Skaarup]] (7 år), der har [[h:cøliaki]] og [[h:laktoseintolerans]]. Hun har vedlagt kvitteringer og en erklæring fra [[h:børneafdelingen]]."""),

("[da] sister's e-mail about brother's hoarding",
"""Omskriv denne mail til en underretning om voksen: "Min bror [[n:Allan Fuglsang]] bor på [[a:Hovedgaden 52, 8586 Ørum Djurs]]. Han har [[h:samlermani]] – huset er fyldt op til loftet, og der er rotter. Han er holdt op med at tage sin [[h:hjertemedicin]] og virker [[h:forvirret]]. Mvh [[n:Gitte Fuglsang]]" """),

("[en] CPAP electricity reimbursement question, short",
"""Help me answer [[n:Robert Hughes]]: can the electricity for his [[h:sleep apnoea machine]] be reimbursed?"""),

("[en] long: citizen's own complaint about home care",
"""Could you write a professional reply to this complaint? We have already checked the visit logs: 3 late visits in October, one missed visit on 17 October.

Dear Norddjurs Municipality,
My name is [[n:Gordon Fletcher]]. I am 79 years old and live alone at [[a:Strandvejen 112, 8500 Grenaa]]. I receive [[h:home care twice a day]] because of my [[h:rheumatoid arthritis]] and [[h:heart failure]]. In October the carers were late almost every week, and on 17 October nobody came at all in the morning. That meant I did not get my [[h:compression stockings]] on, I missed my [[h:water tablets]], and by the evening my [[h:legs were so swollen]] that I could hardly walk to the toilet. I also [[h:fell in the hallway]] and lay there for 40 minutes until my neighbour heard me. Luckily I only [[h:bruised my hip]]. I pressed my [[h:emergency alarm]] but was told it was "not connected". I want to know why this happened and what you will do so it does not happen again. For the missed visit I expect a refund of this month's payment to my UK account, IBAN [[i:GB47 BARC 2004 1571 3345 09]].
Yours faithfully,
[[n:Gordon Fletcher]]
Tel. [[p:86 32 15 79]]"""),
]
