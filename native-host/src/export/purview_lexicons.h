// The reference data as the Purview mappers need it: name lists split the
// way the engine's name detector reads them, ordinary words, places and
// street endings, all case-folded with the engine's folding.
#ifndef PRIVACY_GUARD_EXPORT_PURVIEW_LEXICONS_H_
#define PRIVACY_GUARD_EXPORT_PURVIEW_LEXICONS_H_

#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "privacy_guard/engine.h"

namespace privacy_guard::exporter::purview {

struct Lexicons {
  std::unordered_set<std::string> common;   // common_words
  std::unordered_set<std::string> places;   // every word of every place name
  std::set<std::string> street_endings;     // one-word endings
  std::unordered_set<std::string> words;    // the dictionary's lower-case entries
  std::unordered_set<std::string> names;    // every first name and surname
  // As the engine's name detector splits them (rules/name.h): a strong
  // first name is not a common word and not an ordinary word ranked below
  // the rank limit; a strong surname is neither a common nor an ordinary
  // word. Names on both a first-name and a surname list are kept once, so
  // no pattern can corroborate itself: a strong surname leaves the
  // first-name lists, a weak one makes the first name weak. Original
  // spelling, most frequent first.
  std::vector<std::string> first_strong, first_weak, surnames_strong, surnames_weak;
};

Lexicons PrepareLexicons(const DataSets& data);

// A ranked list whose files are separated by empty entries -> the files.
std::vector<std::vector<std::string>> SplitRanked(const std::vector<std::string>& v);
// Ranked files merged rank by rank: rank 1 of every file, then rank 2 ...
std::vector<std::string> Interleave(const std::vector<std::vector<std::string>>& files);
// "MØLLER" -> "Møller", "HOLM-NIELSEN" -> "Holm-Nielsen".
std::string TitleCase(const std::string& s);
// True if the folded string holds a letter.
bool HasLetter(const std::string& folded);

}  // namespace privacy_guard::exporter::purview

#endif  // PRIVACY_GUARD_EXPORT_PURVIEW_LEXICONS_H_
