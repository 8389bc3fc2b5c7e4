"""Personal, mixed formats: Teams chats, SMS, phone notes, minutes, incident reports, tables/CSV,
bank/IBAN/card (d19-0113..0130)."""
ITEMS = [
("[da] refund to bank account, short, no health",
"""Skriv en mail til Økonomi: refunder 450 kr. til [[n:Rikke Holt]], reg.nr. og konto [[b:7244 0001287734]], for dobbeltbetalt madservice."""),

("[en] dental refund to IBAN, root canal, short",
"""Write to [[n:Hannah Berg]]: we will refund her [[h:root canal treatment]] to IBAN [[i:DK39 5000 0001 2345 67]] within 10 days."""),

("[da] citizen read card number aloud, short",
"""Lav en note: [[n:Preben Juhl]] læste sit kortnummer [[k:4571 9023 1187 4460]] op i telefonen. Nummeret er ikke gemt."""),

("[da] visitation meeting minutes, several citizens",
"""Lav referatet fra visitationsmødet om til en tabel (Borger, Ansøgt, Afgørelse, Begrundelse):
1) [[n:Aase Pind]], [[a:Kærvej 2, 8961 Allingåbro]] – søger plejebolig. [[h:Svær demens]], [[h:vandrer om natten]], ægtefællen udkørt. Bevilget.
2) [[n:Kaj Lundsgaard]] – søger [[h:elektrisk kørestol]]. Kan gå 200 m med [[h:stokke]]. Afslag.
3) [[n:Inga Mose]] – søger rengøring hver uge pga. [[h:KOL]] og [[h:iltbehandling]]. Bevilget hver 2. uge."""),

("[da] long: CSV export of home-care route with tasks",
"""Kan du sortere denne rute efter postnummer og lave den om til en læsevenlig køreliste til aftenvagten?

Navn;Adresse;Tlf;Opgave;Tid
[[n:Hilmer Juul]];[[a:Ny Vestergade 4, 8500 Grenaa]];[[p:86 32 44 10]];[[h:insulin Lantus 18 IE]] + aftensmad;17.00
[[n:Agnete Bro]];[[a:Vestervang 19, 8963 Auning]];[[p:20 61 33 89]];[[h:stomipleje]], tømme pose;17.30
[[n:Svend Åge Gram]];[[a:Rugvænget 6, 8585 Glesborg]];[[p:86 38 71 02]];[[h:øjendråber Xalatan]] + [[h:hjælp i seng]];18.15
[[n:Karen Margrethe Ib]];[[a:Skolegade 11, 8950 Ørsted]];[[p:40 92 15 63]];[[h:kompressionsstrømper af]], [[h:dosisdispensering]];18.45
[[n:Benny Hald]];[[a:Åvej 3, 8586 Ørum Djurs]];[[p:28 10 54 96]];tilsyn, [[h:vægt (hjertesvigt)]];19.30
[[n:Oda Frich]];[[a:Kastanjevej 27, 8500 Grenaa]];[[p:61 44 08 27]];[[h:øjendryp]] + [[h:sårpleje venstre fod]];20.00"""),

("[da] long: adverse event report, medication given to wrong resident",
"""Hjælp mig med at udfylde rapporten om en utilsigtet hændelse ud fra mine stikord. Skriv "Hvad skete der", "Hvorfor" og "Forslag til forebyggelse".

- 14.06 kl. 8.10, Plejecenter Søhøj, afd. A
- vikar gav morgenmedicin til [[n:Gerda Toft]] (bolig 3) i stedet for [[n:Agnes Thorup]] (bolig 5) – begge hedder G/A Th. på dosisposerne og begge sidder ved bord 2
- [[n:Gerda]] fik dermed [[h:Marevan 2,5 mg]], [[h:Digoxin]] og [[h:Furix 80 mg]], som hun ikke skal have. Hun får selv [[h:Madopar]] for sin [[h:Parkinson]]
- opdaget kl. 9.30 ved middagsmedicin. vagtlæge kontaktet, [[h:INR og EKG]] taget på Gerda kl. 11. [[h:Blodtryk 95/55]], [[h:svimmel]]. observeret hele dagen, ingen [[h:blødning]]
- [[n:Agnes]] fik ikke sin [[h:hjertemedicin]] før 10.15
- pårørende til begge informeret, Gerdas søn [[n:Torben Toft]] meget vred
- vikaren var ny og havde ikke fået oplæring i dosisposer"""),

("[da/en] long: Teams chat mixing languages about a citizen",
"""Summarise this Teams chat in Danish in 3 bullet points and tell me what I need to do:

[10:02] [[n:Mia Kallesøe]]: Hej, har du hørt om [[n:Jens Peter Hald]] på Fjordvej? Naboen ringede, han har [[h:ikke været ude i 4 dage]]
[10:04] Nick (vikar): sorry my Danish is bad – is that the man with the [[h:oxygen]] and the [[h:leg ulcers]]?
[10:05] [[n:Mia Kallesøe]]: yes. he has [[h:KOL]] and [[h:diabetes]], we visit him twice a week for [[h:wound care]]
[10:07] Nick (vikar): I was there Monday. He was very [[h:short of breath]] and [[h:confused]], I wrote it in the journal. His blood sugar was [[h:22]]
[10:08] [[n:Mia Kallesøe]]: ok!! did you call his GP?
[10:10] Nick (vikar): no, I thought the nurse would see it
[10:11] [[n:Mia Kallesøe]]: ok jeg kører derud nu. kan du ringe til datteren på [[p:51 28 60 43]] og sige det?
[10:12] Nick (vikar): yes will do"""),

("[da] SMS identified by phone number only, stoma",
"""Send denne sms til [[p:60 33 18 72]]: "Vi kommer kl. 10 og [[h:skifter din stomipose]]. Mvh hjemmesygeplejen" """),

("[da] call-back note, blood test results",
"""Husk mig på at ringe til [[n:Verner Holt]] om hans [[h:blodprøvesvar]] – [[h:forhøjet kolesterol]]."""),

("[da] local committee minutes mentioning named employee's leave",
"""Ret referatet fra LMU: "Pkt. 4: Personalesituationen. [[n:Henriette Vad]] er fortsat [[h:sygemeldt efter sin abort]] og forventes tilbage i uge 36. [[n:Mads Fog]] er gået på [[h:barsel]]. Der er ansat vikar frem til jul." Gør det mere diskret."""),

("[en] HR table of sick days by employee",
"""Make a bar chart description and a short comment from this table (sick days Q1):
[[n:Anne Kjeldgaard]] 3 days ([[h:flu]])
[[n:Bjarne Stokholm]] 21 days ([[h:back surgery]])
[[n:Cecilie Rahbek]] 9 days ([[h:stress]])
[[n:Dragan Petrović]] 0 days"""),

("[da] letter draft with full contact block",
"""Skriv et brev til e-Boks: 
Til [[n:Tove Malling]], [[a:Fjordgade 17, 8500 Grenaa]], [[c:211036-2105]]
Emne: Bevilling af [[h:hjemmesygepleje]] til [[h:sårbehandling]] og [[h:medicindispensering]] 2 gange ugentligt fra 1. september. Kontakt sygeplejerske [[n:Lea Søndergaard]] på [[p:89 59 47 21]] ved spørgsmål."""),

("[en] spell check note on colleague citizen inhaler, short",
"""Spell check: "[[n:Ib Kristensen]] forgot his [[h:inhalr]] at the day centre, we gave it to his daugther." """),

("[da/en] Teams chat mixed language, medium",
"""Translate this chat to English for our new colleague:
"[[n:Grete Busk]] i bolig 14 har [[h:tabt sig 3 kg]] på en uge og vil ikke drikke. Lægen har bestilt [[h:blodprøver]] og vi skal lave [[h:væskeskema]]. Hun har også [[h:svie når hun tisser]] – [[h:urinprøve]] i køleskabet." """),

("[da] phone note: refund for medicine subsidy to account",
"""Skriv telefonnotatet rent: [[n:Preben Thorsø]], [[c:270944-0376]], ringede om [[h:helbredstillæg til medicin]] – han tager [[h:Xarelto]] og [[h:Spiriva]]. Vil have beløbet udbetalt til [[b:2211 6284019337]] og ikke NemKonto. Skal have besked senest fredag."""),

("[da] SMS thread, short",
"""Opsummer: "Nina (bostøtte): [[n:Kenneth Holt]] [[h:drak igen]] i går og har [[h:slået sig på armen]]" – "Leder: ok, ring til ham" """),

("[da] note about child identified by CPR only, short",
"""Lav et notat: Barn [[c:281216-5852]] har [[h:astmabronkitis]] og må ikke være ude i frostvejr."""),

("[da] relative e-mail header, address and e-mail",
"""Svar på denne mail fra [[e:bettina.aakjaer@hotmail.com]]:
"Min mor [[n:Ruth Aakjær]] ([[a:Kildevej 9, 8544 Mørke]]) fik i går konstateret [[h:blærebetændelse]] og er meget [[h:forvirret]]. Kan hjemmeplejen komme en ekstra gang i weekenden og sikre at hun tager [[h:Selexid]]? Egenbetalingen kan trækkes på mit kort [[k:5019 7713 0264 5518]]. Hilsen [[n:Bettina Aakjær]]" """),
]
