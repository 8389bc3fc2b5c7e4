#include "export/purview_render.h"

#include <set>
#include <vector>

#include "export/purview_builder.h"

namespace privacy_guard::exporter::purview {

const char kInvisibleClass[] = "[\\x{AD}\\x{200B}-\\x{200D}\\x{2060}\\x{FEFF}]";

namespace {

const char kWhiteSpace[] = "\\s";
// Dash punctuation the engine reads as '-' (after NFKC).
const char kDashes[] = "\\x{2010}-\\x{2015}\\x{FE58}\\x{FE63}\\x{FF0D}";

std::string Times(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// The marks as one character class ("-" -> every dash; "/" -> "/").
std::string MarkClass(const std::string& marks, const RenderOptions& o) {
  std::string body;
  bool dash = false;
  for (char c : marks) {
    if (c == '-') {
      dash = true;
      continue;
    }
    if (c == ']' || c == '\\' || c == '^') body.push_back('\\');
    body.push_back(c);
  }
  if (o.full_width) {
    // The full-width forms of the ASCII marks ("／", "．", "："), as NFKC
    // folds them.
    for (char c : marks) {
      if (c == '/') body += "\\x{FF0F}";
      if (c == '.') body += "\\x{FF0E}";
      if (c == ':') body += "\\x{FF1A}";
      if (c == ',') body += "\\x{FF0C}";
    }
  }
  if (dash) body = "-" + body + kDashes;
  if (!dash && body.size() == 1) return EscapeRegexLiteral(body);
  return "[" + body + "]";
}

std::string Digit(const RenderOptions& o) { return o.full_width ? "[０-９]" : "[0-9]"; }

std::string Count(int min, int max) {
  if (min == max) return min == 1 ? "" : "{" + std::to_string(min) + "}";
  return "{" + std::to_string(min) + "," + std::to_string(max) + "}";
}

std::string DigitsRegex(const rules::Group& g, const RenderOptions& o) {
  if (g.role == rules::DigitRole::kDay) {
    return o.full_width ? "(?:０[１-９]|[１２][０-９]|３[０１])" : "(?:0[1-9]|[12][0-9]|3[01])";
  }
  if (g.role == rules::DigitRole::kMonth) {
    return o.full_width ? "(?:０[１-９]|１[０-２])" : "(?:0[1-9]|1[0-2])";
  }
  if (g.first.empty()) return Digit(o) + Count(g.min, g.max);
  std::string first = "[" + g.first + "]";
  if (o.full_width) {
    // "1-9" -> "１-９", "2-9" -> "２-９", "3" -> "３".
    std::string fw;
    for (char c : g.first) {
      if (c >= '0' && c <= '9') {
        fw += "\xEF\xBC";
        fw.push_back(static_cast<char>(0x90 + (c - '0')));
      } else {
        fw.push_back(c);
      }
    }
    first = "[" + fw + "]";
  }
  if (g.max <= 1) return first;
  return first + Digit(o) + Count(g.min > 1 ? g.min - 1 : 0, g.max - 1);
}

std::string WordsRegex(const rules::Group& g) {
  std::string alts;
  std::set<std::string> seen;
  for (const std::string& w : g.words) {
    for (const std::string& spelling : rules::Expand(w)) {
      if (!seen.insert(spelling).second) continue;
      std::string r;
      for (char c : spelling) r += c == ' ' ? std::string(kWhiteSpace) : EscapeRegexLiteral(std::string(1, c));
      alts += (alts.empty() ? "" : "|") + r;
    }
  }
  return "(?:" + alts + ")";
}

// `invisible`: also an invisible character in place of, and next to, the
// separator (between digit groups, where copied numbers carry them).
std::vector<std::string> SeparatorAlternatives(const rules::Separator& sep, const RenderOptions& o,
                                               bool invisible = true) {
  std::vector<std::string> alts;
  for (int k = 1; k <= sep.max_spaces; ++k) alts.push_back(Times(kWhiteSpace, k));
  if (sep.optional && invisible) alts.push_back(kInvisibleClass);
  if (!sep.marks.empty()) {
    const std::string mark = MarkClass(sep.marks, o);
    for (int before = 0; before <= sep.max_spaces_around; ++before) {
      for (int after = 0; after <= sep.max_spaces_around; ++after) {
        alts.push_back(Times(kWhiteSpace, before) + mark + Times(kWhiteSpace, after));
      }
    }
    if (invisible) {
      alts.push_back(std::string(kInvisibleClass) + mark);
      alts.push_back(mark + kInvisibleClass);
    }
  }
  return alts;
}

}  // namespace

namespace {

std::string JoinSeparator(const rules::Separator& sep, const RenderOptions& o, bool invisible) {
  const std::vector<std::string> alts = SeparatorAlternatives(sep, o, invisible);
  if (alts.empty()) return "";
  std::string out;
  for (const std::string& a : alts) out += (out.empty() ? "(?:" : "|") + a;
  out += ")";
  if (sep.optional) out += "?";
  return out;
}

}  // namespace

std::string PurviewSeparator(const rules::Separator& sep, const RenderOptions& o) {
  return JoinSeparator(sep, o, true);
}

std::string PurviewRegex(const rules::NumberForm& form, const RenderOptions& o) {
  std::string out;
  if (!form.prefixes.empty()) {
    std::string alts;
    for (const std::string& p : form.prefixes) {
      std::string r;
      for (char c : p) r += c == ' ' ? std::string(kWhiteSpace) : EscapeRegexLiteral(std::string(1, c));
      alts += (alts.empty() ? "" : "|") + r;
    }
    out += "(?:" + alts + ")" + PurviewSeparator(form.after_prefix, o);
  }
  for (size_t i = 0; i < form.groups.size(); ++i) {
    const rules::Group& g = form.groups[i];
    const bool has_sep = i > 0 && i - 1 < form.separators.size();
    const std::string body = g.words.empty() ? DigitsRegex(g, o) : WordsRegex(g);
    // Invisible characters only between two digit groups, and not in the
    // full-width twins: full-width digits with invisible characters too
    // would take the written-date forms past Purview's 1,024 characters.
    const bool between_digits = has_sep && g.words.empty() && form.groups[i - 1].words.empty() &&
                                !o.full_width;
    if (!g.optional) {
      out += (has_sep ? JoinSeparator(form.separators[i - 1], o, between_digits) : "") + body;
      continue;
    }
    // An optional group and the separator before it: one top-level group
    // of spelled-out alternatives (no quantifier may stand inside it).
    std::string alts;
    if (has_sep) {
      for (const std::string& a : SeparatorAlternatives(form.separators[i - 1], o, false)) {
        alts += (alts.empty() ? "" : "|") + a + body;
      }
    }
    if (!has_sep || form.separators[i - 1].optional || alts.empty()) {
      alts += (alts.empty() ? "" : "|") + body;
    }
    out += "(?:" + alts + ")?";
  }
  return out;
}

}  // namespace privacy_guard::exporter::purview
