#include <cctype>
#include <string>

#include "privacy_guard/rules/vocabulary.h"
#include "test_util.h"

namespace privacy_guard::testing {
namespace {

TEST(BankAccount, SpelledOut) {
  const std::string text = "Udbetales til reg.nr. 1234 kontonr. 0001234567 hurtigst muligt";
  auto f = Find(DefaultEngine(), text, Category::kBankAccount);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(Covered(text, f[0]), "1234 kontonr. 0001234567");
  EXPECT_EQ(f[0].confidence, Confidence::kHigh);
}

TEST(BankAccount, ShortFormNeedsContext) {
  for (const char* t : {"NemKonto 1234-0001234567", "konto: 1234 1234567", "Overfør til 9570 12345678"}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kBankAccount).size(), 1u) << t;
  }
  for (const char* t : {"Sagen 1234-0001234567 er lukket", "i perioden 2019 2024", "tlf 1234 5678"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kBankAccount).empty()) << t;
  }
}

TEST(BankAccount, MaskKeepsRegNr) {
  auto f = Find(DefaultEngine(), "kontonr. 1234-0001234567", Category::kBankAccount);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].masked, "1234-XXXXXXXXXX");
}

// An account written out to ten digits after the reg. no. is one without a
// keyword (tables, payment lines); not after a word for another number, and
// a shorter account still needs a keyword.
TEST(BankAccount, TenDigitAccountWithoutKeyword) {
  for (const char* t : {"Signe Aagaard;0705964416;2250-9119054919;2.400,00",
                        "| 3 | Jette Brask | 9570 2238526908 | 9.870,00 |",
                        "Betaling: 9070-7571510201  senest 14-12-2026",
                        "mit cvr er 21900842 og i kan betale til 5301-24860069."}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kBankAccount).size(), 1u) << t;
  }
  // Another number's word, a payment for an invoice, table cells and lines.
  for (const char* t : {"Sagen 1234-0001234567 er lukket", "Ordre 2026 0012345678 er sendt",
                        "Se 9070-75715102 i oversigten", "Fakturanummer 2026 0012345678",
                        "Betaling for faktura 2026 123456", "Payment reference 1234 567890",
                        "Postnr.\tCPR\n8500\t1203851234", "Årstal: 2026\n1203851234"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kBankAccount).empty()) << t;
  }
}

// A limited company's own account is no person's (dev16 supplier
// payments); a bank's customer's account, a sole trader's and one in the
// next sentence stay.
TEST(BankAccount, LimitedCompanyOwnAccount) {
  for (const char* t : {"supplier Kattegat Hjælpemidler A/S, CVR 26741173, bank reg. 5470 account 0001234567",
                        "Betal Djurs VVS & Blik ApS på reg.nr. 7310, kontonr. 0001274536 inden fredag.",
                        // A public body's and an association's own account
                        // (dev12, dev13, dev17 false alarms).
                        "Egenbetaling indbetales til Norddjurs Kommune, reg. nr. 0216 konto 4069112233.",
                        "Beløbet udbetales til foreningens konto reg. 9070 konto 1234567 inden fredag.",
                        "Reconcile the municipality's bank account (Danske Bank, account 4180 4123456789)."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kBankAccount).empty()) << t;
  }
  for (const char* t : {"Anna Holm har konto i Danske Bank A/S, reg. 5470 konto 0001234567.",
                        "Anna Holm har konto i Spar Nord Bank A/S, reg. 5470 konto 0001234567.",
                        "Vi har betalt Kattegat ApS. Borgerens konto er reg. 5470 konto 0001234567.",
                        "Udbetal fra Norddjurs Kommune til reg. 5470 konto 0001234567.",
                        // The review's cases: a person between the firm and the
                        // account, "A/S." ending a sentence, a savings bank.
                        "Udbetal løn fra Novo Nordisk A/S til Anna Holm, reg. 1234 konto 1234567890.",
                        "Anna Holm (Holm Consulting ApS) har privat konto reg. 1234 kontonr. 1234567890.",
                        "Anna Holm er ansat i Vestas A/S. Hendes konto er reg. 1234 konto 1234567890.",
                        "Jeg har konto i Sparekassen Kronjylland A/S, reg. 7780 konto 1234567890.",
                        // The municipality pays a person; a citizen's account
                        // after the municipality's name.
                        "Kommunens ydelse udbetales til borgerens konto reg. 5470 konto 0001234567.",
                        "Norddjurs Kommune har udbetalt til Anna Holm, reg. 5470 konto 0001234567.",
                        "Kommunen overfører til hans konto reg. 5470 konto 0001234567.",
                        // Review: the organisation does not own these.
                        "Kommunens ydelse udbetales til din konto reg. 5470 konto 0001234567.",
                        "Kommunens ydelse udbetales til reg. 5470 konto 0001234567.",
                        "Kommunens hjælp udbetales til ansøgerens konto reg. 5470 konto 0001234567.",
                        "Skolens sekretær har fået forældrenes konto: reg. 5470 konto 0001234567.",
                        "Borgeren har oplyst følgende konto til kommunen: reg. 5470 konto 0001234567.",
                        "Repayment can be made to the municipality's bank account or deducted; she asked for a "
                        "refund to registration no. 2670, account no. 0050382210."}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kBankAccount).size(), 1u) << t;
  }
}

// A form of vocabulary::CompanyForms before the account decides by its
// `limited`: "A/S" is a limited company's own account, "I/S" a person's firm.
TEST(BankAccount, CompanyFormsWithASlash) {
  for (const vocabulary::CompanyForm& f : vocabulary::CompanyForms()) {
    std::string form = f.form;
    for (char& c : form) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const std::string t = "Betal Holm og Lund " + form + " på reg.nr. 7310, kontonr. 0001274536 inden fredag.";
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kBankAccount).size(), f.limited ? 0u : 1u) << t;
  }
}

// Pasted and OCR'd vouchers put several spaces between the parts.
TEST(BankAccount, SpelledOutWithRunsOfSpaces) {
  const std::string text = "Modtager: Kirkegaards Byggeservice\nReg. nr.  7670    Konto nr.  3245589946\n";
  auto f = Find(DefaultEngine(), text, Category::kBankAccount);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(Covered(text, f[0]), "7670    Konto nr.  3245589946");
}

}  // namespace
}  // namespace privacy_guard::testing
