#include "privacy_guard/rules/forms.h"

namespace privacy_guard::rules {

Group Digits(int min, int max, std::string first, DigitRole role) {
  Group g;
  g.min = min;
  g.max = max;
  g.first = std::move(first);
  g.role = role;
  return g;
}

Group Words(std::vector<std::string> words, bool optional) {
  Group g;
  g.words = std::move(words);
  g.optional = optional;
  return g;
}

NumberForm Grouped(std::string name, int count, int digits, Separator sep, std::string first) {
  NumberForm f;
  f.name = std::move(name);
  for (int i = 0; i < count; ++i) {
    f.groups.push_back(Digits(digits, digits, i == 0 ? first : std::string()));
    if (i > 0) f.separators.push_back(sep);
  }
  return f;
}

std::vector<std::string> Expand(const std::string& word) {
  const size_t open = word.find('[');
  if (open == std::string::npos) return {word};
  const size_t close = word.find(']', open);
  if (close == std::string::npos) return {word};
  const std::string head = word.substr(0, open);
  const std::string part = word.substr(open + 1, close - open - 1);
  std::vector<std::string> out;
  for (const std::string& tail : Expand(word.substr(close + 1))) {
    out.push_back(head + part + tail);
  }
  for (const std::string& tail : Expand(word.substr(close + 1))) {
    out.push_back(head + tail);
  }
  return out;
}

}  // namespace privacy_guard::rules
