// Native-messaging framing: a 32-bit length in native byte order followed by
// that many bytes of UTF-8 JSON (docs/protocol.md, "Transport").
//
// This layer moves bytes only; it never looks inside a frame. It reads from a
// ByteSource and writes to a ByteSink so the same code serves stdin/stdout,
// tests and the fuzzer.
//
// Thread safety: a FrameReader or FrameWriter is used by one thread at a time.
#ifndef PRIVACY_GUARD_HOST_FRAME_IO_H_
#define PRIVACY_GUARD_HOST_FRAME_IO_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace privacy_guard::host {

// Largest request body accepted (the length prefix may not exceed it).
inline constexpr uint32_t kMaxRequestBytes = 16u * 1024 * 1024;
// Every reply body is strictly smaller than this (Chromium's
// kMaximumNativeMessageSize is 1 MiB).
inline constexpr size_t kMaxReplyBytes = 1024u * 1024;

// A blocking byte stream.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` (> 0) bytes into `buf`, blocking until at least one byte
  // is available. Returns the number of bytes read; 0 means end of input (or
  // an unrecoverable read error, which the host treats the same way).
  virtual size_t Read(char* buf, size_t n) = 0;
};

// A byte sink.
class ByteSink {
 public:
  virtual ~ByteSink() = default;
  // Writes all of `data` and flushes it to the peer. Returns false if the
  // peer is gone (e.g. EPIPE) or on any write error.
  virtual bool WriteAll(std::string_view data) = 0;
};

// ByteSource over a stdio stream (the host uses stdin in binary mode).
// Does not own the stream.
class StdioSource final : public ByteSource {
 public:
  explicit StdioSource(std::FILE* f) : f_(f) {}
  size_t Read(char* buf, size_t n) override;

 private:
  std::FILE* f_;
};

// ByteSink over a stdio stream; flushes after every WriteAll. Does not own
// the stream.
class StdioSink final : public ByteSink {
 public:
  explicit StdioSink(std::FILE* f) : f_(f) {}
  bool WriteAll(std::string_view data) override;

 private:
  std::FILE* f_;
};

// ByteSource over a fixed buffer (tests, fuzzers). `data` must outlive it.
class MemorySource final : public ByteSource {
 public:
  explicit MemorySource(std::string_view data) : data_(data) {}
  size_t Read(char* buf, size_t n) override;

 private:
  std::string_view data_;
};

// ByteSink appending to a string (tests, fuzzers).
class StringSink final : public ByteSink {
 public:
  bool WriteAll(std::string_view data) override {
    out.append(data);
    return true;
  }
  std::string out;
};

// Reads frames from a ByteSource.
//
// Typical loop:
//   FrameReader reader(&source);
//   std::string body;
//   for (;;) {
//     FrameReader::Result r = reader.Next(&body);
//     if (r.status == FrameReader::kFrame) { ...handle body... }
//     else if (r.status == FrameReader::kTooLarge) {
//       ...reply too_large...; if (!reader.Discard(r.length)) break;
//     } else break;  // kEof or kTruncated: stop
//   }
class FrameReader {
 public:
  enum Status {
    kFrame,      // *body holds a whole frame (possibly empty)
    kTooLarge,   // the length prefix exceeds max_bytes; body not read
    kEof,        // the input ended cleanly between frames
    kTruncated,  // the input ended inside a length prefix or a body
  };
  struct Result {
    Status status;
    uint32_t length = 0;  // the frame's length prefix (kFrame, kTooLarge)
  };

  // `source` must outlive the reader. Frames longer than `max_bytes` are
  // reported as kTooLarge without allocating.
  explicit FrameReader(ByteSource* source, uint32_t max_bytes = kMaxRequestBytes)
      : source_(source), max_bytes_(max_bytes) {}

  // Reads the next frame into *body (replacing its contents).
  Result Next(std::string* body);

  // Reads and throws away `length` bytes (the body of a kTooLarge frame)
  // using a small fixed buffer. Returns false if the input ends first.
  bool Discard(uint64_t length);

 private:
  // Reads exactly `n` bytes; returns the number actually read (< n at EOF).
  size_t ReadFully(char* buf, size_t n);

  ByteSource* source_;
  uint32_t max_bytes_;
};

// Writes frames to a ByteSink.
class FrameWriter {
 public:
  // `sink` must outlive the writer.
  explicit FrameWriter(ByteSink* sink) : sink_(sink) {}

  // Writes one frame (length prefix + body) in a single WriteAll call.
  // Precondition: body.size() < kMaxReplyBytes (callers enforce the reply
  // limit; an oversized body is refused here and false returned, so the
  // browser never sees a frame it would reject). Returns false on write error.
  bool Write(std::string_view body);

 private:
  ByteSink* sink_;
  std::string buf_;
};

}  // namespace privacy_guard::host

#endif  // PRIVACY_GUARD_HOST_FRAME_IO_H_
