// settings.js: the managed settings (chrome.storage.managed, schema in
// ../managed_schema.json) and the host's status combined into the one
// configuration the content script works with.
//
// Pure. Precedence, per setting:
//   failMode      managed, else "closed"
//   guidelineUrl  managed, else the host policy's texts.guideline_url
//   unapproved    built-in list ∪ managed unapprovedHosts ∪ host sites.unapproved_hosts
//   selectors     managed (tried first) + built-in (lib/selectors.js)
//   restoreAnswers  managed, else true ("Vis med rigtige oplysninger" shown)
//   help / notice texts and approved tool link: host policy, else built-in
(function pgSettings(root) {
  'use strict';

  const FAIL_MODES = ['closed', 'open'];
  // The unapproved AI sites named in the guideline; the manifest injects the
  // content script there too. The policy may add more (but see README:
  // a host that is not in the manifest's matches gets no content script).
  // BEGIN generated from installer/product.json (sites) by installer/gen_product.py
  const BUILTIN_APPROVED = ['copilot.microsoft.com', 'copilot.cloud.microsoft', 'm365.cloud.microsoft'];
  const BUILTIN_UNAPPROVED = ['chatgpt.com', 'chat.openai.com', 'gemini.google.com'];
  const DEFAULT_APPROVED_TOOL_URL = 'https://m365.cloud.microsoft/chat';
  // END generated from installer/product.json (sites)

  const DEFAULTS = Object.freeze({ failMode: 'closed', restoreAnswers: true });
  const SELECTOR_KINDS = ['composer', 'sendButton', 'answer', 'newChat'];

  /** "HTTPS://Chat.Example.com:443/x" → "chat.example.com"; '' if unusable. */
  function normalizeHost(h) {
    if (typeof h !== 'string') return '';
    let s = h.trim().toLowerCase();
    s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
    s = s.replace(/^\*\./, '');
    s = s.split(/[/?#]/)[0].replace(/:\d+$/, '').replace(/\.$/, '');
    return /^[a-z0-9.-]+$/.test(s) && !s.startsWith('.') && !s.includes('..') ? s : '';
  }

  function stringList(v, map) {
    if (!Array.isArray(v)) return [];
    const out = [];
    for (const x of v) {
      const y = map ? map(x) : (typeof x === 'string' ? x.trim() : '');
      if (y && !out.includes(y)) out.push(y);
    }
    return out;
  }

  /** Only http(s) links are shown to the employee. */
  function safeUrl(u) {
    if (typeof u !== 'string' || !u.trim()) return '';
    try {
      const url = new URL(u.trim());
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
    } catch (_) {
      return '';
    }
  }

  /** Managed storage as read → a complete, valid settings object. Values of
   *  the wrong type are dropped (the schema should already prevent them). */
  function normalizeManaged(raw) {
    const r = raw && typeof raw === 'object' ? raw : {};
    const sel = r.selectors && typeof r.selectors === 'object' ? r.selectors : {};
    const selectors = {};
    for (const k of SELECTOR_KINDS) selectors[k] = stringList(sel[k]);
    return {
      failMode: FAIL_MODES.includes(r.failMode) ? r.failMode : DEFAULTS.failMode,
      extraHosts: stringList(r.extraHosts, normalizeHost),
      selectors,
      guidelineUrl: safeUrl(r.guidelineUrl),
      unapprovedHosts: stringList(r.unapprovedHosts, normalizeHost),
      restoreAnswers: typeof r.restoreAnswers === 'boolean' ? r.restoreAnswers : DEFAULTS.restoreAnswers,
    };
  }

  /** True when `host` is `pattern` or a subdomain of it. */
  function hostMatches(host, pattern) {
    return host === pattern || host.endsWith('.' + pattern);
  }

  /** The configuration handed to content scripts. `status` is the host's
   *  last status reply (or null when the host has not answered yet). */
  function effectiveConfig(managed, status) {
    const m = managed || normalizeManaged({});
    const st = status && typeof status === 'object' ? status : {};
    const texts = st.texts || {};
    const sites = st.sites || {};
    const hostUnapproved = stringList(sites.unapproved_hosts, normalizeHost);
    return {
      failMode: m.failMode,
      guidelineUrl: m.guidelineUrl || safeUrl(texts.guideline_url),
      help: texts.help && typeof texts.help === 'object' ? texts.help : null,
      unapprovedNotice: texts.unapproved_site_notice && typeof texts.unapproved_site_notice === 'object'
        ? texts.unapproved_site_notice : null,
      approvedToolUrl: safeUrl(sites.approved_tool_url) || DEFAULT_APPROVED_TOOL_URL,
      unapprovedHosts: stringList([...BUILTIN_UNAPPROVED, ...m.unapprovedHosts, ...hostUnapproved]),
      approvedHosts: stringList([...BUILTIN_APPROVED, ...m.extraHosts,
        ...stringList(sites.approved_hosts, normalizeHost)]),
      selectors: m.selectors,
      restoreAnswers: m.restoreAnswers,
      hostKnown: !!status,
    };
  }

  /** 'unapproved' when `host` is listed as an unapproved AI site, else
   *  'approved' (the content script only runs on hosts the manifest names). */
  function siteClass(host, cfg) {
    const h = normalizeHost(host);
    if (cfg.unapprovedHosts.some((p) => hostMatches(h, p))) return 'unapproved';
    return 'approved';
  }

  /** Managed extra hosts the installed package cannot reach: without the
   *  "scripting" permission only the manifest's own matches get the content
   *  script. `matches` are the manifest's content_scripts match patterns. */
  function uncoveredHosts(extraHosts, matches) {
    const covered = [];
    for (const m of matches || []) {
      const mm = /^(?:\*|https?):\/\/(\*\.)?([^/]+)\//.exec(m);
      if (mm) covered.push({ host: mm[2].toLowerCase(), sub: !!mm[1] });
    }
    return extraHosts.filter((h) => !covered.some((c) => c.host === h || (c.sub && h.endsWith('.' + c.host))));
  }

  const api = {
    FAIL_MODES, SELECTOR_KINDS, BUILTIN_UNAPPROVED, BUILTIN_APPROVED, DEFAULTS, DEFAULT_APPROVED_TOOL_URL,
    normalizeHost, normalizeManaged, safeUrl, hostMatches, effectiveConfig, siteClass, uncoveredHosts,
  };
  const PG = (root.PG = root.PG || {});
  PG.settings = api;
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
