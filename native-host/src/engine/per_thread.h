// Per-thread scratch objects (buffers a scan reuses) that are safe on every
// platform we build for.
//
// Why not `thread_local`: in the Windows build (MinGW-w64 GCC, emulated TLS)
// a thread_local object with a destructor can be destroyed after its
// storage has been freed when its thread ends, and so frees its buffers a
// second time (GCC bug 80816, msys2/MINGW-packages#2519). privacy-guard.exe
// crashed that way at the end of `scan --jsonl` and of the host, now and
// then. So a thread_local in native-host/src holds only a pointer or a
// scalar (tests/boundaries/check_thread_local.py enforces it), and every
// object with a destructor is kept by PerThread: a POSIX thread-specific key
// (winpthreads on Windows) whose destructor is handed the object itself,
// so nothing depends on the order in which exit handlers run.
#ifndef PRIVACY_GUARD_ENGINE_PER_THREAD_H_
#define PRIVACY_GUARD_ENGINE_PER_THREAD_H_

#include <pthread.h>

#include <cstdlib>

namespace privacy_guard {

// This thread's T, value-initialised on first use and destroyed when the
// thread ends (the main thread's is left to the process's end). `Tag`
// tells apart two uses of one type: PerThread<std::vector<int>, CutsTag>()
// and PerThread<std::vector<int>, HitsTag>() are different objects. After
// the first call on a thread, a call is one thread-local pointer load.
// Not to be called from a destructor that runs when a thread ends. Aborts
// if the process has no thread-specific key left (a dozen are used, of at
// least 128: PTHREAD_KEYS_MAX).
template <typename T, typename Tag = T>
T& PerThread();

namespace per_thread_internal {

// The first call on a thread: makes the object and hands it to the key.
// Out of line, so that PerThread's fast path is inlined.
template <typename T, typename Tag>
[[gnu::noinline]] T* Make() {
  static const pthread_key_t key = [] {
    pthread_key_t k;
    if (pthread_key_create(&k, [](void* p) { delete static_cast<T*>(p); }) != 0) std::abort();
    return k;
  }();
  T* made = new T();
  if (pthread_setspecific(key, made) != 0) std::abort();
  return made;
}

}  // namespace per_thread_internal

template <typename T, typename Tag>
T& PerThread() {
  thread_local T* mine = nullptr;  // a pointer: nothing to destroy
  if (mine == nullptr) [[unlikely]] mine = per_thread_internal::Make<T, Tag>();
  return *mine;
}

}  // namespace privacy_guard

#endif  // PRIVACY_GUARD_ENGINE_PER_THREAD_H_
