#include "host/frame_io.h"

#include <algorithm>
#include <cstring>

namespace privacy_guard::host {

size_t StdioSource::Read(char* buf, size_t n) {
  // fread blocks until n bytes or end of input; a short count means EOF or
  // error, both of which end the session.
  return std::fread(buf, 1, n, f_);
}

bool StdioSink::WriteAll(std::string_view data) {
  if (std::fwrite(data.data(), 1, data.size(), f_) != data.size()) return false;
  return std::fflush(f_) == 0;
}

size_t MemorySource::Read(char* buf, size_t n) {
  const size_t k = std::min(n, data_.size());
  std::memcpy(buf, data_.data(), k);
  data_.remove_prefix(k);
  return k;
}

size_t FrameReader::ReadFully(char* buf, size_t n) {
  size_t got = 0;
  while (got < n) {
    const size_t k = source_->Read(buf + got, n - got);
    if (k == 0) break;
    got += k;
  }
  return got;
}

FrameReader::Result FrameReader::Next(std::string* body) {
  body->clear();
  char prefix[4];
  const size_t got = ReadFully(prefix, sizeof prefix);
  if (got == 0) return {kEof};
  if (got < sizeof prefix) return {kTruncated};
  uint32_t length;
  std::memcpy(&length, prefix, sizeof length);  // native byte order
  if (length > max_bytes_) return {kTooLarge, length};
  // Bound checked above: at most max_bytes_ are allocated.
  body->resize(length);
  if (ReadFully(body->data(), length) < length) {
    body->clear();
    return {kTruncated, length};
  }
  return {kFrame, length};
}

bool FrameReader::Discard(uint64_t length) {
  char buf[65536];
  while (length > 0) {
    const size_t want = static_cast<size_t>(std::min<uint64_t>(length, sizeof buf));
    const size_t k = ReadFully(buf, want);
    length -= k;
    if (k < want) return false;
  }
  return true;
}

bool FrameWriter::Write(std::string_view body) {
  if (body.size() >= kMaxReplyBytes) return false;
  const uint32_t length = static_cast<uint32_t>(body.size());
  buf_.resize(sizeof length + body.size());
  std::memcpy(buf_.data(), &length, sizeof length);
  std::memcpy(buf_.data() + sizeof length, body.data(), body.size());
  return sink_->WriteAll(buf_);
}

}  // namespace privacy_guard::host
