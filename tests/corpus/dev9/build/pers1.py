from lib import P, H, N, A, E, T, CPR, CVR, IB, BA, PC, cpr, cvr, card, iban

c125 = cpr("190347", "1", 120)
c132 = cpr("050238", "0", 410)
c138 = cpr("221139", "1", 300)
c161 = cpr("080451", "2", 55)
c168 = cpr("140319", "5", 230, valid=False)
v149 = cvr(38214560)
ua150 = iban("UA", "3052990000026208123456789")
k151 = card("457158123456781")

P("[da] telegrafisk plejeplan med forkortelser",
"Omskriv til en pæn indsatsbeskrivelse i Nexus: Grethe Lauridsen, Lærkevej 14, 8963 Auning. Bad 2 x ugl., hjælp til støttestrømper morgen + aften, insulin kl. 8 + 20, tryksår hæl dxt. – skift forb. hver 3. dag. Bruger rollator inde, nødkald ok.",
N("Grethe Lauridsen"), A("Lærkevej 14, 8963 Auning"), H("Bad 2 x ugl."), H("hjælp til støttestrømper"), H("insulin kl. 8 + 20"), H("tryksår hæl dxt."), H("skift forb. hver 3. dag"), H("rollator"), H("nødkald"))

P("[en] non-native staff note, title + surname, PRN medicine",
"Hello, the citizen Mr. Kowalski in room 12 he is having pain in stomach since yesterday and not eating much, I give him PRN paracetamol 1 g at 14. Please can you check him before evening, I am worry. Maria",
N("Mr. Kowalski"), H("pain in stomach"), H("not eating much"), H("PRN paracetamol 1 g"))

P("[da] pårørende-mail, navn i header, helbred flere afsnit nede",
"""Lav et kort og venligt svar til den pårørende på denne mail:

Fra: Susanne Kjær <susannekjaer62@gmail.com>
Sendt: 3. marts 2025 07:48
Til: hjemmeplejen@norddjurs.dk
Emne: Min far – Poul Kjær, Nørregade 31, Allingåbro

Hej

Tak for jeres besøg i går. Jeg skriver, fordi jeg er bekymret for, om far får sin mad. Køleskabet var fuldt af de samme retter som i sidste uge.

Han siger selv, at alt er fint, men han er begyndt at glemme at spise, og han har tabt sig meget siden jul. Han går også og hoster om natten.

Kan I skrive, hvad I kan gøre?

Venlig hilsen
Susanne
Mobil 28 14 67 93""",
N("Susanne Kjær"), E("susannekjaer62@gmail.com"), N("Poul Kjær"), A("Nørregade 31, Allingåbro"), H("glemme at spise"), H("tabt sig meget"), H("hoster"), T("28 14 67 93"))

P("[da] kort lowercase: rysten og fald",
"skriv til lægen at karen holm pedersen ryster på hænderne og er faldet 2 gange i denne uge",
N("karen holm pedersen"), H("ryster på hænderne"), H("faldet 2 gange"))

P("[en] English clinical shorthand with CPR",
f"Summarise for the GP: 78M, Henrik Vestergaard, CPR {c125}, c/o chest pain on exertion x 3 days, SOB climbing stairs, hx of stroke 2019, T2DM, on warfarin. BP 160/95, HR 96 irreg. Pls advise re: admission.",
N("Henrik Vestergaard"), CPR(c125), H("chest pain on exertion"), H("SOB"), H("hx of stroke"), H("T2DM"), H("on warfarin"), H("BP 160/95"), H("HR 96 irreg."))

P("[da] semikolonliste over elever med helbredskolonne",
"""Lav en oversigt til lærerne på lejrskolen ud fra listen:
Navn;Klasse;Helbred
Oliver Bak Rasmussen;6.a;astma – Ventoline med
Freja Lund Madsen;6.a;nøddeallergi, EpiPen
Noah Sørensen;6.b;ADHD, medicin kl. 12
Emma Kristiansen;6.b;–
Sofie Dahl;6.a;sengevæder, skal håndteres diskret""",
N("Oliver Bak Rasmussen"), H("astma"), H("Ventoline"), N("Freja Lund Madsen"), H("nøddeallergi"), H("EpiPen"), N("Noah Sørensen"), H("ADHD"), H("medicin kl. 12"), N("Emma Kristiansen"), N("Sofie Dahl"), H("sengevæder"))

P("[da] borger om navngiven ægtefælle med Alzheimer",
"Hej, jeg hedder Mette Andersen og min mand Lars Andersen har fået konstateret Alzheimer. Han farer vild, når han går tur i Ørum, og jeg tør ikke lade ham gå alene mere. Kan vi få besøg af en demenskoordinator? Tlf. 40 12 88 31. Skriv et svar til hende.",
N("Mette Andersen"), N("Lars Andersen"), H("Alzheimer"), H("farer vild"), T("40 12 88 31"))

P("[da/en] blandet overlevering aften til nat",
"Overlevering aften → nat, Plejecenter Solbakken: Jytte Mikkelsen stue 3 – KAD skiftet i dag, urin mørk, drikker for lidt. Oxynorm 5 mg PN givet 19.30 pga. smerter i hoften. Keld Brandt stue 6 – uro, hører stemmer igen, kontakt psykiatrien i morgen. Pls document in Nexus before 23 and flag Keld for the morning team.",
N("Jytte Mikkelsen"), H("KAD skiftet"), H("urin mørk"), H("drikker for lidt"), H("Oxynorm 5 mg PN"), H("smerter i hoften"), N("Keld Brandt"), H("uro"), H("hører stemmer"))

P("[da] fraværsliste med sygdomsårsager, barns sygedag ikke labelled",
"""Lav en fraværsoversigt for uge 9 i Hjemmeplejen Syd til lederen, som en tabel:
Anja Holt – sygemeldt, ondt i ryggen
Brian Kvist – barns 1. sygedag
Camilla Friis – sygemeldt, stress, ukendt varighed
Dennis Bech – ferie
Eva Krogh – omgangssyge tirsdag""",
N("Anja Holt"), H("sygemeldt"), H("ondt i ryggen"), N("Brian Kvist"), N("Camilla Friis"), H("stress"), N("Dennis Bech"), N("Eva Krogh"), H("omgangssyge"))

P("[en] referral to memory clinic with address",
"Please draft a referral letter to the memory clinic: Edith Thomsen, 84, Kystvejen 47, 8500 Grenaa. Her daughter reports she has become forgetful over the past year, left the stove on twice and gets confused about the time of day. MMSE 21/30 at our home visit on 12/2. Lives alone, has home care 2x daily.",
N("Edith Thomsen"), A("Kystvejen 47, 8500 Grenaa"), H("forgetful"), H("confused"), H("MMSE 21/30"), H("home care 2x daily"))

P("[da] kort sms fra borger om at blive i sengen",
"Hej det er Bente Vinther, jeg kan ikke komme ud af sengen i dag, kan hjemmeplejen komme tidligere? 51 23 90 14",
N("Bente Vinther"), H("kan ikke komme ud af sengen"), T("51 23 90 14"))

P("[da] medicinliste med handelsnavne og doser",
f"""Tjek om der er dobbeltmedicinering i denne liste for Inger Marie Nørgaard, CPR {c132}:
Metformin 1 g x 2
Furix 40 mg morgen
Marevan efter INR
Pinex 500 mg x 4
Panodil 1 g x 3
Sertralin 50 mg
Zopiclon 7,5 mg til natten""",
N("Inger Marie Nørgaard"), CPR(c132), H("Metformin 1 g x 2"), H("Furix 40 mg"), H("Marevan"), H("Pinex 500 mg x 4"), H("Panodil 1 g x 3"), H("Sertralin 50 mg"), H("Zopiclon 7,5 mg"))

P("[en] forwarded thread, son writes in English, quoted Danish reply",
"""Can you summarise this thread and suggest next steps?

---------- Forwarded message ---------
From: Ahmad Rahimi <ahmad.rahimi@outlook.dk>
Date: Mon, 10 Feb 2025
Subject: Re: Re: my mother
To: Hjemmesygeplejen Norddjurs <hjemmesygeplejen@norddjurs.dk>

Hello again,
Thank you for the answer. I am sorry my Danish is not good so I write English. My mother is Zahra Rahimi, she live with us on Vestergade 8, 1. tv., 8950 Ørsted.

> On Fri, 7 Feb 2025, Hjemmesygeplejen wrote:
> Kære Ahmad, vi har brug for flere oplysninger om din mors situation.

Since the hospital sent her home she cannot walk to the toilet alone and she has a wound on her back that smells. She is on insulin but she does not want to eat, so we are afraid of low sugar. At night she is confused and tries to get out of bed.

Best regards
Ahmad
+45 31 77 26 08""",
N("Ahmad Rahimi"), E("ahmad.rahimi@outlook.dk"), N("Zahra Rahimi"), A("Vestergade 8, 1. tv., 8950 Ørsted"), H("cannot walk to the toilet alone"), H("wound on her back"), H("on insulin"), H("does not want to eat"), H("confused"), T("+45 31 77 26 08"))

P("[da] graviditet hos navngiven medarbejder",
"Skriv en kort besked til Line Kragh om, at hun kan få flyttet sine vagter væk fra natten, fordi hun er gravid i uge 14 og har meget kvalme. Hun arbejder i køkkenet på Rougsøhjemmet og skal stadig have sine 30 timer.",
N("Line Kragh"), H("gravid i uge 14"), H("kvalme"))

P("[da] jobcenternotat om alkohol",
"Skriv dette om til et neutralt notat: Kim Overgaard (tlf. 22 45 19 07) mødte op påvirket til samtale i jobcentret. Han fortæller selv, at han drikker 12-15 genstande dagligt og får abstinenser, når han prøver at stoppe. Skal henvises til Rusmiddelcentret.",
N("Kim Overgaard"), T("22 45 19 07"), H("påvirket"), H("drikker 12-15 genstande dagligt"), H("abstinenser"))

P("[en] short: title + surname and UTI",
"pls translate to danish: Mr. Halvorsen has a UTI and started on pivmecillinam today",
N("Mr. Halvorsen"), H("UTI"), H("pivmecillinam"))

P("[da] skole-hjem-samtale: ordblind elev og navngiven mor",
"Skriv et referat fra skole-hjem-samtalen: Viktor Brandt Olesen i 3.b er ordblind og har svært ved at følge med i dansk. Mor (Tina Olesen) fortæller, at han har ondt i maven om morgenen og ikke vil i skole. Vi aftaler test hos PPR efter vinterferien.",
N("Viktor Brandt Olesen"), H("ordblind"), N("Tina Olesen"), H("ondt i maven"))

P("[da] langt journalnotat med hverdagssprog om hjertesvigt",
f"""Skriv dette journalnotat om til en mere faglig formulering, men behold alle oplysninger:
'Besøg hos Arne Kristoffersen, {c138}, Møllevej 6, Glesborg, d. 14/3 kl. 10. Arne sad i lænestolen og så træt ud. Han siger, han har svært ved at få luft om natten og må sove siddende i stolen. Benene er hævede op til knæene, og han har taget 3 kg på på en uge. Han tager sin Furix, men ikke altid. Han bliver hurtigt forpustet, når han går ud med skraldespanden. Datteren har ringet og sagt, at han er faldet i entreen i weekenden, men han vil ikke selv fortælle om det. Der er ingen synlige skader. Han spiser kun lidt og drikker mest kaffe. Aftalt at sygeplejen kommer i morgen og vejer ham, og at egen læge kontaktes i dag. Arne er indforstået.'""",
N("Arne Kristoffersen"), CPR(c138), A("Møllevej 6, Glesborg"), H("svært ved at få luft om natten"), H("sove siddende"), H("Benene er hævede"), H("taget 3 kg på"), H("Furix"), H("hurtigt forpustet"), H("faldet i entreen"), H("spiser kun lidt"))

P("[en] pipe table of pupils with needs for bus trip",
"""Make a seating plan for the class trip bus and keep these needs in mind:
Name | Needs
Lukas Berg | gets carsick, front seat
Amira Haddad | type 1 diabetes, snacks + insulin pump
Jonas Winther | epilepsy, teacher must carry Buccolam
Mia Sand | broken wrist, arm in a cast""",
N("Lukas Berg"), H("carsick"), N("Amira Haddad"), H("type 1 diabetes"), H("insulin pump"), N("Jonas Winther"), H("epilepsy"), H("Buccolam"), N("Mia Sand"), H("broken wrist"))

P("[da] kort lowercase: knæoperation og krykker",
"ring til jens peter dalgaard om hans knæoperation tirsdag, han skal have krykker med hjem",
N("jens peter dalgaard"), H("knæoperation"), H("krykker"))

P("[da] HR: sygefraværssamtale, medarbejders initialpostkasse",
"Skriv et udkast til en indkaldelse til sygefraværssamtale til Hanne Bjerregaard (hbj@norddjurs.dk). Hun har været sygemeldt i 5 uger med en diskusprolaps og har fortalt, at hun tager morfin om natten. Mødet skal ligge på rådhuset, Torvet 3, 8500 Grenaa.",
N("Hanne Bjerregaard"), E("hbj@norddjurs.dk"), H("sygemeldt i 5 uger"), H("diskusprolaps"), H("morfin"))

P("[en] non-native English, fall and suspected fracture, named son",
"Good morning, I am writing about Mrs. Nowak in Ørum. Yesterday she fall in the kitchen and her left arm is very swollen and blue, she cannot lift it. I think maybe it is broken. Her son Tomasz Nowak phone 42 81 30 66 is coming at 12. What I must write in the report?",
N("Mrs. Nowak"), H("fall in the kitchen"), H("left arm is very swollen"), H("cannot lift it"), H("broken"), N("Tomasz Nowak"), T("42 81 30 66"))

P("[da] bekymring: psykose-lignende symptomer hos ung",
"Hjælp mig med at skrive en bekymringshenvendelse til egen læge om Rasmus Holt Jepsen, 19 år, Søndergade 12, 2. th., 8500 Grenaa. Han har isoleret sig på værelset i måneder, siger at naboerne overvåger ham gennem væggen og har ikke spist ordentligt i flere uger.",
N("Rasmus Holt Jepsen"), A("Søndergade 12, 2. th., 8500 Grenaa"), H("isoleret sig"), H("naboerne overvåger ham"), H("ikke spist ordentligt"))

P("[da/en] oversæt telegrafisk plan til vikar",
"Kan du oversætte til engelsk til den nye vikar: 'Ellen Toft, Stationsvej 3, Trustrup: hjælp til bad tirsdag, PEG-sonde skylles 3 x dgl., ernæring via pumpe om natten, kan ikke tale efter blodprop, bruger tavle.'",
N("Ellen Toft"), A("Stationsvej 3, Trustrup"), H("hjælp til bad"), H("PEG-sonde"), H("ernæring via pumpe"), H("kan ikke tale"), H("blodprop"))

P("[da] borgermail med signatur nederst",
"""Omskriv til et venligt svar:
'Hej. Jeg har søgt om en badebænk og en toiletforhøjer for 6 uger siden og har stadig ikke hørt noget. Jeg er stadig øm i hoften efter min hofteoperation, og jeg er bange for at falde i badet.
Mvh
Birgit Dam
Skovvej 22, Vivild
birgit.dam@mail.dk'""",
H("badebænk"), H("toiletforhøjer"), H("øm i hoften"), H("hofteoperation"), N("Birgit Dam"), A("Skovvej 22, Vivild"), E("birgit.dam@mail.dk"))

P("[en] short: CPAP reminder",
"draft a text to Peter Schmidt reminding him to bring his CPAP machine to the sleep clinic appointment on friday",
N("Peter Schmidt"), H("CPAP machine"))

P("[da] køreliste til vaccination med adresser og bemærkninger",
"""Lav en køreliste for influenzavaccination i morgen, sortér efter postnummer:
Gudrun Pedersen, Bredgade 4, 8585 Glesborg – sengeliggende
Ib Mortensen, Gjerrildvej 19, 8500 Grenaa – KOL, ilt
Lis Hammer, Skolegade 7, 8961 Allingåbro – demens, datter skal være til stede
Ove Thygesen, Hovedgaden 51, 8586 Ørum Djurs – AK-behandling""",
N("Gudrun Pedersen"), A("Bredgade 4, 8585 Glesborg"), H("sengeliggende"), N("Ib Mortensen"), A("Gjerrildvej 19, 8500 Grenaa"), H("KOL"), H("ilt"), N("Lis Hammer"), A("Skolegade 7, 8961 Allingåbro"), H("demens"), N("Ove Thygesen"), A("Hovedgaden 51, 8586 Ørum Djurs"), H("AK-behandling"))

P("[en] jobcentre case note: depression, sertraline",
"Can you shorten this for the case conference? 'Meeting with Daniel Okafor (DOB 14.06.1991) at the jobcentre. Daniel has been on sick leave since October due to depression and reports poor sleep, low appetite and panic attacks on the bus. He has started on sertraline 50 mg via his GP and sees a psychologist every second week. He would like to try 10 hours a week in a flexible job from March.'",
N("Daniel Okafor"), H("sick leave"), H("depression"), H("poor sleep"), H("low appetite"), H("panic attacks"), H("sertraline 50 mg"), H("sees a psychologist"))

P("[da] kreditoroprettelse: CVR, konto, ejer",
f"Opret ny kreditor: Vivild VVS ApS v/ Torben Mølgaard, CVR {v149}, Hovedgaden 9, 8961 Allingåbro, tlf. 86 48 12 39. Udbetaling til reg.nr. 9570 kontonr. 0012345678. Skriv en bekræftelse til firmaet.",
N("Torben Mølgaard"), CVR(v149), A("Hovedgaden 9, 8961 Allingåbro"), T("86 48 12 39"), BA("reg.nr. 9570 kontonr. 0012345678"))

P("[en] refund to Ukrainian IBAN",
f"Please check this refund request: Oksana Melnyk, Kirkevej 12, 8570 Trustrup, wants her overpaid daycare fee of DKK 1,840 paid to her Ukrainian account {ua150}. Is that allowed, or must it go to her NemKonto?",
N("Oksana Melnyk"), A("Kirkevej 12, 8570 Trustrup"), IB(ua150))

P("[da] betalingskort læst op i telefonen",
f"En borger har læst sit kortnummer op for at betale for kopi af en byggesag: Jørgen Vad, {k151}, udløb 08/27. Skriv en mail til ham om, at vi ikke må modtage kortoplysninger pr. telefon, og at nummeret er slettet.",
N("Jørgen Vad"), PC(k151))

P("[da] vagtrapport for fire borgere, telegrafisk",
"""Renskriv vagtrapporten til dokumentation, én borger pr. afsnit:
Ruth Nygaard – BT 90/55 kl. 7, svimmel v. forflytning. Ring læge hvis BT < 90.
Svend Åge Juhl – sår sacrum gr. 3, skiftet, vakuumbehandling forts. Smerter 6/10, fik Oxynorm 10 mg.
Helle Brask – nyopstartet Marevan, INR i morgen. Næseblod i aftes, stoppede selv.
Kaj Ebbesen – urolig, råber om natten, river kateteret ud. Overvej snak m. demenskoordinator.
Alle: husk væskeskema.""",
N("Ruth Nygaard"), H("BT 90/55"), H("svimmel"), N("Svend Åge Juhl"), H("sår sacrum gr. 3"), H("vakuumbehandling"), H("Smerter 6/10"), H("Oxynorm 10 mg"), N("Helle Brask"), H("Marevan"), H("INR"), H("Næseblod"), N("Kaj Ebbesen"), H("urolig"), H("råber om natten"), H("river kateteret ud"))

P("[da] kort lowercase: fodterapeut og diabetesfødder",
"kan du skrive en sms til inge lise bruun om at fodterapeuten kommer torsdag pga hendes diabetesfødder",
N("inge lise bruun"), H("fodterapeuten"), H("diabetesfødder"))

P("[en] HR reply: maternity leave and pelvic pain, personal work mailbox",
"Write a reply to Sarah Lindqvist (sarah.lindqvist@norddjurs.dk) confirming that her maternity leave starts 1 August. She mentioned she has pelvic girdle pain and would like to work from home two days a week until then.",
N("Sarah Lindqvist"), E("sarah.lindqvist@norddjurs.dk"), H("maternity leave"), H("pelvic girdle pain"))

P("[da] kort: antipsykotika nægtet",
"hvad skal jeg skrive i notatet når Erik Busk fra Voer nægter at tage sin Abilify og siger han har det fint",
N("Erik Busk"), H("Abilify"))

P("[da] pårørende om navngiven mor med blodprop og lammelse",
"Udkast til svar: Pårørende Lene Skov (tlf. 61 40 22 85) spørger, om hendes mor Dorthe Skov på Plejecenter Lindegården kan få hjælp til at komme op i kørestolen hver dag, så hun kan være med til fællesspisning. Dorthe har haft en blodprop og er lam i venstre side.",
N("Lene Skov"), T("61 40 22 85"), N("Dorthe Skov"), H("kørestolen"), H("blodprop"), H("lam i venstre side"))

P("[en] short clinical shorthand: s/p hip fracture",
"note for Anders Møller: s/p hip fracture L 2 wks, mobilising w/ rollator, pain controlled on paracetamol 1 g qid",
N("Anders Møller"), H("s/p hip fracture L"), H("rollator"), H("paracetamol 1 g qid"))

P("[da] fraværsliste i skole med årsager",
"""Lav en kort mail til klasselæreren om fraværet, uden at sende listen videre. Fravær 7.b uge 6:
Ida Bisgaard 3 dage – mellemørebetændelse
Malthe Krog 1 dag – tandlæge
Asta Rønne 5 dage – indlagt, blindtarm
Villads Hjorth 2 dage – ferie""",
N("Ida Bisgaard"), H("mellemørebetændelse"), N("Malthe Krog"), H("tandlæge"), N("Asta Rønne"), H("indlagt"), H("blindtarm"), N("Villads Hjorth"))

P("[da] borgermail om depression og sygedagpenge",
"""Lav et svarudkast til denne mail:

Fra: Nanna Esbensen <nanna.esb@hotmail.com>
Emne: Sygedagpenge

Hej
Jeg har fået at vide af min læge, at jeg ikke må arbejde de næste 8 uger pga. min depression og angst. Jeg tager Cipralex nu. Hvad skal jeg gøre for at få sygedagpenge, når jeg er i et vikariat?

Mvh Nanna""",
N("Nanna Esbensen"), E("nanna.esb@hotmail.com"), H("ikke må arbejde"), H("depression"), H("angst"), H("Cipralex"))

P("[da/en] arbejdsulykke, polsk mobilnummer",
"Kan du hjælpe med engelsken? Vores medarbejder Piotr Zielinski (mobil +48 601 234 567) har haft en arbejdsulykke på genbrugspladsen – he cut his hand on glass and needed 6 stitches at the emergency department in Randers. Skriv en kort anmeldelse til EASY på dansk.",
N("Piotr Zielinski"), T("+48 601 234 567"), H("cut his hand"), H("6 stitches"))

P("[en] long discharge e-mail from hospital coordinator",
f"""Please make a to-do list for the home care team from this email:
'Dear colleagues, Kirsten Abildgaard, CPR {c161}, is being discharged tomorrow at 11 to her home at Baunehøjvej 18, 8500 Grenaa. She was admitted with pneumonia and a COPD exacerbation. New medication: prednisolone 37.5 mg for 5 days, then stop; amoxicillin 750 mg x 3 for 7 days; Spiriva continues. She needs oxygen 2 L/min at rest and during the night – concentrator ordered, delivery Thursday. She is weak and needs help with showering and getting dressed for the first weeks. Please weigh her twice a week, she has lost 4 kg. Her GP is informed. Contact me with questions. Kind regards, Signe Holmgaard, discharge coordinator, direct line 78 45 61 20'""",
N("Kirsten Abildgaard"), CPR(c161), A("Baunehøjvej 18, 8500 Grenaa"), H("pneumonia"), H("COPD exacerbation"), H("prednisolone 37.5 mg"), H("amoxicillin 750 mg x 3"), H("Spiriva"), H("oxygen 2 L/min"), H("help with showering and getting dressed"), H("lost 4 kg"), N("Signe Holmgaard"), T("78 45 61 20"))

P("[da] kort: nødkald oprettes, by i prosa",
"Bjarne Sloth på Rosenvænget 5 i Hemmed har fået nødkald i dag, opret ham i Nexus",
N("Bjarne Sloth"), A("Rosenvænget 5"), H("nødkald"))

P("[da] kørsel til dialyse",
"Bestil kørsel til dialyse for Villy Kramer, Aalborgvej 31, 8500 Grenaa, mandag, onsdag og fredag kl. 7.15 til Regionshospitalet Randers. Han sidder i kørestol og skal have hjælp ned ad trappen. Kontakt: 24 19 73 55.",
N("Villy Kramer"), A("Aalborgvej 31, 8500 Grenaa"), H("dialyse"), H("kørestol"), H("hjælp ned ad trappen"), T("24 19 73 55"))

P("[en] hedged: might have chickenpox in nursery",
"Write a note to the parents: we think Alma Skovgaard in the nursery group might have chickenpox – she has red spots on her tummy and a fever. Please pick her up and contact your GP before she comes back.",
N("Alma Skovgaard"), H("chickenpox"), H("red spots on her tummy"), H("fever"))

P("[da] Re: Re:-tråd med medarbejderinitialer og borger nederst",
"""Opsummer tråden i tre punkter:

Re: Re: Besøg hos Orla Vestergaard
Fra: Mette Kjeldsen <mkj@norddjurs.dk>
Til: Terapeutgruppen

Tak Jens. Jeg har talt med Orla igen. Han har nu fået plejesengen, men han kan stadig ikke selv komme fra sengen til kørestolen, så vi bliver nødt til at få en loftlift. Kan I vurdere det i uge 11?

Mette

> Fra: Jens Riis <jri@norddjurs.dk>
> Orla har det bedre efter indlæggelsen for lungebetændelse, men han er meget afkræftet. Vi starter genoptræning to gange om ugen.
>
>> Fra: Mette Kjeldsen
>> Orla Vestergaard, Tranevej 11, Ørsted, er udskrevet i dag. Han skal have besøg af en terapeut.""",
N("Orla Vestergaard"), N("Mette Kjeldsen"), E("mkj@norddjurs.dk"), H("plejesengen"), H("ikke selv komme fra sengen til kørestolen"), H("loftlift"), N("Jens Riis"), E("jri@norddjurs.dk"), H("indlæggelsen"), H("lungebetændelse"), H("afkræftet"), H("genoptræning to gange om ugen"), A("Tranevej 11, Ørsted"), H("udskrevet"))

P("[da] kort: fastende blodprøve og stofskifte",
"skriv til Lone Vinkel at hun skal huske fastende blodprøve i morgen kl 8 pga hendes stofskifte",
N("Lone Vinkel"), H("fastende blodprøve"), H("stofskifte"))

P("[en] reply to GP, direct line, anticoagulant",
"Draft a reply to Dr. Iversen at Grenaa Lægehus (direct line 86 32 10 45) confirming that we have started daily home nurse visits for Birthe Munk after her Eliquis was changed to 2.5 mg x 2, and that we will watch for bleeding from the gums as she had last month.",
N("Dr. Iversen"), T("86 32 10 45"), N("Birthe Munk"), H("daily home nurse visits"), H("Eliquis"), H("bleeding from the gums"))

P("[da] barn født 2019, CPR uden modulus 11, cøliaki",
f"Indskriv i pladsanvisningen: Alfred Juul Høgh, CPR {c168}, start i Børnehuset Solstrålen 1. august. Mor oplyser, at han har cøliaki og skal have glutenfri mad, og at han bruger høreapparat på højre øre.",
N("Alfred Juul Høgh"), CPR(c168), H("cøliaki"), H("glutenfri mad"), H("høreapparat"))

P("[da] 'anonymiseret' tekst der stadig indeholder navn",
"Jeg har anonymiseret denne sætning: 'Borger A (Jonna Fabricius, Havnevej 2, Bønnerup) har skrumpelever og drikker stadig.' Er det godt nok til at dele med Copilot, eller skal jeg fjerne mere?",
N("Jonna Fabricius"), A("Havnevej 2, Bønnerup"), H("skrumpelever"), H("drikker stadig"))

P("[en] short non-native: suicidal statement",
"Hi, Mrs. Jensen in Hemmed she is very sad today and crying, she say she want to die. who i call??",
N("Mrs. Jensen"), H("very sad"), H("crying"), H("want to die"))
