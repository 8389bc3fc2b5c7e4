// health: health information about an identified person (special-category
// data under GDPR art. 9): diagnoses, medication, treatment, addiction,
// psychiatric care, sick-leave reasons.
//
// 1. Terms come from the policy's health_terms files (one term per line; a
//    term may have several words: "parkinsons sygdom"). Matching is by
//    case-folded word tokens, with the common Danish inflections tried when
//    the word itself is not listed (-en, -et, -er, -erne, -s, -e: "diabetesen",
//    "depressionen"), and compounds ending in a listed term of 5+ letters
//    ("fødselsdepression", "urinvejsinfektion").
// 2. A health term is reported only when the same text identifies a person:
//    a name, CPR number, address, e-mail address or phone number found by the
//    other detectors at medium confidence or more. "Skriv en pjece om
//    diabetes til ældre" is not flagged.
// 3. Confidence: high when a CPR number or a name identifies the person,
//    medium when only contact details do.
#include <algorithm>

#include "engine/detector.h"
#include "engine/lexicon.h"

namespace privacy_guard {
namespace {

struct HealthInfo {
  bool term = false;  // a one-word term
  // Multi-word terms starting with this word: indexes into phrases_.
  std::vector<uint32_t> phrases;
};

constexpr std::string_view kSuffixes[] = {"erne", "ene", "ens", "ets", "en", "et", "er", "es", "e", "s"};

// The first four bytes of a word as a number (shorter words: zero-padded).
uint32_t Head4(std::string_view w) {
  uint32_t v = 0;
  for (size_t i = 0; i < 4 && i < w.size(); ++i) v |= static_cast<uint32_t>(static_cast<unsigned char>(w[i])) << (8 * i);
  return v;
}

class HealthDetector : public Detector {
 public:
  explicit HealthDetector(const DataSets& data) {
    std::string f;
    // Words in common_words say nothing specific on their own ("medicin",
    // "sygdom", "hjertet"): never a health term, even if a list has them.
    for (const std::string& w : data.common_words) {
      f.clear();
      AppendFolded(w, &f);
      ignore_.Upsert(f) = 1;
    }
    for (const std::string& term : data.health_terms) {
      f.clear();
      AppendFolded(term, &f);
      std::vector<std::string> words;
      size_t s = 0;
      while (s < f.size()) {
        size_t e = s;
        while (e < f.size() && f[e] != ' ' && f[e] != '-') ++e;
        if (e > s) words.push_back(f.substr(s, e - s));
        s = e + 1;
      }
      if (words.empty()) continue;
      if (words.size() == 1) {
        if (words[0].size() >= 3 && !ignore_.Find(words[0])) {
          lex_.Upsert(words[0]).term = true;
          SetBit(&heads_, Head4(words[0]));
          if (words[0].size() >= 5) SetBit(&tails_, Head4(words[0].substr(words[0].size() - 4)));
        }
      } else {
        phrases_.push_back(words);
        lex_.Upsert(words[0]).phrases.push_back(static_cast<uint32_t>(phrases_.size() - 1));
      }
    }
  }

  Category category() const override { return Category::kHealth; }
  bool uses_tokens() const override { return true; }
  int phase() const override { return 1; }

  void Scan(const ScanContext& ctx, std::vector<Candidate>* out) const override {
    bool strong = false, weak = false;
    for (const Candidate& c : ctx.earlier()) {
      if (c.confidence < Confidence::kMedium) continue;
      switch (c.category) {
        case Category::kName:
        case Category::kCpr:
          strong = true;
          break;
        case Category::kAddress:
        case Category::kEmail:
        case Category::kPhone:
          weak = true;
          break;
        default:
          break;
      }
    }
    if (!strong && !weak) return;
    const Confidence conf = strong ? Confidence::kHigh : Confidence::kMedium;
    const Tokens& tk = ctx.tokens();
    const std::string_view text = ctx.text();
    const size_t n = tk.size();
    for (size_t i = 0; i < n; ++i) {
      const Token& t = tk[i];
      if (t.Has(Token::kAllDigits)) continue;
      std::string_view w = tk.folded(t);
      const HealthInfo* in = lex_.Find(w, t.hash);
      // Multi-word terms first (longest).
      if (in && !in->phrases.empty()) {
        size_t best_end = 0;
        for (uint32_t p : in->phrases) {
          const auto& words = phrases_[p];
          size_t k = 1;
          for (; k < words.size() && i + k < n; ++k) {
            std::string_view g = tk.Gap(text, i + k - 1);
            if (g != " " && g != "-") break;
            if (tk.folded(tk[i + k]) != words[k]) break;
          }
          if (k == words.size()) best_end = std::max(best_end, i + k - 1);
        }
        if (best_end > 0) {
          out->push_back(Candidate{Category::kHealth, t.start, tk[best_end].end, conf});
          i = best_end;
          continue;
        }
      }
      if (!(in && in->term)) {
        in = nullptr;
        // Cheap filters first: an inflected form shares the term's first four
        // bytes; a compound its first four or its head's last four.
        const bool head_ok = TestBit(heads_, Head4(w));
        const bool tail_ok = w.size() >= 8 && TailMayMatch(w);
        if (!head_ok && !tail_ok) continue;
        for (std::string_view suf : kSuffixes) {
          if (!head_ok) break;
          size_t sl = suf.size();
          if (w.size() >= sl + 4 && w.compare(w.size() - sl, sl, suf) == 0) {
            const HealthInfo* base = lex_.Find(w.substr(0, w.size() - sl));
            if (base && base->term) {
              in = base;
              break;
            }
          }
        }
      }
      if (!(in && in->term) && w.size() >= 8 && !ignore_.Find(w, t.hash)) in = Compound(w);
      if (in && in->term) {
        out->push_back(Candidate{Category::kHealth, t.start, t.end, conf});
      }
    }
  }

  // Danish compounds: a listed term of 5+ bytes as the head ("fødsels|
  // depression", "urinvejs|infektion") or a listed term of 6+ bytes as the
  // first part followed by 4+ bytes ("kræft|sygdom", "diabetes|ambulatorium").
  const HealthInfo* Compound(std::string_view w) const {
    for (size_t p = 3; p + 5 <= w.size(); ++p) {
      if ((static_cast<unsigned char>(w[p]) & 0xC0) == 0x80) continue;
      const HealthInfo* in = lex_.Find(w.substr(p));
      if (in && in->term) return in;
    }
    // A listed first part must be 6+ bytes and leave 4+ bytes: "eksem|pel"
    // (eksempel) is no eczema.
    for (size_t p = w.size() - 4; p >= 6; --p) {
      if ((static_cast<unsigned char>(w[p]) & 0xC0) == 0x80) continue;
      const HealthInfo* in = lex_.Find(w.substr(0, p));
      if (in && in->term) return in;
    }
    return nullptr;
  }

  // The term itself is a medical word, not the person: show it.
  std::string Mask(std::string_view value) const override { return std::string(value); }

 private:
  // True if a listed term of 5+ bytes could end where `w` ends (possibly
  // before an inflection suffix).
  bool TailMayMatch(std::string_view w) const {
    if (TestBit(tails_, Head4(w.substr(w.size() - 4)))) return true;
    for (std::string_view suf : kSuffixes) {
      if (w.size() >= suf.size() + 8 && w.compare(w.size() - suf.size(), suf.size(), suf) == 0 &&
          TestBit(tails_, Head4(w.substr(w.size() - suf.size() - 4, 4)))) {
        return true;
      }
    }
    return false;
  }

  Lexicon<HealthInfo> lex_;
  Lexicon<uint8_t> ignore_;  // common_words: never health terms
  // Bit sets (64 Ki bits) of the first four bytes of every one-word term and
  // the last four bytes of every one-word term of 5+ bytes: most words are
  // rejected by one memory access.
  using BitSet = std::vector<uint64_t>;
  static uint32_t Slot(uint32_t v) { return (v * 2654435761u) >> 16; }
  static void SetBit(BitSet* b, uint32_t v) {
    if (b->empty()) b->assign(1024, 0);
    (*b)[Slot(v) >> 6] |= 1ull << (Slot(v) & 63);
  }
  static bool TestBit(const BitSet& b, uint32_t v) {
    return !b.empty() && ((b[Slot(v) >> 6] >> (Slot(v) & 63)) & 1);
  }
  BitSet heads_, tails_;
  std::vector<std::vector<std::string>> phrases_;
};

std::unique_ptr<Detector> MakeHealth(const DetectorInit& init) {
  return std::make_unique<HealthDetector>(init.data);
}

CategoryDefaults Defaults() {
  CategoryDefaults d;
  d.action = Action::kBlock;
  d.min_confidence = Confidence::kMedium;
  d.label = {"Helbredsoplysning", "Health information"};
  d.why = {"Oplysninger om en persons helbred er følsomme personoplysninger og kræver særlig beskyttelse.",
           "Information about a person's health is sensitive personal data and needs special protection."};
  d.placeholder = "HELBREDSOPLYSNING";
  return d;
}

}  // namespace

PG_REGISTER_DETECTOR(Category::kHealth, Defaults(), MakeHealth);

}  // namespace privacy_guard
