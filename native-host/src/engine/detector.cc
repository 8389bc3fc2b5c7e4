#include "engine/detector.h"

#include "engine/pattern_render.h"

#include <algorithm>

namespace privacy_guard {
namespace {

// Filled during static initialisation, before main().
std::vector<DetectorInfo>& Pending() {
  static std::vector<DetectorInfo> r;
  return r;
}

// Finds `kw` as a whole word in the folded `window`.
bool ContainsWord(std::string_view window, std::string_view kw) {
  size_t pos = 0;
  while ((pos = window.find(kw, pos)) != std::string_view::npos) {
    bool left_ok = pos == 0 || !IsWordByte(window[pos - 1]) ||
                   !IsWordByte(kw.front());
    size_t after = pos + kw.size();
    bool right_ok = after >= window.size() || !IsWordByte(window[after]) ||
                    !IsWordByte(kw.back());
    if (left_ok && right_ok) return true;
    ++pos;
  }
  return false;
}

// Moves `pos` back to the start of a UTF-8 character.
size_t AlignBack(std::string_view s, size_t pos) {
  while (pos > 0 && pos < s.size() &&
         (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) {
    --pos;
  }
  return pos;
}

}  // namespace

const std::vector<DetectorInfo>& RegisteredDetectors() {
  // A sorted copy, made once: initialising a local static is thread-safe,
  // and the list never changes after static initialisation.
  static const std::vector<DetectorInfo> sorted = [] {
    std::vector<DetectorInfo> r = Pending();
    std::sort(r.begin(), r.end(), [](const DetectorInfo& a, const DetectorInfo& b) {
      return a.category < b.category;
    });
    return r;
  }();
  return sorted;
}

DetectorRegistration::DetectorRegistration(Category c, CategoryDefaults d,
                                           DetectorFactory f) {
  Pending().push_back(DetectorInfo{c, std::move(d), f});
}

bool ScanContext::KeywordIn(size_t from, size_t to,
                            const std::vector<std::string>& keywords) const {
  const std::string_view t = text();
  const int list = keywords_ ? keywords_->ListOf(&keywords) : -1;
  if (list >= 0) {
    if (!hits_ready_) {
      hits_ok_ = keywords_->Find(t, &hits_);
      hits_ready_ = true;
    }
    if (hits_ok_) {
      // Hits end in order; a keyword inside [from, to) ends in (from, to].
      auto it = std::upper_bound(hits_.begin(), hits_.end(), to,
                                 [](size_t v, const KeywordHit& h) { return v < h.end; });
      while (it != hits_.begin()) {
        --it;
        if (it->end <= from) break;
        if (it->list == static_cast<uint32_t>(list) && WholeWordIn(t, *it, from, to)) return true;
      }
      return false;
    }
  }
  std::string folded;
  AppendFolded(t.substr(from, to - from), &folded);
  for (const std::string& kw : keywords) {
    if (ContainsWord(folded, kw)) return true;
  }
  return false;
}

bool ScanContext::KeywordBefore(size_t pos, size_t window,
                                const std::vector<std::string>& keywords) const {
  const std::string_view t = text();
  const size_t from = pos > window ? AlignBack(t, pos - window) : 0;
  return KeywordIn(from, pos, keywords);
}

bool ScanContext::KeywordAfter(size_t end, size_t window,
                               const std::vector<std::string>& keywords) const {
  const std::string_view t = text();
  const size_t to = AlignBack(t, std::min(t.size(), end + window));
  return KeywordIn(end, to, keywords);
}

std::string DigitsOf(std::string_view s) {
  std::string d;
  for (char c : s) {
    if (c >= '0' && c <= '9') d.push_back(c);
  }
  return d;
}

std::string MaskDigitsAfter(std::string_view value, size_t keep) {
  std::string out;
  size_t seen = 0;
  for (char c : value) {
    if (c >= '0' && c <= '9') {
      out.push_back(seen < keep ? c : 'X');
      ++seen;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string MaskDigitsBefore(std::string_view value, size_t keep) {
  size_t total = 0;
  for (char c : value) total += (c >= '0' && c <= '9');
  std::string out;
  size_t seen = 0;
  for (char c : value) {
    if (c >= '0' && c <= '9') {
      out.push_back(seen + keep >= total ? c : 'X');
      ++seen;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::vector<Pattern> FormPatterns(const std::vector<rules::NumberForm>& forms) {
  std::vector<Pattern> out;
  for (size_t i = 0; i < forms.size(); ++i) {
    out.push_back(Pattern{HyperscanRegex(forms[i]), 0, static_cast<int>(i), "", true});
  }
  return out;
}

}  // namespace privacy_guard
