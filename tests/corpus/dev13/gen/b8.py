"""Batch 8: English words that look like Danish health words or names, English medical-looking words in
non-medical senses, and Danish prompts with English loanwords."""
from lib import C, P

RECS = [
C("en", "false-friend", "'gift' (DA poison/married) as present: gift cards for volunteers",
"""Write a thank-you note to our 40 volunteers at the care homes. Each of them will receive a gift card of DKK 300 and a small gift from the residents' craft club. Mention the Christmas lunch on 12 December and that a gift is also waiting for the volunteer drivers."""),

C("en", "false-friend", "'bad' (DA bath), 'men' (DA but), 'sure', 'kind' (DA cheek), 'host' (DA cough) in one mail",
"""Please improve this e-mail to the conference organiser: "We are sure the bad weather will not stop the event. Men and women from 12 municipalities have signed up. It would be kind if you could host the dinner in the harbour hall instead of the tent. Not bad for a first-time event! The menu is sure to please: smoked fish, new potatoes and a gift bag from local producers for every guest. Men from the rowing club will help set up the chairs, and the brass band will play when the mayor arrives. If the weather turns really bad, we have a plan B in the sports hall. Please also confirm that the host venue has step-free access and a hearing loop for the afternoon talks. Kind regards, the culture department." Make it more professional and half as long."""),

C("en", "false-friend", "'slag' (DA stroke/blow) as industrial slag, soil contamination at old factory site",
"""Summarise this environmental note for the planning committee: "Soil samples at the former iron foundry by the harbour show slag deposits up to 2 m deep with elevated lead and arsenic. The slag heap must be removed before housing can be built. Groundwater is not affected." Plain English, 100 words."""),

C("en", "false-friend", "'discharge permit', 'treatment plant', 'depression' (weather), 'admission' (museum) – medical-looking words",
"""Draft a short update for the English version of the environment newsletter, about 250 words:

1. The discharge permit for the wastewater treatment plant in Grenaa has been renewed. The plant's treatment capacity will increase by 20 %, and the discharge of nitrogen into Kattegat must fall.
2. A deep depression over the North Sea is expected on Thursday. The emergency services recommend securing loose objects, and the harbour may close. Sandbags can be collected at the depot.
3. Free admission to Kattegatcentret for families on the harbour festival day.
4. Recovery of the eelgrass beds in the bay is slow but positive, according to the latest monitoring.
5. Injury time: the road department asks drivers to slow down near the new cycle path, where the contractor's crew is still working.

Keep the headings short and the tone light."""),

C("da", "loanword", "Teams 'host' (DA cough) and 'co-host' in Danish prompt",
"""Hvordan gør jeg en kollega til host eller co-host på et Teams-møde, og kan der være to hosts, hvis den ene mister forbindelsen? Skriv en kort vejledning til vores mødeledere i hjemmeplejen."""),

C("da", "loanword", "Danish with English IT/project loanwords: crash, bug, hotfix, deadline, health check, kick-off",
"""Lav et kort statusnotat til styregruppen ud fra mine noter: Kick-off på det nye vagtplanssystem var i uge 10. Vi har haft to crashes i testmiljøet, og leverandøren har leveret et hotfix til den største bug (dobbeltbooking af vagter). Vi har bedt om et health check af integrationen til lønsystemet før go-live. Deadline for brugertest er 15. april. Risiko: medium. Næste step: onboarding af superbrugere."""),

C("en", "false-friend", "'patient' as adjective, 'critical' update, 'recovery' of IT service",
"""One-line intranet banner: payroll system down after a critical update, please be patient, full recovery expected 14.00."""),

C("en", "false-friend", "'angst', 'lever' (DA liver), 'arm', 'hold' (DA team) in an English language class for Danish adults",
"""For our Danish adult learners of English, write a short exercise on false friends: 'angst' (in English mainly teenage angst in literature), 'lever' (a handle, not an organ), 'arm' (same), 'hold' (to hold, not a team), 'gift' (present), 'bad' (not good), 'men' (plural of man), 'slag' (waste from metal), 'host' (someone who receives guests). Give one example sentence each."""),

C("en", "false-friend", "'pain au chocolat', 'hospital corners', 'stroke of luck' in a canteen and housekeeping text",
"""Proofread this staff newsletter paragraph: "The canteen now serves pain au chocolat on Fridays. In the housekeeping course at the care home, new staff learn to make hospital corners on the beds. And by a stroke of luck, the new dishwasher arrived a week early." """),

C("da", "loanword", "Danish with English: 'burn rate', 'pain points', 'health score' for a software contract",
"""Vi skal forhandle supportaftalen med leverandøren af omsorgssystemet. Lav en liste over vores pain points (svartider, nedbrud, manglende release notes), og forklar hvad leverandørens "customer health score" og "burn rate" på supporttimerne betyder for os. Skriv på dansk, men behold de engelske fagudtryk.

Fra leverandørens kvartalsrapport:
- Customer health score: 62/100 (status: "at risk")
- Tickets: 318 (P1: 4, P2: 37, P3: 277), median time to resolution P2: 3,4 dage
- Uptime: 99,1 % (SLA: 99,5 %)
- Burn rate support hours: 87 % af årets timer brugt efter 3 kvartaler
- Release 24.10 udskudt pga. "critical defects" i medicinmodulet
- Anbefaling fra leverandøren: køb af ekstra "premium care"-pakke
Hvad bør vi kræve i forhandlingen, og hvilke argumenter har vi mod at købe premium care?"""),

C("en", "false-friend", "'seizure' (customs seizure of goods), 'cold storage', 'contamination' in food control",
"""Summarise this food control notice for the central kitchen: "The Danish Veterinary and Food Administration carried out a seizure of 300 kg of chicken from a wholesaler due to listeria contamination. Check your cold storage for batch 24-117 and discard it. Report to the authority within 24 hours." Write an action list for the kitchen staff."""),

C("da", "loanword", "Danish with English wellbeing loanwords: 'mindfulness', 'work-life balance', 'wellbeing-tjek' for a department (no person)",
"""Skriv en invitation til afdelingens temadag om trivsel: Program – morgenmad, oplæg om work-life balance, en kort mindfulness-øvelse, workshop om feedbackkultur og en walk-and-talk ved stranden. Afslutning med et anonymt wellbeing-tjek på mobilen. Uformel tone og gerne et par emojis."""),

C("en", "false-friend", "'dose' and 'shot' in non-medical sense (dose of humour, photo shot), 'hangover' in IT",
"""Write a lively announcement for the staff party: 'A good dose of humour, a photo booth where everyone can get their shot, and a DJ until midnight.' Add a line that the IT department promises no system 'hangover' on Monday because the updates are postponed."""),

C("da", "loanword", "Danish prompt with 'no-show', 'drop-in', 'check-in' at the job centre",
"""Vores jobcenter har mange no-shows til samtaler. Skriv et forslag til et drop-in-tilbud, hvor ledige kan lave check-in på en skærm i receptionen, og en sms-påmindelse dagen før. Lav også en kort analyse af fordele og ulemper."""),

C("en", "false-friend", "'Kind', 'Mark', 'Hans', 'Ben' as Danish words (cheek, field, his, legs) explained to an English speaker",
"""An English colleague saw these words in our Danish documents and thought they were names: 'kind' (cheek), 'mark' (field), 'hans' (his), 'ben' (legs or bones), 'bo' (live), 'kim' (germ). Write a friendly explanation with one Danish example sentence for each and its translation."""),
]
