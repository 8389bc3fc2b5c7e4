from gen_helpers import *


def part(add):
    # 131 long e-mail thread: attempted supplier bank-change fraud
    old_b = bank("kontodash")
    new_b = bank("kontodash")
    add("[da] lang mailtråd om mistænkeligt bankskift hos leverandør (mulig CEO-svindel) med flere personer og numre",
        f"""Læs mailtråden herunder og lav en kort risikovurdering (3–5 punkter) og et forslag til svar til leverandøren. Vi må ikke ændre kontoen før det er verificeret.

-----Oprindelig meddelelse-----
Fra: {N("Jesper Kold")} <{E("jesper.kold@kattegat-entreprise.dk")}>
Sendt: 2. december 2026 07:58
Til: kreditor@norddjurs.dk
Emne: VIGTIGT – ny bankforbindelse

Hej. Som følge af en intern omlægning skal alle betalinger fra 1/12 ske til ny {new_b}. Den gamle {old_b} lukkes. Vores CVR er uændret {cvr("plain")}. Faktura 26-1148 og 26-1152 (i alt kr. 412.875,00) bedes betalt til den nye konto hurtigst muligt.

-----Svar-----
Fra: {N("Helle Skaarup")} <{E("hesk@norddjurs.dk")}>
Jeg har ringet til leverandørens faste kontakt {N("Bent Ladefoged")} på {phone("pairs")} (nummeret fra kontrakten), og han kender ikke noget til en ny konto. Han siger, at {N("Jesper Kold")} ikke er ansat hos dem.""")

    # 132 long English invoice
    b, ib = dk_bank_iban("en")
    add("[en] long English invoice from Danish supplier pasted from PDF with line items, CVR, bank, IBAN and contact",
        f"""List anything that doesn't add up and the fields I need for the supplier record.

NORDJYSK KONTORFORSYNING APS          INVOICE
{A("Hobrovej 288, 9200 Aalborg SV")}             Invoice no.: 2026-30877
CVR no. {cvr("spaced")}                        Date: 25/11/2026
Phone {phone("4", mobile=False)}                            Due: 25/12/2026
                                             Your ref.: Økonomi / Ordre 4500221904
Bill to: Norddjurs Kommune, Torvet 3, 8500 Grenaa
EAN 5798000000000 (please check, our system shows the default)

Item                          Qty    Unit price     Amount
Copy paper A4 80 g (box)       120       189.00   22,680.00
Toner HP 59X                    14     1,412.00   19,768.00
Whiteboard markers (10)         30        64.50    1,935.00
Freight                          1       450.00      450.00
Subtotal                                          44,833.00
VAT 25 %                                          11,208.25
TOTAL DKK                                         56,041.25

Payment to Jyske Bank, {b}, IBAN {ib}, BIC JYBADKKK.
Questions: {N("Karina Lyngsø")}, accounts receivable, {E("kly@nkf.dk")}""")

    # 133 long citizen e-mail about debt collection
    add("[da] lang borgermail om inddrivelse med CPR, adresse, telefon, kontonummer og kortoplysninger",
        f"""Lav et kort resumé af borgerens henvendelse (max 5 linjer), og skriv et udkast til svar, hvor vi forklarer reglerne for afdragsordning og beder hende om ikke at sende kortoplysninger pr. mail.

"Kære Norddjurs Kommune
Jeg har fået et brev om at min gæld for daginstitution og for meget udbetalt boligstøtte bliver sendt til Gældsstyrelsen, hvis jeg ikke betaler kr. 11.480,00 inden 15. december. Jeg har været sygemeldt siden august og kan ikke betale det hele på én gang. Jeg kan betale 800 kr. om måneden fra januar.
Mine oplysninger: {N("Tanja Lykke Iversen")}, cpr {cpr(1989, "dash")}, {A("Bakkevej 14, 1. tv., 8961 Allingåbro")}. I kan ringe på {phone("plus")} efter kl. 15.
Hvis det er lettere, kan I trække pengene på mit kort {card("visadankort", "space")} (udløb 07/28) eller på min konto {bank("regkonto")}.
Jeg håber I vil hjælpe mig. Venlig hilsen Tanja"
""".rstrip())
