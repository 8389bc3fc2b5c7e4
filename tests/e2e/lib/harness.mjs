// harness.mjs: shared set-up for the browser end-to-end tests.
//
//  - startServer(): the imitation Copilot pages (pages/) on 127.0.0.1:<port>
//  - buildExtension(): a test copy of extension/ whose manifest also matches
//    http://127.0.0.1/* and http://localhost/* (the shipped manifest does not)
//  - installHost(): runs installer/linux/install.sh into a temp root,
//    registered for the test profile (--user-data-dir), with a test policy
//  - launch(): Debian's Chromium, new headless, only our extension loaded
//
// Environment:
//   PRIVACY_GUARD_BIN  the host binary to test (CTest passes
//                      $<TARGET_FILE:privacy-guard>); default build/bin/…
//   CHROMIUM           browser (default /usr/bin/chromium)
//   PG_E2E_KEEP=1      keep the temp folders for inspection
//   PG_E2E_SCREENSHOTS=1  (re)write the README screenshots in screenshots/
//   PG_E2E_RESULTS     folder for figures.json (default results/)
//   PG_E2E_RUNS        timing runs per figure (default 60)
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { makePackage } from '../../../extension/tools/make-package.mjs';

export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO = path.resolve(E2E_DIR, '..', '..');
// The product's identity: installer/product.json, the one place it is written.
export const PRODUCT = JSON.parse(fs.readFileSync(path.join(REPO, 'installer', 'product.json'), 'utf8'));
export const EXTENSION_ID = PRODUCT.extension.id;
export const HOST_NAME = PRODUCT.host.name;
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
export const HOST_BIN = process.env.PRIVACY_GUARD_BIN || path.join(REPO, 'build', 'bin', 'privacy-guard');
export const INSTALLER = path.join(REPO, 'installer', 'linux', 'install.sh');

/** A CPR number that passes the modulus-11 check: 070761-4285 →
 *  weights 4,3,2,7,6,5,4,3,2,1 over 0707614285 sum to a multiple of 11. */
export const CPR = '070761-4285';

export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function cleanup(dir) {
  if (!process.env.PG_E2E_KEEP && dir) fs.rmSync(dir, { recursive: true, force: true });
}

/** Serves tests/e2e/pages on 127.0.0.1 (random port). */
export async function startServer() {
  const pagesDir = path.join(E2E_DIR, 'pages');
  const server = http.createServer((req, res) => {
    const name = path.basename(new URL(req.url, 'http://x').pathname) || 'textarea.html';
    const file = path.join(pagesDir, name);
    if (!file.startsWith(pagesDir) || !fs.existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = name.endsWith('.js') ? 'text/javascript' : 'text/html';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
    res.end(fs.readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    port,
    url: (name, host = '127.0.0.1') => `http://${host}:${port}/${name}`,
    close: () => new Promise((r) => server.close(r)),
  };
}

/** The test copy of the extension. */
export function buildExtension(dir) {
  const out = path.join(dir, 'extension');
  makePackage({ out, matches: ['http://127.0.0.1/*', 'http://localhost/*'], testMetrics: true });
  return out;
}

/** A copy of the shipped rules/default.policy (so the tests see what an
 *  employee sees), with its data paths made absolute and `edit(text)`
 *  applied. Returns the path, or null when no edit is wanted (the installer
 *  then installs the default policy itself). */
export function writePolicy(dir, edit) {
  if (!edit) return null;
  let text = fs.readFileSync(path.join(REPO, 'rules', 'default.policy'), 'utf8');
  text = text.replace(/"data\//g, `"${path.join(REPO, 'rules', 'data')}/`);
  text = edit(text);
  const p = path.join(dir, 'test.policy');
  fs.writeFileSync(p, text);
  return p;
}

/** A policyEdit for setup(): the shipped policy with "localhost" added to
 *  the unapproved AI sites (unapproved_action is BLOCK there). The pages
 *  are the same; 127.0.0.1 stays approved. Throws if the policy does not
 *  list the first of installer/product.json's unapproved_hosts. */
export function unapprovedLocalhost(text) {
  const first = `unapproved_hosts: "${PRODUCT.unapproved_hosts[0]}"`;
  const out = text.replace(first, `unapproved_hosts: "localhost"\n  ${first}`);
  if (out === text) throw new Error(`default.policy has no ${first} (installer/product.json)`);
  return out;
}

/**
 * Registers the host for the test profile with the real installer:
 *   install.sh --root <root> --no-system-manifests --user-data-dir <profile>
 *              --binary <bin> --audit-log <log> [--policy-path <policy>]
 * Returns { root, auditLog, manifestPath, hostPath }.
 * `bin: null` registers a path that does not exist (host missing).
 */
export function installHost({ dir, profile, bin = HOST_BIN, policy = null, missing = false }) {
  if (!fs.existsSync(bin)) throw new Error(`host binary ${bin} not found: build it or set PRIVACY_GUARD_BIN`);
  const root = path.join(dir, 'root');
  const auditLog = path.join(dir, 'audit.log');
  const args = ['--root', root, '--no-system-manifests', '--user-data-dir', profile,
    '--binary', bin, '--audit-log', auditLog, '--no-check'];
  if (policy) args.push('--policy-path', policy);
  execFileSync(INSTALLER, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const manifestPath = path.join(profile, 'NativeMessagingHosts', `${HOST_NAME}.json`);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  if (missing) {
    // Host missing: the registration stays, the executable is gone.
    fs.rmSync(manifest.path, { force: true });
  }
  return { root, auditLog, manifestPath, hostPath: manifest.path, manifest };
}

/** Polls the audit log until `pred(records)` holds (or `timeout` ms). */
export async function waitAudit(file, pred, timeout = 5000) {
  const end = Date.now() + timeout;
  for (;;) {
    const recs = readAudit(file);
    if (pred(recs) || Date.now() > end) return recs;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function readAudit(file) {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

export const BROWSER_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-default-browser-check', '--disable-dev-shm-usage',
];

/** Starts Chromium with only the test extension; resolves once its service
 *  worker runs. `headed`: show the window (drops --headless=new; needs a
 *  display), for the demo. */
export async function launch({ profile, extension, locale = 'da-DK', headed = false }) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // '--headless=new' below: the new headless mode runs extensions
    locale,
    viewport: { width: 1000, height: 700 },
    args: [...BROWSER_FLAGS.filter((f) => !headed || f !== '--headless=new'), `--lang=${locale}`,
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
  if (!worker.url().startsWith(`chrome-extension://${EXTENSION_ID}/`)) {
    throw new Error('unexpected service worker ' + worker.url());
  }
  return { context, worker };
}

/** Everything one test file needs; call .close() in after(). */
/** Options: locale; policyEdit(text) → text for a custom policy; missing
 *  (register the host but delete its executable); beforeLaunch(env) runs
 *  after installing, before the browser starts; warm (default: unless
 *  missing) waits (up to a minute) until the host has answered one check, on a page of
 *  "localhost" (so its attach record is not the one guard.test.mjs looks
 *  for on 127.0.0.1), before the tests start: a host that is slow to start
 *  (ASan on a busy machine) is tested on purpose in failmode.test.mjs, not
 *  by chance in every first test. */
export async function setup({ locale = 'da-DK', policyEdit = null, missing = false, bin = HOST_BIN, beforeLaunch = null,
  warm = !missing } = {}) {
  const dir = tempDir('pg-e2e-');
  const profile = path.join(dir, 'profile');
  fs.mkdirSync(profile);
  const extension = buildExtension(dir);
  const policy = writePolicy(dir, policyEdit);
  const host = installHost({ dir, profile, bin, policy, missing });
  const server = await startServer();
  if (beforeLaunch) beforeLaunch({ dir, profile, host });
  const { context, worker } = await launch({ profile, extension, locale });
  if (warm) {
    // The content script retries a failed check for about 20 s; type again
    // if the host is slower than that.
    const page = await openPage(context, server.url('textarea.html', 'localhost'));
    const end = Date.now() + 60000;
    for (let n = 0; ; n++) {
      await page.locator('#userInput').fill(n % 2 ? 'Hej igen' : 'Hej');
      try {
        await waitIndicator(page, /^OK$/, 20000);
        break;
      } catch (e) {
        if (Date.now() > end) throw e;
      }
    }
    await page.close();
  }
  return {
    dir, profile, extension, host, server, context, worker,
    async close() {
      await context.close().catch(() => {});
      await server.close();
      cleanup(dir);
    },
  };
}

// ---- page helpers -----------------------------------------------------------

/** Locator of our UI element with data-pg=name (inside our shadow root). */
export function pg(page, name) {
  return page.locator(`privacy-guard-ui [data-pg="${name}"]`);
}

export async function submitted(page) {
  return page.evaluate(() => window.__submitted.map((s) => s.text));
}

/** Waits until the content script has attached to the composer (the
 *  indicator is shown only after a check; this waits for the attach). */
export async function openPage(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-pg-composer'),
    null, { timeout: 10000 });
  return page;
}

/** Waits until the page has submitted `n` prompts; returns their texts. */
export async function waitSubmitted(page, n, timeout = 5000) {
  await page.waitForFunction((k) => window.__submitted.length >= k, n, { timeout });
  return submitted(page);
}

/** Waits for the indicator to show text matching `re`. */
export async function waitIndicator(page, re, timeout = 5000) {
  await page.waitForFunction((src) => {
    const ui = document.querySelector('privacy-guard-ui');
    const el = ui && ui.shadowRoot.querySelector('[data-pg="indicator"]');
    return !!el && !el.hidden && new RegExp(src).test(el.textContent);
  }, re.source, { timeout });
  return pg(page, 'indicator').textContent();
}

export async function dialogButtons(page) {
  return pg(page, 'dialog').locator('button').allTextContents();
}

/** Our content script's element holding focus (inside the shadow root). */
export async function focused(page) {
  return page.evaluate(() => {
    const ui = document.querySelector('privacy-guard-ui');
    const a = document.activeElement === ui ? ui.shadowRoot.activeElement : document.activeElement;
    return a ? (a.getAttribute('data-action') || a.getAttribute('data-pg') || a.id || a.tagName) : null;
  });
}

/** PIDs of the host processes started from `dir` (the test's temp root). */
export function hostPids(dir) {
  const pids = [];
  for (const p of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(p)) continue;
    try {
      const argv = fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0');
      if (argv.some((a) => a.startsWith(dir) && a.includes('privacy-guard'))) pids.push(Number(p));
    } catch (_) { /* gone */ }
  }
  return pids;
}

/** Kills, by pid, the host processes this test's browser started. */
export function killHost(dir) {
  const pids = hostPids(dir);
  for (const pid of pids) {
    try { process.kill(pid, 'SIGKILL'); } catch (_) { /* already gone */ }
  }
  return pids;
}

export const SCREENSHOTS = path.join(E2E_DIR, 'screenshots');
// Figures go to tests/e2e/results (committed) unless PG_E2E_RESULTS says
// otherwise (CTest points it into the build tree).
export const RESULTS = process.env.PG_E2E_RESULTS || path.join(E2E_DIR, 'results');

/** Saves a PNG for the README (only with PG_E2E_SCREENSHOTS=1, so that a test
 *  run does not rewrite committed files). */
export async function screenshot(page, name, clip) {
  if (!process.env.PG_E2E_SCREENSHOTS) return;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name), clip, animations: 'disabled' });
}

// ---- the restore view (closed shadow root) -----------------------------------

/** Reads our closed-shadow-root restore view as the browser (DevTools
 *  protocol, DOM.getDocument with pierce), which page scripts cannot do.
 *  Returns null when it is not open, else {title, text, buttons: [{action,
 *  label, nodeId}], status, textNodeId, cdp}; call .cdp.detach() when done. */
export async function readRestoreView(page) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const attrs = (n) => {
    const o = {};
    for (let i = 0; i + 1 < (n.attributes || []).length; i += 2) o[n.attributes[i]] = n.attributes[i + 1];
    return o;
  };
  const kids = (n) => [...(n.shadowRoots || []), ...(n.children || [])];
  const find = (n, pred) => {
    if (pred(n)) return n;
    for (const c of kids(n)) {
      const f = find(c, pred);
      if (f) return f;
    }
    return null;
  };
  const all = (n, pred, out = []) => {
    if (pred(n)) out.push(n);
    for (const c of kids(n)) all(c, pred, out);
    return out;
  };
  const textOf = (n) => all(n, (x) => x.nodeType === 3).map((x) => x.nodeValue).join('');
  const host = find(root, (n) => n.nodeName === 'PRIVACY-GUARD-RESTORE');
  const panel = host && find(host, (n) => attrs(n)['data-pg'] === 'restore');
  if (!panel) {
    await cdp.detach();
    return null;
  }
  const textBox = find(panel, (n) => attrs(n)['data-pg'] === 'restore-text');
  return {
    cdp,
    hostOpen: 'data-open' in attrs(host),
    title: textOf(find(panel, (n) => n.nodeName === 'H2')),
    text: all(textBox, (n) => n.nodeName === 'SPAN').map((n) => attrs(n)['data-t']).join(''),
    restored: all(textBox, (n) => n.nodeName === 'SPAN' && attrs(n).class === 'value').map((n) => attrs(n)['data-t']),
    textNodesInView: all(panel, (n) => n.nodeType === 3).map((n) => n.nodeValue),
    status: textOf(find(panel, (n) => attrs(n)['data-pg'] === 'restore-status')),
    buttons: all(panel, (n) => n.nodeName === 'BUTTON').map((n) => ({ action: attrs(n)['data-action'], label: textOf(n), nodeId: n.nodeId })),
    textNodeId: textBox.nodeId,
  };
}

/** The centre of a node found by readRestoreView (page coordinates). */
export async function nodeCentre(cdp, nodeId) {
  const { model } = await cdp.send('DOM.getBoxModel', { nodeId });
  const q = model.border;
  return { x: (q[0] + q[2] + q[4] + q[6]) / 4, y: (q[1] + q[3] + q[5] + q[7]) / 4, width: model.width, height: model.height };
}

/** What the page's own scripts saw and can read (pages/copilot-sim.js). */
export async function pageView(page) {
  return page.evaluate(() => {
    const i = window.__spy.mutations.lastIndexOf('\u0000sent');
    return {
      readable: window.__pageCanRead(),
      mutationsSinceSent: window.__spy.mutations.slice(i + 1).join('\n'),
      selections: window.__spy.selections.join('\n'),
      copies: window.__spy.copies.join('\n'),
      shadowRootOfView: (() => {
        const el = document.querySelector('privacy-guard-restore');
        return el ? String(el.shadowRoot) : 'no view element';
      })(),
      patchedRootsHoldView: window.__spy.shadowRoots.some((r) => r.host && r.host.localName === 'privacy-guard-restore'),
    };
  });
}
