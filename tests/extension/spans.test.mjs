import test from 'node:test';
import assert from 'node:assert/strict';
import { load } from './load.mjs';

const sp = load('spans');

test('text model: text nodes, <br> and blocks', () => {
  const m = sp.buildTextModel([
    { brk: 'block' }, { text: 'Kære ', ref: 'a' }, { text: 'Anne', ref: 'b' }, { brk: 'block' },
    { brk: 'block' }, { text: 'CPR 070761-4285', ref: 'c' }, { brk: 'br' }, { text: 'Hilsen', ref: 'd' },
    { brk: 'block' }, { brk: 'br' },
  ]);
  assert.equal(m.text, 'Kære Anne\nCPR 070761-4285\nHilsen');
  assert.deepEqual(m.segments.map((s) => [s.ref, s.start, s.end]), [['a', 0, 5], ['b', 5, 9], ['c', 10, 25], ['d', 26, 32]]);
});

test('two <br> make an empty line; trailing breaks are dropped', () => {
  const m = sp.buildTextModel([{ text: 'a', ref: 1 }, { brk: 'br' }, { brk: 'br' }, { text: 'b', ref: 2 }, { brk: 'br' }]);
  assert.equal(m.text, 'a\n\nb');
});

test('rangesFor maps a span across text nodes, skipping inserted breaks', () => {
  const m = sp.buildTextModel([{ text: 'Mit CPR er 0707', ref: 'x' }, { text: '61-4285 ok', ref: 'y' },
    { brk: 'block' }, { text: 'næste', ref: 'z' }]);
  const start = m.text.indexOf('070761');
  assert.deepEqual(sp.rangesFor(m.segments, start, start + 11), [{ ref: 'x', from: 11, to: 15 }, { ref: 'y', from: 0, to: 7 }]);
  // A span over the line break covers both sides but not the break itself.
  const s2 = m.text.indexOf('ok');
  assert.deepEqual(sp.rangesFor(m.segments, s2, s2 + 5), [{ ref: 'y', from: 8, to: 10 }, { ref: 'z', from: 0, to: 2 }]);
  assert.deepEqual(sp.rangesFor(m.segments, 5, 5), []);
});

test('offsets are UTF-16 code units: an emoji before the CPR number counts 2', () => {
  const text = '😀 CPR 070761-4285';
  const m = sp.buildTextModel([{ text, ref: 'n' }]);
  const start = text.indexOf('070761'); // JavaScript index = UTF-16 units
  assert.equal(start, 7);
  assert.deepEqual(sp.rangesFor(m.segments, start, start + 11), [{ ref: 'n', from: 7, to: 18 }]);
  assert.equal(sp.snapOffset(text, 1, -1), 0, 'never inside a surrogate pair');
  assert.equal(sp.snapOffset(text, 1, +1), 2);
  assert.equal(sp.snapOffset(text, 3, -1), 3);
});

test('segmentAt: binary search', () => {
  const segs = [{ start: 0, end: 3 }, { start: 4, end: 8 }, { start: 8, end: 9 }];
  assert.equal(sp.segmentAt(segs, 0), 0);
  assert.equal(sp.segmentAt(segs, 3), 0);
  assert.equal(sp.segmentAt(segs, 8), 2);
  assert.equal(sp.segmentAt([], 2), -1);
});

test('mergeSpans and mirrorPieces', () => {
  assert.deepEqual(sp.mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 7, end: 12 }]),
    [{ start: 0, end: 3, mark: 1 }, { start: 5, end: 12, mark: 0 }]);
  assert.deepEqual(sp.mirrorPieces('abcdefghij', [{ start: 2, end: 4 }, { start: 8, end: 20 }]), [
    { text: 'ab', mark: null }, { text: 'cd', mark: 0 }, { text: 'efgh', mark: null }, { text: 'ij', mark: 1 },
  ]);
  assert.deepEqual(sp.mirrorPieces('abc', []), [{ text: 'abc', mark: null }]);
});
