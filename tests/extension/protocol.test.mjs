import test from 'node:test';
import assert from 'node:assert/strict';
import { load } from './load.mjs';

const P = load('protocol');

test('requests match docs/protocol.md', () => {
  assert.deepEqual(P.buildRequest('check', { editor: 'e1', mode: 'submit', text: 'hej' }, 7, 'copilot.microsoft.com'),
    { type: 'check', id: 7, editor: 'e1', mode: 'submit', text: 'hej', site: 'copilot.microsoft.com' });
  assert.deepEqual(P.buildRequest('redact', { text: 'x' }, 8, 's'), { type: 'redact', id: 8, text: 'x', site: 's' });
  assert.deepEqual(P.buildRequest('ack', { text: 'x' }, 9, 's'), { type: 'ack', id: 9, text: 'x', site: 's' });
  assert.deepEqual(P.buildRequest('attach', { composer: 'contenteditable' }, 10, 's'),
    { type: 'attach', id: 10, site: 's', composer: 'contenteditable' });
  assert.deepEqual(P.buildRequest('hello', {}, 1), { type: 'hello', id: 1 });
  assert.deepEqual(P.buildRequest('restore', { count: 3 }, 11, 's'), { type: 'restore', id: 11, site: 's', count: 3 });
});

test('restore carries a count only: other fields never reach the host', () => {
  const r = P.buildRequest('restore', { count: 2, text: 'Kære Hans', values: ['Hans'] }, 1, 's');
  assert.deepEqual(Object.keys(r).sort(), ['count', 'id', 'site', 'type']);
  for (const count of [0, -1, 1.5, '2', undefined, P.MAX_RESTORE_COUNT + 1]) {
    assert.throws(() => P.buildRequest('restore', { count }, 1, 's'), { code: 'bad_request' }, String(count));
  }
});

test('the site is the one the background passes, never the content script\'s', () => {
  const r = P.buildRequest('check', { editor: 'e', mode: 'keystroke', text: 't', site: 'evil.example' }, 1, 'copilot.microsoft.com');
  assert.equal(r.site, 'copilot.microsoft.com');
});

test('bad requests are refused before they reach the host', () => {
  assert.throws(() => P.buildRequest('check', { editor: 'e', mode: 'later', text: 't' }, 1, 's'), { code: 'bad_request' });
  assert.throws(() => P.buildRequest('check', { editor: 'e', mode: 'submit', text: 42 }, 1, 's'), { code: 'bad_request' });
  assert.throws(() => P.buildRequest('attach', { composer: 'iframe' }, 1, 's'), { code: 'bad_request' });
  assert.throws(() => P.buildRequest('status2', {}, 1, 's'), { code: 'bad_request' });
  const big = 'a'.repeat(P.MAX_TEXT_UNITS + 1);
  assert.throws(() => P.buildRequest('redact', { text: big }, 1, 's'), { code: 'too_large' });
});

test('ids increase', () => {
  const next = P.createIdSource(5);
  assert.deepEqual([next(), next(), next()], [5, 6, 7]);
});

test('validateReply: host errors become HostError with the host code', () => {
  const req = { type: 'check', id: 3 };
  assert.throws(() => P.validateReply({ type: 'error', id: 3, v: 1, error: { code: 'too_large', message: 'm' } }, req),
    (e) => e instanceof P.HostError && e.code === 'too_large');
  assert.throws(() => P.validateReply({ type: 'redact', id: 3, v: 1 }, req), { code: 'bad_reply' });
  assert.throws(() => P.validateReply({ type: 'redact', id: 3, v: 1, text: 'x' }, { type: 'redact', id: 3 }),
    { code: 'bad_reply' }, 'the extension numbers placeholders from the replacements');
  assert.throws(() => P.validateReply({ type: 'check', id: 3, v: 1, decision: 'maybe', findings: [] }, req), { code: 'bad_reply' });
  assert.throws(() => P.validateReply({ type: 'check', id: 3, v: 2, decision: 'allow', findings: [] }, req), { code: 'unsupported_version' });
  assert.throws(() => P.validateReply(null, req), { code: 'bad_reply' });
});

test('validateReply: good replies pass, unknown fields are kept', () => {
  const ok = { type: 'check', id: 3, v: 1, decision: 'allow', findings: [], future: 1 };
  assert.equal(P.validateReply(ok, { type: 'check', id: 3 }), ok);
  assert.ok(P.validateReply({ type: 'check', id: 3, v: 1, superseded: true }, { type: 'check', id: 3 }));
  assert.ok(P.validateReply({ type: 'status', id: 1, v: 1 }, { type: 'hello', id: 1 }));
});

test('visibleFindings drops audit-only findings; spannedFindings checks offsets', () => {
  const f = [
    { category: 'cpr', action: 'block', start: 0, end: 11 },
    { category: 'name', action: 'audit', start: 12, end: 15 },
    { category: 'health', action: 'warn', start: 20, end: 99 },
    { category: 'email', action: 'warn' },
  ];
  assert.deepEqual(P.visibleFindings(f).map((x) => x.category), ['cpr', 'health', 'email']);
  assert.deepEqual(P.spannedFindings(P.visibleFindings(f), 30).map((x) => x.category), ['cpr']);
  assert.deepEqual(P.visibleFindings(undefined), []);
});
