// The queue between the host's reader (stdin) and its worker (engine).
//
// The reader pushes every parsed request or error in arrival order; the
// worker pops them in the same order, so replies keep request order. A
// keystroke check is popped with `superseded` set when a newer check for the
// same editor was pushed after it (and so is still waiting) — it is dropped,
// not scanned (docs/protocol.md, "check"). Submit
// checks and checks without an editor are never superseded.
//
// Thread safety: Push/Close from one thread and Pop from another (any
// number of each is safe; all state is guarded by one mutex).
#ifndef PRIVACY_GUARD_HOST_REQUEST_QUEUE_H_
#define PRIVACY_GUARD_HOST_REQUEST_QUEUE_H_

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>
#include <variant>

#include "host/protocol.h"

namespace privacy_guard::host {

struct QueueItem {
  std::variant<Request, ProtocolError> payload;
  bool superseded = false;  // set by Pop()
};

class RequestQueue {
 public:
  // Push blocks while more than `max_queued_bytes` of request text is
  // waiting (back-pressure on stdin instead of unbounded memory). One
  // request of any size is always accepted into an empty queue.
  explicit RequestQueue(size_t max_queued_bytes = 16u * 1024 * 1024)
      : max_queued_bytes_(max_queued_bytes) {}

  // Appends an item. Returns false (dropping it) if Close() was called.
  bool Push(std::variant<Request, ProtocolError> payload);

  // Marks the end of input; Pop() returns the remaining items, then false.
  void Close();

  // Blocks until an item is available and moves it to *out (setting
  // out->superseded as described above); returns false once the queue is
  // closed and empty.
  bool Pop(QueueItem* out);

 private:
  struct Entry {
    std::variant<Request, ProtocolError> payload;
    uint64_t seq = 0;
    size_t bytes = 0;
  };
  static const Request* AsCheck(const Entry& e);

  const size_t max_queued_bytes_;
  std::mutex mu_;
  std::atomic<size_t> pending_{0};  // entries_.size(), readable without the lock
  std::condition_variable not_empty_;
  std::condition_variable not_full_;
  std::deque<Entry> entries_;
  size_t queued_bytes_ = 0;
  uint64_t next_seq_ = 0;
  bool closed_ = false;
  // editor -> seq of the newest check pushed for it that is still queued.
  std::unordered_map<std::string, uint64_t> newest_check_;
};

}  // namespace privacy_guard::host

#endif  // PRIVACY_GUARD_HOST_REQUEST_QUEUE_H_
