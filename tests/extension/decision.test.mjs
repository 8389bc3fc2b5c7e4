import test from 'node:test';
import assert from 'node:assert/strict';
import { load } from './load.mjs';

const D = load('decision');

const cpr = { category: 'cpr', start: 11, end: 22, action: 'block', preview: '070761-XXXX',
  label: { da: 'CPR-nummer', en: 'CPR number' }, why: { da: 'Et CPR-nummer udpeger en borger.', en: 'Identifies a citizen.' } };
const health = { category: 'health', start: 30, end: 38, action: 'warn', preview: 'diab…' };
const name = (p) => ({ category: 'name', start: 0, end: 4, action: 'warn', preview: p });
const audit = { category: 'phone', start: 40, end: 48, action: 'audit', preview: '12XX' };
const reply = (decision, findings, extra = {}) => ({ type: 'check', decision, findings, ...extra });

test('indicator: OK when nothing the employee must see was found', () => {
  const m = D.indicatorModel('result', reply('allow', [audit]), 'da');
  assert.deepEqual(m, { tone: 'ok', text: 'OK', count: 0, kinds: [] });
});

test('indicator: number and kinds of findings', () => {
  const m = D.indicatorModel('result', reply('block', [cpr, name('A…'), name('B…'), audit]), 'da');
  assert.equal(m.tone, 'block');
  assert.equal(m.count, 3);
  assert.equal(m.text, '3 fund: CPR-nummer, Navn (2)');
  assert.deepEqual(m.kinds, ['cpr', 'name']);
  assert.equal(D.indicatorModel('result', reply('warn', [health]), 'en').text, '1 found: Health information');
  assert.equal(D.indicatorModel('result', reply('warn', [health], { truncated: true }), 'da').text, '1+ fund: Helbredsoplysning');
  assert.equal(D.indicatorModel('unavailable', null, 'da').text, 'Kontrol utilgængelig');
});

test('submitAction: only allow submits', () => {
  assert.equal(D.submitAction(reply('allow', [])), 'submit');
  assert.equal(D.submitAction(reply('warn', [health])), 'dialog');
  assert.equal(D.submitAction(reply('block', [cpr])), 'dialog');
  assert.equal(D.submitAction(undefined), 'dialog');
});

test('warn dialog: Danish, three buttons, masked previews, why, guideline', () => {
  const m = D.dialogModel(reply('warn', [health, name('An…'), name('Bo…'), name('Ca…'), name('Di…')]),
    { lang: 'da', guidelineUrl: 'https://intra.example.dk/ai' });
  assert.equal(m.kind, 'warn');
  assert.equal(m.title, 'Din tekst indeholder personoplysninger');
  assert.equal(m.body, 'Copilot må ikke få CPR-numre, navne, adresser eller helbredsoplysninger. Ret teksten, før du sender.');
  assert.deepEqual(m.buttons.map((b) => b.label), ['Ret automatisk', 'Redigér selv', 'Send alligevel']);
  assert.deepEqual(m.items.map((i) => i.label), ['Helbredsoplysning', 'Navn (4)']);
  assert.deepEqual(m.items[1].previews, ['An…', 'Bo…', 'Ca…'], 'at most 3 previews per category');
  assert.equal(m.items[1].more, 'og 1 mere');
  assert.ok(m.items[0].why.length > 10);
  assert.deepEqual(m.guideline, { url: 'https://intra.example.dk/ai', text: 'Læs kommunens retningslinjer for brug af AI' });
  assert.equal(m.defaultButton, 'edit');
});

test('block dialog: no "Send alligevel"', () => {
  const m = D.dialogModel(reply('block', [cpr, health]), { lang: 'da', guidelineUrl: '' });
  assert.equal(m.kind, 'block');
  assert.deepEqual(m.buttons.map((b) => b.id), ['fix', 'edit']);
  assert.equal(m.guideline, null);
  assert.equal(m.items[0].previews[0], '070761-XXXX');
  assert.equal(m.items[0].why, 'Et CPR-nummer udpeger en borger.', 'the host policy\'s reason is used');
});

test('the fix hint shows a numbered placeholder; the restore hint only when restoring is on', () => {
  const on = D.dialogModel(reply('block', [cpr]), { lang: 'da', restore: true });
  assert.match(on.hints[0], /\[NAVN 1\]/);
  assert.ok(on.hints.some((h) => /rigtige oplysninger/.test(h)));
  const off = D.dialogModel(reply('block', [cpr]), { lang: 'da', restore: false });
  assert.ok(!off.hints.some((h) => /rigtige oplysninger/.test(h)));
  assert.equal(off.hints.length, on.hints.length - 1);
});

test('English dialog when the browser is not Danish', () => {
  const m = D.dialogModel(reply('warn', [health]), { lang: 'en' });
  assert.equal(m.title, 'Your text contains personal data');
  assert.deepEqual(m.buttons.map((b) => b.label), ['Fix automatically', 'Edit myself', 'Send anyway']);
});

test('business terms get their own title', () => {
  const biz = { category: 'business_term', start: 0, end: 5, action: 'warn', preview: 'Proj…' };
  assert.equal(D.dialogModel(reply('warn', [biz]), { lang: 'da' }).title, 'Din tekst indeholder forretningskritiske oplysninger');
  assert.match(D.dialogModel(reply('warn', [biz, health]), { lang: 'da' }).title, /personoplysninger og forretningskritiske/);
});

test('host missing, fail-closed (default): block with an explanation and help', () => {
  const f = D.failModel('host_unavailable', { lang: 'da', failMode: 'closed', help: { da: 'Ring 8959 1000.' } });
  assert.equal(f.action, 'block');
  assert.equal(f.dialog.title, 'Teksten er ikke sendt');
  assert.match(f.dialog.body, /ikke sendt/);
  assert.equal(f.dialog.help, 'Ring 8959 1000.');
  assert.deepEqual(f.dialog.buttons.map((b) => b.id), ['retry', 'close']);
  const g = D.failModel('timeout', { lang: 'da', failMode: 'closed' });
  assert.equal(g.dialog.help, 'Kontakt IT-support, hvis det bliver ved.');
});

test('host missing, fail-open: submit with a visible notice', () => {
  const f = D.failModel('timeout', { lang: 'da', failMode: 'open' });
  assert.equal(f.action, 'submit');
  assert.match(f.notice, /sendt uden kontrol/);
});

test('unapproved-site notice: policy text or built-in, link to the approved tool', () => {
  const m = D.unapprovedModel({ unapprovedNotice: null, approvedToolUrl: 'https://m365.cloud.microsoft/chat' }, 'da');
  assert.match(m.text, /ikke godkendt/);
  assert.equal(m.link.url, 'https://m365.cloud.microsoft/chat');
  const n = D.unapprovedModel({ unapprovedNotice: { da: 'Brug Copilot.' }, approvedToolUrl: '' }, 'da');
  assert.equal(n.text, 'Brug Copilot.');
  assert.equal(n.link, null);
});
