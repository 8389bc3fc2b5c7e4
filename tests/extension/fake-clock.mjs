// A fake clock for the Node tests: spread it into the options of code that
// takes injectable setTimeout/clearTimeout; timers run when advance() passes
// their due time. Not a test file itself (tests are the *.test.mjs files).

export function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map();
  return {
    setTimeout: (f, ms) => { const id = next++; timers.set(id, { f, due: now + ms, ms }); return id; },
    clearTimeout: (id) => timers.delete(id),
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.due <= end).sort((a, b) => a[1].due - b[1].due)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].due;
        due[1].f();
      }
      now = end;
    },
    /** The delays (ms) of the timers still waiting. */
    delays: () => [...timers.values()].map((t) => t.ms),
    /** How many timers are still waiting. */
    get pending() { return timers.size; },
  };
}
