// The guard on the two Copilot composer forms, in Danish, against the real
// host with the shipped default policy (CPR → block, e-mail → warn).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as H from './lib/harness.mjs';
import { CLEAN, CPR_TEXT, CPR_DIGITS, EMAIL, WARN_TEXT, letterWithCpr } from './lib/texts.mjs';

let env;
before(async () => { env = await H.setup({ locale: 'da-DK' }); });
after(async () => { await env?.close(); });

const noDialog = async (page) => assert.equal(await H.pg(page, 'dialog').count(), 0, 'no dialog');
const settle = (page) => page.waitForTimeout(400);
const auditNow = () => H.readAudit(env.host.auditLog);
const rawAudit = () => JSON.stringify(auditNow());

describe('textarea composer (copilot.microsoft.com imitation)', () => {
  test('the content script attaches and the host records it', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html'));
    const isAttach = (e) => e.event === 'attach' && e.site === '127.0.0.1' && e.composer === 'textarea';
    const recs = await H.waitAudit(env.host.auditLog, (r) => r.some(isAttach));
    assert.ok(recs.some(isAttach), 'attach {site, composer} in the audit log: ' + JSON.stringify(recs));
    await page.close();
  });

  test('clean prompt + Enter: the indicator says OK and the page submits it unchanged', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html'));
    await page.locator('#userInput').click();
    await page.keyboard.type(CLEAN);
    assert.equal(await H.waitIndicator(page, /^OK$/), 'OK');
    await page.keyboard.press('Enter');
    assert.deepEqual(await H.waitSubmitted(page, 1), [CLEAN]);
    await noDialog(page);
    await page.close();
  });

  test('clean prompt + send button click submits', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html'));
    await page.locator('#userInput').fill(CLEAN);
    await page.locator('[data-testid="submit-button"]').click();
    assert.deepEqual(await H.waitSubmitted(page, 1), [CLEAN]);
    await page.close();
  });

  test('Shift+Enter is a line break: no check, no submit', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html'));
    await page.locator('#userInput').click();
    await page.keyboard.type('linje et');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('linje to');
    await settle(page);
    assert.equal(await page.locator('#userInput').inputValue(), 'linje et\nlinje to');
    assert.deepEqual(await H.submitted(page), []);
    await page.close();
  });

  test('CPR number: indicator counts it, the span is outlined, Enter shows the block dialog and nothing is sent', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html'));
    await page.locator('#userInput').click();
    await page.keyboard.type(CPR_TEXT);
    assert.match(await H.waitIndicator(page, /CPR-nummer/), /^1 fund: CPR-nummer$/);
    assert.equal(await H.pg(page, 'indicator').getAttribute('data-tone'), 'block');

    // The outline lies over the CPR number inside the textarea.
    const mark = H.pg(page, 'mark').first();
    await mark.waitFor();
    const box = await mark.boundingBox();
    const ta = await page.locator('#userInput').boundingBox();
    assert.ok(box.x >= ta.x && box.x + box.width <= ta.x + ta.width + 1, 'outline within the textarea');
    assert.ok(box.y >= ta.y && box.y + box.height <= ta.y + ta.height + 1);
    assert.ok(box.width > 40, 'outline as wide as the number');
    await H.screenshot(page, 'indicator-da.png', { x: ta.x - 20, y: ta.y - 40, width: ta.width + 100, height: ta.height + 60 });

    await page.keyboard.press('Enter');
    const dialog = H.pg(page, 'dialog');
    await dialog.waitFor();
    assert.equal(await dialog.getAttribute('data-kind'), 'block');
    assert.equal(await dialog.getAttribute('role'), 'dialog');
    assert.equal(await dialog.getAttribute('aria-modal'), 'true');
    assert.equal(await dialog.locator('h2').textContent(), 'Din tekst indeholder personoplysninger');
    const labelled = await dialog.getAttribute('aria-labelledby');
    assert.equal(await dialog.locator('h2').getAttribute('id'), labelled);
    assert.deepEqual(await H.dialogButtons(page), ['Ret automatisk', 'Redigér selv'], 'block: no "Send alligevel"');
    const body = await dialog.textContent();
    assert.match(body, /CPR-nummer/);
    assert.ok(!body.includes(CPR_DIGITS.slice(6)) || !body.includes('070761-4285'), 'the value is masked');
    assert.ok(!body.includes('070761-4285'));
    const link = dialog.locator('[data-pg="guideline"]');
    assert.match(await link.getAttribute('href'), /^https:\/\//);
    await H.screenshot(page, 'dialog-block-da.png');
    await settle(page);
    assert.deepEqual(await H.submitted(page), [], 'not submitted');
    assert.equal(await page.locator('#userInput').inputValue(), CPR_TEXT, 'text left as it was');
    await page.close();
  });

  test('dialog keyboard: focus starts on "Redigér selv", Tab stays inside, Esc = Redigér selv', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html'));
    await page.locator('#userInput').fill(CPR_TEXT);
    await page.keyboard.press('Enter');
    await H.pg(page, 'dialog').waitFor();
    assert.equal(await H.focused(page), 'edit');
    const seen = new Set();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      seen.add(await H.focused(page));
    }
    assert.deepEqual([...seen].sort(), ['edit', 'fix', 'guideline'], 'focus cycles within the dialog only');
    await page.keyboard.press('Shift+Tab');
    assert.ok(['edit', 'fix', 'guideline'].includes(await H.focused(page)));
    await page.keyboard.press('Escape');
    await H.pg(page, 'dialog').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement.id), 'userInput', 'focus back in the composer');
    await H.pg(page, 'mark').first().waitFor(); // findings outlined
    assert.deepEqual(await H.submitted(page), []);
    await page.close();
  });

  test('block cannot be bypassed: Enter, send button, Ctrl+Enter, Cmd+Enter, Enter again', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html'));
    const before = auditNow().filter((e) => e.event === 'submit').length;
    await page.locator('#userInput').fill(CPR_TEXT);
    const dialog = H.pg(page, 'dialog');
    const attempts = [
      () => page.keyboard.press('Enter'),
      () => page.locator('[data-testid="submit-button"]').click(),
      () => page.keyboard.press('Control+Enter'),
      () => page.keyboard.press('Meta+Enter'),
      () => page.keyboard.press('Enter'),
    ];
    for (const attempt of attempts) {
      await page.locator('#userInput').focus();
      await attempt();
      await dialog.waitFor();
      assert.deepEqual(await H.dialogButtons(page), ['Ret automatisk', 'Redigér selv']);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
    await settle(page);
    assert.deepEqual(await H.submitted(page), [], 'never submitted');
    const submits = auditNow().filter((e) => e.event === 'submit').slice(before);
    assert.ok(submits.length >= attempts.length, 'each attempt was a fresh submit check');
    assert.ok(submits.every((e) => e.decision === 'block'));
    assert.ok(!rawAudit().includes(CPR_DIGITS.slice(0, 6)), 'the audit log holds no CPR digits');
    await page.close();
  });

  test('Ret automatisk: only the redacted text is submitted', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html'));
    await page.locator('#userInput').fill(CPR_TEXT);
    await page.keyboard.press('Enter');
    await H.pg(page, 'dialog').waitFor();
    await H.pg(page, 'dialog').locator('button', { hasText: 'Ret automatisk' }).click();
    const [sent] = await H.waitSubmitted(page, 1);
    assert.ok(!/\d{4}/.test(sent), 'no CPR digits in what was submitted: ' + sent);
    assert.ok(!sent.includes(CPR_DIGITS.slice(0, 6)));
    assert.match(sent, /^Mit CPR-nummer er \[.+\], kan du hjælpe mig med ansøgningen\?$/);
    assert.equal(await H.pg(page, 'dialog').count(), 0);
    assert.ok(auditNow().some((e) => e.event === 'fix'), 'audited as fix');
    await page.close();
  });

  test('Send alligevel on a warning: submits the text and the host writes an ack (without the text)', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html'));
    const acksBefore = auditNow().filter((e) => e.event === 'ack').length;
    await page.locator('#userInput').fill(WARN_TEXT);
    await page.keyboard.press('Enter');
    const dialog = H.pg(page, 'dialog');
    await dialog.waitFor();
    assert.equal(await dialog.getAttribute('data-kind'), 'warn');
    assert.deepEqual(await H.dialogButtons(page), ['Ret automatisk', 'Redigér selv', 'Send alligevel']);
    await H.screenshot(page, 'dialog-warn-da.png');
    await dialog.locator('button', { hasText: 'Send alligevel' }).click();
    assert.deepEqual(await H.waitSubmitted(page, 1), [WARN_TEXT]);
    await page.waitForTimeout(200);
    const acks = auditNow().filter((e) => e.event === 'ack');
    assert.equal(acks.length, acksBefore + 1, 'one ack record');
    const raw = rawAudit();
    assert.ok(!raw.includes(EMAIL) && !raw.includes('jens.hansen'), 'no text in the audit log');
    await page.close();
  });

  test('paste of a 20 KB letter is checked at once', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html'));
    await env.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url('').slice(0, -1) });
    const letter = letterWithCpr(20 * 1024);
    assert.ok(Buffer.byteLength(letter) >= 20 * 1024);
    await page.evaluate((t) => navigator.clipboard.writeText(t), letter);
    await page.locator('#userInput').focus();
    const t0 = Date.now();
    await page.keyboard.press('Control+V');
    assert.match(await H.waitIndicator(page, /CPR-nummer/), /CPR-nummer/);
    const ms = Date.now() - t0;
    assert.equal((await page.locator('#userInput').inputValue()).length, letter.length);
    // Immediate: no 150 ms typing pause first (generous bound for a loaded CI machine).
    const startedAfter = await page.evaluate(() =>
      Number(document.documentElement.getAttribute('data-pg-check-start')) - window.__lastInput);
    assert.ok(startedAfter < 100, `check started ${startedAfter} ms after the paste (no debounce)`);
    assert.ok(ms < 3000, `indicator after ${ms} ms`);
    await page.close();
  });
});

describe('Lexical-style editor (M365 Copilot Chat imitation)', () => {
  test('clean prompt + Enter submits', async () => {
    const page = await H.openPage(env.context, env.server.url('lexical.html'));
    await page.locator('#m365-chat-editor-target-element').click();
    await page.keyboard.type(CLEAN);
    await H.waitIndicator(page, /^OK$/);
    await page.keyboard.press('Enter');
    assert.deepEqual(await H.waitSubmitted(page, 1), [CLEAN]);
    await page.close();
  });

  test('CPR number: Enter and the send button are stopped; the span is outlined', async () => {
    const page = await H.openPage(env.context, env.server.url('lexical.html'));
    await page.locator('#m365-chat-editor-target-element').click();
    await page.keyboard.type(CPR_TEXT);
    await H.waitIndicator(page, /CPR-nummer/);
    const mark = await H.pg(page, 'mark').first().boundingBox();
    const ed = await page.locator('#m365-chat-editor-target-element').boundingBox();
    assert.ok(mark.y >= ed.y - 1 && mark.y < ed.y + ed.height, 'outline on the editor line');
    await H.screenshot(page, 'indicator-lexical-da.png', { x: ed.x - 20, y: ed.y - 40, width: ed.width + 120, height: ed.height + 60 });
    await page.keyboard.press('Enter');
    await H.pg(page, 'dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.fai-SendButton').click();
    await H.pg(page, 'dialog').waitFor();
    await page.keyboard.press('Escape');
    await settle(page);
    assert.deepEqual(await H.submitted(page), []);
    await page.close();
  });

  test('Ret automatisk writes through the editor (one beforeinput, no duplicate) and submits the redacted text', async () => {
    const page = await H.openPage(env.context, env.server.url('lexical.html'));
    await page.locator('#m365-chat-editor-target-element').click();
    await page.keyboard.type(CPR_TEXT);
    const typed = await page.evaluate(() => window.__beforeinputHandled);
    await page.keyboard.press('Enter');
    await H.pg(page, 'dialog').locator('button', { hasText: 'Ret automatisk' }).click();
    const [sent] = await H.waitSubmitted(page, 1);
    assert.ok(!sent.includes(CPR_DIGITS.slice(0, 6)) && !/\d{4}/.test(sent), sent);
    assert.equal(sent.split('Mit CPR-nummer er').length, 2, 'the text appears once');
    assert.equal(await page.evaluate(() => window.__beforeinputHandled), typed + 1, 'written with a single beforeinput');
    await page.close();
  });
});

describe('other page shapes', () => {
  test('composer in a form: submit event is intercepted; clean text goes through requestSubmit', async () => {
    const page = await H.openPage(env.context, env.server.url('form.html'));
    await page.locator('#prompt').fill(CPR_TEXT);
    await page.locator('#go').click();
    await H.pg(page, 'dialog').waitFor();
    await page.keyboard.press('Escape');
    await settle(page);
    assert.deepEqual(await H.submitted(page), []);
    await page.locator('#prompt').fill(CLEAN);
    await page.locator('#go').click();
    assert.deepEqual(await H.waitSubmitted(page, 1), [CLEAN]);
    await page.close();
  });

  test('composer added late inside an open shadow root, then replaced by the page', async () => {
    const page = await H.openPage(env.context, env.server.url('shadow.html'));
    const ta = page.locator('#app textarea');
    await ta.fill(CPR_TEXT);
    await ta.press('Enter');
    await H.pg(page, 'dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.evaluate(() => window.__remount());
    await ta.fill(CPR_TEXT);
    await ta.press('Enter');
    await H.pg(page, 'dialog').waitFor();
    await page.keyboard.press('Escape');
    await ta.fill(CLEAN);
    await ta.press('Enter');
    assert.deepEqual(await H.waitSubmitted(page, 1), [CLEAN]);
    await page.close();
  });

  test('Enter while an IME composition is open is left to the page', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html'));
    await page.locator('#userInput').fill(CPR_TEXT);
    // The composing Enter confirms a word; the page itself must not send on
    // it, and the guard must not steal it: the page's handler sees it.
    const seen = await page.evaluate(() => {
      let got = false;
      const ta = document.getElementById('userInput');
      ta.addEventListener('keydown', (e) => { if (e.isComposing) { got = true; e.stopImmediatePropagation(); } }, { capture: true, once: true });
      ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true }));
      return got;
    });
    assert.equal(seen, true);
    await settle(page);
    await noDialog(page);
    await page.close();
  });
});
