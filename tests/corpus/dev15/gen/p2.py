"""dev15 personal batch 2 (d15-0059..0120): parents and teachers, foreign relatives, job centre and HR,
incident reports, translation requests, payments (bank accounts, cards), long threads."""
from lib import personal as P

RECS = [
P("[en] parent e-mail in English to the school about son's ADHD medicine at lunch", """
Please help me answer this parent in English:

"Dear teacher, from Monday [[n:Leo Andersen-Clarke]] (class 5B) will take his [[h:Ritalin]] at school at 12.00, the doctor increased the dose because of his [[h:ADHD]]. Could someone remind him? He sometimes [[h:loses his appetite]] so please let him eat his lunch before. Thanks, [[n:Rachel Clarke]], mobile [[p:+45 52 83 19 60]]"
"""),
P("[da] teacher's note to parents: pupil fainted in PE, diabetes suspicion", """
Hjælp mig med at skrive en besked til forældrene i Aula:
I idræt i dag [[h:besvimede]] [[n:Ida Kronborg]] (6.c) efter løb. Hun var [[h:bleg og rystende]] og sagde hun [[h:havde drukket rigtig meget vand]] hele ugen og [[h:skulle tisse hele tiden]]. Skolesygeplejersken [[n:Hanne Egeberg]] mener I skal få hende tjekket for [[h:diabetes]] hos lægen i dag.
"""),
P("[da] job-centre note: flexjob assessment, brain injury, CPR without dash", """
Journalnotat jobcenter – [[n:Kenneth Bager]] [[c:0208700618]]
Borger fik [[h:hjerneskade]] efter [[h:trafikulykke]] 2022. Har [[h:nedsat hukommelse]], [[h:lys- og lydfølsomhed]] og [[h:hurtig udtrætning]]. Arbejdsprøvning hos Grenaa Havn: 2 x 3 timer om ugen gik godt, men [[h:hovedpine]] efter 2. time. Indstilles til [[h:fleksjob]] på 10 timer.
Kan du lave det til en indstilling til rehabiliteringsteamet?
"""),
P("[en] HR: English note about a foreign colleague's mental health and sick leave", """
Can you write a supportive e-mail to [[n:Ana Ribeiro]] (she works in our kitchen team)? She's been off for 3 weeks with [[h:anxiety]] and [[h:insomnia]] after her father died, and her doctor has extended the [[h:sick note]] by 4 weeks. I want to offer a 'sygefraværssamtale' by phone, not at the office. Her private mail is [[e:ana.ribeiro.dk@gmail.com]].
"""),
P("[da] application for single benefit (enkeltydelse) for dental treatment, bank account in one phrase", """
Kan du tjekke denne ansøgning om enkeltydelse til tandbehandling for fejl?

Jeg hedder [[n:Tina Marie Højgaard]], cpr [[c:070578-1583]], og bor [[a:Kærvej 21, 8500 Grenaa]]. Jeg har [[h:to tænder der er knækket]] og [[h:betændelse i en rod]], tandlægen siger det koster 14.200 kr. Jeg er på kontanthjælp og har [[h:angst]] så jeg har udskudt det. Pengene skal ind på [[b:reg. nr. 9070 konto 1628 334 905]].
"""),
P("[en] payment: relative gives card number for mother's meal service and safety alarm", """
Can you check if this e-mail has all we need to set up payment? "Hi, I'm [[n:Daniel Frost]], son of [[n:Birgit Frost]], [[a:Skovparken 7, 8963 Auning]]. Please charge her [[h:meal service]] (madservice) and the [[h:emergency alarm]] to my card [[k:4571 7890 9938 3407]], exp 09/28. Mum can't manage online banking since her [[h:stroke]]."
"""),
P("[da] helbredstillæg: pensioner applies for support for medicine and glasses, form fields, account only", """
Hjælp mig med at opsummere ansøgningen til sagen:
Ansøgning om helbredstillæg
Navn: [[n:Harry Bisgaard]]
CPR: [[c:081147-3979]]
Reg.nr.: 1551
Kontonr.: [[b:4021937755]]
Hvad søges: tilskud til [[h:fodbehandling]] (jeg har [[h:diabetes]] og må ikke selv klippe negle), [[h:medicin]] ([[h:Ozempic]] og [[h:Lantus]]) og [[h:briller]] efter [[h:grå stær]]-operation.
"""),
P("[en] e-mail from a Swedish son about father's medicine costs, card payment", """
Translate to Danish and draft a short reply: "Hello, my father [[n:Gösta Lindqvist]] ([[c:260863-1480]]) lives at [[a:Strandvejen 45, 8585 Glesborg]]. He needs [[h:compression stockings]] and [[h:wound dressings]] for his [[h:leg ulcer]]. I can pay the co-payment with card [[k:5413-2949-4919-8997]]. Call me on [[p:+46 70 482 19 36]]. / [[n:Erik Lindqvist]]"
"""),
P("[da] HR: sick-leave statement for a colleague, broken foot, partial return", """
Skriv en kort mail til lønkontoret:
[[n:Mikael Vestergaard Holm]] (medarbejdernr. 40217) har [[h:brækket foden]] og er [[h:sygemeldt]] fra 2/9. Fra 23/9 starter han på [[h:delvis raskmelding]] med kontoropgaver 20 timer/uge, da han ikke kan køre bil med [[h:gips]]. Husk refusion.
"""),
P("[da] translation request: Danish letter about home care to English for a foreign daughter", """
Oversæt til engelsk til datteren i Australien:
"Kære [[n:Joan Pedersen-Wright]]. Din mor, [[n:Kirsten Pedersen]], er nu visiteret til [[h:hjemmepleje]] 3 gange dagligt og [[h:hjemmesygepleje]] en gang om ugen til [[h:medicindosering]]. Hun har fået [[h:nødkald]] installeret. Hendes [[h:hjertesvigt]] er stabilt, men hun er [[h:faldet]] to gange i sidste måned."
"""),
P("[en] long English e-mail from a relative in the UK: brother with schizophrenia, housing, medication (long)", """
Please summarise this long e-mail in Danish in 5 bullet points and suggest which department should reply:

"To whom it may concern,
I am writing about my younger brother, [[n:Stephen O'Connell]], who has lived in Grenaa since 2015. His address is [[a:Lillegade 23, 2. th., 8500 Grenaa]] and his Danish ID number is [[c:151195-0585]]. Stephen was diagnosed with [[h:paranoid schizophrenia]] when he was 22. For many years he was stable on [[h:depot injections]] given by the psychiatric team, but since the summer he has [[h:stopped his medication]] because he believes the injections are 'tracking' him. He calls me in Dublin several times a night, he says the neighbours are [[h:poisoning his water]] and he is [[h:not eating]]. Last week his landlord sent him a warning because of noise, and I am afraid he will be evicted. I do not know the Danish system. Does he have a contact person at the municipality? Is there a 'bostøtte' service? I would also like to know if the psychiatric hospital can visit him at home.
I can be reached at [[e:siobhan.oconnell@eircom.net]] or on [[p:+353 87 214 6690]].
Thank you,
[[n:Siobhan O'Connell]]"
"""),
P("[da] work-injury report: care worker hurt while transferring a paralysed citizen", """
Hjælp mig med arbejdsskadeanmeldelsen:
Medarbejder [[n:Kim Kragelund]] fik et [[h:smæld i ryggen]] kl. 8.15 under forflytning af borger [[n:Ejnar Toft]] på [[a:Gl. Kongevej 3, 8961 Allingåbro]]. Borgeren er [[h:halvsidigt lammet]] og vejer 115 kg, og [[h:loftliften]] var defekt. Kim har [[h:stærke smerter i lænden]] og var hos lægen samme dag.
"""),
P("[en] parent's e-mail about daughter's autism assessment and school refusal, Danish-English mix", """
Help me reply to this parent, keep it short: "Hi, our daughter [[n:Luna Mikkelsen]] ([[c:2107124060]]) has been at home for 6 weeks because of [[h:school refusal]]. The psychiatrist says she probably has [[h:autism]] and [[h:social anxiety]], but the 'udredning' takes 9 months. We need a plan now. [[n:Dorte Mikkelsen]], [[p:27 38 16 05]]"
"""),
P("[da] teacher's Teams message to colleague about pupil's injury on a school trip", """
Skriv det om til en kort besked til skolelederen:
[[n:Anders Lund Poulsen]]: på lejrskolen på Anholt [[h:forstuvede]] [[n:Mathias Krog]] sin ankel i går aftes. Vi var på skadestuen i Grenaa på vej hjem i dag – [[h:ikke brækket]], men han skal have [[h:krykker]] en uge. Hans far ved det.
"""),
P("[da/en] English instruction, Danish job-centre note about pregnant citizen with hyperemesis", """
Make this more professional in Danish, and give me an English version for the citizen:
"[[n:Samira Aziz]] [[c:0901014884]] ringede: er [[h:gravid i uge 11]] og har [[h:voldsom graviditetskvalme]] ([[h:hyperemesis]]), har været [[h:indlagt på drop]] 2 gange. Kan ikke møde til aktivering. Lægeerklæring kommer."
"""),
P("[en] incident at a nursing home: medication error, resident named, nurse named", """
Write this up as a UTH report in Danish:
On 14 March at 08.00 resident [[n:Poul Henning Jessen]] (room 12) was given the morning medicine of another resident by mistake, including [[h:Metoprolol 100 mg]] and [[h:Furosemide]]. At 10.30 his [[h:blood pressure was 88/50]] and he felt [[h:dizzy]]. GP informed, extra monitoring. Nurse on duty: [[n:Lena Brix]].
"""),
P("[da] citizen's own short e-mail requesting home visit, lowercase, e-mail only", """
kan du hjælpe med et svar: "hej jeg kan ikke komme til mødet på jobcentret på torsdag for jeg har fået [[h:helvedesild]] i ansigtet og [[h:kan næsten ikke se på højre øje]]. mvh [[e:mads.oe.kristensen@outlook.dk]]"
"""),
P("[en] English note from a Danish case worker about a child's diagnosis for a family counselling case", """
Please improve my English: "[[n:Felix Brandt Mortensen]], 8 years, [[c:2603148749]], has [[h:Tourette's syndrome]] and [[h:OCD]]. He has [[h:tics]] that get worse with stress. The parents, [[n:Nina Brandt]] and [[n:Jens Mortensen]], are separated and disagree about [[h:medication]]. The school requests [[h:support hours]]."
"""),
P("[da] complaint from a citizen about waiting time for rehab, address and phone in signature", """
Skriv et kort svar fra Sundhed og Omsorg:

"Jeg blev udskrevet fra Randers for 4 uger siden efter en [[h:knæoperation]] med en [[h:genoptræningsplan]], men jeg har stadig ikke hørt noget. Mit knæ er [[h:stift]] og jeg [[h:kan ikke bøje det]] mere end 70 grader. Det er ikke i orden.
Med venlig hilsen
[[n:Anni Rosendahl]]
[[a:Vibevej 12, 8500 Grenaa]]
tlf. [[p:30 21 88 47]]"
"""),
P("[da] minutes: child protection meeting about a baby, mother's drug use", """
Lav et kort referat til sagen ud fra mine stikord:
møde 21/11 – [[n:Jasmin Lykkegaard]] og baby ([[c:1110208869]])
- mor har [[h:brugt hash]] under graviditeten, [[h:testet positiv]] ved fødslen
- baby har haft [[h:abstinenser]], været på neonatal 10 dage
- mor [[h:i behandling hos Misbrugscentret]], møder stabilt
- sundhedsplejerske [[n:Karen Iversen]] kommer hver uge
- næste møde 5/1
"""),
P("[en] Teams thread between two English-speaking staff about a resident's pressure ulcer", """
Summarise this for the nurse in Danish:
[10:02] [[n:Grace Mensah]]: checked on [[n:Bodil Hviid]] – the [[h:pressure sore]] on her sacrum is now [[h:grade 3]], a bit of smell
[10:04] [[n:Tom Fischer]]: she needs the [[h:air mattress]] then, I'll call the aids depot
[10:05] [[n:Grace Mensah]]: and she's not drinking, maybe [[h:dehydrated]]. BP low.
"""),
P("[da] phone note: citizen's spouse calls about his wife's cancer and need for a hospital bed", """
Opkald kl. 9.05 fra [[n:Leif Damgaard]] ([[p:86 33 72 19]]), [[a:Hvedemarken 8, 8586 Ørum Djurs]]: hans kone [[n:Ruth Damgaard]] har [[h:kræft i bugspytkirtlen]] og er nu [[h:uhelbredeligt syg]]. Hun ønsker at dø hjemme. De har brug for [[h:plejeseng]] og [[h:palliativ hjemmesygepleje]] hurtigst muligt. Lav en hasteanmodning til visitationen.
"""),
P("[da] HR: manager's note on a colleague's fertility treatment and flexible hours", """
Skriv en bekræftelse til medarbejderen om aftalen:
[[n:Signe Holmgaard]] er i [[h:fertilitetsbehandling]] på Skive Fertilitetsklinik og skal have fri til [[h:ægudtagning]] og [[h:scanninger]] med kort varsel de næste 3 måneder. Vi aftaler flekstid og at hun ikke har aftenvagter. Kun [[n:Signe Holmgaard]] og jeg ([[n:Peter Skjødt]]) kender til aftalen.
"""),
P("[en] parent's message in English about daughter's concussion after PE", """
Help me answer: "Hi, [[n:Chloe Sandberg]] got a ball in the head in PE on Tuesday and the GP says she has a [[h:concussion]]. She must avoid screens and can only attend 2 hours a day next week. Please send homework on paper. She also gets [[h:headaches]] from noise. Best, [[n:Victoria Sandberg]]"
"""),
P("[en] job-centre English summary for an interpreter-supported meeting, sick-pay, surgery", """
Make this clearer: Citizen [[n:Dmitri Volkov]], [[c:150999-1053]], works at a slaughterhouse. He has had [[h:surgery for carpal tunnel syndrome]] in both hands and still has [[h:numbness]]. Sick-pay since August. The surgeon expects [[h:partial recovery]]. We agreed to contact the employer about lighter tasks. Interpreter: Russian.
"""),
P("[da] incident report: child injured at kindergarten by a falling shelf", """
Skriv en hændelsesrapport ud fra dette:
Tirsdag kl. 14.20 væltede en reol på stuen Mariehønen. [[n:Sebastian Nyholm]] (4 år, [[c:2210175134]]) fik den over benet og [[h:græd meget]]. Han [[h:kunne ikke gå]] på benet. Far [[n:Rune Nyholm]] hentede ham og tog på skadestuen: [[h:revne i skinnebenet]], [[h:gips]] i 4 uger. Reolen var ikke skruet fast i væggen.
"""),
P("[en] English e-mail from a Danish employee to a hospital abroad about a citizen (translation check)", """
Is my English correct? "Dear colleagues at Malaga hospital, our citizen [[n:Ebbe Kronborg]], born 2 Sep 1949, was admitted to you after a [[h:heart attack]] during his holiday. He has [[h:type 2 diabetes]] and [[h:kidney failure]] and receives [[h:home dialysis]] in Denmark. Please send the [[h:discharge summary]] to our nurse [[n:Mette Aagaard]], [[e:meaa@norddjurs.dk]]."
"""),
P("[da] long citizen letter about care of his wife with dementia and his own heart problems (long)", """
Kan du hjælpe mig med at finde de vigtigste ønsker i dette brev og skrive et svarudkast?

"Til visitationen.
Jeg skriver fordi jeg ikke kan mere. Min kone [[n:Edith Laursen]] og jeg bor på [[a:Toftevej 5, 8570 Trustrup]]. Edith fik konstateret [[h:frontotemporal demens]] for tre år siden og er nu i en fase hvor hun [[h:ikke kan finde ud af at klæde sig på]], hun [[h:vil ikke spise]] når jeg laver mad, og om natten [[h:vandrer hun rundt]] og prøver at gå ud af hoveddøren. Jeg har sat en alarm op, men jeg sover næsten ikke. Hjemmeplejen kommer om morgenen og hjælper hende i bad, men resten af dagen er det mig.
Selv har jeg [[h:atrieflimren]] og fik en [[h:pacemaker]] i foråret. Lægen siger jeg skal passe på mig selv, og at jeg har [[h:for højt blodtryk]] af al den stress. Vores søn bor i Odense og kan kun komme hver anden weekend.
Jeg vil gerne søge om [[h:aflastning]] i weekenderne, og om [[h:dagcenter]] to dage om ugen, og jeg vil også høre om hun kan komme på venteliste til en [[h:demensplads]]. Jeg synes ikke selv jeg er klar til det, men jeg kan ikke blive ved.
Venlig hilsen
[[n:Arne Laursen]]
[[p:86 47 12 93]]"
"""),
P("[en] message from a Thai wife about husband's alcohol and aggression (translation)", """
Translate to Danish for the family team: "My husband [[n:Jan Vestergaard]] [[h:drink alcohol every day]], he [[h:get very angry]] and yesterday he broke the door. I am afraid. He also has [[h:liver disease]] the doctor said. We live [[a:Fjellerupvej 120, 8585 Glesborg]]. Please call me [[p:31 40 59 82]] only in daytime. Nok"
"""),
P("[da] hand-over in home nursing: wound, stoma, catheter; names and addresses in table", """
Lav en tabel (borger | adresse | opgave) ud fra denne overlevering:
[[n:Gunnar Vad]], [[a:Ålsrodevej 9]] – [[h:stomipose]] skiftes, [[h:huden omkring stomien er rød]]
[[n:Erna Brask]], [[a:Bredgade 30, Auning]] – [[h:sår på foden]], [[h:sølvbandage]] hver 3. dag
[[n:Hans Bille]], [[a:Enggårdsvej 2]] – [[h:kateter]] skiftes torsdag, [[h:blærebetændelse]] i behandling med [[h:Selexid]]
"""),
P("[en] HR: English reference-check note mentioning a candidate's health (wrongly) – asks to remove", """
Rewrite this reference note without any health information: "Called [[n:Karen Moe]] (previous manager) about candidate [[n:Julie Sand]]. Karen said Julie is a skilled SOSU assistant but had a long [[h:sick leave due to depression]] in 2023 and [[h:migraine attacks]] about once a month. Karen's number: [[p:24 16 80 39]]."
"""),
P("[da] parent's text to the day-care about child's allergy and new medicine", """
sms fra mor til vuggestuen, lav et opslag til personalet:
"hej det er [[n:maria kold]], mor til [[n:villads kold]]. han er testet og har [[h:mælkeallergi]] og [[h:æggeallergi]], så han må ikke få noget med mælk eller æg. han skal have [[h:Aerius]] hver morgen og der ligger [[h:adrenalinpen]] i hans taske"
"""),
P("[da/en] Danish text with English request: pupil's mother with cancer, impact on child", """
Could you help me write a note to the class teachers in Danish based on this? Keep it discreet.
"[[n:Sofus Kjær]] (7.a): hans mor [[n:Lene Kjær]] har fået [[h:strålebehandling]] for [[h:kræft]] og er meget syg. Sofus er [[h:trist og træt]] i timerne. Vi tilbyder samtaler hos skolepsykolog."
"""),
P("[en] e-mail from Danish citizen living in Spain about father's nursing home care and payment by card", """
Help me reply: "Hello, I'm [[n:Bjarne Thorsen]], I live in Alicante. My father [[n:Verner Thorsen]] lives at the nursing home in Auning. He has [[h:Parkinson's]] and now needs a [[h:special wheelchair]]. The home asked for payment for his hairdresser and [[h:foot care]]; please use my card [[k:4026125578619881]]. Also, how is his [[h:swallowing]]? [[e:bjarne.thorsen@telefonica.net]]"
"""),
P("[da] job-centre phone note, citizen's bipolar disorder, lowercase name", """
tlf.notat: [[n:peter kirk]] ringede kl 13. er [[h:maniodepressiv]] og har været i en [[h:manisk periode]], har [[h:ikke sovet]] i 3 døgn. skal ikke til samtale i næste uge. hans psykiater har [[h:sat lithium op]]. han er selv ok med at vi kontakter [[h:psykiatrisk afdeling]]. lav det til et neutralt notat
"""),
P("[en] citizen's own words in English on an application form for support for a disabled child (merudgifter)", """
Check this application text for missing info:
Applicant: [[n:Olivia Grant]], [[a:Møllevej 3, 8963 Auning]]
Child: [[n:Noah Grant]], [[c:0307184871]]
Why do you apply: Noah was born with [[h:spina bifida]] and uses a [[h:wheelchair]]. He needs [[h:catheters]] 5 times a day and special [[h:diapers]]. We also drive to Aarhus for [[h:physiotherapy]] every week.
Bank: [[b:5470 account no. 1029 384 756]]
"""),
P("[da/en] English translation request: letter about child's physiotherapy and hip dysplasia", """
Translate to English for the parents: "Vi har modtaget henvisning på [[n:Aya Nakamura-Holm]], [[c:0808154262]]. Aya har [[h:hofteledsdysplasi]] og skal have [[h:fysioterapi]] en gang om ugen i kommunens børneterapi. Hun skal fortsat bruge sin [[h:skinne]] om natten."
"""),
P("[da] complaint about ambulance/hjemmepleje to the municipality, capital names, husband's heart", """
Svar venligt og kort på denne mail:
"Min mand [[n:Ole Brink]] fik [[h:hjertestop]] i haven i søndags. Heldigvis havde naboen en hjertestarter. Nu er han hjemme med [[h:ICD]], men hjemmeplejen ved ikke hvad de skal gøre hvis den går af. Kan I sende nogen der kan forklare det? Hilsen [[n:Karin Brink]], [[a:Skovbrynet 4, 8500 Grenaa]]"
"""),
P("[en] chat between managers about an employee's sick leave and pay, CPR included by mistake", """
Remove the CPR and rewrite: "[[n:Lise Kofoed]] ([[c:090281-2547]]) is still on sick leave after her [[h:hysterectomy]], the hospital found [[h:complications]] and she needs another 4 weeks. Can payroll check if we get 'sygedagpengerefusion'? – [[n:Martin Ulrik]]"
"""),
P("[da] incident report, school bus: child with epilepsy had a seizure on the bus", """
Hjælp med hændelsesrapport:
Kl. 7.35 fik [[n:Ellen Stausholm]] (8 år, [[c:1908194464]]) et [[h:epileptisk anfald]] i skolebussen fra Vivild. Chaufføren stoppede og lagde hende i [[h:aflåst sideleje]]. Anfaldet varede ca. 3 minutter. Der blev givet [[h:Buccolam]] efter hendes [[h:anfaldsplan]]. Mor [[n:Jane Stausholm]] hentede hende på skolen.
"""),
P("[en] long English Teams thread between a Danish team and a hospital liaison about a citizen's discharge (long)", """
Summarise this thread for the home-care group leader in Danish, max 6 lines:

[[n:Rebecca Lund]] (hospital liaison, AUH) 09:05: Hi, we are planning discharge of [[n:Bent Arnoldsen]], [[c:170346-0018]], on Thursday. He was admitted with [[h:sepsis]] from a [[h:urinary tract infection]]. He has [[h:vascular dementia]] and was [[h:delirious]] for the first four days, now more clear. He needs help with [[h:personal hygiene]] and [[h:mobilises with a walker]].
[[n:Jesper Holt]] (Norddjurs visitation) 09:20: Thanks. He lives alone at [[a:Engvej 17, 8961 Allingåbro]], first floor. Does he manage stairs?
[[n:Rebecca Lund]] 09:31: Only with support from one person. Physio recommends [[h:rehab stay]] for 2 weeks. He is on [[h:IV antibiotics]] until Wednesday, then [[h:tablets]] for 5 days. [[h:Catheter]] removed yesterday, some [[h:incontinence]].
[[n:Jesper Holt]] 09:40: We can offer a rehab bed at the training centre from Friday. Can you keep him until then?
[[n:Rebecca Lund]] 09:52: Yes, I'll talk to the doctor. His daughter [[n:Annika Arnoldsen]] wants to be contacted, [[p:21 76 34 90]].
"""),
P("[da] short Teams message: colleague's sick daughter, lowercase full name", """
kan du gøre den her besked kortere? "hej alle, [[n:nanna bøgh]] er hjemme med sin datter der har [[h:RS-virus]] og [[h:høj feber]], hun tjekker mail i aften"
"""),
P("[en] citizen in English applies for support for psychologist after assault", """
Summarise for the case worker: "My name is [[n:Kwame Asante]], I live at [[a:Jernbanegade 11, 1. tv., 8500 Grenaa]]. I was [[h:attacked]] in June and have [[h:nightmares]] and [[h:panic attacks]]. My GP says [[h:PTSD]]. I want to apply for help to pay a [[h:psychologist]]. Contact: [[e:kwame.asante@gmail.com]]"
"""),
P("[da] citizen pays for aids with card over the phone – phone note with card number", """
Tlf.notat: [[n:Gerda Kirkegaard]] ([[c:0811473979]]) vil betale egenbetaling for [[h:høreapparat]] og batterier med kort. Hun læste kortnummeret op: [[k:5290 6822 1842 4128]], udløb 11/27. Kan du skrive hvordan vi i stedet skal bede hende betale, så vi ikke gemmer kortnumre i journalen?
"""),
P("[en] teacher's note in English (international school line) about student's eating disorder concerns", """
Help me phrase my concern to the school nurse: "I'm worried about [[n:Isabella Moreno]] in 9th grade. She [[h:skips lunch]] every day, has [[h:lost a lot of weight]] since summer and wears big sweaters. A classmate told me she [[h:makes herself throw up]]. I have not spoken to her parents yet. – [[n:Thomas Bendix]]"
"""),
P("[da] minutes: staff meeting listing colleagues' absences with reasons (should not be shared)", """
Gør dette referat klar til at sende ud, men fjern det der ikke bør stå der:
Punkt 1: Fravær – [[n:Birthe Lyng]] er på [[h:barsel]] fra 1/5. [[n:Jonas Kjeldgaard]] er [[h:langtidssygemeldt med stress]]. [[n:Tanja Ø. Madsen]] har [[h:brækket armen]] og arbejder kun på kontoret.
Punkt 2: Nyt vagtskema.
"""),
P("[en] English e-mail from Faroese relative (English) about sister's psychiatric admission", """
Draft a reply that explains we need her consent: "I'm [[n:Rakul Joensen]], sister of [[n:Marita Joensen]] who lives at [[a:Østerbrogade 19, 8500 Grenaa]]. Marita was [[h:admitted to psychiatry in Risskov]] on Friday after a [[h:suicide attempt]]. What will happen when she comes home? Phone [[p:+298 21 44 53]]"
"""),
P("[da] bank account for a refund of medicine expenses, reg and account in one phrase with dash", """
Skriv et kort brev til borgeren om at beløbet bliver udbetalt:
[[n:Otto Krabbe]], [[a:Hovedgaden 41, 8586 Ørum Djurs]], har fået bevilget tilskud til [[h:epilepsimedicin]] ([[h:Lamictal]]) efter § 82. Beløbet 2.345 kr. udbetales til [[b:9712-0001833462]].
"""),
P("[da/en] Danish pupil plan with English request, dyscalculia and anxiety", """
Write this in English for the parents who are Dutch:
"Elevplan for [[n:Daan Visser]], 4.b: Daan har [[h:dyskalkuli]] og bliver let [[h:angst]] i matematik. Han får [[h:ekstra støtte]] 2 lektioner om ugen og må bruge lommeregner til prøver. Forældre: [[n:Marieke Visser]], [[p:53 72 08 14]]."
"""),
P("[en] short Teams: colleague back after knee surgery asks to avoid stairs", """
Rephrase nicely: "[[n:Søren Elkjær]] is back from his [[h:knee surgery]], pls give him ground floor citizens only and no stairs for 6 weeks. he still uses [[h:crutches]]"
"""),
P("[da] phone note from nurse about a citizen's new diagnosis and fear; spouse's number", """
Opkald kl. 16.40 fra [[n:Britta Winding]], ægtefælle til [[n:Flemming Winding]] ([[c:110667-1830]]): han har lige fået at vide at han har [[h:ALS]]. Han [[h:taler allerede utydeligt]] og [[h:har svært ved at synke]]. Hun spørger om [[h:talecomputer]] og [[h:hjælp til bad]]. Hendes tlf [[p:4086 2713]]. Lav en opgave til ergoterapeuten.
"""),
P("[en] incident at a sports facility (municipal), named visitor injured", """
Write a short incident report: Visitor [[n:Jonathan Reyes]] slipped on the wet floor by the pool at Grenaa Idrætscenter at 18.15 and [[h:hit his head]]. He was [[h:unconscious for about 30 seconds]] and had a [[h:cut above the eyebrow]]. Lifeguard [[n:Emil Dahlgaard]] gave first aid, ambulance called. His wife's number: [[p:25 91 47 36]].
"""),
P("[da] short hand-over note, one resident, insulin and low blood sugar", """
Aften: [[n:Asta Krogh]] stue 3 – [[h:lavt blodsukker]] 2,9 kl 21, fået saftevand og mad, nu 6,1. [[h:Insulin]] aftendosis ikke givet, læge spurgt. Skriv kort til natten.
"""),
P("[en] e-mail from an Irish father about a child's diabetes care at after-school club", """
Reply in English, friendly: "Hi, [[n:Aoife Byrne]] ([[c:0104167672]]) starts at your SFO on Monday. She has [[h:type 1 diabetes]] and an [[h:insulin pump]], and a [[h:sensor]] that beeps when her sugar is low. Could the staff please check the app? – [[n:Declan Byrne]], [[p:+353 86 129 4471]]"
"""),
P("[da] translation request: Danish minutes of a hospital meeting, father's dementia, into English", """
Oversæt venligst til engelsk til sønnen i USA:
"Møde på Regionshospitalet Randers om [[n:Holger Kjeldsen]]. Holger har [[h:Lewy body demens]] og har [[h:hallucinationer]] om natten. Han er [[h:faldet]] 4 gange på afdelingen. Lægen anbefaler [[h:plejebolig]]. Søn [[n:Paul Kjeldsen]], [[e:paul.kjeldsen@yahoo.com]]."
"""),
P("[da] last: short complaint about a blind citizen's guide dog being refused on the bus", """
Skriv et svar: "Jeg er [[h:blind]] og har [[h:førerhund]], og chaufføren på 212'eren ville ikke lukke os ind. – [[n:Lisbeth Ravnsborg]], [[p:21 08 63 54]]"
"""),
P("[da] short: phone note, name and number, hip pain after a fall", """
Skriv pænt: [[n:Gunhild Ravn]] ([[p:86 30 41 22]]) ringede, hun har [[h:ondt i hoften]] efter faldet i går og vil have besøg af sygeplejen
"""),
P("[en] short: relative asks for diabetic meals", """
Translate to Danish: "My mum [[n:Rita Holm]] is [[h:diabetic]] – can the meal service send sugar-free desserts?"
"""),
P("[da] short: Teams message, colleague off with covid", """
teams til vagtplan: [[n:Jens Peter Bak]] er [[h:sygemeldt med covid]] til onsdag, kan nogen tage hans aftenvagt?
"""),
P("[en] short: kind message to a colleague in chemotherapy", """
Is this ok to send? "Hi [[n:Mona Skau]], hope the [[h:chemo]] went ok today. Don't think about work at all. Hugs from all of us"
"""),
P("[da] short: CPR only, citizen stopped antipsychotic medicine", """
[[c:2809912208]] ringede – [[h:tager ikke sin Zyprexa]] længere, mor er bekymret. Lav et kort notat
"""),
P("[en] short: e-mail only, wheelchair repair", """
Shorten: [[e:kai.lindgren@gmail.com]] asks whether the repair of his [[h:electric wheelchair]] is covered by the municipality.
"""),
]
