"""dev15 personal batch 1 (d15-0001..0058): phone notes, chat/Teams, complaints, citizen forms,
minutes, shift hand-overs, incident reports."""
from lib import personal as P

RECS = [
P("[da] telephone note typed during a call: daughter reports mother's fall, address, home care", """
ringede kl 10.15, datter [[n:Susanne Krogh]] ([[p:28 41 67 09]]) siger mor er [[h:faldet]] i nat og har [[h:slået hovedet]], ligger i sengen nu og har [[h:kastet op]] 2 gange. mor bor [[a:Skovvej 14, 8963 Auning]], har [[h:hjemmepleje]] om morgenen. skriv en kort besked til sygeplejen om at de skal kigge forbi i dag
"""),
P("[da] phone note, citizen calls himself, CPR without dash, chest pain and stair lift", """
Tlf.notat 09.42 – [[n:Erik Vestergaard]], cpr [[c:0904490156]], ringer selv. Har [[h:ondt i brystet]] når han går op ad trappen, tager [[h:nitrospray]] 2-3 gange om dagen. Egen læge ved det ikke. Vil høre om han kan få [[h:trappelift]]. Lav et resumé til visitationen i punktform.
"""),
P("[da/en] English instruction, Danish phone note: son reports father's missed medicine and confusion", """
Can you clean up this phone note into proper Danish for the journal?

"ringede 14.05 søn [[n:Michael Dahl]] [[p:51 22 83 70]] – far ([[n:Ove Dahl]]) [[h:glemmer at tage sin medicin]], [[h:Marevan]], fundet pilleæsken fuld. synes han er blevet [[h:mere forvirret]] siden [[h:indlæggelsen]] i marts. ønsker [[h:demensudredning]]"
"""),
P("[da] Teams thread between colleagues about a colleague's migraine and back, asks for a rota message", """
Kan du lave denne Teams-tråd om til en kort besked til vagtplanen?

[09.12] [[n:Mette Holt]]: hej, er [[n:Karina Lund]] syg i dag?
[09.13] [[n:Jonas Friis]]: ja, hun har meldt sig syg igen – [[h:migræne]] tror jeg. hun er i [[h:forebyggende behandling hos neurolog]] nu
[09.14] [[n:Mette Holt]]: ok, så tager jeg hendes ruter i Ørum. husk hun er fritaget for tunge løft pga. [[h:diskusprolaps]] de næste 3 uger
"""),
P("[da] complaint from a daughter about home care timing, Parkinson's medicine, signature with e-mail", """
Hjælp mig med at skrive et høfligt svar på denne klage:

"Jeg skriver på vegne af min far, [[n:Poul Erik Sørensen]], [[a:Østergade 22, 8963 Auning]]. Min far er [[h:blind på det ene øje]] og har [[h:Parkinsons sygdom]], og i sidste uge kom hjemmeplejen først kl. 11.30, så han havde ikke fået sin [[h:Madopar]] til tiden og [[h:rystede så meget]] at han ikke kunne spise morgenmad. Det er tredje gang på en måned. Jeg forventer et skriftligt svar.
Venlig hilsen
[[n:Lene Sørensen Bak]]
[[e:lene.sb@hotmail.dk]]"
"""),
P("[da] citizen's own application form for aids, CPR with dash, floor in address, lay health wording", """
Ansøgning om hjælpemiddel
Navn: [[n:Birthe Kjærgaard]]
CPR: [[c:250144-0151]]
Adresse: [[a:Lillegade 7, 1. th., 8500 Grenaa]]
Tlf.: [[p:86 32 19 44]]
Hvad søger du om: [[h:rollator]] og [[h:toiletforhøjer]]
Beskriv din situation med dine egne ord: jeg har fået [[h:ny hofte]] i januar og kan ikke komme op fra toilettet selv. jeg har også [[h:sukkersyge]] og [[h:dårlige fødder]] så jeg falder let

Er ansøgningen fyldestgørende, eller hvad mangler vi at spørge om?
"""),
P("[da] minutes of a network meeting about one young citizen: addiction treatment, ADHD assessment, staff names", """
Referat – netværksmøde 12.3 vedr. [[n:Kasper Lindholm]]
Deltagere: Kasper, mor [[n:Annette Lindholm]], bostøttemedarbejder [[n:Rikke Due]], sagsbehandler [[n:Henrik Ploug]].
1. Status: Kasper har været [[h:stoffri]] i fem uger og får [[h:Suboxone]] udleveret på apoteket hver dag.
2. Psykiatri: venter stadig på [[h:udredning for ADHD]]. Mor oplever at han [[h:sover meget dårligt]].
3. Bolig: lejligheden på [[a:Søndergade 31, st. tv.]] i Grenaa beholdes.
Aftale: nyt møde om 6 uger.

Skriv referatet om til et kort brev til Kasper i letlæseligt sprog.
"""),
P("[da] evening-to-night hand-over note at a nursing home, several residents, fever, PRN medicine, terminal care", """
Overlevering aften → nat, afd. B
- [[n:Grethe Munk]], stue 4: [[h:feber 38,6]] kl. 20, har fået [[h:Panodil 1 g]]. obs [[h:urinvejsinfektion]]? urinprøve sendt
- [[n:Aage Thomsen]], stue 7: urolig, [[h:råber om natten]], må få [[h:Oxapax 15 mg]] pn max 1 gang
- stue 9 [[n:Inger Bach]]: [[h:terminal]], familien sover her, [[h:morfin 5 mg sc]] givet kl. 22
Lav det om til SBAR-format, kort.
"""),
P("[en] employee asks Copilot to polish a message to her manager about her daughter's seizure", """
Hi, can you make this sound more professional? It's for my manager.

"Hi [[n:Tina Vang]], sorry but I won't make it to the team meeting tomorrow. My daughter had a [[h:seizure]] at daycare today and we are at the hospital in Aarhus for tests. They think it might be [[h:epilepsy]]. I'll work from home when I can. Best, [[n:Daniel Novak]]"
"""),
P("[da] incident report (UTH): resident fell out of bed, hip pain, ambulance", """
Hjælp mig med at formulere denne utilsigtede hændelse til indberetning:

Beboer [[n:Karl Åge Nielsen]], cpr [[c:030852-3624]], [[h:faldet ud af sengen]] ca. kl. 03.30. Fundet af nattevagt på gulvet. Sengehest var ikke slået op selv om det står i planen. [[h:Smerter i venstre hofte]], kunne ikke støtte på benet. Ringet 112, indlagt på Randers med [[h:mistanke om hoftebrud]]. Datter [[n:Pia Nielsen]] orienteret kl. 04.10.
"""),
P("[da] school incident report: child hurt in the playground, parent contact", """
Skadesanmeldelse – skolegården
Elev: [[n:Noah Bjerre Madsen]], 3.b, cpr [[c:0401084167]]
Hvad skete der: Noah [[h:faldt ned fra klatrestativet]] i 10-frikvarteret og [[h:slog hagen]] mod kanten. Han [[h:blødte fra munden]] og [[h:en fortand sidder løst]]. Kølet, forældre ringet op.
Forælder: [[n:Camilla Bjerre]], tlf. [[p:42 18 90 53]]
Kan du skrive en kort besked til forældrene om hvad der skete og at skolen anmelder det til forsikringen?
"""),
P("[en] e-mail from a foreign relative (UK) about her father's dementia and home care", """
Please help me write a reply in English to this e-mail:

"Dear Sir or Madam, my name is [[n:Helen Whitfield]] and I live in Leeds. My father, [[n:Jørgen Rasmussen]], lives alone at [[a:Kattegatvej 18, 8500 Grenaa]]. On the phone he sounds very [[h:confused]] and yesterday he did not know what year it is. I believe he has [[h:dementia]] but he refuses to see a doctor. Can the municipality send someone to check on him? My number is [[p:+44 7700 914 382]].
Kind regards, Helen"
"""),
P("[da] job-centre note on sick-pay follow-up: capacity, back, depression", """
Sygedagpengeopfølgning – samtale 2
Borger: [[n:Jannie Koefoed]], [[c:1506741951]]
Sygemeldt fra job som kassemedarbejder siden 3/1 pga. [[h:lændesmerter]] med [[h:udstråling til højre ben]]. Har desuden fortalt om [[h:depression]], er sat i behandling med [[h:Sertralin 50 mg]]. Oplever ikke at kunne stå mere end 20 min. Vurdering: delvis raskmelding med 12 timer om ugen kan drøftes med arbejdsgiver.
Omskriv til en kort, neutral opsummering til arbejdsgiveren uden helbredsoplysninger.
"""),
P("[da] HR note on a colleague's sickness absence conversation, chronic illness §56", """
Notat fra sygefraværssamtale 4.2
Medarbejder: [[n:Susanne Ibsen]], SSA, hjemmeplejen Nord
Leder: [[n:Lars Holm Christensen]]
Susanne har haft 14 sygedage i år. Hun fortæller at hun har [[h:Crohns sygdom]] og har haft [[h:opblussen]] siden jul. Hun er i [[h:biologisk behandling]] på Aarhus Universitetshospital hver 8. uge. Vi aftaler at hun søger [[h:§ 56-aftale]] og at hun ikke kører ture over 2 timer uden toiletadgang.
Hjælp mig med at lave et brev der bekræfter aftalerne.
"""),
P("[da] lowercase SMS-style phone note from a night shift about a resident's breathing", """
kl 02.40 ringede nattevagt fra [[a:Vestergade 12]] i Ørsted, [[n:ellen frost]] [[h:har svært ved at få luft]], [[h:blå om læberne]], iltmætning 86. hun har [[h:kol]] og bruger [[h:ilt 2 l]]. lægevagt ringet 70 11 31 31. lav det til en journalnotat
"""),
P("[en] English message from a Polish relative about brother's alcohol problem", """
Translate to Danish and tell me which department should answer:

"Hello, I am writing about my brother [[n:Tomasz Wiśniewski]], he lives in Grenaa on [[a:Nørregade 40, 2. tv.]] He has big [[h:problem with alcohol]], he [[h:drinks every day from morning]] and last week he [[h:fell down the stairs]]. He lost his job. I am in Poland and cannot help. Please somebody visit him. Agnieszka, [[e:a.wisniewska@wp.pl]]"
"""),
P("[da] parent writes to the class teacher about her son's anxiety and medicine (Aula message)", """
Aula-besked fra forælder – hvordan svarer jeg?

"Hej [[n:Marianne Lykke]]. Vi vil gerne fortælle at [[n:Oliver Thygesen]] er blevet [[h:udredt for angst]] på BUP og er startet på [[h:Sertralin]]. Han kan være [[h:træt og have kvalme]] de første uger. Han har også svært ved at sige noget i klassen, så I må gerne lade være med at spørge ham direkte. Mvh [[n:Trine Thygesen]]"
"""),
P("[da] teacher's message to PPR about a pupil, dyslexia and possible hearing loss", """
Til PPR: Jeg vil gerne have hjælp til en henvisning. [[n:Emma Storm Poulsen]] i 2.a ([[c:2802096189]]) kan stadig ikke læse simple ord, og vi har mistanke om [[h:ordblindhed]]. Hun [[h:hører dårligt]] når der er uro, og mor fortæller at hun har haft [[h:mange mellemørebetændelser]] og [[h:dræn]] to gange. Kan du hjælpe med at formulere skolens beskrivelse?
"""),
P("[en] English notes from a meeting with an expat citizen about pregnancy and housing", """
Summarise these notes in Danish for the case file:
Met [[n:Priya Raman]] ([[c:140504-4176]]) today at the citizen service desk. She is [[h:28 weeks pregnant]], has [[h:gestational diabetes]] and has been told by the midwife to rest. Lives with partner at [[a:Ydesvej 5, 8500 Grenaa]], 3rd floor without lift, she [[h:gets dizzy on the stairs]]. Asks about priority for a ground floor flat. Phone [[p:+45 31 67 20 84]].
"""),
P("[da] Teams chat: two care workers discussing a citizen's wound and antibiotics", """
[[n:Ann-Britt Kjeldsen]] 13.02: har du set [[n:Holger Friis]]' ben i dag? [[h:såret på venstre skinneben]] lugter og er [[h:rødt og varmt]]
[[n:Simon Kragh]] 13.05: ja har sendt billede til lægen, han er startet på [[h:penicillin]] 1 mio x 4. skal skiftes hver dag nu
[[n:Ann-Britt Kjeldsen]] 13.06: ok, jeg skriver det i planen

Skriv det som en kort sygeplejefaglig journalnotat
"""),
P("[da] citizen's complaint about rejected wheelchair, own words, disability", """
Kan du opsummere denne klage i tre punkter til lederen?

Til Norddjurs Kommune. Jeg har [[h:sclerose]] og kan ikke gå mere end 50 meter. I har givet afslag på en [[h:el-kørestol]] og skriver at jeg kan klare mig med [[h:manuel kørestol]], men jeg har [[h:ingen kræfter i armene]] om eftermiddagen. Jeg kan ikke komme til indkøb eller til [[h:fysioterapi]]. Jeg klager hermed.
[[n:Jesper Bruun]], [[a:Hovedgaden 9, 8586 Ørum Djurs]], [[p:23 90 46 17]]
"""),
P("[en] HR: colleague's return-to-work plan after cancer treatment", """
Draft a gradual return-to-work plan for my colleague [[n:Hanne Lerche]], admin officer. She finished [[h:chemotherapy for breast cancer]] in May, still has [[h:fatigue]] and [[h:neuropathy in her hands]] so she types slowly. She'd like to start at 10 hours/week. Her e-mail is [[e:hale@norddjurs.dk]] so you can add it to the plan header.
"""),
P("[da] handover note between home-care day and evening shift, several citizens, insulin, catheter", """
Overlevering dag → aften, rute 3 Allingåbro
[[n:Frode Jakobsen]] [[a:Jernbanegade 6]]: [[h:blodsukker 18]] kl. 11, ringet til sygeplejen, ekstra [[h:NovoRapid 4 IE]] givet. Tjek igen kl. 17.
[[n:Ruth Mikkelsen]]: [[h:kateteret]] har været stoppet, skyllet. [[h:Urinen er blodig]].
[[n:Bent Laursen]]: nægter bad igen, virker [[h:ked af det]] efter konens død. Overvej at tale med sygeplejen om [[h:depression]].
Lav det om til en mere overskuelig liste.
"""),
P("[da/en] translation request: Danish letter about alcohol treatment into English for a citizen", """
Translate this into English please, the citizen does not read Danish:

"Kære [[n:John Mulligan]]. Tak for samtalen i Alkoholbehandlingen den 14. marts. Som aftalt starter du i [[h:ambulant alkoholbehandling]] med samtaler hver tirsdag. Lægen har ordineret [[h:Antabus]] 2 gange om ugen, som du henter hos os. Husk at du ikke må drikke alkohol mens du tager Antabus."
"""),
P("[en] incident report at a day centre: allergic reaction, EpiPen", """
Can you help me turn this into a formal incident report?
Today at 12.20 at the day centre [[n:Lucas Hvid]] (age 9) ate a cookie from another child's lunchbox. He has a [[h:severe nut allergy]]. Within minutes he [[h:had hives on his face]] and [[h:difficulty breathing]]. Staff gave his [[h:EpiPen]] at 12.24 and called 112. He was taken to hospital in Randers and is ok now. Mother [[n:Sara Hvid]] was called at 12.30 on [[p:60 14 73 28]].
"""),
P("[da] phone note: neighbour worried, lowercase name, smell and no contact", """
opkald fra nabo kl 8.50 – hun er bekymret for [[n:kaj mortensen]] på [[a:kirkevej 3, glesborg]]. har ikke set ham i 4 dage, avisen ligger der, han har været meget [[h:syg med lungerne]] hele vinteren og hun tror han [[h:drikker]]. skriv kort til hjemmeplejen om at køre forbi
"""),
P("[en] foreign relative's e-mail (Germany) about mother after stroke and rehab", """
Please draft a kind answer in English that explains who she should contact about rehabilitation:

"Dear Norddjurs, my mother [[n:Ingrid Schäfer]] had a [[h:stroke]] three weeks ago and is now home in Bønnerup, [[a:Havnevej 2]]. She has [[h:paralysis in the right arm]] and [[h:problems finding words]]. The hospital said she will get [[h:rehabilitation]] from the municipality, but nobody has called. I am her son [[n:Markus Schäfer]], phone [[p:+49 171 3925 884]]."
"""),
P("[da] form: application for transport to the hospital, citizen's own description, dialysis", """
Hjælp mig med at tjekke om der er nok oplysninger i denne ansøgning om befordring:
Navn: [[n:Verner Holst]]
Fødselsdato/CPR: [[c:110858-2797]]
Adresse: [[a:Rougsøvej 27, 8950 Ørsted]]
Årsag: jeg skal til [[h:dialyse]] i Randers 3 gange om ugen. jeg kan ikke selv køre efter jeg fik [[h:amputeret højre fod]] sidste år. min kone har ikke kørekort.
"""),
P("[da] minutes from a meeting at a residential institution about a resident's self-harm", """
Referat af personalemøde, bosted, punkt 3 – beboer [[n:Sofie Aagaard]]
Sofie har to gange i denne uge [[h:skåret sig på armene]]. Hun har sagt til nattevagten at hun [[h:ikke vil leve mere]]. Psykiatrisk akutmodtagelse kontaktet, hun er vurderet ikke [[h:akut selvmordstruet]]. Hun får [[h:Quetiapin 25 mg]] til natten. Aftale: øget tilsyn om natten, kontaktperson [[n:Malene Lau]] taler med hende dagligt.
Skriv et kort referat til pårørende-mappen (hvad kan vi skrive?).
"""),
P("[en] Teams message from a colleague (English-speaking) about sick leave after surgery", """
Fix my grammar please: "hi [[n:Per Kamp]], just to let you know I will be on sick leave from monday for 2 weeks, I'm having my [[h:gallbladder removed]] on monday at Randers. doctor says I can't lift anything heavy for 4 weeks after. can someone cover my home visits? thanks, [[n:Maria Gonzalez]]"
"""),
P("[da] citizen complaint by e-mail about her son's school and his autism", """
Hjælp mig med at skrive et svar fra skolelederen:

Fra: [[e:jeanette.kvist77@gmail.com]]
Emne: klage
Min søn [[n:Valdemar Kvist]] har [[h:autisme]] og er igen blevet sendt hjem fordi han [[h:nedsmeltede]] i timen. Der står i hans [[h:handleplan]] at han skal have et skærmet sted at gå hen, men det har skolen ikke. Han [[h:har ondt i maven]] hver morgen og vil ikke i skole. Jeg vil have et møde med PPR.
[[n:Jeanette Kvist]]
"""),
P("[en] email thread summary request: citizen's diabetes and missed appointments, signature", """
Summarise this thread in 3 bullet points:

From: [[n:Kirsten Ravn]] <[[e:kira@norddjurs.dk]]>
To: Sundhedscenter
"[[n:Lars Ebbesen]] didn't show up for the [[h:diabetes course]] again. His last [[h:HbA1c was 78]] and the GP is worried about [[h:diabetic foot ulcers]]. He says he can't afford the bus from Vivild. Could we offer him a home visit instead?"
Kirsten Ravn, sygeplejerske, direct [[p:89 59 34 12]]
"""),
P("[da] citizen's own message via the municipality's contact form, mental health, lowercase", """
besked fra kontaktformularen, hvordan skal vi svare?
"hej jeg hedder [[n:nikolaj brandt]] og bor på [[a:storegade 52, 8500 grenaa]]. jeg har [[h:haft det psykisk rigtig dårligt]] siden jeg mistede mit arbejde, jeg [[h:sover ikke]] og [[h:har panikangst]] når jeg skal ud. min læge siger jeg skal søge om bostøtte. hvordan gør jeg. tlf [[p:26739051]]"
"""),
P("[en] incident report written in English by a temp worker: resident found on bathroom floor", """
Rewrite as a clear incident report in Danish:
At 07.10 I found resident [[n:Gudrun Lauridsen]] on the floor in her bathroom at [[a:Åboulevarden 8, 8500 Grenaa]]. She was awake but [[h:cold and confused]] and said she had been there since night. She has a [[h:bruise on the forehead]]. I pressed the [[h:emergency alarm]] and called the nurse. She takes [[h:blood thinners]]. Ambulance came 07.40. Written by [[n:Olga Petrenko]], substitute.
"""),
P("[da] job-centre note: ressourceforløb, citizen's own account of PTSD and chronic pain", """
Notat – rehabiliteringsteam
[[n:Ahmad Karimi]] ([[c:0110881614]]) fortæller at han har [[h:PTSD]] efter flugten og [[h:kroniske smerter i skuldrene]]. Han har [[h:mareridt]] og kan ikke koncentrere sig i mere end en halv time. Han tager [[h:Lyrica]] og [[h:Mirtazapin]]. Indstilling: [[h:ressourceforløb]] i 2 år med mentor og traumebehandling.
Gør teksten mere præcis og fagligt korrekt.
"""),
P("[da] short SMS from a relative, phone only, mother's hospital admission", """
sms fra [[p:40 27 66 15]]: hej det er datteren til ella i hjemmeplejen, mor er [[h:indlagt på AUH]] med [[h:lungebetændelse]], så I skal ikke komme i morgen. Lav et svar
"""),
P("[en] short Teams message: colleague pregnant, asks for task change", """
Can you rephrase: "[[n:Louise Berg]] told me she's [[h:pregnant]] (due in Oct) and has [[h:pelvic girdle pain]], so pls take her off the heavy lifting routes from next week" – I want to send it to the planner without sounding rude.
"""),
P("[da] long minutes from a family meeting about a citizen with dementia moving to a nursing home", """
Skriv dette referat pænt op og lav en liste over aftaler:

Familiemøde 3. okt. vedr. [[n:Agnete Vinther]], [[c:1611383149]], [[a:Bakkevej 11, 8961 Allingåbro]]
Til stede: datter [[n:Hanne Vinther]], søn [[n:Claus Vinther]], demenskoordinator [[n:Birgit Overgaard]], hjemmeplejens gruppeleder.
Agnete har [[h:Alzheimers]], diagnosticeret 2021. Hun er de sidste måneder blevet [[h:meget urolig om aftenen]], har to gange [[h:gået ud om natten]] og blev fundet ved Allingåbro station i nattøj. Hun har [[h:tabt sig]] fordi hun glemmer at spise. Hun får [[h:Memantin]] og [[h:Sertralin]]. Hjemmeplejen kommer 4 gange dagligt, og hun har [[h:GPS-alarm]], som hun ofte tager af.
Familien ønsker plejebolig. Claus er bekymret for at moren vil blive [[h:mere forvirret]] ved flytning. Demenskoordinatoren forklarede visitationsprocessen, og at der ofte er 2-3 måneders ventetid.
Aftaler: ansøgning om plejebolig sendes i denne uge; [[h:aflastningsplads]] undersøges; datter er kontaktperson, tlf. [[p:61 70 35 92]].
"""),
P("[da/en] short note of child health worker's visit, newborn and mother's post-natal depression", """
Make this into a short English note for the interpreter:
Sundhedsplejerske-besøg hos [[n:Amina Yusuf]], [[a:Rådhusparken 4, st. th., 8500 Grenaa]]. Baby 5 uger, [[h:tager for lidt på]]. Mor virker [[h:meget ked af det]], [[h:græder meget]] og sover næsten ikke. EPDS 15 – obs [[h:fødselsdepression]], henvist til egen læge.
"""),
P("[da] complaint about a care worker, names of employee and citizen, incontinence", """
Kan du hjælpe mig med at lave en neutral sagsfremstilling af denne klage?

"Min mor [[n:Else Marie Kristoffersen]] har [[h:inkontinens]] og skal have skiftet [[h:ble]] om aftenen. I går sagde medarbejderen [[n:Camilla Worm]] til hende at hun 'må vente til nattevagten kommer', og mor lå våd i 4 timer og har nu [[h:sår i skridtet]]. Det er uværdigt.
[[n:Tove Kristoffersen]], [[p:22 56 07 41]]"
"""),
P("[en] Norwegian-English e-mail from a father about his son's injury at after-school club", """
Help me reply in English to this parent:
"Hi, my son [[n:Magnus Haugen]] came home from SFO yesterday with a [[h:swollen wrist]]. Nobody called us. Today the X-ray shows a [[h:fracture]] and he has a [[h:cast]] for 5 weeks. I want to know what happened. – [[n:Ole Haugen]], [[e:ole.haugen@online.no]]"
"""),
P("[da] HR note: colleague's alcohol problem, meeting at work", """
Notat til personalesag – fortroligt
Medarbejder [[n:Torben Lynge]], vej og park, mødte i dag [[h:påvirket]] ind kl. 7. Kollega har flere gange lugtet [[h:spiritus]]. Ved samtalen erkendte Torben at han har et [[h:alkoholproblem]] og har været [[h:i behandling]] før. Tilbudt [[h:behandling via kommunens misbrugspolitik]]. Sendt hjem i dag med løn.
Hjælp mig med at skrive en opfølgningsaftale.
"""),
P("[en] foreign relative (USA) asks about her aunt's hearing aids and eye surgery", """
Reply politely in English that we can't share information without consent:

"Hi! I'm [[n:Rebecca Holm-Carter]] from Minnesota, niece of [[n:Dagny Holm]] in Gjerrild. Aunt Dagny told me on Skype she lost her [[h:hearing aids]] and is waiting for [[h:cataract surgery]]. Can you tell me when the surgery is and if she is getting new hearing aids? You can text me at [[p:+1 612 555 0187]]."
"""),
P("[da] Teams chat: sick child of a colleague, lowercase, chickenpox", """
[[n:rasmus winther]] 07.02: godmorgen, lille er syg igen, [[h:skoldkopper]] denne gang 🙄 så jeg er hjemme i dag og i morgen, barnets 1. og 2. sygedag
[[n:Helle Dam]] 07.15: god bedring til hende! jeg flytter dine borgere
Lav det om til en registrering i fraværssystemet: hvilken fraværstype er det?
"""),
P("[da] home-care note: citizen refuses help, wounds, diabetes, lowercase address", """
kan du skrive dette pænere til journalen:
besøg hos [[n:Lis Nørgaard]] [[a:tingvej 4, 8585 glesborg]] – nægter igen at vi [[h:skifter forbinding]] på [[h:trykssåret]] på hælen, siger det går fint. såret lugter. hun har [[h:type 2 diabetes]] og vil ikke måle [[h:blodsukker]]. ringet til sygeplejerske [[n:Ida Ravnkilde]] der kommer i morgen
"""),
P("[en] short chat: manager asks about employee with long covid", """
How should I answer this? "Is [[n:Bo Stenberg]] still off with [[h:long covid]]? He told me he [[h:can't concentrate]] for more than an hour. Should we start the 'fastholdelsesplan'?"
"""),
P("[en] English summary by Danish nurse about a citizen after hospital discharge", """
Check my English: "[[n:Niels Toft]], 74, was discharged from Randers yesterday after [[h:pneumonia]]. He has [[h:COPD]] and now needs [[h:oxygen 1 L at night]]. He lives alone on [[a:Nygade 3, Auning]]. He has [[h:lost 4 kg]] and is very weak. Home care twice daily has been started."
"""),
P("[da] phone note: teacher calls about a pupil who says father hits her (child welfare + injury)", """
Tlf. 12.50 – lærer [[n:Jakob Winther]], Ørum skole: [[n:Alma Fisker]] (4. kl.) har [[h:blå mærker på overarmen]] og har sagt at far slår. Hun [[h:ønsker ikke at tage hjem]]. Lærer har lavet underretning. Skriv en kort underretningsnotat ud fra dette.
"""),
P("[da/en] English instruction, Danish discharge summary to simplify for a relative", """
Can you explain this in plain English for the daughter who lives in Canada?
"[[n:Harald Bech]], [[c:281161-0774]]. Udskrevet efter [[h:TCI]]. Fortsætter [[h:Hjertemagnyl 75 mg]] og [[h:Atorvastatin 40 mg]]. [[h:Forhøjet blodtryk]], start [[h:Amlodipin 5 mg]]. Kontrol hos egen læge om 1 uge. Må ikke køre bil i 2 uger."
"""),
P("[da] hand-over on a child and youth institution: medicine and sleep", """
Overlevering til weekend, døgninstitution:
- [[n:Mikkel Steffensen]] har fået [[h:Melatonin 3 mg]] kl. 21, [[h:sover dårligt]] efter samvær.
- [[n:Josefine Dahl]]: [[h:Concerta 36 mg]] glemt i morges, givet kl. 10. [[h:Hovedpine]] om eftermiddagen.
Husk: [[h:astmaspray]] til [[n:Mikkel Steffensen]] ligger i kontoret.
Kan du sætte det op som tabel: navn – hvad – opfølgning
"""),
P("[en] e-mail from Ukrainian relative about a refugee's medicine", """
Translate into Danish: "Good day. My mother [[n:Halyna Kovalenko]] lives in Grenaa at [[a:Skolegade 9]]. She needs her [[h:insulin]] and [[h:heart pills]] but the doctor gave her only for one month. She does not speak Danish. She also has [[h:high blood pressure]] and sometimes [[h:faints]]. Please help her find a doctor. Her phone [[p:+380 67 214 5593]]. Thank you, Oksana"
"""),
P("[en] English job-centre summary of a citizen's capacity assessment", """
Rewrite more concisely: Meeting with [[n:Claire Dupont]], [[c:2410852414]]. She has [[h:fibromyalgia]] and [[h:chronic fatigue]]. She can work max 3 hours per day sitting, with breaks. She takes [[h:Tramadol]] on bad days. We discussed [[h:flexjob]] and next step is an 'arbejdsprøvning' at the library in Auning.
"""),
P("[da] Teams message: colleague's sick notes, and colleague's husband's heart attack", """
Hjælp mig med at skrive en hilsen til kortet fra afdelingen: vores kollega [[n:Gitte Ravn]] – hendes mand har haft en [[h:blodprop i hjertet]] i weekenden og ligger på Skejby. Gitte har fået fri resten af ugen. Hun er selv lige kommet tilbage efter [[h:stress]], så vi vil gerne vise at vi tænker på hende.
"""),
P("[en] incident report: child bitten at kindergarten, parent's details", """
Draft an incident note for the kindergarten log:
Child [[n:Ella Marie Juul]] ([[c:2203137639]]) was [[h:bitten on the arm]] by another child at 10.40 in the sandbox. [[h:Skin broken]], small [[h:bleeding]]. Cleaned and bandaged. Mother [[n:Stine Juul]] informed at pick-up, [[e:stine.juul@live.dk]]. The biting child's name must not be given to the parents.
"""),
P("[da] phone note: citizen calls about hearing and cochlear implant, own words", """
Opkald kl. 15.10, [[n:Kurt Schmidt]], [[p:86 48 21 70]], [[a:Vestervang 2, 8950 Ørsted]]: han er [[h:næsten døv]] og har fået et [[h:cochlear implant]] i venstre øre, men [[h:lydprocessoren]] er gået i stykker. Han kan ikke høre telefonen ringe, så svar ham på sms. Hvem tager sig af det – hjælpemidler eller regionen?
"""),
P("[da] shift hand-over in psychiatric housing: voices, PRN, relative called", """
Overlevering nat → dag, bostøtte Grenaa
[[n:Morten Jeppesen]]: [[h:hørt stemmer]] hele natten, [[h:meget angst]], fået [[h:PN Olanzapin 5 mg]] kl. 01. Sov fra ca. 3.
Mor ([[p:29 14 85 06]]) ringet kl. 7 – hun er bekymret for at han [[h:ikke tager sin medicin]] når han er hjemme på weekend.
Skriv en kort opsummering til dagvagten.
"""),
P("[en] English e-mail from a Dutch colleague about a team member's burnout", """
Make this kinder and shorter: "Dear [[n:Anders Kiel]], as you know [[n:Sanne de Vries]] has been diagnosed with [[h:burnout]] and will be on [[h:sick leave]] for at least 8 weeks. Her psychologist recommends no contact about work. Please redirect her cases to me. Regards, [[n:Pieter Jansen]]"
"""),
P("[da] translation request for a letter in Arabic context; Danish letter about a child's speech therapy", """
Oversæt til enkelt dansk (forældrene taler kun lidt dansk) og gør det kortere:
Vi har nu undersøgt sproget hos [[n:Yasmin Haddad]]. Yasmin har en [[h:forsinket sprogudvikling]] og [[h:udtaleproblemer]]. Hun starter hos [[h:talepædagog]] hver onsdag i Børnehuset. Vi vil også gerne tjekke hendes [[h:hørelse]], da hun ofte ikke svarer når man kalder.
"""),
]
