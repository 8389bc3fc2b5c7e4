// The word-list hash table (native-host/src/engine/lexicon.h) and its word
// hash: insert/find/upsert, keys that share a slot or even the 32 tag bits,
// look-ups with and without a precomputed hash, many entries, empty and long
// keys, keys that differ only past an 8-byte load; bulk loading (KeyBatch,
// UpsertAll) agrees with one Upsert per key.
#include "engine/lexicon.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/tokens.h"

namespace privacy_guard {
namespace {

// The value stored for `key` (looked up with `hash` when given), or nullopt:
// a missing key fails an expectation instead of crashing the test.
template <typename V>
std::optional<V> Get(const Lexicon<V>& lex, std::string_view key) {
  const V* v = lex.Find(key);
  return v ? std::optional<V>(*v) : std::nullopt;
}
template <typename V>
std::optional<V> Get(const Lexicon<V>& lex, std::string_view key, uint64_t hash) {
  const V* v = lex.Find(key, hash);
  return v ? std::optional<V>(*v) : std::nullopt;
}

TEST(Lexicon, EmptyFindsNothing) {
  Lexicon<int> lex;
  EXPECT_EQ(lex.Find("hansen"), nullptr);
  EXPECT_EQ(lex.Find(""), nullptr);
  EXPECT_EQ(lex.Find("hansen", HashWord("hansen")), nullptr);
  EXPECT_EQ(lex.FindMutable("hansen"), nullptr);
}

TEST(Lexicon, InsertFindAndUpsert) {
  Lexicon<int> lex;
  int& v = lex.Upsert("hansen");
  EXPECT_EQ(v, 0);  // a new entry is value-initialised
  v = 7;
  lex.Upsert("jensen") = 8;
  lex.Upsert("grenå") = 9;
  ASSERT_NE(lex.Find("hansen"), nullptr);
  EXPECT_EQ(Get(lex, "hansen"), 7);
  EXPECT_EQ(Get(lex, "jensen"), 8);
  EXPECT_EQ(Get(lex, "grenå"), 9);
  EXPECT_EQ(lex.Find("hanse"), nullptr);
  EXPECT_EQ(lex.Find("hansenn"), nullptr);
  EXPECT_EQ(lex.Find("Hansen"), nullptr);  // keys are exact bytes (callers fold)
  EXPECT_EQ(lex.Find("grena"), nullptr);
  // Upsert of an existing key returns its value unchanged.
  EXPECT_EQ(lex.Upsert("hansen"), 7);
  lex.Upsert("hansen") += 1;
  EXPECT_EQ(Get(lex, "hansen"), 8);
  // FindMutable changes the stored value.
  ASSERT_NE(lex.FindMutable("jensen"), nullptr);
  *lex.FindMutable("jensen") = 80;
  EXPECT_EQ(Get(lex, "jensen"), 80);
  EXPECT_EQ(lex.FindMutable("olsen"), nullptr);
}

TEST(Lexicon, ValuesOfClassTypeSurviveGrowth) {
  Lexicon<std::vector<std::string>> lex;
  for (int i = 0; i < 500; ++i) {
    lex.Upsert("k" + std::to_string(i)).push_back("v" + std::to_string(i));
  }
  lex.Upsert("k3").push_back("again");
  for (int i = 0; i < 500; ++i) {
    const auto* v = lex.Find("k" + std::to_string(i));
    ASSERT_NE(v, nullptr) << i;
    ASSERT_EQ(v->front(), "v" + std::to_string(i));
    EXPECT_EQ(v->size(), i == 3 ? 2u : 1u);
  }
}

TEST(Lexicon, FindWithAndWithoutPrecomputedHash) {
  Lexicon<int> lex;
  const std::vector<std::string> keys = {"", "a", "ab", "hansen", "kierkegaard",
                                         "mette-marie", "æblegrød", std::string(40, 'z')};
  for (size_t i = 0; i < keys.size(); ++i) lex.Upsert(keys[i]) = static_cast<int>(i) + 1;
  for (size_t i = 0; i < keys.size(); ++i) {
    const int* by_key = lex.Find(keys[i]);
    const int* by_hash = lex.Find(keys[i], HashWord(keys[i]));
    ASSERT_NE(by_key, nullptr) << keys[i];
    EXPECT_EQ(by_key, by_hash) << keys[i];
    EXPECT_EQ(*by_key, static_cast<int>(i) + 1);
  }
  // The hash the tokenizer computes for a token is the one to look up with
  // (what the word detectors do).
  const std::string text = "Kære HANSEN fra Æblegrød";
  Tokens t;
  t.Build(text);
  ASSERT_EQ(t.size(), 4u);
  ASSERT_NE(lex.Find(t.folded(t[1]), t[1].hash), nullptr);
  EXPECT_EQ(Get(lex, t.folded(t[1]), t[1].hash), 4);
  EXPECT_EQ(Get(lex, t.folded(t[3]), t[3].hash), 7);
  EXPECT_EQ(lex.Find(t.folded(t[0]), t[0].hash), nullptr);
}

TEST(Lexicon, EmptyKeyIsAKeyLikeAnyOther) {
  Lexicon<int> lex;
  lex.Upsert("x") = 1;
  EXPECT_EQ(lex.Find(""), nullptr);
  lex.Upsert("") = 2;
  ASSERT_NE(lex.Find(""), nullptr);
  EXPECT_EQ(Get(lex, ""), 2);
  EXPECT_EQ(lex.Find(std::string_view("\0", 1)), nullptr);
  lex.Upsert(std::string_view("\0", 1)) = 3;
  lex.Upsert(std::string_view("\0\0", 2)) = 4;
  EXPECT_EQ(Get(lex, ""), 2);
  EXPECT_EQ(Get(lex, std::string_view("\0", 1)), 3);
  EXPECT_EQ(Get(lex, std::string_view("\0\0", 2)), 4);
  EXPECT_EQ(Get(lex, "x"), 1);
}

// Keys of every length up to 40 that are prefixes of each other, and keys
// of one length that differ in one byte only, at every position: the key
// comparison loads 8 bytes at a time, so a mistake in its tail handling
// would make two of them equal.
TEST(Lexicon, KeysDifferingInOneByteAtAnyPosition) {
  Lexicon<int> lex;
  for (size_t n = 1; n <= 40; ++n) lex.Upsert(std::string(n, 'a')) = static_cast<int>(n);
  for (size_t n = 1; n <= 40; ++n) {
    ASSERT_NE(lex.Find(std::string(n, 'a')), nullptr) << n;
    EXPECT_EQ(Get(lex, std::string(n, 'a')), static_cast<int>(n));
  }
  EXPECT_EQ(lex.Find(std::string(41, 'a')), nullptr);
  for (size_t len : {1u, 7u, 8u, 9u, 15u, 16u, 17u, 24u, 33u}) {
    Lexicon<size_t> l;
    const std::string base(len, 'k');
    l.Upsert(base) = 1000;
    for (size_t pos = 0; pos < len; ++pos) {
      std::string k = base;
      k[pos] = 'q';
      EXPECT_EQ(l.Find(k), nullptr) << len << " " << pos;
      l.Upsert(k) = pos;
    }
    EXPECT_EQ(Get(l, base), 1000u);
    for (size_t pos = 0; pos < len; ++pos) {
      std::string k = base;
      k[pos] = 'q';
      ASSERT_NE(l.Find(k), nullptr);
      EXPECT_EQ(Get(l, k), pos) << len << " " << pos;
    }
  }
}

TEST(Lexicon, LongKeys) {
  Lexicon<int> lex;
  std::string a(100000, 'x');
  std::string b = a;
  b.back() = 'y';
  std::string c = a;
  c[0] = 'y';
  lex.Upsert(a) = 1;
  lex.Upsert(b) = 2;
  EXPECT_EQ(lex.Find(c), nullptr);
  lex.Upsert(c) = 3;
  EXPECT_EQ(Get(lex, a), 1);
  EXPECT_EQ(Get(lex, b), 2);
  EXPECT_EQ(Get(lex, c), 3);
  EXPECT_EQ(lex.Find(a.substr(1)), nullptr);
  EXPECT_EQ(lex.Find(a + "x"), nullptr);
}

// Two keys in the same slot of a fresh table (16 slots: the low 4 bits of
// the hash) probe past each other.
TEST(Lexicon, KeysInTheSameSlot) {
  std::vector<std::string> same_slot;
  for (int i = 0; same_slot.size() < 6; ++i) {
    std::string k = "navn" + std::to_string(i);
    if ((HashWord(k) & 15) == 3) same_slot.push_back(k);
  }
  Lexicon<int> lex;  // 6 keys: no growth beyond 16 slots
  for (size_t i = 0; i < same_slot.size(); ++i) {
    lex.Upsert(same_slot[i]) = static_cast<int>(i) + 1;
  }
  for (size_t i = 0; i < same_slot.size(); ++i) {
    ASSERT_NE(lex.Find(same_slot[i]), nullptr) << same_slot[i];
    EXPECT_EQ(Get(lex, same_slot[i]), static_cast<int>(i) + 1);
  }
  // A key that is not there but starts its probe in the same slot.
  for (int i = 100000;; ++i) {
    std::string k = "navn" + std::to_string(i);
    if ((HashWord(k) & 15) != 3) continue;
    EXPECT_EQ(lex.Find(k), nullptr) << k;
    break;
  }
}

// The slot a key starts probing from in a fresh table (16 slots).
size_t Home(std::string_view key) { return HashWord(key) & 15; }

// Two keys prefix + 4 bytes + suffix whose hashes share the tag (the high
// 32 bits), found by search over the 4 bytes (a birthday collision on 32
// bits, expected after ~2^16 keys), ordered so that at most 6 slots lie
// from the second's home slot up to the first's (the keys differ in those
// 4 bytes only).
std::pair<std::string, std::string> TagCollision(const std::string& prefix,
                                                 const std::string& suffix) {
  auto key = [&](uint32_t i) {
    std::string k = prefix;
    for (int b = 0; b < 4; ++b) k.push_back(static_cast<char>((i >> (8 * b)) & 0xFF));
    return k + suffix;
  };
  std::unordered_map<uint32_t, uint32_t> seen;
  seen.reserve(1u << 18);
  for (uint32_t i = 0; i < (1u << 22); ++i) {
    const std::string k = key(i);
    auto [it, inserted] = seen.emplace(static_cast<uint32_t>(HashWord(k) >> 32), i);
    if (inserted) continue;
    const std::string other = key(it->second);
    if (((Home(other) - Home(k)) & 15) <= 6) return {other, k};
    if (((Home(k) - Home(other)) & 15) <= 6) return {k, other};
  }
  return {};
}

// A key whose home slot is `slot`.
std::string FillerFor(size_t slot) {
  for (int i = 0;; ++i) {
    std::string k = "fyld" + std::to_string(i);
    if (Home(k) == slot) return k;
  }
}

// Keys with the same tag and length, in one probe sequence: only the key
// comparison tells them apart. It reads 8 bytes at a time, then a tail of 1
// to 8 bytes; the shapes put the 4 differing bytes in the upper half of an
// 8-byte tail, of the comparison loop's first word, and of a 7-byte tail.
TEST(Lexicon, KeysWithTheSameTag) {
  const std::pair<std::string, std::string> shapes[] = {
      {"navn", ""}, {"efternavn-ab", ""}, {"navn", "-efternavn"}, {"efternavn-abcdefghi", ""}};
  for (const auto& [prefix, suffix] : shapes) {
    const std::string shape = "'" + prefix + "' + 4 bytes + '" + suffix + "'";
    const auto [first, second] = TagCollision(prefix, suffix);
    ASSERT_FALSE(first.empty()) << "no pair found for " << shape;
    ASSERT_EQ(HashWord(first) >> 32, HashWord(second) >> 32);
    ASSERT_NE(first, second);
    Lexicon<int> lex;  // 16 slots: 8 keys fit without growth
    lex.Upsert(first) = 1;
    // Occupy the slots from second's home up to first's, so that a look-up
    // of second walks into first.
    for (size_t t = Home(second); t != Home(first); t = (t + 1) & 15) lex.Upsert(FillerFor(t)) = 100;
    EXPECT_EQ(lex.Find(second), nullptr) << shape;
    lex.Upsert(second) = 2;
    EXPECT_EQ(Get(lex, first), 1) << shape;
    EXPECT_EQ(Get(lex, second), 2) << shape;
    EXPECT_EQ(Get(lex, second, HashWord(second)), 2) << shape;
  }
}

TEST(Lexicon, ManyEntries) {
  constexpr int kN = 200000;
  for (bool reserve : {false, true}) {
    Lexicon<int> lex;
    if (reserve) lex.Reserve(kN);
    for (int i = 0; i < kN; ++i) lex.Upsert("ord" + std::to_string(i)) = i;
    for (int i = 0; i < kN; ++i) {
      const int* v = lex.Find("ord" + std::to_string(i));
      ASSERT_NE(v, nullptr) << i;
      ASSERT_EQ(*v, i);
    }
    for (int i = kN; i < kN + 1000; ++i) ASSERT_EQ(lex.Find("ord" + std::to_string(i)), nullptr);
    ASSERT_EQ(lex.Find("ord"), nullptr);
    // Inserting them again changes nothing.
    for (int i = 0; i < kN; i += 7) ASSERT_EQ(lex.Upsert("ord" + std::to_string(i)), i);
  }
}

TEST(Lexicon, ReserveKeepsWhatIsThere) {
  Lexicon<int> lex;
  for (int i = 0; i < 20; ++i) lex.Upsert("x" + std::to_string(i)) = i;
  lex.Reserve(10);     // smaller than the table: no change
  lex.Reserve(10000);  // rehash
  for (int i = 0; i < 20; ++i) EXPECT_EQ(Get(lex, "x" + std::to_string(i)), i);
  EXPECT_EQ(lex.Find("x20"), nullptr);
}

TEST(Lexicon, ReserveWithKeyBytesKeepsEntries) {
  Lexicon<int> lex;
  lex.Upsert("hansen") = 1;
  lex.Reserve(5000, 60000);
  EXPECT_EQ(Get(lex, "hansen"), 1);
  for (int i = 0; i < 5000; ++i) lex.Upsert("navn" + std::to_string(i)) = i;
  EXPECT_EQ(lex.size(), 5001u);
  EXPECT_EQ(Get(lex, "navn4999"), 4999);
  EXPECT_EQ(Get(lex, "hansen"), 1);
}

// --- bulk loading: KeyBatch and UpsertAll --------------------------------------------

TEST(KeyBatch, KeysAreTheBytesBetweenEnds) {
  KeyBatch b;
  b.Reserve(4, 32);
  EXPECT_EQ(b.size(), 0u);
  b.bytes() += "hansen";
  EXPECT_TRUE(b.End());
  EXPECT_FALSE(b.End());  // nothing appended since: dropped
  b.bytes() += "grenå";
  b.bytes() += " by";
  EXPECT_TRUE(b.End());
  b.bytes() += "x";
  EXPECT_TRUE(b.End());
  ASSERT_EQ(b.size(), 3u);
  EXPECT_EQ(b[0], "hansen");
  EXPECT_EQ(b[1], "grenå by");
  EXPECT_EQ(b[2], "x");
}

TEST(Lexicon, UpsertAllEqualsOneUpsertEachInOrder) {
  // Many keys with repeats (a table much larger than the prefetch distance),
  // into a table that already holds some of them: the same values and
  // sizes as Upsert() one by one, and fn sees each key's index in order.
  std::vector<std::string> keys;
  for (int i = 0; i < 3000; ++i) keys.push_back("k" + std::to_string((i * 7919) % 2000));
  keys.push_back("");
  KeyBatch batch;
  for (const std::string& k : keys) {
    batch.bytes() += k;
    batch.End();
  }
  ASSERT_EQ(batch.size(), keys.size() - 1);  // the empty key is dropped

  Lexicon<std::vector<size_t>> one, all, from_batch;
  for (auto* lex : {&one, &all, &from_batch}) lex->Upsert("k5").push_back(99);
  for (size_t i = 0; i < keys.size(); ++i) one.Upsert(keys[i]).push_back(i);
  std::vector<size_t> seen;
  all.UpsertAll(keys, [&](size_t i, std::vector<size_t>& v) {
    seen.push_back(i);
    v.push_back(i);
  });
  from_batch.UpsertAll(batch, [](size_t i, std::vector<size_t>& v) { v.push_back(i); });
  ASSERT_EQ(seen.size(), keys.size());
  for (size_t i = 0; i < seen.size(); ++i) ASSERT_EQ(seen[i], i);
  EXPECT_EQ(all.size(), one.size());
  EXPECT_EQ(from_batch.size(), one.size() - 1);  // no empty key
  for (const std::string& k : keys) {
    ASSERT_NE(all.Find(k), nullptr) << k;
    EXPECT_EQ(*all.Find(k), *one.Find(k)) << k;
    if (!k.empty()) {
      EXPECT_EQ(*from_batch.Find(k), *one.Find(k)) << k;
    }
  }
  EXPECT_EQ(Get(all, "k5")->front(), 99u);  // an entry from before is kept
  EXPECT_EQ(all.Find("k2000"), nullptr);
}

TEST(Lexicon, UpsertAllOfFewerKeysThanItLooksAhead) {
  // 1 to 9 keys: the look-ahead ring is never or only once refilled.
  for (size_t n = 1; n <= 9; ++n) {
    std::vector<std::string> keys;
    for (size_t i = 0; i < n; ++i) keys.push_back("w" + std::to_string(i % 5));
    Lexicon<int> lex;
    lex.UpsertAll(keys, [](size_t i, int& v) { v += static_cast<int>(i) + 1; });
    EXPECT_EQ(lex.size(), std::min<size_t>(n, 5)) << n;
    for (size_t k = 0; k < std::min<size_t>(n, 5); ++k) {
      int want = 0;
      for (size_t i = k; i < n; i += 5) want += static_cast<int>(i) + 1;
      EXPECT_EQ(Get(lex, "w" + std::to_string(k)), want) << n << " " << k;
    }
  }
}

TEST(Lexicon, UpsertAllOfNothingChangesNothing) {
  Lexicon<int> lex;
  lex.UpsertAll(KeyBatch(), [](size_t, int& v) { v = 1; });
  EXPECT_EQ(lex.size(), 0u);
  EXPECT_EQ(lex.Find(""), nullptr);
}

// --- the word hash ------------------------------------------------------------------

TEST(HashWord, PaddedVersionAgreesForEveryLengthAndAlignment) {
  std::string buf;
  uint64_t seed = 7;
  for (int i = 0; i < 200; ++i) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    buf.push_back(static_cast<char>(seed >> 56));
  }
  constexpr size_t kPad = 15;  // HashWordPadded may read 15 bytes past the word
  for (size_t from = 0; from < 16; ++from) {
    for (size_t len = 0; from + len + kPad <= buf.size(); ++len) {
      ASSERT_EQ(HashWordPadded(buf.data() + from, len),
                HashWord(std::string_view(buf).substr(from, len)))
          << from << " " << len;
    }
  }
}

TEST(HashWord, DependsOnLengthAndEveryByte) {
  EXPECT_NE(HashWord("hans"), HashWord("hansen"));
  EXPECT_NE(HashWord(""), HashWord(std::string_view("\0", 1)));
  EXPECT_NE(HashWord(std::string_view("\0", 1)), HashWord(std::string_view("\0\0", 2)));
  EXPECT_NE(HashWord("a"), HashWord(std::string_view("a\0", 2)));
  EXPECT_EQ(HashWord("grenå"), HashWord(std::string("gren") + "\xC3\xA5"));
  // Flipping any one bit of a 40-byte word changes the hash.
  const std::string base = "abcdefghijklmnopqrstuvwxyz0123456789ÆØÅ";
  const uint64_t h = HashWord(base);
  for (size_t i = 0; i < base.size(); ++i) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string k = base;
      k[i] = static_cast<char>(k[i] ^ (1 << bit));
      ASSERT_NE(HashWord(k), h) << i << " " << bit;
    }
  }
}

}  // namespace
}  // namespace privacy_guard
