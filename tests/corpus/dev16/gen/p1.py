"""dev16 personal batch 1: d16-0001 .. d16-0060 (professional documentation and dense notes)."""
from lib import personal as P

RECS = [
P("[da] hjemmepleje: morning visit note in shorthand (KOL, DM2, ilt, BS, insulin, prednisolon), rewrite for Nexus", """
Kan du omskrive min note til ordentligt fagsprog til Nexus? Besøg kl. 7.20 hos [[n:Inger Marie Holst]], [[c:140338-0373]]. Kendt m. [[h:KOL]] og [[h:DM2]]. I dag mere [[h:åndenød]] end vanligt, opstartet [[h:2 l ilt]], [[h:SAT 91 %]]. [[h:BS 14,2]] før morgenmad, givet [[h:NovoMix 30, 16 IE]]. [[h:Hævede ankler]] bilat. Obs. [[h:exacerbation]]? Ringet til egen læge, som ordinerer [[h:Prednisolon 37,5 mg]] x 1 i 5 dage. Pt. tør ikke selv gå i bad, [[h:hjælp til personlig hygiejne]] øges midlertidigt.
"""),
P("[da/en] sygepleje: medication list pasted from FMK, asks in English to spot interactions", """
Can you check this list for obvious interactions? Pasted from FMK for [[n:Svend Åge Kjær]], cpr [[c:0211421568]]:
- [[h:Marevan 2,5 mg]] efter INR-skema
- [[h:Furix 40 mg]] 1 tbl. x 1
- [[h:Hjertemagnyl 75 mg]] 1 x 1
- [[h:Metformin 500 mg]] 1 tbl. x 2
- [[h:Ibuprofen 400 mg]] PN max x 3
- [[h:Zopiclon 7,5 mg]] PN til natten
Han har [[h:atrieflimren]] og [[h:hjertesvigt]] og klager over [[h:blå mærker på underarmene]].
"""),
P("[da] plejecenter: handover note with fall, hip pain, dementia; SBAR", """
Lav en SBAR ud fra aftenvagtens notat: [[n:Gudrun Lauritsen]], bolig 14 på Plejecenter Solbakken. [[h:Fundet på gulvet]] ved sengen kl. 21.40, [[h:smerter i venstre hofte]], [[h:benet udadroteret og forkortet]]. Kendt [[h:Alzheimers demens]], MMSE 14. Vanlig medicin bl.a. [[h:Donepezil 10 mg]] og [[h:Eliquis 5 mg]]. Givet [[h:Panodil 1 g]]. Vagtlæge kontaktet, pt. indlægges akut på Randers mhp. [[h:røntgen af hoften]]. Datter [[n:Birgitte Lauritsen]] orienteret på tlf. [[p:22 47 91 06]].
"""),
P("[en] English-speaking daughter's e-mail about father's stroke, reply in plain English", """
Help me answer this e-mail politely and explain what rehabilitation the municipality offers:
"Hello, I'm [[n:Rachel Thornton]], my father [[n:Poul Erik Møller]] lives at [[a:Vestergade 22, 8950 Ørsted]]. He had [[h:a stroke]] in March and now has [[h:weakness in his right arm]] and [[h:slurred speech]]. He's been discharged from Hammel with [[h:a rehabilitation plan]] but nobody has called about [[h:speech therapy]]. He also [[h:can't get in and out of the bathtub]] any more. Please contact me on [[p:+44 7700 900 418]] or [[e:rachel.thornton@btinternet.com]]."
"""),
P("[da] misbrugscenter: journal entry substitution treatment, urine test, dose change", """
Ret sproget i dette journalnotat, men ændr ikke indholdet: Samtale m. [[n:Dennis Brandt Sørensen]] ([[c:031073-3032]]). Pt. i [[h:substitutionsbehandling]] med [[h:Metadon 85 mg]] dgl., udleveres 2 x ugentligt. [[h:Urinprøve positiv for benzodiazepiner]] og [[h:kokain]]. Pt. fortæller om [[h:sidebrug af Rivotril]] købt på gaden pga. [[h:søvnløshed]]. Aftalt [[h:nedtrapning af metadon]] udskydes. Henvist til [[h:psykiatrisk udredning]] for [[h:angst]]. Næste samtale 14/3.
"""),
P("[da/en] jobcenter: sygedagpenge follow-up summary, instruction in English", """
Summarise this opfølgningssamtale in five bullet points in Danish: [[n:Tanja Vestergaard]], cpr [[c:160488 2806]], sygemeldt fra job som kassemedarbejder siden 2/1 med [[h:diskusprolaps i lænden]]. Hun har [[h:udstrålende smerter til venstre ben]], går til [[h:fysioterapi 2 x ugentligt]] og venter på [[h:MR-scanning]]. Tager [[h:Tramadol 50 mg]] og [[h:Gabapentin]], som gør hende [[h:svimmel]]. Forventer [[h:delvis raskmelding]] om 6 uger. Lægeattest LÆ 285 bestilt.
"""),
P("[da] PPR: school psychologist note, ADHD assessment, medication, parents' contact", """
Kan du gøre dette PPR-notat kortere til skolens lærermøde? [[n:Lucas Friis Dam]], 3.b, cpr [[c:030515-5437]]. Henvist pga. [[h:koncentrationsbesvær]] og [[h:udadreagerende adfærd]]. Børnepsykiatrien har stillet diagnosen [[h:ADHD]] i januar, og han er startet på [[h:Medikinet 10 mg]] morgen. Mor oplyser [[h:dårlig søvn]] og [[h:nedsat appetit]] efter opstart. Kontakt: mor [[n:Camilla Friis]], [[p:40 18 62 93]], [[e:camillafriis83@hotmail.com]].
"""),
P("[en] translate Danish home care note into English for British son", """
Please translate into English for her son in Leeds: "[[n:Ruth Andersen]] har haft [[h:urinvejsinfektion]] og er i behandling med [[h:Selexid 1 tbl. x 3]] i 5 dage. Hun har været [[h:forvirret]] og [[h:faldet to gange]] i denne uge. Hjemmeplejen kommer nu [[h:4 gange i døgnet]], og vi har bestilt [[h:nødkald]]. Hun får også [[h:hjemmesygepleje til sårpleje]] af et [[h:bensår på højre underben]]." Her son is [[n:Michael Andersen]], [[e:m.andersen.leeds@gmail.com]].
"""),
P("[da] genoptræning: status note after knee replacement, for the GP", """
Skriv et kort statusnotat til egen læge: [[n:Jørgen Thygesen]], [[a:Skolevej 7, 8963 Auning]], fik [[h:ny knæ-alloplastik højre]] 12/2. Genoptræning efter [[h:GOP]] 2 x ugentligt på Sundhedscentret. [[h:Flexion 95 grader]], [[h:ekstension -5]]. Går med [[h:to albuestokke]] udendørs, [[h:rollator]] indendørs. Fortsat [[h:hævelse]] og [[h:natlige smerter]], tager [[h:Oxycodon 5 mg]] PN. Mål: gå til Brugsen uden stokke.
"""),
P("[da] sundhedspleje: health visitor note, newborn weight, mother's depression screening", """
Hjælp mig med at formulere journalnotatet pænere: Besøg hos [[n:Sara Kirkegaard]] og barnet [[n:Alma Kirkegaard]] ([[c:2001196734]]), 3 uger. Vægt 3.410 g, [[h:ikke tilbage på fødselsvægt]]. Mor [[h:ammer med brystskjold]] pga. [[h:sår på brystvorterne]]. [[h:EPDS-score 14]], mor fortæller at hun [[h:græder meget]] og [[h:ikke kan sove]] selvom barnet sover. Obs. [[h:fødselsdepression]], aftalt kontakt til egen læge. Nyt besøg om en uge.
"""),
P("[en] Norwegian care worker writes English note on resident with Parkinson's, fix grammar", """
Can you correct my English? I am new and write notes in English first: "Resident [[n:Henning Bro]], room 7. He have [[h:Parkinson's disease]] and today [[h:the shaking was very bad]] before his [[h:Madopar]] at 10. He [[h:choked on his coffee]] two times, I think he need [[h:thickened drinks]]. He also said he [[h:sees small animals on the wall]] at night. I told nurse [[n:Pia Damgaard]]."
"""),
P("[da] bosted: shift report psychiatric housing, PN medication, hallucinations", """
Kan du lave en overlevering til nattevagten ud fra mine stikord? Beboer [[n:Kasper Holm Nielsen]], lejl. 3. [[h:Paranoid skizofreni]]. I dag [[h:urolig]], [[h:hører stemmer]] der siger han skal gå. Givet [[h:Olanzapin 5 mg PN]] kl. 16 med god effekt. Har [[h:ikke taget sin Abilify]] i 2 dage, spyttet den ud. Obs. [[h:selvmordstanker]], han har ikke udtrykt noget i dag. Psykiatrisk akutmodtagelse kontaktet for råd.
"""),
P("[da] HR: notes from § 56 meeting with colleague, Crohn's", """
Skriv et referat af mødet i dag: Deltagere: leder [[n:Mette Bundgaard]] og medarbejder [[n:Anders Lykke Pedersen]], SSA i hjemmeplejen Nord. Han har [[h:Crohns sygdom]] og har haft [[h:14 sygedage]] i år pga. [[h:opblussen]]. Han får [[h:biologisk behandling]] på Aarhus Universitetshospital hver 8. uge. Vi aftaler at søge [[h:§ 56-aftale]], og at han kan gå fra ved [[h:akut behov for toilet]] uden at melde sig ud. Opfølgning om 3 måneder.
"""),
P("[en] relative in Germany asks about mother's nursing home medication, answer draft", """
Draft a reply in English to this message: "Dear Sir/Madam, my name is [[n:Claudia Weber]] and my mother [[n:Hanne Weber]] ([[c:24.06.62-1254]]) lives in apartment 2 at your Plejecenter. Last visit she was very drowsy. Has she got new medicine? She used to take only [[h:Sertralin 50 mg]]. Staff mentioned [[h:Quetiapin]]. She has [[h:early-onset dementia]] and I worry about [[h:sedation]]. Phone [[p:+49 171 5528 903]]."
"""),
P("[da] visitation: FSIII-vurdering pasted, need summary", """
Lav et resumé af denne FSIII-vurdering til afgørelsesbrevet: Borger [[n:Ejnar Villadsen]], [[c:270635-0163]], [[a:Kirkegade 9, 8586 Ørum Djurs]].
Personlig hygiejne: funktionsniveau 3 – [[h:kan ikke selv vaske ryg og fødder]].
Gå: funktionsniveau 3 – [[h:bruger rollator]], [[h:faldtendens]].
Mobilitet: [[h:hemiparese venstre side]] efter [[h:hjerneinfarkt]] 2021.
Ernæring: [[h:uplanlagt vægttab]] 6 kg på 3 mdr.
Hukommelse: [[h:let kognitiv svækkelse]].
Ansøgt: [[h:madservice]] og [[h:bad 1 x ugentligt]].
"""),
P("[da/en] sick leave: employee's English e-mail to manager about burnout, Danish reply requested", """
Skriv et svar på dansk til denne mail fra en medarbejder: "Hi [[n:Lotte Skovgaard]], my doctor has put me on sick leave for 4 weeks with [[h:work-related stress]]. I have [[h:panic attacks]] in the car on the way to work and [[h:can't sleep more than 3 hours]]. I've started on [[h:Cipralex 10 mg]] and will see a psychologist. Please don't tell the team the reason. Best, [[n:Jonas Ibsen]] ([[p:31 56 80 24]])."
"""),
P("[da] sygepleje: wound care note, pressure ulcer photo description", """
Omskriv til sårjournal: [[n:Kirsten Lund Bech]], [[c:050529-3282]], [[a:Havnevej 31, 8585 Glesborg]]. [[h:Tryksår kategori 3 på os sacrum]], 4 x 3 cm, fibrinbelægning 50 %, sparsomt sekret, [[h:lugt]]. Skiftes med [[h:Aquacel Ag + Mepilex Border]] hver 3. dag. [[h:Vekseltryksmadras]] bestilt. Pt. [[h:sengeliggende]] og [[h:inkontinent for urin]], bruger [[h:ble]]. Ernæringsscreening: risiko. Tilbudt [[h:proteindrik]] x 2.
"""),
P("[en] translate discharge letter summary for Polish husband", """
Make a simple English version of this for her husband, who reads English better than Danish: "[[n:Agnieszka Nowak]], [[c:250995-1422]], udskrevet fra gynækologisk afdeling efter [[h:spontan abort i uge 11]]. [[h:Udskrabning]] foretaget. Hun skal [[h:ikke løfte tungt]] i 14 dage og kontakte lægen ved [[h:feber]] eller [[h:kraftig blødning]]. Tilbud om samtale med psykolog." The husband is [[n:Tomasz Nowak]], [[p:+45 52 71 39 08]].
"""),
P("[da] jobcenter: arbejdsprøvning report with functional limitations", """
Hjælp mig med afsnittet om skånehensyn i rapporten: [[n:Mikkel Kjærgaard Rasmussen]], cpr [[c:2901792413]], i arbejdsprøvning hos Grenaa Genbrug. Han har [[h:PTSD]] efter udsendelse og [[h:kronisk tinnitus]]. Kan arbejde 12 timer om ugen, [[h:bliver udtrættet]] efter 2 timer, [[h:kan ikke tåle høje lyde]], må ikke stå alene i kassen pga. [[h:koncentrationsbesvær]]. Går hos psykiater, [[h:Sertralin 100 mg]] og [[h:Prazosin]] mod [[h:mareridt]].
"""),
P("[da] hjemmepleje: medicine change note after GP call, dosisdispensering", """
Skriv en kort besked til hele gruppen i Nexus: Medicinændring hos [[n:Aase Vinther]], [[a:Bredstrupsgade 5, 1. th, 8500 Grenaa]]. [[h:Amlodipin 5 mg]] seponeres pga. [[h:hævede ben]]. I stedet [[h:Losartan 50 mg]] 1 x dgl. fra i morgen. [[h:BT 168/94]] ved dagens måling. Dosisrulle ændres først fra uge 12, så indtil da tages Losartan fra separat pakning. Egen læge: Lægerne i Trustrup.
"""),
P("[en] English teacher at international class writes to PPR about pupil with selective mutism", """
Can you shorten this referral text? "Pupil [[n:Yusuf Al-Rahman]], born 14.09.2012, cpr [[c:140912-4210]], in our reception class. He has [[h:not spoken a single word]] at school since August, but his mother says he talks at home. We suspect [[h:selective mutism]]. He also [[h:wets himself]] during breaks and [[h:refuses to eat]] in front of others. Mother [[n:Leila Al-Rahman]] agrees to the referral, phone [[p:50 29 17 44]]."
"""),
P("[da] plejecenter: dødsfaldsnotat / terminal care, morphine pump", """
Hjælp mig med at skrive et roligt notat til de pårørende om forløbet: [[n:Ellen Margrethe Skou]], stue 22, var [[h:terminal]] med [[h:kræft i bugspytkirtlen]]. Hun fik [[h:morfin 5 mg s.c.]] PN og fra tirsdag [[h:smertepumpe]]. [[h:Dødsrallen]] blev behandlet med [[h:Robinul]]. Hun døde stille fredag kl. 03.15 med datteren [[n:Hanne Skou Iversen]] ved sin side.
"""),
P("[da] sygedagpenge: notat fra telefonopfølgning med selvstændig, CVR", """
Skriv notatet færdigt: Telefonisk opfølgning m. [[n:Brian Overgaard]], selvstændig tømrer, CVR [[v:79314153]], [[c:221158-2157]]. [[h:Brækket venstre håndled]] ved fald fra stillads 3/2, [[h:opereret med plade]]. [[h:Gips til 17/3]], herefter [[h:genoptræning på hospitalet]]. Kan ikke udføre noget arbejde, firmaet har ingen ansatte. Sygedagpenge fra 1. fraværsdag som selvstændig med forsikring. Tlf. [[p:21 64 30 87]].
"""),
P("[da/en] bosted: translate incident report to English for external supervisor", """
Translate this incident report into English: "Hændelse 12/4 kl. 19. Beboer [[n:Nicolai Westh]] ([[c:1903034633]]) [[h:slog hovedet ind i døren]] flere gange efter konflikt om tv. Han har [[h:infantil autisme]] og [[h:epilepsi]]. [[h:Krampeanfald]] ca. 2 min kl. 19.20, givet [[h:Buccolam 10 mg]] i mundhulen. [[h:Bule i panden]]. Mor [[n:Susanne Westh]] ringet op."
"""),
P("[en] British husband's phone note typed by Borgerservice, wheelchair application", """
I took this call in English, please write it as a proper note in Danish for Hjælpemidler: Caller [[n:Graham Pike]], [[a:Kystvejen 44, 8500 Grenaa]], [[p:26 93 14 70]]. His wife [[n:Lis Pike]] has [[h:multiple sclerosis]], [[h:can no longer walk more than 20 metres]] and [[h:keeps falling]]. They'd like to apply for [[h:an electric wheelchair]] and [[h:a ramp at the front door]]. She also needs [[h:help with catheter changes]], which the district nurse does now.
"""),
P("[da] sundhedspleje: skolesundhed, BMI and overweight conversation note", """
Kan du skrive et forældrebrev ud fra notatet? Indskolingsundersøgelse [[n:Freja Mølgaard]], 0.a, [[c:2603177528]]. Højde 121 cm, vægt 32 kg, [[h:BMI over 97. percentil]]. [[h:Nedsat syn på venstre øje]] (0,5), henvises til øjenlæge. Mor fortæller at datteren [[h:snorker]] og [[h:tisser i sengen]] 3-4 nætter om ugen. Forældre: [[n:Martin Mølgaard]] og [[n:Ida Mølgaard]], [[a:Lystrupvej 18, 8586 Ørum Djurs]].
"""),
P("[en] staff handover in English at plejecenter with foreign temp nurse", """
Turn this into a clear handover list: "[[n:Bodil Kragh]] room 3 – [[h:diabetic]], [[h:Lantus 20 units]] at 21, check BS. [[n:Erik Vad]] room 5 – [[h:new catheter]] today, watch for [[h:blood in urine]]. [[n:Tove Bjerre]] room 9 – [[h:aspiration pneumonia]], [[h:antibiotics IV]] finished, now [[h:Penicillin tablets]], [[h:nil by mouth]] after 22. [[n:Arne Fisker]] room 11 – [[h:agitated at night]], can have [[h:Risperidon 0.5 mg]] PN."
"""),
P("[da] misbrug: Antabus udlevering and relapse, note for team meeting", """
Lav en kort sag til teammødet: [[n:Carsten Hald]], [[c:110761-1440]], [[a:Stationsvej 3, 8581 Nimtofte]]. Har [[h:alkoholafhængighed]] og fik [[h:Antabus 800 mg]] 2 x ugentligt under opsyn. Udeblev mandag og torsdag. Naboen ringede fordi han [[h:var faldet på trappen og blødte fra hovedet]]. Akutteamet fandt ham [[h:beruset]] med [[h:abstinenssymptomer]] næste morgen. Overvej [[h:afrusning]] på Risskov.
"""),
P("[da] hjælpemidler: afgørelse draft with diagnosis and devices", """
Skriv udkast til bevilling: Ansøger [[n:Grethe Kjeldsen]], [[c:181244-0418]]. Diagnose: [[h:sværgradig artrose i begge hofter]] og [[h:osteoporose]] med [[h:sammenfald af 2 ryghvirvler]]. Der bevilges [[h:toiletforhøjer med armlæn]], [[h:badebænk]] og [[h:gribetang]]. Ansøgning om [[h:trappelift]] afvises, da borgeren kan bo i stueetagen. Ergoterapeut [[n:Signe Holt]], direkte tlf. [[p:89 59 42 17]].
"""),
P("[en] Ukrainian mother e-mail in English about son's asthma at school", """
Reply kindly in simple English and tell her the school nurse will contact her: "Hello, I am [[n:Olena Kovalenko]], mother of [[n:Maksym Kovalenko]] in 5.a. My son has [[h:asthma]] and must use [[h:Ventoline inhaler]] before sport. Last week he [[h:could not breathe]] in PE and the teacher did not let him take it. He also has [[h:allergy to peanuts]]. My phone is [[p:+380 67 412 5590]], e-mail [[e:olena.kovalenko88@ukr.net]]."
"""),
P("[da] genoptræning: neurologisk rehab plan, aphasia", """
Sæt dette op som genoptræningsplan med mål: [[n:Hans Christian Mejlby]], [[c:210256-2006]]. [[h:Venstresidig hjerneblødning]] januar. [[h:Højresidig lammelse]], [[h:afasi]], [[h:synsfeltsudfald]] mod højre. Modtager [[h:specialiseret genoptræning]] 3 x ugentligt + [[h:taleundervisning]] hos Kommunikationscentret. Bruger [[h:kørestol]] udendørs, [[h:prædikestol]] indendørs. Hustru [[n:Lene Mejlby]] ønsker [[h:aflastning]].
"""),
P("[da] HR: colleague pregnancy and work environment note", """
Omskriv til en mail til arbejdsmiljørepræsentanten: Vores medarbejder [[n:Julie Thorsen]] fra Bostedet Lunden er [[h:gravid i uge 18]] og har [[h:bækkenløsning]]. Hun må ikke længere deltage i [[h:forflytninger]] af beboere og skal ikke have nattevagter pga. [[h:svangerskabsdiabetes]], hvor hun skal spise hver 3. time. Hun har bedt om at andre ikke får at vide, at det er [[h:fertilitetsbehandling]].
"""),
P("[en] English-speaking staff nurse writes night log, asks for Danish translation", """
Translate my night log into Danish for the day team: "[[n:Villy Haagensen]] (cpr [[c:0901512604]]): [[h:temperature 38.9]], [[h:productive cough]], [[h:crackles on the right side]]. GP on call suspects [[h:pneumonia]], started [[h:Amoxicillin 750 mg x 3]]. Offered fluids, he [[h:drank only 300 ml]]. [[h:Skin tear on left forearm]] dressed with Mepitel. Wife [[n:Anna Haagensen]] informed by phone."
"""),
P("[da] børn og familie: underretning with health info, parents' addiction", """
Hjælp mig med at strukturere denne underretning: Skolen underretter om [[n:Oliver Kragelund]], [[c:081110-4815]], [[a:Ringvej 41, 8500 Grenaa]]. Drengen kommer ofte uden madpakke, har [[h:ubehandlede huller i tænderne]] og [[h:lus]] igen. Han fortæller at far [[n:Rene Kragelund]] [[h:drikker]] og [[h:ryger hash]] i stuen. Mor [[n:Nadia Kragelund]] har [[h:depression]] og ligger meget i sengen.
"""),
P("[da] hjemmesygepleje: dosing of insulin and blood sugar table pasted", """
Lav en tabel med gennemsnit: Blodsukker for [[n:Arne Winther Poulsen]], [[c:300847-1516]], [[h:DM1]], [[h:Humalog]] efter skema og [[h:Levemir 22 IE]] kl. 22:
man 8,4 / 12,1 / 15,3
tir 7,9 / [[h:3,1 (føling)]] / 11,0
ons 9,2 / 13,4 / 14,8
Han har [[h:neuropati i fødderne]] og [[h:nedsat syn]], så sygeplejen trækker op.
"""),
P("[en] relative in USA asks about mother's hearing aid and cataract surgery", """
Write a reply to [[n:Karen Bay Holloway]] ([[e:kbholloway@comcast.net]], [[p:+1 312 555 0147]]) about her mother [[n:Ingrid Bay]], [[a:Søndergade 16, 8950 Ørsted]]. She writes: "Mom's [[h:hearing aids]] are broken again and she's [[h:waiting for cataract surgery]] on her left eye. She [[h:can't read her pill dispenser]]. Can the home nurses help with her [[h:eye drops]] after the operation?"
"""),
P("[da] PPR: talehørelære note, stuttering and hearing", """
Skriv et kort notat til dagtilbuddet: [[n:Emil Hougaard]], 4 år, Børnehuset Mælkebøtten. [[h:Stammer]] især når han er ivrig, og har [[h:nedsat hørelse på højre øre]] efter [[h:mange mellemørebetændelser]]. Fik [[h:dræn]] i marts. Forældrene [[n:Simon Hougaard]] og [[n:Katrine Hougaard]] ønsker sprogvurdering. Kontakt mor på [[e:katrine.hougaard@outlook.dk]].
"""),
P("[da] jobcenter: ressourceforløb team meeting preparation with psychiatric history", """
Forbered sagsfremstillingen til rehabiliteringsteamet: [[n:Sofie Lindberg]], [[c:071299-3006]]. 25 år. [[h:Emotionelt ustabil personlighedsforstyrrelse]], [[h:tidligere selvskade]], to [[h:indlæggelser på psykiatrisk afdeling]] i Risskov 2022. I [[h:DAT-behandling]] siden efteråret. [[h:Spiseforstyrrelse]] i teenageårene. Ønsker uddannelse som frisør. Anbefaling: [[h:ressourceforløb]] i 2 år.
"""),
P("[en] translate physiotherapist's Danish note for English-speaking client", """
Please translate into plain English for the client: "[[n:Peter Lindqvist]], [[c:1705753233]]. [[h:Frossen skulder venstre]] – fase 2. [[h:Nedsat udadrotation]] 30 grader. [[h:Smerter om natten]]. Fik [[h:binyrebarkhormon-injektion]] hos egen læge 3/3. Øvelser: pendul, stok-øvelser x 3 dagligt. Undgå tunge løft over skulderhøjde." His e-mail is [[e:peter.lindqvist@mail.se]].
"""),
P("[da] aflastning: list of residents on aflastningsplads with needs", """
Lav en oversigt i tabelform:
[[n:Erna Krogh]] – [[h:vaskulær demens]], [[h:vandrer om natten]], [[h:GPS-alarm]]
[[n:Kaj Esbensen]] – [[h:KOL]], [[h:ilt 1 l/min]], [[h:iltkoncentrator]] medbringes
[[n:Rita Skaarup]] – [[h:amputeret højre underben]], [[h:lift til forflytning]]
[[n:Bent Engelbrecht]] – [[h:Parkinson]], [[h:Sinemet]] skal gives præcis kl. 7, 11, 15 og 19
"""),
P("[da/en] sick colleague's Teams message, manager asks Copilot in English for reply", """
Help me reply to this Teams message from [[n:Christina Hvid]] in a caring way: "Hej, jeg er desværre blevet indlagt med [[h:blindtarmsbetændelse]] i nat og skal [[h:opereres]] i dag. Jeg regner med at være væk 2 uger. Kan nogen tage mine besøg hos [[n:Jens Ole Brask]] – han skal have [[h:skiftet stomipose]] kl. 10 og [[h:øjendråber]] kl. 12."
"""),
P("[da] sygepleje: KAD and urinary retention, with CPR in dotted form", """
Lav et notat ud fra mine stikord: [[n:Viggo Bundesen]] [[c:31.03.46-1501]]. [[h:Urinretention]], [[h:blærescanning 650 ml]]. Anlagt [[h:KAD ch. 14]], tømt 700 ml klar urin. Pt. har [[h:prostataforstørrelse]], tager [[h:Tamsulosin 0,4 mg]]. Aftalt kontrol hos urolog. [[h:Forstoppelse]] – ingen afføring i 4 dage, givet [[h:Movicol 1 brev]].
"""),
P("[en] Irish partner complains about home care, wants explanation", """
Help me write a calm answer to this complaint: "I'm [[n:Siobhan Gallagher]], partner of [[n:Niels Rosendahl]] at [[a:Fjellerupvej 12, 8585 Glesborg]]. He has [[h:motor neurone disease]] and [[h:needs a hoist]] for every transfer. Yesterday only one carer came and they [[h:transferred him without the hoist]]. He has [[h:a big bruise on his hip]] and he's [[h:on a feeding tube]], so the carer also forgot the evening feed. Call me: [[p:28 17 45 92]]."
"""),
P("[da] borgerservice: note on lost health insurance card and address change with disability", """
Skriv en kvittering: [[n:Lasse Thomsen Juhl]], [[c:101090-0707]], flyttet til [[a:Søvej 4, st. tv., 8961 Allingåbro]]. Har [[h:synshandicap]] ([[h:blind]]) og [[h:førerhund]], så brevet skal sendes som digital post med skærmlæservenlig PDF. Ønsker nyt sundhedskort, da det gamle er bortkommet.
"""),
P("[da] demenskoordinator: home visit note", """
Skriv et notat til journalen: Hjemmebesøg hos [[n:Astrid Kongsbak]], [[a:Møllevej 2, 8570 Trustrup]] sammen med ægtefællen [[n:Leif Kongsbak]]. Hun er [[h:udredt for Alzheimers]] på Hukommelsesklinikken i Aarhus, [[h:MMSE 21]]. [[h:Glemmer at slukke komfuret]], [[h:farer vild]] i Grenaa. Ægtefællen er [[h:udkørt]] og har selv [[h:forhøjet blodtryk]]. Tilbud: [[h:dagcenter]] 2 dage ugentligt, [[h:komfurvagt]].
"""),
P("[en] hospital liaison e-mail in English about discharge, prepare checklist", """
Make a checklist for the home care team from this discharge e-mail: "Patient [[n:Ove Rask]], [[c:2307409197]], discharged Friday after [[h:hip fracture surgery]] (right). [[h:Weight bearing as tolerated]]. Needs [[h:walking frame]], [[h:raised toilet seat]], [[h:help with compression stockings]] morning and evening. [[h:Fragmin 5000 IE]] s.c. for 4 weeks. [[h:Wound check]] day 10, [[h:staples removed]] day 14."
"""),
P("[da] plejecenter: behavior and magtanvendelse note", """
Formulér en indberetning af magtanvendelse: Beboer [[n:Mona Skytte]], [[c:0604332931]], [[h:frontotemporal demens]]. Kl. 14 ville hun forlade afdelingen i nattøj i frostvejr. Blev fastholdt ved armen i ca. 1 min. af SSA [[n:Dorthe Klit]]. Beboeren blev [[h:meget ked af det]] og [[h:slog ud efter personalet]]. Senere givet [[h:Oxapax 10 mg PN]] efter lægens ordination.
"""),
P("[da] jobcenter: partial sick note with cancer treatment", """
Hjælp mig med at skrive en plan for delvis genoptagelse: [[n:Helle Brøndum]], pædagog, [[c:120668-0799]]. [[h:Brystkræft]] opdaget i oktober, [[h:opereret]] og nu i [[h:strålebehandling]] 5 x ugentligt i Aarhus. Bliver meget [[h:træt]] og har [[h:hedeture]] pga. [[h:antihormonbehandling]] med [[h:Tamoxifen]]. Ønsker at arbejde 10 timer ugentligt fra maj. Tlf. [[p:60 72 18 35]].
"""),
P("[en] English-speaking nurse asks for help explaining lab values to resident's son", """
Explain these values in lay English to [[n:Daniel Frost]]'s son ([[e:danfrost.uk@gmail.com]]): "[[h:Hb 6.1]], [[h:eGFR 38]], [[h:CRP 112]]". He has [[h:chronic kidney disease stage 3]], and the GP suspects [[h:a bleeding stomach ulcer]] because of [[h:black stools]]. He's been admitted to Randers for [[h:a gastroscopy]].
"""),
P("[da] sundhedsplejerske: note on premature twins, oxygen", """
Lav et overleveringsnotat til kollegaen: Tvillinger [[n:Viktor Aagaard]] og [[n:Ella Aagaard]], født [[h:i uge 30]], udskrevet fra neonatal efter 7 uger. Drengen har [[h:bronkopulmonal dysplasi]] og [[h:hjemmeilt 0,1 l]]. Pigen får [[h:sondemad]] gennem [[h:næsesonde]]. Mor [[n:Rikke Aagaard]], [[p:53 84 20 61]], [[a:Birkevej 6, 8961 Allingåbro]].
"""),
P("[da] bostøtte: § 85 note with diabetes and cleaning", """
Omskriv til § 85-notat: Bostøtte hos [[n:Kenneth Lybæk]], [[a:Grenåvej 88, 1. tv., 8950 Ørsted]]. Han har [[h:udviklingshæmning]] og [[h:type 2-diabetes]], men glemmer at tage [[h:Metformin]]. Køleskabet var fyldt med sodavand. [[h:Sår på storetåen]], der ikke heler – aftalt tid hos [[h:fodterapeut]] og sygeplejen. [[h:Vægt 118 kg]].
"""),
P("[en] Swedish relative: mother with dementia wants to move, e-mail", """
Please answer this e-mail from [[n:Anna-Karin Sjöberg]] ([[e:annakarin.sjoberg@telia.se]]): "My mother [[n:Margit Sjöberg]], cpr [[c:150949-0151]], lives alone at [[a:Teglværksvej 10, 8500 Grenaa]]. She has [[h:vascular dementia]], [[h:forgets to eat]] and [[h:wandered out at night]] twice. The home care comes [[h:twice a day]]. How do we apply for a place in a nursing home?"
"""),
P("[da] sygepleje: shorthand note with many abbreviations, asks to expand", """
Skriv forkortelserne ud, så vikaren kan forstå det: "[[n:Jytte Frandsen]]: [[h:DM2]], [[h:AFLI]], [[h:HT]], [[h:st.p. AMI]] 2019. [[h:Marevan]] – INR 2,8. [[h:Ødem]] ++ ben, [[h:Burinex 1 mg]] øget til x 2. Vægt +2 kg. [[h:Dyspnø]] v. anstrengelse. Obs. [[h:inkomp. hjertesvigt]]. Ring til EL ved vægtstigning > 1 kg/døgn." Hun bor [[a:Ved Skoven 3, 8585 Glesborg]].
"""),
P("[da] HR: personnel file note about work injury", """
Lav en arbejdsskadeanmeldelse ud fra dette: Medarbejder [[n:Mads Kronborg]], SSH, [[c:080883-1805]]. Under forflytning af en borger med lift 2/4 mærkede han et smæld i ryggen. Diagnose fra skadestuen: [[h:lumbago]] og [[h:muskelfibersprængning i lænden]]. [[h:Sygemeldt]] 10 dage, fik [[h:Diclofenac]] og [[h:henvisning til kiropraktor]]. Tlf. [[p:42 90 57 13]].
"""),
P("[en] staff training case: real resident (should have been anonymised) – translate", """
Translate this case for our English course material: "[[n:Kurt Bæk]], 79, [[a:Ådalsvej 21, 8963 Auning]], has [[h:Lewy body dementia]]. He [[h:sees people in his living room]], has [[h:stiffness]] and [[h:falls often]]. He reacted badly to [[h:Haldol]]. Now he gets [[h:Rivastigmin patch 9,5 mg]]."
"""),
P("[da] misbrugscenter ung: cannabis treatment note", """
Sæt notatet pænt op: Ungesamtale m. [[n:Malthe Jeppesen]], 17 år, [[c:0102014367]]. [[h:Dagligt hashforbrug]] siden 14-årsalderen, [[h:ca. 2 g dagligt]]. Beskriver [[h:angst]], [[h:paranoia]] når han ryger, og [[h:dårlig søvn]] når han prøver at stoppe. Mor [[n:Pernille Jeppesen]] deltog. Tilbudt [[h:U-turn forløb]] 1 x ugentligt.
"""),
P("[da/en] hospital letter in English forwarded by citizen, Danish summary", """
Lav et dansk resumé til sagen af dette brev, som borgeren [[n:John Whitfield]] ([[a:Strandvejen 70, 8585 Glesborg]]) har sendt: "The patient was seen in the cardiology clinic. He has [[h:severe aortic stenosis]] and is listed for [[h:TAVI]]. Until then he should [[h:avoid heavy exertion]]. Medication: [[h:Bisoprolol 2.5 mg]], [[h:Atorvastatin 40 mg]]. He reported [[h:two fainting episodes]] and is [[h:not allowed to drive]]."
"""),
P("[da] sundhedspleje: mother with alcohol in pregnancy, FAS suspicion", """
Hjælp mig med at skrive notatet nøgternt: Hjemmebesøg hos [[n:Louise Damsgaard]] og søn [[n:Noah Damsgaard]], [[c:020221-9083]]. Mor har [[h:drukket under graviditeten]] oplyser hun selv. Barnet har [[h:lille hovedomfang]] og [[h:sutter dårligt]]. Obs. [[h:føtalt alkoholsyndrom]], aftalt henvisning til børnelæge. Mor er tilknyttet [[h:Familieambulatoriet]].
"""),
P("[en] Danish note to English: care plan for a resident with MS and spasticity", """
Translate this care plan into English for our new agency nurse: "[[n:Birthe Laursen]], stue 4. [[h:Dissemineret sklerose]], [[h:spastisk lammelse af begge ben]]. [[h:Baclofen 10 mg x 3]]. [[h:Suprapubisk kateter]] skiftes hver 6. uge. [[h:Vendes hver 3. time]] om natten. [[h:Synkebesvær]] – [[h:fortykket kost]]."
"""),
P("[da] hjemmepleje: aftenvagt note with confusion and UTI suspicion, relatives' numbers", """
Skriv notatet og en SMS til sønnen: [[n:Inge Thorup]], [[a:Skovvej 15, 8500 Grenaa]]. I aften [[h:meget forvirret]], troede det var morgen, [[h:ildelugtende urin]], [[h:temp 38,2]]. Obs. [[h:UVI]]. Urinstiks: leuk +++, nitrit +. Vagtlæge ringet. Søn [[n:Torben Thorup]] [[p:20 38 55 16]]. Datter [[n:Marianne Thorup Beck]] [[p:61 22 09 47]].
"""),
P("[en] Danish employee writes for English-speaking union rep: colleague's alcohol issue", """
Help me write this in English for the union representative: At a meeting on 3 March our colleague [[n:Steen Hyldgaard]] admitted that he [[h:drinks every evening]] and had [[h:drunk before his shift]] on 28 February. He agreed to [[h:alcohol treatment]] at Misbrugscentret and to take [[h:Antabus]]. Manager: [[n:Ulla Dyhr]], [[e:ud@norddjurs.dk]].
"""),
P("[da] genoptræning: hand therapy note after distal radius fracture", """
Formulér en journal: [[n:Anne-Lise Hedegaard]], [[c:2802523028]]. Faldt på glat fortov 4/1: [[h:distal radiusfraktur venstre]], [[h:opereret med volar plade]]. Nu [[h:håndterapi]] hos ergoterapeut. [[h:Nedsat dorsalfleksion]], [[h:hævelse af fingrene]], [[h:kraft i grebet 8 kg]] mod 24 kg højre. Obs. [[h:CRPS]] pga. [[h:brændende smerter]] og [[h:farveforandring]].
"""),
P("[en] UK son wants to pay mother's care bill by card, asks for confirmation", """
Write a short confirmation in English: [[n:Oliver Greaves]] paid his mother [[n:Kirsten Greaves]]' bill for [[h:meal service]] and [[h:laundry help]] by card [[k:4571 3010 9776 6326]] (exp 08/27). His address: [[a:12 Mill Lane, Harrogate HG1 4QT]]. Phone [[p:+44 7700 900 233]].
"""),
]
