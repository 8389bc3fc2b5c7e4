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

  const api = { createCheckScheduler, createSequencer };
  const PG = (root.PG = root.PG || {});
  PG.scheduler = api;
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
