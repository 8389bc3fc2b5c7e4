// The regular-expression rules Purview checks when a rule package is
// uploaded. Purview matches with Boost.Regex; these are the extra
// restrictions it documents for custom sensitive information types
// ("Potential validation issues to be aware of", create-a-custom-sensitive-
// information-type-in-scc-powershell; see PURVIEW.md):
//
//   - no lookaround assertions ("Lookaround assertions" upload error);
//   - no generic quantifiers '+', '*' or unbounded '{n,}' ("Generic
//     quantifiers which match more content than expected");
//   - must not begin or end with the alternator '|';
//   - must not begin or end with '.{0,m}' / '.{1,m}' (or '.*', '.+');
//   - no '.{0,m}', '.{1,m}', '.*', '.+' in groups;
//   - no character with a '{0,m}' or '{1,m}' repeater in groups ("(a*)");
//     read strictly here: '?', '{0,m}' and '{1,m}' on anything inside a
//     group, a nested group included;
//   - no unbounded repeater on a group ("(xx)*", "(xx)+");
//   - at most 1024 characters (sit-limits).
//
// A bounded repeater on a top-level group ("(?:og |samt )?", "(?: [0-9]{4}){2,7}")
// and '{0,m}' on a top-level atom ("[0-9]{0,2}") are allowed.
#ifndef PRIVACY_GUARD_EXPORT_PURVIEW_REGEX_RULES_H_
#define PRIVACY_GUARD_EXPORT_PURVIEW_REGEX_RULES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace privacy_guard::exporter::purview {

// Returns the rules `regex` (UTF-8, Boost/PCRE syntax) breaks, one short
// English sentence each, in the order found; empty when Purview should
// accept it. Also reports unbalanced parentheses and brackets. Does not
// check that the regex compiles (the tests do that with PCRE2).
std::vector<std::string> RegexRuleViolations(std::string_view regex);

// Length of `utf8` in UTF-16 code units (how Purview, a .NET service,
// counts characters). Invalid UTF-8 bytes count one each.
size_t Utf16Length(std::string_view utf8);

}  // namespace privacy_guard::exporter::purview

#endif  // PRIVACY_GUARD_EXPORT_PURVIEW_REGEX_RULES_H_
