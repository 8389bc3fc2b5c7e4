// The Purview side of a detector: one mapper per category, in
// src/export/<category>_mapper.cc, registered like the detectors. A mapper
// reads its detector's rule definition (privacy_guard/rules/<category>.h)
// and translates it into Purview processors and patterns.
//
// To add a category: its detector, its mapper (ending in
// PG_REGISTER_MAPPER), the policy schema and tests. Nothing else changes.
#ifndef PRIVACY_GUARD_EXPORT_MAPPER_H_
#define PRIVACY_GUARD_EXPORT_MAPPER_H_

#include <string>
#include <vector>

#include "export/purview_builder.h"

namespace privacy_guard::exporter::purview {

struct MapperInfo {
  Category category;
  // patternsProximity of the entity (characters around the primary match
  // evidence must be in).
  std::string proximity;
  // Registers the processors other categories use as evidence and
  // Provide()s their ids. Runs for every category before any map(), also
  // for categories that are OFF. May be null.
  void (*shared)(PackageBuilder&);
  // The category's patterns, best first; sets summary->note to the main
  // approximation (or to why nothing is exported).
  std::vector<PatternCandidate> (*map)(PackageBuilder&, CategorySummary* summary);
};

// Every registered mapper, ordered by category; built once, on first use.
const std::vector<MapperInfo>& RegisteredMappers();

struct MapperRegistration {
  explicit MapperRegistration(MapperInfo info);
};

#define PG_REGISTER_MAPPER(category, proximity, shared, map)           \
  static const ::privacy_guard::exporter::purview::MapperRegistration \
      pg_mapper_registration_##map(                                    \
          ::privacy_guard::exporter::purview::MapperInfo{category, proximity, shared, map})

}  // namespace privacy_guard::exporter::purview

#endif  // PRIVACY_GUARD_EXPORT_MAPPER_H_
