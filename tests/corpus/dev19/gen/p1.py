"""Personal, elderly care / home care / plejecenter (d19-0001..0017)."""
ITEMS = [
("[da] home care: medicine time change, full name + brand/dose, short",
"""Skriv en kort besked til hjemmeplejen: [[n:Inger Marie Holst]] skal have sin [[h:Furix 40 mg]] kl. 8 i stedet for kl. 10 fra i morgen."""),

("[da] visitation note to summarise; label-line citizen, CPR, address, fall + fracture + cognition",
"""Opsummer denne visitationsnote i tre punkter til min leder:

Borger: [[n:Poul Erik Damgaard]], [[c:140738-1188]]
Adresse: [[a:Søndergade 14, 8585 Glesborg]]
Enkemand, bor alene i eget hus. [[h:Faldt i badeværelset]] for 2 uger siden og fik [[h:brud på venstre håndled]], gips i 6 uger endnu. Der er [[h:let kognitiv svækkelse]] – glemmer at spise. Ansøger om [[h:hjælp til personlig pleje]] morgen og rengøring hver 14. dag. Datteren bor i Aarhus og kommer hver weekend."""),

("[da] plejecenter shift handover, long pasted journal with many health facts",
"""Lav en kort mundtlig overlevering til aftenvagten ud fra dagens notater. Punktform, max 8 linjer.

Plejecenter Fjordbakken, afd. B – dagnotater 14.11.
Bolig 6, [[n:Asta Kjærgaard]]: [[h:Urolig]] hele formiddagen, råber efter sin mand. [[h:Alzheimers]] progredierer tydeligt. Fik PN [[h:Oxapax 7,5 mg]] kl. 11 med god effekt. Spiste kun halvdelen af frokosten. [[h:Tryksår kategori 2 på os sacrum]] – skiftet forbinding, sårkanter røde. Husk vending hver 3. time.
Bolig 8, [[n:Holger Mikkelsen]]: [[h:BS 17,4]] før frokost, fik ekstra [[h:NovoRapid 4 IE]] efter instruks. [[h:Hævede ankler]], benene lagt op. Klager over [[h:svie ved vandladning]] – urinstix taget, [[h:positiv for nitrit]], egen læge kontaktet, svar i morgen.
Bolig 11, [[n:Ella Nørgaard]]: [[h:Hoster meget]], temp. [[h:38,6]]. Sat i isolation pga. mistanke om [[h:influenza]]. Datteren er informeret.
Bolig 12, [[n:Arne Bech]]: Ingen bemærkninger, gik tur med sin [[h:rollator]] til caféen."""),

("[en] relative abroad; reply about father with dementia refusing insulin",
"""Help me write a polite reply in English to [[n:Susan Whitfield]] ([[e:s.whitfield@btinternet.com]]). She lives in Leeds and asks how her father [[n:Knud Sørensen]] is doing at the care home. Key points: his [[h:dementia]] has worsened since summer, he sometimes [[h:refuses his insulin injections]], and the nurse has booked a meeting with his GP about [[h:switching to tablets]]. Keep it warm but factual."""),

("[da/en] translate decision letter; heading name, aids",
"""Oversæt dette til engelsk så datteren kan læse det:

Kære [[n:Linda Brooks]]
Din mor, [[n:Edith Brooks Hansen]], har nu fået leveret en [[h:trykaflastende madras]], en [[h:toiletstol]] og et [[h:nødkald]]. Hjemmeplejen kommer fremover 3 gange dagligt til [[h:hjælp med bad og påklædning]]."""),

("[da] table of citizens and aids, pasted CSV rows with CPR",
"""Lav en pæn tabel ud fra disse rækker med kolonnerne Navn, CPR, Hjælpemiddel, Leveret:

[[n:Gudrun Frandsen]];[[c:260942-2087]];[[h:kørestol]];03.10
[[n:Orla Bisgaard]];[[c:010347-3640]];[[h:badebænk]];05.10
[[n:Jytte Skov]];[[c:280251-1267]];[[h:personløfter]] + [[h:sejl str. M]];05.10
[[n:Henning Tang]];[[c:171231-0037]];[[h:rollator]];09.10"""),

("[da] SMS from home care worker, first name + street identifies citizen",
"""Ret stavefejl i denne sms før jeg sender den til min kollega: "hej. [[n:Ruth]] på [[a:Kirkevej 7]] i Ørum var meget [[h:forvirret]] i dag og havde [[h:ikke taget sine piller]] siden igår. har lagt dosisæsken på køkkenbordet. kan du kigge forbi kl 18?" """),

("[da] Teams chat between nurses; catheter and leg ulcer",
"""Gør denne Teams-besked mere kortfattet: Hej Lone, kan du tage [[n:Aksel Brandt]] kl. 14 i dag? Han skal have skiftet [[h:kateter]], og [[h:bensåret på højre underben]] skal renses og have ny [[h:Mepilex]]. Han har været lidt [[h:åndenød]] i weekenden, så tjek lige iltmætning."""),

("[da] relative complaint e-mail about mother's care, long, signature, phone",
"""Hjælp mig med at skrive et sagligt svar på denne klage. Vi har allerede haft et møde med sønnen.

Fra: [[n:Michael Vestergaard]] <[[e:michael.vestergaard71@gmail.com]]>
Emne: Klage over plejen af min mor

Til hjemmeplejen, område Syd

Jeg er dybt utilfreds med den måde min mor, [[n:Else Vestergaard]], er blevet behandlet på de sidste måneder. Hun har fået et [[h:tryksår på hælen]] som ingen opdagede før jeg selv så det. I sidste uge blev hun [[h:indlagt på Randers Sygehus]] fordi hun var [[h:dehydreret]] og havde en [[h:urinvejsinfektion]]. Lægen sagde at hun ikke havde fået nok at drikke i flere dage. Hun har [[h:KOL]] og kan ikke selv hente vand, når hun [[h:får ilt]] om natten. Jeg forventer en forklaring og en plan for, hvordan I sikrer at hun drikker.

Med venlig hilsen
[[n:Michael Vestergaard]]
[[p:22 48 16 93]]"""),

("[da/en] explain decision in simple English; Parkinson, aids, CPR",
"""Can you rewrite this decision in simple English for the citizen? She is Irish and her Danish is weak.

Afgørelse vedr. [[n:Margaret O'Neill]], [[c:130956-2018]]
Du bevilges [[h:hjælp til personlig pleje]] morgen og aften samt [[h:genoptræning efter § 86]], da din [[h:Parkinsons sygdom]] har medført [[h:flere fald]] og [[h:nedsat gangfunktion]]. Der bevilges desuden en [[h:rollator]] med sæde."""),

("[da] reminder about medicine; name + address, generic drug",
"""Skriv en venlig påmindelse til [[n:Bent Kragh]], [[a:Stationsvej 3, 8963 Auning]], om at huske sin [[h:Metformin]] til aftensmaden."""),

("[da] phone note from daughter about father's memory, call-back number",
"""Renskriv dette telefonnotat:
ringede 9.40 datter [[n:Kirsten Lund]] tlf [[p:28 41 77 90]]. far [[n:Gunnar Lund]] har [[h:glemt at slukke komfuret]] 2 gange, [[h:går rundt om natten]], vil gerne have ham [[h:udredt for demens]]. hun ønsker møde m. demenskoordinator. ring tilbage efter kl 15"""),

("[da] nutrition note, weight loss and dysphagia, medium",
"""Skriv en henvisning til diætisten ud fra dette: [[n:Karl Johan Bruun]], 91 år, Plejecentret i Allingåbro. [[h:Vægttab på 6 kg]] på tre måneder, [[h:nedsat appetit]] og [[h:synkebesvær]] efter [[h:blodprop i hjernen]] i foråret. Får nu [[h:gelekost]] og [[h:fortykket drikke]]. [[h:Vejer 54 kg]]."""),

("[da] palliative care, lung cancer, morphine pump; address",
"""Formulér en besked til aftenholdet om [[n:Lis Overgaard]], [[a:Skovvej 22, 8961 Allingåbro]]: Hun er nu [[h:terminal]] med [[h:lungekræft]] og har fået [[h:morfin-pumpe]] i dag. Familien er der døgnet rundt. Husk [[h:mundpleje]] hver anden time og ring til palliativ sygeplejerske ved [[h:uro]] eller [[h:smerter]]."""),

("[en] daughter abroad about father's hearing aid, short",
"""Reply to [[n:Anne Mortensen Clarke]]: her dad [[n:Viggo Mortensen]] lost his [[h:hearing aid]] again; the home carers will order a new one."""),

("[da] night incident: fall out of bed, head wound, anticoagulant",
"""Skriv en hændelsesrapport (UTH) ud fra dette: Nat til torsdag ca. kl. 02.30 blev [[n:Erna Poulsen]] (bolig 4) fundet på gulvet ved sengen. Hun [[h:faldt ud af sengen]] og havde en [[h:flænge i panden]] på ca. 2 cm. Hun er i [[h:blodfortyndende behandling med Eliquis]], så vagtlægen blev kontaktet og hun blev kørt til [[h:skadestuen]] i Randers til observation for [[h:hjerneblødning]]. Sengehest var ikke sat op."""),

("[da] long: rehab assessment after hospital discharge, FSIII-style, CPR and phone",
"""Jeg har brug for en kort sammenfatning (max 5 linjer) til visitationsudvalget af denne udskrivningsepikrise og vores egen funktionsvurdering:

Udskrivningsepikrise, Regionshospitalet Randers
Pt.: [[n:Vagn Hjortshøj]], [[c:171060-0240]]
Indlagt 02.09–11.09 med [[h:venstresidig pneumoni]] og [[h:akut forværring af hjertesvigt]]. Behandlet med [[h:iv-antibiotika]] og [[h:vanddrivende]]. [[h:EF 30 %]]. Sat i [[h:Spironolacton 25 mg]] og fortsætter [[h:Bisoprolol]]. Genoptræningsplan udarbejdet.

Funktionsvurdering 14.09 (hjemmebesøg, [[a:Lindevej 5, 8950 Ørsted]]):
Gå/bevægelse: Kan gå ca. 10 m med [[h:rollator]], [[h:udtrættes hurtigt]]. Trapper ikke muligt.
Personlig hygiejne: Behov for [[h:hjælp til nedre toilette]] og [[h:støttestrømper]].
Spise og drikke: Klarer selv, men [[h:væskerestriktion 1,5 l]] skal overholdes.
Mentale funktioner: Orienteret, men [[h:nedtrykt]] efter indlæggelsen, siger at han "ikke gider mere".
Netværk: Hustru [[n:Bodil Hjortshøj]] ([[p:61 27 30 84]]) er selv [[h:gangbesværet]].
Vurdering: Midlertidig hjælp 6 uger + hverdagsrehabilitering anbefales."""),
]
