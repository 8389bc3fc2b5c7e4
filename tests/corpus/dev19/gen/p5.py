"""Personal, HR: colleagues' sick leave, pregnancy, stress, accidents at work (d19-0068..0084)."""
ITEMS = [
("[da] get-well SMS to colleague, broken arm, short",
"""Skriv en kort sms til [[n:Pernille Skovgaard]] og ønsk god bedring med [[h:den brækkede arm]] fra os alle i Borgerservice."""),

("[en] colleague pregnant, how to inform team, short",
"""[[n:Julie Thorsen]] told me she is [[h:pregnant]]. How do I tell the team about her leave without saying why?"""),

("[da] invitation to sick absence conversation",
"""Skriv en indkaldelse til sygefraværssamtale til [[n:Morten Ravnkilde]], medarbejder i Hjemmeplejen Nord. Han har haft [[h:14 sygedage fordelt på 6 perioder]] det seneste halve år, primært pga. [[h:migræne]]. Tonen skal være omsorgsfuld – vi vil gerne høre, om der er noget vi kan gøre på arbejdspladsen."""),

("[da] long: work injury report, bitten by citizen",
"""Lav en anmeldelse af arbejdsulykke (til EASY) ud fra mine noter. Skriv hændelsesforløbet sammenhængende:

Skadelidte: [[n:Camilla Hougaard]], [[c:091179-0254]], SSA, Plejecenter Solbakken
Tidspunkt: 21.10 kl. ca. 19.15
Hændelse: Under aftenpleje hos en beboer med svær demens blev [[n:Camilla]] [[h:bidt i højre hånd]] og [[h:slået i ansigtet]]. Hun fik et [[h:dybt bidsår mellem tommel- og pegefinger]] og [[h:hævelse under venstre øje]]. Kollega kørte hende til skadestuen i Randers, hvor såret blev renset, og hun fik [[h:stivkrampevaccination]] og [[h:antibiotika (Dicillin)]]. Hun er [[h:sygemeldt]] resten af ugen og har efterfølgende fortalt sin leder, at hun har [[h:mareridt]] og er [[h:bange for at gå ind til beboeren]]. Tilbudt psykologhjælp via Falck Healthcare.
Vidner: SSH [[n:Betina Krog]]"""),

("[da] manager mail to team about colleague's cancer (with consent)",
"""Hjælp mig med at skrive en mail til teamet. [[n:Hanne Riis]] har givet lov til at jeg fortæller, at hun har fået [[h:brystkræft]] og skal [[h:opereres]] i næste uge og derefter have [[h:kemo]]. Hun forventer at være væk mindst et halvt år. Hun vil gerne have kort, men ikke besøg."""),

("[da] Teams: colleague admitted with blood clot, short",
"""Omformulér: "[[n:Bo Kristiansen]] fra Vej & Park er [[h:indlagt med en blodprop i benet]], så vagtplanen er ændret." """),

("[en] long: employee e-mail about burnout, medication, request for adjustments",
"""Can you help me prepare for a conversation with this employee? List her requests and what I as a manager should check with HR.

From: [[n:Priya Raman]] <[[e:priya.raman@norddjurs.dk]]>
To: [[n:Søren Bak Nielsen]]
Subject: My situation

Hi [[n:Søren]],
As we discussed briefly on Monday, I saw my doctor last week. She says I'm showing clear signs of [[h:burnout]] and has [[h:signed me off for two weeks]]. I've had [[h:chest pains]] and [[h:panic attacks]] at night, and I've [[h:started on sertraline]]. I don't want to leave the project, but I can't keep working 45-hour weeks. When I come back I'd like to start at 20 hours, work from home two days a week, and not be on the on-call rota for the first three months. I'd also appreciate it if my colleagues were only told that I'm [[h:on sick leave]], not the details. Thank you for understanding.
[[n:Priya]]"""),

("[da] § 56 agreement, multiple sclerosis",
"""Skriv et udkast til ansøgning om § 56-aftale (sygedagpengeloven) for vores medarbejder [[n:Rasmus Fjord]], [[c:160381-1948]]. Han har [[h:sklerose]] og forventer [[h:mindst 10 fraværsdage om året]] pga. [[h:attakker]] og [[h:behandling med Ocrevus]]."""),

("[da] meeting invitation about alcohol problem, short",
"""Lav en mødeindkaldelse til [[n:Kenneth Rask]] om hans [[h:alkoholproblem]] på arbejdet. Kort og neutral."""),

("[da] work accident on ice: sprained ankle, concussion",
"""Skriv en kort beskrivelse til forsikringen: Vores medarbejder [[n:Lisbeth Dam]] gled på isen ved indgangen til Rådhuset i morges. Hun fik [[h:forstuvet venstre ankel]] og [[h:slog hovedet]], og lægevagten mener hun har [[h:hjernerystelse]]. Hun er [[h:sygemeldt]] resten af ugen."""),

("[da] congratulation on pregnancy, short",
"""Skriv et tillykke-kort til [[n:Nadia Bruun]] med [[h:graviditeten]] fra kollegerne i Løn og Personale."""),

("[da] return after hip surgery, light duties",
"""Omskriv til en plan jeg kan sende til medarbejderen: [[n:Gitte Vinther]] starter igen 1. marts efter sin [[h:hofteoperation]]. Skånehensyn: [[h:må ikke løfte over 5 kg]], [[h:ingen forflytninger]] de første 6 uger, [[h:skal kunne sidde ned]] hver time. Hun går til [[h:genoptræning]] tirsdag og torsdag."""),

("[da] long: manager's notes from sick leave conversation",
"""Kan du skrive mine noter om til et ordentligt referat, som medarbejderen skal godkende?

Sygefraværssamtale 04.02, [[n:Thomas Lykke]], pædagog, Børnehuset Regnbuen
- T. [[h:sygemeldt]] siden 2. jan., [[h:lungebetændelse]] som gik over i [[h:astma]] – har nu [[h:inhalator]] og [[h:binyrebarkhormon]]
- har også haft [[h:depressive tanker]] efter skilsmissen, går til [[h:psykolog via sundhedsordningen]]
- lægen mener han kan starte op på 20 timer om 14 dage, [[h:delvis raskmelding]] i 4 uger
- ønsker ikke at være på legepladsen ved frost pga. [[h:åndenød i kulde]]
- vi aftaler: opstart 18.02, 4 timer dagligt, ingen åbne-/lukkevagter, ny samtale 04.03
- T. giver samtykke til at kolleger får at vide at han har været [[h:syg med lungerne]], ikke det med psykologen
- hans private mobil til brug i perioden: [[p:29 64 70 15]]"""),

("[en] colleague back after hernia operation, short",
"""Can you rephrase: [[n:Peter Lund]] will be back after his [[h:hernia operation]] on Monday, light duties only."""),

("[da] substitute plan table with named absentees and reasons",
"""Lav en tabel til vikarplanen for uge 7 med kolonnerne Navn, Årsag, Periode:
[[n:Marianne Høj]] – [[h:sygemeldt, knæ]] – hele ugen
[[n:Kristian Aagaard]] – [[h:barn syg med skoldkopper]] – man-tirs
[[n:Sanne Rytter]] – [[h:graviditetsundersøgelse]] – ons formiddag
[[n:Jonas Bang]] – kursus – torsdag"""),

("[da/en] letter in English to occupational health about employee's tennis elbow",
"""Skriv på engelsk til vores arbejdsmedicinske rådgiver om vores medarbejder [[n:Marta Silva]] (rengøringsassistent). Hun har [[h:tennisalbue]] i begge arme og har fået [[h:binyrebarkhormon-injektion]] to gange. Vi vil gerne have råd om hjælpemidler og arbejdsstillinger."""),

("[da] long: Teams thread between manager and HR about suspected drinking and diabetes",
"""Opsummer denne Teams-tråd og foreslå næste skridt:

[09:12] Leder Hjemmeplejen Øst: Jeg er bekymret for [[n:Flemming Rosendahl]]. Han har to gange i denne måned [[h:lugtet af alkohol]] om morgenen, og i går [[h:kørte han galt]] i bilen ved Fjellerup – ingen skade, men kofangeren er smadret.
[09:15] HR-konsulent: Har du talt med ham?
[09:20] Leder: Ja, kort. Han siger at det er hans [[h:diabetes]] – at han havde [[h:lavt blodsukker]] og at [[h:ketoner]] kan lugte som alkohol. Han fortalte også at han har fået ny [[h:insulin]] og har [[h:svært ved at regulere]].
[09:24] HR-konsulent: Okay. Vi kan ikke kræve en alkoholtest uden en politik for det, men vi kan bede om en lægeerklæring om, hvorvidt han kan køre bil i arbejdet. Vi skal også tilbyde hjælp, hvis det viser sig at være et [[h:misbrug]].
[09:31] Leder: Han er [[h:sygemeldt]] i dag. Hans kone ringede og sagde han har [[h:influenza]].
[09:33] HR-konsulent: Så tager vi et møde når han er tilbage. Send mig datoerne for episoderne."""),
]
