from gen_helpers import *


def part(add):
    add("[da] [hard-neg] langt budgetnotat med mange beløb, procenter, kontoplan-koder og sagsnr.",
        """Skriv dette budgetnotat om til en kort og letlæst sammenfatning til Økonomiudvalget (max 10 linjer), og lav en tabel med de fem største afvigelser.

Budgetopfølgning pr. 31.10.2026 – sag 2026-004512 – KLE 00.30.14
Samlet driftsbudget: 3.412,6 mio. kr.; forventet regnskab: 3.436,1 mio. kr. (merforbrug 23,5 mio. kr., 0,7 %).
5.32.32 Pleje og omsorg: merforbrug 11,2 mio. kr. (flere visiterede timer, +4,1 %).
5.38.50 Botilbud: merforbrug 8,7 mio. kr. (3 nye borgere i eksterne tilbud).
3.22.01 Folkeskoler: mindreforbrug 2,4 mio. kr. (vakante stillinger).
5.28.20 Anbringelser: merforbrug 6,9 mio. kr.
0.25.10 Fælles formål, byudvikling: mindreforbrug 1,1 mio. kr.
Anlæg: 187,4 mio. kr. budgetteret, 96,2 mio. kr. forbrugt (51 %). Overførsler til 2027 forventes at udgøre ca. 64 mio. kr.
Likviditet (gennemsnit 12 mdr.): 212 mio. kr. – over målet på 150 mio. kr.
Administrationen anbefaler, at merforbruget finansieres af kassebeholdningen, og at der iværksættes en analyse af visitationen på 5.32.32 med afrapportering i marts 2027.""")

    add("[en] [hard-neg] long invoice-handling guideline with functional mailboxes, EAN, amounts and deadlines",
        f"""Rewrite this guideline into a clear step-by-step procedure for new staff in Finance, in English, with a short FAQ at the end.

Invoice handling at Norddjurs Kommune (CVR 29189838)
1. All invoices must arrive electronically (OIOUBL/Peppol BIS) to the EAN number of the ordering unit, e.g. {ean()} for the Town Hall or {ean()} for Materielgården. Paper or PDF invoices sent to faktura@norddjurs.dk are returned to the supplier.
2. Invoices are registered in the ERP within 1 working day and routed to the approver. Approval deadline: 5 working days. Payment terms: 30 days net; the payment run is every Tuesday and Thursday.
3. Invoices above DKK 50,000 excl. VAT require two approvals. Invoices above DKK 500,000 also require the head of department.
4. Credit notes must reference the original invoice number. Questions from suppliers go to kreditor@norddjurs.dk; internal questions to okonomi@norddjurs.dk or the switchboard 89 59 10 00.
5. Never write bank details, card numbers or CPR numbers in the comment field. Use the placeholder [CPR] or XXXX-XXXXXXXXXX if a reference is needed.""")
