// content/main.js: the guard on a Copilot (or unapproved AI) page.
//
// Injected at document_start so that its capture-phase listeners on `window`
// run before any handler the page registers: a keydown/click/submit that
// would send the prompt is stopped here, the exact text is checked by the
// host (via the background), and only then is the original action repeated
// (a synthetic Enter, a click on the send button, or form.requestSubmit())
// with `bypass` set, so this script lets that one event through.
//
// While typing, a "keystroke" check runs after a 150 ms pause (at once after
// a paste); the indicator and the outlines show the result.
//
// The text is read from the composer, sent to the background (which passes
// it to the native host) and forgotten: never stored, never logged. The one
// thing kept is the conversation's placeholder map (content/restore.js), in
// this script's memory only.
(function pgMain(root) {
  'use strict';

  const { texts, scheduler, selectors, decision, protocol, settings, dom, ui, restore } = root.PG;
  if (root.PG.started) return; // injected twice (should not happen)
  root.PG.started = true;

  const DEBOUNCE_MS = 150;
  const RESPONSE_GUARD_MS = 2500; // background normally answers within 1 s
  const RESCAN_MS = 1000; // re-scan period while no composer is attached
  const NONE_AFTER_MS = 10000; // attach {composer: 'none'} when nothing found
  const APPROVAL_MS = 1500; // an approved text may be submitted for this long
  const TEST_METRICS = !!root.PG_TEST_METRICS; // set only by the e2e test package

  const lang = texts.pickLang(navigator.language);
  const site = location.hostname;
  const editorId = 'composer-' + Math.random().toString(36).slice(2, 10);

  const S = {
    cfg: settings.effectiveConfig(settings.normalizeManaged({}), null),
    composerSelectors: selectors.COMPOSER,
    sendSelectors: selectors.SEND_BUTTON,
    answerSelectors: selectors.ANSWER,
    newChatSelectors: selectors.NEW_CHAT,
    composer: null,
    composerObserver: null,
    attached: new Set(),
    seq: scheduler.createSequencer(),
    submitting: false,
    swallowEnterUp: false,
    bypass: false,
    approved: null, // {text, until}
    pasted: false,
  };
  const view = new ui.Ui(lang);
  const restorer = restore.createRestorer({
    lang, view, send: (msg) => send(msg), metric,
    config: () => ({ enabled: S.cfg.restoreAnswers !== false, answerSelectors: S.answerSelectors,
      newChatSelectors: S.newChatSelectors }),
  });
  /** Is `ev` from inside one of our own views? */
  const ours = (ev) => view.owns(ev) || restorer.owns(ev);

  function metric(name, value) {
    if (TEST_METRICS) document.documentElement.setAttribute('data-pg-' + name, String(value));
  }

  // ---- talking to the background ------------------------------------------
  function send(msg) {
    return new Promise((resolve) => {
      const guard = setTimeout(() => resolve({ ok: false, error: { code: 'timeout' } }), RESPONSE_GUARD_MS);
      const done = (res) => { clearTimeout(guard); resolve(res || { ok: false, error: { code: 'no_response' } }); };
      try {
        chrome.runtime.sendMessage(msg).then(done, () => done({ ok: false, error: { code: 'extension_unavailable' } }));
      } catch (_) {
        done({ ok: false, error: { code: 'extension_unavailable' } });
      }
    }).then((res) => {
      if (res.config) applyConfig(res.config);
      return res;
    });
  }

  let lastConfigJson = '';
  function applyConfig(cfg) {
    const json = JSON.stringify(cfg);
    if (json === lastConfigJson) return;
    lastConfigJson = json;
    S.cfg = cfg;
    S.composerSelectors = selectors.mergeSelectors(cfg.selectors.composer, selectors.COMPOSER, dom.isValidSelector);
    S.sendSelectors = selectors.mergeSelectors(cfg.selectors.sendButton, selectors.SEND_BUTTON, dom.isValidSelector);
    S.answerSelectors = selectors.mergeSelectors(cfg.selectors.answer, selectors.ANSWER, dom.isValidSelector);
    S.newChatSelectors = selectors.mergeSelectors(cfg.selectors.newChat, selectors.NEW_CHAT, dom.isValidSelector);
    restorer.configChanged();
    if (settings.siteClass(site, cfg) === 'unapproved' && window === window.top) {
      onBody(() => view.banner(decision.unapprovedModel(cfg, lang)));
    }
  }

  function onBody(fn) {
    if (document.body) fn();
    else document.addEventListener('DOMContentLoaded', fn, { once: true });
  }

  // ---- finding the composer ------------------------------------------------
  function adopt(el) {
    if (!el || el === S.composer) return;
    if (S.composerObserver) S.composerObserver.disconnect();
    S.composer = el;
    view.clearMarks();
    view.setAnchor(el);
    const kind = selectors.composerKind(el);
    metric('composer', kind);
    if (!dom.isTextArea(el)) {
      // Editors like Lexical change the DOM without input events (paste,
      // undo): watch the editor itself.
      S.composerObserver = new MutationObserver(() => textChanged());
      S.composerObserver.observe(el, { childList: true, subtree: true, characterData: true });
    }
    if (!S.attached.has(kind)) {
      S.attached.add(kind);
      send({ what: 'attach', composer: kind });
    }
    if (dom.readText(el).trim()) checks.now();
  }

  let scanTimer = 0;
  function scheduleScan() {
    if (S.composer && S.composer.isConnected) return;
    if (scanTimer) return;
    scanTimer = setTimeout(() => {
      scanTimer = 0;
      if (S.composer && !S.composer.isConnected) {
        S.composer = null;
        view.clearMarks();
        view.showIndicator({ text: '' });
      }
      if (!S.composer) adopt(dom.findComposer(S.composerSelectors));
    }, 200);
  }

  function startDiscovery() {
    scheduleScan();
    // Light-DOM changes trigger a scan at once; changes inside shadow roots
    // are not observable from here, so also look again every second while
    // there is no (connected) composer.
    new MutationObserver(scheduleScan).observe(document.documentElement, { childList: true, subtree: true });
    setInterval(scheduleScan, RESCAN_MS);
    if (window === window.top) {
      setTimeout(() => {
        if (S.attached.size === 0) {
          S.attached.add('none');
          send({ what: 'attach', composer: 'none' });
        }
      }, NONE_AFTER_MS);
    }
  }

  // ---- keystroke checks ------------------------------------------------------
  function textChanged() {
    view.clearMarks();
    if (S.pasted) {
      S.pasted = false;
      checks.now();
    } else {
      checks.input();
    }
  }

  const checks = scheduler.createCheckScheduler({ delayMs: DEBOUNCE_MS, run: runKeystrokeCheck });
  // A check that failed because the host is still starting (or was
  // restarted) runs again by itself (1, 2, 4, 8 s later), so the indicator
  // does not stay on "unavailable" until the employee types again. Not
  // while a submit is checked or a dialog is open (the submit's answer or
  // "Prøv igen" decides there), and a timeout only before the host has
  // answered at all (scheduler.retryable): a running host that took over
  // 1 s for this text is still working on it.
  const checkRetry = scheduler.createRetrier({
    run: () => { if (!S.submitting && !view.dialogOpen) checks.now(); },
  });

  function runKeystrokeCheck() {
    const el = S.composer;
    if (!el || !el.isConnected) { checkRetry.reset(); return; }
    const model = dom.readModel(el);
    const seq = S.seq.next();
    if (!model.text.trim()) {
      checkRetry.reset();
      view.clearMarks();
      view.showIndicator({ text: '' });
      return;
    }
    if (TEST_METRICS) metric('check-start', performance.now());
    send({ what: 'check', editor: editorId, mode: 'keystroke', text: model.text }).then((res) => {
      if (!S.seq.isLatest(seq) || el !== S.composer) return;
      if (!res.ok) {
        if (TEST_METRICS) metric('error', res.error && res.error.code);
        view.showIndicator(decision.indicatorModel('unavailable', null, lang));
        const code = res.error && res.error.code;
        if (scheduler.retryable(code, S.cfg.hostKnown)) checkRetry.failed(code);
        return;
      }
      checkRetry.reset();
      if (res.reply.superseded) return;
      view.showIndicator(decision.indicatorModel('result', res.reply, lang));
      showMarksIfCurrent(el, model, res.reply);
      if (TEST_METRICS) metric('indicator', performance.now());
    });
  }

  function showMarksIfCurrent(el, model, reply) {
    const now = dom.readModel(el);
    if (now.text !== model.text) return; // stale: a newer check follows
    const visible = protocol.spannedFindings(protocol.visibleFindings(reply.findings), now.text.length);
    if (visible.length) view.showMarks(el, now, visible);
    else view.clearMarks();
  }

  // ---- submit interception ---------------------------------------------------
  /** After an approved submit, the page may send by itself a moment later
   *  (its Enter handler calling requestSubmit() or clicking its button from
   *  a timer): such script-made events for the very text just approved pass
   *  without a second check. The employee's own keys and clicks (trusted
   *  events) are always checked afresh. */
  function approvedNow(text, ev) {
    return !ev.isTrusted && !!S.approved && S.approved.text === text && performance.now() < S.approved.until;
  }

  /** Stops `ev` and, unless a submit is already being checked, starts one. */
  function intercept(ev, origin, el, text) {
    ev.preventDefault();
    ev.stopImmediatePropagation();
    if (origin && !S.submitting && !view.dialogOpen) submitFlow(origin, el, text, 0);
  }

  function onKeyDown(ev) {
    if (S.bypass || ev.key !== 'Enter' || ev.shiftKey || ev.altKey) return;
    if (ev.isComposing || ev.keyCode === 229) return; // IME composition: Enter confirms a word
    if (ours(ev)) return;
    const el = dom.composerFromEvent(ev, S.composer, S.composerSelectors);
    if (!el) return;
    adopt(el);
    if (TEST_METRICS) metric('enter', ev.timeStamp);
    const text = dom.readText(el);
    if (!text.trim() || approvedNow(text, ev)) return;
    S.swallowEnterUp = true;
    const target = ev.composedPath()[0];
    intercept(ev, S.submitting || view.dialogOpen ? null
      : { kind: 'key', target, ctrlKey: ev.ctrlKey, metaKey: ev.metaKey }, el, text);
  }

  /** The keyup of an Enter we stopped is stopped too (a page may send on keyup). */
  function onKeyUp(ev) {
    if (S.bypass || ev.key !== 'Enter' || !S.swallowEnterUp) return;
    S.swallowEnterUp = false;
    ev.preventDefault();
    ev.stopImmediatePropagation();
  }

  function onPointer(ev) {
    if (S.bypass || ours(ev)) return;
    if ('button' in ev && ev.button !== 0) return;
    const btn = dom.sendButtonFromEvent(ev, S.sendSelectors);
    if (!btn) return;
    let el = S.composer && S.composer.isConnected ? S.composer : dom.findComposer(S.composerSelectors);
    if (!el || !dom.isNear(el, btn)) return;
    adopt(el);
    const text = dom.readText(el);
    if (!text.trim() || approvedNow(text, ev)) return;
    // pointerdown/mousedown/…: stopped so that a page which sends on those
    // does not get ahead of us; the check starts on the click.
    intercept(ev, ev.type === 'click' ? { kind: 'click', button: btn } : null, el, text);
  }

  function onSubmitEvent(ev) {
    if (S.bypass) return;
    const form = ev.target;
    const el = S.composer && S.composer.isConnected ? S.composer : null;
    if (!el || !form || typeof form.contains !== 'function' || !form.contains(el)) return;
    const text = dom.readText(el);
    if (!text.trim() || approvedNow(text, ev)) return;
    intercept(ev, { kind: 'form', form, submitter: ev.submitter || null }, el, text);
  }

  /** The check on submit. `tries` counts restarts because the text changed
   *  while the host was checking it. */
  async function submitFlow(origin, el, text, tries) {
    S.submitting = true;
    checks.cancel();
    checkRetry.reset();
    let res;
    try {
      res = await send({ what: 'check', editor: editorId, mode: 'submit', text });
    } finally {
      S.submitting = false;
    }
    const current = el.isConnected ? dom.readText(el) : text;
    if (current !== text && tries < 2) {
      // The employee kept typing: the text to send is a different one now.
      submitFlow(origin, el, current, tries + 1);
      return;
    }
    if (!res.ok) {
      hostFailed(res.error && res.error.code, origin, el, text);
      return;
    }
    const reply = res.reply;
    view.showIndicator(decision.indicatorModel('result', reply, lang));
    if (decision.submitAction(reply) === 'submit') {
      resubmit(origin, el, text);
      return;
    }
    showFindingsDialog(origin, el, text, reply);
  }

  function hostFailed(code, origin, el, text) {
    const f = decision.failModel(code || 'host_unavailable', {
      lang, failMode: S.cfg.failMode, help: S.cfg.help, guidelineUrl: S.cfg.guidelineUrl,
    });
    view.showIndicator(decision.indicatorModel('unavailable', null, lang));
    if (f.action === 'submit') {
      view.toast(f.notice, 12000);
      resubmit(origin, el, text);
      return;
    }
    const d = view.openDialog(f.dialog, (action) => {
      if (action === 'retry') {
        d.setBusy(true);
        view.closeDialog(null);
        submitFlow(origin, el, dom.readText(el), 0);
      } else {
        view.closeDialog(el);
      }
    });
  }

  function showFindingsDialog(origin, el, text, reply) {
    const model = decision.dialogModel(reply, { lang, guidelineUrl: S.cfg.guidelineUrl,
      restore: S.cfg.restoreAnswers !== false });
    const d = view.openDialog(model, async (action) => {
      if (action === 'edit' || action === 'escape') {
        view.closeDialog(el);
        showMarksIfCurrent(el, { text }, reply);
        return;
      }
      if (action === 'fix') {
        d.setBusy(true);
        const r = await send({ what: 'redact', text });
        // The host's replacements, numbered for this conversation: the same
        // person keeps "[NAVN 1]" in every prompt (content/restore.js).
        const fixed = r.ok ? restorer.applyRedaction(text, r.reply) : null;
        if (!fixed || !dom.writeText(el, fixed.text)) {
          d.setBusy(false);
          d.setStatus(texts.t(lang, 'fix.failed'));
          return;
        }
        view.closeDialog(el);
        // A fresh submit check of exactly the text now in the composer.
        submitFlow(origin, el, dom.readText(el), 0);
        return;
      }
      if (action === 'send') {
        d.setBusy(true);
        const r = await send({ what: 'ack', text });
        if (r.ok && r.reply.ok === true) {
          view.closeDialog(el);
          resubmit(origin, el, text);
        } else if (r.ok) {
          d.setBusy(false);
          d.removeButton('send');
          d.setStatus(texts.t(lang, 'ack.refused'));
        } else {
          view.closeDialog(el);
          hostFailed(r.error && r.error.code, origin, el, text);
        }
      }
    });
  }

  /** Repeats the original submit action, letting it through this once. */
  function resubmit(origin, el, text) {
    S.approved = { text, until: performance.now() + APPROVAL_MS };
    view.clearMarks();
    const composer = el.isConnected ? el : S.composer;
    S.bypass = true;
    try {
      if (origin.kind === 'click') {
        const btn = origin.button.isConnected ? origin.button : dom.findSendButton(composer, S.sendSelectors);
        if (btn) btn.click();
      } else if (origin.kind === 'form') {
        if (origin.form.isConnected) {
          const sub = origin.submitter && origin.submitter.isConnected ? origin.submitter : null;
          origin.form.requestSubmit(sub);
        }
      } else {
        if (composer && composer.isConnected) composer.focus();
        const target = origin.target && origin.target.isConnected ? origin.target : composer;
        const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true,
          composed: true, ctrlKey: origin.ctrlKey, metaKey: origin.metaKey };
        const down = new KeyboardEvent('keydown', init);
        target.dispatchEvent(down);
        if (!down.defaultPrevented) target.dispatchEvent(new KeyboardEvent('keypress', init));
        target.dispatchEvent(new KeyboardEvent('keyup', init));
        if (!down.defaultPrevented) {
          // Nobody took the Enter synchronously. If the text is still there a
          // moment later, press the send button; if there is none, Enter was
          // a line break on this page after all.
          setTimeout(() => {
            if (!composer || !composer.isConnected || dom.readText(composer) !== text) return;
            const btn = dom.findSendButton(composer, S.sendSelectors);
            S.bypass = true;
            try {
              if (btn) btn.click();
              else dom.insertLineBreak(composer);
            } finally {
              S.bypass = false;
            }
          }, 0);
        }
      }
    } finally {
      S.bypass = false;
    }
  }

  // ---- listeners: registered synchronously at document_start ----------------
  const opts = { capture: true };
  window.addEventListener('keydown', onKeyDown, opts);
  window.addEventListener('keyup', onKeyUp, opts);
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
    window.addEventListener(type, onPointer, opts);
  }
  window.addEventListener('submit', onSubmitEvent, opts);
  window.addEventListener('input', (ev) => {
    if (S.bypass || ours(ev)) return;
    const el = dom.composerFromEvent(ev, S.composer, S.composerSelectors);
    if (!el) return;
    if (el !== S.composer) adopt(el);
    if (dom.isTextArea(el)) textChanged(); // contenteditable: the observer reports it
  }, opts);
  window.addEventListener('paste', (ev) => {
    const el = dom.composerFromEvent(ev, S.composer, S.composerSelectors);
    if (!el) return;
    if (el !== S.composer) adopt(el);
    S.pasted = true;
    // The input event (or editor mutation) after the paste runs the check;
    // this is the fallback for editors that insert later.
    setTimeout(() => { if (S.pasted) { S.pasted = false; checks.now(); } }, 50);
  }, opts);
  window.addEventListener('focusin', (ev) => {
    if (ours(ev) || S.composer) return;
    const el = dom.composerFromEvent(ev, S.composer, S.composerSelectors);
    if (el) adopt(el);
  }, opts);

  // The configuration: until the host has answered once (its policy brings
  // the texts and the unapproved sites), ask again after growing pauses, up
  // to four times (after that, every answer to a check brings it).
  const configRetry = scheduler.createRetrier({ run: requestConfig });
  function requestConfig() {
    send({ what: 'config' }).then((res) => {
      if (res.ok && res.config && res.config.hostKnown) configRetry.reset();
      else configRetry.failed(res.ok ? 'timeout' : res.error && res.error.code);
    });
  }

  requestConfig();
  if (document.documentElement) startDiscovery();
  else document.addEventListener('readystatechange', startDiscovery, { once: true });
})(globalThis);
