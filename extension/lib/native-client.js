// native-client.js: the one connection to the native host.
//
// Owns the port from chrome.runtime.connectNative(HOST_NAME in protocol.js):
// numbers requests, matches replies by id, gives up on a request after
// `timeoutMs` (1 s: the "too slow" limit), and reconnects after the
// host exits, with exponential backoff (250 ms doubling to 30 s; reset by any
// good reply). Two timeouts in a row restart the host (it may be stuck),
// unless it has not answered at all yet (still loading its data).
//
// Pure apart from the injected `connect`, so the Node tests drive it with a
// fake port. Every failure is a rejected promise with a HostError whose
// `code` is one of the host's error codes or:
//   host_unavailable  the port could not be opened or closed (missing/crashed)
//   timeout           no reply within timeoutMs
//   bad_reply         the reply does not fit docs/protocol.md
// The caller (background.js) passes that on; the content script applies the
// managed fail mode. Nothing here logs or keeps request text.
(function pgNativeClient(root) {
  'use strict';

  const protocol = root.PG && root.PG.protocol ? root.PG.protocol
    : (typeof require === 'function' ? require('./protocol.js') : null);
  const { HostError } = protocol;

  class NativeClient {
    /**
     * @param {object} o
     * @param {() => object} o.connect  returns a port ({postMessage, disconnect,
     *        onMessage.addListener, onDisconnect.addListener}); may throw
     * @param {() => (string|undefined)} [o.lastError]  chrome.runtime.lastError message
     * @param {number} [o.timeoutMs=1000]
     * @param {number} [o.backoffInitialMs=250]
     * @param {number} [o.backoffMaxMs=30000]
     * @param {(status: object) => void} [o.onStatus]  each status reply
     * @param {Function} [o.setTimeout] @param {Function} [o.clearTimeout]
     */
    constructor(o) {
      this._connect = o.connect;
      this._lastError = o.lastError || (() => undefined);
      this.timeoutMs = o.timeoutMs == null ? 1000 : o.timeoutMs;
      this.backoffInitialMs = o.backoffInitialMs == null ? 250 : o.backoffInitialMs;
      this.backoffMaxMs = o.backoffMaxMs == null ? 30000 : o.backoffMaxMs;
      this._onStatus = o.onStatus || (() => {});
      this._setT = o.setTimeout || ((f, ms) => setTimeout(f, ms));
      this._clearT = o.clearTimeout || ((h) => clearTimeout(h));
      this._nextId = protocol.createIdSource(1);
      this._port = null;
      this._pending = new Map(); // id → {resolve, reject, timer, request}
      this._backoffMs = this.backoffInitialMs;
      this._reconnectTimer = null;
      this._timeoutsInARow = 0;
      this.status = null; // last status reply
      this.lastDisconnect = null; // reason text of the last disconnect
    }

    get connected() { return this._port !== null; }

    /** Opens the port if needed (and asks for status). Never throws. */
    connect() {
      if (this._port) return true;
      if (this._reconnectTimer !== null) { this._clearT(this._reconnectTimer); this._reconnectTimer = null; }
      let port;
      try {
        port = this._connect();
      } catch (e) {
        this._closed(String(e && e.message || e));
        return false;
      }
      this._port = port;
      this._answered = false; // no restart for slowness while the host starts up
      port.onMessage.addListener((msg) => { if (this._port === port) this._onMessage(msg); });
      port.onDisconnect.addListener(() => {
        if (this._port !== port) return;
        this._closed(this._lastError() || 'native host exited');
      });
      this.request({ type: 'hello' }).then((st) => {
        this.status = st;
        this._onStatus(st);
      }, () => { /* the failure is handled as a disconnect or timeout */ });
      return true;
    }

    /** Sends `req` (without id) and resolves with the validated reply. */
    request(req) {
      if (!this._port && !this.connect()) {
        return Promise.reject(new HostError('host_unavailable', this.lastDisconnect || 'native host unavailable'));
      }
      const id = this._nextId();
      const full = Object.assign({}, req, { id });
      return new Promise((resolve, reject) => {
        const timer = this._setT(() => this._timedOut(id), this.timeoutMs);
        this._pending.set(id, { resolve, reject, timer, request: full });
        try {
          this._port.postMessage(full);
        } catch (e) {
          // postMessage throws when the port is already closed.
          this._closed(String(e && e.message || e));
        }
      });
    }

    /** Drops the port (and rejects what is pending) without reconnecting. */
    close() {
      const port = this._port;
      this._port = null;
      if (port) { try { port.disconnect(); } catch (_) { /* already closed */ } }
      if (this._reconnectTimer !== null) { this._clearT(this._reconnectTimer); this._reconnectTimer = null; }
      this._rejectAll(new HostError('host_unavailable', 'closed'));
    }

    _onMessage(msg) {
      this._answered = true; // any message shows the host has started
      const id = msg && msg.id;
      const p = this._pending.get(id);
      if (!p) return; // late reply to a timed-out request, or an id-less error
      this._pending.delete(id);
      this._clearT(p.timer);
      this._timeoutsInARow = 0;
      try {
        const reply = protocol.validateReply(msg, p.request);
        this._backoffMs = this.backoffInitialMs;
        p.resolve(reply);
      } catch (e) {
        p.reject(e);
      }
    }

    _timedOut(id) {
      const p = this._pending.get(id);
      if (!p) return;
      this._pending.delete(id);
      p.reject(new HostError('timeout', 'no reply within ' + this.timeoutMs + ' ms'));
      this._timeoutsInARow += 1;
      if (this._timeoutsInARow >= 2 && this._port && this._answered) {
        // The host answered before and now looks stuck: restart it.
        this._timeoutsInARow = 0;
        const port = this._port;
        this._port = null;
        try { port.disconnect(); } catch (_) { /* ignore */ }
        this._closed('native host did not answer');
      }
    }

    _rejectAll(err) {
      const pending = [...this._pending.values()];
      this._pending.clear();
      for (const p of pending) {
        this._clearT(p.timer);
        p.reject(err);
      }
    }

    _closed(reason) {
      this._port = null;
      this.lastDisconnect = reason;
      this._rejectAll(new HostError('host_unavailable', reason));
      if (this._reconnectTimer === null) {
        const delay = this._backoffMs;
        this._backoffMs = Math.min(this.backoffMaxMs, this._backoffMs * 2);
        this._reconnectTimer = this._setT(() => {
          this._reconnectTimer = null;
          this.connect();
        }, delay);
      }
    }
  }

  const api = { NativeClient };
  const PG = (root.PG = root.PG || {});
  PG.nativeClient = api;
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
