"""Personal, disability and psychiatry: bostøtte, § 85, botilbud (d19-0018..0033)."""
ITEMS = [
("[da] bostøtte minutes, short: schizophrenia, stopped medicine",
"""Skriv et kort referat: bostøttemøde med [[n:Jonas Winther]], som har [[h:skizofreni]] og er stoppet med sin [[h:Abilify]] for 3 uger siden."""),

("[en] SMS reminder about depot injection, short",
"""Write a short text to [[n:Mads Ebbesen]] reminding him of his [[h:depot injection]] at the psychiatric outpatient clinic on Tuesday."""),

("[da] § 85 application, young woman with autism/ADHD/anxiety, medicine",
"""Hjælp mig med at skrive en faglig begrundelse for § 85-støtte:

[[n:Sara Kristoffersen]], 24 år, bor i egen lejlighed i Grenaa. Diagnoser: [[h:infantil autisme]], [[h:ADHD]] og [[h:generaliseret angst]]. Får [[h:Concerta 54 mg]] og [[h:Sertralin 100 mg]]. Hun har svært ved at åbne post, handle ind og holde styr på økonomien og har haft [[h:flere panikanfald]] i Netto. Hun har brug for struktur og støtte 4 timer ugentligt."""),

("[da] botilbud incident report, psychotic resident, self-harm",
"""Omskriv til en neutral hændelsesbeskrivelse til tilsynet:
Beboer [[n:Kasper Holm Iversen]] var meget [[h:psykotisk]] i aftes, hørte [[h:stemmer]] og slog ud efter en medarbejder. Senere fandt nattevagten ham med [[h:snitsår på underarmene]] ([[h:selvskade]]). Der blev givet PN [[h:Olanzapin 10 mg]], og psykiatrisk akutmodtagelse blev kontaktet."""),

("[da] long: pasted handleplan for resident with intellectual disability and epilepsy",
"""Kan du gøre denne pædagogiske handleplan mere læsevenlig og dele den op i mål og delmål?

Pædagogisk handleplan 2025 – Bofællesskabet Lyngparken
Beboer: [[n:Mikkel Ravn Sørensen]], [[c:040192-1540]]
Baggrund: [[n:Mikkel]] har en [[h:moderat udviklingshæmning]] og [[h:svær epilepsi]] med ca. 3–4 [[h:grand mal-anfald]] om måneden, primært om natten. Han er i behandling med [[h:Lamotrigin]] og [[h:Keppra]] og har [[h:Buccolam]] som anfaldsmedicin. Han bruger [[h:epilepsialarm]] i sengen. Mikkel har desuden [[h:nedsat syn]] og går med [[h:beskyttelseshjelm]] udendørs.
Mål 1: Mikkel skal selv kunne smøre madpakke til dagtilbuddet.
Mål 2: Mikkel skal deltage i bowling hver torsdag sammen med en anden beboer.
Mål 3: Personalet skal registrere alle anfald i skemaet, så neurologen i Aarhus kan justere medicinen ved kontrollen i marts.
Særlige hensyn: Efter anfald er Mikkel [[h:træt og forvirret]] i op til et døgn og skal ikke i bad alene."""),

("[da/en] translate to English, short: closed ward",
"""Oversæt til engelsk: [[n:Thomas Grue]] er blevet [[h:tvangsindlagt på lukket afsnit]] i Skejby og kan ikke komme til mødet."""),

("[da] Teams message, lone first name + place, suicidal thoughts",
"""Skriv det her pænere til teamet: har nogen hørt fra [[n:Camilla]] i Trekanten 4? hun skrev i går at hun har [[h:selvmordstanker]] igen og [[h:ikke sover]]. skal vi ringe til psyk. akut?"""),

("[en] mother e-mail about son with Down syndrome in botilbud",
"""Please help me answer this e-mail from a parent. Tone: respectful, short.

Dear staff,
I am writing about my son [[n:Daniel Fisher Jensen]]. As you know he has [[h:Down syndrome]] and [[h:a heart condition]], and last week he came home with [[h:a bad rash]] and [[h:swollen feet]]. I am worried no one noticed. Also, has he been getting his [[h:Levaxin]] every morning? His [[h:thyroid levels]] were off at the last check.
Kind regards,
[[n:Rebecca Fisher]]
[[p:+44 7700 900 418]]"""),

("[da] bostøtte checklist, address, OCD",
"""Lav en tjekliste til bostøtte hos [[n:Henrik Lyng]], [[a:Vestergade 41, 1. th., 8500 Grenaa]]. Han har [[h:OCD]] med [[h:vaskeritualer]]."""),

("[da] bipolar, lithium, spending during mania, bank account",
"""Skriv et notat til værgen: [[n:Lars Emil Brix]] har [[h:bipolar lidelse]] og har været i en [[h:manisk periode]] de sidste to uger. Han har sprunget sin [[h:Lithium]] over og har overført 38.000 kr. fra sin konto [[b:9570-0012441892]] til en netbutik. Vi foreslår, at værgen kontakter banken, og at han ser sin psykiater hurtigst muligt."""),

("[da] explain ICD code found in a named citizen's record",
"""Forklar i et let sprog hvad diagnosekoden [[h:F60.3]] betyder. Det står i journalen for [[n:Rikke Dalsgaard]], og hun har selv spurgt mig."""),

("[da/en] safety plan draft, mixed languages",
"""Can you make a safety plan based on this? Skriv den på dansk, men behold overskrifterne på engelsk.
Citizen: [[n:Nanna Bjerre]], [[p:42 90 13 66]]
Warning signs: [[h:isolerer sig]], [[h:holder op med at spise]], [[h:tanker om at skade sig selv]]
Coping: går tur med hunden, ringer til søsteren
Professional help: [[h:distriktspsykiatrien]] Grenaa, [[h:psykolog hver anden uge]]"""),

("[da] homeless citizen, alcohol abuse, støttekontaktperson",
"""Skriv en statusbeskrivelse til § 99-sagen: [[n:Jan Ole Rasmussen]] (f. 1969) har i perioden boet på herberget og haft [[h:dagligt alkoholmisbrug]] på ca. 15 genstande. Han har [[h:levercirrose]] og [[h:dårlig balance]], og han [[h:faldt på trappen]] i sidste måned. Han ønsker [[h:alkoholbehandling]] og en lejlighed i Ørum."""),

("[da] SMS to citizen with phone number",
"""Ret denne sms: "Hej [[n:Patrick Skou]], husk tid hos [[h:psykiateren]] tors kl 10. Mvh bostøtten" – den skal til [[p:52 19 84 07]]."""),

("[en] long: sister (guardian) complaint about brother with acquired brain injury",
"""Summarise this complaint in Danish for the case file and list the concrete demands:

From: [[n:Helen Carter]] <[[e:helen.carter@outlook.com]]>
Subject: My brother [[n:Peter]] – urgent

To whom it may concern,
My brother [[n:Peter Carter Nielsen]] lives at your residential facility in Auning after his [[h:traumatic brain injury]] from the motorcycle accident in 2019. Since the new staff plan started he has become [[h:very agitated]], he is [[h:not sleeping at night]] and has [[h:lost 5 kilos]]. Last Sunday he [[h:had a seizure]] in the shower and no one called me. He is supposed to get [[h:Valproate]] twice a day and [[h:physiotherapy for his left-sided paralysis]], but the physio has not been there for three weeks. He also seems [[h:depressed]] and told me on the phone that he "would rather be dead". I expect a meeting within the next week, a written plan for his training, and that I am informed immediately of any seizures in the future.
Yours sincerely,
[[n:Helen Carter]]
[[a:14 Granby Road, Harrogate HG1 4ST]], UK"""),

("[da] § 107 midlertidigt botilbud after traffic accident",
"""Skriv en indstilling til § 107-botilbud for [[n:Sebastian Lauridsen]], 31 år, [[c:090290-2422]]. Han fik en [[h:erhvervet hjerneskade]] ved en [[h:trafikulykke]] i januar, har [[h:hukommelsesproblemer]], [[h:nedsat impulskontrol]] og kan ikke bo alene, efter han har [[h:glemt gryder på komfuret]] flere gange."""),
]
