// background.js: the service worker (an ES module). It owns the native port,
// the managed settings and the trust checks; content scripts only ask it.
//
// Messages from content scripts (chrome.runtime.sendMessage), answered with
//   { ok: true, reply, config }  or  { ok: false, error: {code, message}, config }
//   {what: 'config'}                                   → config only
//   {what: 'check', editor, mode, text}                → host `check`
//   {what: 'redact', text} / {what: 'ack', text}       → host `redact` / `ack`
//   {what: 'attach', composer}                         → host `attach`
//   {what: 'restore', count}                           → host `restore` (a count only)
// Every answer carries `config` (settings.effectiveConfig).
// The `site` sent to the host is taken from the sender's URL, never from the
// message. Only this extension's own content scripts are served (no
// externally_connectable, and sender.id is checked).
//
// Privacy: request text passes through in memory only; nothing is stored
// (no chrome.storage writes at all) and nothing is logged but error codes.
import './lib/protocol.js';
import './lib/settings.js';
import './lib/native-client.js';

const { protocol, settings, nativeClient } = globalThis.PG;

let managed = settings.normalizeManaged({});
let managedLoaded = null;

function loadManaged() {
  managedLoaded = new Promise((resolve) => {
    try {
      chrome.storage.managed.get(null, (items) => {
        // lastError: no policy support on this platform, or no policy set.
        managed = settings.normalizeManaged(chrome.runtime.lastError ? {} : items);
        reportUncovered();
        resolve();
      });
    } catch (_) {
      resolve();
    }
  });
  return managedLoaded;
}

/** Warn IT (in the service worker console: host names only) about extra hosts
 *  that this package's manifest does not inject into. See README. */
function reportUncovered() {
  const matches = (chrome.runtime.getManifest().content_scripts || []).flatMap((c) => c.matches || []);
  const missing = settings.uncoveredHosts(managed.extraHosts, matches);
  if (missing.length) {
    console.warn('privacy-guard: extraHosts not covered by this package (build a package with ' +
      'tools/make-package.mjs --host):', missing.join(', '));
  }
}

const client = new nativeClient.NativeClient({
  connect: () => chrome.runtime.connectNative(protocol.HOST_NAME),
  lastError: () => chrome.runtime.lastError && chrome.runtime.lastError.message,
  timeoutMs: 1000,
  onStatus: () => { statusAt = Date.now(); },
});

function currentConfig() {
  return settings.effectiveConfig(managed, client.status);
}

function errorResponse(e) {
  const code = e && e.code ? e.code : 'internal';
  return { ok: false, error: { code, message: String(e && e.message || code) }, config: currentConfig() };
}

function siteOf(sender) {
  try {
    return new URL(sender.url || sender.origin).hostname;
  } catch (_) {
    return '';
  }
}

// The host's status (texts, unapproved sites) feeds the configuration. It is
// asked for on connect; ask again when it is missing (the first hello can
// time out while the host loads its data) or older than STATUS_MAX_AGE_MS
// (the central policy may have changed).
const STATUS_MAX_AGE_MS = 60000;
let statusAt = 0;
let statusPending = null;
function refreshStatus() {
  if (statusPending || (client.status && Date.now() - statusAt < STATUS_MAX_AGE_MS)) return statusPending;
  statusPending = client.request({ type: 'hello' }).then((st) => {
    client.status = st;
  }, () => { /* stays as it was; retried with the next request */ }).finally(() => {
    statusAt = Date.now();
    statusPending = null;
  });
  return statusPending;
}

async function handle(msg, sender) {
  const site = siteOf(sender);
  if (msg.what === 'config') {
    await refreshStatus();
    return { ok: true, config: currentConfig() };
  }
  let req;
  try {
    req = protocol.buildRequest(msg.what, msg, 0, site); // id 0: client.request() sets the real one
  } catch (e) {
    return errorResponse(e);
  }
  try {
    const reply = await client.request(req);
    if (msg.what === 'attach') await refreshStatus();
    else refreshStatus();
    // Every answer carries the current configuration, so that content
    // scripts follow policy changes without asking.
    return { ok: true, reply, config: currentConfig() };
  } catch (e) {
    // The fail mode depends on the managed settings: wait for them here
    // (reading them can take seconds right after the browser starts, so
    // requests that succeed do not wait).
    await managedLoaded;
    return errorResponse(e);
  }
}

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  // Trusted senders only: this extension's content scripts in a web page.
  if (sender.id !== chrome.runtime.id || !sender.tab || !msg || typeof msg.what !== 'string') return false;
  handle(msg, sender).then(sendResponse, (e) => sendResponse(errorResponse(e)));
  return true; // async response
});

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed') loadManaged();
});

loadManaged();
// Start the host early so that the first check does not pay its start-up.
client.connect();
