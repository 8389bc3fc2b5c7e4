from gen_helpers import *


def part(add):
    # D1
    add("[da] [hard-neg] budgetopfølgning med rækker af to-cifrede tal",
        """Skriv en kort tekst til budgetopfølgningen ud fra tabellen (mio. kr.):

Område | Korr. budget | Forbrug | Forventet
Ældre | 94 | 71 | 96
Skole | 88 | 66 | 87
Dagtilbud | 41 | 30 | 40
Handicap | 57 | 45 | 61
Veje | 23 | 19 | 24""")

    # D2
    add("[da] [hard-neg] kreditornotaer med fakturanumre med foranstillede nuller",
        f"""Hvilke af disse kreditnotaer er ikke modregnet endnu?

Kreditnota 0000{rdig(6)} – kr. 1.250,00 – modregnet 12.11
Kreditnota 0000{rdig(6)} – kr. 312,50 – ikke modregnet
Kreditnota 0000{rdig(6)} – kr. 4.880,00 – ikke modregnet""")

    # D3
    add("[da] [hard-neg] rykkerprocedure med gebyrer, frister og lovhenvisninger",
        """Lav en kort procesbeskrivelse til hjemmesiden:

1. rykker sendes 10 dage efter forfald, gebyr 100 kr. (jf. opkrævningsloven § 6)
2. rykker sendes 20 dage efter forfald, gebyr 100 kr.
Herefter oversendes kravet til Gældsstyrelsen, tidligst 30 dage efter sidste rykker.
Renter: 0,7 % pr. påbegyndt måned.""")

    # D4
    add("[da] [hard-neg] sagsbehandlingstider i dage og uger",
        """Lav et overskueligt skema til hjemmesiden:

Byggetilladelse, enfamiliehus: 40 dage
Erhvervsbyggeri: 50 dage
Udstykning: 12 uger
Boligstøtte: 4 uger
Pas: 10–14 hverdage (hasteudstedelse 2–3 hverdage)""")

    # D5
    add("[da] [hard-neg] sagsnumre i forskellige ESDH-formater",
        """Forklar forskellen på de tre sagsnummerformater vi har i de gamle og nye systemer:

SBSYS: 27.12.08-P20-1-26
Acadre: 26/18844
Nyt ESDH: 2026-004512
Skal konverteringen bevare KLE-nummeret (27.12.08)?""")

    # D6
    add("[da] [hard-neg] lønkørsler og dispositionsdatoer",
        """Lav en kalender over lønkørsler i første kvartal:

Januar: lønkørsel 22.01.2027, dispositionsdag 29.01.2027
Februar: lønkørsel 19.02.2027, dispositionsdag 26.02.2027
Marts: lønkørsel 24.03.2027, dispositionsdag 31.03.2027
Sidste frist for indberetning: 5 hverdage før lønkørsel kl. 12.00""")

    # D7
    add("[da] [hard-neg] momsrefusion og kommunens eget CVR i momsbeskrivelse",
        """Forklar kort momsudligningsordningen for en ny medarbejder: Norddjurs Kommune (CVR 29189838) får refunderet købsmoms via momsudligningsordningen, og visse udgifter har særlig refusion på 17,5 %. Konto 9.71.xx bruges til mellemregning.""")

    # D8
    add("[da] [hard-neg] maskeret kortnummer, autorisationsnr. og terminal-ID på kvittering",
        f"""Er denne kvittering nok som bilag, når den mangler moms-specifikation?

GRENAA BYGGECENTER
Terminal-ID: {not_cvr8()}   Aut.nr.: 614220
Dankort XXXX XXXX XXXX 5531
Beløb: 1.845,00 DKK
06.12.2026 10:42""")

    # D9
    add("[da] [hard-neg] SKI-rammeaftale med aftalenumre og procenter",
        """Sammenfat vilkårene i SKI-aftalen:

Aftale 02.19 Computere, delaftale 2
Rabat på listepris: 14,5 %
Leveringstid: 5 arbejdsdage
Genbrug/returnering: min. 70 % af udstyret skal genanvendes
Aftaleperiode: 01.03.2025–28.02.2029""")

    # D10
    add("[da] [hard-neg] flettefelter med chevrons i brevskabelon",
        """Ret kommafejlene i skabelonen og behold flettefelterne:

«Navn»
«Adresse»
«Postnr» «By»
Vedr. din sag «Sagsnr» 
Vi skal bruge dit CPR-nummer «CPR» og kontonummer «Regnr»-«Kontonr» for at kunne udbetale beløbet.""")

    # D11
    add("[da] [hard-neg] IP-adresseplan for skolernes netværk",
        """Lav en tabel over IP-plan og VLAN:

Grenaa Skole: 10.20.30.0/24, VLAN 230, gateway 10.20.30.1
Auning Skole: 10.20.31.0/24, VLAN 231, gateway 10.20.31.1
Printere: 10.20.99.10–10.20.99.60
DNS: 10.0.0.53 og 10.0.1.53""")

    # D12
    add("[da] [hard-neg] huslejeregulering med m²-priser og procenter",
        """Beregn den nye husleje for de tre lejemål med en regulering på 3,2 %:

Lejemål A: 84 m², 895 kr./m²/år
Lejemål B: 112 m², 860 kr./m²/år
Lejemål C: 67 m², 940 kr./m²/år""")

    # D13
    add("[da] [hard-neg] affaldstakster med beløb i tabel",
        """Sæt taksterne op så de kan bruges på hjemmesiden:

Helårsbolig, standardordning: 2.845,00 kr.
Sommerhus: 1.612,50 kr.
Ekstra sæk: 45,00 kr.
Storskrald afhentning: 0 kr. (2 gange årligt)
Erhverv, genbrugspladskort: 1.450,00 kr. ekskl. moms""")

    # D14
    add("[da] [hard-neg] forklaring af CPR-format uden rigtigt nummer",
        """Skriv en kort forklaring til nye medarbejdere om, hvordan et CPR-nummer er opbygget: de første seks cifre er fødselsdatoen (DDMMÅÅ), de sidste fire er et løbenummer, hvor det sidste ciffer angiver køn. Nævn at vi aldrig må skrive CPR-numre i Copilot, og at man i stedet skriver fx [CPR] eller xxxxxx-xxxx.""")

    # D15
    add("[da] [hard-neg] ordrenumre der starter med en dato og er modulus-11-gyldige",
        f"""Ordre {date_order_no(mod11=True)} og ordre {date_order_no(mod11=True)} er begge leveret til Materielgården, men kun den ene er faktureret. Hvordan skriver jeg til leverandøren? Kort og venligt.""")

    # D16
    add("[da] [hard-neg] tabel med 8-cifrede fakturanumre (nogle modulus-11-gyldige)",
        f"""Find den faktura der er forfalden:

Fakturanr. | Forfald | Beløb
{mod11_8_trap()} | 30.11.2026 | 4.250,00
{not_cvr8()} | 15.12.2026 | 12.800,00
{mod11_8_trap()} | 20.12.2026 | 615,00""")

    # D17
    add("[da] [hard-neg] energiforbrug og CO2 for kommunale bygninger",
        """Skriv en kort status til klimaplanen:

Samlet elforbrug 2026: 14,2 GWh (-6 % ift. 2025)
Varmeforbrug: 21,8 GWh (-3 %)
CO2-udledning: 2.140 ton (-9 %)
Solceller på 11 bygninger: 1,4 GWh produceret""")

    # D18
    add("[da] [hard-neg] NemHandel-fejlmeddelelse med EAN og UUID",
        f"""Hvad betyder denne fejl, og hvad skal leverandøren gøre?

Fejlkode 1201: Modtagerendepunkt 0088:{ean()} findes ikke i NemHandelsregistret.
Dokument-ID: 3f2b8c41-7d9e-4a12-b0c6-19e2f4a8d751
Tidspunkt: 2026-12-04T09:14:27Z""")

    # D19
    add("[da] [hard-neg] versionsnumre for apps på medarbejder-iPads",
        """Lav en opdateringsplan:

iPad OS 17.6.1 → 18.1.1 (142 enheder)
Nexus-app 24.3.2 → 24.4.0
Teams 6.19.2 → 6.21.1
Outlook 4.2448.0
Opdatering sker om natten kl. 02.00–04.00 i uge 50.""")

    # D20
    add("[da] [hard-neg] skoleindskrivning: antal elever pr. skole",
        """Lav en kort analyse af indskrivningstallene:

Skole | 2025 | 2026 | Ændring
Grenaa Skole | 142 | 131 | -11
Auning Skole | 64 | 70 | +6
Ørsted Skole | 38 | 35 | -3
Allingåbro Skole | 29 | 31 | +2""")

    # D21
    add("[da] [hard-neg] Excel-formel til CVR-tjek med kommunens eget nummer som eksempel",
        """Lav en Excel-formel, der tjekker om et 8-cifret CVR-nummer i celle A2 er gyldigt efter modulus 11 (vægte 2,7,6,5,4,3,2,1). Test den på vores eget CVR 29189838, som skal give SAND.""")

    # D22
    add("[da] [hard-neg] tilbud på legeplads med tilbudsnr. og beløb",
        f"""Sammenlign de to tilbud og anbefal det billigste, når vedligehold over 5 år medregnes:

Tilbud {rdig(5)}-A: Anlæg kr. 412.000, vedligehold kr. 18.500/år
Tilbud {rdig(5)}-B: Anlæg kr. 389.000, vedligehold kr. 26.200/år""")

    # D23
    add("[da] [hard-neg] overenskomst-paragraffer og cirkulærenumre",
        """Forklar reglen kort: Efter § 12, stk. 3 i overenskomsten (OK24, cirk. nr. 08.07 af 10.06.2024) har medarbejderen ret til 5 omsorgsdage pr. kalenderår ved fuld beskæftigelse, forholdsmæssigt ved deltid (fx 32/37).""")

    # D24
    add("[da] [hard-neg] billetnumre og salgstal for sommerkoncert",
        """Lav en afregning til arrangøren:

Billetnr. 000123–000987 solgt (865 stk.) a 150 kr.
Heraf 40 fribilletter (000948–000987)
Gebyr til billetsystem: 4,5 %
Afregnes senest 30 dage efter koncerten.""")

    # D25
    add("[da] [hard-neg] stelnumre (VIN) og nummerplader i flådeoversigt",
        """Lav en tabel over bilerne, der skal til syn i 2027:

AB 12 345 – stelnr. WF0XXXTTGXKA12345 – syn 03/2027
CX 48 211 – stelnr. WVWZZZ3CZEE123456 – syn 05/2027
DE 90 117 – stelnr. VF1AG000765432109 – syn 09/2027""")

    # D26
    add("[da] [hard-neg] ordet konto foran kontoplan-koder (ikke bankkonti)",
        """Bogføringen er forkert. Skriv en mail til regnskab om at flytte beløbene:

kr. 14.200,00 er bogført på konto 5.32.32 men skal på konto 5.32.34
kr. 3.118,75 er bogført på konto 0.25.10 men skal på konto 0.25.11
Begge under dranst 1, art 4.9""")

    # D27
    add("[da] [hard-neg] kasseoptælling med mønter og sedler",
        """Tæl kassen op og sig om der er difference til 18.650 kr.:

12 x 1000 kr., 9 x 500 kr., 8 x 200 kr., 4 x 100 kr., 6 x 50 kr., 12 x 20 kr., 8 x 10 kr., 10 x 5 kr.""")

    # D28
    add("[da] [hard-neg] telefonomstilling med menuvalg og eget hovednummer",
        """Skriv en tekst til telefonsvareren: "Du har ringet til Norddjurs Kommune på 89 59 10 00. Tast 1 for Borgerservice, tast 2 for Jobcenter, tast 3 for Teknik og Miljø, tast 9 for omstillingen." Lav den kortere og mere venlig.""")

    # D29
    add("[da] [hard-neg] afregning af moms med store beløb skrevet med punktum",
        """Forklar hvorfor momsudligningen er steget:

Momsudligning 2025: kr. 112.445.300
Momsudligning 2026: kr. 118.902.640
Stigning: kr. 6.457.340 (5,7 %)""")

    # D30
    add("[da] [hard-neg] projektplan med milepæle og sagsnr.",
        """Omskriv til en statusrapport:

Projekt: Ny svømmehal Grenaa, sag 2026-004512
M1 Udbud afsluttet 15.03.2027
M2 Byggestart 01.06.2027
M3 Rejsegilde 01.03.2028
Budget 142 mio. kr., forbrugt 6,8 mio. kr. (4,8 %)""")

    # D31
    add("[da] [hard-neg] varmeplan med postnumre og områder",
        """Skriv en kort tekst til borgermødet om fjernvarme:

Område 1: 8500 Grenaa nord (Fornæs)
Område 2: 8963 Auning, 8961 Allingåbro
Område 3: 8585 Glesborg og 8586 Ørum Djurs
Forventet tilslutning: 65 %, pris pr. husstand ca. 19.000 kr.""")

    # D32
    add("[da] [hard-neg] jobopslag med lønramme og ansøgningsfrist, kun funktionsmail",
        """Gør jobopslaget kortere:

Bogholder til Økonomi og Analyse, 37 timer, løn efter OK24, løntrin 27 + tillæg. Ansøgningsfrist 10.01.2027 kl. 12.00. Samtaler i uge 3. Ansøgning via jobportalen; spørgsmål kan sendes til okonomi@norddjurs.dk.""")

    # D33 English
    add("[en] [hard-neg] explanation of Danish IBAN structure with placeholders",
        """Explain to our UK colleague how a Danish IBAN is built, using the pattern DKkk BBBB CCCC CCCC CC (kk = check digits, BBBB = 4-digit bank reg. no., C = account number, zero-padded to 10 digits). Mention that the total length is 18 characters. No real example needed.""")

    # D34
    add("[en] [hard-neg] hotel invoice with masked card (ending digits only)",
        """Is this hotel invoice OK as documentation for a business trip?

Hotel Opera Copenhagen – Invoice 2026-88412
2 nights, single room, DKK 1,895.00 incl. VAT
Paid: Visa ending 4471 (**** **** **** 4471), auth code 082214
Guest company: Norddjurs Kommune, CVR 29189838""")

    # D35
    add("[en] [hard-neg] foreign supplier order confirmation with order and PO numbers",
        f"""Check that the quantities match our purchase order:

Order confirmation {date_order_no()} – Lindqvist Ergonomi AB
Your PO: 4500218876
20 x Sit-stand desk 160x80 – SEK 4,950 each
20 x Monitor arm dual – SEK 1,240 each
Delivery week 3, 2027, to Rådhuset, 8500 Grenaa""")

    # D36
    add("[en] [hard-neg] network change request with MAC and IPv6 addresses",
        """Write a change request summary:

Replace switch SW-RH-2-07 (MAC 00:1A:2B:3C:4D:5E) with new unit (MAC 00:1A:2B:9F:11:C2).
New management IP 10.45.2.7, IPv6 2001:db8:45:2::7
Maintenance window: Sat 16/01/2027 06:00–08:00
Rollback: reinstall old unit, config backup cfg-20270115.bin""")

    # D37
    add("[en] [hard-neg] quarterly KPIs with percentages",
        """Turn these KPIs into a short narrative for the city council:

Invoices paid on time: 96.2 % (target 95 %)
E-invoices share: 99.1 %
Average processing time: 4.3 days
Credit notes: 1.8 % of invoice volume""")

    # D38
    add("[en] [hard-neg] currency conversion for foreign invoices",
        """Convert these amounts to DKK using the rates (EUR 1 = DKK 7.4604, SEK 1 = DKK 0.6512, GBP 1 = DKK 8.8120) and give a total:

EUR 9,840.00
SEK 94,000.00
GBP 900.00""")

    # D39
    add("[en] [hard-neg] helpdesk reply mentioning only functional mailboxes",
        """Make this helpdesk reply shorter and more friendly:

"Thank you for contacting support@norddjurs.dk. Your ticket INC0049120 has been registered. Please do not reply to noreply@norddjurs.dk. For invoice questions, contact faktura@norddjurs.dk. Expected response time: 2 working days.\"""")

    # D40
    add("[en] [hard-neg] UK supplier invoice addressed to the municipality, UK VAT number only",
        """Check whether this invoice should have Danish VAT (reverse charge):

Ellison Waste Solutions Ltd – Invoice EWS-22817
VAT reg. GB 284 7715 36
Bill to: Norddjurs Kommune, Torvet 3, 8500 Grenaa, Denmark, VAT DK29189838
Consulting, waste sorting study – GBP 6,400.00, VAT 0 %""")

    # D41
    add("[en] [hard-neg] reconciliation totals with spaced thousands",
        """Explain the difference between the bank balance and the ledger:

Bank balance 30/11/2026: DKK 187 412 300.45
Ledger 9.22.05: DKK 187 398 112.45
Difference: DKK 14 188.00 – two payments of DKK 7 094.00 booked in December""")

    # D42
    add("[en] [hard-neg] policy paragraph with account codes and thresholds",
        """Translate this finance rule into English:

"Indkøb over 50.000 kr. ekskl. moms skal godkendes af budgetansvarlig leder. Indkøb over 500.000 kr. kræver indhentning af mindst to tilbud. Udgiften konteres på funktion 6.45.51, art 2.2." """)

    # D43
    add("[en] [hard-neg] fleet list in English with plates and VIN",
        """List the vehicles due for tyre change:

Plate AB 12 345, VIN WF0XXXTTGXKA12345, winter tyres 14/11
Plate DE 90 117, VIN VF1AG000765432109, winter tyres pending
Plate EF 33 802, VIN YV1LZ56D0X2598765, all-season""")

    # D44
    add("[en] [hard-neg] project status with case numbers and budget figures",
        """Write a 3-line status in English: Case 2026-004512 (new swimming hall) is on track; DKK 6.8m of DKK 142m spent (4.8 %). Case 27.12.08-P20-1-26 (school tender) delayed 2 weeks; evaluation now 06/03/2027.""")

    # D45
    add("[da] [hard-neg] tekst med fornavne og firmanavne, ingen identifikatorer",
        """Skriv en kort tak til kollegerne: Tak til Jonas, Sanne og Ahmed for hjælpen med flytningen af økonomiafdelingen, og til Brødrene Madsen ApS og Jensens Flytteforretning for et godt samarbejde. Kaffe og kage i kantinen fredag kl. 14.""")
