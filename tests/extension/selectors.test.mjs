import test from 'node:test';
import assert from 'node:assert/strict';
import { load } from './load.mjs';

const sel = load('selectors');

// A tiny DOM-like tree: elements match selectors of the form "tag", "#id",
// "tag#id" or "[attr=value]"; some have open shadow roots.
function el(tag, attrs = {}, children = [], shadow = null) {
  const e = { tagName: tag.toUpperCase(), attrs, children, shadowRoot: shadow };
  return e;
}
function matches(e, s) {
  const m = /^([a-z]*)(?:#([\w-]+))?(?:\[([\w-]+)="([^"]*)"\])?$/.exec(s);
  if (!m) return false;
  const [, tag, id, an, av] = m;
  return (!tag || e.tagName === tag.toUpperCase()) && (!id || e.attrs.id === id) && (!an || e.attrs[an] === av);
}
function root(children) {
  const all = (n, acc = []) => { for (const c of n.children) { acc.push(c); all(c, acc); } return acc; };
  const r = { children };
  r.querySelectorAll = (s) => (s === '*' ? all(r) : all(r).filter((e) => matches(e, s)));
  return r;
}

test('managed selectors come first; duplicates and invalid ones are dropped', () => {
  const out = sel.mergeSelectors(['#mine', 'textarea#userInput', 'bad['], ['textarea#userInput', 'textarea'],
    (s) => !s.includes('['));
  assert.deepEqual(out, ['#mine', 'textarea#userInput', 'textarea']);
});

test('built-in lists name the Copilot composers and send buttons', () => {
  assert.ok(sel.COMPOSER.indexOf('textarea#userInput') < sel.COMPOSER.indexOf('textarea'));
  assert.ok(sel.COMPOSER.includes('#m365-chat-editor-target-element'));
  assert.ok(sel.SEND_BUTTON.includes('button[data-testid="submit-button"]'));
  assert.ok(sel.SEND_BUTTON.includes('button.fai-SendButton'));
});

test('answer and new-chat lists name the real Copilot elements', () => {
  assert.ok(sel.ANSWER.includes('[data-testid="markdown-reply"]'));
  assert.ok(sel.ANSWER.includes('[data-content="ai-message"]'));
  assert.ok(sel.NEW_CHAT.includes('[data-testid="newChatButton"]'));
});

test('findAllOutermost: every answer once, nested matches and shadow roots included', () => {
  // Elements with contains(); querySelectorAll understands "a,b" groups.
  const mk = (tag, attrs, children = [], shadow = null) => {
    const e = el(tag, attrs, children, shadow);
    e.contains = (o) => o === e || e.children.some((c) => c.contains(o));
    return e;
  };
  const group = (r) => {
    const q = r.querySelectorAll;
    r.querySelectorAll = (s) => (s === '*' ? q('*') : q('*').filter((e) => s.split(',').some((p) => matches(e, p))));
    return r;
  };
  const inner = group(root([mk('div', { 'data-testid': 'markdown-reply', id: 'in-shadow' })]));
  const nested = mk('div', { 'data-testid': 'markdown-reply', id: 'nested' });
  const doc = group(root([
    mk('div', { 'data-content': 'ai-message', id: 'outer' }, [nested]),
    mk('div', { 'data-testid': 'markdown-reply', id: 'plain' }),
    mk('x-app', {}, [], inner),
  ]));
  const found = sel.findAllOutermost(doc, ['[data-testid="markdown-reply"]', '[data-content="ai-message"]']);
  assert.deepEqual(found.map((e) => e.attrs.id).sort(), ['in-shadow', 'outer', 'plain']);
  assert.deepEqual(sel.findAllOutermost(doc, []), []);
});

test('composerKind', () => {
  assert.equal(sel.composerKind({ tagName: 'TEXTAREA' }), 'textarea');
  assert.equal(sel.composerKind({ tagName: 'SPAN' }), 'contenteditable');
});

test('deepQueryAll finds elements inside open shadow roots', () => {
  const inner = root([el('textarea', { id: 'userInput' })]);
  const doc = root([el('div', {}, [el('textarea', { id: 'other' })]), el('app-shell', {}, [], inner)]);
  const found = sel.deepQueryAll(doc, 'textarea');
  assert.deepEqual(found.map((e) => e.attrs.id), ['other', 'userInput']);
});

test('findFirst: selector priority wins over document order, usable() filters', () => {
  const inner = root([el('textarea', { id: 'userInput' })]);
  const doc = root([el('textarea', { id: 'search' }), el('x-app', {}, [], inner)]);
  const hit = sel.findFirst(doc, ['textarea#userInput', 'textarea']);
  assert.equal(hit.el.attrs.id, 'userInput');
  assert.equal(hit.selector, 'textarea#userInput');
  const hit2 = sel.findFirst(doc, ['textarea#userInput', 'textarea'], (e) => e.attrs.id !== 'userInput');
  assert.equal(hit2.el.attrs.id, 'search');
  assert.equal(sel.findFirst(doc, ['#nothing']), null);
});

// Counts querySelectorAll('*') calls (full walks of one tree) on `r` and on
// every shadow root under it.
function countWalks(r, counter) {
  const qsa = r.querySelectorAll;
  r.querySelectorAll = (s) => { if (s === '*') counter.n++; return qsa(s); };
  for (const e of qsa('*')) if (e.shadowRoot) countWalks(e.shadowRoot, counter);
  return counter;
}

// Nested shadow roots: doc > [a-host(shadow A > [b-host(shadow B)]), textarea, c-host(shadow C)].
function nestedDoc() {
  const shadowB = root([el('textarea', { id: 'b' }), el('button', { id: 'sendB' })]);
  const shadowA = root([el('textarea', { id: 'a' }), el('b-host', {}, [], shadowB)]);
  const shadowC = root([el('textarea', { id: 'c' }), el('button', { id: 'sendC' })]);
  return root([el('a-host', {}, [], shadowA), el('textarea', { id: 'light' }), el('c-host', {}, [], shadowC)]);
}

test('shadowRoots and deepQueryAll keep the depth-first order (root, then each shadow root and its nested ones)', () => {
  const doc = nestedDoc();
  const roots = sel.shadowRoots(doc);
  assert.equal(roots.length, 4);
  assert.equal(roots[0], doc);
  assert.deepEqual(sel.deepQueryAll(doc, 'textarea').map((e) => e.attrs.id), ['light', 'a', 'b', 'c']);
  // The same order as walking each tree and recursing into shadow roots per selector.
  const reference = (r, s, acc = []) => {
    for (const e of r.querySelectorAll(s)) acc.push(e);
    for (const e of r.querySelectorAll('*')) if (e.shadowRoot) reference(e.shadowRoot, s, acc);
    return acc;
  };
  for (const s of ['textarea', 'button', 'b-host', '#c']) {
    assert.deepEqual(sel.deepQueryAll(doc, s), reference(doc, s));
  }
});

test('findFirst walks each tree once, however many selectors it tries', () => {
  const doc = nestedDoc();
  const counter = countWalks(doc, { n: 0 });
  const hit = sel.findFirst(doc, ['#nothing', '#none', 'nav', 'button', 'textarea'], (e) => e.attrs.id !== 'sendB');
  assert.equal(hit.selector, 'button');
  assert.equal(hit.el.attrs.id, 'sendC');
  assert.equal(counter.n, 4); // doc + 3 shadow roots, not 4 per selector
  counter.n = 0;
  assert.equal(sel.findFirst(doc, sel.COMPOSER.concat(sel.SEND_BUTTON), () => false), null);
  assert.equal(counter.n, 4);
});
