import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { EXT } from './load.mjs';
import { makePackage } from '../../extension/tools/make-package.mjs';

test('a custom package adds hosts, keeps the key and leaves out tools/', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-pkg-'));
  try {
    const m = makePackage({ out, hosts: ['copilot.example.dk'] });
    const orig = JSON.parse(fs.readFileSync(path.join(EXT, 'manifest.json'), 'utf8'));
    assert.equal(m.key, orig.key);
    assert.deepEqual(m.permissions, orig.permissions);
    assert.ok(m.content_scripts[0].matches.includes('https://copilot.example.dk/*'));
    assert.ok(!fs.existsSync(path.join(out, 'tools')));
    assert.ok(!fs.existsSync(path.join(out, 'test-metrics.js')));
    assert.ok(fs.existsSync(path.join(out, 'content', 'main.js')));
    const onDisk = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    assert.deepEqual(onDisk, m);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

test('the test package: localhost matches and the metrics switch first', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-pkg-'));
  try {
    const m = makePackage({ out, matches: ['http://127.0.0.1/*'], testMetrics: true });
    assert.ok(m.content_scripts[0].matches.includes('http://127.0.0.1/*'));
    assert.equal(m.content_scripts[0].js[0], 'test-metrics.js');
    assert.ok(fs.existsSync(path.join(out, 'test-metrics.js')));
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

test('bad hosts and patterns are refused; the CLI exits 2', () => {
  assert.throws(() => makePackage({ out: '/tmp/pg-never', hosts: ['https://x.dk/'] }), /not a host name/);
  assert.throws(() => makePackage({ out: '/tmp/pg-never', matches: ['<all_urls>'] }), /not a match pattern/);
  const script = path.join(EXT, 'tools', 'make-package.mjs');
  assert.throws(() => execFileSync(process.execPath, [script, '--bogus'], { stdio: 'pipe' }), (e) => e.status === 2);
});
