// content/dom.js: reading, finding and writing the page's composer.
//
// Runs in the content script's isolated world. Nothing here keeps text
// beyond the call that asked for it.
(function pgDom(root) {
  'use strict';

  const { selectors: sel, spans } = root.PG;

  const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3',
    'H4', 'H5', 'H6', 'TABLE', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER']);
  const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

  function isTextArea(el) {
    return !!el && el.tagName === 'TEXTAREA';
  }

  /** The editing host of a contenteditable element (its outermost editable
   *  ancestor within the same tree), or null. */
  function editingHost(el) {
    if (!el || el.nodeType !== 1 || !el.isContentEditable) return null;
    let cur = el;
    while (cur.parentElement && cur.parentElement.isContentEditable) cur = cur.parentElement;
    return cur;
  }

  /** A usable composer element for `el` (textarea or editing host), or null. */
  function asComposer(el) {
    if (!el || el.nodeType !== 1) return null;
    if (isTextArea(el)) return el.disabled || el.readOnly ? null : el;
    return editingHost(el);
  }

  function isVisible(el) {
    if (!el.isConnected) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  }

  function isValidSelector(s) {
    try {
      document.createDocumentFragment().querySelector(s);
      return true;
    } catch (_) {
      return false;
    }
  }

  /** Finds the composer by selector priority (managed first), in the
   *  document and its open shadow roots. */
  function findComposer(composerSelectors) {
    const hit = sel.findFirst(document, composerSelectors, (el) => {
      const c = asComposer(el);
      return !!c && isVisible(c);
    });
    return hit ? asComposer(hit.el) : null;
  }

  /** Does `el` match one of `selectors` (or is it inside such an element)? */
  function matchesAny(el, selectors) {
    for (const s of selectors) {
      try {
        if (el.matches(s)) return true;
      } catch (_) { /* invalid selector: skipped */ }
    }
    return false;
  }

  /** The composer an event happened in, or null. `current` is the composer
   *  we know; other editables count when a composer selector matches them
   *  (the built-in list ends with generic textarea/contenteditable). */
  function composerFromEvent(ev, current, composerSelectors) {
    const path = ev.composedPath();
    if (current && path.includes(current)) return current;
    const t = path[0];
    const c = asComposer(t && t.nodeType === 1 ? t : t && t.parentElement);
    if (c && (matchesAny(c, composerSelectors) || matchesAny(t, composerSelectors))) return c;
    return null;
  }

  /** Walks a contenteditable editor into spans.buildTextModel items. */
  function collectItems(node, items) {
    for (let ch = node.firstChild; ch; ch = ch.nextSibling) {
      if (ch.nodeType === 3) {
        items.push({ text: ch.data, ref: ch });
      } else if (ch.nodeType === 1) {
        const tag = ch.tagName;
        if (SKIP_TAGS.has(tag)) continue;
        if (tag === 'BR') { items.push({ brk: 'br' }); continue; }
        const block = BLOCK_TAGS.has(tag);
        if (block) items.push({ brk: 'block' });
        collectItems(ch, items);
        if (block) items.push({ brk: 'block' });
      }
    }
    return items;
  }

  /** { text, segments } of the composer (segments null for a textarea). */
  function readModel(el) {
    if (isTextArea(el)) return { text: el.value, segments: null };
    return spans.buildTextModel(collectItems(el, []));
  }

  function readText(el) {
    return readModel(el).text;
  }

  const sameText = (a, b) => a === b || a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

  /** Replaces the composer's whole text so that the page's own state sees
   *  it: a textarea through the native value setter and an input event
   *  (React and friends listen to that); a contenteditable editor (Lexical,
   *  ProseMirror) through select-all and ONE beforeinput insertText, which
   *  such editors handle themselves, or execCommand('insertText') when no
   *  editor took the event. Returns true when the composer now holds `text`. */
  function writeText(el, text) {
    el.focus();
    if (isTextArea(el)) {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
      setter.call(el, text);
      el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText', data: text }));
      return el.value === text;
    }
    const selection = el.getRootNode().getSelection ? el.getRootNode().getSelection() : window.getSelection();
    const range = document.createRange();
    range.selectNodeContents(el);
    selection.removeAllRanges();
    selection.addRange(range);
    const before = new InputEvent('beforeinput', {
      bubbles: true, cancelable: true, composed: true, inputType: 'insertText', data: text,
    });
    el.dispatchEvent(before);
    if (!before.defaultPrevented) document.execCommand('insertText', false, text);
    return sameText(readText(el), text);
  }

  /** Inserts a line break at the caret (used when Enter turned out not to be
   *  a send key on this page). */
  function insertLineBreak(el) {
    el.focus();
    document.execCommand('insertText', false, '\n');
  }

  function usableButton(b) {
    return !!b && !b.disabled && b.getAttribute('aria-disabled') !== 'true' && isVisible(b);
  }

  /** The send button that belongs to `composer`: searched in the composer's
   *  ancestors (nearest first), then anywhere in the document. */
  function findSendButton(composer, sendSelectors) {
    let anc = composer ? composer.parentElement : null;
    for (let depth = 0; anc && depth < 10; depth++, anc = anc.parentElement) {
      for (const s of sendSelectors) {
        let found = null;
        try { found = [...anc.querySelectorAll(s)].find(usableButton); } catch (_) { /* bad selector */ }
        if (found) return found;
      }
    }
    const hit = sel.findFirst(document, sendSelectors, usableButton);
    return hit ? hit.el : null;
  }

  /** The element in an event's composed path (up to <body>) that matches
   *  one of `selectors`, or null. */
  function elementInPath(ev, selectors) {
    for (const n of ev.composedPath()) {
      if (n.nodeType !== 1) continue;
      if (matchesAny(n, selectors)) return n;
      if (n === document.body) break;
    }
    return null;
  }

  /** The send button an event targets (anywhere in its composed path). */
  function sendButtonFromEvent(ev, sendSelectors) {
    return elementInPath(ev, sendSelectors);
  }

  /** Is `b` close enough to `composer` to be its send button? */
  function isNear(composer, b) {
    let anc = composer;
    for (let depth = 0; anc && depth < 10; depth++) {
      if (anc.contains(b)) return true;
      anc = anc.parentElement || (anc.getRootNode() && anc.getRootNode().host) || null;
    }
    return false;
  }

  const api = {
    isTextArea, editingHost, asComposer, isVisible, isValidSelector, findComposer, composerFromEvent,
    readModel, readText, writeText, insertLineBreak, findSendButton, elementInPath, sendButtonFromEvent, isNear,
  };
  root.PG.dom = api;
})(globalThis);
