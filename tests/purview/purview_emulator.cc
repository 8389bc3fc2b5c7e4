#define PCRE2_CODE_UNIT_WIDTH 8
#include "purview_emulator.h"

#include <pcre2.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <sstream>
#include <stdexcept>

#include "engine/normalize.h"

namespace pgtest {
namespace {

std::string Digits(const std::string& s) {
  std::string d;
  for (char c : s) {
    if (c >= '0' && c <= '9') d.push_back(c);
  }
  return d;
}

bool Luhn(const std::string& d) {
  int sum = 0;
  bool dbl = false;
  for (size_t i = d.size(); i-- > 0;) {
    int v = d[i] - '0';
    if (dbl && (v *= 2) > 9) v -= 9;
    sum += v;
    dbl = !dbl;
  }
  return sum % 10 == 0;
}

bool DateDDMMYY(const std::string& d) {
  if (d.size() < 6) return false;
  const int dd = (d[0] - '0') * 10 + (d[1] - '0');
  const int mm = (d[2] - '0') * 10 + (d[3] - '0');
  const int yy = (d[4] - '0') * 10 + (d[5] - '0');
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (mm < 1 || mm > 12 || dd < 1 || dd > kDays[mm - 1]) return false;
  if (mm == 2 && dd == 29) {
    // Valid when the year is a leap year in some century ("00" is: 2000).
    return yy % 4 == 0;
  }
  return true;
}

bool Iban(const std::string& m) {
  std::string v;
  for (char c : m) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      v.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
  }
  if (v.size() < 15 || v.size() > 34) return false;
  const std::string r = v.substr(4) + v.substr(0, 4);
  int mod = 0;
  for (char c : r) {
    if (std::isdigit(static_cast<unsigned char>(c))) mod = (mod * 10 + (c - '0')) % 97;
    else mod = (mod * 100 + (c - 'A' + 10)) % 97;
  }
  return mod == 1;
}

bool Checksum(const std::map<std::string, std::string>& params, const std::string& m) {
  std::vector<int> weights;
  std::istringstream in(params.at("Weights"));
  std::string w;
  while (std::getline(in, w, ',')) weights.push_back(std::stoi(w));
  const int mod = std::stoi(params.at("Mod"));
  if (params.count("AllowAlphabets") && params.at("AllowAlphabets") != "0") {
    throw std::runtime_error("Checksum with letters is not emulated");
  }
  const std::string d = Digits(m);
  if (d.size() != weights.size()) return false;
  int sum = 0;
  for (size_t i = 0; i < d.size(); ++i) sum += (d[i] - '0') * weights[i];
  return sum % mod == 0;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string CollapseSpaces(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (IsSpace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string Fold(const std::string& s) {
  std::string out;
  privacy_guard::AppendFolded(s, &out);
  return out;
}

// Word tokens (runs of letters and digits) of valid UTF-8 `s`, as byte spans.
std::vector<std::pair<size_t, size_t>> Tokens(const std::string& s) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t i = 0, start = std::string::npos;
  while (i < s.size()) {
    size_t next;
    const int32_t cp = privacy_guard::NextCodePoint(s, i, &next);
    const bool word = privacy_guard::IsWordCodePoint(cp);
    if (word && start == std::string::npos) start = i;
    if (!word && start != std::string::npos) {
      out.emplace_back(start, i);
      start = std::string::npos;
    }
    i = next;
  }
  if (start != std::string::npos) out.emplace_back(start, s.size());
  return out;
}

bool IsPunct(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return u < 0x80 && std::ispunct(u);
}

}  // namespace

Pcre2Regex::Pcre2Regex(const std::string& pattern) {
  int err = 0;
  PCRE2_SIZE off = 0;
  code_ = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.c_str()), pattern.size(),
                        PCRE2_UTF | PCRE2_UCP, &err, &off, nullptr);
  if (!code_) {
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(err, msg, sizeof msg);
    throw std::runtime_error("PCRE2: " + std::string(reinterpret_cast<char*>(msg)) + " at offset " +
                             std::to_string(off));
  }
}

Pcre2Regex::~Pcre2Regex() { pcre2_code_free(static_cast<pcre2_code*>(code_)); }

std::vector<std::pair<size_t, size_t>> Pcre2Regex::FindAll(const std::string& text) const {
  std::vector<std::pair<size_t, size_t>> out;
  pcre2_code* code = static_cast<pcre2_code*>(code_);
  pcre2_match_data* md = pcre2_match_data_create_from_pattern(code, nullptr);
  size_t pos = 0;
  while (pos <= text.size()) {
    const int rc = pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), pos, 0,
                               md, nullptr);
    if (rc < 0) break;
    const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md);
    out.emplace_back(ov[0], ov[1]);
    if (ov[1] > ov[0]) {
      pos = ov[1];
    } else {
      pos = ov[1] + 1;
      while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
    }
  }
  pcre2_match_data_free(md);
  return out;
}

bool ValidatorsPass(const Pack& pack, const std::string& validators, const std::string& m) {
  if (validators.empty()) return true;
  if (validators == "Func_credit_card") {
    const std::string d = Digits(m);
    return d.size() >= 13 && d.size() <= 19 && Luhn(d);
  }
  if (validators == "Func_iban") return Iban(m);
  auto it = pack.validator_sets.find(validators);
  if (it == pack.validator_sets.end()) throw std::runtime_error("unknown validators " + validators);
  for (const PackValidator& v : it->second) {
    if (v.type == "DateSimple") {
      if (v.params.at("Pattern") != "DDMMYY") throw std::runtime_error("date pattern not emulated");
      if (!DateDDMMYY(Digits(m))) return false;
    } else if (v.type == "Checksum") {
      if (!Checksum(v.params, m)) return false;
    } else {
      throw std::runtime_error("validator type not emulated: " + v.type);
    }
  }
  return true;
}

struct PackEmulator::Text {
  const std::string& orig;
  std::vector<size_t> cp_at;    // original byte -> code point index
  std::string folded;
  std::vector<size_t> orig_at;  // folded byte -> original byte
  std::vector<std::pair<size_t, size_t>> tokens;  // in folded

  explicit Text(const std::string& s) : orig(s) {
    cp_at.assign(s.size() + 1, 0);
    size_t cps = 0;
    for (size_t i = 0; i < s.size();) {
      size_t next;
      privacy_guard::NextCodePoint(s, i, &next);
      for (size_t k = i; k < next; ++k) cp_at[k] = cps;
      const size_t before = folded.size();
      privacy_guard::AppendFolded(std::string_view(s).substr(i, next - i), &folded);
      orig_at.insert(orig_at.end(), folded.size() - before, i);
      ++cps;
      i = next;
    }
    cp_at[s.size()] = cps;
    orig_at.push_back(s.size());
    tokens = Tokens(folded);
  }
  Span Make(size_t fs, size_t fe) const {  // folded span -> Span
    const size_t s = orig_at[fs], e = orig_at[fe];
    return Span{s, e, cp_at[s], cp_at[e]};
  }
};

PackEmulator::PackEmulator(const Pack& pack) : pack_(pack) {
  for (const auto& [id, r] : pack.regexes) {
    try {
      regexes_[id] = std::make_unique<Pcre2Regex>(r.expression);
    } catch (const std::exception& e) {
      throw std::runtime_error("regex " + id + ": " + e.what());
    }
  }
  for (const auto& [id, groups] : pack.keywords) {
    Terms& t = terms_[id];
    for (const PackKeywordGroup& g : groups) {
      for (const std::string& term : g.terms) {
        const std::string f = CollapseSpaces(Fold(term));
        if (f.empty()) continue;
        if (g.match_style == "string") {
          t.strings.push_back(f);
        } else {
          t.words.insert(f);
          max_term_tokens_ = std::max(max_term_tokens_, Tokens(f).size());
        }
      }
      for (const std::string& term : g.case_sensitive_terms) {
        if (g.match_style != "word") throw std::runtime_error("case-sensitive string terms not emulated");
        const std::string c = CollapseSpaces(term);
        t.words_cs.insert(c);
        max_term_tokens_ = std::max(max_term_tokens_, Tokens(Fold(c)).size());
      }
    }
  }
}

PackEmulator::~PackEmulator() = default;

const std::vector<PackEmulator::Span>& PackEmulator::Occurrences(
    const std::string& id, const Text& t, std::map<std::string, std::vector<Span>>* cache) const {
  auto [it, fresh] = cache->try_emplace(id);
  if (!fresh) return it->second;
  std::vector<Span>& out = it->second;
  if (auto r = regexes_.find(id); r != regexes_.end()) {
    const std::string& validators = pack_.regexes.at(id).validators;
    for (const auto& [s, e] : r->second->FindAll(t.orig)) {
      if (ValidatorsPass(pack_, validators, t.orig.substr(s, e - s))) {
        out.push_back(Span{s, e, t.cp_at[s], t.cp_at[e]});
      }
    }
    return out;
  }
  const Terms& terms = terms_.at(id);
  const std::string& f = t.folded;
  for (const std::string& term : terms.strings) {
    for (size_t p = f.find(term); p != std::string::npos; p = f.find(term, p + 1)) {
      out.push_back(t.Make(p, p + term.size()));
    }
  }
  if (terms.words.empty() && terms.words_cs.empty()) return out;
  const auto& tk = t.tokens;
  for (size_t i = 0; i < tk.size(); ++i) {
    for (size_t j = i; j < tk.size() && j < i + max_term_tokens_; ++j) {
      const size_t fs = tk[i].first, fe = tk[j].second;
      const std::string cand = CollapseSpaces(f.substr(fs, fe - fs));
      if (terms.words.count(cand)) out.push_back(t.Make(fs, fe));
      if (!terms.words_cs.empty()) {
        const size_t os = t.orig_at[fs], oe = t.orig_at[fe];
        if (terms.words_cs.count(CollapseSpaces(t.orig.substr(os, oe - os)))) out.push_back(t.Make(fs, fe));
      }
      // Terms ending or starting in punctuation ("cpr-nr.", "(mobil)").
      const bool punct_after = fe < f.size() && IsPunct(f[fe]);
      const bool punct_before = fs > 0 && IsPunct(f[fs - 1]);
      if (punct_after && terms.words.count(cand + f[fe])) out.push_back(t.Make(fs, fe + 1));
      if (punct_before && punct_after && terms.words.count(f[fs - 1] + cand + f[fe])) {
        out.push_back(t.Make(fs - 1, fe + 1));
      }
    }
  }
  return out;
}

bool PackEmulator::Holds(const PackEvidence& e, size_t lo, size_t hi, const Text& t,
                         std::map<std::string, std::vector<Span>>* cache) const {
  if (!e.any) {
    int n = 0;
    for (const Span& s : Occurrences(e.id_ref, t, cache)) {
      if (s.cstart < hi && s.cend > lo) ++n;
    }
    return n >= std::max(1, e.min_count);
  }
  int satisfied = 0;
  for (const PackEvidence& c : e.children) satisfied += Holds(c, lo, hi, t, cache);
  return satisfied >= e.min_matches && (e.max_matches < 0 || satisfied <= e.max_matches);
}

std::vector<PackHit> PackEmulator::Scan(const std::string& text) const {
  Text t(text);
  std::map<std::string, std::vector<Span>> cache;
  std::vector<PackHit> hits;
  for (const PackEntity& ent : pack_.entities) {
    std::map<std::pair<size_t, size_t>, int> best;
    for (const PackPattern& p : ent.patterns) {
      for (const Span& s : Occurrences(p.id_match, t, &cache)) {
        size_t lo = 0, hi = std::numeric_limits<size_t>::max();
        if (ent.proximity >= 0) {
          const size_t prox = static_cast<size_t>(ent.proximity);
          lo = s.cstart > prox ? s.cstart - prox : 0;
          hi = s.cend + prox;
        }
        bool ok = true;
        for (const PackEvidence& e : p.evidence) ok = ok && Holds(e, lo, hi, t, &cache);
        if (!ok) continue;
        int& b = best[{s.start, s.end}];
        b = std::max(b, p.confidence);
      }
    }
    for (const auto& [span, conf] : best) {
      if (conf >= ent.recommended) hits.push_back(PackHit{ent.category, conf, span.first, span.second});
    }
  }
  return hits;
}

}  // namespace pgtest
