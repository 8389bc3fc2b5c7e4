// A compact string -> value hash table for the word lists (names, streets,
// health terms). Open addressing over one key arena: ~20 bytes per entry,
// one probe sequence per lookup, no allocation while the keys fit what
// Reserve() sized. Lists of many keys load through KeyBatch and UpsertAll
// (prefetched, see there).
#ifndef PRIVACY_GUARD_ENGINE_LEXICON_H_
#define PRIVACY_GUARD_ENGINE_LEXICON_H_

#include <cassert>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#if defined(_MSC_VER) && defined(_M_X64)
#include <intrin.h>
#endif

namespace privacy_guard {

// Word hash (the "mum" construction: a 64x64->128-bit multiply, its halves
// xor-ed): words of up to 16 bytes, nearly all of them, take one multiply
// and no branch. Longer words fold each further 16 bytes in first.
// Little-endian loads: x86-64 and ARM64.
namespace hash_detail {
constexpr uint64_t kK0 = 0xA0761D6478BD642Full, kK1 = 0xE7037ED1A0B428DBull,
                   kK2 = 0x8EBC6AF09C88C6E3ull;
inline uint64_t Mum(uint64_t a, uint64_t b) {
#if defined(__SIZEOF_INT128__)
  const unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
#elif defined(_MSC_VER) && defined(_M_X64)
  uint64_t hi;
  const uint64_t lo = _umul128(a, b, &hi);
  return lo ^ hi;
#else
  const uint64_t a0 = a & 0xFFFFFFFFu, a1 = a >> 32, b0 = b & 0xFFFFFFFFu, b1 = b >> 32;
  const uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  const uint64_t mid = (p00 >> 32) + (p01 & 0xFFFFFFFFu) + (p10 & 0xFFFFFFFFu);
  const uint64_t lo = (p00 & 0xFFFFFFFFu) | (mid << 32);
  const uint64_t hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
  return lo ^ hi;
#endif
}
inline uint64_t Load8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}
inline uint64_t Load4(const char* p) {
  uint32_t w;
  std::memcpy(&w, p, 4);
  return w;
}
// The 1..8 bytes at p as a zero-filled little-endian word, reading only them.
inline uint64_t LoadTail(const char* p, size_t n) {
  if (n >= 4) return Load4(p) | (Load4(p + n - 4) << (8 * (n - 4)));
  const uint64_t a = static_cast<unsigned char>(p[0]);
  const uint64_t b = static_cast<unsigned char>(p[n / 2]);
  const uint64_t c = static_cast<unsigned char>(p[n - 1]);
  return a | (b << (8 * (n / 2))) | (c << (8 * (n - 1)));
}
// Low n bytes of w (0 <= n <= 8).
inline uint64_t Low(uint64_t w, size_t n) { return n >= 8 ? w : w & ((uint64_t{1} << (8 * n)) - 1); }
}  // namespace hash_detail

inline uint64_t HashWord(std::string_view s) {
  using namespace hash_detail;
  const char* p = s.data();
  size_t n = s.size();
  uint64_t seed = kK2 ^ n;
  for (; n > 16; n -= 16, p += 16) seed = Mum(Load8(p) ^ kK0, Load8(p + 8) ^ kK1 ^ seed);
  const uint64_t w0 = n == 0 ? 0 : LoadTail(p, n < 8 ? n : 8);
  const uint64_t w1 = n <= 8 ? 0 : LoadTail(p + 8, n - 8);
  return Mum(w0 ^ kK0, w1 ^ kK1 ^ seed);
}

// HashWord(string_view(p, n)) for a buffer that may be read up to 15 bytes
// past p + n.
inline uint64_t HashWordPadded(const char* p, size_t n) {
  using namespace hash_detail;
  uint64_t seed = kK2 ^ n;
  for (; n > 16; n -= 16, p += 16) seed = Mum(Load8(p) ^ kK0, Load8(p + 8) ^ kK1 ^ seed);
  const uint64_t w0 = Low(Load8(p), n);
  const uint64_t w1 = n <= 8 ? 0 : Low(Load8(p + 8), n - 8);
  return Mum(w0 ^ kK0, w1 ^ kK1 ^ seed);
}

// Keys for Lexicon::UpsertAll built one by one into a single buffer (no
// allocation per key): Append() bytes to the key being built, End() it.
class KeyBatch {
 public:
  void Reserve(size_t keys, size_t bytes) {
    ends_.reserve(keys);
    bytes_.reserve(bytes);
  }
  // The key being built: append to it only (the bytes before it are the
  // keys already ended).
  std::string& bytes() { return bytes_; }
  // Ends the key being built: true if it was kept (an empty key is
  // dropped).
  bool End() {
    const size_t start = ends_.empty() ? 0 : ends_.back();
    assert(bytes_.size() >= start);
    if (bytes_.size() == start) return false;
    ends_.push_back(bytes_.size());
    return true;
  }
  size_t size() const { return ends_.size(); }
  std::string_view operator[](size_t i) const {
    const size_t start = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(bytes_).substr(start, ends_[i] - start);
  }

 private:
  std::string bytes_;
  std::vector<size_t> ends_;
};

template <typename V>
class Lexicon {
 public:
  // Returns the value for `key`, inserting a default-constructed one.
  // Invalidates pointers returned by Find().
  V& Upsert(std::string_view key) { return Upsert(key, HashWord(key)); }
  // The same, with `hash` == HashWord(key).
  V& Upsert(std::string_view key, uint64_t hash) {
    if ((count_ + 1) * 2 > slots_.size()) Grow();
    const uint64_t h = hash;
    size_t i = Probe(key, h);
    if (slots_[i].len == kEmpty) {
      // Keys, then 8 bytes of padding for KeyAt()'s loads.
      const size_t off = arena_.empty() ? 0 : arena_.size() - kArenaPad;
      arena_.resize(off);
      arena_.append(key);
      arena_.append(kArenaPad, '\0');
      slots_[i].off = static_cast<uint32_t>(off);
      slots_[i].len = static_cast<uint32_t>(key.size());
      slots_[i].tag = static_cast<uint32_t>(h >> 32);
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

  // The number of keys.
  size_t size() const { return count_; }

  // Starts loading the slot that Find(key, hash) reads first: a loop over
  // many keys prefetches a few keys ahead, so the table's cache misses
  // overlap (a full name table is several MB).
  void Prefetch(uint64_t hash) const {
    if (slots_.empty()) return;
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
#endif
  }

  // The second step for a key whose slot Prefetch() loaded a few keys
  // before: starts loading the key's bytes and value when the slot's tag
  // matches (each a cache miss of its own in a large table).
  void PrefetchEntry(uint64_t hash) const {
#if defined(__GNUC__) || defined(__clang__)
    if (slots_.empty()) return;
    const Slot& s = slots_[hash & (slots_.size() - 1)];
    if (s.len == kEmpty || s.tag != static_cast<uint32_t>(hash >> 32)) return;
    __builtin_prefetch(arena_.data() + s.off);
    __builtin_prefetch(&values_[s.value]);
#else
    (void)hash;
#endif
  }

  // Makes room for `n` keys holding about `key_bytes` bytes in all, so
  // that loading them allocates and rehashes nothing.
  void Reserve(size_t n, size_t key_bytes = 0) {
    size_t want = 16;
    while (want < n * 2) want *= 2;
    if (want > slots_.size()) Rehash(want);
    values_.reserve(n);
    if (key_bytes + kArenaPad > arena_.capacity()) arena_.reserve(key_bytes + kArenaPad);
  }

  // Upsert(keys[i]) for every i in order, calling fn(i, value) on each
  // value. Loads many keys at start-up faster than one Upsert() each
  // (about 1.8x for the full name list): hashes are computed and slots
  // prefetched a few keys ahead, so a large table's cache misses overlap. `Keys` has size() and
  // operator[] giving a string_view (KeyBatch, vector<string>).
  template <typename Keys, typename Fn>
  void UpsertAll(const Keys& keys, Fn&& fn) {
    const size_t n = keys.size();
    Reserve(count_ + n);
    constexpr size_t kAhead = 8;
    uint64_t hashes[kAhead];
    for (size_t k = 0; k < n && k < kAhead; ++k) {
      hashes[k] = HashWord(keys[k]);
      Prefetch(hashes[k]);
    }
    for (size_t k = 0; k < n; ++k) {
      const uint64_t h = hashes[k % kAhead];
      const std::string_view key = keys[k];
      if (k + kAhead < n) {
        hashes[k % kAhead] = HashWord(keys[k + kAhead]);
        Prefetch(hashes[k % kAhead]);
      }
      fn(k, Upsert(key, h));
    }
  }

 private:
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  static constexpr size_t kArenaPad = 8;
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
      if (s.tag == tag && s.len == key.size() && KeyAt(s.off, key)) return i;
      i = (i + 1) & mask;
    }
  }
  // True if the arena holds `key` at `off` (the arena is padded: 8 bytes
  // can be read past any key in it; `key` is read only within its size).
  bool KeyAt(uint32_t off, std::string_view key) const {
    using namespace hash_detail;
    const char* a = arena_.data() + off;
    const char* k = key.data();
    size_t n = key.size();
    for (; n > 8; n -= 8, a += 8, k += 8) {
      if (Load8(a) != Load8(k)) return false;
    }
    return n == 0 || Low(Load8(a), n) == LoadTail(k, n);
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
