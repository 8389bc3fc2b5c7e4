// Test/benchmark helper: runs the real privacy-guard executable as a
// native-messaging host over pipes (POSIX only) and speaks framed JSON.
#ifndef PRIVACY_GUARD_TESTS_HOST_HOST_TEST_CLIENT_H_
#define PRIVACY_GUARD_TESTS_HOST_HOST_TEST_CLIENT_H_

#include <sys/types.h>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace privacy_guard::testing {

class HostProcess {
 public:
  // Starts `exe` with `args` (argv[1..]) and the current environment plus
  // `env` overrides. stderr goes to `stderr_path` (or is inherited if
  // empty). Returns nullptr if the process cannot be started.
  static std::unique_ptr<HostProcess> Start(
      const std::string& exe, const std::vector<std::string>& args,
      const std::vector<std::pair<std::string, std::string>>& env,
      const std::string& stderr_path = "");

  ~HostProcess();  // closes the pipes and kills the child if still running
  HostProcess(const HostProcess&) = delete;
  HostProcess& operator=(const HostProcess&) = delete;

  // Writes raw bytes / one frame (length prefix + body) / one JSON frame.
  // Returns false if the host closed its input.
  bool WriteRaw(std::string_view bytes);
  bool SendFrame(std::string_view body);
  bool Send(const nlohmann::json& message);

  // Reads one reply frame; nullopt on timeout or end of output.
  std::optional<std::string> ReadFrame(std::chrono::milliseconds timeout = std::chrono::seconds(30));
  // ReadFrame + JSON parse (a parse failure is returned as a discarded value).
  std::optional<nlohmann::json> Read(std::chrono::milliseconds timeout = std::chrono::seconds(30));
  // Send + Read.
  std::optional<nlohmann::json> Call(const nlohmann::json& message);

  // True once the host's stdout reached EOF (checked without blocking).
  bool OutputClosed(std::chrono::milliseconds timeout = std::chrono::milliseconds(0));

  // Everything the host writes from now on (after the frames already read)
  // until it closes its stdout; nullopt if that does not happen in `timeout`.
  std::optional<std::string> ReadToEnd(std::chrono::milliseconds timeout);

  // Closes the host's stdin (the browser closing the port).
  void CloseInput();

  // Waits for the process to exit; returns its exit status (128+signal if
  // killed) or nullopt on timeout.
  std::optional<int> Wait(std::chrono::milliseconds timeout);

  pid_t pid() const { return pid_; }

 private:
  HostProcess() = default;
  bool FillBuffer(size_t want, std::chrono::steady_clock::time_point deadline);

  pid_t pid_ = -1;
  int in_fd_ = -1;   // host's stdin (we write)
  int out_fd_ = -1;  // host's stdout (we read)
  std::string buf_;
  bool exited_ = false;
  int status_ = 0;
};

// Number of UTF-16 code units of UTF-8 `s` (as JavaScript's String.length).
size_t Utf16Length(std::string_view utf8);

// Resident set size of `pid` in KiB (from /proc), or 0.
long RssKib(pid_t pid);

}  // namespace privacy_guard::testing

#endif  // PRIVACY_GUARD_TESTS_HOST_HOST_TEST_CLIENT_H_
