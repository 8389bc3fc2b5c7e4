"""Clean hard negatives: idioms, eponym diseases, public/historical figures, fictional characters,
firms and products named after people, street and place names (d19-0164..0196)."""
ITEMS = [
("[da] [hard-neg] idiom: project broke its leg, headache",
"""Omskriv til en saglig statusmail: Projektet om den nye vagtplan har brækket benet, og styregruppen har fået hovedpine over budgettet, så vi er nødt til at sætte det på pause til efter sommerferien."""),

("[da] [hard-neg] idiom: IT system had a cardiac arrest",
"""Min kollega siger, at omsorgssystemet "har fået hjertestop" igen og ikke vil åbne borgerlisterne. Skriv en fejlmelding til IT-support, hvor vi beskriver fejlen præcist."""),

("[en] [hard-neg] idiom: bleeding budget, life support",
"""Rewrite this more formally for the annual report: "The budget is bleeding, the project is on life support and the steering group has cold feet." """),

("[da] [hard-neg] idiom: economy on crutches",
"""Er det for uformelt at skrive, at "økonomien går på krykker" og at "vi har en sygemeldt kassebeholdning" i et notat til Økonomiudvalget? Foreslå bedre formuleringer."""),

("[da] [hard-neg] eponym: Alzheimer vs Lewy body",
"""Forklar forskellen på Alzheimers sygdom, vaskulær demens og Lewy body-demens i et sprog, der kan bruges på et pårørendekursus."""),

("[en] [hard-neg] eponym: Crohn's vs ulcerative colitis",
"""What is the difference between Crohn's disease and ulcerative colitis? Write a simple explanation for our teachers' handbook on pupils with chronic illness."""),

("[da] [hard-neg] eponym: Down, Asperger, Tourette for educators",
"""Lav en oversigt over Downs syndrom, Aspergers syndrom og Tourettes syndrom til et oplæg for pædagoger i dagtilbud: kendetegn, hvad man skal være opmærksom på, og hvor man kan få råd."""),

("[da/en] [hard-neg] eponym: translate disease names",
"""Hvad hedder Bechterews sygdom, Hodgkins lymfom og Menières sygdom på engelsk? Just the terms, please."""),

("[en] [hard-neg] public-figure: Michael J. Fox and Parkinson's",
"""Please write a warm 150-word intro for the programme below. Mention Michael J. Fox, who was diagnosed with Parkinson's at 29 and started a foundation for research.

Parkinson's Awareness Evening – Grenaa Library, Thursday 10 April
18.00 Welcome and coffee
18.15 "What is Parkinson's disease?" – tremor, stiffness, slowness and the less visible symptoms such as sleep problems, depression and constipation. Talk by a neurologist from Aarhus University Hospital
19.00 Living with Parkinson's: medication (levodopa), deep brain stimulation and the importance of exercise
19.30 Break
19.45 The municipality's offers: physiotherapy, speech therapy, aids and the Parkinson's network café
20.15 Questions from the audience
The event is free and organised together with the Danish Parkinson's Association. Interpretation into English is available."""),

("[da] [hard-neg] public-figure: Christian Eriksen cardiac arrest at Euro 2020",
"""Skriv en indledning til førstehjælpskurset, der tager udgangspunkt i Christian Eriksens hjertestop på Parken under EM i juni 2021, og hvordan hjertelungeredning og en hjertestarter reddede ham."""),

("[en] [hard-neg] historical: Stephen Hawking and ALS",
"""Write a short text (100 words) about Stephen Hawking and ALS for our disability awareness week poster."""),

("[da] [hard-neg] historical: Kierkegaard and H.C. Andersen melancholy",
"""Lav et kort oplæg til Psykiatriugen om kendte danskere, der levede med tungsind og angst – fx Søren Kierkegaard og H.C. Andersen – og hvordan vi i dag taler om psykisk sygdom."""),

("[en] [hard-neg] historical: Van Gogh and mental illness",
"""Vincent van Gogh cut off part of his ear and spent time in an asylum in Saint-Rémy. Write a 150-word text on mental illness and art for the library exhibition."""),

("[da] [hard-neg] public-figure: King Charles cancer as hook",
"""Kong Charles fortalte i 2024 åbent om sin kræftdiagnose. Brug det som indgang til en artikel om, hvorfor det er vigtigt at gå til lægen med symptomer – men uden at spekulere i hans sygdom."""),

("[en] [hard-neg] public-figure: Bruce Willis frontotemporal dementia",
"""Bruce Willis's family announced that he has frontotemporal dementia. Use this as a hook for a newsletter article about support for younger people with dementia in Norddjurs."""),

("[en] [hard-neg] fictional: Dr. House and Vicodin",
"""Dr. Gregory House takes Vicodin for the pain in his leg. Can I use him as an example in a course on opioid dependence for nurses? Suggest how to frame it."""),

("[da] [hard-neg] fictional: Olsen-banden characters with stomach ache and migraine",
"""Skriv en sjov indledning til julefrokosten, hvor Egon Olsen har "ondt i maven" over planen, Kjeld har migræne af Yvonnes snak, og Benny siger "skidegodt, Egon"."""),

("[da] [hard-neg] fictional: Karlsson on the roof, handwashing",
"""Karlsson på taget siger, at han er verdens bedste til alt. Lav en tekst inspireret af ham til sundhedsplejens plakat om håndvask i børnehaver."""),

("[en] [hard-neg] fictional: Sherlock Holmes cocaine",
"""Sherlock Holmes used cocaine when he was bored. Is that a good example for a talk about addiction in literature? Give me 3 other examples from classic novels."""),

("[da] [hard-neg] fictional: Captain Haddock and whisky",
"""Kan vi bruge Kaptajn Haddock og hans whisky i en kampagne om alkohol for unge? Giv fordele og ulemper, og tænk på ophavsret."""),

("[da] [hard-neg] firm-name: Bang & Olufsen sponsorship",
"""Skriv en mail til Bang & Olufsen og spørg om sponsorat af højttalere til musikterapi for beboere med demens på vores plejecentre."""),

("[da] [hard-neg] firm-name: Arne Jacobsen chair for elderly with bad backs",
"""Vi skal købe stole til caféen på plejecentret. Er Arne Jacobsens Syveren egnet til ældre med dårlig ryg og nedsat balance, eller skal vi vælge en model med armlæn og højere sæde?"""),

("[en] [hard-neg] firm-name: Novo Nordisk products explained",
"""Compare Novo Nordisk's Ozempic and Wegovy in plain English for a staff newsletter about weight-loss medicine: what they contain, who they're approved for, and common side effects."""),

("[en] [hard-neg] firm-name: Dr. Oetker allergy labelling",
"""Write to Dr. Oetker customer service and ask about gluten and nut allergy labelling on the pizza bases we use in the day centre kitchen."""),

("[da] [hard-neg] firm-name: wheelchair suppliers comparison",
"""Lav en sammenligning af el-kørestole fra Invacare, Ottobock og Permobil til vores udbudsmateriale: pris, rækkevidde, vægt og service."""),

("[da] [hard-neg] street-name: delivery route with name-like streets, no numbers",
"""Lav en logisk kørerute for madudbringningen: H.C. Andersens Vej, Kong Hans Gade, Dronning Ingrids Vej, Niels Bohrs Allé og Karen Blixens Vej i Grenaa. Start og slut ved Centralkøkkenet."""),

("[en] [hard-neg] place-name: bus route to hospital",
"""What's the easiest way to get from Ørum Djurs to Aarhus University Hospital in Skejby by public transport? General route info for a leaflet for patients without a car."""),

("[da] [hard-neg] place-name: town meeting about GP clinic closing",
"""Skriv en invitation til borgermøde om lægedækningen i Glesborg og Bønnerup, efter at lægehuset lukker til sommer. Mødet holdes i Glesborg Forsamlingshus."""),

("[da] [hard-neg] street-name: naming a road after famous nurses",
"""Vi skal navngive den nye vej ved plejecentret. Giv 5 forslag med navne efter kendte sygeplejersker eller læger, fx Florence Nightingales Vej eller Niels Finsens Vej, og en kort begrundelse for hvert."""),

("[en] [hard-neg] historical: Florence Nightingale nurses day",
"""Write a 150-word intro about Florence Nightingale and her work during the Crimean War for International Nurses Day on 12 May."""),

("[da] [hard-neg] public-figure: PM speech on psychiatry",
"""Statsministeren nævnte psykiatrien i sin nytårstale. Hjælp mig med at formulere en kort opsummering til ledergruppen af, hvad en 10-årsplan for psykiatrien kan betyde for kommunens bostøtte."""),

("[da/en] [hard-neg] eponym: translate service text with Asperger/Huntington",
"""Translate to English: "Vi tilbyder rådgivning til voksne med Aspergers syndrom og ADHD, og vi har et særligt samarbejde med Huntington-foreningen om borgere med Huntingtons sygdom." """),

("[en] [hard-neg] idiom: bitter pill",
"""Is "a bitter pill to swallow" ok to use in a letter to staff about budget cuts, or is it too informal? Suggest two alternatives."""),
]
