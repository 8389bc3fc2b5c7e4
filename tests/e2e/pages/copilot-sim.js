// copilot-sim.js: the parts of a Copilot page the restore tests need, for
// the imitation pages (textarea.html, lexical.html). Runs in the page's own
// (main) world, like Copilot's scripts.
//
//  1. Answers: after a prompt is sent, an answer is rendered the way a chat
//     page renders a reply: streamed in pieces into a new answer element
//     (the real pages' attribute, e.g. data-content="ai-message" or
//     data-testid="markdown-reply"), as paragraphs, with the placeholders of
//     the prompt echoed back ("Kære [NAVN 1] …", the first one in <strong>).
//     window.__nextReply = "…" sets the next answer's text instead.
//  2. Conversations: the first prompt of a conversation gives the address an
//     id (?chat=<id>, replaceState, as Copilot does with /chats/<id>);
//     window.__newChat() empties the answers (the page's "new chat").
//  3. A spy: what the page itself can learn. Every mutation the page can
//     observe (MutationObserver on the document: nodes, text, attributes),
//     every shadow root created through the page's attachShadow (patched to
//     force mode "open"), selections and copy events; window.__pageCanRead()
//     gathers everything readable from the DOM now: innerText and
//     textContent, the serialised document, every open shadow root's
//     content, the patched roots, attribute values and the selection.
(function copilotSim() {
  'use strict';

  const spy = (window.__spy = { mutations: [], shadowRoots: [], selections: [], copies: [] });
  const describe = (n) => (n.nodeType === 1 ? n.outerHTML : n.textContent || '');
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) spy.mutations.push(describe(n));
      if (r.type === 'characterData') spy.mutations.push(r.target.data);
      if (r.type === 'attributes') spy.mutations.push(r.attributeName + '=' + (r.target.getAttribute(r.attributeName) || ''));
    }
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function forcedOpen(init) {
    const root = attachShadow.call(this, Object.assign({}, init, { mode: 'open' }));
    spy.shadowRoots.push(root);
    return root;
  };
  document.addEventListener('selectionchange', () => spy.selections.push(String(document.getSelection())));
  document.addEventListener('copy', () => spy.copies.push(String(document.getSelection())));

  /** Everything the page can read from its DOM right now, as one string. */
  window.__pageCanRead = () => {
    const parts = [document.body.innerText, document.documentElement.innerText, document.documentElement.textContent,
      document.documentElement.outerHTML, String(document.getSelection())];
    const walk = (root) => {
      const w = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n = w.currentNode; n; n = w.nextNode()) {
        if (n.nodeType === 3) parts.push(n.data);
        else {
          for (const a of n.attributes || []) parts.push(a.value);
          if (n.shadowRoot) { parts.push(n.shadowRoot.innerHTML); walk(n.shadowRoot); }
          if (n.value !== undefined && typeof n.value === 'string') parts.push(n.value);
        }
      }
    };
    walk(document);
    for (const r of spy.shadowRoots) parts.push(r.innerHTML);
    for (const el of document.querySelectorAll('*')) parts.push(el.textContent);
    return parts.join('\n');
  };

  function defaultReply(prompt) {
    const ph = [...new Set(prompt.match(/\[[^\]\n]{1,40}\]/g) || [])];
    const name = ph.find((p) => /^\[NAVN/i.test(p));
    const rest = ph.filter((p) => p !== name);
    return `Kære **${name || 'borger'}**\n\nTak for din henvendelse` +
      (rest.length ? ` om ${rest.join(', ')}` : '') +
      '. Vi har behandlet sagen og vender tilbage inden for 14 dage.\n\nMed venlig hilsen\nBorgerservice';
  }

  /** Appends `text` to `p`, with **bold** as <strong>. */
  function appendInline(p, text) {
    text.split(/(\*\*[^*]+\*\*)/).forEach((part) => {
      if (!part) return;
      if (/^\*\*[^*]+\*\*$/.test(part)) {
        const b = document.createElement('strong');
        b.textContent = part.slice(2, -2);
        p.append(b);
      } else {
        p.append(document.createTextNode(part));
      }
    });
  }

  /** Renders the answer to `prompt` under `list`, streamed in pieces. */
  function answer(list, attrs, prompt) {
    const text = window.__nextReply != null ? window.__nextReply : defaultReply(prompt);
    window.__nextReply = null;
    const el = document.createElement('div');
    el.className = 'answer';
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    list.append(el);
    const paragraphs = text.split(/\n{2,}/);
    // Stream: each paragraph arrives in two halves, 20 ms apart.
    const pieces = [];
    paragraphs.forEach((para, i) => {
      const cut = para.lastIndexOf(' ', Math.floor(para.length / 2));
      pieces.push({ i, text: cut > 0 ? para.slice(0, cut) : para });
      if (cut > 0) pieces.push({ i, text: para.slice(cut) });
    });
    const ps = [];
    let k = 0;
    const step = () => {
      const piece = pieces[k++];
      if (!piece) { el.setAttribute('data-done', ''); window.__answersDone = (window.__answersDone || 0) + 1; return; }
      if (!ps[piece.i]) { ps[piece.i] = document.createElement('p'); ps[piece.i].style.whiteSpace = 'pre-wrap'; el.append(ps[piece.i]); }
      appendInline(ps[piece.i], piece.text);
      setTimeout(step, 20);
    };
    setTimeout(step, 30);
  }

  /** Wires a page: `list` receives the answers (with `attrs`). */
  window.CopilotSim = {
    sent(list, attrs, prompt) {
      spy.mutations.push('\u0000sent'); // tests look at what the page saw after this
      if (!new URLSearchParams(location.search).get('chat')) {
        history.replaceState(null, '', location.pathname + '?chat=c' + Math.random().toString(36).slice(2, 8));
      }
      answer(list, attrs, prompt);
    },
    newChat(list, changeAddress) {
      list.replaceChildren();
      document.getElementById('sent').replaceChildren();
      if (changeAddress) history.pushState(null, '', location.pathname);
    },
  };
})();
