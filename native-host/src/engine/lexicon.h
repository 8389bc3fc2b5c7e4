// A compact string -> value hash table for the word lists (names, streets,
// health terms). Open addressing over one key arena: ~20 bytes per entry,
// one probe sequence per lookup, no allocation after Build.
#ifndef PRIVACY_GUARD_ENGINE_LEXICON_H_
#define PRIVACY_GUARD_ENGINE_LEXICON_H_

#include <cstdint>
#include <cstring>
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
    if ((count_ + 1) * 2 > slots_.size()) Grow();
    const uint64_t h = HashWord(key);
    size_t i = Probe(key, h);
    if (slots_[i].len == kEmpty) {
      slots_[i].off = static_cast<uint32_t>(arena_.size());
      slots_[i].len = static_cast<uint32_t>(key.size());
      slots_[i].tag = static_cast<uint32_t>(h >> 32);
      arena_.append(key);
      values_.emplace_back();
      slots_[i].value = static_cast<uint32_t>(values_.size() - 1);
      ++count_;
    }
    return values_[slots_[i].value];
  }

  // The value for `key`, or nullptr. `hash` must be HashWord(key).
  const V* Find(std::string_view key, uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    size_t i = Probe(key, hash);
    return slots_[i].len == kEmpty ? nullptr : &values_[slots_[i].value];
  }
  const V* Find(std::string_view key) const { return Find(key, HashWord(key)); }
  V* FindMutable(std::string_view key) {
    return const_cast<V*>(static_cast<const Lexicon*>(this)->Find(key));
  }

  size_t size() const { return count_; }
  size_t MemoryBytes() const {
    return arena_.capacity() + slots_.capacity() * sizeof(Slot) + values_.capacity() * sizeof(V);
  }
  void Reserve(size_t n) {
    size_t want = 16;
    while (want < n * 2) want *= 2;
    if (want > slots_.size()) Rehash(want);
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    uint32_t off = 0, len = kEmpty, value = 0, tag = 0;  // tag: high hash bits
  };

  // Linear probing at load <= 1/2; the tag avoids comparing keys that
  // merely share a slot.
  size_t Probe(std::string_view key, uint64_t hash) const {
    const size_t mask = slots_.size() - 1;
    const uint32_t tag = static_cast<uint32_t>(hash >> 32);
    size_t i = hash & mask;
    while (true) {
      const Slot& s = slots_[i];
      if (s.len == kEmpty) return i;
      if (s.tag == tag && s.len == key.size() &&
          std::memcmp(arena_.data() + s.off, key.data(), key.size()) == 0) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }
  void Grow() { Rehash(slots_.empty() ? 16 : slots_.size() * 2); }
  void Rehash(size_t n) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(n, Slot{});
    for (const Slot& s : old) {
      if (s.len == kEmpty) continue;
      std::string_view k = std::string_view(arena_).substr(s.off, s.len);
      size_t i = Probe(k, HashWord(k));
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
