import test from 'node:test';
import assert from 'node:assert/strict';
import { load } from './load.mjs';
import { fakeClock } from './fake-clock.mjs';

const { createCheckScheduler, createSequencer } = load('scheduler');

test('typing: one check 150 ms after the last keystroke', () => {
  const clock = fakeClock();
  let runs = 0;
  const s = createCheckScheduler({ delayMs: 150, run: () => runs++, ...clock });
  s.input();
  clock.advance(100);
  s.input();
  clock.advance(100);
  s.input();
  clock.advance(149);
  assert.equal(runs, 0, 'no check while typing continues');
  clock.advance(1);
  assert.equal(runs, 1);
  clock.advance(1000);
  assert.equal(runs, 1, 'exactly one check per pause');
});

test('paste: check at once, and the pending typing check is dropped', () => {
  const clock = fakeClock();
  let runs = 0;
  const s = createCheckScheduler({ delayMs: 150, run: () => runs++, ...clock });
  s.input();
  assert.equal(s.pending, true);
  s.now();
  assert.equal(runs, 1);
  assert.equal(s.pending, false);
  clock.advance(500);
  assert.equal(runs, 1);
});

test('cancel stops a pending check', () => {
  const clock = fakeClock();
  let runs = 0;
  const s = createCheckScheduler({ delayMs: 150, run: () => runs++, ...clock });
  s.input();
  s.cancel();
  clock.advance(500);
  assert.equal(runs, 0);
  assert.equal(clock.pending, 0);
});

test('sequencer: only the newest request counts', () => {
  const q = createSequencer();
  const a = q.next();
  const b = q.next();
  assert.equal(q.isLatest(a), false);
  assert.equal(q.isLatest(b), true);
  assert.equal(q.current, b);
});
