// address: the rule definition of the address detector
// (src/detectors/address_detector.cc), read by the detector, the name
// detector (a street is never a name) and the Purview exporter.
#ifndef PRIVACY_GUARD_RULES_ADDRESS_H_
#define PRIVACY_GUARD_RULES_ADDRESS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace privacy_guard::rules::address {

struct Definition {
  // Street endings written as a word of their own ("Hans Tausens Gade").
  std::vector<std::string> separate_endings;
  // A one-word street needs this many bytes before its ending ("Skov|vej";
  // "vej" alone is no street).
  size_t min_stem = 3;
  // House numbers: 1-999 and an optional letter ("12", "3A").
  int max_house_number = 999;
  // A range of house numbers at least this wide is a stretch of the street,
  // not an address ("Vestergade 10-24 lukkes"; "Havnevej 2-4" is one).
  int stretch_min = 4;
  // Words that never make a street before a number ("Kapitel 12", "uge 12").
  std::vector<std::string> blocked;
  std::vector<std::string> months;       // "Kærvang 1. december" is no address
  // Days of the week (vocabulary::Weekdays) are no unknown street before a
  // postcode and town ("mandag 8500 Grenaa").
  std::vector<std::string> weekdays;
  std::vector<std::string> units;        // "Skovvej 5 km" neither
  std::vector<std::string> floors;       // st, kl, kld ...
  std::vector<std::string> doors;        // tv, th, mf
  std::vector<std::string> post_boxes;   // postboks, boks, pb
  // Words that begin a street name of two words ("Ved Bækken", "Store
  // Torv"), for a street known only by the postcode and town after it.
  std::vector<std::string> street_prefixes;
  // A public place's address is no person's: an address right after a
  // capitalised name that ends in one of `institution_heads` and a comma,
  // or one of `institution_links` ("Regionshospitalet Randers, Skovlyvej
  // 15", "Jobcentret ligger på Kannikegade 14", "Ungdomsskolen på
  // Holbergsvej 25") is low: not shown, and no anchor for health.
  std::vector<std::string> institution_heads;
  std::vector<std::string> institution_links;
};

const Definition& Rules();

// True if the case-folded word `folded` is a one-word street name by its
// ending: it ends in one of `endings` (case-folded, e.g. from the policy's
// street_endings list) with at least `min_stem` bytes before it
// ("skovvej", "kirkestræde").
bool HasStreetEnding(std::string_view folded, const std::vector<std::string>& endings,
                     size_t min_stem);

}  // namespace privacy_guard::rules::address

#endif  // PRIVACY_GUARD_RULES_ADDRESS_H_
