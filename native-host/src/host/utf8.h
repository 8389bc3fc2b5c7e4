// UTF-8 checks applied to every request before it is parsed as JSON.
#ifndef PRIVACY_GUARD_HOST_UTF8_H_
#define PRIVACY_GUARD_HOST_UTF8_H_

#include <cstddef>
#include <string_view>

namespace privacy_guard::host {

// Returns true if `bytes` is well-formed UTF-8 (RFC 3629): no overlong
// forms, no encoded surrogates (U+D800..U+DFFF), nothing above U+10FFFF.
// On false, *bad_offset (if non-null) is the byte offset of the first
// offending sequence.
bool IsValidUtf8(std::string_view bytes, size_t* bad_offset = nullptr);

// Returns true if no JSON string in `json` contains a "\uXXXX" escape for a
// lone surrogate: a high surrogate (D800-DBFF) not immediately followed by an
// escaped low surrogate (DC00-DFFF), or a low surrogate on its own.
// JavaScript strings may hold lone surrogates and JSON.stringify writes them
// as such escapes; they cannot be represented in UTF-8, so the host rejects
// them as invalid_utf8. Other malformed escapes are left for the JSON parser
// to report. Linear time; `json` need not be valid JSON.
bool HasNoLoneSurrogateEscapes(std::string_view json);

}  // namespace privacy_guard::host

#endif  // PRIVACY_GUARD_HOST_UTF8_H_
