// The health detector's terms and phrase rules within one sentence (see
// health_detector.cc for what they are and how they link to a person).
#include <algorithm>
#include <atomic>
#include <unordered_map>

#include "detectors/health_detector.h"

namespace privacy_guard::health_detail {
namespace {

constexpr uint32_t kTermFlags = kTermDa | kTermEn | kMedicine | kState;

bool IsNumberToken(const Tokens& tk, size_t i) { return tk[i].Has(Token::kAllDigits); }

// True if `p` is a byte offset inside a UTF-8 character of `w`.
bool MidChar(std::string_view w, size_t p) {
  return p < w.size() && (static_cast<unsigned char>(w[p]) & 0xC0) == 0x80;
}

}  // namespace

// True if a phrase may go on from token i to token i + 1: a space, a
// hyphen ("- " is a suspended one: "af- og påklædning"), a slash, a comma,
// or an apostrophe before a contraction's or possessive's tail of one or
// two letters ("can't", "Crohn's disease", "she'll").
static bool PhraseGap(const Tokens& tk, std::string_view text, size_t i) {
  const std::string_view g = tk.Gap(text, i);
  if (g == " " || g == "-" || g == "/" || g == ", " || g == "- ") return true;
  return (g == "'" || g == "\u2019") && tk[i + 1].end - tk[i + 1].start <= 2;
}

size_t HealthDetector::PhraseAt(const ScanContext& ctx, size_t i, size_t end, bool english,
                                std::initializer_list<Kind> kinds, Kind* kind_out) const {
  const Tokens& tk = ctx.tokens();
  const WordInfo* in = Info(tk, i);
  if (!in || in->phrases.empty()) return 0;
  // The kinds asked for, as bits; none of them starts here: no phrase.
  uint32_t mask = 0;
  for (Kind k : kinds) mask |= 1u << static_cast<unsigned>(k);
  if (!english) mask &= ~(1u << static_cast<unsigned>(Kind::kTermEn));
  if ((in->phrase_kinds & mask) == 0) return 0;
  const std::string_view text = ctx.text();
  // The next token, once for all phrases: whether a phrase may go on to it,
  // and its hash (Phrase::second_hash).
  const bool next = i + 1 < end && PhraseGap(tk, text, i);
  if (!next) return 0;  // every entry here has two words or more
  // A vocabulary phrase may have up to two light words inside it (rules
  // `phrase_fillers`: "ikke [har] lyst til at leve", "har [haft] det
  // [rigtig] dårligt"); the second word may then be the token after one.
  const uint32_t term_kinds = (1u << static_cast<unsigned>(Kind::kTermDa)) |
                              (1u << static_cast<unsigned>(Kind::kTermEn));
  auto filler = [&](size_t t) {
    return t + 1 < end && (Flags2(tk, t) & kPhraseFiller) && PhraseGap(tk, text, t);
  };
  // The second word may come after one or two light words (looked up only
  // when a phrase's second word is not the next token: PhraseAt is hot).
  int filler_next = -1, filler_two = -1;  // -1: not yet looked up
  auto next_is_filler = [&] {
    if (filler_next < 0) filler_next = (mask & term_kinds) && filler(i + 1);
    return filler_next == 1;
  };
  auto two_fillers = [&] {
    if (filler_two < 0) filler_two = next_is_filler() && i + 2 < end && filler(i + 2);
    return filler_two == 1;
  };
  auto second_ok = [&](const PhraseRef& ref, size_t t) {
    if (ref.second_hash != 0 && ref.second_hash != tk[t].hash) return false;
    const std::string_view word = tk.folded(tk[t]);
    return word.size() >= ref.prefix_len &&
           (WordPrefix(word) & (ref.prefix_len == 4 ? ~0u : (1u << (8 * ref.prefix_len)) - 1)) ==
               ref.second_prefix;
  };
  size_t best = 0;
  for (const PhraseRef& ref : in->phrases) {
    // Told from the reference alone: too short, another kind, another
    // second word.
    if (!(mask & (1u << static_cast<unsigned>(ref.kind)))) continue;
    const bool skips_allowed = (term_kinds & (1u << static_cast<unsigned>(ref.kind))) != 0;
    // (best counts tokens; a phrase with light words covers up to two more.)
    if (ref.words + (skips_allowed ? 2u : 0u) <= best) continue;
    if (!second_ok(ref, i + 1) && !(skips_allowed && next_is_filler() && second_ok(ref, i + 2)) &&
        !(skips_allowed && two_fillers() && i + 3 < end && second_ok(ref, i + 3))) {
      continue;
    }
    const Phrase& ph = phrases_[ref.index];
    size_t k = 1, t = i + 1, skipped = 0;
    while (k < ph.words.size() && t < end) {
      if (!PhraseGap(tk, text, t - 1)) break;
      const std::string_view w = tk.folded(tk[t]);
      // The last word may be inflected: "panic attacks", "kroniske smerter".
      if (w == ph.words[k] || (k + 1 == ph.words.size() && InflectionOf(w, ph.words[k]))) {
        ++k;
        ++t;
        continue;
      }
      if (!skips_allowed || skipped == 2 || !filler(t)) break;
      ++skipped;
      ++t;
    }
    if (k == ph.words.size() && t - i > best) {
      best = t - i;
      *kind_out = ph.kind;
    }
  }
  return best;
}

bool HealthDetector::InflectionOf(std::string_view w, std::string_view base) const {
  if (w.size() <= base.size() || w.compare(0, base.size(), base) != 0) return false;
  const std::string_view ending = w.substr(base.size());
  static const std::vector<std::string_view> kEnglish = {"s", "es", "'s"};
  for (std::string_view e : kEnglish) {
    if (ending == e) return true;
  }
  for (const std::string& e : rules_.suffixes) {
    if (ending == e) return true;
  }
  return false;
}

const WordInfo* HealthDetector::Stemmed(std::string_view w, bool english) const {
  // English: plurals, and past tense and -ing forms of a listed verb
  // ("vomited", "vomiting" from "vomit"; "bruised" from "bruise").
  static const std::vector<std::string> kEnglish = {"es", "s", "'s", "ed", "d", "ing"};
  for (const std::string& suf : english ? kEnglish : rules_.suffixes) {
    if (!EndsAfterStem(w, suf, 4)) continue;
    const WordInfo* in = lex_.Find(w.substr(0, w.size() - suf.size()));
    if (in && (in->flags & kTermFlags) && !(in->flags & kIgnore)) return in;
  }
  return nullptr;
}

bool HealthDetector::Compound(std::string_view w, bool* aid_head) const {
  *aid_head = false;
  // A word that only ends like a term ("assistent", "bekræft").
  if (const WordInfo* whole = lex_.Find(w); whole && (whole->flags2 & kFalseHead)) return false;
  // The first part, with or without a linking s/e, as a modifier of
  // `flags`; body parts may be short ("knæ|operation", "ryg|smerter").
  auto modifier = [&](std::string_view mod, uint32_t flags) {
    for (int link = 0; link < 2; ++link) {
      const WordInfo* m = lex_.Find(mod);
      if (m && (m->flags & flags) &&
          (mod.size() >= rules_.min_modifier_bytes || (m->flags & (kBodyDa | kCareModifier)))) {
        return true;
      }
      if (!m && mod.size() >= rules_.min_modifier_bytes && (flags & kTermDa) && Stemmed(mod, false)) {
        return true;
      }
      // A modifier that is itself a compound ending in a care modifier:
      // "badetoilet|stol", "hælaflastende".
      if (!m && (flags & kCareModifier)) {
        for (size_t q = 2; q + 3 <= mod.size(); ++q) {
          if (MidChar(mod, q)) continue;
          const WordInfo* t = lex_.Find(mod.substr(q));
          if (t && (t->flags & kCareModifier)) return true;
        }
      }
      if (mod.size() < 4 || (mod.back() != 's' && mod.back() != 'e')) break;
      mod.remove_suffix(1);
    }
    return false;
  };
  for (size_t p = w.size() > 3 ? w.size() - 3 : 0; p >= 3; --p) {
    if (MidChar(w, p)) continue;
    const WordInfo* head = lex_.Find(w.substr(p));
    if (!head) continue;
    const std::string_view mod = w.substr(0, p);
    // A last part that is an organisation, an object or a role: the word
    // merely contains a health word ("diabetes|foreningen", "medicin|skabet").
    if ((head->flags & kOtherHead) || (head->flags2 & kFalseHead)) return false;
    // "krampe|anfald", "muskel|svind": health whatever comes first.
    if (head->flags & kSelfHead) return true;
    // "kræft|behandling", "knæ|operation", "kemo|behandling".
    if ((head->flags & kHealthHead) &&
        modifier(mod, kTermDa | kMedicine | kBodyDa | kCareModifier | kState)) {
      return true;
    }
    if (head->flags & kAidHead) {
      if (modifier(mod, kCareModifier | kTermDa | kBodyDa)) return true;  // "bade|bænk"
      *aid_head = true;  // "gribe|tang": an aid only after an aid verb
    }
  }
  // A listed term as the last part ("fødsels|depression").
  for (size_t p = 3; p + rules_.min_head_bytes <= w.size(); ++p) {
    if (MidChar(w, p)) continue;
    const std::string_view tail = w.substr(p);
    const WordInfo* in = lex_.Find(tail);
    // An inflected last part keeps a stem of min_head_bytes: "til|buddet" is
    // not "budd" (a fragment of Budd-Chiari in the full list).
    if (!(in && (in->flags & kTermFlags) && !(in->flags & kIgnore))) {
      in = tail.size() >= rules_.min_head_bytes + 2 ? Stemmed(tail, false) : nullptr;
    }
    if (in && (in->flags & (kTermDa | kMedicine | kState))) return true;
  }
  return false;
}

thread_local const Tokens* HealthDetector::scan_tokens_ = nullptr;
thread_local const WordInfo* const* HealthDetector::scan_info_data_ = nullptr;
thread_local size_t HealthDetector::scan_size_ = 0;

// True if a share follows the number at token n: '%' or one of `units`.
static bool ShareAfter(const ScanContext& ctx, size_t n, size_t end, const std::vector<std::string>& units) {
  const Tokens& tk = ctx.tokens();
  const std::string_view gap = tk.Gap(ctx.text(), n);
  if (gap.find('%') != std::string_view::npos) return true;
  if (n + 1 >= end) return false;
  const std::string_view w = tk.folded(tk[n + 1]);
  return std::find(units.begin(), units.end(), w) != units.end();
}

// True if token i is a form of "fald-", "fell" or "fall" in one of the
// idioms of `fall_idioms` ("faldt til ro", "fell behind").
bool HealthDetector::FallIdiomAt(const Tokens& tk, size_t i, size_t e) const {
  const std::string_view w = tk.folded(tk[i]).substr(0, 4);
  if (w != "fald" && w != "fell" && w != "fall") return false;
  // The subject may stand between: "efter ti minutter faldt hun til ro".
  const size_t at = i + 1 < e && InList(rules_.subject_pronouns, tk.folded(tk[i + 1])) ? i + 2 : i + 1;
  return PhraseLength(fall_idioms_, tk, at, e) > 0;
}

const WordInfo* HealthDetector::FindInfo(const Tokens& tk, size_t i) const {
  return lex_.Find(tk.folded(tk[i]), tk[i].hash);
}

bool HealthDetector::NameOrCprEndsAt(size_t end) {
  const std::vector<PersonSpan>& persons = Tables().persons;
  auto it = std::lower_bound(persons.begin(), persons.end(), end,
                             [](const PersonSpan& p, size_t e) { return p.end < e; });
  for (; it != persons.end() && it->end == end; ++it) {
    if (it->name_or_cpr) return true;
  }
  return false;
}

bool HealthDetector::PersonWithin(size_t from, size_t to) {
  const std::vector<PersonSpan>& persons = Tables().persons;
  auto it = std::lower_bound(persons.begin(), persons.end(), from,
                             [](const PersonSpan& p, size_t e) { return p.end < e; });
  for (; it != persons.end() && it->end <= to; ++it) {
    if (it->start >= from) return true;
  }
  return false;
}

bool HealthDetector::CachedWordTerm(const Tokens& tk, size_t i, bool english, Kind* kind) const {
  if (&tk != scan_tokens_ || i >= scan_size_) return WordTerm(tk, i, english, kind);
  uint8_t& memo = Tables().terms[english][i];
  if (memo == 0) {
    Kind k = Kind::kTermDa;
    memo = WordTerm(tk, i, english, &k) ? static_cast<uint8_t>(2 + static_cast<uint8_t>(k)) : 1;
  }
  if (memo == 1) return false;
  *kind = static_cast<Kind>(memo - 2);
  return true;
}

bool HealthDetector::WordTerm(const Tokens& tk, size_t i, bool english, Kind* kind) const {
  const std::string_view w = tk.folded(tk[i]);
  const WordInfo* in = Info(tk, i);
  const uint32_t fl = in ? in->flags : 0;
  // An abbreviation in capitals ("KOL", "ADHD"; not "MS Teams").
  if ((fl & kAbbreviation) && tk[i].Has(Token::kAllUpper)) {
    if (i + 1 < tk.size() && tk[i + 1].Has(Token::kUpperInitial) && w == "ms") return false;
    return *kind = Kind::kTermDa, true;
  }
  if (fl & kIgnore) return false;
  if (fl & kMedicine) return *kind = Kind::kMedicine, true;
  if (fl & kState) return *kind = Kind::kState, true;
  // Danish terms count in English sentences too (mostly the same medical
  // words: "diabetes", "epilepsi"); English ones only in English sentences.
  if (fl & kTermDa) return *kind = Kind::kTermDa, true;
  if (english && (fl & kTermEn)) return *kind = Kind::kTermEn, true;
  // An English term in a Danish sentence is read as if no English list had
  // it: a Danish derivation may still hold ("Alzheimers").
  if (w.size() < 5) return false;
  // The rest depends on the word alone: memoised per thread across scans
  // (words recur: the same prompt is checked while it is typed, and a
  // language's words follow Zipf's law). Bounded; cleared when full.
  // An open-addressing table looked up with the token's own hash (no
  // string is built per token).
  struct Memo {
    uint64_t owner = 0;
    Lexicon<uint8_t> words[2];
  };
  Memo& memo = PerThread<Memo>();
  if (memo.owner != id_) {
    memo.owner = id_;
    memo.words[0] = Lexicon<uint8_t>();
    memo.words[1] = Lexicon<uint8_t>();
  }
  Lexicon<uint8_t>& table = memo.words[english];
  if (const uint8_t* v = table.Find(w, tk[i].hash)) {
    if (*v == 0) return false;
    *kind = static_cast<Kind>(*v - 1);
    return true;
  }
  Kind k = Kind::kTermDa;
  const bool term = DerivedTerm(w, in, english, &k);
  if (table.size() >= kMemoWords) table = Lexicon<uint8_t>();
  table.Upsert(w) = term ? static_cast<uint8_t>(1 + static_cast<uint8_t>(k)) : 0;
  if (term) *kind = k;
  return term;
}

bool HealthDetector::DerivedTerm(std::string_view w, const WordInfo* in, bool english,
                                 Kind* kind) const {
  if (const WordInfo* s = Stemmed(w, english)) {
    if (s->flags & kMedicine) return *kind = Kind::kMedicine, true;
    if (s->flags & kState) return *kind = Kind::kState, true;
    if (s->flags & kTermDa) return *kind = Kind::kTermDa, true;
    if ((s->flags & kTermEn) && english) return *kind = Kind::kTermEn, true;
  }
  if (!in && MedicineShape(w)) return *kind = Kind::kMedicine, true;
  if (english) return false;
  // A person derivation: "demensramt", "kræftpatient", "hjertesyg".
  for (const std::string& suf : rules_.person_suffixes) {
    if (!EndsAfterStem(w, suf, 4)) continue;
    std::string_view base = w.substr(0, w.size() - suf.size());
    for (int link = 0; link < 2; ++link) {
      const WordInfo* b = lex_.Find(base);
      if (b && (b->flags & (kTermDa | kMedicine))) return *kind = Kind::kTermDa, true;
      if (base.size() < 5 || (base.back() != 's' && base.back() != 'e')) break;
      base.remove_suffix(1);
    }
  }
  bool aid = false;
  if (w.size() >= 6 && Compound(w, &aid)) return *kind = Kind::kTermDa, true;
  return false;
}

size_t HealthDetector::DoseAfter(const ScanContext& ctx, size_t i, size_t end) const {
  const Tokens& tk = ctx.tokens();
  size_t j = i + 1;
  if (j >= end || !IsNumberToken(tk, j)) return i;
  // "2,5 mg", "0.5 ml": the decimals are a token of their own.
  const std::string_view text = ctx.text();
  if (j + 1 < end && IsNumberToken(tk, j + 1) &&
      (tk.Gap(text, j) == "," || tk.Gap(text, j) == ".")) {
    ++j;
  }
  if (j + 1 < end && (Flags(tk, j + 1) & kDoseUnit)) return j + 1;
  return i;
}

bool HealthDetector::UnknownMedicineAt(const ScanContext& ctx, size_t i, size_t end,
                                       bool after_verb, size_t* last) const {
  const Tokens& tk = ctx.tokens();
  const Token& t = tk[i];
  if (!t.Has(Token::kUpperInitial) || t.Has(Token::kHasDigit) || t.fold_len < 4) return false;
  if (Info(tk, i)) return false;  // a known word of some kind: not a guess
  const size_t dose = DoseAfter(ctx, i, end);
  if (dose > i) {
    *last = dose;
    return true;
  }
  // After "får", "tager", "er sat på", "gives": "får Cipramil", "takes
  // Ritalin" (a capitalised word after the verb that is no name: names
  // are listed, and a surname would follow a first name).
  if (!after_verb) return false;
  if (i + 1 < end && tk[i + 1].Has(Token::kUpperInitial) && tk.Gap(ctx.text(), i) == " ") {
    return false;
  }
  *last = BrandSuffixAfter(tk, i, end);
  return true;
}

size_t HealthDetector::BrandSuffixAfter(const Tokens& tk, size_t i, size_t end) const {
  return i + 1 < end && (Flags(tk, i + 1) & kBrandSuffix) ? i + 1 : i;
}

size_t HealthDetector::BodyInjuryAt(const ScanContext& ctx, size_t i, size_t end) const {
  // "hoften er brækket", "knee replacement", "spinal cord injury", "left arm
  // is paralysed": a (side and) body part, then an injury word within three
  // words (skipping is/er/was/blev/gør/has/been).
  const Tokens& tk = ctx.tokens();
  size_t j = i;
  if ((Flags(tk, j) & kSide) && j + 1 < end) ++j;
  if (!(Flags(tk, j) & (kBodyDa | kBodyEn))) return i;
  static const std::vector<std::string_view> kSkip = {"er", "var", "blev", "gør", "is", "was",
                                                      "has", "been", "have", "had", "got", "ondt",
                                                      "cord", "big"};
  for (size_t k = j + 1; k < end && k <= j + 3; ++k) {
    const uint32_t fl = Flags(tk, k);
    if (fl & (kInjuryDa | kInjuryEn)) return k;
    if (fl & (kBodyDa | kBodyEn)) continue;
    const std::string_view w = tk.folded(tk[k]);
    if (std::find(kSkip.begin(), kSkip.end(), w) == kSkip.end()) break;
  }
  return i;
}

size_t HealthDetector::BodyStateAt(const ScanContext& ctx, size_t i, size_t end) const {
  const Tokens& tk = ctx.tokens();
  auto anatomical = [&](size_t j) {
    return (Flags(tk, j) & (kBodyDa | kBodyEn)) && !InList(rules_.not_anatomical, tk, j);
  };
  auto fluid = [&](size_t j) { return (Flags2(tk, j) & kStateWord) && InList(rules_.fluids, tk, j); };
  auto state = [&](size_t j) { return (Flags2(tk, j) & kStateWord) && InList(rules_.body_states, tk, j); };
  auto fluid_state = [&](size_t j) {
    return (Flags2(tk, j) & kStateWord) && InList(rules_.fluid_states, tk, j);
  };
  // Body part first ("benene er meget hævede"), or the state first
  // ("hævede ankler"): the other within two skipped words. The same for a
  // body fluid and its states ("urinen var mørk", "blodig afføring").
  const bool part = anatomical(i), is_fluid = !part && fluid(i);
  const bool part_state = !part && !is_fluid && state(i);
  const bool fluid_first = !part && !is_fluid && !part_state && fluid_state(i);
  if (!part && !is_fluid && !part_state && !fluid_first) return i;
  for (size_t k = i + 1; k < end && k <= i + 3; ++k) {
    if (tk.Gap(ctx.text(), k - 1).find_first_of(".!?;:,") != std::string_view::npos) break;
    if (part && state(k)) return k;
    if (is_fluid && (fluid_state(k) || state(k))) return k;
    if (part_state && anatomical(k)) return k;
    if (fluid_first && fluid(k)) return k;
    if (!InList(rules_.state_skips, tk, k)) break;
  }
  return i;
}

size_t HealthDetector::HyphenCompoundAt(const ScanContext& ctx, size_t i, size_t end) const {
  // "CPAP-maskine", "GPS-tracker", "knæ-operation": the words around a
  // hyphen as one compound.
  const Tokens& tk = ctx.tokens();
  if (i + 1 >= end || tk.Gap(ctx.text(), i) != "-") return i;
  std::string joined(tk.folded(tk[i]));
  joined += tk.folded(tk[i + 1]);
  bool aid = false;
  if (Compound(joined, &aid)) return i + 1;
  const WordInfo* head = Info(tk, i + 1);
  if (head && (head->flags & kAidHead) && tk[i].Has(Token::kAllUpper)) return i + 1;  // "CPAP-maskine"
  return i;
}

bool HealthDetector::InjuryWord(const Tokens& tk, size_t i) const {
  if (Flags(tk, i) & (kInjuryDa | kInjuryEn)) return true;
  // An injury word in the definite or plural form: "såret på hælen",
  // "sårene på benet" (not "slags", "vrider": other endings, other words).
  const std::string_view w = tk.folded(tk[i]);
  for (const std::string& suf : rules_.injury_endings) {
    if (EndsAfterStem(w, suf, 3)) {
      const WordInfo* b = lex_.Find(w.substr(0, w.size() - suf.size()));
      if (b && (b->flags & kInjuryDa)) return true;
    }
  }
  return false;
}

size_t HealthDetector::InjuryAt(const ScanContext& ctx, size_t i, size_t end, bool english) const {
  const Tokens& tk = ctx.tokens();
  if (!InjuryWord(tk, i)) return i;
  for (size_t j = i + 1; j < end && j <= i + 4; ++j) {
    const uint32_t fl = Flags(tk, j);
    if (fl & (kBodyDa | kBodyEn)) {
      // "side" is a body part only with a side: "i venstre side", not "i
      // siden af bogen", "the side dish".
      const std::string_view w = tk.folded(tk[j]);
      if (w == "side" || w == "siden") {
        const std::string_view before = tk.folded(tk[j - 1]);
        if (before != "venstre" && before != "højre" && before != "left" && before != "right" &&
            before != "begge" && before != "both") {
          break;
        }
      }
      return j;
    }
    const std::string_view w = tk.folded(tk[j]);
    if (InList(rules_.injury_links, w) ||
        (fl & kSide)) {
      continue;
    }
    // An inflected body part ("hofterne"); else the phrase ends here.
    for (const std::string& suf : rules_.suffixes) {
      if (EndsAfterStem(w, suf, 4)) {
        const WordInfo* b = lex_.Find(w.substr(0, w.size() - suf.size()));
        if (b && (b->flags & (kBodyDa | kBodyEn))) return j;
      }
    }
    break;
  }
  return i;
}

bool HealthDetector::MedicineShape(std::string_view w) const {
  if (w.size() >= rules_.inn_min_bytes && EndsWithAny(w, rules_.inn_endings, 4)) return true;
  // English spellings of Danish-spelled names: "sertraline", "buprenorphine",
  // "paliperidone" -> "sertralin", "buprenorfin", "paliperidon".
  if (w.size() < 6) return false;
  std::string d;
  for (size_t k = 0; k < w.size(); ++k) {
    if (w[k] == 'p' && k + 1 < w.size() && w[k + 1] == 'h') {
      d.push_back('f');
      ++k;
    } else if (w[k] == 't' && k + 1 < w.size() && w[k + 1] == 'h') {
      d.push_back('t');
      ++k;
    } else if (w[k] == 'y') {
      d.push_back('i');
    } else {
      d.push_back(w[k]);
    }
  }
  if (!d.empty() && d.back() == 'e') d.pop_back();
  if (d == w) return false;
  const WordInfo* in = lex_.Find(d);
  return in && (in->flags & kMedicine);
}

bool HealthDetector::IsSingle(const Tokens& tk, size_t i, Kind kind) const {
  const WordInfo* in = Info(tk, i);
  if (!in) return false;
  for (Kind k : in->single_kinds) {
    if (k == kind) return true;
  }
  return false;
}

bool HealthDetector::AidWord(std::string_view w) const {
  const WordInfo* in = lex_.Find(w);
  if (in && (in->flags & kAidHead)) return true;
  bool aid = false;
  return w.size() >= 6 && !Compound(w, &aid) && aid;
}

// True if token i ends a list item: the sentence ends, or a comma, a
// semicolon or "og/and" follows (not "madservice er lukket").
static bool ListItemEnds(const ScanContext& ctx, size_t i, size_t e) {
  const Tokens& tk = ctx.tokens();
  if (i + 1 >= e) return true;
  const std::string_view g = tk.Gap(ctx.text(), i);
  if (g.find_first_of(",;.") != std::string_view::npos || ctx.LineBreakBetween(tk[i].end, tk[i + 1].start)) {
    return true;
  }
  const std::string_view w = tk.folded(tk[i + 1]);
  return w == "og" || w == "and" || w == "samt";
}

bool HealthDetector::ListContinues(const ScanContext& ctx, size_t prev, size_t i) const {
  // "Panodil, Pinex og Pamol": the words between a medicine and token i are
  // only list separators, an article after the last ("kvalme og en
  // blødning").
  if (prev == SIZE_MAX || prev >= i || i > prev + 3) return false;
  const Tokens& tk = ctx.tokens();
  for (size_t k = prev; k < i; ++k) {
    const std::string_view g = tk.Gap(ctx.text(), k);
    if (k + 1 < i) {
      const std::string_view w = tk.folded(tk[k + 1]);
      const bool article = k + 2 == i && k > prev && (w == "en" || w == "et" || w == "a" || w == "an");
      if (!article && w != "og" && w != "eller" && w != "samt" && w != "and" && w != "or" && w != "plus") {
        return false;
      }
    }
    if (g != ", " && g != " " && g != " + " && g != "; " && g != "/") return false;
  }
  return true;
}

bool HealthDetector::CareRoleAt(const Tokens& tk, size_t b, size_t i) const {
  return i > b && IsSingle(tk, i, Kind::kCare) && InList(rules_.role_before, tk, i - 1) &&
         !(i > b + 1 && (Flags(tk, i - 2) & kStateVerb));
}

bool HealthDetector::SurnameShapeAt(const ScanContext& ctx, size_t b, size_t i) const {
  const Tokens& tk = ctx.tokens();
  return i > b && tk[i].TitleCase() && tk[i - 1].TitleCase() && tk.Gap(ctx.text(), i - 1) == " " && !Info(tk, i - 1) &&
         !tk[i - 1].Has(Token::kHasDigit) && i - 1 > b && !tk[i - 2].Has(Token::kUpperInitial) &&
         !tk[i - 2].Has(Token::kHasDigit) && tk.Gap(ctx.text(), i - 2) == " ";
}

bool HealthDetector::HyphenHeadAfter(const ScanContext& ctx, size_t last, size_t e) const {
  const Tokens& tk = ctx.tokens();
  return last + 1 < e && tk.Gap(ctx.text(), last) == "-" && (Flags2(tk, last + 1) & kHyphenHead) &&
         !tk[last + 1].Has(Token::kUpperInitial);
}

bool HealthDetector::AfterCareVerb(const Tokens& tk, size_t b, size_t i) const {
  for (size_t k = i; k-- > b && k + 5 > i;) {
    const size_t n = PhraseLength(care_verbs_, tk, k, i);
    // Right before the care word, or with an article between ("ønsker en
    // plejebolig"; not "ønsker at udbyde rengøringshjælp", "ønsker mere
    // aflastning for de pårørende").
    if (n > 0 && (k + n == i || (k + n + 1 == i && (tk.folded(tk[k + n]) == "en" ||
                                                     tk.folded(tk[k + n]) == "et")))) {
      return true;
    }
  }
  return false;
}

bool HealthDetector::AfterStateVerb(const ScanContext& ctx, size_t b, size_t i) const {
  const Tokens& tk = ctx.tokens();
  for (size_t k = i; k-- > b && k + rules_.state_verb_gap + 1 > i;) {
    if (Flags(tk, k) & kStateVerb) return true;
    const WordInfo* in = Info(tk, k);
    if (in && !in->phrases.empty()) {
      Kind kind;
      const size_t len = PhraseAt(ctx, k, i, false, {Kind::kStateVerb}, &kind);
      if (len > 0 && k + len == i) return true;
    }
  }
  return false;
}

// True if bytes [s, e) are part of an e-mail address or a link: the run of
// non-space characters around them holds '@', "://" or "www." ("demens@
// norddjurs.dk" names a mailbox, not a diagnosis).
static bool InAddressOrLink(std::string_view text, size_t s, size_t e) {
  size_t a = s, z = e;
  while (a > 0 && text[a - 1] != ' ' && text[a - 1] != '\n' && s - a < 128) --a;
  while (z < text.size() && text[z] != ' ' && text[z] != '\n' && z - e < 128) ++z;
  const std::string_view run = text.substr(a, z - a);
  return run.find('@') != std::string_view::npos || run.find("://") != std::string_view::npos ||
         run.find("www.") != std::string_view::npos;
}

// True if only a bullet ("-", "*", "•") and spaces stand between the
// start of the line and byte `pos` of the normalised text.
static bool NoteLineStart(const ScanContext& ctx, size_t pos) {
  size_t ls, le;
  ctx.LineBounds(pos, &ls, &le);
  std::string_view lead = ctx.text().substr(ls, pos - ls);
  while (!lead.empty() && lead.back() == ' ') lead.remove_suffix(1);
  while (!lead.empty() && lead.front() == ' ') lead.remove_prefix(1);
  return lead == "-" || lead == "*" || lead == "\xE2\x80\xA2";
}

size_t HealthDetector::MeasuredLimitAt(const ScanContext& ctx, size_t i, size_t e,
                                       bool english) const {
  const Tokens& tk = ctx.tokens();
  if (!(Flags2(tk, i) & kAbilityWord)) return i;
  for (size_t j = i + 1; j < e && j <= i + 2; ++j) {
    Kind ak;
    const size_t al = PhraseAt(ctx, j, e, english, {Kind::kActivity}, &ak);
    if (al == 0 && !IsSingle(tk, j, Kind::kActivity)) continue;
    const size_t after = j + std::max<size_t>(al, 1);
    for (size_t n = after; n < e && n <= after + 3; ++n) {
      if (!tk[n].Has(Token::kAllDigits)) continue;
      // "8-10 timer": a range; then the unit.
      size_t u = n + 1;
      if (u + 1 < e && tk[u].Has(Token::kAllDigits) && tk.Gap(ctx.text(), n) == "-") ++u;
      return u < e && InList(limit_units_, tk, u) ? u : i;
    }
    return i;
  }
  return i;
}

// True if a name, CPR number or address (medium or more) ends at or before
// byte `pos` on the line that holds it.
// True if what follows the fall noun at token i is no "i/in/af/of" + a word
// that is no time: "tre fald i år", "two falls in November", not "tre fald
// i ledigheden".
bool HealthDetector::CountedFallEnds(const ScanContext& ctx, size_t i, size_t e) const {
  const Tokens& tk = ctx.tokens();
  if (i + 2 >= e) return true;
  const std::string_view prep = tk.folded(tk[i + 1]);
  if (prep != "i" && prep != "in" && prep != "af" && prep != "of" && prep != "på") return true;
  const std::string_view w = tk.folded(tk[i + 2]);
  // "i år", "in November"; or a body part: "fire sting i panden".
  return InList(rules_.time_words, w) || (Flags(tk, i + 2) & (kBodyDa | kBodyEn)) != 0;
}

size_t HealthDetector::FunctionDoneBadlyAt(const ScanContext& ctx, size_t b, size_t i,
                                           size_t e) const {
  const Tokens& tk = ctx.tokens();
  if (i + 1 >= e || !(Flags2(tk, i) & kBodyFunction)) return i;
  // Not about a thing: "det går dårligt", "it goes badly".
  if (i > b && InList(rules_.impersonal_subjects, tk, i - 1)) return i;
  // Sleep cut short: "sover kun 3-4 timer", "sleeps only 4 hours".
  if (InList(rules_.sleep_verbs, tk, i) && InList(rules_.few, tk, i + 1) && i + 3 < e &&
      tk[i + 2].Has(Token::kAllDigits)) {
    size_t u = i + 3;
    if (u + 1 < e && tk[u].Has(Token::kAllDigits) && tk.Gap(ctx.text(), i + 2) == "-") ++u;  // "3-4"
    if (InList(rules_.hour_units, tk, u)) return u;
  }
  size_t j = i + 1;
  if (j + 1 < e && (tk.folded(tk[j]) == "næsten" || tk.folded(tk[j]) == "very")) ++j;  // "sover næsten ikke"
  if (!InList(rules_.badly, tk, j)) return i;
  // "ser dårligt ud" (looks bad).
  if (j + 1 < e && tk.folded(tk[j + 1]) == "ud") return i;
  return j;
}

size_t HealthDetector::PhraseLength(const std::vector<std::vector<std::string>>& phrases, const Tokens& tk,
                                    size_t i, size_t e) {
  size_t best = 0;
  for (const std::vector<std::string>& p : phrases) {
    if (p.size() <= best || i + p.size() > e) continue;
    bool same = true;
    for (size_t k = 0; k < p.size() && same; ++k) same = tk.folded(tk[i + k]) == p[k];
    if (same) best = p.size();
  }
  return best;
}

size_t HealthDetector::LayStateAt(const ScanContext& ctx, size_t i, size_t e, bool english) const {
  const Tokens& tk = ctx.tokens();
  if (!(Flags2(tk, i) & kLayStart)) return i;
  // "spiser kun lidt", "sleeps poorly".
  if (InList(rules_.intake_functions, tk, i)) {
    const size_t n = i + 1 < e ? PhraseLength(scant_, tk, i + 1, e) : 0;
    // Not about a thing: "spiser lidt frokost" needs "kun"/"meget" first.
    if (n > 0) return i + n;
    return i;
  }
  // "har ikke spist", "glemmer at spise", "not sleeping", "refuses to eat".
  if (const size_t n = PhraseLength(neglect_, tk, i, e); n > 0) {
    size_t j = i + n;
    if (j < e && InList(rules_.intake_links, tk, j)) ++j;
    if (j < e && InList(rules_.intake_functions, tk, j)) {
      // "har ikke spist endnu", "not drinking tonight".
      if (j + 1 < e && InList(rules_.neglect_blockers, tk, j + 1)) return i;
      if (j + 2 < e && tk.folded(tk[j + 1]) == "i" && InList(rules_.neglect_blockers, tk, j + 2)) return i;
      return j;
    }
    // "refuses dinner", "nægter at spise maden".
    return i;
  }
  // "hjælpe ham på toilettet", "helps her with showering".
  if (InList(rules_.help_verbs, tk, i) && i + 2 < e && InList(rules_.help_objects, tk, i + 1)) {
    for (size_t j = i + 2; j < e && j < i + 5; ++j) {
      Kind ak;
      const size_t al = PhraseAt(ctx, j, e, english, {Kind::kActivity}, &ak);
      if (al > 0) return j + al - 1;
      if (IsSingle(tk, j, Kind::kActivity)) return j;
    }
  }
  // "dårlig ryg", "øm i hoften", "weak legs", "sore in the shoulder".
  if (InList(rules_.ailing, tk, i) && i + 1 < e) {
    size_t j = i + 1;
    for (int links = 0; links < 2 && j + 1 < e && InList(rules_.ailing_links, tk, j); ++links) ++j;
    // Not an idiom: "et dårligt hoved for tal".
    const bool idiom = j + 1 < e && InList(rules_.ailing_idioms, tk, j + 1);
    if ((Flags(tk, j) & (kBodyDa | kBodyEn)) && !idiom) return j;
  }
  // "poor sleep", "low appetite", "nedsat hukommelse".
  if (const size_t n = PhraseLength(impaired_, tk, i, e); n > 0 && i + n < e) {
    if (const size_t m = PhraseLength(function_nouns_, tk, i + n, e); m > 0) return i + n + m - 1;
  }
  // "korttidshukommelse meget nedsat", "hørelsen er nedsat"; not a
  // thing's or a group's ("virksomhedens kondition er svækket",
  // "mobiliteten er reduceret på arbejdsmarkedet", review).
  if (const size_t m = PhraseLength(function_nouns_, tk, i, e); m > 0) {
    const std::string_view prev = i > 0 ? tk.folded(tk[i - 1]) : std::string_view();
    const bool genitive = i > 0 && tk[i - 1].Has(Token::kAllLower) && prev.size() > 3 && prev.back() == 's';
    size_t j = i + m;
    for (int skips = 0; skips < 2 && j < e && InList(rules_.state_skips, tk, j); ++skips) ++j;
    if (!genitive && j < e && InList(rules_.impaired_after, tk, j) &&
        !(j + 1 < e && InList(rules_.population_prepositions_after, tk, j + 1))) {
      return j;
    }
  }
  return i;
}

size_t HealthDetector::IntensifiedStateAt(const ScanContext& ctx, size_t i, size_t e) const {
  const Tokens& tk = ctx.tokens();
  if (i + 1 >= e || !(Flags2(tk, i) & kIntensifier) || !InList(rules_.tired_states, tk, i + 1)) return i;
  // "træt af møderne", "tired of meetings": fed up, not ill.
  if (i + 2 < e && (tk.folded(tk[i + 2]) == "af" || tk.folded(tk[i + 2]) == "of")) return i;
  return i + 1;
}

bool HealthDetector::TimedAt(const ScanContext& ctx, size_t b, size_t i, size_t e) const {
  const Tokens& tk = ctx.tokens();
  // (Of a thing: "daglig behandling af fakturaer".)
  if (i + 1 < e && (tk.folded(tk[i + 1]) == "af" || tk.folded(tk[i + 1]) == "of")) return false;
  if (i > b && tk.Gap(ctx.text(), i - 1) == " " && InList(rules_.frequency_adjectives, tk, i - 1)) return true;
  if (i + 2 >= e || tk.Gap(ctx.text(), i) != " " || tk.folded(tk[i + 1]) != "om") return false;
  // A topic: "skriver om smerter om natten".
  if (i > b && (tk.folded(tk[i - 1]) == "om" || tk.folded(tk[i - 1]) == "about")) return false;
  const std::string_view w = tk.folded(tk[i + 2]);
  return w == "natten" || w == "morgenen" || w == "aftenen";
}

bool HealthDetector::CareIsWork(const Tokens& tk, size_t b, size_t i, size_t e) const {
  // The person does the work: "står for rengøring", "kører madservice ud",
  // "udfører natlige tilsyn".
  for (size_t k = i; k-- > b && k + 4 > i;) {
    if (InList(rules_.work_verbs, tk, k)) return true;
  }
  // Of or with a thing: "daglig rengøring af kontoret", "tilsyn med
  // byggepladsen".
  return i + 1 < e && (tk.folded(tk[i + 1]) == "af" || tk.folded(tk[i + 1]) == "med" || tk.folded(tk[i + 1]) == "of");
}

size_t HealthDetector::CareWithFrequency(const ScanContext& ctx, size_t b, size_t i, size_t e) const {
  const Tokens& tk = ctx.tokens();
  if (!IsSingle(tk, i, Kind::kCare)) return i;
  if (CareIsWork(tk, b, i, e)) return i;
  for (size_t j = i + 1; j < e && j <= i + 3; ++j) {
    if (ctx.LineBreakBetween(tk[j - 1].end, tk[j].start)) return i;
    const std::string_view w = tk.folded(tk[j]);
    if (InList(rules_.frequencies, w)) {
      // "tilsyn 2 gange årligt": a yearly inspection, not care.
      if ((j + 1 < e && InList(rules_.yearly, tk, j + 1)) || (j + 2 < e && InList(rules_.yearly, tk, j + 2))) {
        return i;
      }
      return j;
    }
    // Times of day: "Hjemmepleje morgen og aften" (dev16); not practical
    // help ("Kontoret får rengøring morgen og aften").
    if (j == i + 1 && j + 2 < e && !InList(rules_.practical_help, tk, i) && InList(rules_.times_of_day, w) &&
        tk.folded(tk[j + 1]) == "og" &&
        InList(rules_.times_of_day, tk, j + 2)) {
      return j + 2;
    }
    // "x2" may be split: "x" then "2".
    if (w == "x" && j + 1 < e && tk[j + 1].Has(Token::kAllDigits)) return j + 1;
    // "hver 2. uge", "hver anden dag", "every other week": right after
    // the care word.
    if (j == i + 1 && InList(rules_.every, w)) {
      for (size_t k = j + 1; k < e && k <= j + 2; ++k) {
        if (InList(rules_.frequency_units, tk, k)) return k;
      }
    }
    // "7 dage om ugen", "2 timer pr. uge": a number, a word, per, a unit.
    if (j == i + 3 && InList(rules_.per, w) && tk[i + 1].Has(Token::kAllDigits) && j + 1 < e &&
        InList(rules_.frequency_units, tk, j + 1)) {
      return j + 1;
    }
  }
  return i;
}

bool HealthDetector::PersonBeforeOnLine(const ScanContext& ctx, size_t pos) {
  size_t ls, le;
  ctx.LineBounds(pos > 0 ? pos - 1 : 0, &ls, &le);
  return PersonWithin(ls, pos);
}

bool HealthDetector::StatisticAfter(const ScanContext& ctx, size_t i, size_t last, size_t e) const {
  const Tokens& tk = ctx.tokens();
  if (!InList(rules_.absence_words, tk, last)) return false;
  for (size_t k = last + 1; k < e && k <= last + 8; ++k) {
    if (ctx.LineBreakBetween(tk[k - 1].end, tk[k].start)) return false;
    const std::string_view w = tk.folded(tk[k]);
    const std::string_view gap = tk.Gap(ctx.text(), k);
    const size_t mark = gap.find_first_not_of(' ');
    const bool percent = (tk[k].Has(Token::kAllDigits) && mark != std::string_view::npos && gap[mark] == '%') ||
                         w == "procent" || w == "pct" || w == "percent";
    if (!percent) continue;
    return InList(rules_.group_absence_words, tk, last) || !PersonBeforeOnLine(ctx, tk[i].start);
  }
  return false;
}

bool HealthDetector::FallAt(const ScanContext& ctx, size_t b, size_t i, size_t e) const {
  const Tokens& tk = ctx.tokens();
  if (!IsSingle(tk, i, Kind::kFall)) return false;
  // "faldt i søvn", "falling asleep": sleep, not a fall.
  if (i + 1 < e && (tk.folded(tk[i + 1]) == "asleep" ||
                    (i + 2 < e && tk.folded(tk[i + 1]) == "i" && tk.folded(tk[i + 2]) == "søvn"))) {
    return false;
  }
  auto person = [&](size_t k) {
    // The end of a name or CPR number the other detectors found: "Borger
    // 140238-3131 er faldet".
    if (NameOrCprEndsAt(tk[k].end)) return true;
    // A relative: "min mand er faldet", "her husband fell".
    if (k > b && (Flags2(tk, k - 1) & kPossessive) && InList(rules_.kin_words, tk, k)) return true;
    // English "I" before "fell" is the writer (the writer rule below), not
    // the Danish pronoun "I" ("I fell down a rabbit hole").
    if (tk.folded(tk[k]) == "i" && InList(rules_.falls.en, tk, i)) return false;
    return (Flags(tk, k) & (kPronoun | kRole)) != 0 ||
           (k > b && tk[k].TitleCase() &&
            !(Flags(tk, k) & kNever));  // not a place: "ledigheden i Norddjurs er faldet"
  };
  // Where people fall, at token `at` after the fall word (after the
  // subject in "faldt jeg ud af sengen"): "på badeværelset", "in the
  // garden", "ud af sengen", "out of bed".
  auto place_clause = [&](size_t at) {
    if (at + 1 >= e) return false;
    const std::string_view next = tk.folded(tk[at]);
    if ((next == "på" || next == "i" || next == "in" || next == "on") && InList(rules_.fall_places, tk, at + 1)) {
      return true;
    }
    if ((next == "ud" || next == "out") && at + 2 < e &&
        (tk.folded(tk[at + 1]) == "af" || tk.folded(tk[at + 1]) == "of")) {
      const size_t p = tk.folded(tk[at + 2]) == "the" && at + 3 < e ? at + 3 : at + 2;
      return InList(rules_.fall_places, tk, p) || InList(rules_.fall_from, tk, p);
    }
    return false;
  };
  // The clause after the fall word reads as a fall: "igen", a count, a
  // place (place_clause), or down ("faldt ned fra klatrestativet", "fell
  // off").
  auto fall_clause = [&](size_t at) {
    if (at >= e) return false;
    const std::string_view next = tk.folded(tk[at]);
    if (next == "igen" || next == "again" || next == "twice") return true;
    // Counted after the fall: "faldet 2 gange", "fallen three times".
    if ((tk[at].Has(Token::kAllDigits) || InList(rules_.fall_counts, tk, at)) && at + 1 < e &&
        InList(rules_.fall_times, tk, at + 1)) {
      return true;
    }
    if (place_clause(at)) return true;
    // "ud af" something else: dropped out ("faldt ud af forløbet").
    if ((next == "ud" || next == "out") && at + 2 < e &&
        (tk.folded(tk[at + 1]) == "af" || tk.folded(tk[at + 1]) == "of")) {
      return false;
    }
    return next == "ned" || next == "down" || next == "off";
  };
  size_t k = i;
  // A count between the auxiliary and the fall: "hun er to gange faldet".
  if (k > b + 1 && InList(rules_.fall_times, tk, k - 1) &&
      (tk[k - 2].Has(Token::kAllDigits) || InList(rules_.fall_counts, tk, k - 2))) {
    k -= 2;
  } else if (k > b && (tk.folded(tk[k - 1]) == "twice" || tk.folded(tk[k - 1]) == "igen")) {
    --k;
  } else if (k > b + 1 && tk.folded(tk[k - 2]) == "i" && InList(rules_.fall_when, tk, k - 1)) {
    k -= 2;  // a time: "er i nat faldet"
  }
  if (k > b && IsSingle(tk, k - 1, Kind::kFallAuxiliary)) --k;
  if (k > b && person(k - 1) && tk.Gap(ctx.text(), k - 1) == " ") return true;
  // An age between the person and the verb: "Bodil Kjærgaard 84 år er
  // faldet", "Anna Holm, 84 år, er faldet", "Anna Holm (84) er faldet"
  // (dev18).
  if (k > b + 2) {
    const std::string_view unit = tk.folded(tk[k - 1]);
    const bool years = unit == "år" || unit == "years" || unit == "yrs";
    const size_t age = years ? k - 2 : k - 1;
    // (Or in commas: "Anna Holm, 80, er faldet".)
    const bool commas = tk.Gap(ctx.text(), age).starts_with(",") && age > 0 && tk.Gap(ctx.text(), age - 1) == ", ";
    if ((years || commas || tk.Gap(ctx.text(), age).starts_with(")")) && tk[age].Has(Token::kAllDigits) &&
        tk[age].end - tk[age].start <= 3 && NameOrCprEndsAt(tk[age - 1].end)) {
      return true;
    }
  }
  // The second verb of a person's clause, where people fall or counted:
  // "Hun har været forvirret og faldet to gange i denne uge" (dev16).
  // (The subject opens the sentence: a subject pronoun, or a name or CPR
  // number the other detectors found; not "Hans aktie er steget og
  // faldet", review.)
  if (k > b + 1 && (tk.folded(tk[k - 1]) == "og" || tk.folded(tk[k - 1]) == "and") && fall_clause(i + 1)) {
    // (One clause: no colon or semicolon between the subject and "og".)
    auto one_clause = [&](size_t s) {
      // (Nor a clause of reported speech: "siger, at priserne steg og faldet".)
      for (size_t t = s; t + 1 < k; ++t) {
        if (tk.Gap(ctx.text(), t).find_first_of(":;") != std::string_view::npos) return false;
        if (tk.folded(tk[t + 1]) == "at" || tk.folded(tk[t + 1]) == "that") return false;
      }
      return true;
    };
    if (InList(rules_.subject_pronouns, tk.folded(tk[b])) && one_clause(b)) return true;
    for (size_t s = b; s + 1 < k && s < b + 4; ++s) {
      if (NameOrCprEndsAt(tk[s].end)) return one_clause(s);
    }
  }
  // A note after a name or CPR number and a comma, where people fall:
  // "Beboer Karl Nielsen, cpr 030852-3624, faldet ud af sengen".
  if (k > b && NameOrCprEndsAt(tk[k - 1].end) && tk.Gap(ctx.text(), k - 1) == ", " && fall_clause(i + 1)) {
    return true;
  }
  // A note about the person of the sentence before, without a subject:
  // "Else Bundgaard, Rønnebærvej 9. Faldet på badeværelset i nat." (this
  // sentence is linked to her, or it would not be matched).
  if (i == b && !InList(rules_.fall_nouns, tk, i) && tk.folded(tk[i]) != "fall" && fall_clause(i + 1)) return true;
  // A note line under the person: "- faldet i badeværelset".
  if (k == i && NoteLineStart(ctx, tk[i].start)) return true;
  // A clause of a note after a dash or a colon, about the person the line
  // names before it: "Jytte Holm, Søndergade 12 - faldet igen", "Karen
  // Jensen: faldet på badeværelset"; also after an address that ends in an
  // abbreviation ("Søndergade 14, 1. tv. – faldet i badeværelset"). The
  // clause must read as a fall: "igen", or "på"/"i" and a place where people
  // fall ("faldet i ledigheden" is a decline).
  if (k > b) {
    const std::string_view gap = tk.Gap(ctx.text(), k - 1);
    if ((gap == " - " || gap == ": " || gap == ". - ") && i + 1 < e && PersonBeforeOnLine(ctx, tk[k - 1].end) &&
        fall_clause(i + 1)) {
      return true;
    }
  }
  // The writer falling, where people fall: "jeg faldt ud af sengen", "i
  // går faldt jeg ud af sengen", "I fell in the bathroom" (linked only in a
  // signed letter or by a writer who introduces herself).
  // Only where people fall, not "ned"/"down"/"off" alone ("I fell down a
  // rabbit hole", "faldt ned på en løsning"); English "I" only before an
  // English fall word (Danish "I faldt" is "you fell").
  auto writer = [&](size_t x) {
    const std::string_view w = tk.folded(tk[x]);
    return w == "jeg" || (w == "i" && tk[x].Has(Token::kUpperInitial) && tk[x].end - tk[x].start == 1 &&
                          InList(rules_.falls.en, tk, i));
  };
  if (k > b && writer(k - 1) && tk.Gap(ctx.text(), k - 1) == " " && place_clause(i + 1)) return true;
  if (i + 1 < e && writer(i + 1) && tk.Gap(ctx.text(), i) == " " && place_clause(i + 2)) return true;
  // "i nat faldt hun" (not "i": the preposition is also a pronoun).
  return i + 1 < e && (Flags(tk, i + 1) & kPronoun) && tk.folded(tk[i + 1]) != "i" &&
         tk.Gap(ctx.text(), i) == " ";
}

size_t HealthDetector::SubstanceUseAt(const ScanContext& ctx, size_t i, size_t e) const {
  const Tokens& tk = ctx.tokens();
  if (!(Flags2(tk, i) & kUseVerb)) return i;
  const std::string_view v = tk.folded(tk[i]);
  const bool drug = InList(rules_.drug_verbs, v), drink = InList(rules_.drink_verbs, v),
             smoke = InList(rules_.smoke_verbs, v);
  if (!drug && !drink && !smoke) return i;
  bool measured = false;  // an amount or a frequency (for alcohol)
  for (size_t j = i + 1; j < e && j <= i + rules_.use_reach; ++j) {
    const std::string_view g = tk.Gap(ctx.text(), j - 1);
    if (g.find_first_of(".!?;:") != std::string_view::npos) break;
    const std::string_view w = tk.folded(tk[j]);
    measured = measured || IsNumberToken(tk, j) || InList(rules_.frequencies, w) ||
               InList(rules_.intensifiers, w);
    if ((drug && InList(rules_.drugs, w)) || (smoke && InList(rules_.smoked_drugs, w))) return j;
    if (drink && InList(rules_.drinks, w)) {
      // The amount or frequency may also follow: "drikker øl hver dag".
      for (size_t k = j + 1; !measured && k < e && k <= j + 3; ++k) {
        const std::string_view x = tk.folded(tk[k]);
        measured = InList(rules_.frequencies, x) || x == "dag" || x == "dagen" || x == "day" ||
                   x == "daily" || x == "dagligt";
      }
      return measured ? j : i;
    }
  }
  return i;
}

void HealthDetector::MatchSentence(const ScanContext& ctx, size_t b, size_t e, bool english,
                                   std::vector<Match>* out) const {
  const Tokens& tk = ctx.tokens();
  // A specialist at token j: listed, or a compound with a specialist head.
  auto specialist = [&](size_t j) {
    if (Flags(tk, j) & kSpecialist) return true;
    const std::string_view w = tk.folded(tk[j]);
    return EndsWithAny(w, rules_.specialist_heads, 3);
  };
  // A care unit at token j (rules.unit_heads): "Regionshospitalet", "Dansk
  // Hovedpinecenter", "kardiologisk afdeling".
  auto unit = [&](size_t j) {
    const std::string_view w = tk.folded(tk[j]);
    if (j > b && InList(rules_.ward_heads, w) && InList(rules_.specialty_adjectives, tk, j - 1)) return true;
    if (!tk[j].TitleCase()) return false;
    for (const std::string& head : rules_.unit_heads) {
      if (w.size() <= head.size() || !w.ends_with(head)) continue;
      if (InList(rules_.care_unit_heads, head)) return true;
      // The part before the head is a listed health word, with or without
      // a linking "s" or "e" ("Hjernerystelses|klinikken").
      std::string_view part = w.substr(0, w.size() - head.size());
      for (int pass = 0; pass < 2 && !part.empty(); ++pass) {
        const WordInfo* in = lex_.Find(part);
        if (in && (in->flags & (kTermDa | kTermEn)) && !(in->flags & kNever)) return true;
        if (part.back() != 's' && part.back() != 'e') break;
        part.remove_suffix(1);
      }
      return false;
    }
    return false;
  };
  auto treatment_object = [&](size_t i) -> size_t {
    // A specialist, a term, a medicine or a care unit within three words:
    // the span's end.
    for (size_t j = i + 1; j < e && j <= i + 3; ++j) {
      Kind kind;
      if (specialist(j) || unit(j)) return j;
      const size_t len = PhraseAt(ctx, j, e, english, {Kind::kSpecialist, Kind::kTermDa, Kind::kTermEn}, &kind);
      if (len > 0) return j + len - 1;
      if (CachedWordTerm(tk, j, english, &kind)) return j;
    }
    return i;
  };
  size_t last_medication_verb = SIZE_MAX;
  size_t last_medicine = SIZE_MAX;  // a medicine's last token: a list may follow
  bool aid_context = false;  // an aid verb earlier in the sentence
  for (size_t i = b; i < e; ++i) {
    if (InAddressOrLink(ctx.text(), tk[i].start, tk[i].end)) continue;
    if (IsNumberToken(tk, i)) {
      // A number starts only a listed phrase, hyphened to it or after a
      // section sign ("12-week scan", "§ 56-aftale"; not "56 aftaler").
      const WordInfo* in = Info(tk, i);
      const bool joined = i + 1 < e && (tk.Gap(ctx.text(), i) == "-" ||
                                        (i > b && tk.Gap(ctx.text(), i - 1).find("\u00A7") != std::string_view::npos));
      Kind k;
      if (!in || in->phrases.empty() || !joined ||
          PhraseAt(ctx, i, e, english, {Kind::kTermDa, Kind::kTermEn, Kind::kMedicine}, &k) == 0) {
        continue;
      }
    }
    // A word the lexicon does not hold can only start a derived term, an
    // inflected injury, a hyphen compound, an unknown medicine or an aid
    // (below): the other rules need a listed word at i, and are not tried.
    const bool known = Info(tk, i) != nullptr;
    const uint32_t fl = Flags(tk, i);
    size_t last = SIZE_MAX;
    Kind kind = Kind::kTermDa;
    const size_t len = !known ? 0 : PhraseAt(ctx, i, e, english,
                                {Kind::kTermDa, Kind::kTermEn, Kind::kMedicine, Kind::kState,
                                 Kind::kAdmission, Kind::kTreatment, Kind::kMedicationVerb},
                                &kind);
    // "admitted that he drinks", "admitted drinking", "admitted to
    // stealing": confessed, not taken into hospital.
    if (len <= 1 && known && i + 1 < e && InList(rules_.confession_verbs, tk, i)) {
      const size_t n = tk.folded(tk[i + 1]) == "to" && i + 2 < e ? i + 2 : i + 1;
      const std::string_view next = tk.folded(tk[n]);
      // (Not "admitted that evening", "admitted during the night".)
      if ((n == i + 1 && next == "that" && n + 1 < e && InList(rules_.pronouns.en, tk.folded(tk[n + 1]))) ||
          InList(rules_.confessed_acts, next)) {
        continue;
      }
    }
    if (len > 0 && kind == Kind::kMedicationVerb) {
      last_medication_verb = i + len - 1;
      i += len - 1;
      continue;
    }
    // "fell by 18 %", "fell to 40 percent": a share going down, not a
    // person falling ("fell by 2 steps", "fell to 1 knee" stay).
    if (known && len <= 1 && IsSingle(tk, i, Kind::kFall) && i + 2 < e && IsNumberToken(tk, i + 2) &&
        tk.Gap(ctx.text(), i) == " " && InList(rules_.share_links, tk, i + 1) &&
        ShareAfter(ctx, i + 2, e, rules_.share_units)) {
      continue;
    }
    if (known && len <= 1 && FallIdiomAt(tk, i, e)) continue;
    // "har det svært med Excel": a thing, not a mood.
    if (len > 1 && i + len + 1 < e && InList(rules_.struggle_words, tk, i + len - 1) &&
        tk.folded(tk[i + len]) == "med" &&
        (tk[i + len + 1].TitleCase() ||
         InList(rules_.struggle_things, tk, i + len + 1))) {
      i += len - 1;
      continue;
    }
    if (fl & kAidVerb) aid_context = true;
    if (len == 0 && known) {
      Kind k2;
      if (const size_t l2 = PhraseAt(ctx, i, e, english, {Kind::kAidVerb}, &k2); l2 > 0) {
        aid_context = true;
        i += l2 - 1;
        continue;
      }
    }
    if (len == 0 && known) {
      // A functional limit: "kan ikke gå", "svært ved at bøje sig".
      Kind lk;
      const size_t ll = PhraseAt(ctx, i, e, english, {Kind::kLimit}, &lk);
      if (ll > 0 || IsSingle(tk, i, Kind::kLimit)) {
        const size_t after = i + std::max<size_t>(ll, 1);
        for (size_t j = after; j < e && j <= after + 2; ++j) {
          Kind ak;
          const size_t al = PhraseAt(ctx, j, e, english, {Kind::kActivity}, &ak);
          if (al > 0 || IsSingle(tk, j, Kind::kActivity)) {
            last = j + std::max<size_t>(al, 1) - 1;
            break;
          }
        }
        if (last != SIZE_MAX) {
          out->push_back(Match{i, last});
          i = last;
          continue;
        }
      }
    }
    if (len == 0 && known) {
      if (const size_t su = SubstanceUseAt(ctx, i, e); su > i) {
        out->push_back(Match{i, su});
        i = su;
        continue;
      }
    }
    // A person's own specialist: "min jordemoder", "her oncologist", "hans
    // psykiater" (having one is health information).
    if (len == 0 && known && i + 1 < e && (Flags2(tk, i) & kPossessive) && tk.Gap(ctx.text(), i) == " " &&
        specialist(i + 1) && !(Flags(tk, i + 1) & kRole)) {
      out->push_back(Match{i, i + 1});
      ++i;
      continue;
    }
    if (len == 0 && known) {
      if (const size_t ml = MeasuredLimitAt(ctx, i, e, english); ml > i) {
        out->push_back(Match{i, ml});
        i = ml;
        continue;
      }
      if (const size_t fb = FunctionDoneBadlyAt(ctx, b, i, e); fb > i) {
        out->push_back(Match{i, fb});
        i = fb;
        continue;
      }
      if (const size_t ri = LayStateAt(ctx, i, e, english); ri > i) {
        out->push_back(Match{i, ri});
        i = ri;
        continue;
      }
      if (const size_t is = IntensifiedStateAt(ctx, i, e); is > i) {
        out->push_back(Match{i, is});
        i = is;
        continue;
      }
    }
    if (len > 0 && kind == Kind::kTreatment) {
      const size_t obj = treatment_object(i + len - 1);
      if (obj > i + len - 1) last = obj;
    } else if (len > 0) {
      last = i + len - 1;
      if (kind == Kind::kMedicine) last = BrandSuffixAfter(tk, DoseAfter(ctx, last, e), e);
      // "i behandling hos en psykiater", "in treatment for depression".
      if (kind == Kind::kState && last + 1 < e) {
        const std::string_view next = tk.folded(tk[last + 1]);
        if (next == "hos" || next == "for" || next == "med" || next == "på" || next == "at" ||
            next == "with") {
          last = std::max(last, treatment_object(last));
        }
      }
    } else if (fl & kAdmission) {
      last = i;
    } else if (fl & kMedicationVerb) {
      last_medication_verb = i;
      continue;
    } else if (fl & kTreatment) {
      const size_t obj = treatment_object(i);
      if (obj > i) last = obj;
    } else if (CachedWordTerm(tk, i, english, &kind)) {
      last = kind == Kind::kMedicine ? BrandSuffixAfter(tk, DoseAfter(ctx, i, e), e) : i;
    } else if (const size_t inj = InjuryAt(ctx, i, e, english); inj > i) {
      last = inj;
    } else if (const size_t rev = known ? BodyInjuryAt(ctx, i, e) : i; rev > i) {
      last = rev;
    } else if (const size_t bs = known ? BodyStateAt(ctx, i, e) : i; bs > i) {
      last = bs;  // "hævede ankler", "legs are very swollen"
    } else if (const size_t hy = HyphenCompoundAt(ctx, i, e); hy > i) {
      last = hy;
    } else if (const size_t me = known ? MeasureAt(ctx, i, e) : i; me > i) {
      last = me;  // a test result: "blodsukker på 14,2"
    } else if (const size_t dd = DueDateAt(ctx, b, i, e); dd > i) {
      last = dd;  // a due date: "termin 15. januar"
    } else if (known && !english && GuardedTermAt(ctx, b, i, e)) {
      last = i;  // "Elias stammer"
    } else if (known && FallAt(ctx, b, i, e)) {
      last = i;
    } else if (i > b && (Flags2(tk, i) & kFallNoun) && tk.Gap(ctx.text(), i - 1) == " " &&
               CountedFallEnds(ctx, i, e) &&
               (tk[i - 1].Has(Token::kAllDigits) || InList(rules_.fall_counts, tk, i - 1))) {
      // Counted falls: "tre fald", "two falls" (not "tre fald i ledigheden").
      last = i;
    } else if (size_t med = i; UnknownMedicineAt(
                   ctx, i, e,
                   (last_medication_verb != SIZE_MAX && last_medication_verb + 3 > i) ||
                       ListContinues(ctx, last_medicine, i),
                   &med)) {
      last = med;
      kind = Kind::kMedicine;
    } else if ((fl & kIgnore) && !(fl & kNever) && (fl & (kTermFlags | kHealthHead)) &&
               (AfterStateVerb(ctx, b, i) ||
                // listed after a health finding: "kvalme og en blødning"
                (!out->empty() && out->back().last >= b && ListContinues(ctx, out->back().last, i)) ||
                (i + 1 < e && IsNumberToken(tk, i + 1) && tk.Gap(ctx.text(), i) == " " &&
                 !tk[i].Has(Token::kAllUpper)) ||
                TimedAt(ctx, b, i, e))) {
      // A generic word right after a state verb ("har feber", "fik
      // medicin"), measured ("feber 38,6") or timed ("smerter om natten",
      // "natlige smerter").
      last = i;
    } else if ((fl & kIgnore) && !(fl & kNever) && !english && IsSingle(tk, i, Kind::kCare) &&
               AfterCareVerb(tk, b, i)) {
      // Care wished for or due: "ønsker plejebolig".
      last = i;
    } else if ((fl & kIgnore) && !(fl & kNever) && !english && i > b && IsSingle(tk, i, Kind::kCare) &&
               !InList(rules_.practical_help, tk, i) && !InList(rules_.no_possessive_care, tk, i) &&
               ((Flags2(tk, i - 1) & kPossessive) ||
                ((Flags2(tk, i - 1) & kKinGenitive) && i > b + 1 && (Flags2(tk, i - 2) & kPossessive))) &&
               tk.Gap(ctx.text(), i - 1) == " ") {
      // A person's own care: "hans madservice", "hendes nødkald", "min fars
      // madservice".
      last = i;
    } else if ((fl & kIgnore) && !(fl & kNever) && (fl & (kTermFlags | kHealthHead)) && !english &&
               TableCell(ctx, i)) {
      // A generic word filling a cell of a table row about a person
      // ("| Anton Bech | 2 dage | feber").
      last = i;
    } else if ((fl & kIgnore) && !(fl & kNever) && IsSingle(tk, i, Kind::kCare) && !out->empty() &&
               out->back().last >= b && ListContinues(ctx, out->back().last, i) &&
               ListItemEnds(ctx, i, e)) {
      // A care word listed right after a health finding: "hjælp til
      // personlig pleje x2 dgl., plejeseng, madservice".
      last = i;
    } else if (const size_t cf = known && !(fl & kNever) ? CareWithFrequency(ctx, b, i, e) : i;
               cf > i) {
      // "hjemmesygepleje to gange om dagen", "Bad x1 ugl.", "rengøring
      // hver 2. uge" (up to the frequency, so a list may go on after it).
      last = cf;
    } else if (known && !(fl & kNever) && i > b && IsSingle(tk, i, Kind::kCare) &&
               tk.Gap(ctx.text(), i - 1) == " " && InList(rules_.frequency_adjectives, tk, i - 1) &&
               !CareIsWork(tk, b, i, e)) {
      // A frequency before it: "natlige tilsyn", "daglig hjemmepleje".
      last = i;
    } else if ((fl & kIgnore) && !(fl & kNever) && !english && CareCell(ctx, i)) {
      // A care term as a cell of a record about a person.
      last = i;
    } else if (aid_context && !english && AidWord(tk.folded(tk[i]))) {
      // After "har fået bevilget:", "bruger": the aids of the sentence.
      last = i;
    }
    if (last == SIZE_MAX) continue;
    // A topic ("oplæg om diabetes"), or part of an organisation's name
    // ("Steno Diabetes Center", "Kræftens Bekæmpelse", "the rehabilitation
    // centre"): not a person's health.
    if (TopicBefore(ctx, b, i) || GroupBefore(tk, b, i) || OtherPersonBefore(tk, b, i) ||
        PresentedBefore(ctx, b, i) || UnitNameAt(ctx, b, i, last, e) ||
        (english && ServiceHeadAfter(ctx, b, i, last, e)) || PopulationAfter(tk, b, i, last, e) ||
        StatisticAfter(ctx, i, last, e) ||
        (last == i && CareRoleAt(tk, b, i)) || (last == i && SurnameShapeAt(ctx, b, i)) ||
        (!english && HyphenHeadAfter(ctx, last, e)) ||
        (last + 1 < e && (Flags(tk, last + 1) & kOtherHead) && tk.Gap(ctx.text(), last) == " " &&
         (tk[last + 1].Has(Token::kUpperInitial) ||
          // (lower-case "siden" is "since": "Sertralin 100 mg siden marts", dev17)
          (i > b && tk[i].Has(Token::kUpperInitial) && tk.folded(tk[last + 1]) != "siden")))) {
      i = last;
      continue;
    }
    out->push_back(Match{i, last});
    if (kind == Kind::kMedicine) last_medicine = last;
    i = last;
  }
}

}  // namespace privacy_guard::health_detail
