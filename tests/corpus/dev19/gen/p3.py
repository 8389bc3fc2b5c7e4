"""Personal, children and family: school, PPR, sundhedspleje, daginstitution, underretning (d19-0034..0051)."""
ITEMS = [
("[da] SMS to parent, child vomited, short",
"""Skriv en sms til moren til [[n:Emma Lindholm]] i 2.b om at datteren [[h:kastede op]] i frikvarteret og skal hentes."""),

("[en] reply to parent: daughter with coeliac disease, short",
"""Help me reply to a parent: her daughter [[n:Olivia Hart]] in 3.a has [[h:coeliac disease]] and can't join the baking day."""),

("[da] long: pasted underretning from school, bruises, intoxicated parent",
"""Jeg skal sende denne underretning videre til Familieafdelingen. Kan du stramme sproget op, så det er objektivt og uden gætterier?

Underretning – Ørum Skole
Barn: [[n:Victor Dahl Pedersen]], [[c:280811-4578]], 4. klasse
Forældre: [[n:Tina Dahl]] og [[n:René Pedersen]], [[a:Møllevænget 9, 8586 Ørum Djurs]]

[[n:Victor]] kom i mandags i skole med [[h:blå mærker på begge overarme]] og et [[h:mærke på kinden]]. Da klasselæreren spurgte, sagde han at han var faldet ned fra trampolinen. Han har de sidste måneder virket [[h:træt og ukoncentreret]], og han [[h:tisser i bukserne]] flere gange om ugen, hvilket ikke er set før. Han har [[h:tandpine]] og har fortalt, at han ikke har været hos tandlægen længe. Ved afhentning fredag var mor [[h:tydeligt beruset]], hun [[h:snøvlede og havde svært ved at stå op]]. Far har tidligere fortalt, at han er [[h:sygemeldt med rygsmerter]] og ikke kan hente. Vi er bekymrede for Victors trivsel."""),

("[da] PPR referral, dyslexia and ADHD assessment",
"""Skriv en indstilling til PPR for [[n:Oliver Munk]] (6.a, Auning Skole). Han er [[h:ordblind]] ifølge ordblindetesten i 5. klasse, har [[h:koncentrationsbesvær]] og [[h:raserianfald]] i frikvartererne. Forældrene ønsker ham [[h:udredt for ADHD]] i børne- og ungdomspsykiatrien. Mor [[n:Louise Munk]] kan kontaktes på [[p:26 73 01 48]]."""),

("[da] health visitor note: postpartum low mood, EPDS",
"""Skriv et journalnotat: Hjemmebesøg hos [[n:Maja Thygesen]] og baby. Mor [[h:grådlabil]] og [[h:sover dårligt]], [[h:EPDS-score 14]]. Anbefalet samtale hos egen læge."""),

("[en] daycare: parent e-mail about son's nut allergy",
"""Rewrite this into a short info note for the staff room (English and Danish):
"Hi, this is [[n:James O'Connor]], dad of [[n:Finn O'Connor]] in the Frogs group. [[n:Finn]] has a [[h:severe nut allergy]] and [[h:asthma]]. His [[h:EpiPen Jr]] and [[h:Ventoline inhaler]] are in the blue bag. If he gets [[h:hives]] or [[h:trouble breathing]], use the pen and call 112, then me on [[p:+45 31 86 25 40]]." """),

("[da] school refusal, stomach ache, anxiety",
"""Hjælp mig med at skrive til skolepsykologen om [[n:Ida Marie Juul]], 7.b. Hun har haft [[h:skolevægring]] siden efterårsferien – 43 % fravær. Hun har [[h:ondt i maven hver morgen]], og mor fortæller om [[h:angst]] og at hun [[h:skader sig selv med en passer]]. Familien bor på [[a:Nørregade 18, 8500 Grenaa]]."""),

("[da] long: børnefaglig undersøgelse § 50, summary for meeting",
"""Lav en sammenfatning på max 10 linjer af denne børnefaglige undersøgelse til mødet i Børne- og Ungeudvalget (sagen skal behandles lukket):

Børnefaglig undersøgelse jf. § 50 (nu § 20 i barnets lov)
Barn: [[n:Sofie Andreasen]], [[c:130406-4435]]
Mor: [[n:Pia Andreasen]], [[c:170485-0472]] – [[h:kronisk depression]], [[h:førtidspensionist]] pga. [[h:svær fibromyalgi]], behandles med [[h:Cymbalta]] og [[h:Tramadol]].
Far: ukendt.
[[n:Sofie]] er 19 år og bor hjemme, hvor hun i praksis passer sin mor. Hun har selv [[h:spiseforstyrrelse]] ([[h:anoreksi]]), [[h:vejer 44 kg]] og har været [[h:indlagt på børne- og ungdomspsykiatrisk afdeling]] i Aarhus to gange i 2024. Hun har [[h:udeblevet fra ambulant behandling]] siden marts. Lægen vurderer [[h:risiko for hjertepåvirkning]] ved yderligere vægttab.
Skole: Hun er droppet ud af HF i Grenaa.
Netværk: Mormor [[n:Grethe Andreasen]] i Glesborg er en vigtig voksen, men har selv [[h:kræft]] og er i [[h:kemobehandling]].
Vurdering: Der er behov for efterværn og en fast kontaktperson; anbringelse er ikke aktuel."""),

("[da] Teams request about child newly diagnosed with type 1 diabetes",
"""[[n:Noah Kjeldsen]] fra 0.c har fået [[h:type 1-diabetes]] – kan du lave en plan for [[h:blodsukkermåling]] og [[h:insulinpumpe]] i skoletiden?"""),

("[da/en] welcome letter to English-speaking family, child with cochlear implant",
"""Kan du oversætte denne velkomst til engelsk? Familien er lige flyttet hertil fra Manchester.

Kære [[n:Sarah]] og [[n:Tom Whitaker]]
Velkommen til Glesborg Skole. Vi har fået oplysningerne fra jeres tidligere skole om [[n:Ruby Whitaker]]: at hun har [[h:svært nedsat hørelse]] og har [[h:cochlear implant]] på begge ører. Vi har bestilt en [[h:soundfield-anlæg]] til klassen, og talepædagogen fra PPR kommer på besøg i uge 38.
Venlig hilsen
Skolesekretæren"""),

("[da] pregnant 16-year-old, short",
"""Lav en huskeseddel til samtalen med [[n:Freja Mølgaard]] (16), som er [[h:gravid i uge 14]] og ikke har været til [[h:jordemoder]]."""),

("[da] municipal dental service: many cavities, missed appointments",
"""Skriv et brev fra Den Kommunale Tandpleje til forældrene til [[n:Ali Hassan Omar]], [[c:160714-4348]]. Han har [[h:syv huller]], [[h:betændelse ved en kindtand]] og er udeblevet fra 3 aftaler. Vi tilbyder behandling i [[h:lattergas]] på klinikken i Grenaa og skal vurdere, om der skal sendes en underretning."""),

("[en] long: father's e-mail about son's ADHD medication and custody",
"""Translate this e-mail into Danish and then list what the father asks for:

From: [[n:Mark Sullivan]] <[[e:mark.sullivan@icloud.com]]>
To: Familieafdelingen

Hello,
I share custody of my son [[n:Leo Sullivan Bach]] (born 2014) with his mother, who lives in Trustrup. [[n:Leo]] was diagnosed with [[h:ADHD]] last year and takes [[h:Medikinet 20 mg]] in the morning. When he is at his mother's house, the medicine is often forgotten, and the school tells me that he [[h:gets into fights]] and is [[h:unable to sit still]] on those days. Last month he [[h:broke his wrist]] jumping from the school roof. I also think he has lost weight – he says he is [[h:not hungry]], which the doctor said can be [[h:a side effect of the medication]]. I would like a meeting with the caseworker, and I would like to know whether the municipality can make sure the medicine is given at school instead. My number is [[p:+44 7911 123 456]] and my Danish address is [[a:Lillegade 9, 2. tv., 8500 Grenaa]].
Best regards,
[[n:Mark Sullivan]]"""),

("[da] invitation to network meeting, CPR, eating disorder",
"""Lav en invitation til netværksmøde om [[n:Malthe Brogaard]] ([[c:050303-4859]]) og hans [[h:spiseforstyrrelse]]."""),

("[da] daycare observation, speech delay",
"""Omskriv til en forældrevenlig tekst: "Vi har observeret at [[n:Clara Fogh]] (3 år 2 mdr.) har [[h:forsinket sprogudvikling]] og [[h:udtaleproblemer]], og at hun [[h:ofte har mellemørebetændelse]]. Vi anbefaler en [[h:høreundersøgelse]] og henvisning til [[h:tale-høre-konsulent]]." """),

("[da] long: pasted minutes from school-home meeting",
"""Renskriv referatet og fjern gentagelser:

Referat – møde om [[n:William Hvid]], 8.a, 12.03
Deltagere: mor [[n:Anja Hvid]], klasselærer, AKT-lærer, sundhedsplejerske, PPR-psykolog
- mor fortæller at [[n:William]] siden juni har været i [[h:behandling for depression]] hos privatpraktiserende psykolog, og at han nu får [[h:Fontex]]
- han [[h:sover til middag]] i weekenderne og [[h:spiser næsten ikke]]
- sundhedsplejersken har målt ham og han har [[h:tabt 7 kg siden sommer]]
- klasselærer: han sidder med hætte på og siger ikke noget, har [[h:hovedpine]] næsten hver dag
- mor er selv [[h:sygemeldt med stress]] og har svært ved at få ham op
- PPR-psykolog anbefaler [[h:nedsat skema]] i 4 uger og at lægen [[h:vurderer medicinen]]
- aftale: ny statusmøde om 4 uger, mor giver samtykke til at skolen må tale med psykologen
- mors mobil: [[p:30 12 58 44]]"""),

("[en] school absence after tonsillectomy, short",
"""Draft a reply: [[n:Lily Andersen]] (5.b) will be absent two weeks after her [[h:tonsillectomy]]."""),

("[da] school nurse note: obesity in 9-year-old",
"""Skriv et brev til forældrene efter sundhedsplejerskens undersøgelse i 3. klasse: [[n:Magnus Krogh]] har [[h:BMI 24,8]], hvilket svarer til [[h:svær overvægt]] for alderen, og han har [[h:ondt i knæene]] ved idræt. Vi tilbyder forløbet "Sund Familie" i Sundhedshuset. Brevet skal være venligt og ikke skyldbetonet."""),
]
