"""Batch 6: first names and surnames used as ordinary words or place names, streets named after people,
firms, brands, foundations and storms named after people."""
from lib import C, P

RECS = [
C("da", "name-word", "Skov, Holm, Dam, Lund, Bjerg as nature words and place names in a nature management plan",
"""Lav en prioriteret arbejdsplan for naturplejen i år ud fra disse punkter: Skov: udtynding i Fjellerup Skov og rydning af bjørneklo ved skovbrynet. Holm: græsning med får på holmen i Kolindsund. Dam: oprensning af gadekæret og dammen ved Vivild. Lund: plantning af ny egelund ved skolen. Bjerg: stien op ad bakken ved Gjerrild skal have trapper. Angiv forventet tidsforbrug og om det kræver dispensation efter naturbeskyttelsesloven."""),

C("en", "name-word", "English first names as ordinary words: Will, Bill, Mark, Grace, Hope, Frank, Rose, May, June",
"""Proofread this paragraph for our English annual report: "Will the new ferry schedule improve tourism? We hope so. Bill payments from the harbour rose by 6 % in May and June, and we will mark the 10-year anniversary with a grace period for late fees. Frank discussions with the shipping company continue. Hope remains that the rose garden by the harbour will be ready by April." """),

C("da", "name-word", "'Hans' meaning 'his' at sentence start, 'Bo' as verb, 'Per' as preposition",
"""Ret grammatikken i dette udkast til en afgørelse om parkering: "Håndværkeren parkerede firmabilen på handicappladsen foran plejecentret. Hans forklaring var, at han kun skulle aflevere materialer. Bo- og plejecentrets regler siger, at handicappladser kun må bruges med gyldigt parkeringskort. Per 1. januar er bøden 510 kr." """),

C("da", "storm-name", "named storms with first names (Bodil, Allan, Pia, Babet) and storm surge",
"""Skriv en kort historisk oversigt til beredskabsplanen over stormfloder ved Grenaa: stormen Allan (oktober 2013), stormen Bodil (december 2013), stormen Babet (oktober 2023) og stormen Pia (december 2023). Hvad lærte vi om sandsække, evakuering af plejecentret ved havnen og varsling via SMS?"""),

C("da", "brand-name", "wholesalers named after people (Brødrene Dahl, Davidsen, Harald Nyborg) and fictional local firms with surnames (Holm & Søn, Bager Rasmussens Eftf., Kjærgaard El) in a purchase summary",
"""Opsummer vores indkøb pr. leverandør for ejendomsafdelingen i 3. kvartal og find de fem største fakturaer: Brødrene Dahl 214.500 kr. (VVS til plejecentret), Davidsen 88.200 kr. (træ og isolering), Harald Nyborg 12.300 kr. (værktøj), Brødrene A & O Johansen 61.900 kr. (armaturer), Flügger 17.450 kr. (maling til skolen). Lindholm Tagdækning (fiktiv) 143.000 kr. (tagrenovering, børnehus), Kjærgaard El (fiktiv) 56.700 kr. (belysning, sundhedshus), Holm & Søn Murer ApS (fiktiv) 98.400 kr. (facade, jobcenter), Bager Rasmussens Eftf. (fiktiv) 4.800 kr. (kage til rejsegilde), Møllers Låseservice (fiktiv) 11.250 kr. (nye låse, rådhus).
Hvilke kan samles i en indkøbsaftale, og er der nogen, der kræver udbud efter tærskelværdierne? Lav også en kort note om, at firmanavne med personnavne stadig er virksomheder og skal behandles som leverandører."""),

C("en", "street-name", "streets named after people listed for road works, house number ranges only",
"""Write a road works notice in English for the town website: Resurfacing on H.C. Andersens Vej (whole street), Blichersvej between Grundtvigsvej and Kaj Munks Vej, and Dronning Margrethes Vej no. 1-35 (odd numbers). Work starts Monday at 7.00 and lasts 2 weeks. Access for residents and care services will be kept open, but parking is not allowed."""),

C("da", "name-word", "professions that are surnames (Bager, Fisker, Smed, Møller, Skræder) as job titles in a job list",
"""Lav en oversigt til jobcentrets nyhedsbrev over ledige stillinger i området:
Bager – morgenvagter, Grenaa, 30 timer
Fisker – sæsonarbejde på havnen, april-september
Smed – montage af vindmøllekomponenter ved havnen
Møller – driftsassistent på kornmølle i Allingåbro
Skrædder – ændringsskrædderi søger lærling
Tilføj en linje om at man kan få hjælp til ansøgningen i jobcentret."""),

C("en", "place-name", "Ørsted as village, physicist and energy company; Anholt offshore wind farm",
"""Explain for a school project in English the three meanings of 'Ørsted' that pupils in Norddjurs meet: the village of Ørsted in our municipality, the physicist H.C. Ørsted who discovered electromagnetism, and the energy company Ørsted that operates the Anholt offshore wind farm. 150 words."""),

C("da", "foundation-name", "application to foundations named after people for a sensory room in a dementia unit",
"""Skriv et udkast til en fondsansøgning til Aage og Johanne Louis-Hansens Fond om 350.000 kr. til et sanserum på plejecentrets demensafsnit. Rummet skal have lysterapi, musik og vippestol og skal mindske uro og behov for beroligende medicin hos beboerne. Nævn at vi også søger Augustinus Fonden og Det Obelske Familiefond."""),

C("en", "brand-name", "fleet vehicle brands named after people (Mercedes, Ford, Renault, Porsche)",
"""Compare these electric vans for the home care fleet: Mercedes eSprinter, Ford E-Transit, Renault Kangoo E-Tech and a Citroën ë-Berlingo. Criteria: range in winter, room for a folded wheelchair and a hoist, price, and service workshop near Grenaa. Output a table and a recommendation."""),

C("da", "name-word", "'Rose', 'Iris', 'Viol', 'Lilje', 'Erika' as flowers in a sensory garden plan",
"""Lav en planteliste til sansehaven på plejecentret. Vi ønsker duftende og giftfri planter: Rose 'New Dawn' ved pergolaen, Iris og Viol i bedet ved indgangen, Lilje i krukker, Erika i højbedene, og lavendel og citronmelisse som krydderurter. Skriv blomstringstid og om planten tåler at blive plukket."""),

C("da", "name-word", "animal names that are first names/surnames (Ravn, Falk, Ulv, Bjørn, Lærke, Ørn)",
"""Resumér resultaterne fra vinterens fugle- og dyreoptælling til naturrådet: Ravn set 14 gange, Falk (vandrefalk) 3 par ved kysten, Havørn 2 individer ved Kolindsund, Lærke stabil bestand på markerne. Ulv: én observation på vildtkamera nord for Bønnerup, bekræftet af Naturstyrelsen. Bjørn: ingen (spøg fra en borger)."""),

C("en", "name-word", "'Kim' as germ, 'Bo' as verb in Danish project names explained in English",
"""Translate the names of our projects for an English-speaking partner and explain the wordplay: 'Kimen til forandring' (the seed of change), 'Bo godt hele livet' (live well all your life), 'Mark og Mad' (field and food), 'Storm på Djursland' (climate adaptation). One line each."""),

C("da", "brand-name", "optician chain named after a person (Louis Nielsen), eye tests for care home residents",
"""Kommer Louis Nielsen ud på plejecentret og tjekker syn, og hvad koster det for beboerne?"""),

C("en", "street-name", "hospital named after H.C. Andersen, Odense university hospital address",
"""Write short practical information for families who are referred to H.C. Andersen Children's Hospital at Odense University Hospital: parking, the family rooms, and that municipal transport can be granted in some cases under the Health Act. Use [ADRESSE] as placeholder for the hospital address."""),

C("da", "name-word", "Danish first names that are words: Dag, Maj, Liv, Sol, Storm, Kim, Ask, Birk",
"""Vi laver en ordleg til danskundervisningen for voksne flygtninge. Lav 8 sætninger hvor ordene dag, maj, liv, sol, storm, kim, ask og birk bruges i deres almindelige betydning, og forklar kort at de også kan være fornavne i Danmark."""),

C("en", "brand-name", "supermarkets and firms named after people (Lidl, Aldi, Jensen's Bøfhus, Carlsberg, McDonald's)",
"""For a financial literacy class at the job centre, write a short text in easy English about how many well-known businesses are named after their founders: Lidl, Aldi (Albrecht), Jensen's Bøfhus, Carlsberg (Carl Jacobsen), McDonald's and Adidas (Adi Dassler). Add a question for discussion."""),

C("da", "street-name", "person-named streets in a snow clearing plan with route numbers",
"""Lav snerydningsplanen for rute 4 om til en tabel: 1) Niels Bohrs Allé, 2) Kaj Munks Vej, 3) H.C. Ørsteds Vej, 4) Grundtvigsvej, 5) Blichersvej, 6) Kong Hans' Vej, 7) Dronning Margrethes Vej. Prioritet A: veje med busrute og adgang til plejecenter og skole. Prioritet B: resten.
Vagtplan for snerydning (roller): vagthavende formand ringer ud kl. 3.30 ved varsel om glat føre, chauffører på rute 1-6 møder på materielgården, og saltspredning på cykelstier sker med den lille traktor. Entreprenøren på rute 7 (privat vognmand) kontaktes via materielgårdens fælles vagttelefon. Borgere kan melde glatte veje via appen "Giv et praj". Tabellen skal have kolonnerne: nr., vej, prioritet, udstyr, forventet tid, bemærkning (fx bakke ved skolen, plejecentrets indkørsel skal være ryddet inden kl. 6.30 af hensyn til hjemmeplejens biler)."""),

C("en", "name-word", "English surnames as job words: Baker, Fisher, Cook, Smith, Mason, Miller, Carpenter, Hunter",
"""We are translating our list of job titles for a jobs fair. Check these English translations and fix errors: bager = baker, fisker = fisher, kok = cook, smed = smith, murer = mason, møller = miller, tømrer = carpenter, jæger = hunter, skovarbejder = forester. Add the more common modern term where needed."""),

C("da", "place-name", "road names built on surnames/nature words (Holmgårdsvej, Lundbakken, Skovgårdsvej, Bjerghuse) in a school bus change",
"""Skriv et opslag om ændringer i skolebussen fra 1. august: Rute 7 kører ikke længere forbi Holmgårdsvej og Lundbakken, men stopper i stedet ved Kærvej og Skovgårdsvej. Rute 9 får nyt stop ved Bjerghuse. Forældre kan se køreplanen i Aula."""),

C("en", "brand-name", "health-care suppliers, some named after founders (Philips, Johnson & Johnson), stoma and incontinence products",
"""Our procurement department needs a neutral overview of suppliers: Philips (telemedicine and defibrillators), Johnson & Johnson (wound care), Coloplast (stoma and continence) and Abena (incontinence products). Which of these are named after founders, and which have Danish headquarters? One paragraph each."""),

C("da", "name-word", "'Frank', 'Sten', 'Kjær' as ordinary words: frankeret, stenbro, kær (marsh)",
"""Forklar forskellen på disse ord til en elev i ordblindeundervisning: frankeret (brev med porto), stenbro (brolagt gade), kær (en lavning med vand, fx i stednavnet Kjærby), og kær (som i "kære borger"). Lav en sætning med hvert ord."""),

C("en", "foundation-name", "prizes named after people (Nobel, Pulitzer) in a library quiz",
"""Write 10 quiz questions for the library's summer quiz about prizes named after people: Nobel Prize, Pulitzer Prize, Carl Nielsen Prize, Sonning Prize, Holberg Prize. Include the answers at the end."""),

C("da", "name-word", "'Mette' (satisfy: mætte), 'Lise' (lindre), 'Karl' (mand), sentence start ambiguity",
"""Ret dette uddrag fra en kostvejledning til hjemmeplejen: "Mætte og tilfredse borgere spiser bedre. Lise dit ubehag med små måltider. Karljohan-svampe må ikke serveres, hvis de ikke er købt i butikken." Skriv det om til et klart sprog, og ret stavefejl."""),

C("en", "place-name", "village names that look like names (Auning, Vivild, Voer) on a delegation route",
"""Draft a short welcome text for the visiting delegation from our twin town. Mention the route they take: from Aarhus Airport via Randers, along Randers Fjord to Voer, then to Auning and Vivild, and finally Grenaa harbour. Describe each stop in one sentence."""),

C("da", "brand-name", "chips brand 'Kims', chocolate 'Anthon Berg', coffee 'Peter Larsen' on a canteen order",
"""Lav en indkøbsliste til personalemødet for 45 deltagere: Kims chips (8 poser), Anthon Berg chokolade (3 æsker), Peter Larsen Kaffe (2 kg), the, frugt og kildevand. Budget max 1.500 kr. Levering til mødelokalet i jobcentret."""),
]
