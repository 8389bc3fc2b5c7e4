from gen_helpers import *


def part(add):
    # 31 e-conomic invoice with tabs, CVR: DK-xxxxxxxx
    add("[da] faktura fra e-conomic indsat med tabulatorer; CVR med DK- præfiks",
        f"""Sammenlign fakturaen med ordren (ordrebeløb 12.500 ekskl. moms) og sig om der er difference:

Grenaa Tømrer & Snedker ApS\t{A("Vestre Skovvej 19, 8500 Grenaa")}
CVR: {cvr("dk-")}\tTlf.: {phone("4")}
Fakturanr.\t10884
Ordrenr.\t4500218876
Beskrivelse\tAntal\tPris\tBeløb
Nye dørkarme, Ørsted Skole\t6\t2.150,00\t12.900,00
Subtotal\t\t\t12.900,00
Moms\t\t\t3.225,00
Bankkonto: {bank("Regnr", reg="7260")}""")

    # 32 Dutch playground supplier; KvK 8-digit (not Danish CVR) is a trap
    add("[en] Dutch playground supplier; KvK number is not a Danish CVR; Danish VAT with DK prefix labelled",
        f"""Please extract supplier name, bank details and VAT number into a table for our supplier form:

Van Dijk Playground Systems B.V.
KvK 34218769 · BTW NL859201734B01
Danish VAT registration (fiscal representative): {cvr("dksp")}
Bank: ABN AMRO, IBAN {iban("NL")}, BIC ABNANL2A
Account manager: {N("Pieter van Dijk")}, {E("pieter@vandijkplay.nl")}, {P("+31 6 4829 1176")}""")

    # 33 tilbagebetalingskrav kontanthjælp
    add("[da] tilbagebetalingskrav for kontanthjælp med CPR, adresse og kontonummer-ord",
        f"""Lav et udkast til partshøring efter forvaltningslovens § 19 på baggrund af dette:

Borger: {N("Lars Peter Skov")}, cpr-nr. {cpr(1985, "dash")}, {A("Rugvænget 12, 8961 Allingåbro")}
Uberettiget modtaget kontanthjælp juli–august 2026: kr. 9.814,00 (arbejdsindtægt ikke oplyst)
Borgeren har selv oplyst {bank("kontonummer")} for evt. tilbagebetaling af for meget indbetalt.""")

    # 34 19-digit Visa on bank statement, English
    add("[en] bank card statement line with 19-digit Visa number and cardholder",
        f"""Explain each line of this statement to a new colleague:

CARD: {card("visa19", "space")}  HOLDER: {N("Mark Ellison")}
2026-11-03  IKEA AARHUS             -1,249.00 DKK
2026-11-07  CIRCLE K GRENAA          -612.35 DKK
2026-11-09  REFUND IKEA AARHUS       +349.00 DKK
Available balance: 18,402.77 DKK""")

    # 35 application for purchase card; old card to be cancelled
    add("[da] ansøgning om nyt indkøbskort og spærring af gammelt kort med fuldt nummer",
        f"""Skriv en mail til Nets/banken om spærring og bestilling:

Medarbejder: {N("Malene Skov")}, Dagtilbud Auning, {E("masko@norddjurs.dk")}, tlf. {phone("pairs")}
Gammelt indkøbskort (skal spærres, mistet): {card("visa", "space")}
Nyt kort: beløbsgrænse kr. 15.000 pr. måned, omkostningssted 4430.""")

    # 36 OCR card number broken over line
    d = fmt_card(card_digits("visadankort"), "space")
    broken = d[:14] + "\n" + d[15:]
    add("[da] indscannet blanket hvor kortnummeret er knækket over to linjer",
        f"""Teksten herunder er OCR fra en indscannet blanket. Ryd op i den og sig hvad borgeren vil:

Tilmelding til svømmehold – Grenaa Svømmehal
Navn: {N("Pia Thomsen")}     Tlf: {phone("plain")}
Hold: Voksen crawl, tirsdag 19.00      Pris: 650,- kr
Betaling med kort: {L("payment_card", broken)}
Udløb: 04/28   (kontrolcifre ikke oplyst)""")

    # 37 inddrivelse list with tabs
    add("[da] restanceliste med tabulatorer: navn, CPR uden bindestreg, beløb",
        f"""Summer restancerne og sorter efter beløb, størst først:

Navn\tCPR\tRestance\tType
{N("Jonas Bækgaard")}\t{cpr(1975, "plain")}\t3.412,00\tFolkeregisteradresse gebyr
{N("Anja Lykke")}\t{cpr(1999, "plain")}\t12.060,50\tTilbagebetaling boligstøtte
{N("Michael Krogh Jepsen")}\t{cpr(1964, "plain")}\t847,25\tRenovation""")

    # 38 English Teams: check DK IBAN no spaces
    add("[en] Teams question asking whether a Danish IBAN without spaces is valid",
        f"""hey, could you check if this IBAN looks right before I pay the refund? {iban("DK", spaced=False)} – it's for {N("Lukas Berger")}, the exchange student who paid twice for the language course. Also draft a 2-line confirmation mail to {E("lukas.berger@stud.uni-graz.at")}""")

    # 39 supplier writes CVR with DK and spaces in a dispute
    add("[da] leverandørs indsigelse mod modregning med CVR skrevet DK med mellemrum",
        f"""Hjælp mig med at forstå hvad leverandøren mener og foreslå et svar:

"Vi har modtaget jeres meddelelse om modregning i vores tilgodehavende. Vi er ikke enige. Vores CVR er {cvr("dksp")} og kravet vedrører et andet selskab med samme navn. Kontakt venligst undertegnede, {N("Hanne Søgaard")}, direkte på {phone("plus")}." """)

    # 40 tabt arbejdsfortjeneste payout
    add("[da] udbetaling af tabt arbejdsfortjeneste; ansøgers kontonummer og CPR uden bindestreg",
        f"""Skriv en kort afgørelse om bevilling af tabt arbejdsfortjeneste for december:

Ansøger: {N("Louise Damgaard")}, cpr {cpr(1987, "plain")}
Barn med nedsat funktionsevne, bevilget 15 timer/uge
Udbetales til {bank("space")}
Sagsbehandler: {N("Rikke Lindholm")} ({E("rili@norddjurs.dk")})""")

    # 41 parent writes about SFO refund with child CPR 2015 (no mod11) and own
    add("[da] forælder skriver om SFO-refusion med barnets og eget CPR",
        f"""Svar forælderen og bekræft at vi har modtaget henvendelsen:

"Hej Pladsanvisningen. Min datter {N("Alma Rosenkvist")} ({cpr(2015, "dash", mod11=False)}) er udmeldt af SFO pr. 31.10, men vi er trukket for november. Mit cpr er {cpr(1984, "dash")}. Hilsen {N("Thomas Rosenkvist")}, {A("Ålsvej 55, 8500 Grenaa")}\"""")

    # 42 Finnish IBAN, international staff travel refund
    add("[en] international employee asks for travel refund to Finnish IBAN",
        f"""Make this request clearer and add what documentation is missing:

From: {N("Aino Virtanen")} ({E("aivi@norddjurs.dk")})
I travelled to the KL conference in Aalborg, train DKK 798 + taxi DKK 214. I still have my Finnish salary account, please transfer to {iban("FI")}. I don't have receipts for the taxi, only the card statement showing card {masked(card_digits("visa"), "stars")}.""")

    # 43 library replacement fee, phone forms
    add("[da] opkrævning for bortkomne biblioteksbøger med telefon i parentes-format",
        f"""Skriv en venlig sms-tekst (max 300 tegn) til låneren:

Låner: {N("Bjarne Kjærsgaard")}, tlf. {phone("paren")}
3 bøger ikke afleveret siden 12.08.2026, erstatning i alt kr. 745,00
Låner-ID: 0003418827 (bibliotekssystem)""")

    # 44 receipt with masked card only + name/phone labelled
    add("[da] kvittering med maskeret kortnummer (ikke mærket) og navn/telefon",
        f"""Er denne kvittering god nok som bilag? 

Grenaa Boghandel – Kvittering 66120
2 x Kalender 2027 a 189,95 kr.
Kort: Visa/Dankort XXXX XXXX XXXX 7731   Godkendt 614220
Købt af: {N("Henriette Vinther")}, mobil {phone("4")} (til afhentning af bestilt vare)""")

    # 45 estate, deceased CPR, lawyer phone, bank
    add("[da] dødsbo: afdødes CPR, bobestyrer og boets konto",
        f"""Skriv et brev til bobestyreren om at boet skal betale restskyld på plejehjemsophold:

Boet efter {N("Gudrun Elise Kjeldsen")}, cpr {cpr(1931, "dash")}, sidst boende Plejecentret Solgården, {A("Solvangen 2, 8950 Ørsted")}
Bobestyrer: advokat {N("Peter Brøndum")}, tlf. {phone("pairs", mobile=False)}, {E("pb@broendum-advokater.dk")}
Boets konto: {bank("reg", reg="9877")}
Restskyld: kr. 7.320,00""")

    # 46 Spanish IBAN, English
    add("[en] Spanish summer-school supplier invoice with ES IBAN and CIF",
        f"""Translate to Danish and tell me if anything looks suspicious:

Invoice 2026/0412 – Escuela de Verano Costa Brava S.L. (CIF B17623394)
Language camp for 14 pupils, Grenaa Gymnasium cooperation, EUR 11,200
Bank transfer to {iban("ES")}
Note: NEW account number, please update your records. Contact {N("Lucía Ferrer")} {P("+34 612 480 377")}""")

    # 47 Navision supplier export with semicolons
    add("[da] Navision-eksport af kreditorer med semikolon: CVR, reg-konto, mail",
        f"""Find dubletter i denne kreditorliste og forklar hvorfor de er dubletter:

Kreditornr;Navn;CVR;Bank;Mail
70112;Brødrene Madsen ApS;{cvr("plain")};{bank("dash")};faktura@brdr-madsen.dk
70113;Djursland Vognmandsforretning;{cvr("plain")};{bank("dash")};kontor@djursvogn.dk
70147;Brødrene Madsen ApS (ny);{cvr("plain")};{bank("dash")};{E("jesper.madsen@brdr-madsen.dk")}""")

    # 48 SE-nr. subunit
    add("[da] moms: SE-nr. for en afdeling af leverandør og hovedselskabets CVR",
        f"""Skal vi bruge SE-nummeret eller CVR-nummeret på kreditoren? Forklar forskellen kort:

Leverandørens faktura angiver: Østjysk Kloakservice ApS, afd. Grenaa, SE-nr. {cvr("plain")}
Hovedselskab: Østjysk Kloakservice ApS, CVR-nr. {cvr("plain")}, {A("Randersvej 112, 8200 Aarhus N")}""")

    # 49 English bank letter to foreign employee
    add("[en] bank letter about NemKonto registration for foreign employee",
        f"""Explain this letter in plain English for my colleague:

"Dear {N("Mr. Oyelaran")}, we confirm that your account {bank("en2")} has been registered as NemKonto. Your CPR no. {cpr(1986, "dash")} is linked to the account. Debit card Visa/Dankort {card("visadankort", "space")} will be sent to {A("Kirkegade 3, 1. th., 8500 Grenaa")}.\"""")

    # 50 payroll: sick pay refund form
    add("[da] refusion af sygedagpenge: medarbejder med CPR og arbejdsgivers CVR (kommunens eget, ikke mærket)",
        f"""Udfyld teksten til refusionsanmodningen i et pænt format:

Arbejdsgiver: Norddjurs Kommune, CVR 29189838, P-nr. 1003388231
Medarbejder: {N("Anette Bloch")}, cpr {cpr(1972, "dash")}
Første fraværsdag: 02.11.2026
Løn under sygdom udbetalt, refusion ønskes fra dag 31.""")
