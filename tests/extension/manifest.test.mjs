// Static checks of the shipped extension: permissions, id, matches, schema,
// no remote code, and the privacy rules (no storage, no network, no logging
// of text).
import test from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { EXT, PRODUCT } from './load.mjs';

const manifest = JSON.parse(fs.readFileSync(path.join(EXT, 'manifest.json'), 'utf8'));
const sources = () => {
  const out = [];
  const walk = (d) => {
    for (const n of fs.readdirSync(d)) {
      const p = path.join(d, n);
      if (fs.statSync(p).isDirectory()) { if (n !== 'tools') walk(p); } else if (n.endsWith('.js')) out.push(p);
    }
  };
  walk(EXT);
  return out;
};

/** Chromium's extension id: SHA-256 of the DER public key, first 32 hex
 *  digits written with the letters a–p. */
function extensionId(keyB64) {
  const hex = crypto.createHash('sha256').update(Buffer.from(keyB64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

test('manifest "key" gives the fixed extension id (installer/product.json)', () => {
  assert.equal(extensionId(manifest.key), PRODUCT.extension.id);
});

test('MV3, module service worker, permissions only nativeMessaging and storage', () => {
  assert.equal(manifest.manifest_version, 3);
  assert.deepEqual(manifest.background, { service_worker: 'background.js', type: 'module' });
  assert.deepEqual([...manifest.permissions].sort(), ['nativeMessaging', 'storage']);
  assert.equal(manifest.optional_permissions, undefined);
  assert.equal(manifest.host_permissions, undefined, 'content_scripts matches are the only host access');
  assert.equal(manifest.externally_connectable, undefined);
  assert.equal(manifest.web_accessible_resources, undefined);
  assert.equal(manifest.content_security_policy, undefined, 'default CSP: no remote code, no eval');
});

test('content script: Copilot hosts and the unapproved AI sites, no localhost', () => {
  const [cs] = manifest.content_scripts;
  assert.equal(manifest.content_scripts.length, 1);
  for (const h of [...PRODUCT.approved_hosts, ...PRODUCT.unapproved_hosts]) {
    assert.ok(cs.matches.includes(`https://${h}/*`), h);
  }
  assert.ok(!cs.matches.some((m) => /localhost|127\.0\.0\.1|<all_urls>|\*:\/\/\*\//.test(m)), 'no test or wildcard hosts');
  assert.equal(cs.run_at, 'document_start', 'capture listeners must be in place before the page\'s');
  for (const f of cs.js) assert.ok(fs.existsSync(path.join(EXT, f)), f);
  assert.equal(cs.js.at(-1), 'content/main.js');
  assert.ok(fs.existsSync(path.join(EXT, manifest.background.service_worker)));
});

test('managed schema: object at the top, no additionalProperties there, documented keys', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(EXT, manifest.storage.managed_schema), 'utf8'));
  assert.equal(schema.type, 'object');
  assert.equal(schema.additionalProperties, undefined);
  assert.deepEqual(Object.keys(schema.properties).sort(),
    ['extraHosts', 'failMode', 'guidelineUrl', 'restoreAnswers', 'selectors', 'unapprovedHosts']);
  assert.equal(schema.properties.restoreAnswers.type, 'boolean');
  assert.deepEqual(schema.properties.failMode.enum, ['closed', 'open']);
  assert.deepEqual(Object.keys(schema.properties.selectors.properties).sort(), ['answer', 'composer', 'newChat', 'sendButton']);
  for (const [k, v] of Object.entries(schema.properties)) assert.ok(v.description && v.title, k);
});

test('locales: name and description exist in English and Danish', () => {
  for (const l of ['en', 'da']) {
    const m = JSON.parse(fs.readFileSync(path.join(EXT, '_locales', l, 'messages.json'), 'utf8'));
    assert.ok(m.extName.message && m.extDescription.message, l);
  }
});

test('no remote code, no network, no storage of text', () => {
  const forbidden = [
    [/\beval\s*\(/, 'eval'], [/new\s+Function\s*\(/, 'new Function'], [/importScripts\s*\(/, 'importScripts'],
    [/\bfetch\s*\(/, 'fetch'], [/XMLHttpRequest/, 'XMLHttpRequest'], [/WebSocket/, 'WebSocket'], [/sendBeacon/, 'sendBeacon'],
    [/storage\.(local|sync|session)/, 'storage.local/sync/session'], [/localStorage|sessionStorage|indexedDB/, 'web storage'],
    [/\.innerHTML\s*=/, 'innerHTML'], [/import\s*\(\s*['"`]https?:/, 'remote import'],
  ];
  for (const file of sources()) {
    const code = fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    for (const [re, what] of forbidden) assert.ok(!re.test(code), `${path.relative(EXT, file)} uses ${what}`);
  }
});

test('restore view: a closed shadow root, the values only as generated content', () => {
  const code = fs.readFileSync(path.join(EXT, 'content', 'restore-view.js'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  assert.match(code, /attachShadow\(\{ mode: 'closed' \}\)/);
  assert.ok(!/mode: 'open'/.test(code));
  assert.match(code, /content: attr\(data-t\)/);
  assert.match(code, /user-select: none/);
  assert.ok(!/createTextNode\(s\.text\)|textContent = s\.text/.test(code), 'segments are never text nodes');
});

test('no logging except host names in the background', () => {
  for (const file of sources()) {
    const code = fs.readFileSync(file, 'utf8');
    const calls = code.match(/console\.\w+\([^;]*/g) || [];
    for (const c of calls) {
      assert.ok(path.basename(file) === 'background.js' && /extraHosts not covered/.test(c) && !/text/.test(c.replace('extraHosts not covered', '')),
        `${path.relative(EXT, file)}: ${c}`);
    }
  }
});
