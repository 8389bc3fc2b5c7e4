// The one executable: native-messaging host when the browser starts it with an
// extension origin, command-line tool otherwise.
#include <cstring>

#include "cli/cli.h"
#include "host/host.h"

int main(int argc, char** argv) {
  if (argc >= 2 && std::strncmp(argv[1], "chrome-extension://", 19) == 0) {
    return privacy_guard::host::RunHost(argc, argv);
  }
  return privacy_guard::cli::RunCli(argc, argv);
}
