#include "engine/pattern_db.h"

#include <cstdio>
#include <cstdlib>

namespace privacy_guard {

std::string PatternSetKey(const PatternSet& set) {
  // FNV-1a with two seeds.
  uint64_t a = 1469598103934665603ull, b = 0x9E3779B97F4A7C15ull;
  auto mix = [&](std::string_view s) {
    for (unsigned char c : s) {
      a = (a ^ c) * 1099511628211ull;
      b = (b ^ c) * 0x100000001B3ull + 0x2545F4914F6CDD1Dull;
    }
    a = (a ^ 0xFF) * 1099511628211ull;
  };
  mix(hs_version());
  for (size_t i = 0; i < set.size(); ++i) {
    mix(set.expressions[i]);
    mix(std::to_string(set.flags[i]));
    mix(std::to_string(set.ids[i]));
  }
  hs_platform_info_t plat{};
  hs_populate_platform(&plat);
  mix(std::to_string(plat.cpu_features) + "/" + std::to_string(plat.tune));
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b));
  return buf;
}

HsDatabase CompilePatternSet(const PatternSet& set, DatabaseCache* cache, int* bad_index,
                             std::string* message) {
  *bad_index = -1;
  message->clear();
  if (set.size() == 0) return nullptr;
  std::string key;
  if (cache) {
    // "hs2-": keys before this version left the ids out (a stale database
    // could then report a match under another pattern's id).
    key = "hs2-" + PatternSetKey(set);
    std::string bytes;
    hs_database_t* db = nullptr;
    if (cache->Load(key, &bytes) &&
        hs_deserialize_database(bytes.data(), bytes.size(), &db) == HS_SUCCESS) {
      return HsDatabase(db);
    }
  }
  std::vector<const char*> ptrs;
  for (const std::string& e : set.expressions) ptrs.push_back(e.c_str());
  hs_database_t* db = nullptr;
  hs_compile_error_t* err = nullptr;
  if (hs_compile_multi(ptrs.data(), set.flags.data(), set.ids.data(),
                       static_cast<unsigned>(ptrs.size()), HS_MODE_BLOCK, nullptr, &db,
                       &err) != HS_SUCCESS) {
    if (err && err->expression >= 0 && static_cast<size_t>(err->expression) < set.size()) {
      *bad_index = err->expression;
    }
    *message = err && err->message ? err->message : "does not compile";
    hs_free_compile_error(err);
    return nullptr;
  }
  if (cache) {
    char* bytes = nullptr;
    size_t len = 0;
    if (hs_serialize_database(db, &bytes, &len) == HS_SUCCESS) {
      cache->Store(key, std::string(bytes, len));
      std::free(bytes);
    }
  }
  return HsDatabase(db);
}

bool ScratchPool::Prepare(const hs_database_t* db) {
  if (!db) return true;
  hs_scratch_t* s = proto_.release();
  const bool ok = hs_alloc_scratch(db, &s) == HS_SUCCESS;
  proto_.reset(s);
  return ok;
}

HsScratch ScratchPool::Acquire() const {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (!pool_.empty()) {
      HsScratch s = std::move(pool_.back());
      pool_.pop_back();
      return s;
    }
  }
  hs_scratch_t* s = nullptr;
  if (proto_ && hs_clone_scratch(proto_.get(), &s) != HS_SUCCESS) return nullptr;
  return HsScratch(s);
}

void ScratchPool::Release(HsScratch s) const {
  if (!s) return;
  std::lock_guard<std::mutex> lock(mu_);
  pool_.push_back(std::move(s));
}

}  // namespace privacy_guard
