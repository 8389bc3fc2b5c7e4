#include "export/export.h"

#include <iostream>

namespace privacy_guard::exporter {

// Placeholder until the Purview exporter lands (issue 8).
int RunExportCommand(int argc, char** argv) {
  std::cerr << "privacy-guard export: not available in this build\n";
  return 2;
}

}  // namespace privacy_guard::exporter
