#include "engine/redact.h"

#include <map>
#include <string>
#include <vector>

#include "engine/allowlist.h"

namespace privacy_guard {

RedactResult RedactText(std::string_view utf8, const ScanResult& result,
                        const std::array<CategoryRuleView, kNumCategories>& rules,
                        const std::array<CategoryDefaults, kNumCategories>& defaults) {
  RedactResult out;
  // Distinct values per category, in order of first appearance.
  std::array<std::map<std::string, int>, kNumCategories> numbers;
  std::array<int, kNumCategories> distinct{};
  std::vector<const Finding*> todo;
  for (const Finding& f : result.findings) {
    if (f.action != Action::kWarn && f.action != Action::kBlock) continue;
    if (f.byte_end > utf8.size() || f.byte_start >= f.byte_end) continue;
    todo.push_back(&f);
    const size_t ci = static_cast<size_t>(f.category);
    std::string key = AllowKey(utf8.substr(f.byte_start, f.byte_end - f.byte_start));
    if (numbers[ci].emplace(key, distinct[ci] + 1).second) ++distinct[ci];
  }
  size_t pos8 = 0;
  for (const Finding* f : todo) {
    if (f->byte_start < pos8) continue;  // overlapping (should not happen)
    const size_t ci = static_cast<size_t>(f->category);
    out.text.append(utf8.substr(pos8, f->byte_start - pos8));
    std::string key = AllowKey(utf8.substr(f->byte_start, f->byte_end - f->byte_start));
    std::string ph = "[" + rules[ci].placeholder;
    if (defaults[ci].numbered_placeholder || distinct[ci] > 1) {
      ph += " " + std::to_string(numbers[ci][key]);
    }
    ph += "]";
    out.text.append(ph);
    out.replacements.push_back(Replacement{f->category, f->start, f->end, ph});
    pos8 = f->byte_end;
  }
  out.text.append(utf8.substr(pos8));
  return out;
}

}  // namespace privacy_guard
