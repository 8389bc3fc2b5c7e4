"""dev18 personal batch 1 (ids d18-0001..0065): short typed chat prompts (home care,
visitation, jobcenter, HR, school, families) plus long pasted journal/care-plan material."""
from lib import personal as P

RECORDS = [
P("[da] hjemmepleje: fald, rollator, forvirring efter blærebetændelse",
  "kan du skrive en kort opsummering til visitationen: [[n:Bodil Kjærgaard]] 84 år er [[h:faldet to gange]] den sidste uge, hun har [[h:rollator]] men glemmer den tit. datteren siger hun er [[h:blevet mere forvirret]] efter [[h:blærebetændelse]]"),
P("[da] sms til borger, lille forbogstav i navn, støttestrømper",
  "lav en sms til [[n:jens overgaard]] på [[p:23 41 87 90]]: din tid hos [[h:fodterapeuten]] er flyttet til torsdag kl. 10. husk at tage [[h:støttestrømperne]] af inden du kommer"),
P("[da] bevilling af hjemmehjælp efter hofteoperation",
  "omformuler plz: borgeren [[n:Karin Mølgaard Lund]], [[a:Skovvej 14, 8560 Kolind]] har fået bevilget [[h:hjemmehjælp]] 2 x ugl til [[h:bad]] og på-/aftagning af [[h:kompressionsstrømper]], er [[h:nyopereret i hoften]] og må ikke bøje mere end 90 grader"),
P("[en] pregnancy, gestational diabetes, interpreter",
  "Can you translate to Danish: Mrs [[n:Amira Haddad]] is [[h:28 weeks pregnant]] and has [[h:gestational diabetes]]. She needs an Arabic interpreter for her [[h:midwife appointment]] on Tuesday at 10."),
P("[da] jobcenter: sygemeldt med stress, Sertralin",
  "skriv et kort referat: samtale m. [[n:Mikkel Juhl Sørensen]] cpr [[c:171081-1829]]. [[h:sygemeldt]] pga [[h:stress]] og [[h:søvnproblemer]], er [[h:startet hos psykolog]], egen læge har ordineret [[h:Sertralin 50 mg]]. næste opfølgning om 4 uger"),
P("[da/en] insulin regime for night shift checklist",
  "kan du lave en tjekliste til nattevagten ift. [[n:Poul Erik Dahl]]? he has [[h:type 1 diabetes]], gets [[h:NovoRapid]] before meals og [[h:Lantus 20 enheder]] kl. 22. risk of [[h:lavt blodsukker]] at night, he gets [[h:sweaty and confused]]"),
P("[da] pårørendebrev om udadreagerende adfærd og mistanke om demens",
  "hvordan skriver jeg pænt til pårørende at deres mor [[n:Grethe Holm]] er blevet [[h:udadreagerende]] over for personalet og at vi mistænker [[h:begyndende demens]]? hun bor på plejecentret i Ørum"),
P("[da] leder om medarbejders sygdom og sygefraværssamtale",
  "min medarbejder [[n:Sanne Villadsen]] har været [[h:syg 3 uger]] med [[h:lungebetændelse]] og har nu [[h:senfølger med træthed]]. skal jeg indkalde til sygefraværssamtale? hjælp med at formulere indkaldelsen"),
P("[en] email to parent about ADHD assessment",
  "Write an email to [[e:thomas.rasmussen82@gmail.com]] confirming that his son [[n:Oliver Rasmussen]] has his [[h:ADHD assessment]] with PPR on 14 March at 9 am, and that he should bring the questionnaire from the school."),
P("[da] hilsen til kollega med brækket håndled",
  "lav en sød hilsen til [[n:Hanne Bisgaard]] som har [[h:brækket håndleddet]] - fra os alle på lønkontoret, hun er hjemme til efter påske og skal have [[h:gips]] på i 6 uger"),
P("[da] borger ringer gentagne gange, angst og søvnløshed",
  "borger [[n:Ahmad Rahimi]], [[a:Lundbyesgade 7, 1. th, 8500 Grenaa]], tlf [[p:42 18 93 07]] har ringet 5 gange i dag, han er [[h:meget angst]] og siger han [[h:ikke har sovet i flere døgn]]. hvad skal jeg sige når han ringer igen"),
P("[da/en] make note professional: alcohol, leg wound",
  "pls make this sound more professional: [[n:kenneth lauridsen]] var [[h:fuld]] igen da vi kom kl 8, han [[h:drikker]] vist en del og [[h:såret på underbenet]] er ikke blevet bedre. plejen er svær pga det"),
P("[da] kateter efter udskrivning",
  "skriv en kort note: [[n:Inger Marie Thomsen]] fik lagt [[h:blærekateter]] på sygehuset, kom hjem i går, [[h:kateterpleje]] skal ind i planen. [[h:hjemmesygeplejen]] kommer kl. 13"),
P("[en] parent reports nut allergy and EpiPen",
  "Help me reply to a parent: [[n:Sofie Lindberg]] says her daughter [[n:Ella Lindberg]] has a [[h:severe nut allergy]] and needs an [[h:EpiPen]] kept in the kindergarten. What should our procedure look like?"),
P("[da] hvad betyder AFLI og NOAK i epikrise",
  "hvad betyder det når der i epikrisen for [[n:Finn Kristiansen]] står [[h:AFLI]] og [[h:NOAK-behandling]]? skal vi gøre noget særligt ved medicinudlevering"),
P("[da] til egen læge om smertestillende",
  "hjælp til korrespondance til lægen: [[n:Else Marie Andersen]] cpr [[c:240669-1406]] får [[h:Panodil 1 g x 4]] men klager stadig over [[h:ondt i ryggen]] og [[h:sover dårligt]], kan hun få noget andet?"),
P("[da] sms til telefonnummer, fornavn i hilsen, høreapparater",
  "lav en sms til [[p:+45 28 66 14 03]]: Hej Jonas, du er velkommen tilbage på værkstedet mandag, husk dine [[h:høreapparater]] og [[h:medicinen]] du skal have kl. 12"),
P("[da/en] translate palliative note: morphine, terminal, DNR",
  "translate to english for our new colleague: [[n:Birthe Nøhr]] får [[h:morfin]] ved behov, er [[h:terminal]] og ønsker ikke [[h:genoplivning]]. familien er informeret"),
P("[da] begrundelse for kørestol, sclerose",
  "skriv en kort begrundelse for [[h:el-kørestol]] til [[n:Lars Bøgh Nielsen]], han har [[h:sclerose]] og [[h:kan ikke gå mere end 20 m]] uden pause"),
P("[en] out-of-office for colleague off sick with migraine",
  "My colleague [[n:Fatima Yousef]] is [[h:off sick]] with [[h:migraine]] again, can you draft a short out-of-office message for her inbox [[e:fayo@norddjurs.dk]] without mentioning the reason?"),
P("[da] forældrebrev om lus med navn",
  "lav et forældrebrev: [[n:Noah Birk]] i 3.b har [[h:lus]] og er sendt hjem - nej vent, vi må ikke nævne navnet. omskriv så det er anonymt"),
P("[da] handicapbil, cerebral parese, adresse",
  "hvad er reglerne for at få [[h:handicapbil]] - det er til [[n:Yasmin El-Sayed]] som har [[h:cerebral parese]] og bor på [[a:Kildevej 3, 8581 Nimtofte]]"),
P("[da] tilbagebetaling til konto",
  "kan du hjælpe med en tekst til udbetalingen: [[n:Morten Skov]] skal have 2.350 kr. tilbage for for meget betalt daginstitutionstakst, beløbet går til reg.nr./konto [[b:9070-1623457890]] senest fredag"),
P("[da] brystkræft, kørsel til kemo",
  "[[n:Dorte Pedersen]] ringede, hun har lige fået konstateret [[h:brystkræft]] og vil gerne vide om hun kan få [[h:kørsel til kemo]] på AUH. hvad skal jeg svare hende"),
P("[en] reply about stair lift application",
  "draft reply: Dear Mr [[n:Henrik Lyng]], we have received your application for a [[h:stair lift]]. Due to your [[h:knee replacement]] we will send an occupational therapist to [[a:Bredgade 18, 8950 Ørsted]] within 3 weeks."),
P("[da] overlevering: dehydrering, væskeskema",
  "pt. [[n:Jytte Aagaard]] ([[c:230751-0920]]) - obs [[h:dehydrering]], [[h:drikker under 1 l/døgn]], evt. [[h:væskeskema]]. kan du skrive det om til en kort overlevering til aftenvagten"),
P("[da] madservice efter blodprop i hjertet",
  "har [[n:svend-erik bach]] ret til [[h:madservice]] nu hvor han lige er kommet hjem efter en [[h:blodprop i hjertet]]? han bor alene og [[h:kan ikke stå ved komfuret]]"),
P("[da/en] HR note: postpartum depression",
  "quick q: [[n:Lotte Vestergaard]] is on leave until August, and because of her [[h:fødselsdepression]] she might extend. hvordan skriver jeg HR-notatet neutralt?"),
P("[da] nabo bekymret: vandrer om natten",
  "min nabo [[n:Kurt Winther]] på [[a:Stationsvej 22, 8963 Auning]] [[h:vandrer rundt om natten]] i bare tæer og virker [[h:dement]]. hvem i kommunen skal jeg kontakte?"),
P("[da] gravid med bækkenløsning, mail",
  "skriv en venlig mail til [[e:mette.hald@live.dk]] om at mødet gerne må holdes online, da hun er [[h:gravid i 5. måned]] og har [[h:bækkenløsning]]"),
P("[da] lang: journaludtræk hjemmepleje, hjertesvigt, tryksår",
  """Kan du lave et resumé af dette til teammødet i morgen:

Journalnotat - [[n:Ruth Damgaard]], [[c:150157-1470]]
[[a:Nørregade 41, st., 8500 Grenaa]]
12.02 kl. 07.40 (SSH): Bo. fundet siddende på sengekant, [[h:forpustet]], [[h:hævede ankler]]. Vægt 71,2 kg (+1,8 kg ift. mandag). Har ikke taget [[h:Furix]] i går aften - siger hun glemte det. [[h:Dosisæske]] tjekket, aftenposen urørt.
12.02 kl. 12.15 (SSA): Ringet til egen læge, aftalt at øge [[h:Furosemid til 40 mg x 2]] i 3 dage. Bo. informeret, virker lidt [[h:uklar]] - spørger flere gange om datteren er kommet.
13.02 kl. 08.00: [[h:Bedre vejrtrækning]]. Nattevagt oplyser bo. har været på toilet 4 gange, [[h:inkontinent]] én gang, skiftet ble. Tryk på hæl ve. - [[h:let rødme]], [[h:trykaflastning]] med [[h:hælmadras]].
13.02 kl. 15.30: Datter [[n:Kirsten Damgaard Friis]] tlf. [[p:21 47 65 09]] orienteret. Hun er bekymret for at mor [[h:ikke spiser ordentligt]] - kun ½ portion af [[h:madservice]]. Vi laver [[h:kostregistrering]] i 3 døgn.
14.02: [[h:Hjertesvigt]] kendt, følges i [[h:hjerteambulatoriet]] på AUH. Næste kontrol 3.3.
Obs.: [[h:tryksår]] ve. hæl, væske/vægt dagl., evt. [[h:ernæringsdrink]] 2 x dagl. Bo. vil helst ikke have flere besøg end nu."""),
P("[da] lang: handleplan socialpsykiatri, skizofreni, misbrug",
  """Hjælp mig med at gøre denne handleplan kortere og mere læsevenlig. Den skal sendes til borgeren.

Handleplan § 85 - bostøtte
Borger: [[n:Daniel Krogh Mikkelsen]], [[c:210793-3452]]
Adresse: [[a:Vestervang 9, 2. tv., 8500 Grenaa]]
Tlf.: [[p:31 62 08 44]]

Baggrund: Daniel er 31 år og har [[h:paranoid skizofreni]], diagnosticeret i 2015. Han har haft tre [[h:indlæggelser på psykiatrisk afdeling i Risskov]], senest i efteråret 2023 efter at han [[h:stoppede med sin medicin]]. Han får i dag [[h:Abilify depotinjektion]] hver 4. uge i [[h:distriktspsykiatrien]] og [[h:Quetiapin 100 mg]] til natten. Daniel har tidligere haft et [[h:hashmisbrug]] og er nu i [[h:behandling hos Rusmiddelcenter Norddjurs]]. Han fortæller selv at han [[h:hører stemmer]] når han er presset, især om aftenen.

Mål 1: Daniel ønsker at kunne klare sin egen økonomi. Delmål: gennemgå post og regninger sammen med bostøtten 1 gang ugentligt.
Mål 2: Daniel vil gerne have en mere stabil døgnrytme. Delmål: stå op inden kl. 10 på hverdage, gå en tur med hunden.
Mål 3: Fastholde [[h:abstinens fra hash]]. Delmål: deltage i gruppeforløb tirsdag kl. 14 og tage [[h:urinprøver]] efter aftale.

Indsats: bostøtte 3 timer/uge fordelt på 2 besøg. Støtte til at huske [[h:medicinen]] via app og ugentlig [[h:dosisæske]]. Ved tegn på [[h:forværring]] (søvnløshed, isolation, mistænksomhed) kontaktes distriktspsykiatrien.

Opfølgning: hver 3. måned. Næste: 15.05."""),
P("[da] lang: referat netværksmøde familieafdeling",
  """Kan du omskrive dette referat til et kort resumé til forældrene? Det må ikke lyde for fagligt.

Referat netværksmøde 04.03 kl. 9-10.30, Auning Skole
Deltagere: mor [[n:Camilla Bjerre]], far [[n:Rasmus Holt]], klasselærer, PPR-psykolog, sundhedsplejerske, sagsbehandler (referent)
Barn: [[n:Liva Bjerre Holt]], 11 år, 5.a, [[c:120613-4726]]

1. Status skole: Liva har meget fravær (22 % i indeværende skoleår). Hun klager ofte over [[h:ondt i maven]] om morgenen og bliver hentet tidligt. Lærer oplever hende stille og [[h:trist]] i frikvartererne.
2. Sundhedsplejerske: Liva har [[h:tabt sig 3 kg]] siden august. Der er henvist til egen læge for at udelukke [[h:cøliaki]]. [[h:Blodprøver er normale]]. Sundhedsplejersken vurderer at [[h:mavesmerterne]] kan hænge sammen med [[h:angst]] og [[h:skolevægring]].
3. PPR: Der er lavet en samtale med Liva. Hun fortæller at hun [[h:har svært ved at falde i søvn]] og er bange for at mor bliver syg igen. Mor har tidligere været [[h:indlagt med depression]] (2022).
4. Forældre: Far oplever Liva som glad derhjemme. Mor er enig i bekymringen og vil gerne have hjælp.
5. Aftaler: Henvisning til [[h:børne- og ungdomspsykiatrien]] drøftes med egen læge. Skolen laver en blød opstart med 3 timer om dagen de næste 2 uger. Familiebehandler tilbydes 1 gang ugentligt. Næste møde 15.04."""),
P("[da] lang: skoleudtalelse til PPR, ordblindhed, ADHD-medicin",
  """skriv det her lidt pænere, det er en udtalelse til PPR:

Elev: [[n:Malthe Vinther Kjeldsen]], 7.b, Glesborg Skole
Forældre: [[n:Tina Kjeldsen]] og [[n:Brian Vinther]], [[a:Bakkevej 27, 8585 Glesborg]]

Malthe er en vellidt dreng der er god til idræt og hjælpsom i klassen. Han blev testet [[h:ordblind]] i 4. klasse og bruger [[h:CD-ORD]] og [[h:AppWriter]], men glemmer tit at tage computeren med. Han har [[h:ADHD]] og får [[h:Ritalin]] om morgenen - når han har fået sin [[h:medicin]] kan han koncentrere sig i 20-25 min ad gangen, uden den har han [[h:meget svært ved at sidde stille]] og kommer let i konflikter. I det sidste halve år har han haft flere episoder hvor han er [[h:blevet meget vred]] og har smidt med ting. Mor fortæller at han [[h:sover dårligt]] og at de har talt med lægen om at [[h:justere dosis]].

Fagligt ligger han under klassetrin i dansk og matematik. I engelsk klarer han sig mundtligt fint.

Vi ønsker PPR's vurdering af om Malthe har brug for et mere skærmet tilbud eller om vi kan støtte ham i klassen med en AKT-medarbejder nogle timer om ugen. Vi er opmærksomme på at han [[h:har det svært]] efter forældrenes skilsmisse.

Mvh klasselærer"""),
P("[da] lang: jobcenternotat ressourceforløb, kroniske smerter",
  """Kan du lave et udkast til indstilling til rehabiliteringsteamet ud fra mine noter? Skriv i hele sætninger.

noter - [[n:Susanne Lykke Iversen]] [[c:110981-2761]]
- 43 år, uddannet SOSU-hjælper, ikke arbejdet siden 2021
- [[h:fibromyalgi]] + [[h:kroniske smerter i nakke og skuldre]], [[h:diskusprolaps]] i lænden opereret 2019
- tager [[h:Lyrica 75 mg x 2]], [[h:Tramadol]] ved behov, har prøvet [[h:Amitriptylin]] men fik [[h:bivirkninger]]
- fortæller hun er [[h:træt hele tiden]] og kun kan være aktiv 2-3 timer om dagen, derefter skal hun ligge ned
- praktik i genbrugsbutik 2023: 6 t/uge, måtte stoppe efter 5 uger pga [[h:smerteforværring]]
- [[h:depression]] 2020, gået i [[h:behandling hos psykiater]], pt. stabil
- mand på førtidspension, 2 børn (14 og 17)
- ønsker selv fleksjob, max 10 t/uge
- egen læge ([[h:statusattest]] 02/24): '[[h:varig nedsat arbejdsevne]] sandsynlig'
- speciallæge i reumatologi: ingen yderligere behandlingsmuligheder

forslag: ressourceforløb 2 år eller direkte fleksjob? hvad taler for og imod"""),
P("[en] long: pasted email from relative, stroke, speech difficulties",
  """Can you help me write a polite answer to this email? I'm in the visitation unit.

---
From: [[e:j.morrison@outlook.com]]
Subject: My father Peter - home care

Dear Norddjurs Municipality,
My name is [[n:James Morrison]], I live in Edinburgh. My father [[n:Peter Morrison]] lives at [[a:Havnevej 5, 8500 Grenaa]] and had a [[h:stroke]] in January. He was [[h:at Randers hospital for 3 weeks]] and then at the [[h:rehabilitation unit]]. Since he came home he has [[h:difficulty speaking]] and his [[h:right arm is very weak]]. He [[h:cannot cut his food or button his shirt]]. The home carers come twice a day but only for 15 minutes, and last week he [[h:fell in the bathroom]] and lay on the floor for 2 hours before the carer found him. He has a [[h:personal alarm]] but did not manage to press it.
I am worried he is also [[h:depressed]], he stopped answering the phone. Could you please reassess his needs and tell me if he can get [[h:speech therapy]]? You can call me on [[p:+44 7700 900123]].
Kind regards, James
---"""),
P("[da] kollega med long covid, nedsat tid",
  "hvordan regner jeg ud hvor mange timer [[n:Pia Dalsgaard]] skal arbejde når hun går op fra 15 til 22 timer? hun har [[h:long covid]] og [[h:får hovedpine ved skærmarbejde]], så vi har aftalt [[h:delvis raskmelding]]"),
P("[da] demenskoordinator: glemsomhed og Alzheimer-udredning",
  "lav en indkaldelse til [[n:Erik Villumsen]], [[a:Mosevej 2, 8961 Allingåbro]] til samtale med [[h:demenskoordinatoren]]. han er i gang med [[h:udredning for Alzheimers]] på Regionshospitalet Randers og konen fortæller han [[h:har svært ved at huske]] aftaler"),
P("[da/en] CPR in English prompt, hearing aid",
  "can u check if this sentence is ok: Citizen [[n:Oda Sandberg]], CPR [[c:250362-2354]], has been granted a new [[h:hearing aid]] and a [[h:vibrating alarm clock]] due to her [[h:severe hearing loss]]."),
P("[da] dosisdispensering, mange præparater",
  "lav en liste over hvad [[n:Aase Frandsen]] skal have om morgenen, så vi kan sammenligne med [[h:dosisposen]]: [[h:Metformin 500 mg]], [[h:Amlodipin 5 mg]], [[h:Eliquis 5 mg]], [[h:Pantoprazol]] og [[h:D-vitamin]]. hun har også fået [[h:Zopiclon]] til natten men det står ikke på FMK"),
P("[da] kort typo, graviditetsbesøg",
  "sundhedsplejen skal have besked om at [[n:Sarah Amalie Friis]] [[h:har født]] i går på Randers, [[h:kejsersnit]], mor og barn har det godt. telf [[p:60 54 11 28]]. skriv en kort besked"),
P("[en] teacher asks: student with epilepsy field trip",
  "We're taking class 6a to Kattegatcentret next week. One student, [[n:William Hougaard]], has [[h:epilepsy]] and takes [[h:Lamictal]]. What should the teachers know about [[h:seizures]] on the trip? His mum is on [[p:40 92 17 36]]."),
P("[da] misbrug: alkohol og Antabus",
  "hjælp mig med et kort notat: [[n:Jesper Mørch]] er startet i [[h:alkoholbehandling]] igen og får [[h:Antabus]] 2 x om ugen hos misbrugscentret. han møder stabilt i praktikken og ønsker at fortsætte"),
P("[da] bevilling badebænk og toiletforhøjer",
  "skriv afgørelse kort: [[n:Hans Jørgen Laursen]] ([[c:270550-2393]]) bevilges [[h:badebænk]] og [[h:toiletforhøjer]] efter servicelovens § 112, da han efter [[h:amputation af venstre underben]] ikke kan stå under bad"),
P("[da] teammøde: kollega grædende, stress",
  "omskriv neutralt til mødereferatet: [[n:Camilla Berthelsen]] [[h:brød sammen]] i kantinen i dag, hun [[h:græder meget]] og siger hun [[h:ikke kan mere]]. har sendt hende hjem og ringet til hendes mand"),
P("[da/en] translate to Ukrainian context: war trauma, nightmares",
  "can you help me write to [[n:Olena Kovalenko]] in simple Danish: hun har krav på tolk og kan få [[h:hjælp fra psykolog]] via kommunen pga [[h:krigstraumer]] og [[h:mareridt]]. her e-mail is [[e:olena.kovalenko@ukr.net]]"),
P("[da] pårørende spørger om medicin til mor",
  "datteren til [[n:Gudrun Skovgaard]] spørger hvorfor mor nu får [[h:Haldol]]. svar hende at det er ordineret af plejehjemslægen pga [[h:uro og hallucinationer]] om aftenen og at det er midlertidigt"),
P("[da] sygemelding pga knæskade fodbold",
  "skriv en kort mail til lønkontoret om at [[n:Anders Bjørn]] er [[h:sygemeldt]] fra 3/4 pga [[h:korsbåndsskade]] fra fodbold, han skal [[h:opereres]] i maj og regner med 8 uger"),
P("[en] IT support ticket: employee mentions own diabetes",
  "Rewrite this support ticket so it's clearer: hi its [[n:Nikolaj Ebbesen]] from Ældreplejen, the new phone app keeps logging me out and I need it to check my [[h:blood sugar sensor]] (I have [[h:diabetes]]) during night shifts. phone [[p:22 71 45 90]]"),
P("[da] hjemmehjælp tøjvask, KOL og ilt",
  "kan du skrive til [[n:Ib Sommer]] at vi ikke kan tage os af tøjvask mere, men at han fortsat får hjælp til [[h:iltbehandling]] og [[h:inhalator]]. han har svær [[h:KOL]] og bor på [[a:Fjellerupvej 88, 8585 Glesborg]]"),
P("[da] bostøtte: borger har ikke spist, vægttab",
  "[[n:Mathilde Ravn]] har ikke åbnet døren de sidste 3 besøg og naboen siger hun [[h:ikke spiser]]. hun har [[h:anoreksi]] i journalen. hvad skriver jeg i en underretning?"),
P("[da] forflytning og lift",
  "hjælp mig med en forflytningsinstruks til [[n:Arne Thygesen]]: han er [[h:lam i benene]] efter [[h:rygmarvsskade]], skal forflyttes med [[h:loftlift]] og sejl str. L, altid to personer"),
P("[da/en] foreign worker sick, email English",
  "please write a reply in English to [[e:pawel.nowak77@wp.pl]]: Pawel skal sende en [[h:lægeerklæring]] hvis han er syg mere end 14 dage, og vi har noteret at han har [[h:diskusprolaps]]"),
P("[da] sundhedsplejerske: spædbarn vægt og refluks",
  "opsummer kort til journal: hjemmebesøg hos [[n:Emma Lund Christoffersen]] og baby (5 uger). baby har [[h:refluks]] og [[h:kaster op efter hvert måltid]], mor virker [[h:meget træt og ked af det]] - [[h:EPDS-score 14]], anbefalet egen læge"),
P("[da] visitation: nødkald og natbesøg",
  "kan [[n:Otto Bech]], [[a:Søndergade 3, 8586 Ørum Djurs]] få [[h:nødkald]]? han [[h:faldt om natten]] for 2 uger siden og lå i 5 timer, han har [[h:Parkinsons]] og [[h:ryster meget]]"),
P("[en] translate diagnosis list",
  "Translate into plain Danish for a home carer: [[n:Grace Mensah]] - [[h:hypertension]], [[h:chronic kidney disease stage 3]], [[h:gout]]. Takes [[h:allopurinol]] and [[h:losartan]]."),
P("[da] lærer: elev med selvskade",
  "hvordan skriver jeg en underretning om [[n:Ida Marie Schou]] i 8.a? hun [[h:skærer i sig selv]] på armene, jeg så det i idræt i dag. hun bor hos far på [[a:Lindevej 11, 8560 Kolind]]"),
P("[da] tandpleje for plejehjemsbeboer",
  "skriv til omsorgstandplejen: [[n:Karl Ove Jepsen]] på Plejecenter Solbakken har [[h:tandpine]], [[h:hævet kind]] og [[h:spiser dårligt]], han har [[h:proteser]] i overmunden"),
P("[da/en] summarise in English: autism, sensory issues",
  "summarise in english for the summer camp: [[n:Victor Al-Hassan]] (10) har [[h:autisme]], [[h:reagerer kraftigt på høje lyde]] og skal have [[h:høreværn]] med. mor [[n:Nadia Al-Hassan]] [[p:52 33 18 07]]"),
P("[da] MobilePay tilbagebetaling og kort",
  "borgeren [[n:Tove Kruse]] har betalt for en aktivitet på ældrecentret med kort [[k:4571 9430 2268 1157]] og vil have pengene igen, hvad skal jeg skrive til hende?"),
P("[da] lille forbogstav, ble, inkontinens",
  "kan vi få en anden ble-type til [[n:poul møller]]? han er [[h:inkontinent]] om natten og den nuværende [[h:Tena Slip]] lækker, han får [[h:rødme i lysken]]"),
P("[en] HR: employee pregnant, risk assessment",
  "Can you make a risk assessment template for pregnant staff? It's for [[n:Line Kristensen]], who is [[h:pregnant]] (due in October) and works in home care with lifting. She has had [[h:pelvic pain]]."),
P("[da] genoptræning efter knæoperation",
  "lav en sms: hej [[n:Bente Ager]], din [[h:genoptræning]] efter [[h:knæoperationen]] starter mandag kl. 9.30 i Sundhedscentret på Vestergade. husk behagelig tøj. mvh terapeuterne"),
P("[da] nattevagt: uro og smerter",
  "kort overlevering plz: [[n:Elin Hovgaard]] stue 4 [[h:urolig]] hele natten, [[h:klager over smerter i maven]], fået [[h:Oxynorm 5 mg]] kl. 02.30 med effekt. obs [[h:forstoppelse]], ingen afføring i 4 dg"),
P("[da] borgerservice: pas, men nævner kræftbehandling",
  "en borger, [[n:Rikke Søgaard]], vil have hastepas fordi hun skal til [[h:protonterapi]] i Tyskland for [[h:hjernetumor]]. hvad er reglerne? hun kan kontaktes på [[e:rikkesoegaard@hotmail.com]]"),
P("[da] ergoterapeut: hjælpemidler liste",
  "lav en pæn oversigt over hjælpemidler til [[n:Helle Bruun Poulsen]]: [[h:plejeseng]], [[h:vendelagen]], [[h:badestol]], [[h:gribetang]] og [[h:strømpepåtager]]. hun har [[h:leddegigt]] i begge hænder"),
P("[da/en] colleague injury at work, report",
  "write the arbejdsskade report in Danish: [[n:Ali Demir]] slipped on ice outside a citizen's house in Vivild, [[h:sprained his ankle]] and was [[h:seen at skadestuen]] in Randers. [[h:Crutches]] for 2 weeks."),
]
