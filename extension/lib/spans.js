// spans.js: the composer's text as one string, and the way back from the
// host's UTF-16 offsets to the DOM text nodes (to outline findings without
// touching the page's editor).
//
// Pure. The content script walks the editor and hands over a list of items:
//   { text: 'Hej ', ref: <Text node> }   a text node (ref is opaque here)
//   { brk: 'br' }                          a <br>: one line break
//   { brk: 'block' }                       the end of a block (<p>, <div>, …):
//                                          a line break unless one is there
// buildTextModel() joins them into the text that is checked and remembers
// which [start, end) of that text each node holds. Line breaks at the very end
// are dropped (editors keep a trailing <br> as a caret placeholder).
(function pgSpans(root) {
  'use strict';

  function buildTextModel(items) {
    let text = '';
    let pending = 0; // line breaks not yet written (dropped if nothing follows)
    const segments = [];
    for (const it of items) {
      if (it.brk === 'br') {
        pending += 1;
      } else if (it.brk === 'block') {
        if (pending === 0 && text.length > 0 && !text.endsWith('\n')) pending = 1;
      } else if (typeof it.text === 'string' && it.text.length > 0) {
        if (pending) { text += '\n'.repeat(pending); pending = 0; }
        segments.push({ ref: it.ref, start: text.length, end: text.length + it.text.length });
        text += it.text;
      }
    }
    return { text, segments };
  }

  /** Index of the last segment with start <= offset, or -1. */
  function segmentAt(segments, offset) {
    let lo = 0;
    let hi = segments.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid].start <= offset) { best = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return best;
  }

  /** The pieces of [start, end) per text node: [{ref, from, to}] with node-
   *  relative offsets. Characters that belong to no node (inserted line
   *  breaks) are skipped. */
  function rangesFor(segments, start, end) {
    const out = [];
    if (!(end > start)) return out;
    let i = Math.max(0, segmentAt(segments, start));
    for (; i < segments.length && segments[i].start < end; i++) {
      const s = segments[i];
      const from = Math.max(start, s.start);
      const to = Math.min(end, s.end);
      if (to > from) out.push({ ref: s.ref, from: from - s.start, to: to - s.start });
    }
    return out;
  }

  /** Sorted, non-overlapping spans from findings ({start, end}); overlapping
   *  ones are merged and keep the lowest finding index as `mark`. */
  function mergeSpans(spans) {
    const sorted = spans.map((s, i) => ({ start: s.start, end: s.end, mark: i }))
      .filter((s) => s.end > s.start)
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    for (const s of sorted) {
      const last = out[out.length - 1];
      if (last && s.start < last.end) {
        last.end = Math.max(last.end, s.end);
        last.mark = Math.min(last.mark, s.mark);
      } else {
        out.push({ ...s });
      }
    }
    return out;
  }

  /** For the <textarea> mirror: the text cut into plain and marked pieces. */
  function mirrorPieces(text, spans) {
    const out = [];
    let pos = 0;
    for (const s of mergeSpans(spans)) {
      const a = Math.max(pos, Math.min(s.start, text.length));
      const b = Math.min(s.end, text.length);
      if (a > pos) out.push({ text: text.slice(pos, a), mark: null });
      if (b > a) out.push({ text: text.slice(a, b), mark: s.mark });
      pos = Math.max(pos, b);
    }
    if (pos < text.length) out.push({ text: text.slice(pos), mark: null });
    return out;
  }

  /** Moves a UTF-16 offset off the middle of a surrogate pair (towards
   *  `dir` = -1 start / +1 end) so that a slice never splits an emoji. */
  function snapOffset(text, offset, dir) {
    const o = Math.max(0, Math.min(offset, text.length));
    const c = text.charCodeAt(o);
    const p = text.charCodeAt(o - 1);
    if (o > 0 && o < text.length && c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff) {
      return dir < 0 ? o - 1 : o + 1;
    }
    return o;
  }

  const api = { buildTextModel, segmentAt, rangesFor, mergeSpans, mirrorPieces, snapOffset };
  const PG = (root.PG = root.PG || {});
  PG.spans = api;
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
