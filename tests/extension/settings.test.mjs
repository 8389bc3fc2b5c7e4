import test from 'node:test';
import assert from 'node:assert/strict';
import { load, PRODUCT } from './load.mjs';

const S = load('settings');

test('managed settings: defaults when nothing is set (fail-closed)', () => {
  assert.deepEqual(S.normalizeManaged(undefined), {
    failMode: 'closed', extraHosts: [], selectors: { composer: [], sendButton: [], answer: [], newChat: [] },
    guidelineUrl: '', unapprovedHosts: [], restoreAnswers: true,
  });
});

test('managed settings: values of the wrong kind are ignored', () => {
  const m = S.normalizeManaged({
    failMode: 'sometimes', extraHosts: 'copilot.example.dk', selectors: { composer: ['#x', 3, ''] },
    guidelineUrl: 'javascript:alert(1)', unapprovedHosts: ['https://Claude.AI/new', 'bad host!'],
  });
  assert.equal(m.failMode, 'closed');
  assert.deepEqual(m.extraHosts, []);
  assert.deepEqual(m.selectors, { composer: ['#x'], sendButton: [], answer: [], newChat: [] });
  assert.equal(m.guidelineUrl, '');
  assert.deepEqual(m.unapprovedHosts, ['claude.ai']);
  assert.equal(S.normalizeManaged({ failMode: 'open' }).failMode, 'open');
});

test('restoreAnswers: on unless IT sets false; other types keep the default', () => {
  assert.equal(S.normalizeManaged({}).restoreAnswers, true);
  assert.equal(S.normalizeManaged({ restoreAnswers: false }).restoreAnswers, false);
  assert.equal(S.normalizeManaged({ restoreAnswers: true }).restoreAnswers, true);
  assert.equal(S.normalizeManaged({ restoreAnswers: 'false' }).restoreAnswers, true);
  assert.equal(S.effectiveConfig(S.normalizeManaged({ restoreAnswers: false }), null).restoreAnswers, false);
  assert.equal(S.effectiveConfig(S.normalizeManaged({}), null).restoreAnswers, true);
});

test('selectors: answer and newChat overrides are read like the composer ones', () => {
  const m = S.normalizeManaged({ selectors: { answer: ['.reply', '.reply', 5], newChat: ['#new'] } });
  assert.deepEqual(m.selectors.answer, ['.reply']);
  assert.deepEqual(m.selectors.newChat, ['#new']);
  assert.deepEqual(S.effectiveConfig(m, null).selectors.answer, ['.reply']);
});

test('normalizeHost', () => {
  assert.equal(S.normalizeHost(' HTTPS://Copilot.Example.DK:443/chat?x '), 'copilot.example.dk');
  assert.equal(S.normalizeHost('*.example.dk'), 'example.dk');
  assert.equal(S.normalizeHost('a..b'), '');
  assert.equal(S.normalizeHost(7), '');
});

test('effective config: managed guideline wins, host texts fill in, lists are merged', () => {
  const status = {
    texts: { guideline_url: 'https://host.example/ai', help: { da: 'Ring 1234' } },
    sites: { unapproved_hosts: ['claude.ai'], approved_hosts: ['copilot.example.dk'], approved_tool_url: 'https://m365.cloud.microsoft/chat' },
  };
  const a = S.effectiveConfig(S.normalizeManaged({ guidelineUrl: 'https://intra.example.dk/ai' }), status);
  assert.equal(a.guidelineUrl, 'https://intra.example.dk/ai');
  const b = S.effectiveConfig(S.normalizeManaged({ unapprovedHosts: ['perplexity.ai'] }), status);
  assert.equal(b.guidelineUrl, 'https://host.example/ai');
  assert.deepEqual(b.help, { da: 'Ring 1234' });
  assert.deepEqual(b.unapprovedHosts, [...PRODUCT.unapproved_hosts, 'perplexity.ai', 'claude.ai']);
  assert.ok(b.approvedHosts.includes('copilot.example.dk'));
  assert.equal(b.failMode, 'closed');
  assert.equal(b.hostKnown, true);
  const c = S.effectiveConfig(S.normalizeManaged({}), null);
  assert.equal(c.hostKnown, false);
  assert.equal(c.approvedToolUrl, S.DEFAULT_APPROVED_TOOL_URL);
});

test('siteClass: unapproved sites and their subdomains', () => {
  const cfg = S.effectiveConfig(S.normalizeManaged({ unapprovedHosts: ['localhost'] }), null);
  const [builtin] = PRODUCT.unapproved_hosts; // e.g. chatgpt.com
  assert.equal(S.siteClass(builtin, cfg), 'unapproved');
  assert.equal(S.siteClass(`www.${builtin}`, cfg), 'unapproved');
  assert.equal(S.siteClass(`not${builtin}`, cfg), 'approved');
  assert.equal(S.siteClass('localhost', cfg), 'unapproved');
  assert.equal(S.siteClass(PRODUCT.approved_hosts[0], cfg), 'approved');
});

test('uncoveredHosts: extra hosts the manifest cannot reach', () => {
  const matches = ['https://copilot.microsoft.com/*', 'https://*.cloud.microsoft/*', 'http://127.0.0.1/*'];
  assert.deepEqual(S.uncoveredHosts(['copilot.microsoft.com', 'x.cloud.microsoft', 'copilot.example.dk'], matches),
    ['copilot.example.dk']);
});
