// Managed policy reaches the extension: Chromium reads
// /etc/chromium/policies/managed/*.json; the test writes one file there
// (needs root) and removes it afterwards.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as H from './lib/harness.mjs';
import { CLEAN, CPR_TEXT } from './lib/texts.mjs';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'privacy-guard-e2e-test.json');
const MANAGED = {
  failMode: 'open',
  guidelineUrl: 'https://intra.example.dk/ai-managed',
  unapprovedHosts: ['localhost'],
  selectors: { composer: ['#custom-box'], sendButton: ['#custom-send'] },
  restoreAnswers: false,
};

function canWrite() {
  try {
    fs.mkdirSync(POLICY_DIR, { recursive: true });
    fs.accessSync(POLICY_DIR, fs.constants.W_OK);
    return !fs.existsSync(POLICY_FILE);
  } catch (_) {
    return false;
  }
}

describe('managed policy (chrome.storage.managed)', { skip: canWrite() ? false : `cannot write ${POLICY_FILE} (run as root)` }, () => {
  let env;
  before(async () => {
    fs.writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [H.EXTENSION_ID]: MANAGED } } }, null, 2));
    env = await H.setup();
  });
  after(async () => {
    fs.rmSync(POLICY_FILE, { force: true });
    await env?.close();
  });

  test('the values arrive in chrome.storage.managed', async () => {
    const got = await env.worker.evaluate(() => new Promise((r) => chrome.storage.managed.get(null, r)));
    assert.deepEqual(got, MANAGED);
  });

  test('guidelineUrl: the dialog links to the managed guideline, not the host policy\'s', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html'));
    await page.locator('#userInput').fill(CPR_TEXT);
    await page.keyboard.press('Enter');
    await H.pg(page, 'dialog').waitFor();
    assert.equal(await H.pg(page, 'guideline').getAttribute('href'), MANAGED.guidelineUrl);
    await page.close();
  });

  test('unapprovedHosts: the notice shows on localhost', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html', 'localhost'));
    await H.pg(page, 'banner').waitFor();
    assert.match(await H.pg(page, 'banner').textContent(), /ikke godkendt/);
    await page.close();
  });

  test('selectors.sendButton: a send control the built-in list does not know is guarded', async () => {
    const page = await H.openPage(env.context, env.server.url('custom.html'));
    await page.locator('#custom-box').fill(CPR_TEXT);
    await page.locator('#custom-send').click();
    await H.pg(page, 'dialog').waitFor();
    await page.keyboard.press('Escape');
    assert.deepEqual(await H.submitted(page), []);
    await page.locator('#custom-box').fill(CLEAN);
    await page.locator('#custom-send').click();
    assert.deepEqual(await H.waitSubmitted(page, 1), [CLEAN]);
    await page.close();
  });

  test('restoreAnswers false: "Ret automatisk" still numbers the placeholders, but no answer gets the control', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html'));
    const n = await page.evaluate(() => window.__answersDone || 0);
    await page.locator('#userInput').fill(`Skriv til Karen Margrethe Qvistgaard-Ulriksen om ${CPR_TEXT}`);
    await page.keyboard.press('Enter');
    const dialog = H.pg(page, 'dialog');
    await dialog.waitFor();
    assert.ok(!/rigtige oplysninger/.test(await dialog.textContent()), 'no restore hint in the dialog');
    await dialog.locator('button', { hasText: 'Ret automatisk' }).click();
    const [sent] = await H.waitSubmitted(page, 1);
    assert.match(sent, /^Skriv til \[NAVN 1\] om Mit CPR-nummer er \[CPR-NUMMER 1\]/);
    await page.waitForFunction((k) => (window.__answersDone || 0) > k, n);
    assert.match(await page.locator('.answer').last().innerText(), /\[NAVN 1\]/);
    await page.waitForTimeout(700); // answers are scanned at most every 250 ms
    assert.equal(await H.pg(page, 'restore-control').count(), 0);
    assert.equal(await page.locator('privacy-guard-restore').count(), 0);
    await page.close();
  });

  test('failMode open: with the host gone, the text is sent and a notice says so', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html'));
    fs.rmSync(env.host.hostPath); // uninstalled …
    H.killHost(env.dir); // … and the running one ended
    await page.waitForTimeout(300);
    await page.locator('#userInput').fill(CLEAN);
    await page.keyboard.press('Enter');
    assert.deepEqual(await H.waitSubmitted(page, 1), [CLEAN]);
    const toast = H.pg(page, 'toast');
    await toast.waitFor();
    assert.match(await toast.textContent(), /sendt uden kontrol/);
    await H.screenshot(page, 'failopen-da.png');
    await page.close();
  });
});
