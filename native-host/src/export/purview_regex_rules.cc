#include "export/purview_regex_rules.h"

#include <algorithm>
#include <cctype>

#include "export/purview_limits.h"

namespace privacy_guard::exporter::purview {
namespace {

enum class AtomKind { kLiteral, kClass, kDot, kGroup, kAssertion };

struct Quantifier {
  bool present = false;
  int min = 1, max = 1;  // max -1 = unbounded
};

struct Atom {
  AtomKind kind;
  int depth;  // group depth the atom sits at (0 = top level)
  Quantifier q;
};

// Parses a quantifier at s[*i]; advances *i past it (and a lazy '?' or
// possessive '+' suffix). Returns q.present == false when there is none.
Quantifier ParseQuantifier(std::string_view s, size_t* i) {
  Quantifier q;
  if (*i >= s.size()) return q;
  const char c = s[*i];
  if (c == '*' || c == '+' || c == '?') {
    q.present = true;
    q.min = c == '+' ? 1 : 0;
    q.max = c == '?' ? 1 : -1;
    ++*i;
  } else if (c == '{') {
    size_t j = *i + 1;
    auto digits = [&](int* out) {
      size_t start = j;
      long v = 0;
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) {
        v = std::min<long>(v * 10 + (s[j] - '0'), 1000000);
        ++j;
      }
      *out = static_cast<int>(v);
      return j > start;
    };
    int lo = 0, hi = 0;
    if (!digits(&lo)) return q;  // "{" not followed by a number: a literal
    hi = lo;
    if (j < s.size() && s[j] == ',') {
      ++j;
      if (!digits(&hi)) hi = -1;
    }
    if (j >= s.size() || s[j] != '}') return q;
    q.present = true;
    q.min = lo;
    q.max = hi;
    *i = j + 1;
  } else {
    return q;
  }
  if (*i < s.size() && (s[*i] == '?' || s[*i] == '+')) ++*i;
  return q;
}

// Skips a character class starting at s[i] == '['; returns the index after
// its closing ']', or npos when unterminated.
size_t SkipClass(std::string_view s, size_t i) {
  ++i;
  if (i < s.size() && s[i] == '^') ++i;
  if (i < s.size() && s[i] == ']') ++i;  // a leading ']' is a literal
  while (i < s.size()) {
    if (s[i] == '\\') {
      i += 2;
    } else if (s[i] == '[' && i + 1 < s.size() && s[i + 1] == ':') {
      size_t end = s.find(":]", i + 2);
      i = end == std::string_view::npos ? i + 1 : end + 2;
    } else if (s[i] == ']') {
      return i + 1;
    } else {
      ++i;
    }
  }
  return std::string_view::npos;
}

// Skips an escape sequence starting at s[i] == '\\'; sets *assertion for
// zero-width escapes (\b, \B, \A, \z, \Z, \G).
size_t SkipEscape(std::string_view s, size_t i, bool* assertion) {
  *assertion = false;
  if (i + 1 >= s.size()) return s.size();
  const char c = s[i + 1];
  size_t j = i + 2;
  if (std::string_view("bBAzZG").find(c) != std::string_view::npos) {
    *assertion = true;
  } else if (std::string_view("xpPNgko").find(c) != std::string_view::npos && j < s.size() &&
             (s[j] == '{' || s[j] == '<' || s[j] == '\'')) {
    const char close = s[j] == '{' ? '}' : s[j] == '<' ? '>' : '\'';
    size_t end = s.find(close, j + 1);
    j = end == std::string_view::npos ? s.size() : end + 1;
  } else if (c == 'x') {
    while (j < s.size() && j < i + 4 && std::isxdigit(static_cast<unsigned char>(s[j]))) ++j;
  } else if (c == 'c') {
    j = std::min(s.size(), j + 1);
  } else if (c == 'Q') {
    size_t end = s.find("\\E", j);
    j = end == std::string_view::npos ? s.size() : end + 2;
  } else if (std::isdigit(static_cast<unsigned char>(c))) {
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
  } else if ((static_cast<unsigned char>(c) & 0xC0) == 0xC0) {
    while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
  }
  return j;
}

class Checker {
 public:
  explicit Checker(std::string_view re) : re_(re) {}

  std::vector<std::string> Run() {
    if (Utf16Length(re_) > kMaxRegexChars) {
      Add("longer than " + std::to_string(kMaxRegexChars) + " characters");
    }
    size_t i = SkipLeadingFlags(0);
    const size_t body_start = i;
    if (body_start < re_.size() && re_[body_start] == '|') Add("begins with the alternator '|'");
    int depth = 0;
    while (i < re_.size()) {
      const char c = re_[i];
      if (c == '(') {
        i = OpenGroup(i, &depth);
        continue;
      }
      if (c == ')') {
        if (depth == 0) {
          Add("unbalanced parentheses");
          ++i;
          continue;
        }
        --depth;
        ++i;
        PushAtom(AtomKind::kGroup, depth, &i);
        continue;
      }
      if (c == '|') {
        if (depth == 0 && i + 1 == re_.size()) Add("ends with the alternator '|'");
        ++i;
        continue;
      }
      if (c == '[') {
        size_t end = SkipClass(re_, i);
        if (end == std::string_view::npos) {
          Add("unterminated character class");
          break;
        }
        i = end;
        PushAtom(AtomKind::kClass, depth, &i);
        continue;
      }
      if (c == '\\') {
        bool assertion = false;
        i = SkipEscape(re_, i, &assertion);
        PushAtom(assertion ? AtomKind::kAssertion : AtomKind::kLiteral, depth, &i);
        continue;
      }
      if (c == '^' || c == '$') {
        ++i;
        PushAtom(AtomKind::kAssertion, depth, &i);
        continue;
      }
      if (c == '.') {
        ++i;
        PushAtom(AtomKind::kDot, depth, &i);
        continue;
      }
      ++i;
      while (i < re_.size() && (static_cast<unsigned char>(re_[i]) & 0xC0) == 0x80) ++i;
      PushAtom(AtomKind::kLiteral, depth, &i);
    }
    if (depth != 0) Add("unbalanced parentheses");
    CheckDotEdges();
    return violations_;
  }

 private:
  void Add(const std::string& v) {
    if (std::find(violations_.begin(), violations_.end(), v) == violations_.end()) {
      violations_.push_back(v);
    }
  }

  // Inline flag groups "(?i)" at the start are not atoms.
  size_t SkipLeadingFlags(size_t i) const {
    while (i + 2 < re_.size() && re_[i] == '(' && re_[i + 1] == '?') {
      size_t j = i + 2;
      while (j < re_.size() && (std::isalpha(static_cast<unsigned char>(re_[j])) || re_[j] == '-' ||
                                re_[j] == '^')) {
        ++j;
      }
      if (j == i + 2 || j >= re_.size() || re_[j] != ')') break;
      i = j + 1;
    }
    return i;
  }

  // Handles "(" at re_[i]; returns the index to continue from.
  size_t OpenGroup(size_t i, int* depth) {
    std::string_view rest = re_.substr(i);
    if (rest.rfind("(?#", 0) == 0) {  // comment
      size_t end = re_.find(')', i);
      return end == std::string_view::npos ? re_.size() : end + 1;
    }
    if (rest.rfind("(?=", 0) == 0 || rest.rfind("(?!", 0) == 0 || rest.rfind("(?<=", 0) == 0 ||
        rest.rfind("(?<!", 0) == 0 || rest.rfind("(*pla:", 0) == 0 || rest.rfind("(*plb:", 0) == 0 ||
        rest.rfind("(*positive_look", 0) == 0 || rest.rfind("(*negative_look", 0) == 0 ||
        rest.rfind("(*nla:", 0) == 0 || rest.rfind("(*nlb:", 0) == 0) {
      Add("lookaround assertions are rejected");
    }
    if (rest.rfind("(?", 0) == 0) {
      size_t j = i + 2;
      while (j < re_.size() && (std::isalpha(static_cast<unsigned char>(re_[j])) || re_[j] == '-' ||
                                re_[j] == '^')) {
        ++j;
      }
      if (j > i + 2 && j < re_.size() && re_[j] == ')') return j + 1;  // inline flags
    }
    ++*depth;
    // Skip the group's opener so "?:" or "?<name>" is not read as atoms.
    size_t j = i + 1;
    if (j < re_.size() && re_[j] == '?') {
      ++j;
      if (j + 1 < re_.size() && re_[j] == '<' && (re_[j + 1] == '=' || re_[j + 1] == '!')) {
        return j + 2;  // lookbehind (reported above)
      }
      if (j < re_.size() && re_[j] == 'P' && j + 1 < re_.size() && re_[j + 1] == '<') ++j;
      if (j < re_.size() && (re_[j] == '<' || re_[j] == '\'')) {  // named group
        const char close = re_[j] == '\'' ? '\'' : '>';
        size_t end = re_.find(close, j + 1);
        return end == std::string_view::npos ? re_.size() : end + 1;
      }
      while (j < re_.size() && re_[j] != ':' && re_[j] != ')' && re_[j] != '(' &&
             (std::isalpha(static_cast<unsigned char>(re_[j])) || re_[j] == '-' || re_[j] == '^')) {
        ++j;
      }
      if (j < re_.size() && (re_[j] == ':' || re_[j] == '>' || re_[j] == '|' || re_[j] == '=' ||
                             re_[j] == '!')) {
        ++j;
      }
      return j;
    }
    if (j < re_.size() && re_[j] == '*') {  // (*VERB) or (*pla:...)
      while (j < re_.size() && re_[j] != ':' && re_[j] != ')') ++j;
      if (j < re_.size() && re_[j] == ')') {
        --*depth;
        return j + 1;
      }
      return j + 1;
    }
    return j;
  }

  // Records an atom ending at *i, reads its quantifier and applies the
  // per-atom rules.
  void PushAtom(AtomKind kind, int depth, size_t* i) {
    Atom a{kind, depth, ParseQuantifier(re_, i)};
    atoms_.push_back(a);
    if (!a.q.present) return;
    const bool unbounded = a.q.max == -1;
    const bool variable_from_0_or_1 = a.q.min <= 1 && a.q.max != a.q.min;
    if (unbounded) {
      Add("generic quantifiers '+', '*' or '{n,}' match more content than expected");
      if (kind == AtomKind::kGroup) Add("unbounded repeater on a group");
    }
    if (depth > 0 && variable_from_0_or_1) {
      if (kind == AtomKind::kDot) {
        Add("'.{0,m}', '.{1,m}', '.*' or '.+' inside a group");
      } else {
        Add("'?', '{0,m}' or '{1,m}' repeater inside a group");
      }
    }
  }

  // "Cannot begin or end with a .{0,m} pattern" / "… .{1,m}".
  void CheckDotEdges() {
    std::vector<const Atom*> top;
    for (const Atom& a : atoms_) {
      if (a.depth == 0 && a.kind != AtomKind::kAssertion) top.push_back(&a);
    }
    auto dot_repeater = [](const Atom* a) {
      return a->kind == AtomKind::kDot && a->q.present && a->q.min <= 1 && a->q.max != a->q.min;
    };
    if (!top.empty() && (dot_repeater(top.front()) || dot_repeater(top.back()))) {
      Add("begins or ends with '.{0,m}' or '.{1,m}'");
    }
  }

  std::string_view re_;
  std::vector<Atom> atoms_;
  std::vector<std::string> violations_;
};

}  // namespace

std::vector<std::string> RegexRuleViolations(std::string_view regex) {
  return Checker(regex).Run();
}

size_t Utf16Length(std::string_view utf8) {
  size_t n = 0;
  for (size_t i = 0; i < utf8.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    if ((c & 0xC0) == 0x80) continue;
    n += c >= 0xF0 ? 2 : 1;
  }
  return n;
}

}  // namespace privacy_guard::exporter::purview
