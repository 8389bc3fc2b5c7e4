// Context keywords of the number detectors ("cpr", "tlf.", "konto" ...),
// found in one Hyperscan pass over the text instead of folding and
// searching a window for every keyword at every match.
//
// At engine build every detector's keyword lists (Detector::keyword_lists)
// go into one literal database. A scan runs it once, lazily, at the first
// ScanContext::KeywordBefore/After call (a text without a number match never
// pays for it), and answers each later call by a binary search.
#ifndef PRIVACY_GUARD_ENGINE_KEYWORDS_H_
#define PRIVACY_GUARD_ENGINE_KEYWORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/pattern_db.h"
#include "privacy_guard/engine.h"

namespace privacy_guard {

// One occurrence of a keyword in the normalised text.
struct KeywordHit {
  uint32_t start, end;  // normalised byte offsets
  uint32_t list;        // index of its list (KeywordIndex::ListOf)
  bool word_front, word_back;  // the keyword starts / ends with a word byte
};

class KeywordIndex {
 public:
  // Registers a list (lower-case keywords; see ScanContext::KeywordBefore).
  // Lists are known by address: `list` must outlive the index. Adding a list
  // twice is harmless.
  void Add(const std::vector<std::string>* list);

  // Compiles the database and prepares its scratch. False (with *error) if
  // Hyperscan refuses a keyword or cannot allocate.
  bool Build(DatabaseCache* cache, EngineError* error);

  // The index of a registered list, or -1 (the caller then searches the
  // window itself).
  int ListOf(const std::vector<std::string>* list) const;

  // Every keyword occurrence in `text` (case-insensitive, Unicode), in
  // order of end offset. False if the
  // scan failed or found more than one hit per 8 bytes of text (*out is
  // then empty and callers search their windows instead).
  bool Find(std::string_view text, std::vector<KeywordHit>* out) const;

  bool empty() const { return lists_.empty(); }

 private:
  struct Entry {
    uint32_t list, length;
    bool word_front, word_back;
  };
  std::vector<const std::vector<std::string>*> lists_;
  std::vector<Entry> entries_;  // by Hyperscan id
  HsDatabase db_;
  ScratchPool scratch_;
};

// True for a byte of a word: an ASCII letter or digit, or any byte of a
// non-ASCII character.
bool IsWordByte(unsigned char c);

// True if the keyword hit `h` is a whole word of the window [from, to) of
// `text`: the window's edges count as word boundaries, as in a search of the
// window alone.
bool WholeWordIn(std::string_view text, const KeywordHit& h, size_t from, size_t to);

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_KEYWORDS_H_
