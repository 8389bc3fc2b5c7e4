// scheduler.js: when to run a "keystroke" check while the employee types.
//
// Pure; timers are injected so the Node tests can drive a fake clock.
//
//   const s = createCheckScheduler({ delayMs: 150, run });
//   s.input();   // typing: run() once input has paused for delayMs
//   s.now();     // paste: run() at once (cancels a pending typing check)
//   s.cancel();  // composer went away / submit takes over
//
// Replies can arrive out of order; createSequencer() numbers the requests so
// that only the reply to the newest one is shown.
//
// A request can fail only because the host is still starting (a cold PC, a
// virus scanner looking at the new executable) or restarting: createRetrier()
// runs it again after growing pauses, so that the indicator, the policy's
// texts and the unapproved-site notice arrive without the employee having to
// type again.
//
//   const r = createRetrier({ delaysMs: [1000, 2000, 4000, 8000], run });
//   r.failed(code);  // schedule run() after the next pause if code is
//                    // transient and pauses are left; true when scheduled
//   r.reset();       // an answer, or nothing left to retry: cancel, start over
(function pgScheduler(root) {
  'use strict';

  function createCheckScheduler(opts) {
    const delayMs = opts.delayMs == null ? 150 : opts.delayMs;
    const run = opts.run;
    const setT = opts.setTimeout || ((f, ms) => setTimeout(f, ms));
    const clearT = opts.clearTimeout || ((h) => clearTimeout(h));
    let timer = null;

    function fire() {
      timer = null;
      run();
    }
    return {
      /** Typing: (re)start the pause timer. */
      input() {
        if (timer !== null) clearT(timer);
        timer = setT(fire, delayMs);
      },
      /** Paste or explicit request: run now. */
      now() {
        if (timer !== null) { clearT(timer); timer = null; }
        run();
      },
      cancel() {
        if (timer !== null) { clearT(timer); timer = null; }
      },
      get pending() { return timer !== null; },
    };
  }

  /** Numbers requests; isLatest(n) is true only for the newest number. */
  function createSequencer() {
    let last = 0;
    return {
      next() { last += 1; return last; },
      isLatest(n) { return n === last; },
      get current() { return last; },
    };
  }

  /** Error codes that can go away by themselves: the host has not answered
   *  yet (timeout), is not running (host_unavailable: the next request
   *  starts it again) or the background did not answer in time
   *  (no_response). A host that is not installed also reports
   *  host_unavailable; the few retries cost nothing there. Every other code
   *  is an answer that a retry would only repeat. */
  const TRANSIENT = new Set(['timeout', 'host_unavailable', 'no_response']);
  function isTransient(code) {
    return TRANSIENT.has(code);
  }

  /** True if a check that failed with `code` is to run again by itself: a
   *  transient code, but a timeout only while the host has not answered
   *  yet (`hostKnown` false). A running host that took that long for the
   *  text is still working on it, and a second timeout would restart it. */
  function retryable(code, hostKnown) {
    return isTransient(code) && !(code === 'timeout' && hostKnown);
  }

  const RETRY_DELAYS_MS = [1000, 2000, 4000, 8000];

  function createRetrier(opts) {
    const delays = opts.delaysMs || RETRY_DELAYS_MS;
    const run = opts.run;
    const setT = opts.setTimeout || ((f, ms) => setTimeout(f, ms));
    const clearT = opts.clearTimeout || ((h) => clearTimeout(h));
    let timer = null;
    let attempts = 0;
    return {
      /** A run failed with `code`: schedules the next run and returns true,
       *  or returns false (not transient, or every pause used up). A retry
       *  already waiting stays as it is. */
      failed(code) {
        if (timer !== null) return true;
        if (!isTransient(code) || attempts >= delays.length) return false;
        timer = setT(() => { timer = null; run(); }, delays[attempts]);
        attempts += 1;
        return true;
      },
      /** A run succeeded, or something newer replaces it: no retry waits,
       *  and the next failure starts again from the first pause. */
      reset() {
        if (timer !== null) { clearT(timer); timer = null; }
        attempts = 0;
      },
      get pending() { return timer !== null; },
      get attempts() { return attempts; },
    };
  }

  const api = { createCheckScheduler, createSequencer, createRetrier, isTransient, retryable, RETRY_DELAYS_MS };
  const PG = (root.PG = root.PG || {});
  PG.scheduler = api;
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
