// protocol.js: building requests for, and checking replies from, the native
// host. The wire format is defined in docs/protocol.md (version 1); keep the
// two in step.
//
// Pure. Used by the background service worker only (content scripts never
// talk to the host directly; they send {what: …} messages to the background).
(function pgProtocol(root) {
  'use strict';

  const PROTOCOL_VERSION = 1;
  // BEGIN generated from installer/product.json (host name) by installer/gen_product.py
  const HOST_NAME = 'dk.privacyguard.host';
  // END generated from installer/product.json (host name)
  const CHECK_MODES = ['keystroke', 'submit'];
  const COMPOSER_KINDS = ['textarea', 'contenteditable', 'none'];
  // The host refuses requests over 16 MiB. A UTF-16 code unit is at most
  // 3 UTF-8 bytes, so this many code units always fit with room for JSON.
  const MAX_TEXT_UNITS = Math.floor((16 * 1024 * 1024 - 4096) / 3);
  const MAX_RESTORE_COUNT = 100000; // the host's limit for `restore.count`

  /** Error with a stable `code` (host error codes, or our own). */
  class HostError extends Error {
    constructor(code, message) {
      super(message || code);
      this.name = 'HostError';
      this.code = code;
    }
  }

  /** Request ids: increasing integers, unique for the lifetime of a client. */
  function createIdSource(start) {
    let next = start == null ? 1 : start;
    return () => next++;
  }

  function requireString(v, name) {
    if (typeof v !== 'string') throw new HostError('bad_request', name + ' must be a string');
  }

  function checkText(text) {
    requireString(text, 'text');
    if (text.length > MAX_TEXT_UNITS) throw new HostError('too_large', 'text is too large');
  }

  /** Host request for a relay message from a content script; `id` and `site`
   *  are supplied by the background (the site comes from the sender's URL,
   *  never from the content script's claim). Throws HostError('bad_request'). */
  function buildRequest(what, msg, id, site) {
    switch (what) {
      case 'hello':
        return { type: 'hello', id };
      case 'check': {
        checkText(msg.text);
        if (!CHECK_MODES.includes(msg.mode)) throw new HostError('bad_request', 'bad mode');
        requireString(msg.editor, 'editor');
        return { type: 'check', id, editor: msg.editor, mode: msg.mode, text: msg.text, site };
      }
      case 'redact':
        checkText(msg.text);
        return { type: 'redact', id, text: msg.text, site };
      case 'ack':
        checkText(msg.text);
        return { type: 'ack', id, text: msg.text, site };
      case 'restore':
        // A count only: never the values, never the answer.
        if (!Number.isInteger(msg.count) || msg.count < 1 || msg.count > MAX_RESTORE_COUNT) {
          throw new HostError('bad_request', 'bad count');
        }
        return { type: 'restore', id, site, count: msg.count };
      case 'attach':
        if (!COMPOSER_KINDS.includes(msg.composer)) throw new HostError('bad_request', 'bad composer');
        return { type: 'attach', id, site, composer: msg.composer };
      default:
        throw new HostError('bad_request', 'unknown request');
    }
  }

  /** Checks a reply against the request it answers. Returns the reply, or
   *  throws HostError with the host's error code (or 'bad_reply'). */
  function validateReply(reply, request) {
    if (!reply || typeof reply !== 'object') throw new HostError('bad_reply', 'reply is not an object');
    if (reply.type === 'error') {
      const e = reply.error || {};
      throw new HostError(typeof e.code === 'string' ? e.code : 'internal',
        typeof e.message === 'string' ? e.message : 'host error');
    }
    const expected = request.type === 'hello' ? 'status' : request.type;
    if (reply.type !== expected) throw new HostError('bad_reply', 'unexpected reply type ' + reply.type);
    if (typeof reply.v === 'number' && reply.v > PROTOCOL_VERSION) {
      throw new HostError('unsupported_version', 'host speaks v' + reply.v);
    }
    if (reply.type === 'check' && !reply.superseded) {
      if (!['allow', 'warn', 'block'].includes(reply.decision)) throw new HostError('bad_reply', 'bad decision');
      if (!Array.isArray(reply.findings)) throw new HostError('bad_reply', 'findings missing');
    }
    if (reply.type === 'redact' && typeof reply.text !== 'string') throw new HostError('bad_reply', 'text missing');
    if (reply.type === 'redact' && !Array.isArray(reply.replacements)) {
      throw new HostError('bad_reply', 'replacements missing');
    }
    return reply;
  }

  /** The findings the employee sees: those with action warn or block (audit
   *  findings only go to the audit log). */
  function visibleFindings(findings) {
    if (!Array.isArray(findings)) return [];
    return findings.filter((f) => f && (f.action === 'warn' || f.action === 'block'));
  }

  /** Of `findings`, those whose [start, end) is a valid UTF-16 span of a
   *  text of `textLength` code units (the ones that can be outlined). */
  function spannedFindings(findings, textLength) {
    return findings.filter((f) => Number.isInteger(f.start) && Number.isInteger(f.end) &&
      f.start >= 0 && f.end > f.start && f.end <= textLength);
  }

  const api = {
    PROTOCOL_VERSION, HOST_NAME, CHECK_MODES, COMPOSER_KINDS, MAX_TEXT_UNITS, MAX_RESTORE_COUNT,
    HostError, createIdSource, buildRequest, validateReply, visibleFindings, spannedFindings,
  };
  const PG = (root.PG = root.PG || {});
  PG.protocol = api;
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
