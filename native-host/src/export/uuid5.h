// Name-based UUIDs (RFC 4122 section 4.3, version 5: SHA-1) for the stable
// ids of the Purview export: the same organisation and category always give
// the same GUID, so re-importing an updated package replaces its types
// instead of adding new ones. SHA-1 is implemented here (RFC 3174); it is
// used only to derive identifiers, never for security.
#ifndef PRIVACY_GUARD_EXPORT_UUID5_H_
#define PRIVACY_GUARD_EXPORT_UUID5_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace privacy_guard::exporter {

using Uuid = std::array<uint8_t, 16>;

// SHA-1 digest of `data` (RFC 3174).
std::array<uint8_t, 20> Sha1(std::string_view data);

// The version-5 UUID of `name` (UTF-8 bytes) in `ns`: SHA-1 over the 16
// namespace bytes followed by the name, first 16 bytes, version nibble 5,
// RFC 4122 variant. Equals Python's uuid.uuid5(ns, name).
Uuid Uuid5(const Uuid& ns, std::string_view name);

// Lower-case "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx".
std::string FormatUuid(const Uuid& u);

// The namespace of every id the Purview export derives:
// uuid5(NAMESPACE_URL, "urn:privacy-guard:purview-rule-package")
// = 9ae640be-f6cd-547b-b484-50c3c9a755d7. Never change it: ids would change
// and Purview would add duplicate types on the next import.
extern const Uuid kPurviewNamespace;

}  // namespace privacy_guard::exporter

#endif  // PRIVACY_GUARD_EXPORT_UUID5_H_
