// decision.js: from the host's reply (or its absence) to what the page shows.
//
// Pure: returns plain "view models" that content/ui.js renders. Keeping the
// decisions here lets the Node tests cover every branch (allow / warn / block
// / host missing with fail-closed or fail-open) without a browser.
(function pgDecision(root) {
  'use strict';

  const texts = root.PG && root.PG.texts ? root.PG.texts
    : (typeof require === 'function' ? require('./texts.js') : null);
  const protocol = root.PG && root.PG.protocol ? root.PG.protocol
    : (typeof require === 'function' ? require('./protocol.js') : null);

  const MAX_PREVIEWS_PER_CATEGORY = 3;

  /** Findings grouped by category, in order of first appearance. */
  function groupFindings(findings, lang) {
    const groups = new Map();
    for (const f of findings) {
      const cat = String(f.category || 'unknown');
      let g = groups.get(cat);
      if (!g) {
        g = {
          category: cat,
          label: texts.categoryLabel(cat, lang, f.label),
          why: texts.categoryWhy(cat, lang, f.why),
          kind: texts.categoryKind(cat),
          count: 0,
          previews: [],
          action: f.action,
        };
        groups.set(cat, g);
      }
      g.count += 1;
      if (f.action === 'block') g.action = 'block';
      if (typeof f.preview === 'string' && f.preview && g.previews.length < MAX_PREVIEWS_PER_CATEGORY &&
          !g.previews.includes(f.preview)) {
        g.previews.push(f.preview);
      }
    }
    return [...groups.values()];
  }

  /** The small indicator next to the composer.
   *  state: 'idle' | 'checking' | 'unavailable' | 'result' (with reply). */
  function indicatorModel(state, reply, lang) {
    if (state === 'checking') return { tone: 'neutral', text: texts.t(lang, 'indicator.checking'), count: null };
    if (state === 'unavailable') return { tone: 'muted', text: texts.t(lang, 'indicator.unavailable'), count: null };
    if (state !== 'result' || !reply) return { tone: 'neutral', text: '', count: null };
    const visible = protocol.visibleFindings(reply.findings);
    if (visible.length === 0) return { tone: 'ok', text: texts.t(lang, 'indicator.ok'), count: 0, kinds: [] };
    const groups = groupFindings(visible, lang);
    const kinds = groups.map((g) => (g.count > 1 ? `${g.label} (${g.count})` : g.label));
    const n = visible.length + (reply.truncated ? '+' : '');
    return {
      tone: reply.decision === 'block' ? 'block' : 'warn',
      text: texts.t(lang, 'indicator.findings', { n, kinds: kinds.join(', ') }),
      count: visible.length,
      kinds: groups.map((g) => g.category),
    };
  }

  /** What a submit check's decision means: 'submit' or 'dialog'. */
  function submitAction(reply) {
    return reply && reply.decision === 'allow' ? 'submit' : 'dialog';
  }

  /** The warning dialog for a warn/block reply. */
  function dialogModel(reply, opts) {
    const lang = opts.lang;
    const visible = protocol.visibleFindings(reply.findings);
    const groups = groupFindings(visible, lang);
    const block = reply.decision === 'block';
    const kinds = new Set(groups.map((g) => g.kind));
    let titleKey = 'title.personal';
    if (kinds.has('business') && kinds.has('personal')) titleKey = 'title.mixed';
    else if (kinds.has('business')) titleKey = 'title.business';
    let bodyKey = block ? 'body.block' : 'body.warn';
    if (titleKey === 'title.business' && !block) bodyKey = 'body.business';
    const buttons = [
      { id: 'fix', label: texts.t(lang, 'btn.fix') },
      { id: 'edit', label: texts.t(lang, 'btn.edit') },
    ];
    if (!block) buttons.push({ id: 'send', label: texts.t(lang, 'btn.send') });
    return {
      kind: block ? 'block' : 'warn',
      title: texts.t(lang, titleKey),
      body: texts.t(lang, bodyKey),
      foundHeading: texts.t(lang, 'found'),
      whyHeading: texts.t(lang, 'why'),
      items: groups.map((g) => ({
        category: g.category,
        label: g.count > 1 ? `${g.label} (${g.count})` : g.label,
        previews: g.previews,
        more: g.count > g.previews.length && g.previews.length > 0
          ? texts.t(lang, 'more', { n: g.count - g.previews.length }) : '',
        why: g.why,
      })),
      hints: [texts.t(lang, 'hint.fix'), opts.restore ? texts.t(lang, 'hint.restore') : null,
        block ? texts.t(lang, 'hint.block') : texts.t(lang, 'hint.send')].filter(Boolean),
      guideline: opts.guidelineUrl ? { url: opts.guidelineUrl, text: texts.t(lang, 'guideline') } : null,
      buttons,
      defaultButton: 'edit',
    };
  }

  /** When the host did not answer a submit check (missing, crashed, slower
   *  than the 1 s limit, or an error reply): the managed fail mode decides.
   *  Returns { action: 'submit', notice } or { action: 'block', dialog }. */
  function failModel(errorCode, opts) {
    const lang = opts.lang;
    if (opts.failMode === 'open') {
      return { action: 'submit', notice: texts.t(lang, 'failopen.notice'), errorCode };
    }
    return {
      action: 'block',
      errorCode,
      dialog: {
        kind: 'fail',
        title: texts.t(lang, 'fail.title'),
        body: texts.t(lang, 'fail.body'),
        help: texts.localized(opts.help, lang) || texts.t(lang, 'fail.help'),
        items: [],
        hints: [],
        guideline: opts.guidelineUrl ? { url: opts.guidelineUrl, text: texts.t(lang, 'guideline') } : null,
        buttons: [
          { id: 'retry', label: texts.t(lang, 'btn.retry') },
          { id: 'close', label: texts.t(lang, 'btn.close') },
        ],
        defaultButton: 'close',
      },
    };
  }

  /** The unapproved-site banner. */
  function unapprovedModel(cfg, lang) {
    return {
      text: texts.localized(cfg.unapprovedNotice, lang) || texts.t(lang, 'unapproved.notice'),
      link: cfg.approvedToolUrl ? { url: cfg.approvedToolUrl, text: texts.t(lang, 'unapproved.link') } : null,
      dismiss: texts.t(lang, 'unapproved.dismiss'),
    };
  }

  const api = { groupFindings, indicatorModel, submitAction, dialogModel, failModel, unapprovedModel };
  const PG = (root.PG = root.PG || {});
  PG.decision = api;
  if (typeof module === 'object' && module.exports) module.exports = api;
})(globalThis);
