"""Personal, jobcenter / sick pay: sygedagpenge, fleksjob, ressourceforløb, lægeattest (d19-0052..0067)."""
ITEMS = [
("[da] reminder to hand in doctor's certificate, short",
"""Skriv en påmindelse til [[n:Dorte Kjær]] om at aflevere lægeattesten for sin [[h:sygemelding]] senest fredag."""),

("[en] short note to Polish citizen about sick pay follow-up",
"""Write a short, simple message to [[n:Tomasz Nowak]]: he is [[h:on sick leave after his back surgery]] and must call the jobcenter before Friday."""),

("[da] follow-up conversation summary: herniated disc, surgery, painkillers",
"""Opsummer min opfølgningssamtale i et journalnotat:
[[n:Brian Højgaard]], 46 år, lagerarbejder hos en virksomhed i Grenaa. [[h:Sygemeldt]] siden 3. februar med [[h:diskusprolaps i lænden]]. [[h:Opereret]] på Regionshospitalet Silkeborg 2. april. Har stadig [[h:udstrålende smerter i venstre ben]] og tager [[h:Oxycodon]] om aftenen. Forventer at kunne starte [[h:gradvis tilbagevenden]] med 15 timer fra uge 20, men ikke med tunge løft."""),

("[da] long: pasted LÆ 265 statement from GP",
"""Kan du trække de vigtigste oplysninger ud af denne lægeattest og skrive dem som punkter til rehabiliteringsteamet?

LÆ 265 – Lægeattest til brug ved rehabiliteringsteam
Patient: [[n:Susanne Winther Laursen]], [[c:040673-0573]]
Adresse: [[a:Ahornvej 12, 8544 Mørke]]

Helbredsoplysninger: Patienten har siden 2019 haft [[h:fibromyalgi]] med [[h:udbredte smerter]], [[h:træthed]] og [[h:søvnforstyrrelser]]. I 2023 diagnosticeret med [[h:moderat depression]], behandlet med [[h:Venlafaxin 150 mg]] med delvis effekt. Tidligere [[h:alkoholoverforbrug]], nu ophørt. [[h:Hypertension]], velbehandlet med [[h:Losartan]].
Funktionsevne: Kan gå ca. 500 m, [[h:kan ikke sidde mere end 30 min ad gangen]]. [[h:Koncentrationen er nedsat]], og hun [[h:glemmer aftaler]].
Prognose: Uafklaret. Det er min vurdering, at [[h:arbejdsevnen er væsentligt og varigt nedsat]], men at hun kan profitere af et afklarende forløb med få timer.
Læge [[n:Jens Otto Kirk]], Lægehuset i Rønde"""),

("[da] fleksjob assessment, fibromyalgia/capacity",
"""Hjælp mig med at formulere konklusionen: [[n:Anette Bluhme]] har [[h:kronisk træthedssyndrom]] og [[h:kan arbejde 12 timer om ugen]] fordelt på 4 dage. Hun har brug for [[h:hvilepauser]] og hæve-sænkebord. Hun anbefales til fleksjob ved Norddjurs Kommunes rengøring."""),

("[da] resource course referral, PTSD after deployment, short",
"""[[n:Kim Brøndum]] indstilles til ressourceforløb pga. [[h:PTSD]] efter udsendelse til Afghanistan. Skriv 3 linjer om det."""),

("[en] long: citizen e-mail about long covid and sickness benefit",
"""Please summarise this e-mail for me in Danish and suggest a short reply in English:

From: [[n:Emily Rowe]] <[[e:emily.rowe88@gmail.com]]>
Subject: Sickness benefit – I can't make the meeting

Dear caseworker,
I'm sorry but I can't come to the meeting on Thursday. Since I had covid in January I have been [[h:exhausted all the time]], I get [[h:brain fog]] after half an hour of reading, and my [[h:heart races]] when I climb stairs. My GP says it is [[h:long covid]] and has referred me to the [[h:post-covid clinic]] in Aarhus, but the waiting time is 4 months. I have also started on [[h:antidepressants]] because I've been [[h:very low]]. I'm worried I'll lose my sickness benefit. Can we do the meeting on the phone instead? My number is [[p:+45 50 64 21 97]].
Best wishes,
[[n:Emily Rowe]]
[[a:Kystvejen 44, 8500 Grenaa]]"""),

("[da/en] translate letter: partially fit for work",
"""Translate to English for the citizen, keep it short:
"Kære [[n:Ravi Shankar Patel]]. Din læge har meddelt, at du er [[h:delvist raskmeldt]] fra 1. juni efter dit [[h:hjerteanfald]]. Du skal derfor arbejde 20 timer om ugen og fortsat gå til [[h:hjerterehabilitering]] om tirsdagen." """),

("[da] CSV row about sick-listed employee, short",
"""Lav denne række om til en sætning: [[n:Jesper Friis]],[[c:121077-2487]],sygemeldt pga. [[h:knæoperation]],raskmelding uge 12"""),

("[da] round-table meeting note: cardiac arrest survivor",
"""Skriv et referat af rundbordssamtalen: [[n:Henrik Sloth]] deltog sammen med sin arbejdsgiver (Djurs Vognmandsforretning). [[n:Henrik]] fik [[h:hjertestop]] i november og har nu en [[h:ICD]]. Han må ikke køre lastbil i 6 måneder pga. [[h:kørselsforbud]]. Arbejdsgiveren tilbyder kontorarbejde 25 timer om ugen. Henrik er [[h:bange for at anstrenge sig]]."""),

("[da] long: rehabiliteringsteam indstilling with many health facts",
"""Gennemlæs denne indstilling til rehabiliteringsteamet, ret sproget og gør den kortere (max en halv side):

Borger: [[n:Lone Bækgaard]], [[c:060764-1145]], tlf. [[p:24 81 36 05]]
Forløb: [[n:Lone]] har været [[h:sygemeldt]] fra sit job som social- og sundhedshjælper siden august 2023. Det startede med [[h:smerter i højre skulder]], som viste sig at være en [[h:rotator cuff-skade]], der blev opereret i januar 2024. Under sygemeldingen har hun udviklet [[h:belastningsreaktion]] og [[h:angst]]; hun tør ikke gå i Netto, når der er mange mennesker. Hun har gået til [[h:psykolog]] (10 timer), og egen læge har startet [[h:Escitalopram 10 mg]]. Hun tager desuden [[h:Panodil]] og [[h:Ipren]] mod skulderen.
Arbejdsprøvning: Praktik i genbrugsbutikken i Ørum 6 timer om ugen – stoppet efter 3 uger pga. [[h:forværrede smerter]] og [[h:panikanfald]].
Borgerens ønske: Hun ønsker at komme tilbage til et arbejde, men ikke i plejen.
Jobcenterets vurdering: Arbejdsevnen er ikke afklaret. Vi indstiller til ressourceforløb i 2 år med tværfaglig indsats (psykolog, fysioterapi, mentor)."""),

("[da] short question about pregnancy-related sick leave",
"""Hvad skal jeg svare [[n:Mona Bak]], der er [[h:sygemeldt med graviditetsgener]] i uge 22 og spørger til barsel?"""),

("[da] phone note, migraine, triptan",
"""Skriv telefonnotatet pænt op: [[n:Ulrik Fabricius]] ringede, kan ikke komme til samtale i morgen pga. [[h:migrænefald]], har haft det i 3 dage. Tager [[h:Sumatriptan]] men det hjælper ikke. Han er [[h:henvist til hovedpinecenteret]] i Glostrup. Ny tid aftalt til næste onsdag."""),

("[en] dialysis, note for file, short",
"""[[n:Ahmed Yusuf]] cannot attend the course because of [[h:kidney dialysis]] three times a week. Write a short note for his file."""),

("[da] partial return to work, stress and anxiety",
"""Lav en plan for gradvis tilbagevenden til arbejde for [[n:Signe Holmgaard]] ([[e:signe.holmgaard@live.dk]]), der er [[h:sygemeldt med stress og angst]]: uge 1–2 8 timer, uge 3–4 15 timer, derefter 25 timer. Hun har [[h:søvnproblemer]] og skal ikke have aftenvagter."""),

("[da] long: angry citizen e-mail, cancer and internship demand",
"""Hjælp mig med at svare roligt og korrekt på denne mail. Jeg vil gerne forklare reglerne for sygedagpenge uden at lyde som en robot.

Fra: [[n:Carsten Meldgaard]] <[[e:carsten.meldgaard@mail.dk]]>
Emne: I er fuldstændig urimelige

Jeg har nu fået mit tredje brev om, at jeg skal møde op til samtale på jobcentret. Jeg har [[h:tarmkræft]] og er midt i [[h:kemoterapi]], jeg har [[h:stomi]] og kan næsten ikke være væk hjemmefra i mere end en time ad gangen. Min onkolog på Aarhus Universitetshospital har skrevet at jeg er [[h:uarbejdsdygtig]] til mindst august. Alligevel skriver I at jeg skal i "virksomhedspraktik". Min kone har måttet tage fri for at køre mig til [[h:strålebehandling]] og nu er hun også ved at gå ned med [[h:stress]]. Jeg forlanger at I fritager mig for samtaler efter reglerne om alvorlig sygdom.

[[n:Carsten Meldgaard]]
[[a:Bakkevej 7, Fannerup, 8560 Kolind]]
[[p:40 58 22 13]]"""),
]
