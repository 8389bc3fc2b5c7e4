// content/ui.js: everything privacy-guard draws on the page: the indicator,
// outlines around findings, a notice (toast), the unapproved-site banner and
// the dialog.
//
// Also the small "Vis med rigtige oplysninger" controls over Copilot's
// answers (content/restore.js); they hold no values. The restored answer
// itself is shown by content/restore-view.js, in a closed shadow root.
//
// All of it lives in one shadow root on an element appended to <html>, so
// page styles do not leak in and ours do not leak out. The page's editor is
// never modified: outlines are boxes positioned over Range rectangles (for
// a textarea, over a hidden mirror copy of its text). Nothing is kept beyond
// what is on screen.
(function pgUi(root) {
  'use strict';

  const { spans, dom } = root.PG;

  const CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483647;
  font: 13px/1.4 "Segoe UI", system-ui, -apple-system, sans-serif; color: #1b1b1b; }
.indicator { position: fixed; padding: 2px 8px; border-radius: 10px; font-size: 12px; white-space: nowrap;
  max-width: 60vw; overflow: hidden; text-overflow: ellipsis; box-shadow: 0 1px 2px rgba(0,0,0,.2);
  background: #f1f1f1; color: #333; border: 1px solid #ccc; }
.indicator[hidden], .toast[hidden], .banner[hidden] { display: none; }
.indicator.ok { background: #e6f4ea; color: #0d5a26; border-color: #9ccfaa; }
.indicator.warn { background: #fff4ce; color: #6b4400; border-color: #e0c060; }
.indicator.block { background: #fde7e9; color: #8a0b16; border-color: #e79aa2; }
.indicator.muted { background: #eee; color: #555; }
.mark { position: fixed; border-radius: 2px; box-sizing: border-box; }
.mark.warn { outline: 2px solid #d08a00; background: rgba(255,196,0,.15); }
.mark.block { outline: 2px solid #c50f1f; background: rgba(197,15,31,.10); }
.mirror { position: fixed; left: 0; top: 0; visibility: hidden; overflow: hidden;
  white-space: pre-wrap; overflow-wrap: break-word; word-wrap: break-word; }
.toast { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); max-width: min(560px, 90vw);
  background: #323130; color: #fff; padding: 10px 14px; border-radius: 6px; pointer-events: auto;
  box-shadow: 0 4px 12px rgba(0,0,0,.3); }
.banner { position: fixed; left: 0; right: 0; top: 0; display: flex; gap: 12px; align-items: center;
  justify-content: center; padding: 8px 12px; background: #fff4ce; color: #3b2a00; border-bottom: 1px solid #e0c060;
  pointer-events: auto; }
.banner a { color: #0f548c; font-weight: 600; }
.banner button, .dialog button { font: inherit; cursor: pointer; }
.backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.45); pointer-events: auto;
  display: flex; align-items: center; justify-content: center; }
.dialog { background: #fff; color: #1b1b1b; border-radius: 8px; max-width: min(560px, 92vw); max-height: 90vh;
  overflow: auto; padding: 20px 24px; box-shadow: 0 8px 32px rgba(0,0,0,.35); outline: none; }
.dialog h2 { font-size: 18px; margin: 0 0 8px; }
.dialog h3 { font-size: 14px; margin: 14px 0 6px; }
.dialog p { margin: 6px 0; }
.dialog ul { margin: 0; padding-left: 20px; }
.dialog li { margin: 6px 0; }
.dialog code { background: #f3f2f1; padding: 0 4px; border-radius: 3px; font-family: Consolas, monospace; }
.dialog .why { color: #484644; font-size: 12px; }
.dialog .hints { color: #484644; font-size: 12px; }
.dialog .status { color: #a4262c; font-weight: 600; }
.dialog .status:empty { display: none; }
.dialog .buttons { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 16px; }
.dialog button { padding: 6px 14px; border-radius: 4px; border: 1px solid #8a8886; background: #fff; color: #1b1b1b; }
.dialog button.primary { background: #0f6cbd; border-color: #0f6cbd; color: #fff; }
.dialog button:focus-visible, .dialog a:focus-visible, .banner button:focus-visible, .banner a:focus-visible {
  outline: 2px solid #000; outline-offset: 2px; }
.dialog a { color: #0f548c; }
.restore { position: fixed; pointer-events: auto; font: 12px/1.4 "Segoe UI", system-ui, -apple-system, sans-serif;
  padding: 3px 10px; border-radius: 12px; border: 1px solid #0f6cbd; background: #fff; color: #0f548c; cursor: pointer;
  box-shadow: 0 1px 3px rgba(0,0,0,.2); white-space: nowrap; }
.restore[hidden] { display: none; }
.restore:hover { background: #ebf3fc; }
.restore:focus-visible { outline: 2px solid #000; outline-offset: 2px; }
`;

  const FOCUSABLE = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) if (c) el.append(c);
    return el;
  }

  class Ui {
    constructor(lang) {
      this.lang = lang;
      this.host = document.createElement('privacy-guard-ui');
      this.host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
      // Open shadow root: styles are isolated all the same, and assistive
      // technology and the e2e tests can reach the dialog.
      this.shadow = this.host.attachShadow({ mode: 'open' });
      this.shadow.append(h('style', { text: CSS }));
      this.layer = h('div', { class: 'layer' });
      this.marks = h('div', { class: 'marks' });
      this.indicator = h('div', { class: 'indicator', role: 'status', 'aria-live': 'polite', hidden: true, lang,
        'data-pg': 'indicator' });
      this.toastEl = h('div', { class: 'toast', role: 'status', 'aria-live': 'polite', hidden: true, lang,
        'data-pg': 'toast' });
      this.layer.append(this.marks, this.indicator, this.toastEl);
      this.shadow.append(this.layer);
      this.dialogState = null;
      this.restoreControls = new Map(); // answer element → its control
      this.anchor = null;
      this.markList = [];
      this._raf = 0;
      this._toastTimer = 0;
      // Keys typed in our dialog or banner are ours: keep the page's bubbling
      // handlers (shortcuts) out of them.
      for (const type of ['keydown', 'keyup', 'keypress']) {
        this.host.addEventListener(type, (e) => e.stopPropagation());
      }
      const reflow = () => this.schedulePosition();
      window.addEventListener('scroll', reflow, { capture: true, passive: true });
      window.addEventListener('resize', reflow, { passive: true });
      this._ro = typeof ResizeObserver === 'function' ? new ResizeObserver(reflow) : null;
    }

    /** Is `ev` from inside our UI? */
    owns(ev) {
      return ev.composedPath().includes(this.host);
    }

    mount() {
      if (!this.host.isConnected && document.documentElement) document.documentElement.append(this.host);
    }

    setAnchor(el) {
      if (this.anchor === el) return;
      if (this._ro && this.anchor) this._ro.unobserve(this.anchor);
      this.anchor = el;
      if (this._ro && el) this._ro.observe(el);
      this.schedulePosition();
    }

    // ---- indicator -------------------------------------------------------
    showIndicator(model) {
      this.mount();
      if (!model.text) { this.indicator.hidden = true; return; }
      if (!this.indicator.hidden && this.indicator.textContent === model.text &&
          this.indicator.getAttribute('data-tone') === model.tone) {
        // Unchanged: no DOM write, so screen readers do not repeat it.
        this.positionIndicator();
        return;
      }
      this.indicator.className = 'indicator ' + model.tone;
      this.indicator.textContent = model.text;
      this.indicator.setAttribute('data-tone', model.tone);
      this.indicator.setAttribute('aria-label', root.PG.texts.t(this.lang, 'indicator.aria') + ': ' + model.text);
      this.indicator.hidden = false;
      this.positionIndicator();
    }

    positionIndicator() {
      if (this.indicator.hidden || !this.anchor) return;
      if (!this.anchor.isConnected) { this.indicator.hidden = true; return; }
      const r = this.anchor.getBoundingClientRect();
      const ih = this.indicator.offsetHeight || 20;
      let top = r.top - ih - 4;
      if (top < 2) top = Math.min(r.bottom + 4, window.innerHeight - ih - 2);
      this.indicator.style.top = Math.round(top) + 'px';
      this.indicator.style.left = '';
      this.indicator.style.right = Math.max(2, Math.round(window.innerWidth - r.right)) + 'px';
    }

    // ---- outlines --------------------------------------------------------
    /** Outlines `findings` (with valid offsets into `model.text`). */
    showMarks(composer, model, findings) {
      this.mount();
      this.markList = findings.map((f) => ({ start: f.start, end: f.end, tone: f.action === 'block' ? 'block' : 'warn' }));
      this.markComposer = composer;
      this.markModel = model;
      this.positionMarks();
    }

    clearMarks() {
      this.markList = [];
      this.markModel = null;
      this.markComposer = null;
      this.marks.replaceChildren();
    }

    positionMarks() {
      const c = this.markComposer;
      if (!c || !this.markList.length) { this.marks.replaceChildren(); return; }
      if (!c.isConnected) { this.clearMarks(); return; }
      const rects = dom.isTextArea(c) ? this._textareaRects(c) : this._editableRects(c);
      const boxes = [];
      for (const { rect, tone } of rects) {
        boxes.push(h('div', { class: 'mark ' + tone, 'data-pg': 'mark',
          style: `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px` }));
      }
      this.marks.replaceChildren(...boxes);
    }

    _editableRects(c) {
      const clip = c.getBoundingClientRect();
      const out = [];
      for (const m of this.markList) {
        for (const piece of spans.rangesFor(this.markModel.segments, m.start, m.end)) {
          if (!piece.ref.isConnected) continue;
          const range = document.createRange();
          range.setStart(piece.ref, Math.min(piece.from, piece.ref.length));
          range.setEnd(piece.ref, Math.min(piece.to, piece.ref.length));
          for (const r of range.getClientRects()) out.push({ rect: clipRect(r, clip), tone: m.tone });
        }
      }
      return out.filter((x) => x.rect);
    }

    _textareaRects(ta) {
      const cs = getComputedStyle(ta);
      const mirror = this._mirror || (this._mirror = h('div', { class: 'mirror', 'aria-hidden': 'true' }));
      if (!mirror.isConnected) this.layer.append(mirror);
      for (const p of ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch',
        'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform', 'textIndent', 'tabSize',
        'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'direction']) {
        mirror.style[p] = cs[p];
      }
      mirror.style.boxSizing = 'content-box';
      const padL = parseFloat(cs.paddingLeft) || 0;
      const padR = parseFloat(cs.paddingRight) || 0;
      mirror.style.width = Math.max(0, ta.clientWidth - padL - padR) + 'px';
      mirror.style.height = 'auto';
      const text = ta.value;
      const pieces = spans.mirrorPieces(text, this.markList);
      const markEls = [];
      mirror.replaceChildren(...pieces.map((p) => {
        if (p.mark === null) return document.createTextNode(p.text);
        const s = h('span', { text: p.text });
        markEls.push({ el: s, tone: this.markList[p.mark].tone });
        return s;
      }));
      const mr = mirror.getBoundingClientRect();
      const tr = ta.getBoundingClientRect();
      const originX = tr.left + ta.clientLeft - ta.scrollLeft;
      const originY = tr.top + ta.clientTop - ta.scrollTop;
      const clip = { left: tr.left + ta.clientLeft, top: tr.top + ta.clientTop,
        right: tr.left + ta.clientLeft + ta.clientWidth, bottom: tr.top + ta.clientTop + ta.clientHeight };
      const out = [];
      for (const { el, tone } of markEls) {
        for (const r of el.getClientRects()) {
          const rect = { left: originX + (r.left - mr.left), top: originY + (r.top - mr.top), width: r.width, height: r.height };
          rect.right = rect.left + rect.width;
          rect.bottom = rect.top + rect.height;
          const c = clipRect(rect, clip);
          if (c) out.push({ rect: c, tone });
        }
      }
      mirror.replaceChildren();
      return out;
    }

    schedulePosition() {
      if (this._raf) return;
      this._raf = requestAnimationFrame(() => {
        this._raf = 0;
        this.positionIndicator();
        this.positionMarks();
        this.positionRestoreControls();
      });
    }

    // ---- restore controls ---------------------------------------------------
    /** One control over each element of `answers` (Copilot's answers holding
     *  known placeholders); onClick(answer, event). An empty list removes
     *  them all. */
    showRestoreControls(answers, label, title, onClick) {
      const keep = new Map();
      for (const a of answers) {
        let c = this.restoreControls.get(a);
        if (!c) {
          this.mount();
          // The visible label is the accessible name; the title describes it.
          c = h('button', { type: 'button', class: 'restore', 'data-pg': 'restore-control', lang: this.lang,
            title, text: label });
          c.addEventListener('click', (e) => {
            e.preventDefault();
            onClick(a, e);
          });
          this.layer.append(c);
        }
        keep.set(a, c);
      }
      for (const [a, c] of this.restoreControls) if (!keep.has(a)) c.remove();
      this.restoreControls = keep;
      this.positionRestoreControls();
    }

    /** Top right inside the answer, kept in view while the answer is. */
    positionRestoreControls() {
      for (const [a, c] of this.restoreControls) {
        const r = a.isConnected ? a.getBoundingClientRect() : null;
        const ch = c.offsetHeight || 22;
        const visible = !!r && r.width > 0 && r.bottom > ch + 8 && r.top < window.innerHeight - ch - 4;
        c.hidden = !visible;
        if (!visible) continue;
        const top = Math.min(Math.max(r.top + 4, 4), r.bottom - ch - 4);
        c.style.top = Math.round(top) + 'px';
        c.style.right = Math.max(4, Math.round(window.innerWidth - r.right + 4)) + 'px';
      }
    }

    focusRestoreControl(answer) {
      const c = this.restoreControls.get(answer);
      if (c && c.isConnected && !c.hidden) c.focus();
    }

    // ---- toast and banner -----------------------------------------------
    toast(text, ms) {
      this.mount();
      this.toastEl.textContent = text;
      this.toastEl.hidden = false;
      clearTimeout(this._toastTimer);
      this._toastTimer = setTimeout(() => { this.toastEl.hidden = true; }, ms || 10000);
    }

    banner(model) {
      this.mount();
      if (this.bannerEl) return;
      const close = h('button', { type: 'button', text: model.dismiss });
      this.bannerEl = h('div', { class: 'banner', role: 'region', 'aria-label': 'Privacy Guard', lang: this.lang,
        'data-pg': 'banner' },
      h('span', { text: model.text }),
      model.link ? h('a', { href: model.link.url, target: '_blank', rel: 'noopener noreferrer', text: model.link.text }) : null,
      close);
      close.addEventListener('click', () => { this.bannerEl.hidden = true; });
      this.layer.append(this.bannerEl);
    }

    // ---- dialog -----------------------------------------------------------
    get dialogOpen() { return !!this.dialogState; }

    /** Shows the dialog for `model` (decision.dialogModel / failModel).
     *  onAction(id) is called with the button id, or 'escape'. Returns an
     *  object with setStatus(text), setBusy(bool), removeButton(id). */
    openDialog(model, onAction) {
      this.closeDialog(false);
      this.mount();
      const titleId = 'pg-dialog-title';
      const bodyId = 'pg-dialog-body';
      const status = h('p', { class: 'status', role: 'alert', 'data-pg': 'status' });
      const buttons = model.buttons.map((b, i) => {
        const el = h('button', { type: 'button', 'data-action': b.id, class: i === 0 ? 'primary' : '', text: b.label });
        el.addEventListener('click', (e) => {
          e.preventDefault();
          if (!this.dialogState || this.dialogState.busy) return;
          onAction(b.id);
        });
        return el;
      });
      const items = model.items.length ? h('ul', { 'data-pg': 'findings' }, ...model.items.map((it) => h('li',
        { 'data-category': it.category },
        h('strong', { text: it.label }),
        it.previews.length ? document.createTextNode(': ') : null,
        ...it.previews.flatMap((p, i) => [i ? document.createTextNode(', ') : null, h('code', { text: p })]),
        it.more ? document.createTextNode(' ' + it.more) : null,
        it.why ? h('div', { class: 'why', text: it.why }) : null))) : null;
      const dialog = h('div', {
        class: 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, 'aria-describedby': bodyId,
        tabindex: '-1', lang: this.lang, 'data-pg': 'dialog', 'data-kind': model.kind,
      },
      h('h2', { id: titleId, text: model.title }),
      h('p', { id: bodyId, text: model.body }),
      items ? h('h3', { text: model.foundHeading }) : null,
      items,
      model.help ? h('p', { class: 'help', 'data-pg': 'help', text: model.help }) : null,
      model.hints && model.hints.length ? h('p', { class: 'hints', text: model.hints.join(' ') }) : null,
      model.guideline ? h('p', {}, h('a', { href: model.guideline.url, target: '_blank', rel: 'noopener noreferrer',
        'data-pg': 'guideline', text: model.guideline.text })) : null,
      status,
      h('div', { class: 'buttons' }, ...buttons));
      const backdrop = h('div', { class: 'backdrop', 'data-pg': 'backdrop' }, dialog);
      const state = { backdrop, dialog, status, busy: false };
      this.dialogState = state;

      dialog.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onAction('escape');
        } else if (e.key === 'Tab') {
          const f = [...dialog.querySelectorAll(FOCUSABLE)];
          if (!f.length) return;
          const active = this.shadow.activeElement;
          const i = f.indexOf(active);
          e.preventDefault();
          const next = e.shiftKey ? (i <= 0 ? f.length - 1 : i - 1) : (i < 0 || i === f.length - 1 ? 0 : i + 1);
          f[next].focus();
        }
      });
      // Clicking beside the dialog keeps focus inside it.
      backdrop.addEventListener('mousedown', (e) => {
        if (e.target === backdrop) { e.preventDefault(); this._focusDefault(); }
      });
      // Focus trap against the page moving focus elsewhere.
      state.onFocusIn = (e) => {
        if (this.dialogState === state && !e.composedPath().includes(this.host)) this._focusDefault();
      };
      document.addEventListener('focusin', state.onFocusIn, true);

      this.layer.append(backdrop);
      state.defaultButton = model.defaultButton;
      this._focusDefault();
      return {
        setStatus: (text) => { status.textContent = text || ''; },
        setBusy: (busy) => {
          state.busy = busy;
          for (const b of buttons) b.disabled = busy;
          if (!busy) this._focusDefault();
        },
        removeButton: (id) => {
          const b = buttons.find((x) => x.getAttribute('data-action') === id);
          if (b) b.remove();
        },
      };
    }

    _focusDefault() {
      const st = this.dialogState;
      if (!st) return;
      const b = st.dialog.querySelector(`button[data-action="${st.defaultButton}"]:not([disabled])`) ||
        st.dialog.querySelector('button:not([disabled])') || st.dialog;
      b.focus();
    }

    closeDialog(restoreTo) {
      const st = this.dialogState;
      if (!st) return;
      this.dialogState = null;
      document.removeEventListener('focusin', st.onFocusIn, true);
      st.backdrop.remove();
      if (restoreTo && restoreTo.isConnected) restoreTo.focus();
    }
  }

  function clipRect(r, clip) {
    const left = Math.max(r.left, clip.left);
    const top = Math.max(r.top, clip.top);
    const right = Math.min(r.right, clip.right);
    const bottom = Math.min(r.bottom, clip.bottom);
    if (right - left < 1 || bottom - top < 1) return null;
    return { left: Math.round(left), top: Math.round(top), width: Math.round(right - left), height: Math.round(bottom - top) };
  }

  root.PG.ui = { Ui };
})(globalThis);
