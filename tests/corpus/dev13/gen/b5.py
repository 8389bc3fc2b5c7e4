"""Batch 5: metaphorical, IT, animal, plant and building uses of health words."""
from lib import C, P

RECS = [
C("da", "it-health", "sick server, fever, virus, infected laptops, quarantine, healthy backups",
"""Kan du skrive en driftsmeddelelse til alle medarbejdere ud fra mine noter? Rolig tone, ingen teknisk jargon.

Noter: I går kl. 14.20 blev vores filserver "syg" – den svarede ikke og CPU'en kørte med "feber" på 100 %. Årsagen var en virus på to bærbare i Teknik og Miljø, som havde inficeret et delt drev. De to maskiner er sat i karantæne og bliver geninstalleret. Alle andre pc'er er scannet og er raske. Backup fra i forgårs var sund, så intet er tabt. Vi har lukket hullet med en sikkerhedspatch. Husk: åbn aldrig vedhæftede filer fra ukendte afsendere, og ring til IT-support på 89 59 10 00 (tast 3) hvis din pc opfører sig mærkeligt. Systemerne forventes at være helt friske igen i morgen kl. 8."""),

C("en", "it-health", "server health check, heartbeat, memory leak, dead node, life support for legacy system",
"""Explain to non-technical managers in 150 words why our old case management system is 'on life support': the server health check fails weekly, there is a memory leak that needs a nightly restart, one database node is dead, and the heartbeat monitor alerts every morning. Recommend a migration plan."""),

C("da", "metaphor", "'budgettet bløder', 'røntgenbillede af økonomien', 'akut behandling' of finances",
"""Skriv en indledning til økonomidirektørens oplæg for byrådet: "Budgettet bløder på de specialiserede områder, og vi har brug for et røntgenbillede af økonomien, før vi kan stille en diagnose og vælge den rigtige behandling." Fortsæt i samme billedsprog i 4-5 sætninger, men uden at det bliver for dramatisk."""),

C("en", "metaphor", "'the organisation has a fever', 'symptoms vs root cause', 'pain points'",
"""Rewrite this slide text so it sounds less alarming: 'Our organisation has a fever. The symptoms are overtime, turnover and complaints, but the underlying disease is unclear roles. We must stop treating symptoms with painkillers and perform surgery on the structure.' Keep the medical metaphor light."""),

C("da", "building", "mould (skimmelsvamp) in a school building, 'syge bygninger', indoor climate",
"""Lav en orientering til forældrene på skolen: Ved en rutinemæssig bygningsgennemgang er der fundet skimmelsvamp i loftet i to klasselokaler i fløj C. Lokalerne er lukket, og klasserne flyttes midlertidigt til musiklokalet og biblioteket. Der er foretaget luftmålinger, og en ekstern rådgiver vurderer, at der ikke er sundhedsfare for elever og personale. Renoveringen forventes færdig efter efterårsferien."""),

C("en", "building", "'concrete cancer' (alkali-silica reaction) in a bridge, fatigue fracture in steel beam",
"""Summarise this engineering report for the Technical Committee in plain English (max 150 words):
"Inspection of the road bridge over Grenaa Å showed advanced alkali-silica reaction ('concrete cancer') in the abutments and a fatigue fracture in one of the steel cross beams. The bridge bearings are worn and the expansion joint is leaking, causing chloride damage to the reinforcement. The bridge is considered structurally sick but not acutely dangerous. Recommendation: weight limit of 10 tonnes with immediate effect and full renovation in next year's budget. Estimated cost: DKK 7.8 million.
Other findings: the railing on the downstream side has corrosion damage and loose anchoring, and the pedestrian path shows frost damage with 'open wounds' in the asphalt. The drainage pipes are blocked, which accelerates the deterioration. The bridge was built in 1968 and last renovated in 1994. A temporary footbridge will be needed during the renovation, and the school bus route must be diverted via the ring road for approx. 4 months. The next principal inspection is due in 2027." Also add a recommendation on how to inform the school and the bus company."""),

C("da", "animal", "lame horse at a riding school, vet, animal welfare inspection (no owner)",
"""Kan du skrive et neutralt resumé af dyrlægens tilsynsrapport til vores dyreværnssag? "Ved besøget på rideskolen blev 14 heste besigtiget. En hest var halt på venstre forben, sandsynligvis pga. hovbylde, og var ikke tilset af dyrlæge. To heste var for tynde (huldscore 2 af 5). Der var tegn på kværke i én stald. Anbefaling: påbud om dyrlægebehandling og opfølgende tilsyn om 14 dage. Vandforsyningen i paddocken var frosset, og to heste havde ikke adgang til vand ved ankomst. Foderet var muggent i den ene ende af laden. Hovene på fire heste var ikke beskåret i lang tid. Rideskolens stalde er i øvrigt rene, og hestene virker rolige og trygge ved mennesker. Ejerforholdet er et anpartsselskab." Resuméet skal bruges i sagen og må ikke indeholde vurderinger, der ikke står i rapporten."""),

C("en", "plant", "ash dieback and Dutch elm disease in municipal woods, felling plan",
"""Draft a notice for the municipal forest page: due to ash dieback, about 300 ash trees along the paths in the town forest must be felled this winter for safety. The elm trees in the park are also infected with Dutch elm disease. We will replant with oak, lime and wild cherry. Paths will be closed for 3 weeks."""),

C("da", "it-health", "IT vocabulary in Danish: sårbarhed, karantæne, infektion, immunforsvar for IT-sikkerhed",
"""Lav en quiz til IT-sikkerhedsugen med 8 spørgsmål, hvor vi leger med sundhedsbegreber: "Hvad er en sårbarhed?", "Hvornår skal en pc i karantæne?", "Hvad er organisationens immunforsvar mod phishing?", "Hvordan ser en inficeret vedhæftet fil ud?". Svarene skal være korrekte IT-svar."""),

C("en", "animal", "dog with kennel cough at the municipal dog shelter, vaccination of stray animals",
"""Write a short update for the animal welfare page: three stray dogs at the municipal holding kennel have kennel cough. They are isolated and treated by the vet. All new dogs are vaccinated on arrival. The shelter is closed to visitors for 10 days to prevent infection."""),

C("da", "plant", "tree disease, 'syge træer', 'amputation af grene', pruning in the park",
"""Skriv en kort pressemeddelelse: Parkafdelingen fælder og beskærer syge kastanjetræer i Byparken. Træerne er angrebet af kastanjeblødersyge, og flere store grene skal amputeres, fordi de kan knække. Arbejdet foregår i uge 9 og 10, og stierne afspærres."""),

C("en", "metaphor", "'healthy economy', 'pulse of the town', 'green lungs', 'heart of the city' in a planning text",
"""Polish this paragraph for the municipal plan: 'The harbour is the beating heart of Grenaa, the parks are the green lungs of the town, and a healthy local economy keeps the pulse of the town centre strong. We want to heal the scars left by the closed factories.' Make it sound more professional but keep one image."""),

C("da", "animal", "bird flu in wild birds, restrictions for poultry, avian influenza zone",
"""Lav en kort tekst til kommunens hjemmeside: Fødevarestyrelsen har fundet fugleinfluenza hos vilde svaner ved Kattegatkysten. Hobbyhønsehold skal holdes indendørs eller under net. Døde fugle må ikke røres, men kan indberettes via Fødevarestyrelsens app. Der er ingen fare ved at spise kylling og æg."""),

C("en", "it-health", "printer 'bleeding' ink, monitor burn-in, dead pixels, broken keyboard in helpdesk ticket",
"""Classify these helpdesk tickets by urgency and suggest a standard reply for each:
1. Printer on floor 2 is 'bleeding' toner over all pages.
2. Meeting room screen has burn-in and dead pixels.
3. Keyboard broken after coffee spill.
4. Laptop fan is 'coughing' and the laptop is very hot.
5. Headset microphone dead after the update to version 24.3.1.
6. Shared drive 'Sundhed' very slow – 'the server seems sick' according to the caller.
7. Phone in the home care car has a cracked screen and 'a virus' (pop-ups in the browser).
8. Projector in the council hall flickers and then 'dies' after 20 minutes.
9. The backup job for the care system 'failed with a fatal error' three nights in a row.
10. A laptop in the road department 'cannot wake up' from sleep mode.
Use the categories critical / high / normal / low, and remember that anything touching the care system or backups is at least high."""),

C("da", "building", "hussvamp in roof trusses of a municipal building, 'kræftsvulst i bygningen'",
"""Vores bygningskonsulent skriver at "hussvampen i spærene på den gamle skole breder sig som en kræftsvulst", og at "bygningen er dødssyg". Omskriv beskrivelsen til et sagligt notat til udvalget om skadernes omfang og anbefalingen om nedrivning eller renovering.

Uddrag af rapporten: "Ved åbning af loftet over gymnastiksalen blev der konstateret ægte hussvamp i 11 af 24 spær samt i murremmen mod nord. Svampen har bredt sig fra et utæt skotrendeområde, hvor der har været fugt i en længere årrække. Træet er i de angrebne zoner nedbrudt med terningbrud og kan smuldres mellem fingrene. Der er desuden konstateret skimmelvækst på undersiden af tagpladerne. Bygningen er ikke akut sammenstyrtningstruet, men bør ikke anvendes ved snelast over normal. Udbedring kræver udskiftning af alle angrebne spær plus 1 m ind i sundt træ, kemisk behandling af murværk og ny tagdækning. Anslået pris 3,1-3,6 mio. kr. Alternativt nedrivning af gymnastiksalen (ca. 0,9 mio. kr.)." """),

C("en", "metaphor", "'cancer' as metaphor for bureaucracy and an 'epidemic' of meetings",
"""My manager said in a meeting that 'excessive documentation is a cancer in eldercare' and that we have 'an epidemic of meetings'. Help me write a response email that agrees with the point but suggests less loaded language for our internal newsletter."""),

C("da", "animal", "livestock disease (bluetongue/blåtunge) in cattle and sheep, vaccination, information meeting",
"""Skriv en invitation til et informationsmøde for landmænd i Norddjurs om bluetongue (blåtunge) hos kvæg og får, vaccination og smittezoner. Mødet holdes i rådhusets byrådssal, og en dyrlæge fra Fødevarestyrelsen deltager."""),

C("en", "plant", "lawn disease, 'sick' grass on football pitches, fungus and drainage",
"""The grass on the football pitches at the stadium looks sick: yellow patches, fungus (snow mould) and poor drainage. Write a maintenance plan for spring with aeration, top dressing and reseeding, and a message to the clubs about which pitches are closed."""),

C("da", "it-health", "IT load test called 'stresstest' and 'burnout' of SSD disks",
"""Forklar kort til ledergruppen hvad resultatet af stresstesten af det nye omsorgssystem betyder: ved 400 samtidige brugere faldt svartiden til 9 sekunder, og to SSD-diske i storage viste tegn på "udbrændthed" (slid). Leverandøren anbefaler at udskifte diskene før go-live."""),

C("en", "building", "road 'potholes' as 'wounds', 'first aid' for roads after frost",
"""Write a short, slightly humorous Facebook post from the road department: 'After the frost, our roads need first aid. We are patching the worst wounds this week.' List the roads we prioritise (the main road through Auning, the road to the harbour, and the school routes) and ask citizens to report holes in the app."""),

C("da", "metaphor", "'hjertestop' i økonomisystemet, 'genoplivning', 'døde links'",
"""Skriv en sjov, men informativ tekst til intranettet: "Økonomisystemet fik hjertestop ved månedsskiftet". Forklar at batchjobbet stoppede, at vi genoplivede det kl. 6 om morgenen, at ingen betalinger er gået tabt, og at der stadig er et par døde links i vejledningerne, som vi fjerner."""),

C("en", "animal", "'blind dog', 'diabetic cat' at the shelter for adoption (animals, no owner)",
"""Write adoption profiles for two animals at the shelter: a 9-year-old blind border collie who is calm and house-trained, and a diabetic cat that needs insulin twice a day. Make them warm and honest so the right families apply."""),

C("da", "building", "sick building syndrome in the town hall, radon measurement, indoor air",
"""Flere medarbejdere på 2. sal i Rådhuset klager generelt over hovedpine og tørre øjne. Skriv en mail fra ejendomsafdelingen til alle på etagen om, at vi laver indeklimamålinger (CO2, temperatur, fugt og radon) i næste uge, og at man kan skrive til ejendomme@norddjurs.dk med observationer. Ingen navne på enkeltpersoner."""),

C("en", "plant", "'blight' on potatoes and 'canker' in fruit trees at school garden",
"""Our school garden has potato blight and apple canker this year. Write a lesson for 5th grade explaining what plant diseases are, how fungi spread in wet weather, and what we can do organically next season."""),

C("da", "metaphor", "'hospitalet' of a bike workshop, 'patienter' as bikes, 'genoptræning' of old furniture",
"""Vi har et genbrugsværksted på jobcentret, hvor ledige reparerer cykler og møbler. Deltagerne kalder værkstedet "cykelhospitalet", og de gamle møbler "patienterne". Skriv en lille artikel til kommunens nyhedsbrev om værkstedet med det billedsprog – uden at nævne deltagerne ved navn."""),

C("en", "it-health", "Danish IT virus alert translated, 'trojan', 'worm', 'infected attachment', 'clean'",
"""Translate this IT alert into English for our foreign colleagues: "Advarsel: En orm spreder sig via falske fakturaer fra 'noreply@faktura-dk.com'. Den inficerede vedhæftning hedder Faktura_2024_0334.zip. Åbn den ikke. Din pc er ren, hvis antivirus viser grønt flueben." """),
]
