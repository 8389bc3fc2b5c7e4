"""dev16 personal batch 2: d16-0064 .. d16-0120 (professional documentation and dense notes)."""
from lib import personal as P

RECS = [
P("[da] hjemmepleje: døgnrytmeplan pasted from Nexus, asks for shorter version", """
Gør denne døgnrytmeplan kortere til vikarmappen:
Borger: [[n:Henny Stougaard]], [[c:1312300334]], [[a:Torvegade 8, 2. th, 8500 Grenaa]]
07.30 [[h:Hjælp til bad]] (siddende), [[h:støttestrømper]] på, [[h:øjendråber Xalatan]]
08.00 Morgenmedicin fra dosisrulle, [[h:Furix 20 mg]] ekstra på mandage
12.00 [[h:Madservice]], [[h:tjek at hun spiser]] – [[h:vægttab]]
17.00 [[h:Insulin Toujeo 14 IE]], [[h:BS-måling]]
21.30 [[h:Hjælp til at komme i seng]], [[h:nødkald]] på håndleddet
"""),
P("[en] Copilot asked to draft English letter to daughter about mother's hospital admission", """
Write a short, warm e-mail in English to [[n:Emma Jessen-Clarke]] ([[e:emma.jc@outlook.com]]): her mother [[n:Ingeborg Jessen]] was [[h:admitted to Randers hospital]] this morning with [[h:pneumonia]] and [[h:dehydration]]. She's on [[h:IV antibiotics]] and [[h:oxygen]]. Home care is paused; her [[h:emergency alarm]] and [[h:pill dispenser]] stay at [[a:Rosenvænget 11, 8570 Trustrup]].
"""),
P("[da] psykiatri bosted: medicinskema pasted with depot injection", """
Tjek om der mangler noget i dette medicinskema, før jeg sender det til lægen:
[[n:Rasmus Vilstrup]] [[c:110586-1318]]
[[h:Xeplion 150 mg]] i.m. hver 4. uge – sidst 2/3
[[h:Lithium 12 mmol]] x 2 – [[h:lithiumkoncentration 0,7]]
[[h:Mirtazapin 30 mg]] til natten
[[h:Pinex 1 g]] PN max x 4
Diagnoser: [[h:skizoaffektiv sindslidelse]], [[h:hypothyreose]]
"""),
P("[da/en] jobcenter caseworker wants English letter for Syrian citizen with war injury", """
Write this in simple English to the citizen: Kære [[n:Ahmad Haddad]], [[c:0204851921]]. Vi har modtaget lægeattesten om [[h:granatsplinter i højre lår]] og [[h:kroniske smerter]]. Din læge skriver også, at du har [[h:PTSD]] og [[h:søvnproblemer]]. Vi indkalder dig til samtale om [[h:virksomhedspraktik på nedsat tid]]. Ring til mig på [[p:89 59 37 21]]. Venlig hilsen [[n:Nanna Kjeldgaard]], jobkonsulent.
"""),
P("[da] sygeplejeklinik: list of today's patients with procedures", """
Lav en køreliste sorteret efter tidspunkt:
10.30 [[n:Erik Thrane]] – [[h:skift af PICC-line forbinding]]
09.00 [[n:Karen Nørgaard Bak]] – [[h:B12-injektion]]
11.15 [[n:Lis Krogsgaard]] – [[h:sårpleje venøst bensår]], [[h:kompressionsbind]]
08.15 [[n:Holger Nygaard]] – [[h:blodprøve INR]], [[h:Marevan]]-justering
13.00 [[n:Jens Kaae]] – [[h:skift af nefrostomikateter]]
"""),
P("[en] English-speaking foster mother asks about child's FAS and school support", """
Help me answer this e-mail from a foster parent: "Hi, I'm [[n:Sarah McKenzie]], foster mum of [[n:Aksel Brodersen]] (cpr [[c:301013-5989]]). He was diagnosed with [[h:foetal alcohol spectrum disorder]] and has [[h:poor impulse control]] and [[h:learning difficulties]]. The school says he can't have [[h:a support teacher]]. He also takes [[h:Melatonin 3 mg]] for [[h:sleep problems]]. My number is [[p:30 11 84 62]]."
"""),
P("[da] sundhedspleje: journal on breastfeeding and tongue tie, baby's weight table", """
Lav en vægtkurve-tabel og et kort notat: [[n:Karla Bøgh Lassen]], født 2/2. Mor [[n:Mie Bøgh Lassen]].
Dag 5: 3.120 g
Dag 10: 3.180 g
Dag 17: 3.260 g – [[h:tungebånd]] klippet på Randers
Dag 24: 3.490 g
Mor har [[h:brystbetændelse]] og er i behandling med [[h:Dicillin]]. Tlf. mor [[p:27 59 03 18]].
"""),
P("[da] ældre: fald-udredning with orthostatic blood pressure", """
Skriv en faldudredning til egen læge: [[n:Alfred Svenningsen]], [[c:0909390257]], [[a:Nørrevej 27, 8961 Allingåbro]]. 3 fald på 2 måneder. [[h:Ortostatisk BT-fald]]: liggende 142/80, stående efter 1 min 108/66, [[h:svimmel]]. Medicin: [[h:Ramipril 10 mg]], [[h:Doxazosin 4 mg]], [[h:Zolpidem 5 mg]]. [[h:Nedsat syn]] pga. [[h:grå stær]]. [[h:Timed Up and Go 19 sek]]. Anbefaler medicingennemgang.
"""),
P("[en] English summary of Danish FMK change requested by British doctor visiting his father", """
Please explain this medication change in English to Dr. [[n:Alistair Hume]], who is the son of our resident [[n:Egon Hume Petersen]], [[c:170134-3960]]: "[[h:Digoxin seponeret]] pga. [[h:kvalme]] og [[h:synsforstyrrelser]]. [[h:Metoprolol]] øget til 100 mg. [[h:Eliquis]] fortsætter. [[h:Kalium 750 mg]] x 2 tilføjet pga. lav kalium 3,1."
"""),
P("[da] misbrug: bemærkninger til Sundhedsstyrelsen tilsyn, patient list", """
Sæt disse tre forløb op i en tabel med kolonnerne navn, præparat, dosis, udlevering:
[[n:Tommy Skov Larsen]] [[c:060654-2739]] – [[h:Buprenorfin 16 mg]] – dagligt under opsyn
[[n:Jeanette Kirk]] [[c:261170-3700]] – [[h:Metadon 60 mg]] – 3 gange ugentligt
[[n:Patrick Due]] [[c:051292-0756]] – [[h:Suboxone 8 mg]] – ugentligt, [[h:stabil stoffri]] 8 mdr.
"""),
P("[da/en] jobcenter: Danish note, English instruction to list dates", """
List all dates and deadlines in this note as a table: Opfølgning [[n:Rikke Holmgaard]], [[c:210487-2908]]. Sygemeldt 14/1 med [[h:hjernerystelse]] efter trafikuheld. [[h:Lys- og lydfølsomhed]], [[h:hovedpine]] dagligt. [[h:Hjernerystelsesforløb]] på Hammel fra 3/3. Lægeattest frist 20/2. Revurdering 4/5.
"""),
P("[en] private school teacher's English report on pupil with type 1 diabetes", """
Please make a care plan for the school from this: "[[n:Ida Marie Toft]] (grade 6, [[c:110608-4941]]) has [[h:type 1 diabetes]] and an [[h:insulin pump]] with [[h:CGM sensor]]. If her [[h:glucose drops below 4]], give [[h:dextrose tablets]] and call her dad [[n:Morten Toft]] on [[p:29 84 16 70]]. She had [[h:a severe hypo]] on a school trip last year and was [[h:unconscious]]."
"""),
P("[da] plejecenter: indflytningssamtale, life story plus health", """
Skriv et indflytningsnotat: [[n:Agnes Brix]], [[c:140231-1963]], flytter ind på Plejecentret Rougsø fra [[a:Kærvej 5, 8961 Allingåbro]]. [[h:Blind på højre øje]], [[h:hørenedsættelse]] med [[h:høreapparater]] begge ører. [[h:Osteoporose]], [[h:kompressionsfraktur]] 2020. [[h:Inkontinens]], [[h:Tena Flex Maxi]]. Kan lide klassisk musik. Pårørende: nevø [[n:Jesper Brix]], [[e:jesperbrix@gmail.com]].
"""),
P("[en] Dutch husband writes English complaint about genoptræning waiting time", """
Write an answer that explains waiting times: "My wife [[n:Tineke van Dijk]] at [[a:Strandlyst 3, 8585 Glesborg]] had [[h:a shoulder replacement]] on 10 February. The hospital wrote that she needs [[h:rehabilitation within 7 days]] but nobody has called. She [[h:can't lift her arm]] and [[h:sleeps in a chair]]. Regards, [[n:Joost van Dijk]], [[p:+31 6 1234 5678]]."
"""),
P("[da] HR: rehabilitation after colleague's heart attack, fastholdelse", """
Skriv et udkast til en fastholdelsesplan: Medarbejder [[n:Peter Ladefoged]], vejmand i Teknik & Miljø. Fik [[h:blodprop i hjertet]] 3/1, [[h:ballonudvidet]] med 2 [[h:stents]]. Deltager i [[h:hjerterehabilitering]]. Må [[h:ikke løfte over 10 kg]] de første 3 mdr. Tager [[h:Brilique]] og [[h:Hjertemagnyl]]. Starter på 15 timer om ugen, ikke kørsel med vejhøvl. Tlf. [[p:23 70 41 85]].
"""),
P("[da] hjælpemidler: telephone note, spelled-out email and CPR with space", """
Skriv notatet rent: Opkald fra [[n:Vibeke Stenholt]] ([[c:290941 3381]]), [[e:vibeke.stenholt@mail.dk]], tlf. [[p:86 32 19 77]]. Hendes [[h:kørestol]] er gået i stykker, og hun kan ikke komme ud. Hun har [[h:cerebral parese]] og [[h:spastisk diplegi]]. Ønsker også ny [[h:siddepude mod tryksår]], da hun har [[h:rødme på sædebenet]].
"""),
P("[en] nurse writes English handover for Erasmus student, dense abbreviations", """
Expand the abbreviations and write full English sentences: "[[n:Gerda Mikkelsen]] – [[h:KOL]] GOLD 3, [[h:LTOT 2 l]], [[h:CPAP]] nat. [[h:Spiriva]] + [[h:Seretide]]. PN [[h:Ventolin]]. [[h:Obs. pneumoni]] – temp 37,9, CRP 48. [[h:Ødemer]] +. [[h:Ernæringsrisiko]], BMI 17." She lives at [[a:Søndervang 2, 8570 Trustrup]].
"""),
P("[da] sundhedsplejen: teenager with self-harm, school nurse note", """
Hjælp mig med journalnotatet fra skolesundhedsplejen: [[n:Mathilde Lyng]], 8.c, [[c:220611-4735]]. Kom til samtale pga. [[h:snitsår på underarmene]], 3-4 stk., overfladiske, 2-3 dage gamle. Fortæller om [[h:trist stemning]] og [[h:tanker om at det ikke nytter]]. Forældre [[n:Kim Lyng]] og [[n:Hanne Lyng]] kontaktet. Aftalt henvisning til [[h:BUP]] via egen læge.
"""),
P("[da/en] payment of deductible for elderly citizen's glasses; Danish text, English instruction", """
Can you write a short receipt for this? Betaling modtaget fra [[n:Knud Helmer Olsen]], [[c:1910570877]], for egenbetaling på [[h:briller efter grå stær-operation]] og [[h:høreapparat-batterier]]. Betalt med kort [[k:5413 0054 3484 5441]]. Refusion udbetales til reg.nr. [[b:9570 12847366]] fordi han også har betalt for [[h:fodpleje]] i januar.
"""),
P("[en] Copilot used to summarise English e-mail thread about brother with Down syndrome", """
Summarise this thread in 3 lines: From [[n:Lukas Berger]] ([[e:lukas.berger@web.de]]): my brother [[n:Thomas Berger]] who lives at Bostedet Solsikken has [[h:Down syndrome]] and [[h:early Alzheimer's]]. He [[h:lost 8 kg]] since Christmas and [[h:doesn't recognise me]] on video calls. Can you check his [[h:thyroid]]? Staff reply from [[n:Marie Aarup]]: we'll ask the GP to take [[h:blood tests]].
"""),
P("[da] hjemmesygepleje: palliativ plan, named relatives and medicine kit", """
Lav en palliativ plan til gruppen: [[n:Birger Dahlgaard]], [[a:Fasanvej 9, 8963 Auning]]. [[h:Lungekræft med spredning til knoglerne]]. Ønsker at dø hjemme. [[h:Palliativ kasse]] i køleskabet: [[h:Morfin 10 mg/ml]], [[h:Midazolam 5 mg/ml]], [[h:Haloperidol]]. [[h:Smerteplaster Fentanyl 25 µg]] skiftes hver 3. dag. Hustru [[n:Edith Dahlgaard]] tlf. [[p:24 16 93 58]].
"""),
P("[en] German tourist's accident, municipality lifeguard report to translate", """
Translate this lifeguard report into English for the family: "Badegæst [[n:Felix Hartmann]], født 2015, [[h:fik vand i lungerne]] ved Grenaa Strand kl. 15. [[h:Bevidstløs i ca. 30 sek]], [[h:kastede op]] efter redning. Kørt til Randers med ambulance. Far [[n:Jan Hartmann]], tlf. [[p:+49 152 3301 7748]]."
"""),
P("[da] visitation: plejeboligansøgning samlet vurdering", """
Skriv den samlede vurdering til plejeboligudvalget: [[n:Oda Mortensen]], [[c:070332-2670]], [[a:Vestervang 19, 8500 Grenaa]]. [[h:Vaskulær demens]], [[h:hemiparese højre]] efter [[h:apopleksi]]. Får [[h:hjemmepleje 6 gange dagligt]] og [[h:natlige tilsyn]]. Har [[h:forladt boligen om natten]] 3 gange og [[h:faldet]] 5 gange siden jul. [[h:Inkontinent]]. Ægtefælle [[n:Erling Mortensen]] er selv [[h:kørestolsbruger]].
"""),
P("[en] pharmacist in UK e-mail about resident's meds to be summarised in Danish", """
Translate to Danish: "Re: [[n:Brenda Lauridsen]], dob 12/03/1950 ([[c:120350-1745]]). She was on [[h:Sertraline 100 mg]], [[h:Omeprazole 20 mg]] and [[h:Levothyroxine 75 micrograms]] in the UK. She also used [[h:Co-codamol 30/500]] for [[h:arthritis pain]]. Please ensure her Danish GP is aware of her [[h:penicillin allergy]]."
"""),
P("[da] jobcenter: fleksjob indstilling, functional description", """
Formulér beskrivelsen af arbejdsevnen: [[n:Jesper Thaarup]], [[c:300578-2812]]? – nej, forkert, det er [[c:040498-3903]]. 27 år. [[h:Medfødt hjertefejl]], [[h:opereret 3 gange]]. [[h:Nedsat kondition]], [[h:udtrættelighed]]. Har [[h:ICD]] og må ikke arbejde med svejsning. Indstilles til [[h:fleksjob]] 15 timer/uge.
"""),
P("[da] bosted: list of residents' allergies for the kitchen", """
Lav et skema til køkkenet:
[[n:Lene Dyhrberg]] – [[h:cøliaki]], [[h:glutenfri kost]]
[[n:Rune Astrup]] – [[h:nøddeallergi]], [[h:EpiPen]] i tasken
[[n:Mia Hjorth Kristensen]] – [[h:laktoseintolerant]]
[[n:Jonas Lindholm]] – [[h:dysfagi]], [[h:gratinkost]]
"""),
P("[en] Copilot asked to draft English note for agency carer on resident with tracheostomy", """
Write a simple English instruction for the agency carer: [[n:Niels Erik Vang]] at [[a:Engvej 14, 8950 Ørsted]] has [[h:a tracheostomy]] after [[h:a spinal cord injury]]. He is [[h:paralysed from the neck down]] and uses [[h:a ventilator at night]]. [[h:Suction]] of the tube as needed, and [[h:turn him every 2 hours]]. Contact wife [[n:Jette Vang]] [[p:25 66 38 90]].
"""),
P("[da] sygepleje: glucose and dose table, asks for trend", """
Hvad er tendensen? [[n:Lise-Lotte Dam]], [[c:2712362262]]. [[h:Type 2-diabetes]], [[h:Ozempic 1 mg]] ugentligt, [[h:Jardiance 10 mg]].
Uge 1: faste-BS 11,2
Uge 2: faste-BS 9,8
Uge 3: faste-BS 8,1
Uge 4: faste-BS 7,4
[[h:Vægt 94 -> 89 kg]]. Klager over [[h:kvalme]] efter injektion.
"""),
P("[da/en] English-language municipality employee asks for help writing sick message to leader in Danish", """
Please write this as a Danish SMS to my leader [[n:Birgit Aagaard]]: I'm [[n:Ruby Chen]], I won't come tomorrow. I have [[h:kidney stones]] and the doctor gave me [[h:strong painkillers]]. I might need [[h:surgery]] on Thursday. My number is [[p:71 83 20 46]].
"""),
P("[da] PPR: pædagogisk psykologisk vurdering with test scores", """
Lav en kort sammenfatning til forældrene: [[n:Anton Kirkegaard Bjerre]], 2.a, [[c:170917-4628]]. WISC-V: [[h:samlet IQ 72]], [[h:verbal forståelse 68]]. Obs. [[h:generelle indlæringsvanskeligheder]]. Motorisk [[h:klodset]], henvist til ergoterapeut. Mor [[n:Trine Bjerre]], [[e:trine.bjerre@live.dk]].
"""),
P("[en] translate sygedagpenge letter to English for Lithuanian worker", """
Translate into English: "Kære [[n:Darius Kazlauskas]]. Din arbejdsgiver har oplyst, at du er syg fra 3/3 pga. [[h:et brud på venstre ankel]]. Du har [[h:gips]] og går med [[h:krykker]]. Vi beder dig udfylde skemaet i Min Sygemelding. Sygedagpenge udbetales til din konto [[i:DK4545333147893288]]." His address: [[a:Hovedgaden 33, 8961 Allingåbro]].
"""),
P("[da] demens: pårørendesamtale referat with three family members", """
Skriv referatet: Deltagere: [[n:Ruth Lassen]] (borger), datter [[n:Connie Lassen]], søn [[n:Flemming Lassen]], demenskoordinator. Borgeren har [[h:Alzheimers]] i moderat fase, [[h:MMSE 17]]. Hun [[h:spiser kun når nogen sidder ved hende]], [[h:har tabt 4 kg]]. Natten er urolig, [[h:vandrer]]. Aftalt: [[h:Memantin]] opstartes af egen læge, [[h:aflastningsophold]] i maj, [[h:madvenner]] 3 dage/uge.
"""),
P("[en] US citizen living in Grenaa writes about son's autism diagnosis and special school", """
Help me reply: "Hello, I'm [[n:Jessica Moreno]], [[a:Lindevej 7, 8500 Grenaa]]. My son [[n:Diego Moreno]] (age 9) was diagnosed with [[h:autism spectrum disorder]] and [[h:anxiety]] by BUP in January. He has [[h:meltdowns]] every day after school and [[h:refuses to go]] most mornings. We want him to start in the special class at Kattegatskolen. Phone [[p:+1 617 555 0182]], email [[e:jess.moreno@icloud.com]]."
"""),
P("[da] hjemmepleje: oversigt over tryksårsrisiko (Braden) pasted", """
Sortér efter Braden-score og marker høj risiko:
[[n:Asta Riis]] – [[h:Braden 12]] – [[h:sengeliggende]]
[[n:Poul Kjeldbjerg]] – [[h:Braden 17]] – går m. [[h:stok]]
[[n:Inga Nørskov]] – [[h:Braden 10]] – [[h:tryksår kat. 2 hæl]]
[[n:Helmuth Graves]] – [[h:Braden 15]] – [[h:kørestolsbruger]]
"""),
P("[da] jobcenter: afklaringsforløb, CPR-number without hyphen in table", """
Lav en sagsoversigt: Navn | CPR | Diagnose | Status
[[n:Marianne Kure]] | [[c:0107662901]] | [[h:fibromyalgi]], [[h:depression]] | jobafklaring
[[n:Torben Hviid]] | [[c:1201810546]] | [[h:whiplash]] | ressourceforløb
[[n:Sanne Bækgaard]] | [[c:1308430975]] | [[h:kronisk obstruktiv lungesygdom]] | førtidspension behandles
"""),
P("[en] English message from staff nurse to relative about dental care under anesthesia", """
Polish this message: "Dear Mr. [[n:Henrik Sølvsten]], your father [[n:Arvid Sølvsten]] has [[h:several broken teeth]] and [[h:an abscess]]. The municipal dental service for vulnerable citizens will do [[h:treatment under general anaesthesia]] at Randers on 14 May. He must [[h:fast from midnight]]. Because of his [[h:Eliquis]] we need the GP's advice. Kind regards, [[n:Camilla Bruun]], nurse, [[p:89 59 26 30]]."
"""),
P("[da] sygefraværssamtale: referat mellem leder og medarbejder (migraine)", """
Skriv et referat af sygefraværssamtalen: [[n:Nina Vedsted]], administrativ medarbejder i Borgerservice. 22 sygedage på 6 mdr., hovedsagelig pga. [[h:migræne]] med [[h:aura]]. Behandles med [[h:Sumatriptan]] og nu forebyggende [[h:Aimovig]]. Ønsker [[h:skærmbriller]] og [[h:dæmpet belysning]]. Aftalt opfølgning med HR, [[n:Karsten Bæk Andersen]].
"""),
P("[da] aktivitetscenter: trainer's notes on group participants", """
Lav holdlisten om til en træningsoversigt:
[[n:Gunnar Hesselbjerg]]: [[h:ny hofte]] okt., må ikke [[h:krydse benene]]
[[n:Hanne Fruergaard]]: [[h:Parkinsons]], [[h:frysninger]] ved dørtrin
[[n:Arne Sønderby]]: [[h:KOL]], pauser, [[h:sat under 88 %]] ved cykling
[[n:Lilly Knudsen]]: [[h:apopleksi]], [[h:neglekt venstre]]
"""),
P("[en] student nurse asks Copilot to explain journal from Danish into English", """
Explain this in English so I understand: "[[n:Frede Holmsgaard]], [[c:2208509392]]. [[h:St.p. TCI]] 2023. [[h:AK-behandlet]] med [[h:Xarelto 20 mg]]. [[h:Kognitiv svækkelse]] – [[h:svært ved at huske aftaler]]. [[h:Hjemmepleje morgen og aften]]. [[h:Medicin dispenseres]] af sygeplejen hver 14. dag."
"""),
P("[da] underretning from hjemmepleje about elderly neglect by son", """
Hjælp mig med at skrive en intern bekymringsmelding: Hos [[n:Gerda Rahbek]], [[a:Ørumvej 46, 8586 Ørum Djurs]], har vi fundet [[h:blå mærker på begge overarme]]. Hun har [[h:demens]] og [[h:tåler ikke at blive rørt ved]]. Sønnen [[n:Ulrik Rahbek]] bor hos hende og har hævet penge på hendes konto [[b:1551 3829104477]]. Hun siger, hun er [[h:bange]] for ham.
"""),
P("[en] refugee mother's discharge summary translated into English", """
Make a short English summary for the mother: "[[n:Amal Yusuf]], [[c:1909941861]], [[h:forløst ved kejsersnit]] 2/4 i uge 37 pga. [[h:præeklampsi]]. [[h:Blodtrykket er stadig forhøjet]], behandles med [[h:Trandate 100 mg]] x 3. [[h:Blodfortyndende indsprøjtninger]] i 6 uger. Sundhedsplejerske kommer på besøg." Mother's phone [[p:91 47 02 36]].
"""),
P("[da] plejecenter: audit of antipsychotic use, list", """
Lav en opgørelse til kvalitetsudvalget – hvor mange har PN-antipsykotika:
[[n:Inga Schou]] [[h:Risperidon 0,5 mg PN]]
[[n:Harald Tang]] [[h:Quetiapin 25 mg]] fast + PN
[[n:Olga Juul]] [[h:Haldol 0,5 mg PN]]
[[n:Valdemar Kring]] ingen
"""),
P("[da/en] social worker writes Danish note, English instruction: make it neutral", """
Make this note more neutral and professional: Borger [[n:Dan Kølbæk]], [[a:Grønnegade 4, 8500 Grenaa]], er en [[h:alkoholiker]] som igen har [[h:fået delirium]] og lå på gulvet i sin egen [[h:opkastning]]. Han [[h:har mistet følelsen i fødderne]] pga. druk. Hjemmeplejen nægter at komme.
"""),
P("[en] occupational therapist's English e-mail to a Danish colleague on splint", """
Rewrite in Danish: "Hi [[n:Mette Rosenkrantz]], I saw [[n:Ib Kastrup]] ([[c:1806451769]]) yesterday. His [[h:rheumatoid arthritis]] is flaring, [[h:swollen MCP joints]] on both hands. I made [[h:resting splints]] for night use and ordered [[h:a jar opener]] and [[h:thick-handled cutlery]]. He's on [[h:Methotrexate]] and finds it [[h:hard to button his shirt]]. Best, [[n:Eva Lindström]], [[e:evli@norddjurs.dk]]."
"""),
P("[da] hjemmepleje: SMS fra datter, medicin og IBAN til refusion", """
Lav et svar til datteren: "Hej, det er [[n:Pia Steensgaard]], datter af [[n:Arne Steensgaard]]. Far fik [[h:ny medicin for prostata]] i går, [[h:Eligard]]-sprøjte, og er meget [[h:træt]]. Og vil I tilbagebetale for det [[h:badetaburet]] jeg købte? Jeg bor i Tyskland, IBAN [[i:DE54040723862551184873]]. Tlf. [[p:+49 170 4482 196]]."
"""),
P("[en] Copilot used to check English grammar on speech therapist report", """
Check my English in this report: "[[n:Gabriel Andersen Smith]], 4 years, has [[h:severe expressive language delay]] and [[h:a phonological disorder]]. He uses [[h:sign support]] (TSS) and [[h:a picture board]]. Hearing test after [[h:grommets]] is normal. He was [[h:born prematurely]] at 32 weeks." Parents: [[n:Alice Smith]] and [[n:Mads Andersen]], [[a:Kirkebakken 12, 8581 Nimtofte]].
"""),
P("[da] sygedagpenge: partial ledighed note for self-employed hairdresser, CVR", """
Skriv en afgørelse om sygedagpenge: [[n:Trine Vejlby]], selvstændig frisør, CVR [[v:17713426]], [[c:1306873748]]. [[h:Tennisalbue]] i højre arm, [[h:kan ikke klippe]] mere end 2 timer dagligt. [[h:Binyrebarkhormon-indsprøjtning]] 12/2. Delvis sygemelding 50 %.
"""),
P("[en] Romanian care worker's English note to be translated; colleague's health mentioned", """
Translate into Danish: "Today I covered for [[n:Dorthe Hyllested]] who is home with [[h:COVID]]. At [[n:Verner Koch]]'s home ([[a:Lyngvej 2, 8585 Glesborg]]) I found him [[h:confused and sweaty]], [[h:blood sugar 2.4]]. Gave [[h:juice and glucose gel]], after 15 min BS 5.8. He had taken his [[h:insulin]] but not eaten."
"""),
P("[da] sundhedsplejerske: familieiværksætter list of pregnant women", """
Lav en deltagerliste til holdet, kun navn og termin:
[[n:Maja Tranberg]] – [[h:termin 12/6]] – [[h:tvillingegraviditet]]
[[n:Fatima Ali]] – [[h:termin 20/6]] – [[h:gestationel diabetes]]
[[n:Line Stæhr]] – [[h:termin 1/7]] – [[h:tidligere abort]]
[[n:Cecilie Vinding]] – [[h:termin 8/7]]
"""),
P("[da] misbrugscenter: alkoholbehandling journal with CPR in dotted form and phone", """
Sæt i journalskabelonen: [[n:Jan Ulrich Hansen]], [[c:25.01.42-3761]]. Nej – pt. er 61 år, så cpr må være forkert, brug [[c:1610640946]] indtil videre. [[h:AUDIT-score 28]]. [[h:Drikker 2 flasker vin dagligt]]. [[h:Forhøjede levertal]], [[h:fedtlever]] ved scanning. Opstart [[h:Campral]]. Tlf. [[p:40 51 29 83]].
"""),
P("[en] foreign doctor's English letter on citizen's epilepsy and driving", """
Summarise in Danish for the case: "Patient [[n:Marek Wiśniewski]], [[c:0802911211]], [[a:Vesterbrogade 5, 8500 Grenaa]], has [[h:focal epilepsy]] with [[h:secondary generalised seizures]]. Last seizure 12 January. Treated with [[h:Levetiracetam 1000 mg twice daily]]. He must [[h:not drive for 12 months]] and should avoid working at heights."
"""),
P("[da] hjemmepleje: note about husband's gambling and wife's brain injury", """
Skriv et notat: Hos [[n:Solveig Krarup]], [[a:Tværvej 6, 8950 Ørsted]]. Hun har [[h:erhvervet hjerneskade]] efter [[h:hjertestop]] i 2022, [[h:korttidshukommelse meget nedsat]]. Ægtefællen [[n:Poul Krarup]] har [[h:ludomani]] og har brugt pensionen på spil, så der er ikke penge til [[h:ernæringsdrikke]].
"""),
P("[en] private bank details for reimbursing a citizen's medicine deductible, translate", """
Translate this into English: Vi har bevilget helbredstillæg til [[h:tandprotese]] og [[h:medicin mod Parkinson]] for [[n:Edwin Rowe]], [[c:0309360311]]. Pengene udbetales til Nemkonto reg. [[b:2270 konto 6290481755]].
"""),
P("[da] Teams-chat between nurses: several citizens", """
Opsummer denne chat: [[n:Lone Kvist]]: "Hvem tager [[n:Rigmor Nyholm]] i dag? Hun har [[h:fået ny kateter]] og [[h:bløder lidt]]." [[n:Kasper Dahl]]: "Jeg tager hende, og også [[n:Aksel Kyhl]], der skal have [[h:stomi-skift]]." [[n:Lone Kvist]]: "Husk at [[n:Aksel Kyhl]] har [[h:MRSA]], så fuld værnemiddel."
"""),
P("[da/en] ergoterapeut: Danish note, English instruction for checklist", """
Turn into a checklist for the next home visit: [[n:Ellen Vestergaard Bach]], [[c:0401371540]], [[a:Bakkevej 23, 8570 Trustrup]]. [[h:Rygmarvsstenose]], [[h:gangdistance 50 m]]. Afprøve [[h:rollator med sæde]], [[h:strømpepåtager]], [[h:badebænk]]. Datter ønsker [[h:boligændring]] (fjernelse af dørtrin).
"""),
P("[en] complaint from British resident about being charged for care, card details", """
Draft a reply: "I'm [[n:Margaret Ellison]], [[a:Ved Stranden 14, 8585 Glesborg]]. I was charged twice for my husband's [[h:respite stay]] at Plejecentret. Please refund to my card [[k:4026 2596 4218 3572]]. My husband [[n:Derek Ellison]] has [[h:Parkinson's dementia]] and I need the respite because of my own [[h:hip surgery]] in June."
"""),
P("[da] PPR: referral pasted with several siblings and diagnoses", """
Kan du lave et resumé af henvisningen? Familien [[n:Zeynep Demir]] og børnene [[n:Emre Demir]] ([[c:150311-4627]]), [[n:Aylin Demir]] og [[n:Kerem Demir]]. Den ældste har [[h:ordblindhed]], datteren [[h:stammer]], og den yngste er [[h:udredt for autisme]] og venter på [[h:børnepsykiatrisk vurdering]]. Mor har [[h:sklerose]] og [[h:bruger kørestol]] udendørs.
"""),
]
