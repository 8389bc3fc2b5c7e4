// selectors.js: where the composer and its send button are on each page.
//
// Pure except that shadowRoots(), deepQueryAll() and findFirst() walk
// whatever DOM-like tree they are given (the real document in the browser, a
// small fake in the Node tests).
//
// Order matters: the first selector that finds a usable element wins. IT's
// managed selectors (policy "selectors") are tried before the built-in ones,
// so a Copilot redesign can be handled by policy without a new extension.
// Sources for the built-in ones: docs in shared/docs/platform-facts.md §7.
(function pgSelectors(root) {
  'use strict';

  const COMPOSER = [
    'textarea#userInput', // copilot.microsoft.com
    '[data-testid="composer-input"]',
    '#m365-chat-editor-target-element', // M365 Copilot Chat (Lexical)
    '[data-lexical-editor="true"][contenteditable="true"]',
    '#prompt-textarea[contenteditable="true"]', // chatgpt.com (ProseMirror)
    'textarea#prompt-textarea',
    'rich-textarea [contenteditable="true"]', // gemini.google.com
    '[contenteditable="true"][role="textbox"]',
    'textarea',
    '[contenteditable="true"]',
  ];

  const SEND_BUTTON = [
    'button[data-testid="submit-button"]', // copilot.microsoft.com
    'button.fai-SendButton', // M365 Copilot Chat
    'button[data-testid="send-button"]', // chatgpt.com
    'button.send-button', // gemini.google.com
    'button[type="submit"]',
    'button[aria-label="Send"]',
    'button[aria-label="Send besked"]',
    'button[aria-label="Send message"]',
    'button[aria-label="Submit"]',
  ];

  // Copilot's answers, searched for placeholders to restore (content/restore.js).
  const ANSWER = [
    '[data-testid="markdown-reply"]', // M365 Copilot Chat
    '[data-content="ai-message"]', // copilot.microsoft.com (inference: not in the cited sources)
    '[data-message-author-role="assistant"]', // chatgpt.com
    'message-content', // gemini.google.com
  ];

  // "New chat" buttons: a click starts a new conversation (a new placeholder
  // map) even before the address changes.
  const NEW_CHAT = [
    '[data-testid="newChatButton"]', // M365 Copilot Chat
  ];

  /** Managed selectors first, then the built-in ones; invalid selectors are
   *  dropped (`isValid(sel)` tells; in the browser it tries querySelector). */
  function mergeSelectors(managed, builtin, isValid) {
    const out = [];
    for (const s of [...(managed || []), ...builtin]) {
      if (typeof s !== 'string' || !s.trim() || out.includes(s)) continue;
      if (isValid && !isValid(s)) continue;
      out.push(s);
    }
    return out;
  }

  /** 'textarea' for <textarea>/<input>, 'contenteditable' otherwise. */
  function composerKind(el) {
    const tag = String(el && el.tagName || '').toUpperCase();
    return tag === 'TEXTAREA' || tag === 'INPUT' ? 'textarea' : 'contenteditable';
  }

  /** [rootNode, ...every open shadow root under it], depth-first: each
   *  shadow root (hosts in document order) is followed by the ones nested in
   *  it. One querySelectorAll('*') walk per tree, so callers that try many
   *  selectors walk the page once instead of once per selector. */
  function shadowRoots(rootNode, out) {
    const acc = out || [];
    acc.push(rootNode);
    for (const el of rootNode.querySelectorAll('*')) {
      if (el.shadowRoot) shadowRoots(el.shadowRoot, acc);
    }
    return acc;
  }

  /** All elements matching `selector` under `rootNode`, including inside open
   *  shadow roots, in document order per tree. */
  function deepQueryAll(rootNode, selector) {
    return shadowRoots(rootNode).flatMap((r) => [...r.querySelectorAll(selector)]);
  }

  /** The first element (by selector priority) accepted by `usable(el)`;
   *  within a selector, the first in deepQueryAll() order. */
  function findFirst(rootNode, selectors, usable) {
    const roots = shadowRoots(rootNode);
    for (const sel of selectors) {
      for (const r of roots) {
        for (const el of r.querySelectorAll(sel)) {
          if (!usable || usable(el)) return { el, selector: sel };
        }
      }
    }
    return null;
  }

  /** Every element matching one of `selectors` under `rootNode` (open
   *  shadow roots included), without elements inside another match: one
   *  answer that matches two selectors counts once. */
  function findAllOutermost(rootNode, selectors) {
    if (!selectors.length) return [];
    const all = [];
    const group = selectors.join(',');
    for (const r of shadowRoots(rootNode)) {
      for (const el of r.querySelectorAll(group)) all.push(el);
    }
    return all.filter((el) => !all.some((o) => o !== el && o.contains(el)));
  }

  const api = { COMPOSER, SEND_BUTTON, ANSWER, NEW_CHAT, mergeSelectors, composerKind, shadowRoots, deepQueryAll,
    findFirst, findAllOutermost };
  const PG = (root.PG = root.PG || {});
  PG.selectors = api;
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
