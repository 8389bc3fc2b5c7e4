// A compact string -> value hash table for the word lists (names, streets,
// health terms). Open addressing over one key arena: ~20 bytes per entry,
// one probe sequence per lookup, no allocation after Build.
#ifndef PRIVACY_GUARD_ENGINE_LEXICON_H_
#define PRIVACY_GUARD_ENGINE_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace privacy_guard {

// FNV-1a, 64 bit: cheap, good enough for short words.
inline uint64_t HashWord(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

template <typename V>
class Lexicon {
 public:
  // Returns the value for `key`, inserting a default-constructed one.
  // Invalidates pointers returned by Find().
  V& Upsert(std::string_view key) {
    if ((count_ + 1) * 4 > slots_.size() * 3) Grow();
    size_t i = Probe(key);
    if (slots_[i].len == kEmpty) {
      slots_[i].off = static_cast<uint32_t>(arena_.size());
      slots_[i].len = static_cast<uint32_t>(key.size());
      arena_.append(key);
      values_.emplace_back();
      slots_[i].value = static_cast<uint32_t>(values_.size() - 1);
      ++count_;
    }
    return values_[slots_[i].value];
  }

  // The value for `key`, or nullptr.
  const V* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    size_t i = Probe(key);
    return slots_[i].len == kEmpty ? nullptr : &values_[slots_[i].value];
  }
  V* FindMutable(std::string_view key) {
    return const_cast<V*>(static_cast<const Lexicon*>(this)->Find(key));
  }

  size_t size() const { return count_; }
  size_t MemoryBytes() const {
    return arena_.capacity() + slots_.capacity() * sizeof(Slot) + values_.capacity() * sizeof(V);
  }
  void Reserve(size_t n) {
    size_t want = 16;
    while (want * 3 < n * 4) want *= 2;
    if (want > slots_.size()) Rehash(want);
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    uint32_t off = 0, len = kEmpty, value = 0;
  };

  size_t Probe(std::string_view key) const {
    const size_t mask = slots_.size() - 1;
    size_t i = HashWord(key) & mask;
    while (true) {
      const Slot& s = slots_[i];
      if (s.len == kEmpty) return i;
      if (s.len == key.size() && std::string_view(arena_).substr(s.off, s.len) == key) return i;
      i = (i + 1) & mask;
    }
  }
  void Grow() { Rehash(slots_.empty() ? 16 : slots_.size() * 2); }
  void Rehash(size_t n) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(n, Slot{});
    for (const Slot& s : old) {
      if (s.len == kEmpty) continue;
      size_t i = Probe(std::string_view(arena_).substr(s.off, s.len));
      slots_[i] = s;
    }
  }

  std::string arena_;
  std::vector<Slot> slots_;
  std::vector<V> values_;
  size_t count_ = 0;
};

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_LEXICON_H_
