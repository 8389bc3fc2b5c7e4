#include "host/request_queue.h"

#include <chrono>
#include <thread>

namespace privacy_guard::host {

namespace {

size_t PayloadBytes(const std::variant<Request, ProtocolError>& p) {
  if (const Request* r = std::get_if<Request>(&p)) {
    return r->text.size() + r->editor.size() + r->site.size() + 64;
  }
  return 64;
}

}  // namespace

const Request* RequestQueue::AsCheck(const Entry& e) {
  const Request* r = std::get_if<Request>(&e.payload);
  return (r && r->type == RequestType::kCheck && r->has_editor) ? r : nullptr;
}

bool RequestQueue::Push(std::variant<Request, ProtocolError> payload) {
  std::unique_lock lock(mu_);
  const size_t bytes = PayloadBytes(payload);
  // An item larger than the bound is still accepted when the queue is empty.
  not_full_.wait(lock, [&] {
    return closed_ || entries_.empty() || queued_bytes_ + bytes <= max_queued_bytes_;
  });
  if (closed_) return false;
  Entry e{std::move(payload), next_seq_++, bytes};
  if (const Request* check = AsCheck(e)) newest_check_[check->editor] = e.seq;
  queued_bytes_ += bytes;
  entries_.push_back(std::move(e));
  pending_.fetch_add(1, std::memory_order_release);
  lock.unlock();
  not_empty_.notify_one();
  return true;
}

void RequestQueue::Close() {
  {
    std::lock_guard lock(mu_);
    closed_ = true;
  }
  not_empty_.notify_all();
  not_full_.notify_all();
}

bool RequestQueue::Pop(QueueItem* out) {
  // A request usually follows within microseconds while the employee types:
  // spin briefly before sleeping, which saves a thread wake-up (tens of
  // microseconds on virtual machines) on the per-keystroke path.
  const auto spin_until = std::chrono::steady_clock::now() + std::chrono::microseconds(200);
  while (pending_.load(std::memory_order_acquire) == 0 &&
         std::chrono::steady_clock::now() < spin_until) {
    std::this_thread::yield();
  }
  std::unique_lock lock(mu_);
  not_empty_.wait(lock, [&] { return closed_ || !entries_.empty(); });
  if (entries_.empty()) return false;
  Entry e = std::move(entries_.front());
  entries_.pop_front();
  pending_.fetch_sub(1, std::memory_order_release);
  queued_bytes_ -= e.bytes;
  out->superseded = false;
  if (const Request* check = AsCheck(e)) {
    auto it = newest_check_.find(check->editor);
    if (it != newest_check_.end()) {
      if (it->second == e.seq) {
        newest_check_.erase(it);  // no newer check for this editor waits
      } else if (check->mode == CheckMode::kKeystroke) {
        out->superseded = true;  // a newer check for this editor waits
      }
    }
  }
  out->payload = std::move(e.payload);
  lock.unlock();
  not_full_.notify_one();
  return true;
}

}  // namespace privacy_guard::host
