import test from 'node:test';
import assert from 'node:assert/strict';
import { load } from './load.mjs';
import { fakeClock } from './fake-clock.mjs';

const { createCheckScheduler, createSequencer, createRetrier, isTransient, retryable, RETRY_DELAYS_MS } = load('scheduler');

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

test('retrier: a transient failure runs again after 1, 2, 4, 8 s, then gives up', () => {
  const clock = fakeClock();
  const runs = [];
  let t = 0;
  const r = createRetrier({ run: () => runs.push(t), ...clock });
  const step = (ms) => { t += ms; clock.advance(ms); };
  assert.deepEqual(RETRY_DELAYS_MS, [1000, 2000, 4000, 8000]);
  for (const d of RETRY_DELAYS_MS) {
    assert.equal(r.failed('timeout'), true);
    assert.deepEqual(clock.delays(), [d]);
    step(d - 1);
    const before = runs.length;
    step(1);
    assert.equal(runs.length, before + 1, `ran after ${d} ms`);
  }
  assert.deepEqual(runs, [1000, 3000, 7000, 15000]);
  assert.equal(r.failed('timeout'), false, 'every pause used');
  assert.equal(clock.pending, 0);
  step(60000);
  assert.equal(runs.length, 4);
});

test('retrier: errors a retry would repeat are not retried', () => {
  const clock = fakeClock();
  let runs = 0;
  const r = createRetrier({ run: () => runs++, ...clock });
  for (const code of ['too_large', 'invalid_utf8', 'bad_request', 'forbidden_origin', 'extension_unavailable', undefined]) {
    assert.equal(r.failed(code), false, String(code));
    assert.equal(isTransient(code), false, String(code));
  }
  for (const code of ['timeout', 'host_unavailable', 'no_response']) assert.equal(isTransient(code), true, code);
  clock.advance(20000);
  assert.equal(runs, 0);
});

test('retryable: a timeout only before the host has answered; never what a retry would repeat', () => {
  for (const hostKnown of [false, true, undefined]) {
    for (const code of ['host_unavailable', 'no_response']) assert.equal(retryable(code, hostKnown), true, `${code} ${hostKnown}`);
    for (const code of ['too_large', 'invalid_utf8', 'bad_request', 'forbidden_origin', 'extension_unavailable', undefined]) {
      assert.equal(retryable(code, hostKnown), false, `${code} ${hostKnown}`);
    }
  }
  assert.equal(retryable('timeout', false), true);
  assert.equal(retryable('timeout', undefined), true);
  assert.equal(retryable('timeout', true), false);
});

test('retrier: success resets the pauses; a waiting retry is not doubled', () => {
  const clock = fakeClock();
  let runs = 0;
  const r = createRetrier({ run: () => runs++, ...clock });
  r.failed('timeout');
  clock.advance(1000);
  r.failed('timeout');
  assert.deepEqual(clock.delays(), [2000]);
  assert.equal(r.failed('host_unavailable'), true, 'already waiting');
  assert.equal(clock.pending, 1, 'one retry, not two');
  r.reset();
  assert.equal(clock.pending, 0, 'reset cancels the waiting retry');
  assert.equal(r.attempts, 0);
  r.failed('timeout');
  assert.deepEqual(clock.delays(), [1000], 'starts again from the first pause');
  clock.advance(1000);
  assert.equal(runs, 2);
});
