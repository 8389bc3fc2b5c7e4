// Text normalisation for detection, with an offset map back to the original.
//
// Detectors never see the employee's raw text. They see a normalised UTF-8
// copy in which evasions and typing accidents are undone:
//   * NFKC (full-width digits "１２" become "12", ligatures are split, ...);
//   * default-ignorable code points are removed (zero-width space/joiners,
//     soft hyphen, word joiner, BOM, variation selectors);
//   * every white-space character (NBSP, line breaks, tabs, ...) becomes ' ';
//   * every dash punctuation (en dash, non-breaking hyphen, ...) becomes '-'.
// Every span found in the normalised text is mapped back to the original
// text, in UTF-16 code units and UTF-8 bytes, by NormalizedText::Map().
#ifndef PRIVACY_GUARD_ENGINE_NORMALIZE_H_
#define PRIVACY_GUARD_ENGINE_NORMALIZE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace privacy_guard {

// A span of the original text.
struct OriginalSpan {
  uint32_t start16 = 0, end16 = 0;  // UTF-16 code units, half-open
  size_t start8 = 0, end8 = 0;      // UTF-8 bytes, half-open
};

class NormalizedText {
 public:
  // Normalises `original`. Returns false (and sets *error to a message with
  // the byte offset) if `original` is not valid UTF-8; encoded surrogates
  // are invalid. Reuses this object's buffers.
  bool Build(std::string_view original, std::string* error);

  // The normalised text (valid UTF-8).
  const std::string& text() const { return text_; }

  // Maps the normalised byte span [nstart, nend) to the original text. The
  // result covers every original character that contributed to the span;
  // removed characters at either edge are excluded.
  OriginalSpan Map(size_t nstart, size_t nend) const;

  // True if the original text had a line break ('\n', '\r', U+2028/2029)
  // where the normalised bytes [from, to) are.
  bool LineBreakBetween(size_t from, size_t to) const;

  // The line around normalised offset `pos`: [*start, *end), where the
  // original text's line breaks (and the text's ends) are the bounds.
  void LineBounds(size_t pos, size_t* start, size_t* end) const;

  // True if the original text had a tab where the normalised bytes
  // [from, to) are (a table cell boundary in pasted tables).
  bool TabBetween(size_t from, size_t to) const;

  // The first normalised offset p in [from, to) that lies in a paragraph
  // break: a run of white space holding two or more line breaks of the
  // original (a blank line), p being the second line break. Returns npos if
  // there is none.
  size_t ParagraphBreak(size_t from, size_t to) const;

  // Cuts the normalised text into up to `pieces` pieces at paragraph breaks
  // near equal shares: returns {0, c1, ..., size}, ascending. A share with no
  // paragraph break in its first quarter is merged into the next piece, so a
  // text without blank lines stays one piece. Then, if `long_piece` > 0,
  // every piece longer than `long_piece` is cut further into shares of at
  // most half of it, each cut at the first line break in the share's first
  // quarter, or failing one at the first space there (a share with neither
  // is merged into the next).
  std::vector<size_t> PieceCuts(size_t pieces, size_t long_piece = 0) const;

  // The first normalised offset in [from, to) where the original text had a
  // line break, or failing one the first space after ',', ';', '.', '"',
  // '}' or ']', or failing that the first space; npos if none.
  size_t LineOrSpaceBreak(size_t from, size_t to) const;

 private:
  // A place where normalised and original text do not advance in lock step
  // (every non-ASCII character or removed character). Between anchors, one
  // normalised byte = one original byte = one UTF-16 unit (ASCII).
  struct Anchor {
    uint32_t nstart, nend;    // normalised bytes
    uint32_t ostart16, oend16;
    uint32_t ostart8, oend8;
  };
  std::string text_;
  std::vector<Anchor> anchors_;
  std::vector<uint32_t> line_breaks_;  // normalised offsets, ascending
  std::vector<uint32_t> tabs_;         // normalised offsets of tabs, ascending
};

// Decodes the code point that ends at byte `pos` of valid UTF-8 `s`
// (pos > 0). Returns the code point and sets *start to its first byte.
int32_t PrevCodePoint(std::string_view s, size_t pos, size_t* start);
// Decodes the code point starting at byte `pos` of valid UTF-8 `s`
// (pos < size). Sets *next to the byte after it.
int32_t NextCodePoint(std::string_view s, size_t pos, size_t* next);

// True for letters and digits (ICU, so æ ø å and other scripts count).
bool IsWordCodePoint(int32_t cp);
// True if the character before `pos` (or after `end`) in valid UTF-8 `s` is a
// letter or digit: i.e. the span does not start (end) on a word boundary.
bool WordCharBefore(std::string_view s, size_t pos);
bool WordCharAfter(std::string_view s, size_t end);

// Lower-cases valid UTF-8 `s` (full Unicode case folding via ICU for
// non-ASCII; ASCII fast path) and appends it to *out.
void AppendFolded(std::string_view s, std::string* out);

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_NORMALIZE_H_
