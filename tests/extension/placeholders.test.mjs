// lib/placeholders.js: consistent numbering for a conversation, and the
// tolerant matching that puts the values back into Copilot's answer.
import test from 'node:test';
import assert from 'node:assert/strict';
import { load } from './load.mjs';

const P = load('placeholders');

/** A host redact reply for `text`: `spans` are [value, category, hostPlaceholder]
 *  in order of appearance (the host numbers per request, as it does). */
function reply(text, spans) {
  let from = 0;
  const replacements = spans.map(([value, category, placeholder]) => {
    const start = text.indexOf(value, from);
    assert.ok(start >= 0, value);
    from = start + value.length;
    return { category, start, end: start + value.length, placeholder };
  });
  return { replacements };
}

const HANS = 'Hans Erik Østergaard';
const ADDR = 'Skovvej 12, 1. tv, 8500 Grenaa';
const CPR = '070761-4285';

test('first prompt: every category numbered from 1, Danish labels kept', () => {
  const map = new P.PlaceholderMap();
  const text = `Skriv et svar til ${HANS}, ${ADDR} (CPR ${CPR}). Han har diabetes.`;
  const out = P.applyRedaction(text, reply(text, [[HANS, 'name', '[NAVN 1]'], [ADDR, 'address', '[ADRESSE]'],
    [CPR, 'cpr', '[CPR-NUMMER]'], ['diabetes', 'health', '[HELBREDSOPLYSNING]']]).replacements, map);
  assert.equal(out.text,
    'Skriv et svar til [NAVN 1], [ADRESSE 1] (CPR [CPR-NUMMER 1]). Han har [HELBREDSOPLYSNING 1].');
  assert.deepEqual(out.placeholders, ['[NAVN 1]', '[ADRESSE 1]', '[CPR-NUMMER 1]', '[HELBREDSOPLYSNING 1]']);
  assert.equal(map.size, 4);
});

test('three turns: the same person keeps [NAVN 1], a new one gets [NAVN 2], numbering per category', () => {
  const map = new P.PlaceholderMap();
  const t1 = `Brev til ${HANS} om ${CPR}.`;
  assert.equal(P.applyRedaction(t1, reply(t1, [[HANS, 'name', '[NAVN 1]'], [CPR, 'cpr', '[CPR-NUMMER]']]).replacements, map).text,
    'Brev til [NAVN 1] om [CPR-NUMMER 1].');
  // Turn 2: another person first, then Hans again (the host numbers them 1 and 2).
  const t2 = `Mette Kristoffersen skriver om ${HANS}.`;
  assert.equal(P.applyRedaction(t2, reply(t2, [['Mette Kristoffersen', 'name', '[NAVN 1]'], [HANS, 'name', '[NAVN 2]']]).replacements, map).text,
    '[NAVN 2] skriver om [NAVN 1].');
  // Turn 3: lower case and other spacing are the same person; the CPR number
  // without a dash is the same number; a new address starts at 1.
  const t3 = `hans  erik østergaard, cpr 0707614285, bor på Bakkevej 3.`;
  const out = P.applyRedaction(t3, reply(t3, [['hans  erik østergaard', 'name', '[NAVN 1]'], ['0707614285', 'cpr', '[CPR-NUMMER]'],
    ['Bakkevej 3', 'address', '[ADRESSE]']]).replacements, map);
  assert.equal(out.text, '[NAVN 1], cpr [CPR-NUMMER 1], bor på [ADRESSE 1].');
  // The first spelling is the one restored.
  assert.equal(map.lookup('NAVN', 1).value, HANS);
  assert.equal(map.size, 4);
});

test('only some findings fixed: numbers stay consistent and placeholders already in the text are respected', () => {
  const map = new P.PlaceholderMap();
  const t1 = `Til ${HANS} og Mette Kristoffersen.`;
  P.applyRedaction(t1, reply(t1, [[HANS, 'name', '[NAVN 1]'], ['Mette Kristoffersen', 'name', '[NAVN 2]']]).replacements, map);
  // The employee reuses the redacted prompt and adds a new name; only that one is a finding.
  const t2 = 'Til [NAVN 1] og [NAVN 2], kopi til Jens Vestergaard.';
  const out = P.applyRedaction(t2, reply(t2, [['Jens Vestergaard', 'name', '[NAVN 1]']]).replacements, map);
  assert.equal(out.text, 'Til [NAVN 1] og [NAVN 2], kopi til [NAVN 3].');
  // A placeholder the map does not know (typed by the employee) keeps its number free.
  const t3 = 'Svar [NAVN 7] og Karen Blixen-Holm.';
  const out3 = P.applyRedaction(t3, reply(t3, [['Karen Blixen-Holm', 'name', '[NAVN 1]']]).replacements, map);
  assert.equal(out3.text, 'Svar [NAVN 7] og [NAVN 8].');
  assert.equal(P.restore('[NAVN 7] og [NAVN 8]', map).segments.map((s) => s.text).join(''), '[NAVN 7] og Karen Blixen-Holm');
});

test('host replacements that do not fit the text are refused (nothing sent with wrong numbers)', () => {
  const map = new P.PlaceholderMap();
  const text = 'Til Hans Hansen.';
  assert.equal(P.applyRedaction(text, [{ category: 'name', start: 4, end: 99, placeholder: '[NAVN 1]' }], map), null);
  assert.equal(P.applyRedaction(text, [{ category: 'name', start: 4, end: 8, placeholder: '[NAVN 1]' },
    { category: 'name', start: 6, end: 10, placeholder: '[NAVN 2]' }], map), null, 'overlapping');
  assert.equal(P.applyRedaction(text, [{ category: 'name', start: 4, end: 15, placeholder: 'NAVN' }], map), null);
  assert.equal(P.applyRedaction(text, [{ start: 4, end: 15, placeholder: '[NAVN 1]' }], map), null, 'no category');
  assert.equal(P.applyRedaction(text, undefined, map), null);
  assert.equal(map.size, 0);
  assert.deepEqual(P.applyRedaction(text, [], map), { text, placeholders: [] });
});

function mapWith(entries) {
  const map = new P.PlaceholderMap();
  for (const [category, base, value] of entries) map.placeholderFor(category, base, value);
  return map;
}

const restored = (text, map) => P.restore(text, map).segments.map((s) => s.text).join('');

test('restore: exact placeholders, values marked as restored, count', () => {
  const map = mapWith([['name', 'NAVN', HANS], ['address', 'ADRESSE', ADDR], ['cpr', 'CPR-NUMMER', CPR]]);
  const r = P.restore('Kære [NAVN 1]\n\nVi skriver til [ADRESSE 1] om [CPR-NUMMER 1].', map);
  assert.equal(r.count, 3);
  assert.equal(r.segments.map((s) => s.text).join(''), `Kære ${HANS}\n\nVi skriver til ${ADDR} om ${CPR}.`);
  assert.deepEqual(r.segments.filter((s) => s.restored).map((s) => s.placeholder), ['[NAVN 1]', '[ADRESSE 1]', '[CPR-NUMMER 1]']);
  assert.deepEqual(r.segments.filter((s) => s.restored).map((s) => s.category), ['name', 'address', 'cpr']);
});

test('restore: tolerant forms Copilot produces', () => {
  const map = mapWith([['name', 'NAVN', HANS], ['cpr', 'CPR-NUMMER', CPR], ['email', 'E-MAIL', 'a@b.dk']]);
  const cases = [
    ['[Navn 1]', HANS], ['[navn 1]', HANS], ['[NAVN1]', HANS], ['[NAVN-1]', HANS], ['[NAVN_1]', HANS],
    ['[ NAVN 1 ]', HANS], ['[NAVN #1]', HANS], ['\\[NAVN 1\\]', HANS], ['[NAVN\u00a01]', HANS],
    ['[CPR NUMMER 1]', CPR], ['[Cpr-nummer 1]', CPR], ['[CPRNUMMER1]', CPR], ['[E-mail 1]', 'a@b.dk'], ['[EMAIL 1]', 'a@b.dk'],
    // Danish genitive outside and inside the brackets; English genitive.
    ['[NAVN 1]s ansøgning', `${HANS}s ansøgning`], ['[NAVN 1s] ansøgning', `${HANS}s ansøgning`],
    ["[NAVN 1]'s letter", `${HANS}'s letter`], ["[NAVN 1's] letter", `${HANS}'s letter`],
  ];
  for (const [answer, want] of cases) assert.equal(restored(answer, map), want, answer);
});

test('restore: Danish genitive of a name ending in s, x or z takes an apostrophe', () => {
  const map = mapWith([['name', 'NAVN', 'Jens Mogens'], ['name', 'NAVN', 'Anne Felix']]);
  assert.equal(restored('[NAVN 1]s brev', map), "Jens Mogens' brev");
  assert.equal(restored('[NAVN 1s] brev', map), "Jens Mogens' brev");
  assert.equal(restored('[NAVN 2]s sag', map), "Anne Felix' sag");
  assert.equal(restored('[NAVN 1]se', map), 'Jens Mogensse', 'only a whole-word genitive s');
});

test('restore: unknown and unnumbered placeholders stay as they are', () => {
  const map = mapWith([['name', 'NAVN', HANS]]);
  const answer = 'Kære [NAVN 2], [NAVN], [Dit navn], [ADRESSE 1], [NAME 1], [1], [] og [NAVN 1].';
  const r = P.restore(answer, map);
  assert.equal(r.count, 1);
  assert.equal(r.segments.map((s) => s.text).join(''), `Kære [NAVN 2], [NAVN], [Dit navn], [ADRESSE 1], [NAME 1], [1], [] og ${HANS}.`);
  assert.equal(P.restore('Ingen pladsholdere her.', map).count, 0);
  assert.deepEqual(P.restore('', map), { segments: [], count: 0 });
});

test('hasKnown: only placeholders the map knows count', () => {
  const map = mapWith([['name', 'NAVN', HANS]]);
  assert.equal(P.hasKnown('Kære [Navn 1]', map), true);
  assert.equal(P.hasKnown('Kære [NAVN 2]', map), false);
  assert.equal(P.hasKnown('Kære [NAVN 1]', new P.PlaceholderMap()), false);
  assert.equal(P.hasKnown('Kære Hans', map), false);
});

test('clear forgets every value and restarts numbering', () => {
  const map = mapWith([['name', 'NAVN', HANS], ['name', 'NAVN', 'Mette Kristoffersen']]);
  assert.equal(map.size, 2);
  map.clear();
  assert.equal(map.size, 0);
  assert.equal(map.lookup('NAVN', 1), null);
  assert.equal(map.placeholderFor('name', 'NAVN', 'Mette Kristoffersen'), '[NAVN 1]');
});

test('value identity: numbers ignore separators, names ignore case and spacing, e-mail only case', () => {
  assert.equal(P.valueKey('cpr', '070761-4285'), P.valueKey('cpr', '070761 4285'));
  assert.equal(P.valueKey('phone', '+45 23 45 67 89'), P.valueKey('phone', '23456789'));
  assert.equal(P.valueKey('iban', 'dk50 0040 0440 1162 43'), P.valueKey('iban', 'DK5000400440116243'));
  assert.equal(P.valueKey('name', 'Hans  Erik\nØstergaard'), P.valueKey('name', 'hans erik østergaard'));
  assert.notEqual(P.valueKey('name', 'Hans Østergaard'), P.valueKey('name', 'Hans Erik Østergaard'));
  assert.equal(P.valueKey('email', 'Jens.Hansen@Example.dk'), P.valueKey('email', 'jens.hansen@example.dk'));
  assert.notEqual(P.valueKey('email', 'jens.hansen@example.dk'), P.valueKey('email', 'jenshansen@example.dk'));
  assert.notEqual(P.valueKey('name', 'Lund'), P.valueKey('address', 'Lund'));
});

test('baseOf and foldLabel', () => {
  assert.equal(P.baseOf('[NAVN 1]'), 'NAVN');
  assert.equal(P.baseOf('[CPR-NUMMER]'), 'CPR-NUMMER');
  assert.equal(P.baseOf('[HELBREDSOPLYSNING 12]'), 'HELBREDSOPLYSNING');
  assert.equal(P.baseOf('NAVN'), null);
  assert.equal(P.baseOf('[12]'), null);
  assert.equal(P.foldLabel('Cpr-nummer'), 'CPRNUMMER');
  assert.equal(P.foldLabel('e_mail'), 'EMAIL');
});

test('a 4 KB answer with 40 placeholders restores quickly (reported, not asserted)', () => {
  const map = mapWith([['name', 'NAVN', HANS], ['address', 'ADRESSE', ADDR]]);
  const para = 'Kære [NAVN 1], vi har modtaget din henvendelse om [ADRESSE 1] og vender tilbage hurtigst muligt. ';
  let answer = '';
  while (answer.length < 4096) answer += para;
  const t0 = process.hrtime.bigint();
  const r = P.restore(answer, map);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.ok(r.count >= 40);
  assert.ok(!r.segments.map((s) => s.text).join('').includes('[NAVN'));
  console.log(`restore of a ${answer.length}-character answer: ${ms.toFixed(2)} ms`);
});
