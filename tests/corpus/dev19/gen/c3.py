"""Clean hard negatives: staff in their role without names, templates with placeholders, anonymous
general questions, the employee's own work tasks (d19-0197..0228)."""
ITEMS = [
("[da] [hard-neg] role-no-name: evening nurse asks for fever checklist",
"""Sygeplejersken på aftenvagten har bedt mig lave en huskeliste over, hvad man skal observere hos en ældre borger med feber. Lav en generel tjekliste med temperatur, væske, bevidsthed og hvornår man kontakter lægen."""),

("[da] [hard-neg] role-no-name: manager wants meeting template",
"""Lederen af Hjemmeplejen Syd vil have en fast skabelon til ugentlige teammøder. Lav en dagsorden med punkter om borgere med ændret funktionsniveau, sygefravær i teamet og kørselsplan."""),

("[en] [hard-neg] role-no-name: care home manager welcome letter",
"""The head of the care home asked me to draft a welcome letter for new residents and their relatives. Keep it warm and general: meals, visiting hours, the doctor's rounds, and how medication is handled."""),

("[da] [hard-neg] template: decision letter with [NAVN] and [CPR-NR]",
"""Skriv en standardskabelon til afgørelse om hjælpemidler, som starter: "Kære [NAVN], CPR-nr. [CPR-NR]. Du har den [DATO] søgt om [HJÆLPEMIDDEL]." Skabelonen skal have afsnit om lovgrundlag, begrundelse og klagevejledning."""),

("[en] [hard-neg] template: sick-leave follow-up letter placeholders",
"""Make a template for a sick-leave follow-up letter with placeholders like [Employee name], [First day of absence], [Manager] and [Meeting date]. Friendly, short, no medical questions."""),

("[da] [hard-neg] template: mail-merge fields",
"""Lav en flettebrevsskabelon til indkaldelse til sygefraværssamtale med felterne «Fornavn», «Efternavn», «Afdeling» og «Mødedato». Husk at skrive, at man må tage en bisidder med."""),

("[da] [hard-neg] anonymous-case: general question about hearing aid subsidy",
"""En borger ringede i dag og spurgte generelt, om man kan få tilskud til høreapparater, og om det afhænger af indkomsten. Hvad er reglerne, og hvor skal jeg henvise til?"""),

("[en] [hard-neg] anonymous-case: general care home waiting list question",
"""A relative asked me how long the waiting list for a care home place is, and whether a married couple can move in together. How should I answer in general terms without promising anything?"""),

("[da] [hard-neg] anonymous-case: conversation with someone with dementia",
"""Hvordan taler man med en borger, der har en demensdiagnose og ikke selv kan se, at der er brug for hjælp? Giv 6 gode råd til samtalen ved et første hjemmebesøg."""),

("[da] [hard-neg] own-task: out-of-office with functional mailbox",
"""Skriv en autosvar-besked: Jeg er på kursus 3.-5. juni og læser ikke mails. Ved akutte henvendelser om hjemmehjælp kontakt visitation@norddjurs.dk eller ring til 89 59 10 00."""),

("[en] [hard-neg] own-task: prioritise to-do list",
"""Help me prioritise my to-do list for tomorrow: update the procedure for medication handling, prepare the team meeting on pressure ulcer prevention, reply to HR about the new roster, and order gloves."""),

("[da] [hard-neg] own-task: Excel formula counting sick days",
"""Lav en Excel-formel, der tæller, hvor mange sygedage der er registreret i kolonne D, når kolonne C er "Hjemmepleje" og kolonne B er i 2024."""),

("[en] [hard-neg] template: receipt confirmation e-mail",
"""Create an email template for the visitation unit to confirm receipt of an application: "Dear [Name], we have received your application for [service] on [date]. A visitator will contact you within [number] working days." """),

("[da] [hard-neg] role-no-name: dentist wants fluoride text",
"""Tandlægen i Den Kommunale Tandpleje vil gerne have en tekst til forældre om fluorbehandling og fissurforsegling. Skriv den kort og venligt."""),

("[da/en] [hard-neg] role-no-name: glossary for Spanish physiotherapist",
"""Our new colleague, a physiotherapist from Spain, needs a Danish-English glossary of common words in genoptræning: knæalloplastik, hoftebrud, gangfunktion, balancetræning, forflytning, hjælpemiddel."""),

("[en] [hard-neg] anonymous-case: citizen refuses medication, general",
"""How should home care staff respond if a citizen refuses to take their medication? Give general advice based on Danish rules on self-determination and when to involve the GP."""),

("[da] [hard-neg] role-no-name: OT and PT disagree",
"""Ergoterapeuten og fysioterapeuten er uenige om, hvem der skal lave hjemmebesøg efter udskrivelse fra sygehuset. Lav et forslag til en klar arbejdsgang og ansvarsfordeling."""),

("[da] [hard-neg] template: blank notification form",
"""Lav en skabelon til en underretning med felterne: Barnets navn: ______ CPR-nr.: ______-____ Skole/institution: ______ Beskrivelse af bekymringen: ______ Underretters navn og telefon: ______."""),

("[en] [hard-neg] own-task: LinkedIn summary without name",
"""Rewrite my LinkedIn summary: I'm a team leader in home care in Norddjurs with 12 years of experience in dementia care, rehabilitation and leading multicultural teams."""),

("[da] [hard-neg] anonymous-case: educator's duty to notify, general",
"""Hvad gør jeg som pædagog, hvis et barn fortæller, at far slår? Hvad siger reglerne om skærpet underretningspligt, og skal jeg tale med forældrene først?"""),

("[en] [hard-neg] role-no-name: thank-you note to out-of-hours doctor line",
"""The doctor at the out-of-hours service (70 11 31 31) was very helpful to our night team tonight. Write a short thank-you note from the night team – no names."""),

("[da] [hard-neg] own-task: slides on pressure ulcer prevention",
"""Jeg skal holde et oplæg om forebyggelse af tryksår for nye SSH-elever. Lav 8 slides med overskrifter og stikord, inkl. Braden-skala og ernæring."""),

("[en] [hard-neg] template: consent form with placeholders",
"""Write a generic consent form in English for sharing health information between the jobcenter and a citizen's GP. Use placeholders for name, CPR number and date, and explain how consent can be withdrawn."""),

("[da] [hard-neg] role-no-name: three roles meeting agenda",
"""Visitatoren, demenskoordinatoren og sygeplejersken fra akutteamet skal holde fælles møde om arbejdsgangen ved akutte aflastningsophold. Lav en dagsorden på max 6 punkter."""),

("[da/en] [hard-neg] own-task: translate holiday out-of-office",
"""Kan du oversætte min out-of-office til engelsk: "Jeg holder ferie til og med 28. juli. Henvendelser om genoptræning kan sendes til sundhed@norddjurs.dk." """),

("[en] [hard-neg] anonymous-case: general rights of pregnant employees",
"""In general, what rights does a pregnant employee have in Denmark regarding absence due to pregnancy-related illness? I'm a manager and want to get it right."""),

("[da] [hard-neg] template: SMS reminder with placeholders",
"""Lav en sms-skabelon til påmindelser: "Hej [fornavn], husk din tid til [ydelse] den [dato] kl. [tid] i Sundhedshuset. Mvh Norddjurs Kommune". Max 160 tegn."""),

("[en] [hard-neg] role-no-name: school nurse puberty poster",
"""The school nurse wants a poster for 6th grade about puberty, hygiene and sleep. Write the text in simple English and Danish, with a friendly tone."""),

("[da] [hard-neg] own-task: mail to colleagues about new checklist",
"""Skriv en mail til mine kolleger i Visitationen om, at vi fra 1. marts bruger en ny tjekliste ved hjemmebesøg, hvor vi også spørger ind til faldrisiko og ensomhed."""),

("[en] [hard-neg] anonymous-case: communicating with hard-of-hearing citizens",
"""How do we best communicate on the phone with citizens who are hard of hearing or have dementia? Give general tips for our call centre staff."""),

("[da] [hard-neg] role-no-name: home nurse asks about wound photos and GDPR",
"""Hjemmesygeplejersken spørger, om vi må tage billeder af sår med tjenestetelefonen og lægge dem i omsorgssystemet. Hvad siger GDPR generelt, og hvad skal vores retningslinje indeholde?"""),

("[da] [hard-neg] template: fictitious teaching example with [BORGER]",
"""Her er et fiktivt undervisningseksempel, som vi bruger på SOSU-skolen. Kan du lave 5 refleksionsspørgsmål til eleverne ud fra det? Personen findes ikke.

Journalnotat (fiktivt eksempel)
Borger: [BORGER], [ALDER] år, bor alene i [BY]
Dato: [DATO]
Borgeren har KOL grad 3 og bruger ilt 2 liter i hvile. Ved besøget i dag var borgeren mere forpustet end normalt og hostede gulgrønt slim. Temperatur 38,2. Iltmætning 88 %. Borgeren har ikke taget sin inhalationsmedicin i to dage, fordi "den ikke virker alligevel". Spiser mindre og har tabt sig 2 kg på en måned.
Handling: Egen læge kontaktet – aftalt hjemmebesøg i eftermiddag. Borgeren er informeret og er indforstået. Pårørende informeres efter aftale med borgeren.
Opfølgning: Aftenvagten måler temperatur og iltmætning og dokumenterer i [SYSTEM].
Underskrift: [MEDARBEJDER], social- og sundhedsassistent"""),
]
