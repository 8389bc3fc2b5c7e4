// edge_launch.exe: starts a native-messaging host the way Chromium-based
// browsers do on Windows, for the Windows tests under Wine (issue 15).
//
//   1. Registry: the default value of ...\NativeMessagingHosts\<name> is the
//      manifest's full path. Searched like Chromium: HKCU (unless
//      --system-only), then HKLM; in each hive the 32-bit view, then the
//      64-bit view; the browser's vendor keys in order.
//   2. The manifest: "name" must match, "type" must be "stdio", the origin
//      must be listed in "allowed_origins"; a relative "path" is resolved
//      against the manifest's folder.
//   3. Launch: %COMSPEC% /d /c "<exe>" <origin> --parent-window=0
//      < \\.\pipe\<browser>.nativeMessaging.in.<hex>
//      > \\.\pipe\<browser>.nativeMessaging.out.<hex>
//      hidden, with the host's folder as working directory. The process the
//      browser tracks is cmd.exe, not the host.
//   4. Sends each line of --requests FILE as one frame (native byte order
//      length + the line's bytes), then closes the input pipe (what the
//      browser does when the port closes), reads every reply frame until the
//      host closes its output, and waits --exit-timeout-ms (default 2000,
//      Chromium's grace period before it kills the process) for cmd.exe.
//
// Output (stdout, one JSON object per line): each reply frame's body, then
//   {"launcher":{"registry_key":…,"manifest":…,"exe":…,"exited_by_itself":…,
//                "exit_code":…,"exit_ms":…}}
// Exit status: 0 when the host was found, answered and exited by itself;
// 1 on any failure (a message on stderr).
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <fcntl.h>
#include <io.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string Utf8(const std::wstring& w) {
  const std::u8string u8 = fs::path(w).u8string();
  return std::string(u8.begin(), u8.end());
}

std::wstring Wide(const std::string& s) {
  return fs::path(std::u8string(s.begin(), s.end())).wstring();
}

[[noreturn]] void Fail(const std::string& message) {
  std::cerr << "edge_launch: " << message << "\n";
  std::exit(1);
}

struct Found {
  std::string key;        // e.g. HKLM\SOFTWARE\Microsoft\Edge\NativeMessagingHosts\<name> (64-bit)
  std::wstring manifest;  // the default value
};

std::optional<Found> FindRegistration(const std::string& browser, const std::string& name,
                                      bool system_only) {
  std::vector<std::string> vendors;
  if (browser == "edge") {
    vendors = {"Microsoft\\Edge", "Chromium", "Google\\Chrome"};
  } else if (browser == "chrome") {
    vendors = {"Google\\Chrome"};
  } else {
    Fail("unknown --browser " + browser);
  }
  struct Hive {
    HKEY root;
    const char* label;
  };
  std::vector<Hive> hives;
  if (!system_only) hives.push_back({HKEY_CURRENT_USER, "HKCU"});
  hives.push_back({HKEY_LOCAL_MACHINE, "HKLM"});
  for (const Hive& hive : hives) {
    for (REGSAM view : {KEY_WOW64_32KEY, KEY_WOW64_64KEY}) {
      for (const std::string& vendor : vendors) {
        const std::string sub = "SOFTWARE\\" + vendor + "\\NativeMessagingHosts\\" + name;
        HKEY key;
        if (RegOpenKeyExW(hive.root, Wide(sub).c_str(), 0, KEY_QUERY_VALUE | view, &key) !=
            ERROR_SUCCESS) {
          continue;
        }
        std::wstring value(32768, L'\0');
        DWORD size = static_cast<DWORD>(value.size() * sizeof(wchar_t));
        DWORD type = 0;
        const LSTATUS rc = RegQueryValueExW(key, nullptr, nullptr, &type,
                                            reinterpret_cast<BYTE*>(value.data()), &size);
        RegCloseKey(key);
        if (rc != ERROR_SUCCESS || type != REG_SZ) continue;
        value.resize(wcsnlen(value.c_str(), size / sizeof(wchar_t)));
        return Found{std::string(hive.label) + "\\" + sub +
                         (view == KEY_WOW64_32KEY ? " (32-bit view)" : " (64-bit view)"),
                     value};
      }
    }
  }
  return std::nullopt;
}

bool WriteAll(HANDLE h, const void* data, size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    DWORD n = 0;
    if (!WriteFile(h, p, static_cast<DWORD>(size), &n, nullptr)) return false;
    p += n;
    size -= n;
  }
  return true;
}

bool ReadAll(HANDLE h, void* data, size_t size) {  // false on end of stream
  char* p = static_cast<char*>(data);
  while (size > 0) {
    DWORD n = 0;
    if (!ReadFile(h, p, static_cast<DWORD>(size), &n, nullptr) || n == 0) return false;
    p += n;
    size -= n;
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  _setmode(_fileno(stdout), _O_BINARY);
  std::string browser = "edge", name, origin, requests_file;
  bool system_only = false;
  DWORD exit_timeout_ms = 2000;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) Fail("missing value for " + a);
      return argv[++i];
    };
    if (a == "--browser") browser = value();
    else if (a == "--name") name = value();
    else if (a == "--origin") origin = value();
    else if (a == "--requests") requests_file = value();
    else if (a == "--system-only") system_only = true;
    else if (a == "--exit-timeout-ms") exit_timeout_ms = static_cast<DWORD>(std::stoul(value()));
    else Fail("unknown argument " + a);
  }
  if (name.empty() || origin.empty() || requests_file.empty()) {
    Fail("usage: edge_launch --name HOST --origin ORIGIN --requests FILE "
         "[--browser edge|chrome] [--system-only] [--exit-timeout-ms N]");
  }

  // 1. Registry.
  const std::optional<Found> found = FindRegistration(browser, name, system_only);
  if (!found) Fail("host " + name + " is not registered for " + browser);

  // 2. Manifest.
  const fs::path manifest_path(found->manifest);
  if (!manifest_path.is_absolute()) Fail("registered manifest path is not absolute");
  std::ifstream in(manifest_path, std::ios::binary);
  if (!in) Fail("cannot open manifest " + Utf8(found->manifest));
  json manifest;
  try {
    manifest = json::parse(in);
  } catch (const std::exception& e) {
    Fail(std::string("manifest is not valid JSON: ") + e.what());
  }
  if (manifest.value("name", "") != name) Fail("manifest name does not match");
  if (manifest.value("type", "") != "stdio") Fail("manifest type is not stdio");
  bool allowed = false;
  for (const auto& o : manifest.value("allowed_origins", json::array())) allowed |= o == origin;
  if (!allowed) Fail("origin not in the manifest's allowed_origins");
  fs::path exe = Wide(manifest.value("path", ""));
  if (exe.empty()) Fail("manifest has no path");
  if (exe.is_relative()) exe = manifest_path.parent_path() / exe;
  if (!fs::is_regular_file(exe)) Fail("host executable not found: " + Utf8(exe.wstring()));

  // 3. Pipes and cmd.exe.
  const std::wstring tag = std::to_wstring(GetCurrentProcessId()) + L"." +
                           std::to_wstring(GetTickCount64());
  const std::wstring prefix = L"\\\\.\\pipe\\" + Wide(browser) + L".nativeMessaging.";
  const std::wstring in_name = prefix + L"in." + tag, out_name = prefix + L"out." + tag;
  HANDLE to_host = CreateNamedPipeW(in_name.c_str(), PIPE_ACCESS_OUTBOUND,
                                    PIPE_TYPE_BYTE | PIPE_WAIT, 1, 65536, 65536, 5000, nullptr);
  HANDLE from_host = CreateNamedPipeW(out_name.c_str(), PIPE_ACCESS_INBOUND,
                                      PIPE_TYPE_BYTE | PIPE_WAIT, 1, 65536, 65536, 5000, nullptr);
  if (to_host == INVALID_HANDLE_VALUE || from_host == INVALID_HANDLE_VALUE) {
    Fail("CreateNamedPipe failed");
  }
  wchar_t comspec[MAX_PATH];
  if (!GetEnvironmentVariableW(L"COMSPEC", comspec, MAX_PATH)) wcscpy(comspec, L"cmd.exe");
  std::wstring command = std::wstring(comspec) + L" /d /c \"" + exe.wstring() + L"\" " +
                         Wide(origin) + L" --parent-window=0 < " + in_name + L" > " + out_name;
  STARTUPINFOW si{};
  si.cb = sizeof si;
  si.dwFlags = STARTF_USESHOWWINDOW;
  si.wShowWindow = SW_HIDE;
  PROCESS_INFORMATION pi{};
  const std::wstring cwd = exe.parent_path().wstring();
  if (!CreateProcessW(nullptr, command.data(), nullptr, nullptr, FALSE, CREATE_NO_WINDOW, nullptr,
                      cwd.c_str(), &si, &pi)) {
    Fail("CreateProcess failed: " + std::to_string(GetLastError()));
  }
  CloseHandle(pi.hThread);
  for (HANDLE pipe : {to_host, from_host}) {
    if (!ConnectNamedPipe(pipe, nullptr) && GetLastError() != ERROR_PIPE_CONNECTED) {
      Fail("the host never opened its pipes");
    }
  }

  // 4. Frames: replies are read on a thread while the requests are written.
  std::vector<std::string> replies;
  std::thread reader([&] {
    for (;;) {
      uint32_t len = 0;
      if (!ReadAll(from_host, &len, sizeof len)) break;
      std::string body(len, '\0');
      if (!ReadAll(from_host, body.data(), len)) break;
      replies.push_back(std::move(body));
    }
  });
  std::ifstream requests(requests_file, std::ios::binary);
  if (!requests) Fail("cannot read " + requests_file);
  std::string line;
  while (std::getline(requests, line)) {
    if (line.empty()) continue;
    const uint32_t len = static_cast<uint32_t>(line.size());
    if (!WriteAll(to_host, &len, sizeof len) || !WriteAll(to_host, line.data(), line.size())) {
      break;  // the host closed its input early; its replies say why
    }
  }
  FlushFileBuffers(to_host);
  CloseHandle(to_host);  // end of input: the port closes
  const auto closed = std::chrono::steady_clock::now();
  reader.join();
  const DWORD wait = WaitForSingleObject(pi.hProcess, exit_timeout_ms);
  const auto exit_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::steady_clock::now() - closed).count();
  DWORD code = 0;
  const bool by_itself = wait == WAIT_OBJECT_0;
  if (!by_itself) TerminateProcess(pi.hProcess, 1);
  GetExitCodeProcess(pi.hProcess, &code);
  CloseHandle(pi.hProcess);
  CloseHandle(from_host);

  for (const std::string& r : replies) std::cout << r << "\n";
  std::cout << json{{"launcher",
                     {{"registry_key", found->key},
                      {"manifest", Utf8(found->manifest)},
                      {"exe", Utf8(exe.wstring())},
                      {"exited_by_itself", by_itself},
                      {"exit_code", by_itself ? static_cast<int64_t>(code) : -1},
                      {"exit_ms", exit_ms}}}}
                   .dump()
            << "\n";
  std::cout.flush();
  return by_itself && !replies.empty() ? 0 : 1;
}
