#!/usr/bin/env node
// make-package.mjs: copy the extension into a folder ready to load or zip,
// optionally with more pages in the content script's matches.
//
// Why: the extension has no "scripting" permission (see README, "Extra
// hosts"), so a content script runs only on the pages named in the
// manifest. An organisation with its own Copilot host builds its package:
//
//   node extension/tools/make-package.mjs --out dist/privacy-guard \
//        --host copilot.example.dk [--host …]
//
// The e2e tests use the same code to add http://127.0.0.1/* and
// http://localhost/* (--match) and the test-only metrics switch
// (--test-metrics); the shipped manifest has neither.
//
// The copy leaves out tools/ and README.md; the manifest "key" stays, so the
// extension id (installer/product.json) is the same.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const SOURCE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXCLUDE = new Set(['tools', 'README.md', 'node_modules']);
const HOST_RE = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const MATCH_RE = /^(https?|\*):\/\/(\*|(\*\.)?[a-z0-9.-]+)(:\d+)?\/.*$/;

/** Builds the package. Returns the manifest written. */
export function makePackage({ out, hosts = [], matches = [], testMetrics = false, src = SOURCE_DIR }) {
  if (!out) throw new Error('--out is required');
  const extra = [];
  for (const h of hosts) {
    const host = String(h).trim().toLowerCase();
    if (!HOST_RE.test(host)) throw new Error('not a host name: ' + h);
    extra.push(`https://${host}/*`);
  }
  for (const m of matches) {
    if (!MATCH_RE.test(m)) throw new Error('not a match pattern: ' + m);
    extra.push(m);
  }
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  for (const name of fs.readdirSync(src)) {
    if (EXCLUDE.has(name)) continue;
    fs.cpSync(path.join(src, name), path.join(out, name), { recursive: true });
  }
  const manifestPath = path.join(out, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  for (const cs of manifest.content_scripts) {
    cs.matches = [...new Set([...cs.matches, ...extra])];
    if (testMetrics) cs.js = ['test-metrics.js', ...cs.js];
  }
  if (testMetrics) {
    fs.writeFileSync(path.join(out, 'test-metrics.js'),
      '// Test package only: content/main.js records timings as data-pg-* attributes.\n' +
      'globalThis.PG_TEST_METRICS = true;\n');
  }
  fs.writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

function parseArgs(argv) {
  const o = { hosts: [], matches: [], testMetrics: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') o.out = argv[++i];
    else if (a === '--host') o.hosts.push(argv[++i]);
    else if (a === '--match') o.matches.push(argv[++i]);
    else if (a === '--test-metrics') o.testMetrics = true;
    else if (a === '--help' || a === '-h') o.help = true;
    else throw new Error('unknown argument: ' + a);
  }
  return o;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const o = parseArgs(process.argv.slice(2));
    if (o.help || !o.out) {
      process.stdout.write('usage: make-package.mjs --out DIR [--host HOST]… [--match PATTERN]… [--test-metrics]\n');
      process.exit(o.help ? 0 : 2);
    }
    const m = makePackage(o);
    process.stdout.write(`wrote ${o.out} (matches: ${m.content_scripts[0].matches.join(' ')})\n`);
  } catch (e) {
    process.stderr.write('make-package: ' + e.message + '\n');
    process.exit(2);
  }
}
