// The platform library: the small portability layer every front end shares
// (config loading, the native-messaging host, the exporter, the CLI): UTF-8
// paths, whole-file I/O, atomic file writes, timestamps, the executable's
// folder, environment lookups and %VAR% expansion. The engine does not use
// it (it does no I/O).
//
// Every path handed to or returned by these functions is UTF-8 (on Windows it
// is converted to UTF-16 for the Win32 API; std::filesystem::path(std::string)
// would use the ANSI code page there, which corrupts "æøå").
#ifndef PRIVACY_GUARD_PLATFORM_PLATFORM_H_
#define PRIVACY_GUARD_PLATFORM_PLATFORM_H_

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace privacy_guard::platform {

// UTF-8 <-> std::filesystem::path, correct on every platform.
std::filesystem::path PathFromUtf8(std::string_view utf8);
std::string PathToUtf8(const std::filesystem::path& path);

// Owning FILE* that closes itself.
struct FileCloser {
  void operator()(std::FILE* f) const noexcept {
    if (f) std::fclose(f);
  }
};
using UniqueFile = std::unique_ptr<std::FILE, FileCloser>;

// fopen() with a UTF-8 path (`mode` as for fopen, e.g. "rb", "ab").
// Returns nullptr on failure (errno is set).
UniqueFile OpenFile(const std::string& utf8_path, const char* mode);

// Reads the whole file. Returns nullopt when it cannot be opened or read;
// *error (if non-null) then says "cannot read <path>: <reason>".
std::optional<std::string> ReadWholeFile(const std::string& utf8_path,
                                         std::string* error = nullptr);

// Writes `content` to `utf8_path` atomically: a temporary file in the same
// folder is written, flushed and renamed over the target. Creates missing
// parent folders. Returns false with *error set on failure.
bool WriteFileAtomically(const std::string& utf8_path, std::string_view content,
                         std::string* error);

// Creates `utf8_path` exclusively with owner-only permissions (0600 on
// POSIX) and writes `content`. Returns false if it already exists
// (*already_exists = true) or on any other failure (*error set).
bool CreateFilePrivate(const std::string& utf8_path, std::string_view content,
                       bool* already_exists, std::string* error);

// Current UTC time as "YYYY-MM-DDTHH:MM:SSZ".
std::string UtcTimestamp();

// Folder containing the running executable (UTF-8), or empty if unknown.
// `argv0` is the fallback when the OS cannot tell.
std::string ExecutableDir(const char* argv0);

// Value of environment variable `name` (UTF-8), nullopt when unset or empty.
std::optional<std::string> GetEnv(const char* name);

// `text` with every %NAME% replaced by the environment variable NAME (as
// Windows writes paths: "%LOCALAPPDATA%\privacy-guard\audit.log"), on every
// platform. A variable that is unset or empty, a lone '%' and "%%" stay as
// they are.
std::string ExpandEnvironment(std::string_view text);

// A file's identity for change detection.
struct FileStamp {
  bool exists = false;
  uint64_t size = 0;
  int64_t mtime_ns = 0;   // last write, ns since the epoch
  // POSIX: status change time (ctime), which also moves when a file is
  // replaced by one with a copied mtime; Windows: creation time. ns.
  int64_t change_ns = 0;
  bool operator==(const FileStamp&) const = default;
};
// One metadata request: stat() on POSIX, GetFileAttributesExW on Windows.
// Never throws; a missing or unreadable file gives exists == false.
FileStamp StatFile(const std::string& utf8_path);

// The stamps of the files `names` (plain file names) in the folder `dir`,
// in the order of `names`, with the same values StatFile gives. On Windows
// this is one listing of the folder (FindFirstFileExW on "<common prefix of
// the names>*", so a network share answers with one directory query instead
// of one query per file; names compare case-insensitively); elsewhere one
// stat per name (fstatat). A missing name gives exists == false. Never
// throws.
std::vector<FileStamp> StatFilesInFolder(const std::string& utf8_dir,
                                         const std::vector<std::string>& names);

// Process id, for diagnostic log lines.
long ProcessId();

// Lower-case hex of `bytes`.
std::string HexEncode(std::string_view bytes);

// Standard input and output as raw byte streams, bypassing stdio's buffers
// (one read(2)/write(2) per call; _read/_write on Windows, where the caller
// has put them in binary mode).
//
// Reads up to `n` (> 0) bytes from standard input as they arrive: blocks
// until at least one byte is there. Returns the number read; 0 at end of
// input or on a read error.
size_t ReadStandardInput(char* buf, size_t n);
// Writes all of `data` to standard output. False on a write error (e.g. the
// reader is gone).
bool WriteStandardOutput(std::string_view data);

}  // namespace privacy_guard::platform

#endif  // PRIVACY_GUARD_PLATFORM_PLATFORM_H_
