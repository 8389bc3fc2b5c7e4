from gen_helpers import *
from gen_helpers import _luhn_complete


def part(add):
    # C1
    add("[da] [hard-neg] faktura til kommunen: eget CVR, EAN, fakturanr., ordrenr. der starter med dato, beløb",
        f"""Tjek om denne faktura overholder kravene til e-faktura (OIOUBL):

Leverandør: Djurs Rengøring ApS
Faktureres til: Norddjurs Kommune, CVR 29189838
EAN-nr.: {ean()}
Fakturanr.: {not_cvr8()}
Ordrenr.: {date_order_no()}
Beløb ekskl. moms: kr. 12.345,50
Moms: kr. 3.086,38
Forfald: 06.01.2027""")

    # C2
    add("[en] [hard-neg] budget table with two-digit figures and chart-of-accounts codes",
        f"""Summarise this budget table for the finance committee in three sentences:

Function | Text | Budget 2026 (DKK m) | Forecast (DKK m)
0.25.10 | Common costs, roads | 14 | 16
5.32.32 | Home care, free choice | 87 | 91
3.22.01 | Primary schools | 62 | 61
6.45.51 | Administration | 48 | 47
Total | | 211 | 215""")

    # C3
    add("[da] [hard-neg] sagsnumre, KLE og journalnumre i et mødereferat",
        """Lav en kort opsummering af punkterne til referatet:

Pkt. 1: Sag 27.12.08-P20-1-26 – Ny skoleudbudsrunde, KLE 17.01.10
Pkt. 2: Sag 2026-004512 – Forlængelse af kontrakt om vintertjeneste
Pkt. 3: J.nr. 01.02.05-G01-12-26 – Salg af byggegrunde i Trustrup
Næste møde: tirsdag den 12.01.2027 kl. 14.00–16.00, mødelokale 2, Rådhuset.""")

    # C4
    add("[da] [hard-neg] funktionspostkasser og omstillingsnummer i standardsvar",
        """Skriv et standardsvar til borgere, der spørger hvor de sender fakturaer og klager hen. Brug disse oplysninger: fakturaer sendes elektronisk til EAN eller til faktura@norddjurs.dk, generelle henvendelser til post@norddjurs.dk, og man kan ringe på 89 59 10 00 mandag–fredag 9.00–14.00. Adressen er Torvet 3, 8500 Grenaa.""")

    # C5
    add("[en] [hard-neg] masked card numbers on a purchase-card reconciliation",
        f"""Create a table showing which purchase cards are missing receipts:

Card **** **** **** 4471 – 12 transactions – 0 missing
Card **** **** **** 9020 – 7 transactions – 2 missing
Card XXXX XXXX XXXX 1186 – 4 transactions – 1 missing
Card 4571 12** **** 3305 – 9 transactions – 0 missing
Total spend November: DKK 84,212.40""")

    # C6
    add("[da] [hard-neg] skabelon med pladsholdere for CPR, konto og navn",
        """Gør denne brevskabelon mere venlig i tonen, men behold flettefelterne:

Kære [NAVN]
Vi har modtaget din ansøgning vedr. [CPR]. Beløbet på [BELØB] kr. udbetales til din NemKonto senest [DATO]. Hvis du ønsker udbetaling til en anden konto, skal du oplyse reg.nr. XXXX og kontonr. XXXXXXXXXX. Dit CPR-nummer skal skrives som DDMMÅÅ-XXXX.
Med venlig hilsen Ydelseskontoret""")

    # C7
    add("[en] [hard-neg] IT incident with IP addresses, version and build numbers",
        """Write a short incident summary for the IT steering group:

On 03/12/2026 between 07:42 and 08:15, Copilot was unavailable for users on VLAN 112. Proxy 10.45.12.201 rejected requests after update to version 4.18.2 (build 22631.4460). Rollback to 4.17.9 at 08:10. Ticket INC0048812, 214 users affected, no data loss.""")

    # C8
    add("[da] [hard-neg] 16-cifret bankreference der ikke er et kortnummer (fejler Luhn) og bilagsnr.",
        f"""Hvad betyder denne linje fra kontoudtoget, og hvor skal den bogføres?

05.12.2026  Overførsel fra Udbetaling Danmark  ref. {non_luhn(16, "4")}  kr. 1.284.312,00
Bilag 2026-12-0087, konto 00.25.10 / art 7.1""")

    # C9
    add("[en] [hard-neg] tracking numbers and order numbers for an office supplies delivery",
        f"""Tell me which delivery is late, based on this list:

Order {date_order_no()} – PostNord RR{rdig(9)}DK – delivered 02/12
Order {date_order_no()} – GLS {rdig(11)} – in transit since 28/11
Order {date_order_no()} – DAO {non_luhn(14, "2")} – expected 08/12""")

    # C10
    add("[da] [hard-neg] busbudget med beløb i mio. og procenter",
        """Lav en kort forklaring til borgmesteren om merforbruget:

Kollektiv trafik 2026: Budget 23,4 mio. kr., forventet regnskab 25,1 mio. kr. (+7,3 %)
Skolebuskørsel: Budget 11,8 mio. kr., forventet 12,6 mio. kr. (+6,8 %)
Flextur: Budget 2,2 mio. kr., forventet 2,0 mio. kr. (-9,1 %)
Samlet merforbrug: 2,3 mio. kr.""")

    # C11
    add("[en] [hard-neg] EAN/GLN location numbers of municipal institutions",
        f"""Make a lookup table of institution and EAN for the new supplier:

Grenaa Skole – EAN {ean()}
Auning Skole – EAN {ean()}
Plejecenter Solgården – EAN {ean()}
Materielgården – EAN {ean()}
All invoices must be sent via NemHandel, not by e-mail.""")

    # C12
    add("[da] [hard-neg] P-numre og kommunens CVR i en oversigt over arbejdssteder",
        f"""Sæt følgende op som en tabel med kolonnerne arbejdssted, P-nummer og adresse-by:

Norddjurs Kommune, CVR 29189838
Rådhuset – P-nr. 10{rdig(8)} – 8500 Grenaa
Materielgården – P-nr. 10{rdig(8)} – 8500 Grenaa
Auning Skole – P-nr. 10{rdig(8)} – 8963 Auning""")

    # C13
    add("[en] [hard-neg] amounts with spaces as thousand separators and DKK prefix",
        """Summarise the capital budget in one paragraph for the English-speaking members of the board:

New school in Ørsted: DKK 1 234 567 000 over four years
Harbour road renovation: DKK 48 900 000
Energy renovation of 14 buildings: DKK 37 250 000
Loan financing: 40 %, the remainder from cash reserves.""")

    # C14
    add("[da] [hard-neg] nummerplader og kilometertal i kørebog",
        """Lav en oversigt over kørsel pr. bil i november:

AB 12 345 – Toyota Proace – 1.842 km
CX 48 211 – VW Passat – 2.410 km
DE 90 117 – Renault Zoe – 912 km
Samlet: 5.164 km, heraf 412 km privat kørsel (skal trækkes i løn).""")

    # C15
    add("[en] [hard-neg] finance e-mail to functional mailboxes only",
        """Rewrite this e-mail in a friendlier tone:

"To all suppliers: from 1 January 2027, invoices not sent to our EAN numbers will be rejected. Paper invoices sent to faktura@norddjurs.dk will not be processed. Questions to kreditor@norddjurs.dk or okonomi@norddjurs.dk. Do not reply to noreply@norddjurs.dk.\"""")

    # C16
    add("[da] [hard-neg] 8-cifret fakturanummer som er modulus-11-gyldigt, men ikke et CVR",
        f"""Fakturanr. {mod11_8_trap()} står to gange i kreditorlisten med samme beløb (kr. 6.250,00). Hvordan finder jeg ud af om det er en dobbeltbetaling? Giv mig en fremgangsmåde i 4 trin.""")

    # C17
    add("[en] [hard-neg] 10-digit order numbers that start with valid dates",
        f"""Sort these order numbers by date (the first six digits are the order date DDMMYY) and tell me which are older than 30 days:

{date_order_no()}
{date_order_no(mod11=True)}
{date_order_no()}
{date_order_no()}""")

    # C18
    add("[da] [hard-neg] postnumre, byer og gadenavne uden husnummer i vejarbejdsplan",
        """Skriv en pressemeddelelse om vejarbejdet:

Uge 3–6: Randersvej i Grenaa (8500) lukkes mellem rundkørslen og Ålsvej
Uge 5–9: Hovedgaden i Auning (8963), ensrettet
Uge 8: Kystvejen, Grenaa, nat-asfaltering kl. 22.00–05.00
Omkørsel skiltes. Spørgsmål til Vej og Park på post@norddjurs.dk.""")

    # C19
    add("[en] [hard-neg] KLE codes and retention periods",
        """Explain these KLE codes in plain English for our new archivist:

00.01.00 General administration – retain 5 years
27.24.00 Cash benefits – retain 10 years
82.02.00 Procurement – retain 5 years after contract end
Retention is calculated from 1 January after the case is closed.""")

    # C20
    add("[da] [hard-neg] kontoplan-koder, art og dranst i en bogføringsinstruks",
        """Omskriv denne instruks til en tjekliste:

Udgifter til kontorartikler bogføres på funktion 6.45.51, art 2.2, dranst 1. Kursusudgifter på 6.45.51, art 4.0. Konto 5.32.32 må kun bruges til frit valg hjemmepleje. Husk omkostningssted 4430 for Dagtilbud Auning og 4471 for Plejecenter Solgården.""")

    # C21
    fik = _luhn_complete("00000", 15)
    add("[da] [hard-neg] FI-indbetalingskort (+71) med betalings-ID og kreditornummer",
        f"""Hvad betyder denne betalingslinje, og hvordan betaler jeg den i banken?

+71< {fik}+{not_cvr8()}<
Beløb: 1.250,00 kr.   Sidste rettidige betaling: 15.12.2026
Vedr.: Ejendom 707-012845, renovation 2. halvår""")

    # C22
    add("[en] [hard-neg] software licence and version numbers",
        """Compare the two licence offers and recommend one:

Offer A: Microsoft 365 E3 + Copilot, 1,850 seats, DKK 2,341 per seat/year, agreement no. 01-A7F3-2026
Offer B: Microsoft 365 E5, 1,850 seats, DKK 3,112 per seat/year, agreement no. 01-B2K9-2026
Current client version 16.0.18129.20158; upgrade required to 16.0.18227.20000 or later.""")

    # C23
    add("[da] [hard-neg] kvartalstal for jobcentret med to-cifrede tal",
        """Lav en graf-beskrivelse (tekst) ud fra disse tal:

Kvartal | Ledige | Sygemeldte | I aktivering
Q1 2026 | 41 | 63 | 28
Q2 2026 | 38 | 59 | 31
Q3 2026 | 35 | 66 | 27
Q4 2026 | 37 | 61 | 29""")

    # C24
    add("[en] [hard-neg] meeting invite with dates, times, room numbers and Teams meeting ID",
        """Write a short meeting invitation from these notes:

Budget follow-up, Wed 13/01/2027 09:30–11:00, Room 2.14, Town Hall
Teams meeting ID: 382 114 905 277  Passcode: Kf7xQ2
Agenda: Q4 results, 2027 savings target of 2.5 %""")

    # C25
    add("[da] [hard-neg] BFE-nummer, matrikel og ejendomsnummer i ejendomssag",
        f"""Skriv en kort sagsfremstilling til udvalget om salg af grunden:

Ejendom: BFE-nr. {rdig(7)}, matr.nr. 7cx Grenaa Bygrunde, ejendomsnr. 707-0{rdig(5)}
Areal: 2.340 m², zone: byzone, lokalplan 2019-08
Mindstepris: kr. 1.150.000 ekskl. moms""")

    # C26
    add("[en] [hard-neg] salary scale table with step numbers and amounts",
        """Explain this pay table for a new HR partner from Sweden:

Step 31: DKK 31,842.17/month
Step 32: DKK 32,604.55/month
Step 35: DKK 34,890.40/month
Pension 18.07 % of salary; supplement 2.42 % from 1 April 2026 (OK24).""")

    # C27
    add("[da] [hard-neg] firmanavne med personnavne, men ingen personer eller numre",
        """Lav en liste over leverandører i kategorien håndværk i alfabetisk rækkefølge:

Brødrene Madsen ApS, Jensens VVS & Blik, Niels Kjær Entreprise A/S, Malerfirmaet Holm & Søn, Thomsens Tømrerforretning, Ole Sørensens Vognmandsforretning.""")

    # C28
    add("[en] [hard-neg] municipal own CVR in several written forms",
        """Our German supplier asks which VAT number to use for Norddjurs Kommune. We have written it as CVR 29189838, DK29189838, DK-29 18 98 38 and CVR-nr.:29 18 98 38 in different documents. Write a short English reply with the correct format for an EU invoice.""")

    # C29
    add("[da] [hard-neg] kundenumre og målernumre med 8 cifre (ikke telefon/CVR)",
        f"""Lav en tabel over forbrugsmålerne på de kommunale bygninger:

Grenaa Idrætscenter – målernr. {not_cvr8()} – 412.880 kWh
Rådhuset – målernr. {not_cvr8()} – 188.210 kWh
Ørsted Skole – målernr. {not_cvr8()} – 231.045 kWh
Kundenr. hos forsyningen: {not_cvr8()}""")

    # C30
    add("[en] [hard-neg] procurement timeline with dates and tender number",
        """Turn this into a Gantt-style list:

Tender 2027/S 014-038221 published 20/01/2027
Questions deadline 10/02/2027 12:00
Offer deadline 24/02/2027 12:00
Evaluation 25/02–06/03/2027
Standstill 10 days, contract signature expected 20/03/2027""")

    # C31
    add("[da] [hard-neg] regnskabsbalance med store beløb og kontonumre fra kontoplanen",
        """Forklar balancen kort for et nyt byrådsmedlem:

9.22.05 Likvide beholdninger        kr.   187.412.300
9.32.24 Tilgodehavender              kr.    42.890.115
9.55.79 Langfristet gæld             kr. -1.012.441.870
9.75.xx Egenkapital                  kr.  2.341.006.112""")

    # C32
    add("[en] [hard-neg] short service numbers and the switchboard",
        """Write an English information leaflet line about emergency and service numbers: emergency 112, police 114, medical helpline 1813, and the municipality's switchboard 89 59 10 00 (Mon–Fri 9–14). Keep it short.""")

    # C33
    add("[da] [hard-neg] bilagsnumre og posteringer fra Prisme uden personer",
        f"""Find posteringerne der ikke balancerer:

Bilag {rdig(7)}  D 5.32.32  12.450,00
Bilag {rdig(7)}  K 5.32.32  12.450,00
Bilag {rdig(7)}  D 6.45.51   3.118,75
Bilag {rdig(7)}  K 6.45.51   3.181,75""")

    # C34
    add("[en] [hard-neg] population statistics with percentages and years",
        """Write two sentences on population development:

Norddjurs population 1 Jan 2022: 37,108; 2024: 37,289; 2026: 37,512. Age 65+: 26.4 % (2026) vs 24.1 % (2022). Births 2025: 301. Postcodes with growth: 8500, 8963.""")

    # C35
    add("[da] [hard-neg] dummy IBAN-eksempel med nuller og ugyldigt kontrolciffer i vejledning",
        """Ret sproget i denne vejledning til leverandører:

Angiv IBAN i formatet DK00 0000 0000 0000 00 (18 tegn uden mellemrum) og BIC/SWIFT med 8 eller 11 tegn. Danske leverandører skal i stedet oplyse reg.nr. (4 cifre) og kontonummer (op til 10 cifre).""")

    # C36
    add("[en] [hard-neg] contract summary with company names, CVR of the municipality only",
        """Summarise the key obligations of this framework agreement in 5 bullets:

Parties: Norddjurs Kommune (CVR 29189838) and Nordic Office Supply A/S
Term: 01/04/2026–31/03/2028 with 2 x 12 months option
Volume: approx. DKK 3.2m per year; price adjustment max. 3 % annually
SLA: delivery within 2 working days, 98 % on-time""")

    # C37
    add("[da] [hard-neg] timeregistrering og ugeskema med klokkeslæt",
        """Sum timerne pr. dag og for hele ugen:

Man 07.30–15.15 (pause 0.30)
Tir 08.00–16.45 (pause 0.30)
Ons 07.45–14.30 (pause 0.30)
Tor 08.15–17.00 (pause 0.45)
Fre 07.30–12.00""")

    # C38
    add("[en] [hard-neg] 16-digit voucher numbers in the ERP that fail Luhn",
        f"""Why might these two vouchers have been rejected by the payment run? The IDs look like card numbers to the system:

Voucher {non_luhn(16, "5")} – DKK 4,200.00 – status: blocked
Voucher {non_luhn(16, "4")} – DKK 1,118.25 – status: blocked""")

    # C39
    add("[da] [hard-neg] rengøringsplan med lokalenumre og procent",
        """Lav en rengøringsplan i tabelform:

Lokale 1.12–1.24: daglig, 100 %
Lokale 2.01–2.18: hver 2. dag
Gymnastiksal: daglig efter kl. 16.00
Kontorer 3. sal: 2 gange ugentligt. Forventet besparelse 12,5 %.""")

    # C40
    add("[en] [hard-neg] Copilot usage statistics by department",
        """Write a short status on Copilot adoption:

Department | Licences | Active users (Nov) | Prompts/user/week
Finance | 42 | 38 | 21
HR | 27 | 19 | 14
Children & Education | 64 | 33 | 9
Roads & Parks | 18 | 7 | 5""")

    # C41
    add("[da] [hard-neg] lønskalaoversigt og løntrin uden personer",
        """Forklar forskellen mellem løntrin 27 og 31 i kroner pr. måned og pr. år, ud fra at trin 27 er 28.412,08 kr. og trin 31 er 31.842,17 kr. pr. måned (niveau 1.10.2026).""")

    # C42
    add("[en] [hard-neg] masked IBAN and masked account in a bank letter",
        """Explain this letter from our bank in plain English:

"Your account ending ...4411 (IBAN DK** **** **** **44 11) will be migrated to the new platform on 15/02/2027. Standing orders will continue. Please update any references to reg. no. 3409 only if you have received a separate letter.\"""")

    # C43
    add("[da] [hard-neg] kommunale nøgletal pr. indbygger med kommunenr. 707",
        """Sammenlign Norddjurs (kommunenr. 707) med landsgennemsnittet:

Udgift pr. 0-5-årig: 89.412 kr. (land: 92.118 kr.)
Udgift pr. 65+-årig: 54.330 kr. (land: 51.870 kr.)
Beskatningsprocent 2026: 26,1 % (land: 25,0 %)
Grundskyldspromille: 24,88""")

    # C44
    add("[en] [hard-neg] shipping notification with SSCC pallet label numbers",
        f"""Which pallets are missing from the delivery note? We received 2 pallets:

Delivery note DN-{rdig(6)}
SSCC (00) {non_luhn(18, "3")}
SSCC (00) {non_luhn(18, "3")}
SSCC (00) {non_luhn(18, "3")}
Consignee: Materielgården, Norddjurs Kommune, 8500 Grenaa""")

    # C45
    add("[da] [hard-neg] hej-hilsen med fornavn alene og funktionspostkasse",
        """Hej Mette – kan du hjælpe mig med at formulere en mail til kreditor@norddjurs.dk om at faktura 30219 er godkendt og kan betales med næste betalingskørsel (torsdag)? Beløbet er kr. 3.412,50.""")
