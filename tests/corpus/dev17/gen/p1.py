"""dev17 personal batch 1: d17-0001 .. d17-0060 (task-style Copilot prompts with pasted material)."""
from lib import personal

P = personal
RECS = [
P("[da] elderly care: rewrite a curt message to a daughter kindly; mother's care needs", """
Kan du omskrive denne besked, så den lyder venligere og mindre bureaukratisk?

"Til [[n:Lene Bak]]. Vi kan ikke komme før kl. 8.30 hos din mor [[n:Ingrid Bak]], [[a:Kirkegade 14, 8500 Grenaa]]. Hun skal have hjælp til [[h:kompressionsstrømper]] og [[h:øjendråber]] og det tager tid. Ruten er fuld. Ændringer skal aftales med visitationen. Hjemmeplejen Syd"
"""),
P("[da] job centre: summarise a long e-mail thread between caseworker, citizen and GP clinic", """
Opsummér denne mailtråd i 5 punkter og skriv til sidst hvad jeg skal gøre som det næste:

---
Fra: [[n:Mikkel Dahl Sørensen]] <[[e:mikkeldahl87@gmail.com]]>
Sendt: 3. marts 10:14
Til: Jobcenter Norddjurs
Emne: Re: Samtale den 6/3

Hej [[n:Birgitte Holm]]
Jeg kan ikke komme torsdag. Min [[h:ryg er låst helt]] igen og jeg har fået [[h:Tramadol]] af lægen. Jeg kan dårligt sidde i bilen. Kan vi tage det over telefon? Mit nummer er [[p:31 47 82 05]].
Mvh [[n:Mikkel]]

Fra: [[n:Birgitte Holm]]
Sendt: 3. marts 11:02
Hej [[n:Mikkel]]
Det er fint med en telefonsamtale. Jeg ringer torsdag kl. 10. Jeg har bedt din læge om en LÆ 265 om din [[h:diskusprolaps]], så vi kan se på om [[h:sygemeldingen]] skal forlænges.
Venlig hilsen
Birgitte Holm, sagsbehandler, Sygedagpengeteamet, direkte [[p:89 59 43 18]]

Fra: Lægerne Torvet (sekretær)
Sendt: 5. marts 08:40
Vi har modtaget anmodningen vedr. [[n:Mikkel Dahl Sørensen]], cpr. [[c:241286-0023]]. Attesten sendes når patienten har været til [[h:MR-scanning]] i uge 12.
"""),
P("[da/en] HR: translate an employee's sick-leave e-mail into English for a non-Danish manager", """
Please translate this e-mail from my employee into English, keep the tone:

"Hej Søren. Jeg er desværre nødt til at melde mig syg igen. Jeg har fået konstateret [[h:stress]] og lægen har [[h:sygemeldt mig i fire uger]]. Jeg [[h:sover dårligt]] og [[h:kan ikke overskue telefonen]], så skriv hellere på sms til [[p:26 81 40 72]]. Venlig hilsen [[n:Camilla Vestergaard]], pædagog, Børnehuset Solsikken"
"""),
P("[en] school: prepare me for a parent meeting with a British family; child's diagnosis", """
I have a meeting tomorrow with the parents of [[n:Oliver Bennett-Holm]] (class 4B). Can you give me 6 questions to ask and 3 things I should avoid saying? Background: mum [[n:Sarah Bennett]] emailed that [[n:Oliver]] has been [[h:diagnosed with dyslexia]] by a private psychologist in York during the summer and that he [[h:wets the bed]] again since the move to Denmark. Dad [[n:Kasper Holm]] thinks the school should give him extra time in tests. Mum's mobile is [[p:+44 7700 900 418]].
"""),
P("[da] housing: draft a reply on rent arrears with a repayment account", """
Skriv et kort og venligt svar til lejeren om afdragsordning. Hun må gerne betale 850 kr. om måneden fra den 1. i næste måned.

Hendes mail:
"Jeg hedder [[n:Rikke Thygesen]] og bor i [[a:Kærvej 9, 1. th., 8500 Grenaa]]. Jeg skylder husleje for februar og marts fordi jeg har været [[h:indlagt med en blodprop i lungen]]. Jeg kan betale lidt hver måned fra min konto [[b:reg. 9877 konto 0004382716]]. Kan I trække det derfra?"
"""),
P("[da] citizen service: make a table from a pasted list of passport appointments", """
Lav en tabel med kolonnerne Tid | Navn | CPR | Ærinde ud fra min liste:

kl 9.00 [[n:Hans Erik Mølgaard]] [[c:020934-0119]] pas fornyelse
kl 9.15 [[n:Aya Hassan]] [[c:300496-0237]] kørekort, ombytning
kl 9.30 [[n:Jens Peter Nyborg]] [[c:010387-3193]] pas + nødpas (rejser søndag)
kl 9.45 [[n:Louise Kragh]] [[c:151094-0349]] sundhedskort nyt
"""),
P("[da/en] disability: shorten a long message about a respite stay into an SMS (English instruction)", """
Make this into a Danish SMS of max 160 characters:
Kære [[n:Tove Kristiansen]]. Vi bekræfter hermed, at din søn [[n:Rasmus Kristiansen]] kan komme i [[h:aflastning]] på Bostedet Fjordglimt fra fredag den 14. kl. 15 til søndag den 16. kl. 16. Husk at medbringe hans [[h:medicinæske]], [[h:bleer til natten]] og [[h:hans iPad med talecomputer]]. Ring til vagttelefonen hvis der er spørgsmål.
"""),
P("[da] technical/environment: summarise a neighbour complaint about noise and smoke", """
Kan du lave et neutralt resumé af klagen til sagen (max 6 linjer)?

"Min nabo [[n:Kenneth Lauridsen]] på [[a:Fasanvej 22, 8963 Auning]] fyrer med plastik og vådt træ i sin brændeovn hver aften. Det lugter ind i hele huset. Jeg har talt med ham flere gange, men han bliver bare sur. Jeg har også skrevet til ham på [[e:kenneth.lauridsen@hotmail.dk]] uden svar. Kan I komme ud og se på det? Jeg hedder [[n:Anette Juhl]], nr. 20, tlf. [[p:22 61 48 93]]."
"""),
P("[en] finance: draft a reply to a German son about refund of overpaid care fees to an IBAN", """
Draft a polite reply in English confirming that we will refund DKK 2,430 for overpaid [[h:home care]] and [[h:meals on wheels]] after his mother moved to the nursing home. His email:

"Dear Sir or Madam, my mother [[n:Gerda Schmidt]] (born 1936, CPR [[c:220636-1908]]) moved into Plejecenter Digterparken on 1 April because of her [[h:advanced dementia]]. I am her guardian. Please transfer any refund to my account [[i:DE69 1409 3097 2035 0680 07]], account holder [[n:Matthias Schmidt]]. Best regards, Matthias Schmidt, Lübeck, [[p:+49 451 3982 7716]]"
"""),
P("[da] children and family: write minutes from handwritten notes of a network meeting", """
Skriv et ordentligt referat ud fra mine stikord fra netværksmødet i går:

- delt: mor [[n:Jeanette Brix]], morfar [[n:Poul Brix]], AKT-lærer, sundhedsplejerske, mig
- [[n:Sofie Brix]] [[c:170412-6418]], 5. kl., Kattegatskolen
- fravær 31 % siden jul, [[h:ondt i maven om morgenen]], [[h:vægttab ca. 4 kg]]
- mor fortæller om [[h:angstanfald]] i bussen
- mor selv [[h:i behandling for depression]], ved ikke om hun kan klare mere
- aftale: henvisning til PPR, bostøtte til mor undersøges, nyt møde uge 42
"""),
P("[en] elderly care: summarise an English e-mail thread from relatives in Australia", """
Can you summarise this thread for our team meeting? Bullet points, and mark what we must answer.

From: [[n:Claire Madsen-Whitaker]] <[[e:claire.whitaker@bigpond.com]]>
Subject: Dad – visit in May
Hi all, I will be in Grenaa from 12 to 26 May. I am worried about Dad ([[n:Erik Madsen]], [[a:Stadion Allé 7, 8500 Grenaa]]). On the phone he sounds [[h:confused]] and he told me he [[h:fell in the bathroom]] last week. Is he taking his [[h:Eliquis]]? Can someone check his [[h:hearing aids]]? They whistle.

From: [[n:Tom Whitaker]]
Subject: RE: Dad – visit in May
[[n:Claire]], remember he also said his [[h:leg ulcer]] is leaking again. Maybe ask the nurse. [[n:Tom]]

From: [[n:Claire Madsen-Whitaker]]
Also – could we have a meeting about a nursing home place while I'm there? I don't think he can live alone much longer.
"""),
P("[da] HR: make a checklist from a manager's e-mail about a colleague returning after surgery", """
Lav en tjekliste til mig som leder ud fra denne mail:

"Hej [[n:Marianne]]. Jeg starter igen mandag efter min [[h:operation i skulderen]]. Lægen siger [[h:ingen løft over skulderhøjde i 8 uger]] og at jeg skal til [[h:fysioterapi to gange om ugen]]. Jeg vil gerne starte på 20 timer og trappe op. Kan vi tale om en §56-aftale, da jeg ved jeg skal [[h:opereres i den anden skulder]] til efteråret? Hilsen [[n:Bente Ravn]], SSA, Plejecenter Solgården"
"""),
P("[da] job centre: explain a letter to a self-employed citizen; sole trader CVR", """
Forklar mig med almindelige ord, hvad det her brev betyder, og hvad borgeren skal gøre:

"Afgørelse om sygedagpenge til selvstændig erhvervsdrivende. Navn: [[n:Thomas Kjærgaard]], CPR: [[c:130871-0862]], CVR: [[v:72586204]] (Kjærgaard Maler & Tapet v/Thomas Kjærgaard). Du har ret til sygedagpenge fra 3. sygedag, da du har tegnet forsikring. Din [[h:sygemelding]] efter arbejdsulykke ([[h:brud på hælbenet]]) er modtaget. Vi skal bruge din seneste årsopgørelse for at beregne beløbet."
"""),
P("[da] school: proofread a letter to parents; pupil's allergy", """
Find stave- og kommafejl i dette brev, men lad indholdet være:

Kære forældre i 0.A
Vi skal på tur til Djurs Sommerland fredag. Husk madpakke og drikkedunk. Da [[n:Noah Winther]] har [[h:svær nøddeallergi]] og [[h:skal have sin EpiPen med]] beder vi om at ingen medbringer nødder eller nutella, tak for forståelsen. Ved spørgsmål ring til mig på [[p:51 84 36 02]].
Hilsen [[n:Katrine Friis]] klasselære
"""),
P("[da/en] housing: translate a notice to quit into English for a tenant", """
Translate the notice below to English. Keep it formal, but add one sentence at the end in plain English explaining that he can contact the housing advice office.

"Opsigelse af lejemål. Lejer: [[n:Piotr Nowak]], [[a:Ndr. Kajgade 31, st. tv., 8500 Grenaa]]. Lejemålet opsiges til fraflytning 30. september på grund af gentagne klager over støj og manglende betaling. Udlejer har kendskab til, at lejer er i [[h:behandling for alkoholmisbrug]], og tilbyder derfor et møde med den sociale vicevært."
"""),
P("[da] citizen service: clean up phone-call notes that include a citizen's card number", """
Kan du rydde op i mine noter fra telefonen, så de kan journaliseres? Skriv dem i hele sætninger.

ringede 10.42 – [[n:Villy Hedegaard]], [[c:281256-1203]], vil betale for nyt pas til barnebarn, vil ikke komme ind pga. [[h:hofteoperation]] – læste kortnr op: [[k:4571 9851 7218 1805]] udl. 09/27 – sagt at vi ikke kan tage kort over tlf, skal bruge netbetaling – bad om ringe tilbage [[p:40 18 93 27]]
"""),
P("[en] disability: rewrite a BPA job advert that mentions the employer by name", """
Rewrite this job ad so it sounds more attractive to young people, max 120 words:

"Helper wanted for [[n:Jonas Frandsen]] (29), who has [[h:muscular dystrophy]] and uses an [[h:electric wheelchair]] and a [[h:ventilator at night]]. Tasks: personal care, cooking, driving him to football practice (he plays powerchair football). Shifts include nights. Contact [[n:Jonas]] directly on [[p:60 29 71 45]] or [[e:jonas.frandsen@outlook.dk]]."
"""),
P("[da] technical/environment: draft a permit answer about a wheelchair ramp", """
Skriv et udkast til et svar om byggetilladelse til en rampe. Ansøgning fra [[n:Lars Gammelgaard]], [[a:Hovedgaden 48, 8963 Auning]]: "Min kone [[n:Hanne Gammelgaard]] er blevet [[h:kørestolsbruger]] efter en [[h:apopleksi]], og vi skal have en rampe på 6 meter op til hoveddøren. Rampen kommer 1,2 m fra skel." Rampen er under 1 m høj, så den kræver ikke byggetilladelse, men skal overholde afstandskrav.
"""),
P("[da] finance: draft a reminder about debt with the citizen's account details", """
Skriv en venlig påmindelse til borgeren om restancen på 4.212 kr. for ejendomsskat. Han har selv skrevet at han vil betale via overførsel, men beløbet er ikke kommet. Oplysninger:
Navn: [[n:Bjarne Thorsen]]
Adresse: [[a:Ålsrodevej 112, 8500 Grenaa]]
Hans konto (som han skrev han betaler fra): [[b:5301 0001274839]]
Mail: [[e:bjarnethorsen@live.dk]]
"""),
P("[da] children and family: summarise a notification (underretning) from a kindergarten", """
Lav et resumé af underretningen på højst 8 linjer til min leder:

"Underretning vedr. [[n:Malthe Kronborg Andersen]], [[c:080619-6212]], Børnehaven Mariehønen. [[n:Malthe]] kommer ofte uden madpakke og i tøj, der lugter af røg. I dag havde han et [[h:blåt mærke på venstre kind]] og sagde 'far blev vred'. Han [[h:tisser i bukserne]] flere gange om ugen, hvilket er nyt. Far, [[n:Brian Andersen]], virkede påvirket ved hentning i fredags. Mor, [[n:Nadia Kronborg]], er ikke set i institutionen siden jul. Underretter: [[n:Helle Mose]], pædagog, [[p:28 43 19 66]]."
"""),
P("[da] elderly care: turn pipe-separated visitation decisions into a cleaner table and flag missing data", """
Sæt det her op som en pæn tabel og marker de rækker, hvor der mangler noget:

Navn | CPR | Adresse | Bevilget
[[n:Asta Lind]] | [[c:130435-0489]] | [[a:Lillegade 3, 8500 Grenaa]] | [[h:rollator]], [[h:badebænk]]
[[n:Knud Overgaard]] | [[c:090231-1335]] | | [[h:nødkald]], [[h:madservice 7 dage]]
[[n:Elly Fogh]] | | [[a:Skovvej 5, 8963 Auning]] | [[h:toiletforhøjer]]
[[n:Ove Sand]] | [[c:070940-1580]] | [[a:Stationsvej 18, 8961 Allingåbro]] | [[h:hjælp til bad 1 x ugentligt]]
"""),
P("[en] job centre: improve a refugee's CV and cover note; PTSD and back pain mentioned", """
Can you improve this cover letter so it sounds more professional? Keep it honest but I don't think he should mention everything.

"My name is [[n:Abdulrahman Al-Khatib]]. I am 41 years old and live in [[a:Østergade 27, 8950 Ørsted]]. In Syria I was an electrician for 15 years. I have [[h:PTSD]] and [[h:sometimes I cannot sleep]], and my [[h:back hurts when I lift heavy things]], but I am a hard worker. I speak Arabic, English and Danish (module 3). Phone [[p:42 70 58 31]]."
"""),
P("[da] HR: draft a reply to an employee asking about pregnancy and night shifts", """
Hjælp mig med at skrive et svar. Hun skal have at vide, at vi laver en risikovurdering og at hun ikke skal tage nattevagter, hvis jordemoderen fraråder det.

Hendes besked: "Hej Jesper, jeg vil lige fortælle dig at jeg er [[h:gravid i uge 14]] 😊 Men jeg har haft [[h:meget kvalme]] og [[h:en blødning]] i sidste uge, så jeg er lidt nervøs for nattevagterne i weekenden. Kh [[n:Sanne Lykke]]"
"""),
P("[da] school: short SMS to a parent about head lice", """
Skriv en kort og ikke-pinlig sms til [[n:Jannie Bruun]] ([[p:20 95 37 14]]) om at hendes datter [[n:Alberte]] har [[h:lus]] og skal kæmmes i aften, men gerne må komme i skole i morgen.
"""),
P("[en] housing: prepare me for a home visit; tenant with hoarding and depression", """
Prepare me for a home visit tomorrow. Give me a short checklist and some phrases I can use so he doesn't feel judged.

Case: [[n:Frank Ibsen]], 63, [[a:Rugårdsvej 40, 2. tv., 8500 Grenaa]]. The caretaker reports rubbish piled to the ceiling, smell in the stairwell. His sister [[n:Lis Ibsen]] says he [[h:has been depressed]] since his wife died and [[h:stopped taking his pills]]. She thinks he [[h:drinks a lot]]. He has a [[h:diabetic foot wound]] that home nursing used to dress.
"""),
P("[da] citizen service: write an e-mail confirming a change of address", """
Skriv en kort kvitteringsmail til borgeren på [[e:mette.ahlgren@gmail.com]] om at hendes flytning er registreret:
[[n:Mette Ahlgren]], [[c:231274-2740]], fra [[a:Storegade 12, 2. th., 8500 Grenaa]] til [[a:Bønnerupvej 61, 8585 Glesborg]] pr. 1. juni. Hendes to børn flytter med. Hun skal selv vælge ny læge inden for 14 dage, da det gamle lægehus ikke dækker Glesborg.
"""),
P("[da/en] disability: translate a day-centre plan into English for a brother in the UK", """
Translate this into English for the brother. He lives in Leeds and does not read Danish.

"Handleplan for [[n:Karina Hvid]], [[c:260473-0581]]. [[n:Karina]] har [[h:en udviklingshæmning]] og [[h:epilepsi]] og bor på Bostedet Lyngbakken. Hun kommer i dagtilbud mandag–fredag. Mål: selv smøre madpakke, tage bussen til Grenaa med støtte. Hun får [[h:Lamictal 100 mg]] morgen og aften. Ved [[h:anfald over 5 min]] gives [[h:Buccolam]] og der ringes 112."

Brother: [[n:Morten Hvid]], [[e:morten.hvid@btinternet.com]]
"""),
P("[da] technical/environment: waste collection exemption after hip fracture", """
Skriv et internt notat til renovationen om at borgeren skal have hentet affaldsbeholderen ved huset i stedet for ved vejen i 6 måneder.

Borger: [[n:Ruth Ebbesen]], [[a:Gjerrildvej 88, 8500 Grenaa]], tlf. [[p:86 32 17 54]]. Hun har haft [[h:brækket hoften]] i januar og [[h:går med rollator]]. Indkørslen er 40 m grus.
"""),
P("[en] finance: draft a reply about a payment plan; citizen read out a card number", """
Write a reply email explaining that we cannot store card details and that he must use the payment link instead. Keep it friendly. Do not repeat the card number in the reply.

His email: "Hi, I'm [[n:Daniel Okafor]], tenant at [[a:Nørregade 19, 1. sal, 8500 Grenaa]]. I want to pay the property tax backlog in 3 parts. You can take it from my Mastercard [[k:5413 3608 8981 2663]] exp 11/26 CVC on request. Thanks, [[n:Daniel]], [[p:53 16 82 49]]"
"""),
P("[en] children and family: prepare me for a foster care review meeting", """
I'm new on this case. Prepare me for the review meeting on Thursday: key issues, questions to the foster parents, and risks.

Child: [[n:Emily Rosenkvist]], born 2014, placed with foster parents [[n:Gitte Lund]] and [[n:Peter Lund]] in Kolind since 2019. [[n:Emily]] has [[h:FASD]], [[h:attachment problems]] and takes [[h:Melatonin 3 mg]] for sleep. She [[h:self-harmed (cut her arm)]] in March. Biological mum [[n:Natasja Rosenkvist]] wants more contact; she is [[h:on methadone]] and was recently released from prison.
"""),
P("[da] elderly care: write minutes from notes of a family meeting about dementia", """
Skriv et referat til journalen (neutralt sprog) ud fra mine noter:

Familiemøde Plejecenter Søndergården 11/4
Til stede: datter [[n:Hanne Vinther]], søn [[n:Claus Vinther]], kontaktperson SSA [[n:Dorthe Riis]], mig (demenskoordinator)
Beboer: [[n:Arne Vinther]], [[c:031166-2635]]
- [[h:Alzheimers]] forværret siden jul, [[h:vandrer om natten]], har to gange gået ud ad døren i bare tæer
- søn ønsker [[h:GPS-alarm]], datter imod ("han er ikke en hund")
- [[n:Arne]] [[h:taber sig]], spiser kun når nogen sidder hos ham
- aftale: afprøve [[h:dørsensor]], vejes hver uge, nyt møde om 6 uger
"""),
P("[da] job centre: shorten an appointment reminder into an SMS", """
Kan du gøre det her kortere, så det kan sendes som sms til [[p:31 77 20 56]]?

"Kære [[n:Jonathan Højgaard]]. Du er indkaldt til samtale i Jobcenter Norddjurs tirsdag den 9. kl. 13.00 hos din sagsbehandler. Samtalen handler om dit [[h:ressourceforløb]] og om [[h:opstart i misbrugsbehandling]] hos Rusmiddelcenteret. Husk at du kan tage en bisidder med. Hvis du ikke kan komme, skal du melde afbud senest dagen før."
"""),
P("[en] HR: summarise a Teams chat about a colleague's sick leave for the duty planner", """
Summarise this Teams chat into a short handover note for the duty planner – only what she needs for the rota, no private details:

[08:02] [[n:Louise Kjær]]: Morning! [[n:Ahmad Rezaei]] called in sick again, he said it's his [[h:kidney stones]]
[08:03] [[n:Jakob Brandt]]: poor guy. He was at A&E on Saturday, they gave him [[h:morphine]]
[08:05] [[n:Louise Kjær]]: he thinks he needs an [[h:operation]], so maybe 2 weeks off
[08:06] [[n:Jakob Brandt]]: I can cover his Tuesday evening route, not Thursday
[08:10] [[n:Louise Kjær]]: ok, then we need someone for Thursday + weekend
"""),
P("[da] school: explain a psychological report in plain words for a teacher", """
Forklar denne PPR-konklusion med almindelige ord, så jeg som klasselærer forstår, hvad jeg skal gøre anderledes:

"[[n:Magnus Refsgaard]], [[c:010317-9254]]. Testning med WISC-V viser [[h:samlet IQ i nedre normalområde (88)]] med [[h:markant svag arbejdshukommelse]] og [[h:langsom forarbejdningshastighed]]. Der ses tegn på [[h:opmærksomhedsforstyrrelse]], og der anbefales henvisning til børnepsykiatrien med henblik på [[h:ADHD-udredning]]."
"""),
P("[da] housing: make a semicolon list into a table and sort by due date", """
Lav det her om til en tabel og sorter efter forfaldsdato:

lejer;adresse;beløb;forfald;bemærkning
[[n:Susanne Brøgger]];[[a:Kærvej 11, st. tv., 8500 Grenaa]];6.420;01-05;[[h:indlagt psyk.]], ring til bostøtte
[[n:Allan Thygesen]];[[a:Kærvej 15, 1. th., 8500 Grenaa]];3.100;15-04;aftale om afdrag
[[n:Mona Karim]];[[a:Kærvej 21, 2. tv., 8500 Grenaa]];980;01-04;ok
"""),
P("[en] citizen service: reply to a Polish worker about a lost health insurance card", """
Write a short answer in English telling him how to order a new yellow card (sundhedskort) online with MitID, and that he can get a temporary card at the citizen service desk.

His mail: "Hello, I'm [[n:Krzysztof Wiśniewski]], CPR [[c:161095-2042]]. I lost my yellow card and I need it on Monday because I have an appointment at the hospital for my [[h:broken finger]]. Can you send it to my new address [[a:Havnevej 4, 8500 Grenaa]]? Regards, [[e:k.wisniewski95@wp.pl]]"
"""),
P("[da] disability: make a checklist for a move into a supported-living home", """
Lav en tjekliste til indflytningen ud fra det her:

[[n:Simon Egholm]] ([[c:040700-5856]]) flytter ind på Bostedet Skovbrynet den 1. juli. Han har [[h:autisme]] og [[h:er meget lydfølsom]], så værelset skal være i den stille ende. Han får [[h:Abilify 10 mg]] som skal overføres fra mors dosisæske til bostedets. Mor [[n:Lone Egholm]] ([[p:23 58 04 91]]) vil gerne være med den første aften. Husk [[h:tyngdedynen]] fra ergoterapeuten.
"""),
P("[da] technical/environment: summarise a complaint about a dog attack", """
Resumér sagen i 4 linjer til hundesagen:

Anmelder [[n:Birthe Kofoed]], [[a:Teglværksvej 6, 8570 Trustrup]] oplyser at naboens hund (schæfer) den 2/5 [[h:bed hende i højre underarm]], hun blev [[h:syet med 7 sting på skadestuen]] og har fået [[h:stivkrampevaccine]]. Hunden tilhører [[n:Dennis Hald]], Teglværksvej 8. Anmelder er bange for at gå tur nu.
"""),
P("[da] finance: check an invoice from a sole trader before payment", """
Tjek om fakturaen mangler noget, før vi betaler den:

Faktura 2024-118
Fra: Rikkes Rengøring v/[[n:Rikke Hyldgaard]], CVR [[v:84162655]]
Til: Norddjurs Kommune, Dagtilbud Øst, EAN 5798003467321
Ekstra hovedrengøring Børnehuset Regnbuen, 14 timer á 395 kr.
I alt ekskl. moms 5.530 kr. + moms 1.382,50 kr. = 6.912,50 kr.
Betaling til [[b:reg.nr. 7244 kontonr. 1097735421]] senest 30 dage netto.
"""),
P("[en] children and family: explain Danish rules to a father and draft a reply", """
A father has written to us in English. Draft a reply explaining that his daughter's new school will be told about her needs only with his consent. Keep it under 150 words.

"Dear Family Department, my daughter [[n:Amira Yousef]] (CPR [[c:190116-8574]]) will start at Grenaa Byskole after the autumn break. She has [[h:type 1 diabetes]] and [[h:an insulin pump]], and she also has [[h:a hearing impairment on her left ear]]. Who will tell the school? I do not want all parents to know. [[n:Yousef Hamdan]], [[p:+45 71 92 06 38]]"
"""),
P("[da] elderly care: rewrite handwritten evening notes into proper journal text", """
Skriv mine stikord om til en ordentlig journalnotat (ingen forkortelser):

aftenvagt 18/3 [[n:Gunnar Riis]] [[a:Solvej 4, 8560 Kolind]]: [[h:BS 17,8]] før aftensmad, [[h:glemt Novorapid]] til middag iflg. ham selv. givet iflg. skema. [[h:hævede ankler]]. klager over [[h:svie ved vandladning]]. sygepl. orienteret, urinstix i morgen.
"""),
P("[en] job centre: turn a participant list into a table for an English-speaking trainer", """
Make a table (name, start date, language, notes) from this list so I can send it to the course trainer. Remove anything the trainer doesn't need to know.

1. [[n:Maria Santos]] – start 2/9 – Portuguese/English – [[h:pregnant, due in December]]
2. [[n:Hiwet Tesfay]] – start 2/9 – Tigrinya/Danish – [[h:bad knee, can't stand for long]]
3. [[n:Ruslan Bondarenko]] – start 9/9 – Ukrainian/English – no notes
4. [[n:Chloé Martin]] – start 9/9 – French/English – [[h:in treatment for anxiety]], prefers small groups
"""),
P("[da] HR: draft a work reference (no health data in the source)", """
Skriv en anbefaling til [[n:Lasse Bjerregaard]], som har været vikar som pædagogmedhjælper i Vuggestuen Troldehøj fra august til maj. Han var stabil, god til forældresamarbejdet og tog initiativ til en ugentlig skovtur. Modtageren må gerne ringe til mig på [[p:89 59 36 44]]. Jeg hedder [[n:Gitte Bonde]], leder.
"""),
P("[en] school: draft a reply to a father complaining about bullying; child's injury", """
Help me answer this father. Acknowledge his concern, explain what we have done and suggest a meeting. Not defensive.

"I am [[n:Mark Jensen-Reilly]]. My son [[n:Liam]] in 6C came home yesterday with a [[h:bleeding nose]] and a [[h:bruise on his back]] after the break. It's the third time. He now [[h:has stomach aches every morning]] and doesn't want to go to school. Nobody called me. I expect an answer today. [[e:markjr@icloud.com]]"
"""),
P("[da/en] housing: housing benefit case with a Norwegian IBAN; explain in English", """
Kan du skrive et kort svar på engelsk til lejeren om, at boligstøtte kun kan udbetales til en NemKonto, og at hun skal oprette en dansk konto? Hendes oplysninger:

[[n:Ingrid Solberg]], [[c:171283-2203]], [[a:Vestergade 56, 1. tv., 8500 Grenaa]]. Hun har bedt om udbetaling til [[i:NO97 1696 9094 292]]. Hun har [[h:nedsat arbejdsevne]] pga. [[h:sklerose]] og modtager førtidspension fra Norge.
"""),
P("[da] citizen service: draft a letter to a widow about a burial allowance", """
Skriv et brev til enken om begravelseshjælp. Hun skal sende regningen fra bedemanden og oplysninger om formue. Vær varm i tonen.

Afdøde: [[n:Holger Skovgaard]], [[c:160146-3551]], død 4/6 på hospice efter [[h:kræft i spiserøret]].
Enke: [[n:Edith Skovgaard]], [[a:Lindevej 9, 8586 Ørum Djurs]].
"""),
P("[en] disability: explain a decision letter to the mother of a disabled child", """
Explain this decision in simple English to the mother, [[n:Anna Kowalczyk]]. She reads English better than Danish.

"Afgørelse: Din søn [[n:Filip Kowalczyk]], [[c:211221-8241]], bevilges [[h:merudgifter til inkontinenshjælpemidler]] og [[h:kørsel til Center for Hjerneskade]] efter servicelovens § 41. Der gives afslag på [[h:tabt arbejdsfortjeneste]], da barnets [[h:cerebral parese]] ikke vurderes at nødvendiggøre, at du passer ham i hjemmet."
"""),
P("[da] technical/environment: draft a reply about a water sample from a private well", """
Svar borgeren at vandprøven viste for højt nitratindhold og at vi anbefaler, at der ikke drikkes vand fra brønden af børn under 1 år. Hun hedder [[n:Pernille Dam]], [[a:Bregnetvej 14, 8560 Kolind]], mail [[e:pernilledam@mail.dk]].
"""),
P("[da] finance: apply for free place in daycare; pasted form with bank account", """
Er der noget, der mangler i denne ansøgning om økonomisk friplads?

Ansøger: [[n:Maja Sonne]]
CPR: [[c:310780-1129]]
Adresse: [[a:Rosenvænget 7, 8550 Ryomgård]]
Barn: [[n:Lukas Sonne]], [[c:250518-4044]]
Husstandsindkomst: 238.000 kr.
NemKonto: [[b:3409 4627 719 385]]
Bemærkning: Jeg er alene med [[n:Lukas]] og [[h:sygemeldt]] med [[h:diskusprolaps]], derfor lav indkomst.
"""),
P("[da] children and family: summarise a health visitor's note for the child's file", """
Lav et kort resumé af sundhedsplejens besøg til sagen:

Besøg 4 uger hos [[n:Ida Marie Holt]] ([[c:230722-6446]]) og mor [[n:Tina Holt]], [[a:Engvej 3, 8961 Vivild]]. [[n:Ida]] [[h:tager ikke nok på]] ([[h:vægt 3.620 g]], [[h:fødselsvægt 3.550 g]]). Mor virker træt og trist, [[h:EPDS 15]], fortæller at hun [[h:græder hver dag]]. Aftale: ekstra besøg om en uge, mor kontakter egen læge.
"""),
P("[da] elderly care: turn a messy medicine list into a table", """
Lav den her om til en tabel med præparat, styrke, dosis og tidspunkt:

[[n:Else Marie Kold]], [[c:300344-2100]]:
[[h:Furix 40 mg]] 1 morgen
[[h:Hjertemagnyl 75 mg]] 1 morgen
[[h:Metformin 500 mg]] 1x2
[[h:Pinex 500 mg]] 2 x 4 ved behov
[[h:Zopiclon 7,5 mg]] 1 til natten
"""),
P("[en] job centre: draft a flexjob description for a municipal workplace", """
Draft a short flexjob description (tasks, hours, considerations) for the park department, based on this:

[[n:Henrik Skytte]], 52, former bricklayer. [[h:Flexjob approved]] 12 hours/week. [[h:Worn-out shoulders after two operations]], [[h:can't work with arms above head]], needs breaks every hour. Likes outdoor work. Lives in Auning, [[p:28 90 64 17]].
"""),
P("[da] HR: make a rota draft from a staff list with phone numbers", """
Lav en vagtplan for uge 27 (dag/aften) ud fra listen. Ingen må have mere end 4 vagter. [[n:Maja]] kan ikke aftenvagter pga. [[h:graviditet]].

[[n:Maja Holst]] [[p:22 18 75 40]]
[[n:Per Vang]] [[p:30 61 28 93]]
[[n:Signe Hove]] [[p:41 27 09 86]]
[[n:Karim Said]] [[p:50 39 64 18]]
[[n:Lene Toft]] [[p:26 44 80 51]]
"""),
P("[da] school: put an absence list into a table and count days", """
Lav en tabel og tæl fraværsdage pr. elev for marts:

[[n:Freja Hauge]] 4.-6. [[h:influenza]]
[[n:Mathias Krogh]] 11. [[h:tandlæge]], 20.-22. ukendt
[[n:Laura Bech]] 1.-15. [[h:indlagt (blindtarm)]]
[[n:Freja Hauge]] 27. ferie m. familie
[[n:Victor Nørgaard]] 18. [[h:migræne]]
"""),
P("[en] housing: summarise a night-shelter incident report", """
Summarise this incident report into 3 sentences for the morning handover:

Night shelter, 02:30. Resident [[n:Steen Aagaard]] (room 4) came back [[h:heavily intoxicated]]. He [[h:vomited]] and had a [[h:cut over the eyebrow]]. Said he [[h:had used heroin]] earlier. Staff ([[n:Jonas P.]]) called 112; paramedics checked him, no hospital. He has [[h:Naloxone]] in his locker. We will talk to him about detox tomorrow.
"""),
P("[en] citizen service: summarise an e-mail thread about a lost keycard and a payment", """
Summarise this thread and tell me whether the refund has been done:

From: [[n:Rebecca Lindholm]] <[[e:rebecca.lindholm@yahoo.com]]>
I paid DKK 150 for a new library card twice. First time with card [[k:4026 6546 3066 9261]] at the machine, then again online. Please refund one.

From: Borgerservice Grenaa
Thank you, we'll check and get back to you.

From: [[n:Rebecca Lindholm]]
Any news? It's been 3 weeks.

From: [[n:Nikolaj Bach]], Borgerservice
Sorry for the wait. The refund of DKK 150 has been approved and will be paid to your NemKonto within 5 working days.
"""),
P("[da] disability: draft a letter on a disabled parking card", """
Skriv et brev til borgeren om, at ansøgningen om handicapparkeringskort er sendt videre til Danske Handicaporganisationer med vores udtalelse.

Borger: [[n:Preben Hestbæk]], [[a:Hedevej 19, 8500 Grenaa]]. [[h:Amputeret på venstre ben under knæet]], [[h:går højst 50 m med protese og stok]].
"""),
P("[en] technical/environment: draft an answer about snow clearing help", """
Draft a reply to this email. We don't clear private paths, but we can refer to the volunteer centre.

"Hello, I'm [[n:Margaret Holm]], 84, living at [[a:Strandvejen 31, 8585 Bønnerup Strand]]. Since my [[h:knee replacement]] I can't shovel snow, and the postman won't deliver. My [[h:heart condition]] means I shouldn't strain myself. Please help. [[n:Margaret]], [[p:86 38 11 72]]"
"""),
P("[da] finance: draft an answer on a refund of overpaid child benefit; bank account", """
Skriv et svar om, at hun skal betale 1.812 kr. tilbage, fordi familien er flyttet til Sverige, men at vi kan lave en afdragsordning. Hendes mail:

"Hej. Jeg forstår ikke brevet. Jeg har ikke fået for meget, jeg flyttede først 1. april. Pengene kan I tage fra [[b:1551 3829406614]]. Mvh [[n:Cecilie Fabricius]], tlf [[p:61 05 39 27]]"
"""),
P("[da/en] children and family: school transport for a child with epilepsy; English instruction", """
Write this as a short formal request in Danish to the school transport office:

[[n:Oscar Lindqvist]], [[c:151119-9490]], skal starte i 0. klasse på Auning Skole. Han har [[h:epilepsi]] og [[h:kan få krampeanfald i bussen]], så chaufføren skal vide, hvor [[h:nødmedicinen]] ligger. Forældre: [[n:Jenny Lindqvist]], [[p:72 41 66 09]].
"""),
]
