"""Batch 1: public institutions, addresses, switchboards, opening hours, directions, bus routes."""
from lib import C, P

RECS = [
C("da", "institution", "library opening hours, 'sundhedskort' as library card, town hall switchboard",
"""Skriv en kort nyhed til kommunens hjemmeside om nye åbningstider på Grenaa Bibliotek fra 1. september: betjent tid man-tors 10-18, fre 10-16, lør 10-13. Selvbetjent åbent alle dage 7-22 – man låser sig ind med sit sundhedskort og en pinkode. Spørgsmål kan rettes til hovednummeret 89 59 10 00. Tonen skal være venlig og kort."""),

C("en", "institution", "university hospital address on a street named after a person, light rail directions",
"""Write directions in plain English for visitors travelling to Aarhus Universitetshospital, Palle Juul-Jensens Boulevard 99, 8200 Aarhus N, from Grenaa. They can take the Letbane all the way from Grenaa Station and get off at the stop 'Universitetshospitalet'. Mention that the outpatient clinics are signposted by letter and colour, and that the main entrance has wheelchairs to borrow. Max 150 words."""),

C("da", "institution", "regional hospital address with 'Skov' in the street name, bus route numbers, emergency line",
"""Lav en vejledning til borgere i Allingåbro om hvordan man kommer til Regionshospitalet Randers, Skovlyvej 15, 8930 Randers NØ, med offentlig transport. Der går bus mod Randers fra Allingåbro ca. hver time, og man skifter til bybus ved Randers Busterminal. Skriv også at man ikke skal møde op på akutmodtagelsen uden at have ringet til 70 11 31 31 først, og at man ved livsfare ringer 112."""),

C("en", "switchboard", "out-of-hours doctor line, 112, 114, town hall switchboard with hours",
"""Translate this into English for our international staff, keep it short:
"Uden for lægens åbningstid ringer du til lægevagten på 70 11 31 31. Ved livsfare ringer du 112. Politiet (ikke akut) har nummer 114. Rådhusets omstilling, 89 59 10 00, har åbent mandag-onsdag 10-14, torsdag 10-17 og fredag 10-13." """),

C("da", "institution", "job fair venue with address, parking, accessibility words (handicapparkering, hørespole, elevator)",
"""Jeg skal lave praktisk information til vores jobmesse. Kan du sætte det op som en pæn invitation med overskrifter? Her er mine noter:

Jobmesse for ledige og virksomheder
Sted: Jobcenter Norddjurs, mødesalen i stueetagen, Østergade 24, 8500 Grenaa (fiktivt husnr. i udkastet – tjek før udsendelse)
Dato: torsdag i uge 41, kl. 10.00-14.00
Parkering: gratis på pladsen bag bygningen, 4 handicapparkeringspladser ved hovedindgangen
Adgang: niveaufri indgang, elevator til 1. sal, handicaptoilet ved receptionen, hørespole i mødesalen
Bus: rute 351 og 214 stopper ved Grenaa Station, 5 min gang
Tilmelding for virksomheder: jobcenter@norddjurs.dk
Spørgsmål: ring til hovednummeret 89 59 10 00 og bed om virksomhedsservice
Der vil være kaffe, frugt og en stand fra sundhedscentret med gratis blodtryksmåling og information om rygestop.
Ledige der er sygemeldte er også velkomne, men deltagelse er frivillig."""),

C("da", "institution", "health centre relocation with address, entrance, bus stop, rehab and smoking-cessation groups",
"""Omskriv til et Facebook-opslag (maks 80 ord): Fra uge 36 flytter genoptræningen, faldholdene og rygestopholdene fra den gamle skole til Sundhedshuset, Stationsplads 2, indgang C, 1. sal. Bus 351 stopper lige uden for døren. Borgere med genoptræningsplan fra sygehuset får et brev med ny mødetid. Kørestolsbrugere kan bruge rampen ved indgang A."""),

C("en", "number-trap", "bus timetable with departure times that look like dates/phone fragments",
"""Give me a bullet list of bus connections from Auning to Grenaa on weekdays before 8 am, based on this timetable extract:
Route 214: dep. Auning Skole 06.42, 07.12 – arr. Grenaa Station 07.20, 07.50
Route 123: dep. Auning Torv 06.55 – arr. Grenaa Station 07.31
Route 351 (school days only): dep. Auning 07.05 – arr. Grenaa Gymnasium 07.44
Add a line saying that all buses have low floor and space for one wheelchair or pram."""),

C("da", "institution", "care home visiting hours, café, code lock on the dementia unit (no resident)",
"""Skriv en opslagstavle-tekst til indgangen på et plejecenter: Besøg er velkomment hele dagen, men undgå gerne måltiderne kl. 11.30-12.30 og 17.30-18.30. Caféen i forhallen har åbent 14-16 på hverdage. Demensafsnittet har kodelås på døren af hensyn til beboernes sikkerhed – koden fås hos personalet. Har du symptomer på forkølelse, mave-tarminfektion eller influenza, så udskyd venligst dit besøg. Plejecentrets fælles nummer står på hjemmesiden."""),

C("en", "institution", "school welcome letter: office hours, main number, school nurse and dentist by role",
"""Draft a welcome letter in simple English for newly arrived families whose children start at our school after the autumn break. Include: the school office is open 7.45-14.00, call via the municipal main number 89 59 10 00, all messages to teachers go through Aula, the school health nurse (sundhedsplejersken) is at the school on Tuesdays and does the height/weight check in 0th and 6th grade, and the municipal dental service (Kommunal Tandpleje) will send an invitation by Digital Post. Friendly tone, no more than 200 words."""),

C("da", "institution", "municipal dental service phone hours and emergency dentist, 'tandpine'",
"""Kan du gøre denne tekst mere borgervenlig? "Den Kommunale Tandpleje i Auning har telefontid hverdage 8.00-9.30. Ved akut tandpine uden for åbningstid henvises til tandlægevagten i Region Midtjylland. Børn og unge under 18 år behandles gratis. Ved udeblivelse uden afbud kan der opkræves gebyr for 18-21-årige." """),

C("en", "institution", "recycling centres listed by village (Ørum, Glesborg are also surnames), opening hours",
"""Make a poster-style table of the summer opening hours for the recycling centres: Grenaa (Mon-Sun 7-19), Auning (Mon-Fri 12-19, Sat-Sun 9-17), Ørum (Tue, Thu 12-18, Sat 9-15), Glesborg (Wed 12-18, Sat 9-15), Anholt (Sat 10-12). Add a note that garden waste with invasive plants like giant hogweed must go in the closed container."""),

C("da", "institution", "Borgerservice at the town hall address, passport, yellow health insurance card",
"""Skriv et svar til vores FAQ: "Hvor kan jeg få et nyt sundhedskort?" Svaret skal sige at det gule sygesikringskort kan bestilles på borger.dk, at det digitale sundhedskort i appen kan bruges de fleste steder, og at Borgerservice på Rådhuset, Torvet 3, 8500 Grenaa, kan hjælpe hvis man ikke er digital. Til pas og kørekort skal man bestille tid."""),

C("da", "institution", "practical page about emergency/respite places: medicine list, aids, what to bring (generic)",
"""Kan du forkorte denne pjece til halvdelen uden at miste de vigtige informationer?

"Praktisk information om ophold på midlertidig plads
De midlertidige pladser (aflastning, akutpladser og genoptræningspladser) ligger på plejecentrets 2. sal. Der er 12 enkeltværelser med eget bad. Ved indflytning skal du medbringe: tøj til 1 uge, toiletsager, dine egne hjælpemidler (fx rollator eller kørestol), medicin i originalemballage og en opdateret medicinliste fra egen læge. Sygeplejersken gennemgår medicinen samme dag. Ophold på akutplads er gratis, men der betales for kost og vask efter gældende takster. Pårørende er velkomne hele døgnet, men vi beder om at besøg efter kl. 21 aftales med aftenvagten. Rygning er kun tilladt på altanen i gården. Hvis du får behov for læge, er det din egen praktiserende læge, der har ansvaret; uden for åbningstid lægevagten på 70 11 31 31. Opholdet afsluttes med et udskrivningsmøde, hvor hjemmeplejen og terapeuterne deltager." """),

C("en", "institution", "aids depot address, showroom demo of ceiling hoists and shower toilets for a delegation",
"""A delegation from a Swedish municipality is visiting our welfare technology showroom at the municipal aids depot (Hjælpemiddeldepotet, Industrivej 5, 8500 Grenaa). Write a programme for the day: 9.00 arrival and coffee, 9.30 demo of ceiling hoists and shower toilets, 10.30 talk by the occupational therapist team leader about how we assess needs for electric wheelchairs, 11.30 visit to a care home kitchen, 12.30 lunch. Keep it as a neat table."""),

C("da", "switchboard", "FAQ on 112 vs 1813 vs 70 11 31 31",
"""Vi har fået nye kolleger fra København. Forklar i en kort FAQ forskellen på 112, 1813 og 70 11 31 31, og hvorfor de her i Region Midtjylland skal ringe 70 11 31 31 når de fx selv får feber eller skal have syet en flænge om aftenen."""),

C("en", "institution", "ferry office, harbour, district nurse team travelling to the island (role only)",
"""Write a short travel note for the home nursing team going to Anholt next Tuesday: meet at Grenaa Havn, ferry terminal, 30 minutes before departure; tickets are booked on the municipality's business account; the island has a doctor's clinic open on weekdays and a rescue boat for emergencies; bring the portable bladder scanner and the wound-care bag back on the return ferry. Bullet points please."""),

C("da", "institution", "walking directions from station to aquarium at Færgevej, health-promoting walk",
"""Skriv en lille gåtur-beskrivelse til vores "Gå dig glad"-hold: Start ved Grenaa Station, gå ad havnen mod Kattegatcentret på Færgevej, forbi lystbådehavnen og tilbage langs stranden – ca. 4 km. Nævn at ruten er flad og egnet til rollator, og at der er toilet ved Kattegatcentret."""),

C("en", "institution", "open consultation times of the health visitor service in three towns",
"""Can you turn this into a clear table for Aula? "Sundhedsplejens åbne konsultation: Auning tirsdag 9-11 i bibliotekets mødelokale, Grenaa torsdag 13-15 i Sundhedshuset, Allingåbro første mandag i måneden 9-11 på skolen. Her kan forældre få barnet vejet og tale om amning, søvn og trivsel – ingen tidsbestilling." Translate the headings to English too."""),

C("da", "functional-mailbox", "addiction service department line and shared mailbox, anonymous counselling hours",
"""Ret stavefejl og gør teksten mere imødekommende: "Rusmiddelcentret tilbyder anonym rådgivning om alkohol, hash og andre stoffer tirsdag 15-18. Du kan også ringe på afdelingens fælles nummer 89 59 46 00 eller skrive til rusmiddel@norddjurs.dk. Pårørende er også velkome. Vi har tavshedspligt." """),

C("en", "institution", "hospital car park, fleet cars, meeting at hospital (no patient)",
"""Short notice for the staff intranet: When you use the municipal electric cars for meetings at Regionshospitalet Randers, park in the staff area behind building 7 and scan the QR code for the hospital's guest parking. Charging is free for fleet cars. Return the key to the key box at the town hall."""),

C("da", "number-trap", "schools with pupil numbers and class counts (numbers only)",
"""Sortér disse skoler efter elevtal og beregn gennemsnitlig klassekvotient: Vestre Skole 612 elever/27 klasser, Søndre Skole 455/21, Auning Skole 498/22, Ørum Skole 162/9, Glesborg Skole 188/10, Anholt Skole 14/1. Vis også hvor mange der går på skoler med specialklasser (Vestre og Auning)."""),

C("en", "institution", "dementia café at a library, association volunteers, coordinator by role",
"""Rewrite this for the library newsletter in English: "Demenscafé på Auning Bibliotek – for mennesker, der lever med demens, og deres pårørende. Hver anden onsdag kl. 14-16. Kaffe, sang og en god snak. Demenskoordinatoren og frivillige fra Alzheimerforeningen er til stede. Gratis og uden tilmelding." """),

C("da", "institution", "welcome leaflet listing institutions, GP practices named by street, pharmacy, phone numbers of businesses",
"""Jeg er ved at lave en velkomstfolder til nye tilflyttere i Norddjurs. Kan du ordne layoutet som punktliste med overskrifter og rette sproget? Teksten:

Rådhuset – Torvet 3, 8500 Grenaa. Omstilling 89 59 10 00. Skriv sikkert via Digital Post eller til post@norddjurs.dk.
Bibliotekerne – Grenaa og Auning, selvbetjent 7-22 med sundhedskortet.
Sundhedshuset – genoptræning, sygeplejeklinik, rygestop, diabetesforløb og hjertehold.
Læger – Der er lægehuse i Grenaa, Auning, Ørsted, Allingåbro og Glesborg. Du vælger læge på borger.dk, når du melder flytning.
Apotek – Grenaa Apotek og filialer i Auning og Ørsted; receptmedicin kan også leveres.
Akut – lægevagten 70 11 31 31, ved livsfare 112.
Skoler og dagtilbud – skriv dig op på pladsanvisningens side; sundhedsplejersken kommer på besøg når I får en baby.
Transport – Letbanen kører til Aarhus, busserne er Midttrafik.
Fritid – Kattegatcentret, Djurs Sommerland er tæt på, og der er mange idrætsforeninger."""),

C("da", "institution", "job centre moving, SMS text with new address",
"""Skriv en sms på maks. 160 tegn: Jobcenter Norddjurs flytter 1/11 til Østergade 24, Grenaa. Dine samtaler holdes som planlagt. Se mere på norddjurs.dk/job"""),

P("en", "one-line question about town hall opening hours",
"""What are the opening hours of Borgerservice at the town hall in Grenaa on Thursdays?"""),

C("da", "false-friend", "Giftlinjen (gift = poison) and its public number in a kindergarten",
"""Hvad er nummeret til Giftlinjen, og skal vi have det hængende i køkkenet og på legepladsen i børnehaven? Lav et lille A5-skilt."""),

C("en", "institution", "translate notice: nurse clinic closed, emergency team via visitation switchboard",
"""Translate to English: "Sygeplejeklinikken i Ørum holder lukket i uge 29-30. Har du brug for sårskift, blodprøver eller medicindosering, kontakt visitationen på 89 59 10 00 kl. 8-9, så finder vi en tid i Grenaa. Ved akut forværring kontakt egen læge eller lægevagten." """),

C("en", "institution", "museum and church as public places, accessible toilet, audio guide for visually impaired",
"""Plan a half-day cultural outing for our senior citizens' club: Gammel Estrup Herregårdsmuseum in the morning (step-free access to the ground floor, audio guide for visually impaired visitors), lunch at a café in Auning, and Grenaa Kirke in the afternoon. Include bus times placeholders [TID] and a line about a wheelchair-accessible minibus from the municipality."""),
]
