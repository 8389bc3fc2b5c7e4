// Threads for the pieces of large texts: started on first use and kept,
// with their buffers, until the pool goes.
#ifndef PRIVACY_GUARD_ENGINE_WORKER_POOL_H_
#define PRIVACY_GUARD_ENGINE_WORKER_POOL_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace privacy_guard {

class WorkerPool {
 public:
  WorkerPool() = default;
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;
  // Finishes the queued tasks, then joins every thread.
  ~WorkerPool();

  // Runs `fn` on a pool thread, growing the pool to `threads` threads.
  // The future is ready when `fn` has returned (or thrown).
  std::future<void> Run(std::function<void()> fn, size_t threads);

 private:
  void Loop();

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::packaged_task<void()>> queue_;
  std::vector<std::thread> threads_;
  bool stop_ = false;
};

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_WORKER_POOL_H_
