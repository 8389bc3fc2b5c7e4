from gen_helpers import *


def part(add):
    # 51
    add("[en] Teams chat from international employee to IT about MitID with CPR and mobile",
        f"""Can you help me answer this chat from a colleague? She writes: "hi IT, I can't activate MitID Erhverv. my cpr is {cpr(1990, "dash")}, my danish mobile is {phone("plus")} and my work mail {E("elfa@norddjurs.dk")}. what should I do?" Her name is {N("Elena Fabbri")}.""")

    # 52
    b52, i52 = dk_bank_iban("en")
    add("[en] Danish ferry-freight company invoice in English using 'Company reg. no.'",
        f"""Check the VAT calculation on this invoice and tell me if it is correct:

Anholt Færgefragt ApS – INVOICE 2026-0771
Company reg. no. {cvr("plain")}
Freight of building materials Grenaa–Anholt, 3 pallets   DKK 4,200.00
VAT 25 %                                                    DKK 1,050.00
Total                                                       DKK 5,250.00
Payment: Danske Bank, {b52}, IBAN {i52}""")

    # 53
    add("[en] statement of account from Danish supplier with CVR no. and reg/account on separate lines",
        f"""Reconcile this statement against our open items (invoices 5521, 5534, 5540) and list what is missing:

Statement of account – Fjordblik Catering
CVR no.: {cvr("spaced")}
{bank("lines")}
Inv. 5521  12.09.2026  DKK  8,450.00
Inv. 5534  30.09.2026  DKK  3,120.00
Inv. 5540  15.10.2026  DKK  6,980.00
Inv. 5562  04.11.2026  DKK  2,760.00
Balance                DKK 21,310.00""")

    # 54
    add("[da] borger videresender phishing-sms med svindlerens nummer og sit kortnummer",
        f"""Er det her svindel? En borger har videresendt det til os og skriver at hun allerede har tastet sit kort ind:

"Norddjurs Kommune: Du har penge til gode på ejendomsskat 1.240 kr. Bekræft via https://norddjurs-refusion.info eller ring {phone("plus", mobile=True)}"

Borgeren ({N("Inge Lise Munk")}) skriver: jeg tastede {card("dankort", "space")} og 3 cifre bag på. Hvad gør jeg nu?""")

    # 55
    add("[en] payslip of international employee pasted for explanation, account with dash",
        f"""Explain this payslip to me line by line, in simple English:

Norddjurs Kommune – Payslip November 2026
Employee no. 104821   {N("Diego Martínez Ruiz")}
CPR {cpr(1989, "plain")}
Salary account: {bank("dash", reg="3409")}
Base salary 31,842.17 | Pension own 2,420.00 | AM-contribution 2,353.14 | A-tax 7,912.00
Net pay 19,157.03""")

    # 56
    add("[da] foreningstilskud: kasserer, foreningens CVR og konto",
        f"""Skriv en kort tilsagnsskrivelse om lokaletilskud til foreningen:

Forening: Auning Petanqueklub, CVR {cvr("plain")}
Kasserer: {N("Erling Thygesen")}, {A("Skolegade 6, 8963 Auning")}, {E("erling.thygesen@mail.dk")}
Tilskud 2027: kr. 8.400,00, udbetales kvartalsvis til {bank("regkonto")}""")

    # 57
    add("[da] refusion af byggesagsgebyr til arkitektfirma; firmaets direkte nummer",
        f"""Byggesagen er trukket tilbage. Lav en mail til arkitekten om tilbagebetaling af gebyr:

Ansøger: Arkitektfirmaet Lind & Bay ApS, CVR-nr. {cvr("spaced")}
Kontakt: arkitekt {N("Søs Lind")}, direkte {phone("pairs", mobile=False)}
Gebyr betalt: kr. 3.840,00 (sagsnr. 2026-004512)
Tilbagebetales til {bank("dash")}""")

    # 58
    add("[da] skadeserstatning efter hul i vejen: nummerplade ikke mærket, navn/adresse/tlf/konto mærket",
        f"""Skriv et udkast til afslag/godkendelse – jeg er i tvivl. Opsummer først sagen:

Skadelidte: {N("Kim Overgaard Nielsen")}, {A("Kærvej 21, 8586 Ørum Djurs")}, tlf. {phone("4")}
Bil: VW Passat, reg.nr. CX 48 211
Skade: fælg og dæk, hul i Tingvejen ved km 3,4, dato 17.10.2026
Værkstedsregning: kr. 6.912,50
Erstatning ønskes udbetalt til {bank("reg")}""")

    # 59
    add("[en] German tourist damage claim after municipal bin truck hit rental car",
        f"""Summarise this claim for our insurance broker in English, max 6 lines:

Claimant: {N("Jürgen Hoffmann")}, {A("Lindenstraße 14, 30159 Hannover")}
Phone: {P("+49 170 4418 229")}
Holiday home: Fjellerup Strand, incident 29/07/2026, refuse truck scratched rented car
Repair estimate EUR 1,420
Pay to: {iban("DE", spaced=False)}""")

    # 60
    add("[da] Outlook-signatur indsat med mobil, direkte nummer og hjemmearbejdsadresse",
        f"""Gør min mailsignatur kortere og mere professionel:

Venlig hilsen
{N("Trine Bækgaard Mortensen")}
Specialkonsulent, Økonomi og Analyse
Direkte: {phone("pairs", mobile=False)} | Mobil: {phone("pairs")}
{E("tbmo@norddjurs.dk")}
Hjemmearbejdsplads tirsdag: {A("Birkevej 9, 8581 Nimtofte")}
Norddjurs Kommune · Torvet 3 · 8500 Grenaa · 89 59 10 00""")

    # 61
    add("[en] supplier onboarding form filled in English by Danish SME",
        f"""Check this supplier onboarding form for missing or inconsistent fields:

Company name: Djurs Elektro & Service ApS
Company reg. no. (CVR): {cvr("plain")}
VAT no.: {cvr("dk")}
Bank: {bank("en")}
IBAN: {iban("DK")}
Contact person: {N("Michael Busk")}, mobile {phone("plus4")}
Invoice e-mail: faktura@djurselektro.dk
EAN for our invoices to you: (leave blank)""")

    # 62
    add("[da] Teams: kollega beder Copilot tjekke om to CPR-numre er gyldige",
        f"""kan du tjekke om disse cpr er skrevet rigtigt? det er til en tilflytterattest: {cpr(1961, "dash")} og {cpr(1963, "dash")}. ægteparret hedder {N("Else Marie Hauge")} og {N("Knud Hauge")} og flytter til {A("Nørrevangen 33, 8961 Allingåbro")}""")

    # 63
    add("[en] British parent e-mail about school trip payment with card number with dashes",
        f"""Reply to this parent in English and explain we cannot take card payments by e-mail:

"Hi, I want to pay the DKK 1,150 for my son's school trip to Berlin. Here is my card: {card("visa", "dash")}, expiry 03/29, CVC 412. Name on card {N("Rebecca Thornton")}. Thanks, Rebecca ({E("becky.thornton@btinternet.com")})\"""")

    # 64
    add("[da] B-indkomst honorar til foredragsholder: CPR og konto uden præfiks",
        f"""Hvilke oplysninger mangler jeg for at kunne indberette B-indkomst? Svar i punktform.

Foredrag på Kulturnat, honorar 4.000 kr.
Foredragsholder: {N("Mads Ejnar Lauritsen")}
Cpr: {cpr(1970, "dash")}
Konto: {bank("space")}
Adresse: {A("Vestergade 40, 8000 Aarhus C")}""")

    # 65
    add("[da] freelance grafiker med enkeltmandsvirksomhed: CVR, navn, konto",
        f"""Skriv en ordrebekræftelse til grafikeren på layout af årsrapporten:

Leverandør: Grafisk ved {N("Nanna Dueholm")}, CVR {cvr("plain")}
Adresse: {A("Havnegade 2A, 8500 Grenaa")}
Pris: kr. 22.500 ekskl. moms, levering 15.02.2027
Betaling: {bank("Regnr")}""")

    # 66
    b66, i66 = uk_bank_iban("LOYD")
    add("[en] UK speaker fee: sort code and account, with personal address",
        f"""Please prepare a payment instruction text for a foreign transfer:

Speaker: {N("Dr. Helen Marsh")}, keynote at the climate conference, fee GBP 900
Home address: {A("14 Kingsley Road, Bristol BS6 6AF")}
Bank: Lloyds, {b66}
IBAN: {i66}
Reference: KLIMA2026""")

    # 67
    add("[da] medlem af idrætsforening betaler kontingent med dankort med bindestreger",
        f"""Hjælp mig med at lave en venlig mail til forældre om at de skal bruge betalingslinket i stedet:

En forælder har skrevet: "Hej, her er mit kort til kontingentet for {N("Viggo Lassen")}: {card("dankort", "dash")} udl. 11/27. Mvh {N("Sanne Lassen")}, {phone("pairs")}\"""")

    # 68
    add("[da] madservice: borger oplyser nyt kortnummer uden mellemrum til automatisk betaling",
        f"""Lav et notat til sagen og skriv hvad vi skal svare:

{N("Arne Dalsgaard")}, {A("Tjørnevej 7, 8570 Trustrup")}, ringede om sin betaling for madservice. Hans gamle kort er udløbet. Han læste det nye op: {card("mc", "none")}. Han ville gerne have det til automatisk betaling. Datter ({N("Lene Dalsgaard")}) kan kontaktes på {phone("4")}.""")

    # 69
    add("[da] kontoudtog OCR-indsat med konto-ord foran reg. og kontonummer",
        f"""Find de to største udbetalinger og skriv dem som en sætning:

Kontoudtog – {N("Henny Lundsgaard")}
{bank("konto", n=10)}   Periode 01.10.2026–31.10.2026
02.10  Overført fra Norddjurs Kommune    + 6.812,00
05.10  Husleje                            - 5.450,00
15.10  Overført fra Norddjurs Kommune    + 1.104,00
Saldo 31.10                               2.211,63""")

    # 70
    add("[en] Ukrainian refugee asks about integration benefit payment to Danish account",
        f"""Translate this message to Danish and suggest an answer:

"Hello, my name is {N("Olena Kovalenko")}. I live at {A("Rosenvænget 18, 8500 Grenaa")} with my daughter. The integration benefit did not come this month. My account is {bank("kto", reg="9570", n=8)}. My CPR is {cpr(1983, "plain")}. Phone {phone("plus4")}. Thank you!\"""")

    # 71
    add("[da] revision: stikprøve af udbetalinger i tabel med pipes, reg/konto med mellemrum",
        f"""Lav en kommentar til revisionen om hvorfor bilag 3 mangler godkendelse:

| Bilag | Modtager | Konto | Beløb |
|---|---|---|---|
| 1 | {N("Svend Åge Kirk")} | {bank("space")} | 2.300,00 |
| 2 | Grenaa Fodbold Klub | {bank("space")} | 15.000,00 |
| 3 | {N("Jette Brask")} | {bank("space")} | 9.870,00 |
Bilag 3 er attesteret men ikke godkendt af budgetansvarlig.""")

    # 72
    add("[en] finance team chat with Visa card number with double spaces (pasted from PDF)",
        f"""The hotel sent back our booking confirmation with the full card number in it. Draft an email asking them to delete it:

"Booking ref. HX-55120, guest {N("Erik Johansson")}, 3 nights, guaranteed with card {card("visa", "dblspace")}, exp 10/28.\"""")

    # 73
    add("[da] SMS fra borger i små bogstaver med iban og cpr med mellemrum",
        f"""skriv et svar: hej jeg har ikk fået min boligstøtte refusion, det var til dette {iban("DK").lower()} mit cpr er {cpr(1997, "space")} mvh {N("jannik friis")}""")

    # 74
    add("[en] Irish consultant invoice with IE IBAN without spaces",
        f"""Create a short summary for the approval flow in our ERP:

Invoice INV-3381 from {N("Siobhan Keane")}, independent consultant, Dublin
Service: facilitation of 2 workshops on digital welfare, DKK 28,000 (reverse charge)
Bank: AIB, IBAN {iban("IE", spaced=False)}, BIC AIBKIE2D
E-mail: {E("siobhan@keaneconsulting.ie")}""")

    # 75
    add("[da] kontrakt med vognmand: CVR, direktør, mobilnummer med +45 uden mellemrum",
        f"""Opsummer forpligtelserne i denne kontrakt i 5 punkter:

Aftale om kørsel af skolebørn, rute 14 Glesborg–Ørum
Leverandør: Djursland Vognmandsforretning ApS, CVR-nr. {cvr("plain")}, {A("Vognmandsvej 4, 8585 Glesborg")}
Underskriver: direktør {N("Finn Holst")}, {phone("plusnone")}
Pris: kr. 1.845 pr. kørselsdag, regulering 1. august.""")

    # 76
    add("[en] Swedish AB invoice with Swedish org number (unlabelled) and Danish CVR with dots",
        f"""Is there a problem with this invoice? The Danish CVR looks odd to me.

Nordisk Skolemøbel AB (org.nr. 556677-8899)
Dansk filial CVR: {cvr("dots")}
Invoice 88021, 40 desks, SEK 94,000
Bankgiro 5050-1055, IBAN {iban("SE")}""")

    # 77
    add("[da] løntræk/udlæg: medarbejder med dankort-nummer i en Teams-besked med linjeskift i tekst",
        f"""Kan du omskrive den her besked til en officiel anmodning om løntræk?

hej løn
jeg skylder for kantinekort okt+nov (612 kr). I må gerne trække det i lønnen.
alternativt kan I trække det på mit kort
{card("dankort", "space")}
/{N("Kenneth Lauge")}, Materielgården""")

    # 78
    add("[da] depositum: to lejere, IBAN og reg/konto i forskellige former",
        f"""Lav en tabel over de to tilbagebetalinger med kolonnerne lejer, beløb og konto:

1) {N("Julie Kragh")}, fraflyttet {A("Kystvejen 70, 8500 Grenaa")}, tilbage kr. 9.200 – IBAN {iban("DK")}
2) {N("Oliver Nørskov")}, fraflyttet {A("Kystvejen 72, 8500 Grenaa")}, tilbage kr. 4.150 – {bank("regkonto")}""")

    # 79
    add("[en] HR memo in English: relocation allowance for new doctor with account details",
        f"""Polish this memo for the HR director:

Relocation allowance approved for {N("Dr. Ahmed Karimi")}, starting 01/01/2027 as medical consultant (kommunallæge). Amount DKK 25,000 paid with January salary to {bank("en")}. Private phone {phone("plus")}, private e-mail {E("ahmed.karimi.md@gmail.com")}.""")

    # 80
    add("[da] kasse: kunde har betalt bøde for sent, kortnummer med stray mellemrum (OCR)",
        f"""Følgende er OCR fra en kassebon. Hvilke oplysninger burde ikke stå på en kassebon?

BORGERSERVICE GRENAA    KASSE 2
Pas, voksen              kr.   627,00
Betalt: MASTERCARD
Kortnr: {card("mc", "ocr")}
Kunde: {N("Lisbeth Gram")}""")
