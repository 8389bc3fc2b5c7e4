"""Clean hard negatives: number shapes (case, invoice, order, KLE, EAN, dates, times, budget
tables, law references, diagnosis codes without a person) and the municipality's public contact
details (d19-0229..0260)."""
ITEMS = [
("[da] [hard-neg] number-shape: invoice number, EAN, amount",
"""Skriv en mail til Økonomi: faktura nr. 2024-118734 fra leverandøren af sårplejeprodukter på 14.862,50 kr. er betalt to gange. Vores EAN-nr. er 5798005771234. Bed om en kreditnota."""),

("[en] [hard-neg] number-shape: KLE code in case number",
"""Our case number is 27.36.08-G01-1402-24. What do the parts mean – the KLE number, the handling facet and the serial number? Explain briefly in English."""),

("[da] [hard-neg] number-shape: meeting times table",
"""Lav en tabel over mødetider for demenscaféen: tirsdag 14.30-15.15, onsdag 09.00-10.30, torsdag 13.00-14.00 og fredag 10.15-11.45. Tilføj en kolonne med varighed i minutter."""),

("[da] [hard-neg] switchboard: letter footer with switchboard and 112",
"""Lav en footer til vores brevpapir i Sundhed og Omsorg: Norddjurs Kommune, Torvet 3, 8500 Grenaa, tlf. 89 59 10 00, sundhed@norddjurs.dk. Ved akut sygdom ring 112."""),

("[en] [hard-neg] number-shape: order numbers for aids depot",
"""Sort these order numbers from the aids depot and remove duplicates: ORD-884512, ORD-884519, ORD-884513, ORD-884512, ORD-884530, ORD-884519."""),

("[da] [hard-neg] budget-table: sick pay expenses chart",
"""Lav et søjlediagram og en kort kommentar: Udgifter til sygedagpenge 2021: 98,4 mio. kr., 2022: 104,1 mio. kr., 2023: 111,7 mio. kr., 2024: 118,2 mio. kr."""),

("[da] [hard-neg] number-shape: swapped case numbers",
"""Journalnummer 24/18733 og 24/18734 er blevet byttet om i ESDH-systemet. Skriv en kort mail til Dokumentstyring om at rette det."""),

("[en] [hard-neg] number-shape: shift times",
"""Turn these shift times into a clear weekly schedule: day 06:45-14:45, evening 14:30-22:30, night 22:15-07:00. Show the overlaps."""),

("[da] [hard-neg] number-shape: CVR/P-number/EAN question",
"""Hvad er forskellen på et CVR-nummer, et P-nummer og et EAN-nummer? Vi skal oprette en ny leverandør af inkontinensprodukter i økonomisystemet."""),

("[da] [hard-neg] number-shape: week numbers and dates",
"""Lav en plan over uge 14-18 med datoer (fx uge 14: 31.03-06.04) og marker, hvornår vi har influenzavaccination på plejecentrene."""),

("[en] [hard-neg] budget-table: cost per home care hour",
"""Calculate the average cost per home care hour: total cost 312.4 million DKK and 1,148,000 visited hours. Then compare with last year's 278 DKK per hour."""),

("[da] [hard-neg] number-shape: product numbers, Abena order",
"""Skriv en ordre til Abena: varenummer 741-2203 (bleer str. M, 12 pakker) og 741-2205 (str. L, 8 pakker) til levering på Plejecenter Fjordbakken."""),

("[en] [hard-neg] switchboard: public contact block for English leaflet",
"""Write the contact block for our English leaflet: Norddjurs Kommune, Torvet 3, 8500 Grenaa, phone (+45) 89 59 10 00, e-mail post@norddjurs.dk, opening hours Mon-Fri 10-14."""),

("[da] [hard-neg] number-shape: salary calculation",
"""Beregn: 37 timer x 4,33 uger pr. måned, og hvad er 32/37 af en fuldtidsløn på 31.250 kr.? Vis udregningen."""),

("[da] [hard-neg] number-shape: phone hours table",
"""Lav en tabel med telefontider: Sundhedsplejen kl. 8.00-9.00, Tandplejen kl. 7.30-8.30, Hjælpemidler kl. 8.00-10.00, Borgerservice 10.00-14.00 – alle via 89 59 10 00."""),

("[en] [hard-neg] number-shape: invoice reference and EAN reminder",
"""Our invoice reference is INV-2024-00981 and our EAN number is 5798000421557. Write a polite payment reminder to the supplier in English."""),

("[da] [hard-neg] budget-table: practical help hours per district",
"""Lav en tabel: Visiterede timer praktisk hjælp pr. distrikt 2024: Nord 4.120, Syd 3.870, Øst 2.940, Vest 3.300. Hvor mange procent udgør hvert distrikt?"""),

("[da] [hard-neg] number-shape: law references",
"""Lav et overblik over lovhenvisningerne: serviceloven § 83, § 85, § 107 og § 108 samt sundhedsloven § 138 og § 140. Hvad handler de om, i én linje hver?"""),

("[en] [hard-neg] number-shape: ICD-10 codes without a person",
"""What does ICD-10 code F32.1 mean, and how does it differ from F33.1 and F41.1? General explanation for a training slide on mental health for jobcenter staff."""),

("[da] [hard-neg] number-shape: dates to weekdays",
"""Konverter disse datoer til ugedage: 03.02.2025, 17.03.2025, 28.04.2025, 09.06.2025 og 22.09.2025."""),

("[da/en] [hard-neg] number-shape: translate meeting time and room",
"""Oversæt til engelsk: "Mødet om den nye demensstrategi er flyttet til torsdag d. 12.09 kl. 13.30 i lokale 2.14 på Rådhuset." """),

("[da] [hard-neg] number-shape: payment code on giro slip",
"""Hvad betyder kortartkoden +71 på et indbetalingskort, og hvordan forklarer jeg borgere i et brev om egenbetaling for madservice, hvordan de betaler med FI-kode?"""),

("[en] [hard-neg] number-shape: software version update",
"""Our care record system is being updated from version 7.4.2 to 7.5.0 on 14/10 at 22:00. Write a short info e-mail to staff about the expected downtime until 02:00."""),

("[da] [hard-neg] budget-table: sickness absence by area",
"""Skriv en kort kommentar til HR-udvalget ud fra denne tabel og peg på de to største udfordringer:

Sygefravær 2024 (pct. af arbejdstid) / 2023 / Ændring / Hyppigste årsag (spørgeskema)
Hjemmeplejen Nord: 9,4 / 8,7 / +0,7 / bevægeapparat
Hjemmeplejen Syd: 8,3 / 8,9 / -0,6 / bevægeapparat
Plejecentre samlet: 8,9 / 8,1 / +0,8 / infektioner
Dagtilbud: 7,2 / 7,5 / -0,3 / infektioner
Skoler: 5,1 / 5,4 / -0,3 / stress
Jobcenter: 6,6 / 4,9 / +1,7 / stress
Administration: 3,8 / 3,6 / +0,2 / øvrige
Tekniske områder: 5,9 / 6,2 / -0,3 / bevægeapparat
Kommunen i alt: 6,7 / 6,5 / +0,2
Note: Langtidsfravær (over 30 dage) udgør 54 % af fraværet. Andelen af sygemeldinger med stress er steget i Jobcenter og Skoler, og der er flere arbejdsskader med rygbelastning i hjemmeplejen end i 2023."""),

("[en] [hard-neg] number-shape: room bookings table",
"""Make a table of room bookings: Room 1.08 Mon 9-11 (dementia course), Room 2.14 Tue 13-15 (first aid), Room 0.22 Thu 8-12 (vaccination clinic)."""),

("[da] [hard-neg] switchboard: emergency numbers poster",
"""Lav en oversigt over vigtige numre til personalerummet: Alarm 112, Lægevagten 70 11 31 31, Rådhusets omstilling 89 59 10 00. Sæt det op pænt til print i A4."""),

("[en] [hard-neg] number-shape: postcodes for map legend",
"""Make a map legend listing the towns for these postcodes: 8500, 8585, 8586, 8961, 8963, 8950, 8544."""),

("[da] [hard-neg] number-shape: pay date and supplement rate",
"""Skriv en kort mail om, at løn for september udbetales 30.09, og at tillægget for aftenvagter (kl. 17-23) fra 1.10 er 32,45 kr. i timen."""),

("[en] [hard-neg] number-shape: Teams meeting ID and passcode",
"""Our meeting ID is 873 4412 9905 and the passcode is 442188. Write a Teams invitation text in English for the network meeting on fall prevention."""),

("[da] [hard-neg] number-shape: pension age for a birth year",
"""Hvornår når man folkepensionsalderen, hvis man er født i 1962? Vi skal planlægge seniorsamtaler i hjemmeplejen."""),

("[en] [hard-neg] budget-table: service area budget shares",
"""Make a budget table in English and add percentages: Addiction treatment 14.1m DKK, Psychiatry and disability 186.5m DKK, Rehabilitation 38.2m DKK, Aids 29.6m DKK."""),

("[da] [hard-neg] number-shape: case and document numbers in template",
"""Sagsnummer 25-004512 og dokumentnr. 1487220 skal stå i brevet. Hvor placerer jeg dem i brevskabelonen, så det ser pænt ud?"""),
]
