// IMPORT.md: the exact Security & Compliance PowerShell steps for one
// export (dictionaries, rule package, DLP policy for the "Microsoft 365
// Copilot and Copilot Chat" location), generated from the export itself so
// names, GUIDs and thresholds always match the files next to it.
#ifndef PRIVACY_GUARD_EXPORT_PURVIEW_IMPORT_DOC_H_
#define PRIVACY_GUARD_EXPORT_PURVIEW_IMPORT_DOC_H_

#include <string>
#include <vector>

#include "export/purview_mapping.h"

namespace privacy_guard::exporter::purview {

// File name of package `index` (0-based) of `count` packages:
// "privacy-guard-rulepack.xml", or "privacy-guard-rulepack-2.xml" etc.
// for the second and later ones.
std::string PackageFileName(size_t index);

// Renders IMPORT.md (UTF-8 Markdown, LF line ends) for `ex`.
// `load_warnings` are the loader's notes (e.g. an optional data file that
// was missing), listed with the export's own warnings.
std::string RenderImportMarkdown(const PurviewExport& ex,
                                 const std::vector<std::string>& load_warnings);

}  // namespace privacy_guard::exporter::purview

#endif  // PRIVACY_GUARD_EXPORT_PURVIEW_IMPORT_DOC_H_
