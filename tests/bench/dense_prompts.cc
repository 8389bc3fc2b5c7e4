// Benchmark material of invented data; see dense_prompts.h.
//
// A prompt is an instruction line and blocks of pasted material. A block is
// a template: a head, optional rows (repeated with fresh people) and a
// tail. Placeholders in braces are filled from the pools below:
//
//   people    {nameN} {firstN} {surN} {mrN} (fru/hr. + surname) {cprN}
//             {addrN} {streetN} {townN} {phoneN} {emailN} {workmailN}
//             {bdayN} {ageN}, and the words that follow the person's sex:
//             {heN} {HeN} {hisN} {himN} {relN} {RelN} {parentN} {he_enN}
//             {He_enN} {his_enN} {His_enN} {child_enN}. N is 1-9: 1-3
//             adults (2 a woman, 3 a man), 4 an elderly citizen, 5-6
//             children, 7-9 staff. In rows, people 1-6 are new for every row.
//   health    {diag} {diag_en} {med} {abuse} {abusemed} {aid} {hosp} {dept}
//             {sick}
//   finance   {cvr} {iban} {ibanx} (foreign or Danish) {konto} (reg.nr. +
//             kontonr. in its usual written forms) {card} {amount} {company}
//             {invno}
//   other     {date} {period} {date_en} {isodate} {time} {time_en} {month}
//             {year} {week} {sagsnr} {klasse} {school} {marking} {remark}
//             {role} {job} {empno}
// An unknown placeholder comes out as "{?}" (the test looks for braces).
#include "dense_prompts.h"

#include <array>
#include <initializer_list>
#include <iterator>
#include <utility>
#include <vector>

namespace privacy_guard::bench {
namespace {

// ---------------------------------------------------------------- random

// SplitMix64: small, fast and the same everywhere.
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull) {}
  uint64_t Next() {
    uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // 0 .. n-1 (n > 0; the modulo bias is immaterial here).
  int Below(int n) { return static_cast<int>(Next() % static_cast<uint64_t>(n)); }
  // lo .. hi inclusive.
  int Between(int lo, int hi) { return lo + Below(hi - lo + 1); }
  // true with probability percent/100.
  bool Chance(int percent) { return Below(100) < percent; }
  char Digit() { return static_cast<char>('0' + Below(10)); }

 private:
  uint64_t s_;
};

template <size_t N>
const char* Pick(Rng& r, const char* const (&pool)[N]) {
  return pool[r.Below(static_cast<int>(N))];
}

// The parts joined in order. The operands of `a + b` on strings may be
// evaluated in either order (GCC and Clang differ), so an expression that
// draws more than one random number is written Cat({...}): the elements of
// a braced list are evaluated left to right.
std::string Cat(std::initializer_list<std::string> parts) {
  std::string out;
  for (const std::string& p : parts) out += p;
  return out;
}

// ----------------------------------------------------------------- pools

const char* const kWomen[] = {
    "Anne", "Kirsten", "Mette", "Hanne", "Anna", "Helle", "Susanne", "Lene", "Maria",
    "Marianne", "Lone", "Camilla", "Pia", "Louise", "Charlotte", "Inge", "Bente", "Tina",
    "Gitte", "Karen", "Ida", "Emma", "Sofie", "Freja", "Laura", "Julie", "Signe", "Birgitte",
    "Jette", "Rikke", "Malene", "Line", "Nanna", "Cecilie", "Astrid", "Ella", "Clara", "Alma",
    "Ellen", "Else", "Grethe", "Ruth", "Dorthe", "Trine", "Maja", "Karoline", "Josefine",
    "Agnes", "Frida", "Vibeke", "Tove", "Lise", "Ulla", "Merete", "Nadia", "Fatima", "Aylin"};
const char* const kMen[] = {
    "Peter", "Jens", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels",
    "Christian", "Martin", "Jørgen", "Anders", "Hans", "Morten", "Jesper", "Ole", "Per",
    "Erik", "Mads", "Rasmus", "Kim", "Mikkel", "Bent", "Frederik", "Poul", "Torben", "Kasper",
    "Jacob", "Steen", "Carl", "William", "Oscar", "Noah", "Lucas", "Emil", "Magnus", "Viktor",
    "Oliver", "Alfred", "Aksel", "Villads", "Malthe", "Tobias", "Johan", "Kristian",
    "Flemming", "Allan", "Brian", "Kurt", "Finn", "Preben", "Bjarne", "Ahmed", "Omar"};
const char* const kSurnames[] = {
    "Nielsen", "Jensen", "Hansen", "Andersen", "Pedersen", "Christensen", "Larsen",
    "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen",
    "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen",
    "Jakobsen", "Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund",
    "Schmidt", "Eriksen", "Holm", "Kristiansen", "Clausen", "Simonsen", "Svendsen",
    "Andreasen", "Iversen", "Østergaard", "Jeppesen", "Vestergaard", "Nissen", "Lauridsen",
    "Kjær", "Jespersen", "Mogensen", "Skov", "Nørgaard", "Bertelsen", "Søndergaard",
    "Kjeldsen", "Dam", "Bach", "Friis", "Brandt", "Lindberg", "Thygesen", "Krogh", "Ravn",
    "Damgaard", "Kirkegaard", "Winther", "Toft", "Overgaard", "Hedegaard", "Dahl",
    "Hussein", "Yilmaz", "Nguyen", "Kowalski", "Ali", "Khan"};
// Middle names that are surnames ("Anne Holm Jensen").
const char* const kMiddle[] = {"Holm", "Juul", "Bech", "Skov", "Lund", "Krogh", "Dam", "Kjær",
                               "Bach", "Ravn", "Toft", "Friis"};
// Real Danish street names (the residents are invented).
const char* const kStreets[] = {
    "Østergade", "Vestergade", "Nørregade", "Søndergade", "Storegade", "Kirkevej",
    "Skolevej", "Skolegade", "Stationsvej", "Bakkevej", "Engvej", "Skovvej", "Møllevej",
    "Strandvej", "Havnevej", "Parkvej", "Åboulevarden", "Randersvej", "Grenåvej",
    "Ebeltoftvej", "Toldbodgade", "Jernbanegade", "Lillegade", "Rosenvænget", "Birkevej",
    "Egevej", "Bøgevej", "Lindevej", "Ahornvej", "Hasselvej", "Kastanievej", "Violvej",
    "Rosenvej", "Syrenvej", "Tjørnevej", "Fasanvej", "Vibevej", "Lærkevej", "Mågevej",
    "Solvej", "Kystvej", "Nørre Allé", "Frederiks Allé", "Vesterbrogade", "Nørrebrogade",
    "Ryesgade", "Guldsmedgade", "Bispensgade", "Kongensgade", "Hedeager", "Lyngbakken",
    "Solsikkevej", "Bredgade", "Algade", "Torvet", "Nørre Boulevard", "Kannikegade",
    "Sønderallé", "Ådalsvej", "Hovedgaden"};
// Real postcode and town pairs.
const char* const kTowns[] = {
    "8500 Grenaa", "8400 Ebeltoft", "8444 Balle", "8550 Ryomgård", "8560 Kolind",
    "8570 Trustrup", "8581 Nimtofte", "8585 Glesborg", "8586 Ørum Djurs", "8592 Anholt",
    "8950 Ørsted", "8961 Allingåbro", "8963 Auning", "8900 Randers C", "8920 Randers NV",
    "8960 Randers SØ", "8000 Aarhus C", "8200 Aarhus N", "8210 Aarhus V", "8220 Brabrand",
    "8240 Risskov", "8260 Viby J", "8270 Højbjerg", "8410 Rønde", "8420 Knebel",
    "8600 Silkeborg", "8700 Horsens", "8800 Viborg", "9000 Aalborg", "7100 Vejle",
    "7400 Herning", "6700 Esbjerg", "5000 Odense C", "4000 Roskilde", "2100 København Ø",
    "2200 København N", "2300 København S", "1620 København V"};
const char* const kFloors[] = {", st.", ", st. tv.", ", st. th.", ", 1. tv.", ", 1. th.",
                               ", 2. tv.", ", 2. mf.", ", 3. th.", ", 1.", ", 4. tv."};
const char* const kMailHosts[] = {"gmail.com", "hotmail.com", "outlook.dk", "live.dk",
                                  "mail.dk", "yahoo.dk", "icloud.com", "jubii.dk"};

const char* const kDiag[] = {
    "type 2-diabetes", "KOL", "demens", "Alzheimers sygdom", "depression", "svær depression",
    "angst", "skizofreni", "paranoid skizofreni", "bipolar lidelse", "ADHD", "infantil autisme",
    "autisme", "epilepsi", "apopleksi", "hjertesvigt", "atrieflimren", "brystkræft",
    "lungekræft", "prostatakræft", "dissemineret sklerose", "Parkinsons sygdom", "leddegigt",
    "slidgigt", "alkoholmisbrug", "hashmisbrug", "PTSD", "cerebral parese",
    "erhvervet hjerneskade", "lungebetændelse", "urinvejsinfektion", "hoftebrud",
    "osteoporose", "anoreksi", "belastningsreaktion", "diabetes", "hjerneblødning",
    "blodprop i hjertet", "tyktarmskræft", "personlighedsforstyrrelse"};
const char* const kDiagEn[] = {
    "diabetes", "COPD", "dementia", "Alzheimer's disease", "depression", "anxiety",
    "schizophrenia", "bipolar disorder", "ADHD", "autism", "epilepsy", "a stroke",
    "heart failure", "breast cancer", "lung cancer", "multiple sclerosis",
    "Parkinson's disease", "rheumatoid arthritis", "alcohol dependence", "PTSD",
    "a hip fracture", "osteoporosis", "pneumonia"};
const char* const kMed[] = {
    "Metformin 500 mg 1 tablet 2 gange dagligt", "Insulin NovoRapid 8 IE til måltiderne",
    "Furix 40 mg morgen", "Panodil 1 g x 4", "Morfin 10 mg efter behov",
    "Sertralin 50 mg dagligt", "Quetiapin 25 mg til natten", "Ritalin 10 mg morgen og middag",
    "Eliquis 5 mg x 2", "Simvastatin 40 mg", "Lithium 400 mg x 2", "Marevan efter INR",
    "Zopiclon 7,5 mg til natten", "Oxapax 15 mg op til 3 gange dagligt",
    "Spiriva 2,5 mikrogram 2 pust dagligt", "Ventoline efter behov", "Atorvastatin 20 mg",
    "Metoprolol 50 mg x 2", "Levetiracetam 500 mg x 2", "Donepezil 10 mg",
    "Antabus 800 mg 2 gange ugentligt", "Methadon 60 mg dagligt", "Abilify 10 mg",
    "Cipralex 10 mg", "Lyrica 75 mg x 2", "Pinex 500 mg x 4", "Xarelto 20 mg",
    "Olanzapin 10 mg", "Madopar 125 mg x 3", "Prednisolon 37,5 mg"};
const char* const kAbuse[] = {"alkoholmisbrug", "hashmisbrug", "et blandingsmisbrug",
                              "opioidafhængighed", "kokainmisbrug", "alkoholafhængighed"};
const char* const kAbuseMed[] = {"Antabus 800 mg 2 gange ugentligt", "Methadon 60 mg dagligt",
                                 "Subutex 8 mg dagligt", "Campral 333 mg x 3",
                                 "Librium efter aftrapningsskema", "Naltrexon 50 mg"};
const char* const kAid[] = {
    "rollator", "kørestol", "el-kørestol", "badetaburet", "plejeseng", "personlift",
    "toiletforhøjer", "høreapparat", "stomiposer", "inkontinensbleer", "gribetang",
    "nødkald", "kateter", "trappelift", "albuestokke", "ilt i hjemmet"};
const char* const kHosp[] = {
    "Regionshospitalet Randers", "Aarhus Universitetshospital", "Regionshospitalet Viborg",
    "Psykiatrisk Afdeling, Aarhus Universitetshospital", "Regionshospitalet Horsens",
    "Aalborg Universitetshospital", "Regionshospitalet Silkeborg", "Hospice Djursland"};
const char* const kDept[] = {
    "medicinsk afdeling", "ortopædkirurgisk afdeling", "neurologisk afdeling",
    "lungemedicinsk afdeling", "kardiologisk afdeling", "akutafdelingen",
    "psykiatrisk afdeling", "onkologisk afdeling", "geriatrisk afdeling"};
const char* const kSick[] = {
    "stress", "depression", "rygsmerter efter en diskusprolaps", "kræftbehandling",
    "en knæoperation", "hjernerystelse", "angst", "graviditetsgener", "senfølger efter covid-19",
    "migræne", "en blodprop", "udbrændthed", "alkoholproblemer"};

const char* const kCompanies[] = {
    "Djurs Rengøring ApS", "Grenaa Tømrer og Snedker ApS", "Kattegat VVS A/S",
    "Nordjysk Kontorservice ApS", "Mols Catering I/S", "Østjysk Hjælpemiddelservice A/S",
    "Fjordens Vikarservice ApS", "Bakkegårdens Tagdækning ApS", "Randers Kørselskontor A/S",
    "Havnens Maler og Glas ApS", "Djursland Busser A/S", "Lyngens IT-Support ApS"};
const char* const kSchools[] = {
    "Søndre Skole", "Vestre Skole", "Kolind Centralskole", "Auning Skole", "Rougsøskolen",
    "Toubroskolen", "Ørum Skole", "Allingåbro Skole", "Glesborg Skole", "Grenaa Lilleskole"};
const char* const kRemarks[] = {
    "ordblind", "ADHD – medicin på kontoret kl. 12", "allergi over for nødder",
    "diabetes, insulinpen i tasken", "", "", "", "taler ikke dansk hjemme",
    "specialundervisning 4 timer/uge", "epilepsi – se handleplan", "bor hos mor",
    "underretning sendt", "astma, inhalator i tasken", "fritaget for svømning"};
const char* const kRoles[] = {
    "forælder", "plejeforælder", "bedsteforælder", "kontaktperson", "sagsbehandler",
    "sundhedsplejerske", "klasselærer", "psykolog (PPR)", "bostøtte", "værge"};
const char* const kJobs[] = {
    "social- og sundhedsassistent, hjemmeplejen", "pædagog, Børnehuset Solsikken",
    "socialrådgiver, Jobcenter", "skolesekretær", "lønkonsulent", "vejmand, Park og Vej",
    "sygeplejerske, Akutteamet", "kok, Plejecenter Solbakken"};
const char* const kMarkings[] = {
    "FORTROLIGT", "Strengt fortroligt", "Må ikke videregives", "Kun til intern brug",
    "Personfølsomt", "FORTROLIGT – må ikke videregives"};

const char* const kMonths[] = {"januar", "februar", "marts", "april", "maj", "juni", "juli",
                               "august", "september", "oktober", "november", "december"};
const char* const kMonthsEn[] = {"January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"};

// --------------------------------------------------------------- numbers

std::string Pad(int v, int width) {
  std::string s = std::to_string(v);
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
  return s;
}

bool LeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int DaysIn(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && LeapYear(y) ? 29 : kDays[m - 1];
}

struct Date {
  int y, m, d;
};
Date RandomDate(Rng& r, int y0, int y1) {
  Date t;
  t.y = r.Between(y0, y1);
  t.m = r.Between(1, 12);
  t.d = r.Between(1, DaysIn(t.y, t.m));
  return t;
}

// A CPR number for the date: digit 7 fits the century; with `mod11` the
// number passes the modulus-11 check, without it it fails it; the last
// digit is odd for men, even for women.
std::string Cpr(Rng& r, const Date& b, bool female, bool mod11) {
  static const int kW[] = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
  std::array<int, 10> d{};
  d[0] = b.d / 10; d[1] = b.d % 10; d[2] = b.m / 10; d[3] = b.m % 10;
  d[4] = (b.y % 100) / 10; d[5] = b.y % 10;
  // Century digits: 1900-1936: 0-3; 1937-1999: 0-4, 9; 2000-2036: 4-9; 2037-2057: 5-8.
  std::vector<int> c7;
  if (b.y < 2000) {
    c7 = {0, 1, 2, 3};
    if (b.y >= 1937) { c7.push_back(4); c7.push_back(9); }
  } else {
    c7 = {5, 6, 7, 8};
    if (b.y <= 2036) { c7.push_back(4); c7.push_back(9); }
  }
  for (;;) {
    d[6] = c7[r.Below(static_cast<int>(c7.size()))];
    d[7] = r.Below(10);
    d[8] = r.Below(10);
    int s = 0;
    for (int i = 0; i < 9; ++i) s += d[i] * kW[i];
    if (mod11) {
      int c = (11 - s % 11) % 11;
      if (c == 10 || (c % 2 == 0) != female) continue;
      d[9] = c;
    } else {
      d[9] = r.Below(5) * 2 + (female ? 0 : 1);
      if ((s + d[9]) % 11 == 0) continue;
    }
    break;
  }
  std::string out;
  for (int i = 0; i < 10; ++i) out += static_cast<char>('0' + d[i]);
  return out;
}

// 10 digits "DDMMYYSSSS" in a written form: mostly DDMMYY-SSSS.
std::string CprForm(Rng& r, const std::string& digits) {
  const int f = r.Below(20);
  if (f < 15) return digits.substr(0, 6) + "-" + digits.substr(6);
  if (f < 18) return digits;
  return digits.substr(0, 6) + " " + digits.substr(6);
}

std::string Cvr(Rng& r) {
  static const int kW[] = {2, 7, 6, 5, 4, 3, 2, 1};
  for (;;) {
    std::string s;
    int sum = 0;
    for (int i = 0; i < 7; ++i) {
      int d = i == 0 ? r.Between(1, 4) : r.Below(10);
      s += static_cast<char>('0' + d);
      sum += d * kW[i];
    }
    int c = (11 - sum % 11) % 11;
    if (c == 10) continue;
    s += static_cast<char>('0' + c);
    if (s == "29189838") continue;  // the municipality's own, allowlisted
    return s;
  }
}

// Check digits of an IBAN: 98 - (BBAN + country + "00") mod 97.
std::string Iban(const std::string& country, const std::string& bban) {
  const std::string rearranged = bban + country + "00";
  int mod = 0;
  for (char ch : rearranged) {
    if (ch >= '0' && ch <= '9') {
      mod = (mod * 10 + (ch - '0')) % 97;
    } else {
      int v = ch - 'A' + 10;
      mod = (mod * 100 + v) % 97;
    }
  }
  return country + Pad(98 - mod, 2) + bban;
}

// Print form "DK50 0040 0440 1162 43" or the electronic form.
std::string IbanForm(Rng& r, const std::string& iban) {
  if (r.Chance(30)) return iban;
  std::string out;
  for (size_t i = 0; i < iban.size(); ++i) {
    if (i > 0 && i % 4 == 0) out += ' ';
    out += iban[i];
  }
  return out;
}

std::string Digits(Rng& r, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += r.Digit();
  return s;
}

std::string DanishIban(Rng& r) {
  return Iban("DK", Cat({Pad(r.Between(1000, 9899), 4), Digits(r, 10)}));
}

std::string ForeignIban(Rng& r) {
  switch (r.Below(5)) {
    case 0: return Iban("DE", Digits(r, 18));
    case 1: return Iban("NO", Digits(r, 11));
    case 2: return Iban("SE", Digits(r, 20));
    case 3: {
      std::string bank = "NWBK";
      return Iban("GB", bank + Digits(r, 14));
    }
    default: return Iban("PL", Digits(r, 24));
  }
}

std::string Luhn(Rng& r, const std::string& prefix, int length) {
  std::string s = prefix;
  while (static_cast<int>(s.size()) < length - 1) s += r.Digit();
  int sum = 0;
  // Double every second digit from the right, the check digit excluded.
  for (int i = static_cast<int>(s.size()) - 1, k = 0; i >= 0; --i, ++k) {
    int d = s[i] - '0';
    if (k % 2 == 0) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  s += static_cast<char>('0' + (10 - sum % 10) % 10);
  return s;
}

std::string Card(Rng& r) {
  std::string n;
  switch (r.Below(5)) {
    case 0: case 1: n = Luhn(r, "4571", 16); break;                       // Visa/Dankort
    case 2: n = Luhn(r, "5" + std::string(1, static_cast<char>('1' + r.Below(5))), 16); break;  // Mastercard
    case 3: n = Luhn(r, "5019", 16); break;                               // Dankort
    default: n = Luhn(r, r.Chance(50) ? "34" : "37", 15); break;          // Amex
  }
  const int f = r.Below(10);
  if (f < 2) return n;
  const char sep = f < 9 ? ' ' : '-';
  std::string out;
  if (n.size() == 15) {  // Amex 4-6-5
    return n.substr(0, 4) + sep + n.substr(4, 6) + sep + n.substr(10);
  }
  for (size_t i = 0; i < n.size(); ++i) {
    if (i > 0 && i % 4 == 0) out += sep;
    out += n[i];
  }
  return out;
}

// "12.345,67" or "980,00".
std::string AmountNumber(Rng& r) {
  int kr = r.Chance(60) ? r.Between(100, 9999) : r.Between(10000, 249999);
  std::string s = std::to_string(kr);
  std::string g;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && (s.size() - i) % 3 == 0) g += '.';
    g += s[i];
  }
  return g + "," + Pad(r.Chance(40) ? 0 : r.Below(100), 2);
}

std::string Amount(Rng& r) {
  std::string a = AmountNumber(r);
  switch (r.Below(4)) {
    case 0: return a + " kr.";
    case 1: return "kr. " + a.substr(0, a.size() - 3) + ",-";
    case 2: return "DKK " + a;
    default: return a;
  }
}

// Danish 8-digit numbers with real number-series prefixes (mobile and
// East Jutland landlines).
std::string PhoneDigits(Rng& r) {
  static const int kPrefix[] = {20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 40, 41, 42,
                                50, 51, 52, 53, 60, 61, 71, 81, 86, 87, 89, 91, 93};
  for (;;) {
    std::string s = Cat({std::to_string(kPrefix[r.Below(static_cast<int>(std::size(kPrefix)))]),
                         Digits(r, 6)});
    if (s != "89591000") return s;  // the switchboard, allowlisted
  }
}

std::string PhoneForm(Rng& r, const std::string& d) {
  const int f = r.Below(20);
  auto grouped = [&] {
    return d.substr(0, 2) + " " + d.substr(2, 2) + " " + d.substr(4, 2) + " " + d.substr(6, 2);
  };
  if (f < 10) return grouped();
  if (f < 15) return d;
  if (f < 18) return "+45 " + grouped();
  return d.substr(0, 4) + " " + d.substr(4);
}

// Bank account in its usual written forms (reg.nr. + kontonr.).
std::string Konto(Rng& r) {
  const std::string reg = Pad(r.Between(1000, 9899), 4);
  const std::string acct =
      r.Chance(50) ? "000" + Digits(r, 7) : Cat({std::to_string(r.Between(1, 9)), Digits(r, 9)});
  switch (r.Below(6)) {
    case 0: return "reg.nr. " + reg + " kontonr. " + acct;
    case 1: return "Reg.nr.: " + reg + ", Kontonr.: " + acct;
    case 2: return "reg. nr. " + reg + " konto " + acct;
    case 3: return "konto " + reg + "-" + acct;
    case 4: return reg + " konto " + acct;
    default: return "kontonummer " + reg + " " + acct;
  }
}

// ASCII form of a name part for e-mail addresses.
std::string Ascii(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || c == '-') out += static_cast<char>(c);
      continue;
    }
    std::string_view ch = s.substr(i, 2);
    ++i;
    if (ch == "æ" || ch == "Æ") out += "ae";
    else if (ch == "ø" || ch == "Ø") out += "oe";
    else if (ch == "å" || ch == "Å") out += "aa";
    else if (ch == "é") out += "e";
    else if (ch == "ü") out += "u";
  }
  return out;
}

// ---------------------------------------------------------------- people

enum class Age { kAdult, kElderly, kChild, kStaff };

struct Person {
  bool female = false;
  std::string first, middle, sur;
  Date birth{};
  std::string cpr;  // written form
  std::string street, town, phone, email, workmail;
};

// gender: 'f', 'm' or 0 (either).
Person MakePerson(Rng& r, Age age, char gender) {
  Person p;
  p.female = gender == 0 ? r.Chance(50) : gender == 'f';
  p.first = p.female ? Pick(r, kWomen) : Pick(r, kMen);
  const int m = r.Below(100);
  if (m < 20) {
    p.middle = p.female ? Pick(r, kWomen) : Pick(r, kMen);
    if (p.middle == p.first) p.middle.clear();
  } else if (m < 35) {
    p.middle = Pick(r, kMiddle);
  }
  p.sur = Pick(r, kSurnames);
  if (p.middle == p.sur) p.middle.clear();
  switch (age) {
    case Age::kAdult: p.birth = RandomDate(r, 1948, 2004); break;
    case Age::kElderly: p.birth = RandomDate(r, 1925, 1950); break;
    case Age::kChild: p.birth = RandomDate(r, 2008, 2020); break;
    case Age::kStaff: p.birth = RandomDate(r, 1960, 1999); break;
  }
  // Numbers issued since 2007 may lack modulus 11: a third of the
  // children's, and a few of the adults' (numbers given later in life).
  const bool mod11 = p.birth.y >= 2007 ? !r.Chance(35) : !r.Chance(5);
  p.cpr = CprForm(r, Cpr(r, p.birth, p.female, mod11));
  p.street = Cat({Pick(r, kStreets), " ", std::to_string(r.Between(1, 148))});
  if (r.Chance(12)) p.street += static_cast<char>('A' + r.Below(4));
  if (r.Chance(30)) p.street += Pick(r, kFloors);
  p.town = Pick(r, kTowns);
  p.phone = PhoneForm(r, PhoneDigits(r));
  const std::string f = Ascii(p.first), s = Ascii(p.sur);
  switch (r.Below(6)) {
    case 0: p.email = f + "." + s + "@" + Pick(r, kMailHosts); break;
    case 1: p.email = f + s + std::to_string(p.birth.y % 100) + "@" + Pick(r, kMailHosts); break;
    case 2: p.email = f + "_" + s.substr(0, 1) + "@" + Pick(r, kMailHosts); break;
    case 3: p.email = f + "." + Ascii(p.middle.empty() ? "k" : p.middle) + "." + s + "@" + Pick(r, kMailHosts); break;
    case 4: p.email = Cat({f.substr(0, 2), s.substr(0, 2), std::to_string(r.Between(1, 999)), "@", Pick(r, kMailHosts)}); break;
    default: p.email = f + std::to_string(p.birth.y) + "@" + Pick(r, kMailHosts); break;
  }
  if (r.Chance(60)) {
    p.workmail = f + "." + s + "@norddjurs.dk";
  } else {
    p.workmail = f.substr(0, 2) + s.substr(0, 2) + "@norddjurs.dk";
  }
  return p;
}

// ---------------------------------------------------------------- blocks

struct Block {
  const char* head;
  const char* row;  // nullptr: no rows
  int min_rows, max_rows;
  const char* tail;
  bool clean = false;  // no personal data at all
};

// Instructions that carry personal data themselves (templates).
const char* const kPersonalInstructions[] = {
    "Skriv et venligt brev til {name1}, {addr1} (CPR {cpr1}), om at ansøgningen om {aid} er "
    "bevilget på grund af {diag}. Brug materialet herunder:\n\n",
    "Help me reply to {name2} ({email2}, tel. {phone2}) about the application for a care home "
    "place for {name4}, who has {diag_en}. Background:\n\n",
    "Lav et kort resumé af sagen om {name5} (CPR {cpr5}) til mødet med {mr2} i morgen:\n\n",
    "Kan du omformulere mit notat om {name1}, født {bday1}, så det kan sendes til egen læge "
    "{name8}? {He1} er i behandling for {diag}.\n\n",
    "Ret sproget i denne sag. Borgeren er {name4}, {street4}, {town4}, CPR-nr. {cpr4}.\n\n",
    "Skriv en mail til {name7} ({workmail7}) om, at {name1} (tlf. {phone1}) er sygemeldt med "
    "{sick} og ikke kommer på kurset. Brug oplysningerne herunder:\n\n",
    "Write a summary for the team about {name3}, CPR {cpr3}, {addr3}; he was admitted to "
    "{hosp} with {diag_en}:\n\n",
    "Opret en huskeliste til hjemmebesøget hos {mr4}, {street4}, {town4} (tlf. {phone4}):\n\n"};

// Instruction lines without personal data (what the employee asks Copilot to do).
const char* const kInstructions[] = {
    "Kan du lave et kort resumé af nedenstående til teammødet i morgen? Punktform, tak.\n\n",
    "Please summarise the following case material in English for the steering group. Keep names out of the headings.\n\n",
    "Skriv et venligt svar på mailen herunder, og ret stavefejlene i tabellen.\n\n",
    "Lav en tabel med navn, CPR-nummer og kontaktoplysninger ud fra teksten herunder.\n\n",
    "Omskriv dette til et brev til borgeren i et let og venligt sprog:\n\n",
    "Tjek om beløbene herunder stemmer, og lav en oversigt pr. kreditor og pr. medarbejder.\n\n",
    "Can you turn these notes into a handover for the evening shift? Bullet points please.\n\n",
    "Find fejl og mangler i sagsnotaterne herunder før de journaliseres:\n\n",
    "Skriv en indstilling til visitationsudvalget på baggrund af følgende:\n\n",
    "Translate this into English for the interpreter and keep the layout:\n\n"};

// What employees write around the pasted material: context, questions,
// wishes for the answer. No personal data; now and then a date, an amount
// or a section number.
const char* const kContext[] = {
    "Baggrund: Sagen har været drøftet på to teammøder, og vi er enige om, at der mangler et "
    "samlet overblik. Lederen har bedt om en kort indstilling inden fredag, så den kan komme med "
    "på dagsordenen til næste uges møde i visitationsudvalget.\n\n",
    "Skriv det i et sprog, som borgeren kan forstå, uden forkortelser og uden paragraffer i "
    "brødteksten. Henvis gerne til servicelovens § 83 og § 85 til sidst, og nævn klagefristen "
    "på fire uger. Brevet må højst fylde én side.\n\n",
    "Context: we are preparing the quarterly report for the social committee. The numbers below "
    "come from three different systems and do not always agree, so please point out anything "
    "that looks inconsistent rather than correcting it silently.\n\n",
    "Bemærk: Budgettet for 2025 er reduceret med 2,4 mio. kr., og der er indført en midlertidig "
    "stillingsstop. Tidligere bevillinger skal derfor genvurderes ved næste opfølgning, men "
    "ingen borgere må stilles ringere uden en ny afgørelse.\n\n",
    "Jeg er ny i afdelingen og er i tvivl om, hvordan man skriver et godt sagsnotat. Giv mig "
    "gerne et par råd til, hvad der skal med, og hvad der ikke hører hjemme i et notat, med "
    "udgangspunkt i eksemplet herunder.\n\n",
    "Please keep the answer short: three bullet points for the decision, and a list of open "
    "questions we should ask before the meeting. The team reads it on their phones between "
    "visits, so no tables.\n\n",
    "Til orientering: Rådhuset holder lukket mellem jul og nytår, og borgerservice kan kun "
    "kontaktes via den digitale selvbetjening i den periode. Sager med frist i uge 52 skal "
    "derfor afsluttes senest den 20. december.\n\n",
    "Opgaven er en del af arbejdet med den nye sammenhængende borgerindsats. Vi vil gerne "
    "vide, om oplysningerne herunder kan bruges som eksempel i undervisningen af nye "
    "medarbejdere, eller om noget skal skrives om først.\n\n"};

const Block kBlocks[] = {
    // 0. Supplier and payroll lines: always CVR, bank account, IBAN, card
    // and a marking (placed among the first three blocks of a prompt).
    {"Kreditorliste – udbetalinger uge {week} ({marking})\n"
     "Kreditor;CVR;Konto;Beløb;Bilag\n",
     "{company};CVR {cvr};{konto};{amount};faktura {invno}\n", 1, 3,
     "Udlæg {name7}: {amount}, betalt med kort {card}, refunderes til IBAN {iban}.\n"
     "Løn {month}: {name1} (CPR {cpr1}) mangler i lønkørslen – udbetales manuelt til {konto}.\n\n"},
    // 1. Home care case note.
    {"Sagsnotat – hjemmepleje, {date}\n"
     "Borger: {name4}, CPR-nr. {cpr4}\n"
     "Adresse: {addr4}\n"
     "Tlf.: {phone4}\n"
     "Pårørende: {rel1} {name1}, tlf. {phone1}, e-mail {email1}\n\n"
     "Besøg kl. {time} ved {first7} (SSA). {He4} var mere forvirret end sidst og havde ikke taget "
     "sin medicin. {He4} har {diag} og {diag} og får {med} samt {med}. Indlagt på {hosp} "
     "{period} med {diag}. Hjælpemidler: {aid} og {aid}. Aftalt med egen læge, "
     "{name8}, at medicinen dosisdispenseres fra næste uge. {Rel1} ringer igen på {phone1} i morgen.\n"
     "Der er fortsat brug for hjælp til bad to gange om ugen og til indkøb. Køleskabet var næsten "
     "tomt, og der lå gamle madvarer. Borgeren vil gerne blive boende i eget hjem så længe som "
     "muligt, men har svært ved at overskue dagen. Vi foreslår, at visitationen vurderer behovet "
     "for et ekstra tilsynsbesøg om aftenen og en samtale om madservice.\n\n",
     nullptr, 0, 0, ""},
    // 2. Job centre follow-up, Danish and English mixed.
    {"Jobcenter Norddjurs – opfølgningssamtale {date}\n"
     "Citizen: {name1} (CPR {cpr1}), {addr1}\n"
     "Caseworker: {name7}, {workmail7}, direct line {phone7}\n\n"
     "{first1} has been on sick leave since {date_en} due to {diag_en}. {He_en1} started treatment at "
     "{hosp} and takes {med}. Vi aftalte en virksomhedspraktik hos {company}, CVR-nr. {cvr}, "
     "12 timer om ugen fra {date}. Sygedagpengene udbetales fortsat til NemKonto, {konto}. "
     "{He_en1} asked us to use {his_en1} private e-mail {email1} and mobile {phone1}. "
     "Next meeting: {date_en} at {time_en}, with {his_en1} contact person {name2}.\n"
     "Vurdering: borgeren er motiveret, men har svært ved at holde en fast mødetid. Praktikken "
     "skal derfor starte med korte dage og en fast kontaktperson på arbejdspladsen. We agreed to "
     "review the plan after four weeks and to involve the GP if the symptoms get worse.\n\n",
     nullptr, 0, 0, ""},
    // 3. Children and young people: notification of concern.
    {"Underretning – Børn og Unge, sagsnr. {sagsnr}\n"
     "Barn: {name5}, CPR {cpr5}, {klasse} på {school}\n"
     "Mor: {name2}, {addr2}, tlf. {phone2}, {email2}\n"
     "Far: {name3}, {addr3}, mobil {phone3}\n\n"
     "Skolen ved {name8} oplyser {date}, at {first5} flere gange er kommet i skole uden madpakke og "
     "har fortalt, at mor \"sover hele dagen\". Mor har tidligere været i behandling for {diag} og "
     "fik {med}. Far har {diag} og er i behandling på {hosp}. Søskende: {name6} (CPR {cpr6}) går i "
     "dagpleje hos {name9}, {street9}, {town9}. Sundhedsplejersken kontaktes på {phone8}.\n"
     "Skolen oplyser desuden, at fraværet er steget i løbet af efteråret, og at barnet ofte er "
     "træt og indesluttet i timerne. Klasselæreren har haft en samtale med barnet, som fortalte, "
     "at det selv laver aftensmad til sine søskende. Skolen har ikke talt med forældrene om "
     "underretningen endnu. Vi vurderer, at der skal foretages en børnefaglig undersøgelse, og at "
     "forældrene indkaldes til et møde inden for en uge.\n\n",
     nullptr, 0, 0, ""},
    // 4. Disability support decision (servicelovens § 85) with signature.
    {"Afgørelse om socialpædagogisk støtte efter servicelovens § 85\n"
     "Til: {name1}, {addr1}\n"
     "CPR-nr.: {cpr1}\n\n"
     "Du har søgt om støtte i eget hjem. Vi har lagt vægt på, at du har {diag} og {diag}, og at du "
     "efter din indlæggelse på {hosp} i {month} har brug for hjælp til struktur i hverdagen og til "
     "at tage din medicin ({med}). Du bevilges 4 timers støtte om ugen fra {date}. Din "
     "kontaktperson er {name7}, tlf. {phone7}.\n\n"
     "Støtten gives som hjælp til at skabe overblik over økonomi og post, til at komme ud og "
     "handle, og til at fastholde kontakten til behandlingssystemet. Indsatsen følges op efter "
     "seks måneder. Du kan klage over afgørelsen inden fire uger efter, at du har modtaget den. "
     "Klagen sendes til kommunen, der genvurderer sagen, før den sendes videre til Ankestyrelsen.\n\n"
     "Med venlig hilsen\n{name9}\nSocialrådgiver, Handicap og Psykiatri\nNorddjurs Kommune\n"
     "Direkte: {phone9} | {workmail9}\n\n",
     nullptr, 0, 0, ""},
    // 5. Pupil list pasted as a Markdown table.
    {"Elevliste {klasse} – {school}\n"
     "| Navn | CPR-nr. | Forælder | Telefon | Bemærkning |\n|---|---|---|---|---|\n",
     "| {name5} | {cpr5} | {name2} | {phone2} | {remark} |\n", 2, 5,
     "\nHusk at forældre til elever med medicin skal udfylde en ny samtykkeerklæring inden "
     "skoleårets start, og at listen ikke må sendes rundt på mail.\n\n"},
    // 6. Pupil or citizen list pasted from a spreadsheet (tabs).
    {"Navn\tCPR\tAdresse\tE-mail\n",
     "{name1}\t{cpr1}\t{addr1}\t{email1}\n", 2, 4,
     "(udtræk fra fagsystemet; samtykke til deling med skolen mangler for nogle af dem)\n\n"},
    // 7. E-mail from a relative with signature.
    {"From: {name2} <{email2}>\n"
     "Sent: {date_en} {time_en}\n"
     "To: {name7} <{workmail7}>\n"
     "Subject: RE: {name4}\n\n"
     "Hej {first7}\n\n"
     "Tak for snakken i går. Som lovet sender jeg oplysningerne om {parent4}, {name4} (CPR {cpr4}). "
     "{He4} bor stadig på {addr4}, men efter {diag} kan {he4} ikke klare trapperne, og {he4} har "
     "fået {aid}. Egen læge har sat {him4} i {med}. Kan I se på en plejebolig? Jeg kan fanges på "
     "{phone2} efter kl. 16.\n\n"
     "Jeg ved godt, at der er lang ventetid, men vi er bekymrede for, hvordan det skal gå "
     "hen over vinteren. Min bror bor i Norge og kan ikke hjælpe til i hverdagen, og jeg arbejder "
     "selv på fuld tid. Hvis det er nødvendigt, kan jeg tage fri til et møde, bare jeg får besked "
     "et par dage før. Skal vi udfylde en ansøgning, eller er det noget, I sætter i gang?\n\n"
     "Venlig hilsen\n{name2}\n{addr2}\nMobil: {phone2}\n\n",
     nullptr, 0, 0, ""},
    // 8. HR sick-leave note.
    {"Personfølsomt – HR\nSygefraværssamtale {date}\n"
     "Medarbejder: {name1}, medarbejdernr. {empno}, {job}\n"
     "Privat: {addr1}, tlf. {phone1}, {email1}\n\n"
     "{first1} har været sygemeldt siden {date} med {sick}. Ifølge lægeerklæringen fra {date} er "
     "{he1} i behandling for {diag} og får {med}. Forventet delvis raskmelding {date}: 15 timer "
     "om ugen. Løn under sygdom udbetales til {konto}. Refusion søges hos Jobcenteret.\n"
     "Deltagere: {name7} (leder), {name8} (tillidsrepræsentant), {name9} (HR, {workmail9}).\n"
     "Aftaler: medarbejderen starter med korte vagter uden aftenarbejde og tager ikke telefonen "
     "i den første måned. Lederen tager kontakt hver fjortende dag. Der holdes en ny samtale "
     "senest fire uger efter delvis raskmelding.\n\n",
     nullptr, 0, 0, ""},
    // 9. Discharge summary with medicine list.
    {"Epikrise (kopi til kommunen) – FORTROLIGT\n"
     "Patient: {name4}, CPR {cpr4}, {addr4}\n"
     "Indlagt {period} på {hosp}, {dept}.\n"
     "Diagnoser: {diag}; {diag}; {diag}.\n"
     "Forløb: Patienten blev indbragt af ambulance efter fald i hjemmet og var ved ankomsten "
     "dehydreret og uklar. Tilstanden bedredes efter væske og justering af medicinen. "
     "Mobiliseret med fysioterapeut; kan gå korte strækninger med støtte. Patienten er informeret "
     "om forløbet og er indforstået med planen.\n"
     "Medicin ved udskrivelse:\n",
     "- {med}\n", 3, 6,
     "Hjælpemidler: {aid}, {aid}. Genoptræningsplan sendt til {name7}, hjemmeplejen, tlf. {phone7}. "
     "Egen læge: {name8}, {street8}, {town8}.\n\n"},
    // 10. Visitation summary in English.
    {"Case summary for the home care visitation meeting ({date_en}):\n"
     "{name4} ({age4}), {addr4}, lives alone. Diagnosed with {diag_en} in {year}; since the "
     "admission to {hosp} with {diag_en}, {he_en4} needs help with personal hygiene twice a day. "
     "Medication: {med}. {His_en4} {child_en1} {name1} ({phone1}, {email1}) holds power of attorney. "
     "GP: {name8}. Born {bday4}, CPR {cpr4}. Aids: {aid}, {aid}.\n"
     "The home care team reports that the evening visits often run late because of the "
     "distance to the next citizen, and that the current plan does not leave time for "
     "rehabilitation. We recommend a reassessment in three months, a trial of a reminder app for "
     "meals, and that the team leader looks at the route planning for the district.\n\n",
     nullptr, 0, 0, ""},
    // 11. Contact list for a network meeting.
    {"Kontaktoplysninger – netværksmøde {date} om {name5} ({cpr5})\n",
     "{name1}, {role}, {addr1}, tlf. {phone1}, {email1}\n", 2, 4,
     "Formålet med mødet er at samle netværket om en fælles plan for skolegang, fritid og "
     "samvær. Alle deltagere bedes forberede to-tre punkter om, hvad der går godt, og hvad der "
     "bekymrer dem. Mødet holdes på rådhuset, mødelokale 2, og varer halvanden time.\n\n"},
    // 12. Finance e-mail in English with IBAN and card.
    {"Dear {first2},\n\n"
     "Please refund the deposit of {amount} to the following account: IBAN {ibanx}, account "
     "holder {name2}, {addr2}. The conference fee was paid with card {card} (exp. 09/27). "
     "Our supplier {company} (CVR {cvr}) will invoice the rest.\n\n"
     "Sorry for the delay: the refund had to be approved by two people, and the payment run only "
     "takes place on Thursdays. If you have not received the money within five working days, "
     "please reply to this e-mail and we will look into it.\n\n"
     "Kind regards\n{name7}\nFinance, Norddjurs Kommune\n{workmail7} | tel. {phone7}\n\n",
     nullptr, 0, 0, ""},
    // 13. Substance abuse centre journal note.
    {"Journalnotat – Rusmiddelcentret, {date}\n"
     "{name1} ({cpr1}), {addr1}, mødte op til samtale med {name7}. {He1} har haft {abuse} i flere "
     "år og er nu i behandling med {abusemed}. {He1} bor sammen med {name2}, der har "
     "{diag}. Hjemmebesøg aftalt {date} kl. {time}; {first1} vil hellere sms'es på {phone1}.\n"
     "Samtalen handlede om, hvad der skal til for at holde fast i behandlingen i sommerferien, "
     "hvor de faste aftaler plejer at skride. Vi talte om at lave en plan for de svære dage, og om "
     "hvem i netværket der kan ringes til. Næste samtale er om to uger; hvis der er udeblivelse, "
     "ringer behandleren samme dag.\n\n",
     nullptr, 0, 0, ""},
    // 14. Minutes of a team meeting: mostly prose.
    {"Referat af teammøde i Myndighed, {date}\n"
     "Til stede: {name7}, {name8} og {name9}. Afbud: {first1}.\n\n"
     "1. Ventelister. Der er 14 borgere på venteliste til afklaring, heraf fire med høj prioritet. "
     "Vi fordeler dem efter sagstyngde, og ingen tager nye sager, før de gamle er journaliseret.\n"
     "2. Den nye vejledning om magtanvendelse gennemgås på næste møde; alle læser den inden.\n"
     "3. Sag vedr. {name1} ({cpr1}): {he1} har fået {diag}, og sagen overgår til {first8}.\n"
     "4. Eventuelt: kaffeordningen fortsætter, og julefrokosten holdes den 6. december.\n\n",
     nullptr, 0, 0, ""},
    // 15. A pasted guideline: no personal data at all.
    {"Retningslinjer for journalisering (uddrag)\n"
     "Alle oplysninger, der har betydning for en afgørelse, skal journaliseres hurtigst muligt og "
     "senest inden for fem arbejdsdage. Notater skrives sagligt og uden vurderinger, der ikke "
     "kan begrundes. Oplysninger om helbred, misbrug og strafbare forhold er følsomme og må kun "
     "deles med dem, der har brug for dem i sagen. Mails med følsomme oplysninger sendes altid "
     "med sikker post. Når en sag afsluttes, gennemgås den for dubletter og kladder, og "
     "sagsbehandleren sikrer, at alle dokumenter har den rigtige titel og det rigtige emnenummer "
     "efter KL's emnesystematik.\n\n",
     nullptr, 0, 0, "", true},
    // 16. A pasted service standard: no personal data.
    {"Kvalitetsstandard for personlig pleje (uddrag)\n"
     "Formålet med indsatsen er, at borgeren så vidt muligt kan klare sig selv i eget hjem. "
     "Hjælpen tilrettelægges ud fra en konkret og individuel vurdering og gives som hjælp til "
     "selvhjælp. Borgeren skal medvirke efter evne. Hjælpen kan omfatte bad, af- og påklædning, "
     "hårvask, barbering, mundpleje og hjælp til toiletbesøg. Hjælpen omfatter ikke fodpleje ud "
     "over almindelig negleklipning. Ved ændringer i behovet skal hjemmeplejen give besked til "
     "visitationen, der tager stilling til, om der skal ske en revisitering. Hjælpen leveres "
     "mellem kl. 7 og 23; i særlige tilfælde kan der gives hjælp om natten.\n\n",
     nullptr, 0, 0, "", true},
    // 17. A colleague's e-mail in English with a signature.
    {"Hi all,\n\n"
     "Quick reminder that the new case management system goes live on {date_en}. Please finish "
     "your drafts before Friday and do not start new documents in the old system after that. "
     "Training sessions are held in the town hall every morning next week; sign up with me.\n\n"
     "Best regards\n{name7}\nDigitalisering og IT\nNorddjurs Kommune\nMobile {phone7}\n"
     "{workmail7}\n\n",
     nullptr, 0, 0, ""},
};
constexpr int kNumBlocks = static_cast<int>(std::size(kBlocks));

class Expander {
 public:
  explicit Expander(Rng& r) : r_(r) {}

  // Forget people 1-6 (new people for each row).
  void NewRow() {
    for (int i = 1; i <= 6; ++i) made_[i] = false;
  }

  void Expand(std::string_view t, std::string* out) {
    size_t i = 0;
    while (i < t.size()) {
      if (t[i] != '{') {
        size_t j = t.find('{', i);
        if (j == std::string_view::npos) j = t.size();
        out->append(t.substr(i, j - i));
        i = j;
        continue;
      }
      size_t close = t.find('}', i);
      Field(t.substr(i + 1, close - i - 1), out);
      i = close + 1;
    }
  }

 private:
  Person& P(int n) {
    if (!made_[n]) {
      Age age = n <= 3 ? Age::kAdult : n == 4 ? Age::kElderly : n <= 6 ? Age::kChild : Age::kStaff;
      // Person 2 is a woman ("Mor"), person 3 a man ("Far").
      people_[n] = MakePerson(r_, age, n == 2 ? 'f' : n == 3 ? 'm' : 0);
      made_[n] = true;
    }
    return people_[n];
  }

  std::string DateDa() {
    Date d = RandomDate(r_, 2023, 2025);
    if (r_.Chance(60)) return Pad(d.d, 2) + "." + Pad(d.m, 2) + "." + std::to_string(d.y);
    return std::to_string(d.d) + ". " + kMonths[d.m - 1] + " " + std::to_string(d.y);
  }

  void Field(std::string_view key, std::string* out) {
    // People: name + digit.
    const char last = key.empty() ? ' ' : key.back();
    if (last >= '1' && last <= '9') {
      Person& p = P(last - '0');
      std::string_view f = key.substr(0, key.size() - 1);
      if (f == "name") {
        *out += p.first;
        if (!p.middle.empty()) *out += " " + p.middle;
        *out += " " + p.sur;
      } else if (f == "first") { *out += p.first;
      } else if (f == "sur") { *out += p.sur;
      } else if (f == "mr") { *out += (p.female ? "fru " : "hr. ") + p.sur;
      } else if (f == "cpr") { *out += p.cpr;
      } else if (f == "addr") { *out += p.street + ", " + p.town;
      } else if (f == "street") { *out += p.street;
      } else if (f == "town") { *out += p.town;
      } else if (f == "phone") { *out += p.phone;
      } else if (f == "email") { *out += p.email;
      } else if (f == "workmail") { *out += p.workmail;
      } else if (f == "bday") {
        *out += Pad(p.birth.d, 2) + "." + Pad(p.birth.m, 2) + "." + std::to_string(p.birth.y);
      } else if (f == "age") { *out += std::to_string(2025 - p.birth.y);
      } else if (f == "he") { *out += p.female ? "hun" : "han";
      } else if (f == "He") { *out += p.female ? "Hun" : "Han";
      } else if (f == "his") { *out += p.female ? "hendes" : "hans";
      } else if (f == "he_en") { *out += p.female ? "she" : "he";
      } else if (f == "He_en") { *out += p.female ? "She" : "He";
      } else if (f == "his_en") { *out += p.female ? "her" : "his";
      } else if (f == "His_en") { *out += p.female ? "Her" : "His";
      } else if (f == "him") { *out += p.female ? "hende" : "ham";
      } else if (f == "rel") { *out += p.female ? "datter" : "søn";
      } else if (f == "Rel") { *out += p.female ? "Datteren" : "Sønnen";
      } else if (f == "child_en") { *out += p.female ? "daughter" : "son";
      } else if (f == "parent") { *out += p.female ? "min mor" : "min far";
      } else { *out += "{?}"; }
      return;
    }
    if (key == "diag") { *out += Pick(r_, kDiag);
    } else if (key == "diag_en") { *out += Pick(r_, kDiagEn);
    } else if (key == "med") { *out += Pick(r_, kMed);
    } else if (key == "abuse") { *out += Pick(r_, kAbuse);
    } else if (key == "abusemed") { *out += Pick(r_, kAbuseMed);
    } else if (key == "aid") { *out += Pick(r_, kAid);
    } else if (key == "hosp") { *out += Pick(r_, kHosp);
    } else if (key == "dept") { *out += Pick(r_, kDept);
    } else if (key == "sick") { *out += Pick(r_, kSick);
    } else if (key == "cvr") { *out += Cvr(r_);
    } else if (key == "iban") { *out += IbanForm(r_, DanishIban(r_));
    } else if (key == "ibanx") { *out += IbanForm(r_, r_.Chance(50) ? DanishIban(r_) : ForeignIban(r_));
    } else if (key == "konto") { *out += Konto(r_);
    } else if (key == "card") { *out += Card(r_);
    } else if (key == "amount") { *out += Amount(r_);
    } else if (key == "company") { *out += Pick(r_, kCompanies);
    } else if (key == "invno") { *out += std::to_string(r_.Between(10000, 999999));
    } else if (key == "date") { *out += DateDa();
    } else if (key == "period") {  // admitted - discharged
      Date a = RandomDate(r_, 2023, 2025);
      Date b = a;
      for (int n = r_.Between(1, 20); n > 0; --n) {
        if (++b.d > DaysIn(b.y, b.m)) {
          b.d = 1;
          if (++b.m > 12) { b.m = 1; ++b.y; }
        }
      }
      *out += Pad(a.d, 2) + "." + Pad(a.m, 2) + "." + std::to_string(a.y) + "–" + Pad(b.d, 2) + "." +
              Pad(b.m, 2) + "." + std::to_string(b.y);
    } else if (key == "isodate") {
      Date d = RandomDate(r_, 2023, 2025);
      *out += std::to_string(d.y) + "-" + Pad(d.m, 2) + "-" + Pad(d.d, 2);
    } else if (key == "date_en") {
      Date d = RandomDate(r_, 2023, 2025);
      *out += std::to_string(d.d) + " " + kMonthsEn[d.m - 1] + " " + std::to_string(d.y);
    } else if (key == "time") { *out += Cat({Pad(r_.Between(7, 16), 2), ".", Pad(r_.Below(4) * 15, 2)});
    } else if (key == "time_en") { *out += Cat({std::to_string(r_.Between(8, 16)), ":", Pad(r_.Below(4) * 15, 2)});
    } else if (key == "month") { *out += kMonths[r_.Below(12)];
    } else if (key == "year") { *out += std::to_string(r_.Between(2005, 2024));
    } else if (key == "week") { *out += std::to_string(r_.Between(1, 52));
    } else if (key == "sagsnr") {
      *out += Cat({"27.12.04-P20-", std::to_string(r_.Between(1, 9)), "-", std::to_string(r_.Between(23, 25))});
    } else if (key == "klasse") {
      *out += Cat({std::to_string(r_.Between(0, 9)), ".", std::string(1, static_cast<char>('a' + r_.Below(4)))});
    } else if (key == "school") { *out += Pick(r_, kSchools);
    } else if (key == "marking") { *out += Pick(r_, kMarkings);
    } else if (key == "remark") { *out += Pick(r_, kRemarks);
    } else if (key == "role") { *out += Pick(r_, kRoles);
    } else if (key == "job") { *out += Pick(r_, kJobs);
    } else if (key == "empno") { *out += std::to_string(r_.Between(10000, 99999));
    } else { *out += "{?}"; }
  }

  Rng& r_;
  Person people_[10];
  bool made_[10] = {};
};

void AppendBlock(Rng& r, const Block& b, std::string* out) {
  Expander x(r);
  x.Expand(b.head, out);
  if (b.row != nullptr) {
    const int rows = r.Between(b.min_rows, b.max_rows);
    for (int i = 0; i < rows; ++i) {
      x.NewRow();
      x.Expand(b.row, out);
    }
  }
  x.Expand(b.tail, out);
}

// An instruction (now and then under a marking; more often than not naming
// a person) and every block once, in a shuffled order: a block about people
// first, the supplier lines (block 0) among the first three, and the
// employee's own context between blocks now and then.
void AppendPrompt(Rng& r, std::string* out) {
  if (r.Chance(40)) {
    *out += Pick(r, kMarkings);
    *out += "\n";
  }
  if (r.Chance(60)) {
    Expander x(r);
    x.Expand(Pick(r, kPersonalInstructions), out);
  } else {
    *out += Pick(r, kInstructions);
  }
  int order[kNumBlocks];
  for (int i = 0; i < kNumBlocks; ++i) order[i] = i;
  for (int i = kNumBlocks - 1; i > 0; --i) std::swap(order[i], order[r.Below(i + 1)]);
  // The pasted material starts with a block about people, not a guideline.
  for (int i = kNumBlocks - 1; kBlocks[order[0]].clean; --i) std::swap(order[0], order[i]);
  for (int i = 0; i < kNumBlocks; ++i) {
    if (order[i] == 0) std::swap(order[i], order[r.Below(3)]);
  }
  for (int i = 0; i < kNumBlocks; ++i) {
    AppendBlock(r, kBlocks[order[i]], out);
    if (r.Chance(80)) *out += Pick(r, kContext);
  }
}

// Cut to at most `bytes` bytes at a UTF-8 character boundary.
void Cut(std::string* s, size_t bytes) {
  if (s->size() <= bytes) return;
  size_t cut = bytes;
  while (cut > 0 && (static_cast<unsigned char>((*s)[cut]) & 0xC0) == 0x80) --cut;
  s->resize(cut);
}

// ------------------------------------------------------------ numbers only

std::string NumberCell(Rng& r, int kind) {
  switch (kind) {
    case 0: {  // date
      Date d = RandomDate(r, 1990, 2026);
      return Pad(d.d, 2) + "." + Pad(d.m, 2) + "." + std::to_string(d.y);
    }
    case 1: {
      Date d = RandomDate(r, 1990, 2026);
      return std::to_string(d.y) + "-" + Pad(d.m, 2) + "-" + Pad(d.d, 2);
    }
    case 2: return AmountNumber(r);
    case 3: return std::to_string(r.Between(0, 2000));
    case 4: return Cat({std::to_string(r.Between(0, 99)), ",", std::to_string(r.Below(10)), " %"});
    case 5: {  // CPR-like: a real one, a date-valid one failing mod 11, or no date
      Date b = RandomDate(r, 1930, 2020);
      const int v = r.Below(3);
      if (v < 2) return CprForm(r, Cpr(r, b, r.Chance(50), v == 0));
      return Cat({Pad(r.Between(32, 99), 2), Pad(r.Between(1, 12), 2), Pad(r.Below(100), 2), "-", Digits(r, 4)});
    }
    case 6: return PhoneForm(r, PhoneDigits(r));  // phone-like
    case 7: return Cat({Pad(r.Between(1000, 9899), 4), r.Chance(50) ? "-" : " ", Digits(r, 10)});  // account-like
    case 8: return r.Chance(50) ? Cvr(r) : std::to_string(r.Between(10000000, 99999999));  // CVR-like
    case 9: {  // card-like: valid, or 16 random digits
      if (r.Chance(50)) return Card(r);
      std::string s = Digits(r, 16);
      return s.substr(0, 4) + " " + s.substr(4, 4) + " " + s.substr(8, 4) + " " + s.substr(12);
    }
    case 10: return Cat({Pad(r.Between(6, 22), 2), ":", Pad(r.Below(60), 2)});
    case 11: return std::to_string(r.Between(1000, 9990));  // postcode-like
    case 12: return Cat({std::to_string(r.Between(0, 99)), ".", Pad(r.Below(100), 2), ".", Pad(r.Below(100), 2)});  // KLE-like
    case 13: return Cat({std::to_string(r.Between(0, 999)), ",", Digits(r, r.Between(1, 5))});  // decimal
    default: return std::to_string(r.Between(1990, 2026));
  }
}
constexpr int kNumberKinds = 15;

void AppendNumberTable(Rng& r, std::string* out) {
  static const char* const kSeps[] = {";", "\t", " | ", "  ", ","};
  const char* sep = kSeps[r.Below(5)];
  const int cols = r.Between(3, 8);
  int kinds[8];
  for (int c = 0; c < cols; ++c) kinds[c] = r.Below(kNumberKinds);
  const int rows = r.Between(8, 40);
  for (int i = 0; i < rows; ++i) {
    for (int c = 0; c < cols; ++c) {
      if (c > 0) *out += sep;
      // A comma-separated table quotes cells with commas, as a CSV export does.
      std::string cell = NumberCell(r, kinds[c]);
      if (sep[0] == ',' && cell.find(',') != std::string::npos) cell = "\"" + cell + "\"";
      *out += cell;
    }
    *out += '\n';
  }
  *out += '\n';
}

// ------------------------------------------------------------ people lists

void AppendPeopleList(Rng& r, std::string* out) {
  Expander x(r);
  *out += "Klasse ";
  x.Expand("{klasse} – {school}\n", out);
  static const char* const kRows[] = {
      "{name5}, {cpr5}\n", "{name5} {cpr5}\n", "{name5}\t{cpr5}\n",
      "{name5} (CPR {cpr5}), forælder {name2}, tlf. {phone2}\n", "{cpr5} {name5}\n",
      "{name1}, {cpr1}\n"};
  const int rows = r.Between(15, 30);
  for (int i = 0; i < rows; ++i) {
    x.NewRow();
    x.Expand(kRows[r.Below(static_cast<int>(std::size(kRows)))], out);
  }
  *out += '\n';
}

template <typename F>
std::string Fill(uint64_t seed, size_t bytes, F append) {
  Rng r(seed);
  std::string out;
  out.reserve(bytes + 16384);
  while (out.size() < bytes) append(r, &out);
  Cut(&out, bytes);
  return out;
}

}  // namespace

std::string DensePrompt(uint64_t seed, size_t target_bytes) {
  Rng r(seed ^ 0xD5A61266F0C9392Cull);
  std::string out;
  out.reserve(target_bytes + 16384);
  AppendPrompt(r, &out);
  // Longer than one composition: go on with the next, as a long paste does.
  while (out.size() < target_bytes) AppendPrompt(r, &out);
  Cut(&out, target_bytes);
  return out;
}

std::string DenseText(size_t bytes, uint64_t seed) {
  return Fill(seed ^ 0x3C6EF372FE94F82Bull, bytes, [](Rng& r, std::string* out) {
    AppendPrompt(r, out);
    *out += "\n";
  });
}

std::string NumbersText(size_t bytes, uint64_t seed) {
  return Fill(seed ^ 0xA54FF53A5F1D36F1ull, bytes, AppendNumberTable);
}

std::string PeopleText(size_t bytes, uint64_t seed) {
  return Fill(seed ^ 0x510E527FADE682D1ull, bytes, AppendPeopleList);
}

std::string JsonLine(std::string_view id, std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 16 + id.size() + 32);
  auto escape = [&out](std::string_view s) {
    static const char kHex[] = "0123456789abcdef";
    for (char c : s) {
      const unsigned char u = static_cast<unsigned char>(c);
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        default:
          if (u < 0x20) {
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 15];
          } else {
            out += c;
          }
      }
    }
  };
  out += "{\"id\":\"";
  escape(id);
  out += "\",\"text\":\"";
  escape(text);
  out += "\"}\n";
  return out;
}

}  // namespace privacy_guard::bench
