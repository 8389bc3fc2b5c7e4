// placeholders.js: one conversation's placeholders ("[NAVN 1]" ↔ the real
// name) and putting the real values back into Copilot's answer.
//
// Pure (no DOM, no chrome.*). The map lives only in the content script's
// memory for one tab and conversation (content/restore.js); nothing here
// stores, logs or sends it anywhere.
//
// Numbering: per placeholder kind ("NAVN", "ADRESSE", "CPR-NUMMER", …),
// counting from 1 in the order values first appear in the conversation, and
// always with a number, also for the first value: a later prompt may bring a
// second CPR number, and "[CPR-NUMMER]" followed by "[CPR-NUMMER 2]" would
// be ambiguous. Health information is numbered too: "[HELBREDSOPLYSNING 1]"
// and "[HELBREDSOPLYSNING 2]" must restore to the right diagnosis.
//
// Matching an answer is tolerant of what Copilot does to a placeholder:
// any case ("[Navn 1]"), no or another separator before the number
// ("[NAVN1]", "[NAVN-1]"), spaces inside the brackets, escaped markdown
// brackets ("\[NAVN 1\]"), the hyphen dropped or spaced ("[CPR NUMMER 1]"),
// and Danish or English genitive ("[NAVN 1]s", "[NAVN 1's]"). Unknown
// placeholders, and placeholders without a number ("[NAVN]", which Copilot
// also uses for its own template slots such as "[Dit navn]"), stay as they
// are.
(function pgPlaceholders(root) {
  'use strict';

  // Categories whose values are numbers: separators and spacing do not
  // make a different value ("DDMMYY-SSSS" is "DDMMYYSSSS").
  const NUMERIC = new Set(['cpr', 'cvr', 'phone', 'iban', 'bank_account', 'payment_card']);
  const MAX_NUMBER = 9999;

  /** "CPR-nummer" → "CPRNUMMER": letters only, upper case. */
  function foldLabel(s) {
    return String(s).normalize('NFKC').toUpperCase().replace(/[^\p{L}]/gu, '');
  }

  /** The identity of a value within its category (see NUMERIC). */
  function valueKey(category, value) {
    let v = String(value).normalize('NFKC');
    if (NUMERIC.has(category)) {
      v = v.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
      if (category === 'phone') v = v.replace(/^(?:00)?45(?=\d{8}$)/, '');
    } else if (category === 'email') {
      v = v.trim().toLowerCase();
    } else {
      v = v.toLocaleLowerCase('da').replace(/[\s.,;:]+/g, ' ').trim();
    }
    return category + '\u0000' + v;
  }

  /** "[NAVN 1]" → "NAVN", "[CPR-NUMMER]" → "CPR-NUMMER"; null if it is no
   *  placeholder. */
  function baseOf(placeholder) {
    const m = /^\[\s*([^\[\]\n]*?)(?:\s+\d+)?\s*\]$/.exec(String(placeholder || ''));
    return m && /\p{L}/u.test(m[1]) ? m[1] : null;
  }

  // \[ label [sep] number [genitive] \]  — see the file comment.
  const TOKEN = /\\?\[[ \t\u00a0]*(\p{L}[\p{L}\- _.\u00a0]{0,40}?)[ \t\u00a0\-_#.:]*(\d{1,4})[ \t\u00a0]*(['’]?s)?[ \t\u00a0]*\\?\]/gu;

  /** Every placeholder-shaped token in `text`: {start, end, label, number,
   *  genitive} (genitive: "s" or "'s" inside the brackets, else ""). */
  function scanTokens(text) {
    const out = [];
    TOKEN.lastIndex = 0;
    for (let m; (m = TOKEN.exec(text));) {
      out.push({ start: m.index, end: m.index + m[0].length, label: m[1], number: Number(m[2]), genitive: m[3] || '' });
    }
    return out;
  }

  /** The placeholders of one conversation. */
  class PlaceholderMap {
    constructor() {
      this.clear();
    }

    clear() {
      this.byValue = new Map(); // valueKey → entry
      this.byToken = new Map(); // "NAVN 1" (folded label, number) → entry
      this.next = new Map(); // folded label → next number
    }

    get size() {
      return this.byValue.size;
    }

    /** Numbers up to `n` of `label` are taken (seen in a text with an
     *  unknown meaning): new values get higher numbers. */
    reserve(label, n) {
      const fold = foldLabel(label);
      if (!fold || !(n >= 1)) return;
      if ((this.next.get(fold) || 1) <= n) this.next.set(fold, Math.min(n, MAX_NUMBER) + 1);
    }

    /** The placeholder for `value` of `category`; a new value gets the next
     *  number of `base` ("NAVN" → "[NAVN 3]"). */
    placeholderFor(category, base, value) {
      const key = valueKey(category, value);
      let e = this.byValue.get(key);
      if (!e) {
        const fold = foldLabel(base);
        const number = this.next.get(fold) || 1;
        this.next.set(fold, number + 1);
        e = { category, base, number, value: String(value), placeholder: `[${base} ${number}]` };
        this.byValue.set(key, e);
        this.byToken.set(fold + ' ' + number, e);
      }
      return e.placeholder;
    }

    /** The entry a (tolerantly matched) label and number stand for, or null. */
    lookup(label, number) {
      return this.byToken.get(foldLabel(label) + ' ' + number) || null;
    }
  }

  /** Are the host's `replacements` usable for `text`: sorted, not
   *  overlapping, valid UTF-16 spans, each with a category and a
   *  placeholder? (docs/protocol.md, `redact`) */
  function validReplacements(text, replacements) {
    if (!Array.isArray(replacements)) return false;
    let end = 0;
    for (const r of replacements) {
      if (!r || typeof r.category !== 'string' || !baseOf(r.placeholder)) return false;
      if (!Number.isInteger(r.start) || !Number.isInteger(r.end)) return false;
      if (r.start < end || r.end <= r.start || r.end > text.length) return false;
      end = r.end;
    }
    return true;
  }

  /** The redacted text with this conversation's placeholders: the host's
   *  replacements (offsets into `text`) renumbered through `map`, which
   *  learns the new values. Returns {text, placeholders} or null when the
   *  replacements do not fit the text (the caller then does not send). */
  function applyRedaction(text, replacements, map) {
    if (typeof text !== 'string' || !validReplacements(text, replacements)) return null;
    // Placeholders already in the text (an earlier redacted prompt reused,
    // or typed by the employee) keep their meaning: numbers that the map
    // does not know are reserved, so a new value never takes them.
    for (const t of scanTokens(text)) {
      if (!map.lookup(t.label, t.number)) map.reserve(t.label, t.number);
    }
    let out = '';
    let pos = 0;
    const placeholders = [];
    for (const r of replacements) {
      out += text.slice(pos, r.start);
      const ph = map.placeholderFor(r.category, baseOf(r.placeholder), text.slice(r.start, r.end));
      out += ph;
      placeholders.push(ph);
      pos = r.end;
    }
    out += text.slice(pos);
    return { text: out, placeholders };
  }

  const SIBILANT_END = /[sxzSXZ]$/;

  /** `text` (an answer as the page shows it) with the known placeholders
   *  replaced by their values: {segments, count}. segments: {text} for text
   *  as it was, {text, restored: true, category, placeholder} for a value.
   *  Danish genitive: "[NAVN 1]s" after a name ending in s, x or z becomes
   *  "Jens'" (Retskrivningsreglerne), otherwise "Hans Østergaards". */
  function restore(text, map) {
    const segments = [];
    let count = 0;
    let pos = 0;
    let plain = '';
    for (const t of scanTokens(text)) {
      if (t.start < pos) continue;
      const e = map.lookup(t.label, t.number);
      if (!e) continue;
      plain += text.slice(pos, t.start);
      let value = e.value;
      let end = t.end;
      const sibilant = SIBILANT_END.test(value);
      if (t.genitive) {
        value += t.genitive.length > 1 ? t.genitive.replace('’', "'") : (sibilant ? "'" : 's');
      } else if (sibilant && /^s(?![\p{L}\p{N}])/u.test(text.slice(end))) {
        value += "'";
        end += 1;
      }
      if (plain) segments.push({ text: plain });
      plain = '';
      segments.push({ text: value, restored: true, category: e.category, placeholder: e.placeholder });
      count++;
      pos = end;
    }
    plain += text.slice(pos);
    if (plain) segments.push({ text: plain });
    return { segments, count };
  }

  /** Does `text` contain at least one placeholder `map` knows? */
  function hasKnown(text, map) {
    if (!map.size || text.indexOf('[') < 0) return false;
    return scanTokens(text).some((t) => !!map.lookup(t.label, t.number));
  }

  const api = { NUMERIC, foldLabel, valueKey, baseOf, scanTokens, PlaceholderMap, validReplacements,
    applyRedaction, restore, hasKnown };
  const PG = (root.PG = root.PG || {});
  PG.placeholders = api;
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
