from gen_helpers import *


def part(add):
    # 1 supplier master data, Prisme
    add("[da] kreditoroprettelse til Prisme med CVR, adresse, kontakt og bankkonto",
        f"""Kan du lave en pæn tabel ud fra denne leverandøroprettelse, så jeg kan taste den i Prisme?

Leverandør: Djurs Rengøring ApS
CVR-nr.: {cvr("spaced")}
Adresse: {A("Industrivej 14, 8500 Grenaa")}
Kontaktperson: {N("Lone Vestergaard")}, tlf. {phone("pairs")}, {E("lone.vestergaard@djursrengoering.dk")}
Bankoplysninger: {bank("reg")}
Betalingsbetingelser: løbende måned + 30 dage""")

    # 2 UK supplier bank change, English
    ukb, ukib = uk_bank_iban("BARC")
    add("[en] UK supplier e-mail announcing new bank details with sort code, IBAN and contact",
        f"""Summarise this for the finance team and tell me which fields in the supplier record have to change:

"Dear Accounts Payable,
Please note that from 1 January our bank details change. New details: Barclays Bank, {ukb}, IBAN {ukib}, BIC BARCGB22. Our VAT reg. no. remains GB 284 7715 36. Any questions, contact {N("Sarah Whitfield")}, Credit Controller, on {P("+44 20 7946 0321")} or {E("s.whitfield@nordicsupply.co.uk")}.
Kind regards, Nordic Supply Ltd\"""")

    # 3 OCR-ish pasted invoice; own CVR spaced, unlabelled
    add("[da] OCR-indsat faktura fra VVS-firma; kommunens eget CVR med mellemrum er ikke mærket",
        f"""Tjek lige denne faktura for fejl inden jeg godkender den i OPUS:

Kattegat VVS A/S · {A("Havnevej 7, 8500 Grenaa")}
CVR-nr.:{cvr("spaced")}   Tlf. {phone("pairs", mobile=False)}
Faktura nr. 20931        Dato 14-11-2026
Kunde: Norddjurs Kommune, Torvet 3, 8500 Grenaa, CVR-nr.:29 18 98 38
EAN: {ean()}
Udskiftning af blandingsbatterier, Grenaa Idrætscenter   kr. 18.420,00
Moms 25 %                                                kr.  4.605,00
I alt                                                    kr. 23.025,00
Betaling: {bank("dash", reg="9070", n=10)}  senest 14-12-2026""")

    # 4 Navision credit note
    add("[da] kreditnota indsat fra Navision med SE-nr. og bankkonto",
        f"""Hjælp mig med at forklare bogholderiet hvorfor der er kommet en kreditnota:

KREDITNOTA 4410-117
Auning Auto I/S, SE-nr. {cvr("plain")}
Vedr. faktura 4410-098 (dækskifte, 3 servicebiler, reg.nr. AB 12 345 m.fl.)
Krediteret beløb: kr. 2.150,00 inkl. moms
Beløbet udbetales til: {bank("regkonto")}
Spørgsmål: {N("Henrik Bach Kristensen")}, {phone("4")}""")

    # 5 citizen refund request
    add("[da] borger beder om tilbagebetaling af forældrebetaling med CPR og konto",
        f"""Kan du skrive et venligt svar til denne borger og opsummere hvad hun beder om?

"Hej. Jeg hedder {N("Maria Holm Ebbesen")} og bor på {A("Lindevej 22, 8963 Auning")}. Jeg har betalt for meget for min søns vuggestueplads i oktober, fordi han stoppede 1. oktober. Mit cpr er {cpr(1991, "dash")}. I må gerne sætte pengene ind på {bank("konto", reg="1551", acct="3849201")}. Ring gerne på {phone("plain")} hvis I mangler noget. Mvh Maria\"""")

    # 6 English payroll change from international employee
    add("[en] new international employee asks payroll to change salary account, CPR without hyphen",
        f"""Can you rewrite this so it sounds more formal before I send it to Løn & Personale?

hi, I'm {N("Marek Nowak")}, started in Teknik & Miljø in September. please change my salary account to the new one: {bank("en", reg="5470")}. my CPR is {cpr(1988, "plain")} and my address is now {A("Storegade 41, 2. th., 8500 Grenaa")}. thanks!""")

    # 7 debt collection, dotted CPR
    add("[da] inddrivelse af ejendomsskat, skyldner med CPR i punktum-format",
        f"""Lav et udkast til en afdragsordning for denne restance. Skriv det som et brev.

Skyldner: {N("Poul Erik Dahl")}
CPR: {cpr(1952, "dots")}
Adresse: {A("Bredstrupvej 3, Gjerrild, 8500 Grenaa")}
Restance ejendomsskat 2026, 1. og 2. rate: kr. 14.862,00
Rykkergebyr: kr. 250,00 x 2
Skyldner har tilbudt kr. 1.500,00 pr. måned fra januar.""")

    # 8 rent deposit refund to IBAN
    add("[da] tilbagebetaling af depositum til lejer via IBAN, almen bolig",
        f"""Skriv en kort mail til lejeren om at depositum tilbagebetales inden 14 dage, minus istandsættelse.

Lejer: {N("Fatima Osman")}
Fraflyttet lejemål: {A("Kannikegade 9, st. tv., 8500 Grenaa")}
Depositum: kr. 21.600,00
Istandsættelse jf. flyttesyn: kr. 6.245,00
Til udbetaling: kr. 15.355,00
Lejer ønsker beløbet overført til IBAN {iban("DK")}
Lejerens nye mail: {E("fatima.osman88@gmail.com")}""")

    # 9 expense claim with own card number
    add("[da] udlægsbilag hvor medarbejder har skrevet hele sit Visa/Dankort-nummer",
        f"""Er det her udlæg i orden efter vores regler? Svar kort.

Udlæg – {N("Kasper Juhl Madsen")} ({E("kjma@norddjurs.dk")})
Dato: 03.11.2026
Formål: Parkering og frokost, kursus i Aarhus
Beløb: kr. 412,50
Betalt med eget kort: Visa/Dankort {card("visadankort", "space")}
Refusion til lønkonto.""")

    # 10 purchase card reconciliation table with masked + one full number
    add("[da] afstemning af indkøbskort; kun det fuldt skrevne kortnummer er mærket",
        f"""Lav en tabel over indkøbskortene og marker hvilke der mangler bilag:

Kortholder | Kort | Transaktioner nov. | Manglende bilag
{N("Birgitte Nørgaard")} | **** **** **** 4471 | 12 | 0
{N("Søren Damgaard Pedersen")} | **** **** **** 9020 | 7 | 2
{N("Ida Kirkegaard")} | {card("mc", "space")} | 19 | 5
Ejendomscenter fælleskort | XXXX XXXX XXXX 1186 | 4 | 1""")

    # 11 Amex statement English
    add("[en] Amex corporate card statement pasted with full 15-digit number",
        f"""Please categorise these card transactions into travel, software and other:

American Express Corporate – Statement
Cardmember: {N("Rasmus Overgaard")}
Card number: {card("amex", "space")}
Closing date: 28/11/2026
02/11 SAS SCANDINAVIAN AIRLINES   DKK 2,340.00
05/11 ADOBE *CREATIVE CLD          DKK   489.00
12/11 HOTEL OPERA COPENHAGEN      DKK 1,895.00
19/11 ZOOM.US 888-799-9666         DKK   121.50""")

    # 12 Teams chat lowercase, Dankort of citizen
    add("[da] Teams-chat i små bogstaver om borgers dankort-nummer uden mellemrum",
        f"""hej, kan du hjælpe mig med at skrive et svar til borgeren? hun har ringet og givet mig sit dankort nr {card("dankort", "none")} udløb 09/28 fordi hun vil betale sin regning for hjemmeplejen, men vi tager jo ikke kortbetaling over tlf. hun hedder {N("Jytte Hvid")} og hendes nr er {phone("plain")}""")

    # 13 SMS-style
    add("[da] sms-agtig besked med CPR uden bindestreg og mobilnummer",
        f"""skriv det her om til en ordentlig journalnotat-tekst: ringede til {N("Bo Rasmussen")} kl 10.15 ang. tilbagebetaling af boligstøtte. cpr {cpr(1979, "plain")}. han vil betale 500 kr/md. ring tilbage på {phone("plus4")} efter kl 14""")

    # 14 German supplier invoice English
    add("[en] German supplier invoice with DE IBAN, USt-IdNr and contact",
        f"""Translate the key fields of this invoice into Danish and list them as bullet points:

Schulz Medizintechnik GmbH – Rechnung Nr. RE-2026-11873
Lieferung: 6 Pflegebetten inkl. Matratzen für Plejecenter Rosengården
Netto EUR 9.840,00 · USt 0 % (innergemeinschaftliche Lieferung)
Ihre USt-IdNr.: DK29189838
Bankverbindung: Sparkasse Hannover, IBAN {iban("DE")}, BIC SPKHDE2HXXX
Ansprechpartner: {N("Katrin Vogel")}, {P("+49 511 3377 0421")}, {E("k.vogel@schulz-medtech.de")}""")

    # 15 VAT no. DK prefix, Swedish supplier
    add("[en] Swedish supplier contract summary with Danish VAT number of its DK branch",
        f"""Summarise the payment terms in this contract excerpt in three lines:

Supplier: Lindqvist Ergonomi AB, Danish branch, VAT no. {cvr("dk")}
Customer: Norddjurs Kommune (CVR 29189838)
Payment: 30 days net to Handelsbanken, IBAN {iban("SE")}
Contact: {N("Anna Lindqvist")}, {E("anna.lindqvist@lindqvistergonomi.se")}, mobile {P("+46 70 412 88 15")}
Price adjustment: annually per net price index, max. 3 %""")

    # 16 CSV lines of payments
    add("[da] CSV-linjer med udbetalinger til borgere (reg/konto med bindestreg)",
        f"""Her er et udtræk af manuelle udbetalinger. Tjek at summen stemmer med 7.940,00 kr:

navn;cpr;konto;beløb
{N("Signe Aagaard")};{cpr(1996, "plain")};{bank("dash")};2.400,00
{N("Yusuf Demir")};{cpr(1983, "dash")};{bank("dash")};3.140,00
{N("Camilla Brix")};{cpr(2001, "plain")};{bank("dash")};2.400,00""")

    # 17 Child CPR born 2012 without mod11 in school context
    add("[da] skolebørn med CPR født efter 2007 (uden modulus 11) i refusion af skolemælk",
        f"""Lav en oversigt som jeg kan sende til forældrene om refusion af betalt frugtordning:

Elev: {N("Emil Winther")}, 4.B, cpr {cpr(2016, "dash", mod11=False)} – betalt 2x, refusion 345 kr.
Elev: {N("Freja Bak")}, 2.A, cpr {cpr(2018, "dash", mod11=False)} – betalt 2x, refusion 345 kr.
Pengene sendes til forældrenes NemKonto.""")

    # 18 English email from Polish contractor
    add("[en] Polish contractor e-mail with PL IBAN and Danish VAT registration",
        f"""Please draft a polite reply confirming we have received the invoice and will pay within 30 days:

From: {N("Tomasz Wiśniewski")} <{E("t.wisniewski@kowalskistal.pl")}>
Subject: invoice 118/11/2026 – railing Grenaa Havn
Hello, attached our invoice for the steel railing. Please pay to {iban("PL")} (mBank). Our Danish VAT registration is {cvr("dk-")}. Phone {P("+48 601 223 907")}.
Best regards, Tomasz""")

    # 19 Bank letter about returned transfer
    add("[da] brev fra banken om returneret overførsel; konto og CPR i brødtekst",
        f"""Forklar mig i enkle ord hvad banken skriver, og hvad jeg skal gøre:

"Kære Norddjurs Kommune. Overførslen på kr. 4.380,00 af 21.11.2026 til {bank("Regnr")} er returneret, da kontoen er ophævet. Modtager: {N("Dorthe Kjeldsen")}, cpr.nr. {cpr(1967, "space")}. Beløbet er krediteret jeres konto. Venlig hilsen Erhvervsservice\"""")

    # 20 Supplier change request via phone
    add("[da] leverandør ringer om ændret konto; bogholders notat med kto-format",
        f"""Skriv et notat om denne telefonsamtale til kreditorsagen:

Ringet op af {N("Niels-Erik Holm")} fra Holms Anlægsgartneri (CVR {cvr("plain")}) kl. 09.40. Oplyser at de har skiftet bank. Ny konto: {bank("kto")}. Jeg har bedt om skriftlig bekræftelse på firmaets papir, da vi ikke ændrer bankoplysninger på telefon. Tilbagekald på {phone("pairs")}.""")

    # 21 IBAN without spaces + card in the same complaint
    add("[da] borgerklage om dobbelt betaling af parkeringsafgift med kortnummer med bindestreger",
        f"""Hjælp mig med at svare på denne klage:

"Jeg er blevet trukket to gange for parkering ved Grenaa Havn d. 02.08.2026 (2 x 45 kr.). Kortet er {card("visa", "dash")}. Jeg vil gerne have pengene tilbage til {iban("DK", spaced=False)}. {N("Morten Ravn")}, {A("Skovvej 8, 8570 Trustrup")}\"""")

    # 22 English HR onboarding table
    add("[en] onboarding checklist for international staff with CPR with dotted date and email",
        f"""Turn this into a checklist table with status columns:

New employee: {N("Priya Raman")}, Digitalisering og IT
CPR no.: {cpr(1993, "dots")}
Private e-mail: {E("priya.raman.dk@outlook.com")}
Work e-mail: {E("prra@norddjurs.dk")}
Salary account: {bank("reg")}
Laptop ordered, badge pending, NemID/MitID business to be set up.""")

    # 23 Mixed-separator Mastercard in expense claim English
    add("[en] expense claim from visiting consultant with Mastercard in mixed separators",
        f"""Is this a valid reason for reimbursement? Answer yes/no and why.

Claimant: {N("James O'Connor")} (external consultant)
Hotel Kongensgade, Grenaa – 2 nights – DKK 1,780
Paid with personal Mastercard {card("mc", "mixed")}
Please reimburse to: {iban("IE")}""")

    # 24 Visa with dots
    add("[da] kasserapport hvor kunde har skrevet kortnummer med punktummer",
        f"""Omformuler til en neutral hændelsesrapport til økonomiafdelingen:

Ved billetsalg til sommerkoncert på Grenaa Havn skrev en kunde sit kortnummer på en seddel: {card("visa", "dot")}, da terminalen var nede. Sedlen er makuleret, men nummeret står stadig i vores Teams-tråd. Kunden hedder {N("Tina Mølgaard")}.""")

    # 25 Amex no separators English
    add("[en] Teams message with Amex number without separators",
        f"""quick q: a supplier asked for our card details to book the conference venue. Can I just send them this? Amex {card("amex", "none")} exp 11/27. The card is in {N("Louise Ebbesen")}'s name. Write me a short answer explaining the safer alternatives.""")

    # 26 Phone-number forms list
    add("[da] telefonliste til vinterberedskab med forskellige nummerformater",
        f"""Sorter denne liste alfabetisk og lav en tabel med navn, rolle og nummer:

Vinterberedskab 2026/27
- {N("Ole Sloth")}, vejformand: {phone("plus")}
- {N("Kirsten Bundgaard")}, vagtcentral: {phone("4")}
- {N("Frederik Lund")}, saltbil 2: {phone("plusnone")}
- {N("Jens Ole Bisgaard")}, entreprenør: {phone("0045")}
- Rådhusets omstilling: 89 59 10 00 (ikke uden for åbningstid)""")

    # 27 Foreign NO IBAN, Norwegian supplier
    add("[en] Norwegian supplier quote with NO IBAN and org number (not Danish CVR)",
        f"""Compare this quote with the previous one (NOK 412,000) and write two sentences:

Solberg Kommunalteknikk AS, org.nr. 987 654 321 MVA
Quote 2026-314: winter equipment for Norddjurs, NOK 398,500 ex VAT
Payment to DNB, IBAN {iban("NO")}
Contact: {N("Ingrid Solberg")}, {P("+47 915 22 604")}""")

    # 28 CPR with spaces (4 groups)
    add("[da] borgerservice-notat med personnummer skrevet i fire grupper",
        f"""Ret stavefejl og gør teksten kortere:

Borgeren {N("Karen Margrethe Friis")} henvendte sig i borgerservice ang. hendes sygesikringsbevis. Hun oplyste personnummer {cpr(1948, "spaced")} og at hun er flyttet til {A("Østergade 17, 1. sal, 8950 Ørsted")}. Nyt kort er bestilt.""")

    # 29 Rent deposit loan (indskudslån) with account + cvr of housing association
    add("[da] indskudslån til boligforening; boligforeningens CVR og borgerens CPR",
        f"""Lav en bevillingsskrivelse ud fra disse oplysninger:

Ansøger: {N("Ahmad Rahimi")}, cpr {cpr(1990, "dash")}
Ny bolig: {A("Fuglsangvej 4, st. th., 8500 Grenaa")}
Udlejer: Boligforeningen Kattegat, CVR {cvr("plain")}
Indskud: kr. 18.900,00 – lånet udbetales direkte til udlejer på {bank("slash")}""")

    # 30 English inddrivelse letter foreign debtor
    add("[en] debt collection reminder for foreign citizen with phone and e-mail",
        f"""Write a friendly but clear payment reminder in English for this citizen:

Debtor: {N("Claire Dubois")}, {A("Strandvejen 31, Bønnerup Strand, 8585 Glesborg")}
Outstanding: water and drainage fee 2026, DKK 6,214.75, due 01/10/2026
She prefers e-mail: {E("claire.dubois@orange.fr")} or phone {P("+33 6 12 48 93 70")}
Payment can be made to the municipality's account with reference 26-AFV-1188.""")
