// Input and output of `privacy-guard scan`: lines read in large blocks, one
// buffered output, and the --jsonl loop.
//
// A pipe of JSON lines can carry millions of prompts, and a single line can
// be tens of megabytes: every byte is touched a fixed number of times (read
// in blocks of 1 MiB, lines found with memchr, answers written in blocks),
// and what a line needs is given back after it.
#ifndef PRIVACY_GUARD_CLI_SCAN_IO_H_
#define PRIVACY_GUARD_CLI_SCAN_IO_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "host/frame_io.h"
#include "privacy_guard/engine.h"

namespace privacy_guard::cli {

// Standard input as it arrives (platform::ReadStandardInput).
class StdinSource final : public host::ByteSource {
 public:
  size_t Read(char* buf, size_t n) override;
};

// Standard output, unbuffered (platform::WriteStandardOutput).
class StdoutSink final : public host::ByteSink {
 public:
  bool WriteAll(std::string_view data) override;
};

// Splits a byte stream into lines.
class LineReader {
 public:
  // `source` must outlive the reader. `before_read` (may be empty) is called
  // before every read from `source`, which may block: the --jsonl loop
  // writes out its answers there, so a program that waits for one answer
  // before it sends the next line is served. `block` is the read size.
  explicit LineReader(host::ByteSource* source, std::function<void()> before_read = {},
                      size_t block = 1024 * 1024);

  // The next line, without its '\n' and without one '\r' before it; the
  // last line needs no '\n'. False at the end of the input. `*line` stays
  // valid until the next call of Next() or Trim().
  bool Next(std::string_view* line);

  // Gives back the memory a very long line needed (the buffer grows to hold
  // the longest line). Invalidates the last line.
  void Trim();

 private:
  host::ByteSource* source_;
  std::function<void()> before_read_;
  size_t block_;
  std::unique_ptr<char[]> buf_;
  size_t cap_ = 0;
  size_t begin_ = 0;    // start of the next line
  size_t scanned_ = 0;  // [begin_, scanned_) holds no '\n'
  size_t end_ = 0;      // bytes read
  bool eof_ = false;
};

// One buffer for everything written: handed to `sink` whenever it holds
// `flush_bytes` or more, and on Flush().
class OutputBuffer {
 public:
  explicit OutputBuffer(host::ByteSink* sink, size_t flush_bytes = 64 * 1024)
      : sink_(sink), flush_bytes_(flush_bytes) {}

  std::string& text() { return buf_; }  // append freely, then call Written()
  void Written() {
    if (buf_.size() >= flush_bytes_) Flush();
  }
  // Hands everything buffered to the sink. False (now and on every later
  // call) once the sink failed; the buffer is then dropped.
  bool Flush();
  bool ok() const { return ok_; }

 private:
  host::ByteSink* sink_;
  size_t flush_bytes_;
  std::string buf_;
  bool ok_ = true;
};

// `scan [FILE...]`: one line per finding of `text`, "label:line:column:
// category confidence action preview" (line and column 1-based, the column
// in characters), then "label: decision: warn (N findings[, M audit only])";
// or "label: error: …". Findings are written as the engine delivers them.
void WriteReport(const std::string& label, std::string_view text, const Engine& engine,
                 OutputBuffer* out);

// `scan --jsonl`: each input line {"id": ..., "text": "..."} is answered by
// one output line, in order:
//   {"id":…,"decision":"warn","findings":[{"category":…,"start":…,"end":…,
//    "confidence":…,"action":…},…]}
// or {"id":…,"error":"…"} for a line that cannot be scanned (not JSON, not
// valid UTF-8, no string "text", an empty line); the next line is read as
// usual. The id is echoed as given (null when absent).
//
// `threads` lines are scanned at once (0 = one per processor, at most 8):
// lines under 256 KiB are gathered into batches (up to 512 lines or 4 MiB)
// that the threads share, and a batch is answered when it is full or the
// input pauses, so a program that waits for one answer before it sends the
// next line is served. A line of 256 KiB or more is answered alone, without
// a copy, by the engine's own threads, and its findings are written as the
// engine delivers them, so its answer needs no memory for its findings.
// The answers are the same, byte for byte, whatever `threads` is; a line
// whose scan fails inside (out of memory) gets {"id":null,"error":"internal
// error"}, and a JSON number too large to hold an error answer. Answers
// are written out when the output buffer fills and whenever the input
// pauses. Returns 0, or kExitOutput (1) when the output fails.
// How RunJsonl() batched its lines (for tests and measurements).
struct JsonlStats {
  size_t batches = 0;        // batches answered by the threads
  size_t largest_batch = 0;  // lines in the largest
};
int RunJsonl(const Engine& engine, host::ByteSource* source, host::ByteSink* sink,
             unsigned threads = 0, JsonlStats* stats = nullptr);

// The number of threads RunJsonl() uses for `requested` (0 = the default).
unsigned JsonlThreads(unsigned requested);

}  // namespace privacy_guard::cli

#endif  // PRIVACY_GUARD_CLI_SCAN_IO_H_
