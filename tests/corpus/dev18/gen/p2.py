"""dev18 personal batch 2 (ids follow p1): more typed prompts (English and mixed share higher),
finance identifiers (IBAN, CVR of sole traders, card), and long pasted material."""
from lib import personal as P

RECORDS = [
P("[en] short: neighbour complaint mentions hoarding and depression",
  "Rephrase nicely: the tenant [[n:Mads Overby]] at [[a:Kirkegade 6, 8500 Grenaa]] has not let the caretaker in for months, the flat smells and he is [[h:severely depressed]] according to his sister."),
P("[da] typo-prompt, epilepsi-anfald på bostedet",
  "hjælp m. hændelsesrapport: [[n:Simon Thorsen]] fik et [[h:krampeanfald]] i fællesrummet kl 1430 ca 3 min, givet [[h:Buccolam]] efter instruks, kom sig efter 20 min. ingen skader"),
P("[da/en] translate to english: miscarriage sick leave",
  "oversæt til engelsk, det er til vores nye vikar: [[n:Julie Mortensen]] er [[h:syg]] resten af ugen, hun har haft en [[h:abort]] (spontan) og har brug for ro. spørg ikke ind til det"),
P("[da] sagsbehandler: merudgifter til diabeteskost",
  "kan [[n:Henning Dam]] ([[c:081259-2017]]) få dækket merudgifter til [[h:glutenfri kost]]? han har [[h:cøliaki]] og [[h:type 2 diabetes]]. skriv et kort svar med henvisning til § 100"),
P("[en] parent email: child with stammer, speech therapy",
  "Please reply to [[e:anna.berg@gmail.com]]: her son [[n:Lucas Berg]] is on the waiting list for [[h:speech therapy]] for his [[h:stammer]], expected start after summer."),
P("[da] plejehjem: beboer med MRSA",
  "skriv en kort info til køkkenpersonalet om at [[n:Ejnar Kofoed]] på afsnit B har [[h:MRSA]] og at der skal bruges [[h:isolationsværnemidler]] ved servering. må man skrive navnet?"),
P("[da] fleksjob: borger med hjerneskade",
  "lav et kort resumé: [[n:Rasmus Nyborg]], [[a:Grønnegade 19, 8950 Ørsted]] - [[h:erhvervet hjerneskade]] efter trafikulykke 2021, [[h:hurtigt udtrættelig]], [[h:hukommelsesbesvær]], kan arbejde 12 t/uge i skånsomt job"),
P("[en] rewrite note about wheelchair ramp",
  "make this shorter: Mr [[n:Bashir Ahmadzai]] uses a [[h:wheelchair]] after a [[h:spinal cord injury]], and needs a ramp at the back door of his house at [[a:Teglværksvej 12, 8963 Auning]]. The housing association has agreed."),
P("[da] tømrer enkeltmandsvirksomhed med CVR",
  "skriv en ordrebekræftelse til tømrer [[n:Jens Holt]] (enkeltmandsfirma, CVR [[v:38427716]]) på montering af greb i badeværelset hos en borger. betaling til [[b:7670-0001482396]] inden for 30 dage"),
P("[da] hjemmesygepleje: sårpleje, diabetisk fodsår",
  "omformuler til en god overlevering: [[n:Finn Bach Jakobsen]] har [[h:diabetisk fodsår]] på højre storetå, skiftes hver 2. dag med [[h:Aquacel]], sår lidt [[h:ildelugtende]] i dag - [[h:mistanke om infektion]], lægen kontaktet"),
P("[da/en] IBAN refund to German account",
  "can you write this in german? [[n:Klaus Weber]] har betalt to gange for sommerhusgebyret og skal have 1.200 kr. retur til [[i:DE89 3704 0044 0532 0130 00]]. sig undskyld for fejlen"),
P("[da] personalemøde: kollega tilbage efter kræft",
  "skriv et velkomstindlæg til personalebladet om at [[n:Birgit Lauritsen]] er tilbage efter sin [[h:tarmkræft]] og [[h:kemobehandling]] - hun har sagt ok til at det nævnes"),
P("[en] short English chat, ex-smoker, COPD rehab",
  "is [[n:John Kjær]] eligible for the [[h:COPD rehab]] course at Sundhedscentret? he [[h:quit smoking]] last year and uses [[h:Spiriva]]. his number is [[p:26 14 90 55]]"),
P("[da] dagpleje: barn med astma og inhalator",
  "skriv en kort instruks til dagplejeren: [[n:Alma Winther Jensen]] (2 år) har [[h:astma]], får [[h:Ventoline]] med [[h:forsatskammer]] ved [[h:hoste og hvæsen]], ring til mor hvis det ikke hjælper"),
P("[da] lang: sygeplejejournal, udskrivelse efter hoftefraktur",
  """Lav en kort plan for de første 14 dage ud fra udskrivningsbrevet nedenfor:

Udskrivningsrapport - Regionshospitalet Randers, Ortopædkirurgisk afd.
Pt.: [[n:Anna Margrethe Holst]], [[c:010944-2275]]
Bopæl: [[a:Ågade 15, 8961 Allingåbro]]
[[h:Indlagt 02.10]] - udskrives 09.10

Indlæggelsesårsag: [[h:Fald i hjemmet med collum femoris fraktur]] ve. Opereret 03.10 med [[h:hemialloplastik]]. Forløb kompliceret af [[h:delir]] 2. postop. døgn, behandlet med [[h:Haloperidol]] i lav dosis, nu ophørt. Fuld belastning tilladt. Må ikke krydse benene eller bøje hoften over 90 grader de første 3 mdr.

Mobilisering: Går med [[h:gangvogn]] med støtte af 1 person. Har brug for [[h:hjælp til på- og afklædning af underkrop]] og [[h:personlig hygiejne]].

Medicin ved udskrivelse: [[h:Paracetamol 1 g x 3]], [[h:Morfin depot 10 mg x 2]] aftrappes over 1 uge, [[h:Movicol]] 1 brev dagl. så længe hun får morfin, [[h:Fragmin 5000 IE]] s.c. dagl. til og med 02.11 (hjemmesygeplejen giver), vanlig [[h:Levaxin 100 mikrog]].

Øvrigt: Kendt [[h:osteoporose]] - henvist til [[h:DXA-scanning]]. [[h:Nedsat syn]] pga. [[h:grå stær]] ve. øje. Pt. bor alene, søn [[n:Torben Holst]] [[p:30 22 81 64]] er kontaktperson.

Opfølgning: Genoptræningsplan sendt til kommunen ([[h:almen genoptræning]]). [[h:Sårkontrol]] og [[h:fjernelse af agrafer]] hos egen læge dag 14."""),
P("[da] lang: referat personalemøde med sygefravær og navne",
  """Kan du rette stavefejl og gøre referatet pænere? Det skal ud til hele teamet.

Referat teammøde hjemmepl. distrikt Syd 11/3
tilstede: 9 medarb + leder, afbud: [[n:Jane Hvid]] ([[h:sygemeldt]])

1) velkommen til [[n:Karsten Lind]] som starter på aftenholdet
2) sygefravær: vi ligger på 7,8% for feb, det er for højt. [[n:Jane Hvid]] er stadig [[h:sygemeldt]] med sin [[h:ryg]] og venter på [[h:MR-scanning]], forventer at være tilbage i april. [[n:Mona Abdi]] går ned i tid efter [[h:hjerteoperationen]], 25 t/uge resten af foråret.
3) borgere: fru [[n:Elly Mogensen]] på [[a:Nørrevej 4, 8560 Kolind]] er blevet meget [[h:dårligere]] og [[h:sover det meste af dagen]], vi skal være obs på [[h:væske]] og [[h:tryksår]], har fået [[h:trykaflastende madras]]. hr [[n:Leif Ankersen]] skal have [[h:2 mand på ved bad]] nu pga [[h:vægt og balance]] - ergo har været ude.
4) ny nøgleboks-procedure, se mail
5) sommerferieplan: ønsker senest 1/4
6) evt: kaffemaskinen er i stykker igen, [[n:Karsten Lind]] ringer til service
ref: Maja"""),
P("[en] long: integration case summary, shoulder injury, PTSD referral",
  """Please shorten this case summary to max 5 lines for the integration team meeting:

Client: [[n:Abdirahman Hassan Ali]], date of birth 14.04.1986, [[c:140486-3009]]
Address: [[a:Ringvejen 52, 1. mf, 8500 Grenaa]]
Phone: [[p:91 47 23 60]]

Arrived in Denmark in 2019 with family reunification. Married, three children aged 3, 7 and 12. Completed Danish module 2. Has been on integration benefit since 2022 after losing his job at a slaughterhouse due to a [[h:shoulder injury]] ([[h:torn rotator cuff]], operated at Aarhus University Hospital in June 2022). Still reports [[h:pain when lifting his arm above shoulder height]] and [[h:cannot sleep on his right side]].
At our meeting on 5 March he said he feels [[h:hopeless]] and [[h:has nightmares]] about his time in a refugee camp. His GP has referred him to the [[h:Clinic for PTSD and Torture Survivors]] in Aarhus, waiting time approx. 10 months. He takes [[h:ibuprofen]] most days which he buys himself.
He wants to work as a bus driver. Plan: apply for driving licence course, short internship at the recycling centre with no heavy lifting, follow up with GP on possible [[h:physiotherapy]]."""),
P("[da] lang: statusudtalelse børnehave til skolestart",
  """Jeg skal skrive en overleveringsudtalelse fra børnehave til skole. Kan du strukturere mine stikord?

Barn: [[n:Karla Abildgaard Rosenkilde]], født 2019, Børnehuset Stjernen, Ørsted
Forældre: [[n:Sidsel Abildgaard]] ([[p:27 51 30 84]]) og [[n:Mikkel Rosenkilde]]

- glad pige, mange venner, elsker at tegne og bygge
- [[h:født for tidligt]] uge 30, [[h:lav fødselsvægt]], [[h:fulgt af børneafd.]] til 2 år
- [[h:forsinket sprog]] - går til [[h:talepædagog]] 1 gang ugentligt, har svært ved s- og r-lyde
- [[h:høretab på venstre øre]], har [[h:høreapparat]] som hun nogle gange tager af i larm
- [[h:motorisk lidt klodset]], blev udredt hos ergoterapeut 2023, [[h:nedsat muskeltonus]]
- [[h:mælkeallergi]] - skal have laktosefri/mælkefri mad, kostplan følger med
- mor fortæller at Karla har haft [[h:mange mellemørebetændelser]] og fået [[h:dræn]] 2 gange
- vi anbefaler at hun sidder tæt på læreren og at der er ro omkring hende i undervisningen
- fritidshjem: hun har brug for en voksen der hjælper hende i gang i leg

Skolestart: Vivild Skole 0.a, aug."""),
P("[da] lang: jobafklaring notat med misbrug og hjemløshed",
  """Lav et resumé i 3 punkter til min leder. Notatet er langt og rodet:

Samtale 18.01 kl 10, jobcenter Grenaa. Tilstede: borger [[n:Christian Kjærsgaard]], cpr [[c:060456-2902]] + mentor.
Borger er i øjeblikket uden fast bopæl, sover hos en ven på Fjellerup Strand, post til c/o [[a:Strandvejen 110, 8585 Glesborg]]. Har tlf [[p:25 80 61 12]] men den er tit slukket.
Fortæller han har [[h:drukket]] dagligt siden 2019, ca [[h:10-12 øl]], har forsøgt [[h:afrusning]] på Djurslands Misbrugscenter to gange men faldt i begge gange. Han er interesseret i [[h:døgnbehandling]].
Har [[h:leverpåvirkning]] iflg. egen læge, [[h:rystelser]] om morgenen. Fik [[h:Librium]] sidste gang han forsøgte at stoppe.
Mentor oplyser at han har haft en [[h:hjernerystelse]] efter en [[h:faldulykke]] i december og siden har haft [[h:hovedpine]] og [[h:svimmelhed]].
Vil gerne arbejde igen på sigt, har tidligere været tagdækker.
Aftale: ansøgning om døgnbehandling sendes via misbrugscentret, borger kontakter egen læge ift. svimmelheden, næste samtale 01.02."""),
P("[da] kort: elev med spiseforstyrrelse",
  "hvad skal jeg sige til forældrene til [[n:Freja Damsgaard]] når jeg har set at hun [[h:kaster op efter frokost]] og [[h:har tabt sig meget]]? jeg er hendes kontaktlærer"),
P("[da/en] summarise in English: dementia, lives alone",
  "summarise in english for the locum doctor: [[n:Harald Juul]] 88 år, [[h:Alzheimers]] moderat grad, bor alene på [[a:Enghavevej 7, 8581 Nimtofte]], får [[h:Donepezil 10 mg]], [[h:hjemmepleje]] 3 x dgl, [[h:vandrer]] om natten"),
P("[en] HR: colleague with cancer wants info kept private",
  "how do I tell the team that [[n:Rebecca Thorup]] will be away for 6 months for [[h:lymphoma treatment]] without giving details she doesn't want shared?"),
P("[da] psykiatri: selvmordstanker, akut",
  "hjælp mig hurtigt: [[n:Tobias Rahbek]] skrev lige til mig på sms fra [[p:29 40 73 16]] at han [[h:ikke vil leve mere]]. hvad gør jeg? han er tilknyttet [[h:bostøtten]] og har [[h:bipolar lidelse]]"),
P("[da] forældre spørger om vaccine og epilepsi",
  "kan du formulere et svar til [[n:Heidi Klausen]] ([[e:heidi.klausen@mail.dk]]) om at sundhedsplejersken ikke kan rådgive om [[h:HPV-vaccinen]] til hendes datter med [[h:epilepsi]], hun skal tale med egen læge"),
P("[da] tilskud til briller og tandbehandling",
  "skriv et afslag til [[n:Gitte Hansen]], [[a:Toldbodgade 2, 8500 Grenaa]] på tilskud til [[h:briller]], men bevilling af [[h:tandbehandling]] for [[h:paradentose]]: 4.800 kr. efter aktivlovens § 82"),
P("[en] driving instructor CVR sole trader",
  "Draft an invoice reminder to the driving instructor [[n:Søren Brink]], sole trader, CVR [[v:29183746]], for the lessons we paid for a young client in the after-care programme. Ask him to refund 3,500 kr."),
P("[da] lille forbogstav, hjemmehjælp rengøring, smerter",
  "kan du skrive til [[n:lis jørgensen]] at rengøringen flyttes til onsdag i næste uge. husk at skrive at hjælperen også hjælper med [[h:bad]] pga hendes [[h:slidgigt i knæene]]"),
P("[da] sundhedscenter: rygestop og KOL",
  "lav en påmindelse til [[n:Bjarne Ølgaard]] [[p:40 16 88 23]]: [[h:rygestopkurset]] starter tirsdag kl 17. husk [[h:nikotinplaster]] som lægen har anbefalet pga [[h:begyndende KOL]]"),
P("[en] mother's maternity leave + premature baby",
  "Write a short congratulations card from the team to [[n:Anja Lauritzen]], whose baby girl was born [[h:8 weeks early]] and is in the [[h:neonatal unit]] in Aarhus. Keep it warm but not too much."),
P("[da] beskæftigelse: borger med OCD",
  "omformuler: borgeren [[n:Kasper Friis Holm]] har [[h:OCD]] og [[h:tvangshandlinger]] der gør at han kommer for sent, han får [[h:Fluoxetin]] og [[h:går til psykolog]]. praktikstedet skal informeres med hans samtykke"),
P("[da] kørsel til dialyse",
  "hvordan søger [[n:Verner Andreasen]] om kørsel til [[h:dialyse]] 3 gange om ugen på AUH? han har [[h:nyresvigt]] og kan ikke selv køre. bor på [[a:Vestergade 61, 8500 Grenaa]]"),
P("[da/en] summarise home visit: hoarding, cat, diabetic",
  "kan du summarise this for my team leader in english: hjemmebesøg hos [[n:Yvonne Stampe]], hjemmet meget rodet, mange katte, hun har [[h:insulinkrævende diabetes]] men [[h:tager ikke insulinen]] regelmæssigt, [[h:blodsukker 22]] ved besøget"),
P("[en] reference letter mentions sick leave",
  "Write a reference for [[n:Thomas Grøn]], who worked in our kitchen for 4 years. Do not mention his [[h:burnout]] in 2022 or the [[h:sick leave]] that followed."),
P("[da] fysioterapi ved vederlagsfri",
  "har [[n:Maria Sørensen Dahl]] [[c:011262-3728]] ret til [[h:vederlagsfri fysioterapi]]? hun har [[h:ALS]] og egen læge har henvist"),
P("[da] ernæring: fejlernæring, BMI",
  "lav en kort plan til køkkenet for [[n:Agnete Brix]]: [[h:BMI 17]], [[h:uplanlagt vægttab]] 6 kg på 3 mdr, [[h:tygge- og synkebesvær]], skal have [[h:gratinkost]] og [[h:proteindrik]]"),
P("[en] school nurse: student with type 1 diabetes",
  "Create a short plan for the teachers: [[n:Mia Poulsen]] in 4th grade has [[h:type 1 diabetes]] with an [[h:insulin pump]]. If her [[h:sensor shows below 4]] she must have juice. Call dad on [[p:61 27 04 98]]."),
P("[da] arbejdsskade: kollega bidt af hund",
  "udfyld det her for mig som tekst: medarbejder [[n:Louise Fogh]] blev [[h:bidt i hånden]] af borgers hund på [[a:Hedevej 8, 8586 Ørum Djurs]], [[h:stivkrampevaccine]] på skadestuen, [[h:sygemeldt]] 2 dage"),
P("[da] bosted: kost, vægt og Zyprexa",
  "hvordan skriver jeg til lægen at [[n:Nanna Kragh]] har [[h:taget 15 kg på]] efter hun startede på [[h:Zyprexa]] og at hun er [[h:ked af det]] over det?"),
P("[da] borgerråd: hørenedsat til møde",
  "skriv en kort invitation til [[n:Hans Peter Kjeldgaard]] til ældrerådets møde, og nævn at der er [[h:teleslynge]] i salen da han er [[h:hørehæmmet]]"),
P("[da/en] English help: foster child FASD",
  "I need help explaining [[h:FASD]] to the new foster family for [[n:Jacob Stefansen]] (8). mor [[h:drak under graviditeten]], han har [[h:svært ved impulskontrol]] og [[h:indlæringsvanskeligheder]]"),
P("[en] card details pasted by mistake",
  "Hi Copilot, why does the payment fail? Card: [[k:5413 3300 8921 4407]] exp 09/27, name [[n:Rune Kjeldsen]], I'm trying to buy the course for the team"),
P("[da] personlig hjælper: BPA",
  "lav en stillingsannonce til [[h:BPA]]-hjælpere for [[n:Mikkel Lindholm]] som har [[h:muskelsvind]] og bruger [[h:respirator]] om natten. arbejdssted [[a:Skolegade 20, 8963 Auning]]"),
P("[da] plejeorlov og terminal far",
  "kan du hjælpe med en ansøgning: [[n:Tanja Christensen]] ønsker [[h:plejevederlag]] til at passe sin far [[n:Leo Christensen]], der har [[h:uhelbredelig lungekræft]] og ønsker at dø hjemme"),
P("[en] short: speech after stroke",
  "rewrite in simple Danish for the family: [[n:Gerda Nygaard]] has [[h:aphasia]] after her [[h:stroke]] and understands more than she can say. Please speak slowly."),
P("[da] forkert medicin givet, UTH",
  "hjælp mig med en UTH: [[n:Frede Larsen]] fik ved en fejl sin nabos dosispose kl 8 - dvs. [[h:Marevan]] og [[h:Digoxin]] som han ikke skal have. lægevagt kontaktet, [[h:INR]] skal måles"),
P("[da] handicap, ledsageordning",
  "skriv en bevilling af [[h:ledsagerordning]] 15 t/md til [[n:Sofie Lynge Bach]], [[c:250898-3525]], som er [[h:udviklingshæmmet]] og bor på Bostedet Lyngbo"),
P("[da/en] fix English email: colleague has cancer scan",
  "fix my english: Hi [[n:Peter Holm]], I cant come to the meeting thursday, my husband has a [[h:scan for cancer]] at Aarhus and I must drive him. Best, Lene - btw my mobile is [[p:23 86 11 47]]"),
P("[da] indsatsplan: rehabilitering i eget hjem",
  "lav en indsatsplan for [[n:Kirsten Stærk]] efter [[h:indlæggelse med lungebetændelse]]: mål at kunne gå til postkassen med [[h:stok]], [[h:træning af balance]] 2 x ugl, hjælp til indkøb midlertidigt"),
P("[en] sibling of resident asks about hospital",
  "Reply to [[e:gunnar.holm@telia.se]] in English: his brother [[n:Preben Holm]] was [[h:admitted to Randers hospital]] last night with [[h:chest pain]]. We don't have more info, please call the ward."),
P("[da] dagtilbud: barn med sondemad",
  "kan du lave en vejledning til pædagogerne om [[h:sondemad]] til [[n:Sebastian Krag]] på 3 år? han har [[h:PEG-sonde]] og [[h:hjertefejl]]"),
P("[da] lang: job/sygedagpenge opfølgningsplan",
  """Hjælp mig med at omskrive denne opfølgningssamtale til en opfølgningsplan med mål og næste skridt.

Opfølgningssamtale sygedagpenge - uge 8
Borger: [[n:Lise-Lotte Bækgaard]] [[c:070668-3070]]
[[a:Møllevej 33, 8560 Kolind]], [[e:lilo.baekgaard@yahoo.dk]]
Arbejdsgiver: Grenaa Centralbibliotek, 30 t/uge

[[h:Sygemeldt]] siden 02.01 med [[h:hovedpine]], [[h:lysfølsomhed]] og [[h:koncentrationsbesvær]] efter [[h:hjernerystelse]] ([[h:cykelulykke]] 28.12). Har været hos egen læge 3 gange og er henvist til [[h:Hjernerystelsesklinikken]] på Hammel Neurocenter - første samtale 14.03.
Hun fortæller at hun er [[h:meget træt]] og har [[h:brug for at sove 1-2 timer om eftermiddagen]]. Hun kan læse ca. 15 min ad gangen. Hun har [[h:svært ved larm]] og kan ikke være i supermarkeder.
Arbejdsgiver er positiv og har foreslået gradvis opstart med 2 x 2 timer om ugen fra uge 10 i et stille kontor, uden skranketjeneste.
Borger er bekymret for at starte for tidligt og [[h:få et tilbagefald]]. Hun [[h:sover dårligt]] og føler sig [[h:nedtrykt]].
Plan: [[h:delvis raskmelding]] fra uge 10 (4 t/uge), stigning hver 2. uge efter aftale med klinikken. Næste samtale 21.03 telefonisk."""),
P("[da] lang: dagbog fra aflastning, autisme og medicin",
  """kan du lave en kort overlevering til forældrene ud fra weekendens dagbog? skriv venligt

Aflastning Kolind - weekend 15.-17.11
Barn: [[n:Emil Thomsen Grau]], 13 år

Fredag: Emil kom kl. 16 med bussen. Meget [[h:urolig]] efter køreturen, gemte sig under dynen i 1 time. Spiste kun pasta uden sovs (kendt). Fik [[h:Melatonin 3 mg]] kl. 20.30, sov kl. 21.45.
Lørdag: Vågnede kl. 5.10, ville ud at gå. Tur til Kolind Sø med to voksne. [[h:Nedsmeltning]] ved frokost fordi en anden beboer larmede - [[h:slog sig selv i hovedet]], vi brugte [[h:tyngdedyne]] og det hjalp. Eftermiddag: iPad og Lego. Mor ringede kl. 17 fra [[p:53 88 02 19]], Emil ville ikke tale med hende.
Søndag: God morgen. [[h:Forstoppelse]] - ingen afføring siden torsdag iflg. mor, givet [[h:Magnesia]] efter aftale. Hentet kl. 15 af far [[n:Thomas Grau]].
Husk: Emils [[h:autisme]]-skema skal opdateres, og hans [[h:Risperidon]] er ved at løbe tør - mor skal bestille ny recept."""),
P("[en] long: English referral letter from occupational therapist",
  """Can you turn this into a short Danish summary for the home care team?

Re: [[n:Margaret O'Neill]], [[c:170362-1054]], [[a:Solvej 4, 8950 Ørsted]]

Mrs O'Neill is a 62-year-old Irish woman who has lived in Denmark for 30 years. She was diagnosed with [[h:multiple sclerosis]] in 2008 and has had a progressive course over the last three years. She now walks indoors with a [[h:four-wheeled walker]] and uses a [[h:manual wheelchair]] outdoors, pushed by her husband. She has [[h:bladder urgency]] and sometimes [[h:does not reach the toilet in time]], which she finds very embarrassing. Her [[h:fatigue]] is her main problem: after a shower she needs to rest for 2 hours.
She is on [[h:Ocrevus infusions]] every six months at the neurology department and takes [[h:baclofen]] for [[h:spasticity]] in her legs.
Recommendations: [[h:shower chair]] and [[h:grab rails]] in the bathroom (ordered), a [[h:raised toilet seat]], [[h:help with showering]] twice a week to save energy, and a review of her [[h:incontinence products]]. She would like to keep doing her own cooking with a [[h:perching stool]].
Her husband, [[n:Liam O'Neill]], can be reached on [[p:20 45 67 18]]."""),
P("[da] misbrugscenter: metadon",
  "omformuler: [[n:Dennis Holmgaard]] har hentet sin [[h:metadon]] hver dag i 3 måneder uden problemer og ønsker at få den med hjem i weekenden. [[h:urinprøver]] har været rene for [[h:heroin]]"),
P("[en] short chat, broken hip resident typo",
  "pls rephrase: mrs [[n:ingrid bundgaard]] [[h:broke her hip]] on sunday, is [[h:in hosptial]], back maybe in 2 weeks, cancel her hairdresser apt"),
P("[da] klage over hjemmepleje, borger med stomi",
  "hjælp mig at svare på en klage fra [[n:Ole Rask]], [[a:Banegårdsgade 9, 8500 Grenaa]]: hjælperen har ikke skiftet hans [[h:stomipose]] korrekt og det har givet [[h:hudirritation]]. vi beklager"),
P("[da/en] lone first name with health plus email",
  "translate to english: Bjørn har fået [[h:ny hofte]] og skal ikke køre bil i 6 uger. send til [[e:bjorn.kaae@gmail.com]] så han ved det"),
P("[da] kort, bl.a., ift., mht.",
  "mht. [[n:Inga Fuglsang]]: hun har bl.a. [[h:hjerteproblemer]] og [[h:vand i benene]], ift. træning skal vi være forsigtige. evt. tal med sygeplejersken inden. kan du lave en kort besked til terapeuterne"),
P("[da] sms fra medarbejder selv: egen sygemelding",
  "skriv en kort sms til min leder: hej, det er [[n:Camilla Stoltenberg]], jeg er [[h:syg]] i dag, har [[h:feber og ondt i halsen]], har ringet til lægen. regner med at være tilbage torsdag"),
P("[en] home care: hearing and vision, short",
  "Short handover in English please: [[n:Viggo Dahlerup]], [[a:Kastanievej 5, 8500 Grenaa]], is [[h:almost blind]] due to [[h:macular degeneration]], uses a [[h:white cane]], needs the food placed at the same spot every day"),
P("[da] kort, manglende tegnsætning, diarré på plejehjem",
  "[[n:Ellen Krabbe]] stue 12 har haft [[h:diarré]] 5 gange i nat og [[h:kastet op]] skal vi isolere hende lav en kort besked til personalet om det"),
P("[da/en] psychologist referral, grief",
  "can you write a short referral text: [[n:Niels Bundgaard]] ([[c:121081-1288]]) mistede sin kone i januar, er [[h:deprimeret]], [[h:har mistet appetitten]] og [[h:isolerer sig]]. he wants to [[h:talk to a psychologist]]"),
P("[da] hjælpemiddeldepot: returnering",
  "lav en besked til [[n:Birthe Kaas]] på [[p:86 32 11 70]] om at [[h:plejesengen]] og [[h:personløfteren]] afhentes fredag, nu hvor hendes mand [[n:Aksel Kaas]] er [[h:flyttet på plejehjem]]"),
]
