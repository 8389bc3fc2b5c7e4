#include "engine/worker_pool.h"

namespace privacy_guard {

WorkerPool::~WorkerPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  for (std::thread& t : threads_) t.join();
}

std::future<void> WorkerPool::Run(std::function<void()> fn, size_t threads) {
  std::packaged_task<void()> task(std::move(fn));
  std::future<void> done = task.get_future();
  {
    std::lock_guard<std::mutex> lock(mu_);
    while (threads_.size() < threads) threads_.emplace_back([this] { Loop(); });
    queue_.push_back(std::move(task));
  }
  cv_.notify_one();
  return done;
}

void WorkerPool::Loop() {
  for (;;) {
    std::packaged_task<void()> task;
    {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [this] { return stop_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    task();
  }
}

}  // namespace privacy_guard
