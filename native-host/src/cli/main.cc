// The one executable: native-messaging host when the browser starts it with an
// extension origin, command-line tool otherwise.
#include <cstring>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "host/host.h"

#include "platform/windows_api.h"

#ifdef _WIN32
#include <shellapi.h>
#endif

int main(int argc, char** argv) {
#ifdef _WIN32
  // Windows passes main() its arguments in the ANSI code page; everything
  // here takes UTF-8 (a path such as C:\Users\Søren\policy.textproto would
  // otherwise be garbled or stop the program). Rebuild argv from the UTF-16
  // command line.
  std::vector<std::string> utf8_args;
  std::vector<char*> utf8_argv;
  int wargc = 0;
  if (LPWSTR* wargv = CommandLineToArgvW(GetCommandLineW(), &wargc)) {
    for (int i = 0; i < wargc; ++i) {
      const int n = WideCharToMultiByte(CP_UTF8, 0, wargv[i], -1, nullptr, 0, nullptr, nullptr);
      std::string arg(n > 0 ? n - 1 : 0, '\0');
      if (n > 1) WideCharToMultiByte(CP_UTF8, 0, wargv[i], -1, arg.data(), n, nullptr, nullptr);
      utf8_args.push_back(std::move(arg));
    }
    LocalFree(wargv);
    for (std::string& a : utf8_args) utf8_argv.push_back(a.data());
    utf8_argv.push_back(nullptr);
    argc = wargc;
    argv = utf8_argv.data();
  }
#endif
  if (argc >= 2 && std::strncmp(argv[1], "chrome-extension://", 19) == 0) {
    return privacy_guard::host::RunHost(argc, argv);
  }
  return privacy_guard::cli::RunCli(argc, argv);
}
