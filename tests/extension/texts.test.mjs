import test from 'node:test';
import assert from 'node:assert/strict';
import { load } from './load.mjs';

const texts = load('texts');

test('pickLang: Danish only for da*, English otherwise', () => {
  for (const l of ['da', 'da-DK', 'DA-dk', 'da_DK']) assert.equal(texts.pickLang(l), 'da', l);
  for (const l of ['en-US', 'de', 'nb-NO', 'sv', '', undefined, 'dan', 'daX']) assert.equal(texts.pickLang(l), 'en', String(l));
});

test('every Danish text has an English one and vice versa', () => {
  assert.deepEqual(Object.keys(texts.STRINGS.da).sort(), Object.keys(texts.STRINGS.en).sort());
  for (const [k, v] of Object.entries(texts.STRINGS.da)) assert.ok(v.trim(), k);
});

test('the dialog buttons are exactly the ones the guideline names', () => {
  assert.equal(texts.t('da', 'btn.fix'), 'Ret automatisk');
  assert.equal(texts.t('da', 'btn.edit'), 'Redigér selv');
  assert.equal(texts.t('da', 'btn.send'), 'Send alligevel');
  assert.equal(texts.t('da', 'title.personal'), 'Din tekst indeholder personoplysninger');
  assert.equal(texts.t('da', 'body.warn'),
    'Copilot må ikke få CPR-numre, navne, adresser eller helbredsoplysninger. Ret teksten, før du sender.');
});

test('t fills placeholders and falls back to English for an unknown language', () => {
  assert.equal(texts.t('da', 'indicator.findings', { n: 2, kinds: 'CPR-nummer, Navn' }), '2 fund: CPR-nummer, Navn');
  assert.equal(texts.t('fr', 'btn.close'), 'Close');
  assert.throws(() => texts.t('da', 'no.such.key'), /missing text/);
});

test('localized picks the language, then Danish, then English', () => {
  assert.equal(texts.localized({ da: 'Hej', en: 'Hi' }, 'en'), 'Hi');
  assert.equal(texts.localized({ da: 'Hej' }, 'en'), 'Hej');
  assert.equal(texts.localized({ en: 'Hi' }, 'da'), 'Hi');
  assert.equal(texts.localized(null, 'da'), '');
  assert.equal(texts.localized('plain', 'da'), 'plain');
});

test('category labels: host label first, then built-in, then the id', () => {
  assert.equal(texts.categoryLabel('cpr', 'da', { da: 'Personnummer' }), 'Personnummer');
  assert.equal(texts.categoryLabel('cpr', 'en', undefined), 'CPR number');
  assert.equal(texts.categoryLabel('new_category', 'da', undefined), 'new_category');
  assert.equal(texts.categoryKind('business_term'), 'business');
  assert.equal(texts.categoryKind('health'), 'personal');
  assert.equal(texts.categoryKind('unknown'), 'personal');
});
