// content/restore-view.js: the one place the real values are shown on the
// page: Copilot's answer with the placeholders put back, and "Kopiér".
//
// Why it is safe on the Copilot page (extension/README.md, "Placeholders
// back in the answer"):
//  - It lives in a CLOSED shadow root on its own element appended to
//    <html>, outside the page's app containers. Page scripts get `null`
//    from .shadowRoot, their querySelectorAll, TreeWalker, textContent and
//    innerText do not enter it, and their MutationObservers do not see into
//    it. attachShadow is called from the content script's isolated world,
//    whose prototypes the page cannot patch to force the root open.
//  - The text is not in text nodes: each piece is CSS generated content
//    (::before { content: attr(data-t) }) with user-select: none. Text
//    nodes in a closed root are still found by window.find() and, once
//    the employee selects them, readable through getSelection() from the
//    page; generated content is neither. Screen readers do read it.
//  - "Kopiér" writes the clipboard from the isolated world
//    (navigator.clipboard.writeText); the fallback answers its own copy
//    event before any page listener sees its data.
//  - Nothing is kept after close: the pieces are removed.
(function pgRestoreView(root) {
  'use strict';

  const { texts } = root.PG;

  const CSS = `
:host { all: initial; }
.backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgba(0,0,0,.45); display: flex;
  align-items: center; justify-content: center; font: 14px/1.5 "Segoe UI", system-ui, -apple-system, sans-serif;
  color: #1b1b1b; }
.panel { background: #fff; border-radius: 8px; width: min(720px, 94vw); max-height: 90vh; display: flex;
  flex-direction: column; box-shadow: 0 8px 32px rgba(0,0,0,.35); outline: none; }
.head { padding: 16px 22px 4px; }
h2 { font-size: 18px; margin: 0 0 6px; }
.note { color: #484644; font-size: 12px; margin: 0; }
.text { margin: 10px 22px; padding: 12px 14px; border: 1px solid #d1d1d1; border-radius: 6px; background: #faf9f8;
  overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; user-select: none; -webkit-user-select: none;
  flex: 1 1 auto; min-height: 60px; }
.text span::before { content: attr(data-t); }
.text span.value { background: #e8f1fb; border-radius: 3px; box-shadow: 0 0 0 1px #b4d1f0; }
.foot { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; padding: 4px 22px 16px; }
.status { flex: 1 1 200px; font-size: 12px; color: #0d5a26; }
.status.error { color: #a4262c; font-weight: 600; }
button { font: inherit; cursor: pointer; padding: 6px 14px; border-radius: 4px; border: 1px solid #8a8886;
  background: #fff; color: #1b1b1b; }
button.primary { background: #0f6cbd; border-color: #0f6cbd; color: #fff; }
button:focus-visible { outline: 2px solid #000; outline-offset: 2px; }
`;

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) if (c) el.append(c);
    return el;
  }

  /** The restored text: its pieces become generated content (see above). */
  function renderSegments(segments) {
    const box = h('div', { class: 'text', tabindex: '0', 'data-pg': 'restore-text' });
    for (const s of segments) {
      box.append(h('span', { class: s.restored ? 'value' : null, 'data-t': s.text }));
    }
    return box;
  }

  /** Writes `text` to the clipboard without the page seeing it. */
  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (_) { /* no permission or no focus: fall back */ }
    let done = false;
    const onCopy = (e) => {
      e.stopImmediatePropagation();
      e.preventDefault();
      e.clipboardData.setData('text/plain', text);
      done = true;
    };
    window.addEventListener('copy', onCopy, true);
    try {
      document.execCommand('copy');
    } catch (_) { /* not allowed */ } finally {
      window.removeEventListener('copy', onCopy, true);
    }
    return done;
  }

  class RestoreView {
    constructor(lang) {
      this.lang = lang;
      this.host = null;
      this.shadow = null;
      this.state = null;
    }

    get isOpen() { return !!this.state; }

    /** Is `ev` from inside the view? (Its path stops at the host.) */
    owns(ev) {
      return !!this.host && ev.composedPath().includes(this.host);
    }

    _mount() {
      if (!this.host) {
        this.host = document.createElement('privacy-guard-restore');
        this.host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
        this.shadow = this.host.attachShadow({ mode: 'closed' });
        // Keys typed in the view are ours: keep the page's shortcuts out.
        for (const type of ['keydown', 'keyup', 'keypress']) {
          this.host.addEventListener(type, (e) => e.stopPropagation());
        }
      }
      if (!this.host.isConnected) document.documentElement.append(this.host);
    }

    /** Shows `segments` (placeholders.restore) with Kopiér and Luk.
     *  onClose() runs after it closed (and may move the focus back). Returns
     *  the panel, laid out. */
    open(segments, onClose) {
      this.close();
      this._mount();
      const t = (k, v) => texts.t(this.lang, k, v);
      const plain = segments.map((s) => s.text).join('');
      const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite', 'data-pg': 'restore-status' });
      const copy = h('button', { type: 'button', class: 'primary', 'data-action': 'copy' });
      copy.textContent = t('restore.copy');
      const close = h('button', { type: 'button', 'data-action': 'close' });
      close.textContent = t('restore.close');
      const title = h('h2', { id: 'pg-restore-title' });
      title.textContent = t('restore.title');
      const note = h('p', { class: 'note', id: 'pg-restore-note' });
      note.textContent = t('restore.note');
      const panel = h('div', { class: 'panel', role: 'dialog', 'aria-modal': 'true', lang: this.lang,
        'aria-labelledby': 'pg-restore-title', 'aria-describedby': 'pg-restore-note', tabindex: '-1', 'data-pg': 'restore' },
      h('div', { class: 'head' }, title, note),
      renderSegments(segments),
      h('div', { class: 'foot' }, status, copy, close));
      const backdrop = h('div', { class: 'backdrop' }, panel);
      const state = { backdrop, panel, onClose };
      this.state = state;

      copy.addEventListener('click', async (e) => {
        e.preventDefault();
        const ok = await copyText(plain);
        if (this.state !== state) return;
        status.className = ok ? 'status' : 'status error';
        status.textContent = t(ok ? 'restore.copied' : 'restore.copyFailed');
      });
      close.addEventListener('click', (e) => { e.preventDefault(); this.close(); });
      backdrop.addEventListener('mousedown', (e) => {
        if (e.target === backdrop) { e.preventDefault(); copy.focus(); }
      });
      panel.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          this.close();
        } else if (e.key === 'Tab') {
          const f = [...panel.querySelectorAll('button, [tabindex="0"]')];
          const i = f.indexOf(this.shadow.activeElement);
          e.preventDefault();
          f[e.shiftKey ? (i <= 0 ? f.length - 1 : i - 1) : (i < 0 || i === f.length - 1 ? 0 : i + 1)].focus();
        }
      });
      state.onFocusIn = (e) => {
        if (this.state === state && !e.composedPath().includes(this.host)) copy.focus();
      };
      document.addEventListener('focusin', state.onFocusIn, true);

      this.shadow.replaceChildren(h('style', {}, document.createTextNode(CSS)), backdrop);
      this.host.setAttribute('data-open', '');
      copy.focus();
      panel.getBoundingClientRect(); // laid out now (the figure measures this)
      return panel;
    }

    close() {
      const st = this.state;
      if (!st) return;
      this.state = null;
      document.removeEventListener('focusin', st.onFocusIn, true);
      this.shadow.replaceChildren();
      this.host.removeAttribute('data-open');
      if (st.onClose) st.onClose();
    }
  }

  root.PG.restoreView = { RestoreView, copyText };
})(globalThis);
