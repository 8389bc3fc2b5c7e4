// `privacy-guard export …`: the central policy in other products' formats.
#ifndef PRIVACY_GUARD_EXPORT_EXPORT_H_
#define PRIVACY_GUARD_EXPORT_EXPORT_H_

namespace privacy_guard::exporter {

// Runs `privacy-guard export <format> …`; argv[0] is the format word
// ("purview"). Returns the process exit status (0 ok, 2 usage, 3 policy or
// I/O error).
int RunExportCommand(int argc, char** argv);

}  // namespace privacy_guard::exporter

#endif  // PRIVACY_GUARD_EXPORT_EXPORT_H_
