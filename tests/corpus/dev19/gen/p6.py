"""Personal, health services: genoptræning, rehabilitering, misbrugsbehandling, tandpleje (d19-0085..0098)."""
ITEMS = [
("[da] SMS: rehab after knee replacement, short",
"""Skriv en sms: Hej [[n:Kurt Hedegaard]], din [[h:genoptræning efter knæalloplastik]] starter tirsdag kl. 9 i Sundhedshuset."""),

("[en] first appointment for methadone treatment, short",
"""Make this simple English: "[[n:Olena Kovalenko]], your first appointment for [[h:methadone treatment]] is Monday 10:00." """),

("[da] addiction centre journal: Antabus, relapse",
"""Skriv journalnotatet i fagsprog: [[n:Claus Bjerregaard]] mødte op i Misbrugscentret til udlevering af [[h:Antabus]]. Fortæller om [[h:tilbagefald]] i weekenden – har drukket ca. 20 genstande lørdag. Han havde [[h:rystelser]] og [[h:svedeture]] søndag. Tidligere [[h:delirium]] i 2021, så vi har aftalt [[h:abstinensbehandling med Librium]] via egen læge."""),

("[da] long: hospital rehab plan pasted, summary for therapist",
"""Lav en kort opsummering til terapeuten, der skal starte forløbet:

Genoptræningsplan (GOP) – Aarhus Universitetshospital, Ortopædkirurgi
Patient: [[n:Rita Halkjær]], [[c:080369-3579]]
Bopæl: [[a:Teglværksvej 3, 8963 Auning]]
Diagnose: [[h:Pertrokantær femurfraktur sin.]] efter [[h:fald i hjemmet]]. Opereret med [[h:gammasøm]] 12.05.
Øvrige: [[h:Osteoporose]], [[h:type 2-diabetes]], [[h:let nedsat nyrefunktion]]. Får [[h:Alendronat]] ugentligt, [[h:Metformin]] og [[h:Panodil]] fast.
Funktion ved udskrivelse: Går med [[h:gangbuk]] ca. 20 m, fuld belastning tilladt. [[h:Smerter VAS 5]] ved gang. Behov for [[h:toiletforhøjer]] og [[h:strømpepåtager]].
Mål: Gang med [[h:rollator]] indendørs og udendørs, selvstændig i bad, kan komme til indkøb.
Specialiseret genoptræning: Nej. Almen genoptræning efter sundhedsloven § 140."""),

("[da] municipal dental care for elderly: denture, thrush, dry mouth",
"""Skriv et brev til pårørende om, at omsorgstandplejen har været hos [[n:Esther Laugesen]] på Plejecentret Fjordbakken: hendes [[h:underkæbeprotese]] sidder løst, hun har [[h:svamp i munden]] og [[h:tør mund]] pga. sin medicin. Tandplejeren har ordineret [[h:Mycostatin]] og anbefaler [[h:tandpasta med højt fluorindhold]]."""),

("[da] invitation to COPD rehab, short",
"""Lav en invitation til [[n:Birgitte Schou]] til [[h:KOL-rehabilitering]] i Sundhedscentret mandag kl. 13."""),

("[en] diabetes school summary for English-speaking citizen",
"""Summarise this for the citizen in English: [[n:Gareth Lewis]] attended 4 out of 6 sessions in the [[h:type 2 diabetes]] patient school. His [[h:HbA1c dropped from 68 to 54]], he has [[h:lost 4 kg]], and he is now on [[h:Ozempic]] from his GP. He still has [[h:numbness in his feet]] and should see the podiatrist."""),

("[da] cardiac rehab, missed sessions, CPR, short",
"""[[n:Anders Møller]], [[c:061158-1955]]: udeblevet 3 gange fra [[h:hjerterehabilitering]]. Skriv et venligt brev."""),

("[da] smoking cessation course note",
"""Omskriv til et kort statusnotat: [[n:Lene Haahr]] er på uge 3 i [[h:rygestopforløbet]]. Hun bruger [[h:nikotinplaster 21 mg]] og [[h:nikotintyggegummi]]. Hun har [[h:KOL grad 2]] og [[h:hoster]] mere efter stoppet, men er motiveret. [[h:Kulilte-måling i dag: 4 ppm]]."""),

("[da] long: youth addiction team note with mother present",
"""Kan du lave en kort, ikke-dømmende sammenfatning af denne samtale, som jeg kan lægge i sagen og dele med den unge?

Ungeindsatsen – samtale 18.09
Ung: [[n:Mathias Kjær Overgaard]], 17 år, [[c:030808-4127]]
Til stede: [[n:Mathias]], mor [[n:Dorthe Overgaard]], rådgiver
Mathias fortæller, at han [[h:ryger hash dagligt]], ca. 2 gram, og har gjort det siden 8. klasse. Han har også prøvet [[h:kokain]] til fester et par gange. Han siger at hashen "tager toppen" af hans [[h:uro]], og at han [[h:ikke kan sove]] uden. Mor fortæller, at han har [[h:tabt sig]] og har fået [[h:angstanfald]] om natten. Han er stoppet på EUD i Grenaa. Han har tidligere været [[h:udredt for ADD]] men ikke medicineret.
Aftale: Mathias vil gerne prøve [[h:ambulant behandling]] (MultiDimensionel Familieterapi), og mor deltager. Vi henviser til lægen mhp. [[h:vurdering af ADD-medicin]]. Næste samtale 25.09."""),

("[da/en] English note for physiotherapist, frozen shoulder",
"""Skriv en kort overlevering på engelsk til vikar-fysioterapeuten om [[n:Ingrid Lauritsen]]: [[h:frossen skulder]] i højre side, [[h:natlige smerter]], fik [[h:blokade]] for 3 uger siden. Træner 2 x ugentligt, elastikøvelser."""),

("[da] podiatry appointment moved, phone, short",
"""Hvad skriver jeg til [[n:Yvonne Brandt]] ([[p:42 17 96 30]]) om at hendes [[h:fodterapi]] flyttes til uge 9?"""),

("[da] cancer rehabilitation: lymphoedema, fatigue",
"""Skriv et referat fra afklaringssamtalen: [[n:Kamilla Nyborg]], 52 år, afsluttet behandling for [[h:brystkræft]] i juni. Har [[h:lymfødem i venstre arm]], går med [[h:kompressionsærme]], [[h:træthed]] og [[h:koncentrationsbesvær]]. Hun ønsker at deltage i holdtræning og i samtalegruppen "Livet efter kræft"."""),

("[en] long: wife's e-mail about husband's rehab after stroke",
"""Please draft a reply to this e-mail. Apologise for the waiting time, explain that we will call her this week, and don't promise anything specific.

From: [[n:Catherine Dupont-Mikkelsen]] <[[e:cdupont@orange.fr]]>
Subject: Rehabilitation for my husband

Hello,
My husband [[n:Ole Mikkelsen]] came home from Hammel Neurocenter three weeks ago after his [[h:stroke]]. He has [[h:weakness in his right arm and leg]], he [[h:cannot find his words]] and gets [[h:very frustrated and tearful]]. The hospital said he would get [[h:speech therapy]] and [[h:physiotherapy]] from the municipality, but no one has contacted us. He has [[h:fallen twice]] in the bathroom, and I have a [[h:bad back]] myself so I can't lift him. We need a [[h:shower chair]] and someone to help in the mornings. I'm also worried because he doesn't take his [[h:blood thinners]] when I'm not watching.
Please call me on [[p:+33 6 12 84 55 01]] or [[p:+45 93 20 61 17]].
[[n:Catherine]]"""),
]
