// The native-messaging host: wiring of config, policy, audit log, reader
// thread and worker (docs/protocol.md; native-host/src/host/README.md).
//
//   main thread: stdin -> FrameReader -> ParseRequest -> RequestQueue
//   worker:      RequestQueue -> Session (engine) -> FrameWriter -> stdout
//   poller:      PolicyManager reloads the policy when its files change
#include "host/host.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <thread>

#include "host/audit_log.h"
#include "host/diag_log.h"
#include "host/frame_io.h"
#include "host/host_config.h"
#include "host/policy_manager.h"
#include "host/protocol.h"
#include "host/request_queue.h"
#include "host/serve.h"
#include "host/session.h"

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#else
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace privacy_guard::host {

namespace {

constexpr int kExitForbiddenOrigin = 3;
constexpr int kExitNotConfigured = 4;

// Puts stdin/stdout in binary mode and returns a private stream for
// replies. File descriptor 1 is then pointed at stderr, so that a stray
// printf anywhere in the process can never corrupt the frame stream.
std::FILE* TakeOverStdout() {
#ifdef _WIN32
  _setmode(_fileno(stdin), _O_BINARY);
  _setmode(_fileno(stdout), _O_BINARY);
  const int fd = _dup(_fileno(stdout));
  if (fd < 0) return stdout;
  std::FILE* out = _fdopen(fd, "wb");
  if (!out) {
    _close(fd);
    return stdout;
  }
  _setmode(fd, _O_BINARY);
  if (_fileno(stderr) < 0 || _dup2(_fileno(stderr), _fileno(stdout)) != 0) {
    // No usable stderr: stray output goes nowhere rather than into frames.
    const int null_fd = _open("NUL", _O_WRONLY);
    if (null_fd >= 0) {
      _dup2(null_fd, _fileno(stdout));
      _close(null_fd);
    }
  }
#else
  std::signal(SIGPIPE, SIG_IGN);  // a closed port shows up as a write error
  const int fd = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  if (fd < 0) return stdout;
  std::FILE* out = ::fdopen(fd, "wb");
  if (!out) {
    ::close(fd);
    return stdout;
  }
  if (::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
    // No usable stderr: stray output goes nowhere rather than into frames.
    const int null_fd = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (null_fd >= 0) {
      ::dup2(null_fd, STDOUT_FILENO);
      ::close(null_fd);
    }
  }
#endif
  std::setvbuf(out, nullptr, _IOFBF, 1 << 16);
  std::setvbuf(stdin, nullptr, _IOFBF, 1 << 16);
  return out;
}

// The origin as safe to log: printable ASCII, at most 200 characters.
std::string LoggableOrigin(std::string_view origin) {
  std::string out;
  for (char c : origin.substr(0, 200)) out += (c >= 0x20 && c < 0x7f) ? c : '?';
  return out;
}

bool OriginAllowed(const config::HostConfig& cfg, std::string_view origin) {
  for (const std::string& allowed : cfg.allowed_origins()) {
    if (allowed == origin) return true;
  }
  return false;
}

}  // namespace

int RunHost(int argc, char** argv) {
  std::FILE* out = TakeOverStdout();
  StdioSink sink(out);
  FrameWriter writer(&sink);
  DiagLog diag;
  const std::string origin = argc >= 2 ? argv[1] : "";

  HostConfigResult cfg;
  std::string error;
  if (!FindHostConfig(argc >= 1 ? argv[0] : nullptr, &cfg, &error)) {
    diag.Error("host: not configured: " + error);
    writer.Write(ErrorReply({ErrorCode::kNotConfigured,
                             "privacy-guard is not configured on this computer "
                             "(privacy-guard.conf missing or invalid); contact IT",
                             nullptr}));
    return kExitNotConfigured;
  }
  diag.Open(cfg.config.log_file());
  if (!OriginAllowed(cfg.config, origin)) {
    diag.Error("host: forbidden origin " + LoggableOrigin(origin));
    writer.Write(ErrorReply({ErrorCode::kForbiddenOrigin,
                             "this extension is not allowed to use privacy-guard", nullptr}));
    return kExitForbiddenOrigin;
  }
  std::string started = "host: started for " + LoggableOrigin(origin) + ", config " + cfg.path;
  for (const std::string& o : cfg.overrides) started += ", registry " + o;
  diag.Info(started);

  PolicyManagerOptions opts;
  opts.central_path = cfg.config.policy_path();
  opts.cache_dir = cfg.config.cache_dir();
  opts.data_dir = cfg.config.data_dir();
  opts.public_key = cfg.config.policy_public_key();
  const PollSetting poll = PollSeconds(cfg.config, GroupPolicyPollSeconds());
  opts.poll_interval = std::chrono::seconds(poll.seconds);
  // Re-read every 30 s and after every check: a group-policy change of the
  // interval (e.g. an urgent one) applies without a browser restart.
  opts.poll_interval_source = [file_config = cfg.config]() -> std::chrono::milliseconds {
    return std::chrono::seconds(PollSeconds(file_config, GroupPolicyPollSeconds()).seconds);
  };
  PolicyManager policies(std::move(opts), &diag);
  if (!policies.LoadInitial()) {
    diag.Error("host: no usable policy; checks are answered with errors until one loads");
  }
  if (poll.clamped) {
    diag.Warn("host: the policy check interval given is out of range; using " +
              std::to_string(poll.seconds) + " s (" + PollSourceName(poll.source) + ")");
  }
  diag.Info("policy: checking for changes every " + std::to_string(poll.seconds) + " s +/- " +
            std::to_string(static_cast<int>(kPollJitter * 100)) + " % (" +
            PollSourceName(poll.source) + "), " + std::to_string(policies.RequestsPerCheck()) +
            " metadata requests per check; files are read only when they change");
  policies.StartPolling();

  AuditLog audit(cfg.config.audit_log(), cfg.config.audit_max_bytes(), origin, &diag);
  {
    nlohmann::json ev = {{"time", platform::UtcTimestamp()}, {"event", "host_started"},
                         {"origin", LoggableOrigin(origin)}, {"config", cfg.path}};
    ReportSystemEvent(EventId::kHostStarted, false, DumpJson(ev));
  }

  Session session(&policies, &audit, origin);
  RequestQueue queue;
  std::thread worker(AnswerRequests, &queue, &session, &writer, &diag);
  StdioSource source(stdin);
  ReadRequests(&source, &queue, &diag);
  queue.Close();
  worker.join();
  diag.Info("host: input closed; exiting");
  if (!policies.StopPolling(std::chrono::milliseconds(200))) {
    // A policy reload is blocked (e.g. on an unresponsive share): do not
    // keep the browser waiting for it.
    diag.Warn("host: policy reload still running; exiting without waiting for it");
    std::fflush(out);
    std::_Exit(0);
  }
  std::fflush(out);
  return 0;
}

}  // namespace privacy_guard::host
