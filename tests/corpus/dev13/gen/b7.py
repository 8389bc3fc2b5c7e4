"""Batch 7: numbers that look like personal numbers, functional mailboxes and switchboards,
placeholders, templates and masked data."""
from lib import C, P

RECS = [
C("da", "number-trap", "firm invoice: CPR-shaped invoice number, CVR, EAN, firm bank account and IBAN",
"""Kan du tjekke om momsen og totalen er regnet rigtigt på denne faktura, og om den opfylder kravene til en elektronisk faktura til kommunen?

Djurs VVS & Blik ApS (fiktiv)
CVR-nr.: 38 41 29 57
Faktura nr.: 240517-0392
Fakturadato: 17.05.2024 – Forfald: 16.06.2024
Kunde: Norddjurs Kommune, Ejendomsafdelingen, EAN 5798000417325
Ordrenr./rekvirent: PO-2024-004512
Vedr.: Udskiftning af blandingsbatterier, plejecentrets køkken

3 stk. blandingsbatteri à 2.150,00 = 6.450,00
Arbejdsløn 9,5 t à 595,00 = 5.652,50
Kørsel 2 x 185,00 = 370,00
Subtotal: 12.472,50
Moms 25 %: 3.118,13
I alt DKK: 15.590,63

Betaling: Reg.nr. 7310, kontonr. 0001274536 – IBAN DK50 0040 0440 1162 43, SWIFT DABADKKK
Ved betaling angiv fakturanr."""),

C("en", "number-trap", "payment test card numbers, expiry and CVC in a test environment",
"""We are testing the new online payment for library fees in the TEST environment. Write 5 test cases using the provider's standard test cards: Visa 4111 1111 1111 1111, Mastercard 5555 5555 5555 4444, a declined card 4000 0000 0000 0002, expiry 12/34, CVC 123. Include expected result, and a reminder that real cards must never be used in test."""),

C("da", "number-trap", "journal and case numbers in KLE format and year/serial format",
"""Vi har tre nummerformater i sagerne og vil gerne standardisere. Forklar forskellen og lav en anbefaling: KLE-journalnummer "27.24.04-G01-1234-24", vores gamle ESDH-sagsnummer "2019-018734" og de kortere sagsnumre fra klagesystemet "23/15478". Hvilket skal stå i brevhovedet fremover?"""),

C("da", "number-trap", "budget export with account codes and amounts in phone-like space groups",
"""Hjælp mig med at forklare afvigelserne i denne budgeteksport til udvalget (beløb i kr.):
Konto 05 32 32 10 Hjemmepleje, personale: budget 84 250 000, forbrug 87 912 400
Konto 05 32 32 20 Hjemmepleje, kørsel: budget 3 410 000, forbrug 3 988 150
Konto 05 38 42 10 Botilbud § 107: budget 21 600 000, forbrug 24 315 700
Konto 05 35 40 00 Hjælpemidler: budget 18 900 000, forbrug 22 302 100
Konto 04 62 82 00 Genoptræning: budget 9 880 000, forbrug 9 512 600
Lav en tabel med afvigelse i kr. og %, og skriv tre sætninger om de største afvigelser."""),

C("en", "number-trap", "version, build numbers, IP and MAC addresses in an IT change request",
"""Write a change request summary: upgrade of 212 laptops from Windows 11 22H2 (build 22621.3593) to 23H2 (build 22631.3880), the care app from 24.06.1201 to 24.09.0317, and replacement of the switch at 10.12.45.1 (MAC 00:1B:44:11:3A:B7). Maintenance window Saturday 06.00-10.00."""),

C("da", "number-trap", "P-numbers (10 digits, date-shaped) for workplaces in an occupational injury form",
"""Jeg skal registrere arbejdspladserne i det nye arbejdsmiljøsystem. Kan du lave en tabel med kolonnerne Arbejdssted, P-nummer og Adresse ud fra dette: Plejecenter Nord, P-nr. 1004567890, Skovvej 2 – Hjemmeplejen Syd, P-nr. 1018234561, Stationsvej 4 – Sundhedshuset, P-nr. 1022719834, Stationsplads 2. Alle er kommunale arbejdssteder i 8500 Grenaa."""),

C("en", "number-trap", "foreign supplier IBAN and VAT number for an invoice",
"""A German supplier of shower chairs, Pflegebedarf Nord GmbH (fictional), asks to be paid to IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX, VAT no. DE123456789. Write a short reply asking them to send the invoice via NemHandel/Peppol with our EAN and order number instead of by e-mail to our faktura@ mailbox."""),

C("da", "placeholder", "letter template with [NAVN], XXXXXX-XXXX, [ADRESSE], 'Kære borger'",
"""Ret sproget i denne brevskabelon, så den bliver mere venlig, men lad felterne stå:

"[NAVN]
[ADRESSE]
[POSTNR] [BY]
CPR-nr.: XXXXXX-XXXX
Sagsnr.: [SAGSNR]

Kære borger
Afgørelse om hjælpemiddel
Du har søgt om [HJÆLPEMIDDEL]. Vi har vurderet din ansøgning efter servicelovens § 112 og har besluttet at bevilge/give afslag på [HJÆLPEMIDDEL], fordi [BEGRUNDELSE]. Hvis du er uenig, kan du klage inden 4 uger. Klagen sendes til Norddjurs Kommune, som genvurderer sagen.

Med venlig hilsen
Hjælpemiddelteamet" """),

C("en", "masked", "masked CPR, card and e-mail in a data protection training slide",
"""Make a slide for our GDPR training showing good masking practice: CPR shown as ******-****, payment card as **** **** **** 4821, e-mail as j***@****.dk, and phone as +45 ** ** ** 12. Explain in two lines why masking the last digits only is not enough for CPR."""),

C("da", "functional-mailbox", "department mailboxes and switchboard in an e-mail signature",
"""Lav en ensartet mailsignatur for alle medarbejdere i Social og Sundhed. Den skal indeholde: afdelingens navn, Norddjurs Kommune, Torvet 3, 8500 Grenaa, hovednummer 89 59 10 00, afdelingens fællespostkasse (fx visitation@norddjurs.dk eller hjaelpemidler@norddjurs.dk), og en linje om at fortrolige oplysninger skal sendes via Digital Post eller sikker mail. Ingen direkte numre eller personlige mails."""),

C("en", "functional-mailbox", "bounce message from a noreply address to a shared home-care mailbox",
"""What does this bounce message mean, and what should I do?
"Delivery has failed to these recipients or groups: hjemmeplejen.nord@norddjurs.dk. The recipient's mailbox is full and can't accept messages now. Sent from noreply@omsorgssystem-leverandor.dk, message ID 20240311.081422.4471." """),

C("da", "number-trap", "EAN location numbers per institution in a table",
"""Sorter disse EAN-numre efter institution og tjek at de alle har 13 cifre: Plejecenter Nord 5798000417325, Plejecenter Syd 5798000417332, Hjemmeplejen 579800041734, Sundhedshuset 5798000417356, Rusmiddelcentret 5798000417363. Skriv hvilket der mangler et ciffer."""),

C("da", "number-trap", "historic dates in dd-mm-yyyy (listed building dates), CPR-like date strings",
"""Lav en tidslinje til byvandringen over fredede bygninger: Grenaa Kirke – fredet 14-03-1918, Rådhuset (gamle) – opført 09-06-1896, Købmandsgården – fredet 02-11-1945, Mølleparkens vandmølle – fredet 21-08-1950. Skriv én sætning om hver."""),

C("en", "number-trap", "postcodes of the municipality's towns in a mailing list",
"""Group these delivery postcodes for our meal service routes: 8500 Grenaa, 8585 Glesborg, 8586 Ørum Djurs, 8592 Anholt, 8950 Ørsted, 8961 Allingåbro, 8963 Auning. Suggest 3 routes from the central kitchen in Grenaa, noting that Anholt needs ferry delivery on Tuesdays."""),

C("da", "number-trap", "CVR numbers of firms written with spaces (phone-like) in a supplier check",
"""Tjek om disse leverandører har gyldigt CVR og ingen gæld til det offentlige (vi skal bruge det til tilbudsvurderingen): Djurs Rengøring ApS, CVR 35 81 24 97; Kattegat Kørsel A/S, CVR 41 20 63 88; Grenaa Hjælpemiddelservice I/S, CVR 29 74 51 03. Hvordan gør jeg det på cvr.dk?"""),

C("en", "number-trap", "order and ticket numbers grouped like phone numbers",
"""Match these delivery notes to the order lines and list what is missing: Order SO 88 12 34 56 (20 walking frames), ticket INC 45 67 12 34 (broken hoist, care home B), order SO 88 12 34 71 (6 shower chairs). Delivery note 77 31 20 15 only lists 14 walking frames."""),

C("da", "number-trap", "municipal account for payment of meal service in a 'Kære borger' letter (fictional numbers)",
"""Skriv en venlig standardopkrævning: "Kære borger. Betaling for madservice for marts udgør [BELØB] kr. Beløbet kan betales via Betalingsservice eller indbetales til Norddjurs Kommune, reg.nr. 2211, kontonr. 6280001234 (fiktivt nummer i udkastet – ret inden udsendelse). Husk at angive opkrævningsnummer [OPKNR]." Teksten skal også sige, hvem man kan kontakte ved spørgsmål (opkrævningen, hovednummer)."""),

C("en", "number-trap", "phone-like old fax number and department line of the municipality",
"""Our old letterhead still shows 'Fax 89 59 10 10' next to the main number 89 59 10 00. Write a short instruction to all departments to remove fax numbers from templates, signatures and the website before 1 March, and to list only the main number and the department's shared mailbox."""),

C("da", "number-trap", "log lines with timestamps, service accounts, IP addresses",
"""Hvad betyder disse logfiler? Er der tegn på et angreb?
2024-03-11 08:14:22 svc_backup LOGIN OK 10.12.45.120
2024-03-11 08:14:25 svc_backup COPY \\\\fil01\\sundhed\\ 4.112 filer
2024-03-11 08:31:02 adm_ops LOGIN FAIL 185.220.101.34 (x12)
2024-03-11 08:31:40 adm_ops LOCKED
2024-03-11 09:02:17 svc_print LOGIN OK 10.12.46.7
2024-03-11 09:05:44 adm_ops UNLOCK by helpdesk ticket INC0045671
2024-03-11 09:06:10 adm_ops LOGIN OK 10.12.44.19 (MFA approved)
2024-03-11 09:40:58 svc_backup COPY \\fil01\teknik\ 12.908 filer
2024-03-11 10:15:03 adm_ops PRIVILEGE CHANGE group=SQL_Admins
2024-03-11 10:15:09 adm_ops LOGOUT
Skriv svaret så det kan forstås af IT-chefen, og foreslå om vi skal spærre den udenlandske IP-adresse og nulstille adgangskoden til driftskontoen."""),

C("en", "placeholder", "request for test data with placeholder CPR fields and 'Testborger' names",
"""Generate a CSV with 10 rows of fake test citizens for our new care system. Use names 'Testborger 01' to 'Testborger 10', CPR field always 'XXXXXX-XXXX', address '[TESTVEJ] 1', phone '00 00 00 00', and random needs like 'bath assistance', 'meals on wheels', 'medication support'. It must be obvious that the data is fake."""),

C("da", "number-trap", "association's bank account in a grant letter (association, not a person)",
"""Skriv et tilsagnsbrev til Grenaa Idrætsforening om tilskud på 45.000 kr. til en hjertestarter og førstehjælpskurser for trænere. Beløbet udbetales til foreningens konto reg. 9070 konto 1234567 (fiktivt i udkastet). Foreningens CVR er 12 34 56 78. Tilskuddet skal bruges inden 31-12-2025."""),

C("en", "number-trap", "Peppol/OIOUBL e-invoice snippet with endpoint IDs, CVR, IBAN",
"""Explain this e-invoice fragment to a new accounts payable clerk and point out if anything is missing:
<cbc:ID>INV-2024-010583</cbc:ID>
<cbc:IssueDate>2024-10-03</cbc:IssueDate>
<cac:AccountingSupplierParty><cbc:EndpointID schemeID="DK:CVR">DK38412957</cbc:EndpointID></cac:AccountingSupplierParty>
<cac:AccountingCustomerParty><cbc:EndpointID schemeID="GLN">5798000417325</cbc:EndpointID></cac:AccountingCustomerParty>
<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>DK5000400440116243</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
<cbc:PayableAmount currencyID="DKK">15590.63</cbc:PayableAmount>"""),

C("en", "placeholder", "English 'Dear citizen' template with {{first_name}} merge fields",
"""Rewrite this English template for our job centre so it is warmer and shorter. Keep the merge fields exactly as they are: "Dear {{first_name}} {{last_name}}, your appointment with your job consultant is on {{date}} at {{time}} at {{location}}. If you are ill, you must call in sick before 9.00 on the main number 89 59 10 00. Bring your ID and {{documents}}." """),

C("da", "switchboard", "list of department phone lines (functional), 89 59 xx xx",
"""Lav en oversigt til borgerhåndbogen over telefontider: Hovednummer 89 59 10 00 (man-ons 10-14, tors 10-17, fre 10-13). Visitationen: tast 2, hverdage 8-9.30. Hjælpemidler: tast 3, hverdage 8-10. Jobcentret: tast 4. Akutteamets fælles vagttelefon kan kun bruges af sundhedspersonale og skal ikke stå i håndbogen."""),

C("en", "regex-test", "regex for CPR with invalid-date test strings and a masked example",
"""Write a Python regex that finds Danish CPR numbers (DDMMYY-SSSS, with or without the hyphen) in free text, and test it against these made-up strings: '320190-1234' (invalid day), '011390-1234' (invalid month), 'DDMMYY-XXXX' and 'ref. 2024-018734'. Explain why the last one should not match."""),

C("da", "masked", "masked citizen identifiers in an anonymised audit log",
"""Omskriv dette revisionsuddrag til et notat om opslag i journalsystemet: "Bruger [MEDARBEJDER-ID 1] slog op på borger ******-**** kl. 22.14 uden aktivt forløb. Bruger [MEDARBEJDER-ID 2] slog op på samme borger kl. 22.16. Begge opslag er logget og undersøges i henhold til proceduren for uberettigede opslag." Ingen personer må kunne identificeres i notatet."""),

C("en", "number-trap", "licence plates of municipal fleet cars with phone-like digits",
"""Put our fleet list into a table sorted by next service date: EV 12 345 (home care North, service 04-05), EV 12 361 (home care South, service 19-04), CZ 88 120 (road department van, service 02-06), [PLATE] (new car for the nursing team, no plate yet). Add a column 'km since service' with [KM] placeholders."""),

C("da", "number-trap", "amounts and dates in a grants overview: '12 34 56' style sums, CPR-shaped bilag numbers",
"""Kontroller summerne i denne oversigt over udbetalte tilskud til kultur: bilag 150324-0012 kr. 12 500 (musikskolen), bilag 220324-0037 kr. 34 000 (teaterforeningen), bilag 050424-0104 kr. 56 250 (biblioteksfestival). Total angivet: 102 750. Stemmer det?"""),

P("da", "one-line question about the municipality's EAN",
"""Hvilket EAN-nummer skal leverandører bruge, når de fakturerer ældreområdet i Norddjurs Kommune?"""),

C("en", "functional-mailbox", "shared mailboxes and out-of-office reply for a department",
"""Write an out-of-office reply for the shared mailbox jobcenter@norddjurs.dk during the Christmas closure (23 Dec - 1 Jan): urgent matters about benefits go to post@norddjurs.dk, sick notifications by phone on 89 59 10 00 from 2 January, and citizens in crisis can call Livslinien on 70 201 201."""),
]
