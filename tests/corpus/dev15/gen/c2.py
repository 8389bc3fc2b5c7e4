"""dev15 clean batch 2 (d15-0176..0240): public/historical/fictional persons, IT and sport health words,
false friends, name-like words, number traps, templates, long texts."""
from lib import clean as C

RECS = [
C("[en] [hard-neg] it-health: server 'health check', 'heartbeat', 'kill', 'zombie' processes", """
Explain to a non-technical manager what this monitoring alert means: "Health check failed on app-srv-03. Heartbeat lost for 45 s. Two zombie processes detected; the watchdog killed the parent process and the node was restarted. Patient zero for the memory leak appears to be the nightly export job."
"""),
C("[da] [hard-neg] it-health: 'virus', 'karantæne', 'immunitet' about computers", """
Skriv en kort IT-nyhed: Antivirusprogrammet har sat 14 filer i karantæne efter en phishingmail med en ondsindet vedhæftning. Ingen pc'er er smittet. Husk at opdatere din pc, så den har den nyeste 'vaccine' mod kendte trusler – immunitet kommer ikke af sig selv.
"""),
C("[en] [hard-neg] public-figure: Queen Margrethe's back surgery for a historical overview", """
For the local history society, write a short neutral paragraph about Queen Margrethe II's decision to abdicate on 14 January 2024, mentioning that she had undergone major back surgery in early 2023 and referred to her health in her New Year's speech.
"""),
C("[da] [hard-neg] historical: Christian 7.'s mental illness and Struensee for a school lesson", """
Lav et lektionsforløb til 8. klasse om Christian 7., der led af en alvorlig sindslidelse, og lægen Johann Friedrich Struensee, der fik magten ved hoffet. Inddrag hvordan man dengang forstod psykisk sygdom.
"""),
C("[en] [hard-neg] historical: Franklin D. Roosevelt's polio and Van Gogh's ear for an accessibility talk", """
Give me two short anecdotes in English for a talk on accessibility: Franklin D. Roosevelt, who used a wheelchair after polio but hid it from the public, and Vincent van Gogh, who cut off part of his ear during a mental health crisis in Arles.
"""),
C("[da] [hard-neg] fictional: Karius og Baktus, Pippi and Olsen-banden in a dental-health campaign", """
Skriv en tekst til tandplejens kampagne i indskolingen, hvor Karius og Baktus flytter ind i en mund, der ikke bliver børstet, og Pippi Langstrømpe forklarer hvorfor sukker om natten giver huller. Slut med en sjov reference til Egon Olsens 'jeg har en plan'.
"""),
C("[en] [hard-neg] fictional: Harry Potter's scar and Madam Pomfrey's hospital wing for a library event", """
Write a short invitation in English for the library's Harry Potter night: visit Madam Pomfrey's hospital wing, brew a 'Pepper-Up Potion' for the common cold and find out why Harry's scar hurts. Children aged 8-12.
"""),
C("[da] [hard-neg] weather-name: storm Bodil and flooding, name of a storm", """
Skriv en kort tekst til klimaudstillingen: Stormen Bodil ramte Djursland i december 2013 og gav stormflod i Grenaa Havn. Flere kældre blev oversvømmet, og beredskabet pumpede vand ud i flere døgn.
"""),
C("[en] [hard-neg] false-friend: 'eventually', 'actual', 'sensible', 'mist' and 'hell' in Danish/English", """
Check my English and explain the errors: "The citizen will eventually get the aid, but the actual waiting time is long. He is a very sensible person who cries easily. We mist the bus, what the hell."
"""),
C("[da] [hard-neg] first-name-word: lærke, viol, maj, sol, storm, rose as ordinary words", """
Skriv et forårsdigt til plejecentrets blad: i maj står violen og rosen i bedet, lærken synger over marken, solen varmer, og stormen er for længst drevet over havet.
"""),
C("[en] [hard-neg] first-name-word: will, bill, mark, grace, hope, rose in English", """
Proofread: "I will pay the bill once you mark the invoice as approved. With grace and hope we rose to the challenge, and the storm passed. Frank feedback is welcome."
"""),
C("[da] [hard-neg] name-in-org: foundations and companies named after people funding health projects", """
Skriv en ansøgning om projektstøtte til faldforebyggelse hos ældre. Vi søger hos Aage og Johanne Louis-Hansens Fond, Velux Fonden og Novo Nordisk Fonden. Projektet skal reducere hoftebrud med 20 % på 3 år.
"""),
C("[en] [hard-neg] number-trap: journal number, KLE, document ids, times in a case-handling guide", """
Explain this filing rule in plain English: All cases on aids are filed under KLE 27.36.00-G01 with the journal number format 27.36.00-G01-1234-26. Documents are named with date and time (20260314-1015). The case must be closed within 90 days.
"""),
C("[da] [hard-neg] number-trap: EAN, CVR and invoice amounts for medicine supplies", """
Tjek denne faktura: Leverandør CVR 38412079, EAN 5798000431234. Varer: 400 stk. sårbandager à 18,75 kr., 120 pakker handsker à 42,00 kr., 60 kateterposer à 9,50 kr. I alt 13.110,00 kr. ekskl. moms. Forfald 15.04.2026.
"""),
C("[en] [hard-neg] number-trap: medicine recall with batch numbers that look like CPR/phone numbers", """
Write an internal notice in English: the pharmacy has recalled a batch of eye drops (batch 2304781193, expiry 04/2027) and one batch of a paracetamol mixture for children (lot 86 12 45 77). Check all care homes' stocks and return affected packages to the pharmacy.
"""),
C("[da] [hard-neg] own-health: writer's sick leave after knee surgery, no identifying data", """
Jeg skal have en menisk-operation på fredag og er sygemeldt i 2 uger. Hjælp mig med et autosvar til min mail, hvor der står at jeg er væk, uden at skrive at jeg er syg, og at kollegerne i Borgerservice kan kontaktes imens.
"""),
C("[en] [hard-neg] own-health: writer's depression, asks for advice on talking to the manager", """
I've been struggling with depression for a few months and started on medication. I work as a case worker. How can I ask my manager for a lighter caseload for a while without sharing all the details? Please suggest a script.
"""),
C("[da] [hard-neg] own-health: writer's own ADHD diagnosis and work tips", """
Jeg har selv fået diagnosen ADHD som voksen og har lige fået Elvanse. Har du gode råd til hvordan jeg strukturerer min arbejdsdag i et åbent kontorlandskab, fx pauser, støj og to-do-lister?
"""),
C("[en] [hard-neg] anonymous-case: 'Pupil X' case for a teachers' workshop", """
Create a discussion exercise in English for teachers: Pupil X, 11, has been diagnosed with dyslexia and has frequent stomach aches before tests. Parents are divorced and disagree on support. What should the school do first?
"""),
C("[da] [hard-neg] anonymous-case: a 15-year-old without identifying data for a course", """
Lav en case til kurset om selvskade: En 15-årig pige fortæller sin kontaktlærer, at hun skærer i sig selv, og beder læreren om ikke at sige det til nogen. Hvad skal læreren gøre, og hvilke regler om underretning gælder?
"""),
C("[en] [hard-neg] course: mental health first aid course programme", """
Draft a one-day programme in English for a Mental Health First Aid course for municipal staff: recognising depression, anxiety and psychosis, talking about suicidal thoughts, first aid for panic attacks, and where to refer. Include two breaks and lunch.
"""),
C("[da] [hard-neg] service-health: dementia coordinators and day centre description", """
Skriv et afsnit til pjecen: Kommunens demenskoordinatorer hjælper borgere med demens og deres pårørende med rådgivning, pårørendegrupper og hjælp til at finde dagtilbud. Dagcentret i Auning har plads til 18 borgere med demens på hverdage fra 9 til 15.
"""),
C("[da/en] [hard-neg] service-health: addiction treatment service description for the website", """
Translate into English for our website: Misbrugscentret tilbyder gratis og anonym rådgivning og behandling for alkohol, hash og andre rusmidler. Du kan også få medicinsk behandling, fx Antabus eller substitutionsbehandling. Unge under 25 har deres eget tilbud.
"""),
C("[da] [hard-neg] policy: sick-leave guideline for managers", """
Lav en tjekliste til ledere ud fra retningslinjen: kontakt medarbejderen senest 4. uge, sygefraværssamtale, mulighed for delvis raskmelding, § 56-aftale ved kronisk sygdom, fastholdelsesplan, og husk at man ikke må spørge om diagnose.
"""),
C("[en] [hard-neg] policy: policy on use of force and GPS for citizens with dementia (general)", """
Summarise in English in 5 bullets: The Social Services Act allows GPS tracking of citizens with dementia who risk getting lost, if they cannot consent and less restrictive measures have been tried. Decisions are made by the municipality and registered as 'magtanvendelse'. Relatives must be informed.
"""),
C("[da] [hard-neg] statistics: special-education share and pupils with diagnoses, aggregated", """
Skriv en kort opsummering: I skoleåret 2025/26 modtog 6,1 % af eleverne i Norddjurs specialundervisning. 41 % af dem har en diagnose inden for autismespektret, 23 % ADHD og 12 % angst. Andelen er steget med 0,8 procentpoint siden 2022.
"""),
C("[en] [hard-neg] statistics: life expectancy and smoking in the municipality vs. region", """
Turn these numbers into a short paragraph for the health policy: life expectancy in Norddjurs is 79.6 years (region: 81.2); 19 % smoke daily (region: 14 %); 21 % are obese. Type 2 diabetes prevalence is 6.3 %.
"""),
C("[da] [hard-neg] budget-health: psychiatry and addiction budget", """
Forklar forskellen i budgettet: Socialpsykiatri 2026: 62,4 mio. kr. (2025: 58,9 mio. kr.). Misbrugsbehandling: 9,4 mio. kr. Stigningen skyldes flere borgere med dobbeltdiagnoser og øgede udgifter til botilbud uden for kommunen.
"""),
C("[en] [hard-neg] job-ad: occupational therapist for rehabilitation after stroke", """
Write an English job ad: We are looking for an occupational therapist for our rehabilitation team. You will work with citizens after stroke, hip fracture and brain injury, assess aids, and train daily activities at home. 37 hours, car required.
"""),
C("[da] [hard-neg] sport: fodboldklubbens skadesliste og 'brækket ben' i overført betydning", """
Skriv en kort klubnyhed: Seniorholdet tabte 0-3 og mistede to spillere med lyskeskader. Træneren sagde efter kampen, at holdet 'spillede som om vi havde brækket begge ben', men at formen nok skal komme. Næste kamp er lørdag kl. 14.
"""),
C("[en] [hard-neg] sport: marathon runner's 'cramp' and 'hitting the wall' in a press text", """
Write a press release in English for the Grenaa Beach Run: 1,200 runners, warm weather, medics treated a number of runners for cramp and dehydration, none were hospitalised. Many runners hit the wall at 30 km. Thanks to the Red Cross volunteers.
"""),
C("[da] [hard-neg] compound: lægehus, sygehusvej, hjertestarter as places and objects", """
Lav en liste over hjertestartere i Grenaa til hjemmesiden: ved lægehuset på Sygehusvej, i Grenaa Idrætscenter, ved Rådhuset på Torvet og ved havnen. Husk at tjekke at de er registreret på hjertestarter.dk.
"""),
C("[en] [hard-neg] compound: 'Cancer Society shop', 'heart-healthy', 'lung-friendly' in event text", """
Make a poster text in English: Health Day on Saturday on the town square – heart-healthy cooking, free blood pressure measurement, lung-friendly walking route and the Cancer Society's second-hand shop is open with cake and coffee.
"""),
C("[da] [hard-neg] functional-signature: mail from the aids depot with switchboard and functional mailbox", """
Svar på denne mail: "Hej. Vi har afhentet 14 kørestole og 6 plejesenge, der skal rengøres og repareres inden genudlån. Der mangler 2 personløftere i depotet. Med venlig hilsen Hjælpemiddeldepotet, Norddjurs Kommune, tlf. 89 59 10 00, hjaelpemidler@norddjurs.dk"
"""),
C("[en] [hard-neg] placeholder: English consent form template with empty fields", """
Improve this English consent form template: "I, ____________ (name), born ___/___/_____, give consent that the municipality may obtain information about my health from my GP and the hospital for use in my case about ____________. Signature: ____________ Date: ________"
"""),
C("[da] [hard-neg] form-template: empty application form with field names", """
Lav denne ansøgningsblanket mere brugervenlig:
Navn:
Adresse:
CPR-nr.:
Telefon:
E-mail:
Hvilken hjælp søger du?
Beskriv dine helbredsmæssige forhold:
Har du en egen læge? Ja/Nej
"""),
C("[en] [hard-neg] letter-template: 'Dear citizen' letter about general vaccination offer", """
Make this letter friendlier in English: "Dear citizen, as you are 65 or older, you are offered free vaccination against influenza and COVID-19 this autumn. Vaccination takes place at the health centre in Grenaa on Tuesdays and Thursdays. No appointment needed."
"""),
C("[da] [hard-neg] minutes: long minutes of the elderly council on home care quality, roles only (long)", """
Kan du lave en kort version (maks 8 linjer) af dette referat til hjemmesiden?

Referat af Ældrerådets møde, 11. marts 2026, Rådhuset, mødelokale 2.
Til stede: rådets 9 medlemmer, chefen for Sundhed og Omsorg, lederen af visitationen og en sekretær fra administrationen.
1. Godkendelse af dagsorden: godkendt.
2. Kvalitet i hjemmeplejen: Chefen for Sundhed og Omsorg orienterede om den nye kvalitetsundersøgelse. 86 % af borgerne med hjemmepleje er tilfredse eller meget tilfredse. Der er dog stadig klager over skiftende medarbejdere og over at besøgene ikke altid ligger på samme tidspunkt. Rådet pegede på, at borgere med demens har særligt brug for faste medarbejdere, og at pårørende til borgere med KOL og hjertesvigt ofte føler sig utrygge ved aftenbesøg. Lederen af visitationen fortalte, at antallet af borgere med hjemmesygepleje er steget med 9 % på et år, især pga. tidligere udskrivelser fra sygehusene.
3. Madservice: Rådet har modtaget henvendelser om små portioner. Administrationen undersøger sagen med leverandøren og vender tilbage.
4. Faldforebyggelse: Rådet bakker op om projektet med træning i eget hjem og ønsker, at det udbredes til Anholt.
5. Eventuelt: Næste møde holdes i Auning.
"""),
C("[da/en] [hard-neg] translate: long Danish medicine guideline to be translated into English for foreign care workers (long)", """
Please translate this section of our medicine guideline into simple English for new care workers from abroad:

"Medicin må kun gives af medarbejdere, der har fået delegeret opgaven og har gennemført kurset i medicinhåndtering. Før du giver medicin, skal du altid kontrollere de fire R'er: rigtig borger, rigtigt præparat, rigtig dosis og rigtigt tidspunkt. Hvis en dosisrulle mangler, er beskadiget eller ikke svarer til medicinlisten, må medicinen ikke gives, og du skal kontakte sygeplejersken. PN-medicin (efter behov) må kun gives ud fra den instruks, der står i medicinmodulet, og det skal dokumenteres med tidspunkt og årsag. Ved fejl skal der altid laves en indberetning af en utilsigtet hændelse samme dag. Opbevar medicin aflåst, og tag aldrig medicin med hjem. Morfinpræparater, fx morfin og oxycodon, skal tælles og kvitteres i regnskabsbogen ved hver udlevering."
"""),
C("[da] [hard-neg] institution-address: psychiatric emergency and crisis lines in a leaflet", """
Lav en boks til pjecen "Hvis du har det svært": Livslinien, telefonrådgivning for mennesker med selvmordstanker. Psykiatrisk akutmodtagelse for Region Midtjylland ligger i Aarhus Universitetshospital Psykiatrien, Palle Juul-Jensens Boulevard 175, 8200 Aarhus N. Ved akut fare ring 112.
"""),
C("[da] [hard-neg] public-figure: the prime minister's assault and whiplash as a security discussion", """
Skriv et oplæg til sikkerhedsudvalget om tryghed for politikere efter overfaldet på statsministeren på Kultorvet i 2024, hvor hun fik et lettere piskesmæld. Hvordan sikrer vi byrådsmedlemmer ved borgermøder?
"""),
C("[en] [hard-neg] public-figure: Tove Ditlevsen's addiction in a book-club note", """
Write a short English note for the library's reading circle on Tove Ditlevsen's 'The Copenhagen Trilogy', where she describes her addiction to Demerol and her stays in psychiatric care. Suggest three discussion questions.
"""),
C("[da] [hard-neg] historical: Tycho Brahe's bladder and Karen Blixen's syphilis in a tour guide text", """
Skriv to korte anekdoter til byvandringen: Tycho Brahe, der ifølge legenden døde af en sprængt blære, fordi han ikke ville forlade et middagsselskab, og Karen Blixen, der fik syfilis af sin mand og levede med følgerne hele livet.
"""),
C("[en] [hard-neg] false-friend: English 'smoking', 'rock', 'bag', 'mist' vs Danish meanings", """
Translate into Danish and note the false friends: "He wore a smoking to the Christmas party, his rock was too short, he forgot his bag in the bus, and the mist over the harbour was thick."
"""),
C("[da] [hard-neg] false-friend: Danish 'gift', 'fart', 'slut', 'prik' in a text for English speakers", """
Forklar for vores engelsktalende kolleger hvad disse danske sætninger betyder: "Hun er gift med en læge. Sæt farten ned ved plejecentret. Mødet er slut kl. 15. Sæt en prik i feltet, hvis du har fået influenzavaccinen."
"""),
C("[en] [hard-neg] homograph: 'stroke' of luck, 'cast' of the play, 'rash' decision, 'cold' case", """
Check grammar: "By a stroke of luck the whole cast of the senior theatre came to the premiere. It was a rash decision to move the date, and the case went cold after the director left."
"""),
C("[da] [hard-neg] number-trap: case numbers and times in a Teams message, phone-like numbers", """
Omskriv denne besked: "Sagerne 27.12.04-G01-3-26 og 27.12.04-G01-8-26 skal lukkes inden fredag. Møde kl. 10.15-11.45 i lokale 2.104. Ref. nr. 2026 0412 7781. Kontakt fællespostkassen post@norddjurs.dk ved spørgsmål."
"""),
C("[en] [hard-neg] number-trap: municipality's own bank account and payment reference in an invoice text", """
Draft the payment text in English for invoices to foreign citizens for meal service: Please pay to Norddjurs Municipality, IBAN DK91 2216 0009 8765 43, BIC NDEADKKK, and state the invoice number (e.g. 2026-558103) as reference. Payment within 30 days.
"""),
C("[da] [hard-neg] procurement: tender Q&A on incontinence products, no person", """
Lav svar til spørgsmål-og-svar-listen: Spørgsmål 7: Skal tilbudsgiver levere inkontinensprodukter direkte til borgerens hjem? Svar: Ja, med levering hver 3. måned. Spørgsmål 8: Skal der tilbydes prøver? Svar: Ja, gratis prøver af bleer og bind til nye brugere.
"""),
C("[en] [hard-neg] weather: cold snap advice for homeless and elderly, general", """
Write a short English news item: temperatures will drop to minus 12 degrees this weekend. The municipality opens an extra emergency shelter in Grenaa, and home care will check that elderly citizens have heating. Frostbite and hypothermia are real risks.
"""),
C("[da] [hard-neg] project-health: 'sundhedstjek' of buildings and 'syge bygninger' (sick building syndrome)", """
Skriv et notat: Teknisk afdeling har lavet sundhedstjek af 12 skolebygninger. Tre bygninger har tegn på 'syg bygning'-syndrom med skimmel og dårligt indeklima. Medarbejdere har klaget over hovedpine og træthed i de lokaler. Udbedring koster ca. 4,2 mio. kr.
"""),
C("[en] [hard-neg] anonymous-case: 'a resident' in a quality report, no details that identify", """
Rewrite more concisely: In one case this year, a resident in one of our care homes developed a grade 4 pressure ulcer because repositioning was not documented. The case has been reviewed, staff have been trained, and a new turning schedule has been introduced in all units.
"""),
C("[da] [hard-neg] job-ad: speech therapist for children with language delay", """
Lav en stillingsannonce til en talepædagog i PPR: du skal arbejde med børn med forsinket sprogudvikling, stammen og udtalevanskeligheder, samt voksne med afasi efter hjerneskade. 30 timer, bil nødvendig.
"""),
C("[en] [clean] ordinary request: bus timetable text", """
Write a short English note for the tourist office: bus 212 runs between Grenaa and Randers every hour on weekdays. The ferry to Anholt leaves from Grenaa harbour.
"""),
C("[da] [clean] ordinary request: invitation to Christmas lunch", """
Skriv en invitation til afdelingens julefrokost fredag den 12. december kl. 12 i kantinen. Medbring en gave til ca. 50 kr. Husk at melde afbud til sekretariatet.
"""),
C("[en] [clean] ordinary request: summary of a library opening-hours change", """
Summarise for the newsletter in English: from 1 May the library in Auning is open 7-22 with self-service, staffed Tuesdays and Thursdays 13-17.
"""),
C("[da] [clean] ordinary request: translate a beach-flag notice", """
Oversæt til tysk og engelsk: Blåt Flag er hejst på stranden i Grenaa. Hunde skal holdes i snor fra 1. april til 30. september.
"""),
C("[da/en] [hard-neg] sms-style: mixed lowercase message about 'sick' playlist and 'dead' battery", """
kan du gøre den her besked pænere til fredagsbaren? "den playliste er sick 🔥 men højttaleren er død, batteriet har fået et hjertestop, så vi skal bruge en ny lader. ps hvem har mine headphones"
"""),
C("[da/en] [hard-neg] translate: Danish job ad line with health words, English instruction", """
Can you translate this line into English? "Du har erfaring med borgere med erhvervet hjerneskade, epilepsi og spasticitet, og du er tryg ved at arbejde med forflytning og kommunikation uden ord."
"""),
C("[en] [hard-neg] medicine-news: GLP-1 shortage notice naming Ozempic/Wegovy, no person", """
Write a short notice in English for the home nursing staff: because of a national shortage of Ozempic and Wegovy, some doses may be switched to another GLP-1 product once the GP has approved it. Do not change any medicine list before the new prescription is in the system, and report missing pens to the nurse on duty.
"""),
C("[da] [hard-neg] first-name-word: short – Per, Sol, Lærke as words/place names", """
Ret kommaer: Per 1. maj lukker caféen Sol og Strand ved Lærkevej for sæsonen.
"""),
C("[en] [hard-neg] own-health: short – writer's cold, out-of-office", """
I've got a cold and a sore throat – write a two-line out-of-office for today.
"""),
C("[en] [hard-neg] number-trap: short – CPR format question with placeholder", """
What is the format of a Danish CPR number, e.g. 010101-xxxx? Is the last digit even for women?
"""),
C("[da] [hard-neg] metaphor: short – budget 'in a coma'", """
Find et bedre udtryk end "budgettet ligger i koma" til min præsentation for byrådet.
"""),
C("[en] [hard-neg] historical: short – Kierkegaard's death", """
In two lines: what illness did Søren Kierkegaard die of, and where?
"""),
]
