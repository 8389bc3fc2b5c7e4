// Serialising the Purview model: the rule package XML (namespace
// http://schemas.microsoft.com/office/2011/mce) and the keyword-dictionary
// files, both in the "Unicode" encoding Microsoft asks for (UTF-16 little
// endian with a byte-order mark). Output is deterministic: fixed element
// order, two-space indentation, CRLF line ends, no timestamps.
#ifndef PRIVACY_GUARD_EXPORT_PURVIEW_XML_H_
#define PRIVACY_GUARD_EXPORT_PURVIEW_XML_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "export/purview_model.h"

namespace privacy_guard::exporter::purview {

// True when `s` is valid UTF-8 made only of characters XML 1.0 allows in
// text and attribute values, excluding tab, CR and LF (which attribute
// normalisation would change): i.e. it can be written verbatim once escaped.
bool IsXmlText(std::string_view s);

// Escapes &, <, > and both quotes as character entities. `s` must satisfy
// IsXmlText (or contain only additional tab/CR/LF, escaped as &#9; etc.).
std::string XmlEscape(std::string_view s);

// The rule package as UTF-8 text whose XML declaration says utf-16 (pass it
// through Utf16LeWithBom before writing). Elements in this order: RulePack,
// then in Rules: Entity (as given), Validators, Regex, Keyword (as given),
// LocalizedStrings.
std::string RenderRulePackageXml(const RulePackage& package);

// A keyword dictionary file: one term per line, CRLF, as UTF-8 text.
std::string RenderDictionaryText(const Dictionary& dictionary);

// UTF-8 -> UTF-16LE with a byte-order mark (FF FE). `utf8` must be valid.
std::string Utf16LeWithBom(std::string_view utf8);

// Size in bytes of the package file as written (UTF-16LE with BOM).
size_t RulePackageUtf16Bytes(const RulePackage& package);

}  // namespace privacy_guard::exporter::purview

#endif  // PRIVACY_GUARD_EXPORT_PURVIEW_XML_H_
