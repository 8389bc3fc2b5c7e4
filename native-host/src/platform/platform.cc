#include "platform/platform.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <system_error>

#include "platform/windows_api.h"

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <process.h>
#include <share.h>
#include <sys/stat.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace privacy_guard::platform {

namespace fs = std::filesystem;

fs::path PathFromUtf8(std::string_view utf8) {
  std::u8string u8(utf8.begin(), utf8.end());
  return fs::path(u8);
}

std::string PathToUtf8(const fs::path& path) {
  std::u8string u8 = path.u8string();
  return std::string(u8.begin(), u8.end());
}

UniqueFile OpenFile(const std::string& utf8_path, const char* mode) {
#ifdef _WIN32
  std::wstring wmode(mode, mode + std::strlen(mode));
  return UniqueFile(_wfopen(PathFromUtf8(utf8_path).c_str(), wmode.c_str()));
#else
  return UniqueFile(std::fopen(utf8_path.c_str(), mode));
#endif
}

std::optional<std::string> ReadWholeFile(const std::string& utf8_path,
                                         std::string* error) {
  UniqueFile f = OpenFile(utf8_path, "rb");
  if (!f) {
    if (error) *error = "cannot read " + utf8_path + ": " + std::strerror(errno);
    return std::nullopt;
  }
  std::string out;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) out.append(buf, n);
  if (std::ferror(f.get())) {
    if (error) *error = "cannot read " + utf8_path + ": read error";
    return std::nullopt;
  }
  return out;
}

bool WriteFileAtomically(const std::string& utf8_path, std::string_view content,
                         std::string* error) {
  const fs::path target = PathFromUtf8(utf8_path);
  std::error_code ec;
  if (target.has_parent_path()) fs::create_directories(target.parent_path(), ec);
  fs::path tmp = target;
  tmp += ".tmp" + std::to_string(ProcessId());
  const std::string tmp_utf8 = PathToUtf8(tmp);
  {
    UniqueFile f = OpenFile(tmp_utf8, "wb");
    if (!f) {
      *error = "cannot write " + tmp_utf8 + ": " + std::strerror(errno);
      return false;
    }
    if (std::fwrite(content.data(), 1, content.size(), f.get()) != content.size() ||
        std::fflush(f.get()) != 0) {
      *error = "cannot write " + tmp_utf8 + ": write error";
      f.reset();
      fs::remove(tmp, ec);
      return false;
    }
  }
  fs::rename(tmp, target, ec);  // replaces atomically (MoveFileEx on Windows)
  if (ec) {
    *error = "cannot replace " + utf8_path + ": " + ec.message();
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

bool CreateFilePrivate(const std::string& utf8_path, std::string_view content,
                       bool* already_exists, std::string* error) {
  *already_exists = false;
  std::error_code ec;
  const fs::path p = PathFromUtf8(utf8_path);
  if (p.has_parent_path()) fs::create_directories(p.parent_path(), ec);
#ifdef _WIN32
  int fd = -1;
  errno_t rc = _wsopen_s(&fd, p.c_str(), _O_CREAT | _O_EXCL | _O_WRONLY | _O_BINARY,
                         _SH_DENYRW, _S_IREAD | _S_IWRITE);
  if (rc != 0) {
    if (rc == EEXIST) *already_exists = true;
    *error = "cannot create " + utf8_path + ": " + std::strerror(rc);
    return false;
  }
  bool ok = _write(fd, content.data(), static_cast<unsigned>(content.size())) ==
            static_cast<int>(content.size());
  ok = (_close(fd) == 0) && ok;
#else
  int fd = ::open(utf8_path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0) {
    if (errno == EEXIST) *already_exists = true;
    *error = "cannot create " + utf8_path + ": " + std::strerror(errno);
    return false;
  }
  bool ok = ::write(fd, content.data(), content.size()) ==
            static_cast<ssize_t>(content.size());
  ok = (::fsync(fd) == 0) && ok;
  ok = (::close(fd) == 0) && ok;
#endif
  if (!ok) *error = "cannot write " + utf8_path;
  return ok;
}

std::string UtcTimestamp() {
  const std::time_t t =
      std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
#ifdef _WIN32
  gmtime_s(&tm, &t);
#else
  gmtime_r(&t, &tm);
#endif
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string ExecutableDir(const char* argv0) {
  std::error_code ec;
#ifdef _WIN32
  std::wstring buf(32768, L'\0');
  DWORD n = GetModuleFileNameW(nullptr, buf.data(), static_cast<DWORD>(buf.size()));
  if (n > 0 && n < buf.size()) {
    buf.resize(n);
    return PathToUtf8(fs::path(buf).parent_path());
  }
#else
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) return PathToUtf8(self.parent_path());
#endif
  if (argv0 && *argv0) {
    fs::path p = fs::absolute(PathFromUtf8(argv0), ec);
    if (!ec) return PathToUtf8(p.parent_path());
  }
  return {};
}

std::optional<std::string> GetEnv(const char* name) {
#ifdef _WIN32
  std::wstring wname(name, name + std::strlen(name));
  DWORD n = GetEnvironmentVariableW(wname.c_str(), nullptr, 0);
  if (n <= 1) return std::nullopt;
  std::wstring value(n, L'\0');
  n = GetEnvironmentVariableW(wname.c_str(), value.data(), n);
  value.resize(n);
  return PathToUtf8(fs::path(value));
#else
  const char* v = std::getenv(name);
  if (!v || !*v) return std::nullopt;
  return std::string(v);
#endif
}

std::string ExpandEnvironment(std::string_view text) {
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const size_t open = text.find('%', i);
    if (open == std::string_view::npos) break;
    const size_t close = text.find('%', open + 1);
    if (close == std::string_view::npos) break;
    out.append(text.substr(i, open - i));
    const std::string name(text.substr(open + 1, close - open - 1));
    std::optional<std::string> value;
    if (!name.empty() && name.find_first_of(" \\/:") == std::string::npos) value = GetEnv(name.c_str());
    if (value) {
      out += *value;
      i = close + 1;
    } else {
      // Not a variable: keep the first '%' and look again from the second.
      out.push_back('%');
      i = open + 1;
    }
  }
  out.append(text.substr(i));
  return out;
}

#ifdef _WIN32
namespace {

// FILETIME (100 ns since 1601) as ns since 1970.
int64_t FileTimeNs(const FILETIME& ft) {
  const uint64_t ticks = (static_cast<uint64_t>(ft.dwHighDateTime) << 32) | ft.dwLowDateTime;
  return (static_cast<int64_t>(ticks) - 116444736000000000LL) * 100;
}

FileStamp StampOf(DWORD attributes, DWORD size_high, DWORD size_low, const FILETIME& written,
                  const FILETIME& created) {
  FileStamp s;
  if (attributes & FILE_ATTRIBUTE_DIRECTORY) return s;  // a folder is not a file
  s.exists = true;
  s.size = (static_cast<uint64_t>(size_high) << 32) | size_low;
  s.mtime_ns = FileTimeNs(written);
  s.change_ns = FileTimeNs(created);
  return s;
}

}  // namespace

FileStamp StatFile(const std::string& utf8_path) {
  WIN32_FILE_ATTRIBUTE_DATA d;
  if (!GetFileAttributesExW(PathFromUtf8(utf8_path).c_str(), GetFileExInfoStandard, &d)) return {};
  return StampOf(d.dwFileAttributes, d.nFileSizeHigh, d.nFileSizeLow, d.ftLastWriteTime,
                 d.ftCreationTime);
}

std::vector<FileStamp> StatFilesInFolder(const std::string& utf8_dir,
                                         const std::vector<std::string>& names) {
  std::vector<FileStamp> out(names.size());
  if (names.empty()) return out;
  std::vector<std::wstring> wide;
  for (const std::string& n : names) wide.push_back(PathFromUtf8(n).wstring());
  // "<common prefix>*" lets the server filter (e.g. "policy.textproto*" for
  // a policy and its .sig). A trailing '.' is dropped: "x.*" has a special
  // (DOS) meaning. The match below is exact, so a wider pattern is harmless.
  std::wstring prefix = wide[0];
  for (const std::wstring& w : wide) {
    size_t i = 0;
    while (i < prefix.size() && i < w.size() && prefix[i] == w[i]) ++i;
    prefix.resize(i);
  }
  while (!prefix.empty() && prefix.back() == L'.') prefix.pop_back();
  if (prefix.find_first_of(L"*?<>\"") != std::wstring::npos) prefix.clear();
  const fs::path pattern = PathFromUtf8(utf8_dir) / (prefix + L"*");
  WIN32_FIND_DATAW fd;
  HANDLE h = FindFirstFileExW(pattern.c_str(), FindExInfoBasic, &fd, FindExSearchNameMatch,
                              nullptr, FIND_FIRST_EX_LARGE_FETCH);
  if (h == INVALID_HANDLE_VALUE) return out;
  do {
    for (size_t i = 0; i < wide.size(); ++i) {
      if (!out[i].exists &&
          CompareStringOrdinal(fd.cFileName, -1, wide[i].c_str(), -1, TRUE) == CSTR_EQUAL) {
        out[i] = StampOf(fd.dwFileAttributes, fd.nFileSizeHigh, fd.nFileSizeLow,
                         fd.ftLastWriteTime, fd.ftCreationTime);
      }
    }
  } while (FindNextFileW(h, &fd));
  FindClose(h);
  return out;
}
#else
FileStamp StatFile(const std::string& utf8_path) {
  FileStamp s;
  struct stat st;
  if (::stat(utf8_path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return s;
  s.exists = true;
  s.size = static_cast<uint64_t>(st.st_size);
#ifdef __APPLE__
  s.mtime_ns = static_cast<int64_t>(st.st_mtimespec.tv_sec) * 1000000000 + st.st_mtimespec.tv_nsec;
  s.change_ns = static_cast<int64_t>(st.st_ctimespec.tv_sec) * 1000000000 + st.st_ctimespec.tv_nsec;
#else
  s.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  s.change_ns = static_cast<int64_t>(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
#endif
  return s;
}

std::vector<FileStamp> StatFilesInFolder(const std::string& utf8_dir,
                                         const std::vector<std::string>& names) {
  std::vector<FileStamp> out;
  out.reserve(names.size());
  const fs::path dir = PathFromUtf8(utf8_dir);
  for (const std::string& n : names) out.push_back(StatFile(PathToUtf8(dir / PathFromUtf8(n))));
  return out;
}
#endif

long ProcessId() {
#ifdef _WIN32
  return static_cast<long>(_getpid());
#else
  return static_cast<long>(::getpid());
#endif
}

std::string HexEncode(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return out;
}

size_t ReadStandardInput(char* buf, size_t n) {
#ifdef _WIN32
  const int got = _read(0, buf, static_cast<unsigned>(std::min<size_t>(n, 1u << 30)));
  return got > 0 ? static_cast<size_t>(got) : 0;
#else
  for (;;) {
    const ssize_t got = ::read(STDIN_FILENO, buf, std::min<size_t>(n, 1u << 30));
    if (got >= 0) return static_cast<size_t>(got);
    if (errno != EINTR) return 0;
  }
#endif
}

bool WriteStandardOutput(std::string_view data) {
  while (!data.empty()) {
    const size_t chunk = std::min<size_t>(data.size(), 1u << 30);
#ifdef _WIN32
    const int put = _write(1, data.data(), static_cast<unsigned>(chunk));
    if (put <= 0) return false;
#else
    const ssize_t put = ::write(STDOUT_FILENO, data.data(), chunk);
    if (put < 0 && errno == EINTR) continue;
    if (put <= 0) return false;
#endif
    data.remove_prefix(static_cast<size_t>(put));
  }
  return true;
}

}  // namespace privacy_guard::platform
