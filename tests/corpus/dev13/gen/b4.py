"""Batch 4: health words about no identifiable person: services, standards, statistics, job ads, courses,
policies, campaigns, leaflets, procurement, budgets, anonymised cases, the writer's own health."""
from lib import C, P

RECS = [
C("da", "quality-standard", "quality standard for personal care: bath, toilet, catheter, stoma, incontinence products (no citizen)",
"""Kan du gøre denne kvalitetsstandard lettere at læse for borgerne? Behold paragrafhenvisningerne.

"Kvalitetsstandard for personlig pleje (Servicelovens § 83)
Formål: At borgeren så vidt muligt kan klare sig selv.
Målgruppe: Borgere, der pga. nedsat fysisk eller psykisk funktionsevne eller særlige sociale problemer ikke selv kan udføre personlig pleje.
Ydelser kan omfatte: hjælp til bad 1 gang ugentligt, hjælp til toiletbesøg, skift af inkontinenshjælpemidler, hjælp til af- og påklædning, hjælp til at tage støttestrømper på, tømning af kateterpose og stomipose samt hjælp til at spise, hvis borgeren har synkebesvær.
Hjælpen tilrettelægges rehabiliterende efter § 83a, hvor det er muligt.
Leverandør: kommunal eller privat leverandør efter frit valg.
Klageadgang: Afgørelsen kan påklages til Ankestyrelsen inden for 4 uger.
Opfølgning: Visitator følger op på hjælpen mindst én gang årligt eller ved ændringer i borgerens helbred." """),

C("en", "service-health", "service description of the municipal acute team (IV antibiotics, fluid, catheters)",
"""Translate and shorten this service description for our English website: "Akutteamet er et sygeplejefagligt team, der døgnet rundt kan rykke ud til borgere i eget hjem eller på plejecenter ved akut forværring. Teamet kan give intravenøs antibiotika og væske, anlægge kateter, tage blodprøver og måle CRP. Henvisning sker fra egen læge, lægevagten eller sygehuset. Målet er at undgå unødvendige indlæggelser og at borgeren kan blive i eget hjem. Akutteamet består af erfarne sygeplejersker med efteruddannelse i akut sygepleje og har adgang til kommunens akutpladser. Teamet samarbejder tæt med hjemmeplejen, de praktiserende læger og sygehusenes akutmodtagelser, og der følges op med et opkald eller besøg inden for 24 timer. Ydelsen er gratis for borgeren og kræver ikke visitation. Teamet kan ikke kontaktes direkte af borgere eller pårørende – kontakt altid egen læge eller lægevagten på 70 11 31 31." Keep the last sentence about how citizens cannot contact the team directly."""),

C("da", "statistics", "key figures on dementia prevalence and diagnosed share in the municipality",
"""Lav en figurtekst og tre pointer til denne tabel til Ældrerådet: Estimeret antal personer med demens i Norddjurs: 2020: 910, 2025: 1.050, 2030: 1.240. Heraf diagnosticeret ca. 55 %. Andel over 80 år: 68 %. Antal plejeboliger med demensprofil: 118."""),

C("en", "statistics", "sickness absence table by unit with percentages",
"""Turn this into a short analysis with a chart suggestion:
Unit | Q1 | Q2 | Q3
Home care North | 8.9 % | 9.4 % | 7.8 %
Home care South | 7.2 % | 6.5 % | 6.9 %
Care homes | 7.7 % | 8.1 % | 8.3 %
Nursing | 4.1 % | 3.9 % | 5.2 %
Day care | 6.0 % | 5.5 % | 4.8 %
Administration | 3.2 % | 2.9 % | 3.4 %
Kitchen | 5.1 % | 7.4 % | 6.2 %
Road department | 4.4 % | 3.8 % | 5.9 %
Schools (teachers) | 4.9 % | 4.2 % | 3.1 %
Schools (pedagogues) | 6.8 % | 6.1 % | 5.0 %
Job centre | 3.9 % | 4.5 % | 4.1 %
Municipal total | 5.8 % | 5.9 % | 5.7 %
National benchmark (KRL) | 5.6 % | 5.4 % | 5.5 %
Which units are getting worse, and what might be seasonal (flu, stomach bugs, covid)? Note that small units like the job centre swing a lot when one or two people are on long-term sick leave, so do not draw conclusions about any individual, and suggest how we should present the figures to the MED committee without making anyone identifiable."""),

C("da", "job-ad", "job ad for nurse listing conditions and tasks",
"""Skriv et stillingsopslag: Sygeplejerske til aftenvagter i Sygeplejen Syd, 32 timer/uge. Opgaverne er sårpleje, medicindosering, kateterpleje, palliativ pleje i eget hjem og opfølgning på borgere med KOL, hjertesvigt og diabetes. Vi tilbyder introduktion, supervision og en bil. Ansøgningsfrist 1. oktober. Spørgsmål til sygeplejelederen via hovednummeret 89 59 10 00."""),

C("en", "job-ad", "job ad for a psychologist in the children's psychological service (PPR) mentioning diagnoses",
"""Write an English version of our job ad for a psychologist in PPR (pedagogical psychological counselling): assessments of children with ADHD, autism, anxiety and school refusal, supervision of teachers, and cooperation with child psychiatry. Authorised or working towards authorisation. Salary according to collective agreement. Application via our website by 15 May."""),

C("da", "course", "course description: dementia-friendly communication, Marte Meo, agitation",
"""Skriv en kursusbeskrivelse til kompetencekataloget: "Demensvenlig kommunikation" – 2 dage for SSH'er og SSA'er. Indhold: hvordan demens påvirker hukommelse og sprog, at forebygge udadreagerende adfærd, Marte Meo-principper, samarbejde med pårørende og brug af "Mit liv"-skema. Underviser: demenskoordinatoren og en ekstern psykolog."""),

C("en", "course", "first aid course with cardiac arrest, choking, seizures, AED",
"""Write a course description for a 6-hour first aid course for kindergarten staff: CPR for children and adults, using the AED, choking, febrile seizures, allergic reactions and EpiPens, burns, and when to call 112. Max 12 participants. Certificate valid 2 years."""),

C("da", "policy", "alcohol and drug policy for employees, general",
"""Opdater vores alkohol- og rusmiddelpolitik, så den også nævner hash og receptpligtig medicin, der kan påvirke arbejdet (fx sovemedicin og stærke smertestillende). Politikken skal beskrive, hvad lederen gør ved mistanke, tilbud om behandling, og at medarbejderen ikke må køre i kommunens biler under påvirkning. Max én side."""),

C("en", "policy", "policy on staff pregnancy and risk assessment, general",
"""Draft a short policy text for care homes: when an employee informs the manager that she is pregnant, the manager must make a risk assessment (lifting, infections such as CMV and parvovirus, night work, violence) and adjust the tasks. The employee decides when to tell colleagues. Pregnancy information is confidential."""),

C("da", "campaign", "influenza vaccination campaign for over 65s with dates and places",
"""Lav en kampagnetekst til lokalavisen: Gratis influenzavaccination for borgere over 65, gravide, personer med kronisk sygdom og overvægt med BMI over 40. Vaccinen gives hos egen læge og på apoteket fra 1. oktober. Kampagnebudskab: "Beskyt dig selv og dem du holder af"."""),

C("en", "campaign", "blood pressure check campaign at the supermarket",
"""Write a social media post (English and Danish) for our 'Know your numbers' campaign: on Saturday the health centre's nurses will measure blood pressure and blood sugar for free at the entrance of the supermarket in Auning, 10-14. High blood pressure often has no symptoms. No appointment needed."""),

C("da", "leaflet", "fall prevention leaflet: medicine, dizziness, rugs, lighting",
"""Skriv en folder om faldforebyggelse til ældre (A4, to sider): Tjek din medicin med lægen – nogle piller giver svimmelhed. Fjern løse tæpper. Sørg for godt lys om natten. Brug skridsikre sko. Træn balance – kom på faldholdet i sundhedscentret. Fald er den hyppigste årsag til hoftebrud hos ældre."""),

C("en", "leaflet", "leaflet on heat and dehydration for home-care clients (generic)",
"""Make an easy-read leaflet in English: 'Keep cool in hot weather'. Drink often even if you are not thirsty, eat fruit, keep curtains closed, and ask your home care staff if you take water tablets or have heart disease. Signs of dehydration: dry mouth, dizziness, confusion, dark urine. Big font, short sentences."""),

C("da", "procurement", "tender for incontinence products with quantities and absorption ml",
"""Hjælp mig med en kravspecifikation til udbud af inkontinensprodukter. Forventet årligt forbrug: 410.000 bleer (let), 280.000 (medium), 165.000 (natbleer, absorption min. 2.500 ml), 90.000 trusseindlæg til mænd. Leverance direkte til borgerens hjem hver 12. uge. Der skal tilbydes kontinensrådgivning og prøvepakker. Produkterne skal være ISO 15621-testede.

Mine noter til de øvrige krav:
- Sortimentet skal dække let, moderat og svær inkontinens, både for mobile og sengeliggende borgere, og indeholde bleer med tape, trusser (pull-ups), indlæg og fikseringstrusser i størrelserne XS-XXL.
- Leverandøren skal have en kontinenssygeplejerske, der kan rådgive hjemmeplejen og plejecentrene, og holde to temadage årligt om hudpleje og forebyggelse af tryksår.
- Leverancer skal ske i neutral emballage uden tekst om indholdet.
- Bestilling via webshop med integration til omsorgssystemet; ingen personoplysninger i ordrebekræftelser ud over leveringsadresse.
- Tildelingskriterier: pris 50 %, kvalitet (brugertest) 35 %, miljø 15 %."""),

C("en", "procurement", "tender Q&A about electric wheelchairs and ceiling hoists",
"""Rewrite these tender Q&A answers so they are clearer:
Q1: Must the electric wheelchairs be able to drive 25 km on one charge? A: Yes, min. 25 km under ISO 7176-4.
Q2: Is it acceptable to deliver ceiling hoists with 200 kg max load? A: No, min. 250 kg for bariatric users.
Q3: Who is responsible for the annual safety check of hoist slings? A: The supplier, on site at the care homes.
Q4: Can the municipality return wheelchairs if users die or move? A: Yes, they are refurbished and go back to the depot.
Q5: Are pressure-relief cushions part of the wheelchair lot? A: Yes, one standard cushion per chair; special cushions for users with existing pressure ulcers are ordered separately.
Q6: Will the municipality accept used demo models? A: Only if under 12 months old and with full warranty.
Q7: What is the expected annual volume? A: Approx. 45 electric wheelchairs, 120 manual wheelchairs and 30 ceiling hoists, but volumes depend on the number of citizens with progressive diseases such as ALS and MS and cannot be guaranteed.
Q8: Is a service van with hoist required? A: Yes, repairs must be possible in the citizen's home within 3 working days."""),

C("da", "procurement", "purchase of hospital beds and pressure relief mattresses, pressure-ulcer risk classes, prices",
"""Sammenlign disse tre tilbud på plejesenge med trykaflastende madras og lav en anbefaling: Tilbud 1: 58 senge à 14.900 kr., madras tryksårsklasse 3, levering 6 uger. Tilbud 2: 58 senge à 13.750 kr., madras klasse 2, levering 10 uger. Tilbud 3: 58 senge à 16.200 kr., inkl. vekseltryksmadras til borgere med høj risiko for tryksår, levering 4 uger."""),

C("en", "budget-health", "budget note: overspend on aids, hearing aids, insulin pumps, stoma products",
"""Help me write the explanation for the budget follow-up: the aids budget (hjælpemidler) shows an expected overspend of DKK 3.4 million. The main drivers are more stoma and catheter products (+1.1m), continuous glucose monitors and insulin pump supplies (+0.9m) after the national guidelines changed, and more electric wheelchairs (+0.8m). Hearing aids are on budget. Keep it factual, 150 words."""),

C("da", "budget-health", "psychiatry and addiction budget note with figures in millions",
"""Skriv et budgetbemærkningsafsnit: Socialpsykiatrien har et merforbrug på 4,7 mio. kr., primært pga. flere borgere i botilbud efter § 107 og 108 med svær psykisk sygdom og misbrug. Stofmisbrugsbehandlingen holder budgettet. Forslag: styrke bostøtte efter § 85 for at forebygge dyre anbringelser."""),

C("da", "anonymous-case", "'en 82-årig kvinde' in a generic case for a training course",
"""Lav en træningscase til nye visitatorer: En 82-årig kvinde bor alene i hus med trapper. Hun er faldet to gange på et halvt år, har let kognitiv svækkelse og vil gerne blive boende. Datteren bor i udlandet. Hvilke spørgsmål skal visitator stille, og hvilke ydelser og hjælpemidler kan komme på tale? Casen er opdigtet."""),

C("en", "anonymous-case", "'Citizen A' with COPD and home oxygen in a teaching case",
"""Create a teaching case for our home-care nurses: 'Citizen A', a man in his seventies with COPD, home oxygen and frequent exacerbations. Write the case in 3 stages (stable, early signs of exacerbation, discharge after admission) with questions for group work. The case must be fictional and not based on any real citizen."""),

C("da", "anonymous-case", "'Borger B' in an anonymised complaint summary for a committee",
"""Lav et anonymiseret resumé til udvalget af en klagesag: Borger B klagede over at rengøringshjælpen blev aflyst tre gange i træk under en epidemi i hjemmeplejen. Ankestyrelsen gav kommunen medhold, men påpegede at erstatningsbesøg skal tilbydes. Hvad bør vi ændre i vores procedure? Ingen personoplysninger."""),

C("en", "anonymous-case", "'a resident' with delirium in an incident report guide, plus an invented bad example with quasi-identifiers (room, former job, visiting daughter) to be anonymised",
"""Write an example for our incident reporting guide showing how to describe an event without personal data: 'A resident on the dementia unit became acutely confused in the evening, probably delirium due to a urinary tract infection. The evening SSA called the on-call doctor, who prescribed antibiotics. Learning: use the TOBS score earlier.' Add three tips for writing anonymous incident reports.

Also rewrite this bad example so it becomes anonymous: 'On the evening shift, the resident in the corner room next to the nurses' office, the one who used to be a teacher in the town and whose daughter visits on Sundays, was found on the floor.' Explain which details make a person identifiable even without a name (room, former job, family visits) and what to write instead, e.g. 'a resident on the unit'. The guide will be used in all care homes, so keep the language simple."""),

C("da", "own-health", "the writer's own migraine and request for a sick-day message",
"""Jeg har vågnet med migræne og kan ikke se ordentligt på skærmen. Skriv en kort besked til mit team på Teams om at jeg er syg i dag, at mine møder kl. 10 og 13 må aflyses, og at de kan kontakte centerchefen ved hastesager."""),

C("en", "own-health", "writer's own pregnancy, request to draft a note to the manager",
"""I'm 14 weeks pregnant and want to tell my manager before the summer holiday planning. Can you help me write a short, professional message asking for a meeting, and a list of questions about lifting, night shifts and maternity leave rules in the collective agreement (OK24)?"""),

C("da", "own-health", "writer's own back pain and request for ergonomics advice",
"""Jeg har haft ondt i lænden i tre uger og sidder 7 timer om dagen ved skrivebordet i økonomiafdelingen. Giv mig 5 øvelser jeg kan lave ved skrivebordet, og gode råd til indstilling af hæve-sænkebordet."""),

C("en", "own-health", "writer's own type 2 diabetes and lunch ideas at a conference",
"""I have type 2 diabetes – what should I pick at the conference buffet tomorrow?"""),

C("da", "service-health", "rehab centre service description with stroke and hip fracture",
"""Lav en kort præsentation (6 slides) af kommunens genoptræningscenter: genoptræning efter sundhedslovens § 140 efter fx hoftebrud, apopleksi og knæoperationer, vedligeholdelsestræning efter serviceloven, specialiseret genoptræning i samarbejde med sygehuset, og ventetid på max 7 dage efter udskrivning."""),

C("en", "service-health", "child and family services: postnatal depression screening by health visitors (generic)",
"""Explain in plain English how our health visitors screen all new mothers and fathers for postnatal depression using the EPDS questionnaire at the 2-month visit, what happens if the score is high, and how parents can get a referral to a psychologist. For the municipal website."""),

C("da", "statistics", "school wellbeing survey results in percent",
"""Resumér resultaterne af den nationale trivselsmåling for 4.-9. klasse: 12 % svarer at de ofte føler sig ensomme (landsgennemsnit 10 %), 18 % har ondt i maven eller hovedet mindst en gang om ugen, 7 % har været udsat for mobning. Skriv tre forslag til indsatser til skolebestyrelsen."""),

C("en", "statistics", "vaccination coverage (MMR, HPV) by municipality table",
"""Write 4 sentences comparing childhood vaccination coverage: MMR1 at 15 months: Norddjurs 93 %, region 95 %, national 94 %. HPV (girls, 12 years): Norddjurs 84 %, region 86 %. HPV (boys): Norddjurs 76 %. Suggest how the school health service could raise coverage."""),

C("da", "course", "medicine handling course for helpers: delegated tasks, PN medicine",
"""Skriv en kort kursusbeskrivelse: "Medicinhåndtering for SSH'er – delegerede opgaver". Indhold: at give medicin fra doseringsæske, øjendråber og salve, PN-medicin efter instruks, dokumentation i omsorgssystemet, hvad man gør ved fejl. Efter kurset skal deltagerne kunne beskrive ansvarsfordeling mellem læge, sygeplejerske og SSH."""),

C("en", "policy", "infection control guideline for scabies outbreaks in care homes (no resident)",
"""Summarise our infection control guideline on scabies for care home staff in 8 steps: suspicion, contact with GP, treatment of all residents in the unit on the same day, washing of bedding at 60 °C, bagging of items for 72 hours, informing relatives by a general letter, staff treatment, and follow-up after 1 week."""),

C("da", "leaflet", "leaflet on diabetes foot care for citizens (generic)",
"""Lav en kort folder om fodpleje ved diabetes: tjek fødderne hver dag, brug spejl, pas på med varmedunke, klip negle lige over, og kontakt lægen ved sår der ikke heler. Nævn at kommunens sygeplejeklinik kan hjælpe med sårpleje efter henvisning."""),

C("en", "job-ad", "job ad for occupational therapist in aids and home modifications",
"""Write a LinkedIn post for our vacancy: occupational therapist for the aids and home modifications team. Tasks: assessments for wheelchairs, hoists, bathroom adaptations and ramps for citizens with MS, ALS, stroke and dementia. Own car required, we pay mileage. Great colleagues and flexible hours."""),

C("da", "procurement", "hearing aid and glasses service for care homes, supplier contract",
"""Udkast til aftale med en optiker og en høreklinik om besøg på plejecentrene to gange årligt: synstest, justering af briller, rens og batteriskift på høreapparater. Pris pr. besøgsdag 4.500 kr. ekskl. moms. Fakturering via EAN. Beboerne betaler selv for nye briller."""),

C("en", "budget-health", "bleeding budget in eldercare: figures per care level, no persons",
"""Our eldercare budget is bleeding. Home care hours rose 11 % while the number of citizens aged 80+ rose 5 %. Average visited hours per week per citizen: level 1 = 0.8, level 2 = 2.6, level 3 = 7.9. Write a memo to the finance committee suggesting three ways to reduce growth without lowering quality, e.g. rehabilitation, welfare technology and better discharge from hospital."""),

C("da", "statistics", "hip fracture and fall statistics for over-65s",
"""Lav et diagram-forslag og en kort tekst: Antal indlæggelser efter fald blandt 65+ i Norddjurs: 2021: 412, 2022: 438, 2023: 401. Heraf hoftebrud: 96, 104, 88. Faldholdene har haft 240 deltagere. Kan man sige noget om effekten?"""),

C("en", "anonymous-case", "anonymous audit of 20 care plans in percentages",
"""Write the conclusion of an internal audit: 20 randomly selected care plans in home nursing were reviewed. 17 had an updated medication list, 14 had a documented pain assessment, 11 had a nutritional screening, and 6 of 8 residents with pressure ulcers had a wound plan. No personal data in the report.

Draft findings from the audit team:
- Medication lists were generally updated after hospital discharge, but in 3 cases the discharge letter had not been reconciled within 24 hours.
- Pain assessments were missing mainly for citizens with dementia who cannot express pain verbally; the team recommends the PAINAD scale.
- Nutritional screening (EWS/weight) was missing in 9 plans, although 4 of these citizens receive meals on wheels.
- Wound plans were good where the wound nurse had been involved.
- Documentation of consent to sharing information with the GP was found in only 12 of 20 plans.
Recommendations: a short e-learning on reconciliation, a monthly audit of 5 random plans per team, and a template for pain assessment. Please write the conclusion (max 200 words) and a table of the percentages."""),

C("da", "service-health", "addiction treatment for young people, anonymous counselling",
"""Skriv en tekst til Instagram om kommunens tilbud til unge under 25, der ryger meget hash eller tager kokain til fester: anonym samtale, ingen journal de første tre gange, og forældre får ikke besked uden dit samtykke, hvis du er over 18. Ung og uformel tone, max 100 ord."""),
]
