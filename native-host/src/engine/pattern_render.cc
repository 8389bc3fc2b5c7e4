#include "engine/pattern_render.h"

namespace privacy_guard {
namespace {

std::string Repeat(int min, int max) {
  if (min == max) return min == 1 ? "" : "{" + std::to_string(min) + "}";
  return "{" + std::to_string(min) + "," + std::to_string(max) + "}";
}

std::string Spaces(int min, int max) {
  if (max <= 0) return "";
  return " " + Repeat(min, max);
}

// A character class for the marks: "-" -> "-", "-/." -> "[-/.]".
std::string MarkClass(const std::string& marks) {
  if (marks.size() == 1) return EscapeRegex(marks);
  std::string body;
  // '-' first, so it is literal.
  if (marks.find('-') != std::string::npos) body.push_back('-');
  for (char c : marks) {
    if (c == '-') continue;
    if (c == ']' || c == '\\' || c == '^') body.push_back('\\');
    body.push_back(c);
  }
  return "[" + body + "]";
}

std::string Group(const rules::Group& g) {
  if (!g.words.empty()) {
    std::string alts;
    for (const std::string& w : g.words) {
      for (const std::string& spelling : rules::Expand(w)) {
        alts += (alts.empty() ? "" : "|") + EscapeRegex(spelling);
      }
    }
    return "(?:" + alts + ")";
  }
  if (g.first.empty()) return "[0-9]" + Repeat(g.min, g.max);
  std::string out = "[" + g.first + "]";
  if (g.max > 1) out += "[0-9]" + Repeat(g.min > 1 ? g.min - 1 : 0, g.max - 1);
  return out;
}

}  // namespace

std::string EscapeRegex(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::string_view(".^$|?*+()[]{}\\/").find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string HyperscanSeparator(const rules::Separator& sep) {
  std::string alts;
  int n = 0;
  if (sep.max_spaces > 0) {
    alts = Spaces(1, sep.max_spaces);
    ++n;
  }
  if (!sep.marks.empty()) {
    const std::string around = Spaces(0, sep.max_spaces_around);
    alts += (n ? "|" : "") + around + MarkClass(sep.marks) + around;
    ++n;
  }
  if (n == 0) return "";
  if (n == 1 && !sep.optional) return alts;
  return "(?:" + alts + ")" + (sep.optional ? "?" : "");
}

std::string HyperscanRegex(const rules::NumberForm& form) {
  std::string out;
  if (!form.prefixes.empty()) {
    std::string alts;
    for (const std::string& p : form.prefixes) alts += (alts.empty() ? "" : "|") + EscapeRegex(p);
    out += form.prefixes.size() == 1 ? alts : "(?:" + alts + ")";
    out += HyperscanSeparator(form.after_prefix);
  }
  for (size_t i = 0; i < form.groups.size(); ++i) {
    const std::string sep =
        i > 0 && i - 1 < form.separators.size() ? HyperscanSeparator(form.separators[i - 1]) : "";
    if (form.groups[i].optional) {
      out += "(?:" + sep + Group(form.groups[i]) + ")?";
    } else {
      out += sep + Group(form.groups[i]);
    }
  }
  return out;
}

}  // namespace privacy_guard
