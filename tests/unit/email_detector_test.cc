#include "test_util.h"

namespace privacy_guard::testing {
namespace {

TEST(Email, PersonalAddresses) {
  for (const char* t : {"anna.k.jensen@gmail.com", "ahn@norddjurs.dk", "Lars_Ø+test@firma.co.uk",
                        "bo-2@sub.skole.org"}) {
    std::string text = std::string("Skriv til ") + t + ", tak.";
    auto f = Find(DefaultEngine(), text, Category::kEmail);
    ASSERT_EQ(f.size(), 1u) << t;
    EXPECT_EQ(f[0].confidence, Confidence::kHigh);
    EXPECT_EQ(f[0].masked.find(t), std::string::npos) << "mask must hide the address";
  }
}

TEST(Email, WholeAddressCovered) {
  const std::string text = "mail: anna.k.jensen@gmail.com.";
  auto f = Find(DefaultEngine(), text, Category::kEmail);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(Covered(text, f[0]), "anna.k.jensen@gmail.com");
  EXPECT_EQ(f[0].masked, "a***@gmail.com");
}

TEST(Email, FunctionalMailboxesAreNotPersonal) {
  for (const char* t : {"post@norddjurs.dk", "borgerservice@norddjurs.dk", "noreply@kommune.dk"}) {
    EXPECT_TRUE(Find(DefaultEngine(), std::string("Skriv til ") + t, Category::kEmail).empty()) << t;
  }
}

// A Git remote over SSH and the superuser are technical accounts, not a
// person's mailbox; a person's address at the same hosts stays.
TEST(Email, TechnicalAccountsAreNotPersonal) {
  for (const char* t : {"Kør git clone git@github.com:norddjurs/skemaer.git og send mig fejlen.",
                        "Log ind som root@server.norddjurs.dk og genstart tjenesten."}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kEmail).empty()) << t;
  }
  EXPECT_EQ(Find(DefaultEngine(), "Skriv til jens.hansen@github.com om fejlen.", Category::kEmail).size(), 1u);
}

TEST(Email, DepartmentAndRoleMailboxesAreNotPersonal) {
  // Functions, departments and roles, alone or joined with a place or a
  // number: an organisation's mailbox.
  for (const char* t : {"demens@norddjurs.dk", "faktura@firma.dk", "dpo@norddjurs.dk",
                        "formand@forening.dk", "borgerservice.grenaa@norddjurs.dk",
                        "born-unge@norddjurs.dk", "info2@firma.dk"}) {
    EXPECT_TRUE(Find(DefaultEngine(), std::string("Skriv til ") + t, Category::kEmail).empty()) << t;
  }
  // A name, initials or a first name that is also a word: a person's.
  for (const char* t : {"henaa@norddjurs.dk", "anne.hansen@gmail.com", "mark@firma.dk",
                        "tinabs77@gmail.com", "info.anne@firma.dk"}) {
    EXPECT_EQ(Find(DefaultEngine(), std::string("Skriv til ") + t, Category::kEmail).size(), 1u) << t;
  }
}

// A unit written as one compound: a function of six letters or more after
// at least three.
TEST(Email, CompoundUnitMailboxesAreNotPersonal) {
  for (const char* t : {"lonkontoret@norddjurs.dk", "sundhedscentret@norddjurs.dk",
                        "plejecentre@norddjurs.dk",
                        "jobcenter.virksomhedsservice@norddjurs.dk", "skoleservice@firma.dk"}) {
    EXPECT_TRUE(Find(DefaultEngine(), std::string("Skriv til ") + t, Category::kEmail).empty()) << t;
  }
  for (const char* t : {"kontoret.hansen@gmail.com", "jensen@firma.dk", "ab.service@firma.dk"}) {
    EXPECT_EQ(Find(DefaultEngine(), std::string("Skriv til ") + t, Category::kEmail).size(), 1u) << t;
  }
}

// A bare "at" with only '.' dots is ordinary text as often as an address:
// it counts when the local part or the domain looks like a mailbox's.
TEST(Email, WordAtWithPlainDotsNeedsAMailboxShape) {
  for (const char* t : {"Please look at norddjurs.dk for the rules.", "Find os at borger.dk",
                        "Information is at www.sundhed.dk today", "Husk at sundhed.dk har svaret",
                        "Læs mere at kl.dk", "Read section 4.2 at norddjurs.dk",
                        "Use self-service at borger.dk.", "Log in at outlook.com"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kEmail).empty()) << t;
  }
  for (const char* t : {"Skriv til jens at gmail.com i dag", "mail: jens.hansen at firma.dk",
                        "skriv til tina77 snabel-a norddjurs.dk", "hans at firma punktum dk",
                        "hans (at) firma.dk", "Anna AT Hotmail.dk"}) {
    EXPECT_EQ(Find(DefaultEngine(), t, Category::kEmail).size(), 1u) << t;
  }
}

// Units written as one word: functions joined, with "og" or a linking s.
TEST(Email, UnitsWrittenAsOneWordAreFunctional) {
  for (const char* t : {"vejogpark@norddjurs.dk", "itsupport@norddjurs.dk", "klimaogmiljo@norddjurs.dk",
                        "sundhedskonsulent@norddjurs.dk", "planlaegning.hjemmepleje@norddjurs.dk",
                        "sygepleje.nord@norddjurs.dk"}) {
    EXPECT_TRUE(Find(DefaultEngine(), std::string("Skriv til ") + t, Category::kEmail).empty()) << t;
  }
  for (const char* t : {"marianne@norddjurs.dk", "kirstenhojgaard@gmail.com", "kasperbrandt77@gmail.com",
                        "ib.holm@norddjurs.dk"}) {
    EXPECT_EQ(Find(DefaultEngine(), std::string("Skriv til ") + t, Category::kEmail).size(), 1u) << t;
  }
}

TEST(Email, NotEmails) {
  for (const char* t : {"Tag @Mette med i mødet", "kl. 10@rådhuset", "foo@bar", "a @ b.dk"}) {
    EXPECT_TRUE(Find(DefaultEngine(), t, Category::kEmail).empty()) << t;
  }
}

TEST(Email, FinanceAndSocialUnitsAreFunctional) {
  for (const char* t : {"kreditor@norddjurs.dk", "misbrug@norddjurs.dk", "sundhedogomsorg@norddjurs.dk",
                        "debitorer@norddjurs.dk"}) {
    EXPECT_TRUE(Find(DefaultEngine(), std::string("To: ") + t, Category::kEmail).empty()) << t;
  }
  EXPECT_EQ(Find(DefaultEngine(), "To: kreditor.hansen@gmail.com", Category::kEmail).size(), 1u);
}

// Municipal units by their common names and acronyms (dev9 trap): dental
// care, the educational psychology service, child psychiatry, after-school
// care; initials beside them stay personal.
TEST(Email, MunicipalUnitsAndAcronymsAreFunctional) {
  for (const char* t : {"tandplejen@norddjurs.dk", "ppr@norddjurs.dk", "bup@rm.dk", "sfo@vestreskole.dk",
                        "sundhedshuset@norddjurs.dk"}) {
    EXPECT_TRUE(Find(DefaultEngine(), std::string("To: ") + t, Category::kEmail).empty()) << t;
  }
  EXPECT_EQ(Find(DefaultEngine(), "To: lokh@norddjurs.dk", Category::kEmail).size(), 1u);
  // Units by what they do (dev10 trap: "pladsanvisning@norddjurs.dk").
  for (const char* t : {"pladsanvisning@norddjurs.dk", "dagplejen@norddjurs.dk",
                        "ungdomsskolen@syddjurs.dk", "byggesag@norddjurs.dk"}) {
    EXPECT_TRUE(Find(DefaultEngine(), std::string("To: ") + t, Category::kEmail).empty()) << t;
  }
}

// A template's or an example's address is nobody's: staff write "svar til
// fornavn.efternavn@norddjurs.dk" in the letters they ask Copilot for.
TEST(Email, PlaceholderAndExampleAddressesAreNotPersonal) {
  for (const char* t : {"fornavn.efternavn@norddjurs.dk", "navn@firma.dk", "xxx@xxx.dk",
                        "dit.navn@gmail.com", "Firstname.Lastname@company.com", "john.doe@gmail.com",
                        "initialer@norddjurs.dk", "jens.hansen@example.com", "anna@mail.example.org",
                        "bo@skolen.test", "XX-xx@firma.dk", "first.last@firma.dk"}) {
    const std::string text = std::string("Svar til ") + t + " inden fredag.";
    auto all = Find(DefaultEngine(), text, Category::kEmail);
    EXPECT_TRUE(all.empty()) << t;
  }
  // A name beside a placeholder word, a first name alone, a domain that
  // only looks like an example's: a person's.
  for (const char* t : {"hans.navn@firma.dk", "john@firma.dk", "jane.hansen@gmail.com",
                        "anna@example.community.dk", "bo@exampleschool.com", "navn2@firma.dk",
                        "lis@testcenter.dk", "mit@norddjurs.dk", "din@norddjurs.dk", "init@norddjurs.dk",
                        "x@firma.dk", "bo@domaene.dk"}) {
    const std::string text = std::string("Svar til ") + t + " inden fredag.";
    EXPECT_EQ(Find(DefaultEngine(), text, Category::kEmail).size(), 1u) << t;
  }
}

}  // namespace
}  // namespace privacy_guard::testing
