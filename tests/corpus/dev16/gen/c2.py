"""dev16 clean batch 2: d16-0178 .. d16-0240 (hard negatives and ordinary work prompts, no personal data)."""
from lib import clean as C

RECS = [
C("[da] [hard-neg] anonymous-case: FSIII-style case for visitator training, no identifier", """
Lav en øvelse til nye visitatorer: Borger, mand 81 år. Personlig hygiejne funktionsniveau 3, mobilitet funktionsniveau 2, bruger rollator, hemiparese efter apopleksi, let kognitiv svækkelse, vægttab 5 kg. Hvilke ydelser efter servicelovens § 83 og § 86 bør overvejes, og hvordan dokumenteres det?
"""),
C("[en] [hard-neg] anonymous-case: medication review exercise with brand names, no identifier", """
Make a teaching exercise: "Resident, 89, on Furix 40 mg, Marevan, Hjertemagnyl, Zopiclon 7.5 mg PN, Oxapax 15 mg PN and Panodil 1 g x 4. Falls twice a month, dizzy in the morning." Ask students to identify fall-risk drugs and possible interactions.
"""),
C("[da] [hard-neg] anonymous-case: sundhedspleje case with no identifiers", """
Skriv en case til sundhedsplejerskernes faglige dag: En førstegangsmor med fødselsdepression, barnet er 6 uger og tager dårligt på, far arbejder på rigs i Nordsøen. EPDS-score 15. Hvordan kan sundhedsplejersken støtte familien, og hvornår skal der henvises?
"""),
C("[en] [hard-neg] anonymous-case: jobcenter sickness benefit scenario for training", """
Write a role-play script for caseworker training: a 45-year-old warehouse worker (no name) on sick leave with a herniated disc, waiting for an MRI, worried about losing his job. The caseworker should explain the follow-up plan and the options of partial sick leave.
"""),
C("[da] [hard-neg] anonymous-case: bosted shift report without resident identifiers", """
Giv mig en skabelon til vagtrapport på et bosted. Eksempel-indhold (fiktivt): "Beboer X urolig, hører stemmer, givet PN kl. 16 med effekt. Beboer Y har ikke taget morgenmedicin. Beboer Z faldt i haven, ingen synlige skader." Skabelonen skal have felter for observation, handling og opfølgning.
"""),
C("[da] [hard-neg] number-trap: EAN, CVR of companies, invoice amounts", """
Tjek at fakturaoplysningerne stemmer: Leverandør Djurs Sygeplejeartikler ApS, CVR 93726022, EAN-nr. 5798000419126, faktura 2024-11873 på 48.612,50 kr. inkl. moms for forbindinger, kompressionsstrømper og stomiposer til hjemmesygeplejen.
"""),
C("[en] [hard-neg] number-trap: medicine batch and lot numbers, expiry dates", """
Write a recall notice for staff: Batch 1502843307 of Pinex 500 mg and lot 45 12 38 97 of Movicol sachets are recalled by the supplier. Check the medicine rooms in all nursing homes before 14.03.2025 and return affected packs to the pharmacy.
"""),
C("[da] [hard-neg] number-trap: journal numbers and document ids in a list", """
Lav en liste til arkivering: Dok. 3110892451 (referat, handicaprådet), dok. 0711674412 (høringssvar om demensstrategi), dok. 2504901183 (tilsynsrapport Plejecentret Solhøj). Alle hører under sag 27.00.00-A00-4-25.
"""),
C("[en] [hard-neg] number-trap: company bank details for supplier payment", """
Draft a payment instruction for accounts payable: supplier Kattegat Hjælpemidler A/S, CVR 26741173, bank reg. 5470 account 0001234567, invoice 88123 for 12 shower chairs, total 21 480 kr., due 30 days net.
"""),
C("[da] [hard-neg] number-trap: dates and times in a timetable", """
Lav en plan for vaccinationsdagene: 01.10.2025 kl. 09.00-15.00 Grenaa, 08.10.2025 kl. 09.00-13.00 Auning, 15.10.2025 kl. 10.00-14.00 Ørsted. Forventet antal: 1.240, 680 og 530 borgere.
"""),
C("[en] [hard-neg] number-trap: phone-shaped statistics table", """
Make a bar chart description from this table of home care visits per quarter: Q1 48 21 77 03, Q2 47 90 12 55, Q3 45 02 36 81. (The numbers were exported with spaces as thousand separators, please clean them up.)
"""),
C("[da] [hard-neg] false-friend: 'fald', 'ondt', 'syg' in idioms", """
Forklar disse udtryk til vores nye kollega fra Spanien: "i hvert fald", "i bedste fald", "det gør ikke noget ondt at spørge", "han er syg efter at komme med", "det er helt sygt godt", "vi skal have det overstået".
"""),
C("[en] [hard-neg] false-friend: English words that look like Danish health words", """
Our Danish staff get confused by these English words: "sick" (cool), "angst" (used in English), "mist" (fog), "hose" (in English), "kind" (Danish: cheek), "tablet" (a computer). Write a short funny explainer for the staff newsletter.
"""),
C("[da] [hard-neg] compound: organisations with disease names", """
Skriv et takkebrev til de frivillige foreninger, der deltog i sundhedsugen: Kræftens Bekæmpelse, Diabetesforeningen, Hjerneskadeforeningen, Gigtforeningen og Alzheimerforeningen. De havde stande på torvet alle dage.
"""),
C("[en] [hard-neg] compound: Danish street names with health words", """
Our route planner has trouble with these Danish street names. Can you suggest how to write them in English directions: Sygehusvej, Lægeløkken, Apotekergade, Hospitalsgade and Kirurgvej?
"""),
C("[da] [hard-neg] public-figure: Frida Kahlo exhibition text", """
Skriv en kort tekst til biblioteksudstillingen om Frida Kahlo: Hun var alvorligt skadet efter en busulykke som ung, gennemgik mange operationer og malede mange af sine værker liggende i sengen med et spejl over sig.
"""),
C("[en] [hard-neg] public-figure: Paralympic athletes in a school presentation", """
Help me write a school presentation on Paralympic sport. Mention a few well-known Paralympians in general terms, explain the classification system for athletes with visual impairment, amputations and spinal cord injuries, and how schools can include pupils with disabilities in PE.
"""),
C("[da] [hard-neg] public-figure: health minister's statement about elderly care", """
Lav et resumé af sundhedsministerens udtalelse i dagens avis om den nye ældrelov: færre krav til dokumentation, flere hænder i hjemmeplejen og bedre forebyggelse af tryksår og fald. Hvad betyder det for os som kommune?
"""),
C("[en] [hard-neg] historical: Florence Nightingale and statistics", """
Write a short introduction for a nursing course about Florence Nightingale: how she used statistics to show that soldiers in the Crimean War died more from infections than from wounds, and how this shaped modern hygiene practice.
"""),
C("[da] [hard-neg] historical: Kong Christian 4.'s eye injury and the Battle of Kolberger Heide", """
Skriv en kort fortælling til bybussens historiske rute: Christian 4. mistede synet på det ene øje i søslaget ved Kolberger Heide i 1644, men blev stående på dækket. Forbind historien med Grenaa havns søfartshistorie.
"""),
C("[en] [hard-neg] author: Astrid Lindgren's Emil and ADHD debate", """
For a parents' evening about children with ADHD, write a paragraph on why some people argue that Astrid Lindgren's Emil of Lönneberga would be diagnosed today, and why it can be misleading to diagnose fictional characters.
"""),
C("[da] [hard-neg] author: Michael Strunge and psychiatry in literature teaching", """
Lav spørgsmål til gymnasieelever om Michael Strunges digte. Forklar at han havde psykisk sygdom og var indlagt flere gange, og diskuter hvordan man kan læse digtene uden kun at se dem gennem sygdommen.
"""),
C("[en] [hard-neg] fictional: Grey's Anatomy and The Good Doctor for a staff quiz", """
Make ten quiz questions for our Friday bar with medical TV series: Meredith Grey's tumour surgery storyline, Dr. Shaun Murphy's autism in "The Good Doctor", and the ghost stories in Lars von Trier's "Riget".
"""),
C("[da] [hard-neg] fictional: Alfons Åberg and Emil fra Lønneberg in kindergarten theme week", """
Planlæg en temauge i børnehaven om at være syg og blive rask. Brug Alfons Åberg, der har ondt i maven, og Emil fra Lønneberg, der skærer sig på Lille Ida – hvad kan børnene lære om plaster, læger og at sige til, når noget gør ondt?
"""),
C("[en] [hard-neg] place-name: Anholt, Gjerrild Klint, Fornæs as place names", """
Write a welcome text for international nurses moving to Norddjurs: mention the beaches at Gjerrild, the lighthouse at Fornæs, the island of Anholt and the ferry from Grenaa. Also mention that the nearest hospital with emergency department is in Randers.
"""),
C("[da] [hard-neg] street-named-after-person: Dronning Margrethes Vej / Niels Bohrs Allé in roadwork notice", """
Skriv en vejarbejdsmeddelelse: Fra mandag er Dronning Margrethes Vej spærret ved rundkørslen, og trafikken til sundhedshuset på Niels Bohrs Allé omledes via Ringvejen. Hjemmeplejens biler kan køre ind fra nord.
"""),
C("[en] [hard-neg] job-ad: occupational therapist for brain injury rehabilitation", """
Write an English job advert for an occupational therapist in our neurorehabilitation team. The work includes citizens with acquired brain injury, stroke, aphasia and neglect, home visits, and assessing aids such as wheelchairs and hoists.
"""),
C("[da] [hard-neg] job-ad: sygeplejerske til akutteam, KOL, sepsis", """
Skriv en kort stillingsannonce: Akutteamet søger en erfaren sygeplejerske med kompetencer i IV-behandling, tidlig opsporing af sepsis, behandling af KOL-exacerbationer og palliation i eget hjem.
"""),
C("[da/en] [hard-neg] statistics: Danish table, English instruction", """
Make a short English summary for the Erasmus partner: Antal borgere med demensdiagnose i Norddjurs 2020-2024: 612, 640, 671, 702, 745. Andel der bor i plejebolig: 41 %. Ventetid på plejebolig i gennemsnit 34 dage.
"""),
C("[en] [hard-neg] statistics: pupils with special needs by diagnosis group", """
Write two sentences for the school report: 4.2 % of pupils receive special education; of these, 38 % have autism, 27 % ADHD, 14 % general learning disabilities and 21 % other (anxiety, dyslexia, physical disabilities).
"""),
C("[en] [hard-neg] policy: alcohol and drugs policy for staff", """
Rewrite our alcohol and drug policy in clear English: no alcohol during working hours, what a manager does if they suspect an employee is under the influence, offer of treatment through the municipality's agreement with an external provider, and confidentiality.
"""),
C("[da] [hard-neg] policy: sygefraværspolitik med § 56 og fastholdelse", """
Lav et kort resumé af sygefraværspolitikken: sygefraværssamtale senest efter 4 uger, mulighed for § 56-aftale ved kronisk eller langvarig sygdom, fastholdelsesplan, delvis raskmelding og brug af arbejdsmiljørepræsentanten.
"""),
C("[da/en] [hard-neg] policy: English instruction on Danish GDPR rule on health data", """
Explain in English to our new IT consultant why helbredsoplysninger, CPR-numre and oplysninger om misbrug are særlige/fortrolige kategorier under GDPR and databeskyttelsesloven, and why staff must not paste them into Copilot.
"""),
C("[en] [hard-neg] campaign: men's health week poster", """
Write a short poster text for Men's Health Week: free blood pressure checks at the library, advice on prostate symptoms, smoking cessation courses and a talk on depression in men. Everyone welcome, no booking needed.
"""),
C("[da] [hard-neg] campaign: rygestop-kampagne", """
Skriv 3 korte tekster til rygestopkampagnen på Facebook: gratis rygestopforløb i kommunen, hjælp til nikotinerstatning, og at KOL og hjertesygdom kan forebygges. Brug en venlig tone uden løftede pegefingre.
"""),
C("[en] [hard-neg] course: mental health first aid", """
Outline a one-day course for jobcenter staff in mental health first aid: recognising anxiety, depression, psychosis and suicidal thoughts, how to ask directly about suicide, and where to refer citizens (GP, Psykiatrien, 112 in emergencies).
"""),
C("[da] [hard-neg] course: forflytningskursus med lift", """
Lav et program til forflytningskursus: brug af loftlift, mobil lift, glidestykker og vendelagen; ergonomi for personalet; og hvordan man vurderer borgerens egen funktionsevne før forflytning.
"""),
C("[en] [hard-neg] metaphor: roads and bridges with medical words", """
Rewrite this press release more neutrally: "Our roads are suffering from a chronic illness – potholes are spreading like a rash, the harbour bridge is on life support, and without an urgent transplant of funds the whole network will need intensive care."
"""),
C("[da] [hard-neg] metaphor: economy 'blødende', 'feberagtig', 'lammet'", """
Gør denne tekst mere saglig: "Kommunens økonomi bløder, boligmarkedet har feber, og byggeriet er lammet af renteangst. Vi har brug for en saltvandsindsprøjtning, før patienten kollapser."
"""),
C("[en] [hard-neg] metaphor: team 'burnout' of a server, 'sick' building", """
Write an incident summary: the file server "burned out" after a power surge, the old town hall wing is a "sick building" with moisture problems, and the printer network has been "coughing" all week. No staff were affected.
"""),
C("[da] [hard-neg] translate: oversæt genoptræningsbrochure (ingen person)", """
Oversæt til engelsk: "Har du brug for genoptræning efter en operation eller sygdom, vil sygehuset udarbejde en genoptræningsplan. Kommunen kontakter dig inden for 7 dage. Træningen foregår på Sundhedscentret eller i dit eget hjem, hvis du ikke kan komme ud."
"""),
C("[en] [hard-neg] translate: Danish medicine-room instruction to English", """
Translate into English for the medicine room wall: "Opbevar insulin i køleskab. Morfin og andre euforiserende stoffer skal låses inde og tælles ved hver vagtskifte. Kasseret medicin afleveres på apoteket. Tjek udløbsdato hver måned."
"""),
C("[da/en] [hard-neg] translate: Danish course slide, English instruction", """
Translate this slide into English: "Tidlig opsporing: Vær opmærksom på ændringer i funktionsevne, appetit, vandladning, vejrtrækning og adfærd. Brug Triagering hver dag og kontakt sygeplejersken ved gul eller rød."
"""),
C("[en] [hard-neg] minutes: handicap council with organisations only", """
Summarise these minutes: "The disability council (Handicaprådet) discussed accessibility at the new swimming hall. Danske Handicaporganisationer asked for more disabled parking spaces, and Dansk Blindesamfund asked for tactile guidance paths. The administration will report back in June."
"""),
C("[en] [hard-neg] procurement: walking aids tender, product specs", """
Draft tender specifications for walking aids: rollators (max user weight 150 kg, foldable, with seat and basket), forearm crutches, walking sticks with ice spikes and shower chairs. Include requirements for service, repair and delivery within 5 working days.
"""),
C("[da] [hard-neg] placeholder: samtykkeerklæring blank", """
Lav en blank samtykkeerklæring til indhentning af helbredsoplysninger fra egen læge. Felter: borgerens navn, CPR-nr. (xxxxxx-xxxx), hvilke oplysninger, formål, gyldighed og underskrift. Ingen rigtige oplysninger skal stå i skabelonen.
"""),
C("[en] [hard-neg] placeholder: e-mail template with [Name] fields", """
Write a template e-mail to relatives: "Dear [Name of relative], we would like to invite you to a meeting about [Citizen's name]'s care plan on [date] at [place]. Please call [staff phone] if you cannot attend."
"""),
C("[da] [hard-neg] medicine-news: shortage of Ozempic and Mounjaro", """
Skriv en kort nyhed til intranettet om mangel på diabetesmedicinen Ozempic og Mounjaro hos apotekerne, og hvordan sygeplejen skal kontakte egen læge, hvis en borger ikke kan få sin sædvanlige medicin.
"""),
C("[en] [hard-neg] budget-health: home care budget explanation", """
Explain to the finance committee in plain English why the home care budget is overspent by 6.1 million kr.: more citizens discharged early from hospital, more complex nursing tasks (IV antibiotics, dialysis, palliative care) and higher use of agency staff.
"""),
C("[da] [hard-neg] weather: glat føre og faldrisiko, ingen person", """
Skriv en advarsel til hjemmeplejens medarbejdere: Der er varslet isslag i nat. Brug broddar, parker tæt ved indgangen, og husk at borgere med rollator ikke bør gå ud. Ved fald på arbejdsvej skal det anmeldes som arbejdsskade.
"""),
C("[en] [hard-neg] plants-animals: bird flu and sick cows", """
Write a short note for the environment department's newsletter: bird flu has been found in wild swans near Randers Fjord, and a local farm reports lame cows due to hoof disease. Citizens should not touch dead birds and should call the Danish Veterinary and Food Administration.
"""),
C("[da] [hard-neg] sport: 'brækket', 'knockout' as sports talk", """
Skriv en sjov omtale til personalebladet af kommunens fodboldturnering: Teknik & Miljø brækkede næsten benene over Hjemmeplejens forsvar, jobcenteret blev slået knockout i semifinalen, og IT fik hjertebanken i straffesparkskonkurrencen.
"""),
C("[en] [hard-neg] own-health: writer's own cold and sick day question", """
I woke up with a sore throat and a fever. How do I register a sick day in the HR system, and what should I write to my team? Please keep it short.
"""),
C("[da] [hard-neg] functional-signature: department signature with switchboard", """
Lav en ny mailsignatur til Hjælpemiddeldepotet: Hjælpemiddeldepotet, Norddjurs Kommune, Industrivej 14, 8500 Grenaa. Telefon 89 59 10 00 (tast 3). hjaelpemidler@norddjurs.dk. Åbent mandag-fredag 8-14.
"""),
C("[en] [hard-neg] functional-mailbox: jobcenter and ppr mailboxes", """
Write a short reply-template saying that questions about sickness benefits should be sent to jobcenter@norddjurs.dk, questions about pupils' special needs to ppr@norddjurs.dk, and that sensitive information must be sent via Digital Post, never by ordinary e-mail.
"""),
C("[da] [hard-neg] name-in-org: foundations named after people", """
Skriv en ansøgning om midler til et sansehave-projekt på plejecentret. Vi vil søge Velux Fonden, Louis-Hansen Fonden og A.P. Møller Fonden. Projektet skal gavne beboere med demens og nedsat mobilitet.
"""),
C("[en] [hard-neg] unnamed-colleague: colleague with illness, no name or identifier", """
A colleague in our team has just told us she is starting chemotherapy. How can we as a team be supportive without being intrusive? Give me a few practical suggestions for the team meeting.
"""),
C("[da] [clean] ordinary request: Christmas lunch invitation", """
Skriv en invitation til julefrokost for Sundhed og Omsorg fredag den 5. december kl. 12 i kantinen. Der er risalamande og pakkeleg.
"""),
C("[en] [clean] ordinary request: library opening hours", """
Write a short notice: The library in Auning is closed on Monday due to renovation. Books can be returned at Grenaa library.
"""),
C("[da] [clean] ordinary request: summarise council decision on bike paths", """
Lav et resumé på 5 linjer af byrådets beslutning om nye cykelstier mellem Grenaa og Trustrup, herunder tidsplan og budget på 14,2 mio. kr.
"""),
C("[da/en] [clean] ordinary request: Danish text, English instruction, beach flags", """
Please translate into English for the tourist office: "Blå flag er hejst ved Grenaa Strand og Fjellerup Strand. Der er livredder på stranden fra 1. juli til 15. august kl. 11-17."
"""),
C("[da] [hard-neg] long-template: long anonymous care plan template with many health terms", """
Jeg skal lave en standard-indsatsplan til plejecentrene, som kan bruges til alle beboere. Lav en skabelon med disse afsnit og eksempeltekster i kursiv, der tydeligt er fiktive: 1) Helbredstilstand (fx "Beboeren har diabetes type 2 og hjertesvigt"), 2) Medicin (fx "Dosisdispenseret, PN-smertestillende efter lægens ordination"), 3) Hud og slimhinder (fx "Risiko for tryksår, vendes hver 3. time"), 4) Ernæring (fx "Gratinkost pga. synkebesvær"), 5) Udskillelse (fx "Bruger ble om natten"), 6) Kommunikation (fx "Høreapparat på venstre øre"), 7) Psykosocialt (fx "Kan blive ked af det om eftermiddagen"), 8) Søvn og hvile, 9) Mobilitet (fx "Rollator indendørs, kørestol udendørs"), 10) Pårørendesamarbejde. Skabelonen må ikke indeholde felter til CPR, da den skal ligge i det fælles drev.
"""),
C("[en] [hard-neg] long-policy: long English guideline on use of force in dementia care", """
Please shorten this guideline to one page for staff: "The rules on use of force in the Danish Social Services Act allow, in specific circumstances, the use of alarm and tracking devices (GPS) for citizens with severely impaired mental function, for example due to dementia, when there is a risk of personal injury. The decision must be made by the municipality after an application, and less intrusive measures must have been tried first. Holding a citizen to carry out personal hygiene may only take place in exceptional cases and must be documented and reported to the manager the same day. Staff must always use pedagogical methods first: calm communication, distraction, and adapting the time of care. All use of force is recorded, reviewed quarterly and reported to the municipal council. Training in de-escalation is mandatory for all permanent and temporary staff in nursing homes and home care."
"""),
]
