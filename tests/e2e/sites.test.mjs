// Unapproved AI sites (from the host policy) and the English dialog.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as H from './lib/harness.mjs';
import { CPR_TEXT, WARN_TEXT } from './lib/texts.mjs';

describe('unapproved AI site (Danish)', () => {
  let env;
  before(async () => { env = await H.setup({ policyEdit: H.unapprovedLocalhost }); });
  after(async () => { await env?.close(); });

  test('a short Danish notice points to the approved tool', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html', 'localhost'));
    const banner = H.pg(page, 'banner');
    await banner.waitFor();
    assert.match(await banner.textContent(), /ikke godkendt/);
    assert.equal(await banner.getAttribute('lang'), 'da');
    assert.equal(await banner.locator('a').getAttribute('href'), H.PRODUCT.approved_tool_url);
    await H.screenshot(page, 'unapproved-da.png', { x: 0, y: 0, width: 1000, height: 120 });
    await banner.locator('button').click();
    await banner.waitFor({ state: 'hidden' });
    await page.close();
  });

  test('checks apply with the policy\'s action for unapproved sites: a warning becomes a block', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html', 'localhost'));
    await page.locator('#userInput').fill(WARN_TEXT);
    await page.keyboard.press('Enter');
    await H.pg(page, 'dialog').waitFor();
    assert.equal(await H.pg(page, 'dialog').getAttribute('data-kind'), 'block');
    assert.deepEqual(await H.dialogButtons(page), ['Ret automatisk', 'Redigér selv']);
    await page.keyboard.press('Escape');
    assert.deepEqual(await H.submitted(page), []);
    await page.close();
    // The same text on the approved site is only a warning.
    const ok = await H.openPage(env.context, env.server.url('textarea.html'));
    assert.equal(await H.pg(ok, 'banner').count(), 0, 'no notice on an approved site');
    await ok.locator('#userInput').fill(WARN_TEXT);
    await ok.keyboard.press('Enter');
    await H.pg(ok, 'dialog').waitFor();
    assert.equal(await H.pg(ok, 'dialog').getAttribute('data-kind'), 'warn');
    await ok.close();
  });
});

describe('English browser', () => {
  let env;
  before(async () => { env = await H.setup({ locale: 'en-US', policyEdit: H.unapprovedLocalhost }); });
  after(async () => { await env?.close(); });

  test('dialog, indicator and notice are in English', async () => {
    const page = await H.openPage(env.context, env.server.url('textarea.html'));
    await page.locator('#userInput').click();
    await page.keyboard.type(CPR_TEXT);
    assert.equal(await H.waitIndicator(page, /found/), '1 found: CPR number');
    await page.keyboard.press('Enter');
    const dialog = H.pg(page, 'dialog');
    await dialog.waitFor();
    assert.equal(await dialog.getAttribute('lang'), 'en');
    assert.equal(await dialog.locator('h2').textContent(), 'Your text contains personal data');
    assert.deepEqual(await H.dialogButtons(page), ['Fix automatically', 'Edit myself']);
    assert.match(await dialog.textContent(), /CPR number/);
    await H.screenshot(page, 'dialog-block-en.png');
    await page.close();
    const un = await H.openPage(env.context, env.server.url('textarea.html', 'localhost'));
    await H.pg(un, 'banner').waitFor();
    assert.match(await H.pg(un, 'banner').textContent(), /not approved/);
    await un.close();
  });
});
