// content/restore.js: placeholders back in Copilot's answer (issue 16).
//
//  - Keeps this conversation's placeholder map (lib/placeholders.js) in the
//    content script's memory, and nowhere else: not in chrome.storage, not
//    in the service worker, not on the page. It is cleared when the
//    conversation changes (lib/conversation.js: the address; a "new chat"
//    button), when the page is hidden or left (pagehide), and it dies with
//    the tab, a reload or a navigation.
//  - "Ret automatisk" (content/main.js) renumbers the host's replacements
//    through the map, so the same value gets the same placeholder in every
//    prompt of the conversation.
//  - Watches Copilot's answers (selectors.ANSWER, managed `selectors.answer`
//    first) for placeholders the map knows and puts a small control
//    "Vis med rigtige oplysninger" over each such answer (content/ui.js,
//    no values in it). The control opens content/restore-view.js.
//  - Tells the host that a restore happened, with a count only.
(function pgRestore(root) {
  'use strict';

  const { placeholders, conversation, texts, dom } = root.PG;

  const SCAN_MS = 250; // answers stream in: look at most this often
  const URL_POLL_MS = 500; // fallback for address changes no event reports

  /**
   * opts: lang; view (content/ui.js Ui); send(msg) → Promise (main.js);
   * metric(name, value) (test package only); config() → {enabled,
   * answerSelectors, newChatSelectors}.
   */
  function createRestorer({ lang, view, send, metric, config }) {
    const map = new placeholders.PlaceholderMap();
    const restoreView = new root.PG.restoreView.RestoreView(lang);
    let convId = conversation.conversationId(location.href);
    let observer = null;
    let scanTimer = 0;
    let lastScan = -Infinity;
    let urlTimer = 0;

    /** Forgets the conversation: map, controls, an open view. */
    function reset() {
      map.clear();
      restoreView.close();
      view.showRestoreControls([]);
      stopWatching();
      clearInterval(urlTimer);
      urlTimer = 0;
    }

    function checkUrl() {
      const id = conversation.conversationId(location.href);
      if (id === convId) return;
      if (conversation.isNewConversation(convId, id)) reset();
      convId = id;
    }

    function startWatching() {
      if (!urlTimer) urlTimer = setInterval(checkUrl, URL_POLL_MS);
      if (observer || !config().enabled) return;
      observer = new MutationObserver(scheduleScan);
      observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    }

    function stopWatching() {
      if (observer) observer.disconnect();
      observer = null;
      clearTimeout(scanTimer);
      scanTimer = 0;
    }

    function scheduleScan() {
      if (scanTimer) return;
      scanTimer = setTimeout(scan, Math.max(0, lastScan + SCAN_MS - performance.now()));
    }

    /** Puts a control on every answer that holds a known placeholder. */
    function scan() {
      scanTimer = 0;
      lastScan = performance.now();
      checkUrl();
      const cfg = config();
      if (!cfg.enabled || !map.size) {
        view.showRestoreControls([]);
        return;
      }
      const answers = root.PG.selectors.findAllOutermost(document, cfg.answerSelectors)
        .filter((el) => placeholders.hasKnown(el.textContent || '', map));
      view.showRestoreControls(answers, texts.t(lang, 'restore.show'), texts.t(lang, 'restore.showTitle'), openFor);
    }

    /** The control of `answer` was clicked (`ev`): the view opens with the
     *  answer as the page shows it now, placeholders restored. */
    function openFor(answer, ev) {
      checkUrl();
      if (!config().enabled || !map.size || !answer.isConnected) return;
      const r = placeholders.restore(answer.innerText, map);
      if (!r.count) {
        scan();
        return;
      }
      restoreView.open(r.segments, () => view.focusRestoreControl(answer));
      metric('restore-open-start', ev ? ev.timeStamp : 0);
      metric('restore-open', performance.now());
      requestAnimationFrame(() => metric('restore-frame', performance.now()));
      send({ what: 'restore', count: r.count });
    }

    /** "Ret automatisk": the host's redact reply for `text`, renumbered
     *  for this conversation. Returns {text, placeholders} or null. */
    function applyRedaction(text, reply) {
      checkUrl();
      const out = placeholders.applyRedaction(text, reply && reply.replacements, map);
      if (out && map.size) {
        startWatching();
        scheduleScan();
      }
      return out;
    }

    /** The managed settings changed (restoreAnswers, selectors). */
    function configChanged() {
      if (!config().enabled) {
        restoreView.close();
        stopWatching();
        view.showRestoreControls([]);
      } else if (map.size) {
        startWatching();
        scheduleScan();
      }
    }

    // A "new chat" button starts a new conversation at once; the address
    // may follow later (or never, on some pages).
    window.addEventListener('click', (ev) => {
      if (map.size && ev.isTrusted && dom.elementInPath(ev, config().newChatSelectors)) reset();
    }, { capture: true });
    const onNavigate = () => { if (map.size) { checkUrl(); scheduleScan(); } };
    window.addEventListener('popstate', onNavigate);
    window.addEventListener('hashchange', onNavigate);
    if (root.navigation && typeof root.navigation.addEventListener === 'function') {
      root.navigation.addEventListener('currententrychange', onNavigate);
    }
    // Leaving the page, or the page going into the back/forward cache.
    window.addEventListener('pagehide', reset);

    return {
      applyRedaction, configChanged, reset,
      owns: (ev) => restoreView.owns(ev),
      get isOpen() { return restoreView.isOpen; },
      get size() { return map.size; },
    };
  }

  root.PG.restore = { createRestorer };
})(globalThis);
