// address: Danish postal addresses.
//
// An address is a street name followed by a house number (1–999, optional
// letter: "12", "3A"), optionally floor and door ("st.", "st. th.", "1. tv",
// "2.th", "3. mf", "4. 12"), optionally a postcode and town ("8500 Grenaa").
// The whole span is reported. Post-box forms ("Postboks 123, 8500 Grenaa")
// count too. A street name without a house number is not an address; a
// postcode and town alone are not an address.
//
// The street is the 1–4 words before the number that either
//   * form a street name from the street list ("Torvet", "10. Februar Vej"), or
//   * end like a Danish street: a compound ("Skovvej", "Kirkestræde") or a
//     separate ending word ("Hans Tausens Gade") from street_endings.
// Case: capitalised streets always; all-lower-case ones ("lillegade 14") only
// with an ending or a list match of 6+ letters.
//
// Confidence: high when a postcode that fits the town follows, or the street
// has a street ending; medium for a list-only street without postcode.
// A postcode must be a real one and fit the town when a town is given;
// otherwise the span stops before it.
// Not addresses: a number followed by a month ("Kærvang 1. december"), units
// ("Skovvej 5 km"), or words that merely precede numbers ("Kapitel 12").
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>

#include "engine/detector.h"
#include "engine/lexicon.h"
#include "privacy_guard/rules/address.h"
#include "privacy_guard/rules/vocabulary.h"

namespace privacy_guard {

namespace rules::address {

const Definition& Rules() {
  static const Definition d = [] {
    Definition r;
    r.separate_endings = {"vej",    "gade", "allé", "alle", "plads", "stræde", "boulevard", "torv",
                          "vænge",  "park", "have", "vang", "bakke", "sti",    "kaj",       "passage"};
    r.min_stem = 3;
    r.max_house_number = 999;
    r.blocked = {
        "kapitel", "bilag", "lokale", "uge", "trin", "side", "punkt", "afsnit", "stk", "nr",
        "år", "version", "klasse", "bus", "rute", "linje", "etage", "dag", "kl", "lov",
        "paragraf", "fase", "runde", "hold", "gruppe", "team", "bord", "sal", "rum", "figur",
        "tabel", "note", "sag", "sager", "mødelokale", "spørgsmål", "opgave", "modul", "niveau",
        "kontor", "bygning", "hus", "port", "spor", "perron", "kanal", "top", "mindst", "højst",
        "over", "under", "ca", "cirka", "alle", "vej", "gade", "plads", "ukendt", "ubekendt",
        "adresse", "postboks", "januar", "den", "og", "eller", "til", "fra", "på", "i", "kære",
        "sektion", "del", "blok", "lejlighed", "værelse", "stue", "plan", "område", "zone"};
    r.months = {"januar", "februar", "marts", "april", "maj", "juni", "juli",
                "august", "september", "oktober", "november", "december",
                "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                "okt", "nov", "dec"};
    r.weekdays = vocabulary::Weekdays();
    r.units = {"km", "m", "meter", "kr", "kroner", "gange", "timer", "minutter",
               "procent", "pct", "år", "dage", "uger", "stk", "personer",
               "borgere", "elever", "kg", "mio", "mia", "point", "sider"};
    r.floors = {"st", "kl", "kld", "stuen", "sal"};
    r.doors = {"tv", "th", "mf"};
    r.street_prefixes = {"ved", "store", "lille", "nørre", "søndre", "vester", "øster", "gamle",
                         "nye", "over", "neder", "øvre", "nedre", "den", "det"};
    r.post_boxes = {"postboks", "boks", "pb", "postbox"};
    r.institution_heads = {
        "hospital", "hospitalet", "sygehus", "sygehuset", "afdeling", "afdelingen", "center",
        "centret", "centeret", "centre", "centrum", "skole", "skolen", "gymnasium", "gymnasiet",
        "bibliotek", "biblioteket", "library", "rådhus", "rådhuset", "plejehjem", "plejehjemmet",
        "børnehave", "børnehaven", "vuggestue", "vuggestuen", "dagtilbud", "klinik", "klinikken",
        "clinic", "kirke", "kirken", "museum", "museet", "hallen", "station", "stationen",
        "sundhedshus", "sundhedshuset", "kulturhus", "kulturhuset", "kommune", "region",
        "borgerservice", "politi", "politistation", "universitet", "universitetet", "university",
        "school", "hospice", "institution", "institutionen", "depot", "depotet", "værksted",
        "værkstedet", "bosted", "bostedet", "botilbud", "botilbuddet", "genbrugsplads",
        "genbrugspladsen", "svømmehal", "idrætshal", "sportshal", "stadion", "stadionet",
        "forvaltning", "forvaltningen"};
    r.institution_links = {"på", "i", "ligger", "holder", "til", "har", "adresse", "adressen",
                           "is", "at", "located", "on"};
    return r;
  }();
  return d;
}

bool HasStreetEnding(std::string_view folded, const std::vector<std::string>& endings,
                     size_t min_stem) {
  for (const std::string& e : endings) {
    if (folded.size() >= e.size() + min_stem &&
        folded.compare(folded.size() - e.size(), e.size(), e) == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace rules::address

namespace {

struct StreetInfo {
  bool street = false;       // a complete street name (folded, single spaces)
  bool ending_word = false;  // "vej", "gade" as a separate word
  bool blocked = false;      // never a street alone ("kapitel", "bilag")
  bool month = false;
  bool weekday = false;
  bool unit = false;         // km, m, kr, gange, ...
  bool floor = false;        // st, kl, kld
  bool door = false;         // tv, th, mf
  bool postbox = false;      // postboks, boks, pb
};

class AddressDetector : public Detector {
 public:
  explicit AddressDetector(const DataSets& data) {
    std::string f;
    // The street names (about 53,000 with the full lists) are folded into
    // one batch and loaded with UpsertAll.
    KeyBatch keys;
    size_t bytes = 0;
    for (const std::string& s : data.street_names) bytes += s.size();
    keys.Reserve(data.street_names.size(), bytes + bytes / 8);
    for (const std::string& s : data.street_names) {
      f.clear();
      AppendFolded(s, &f);
      // Normalise separators to single spaces (the tokens are re-joined so).
      std::string& key = keys.bytes();
      const size_t start = key.size();
      bool sep = false;
      for (char c : f) {
        const unsigned char u = static_cast<unsigned char>(c);
        const bool word = u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') ||
                          (u >= 'A' && u <= 'Z');
        if (word) {
          if (sep && key.size() > start) key.push_back(' ');
          key.push_back(c);
          sep = false;
        } else {
          sep = true;
        }
      }
      keys.End();
    }
    lex_.Reserve(keys.size() + 256, bytes + bytes / 8);
    lex_.UpsertAll(keys, [](size_t, StreetInfo& i) { i.street = true; });
    for (const std::string& e : data.street_endings) {
      f.clear();
      AppendFolded(e, &f);
      if (!f.empty()) endings_.push_back(f);
    }
    std::sort(endings_.begin(), endings_.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    const rules::address::Definition& r = rules::address::Rules();
    for (const std::string& w : r.separate_endings) lex_.Upsert(w).ending_word = true;
    for (const std::string& w : r.blocked) lex_.Upsert(w).blocked = true;
    for (const std::string& w : r.months) lex_.Upsert(w).month = true;
    for (const std::string& w : r.weekdays) lex_.Upsert(w).weekday = true;
    for (const std::string& w : r.units) lex_.Upsert(w).unit = true;
    for (const std::string& w : r.floors) lex_.Upsert(w).floor = true;
    for (const std::string& w : r.doors) lex_.Upsert(w).door = true;
    for (const std::string& w : r.post_boxes) lex_.Upsert(w).postbox = true;
    for (const std::string& line : data.postcodes) {
      size_t tab = line.find('\t');
      if (tab != 4) continue;
      int code = std::atoi(line.substr(0, 4).c_str());
      f.clear();
      AppendFolded(line.substr(tab + 1), &f);
      towns_[code] = f;
    }
  }

  Category category() const override { return Category::kAddress; }
  bool uses_tokens() const override { return true; }

  void Scan(const ScanContext& ctx, std::vector<Candidate>* out) const override {
    const Tokens& tk = ctx.tokens();
    const std::string_view text = ctx.text();
    size_t resume = 0;
    for (const uint32_t dj : tk.with_digit()) {
      const size_t j = dj;
      if (j < 1 || j < resume) continue;
      if (!HouseNumber(tk, text, j)) continue;
      if (tk.Gap(text, j - 1) != " ") continue;
      // A tab between word and number is a table's cell edge, and a number
      // with a thousands group is an amount: "Project manager<TAB>620.000".
      if (ctx.TabBetween(tk[j - 1].end, tk[j].start)) continue;
      // Nor a line break ("... Gjerrild og Anholt\n2) Sprogvurderinger"), nor
      // a date after a heading ("hjemmepl. Syd 24/11", "boligplacering 20/11").
      if (ctx.LineBreakBetween(tk[j - 1].end, tk[j].start)) continue;
      if (j + 1 < tk.size() && tk.Gap(text, j) == "/" && tk[j + 1].Has(Token::kAllDigits) &&
          tk[j + 1].end - tk[j + 1].start <= 2) {
        continue;
      }
      if (j + 1 < tk.size() && tk.Gap(text, j) == "." && tk[j + 1].Has(Token::kAllDigits) &&
          tk[j + 1].end - tk[j + 1].start == 3) {
        continue;
      }
      // A dotted code: "konteringsstrengen 5.32.32.1.4.0", "KLE 27.12.04".
      if (j + 2 < tk.size() && tk.Gap(text, j) == "." && tk[j + 1].Has(Token::kAllDigits) &&
          tk.Gap(text, j + 1) == "." && tk[j + 2].Has(Token::kAllDigits)) {
        continue;
      }
      // A stretch of a street, not one address: "Vestergade 10-24 lukkes",
      // "Birkevej 1-35" (a building's short range, "Havnevej 2-4", stays,
      // and so does a range with its postcode and town: checked below).
      bool stretch = false;
      size_t last_no = j;  // the range's last number: "Havnevej 2-4"
      if (j + 1 < tk.size() && tk.Gap(text, j) == "-") {
        const int from_no = AsciiNumber(text.substr(tk[j].start, tk[j].end - tk[j].start));
        const int to_no = AsciiNumber(text.substr(tk[j + 1].start, tk[j + 1].end - tk[j + 1].start));
        if (from_no >= 0 && to_no > from_no) last_no = j + 1;
        stretch = from_no >= 0 && to_no >= from_no + rules::address::Rules().stretch_min;
      }
      Confidence conf;
      size_t start_tok;
      bool town_fits = false;
      size_t end_tok = j;
      size_t end = 0;
      if (FindStreet(tk, text, j, &start_tok, &conf)) {
        if (!AfterNumberOk(tk, text, j)) continue;
        end_tok = last_no;
        end = Extend(ctx, last_no, &end_tok, &conf, &town_fits);
        if (stretch && !town_fits) continue;
      } else {
        if (stretch) continue;
        // A street the lists and endings do not know, told by a postcode
        // and a town that fit after it: "Skrænten 5, 8950 Ørsted", "Ved
        // Bækken 8, 8963 Auning" (medium).
        const Token& w = tk[j - 1];
        if (!w.TitleCase() || w.Has(Token::kHasDigit)) continue;
        const StreetInfo* in = Info(tk, j - 1);
        if (in && (in->blocked || in->month || in->weekday || in->unit)) continue;
        end = Extend(ctx, j, &end_tok, &conf, &town_fits);
        if (!town_fits) continue;
        start_tok = j - 1;
        // One capitalised word before it: "Ved Bækken", "Store Torv".
        if (start_tok > 0 && tk.Gap(text, start_tok - 1) == " " && tk[start_tok - 1].TitleCase() &&
            std::find(rules::address::Rules().street_prefixes.begin(), rules::address::Rules().street_prefixes.end(),
                      tk.folded(tk[start_tok - 1])) != rules::address::Rules().street_prefixes.end()) {
          --start_tok;
        }
        conf = Confidence::kMedium;
      }
      if (InstitutionBefore(ctx, start_tok)) conf = Confidence::kLow;
      out->push_back(Candidate{Category::kAddress, tk[start_tok].start, end, conf});
      resume = end_tok + 1;
    }
  }

  // True if the address that starts at token `s` belongs to a public
  // place named right before it: a comma or up to three link words
  // ("ligger på", "is located at"), then a capitalised word ending in an
  // institution head ("Jobcentret", "Regionshospitalet Randers" - a town
  // may follow the head - "Aarhus Universitetshospital") in the same line.
  bool InstitutionBefore(const ScanContext& ctx, size_t s) const {
    const Tokens& tk = ctx.tokens();
    const std::string_view text = ctx.text();
    const auto& r = rules::address::Rules();
    auto in = [](const std::vector<std::string>& list, std::string_view w) {
      return std::find(list.begin(), list.end(), w) != list.end();
    };
    // The street's name may begin with up to two capitalised words the
    // street lists do not hold ("Palle Juul-|Jensens Boulevard 175").
    for (size_t p = s, m = 0; m < 3 && p > 0; ++m, --p) {
      if (p < s && (!tk[p].Has(Token::kUpperInitial) ||
                    (tk.Gap(text, p) != " " && tk.Gap(text, p) != "-"))) {
        return false;
      }
      if (ctx.LineBreakBetween(tk[p - 1].end, tk[p].start)) return false;
      size_t k = p - 1;  // the token before the street's name
      const std::string_view gap = tk.Gap(text, k);
      if (gap != ", " && gap != ",") {
        if (gap != " ") continue;
        size_t links = 0;
        while (links < 3 && in(r.institution_links, tk.folded(tk[k])) && k > 0 && tk.Gap(text, k - 1) == " ") {
          --k;
          ++links;
        }
        if (links == 0) continue;
      }
      // The place's name: up to three capitalised words ending at k; one
      // of them ends in an institution head.
      for (size_t n = 0; n < 3; ++n) {
        if (!tk[k].Has(Token::kUpperInitial)) break;
        if (rules::address::HasStreetEnding(tk.folded(tk[k]), r.institution_heads, 0)) return true;
        if (k == 0 || tk.Gap(text, k - 1) != " ") break;
        --k;
      }
    }
    return false;
  }

  // The value of 1-4 ASCII digits, or -1 (other digits, such as
  // Arabic-Indic ones the tokenizer also counts as digits, are no house
  // number here).
  static int AsciiNumber(std::string_view s) {
    if (s.empty() || s.size() > 4) return -1;
    int v = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  }

  std::string Mask(std::string_view value) const override {
    // The first word, then the rest hidden: "Skovvej …".
    size_t i = 0;
    while (i < value.size() && value[i] != ' ' && value[i] != ',') ++i;
    std::string first(value.substr(0, i));
    // Hide digits inside the first word ("Skovvej12") too.
    for (char& c : first) {
      if (c >= '0' && c <= '9') c = 'X';
    }
    return first + " \xE2\x80\xA6";
  }

 private:
  const StreetInfo* Info(const Tokens& tk, size_t i) const { return lex_.Find(tk.folded(tk[i]), tk[i].hash); }

  // True if token j is a house number: 1..999 without a leading zero,
  // optionally followed by one letter ("12A", "3b").
  static bool HouseNumber(const Tokens& tk, std::string_view text, size_t j) {
    const Token& t = tk[j];
    std::string_view s = text.substr(t.start, t.end - t.start);
    size_t d = 0;
    int value = 0;
    for (; d < s.size() && s[d] >= '0' && s[d] <= '9'; ++d) {
      value = std::min(value * 10 + (s[d] - '0'), 1000000);
    }
    if (d == 0 || s[0] == '0' || value > rules::address::Rules().max_house_number) return false;
    // A decimal number is no house number: "Plejecenter Rosengården 9,4"
    // in a table of rates (a floor is written "9, 4." with a space).
    if (j + 1 < tk.size() && tk.Gap(text, j) == "," && tk[j + 1].Has(Token::kAllDigits) &&
        !(tk[j + 1].end < text.size() && text[tk[j + 1].end] == '.')) {
      // ... unless a door or a postcode follows: "Jernbanegade 7,2 tv",
      // "Søndergade 12,1 th, 8500 Grenaa".
      bool address_follows = false;
      if (j + 2 < tk.size()) {
        const std::string_view next = tk.folded(tk[j + 2]);
        address_follows = next == "tv" || next == "th" || next == "mf" || next == "st" ||
                          (tk[j + 2].Has(Token::kAllDigits) && tk[j + 2].end - tk[j + 2].start == 4);
      }
      if (!address_follows) return false;
    }
    // Two digits that open a phone number in pairs are no house number:
    // "Contact wife Jette Vang 25 66 38 90" (dev16).
    if (s.size() == 2 && j + 3 < tk.size()) {
      bool pairs = true;
      for (size_t k = j + 1; pairs && k <= j + 3; ++k) {
        pairs = tk.Gap(text, k - 1) == " " && tk[k].Has(Token::kAllDigits) && tk[k].end - tk[k].start == 2;
      }
      if (pairs) return false;
    }
    return d == s.size() ||
           (s.size() - d == 1 && std::isalpha(static_cast<unsigned char>(s[d])));
  }

  bool EndsLikeStreet(std::string_view folded) const {
    return rules::address::HasStreetEnding(folded, endings_, rules::address::Rules().min_stem);
  }

  // Finds the street before house-number token j.
  bool FindStreet(const Tokens& tk, std::string_view text, size_t j, size_t* start,
                  Confidence* conf) const {
    // Post box: "Postboks 123".
    const StreetInfo* prev = Info(tk, j - 1);
    if (prev && prev->postbox) {
      *start = j - 1;
      *conf = Confidence::kHigh;
      return true;
    }
    const Token& last = tk[j - 1];
    if (last.Has(Token::kHasDigit) && !last.Has(Token::kUpperInitial)) return false;
    const bool cap = last.Has(Token::kUpperInitial);
    const bool lower = last.Has(Token::kAllLower);
    std::string_view last_folded = tk.folded(last);

    // 1. The longest street-list match of 1–4 words ending at j-1.
    std::string key;
    size_t best = 0;
    for (size_t k = 1; k <= 4 && k <= j; ++k) {
      size_t s = j - k;
      if (k > 1) {
        std::string_view gap = tk.Gap(text, s);
        if (gap != " " && gap != ". " && gap != "." && gap != "-") break;
      }
      key.clear();
      for (size_t q = s; q < j; ++q) {
        if (q > s) key.push_back(' ');
        key.append(tk.folded(tk[q]));
      }
      const StreetInfo* in = lex_.Find(key);
      if (in && in->street) best = k;
    }
    const bool ending = EndsLikeStreet(last_folded);
    const bool ending_word = prev && prev->ending_word && j >= 2 &&
                             tk[j - 2].Has(Token::kUpperInitial) && tk.Gap(text, j - 2) == " ";
    // Words that merely precede numbers ("Kapitel 12", "Gade 3") are no
    // street on their own; "Hans Tausens Gade 12" is.
    if (prev && prev->blocked && best <= 1 && !ending_word) return false;
    if (best > 0) {
      *start = j - best;
      if (!tk[*start].Has(Token::kUpperInitial) && !tk[*start].Has(Token::kAllDigits)) {
        // lower-case typing: only distinctive names
        if (!(lower && (ending || last_folded.size() >= 6))) return false;
      }
      *conf = ending || ending_word ? Confidence::kHigh : Confidence::kMedium;
      return true;
    }
    if (ending && (cap || lower)) {
      *start = j - 1;
      *conf = Confidence::kHigh;
      return true;
    }
    if (ending_word && cap) {
      // "Hans Tausens Gade 12": capitalised words before the ending word.
      size_t s = j - 2;
      while (s > 0 && j - s < 4 && tk[s - 1].Has(Token::kUpperInitial) &&
             (tk.Gap(text, s - 1) == " " || tk.Gap(text, s - 1) == ". ")) {
        --s;
      }
      *start = s;
      *conf = Confidence::kHigh;
      return true;
    }
    return false;
  }

  // Rejects "Kærvang 1. december", "Skovvej 5 km".
  bool AfterNumberOk(const Tokens& tk, std::string_view text, size_t j) const {
    if (j + 1 >= tk.size()) return true;
    std::string_view gap = tk.Gap(text, j);
    if (gap != " " && gap != ". " && gap != ".") return true;
    const StreetInfo* in = Info(tk, j + 1);
    if (!in) return true;
    if (in->month) return false;
    if (in->unit && gap == " ") return false;
    return true;
  }

  // Extends the span over floor/door and postcode + town. Returns the end
  // byte; sets *end_tok to the last token included.
  // Floor, door, postcode and town after the house number at token j: the
  // address's end; *town_fits when a postcode with its own town follows.
  size_t Extend(const ScanContext& ctx, size_t j, size_t* end_tok, Confidence* conf, bool* town_fits) const {
    const Tokens& tk = ctx.tokens();
    const std::string_view text = ctx.text();
    const size_t n = tk.size();
    size_t end = tk[j].end;
    size_t k = j;
    auto gap_ok = [&](size_t a, std::initializer_list<std::string_view> allowed) {
      std::string_view g = tk.Gap(text, a);
      for (std::string_view x : allowed) {
        if (g == x) return true;
      }
      return false;
    };
    // Floor: "st", "kl", or 1–2 digits followed by '.'; then door.
    if (k + 1 < n && gap_ok(k, {" ", ", ", ","})) {
      const Token& t = tk[k + 1];
      const StreetInfo* in = Info(tk, k + 1);
      std::string_view tv = text.substr(t.start, t.end - t.start);
      const bool floor_word = in && in->floor;
      const bool floor_num = t.Has(Token::kAllDigits) && tv.size() <= 2 && t.end < text.size() &&
                             text[t.end] == '.';
      if (floor_word || floor_num) {
        size_t fe = t.end;
        if (fe < text.size() && text[fe] == '.') ++fe;
        k = k + 1;
        end = fe;
        // Door: "tv", "th", "mf", "t.v.", or a number.
        if (k + 1 < n) {
          std::string_view g = tk.Gap(text, k);
          if (g == " " || g == ". " || g == "." || g == ", ") {
            const Token& d = tk[k + 1];
            const StreetInfo* din = Info(tk, k + 1);
            std::string_view dv = text.substr(d.start, d.end - d.start);
            const bool door = (din && din->door) || (d.Has(Token::kAllDigits) && dv.size() <= 3);
            // "t.v." = tokens t . v .
            if (!door && (dv == "t" || dv == "T") && k + 2 < n && tk.Gap(text, k + 1) == "." &&
                (tk.folded(tk[k + 2]) == "v" || tk.folded(tk[k + 2]) == "h")) {
              k = k + 2;
              end = tk[k].end;
              if (end < text.size() && text[end] == '.') ++end;
            } else if (door) {
              k = k + 1;
              end = d.end;
              if (end < text.size() && text[end] == '.') ++end;
            }
          }
        }
      }
    }
    // Postcode + town.
    if (k + 1 < n) {
      std::string_view g = tk.Gap(text, k);
      // Allow ", ", " ", ",", ". " between, and a line end, not a blank line.
      const bool ok = (g == " " || g == ", " || g == "," || g == ". " || g == ".  " ||
                       g == ",  " || g == "  " || g == " - " || g == "., ") &&
                      !ctx.ParagraphBreakBetween(tk[k].end, tk[k + 1].start);
      const Token& pc = tk[k + 1];
      if (ok && pc.Has(Token::kAllDigits) && pc.end - pc.start == 4) {
        int code = std::atoi(std::string(text.substr(pc.start, 4)).c_str());
        auto it = towns_.find(code);
        if (it != towns_.end()) {
          // Town words must follow and match (folded).
          size_t t = k + 2;
          std::string_view town = it->second;
          size_t matched_to = 0;
          size_t last_tok = 0;
          size_t pos = 0;
          while (t < n && pos < town.size()) {
            std::string_view gap = tk.Gap(text, t - 1);
            if (t == k + 2 ? !(gap == " ") : !(gap == " " || gap == ". " || gap == "-")) break;
            std::string_view w = tk.folded(tk[t]);
            while (pos < town.size() && (town[pos] == ' ' || town[pos] == '.' || town[pos] == '-')) ++pos;
            if (town.compare(pos, w.size(), w) != 0) break;
            pos += w.size();
            matched_to = tk[t].end;
            last_tok = t;
            ++t;
          }
          if (matched_to > 0) {
            end = matched_to;
            k = last_tok;
            *conf = Confidence::kHigh;
            *town_fits = true;
          } else if (t >= n || !tk[k + 2].Has(Token::kUpperInitial) || tk.Gap(text, k + 1) != " ") {
            // Postcode without a town after it.
            end = pc.end;
            k = k + 1;
            *conf = Confidence::kHigh;
          }
          // A different town follows: the postcode does not fit; stop before it.
        }
      }
    }
    *end_tok = k;
    return end;
  }

  Lexicon<StreetInfo> lex_;
  std::vector<std::string> endings_;
  std::map<int, std::string> towns_;
};

}  // namespace

PG_REGISTER_DETECTOR(Category::kAddress,
                     (CategoryDefaults{
                         .action = Action::kWarn,
                         .label = {"Adresse", "Address"},
                         .why = {"En adresse viser, hvor en bestemt person bor, og er en personoplysning.",
                                 "An address shows where a specific person lives and is personal data."},
                         .placeholder = "ADRESSE",
                         .numbered_placeholder = false}),
                     MakeDetector<AddressDetector>);

}  // namespace privacy_guard
