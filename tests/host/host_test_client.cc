#include "host_test_client.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <thread>
#include <utility>

#include "host_test_files.h"

extern char** environ;

namespace privacy_guard::testing {

size_t Utf16Length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) {
    if ((c & 0xC0) == 0x80) continue;   // continuation byte
    n += (c >= 0xF0) ? 2 : 1;           // 4-byte sequences are surrogate pairs
  }
  return n;
}

long RssKib(pid_t pid) {
  std::ifstream f("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(f, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return 0;
}

std::unique_ptr<HostProcess> HostProcess::Start(
    const std::string& exe, const std::vector<std::string>& args,
    const std::vector<std::pair<std::string, std::string>>& env,
    const std::string& stderr_path) {
  ::signal(SIGPIPE, SIG_IGN);
  int in_pipe[2], out_pipe[2];
  if (::pipe2(in_pipe, O_CLOEXEC) != 0) return nullptr;
  if (::pipe2(out_pipe, O_CLOEXEC) != 0) {
    ::close(in_pipe[0]);
    ::close(in_pipe[1]);
    return nullptr;
  }
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, in_pipe[0], 0);
  posix_spawn_file_actions_adddup2(&fa, out_pipe[1], 1);
  if (!stderr_path.empty()) {
    posix_spawn_file_actions_addopen(&fa, 2, stderr_path.c_str(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0644);
  }

  std::map<std::string, std::string> vars;
  for (char** e = environ; *e; ++e) {
    std::string kv = *e;
    const size_t eq = kv.find('=');
    if (eq != std::string::npos) vars[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  for (const auto& [k, v] : env) vars[k] = v;
  std::vector<std::string> env_strings;
  for (const auto& [k, v] : vars) env_strings.push_back(k + "=" + v);
  std::vector<char*> envp;
  for (std::string& s : env_strings) envp.push_back(s.data());
  envp.push_back(nullptr);

  std::vector<std::string> argv_strings{exe};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);

  auto p = std::unique_ptr<HostProcess>(new HostProcess());
  const int rc = ::posix_spawn(&p->pid_, exe.c_str(), &fa, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  ::close(in_pipe[0]);
  ::close(out_pipe[1]);
  p->in_fd_ = in_pipe[1];
  p->out_fd_ = out_pipe[0];
  if (rc != 0) {
    p->pid_ = -1;
    return nullptr;
  }
  return p;
}

HostProcess::~HostProcess() {
  CloseInput();
  if (out_fd_ >= 0) ::close(out_fd_);
  if (pid_ > 0 && !exited_) {
    if (!Wait(std::chrono::milliseconds(2000))) {
      ::kill(pid_, SIGKILL);
      Wait(std::chrono::milliseconds(5000));
    }
  }
}

bool HostProcess::WriteRaw(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(in_fd_, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

bool HostProcess::SendFrame(std::string_view body) { return WriteRaw(Frame(body)); }

bool HostProcess::Send(const nlohmann::json& message) { return SendFrame(message.dump()); }

bool HostProcess::FillBuffer(size_t want, std::chrono::steady_clock::time_point deadline) {
  char chunk[65536];
  while (buf_.size() < want) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() < 0) return false;
    pollfd pfd{out_fd_, POLLIN, 0};
    const int r = ::poll(&pfd, 1, static_cast<int>(left.count()));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    const ssize_t n = ::read(out_fd_, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    buf_.append(chunk, static_cast<size_t>(n));
  }
  return true;
}

std::optional<std::string> HostProcess::ReadFrame(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  if (!FillBuffer(4, deadline)) return std::nullopt;
  uint32_t n;
  std::memcpy(&n, buf_.data(), sizeof n);
  if (!FillBuffer(4 + static_cast<size_t>(n), deadline)) return std::nullopt;
  std::string body = buf_.substr(4, n);
  buf_.erase(0, 4 + static_cast<size_t>(n));
  return body;
}

std::optional<nlohmann::json> HostProcess::Read(std::chrono::milliseconds timeout) {
  std::optional<std::string> body = ReadFrame(timeout);
  if (!body) return std::nullopt;
  return nlohmann::json::parse(*body, nullptr, false);
}

std::optional<nlohmann::json> HostProcess::Call(const nlohmann::json& message) {
  if (!Send(message)) return std::nullopt;
  return Read();
}

bool HostProcess::OutputClosed(std::chrono::milliseconds timeout) {
  if (!buf_.empty()) return false;
  pollfd pfd{out_fd_, POLLIN, 0};
  if (::poll(&pfd, 1, static_cast<int>(timeout.count())) <= 0) return false;
  char c;
  const ssize_t n = ::read(out_fd_, &c, 1);
  if (n == 1) {
    buf_.push_back(c);
    return false;
  }
  return n == 0;
}

std::optional<std::string> HostProcess::ReadToEnd(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  char chunk[65536];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() < 0) return std::nullopt;
    pollfd pfd{out_fd_, POLLIN, 0};
    const int r = ::poll(&pfd, 1, static_cast<int>(left.count()));
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return std::nullopt;
    const ssize_t n = ::read(out_fd_, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::nullopt;
    if (n == 0) return std::exchange(buf_, std::string());
    buf_.append(chunk, static_cast<size_t>(n));
  }
}

void HostProcess::CloseInput() {
  if (in_fd_ >= 0) {
    ::close(in_fd_);
    in_fd_ = -1;
  }
}

std::optional<int> HostProcess::Wait(std::chrono::milliseconds timeout) {
  if (exited_) return status_;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    int st = 0;
    const pid_t r = ::waitpid(pid_, &st, WNOHANG);
    if (r == pid_) {
      exited_ = true;
      status_ = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
      return status_;
    }
    if (r < 0 && errno != EINTR) return std::nullopt;
    if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  }
}

}  // namespace privacy_guard::testing
