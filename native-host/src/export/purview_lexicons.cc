#include "export/purview_lexicons.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "export/purview_regex_rules.h"
#include "privacy_guard/rules/name.h"
#include "privacy_guard/text.h"

namespace privacy_guard::exporter::purview {

bool HasLetter(const std::string& folded) {
  for (char c : folded) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalpha(u)) return true;
  }
  return false;
}

std::string TitleCase(const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  u.toLower(icu::Locale("da"));
  icu::UnicodeString out;
  bool start = true;
  for (int32_t i = 0; i < u.length();) {
    const UChar32 c = u.char32At(i);
    out.append(start ? u_toupper(c) : c);
    start = c == '-' || c == ' ';
    i += U16_LENGTH(c);
  }
  std::string r;
  out.toUTF8String(r);
  return r;
}

std::vector<std::vector<std::string>> SplitRanked(const std::vector<std::string>& v) {
  std::vector<std::vector<std::string>> files(1);
  for (const std::string& s : v) {
    if (s.empty()) {
      if (!files.back().empty()) files.emplace_back();
      continue;
    }
    files.back().push_back(s);
  }
  if (files.back().empty()) files.pop_back();
  return files;
}

std::vector<std::string> Interleave(const std::vector<std::vector<std::string>>& files) {
  std::vector<std::string> out;
  size_t longest = 0;
  for (const auto& f : files) longest = std::max(longest, f.size());
  for (size_t r = 0; r < longest; ++r) {
    for (const auto& f : files) {
      if (r < f.size()) out.push_back(f[r]);
    }
  }
  return out;
}

Lexicons PrepareLexicons(const DataSets& d) {
  Lexicons lx;
  for (const std::string& w : d.common_words) lx.common.insert(FoldCase(w));
  for (const std::string& p : d.places) {
    std::string f = FoldCase(p);
    size_t s = 0;
    while (s < f.size()) {
      size_t e = f.find(' ', s);
      if (e == std::string::npos) e = f.size();
      if (e > s) lx.places.insert(f.substr(s, e - s));
      s = e + 1;
    }
  }
  for (const std::string& e : d.street_endings) {
    std::string f = FoldCase(e);
    if (!f.empty() && f.find(' ') == std::string::npos) lx.street_endings.insert(f);
  }
  const std::vector<std::string> surnames = Interleave(SplitRanked(d.surnames));
  std::vector<std::vector<std::string>> first_files = SplitRanked(d.first_names);
  std::unordered_map<std::string, size_t> best_rank;
  for (const auto& file : first_files) {
    for (size_t r = 0; r < file.size(); ++r) {
      auto [it, fresh] = best_rank.emplace(FoldCase(file[r]), r + 1);
      if (!fresh) it->second = std::min(it->second, r + 1);
    }
  }
  std::unordered_set<std::string> surname_set;
  for (const std::string& s : surnames) surname_set.insert(FoldCase(s));
  lx.names = surname_set;
  for (const auto& [f, rank] : best_rank) lx.names.insert(f);
  // Ordinary words: the dictionary's lower-case entries (like the engine).
  for (const std::string& w : d.dictionary) {
    if (w.empty()) continue;
    unsigned char c = static_cast<unsigned char>(w[0]);
    if (c >= 'A' && c <= 'Z') continue;
    if (c == 0xC3 && w.size() > 1) {
      unsigned char c2 = static_cast<unsigned char>(w[1]);
      if (c2 == 0x86 || c2 == 0x98 || c2 == 0x85) continue;  // Æ Ø Å
    }
    lx.words.insert(FoldCase(w));
  }
  std::unordered_set<std::string> strong_surnames;
  for (const std::string& s : surnames) {
    std::string f = FoldCase(s);
    if (!HasLetter(f) || Utf16Length(f) < 2 || lx.places.count(f)) continue;
    const bool strong = !lx.common.count(f) && !lx.words.count(f);
    (strong ? lx.surnames_strong : lx.surnames_weak).push_back(s);
    if (strong) strong_surnames.insert(f);
  }
  const size_t word_rank_limit = rules::name::Rules().word_first_max_rank;
  for (const std::string& n : Interleave(first_files)) {
    std::string f = FoldCase(n);
    if (!HasLetter(f) || f.find(' ') != std::string::npos || Utf16Length(f) < 2 ||
        lx.places.count(f) || strong_surnames.count(f)) {
      continue;
    }
    if (lx.common.count(f)) {
      lx.first_weak.push_back(n);  // a real name that is also a word: "Bo", "Mark"
    } else if (lx.words.count(f) && best_rank[f] > word_rank_limit) {
      continue;  // a rare name that is an ordinary word ("Til", "Skat")
    } else if (!surname_set.count(f)) {
      lx.first_strong.push_back(n);
    }
  }
  return lx;
}

}  // namespace privacy_guard::exporter::purview
