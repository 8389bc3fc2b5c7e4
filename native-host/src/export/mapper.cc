#include "export/mapper.h"

#include <algorithm>

namespace privacy_guard::exporter::purview {
namespace {

// Filled during static initialisation, before main().
std::vector<MapperInfo>& Pending() {
  static std::vector<MapperInfo> r;
  return r;
}

}  // namespace

MapperRegistration::MapperRegistration(MapperInfo info) { Pending().push_back(info); }

const std::vector<MapperInfo>& RegisteredMappers() {
  // A sorted copy, made once (thread-safe initialisation of a local static).
  static const std::vector<MapperInfo> sorted = [] {
    std::vector<MapperInfo> r = Pending();
    std::sort(r.begin(), r.end(),
              [](const MapperInfo& a, const MapperInfo& b) { return a.category < b.category; });
    return r;
  }();
  return sorted;
}

}  // namespace privacy_guard::exporter::purview
