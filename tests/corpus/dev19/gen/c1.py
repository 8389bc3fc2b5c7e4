"""Clean hard negatives: health vocabulary about services, policy, budgets, statistics, campaigns,
courses, research, job adverts (d19-0131..0163)."""
ITEMS = [
("[da] [hard-neg] service-info: aids vocabulary, switchboard number",
"""Skriv en tekst til hjemmesiden om, hvordan man søger om rollator, badebænk eller kørestol i Norddjurs Kommune. Nævn at man kan ringe til Hjælpemiddelteamet via omstillingen på 89 59 10 00 på hverdage kl. 8-12."""),

("[en] [hard-neg] policy: elderly act summary",
"""Summarise the main changes in the new Danish Elderly Act (ældreloven) for home care staff in 5 bullet points. Focus on what it means for visitation and for citizens with dementia."""),

("[da] [hard-neg] budget: care budget table with shares",
"""Lav en tabel og beregn andelen af det samlede budget: Hjemmepleje 312,4 mio. kr., Plejecentre 241,8 mio. kr., Genoptræning 38,2 mio. kr., Hjælpemidler 29,6 mio. kr., Misbrugsbehandling 14,1 mio. kr."""),

("[en] [hard-neg] statistics: diabetes prevalence in a newsletter",
"""Explain in plain words what it means that 18 % of citizens over 65 in Norddjurs have type 2 diabetes, compared with 14 % nationally. It's for the council newsletter, max 120 words."""),

("[da] [hard-neg] campaign: depression and loneliness among young men",
"""Lav 3 Facebook-opslag til kampagnen "Tal om det" om depression, angst og ensomhed blandt unge mænd. Henvis til Headspace Grenaa og Livslinien."""),

("[da] [hard-neg] course: dementia course invitation",
"""Skriv en invitation til kursus i demensforståelse og udadreagerende adfærd for alle SSA'ere i hjemmeplejen, 12. marts kl. 9-15 i Byrådssalen. Underviser er en demenskoordinator fra kommunen."""),

("[en] [hard-neg] research: fall prevention evidence",
"""Summarise the evidence on fall prevention exercise for people over 70. What reduction in falls and hip fractures do the Cochrane reviews report, and which types of training work best?"""),

("[da] [hard-neg] job-advert: nurse for acute team",
"""Kan du forkorte dette jobopslag til max 150 ord uden at miste det vigtigste?

Sygeplejerske til Akutteamet i Norddjurs Kommune
Vil du være en del af et fagligt stærkt team, der hver dag gør en forskel for borgere med akut opstået sygdom i eget hjem? Akutteamet løser opgaver, der ellers ville føre til indlæggelse: iv-behandling med antibiotika og væske, blodprøvetagning, observation af borgere med KOL, hjertesvigt og infektioner, samt palliation i samarbejde med de praktiserende læger og Hospice Djursland.
Vi forventer, at du har mindst 2 års erfaring fra et medicinsk eller akutmedicinsk sengeafsnit, at du er god til at vurdere kritisk syge borgere (fx med TOBS/ABCDE), og at du har kørekort til bil.
Vi tilbyder en spændende hverdag med stor selvstændighed, introduktionsforløb på 6 uger, løbende kompetenceudvikling og gode kolleger.
Arbejdstid: 37 timer i dag-/aftenvagt. Ansøgningsfrist 15. april, tiltrædelse 1. juni. Samtaler i uge 17."""),

("[da/en] [hard-neg] job-advert: translate advert for EURES",
"""Translate this job advert to English for EURES: "Social- og sundhedsassistent til nattevagt på Plejecenter Fjordbakken, 32 timer. Erfaring med psykiatri, misbrug og demens er et plus." """),

("[da] [hard-neg] service-info: § 83 vs § 83a with generic example",
"""Hvad er forskellen på § 83 og § 83a i serviceloven? Forklar kort med generelle eksempler som hjælp til bad, rengøring og hverdagsrehabilitering efter et hoftebrud."""),

("[en] [hard-neg] statistics: sickness absence percentages",
"""Write a chart caption: sickness absence in the municipality was 5.8 % in 2022, 6.1 % in 2023 and 5.4 % in 2024. Mention that stress and musculoskeletal disorders are the most common causes nationally."""),

("[da] [hard-neg] policy: staff alcohol policy",
"""Kan du forbedre dette udkast til en alkohol- og rusmiddelpolitik? Gør sproget mere klart og mindre juridisk, og tilføj et afsnit om hjælp til pårørende kolleger.

Udkast – Alkohol- og rusmiddelpolitik for Norddjurs Kommune
1. Formål: Politikken skal forebygge misbrug blandt medarbejdere og sikre, at der tages hånd om problemer med alkohol, hash, kokain eller afhængighed af receptpligtig medicin (fx benzodiazepiner og opioider) tidligt.
2. Regler: Det er ikke tilladt at møde påvirket på arbejde eller at indtage alkohol i arbejdstiden. Ved særlige lejligheder kan lederen give tilladelse til servering af vin eller øl.
3. Lederens ansvar: Ved mistanke om misbrug skal lederen tage en samtale med medarbejderen inden for 3 arbejdsdage. Tegn kan være hyppigt korttidsfravær, rystelser, alkohollugt, humørsvingninger eller faldende arbejdsindsats.
4. Tilbud: Kommunen tilbyder behandling via Misbrugscentret eller en ekstern behandler, fx Lænken eller Tjele. Behandlingen kan foregå i arbejdstiden.
5. Opfølgning: Der udarbejdes en skriftlig aftale om behandling og opfølgning. Overholdes aftalen ikke, kan det få ansættelsesretlige konsekvenser."""),

("[en] [hard-neg] campaign: free flu and covid vaccination press release",
"""Write a short press release: free flu and covid-19 vaccination for citizens over 65, people with chronic illness and pregnant women at the health centre in Grenaa from 1 October."""),

("[da] [hard-neg] statistics: COPD prevalence question",
"""Hvor mange danskere har KOL, og hvor mange går rundt uden at vide det? Giv mig tallene med kilder fra Sundhedsstyrelsen eller Lungeforeningen."""),

("[en] [hard-neg] course: FAST stroke quiz",
"""Create a quiz with 10 multiple-choice questions about recognising the signs of stroke (FAST: face, arm, speech, time) for new home care staff."""),

("[da] [hard-neg] service-info: health visitor FAQ",
"""Lav en FAQ om sundhedsplejen: hvornår kommer sundhedsplejersken på besøg efter fødslen, og hvad kan man få hjælp til ved amningsproblemer, gulsot hos den nyfødte eller en efterfødselsreaktion?"""),

("[en] [hard-neg] research: early intervention autism",
"""What does the research say about early intervention for children with autism spectrum disorder? I need 5 key points with references for a PPR staff presentation."""),

("[da] [hard-neg] budget: sick pay budget note",
"""Hjælp mig med at formulere en budgetbemærkning: udgifterne til sygedagpenge steg 11 % i 2024, primært pga. flere langvarige sygemeldinger med psykiske lidelser og længere ventetid i psykiatrien."""),

("[en] [hard-neg] policy: seizure first aid guideline",
"""Draft a one-page guideline for staff: what to do if a citizen has an epileptic seizure during a home visit. General first aid steps, when to call 112, and how to document it."""),

("[da/en] [hard-neg] campaign: bilingual no-smoking poster",
"""Lav en plakattekst på dansk og engelsk: "Røgfri matrikel – ingen rygning ved indgangen til Sundhedshuset. Vil du gerne stoppe? Spørg efter vores gratis rygestopkursus." """),

("[da] [hard-neg] job-advert: PPR psychologist",
"""Skriv et stillingsopslag til en psykolog i PPR med erfaring i angst, selvskade, skolevægring og udredning af ADHD hos børn. Vi tilbyder supervision og et godt tværfagligt miljø."""),

("[en] [hard-neg] service-info: reporting sick for foreign workers",
"""Write an English info page for foreign workers in Norddjurs: how to report sick to your employer, when you need a doctor's certificate, and how sickness benefit (sygedagpenge) works in general."""),

("[da] [hard-neg] course: medication handling theme day agenda",
"""Lav programmet for temadagen om kortere og mere indbydende – det skal i nyhedsbrevet. Max 120 ord.

Temadag: Sikker medicinhåndtering i hjemmeplejen og på plejecentrene
08.30 Kaffe og morgenbrød
09.00 Velkomst ved sundhedschefen
09.15 Dosisdispensering – fordele og faldgruber. Oplæg ved en farmaceut fra apoteket i Grenaa
10.15 PN-medicin: Hvornår giver vi smertestillende, sovemedicin og beroligende medicin, og hvordan dokumenterer vi effekten?
11.00 Antipsykotika til ældre med demens – hvad siger Sundhedsstyrelsen? Oplæg ved en overlæge fra Regionspsykiatrien
12.00 Frokost
12.45 Utilsigtede hændelser: de 10 hyppigste fejl i 2024 (forvekslinger, glemte doser, forkert tidspunkt for insulin og Marevan)
13.45 Workshop: Samarbejdet med de praktiserende læger om medicingennemgang
14.45 Opsamling og evaluering
Sted: Byrådssalen, Rådhuset. Tilmelding via kursusportalen senest 1. marts."""),

("[en] [hard-neg] statistics: rehab referrals table",
"""Convert this to a table and add a total row: Rehabilitation referrals 2024 – hip fracture 142, knee replacement 211, stroke 87, COPD 164, heart disease 96, cancer 58."""),

("[da] [hard-neg] research: osteoarthritis activity recommendations",
"""Opsummer Sundhedsstyrelsens anbefalinger om fysisk aktivitet for ældre med slidgigt i knæ og hofter, og hvad GLA:D-træning går ud på."""),

("[en] [hard-neg] own-task: council presentation about addiction waiting lists",
"""Help me structure a 10-minute presentation for the city council on why waiting lists for alcohol and drug treatment have grown, and what we could do about it."""),

("[da] [hard-neg] policy: needle-stick injury procedure",
"""Skriv en procedure for håndtering af stikskader for personale i hjemmesygeplejen: førstehjælp, hvem skal kontaktes, blodprøver for hepatitis og hiv, og anmeldelse som arbejdsskade."""),

("[en] [hard-neg] job-advert: occupational therapists, stroke rehab",
"""Write a LinkedIn post: we are hiring two occupational therapists for rehabilitation after stroke and acquired brain injury at our centre in Auning. Friendly tone, max 100 words."""),

("[da] [hard-neg] campaign: free youth dental care",
"""Skriv en tekst til kampagnen om gratis tandpleje til unge under 22 år, og forklar hvorfor huller i tænderne og tandkødsbetændelse er almindelige blandt teenagere."""),

("[en] [hard-neg] service-info: care home vs residential facility explanation",
"""What is the difference between a "plejebolig" and a "botilbud" under Danish law? Explain in English for relatives who don't speak Danish."""),

("[da] [hard-neg] statistics: child overweight trend",
"""Lav en kort analyse til udvalget: Andelen af 11-15-årige med overvægt i Norddjurs er steget fra 17 % til 21 % på fem år. Hvad kan forklare det, og hvilke indsatser virker?"""),

("[en] [hard-neg] course: naloxone handout",
"""Make a one-page handout on naloxone for the staff at the shelter: what it is, the signs of an opioid overdose, when to use the nasal spray and what to do afterwards."""),

("[da/en] [hard-neg] research: terminology translation",
"""Find gode engelske begreber for "genoptræning", "hverdagsrehabilitering", "hjælpemidler" og "sygedagpenge" til en artikel i et internationalt tidsskrift om dansk ældrepleje."""),
]
