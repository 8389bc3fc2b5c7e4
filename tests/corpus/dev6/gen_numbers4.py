from gen_helpers import *
from gen_helpers import _luhn_complete


def part(add):
    # 81
    add("[en] supplier master-data change request in English with CVR: DK- form",
        f"""Fill in the change request below as a short table (old value / new value):

Supplier: Kattegat Maling ApS, CVR: {cvr("dk-")}
Old contact: {N("Jesper Friis")} – leaves the company 31/12
New contact: {N("Mette Hvidberg")}, {phone("plus")}, {E("mh@kattegatmaling.dk")}
Old account: {bank("dash")}
New account: {bank("dash")}
Request received by e-mail only – not verified by phone yet.""")

    # 82
    add("[en] reply draft to bank fraud department about compromised purchase card",
        f"""Draft a reply to the bank confirming that the card should be blocked and reissued:

"Dear customer, we have detected unusual transactions on card {card("mc", "space")} issued to {N("Bente Ravnholt")}, Norddjurs Kommune. Transactions of 3 x EUR 499.00 at ONLINE-GAMES-LTD on 28/11. Please confirm whether these are genuine by calling our fraud team.\"""")

    # 83
    add("[da] lønindeholdelse: arbejdsgivers CVR med mellemrum og skyldners punktum-CPR",
        f"""Skriv en afgørelse om lønindeholdelse på baggrund af disse data:

Skyldner: {N("René Thorsen")}, cpr {cpr(1981, "dots")}
Arbejdsgiver: Grenaa Smedie & Maskinfabrik A/S, CVR-nr. {cvr("spaced")}
Gæld: kr. 23.870,00 (daginstitution og tilbagebetaling af enkeltydelse)
Indeholdelsesprocent: 10 %""")

    # 84
    add("[da] bilag med mærkelig afstand i reg.nr. og kontonr. (kopieret fra PDF)",
        f"""Er der noget galt med dette bilag? Beløbet virker højt.

BILAG 2026-11-4471
Modtager: Kirkegaards Byggeservice
{L("bank_account", "Reg. nr.  " + dk_reg() + "    Konto nr.  " + dk_acct())}
Beløb  DKK   48.750,00
Tekst: "Afdrag 2/3 tag Vivild Skole"
Attesteret: {N("K. Bundgaard")}""")

    # 85
    add("[en] credit note in English pasted from e-conomic, VAT no. with space groups",
        f"""Explain why we have received this credit note and how it should be booked:

CREDIT NOTE 30219 – Djurs Kontorforsyning ApS
VAT no. {cvr("dk4")}
Ref. invoice 30111 (toner, wrong model)
Credit amount DKK 3,412.50 incl. VAT
Refund to be offset against next invoice unless you send an account number to {E("karina@djurskontor.dk")}""")

    # 86
    add("[da] journalnotat kontanthjælp med CPR og telefon",
        f"""Forkort dette journalnotat til 3 linjer:

28.11.2026 kl. 13.05 – tlf. fra {N("Jamal Haddad")} ({cpr(1994, "dash")}) som spørger til manglende udbetaling. Udbetalingen er sket til NemKonto 27.11. Borger bedt om at tjekke sin bank. Borger ønsker opringning på {phone("pairs")} hvis beløbet ikke er der i morgen.""")

    # 87
    add("[da] håndværker sender faktura i sms-stil med cvr og konto i små bogstaver",
        f"""lav det her om til en rigtig faktura i tabelform: hej her er regningen for rep af hegn ved børnehaven spiren. 14 timer a 425 + materialer 2.310. mit cvr er {cvr("plain")} og i kan betale til {bank("dash", n=8)}. mvh {N("allan kirk")} {phone("plain")}""")

    # 88
    siret = "81209648368784"  # fixed literal, Luhn-valid like real SIRETs (trap: not a card)
    assert luhn_ok(siret)
    add("[en] French furniture supplier invoice with FR IBAN; SIRET (14 digits, Luhn-valid) is not a card",
        f"""Check the invoice data and translate the French terms:

Dubois Mobilier SAS – Facture F-26-1187
SIRET {siret} · TVA FR 61 {siret[:9]}
Livraison: 24 chaises, Bibliothèque de Grenaa – EUR 4 680,00 HT
Règlement: virement à {iban("FR")}
Contact: {N("Claire Morel")}, {P("+33 4 72 18 55 90")}""")

    # 89
    d = card_digits("visa")
    add("[da] chargeback fra indløser vedr. webshop; et maskeret og et fuldt kortnummer",
        f"""Hvad skal vi svare Nets på denne indsigelse? Lav et udkast.

Indsigelse (chargeback) – Norddjurs Kommune webshop (billetter)
Kort: {masked(d, "first6")} – transaktion 14.09.2026, kr. 350,00
Kortholder oplyser i sin klage at kortet er {L("payment_card", fmt_card(d, "space"))} og at hun aldrig har modtaget billetterne.
Kortholder: {N("Lise-Lotte Bach")}""")

    # 90
    add("[en] travel agency booking confirmation with Amex number with dashes",
        f"""Extract the flight times and the total price:

BOOKING CONFIRMATION – Nordic Business Travel
Traveller: {N("Morten Kjær Hansen")}  Mobile: {phone("plus")}
AAR–BRU 09.04.2027 07:10–09:00 · BRU–AAR 11.04.2027 18:45–20:30
Total DKK 4,812.00 charged to American Express {card("amex", "dash")}""")

    # 91
    add("[da] legatansøgning fra studerende: CPR, adresse, mail og konto",
        f"""Vurder ansøgningen mod kriterierne (bopæl i Norddjurs, under 25 år, uddannelse) og svar kort:

Ansøger: {N("Ida Marie Vestergaard")}
Cpr-nr.: {cpr(2003, "dash")}
Adresse: {A("Fjordgade 5, 8961 Allingåbro")}
Mail: {E("idamarie.vest@gmail.com")}
Uddannelse: Sygeplejerske, VIA Aarhus, 3. semester
Konto til udbetaling: {bank("reg")}""")

    # 92
    add("[da] fritvalgsleverandør af rengøring: CVR, direktørens mobil og mail",
        f"""Lav en dagsorden til opfølgningsmødet med leverandøren:

Leverandør: Djurs Hjemmeservice ApS, CVR {cvr("plain")}
Direktør {N("Susanne Bøgh")}, mobil {phone("4")}, {E("susanne@djurshjemmeservice.dk")}
Emner: klager over aflyste besøg (14 i oktober), nye medarbejdere, prisregulering 2027""")

    # 93
    add("[en] contractor insurance certificate with Company reg. no. and broker contact",
        f"""Does this certificate cover work on municipal buildings? Answer briefly.

CERTIFICATE OF INSURANCE
Insured: Djursland Tag & Facade ApS, Company reg. no. {cvr("spaced")}
Policy: Erhvervsansvar, sum insured DKK 10,000,000
Broker: {N("Allan Vestergaard")}, {phone("plus4", mobile=False)}""")

    # 94
    add("[da] borger klager over parkeringsafgift og skriver Visa/Dankort med punktummer",
        f"""Skriv et svar om at vi ikke kan tilbageføre betalingen, men at klagen behandles:

"Jeg fik en p-afgift ved Grenaa Station d. 3/11 selvom jeg havde betalt i appen med mit kort {card("visadankort", "dot")}. Jeg kræver pengene retur. {N("Gitte Hald")}, {A("Møllevej 13, 8500 Grenaa")}, {phone("pairs")}\"""")

    # 95
    add("[da] udlægsoversigt med tabulatorer: medarbejdere, initial-mails og reg/konto",
        f"""Summer udlæggene pr. medarbejder:

Medarbejder\tMail\tUdlæg\tKonto
{N("Peter Rask")}\t{E("pera@norddjurs.dk")}\t312,00\t{bank("dash")}
{N("Hanne Mølholm")}\t{E("hamo@norddjurs.dk")}\t1.045,50\t{bank("dash")}
{N("Peter Rask")}\t{E("pera@norddjurs.dk")}\t89,00\t(samme)""")

    # 96
    add("[en] e-mail thread summary about payment sent to wrong account",
        f"""Summarise this e-mail thread in 4 bullet points and suggest next steps:

> From {N("Lone Kvist")}: The refund of DKK 2,870 to the citizen was sent to {bank("dash")} but the citizen says her account is {bank("dash")}.
> From {N("Bjørn Holt")}: The first account belongs to her ex-husband. We need to ask the bank for a recall.
> From {N("Lone Kvist")}: I have called the citizen, {N("Mrs. Andersen")}, on {phone("plus")} and she agrees.""")

    # 97
    add("[da] landsbypulje: nedrivningstilskud til ejer med CPR, adresse og IBAN",
        f"""Lav et tilsagnsbrev om nedrivningstilskud:

Ejer: {N("Vagn Ole Mikkelsen")}, cpr {cpr(1956, "dash")}
Ejendom: {A("Hovedgaden 41, Vivild, 8961 Allingåbro")}, matr.nr. 12a Vivild By
Tilskud: 60 % af kr. 182.000 = kr. 109.200
Udbetales efter dokumentation til {iban("DK")}""")

    # 98
    add("[da] ejendomsskat indbetalt af forkert person: CPR i fire grupper, IBAN uden mellemrum",
        f"""Forklar i et notat hvordan vi skal håndtere denne fejlindbetaling:

Indbetaling kr. 7.431,00 d. 01.09.2026 med reference til ejendom 707-001245 (ikke borgerens ejendom)
Indbetaler: {N("Torben Lykkegaard")}, cpr {cpr(1960, "spaced")}
Borgeren beder om tilbagebetaling til {iban("DK", spaced=False)}""")

    # 99
    add("[en] Erasmus teacher exchange reimbursement with NL IBAN and phone",
        f"""Write a short thank-you mail confirming reimbursement of travel costs (EUR 386):

Teacher: {N("Sanne de Vries")}, Erasmus+ job shadowing at Grenaa Skole, 6–10 October
IBAN: {iban("NL")}
Mobile: {P("+31 6 1184 5530")}, e-mail {E("s.devries@dewillem.nl")}""")

    # 100
    add("[da] kort spørgsmål i Teams om hvilken bank et reg.nr. tilhører",
        f"""hvilken bank er det her? borgeren har skrevet {bank("regkonto", reg="7321")} på sin ansøgning om enkeltydelse og jeg kan ikke finde den i NemKonto-opslaget""")

    # 101
    add("[en] phone call notes in English with 0045-prefixed number",
        f"""Clean up my call notes and make them into a short e-mail to my manager:

call w/ {N("Mr. Lindholm")} from Lindholm Event & Lyd (tent rental for Grenaa Havnefest) – they want 50 % upfront, DKK 37,500, to {bank("en2")}. He is reachable on {phone("0045")}. I said I need approval first.""")

    # 102
    add("[da] leverandørstamdata før/efter i tabel med pipes",
        f"""Lav en kort begrundelse for ændringen til godkenderen:

| Felt | Før | Efter |
|---|---|---|
| Navn | Ørsted Busser ApS | Ørsted Busser ApS |
| CVR | {cvr("plain")} | (uændret) |
| Bank | {bank("dash")} | {bank("dash")} |
| Kontakt | {N("Ebbe Nørholm")} | {N("Kasper Nørholm")} |
| Tlf. | {phone("pairs")} | {phone("pairs")} |""")

    # 103
    add("[da] webshop-ordrebekræftelse med fuldt kortnummer, leveringsadresse og ordrenr. der ligner dato",
        f"""Denne ordre blev bestilt på en privat konto ved en fejl. Skriv en mail til shoppen om at annullere:

Ordre 2611260457 – tak for din bestilling!
Leveres til: {N("Maja Toft")}, {A("Anemonevej 11, 8963 Auning")}
Betalt med: Visa {card("visa", "none")}
2 x Whiteboardtusch, 1 x Laminator A3 – i alt 1.119,00 kr.""")

    # 104
    add("[en] internal audit finding: card number found in plain text in a Teams channel",
        f"""Rewrite this audit finding so it is suitable for the audit committee (no personal data in the final text):

Finding 7: In the Teams channel "Indkøb – Ejendomme" the full purchase card number {card("dankort", "space")} belonging to {N("Poul Kragelund")} was posted on 12/10 together with the expiry date. The message was visible to 43 members.""")

    # 105
    add("[da] leverandør angiver både CVR og SE-nr. i to former",
        f"""Hvilket nummer skal stå på kreditoren? Forklar kort:

Djurs Fjernvarme Service I/S
CVR {cvr("spaced")} / SE-nr. {cvr("spaced")}
Faktura sendes til faktura@djursfjernvarme.dk""")

    # 106
    add("[en] foreign company rep e-mail signature with direct dial and mobile",
        f"""Shorten this e-mail signature and keep only what we need for the contract file:

Best regards
{N("Mark Ellison-Brown")}
Key Account Manager, Nordic Region
Ellison Waste Solutions Ltd
Direct: {P("+44 161 496 0732")} | Mobile: {P("+44 7700 900 418")}
{E("mark.ellisonbrown@ellisonwaste.co.uk")}
Registered in England & Wales No. 07718432""")

    # 107
    add("[da] kvartalsafstemning af indkøbskort i CSV uden mellemrum i kortnumre",
        f"""Lav en oversigt over hvem der mangler at afstemme:

kortholder;kortnr;status
{N("Anne Juul")};{card("visa", "none")};afstemt
{N("Carsten Mikkelsen")};{card("visa", "none")};mangler 3 bilag
{N("Helle Dam")};{card("visa", "none")};ikke afstemt""")

    # 108
    add("[da] lejekontrakt med virksomhed, personlig kautionist med CPR",
        f"""Opsummer lejekontraktens vigtigste vilkår:

Udlejer: Norddjurs Kommune, CVR 29189838
Lejer: Café Havblik ApS, CVR-nr. {cvr("plain")}
Lejemål: {A("Havnepladsen 4, 8500 Grenaa")}, 140 m²
Husleje: kr. 9.500 pr. måned + forbrug
Personlig kaution: {N("Nikolaj Brandt")}, cpr {cpr(1982, "dash")}""")

    # 109
    add("[en] grant application in English from international community association",
        f"""Evaluate this application against the criteria for the Culture Fund (max DKK 20,000, local activity, open to all):

Association: Djursland International Community, CVR {cvr("plain")}
Chair: {N("Hiroshi Tanaka")}, {E("hiroshi.tanaka@djic.dk")}
Project: International food festival, Grenaa Torv, 6 June 2027
Budget DKK 34,500, applying for DKK 15,000
Bank account: {bank("en")}""")

    # 110
    add("[da] ansøgning om friplads med mors CPR og børns CPR (2009 mod11-gyldigt, 2020 uden)",
        f"""Beregn hvilke oplysninger der mangler i ansøgningen om økonomisk friplads:

Ansøger: {N("Sara Bjerregaard")}, cpr {cpr(1988, "dash")}
Børn: {N("Liam Bjerregaard")} ({cpr(2009, "dash", mod11=True)}), {N("Ella Bjerregaard")} ({cpr(2020, "dash", mod11=False)})
Husstandsindkomst oplyst: kr. 312.000
Adresse: {A("Bakkegårdsvej 8, 8586 Ørum Djurs")}""")

    # 111
    add("[da] modregning: borger født 2003 (7. ciffer 4–9) med CPR uden bindestreg",
        f"""Skriv et varsel om modregning i overskydende skat:

Borger: {N("Oskar Lindgaard")}, cpr {cpr(2003, "plain")}
Gæld: kr. 4.215,00 vedr. for meget udbetalt uddannelseshjælp
Modregning sker i overskydende skat for 2026.""")

    # 112
    add("[en] Norwegian visiting researcher stipend, NO IBAN without spaces",
        f"""Write a short payment note for the stipend:

Visiting researcher {N("Kari Nordmo")} (climate adaptation project with Aarhus University), stipend NOK 15,000 for November. Her Norwegian account: {iban("NO", spaced=False)}. Mobile {P("+47 926 43 118")}.""")

    # 113
    add("[da] rykker fra leverandør med bankoplysninger i løbende tekst",
        f"""Tjek om denne rykker er berettiget – vi mener at have betalt 15.10:

"Vi har endnu ikke modtaget betaling af faktura 7712 på kr. 9.375,00. Vi beder jer indbetale beløbet på {bank("regkonto", reg="7670")} inden 8 dage. Med venlig hilsen {N("Birthe Lauridsen")}, bogholder, Grenaa Gulvservice, tlf. {phone("4", mobile=False)}\"""")

    # 114
    add("[en] short question whether a card number is valid",
        f"""Is {card("visadankort", "space")} a valid card number? A citizen wrote it in the contact form.""")

    # 115
    add("[da] kort spørgsmål om bank og konto med bindestreg",
        f"""Hvilken bank hører {bank("dash", reg="2200")} til? Det står på en ansøgning om tilskud.""")

    # 116
    add("[en] IBAN broken over two lines in a pasted PDF",
        f"""This is copied from a PDF invoice and the IBAN is broken. Put it back together and tell me the bank:

Please pay within 14 days to
IBAN: {L("iban", (lambda s: s[:14] + chr(10) + s[15:])(iban_str("DK")))}
BIC: DABADKKK
Account holder: {N("Anders Bach Nielsen")}""")

    # 117
    add("[da] personaleforeningens medlemsliste med mail og mobil",
        f"""Lav en mailingliste (kun mails, separeret med semikolon):

Julefrokost tilmeldte:
{N("Anja Dahl")} – {E("anja.dahl@hotmail.com")} – {phone("pairs")}
{N("Thomas Brix")} – {E("thbr@norddjurs.dk")} – {phone("pairs")}
{N("Maiken Holm")} – {E("maikenholm@live.dk")} – {phone("pairs")}""")

    # 118
    add("[en] auditor asks for supplier list with CVR numbers",
        f"""Format this list for the auditor as a numbered list with supplier and CVR:

- Grenaa Rengøringsservice ApS, CVR {cvr("plain")}
- Anholt Energi A/S, CVR {cvr("plain")}
- Djurs Trafiksikkerhed ApS, CVR {cvr("plain")}
Annual spend between DKK 1.2 and 3.4 million each.""")

    # 119
    add("[da] erhvervskort til genbrugsplads: firma, CVR med DK og kontaktperson",
        f"""Skriv en bekræftelse på oprettelse af erhvervskort til genbrugspladsen:

Firma: Glesborg Anlæg & Have, momsnr. {cvr("dk")}
Kontakt: {N("Rune Kjeldgaard")}, {phone("plus4")}, {E("rune@glesborganlaeg.dk")}
Antal kort: 2 (biler AB 98 765 og CD 12 004)""")

    # 120
    add("[da] pasansøgning til barn født 2021 (CPR uden modulus 11) og mor",
        f"""Lav en tjekliste til borgerservice over hvad der skal medbringes:

Pas til barn: {N("Noah Kristoffersen")}, cpr {cpr(2021, "dash", mod11=False)}
Mor: {N("Line Kristoffersen")}, cpr {cpr(1992, "dash")}
Far skal give samtykke (bor i Norge).""")

    # 121
    add("[en] Teams chat asking about Danish IBAN format with own IBAN",
        f"""what's the format of a Danish IBAN? my bank gave me {iban("DK")} but the UK portal says it's too short. I'm {N("Oliver Grant")} from Digitalisering, it's for my UK pension.""")

    # 122
    add("[da] lønindeholdelse: brev til arbejdsgiver med CVR-nr. DK og skyldners CPR",
        f"""Skriv et følgebrev til arbejdsgiveren om iværksættelse af lønindeholdelse:

Arbejdsgiver: Auning Træindustri A/S, CVR {cvr("dk")}
Lønmodtager: {N("Martin Sejer")}, cpr {cpr(1990, "dots")}
Indeholdelse: 12 % fra januar 2027 til gælden på kr. 31.200 er betalt.""")

    # 123
    add("[da] forældre til udvekslingselev, udenlandsk IBAN (DE) og dansk telefon",
        f"""Formuler et svar om refusion af lejrskolebetaling:

Forælder {N("Sabine Krüger")} ønsker de 1.450 kr. for lejrskole refunderet, da hendes datter er rejst hjem til Tyskland. Konto: {iban("DE")}. Tlf. i DK: {phone("pairs")}.""")

    # 124
    add("[en] Mastercard 2-series number in a card dispute",
        f"""Help me draft a dispute letter to the bank:

We were charged twice (DKK 14,200) by a conference organiser on our purchase card {card("mc2", "space")}, card holder {N("Jan Høyer")}. The organiser has not answered our e-mails.""")

    # 125
    add("[da] borgers kontaktformular med Dankort i blandet format og adresse",
        f"""Sammenfat henvendelsen og foreslå hvem den skal sendes til:

Kontaktformular – emne: Betaling for affaldssække
Navn: {N("Gunnar Bak")}
Adresse: {A("Teglværksvej 3, 8950 Ørsted")}
Besked: jeg vil gerne betale for ekstra sække med {card("dankort", "mixed")}, ring mig op""")

    # 126
    add("[en] internal e-mail on overpayment of salary with CPR and account",
        f"""Draft an e-mail to the employee explaining the overpayment and repayment options:

Employee: {N("Anna Sørensen")}, CPR {cpr(1995, "dash")}
Overpaid in November: DKK 6,430.00 (hours registered twice)
Repayment can be made to the municipality's bank account or deducted; she asked for a refund of the difference to {bank("en")}.""")

    # 127
    add("[da] kort prompt: er et CVR-nummer et aktivt firma",
        f"""Er CVR {cvr("plain")} et aktivt firma? Det står på en faktura fra 'Djurs Maskinudlejning'.""")

    # 128
    add("[da/en] to-sproget: dansk instruks, engelsk mail fra leverandør med CVR og IBAN",
        f"""Oversæt denne mail til dansk og sig hvad de vil:

"Hi Norddjurs, we are a Danish company (Baltic Ferry Supply ApS, CVR {cvr("plain")}) but our accounts team is in Riga. Please pay invoice BFS-2026-091 to our Danish account {iban("DK")}. Questions: {N("Ilze Bērziņa")}, {E("ilze.berzina@balticferrysupply.com")}.\"""")

    # 129
    add("[en] registration for municipal event with card details in free text",
        f"""Register these participants and remove anything we should not store:

1. {N("Helga Mikkelsen")}, {E("helga.mik@gmail.com")}, paid DKK 250
2. {N("Steen Ravn")}, {E("steenravn@mail.dk")}, "pls charge {card("mc", "dash")}"
3. {N("Nadia El-Sayed")}, {E("nadia.elsayed@yahoo.dk")}, paid via MobilePay 74120""")

    # 130
    add("[da] dødsbo: afdød født 1938 med 7. ciffer 9, boets IBAN og bobestyrers mail",
        f"""Skriv et brev til boet om tilbagebetaling af for meget udbetalt personligt tillæg:

Afdøde: {N("Aage Kirkegaard")}, cpr {cpr(1938, "dash", c7=9)}, død 30.09.2026
Boet ved: {N("Susanne Kirkegaard")}, {E("susanne.kirkegaard@outlook.dk")}
For meget udbetalt for oktober: kr. 1.320,00
Boets konto: {iban("DK")}""")
