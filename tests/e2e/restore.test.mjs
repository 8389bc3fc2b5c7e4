// Placeholders back in Copilot's answer (issue 16), in Danish, against the
// real host with the shipped default policy: "Ret automatisk" → Copilot's
// answer with placeholders → "Vis med rigtige oplysninger" → the answer with
// the real values in our closed shadow root → "Kopiér". The page's own
// scripts (pages/copilot-sim.js) must never get the values: checked through
// everything the page can read, its MutationObserver log, its patched
// attachShadow, window.find, selections and copy events; and the values
// reach no storage and no file (canary).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as H from './lib/harness.mjs';

// Canary values: a name, an address and a CPR number no other test uses.
const NAME = 'Karen Margrethe Qvistgaard-Ulriksen';
const ADDRESS = 'Solsikkevej 17, 8500 Grenaa';
const CPR = H.CPR;
const LETTER = `Skriv et venligt svar til ${NAME}, ${ADDRESS} (CPR ${CPR}). Hun har diabetes og beder om et svar inden fredag.`;
const SENT = 'Skriv et venligt svar til [NAVN 1], [ADRESSE 1] (CPR [CPR-NUMMER 1]). Hun har [HELBREDSOPLYSNING 1] og beder om et svar inden fredag.';
const SECRETS = [NAME, 'Qvistgaard', 'Solsikkevej 17', CPR, CPR.replace('-', '')];

// The host's diagnostic log goes to a file here (not Chromium's stderr), so
// that the canary test below can search it too.
const withHostLog = ({ dir, host }) => {
  fs.appendFileSync(path.join(host.root, 'etc', 'privacy-guard', 'privacy-guard.conf'),
    `log_file: "${path.join(dir, 'host.log')}"\n`);
};

let env;
before(async () => { env = await H.setup({ locale: 'da-DK', beforeLaunch: withHostLog }); });
after(async () => { await env?.close(); });

const origin = () => env.server.url('').slice(0, -1);

async function open(name) {
  const page = await H.openPage(env.context, env.server.url(name));
  await env.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin() });
  return page;
}

const composerOf = (page) => page.locator('#userInput, #m365-chat-editor-target-element').first();

/** Types `text`, presses Enter, clicks "Ret automatisk"; returns what the page sent. */
async function fixAndSend(page, text) {
  const n = await page.evaluate(() => window.__submitted.length);
  const c = composerOf(page);
  await c.click();
  if (await c.evaluate((el) => el.tagName === 'TEXTAREA')) await c.fill(text);
  else await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  const dialog = H.pg(page, 'dialog');
  await dialog.waitFor();
  await dialog.locator('button', { hasText: 'Ret automatisk' }).click();
  const sent = await H.waitSubmitted(page, n + 1);
  return sent.at(-1);
}

/** Waits until the page rendered answer number `n` completely. */
const answerDone = (page, n) => page.waitForFunction((k) => (window.__answersDone || 0) >= k, n);

async function openView(page, which = 0) {
  const control = H.pg(page, 'restore-control').nth(which);
  await control.waitFor();
  await control.click();
  await page.waitForSelector('privacy-guard-restore[data-open]', { state: 'attached' });
  const v = await H.readRestoreView(page);
  assert.ok(v, 'the view is open');
  return v;
}

async function closeView(page, v) {
  await v.cdp.detach();
  await page.keyboard.press('Escape');
  await page.waitForSelector('privacy-guard-restore[data-open]', { state: 'detached' });
}

function assertNoSecrets(haystack, where, secrets = SECRETS) {
  for (const s of secrets) assert.ok(!haystack.includes(s), `${where} contains "${s}"`);
}

for (const [kind, pageName] of [['textarea (copilot.microsoft.com imitation)', 'textarea.html'],
  ['contenteditable (M365 Copilot Chat imitation)', 'lexical.html']]) {
  describe(`restore with the ${kind} composer`, () => {
    test('Ret automatisk → answer → Vis med rigtige oplysninger → Kopiér gives the real letter; the page never has the values', async () => {
      const page = await open(pageName);
      const sent = await fixAndSend(page, LETTER);
      assert.equal(sent, SENT, 'Copilot gets numbered Danish placeholders only');
      await answerDone(page, 1);
      const answer = page.locator('.answer').last();
      assert.match(await answer.innerText(), /Kære \[NAVN 1\]/, 'the answer echoes the placeholders');

      const control = H.pg(page, 'restore-control');
      await control.waitFor();
      assert.equal(await control.count(), 1);
      assert.equal(await control.textContent(), 'Vis med rigtige oplysninger');
      const cb = await control.boundingBox();
      const ab = await answer.boundingBox();
      assert.ok(cb.y >= ab.y - 1 && cb.y + cb.height <= ab.y + ab.height + 1 && cb.x + cb.width <= ab.x + ab.width + 1,
        'the control sits on its answer');
      if (pageName === 'textarea.html') {
        await H.screenshot(page, 'restore-control-da.png', { x: ab.x - 10, y: ab.y - 10, width: ab.width + 20, height: ab.height + 20 });
      }

      const v = await openView(page);
      assert.equal(v.title, 'Svaret med de rigtige oplysninger');
      assert.match(v.text, new RegExp(`^Kære ${NAME}\\n`));
      for (const s of [NAME, ADDRESS, CPR, 'diabetes']) assert.ok(v.text.includes(s), `view shows ${s}: ${v.text}`);
      assert.ok(!/\[(NAVN|ADRESSE|CPR-NUMMER|HELBREDSOPLYSNING) 1\]/.test(v.text), v.text);
      assert.deepEqual(v.restored, [NAME, ADDRESS, CPR, 'diabetes'], 'the restored values are marked');
      assert.deepEqual(v.buttons.map((b) => b.label), ['Kopiér', 'Luk']);
      assertNoSecrets(v.textNodesInView.join('\n'), 'a text node of the view (the values are generated content)');
      if (pageName === 'textarea.html') await H.screenshot(page, 'restore-da.png');

      // Kopiér has the focus: Enter copies.
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.includes('Kære')), null, { timeout: 3000 });
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, v.text, 'the clipboard holds the restored answer');
      for (const s of [NAME, ADDRESS, CPR]) assert.ok(copied.includes(s), s);
      const after = await H.readRestoreView(page);
      assert.match(after.status, /^Kopieret/);
      await after.cdp.detach();

      // The employee drags over the text and presses Ctrl+C: nothing is selected.
      const box = await H.nodeCentre(v.cdp, v.textNodeId);
      await page.mouse.move(box.x - box.width / 2 + 5, box.y - box.height / 2 + 5);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 - 5, box.y + box.height / 2 - 5, { steps: 8 });
      await page.mouse.up();
      await page.keyboard.press('Control+C');

      // What the page can learn while the view is open.
      const seen = await H.pageView(page);
      assertNoSecrets(seen.readable, 'the page DOM (innerText, textContent, tree walk, open shadow roots)');
      assertNoSecrets(seen.mutationsSinceSent, 'the page\'s MutationObserver log since the prompt was sent');
      assertNoSecrets(seen.selections, 'the page\'s selectionchange log');
      assertNoSecrets(seen.copies, 'the page\'s copy events');
      assert.equal(seen.shadowRootOfView, 'null', 'the view\'s shadow root is closed');
      assert.equal(seen.patchedRootsHoldView, false, 'the page\'s attachShadow patch never saw our root');
      const found = await page.evaluate((xs) => xs.map((s) => window.find(s)), [NAME, 'Solsikkevej', CPR]);
      assert.deepEqual(found, [false, false, false], 'window.find() cannot find the values');
      assert.ok(seen.readable.includes('[NAVN 1]'), 'the page still shows its own answer with placeholders');

      // The view does not move focus out on Tab; Escape closes and empties it.
      await closeView(page, v);
      assert.equal(await H.readRestoreView(page), null, 'nothing of the view is left');
      const later = await H.pageView(page);
      assertNoSecrets(later.readable, 'the page DOM after closing');
      assertNoSecrets(later.mutationsSinceSent, 'the MutationObserver log after closing');

      // The host learnt a count only.
      const recs = await H.waitAudit(env.host.auditLog, (r) => r.some((e) => e.event === 'restore'));
      const restore = recs.filter((e) => e.event === 'restore').at(-1);
      assert.equal(restore.count, 4);
      assert.equal(restore.site, '127.0.0.1');
      assert.equal(restore.text_hmac, undefined);
      await page.close();
    });
  });
}

describe('one conversation, several prompts', () => {
  test('three turns: the same person keeps [NAVN 1], a new one gets [NAVN 2]; tolerant forms restore', async () => {
    const page = await open('textarea.html');
    const B = 'Jens Vestergaard';
    const s1 = await fixAndSend(page, `Skriv til ${NAME} om CPR ${CPR}.`);
    assert.equal(s1, 'Skriv til [NAVN 1] om CPR [CPR-NUMMER 1].');
    const s2 = await fixAndSend(page, `${B} har talt med ${NAME} i dag.`);
    assert.equal(s2, '[NAVN 2] har talt med [NAVN 1] i dag.');
    await page.evaluate(() => {
      window.__nextReply = 'Kære [Navn 1]\n\nJeg har talt med [NAVN2]s kollega om [CPR NUMMER 1] og [ADRESSE 1]. [NAVN 3] er ukendt.';
    });
    const s3 = await fixAndSend(page, `${ADDRESS} tilhører ${B}, CPR ${CPR}.`);
    assert.equal(s3, '[ADRESSE 1] tilhører [NAVN 2], CPR [CPR-NUMMER 1].');
    await answerDone(page, 3);
    // Three answers, each with known placeholders: three controls.
    await page.waitForFunction(() => {
      const ui = document.querySelector('privacy-guard-ui');
      return ui.shadowRoot.querySelectorAll('[data-pg="restore-control"]').length === 3;
    });
    const v = await openView(page, 2);
    assert.equal(v.text, `Kære ${NAME}\n\nJeg har talt med ${B}s kollega om ${CPR} og ${ADDRESS}. [NAVN 3] er ukendt.`);
    await closeView(page, v);
    await page.close();
  });

  test('a new conversation ("Ny samtale", another conversation) starts a new map', async () => {
    const page = await open('textarea.html');
    assert.equal(await fixAndSend(page, `Skriv til ${NAME} om CPR ${CPR}.`), 'Skriv til [NAVN 1] om CPR [CPR-NUMMER 1].');
    await answerDone(page, 1);
    await H.pg(page, 'restore-control').waitFor();
    assert.match(page.url(), /\?chat=c/, 'the conversation got its id with the first prompt');

    // "Ny samtale": the address loses its id (pushState); the map is gone.
    await page.locator('#new-chat').click();
    await H.pg(page, 'restore-control').waitFor({ state: 'detached' });
    const B = 'Jens Vestergaard';
    assert.equal(await fixAndSend(page, `Svar til ${B}, CPR 150675-1000.`), 'Svar til [NAVN 1], CPR [CPR-NUMMER 1].',
      'numbering starts again at 1');
    await answerDone(page, 2);
    const v = await openView(page);
    assert.match(v.text, new RegExp(`^Kære ${B}\\n`), 'the new [NAVN 1] is the new person');
    assert.ok(!v.text.includes(NAME));
    await closeView(page, v);

    // Another conversation (address id → other id): an answer with [NAVN 1] gets no control.
    await page.locator('#earlier').click();
    await page.waitForFunction(() => location.search === '?chat=earlier');
    await page.evaluate(() => { window.__nextReply = 'Kære [NAVN 1], tak for sidst.'; });
    await composerOf(page).fill('Skriv en kort hilsen.');
    await page.keyboard.press('Enter');
    await answerDone(page, 3);
    await page.waitForTimeout(700); // scans run at most every 250 ms
    assert.equal(await H.pg(page, 'restore-control').count(), 0, 'no control: the map was cleared');
    await page.close();
  });

  test('M365 "new chat" button (the address stays) starts a new map', async () => {
    const page = await open('lexical.html');
    assert.equal(await fixAndSend(page, `Skriv til ${NAME} om CPR ${CPR}.`), 'Skriv til [NAVN 1] om CPR [CPR-NUMMER 1].');
    await answerDone(page, 1);
    await H.pg(page, 'restore-control').waitFor();
    const url = page.url();
    await page.locator('[data-testid="newChatButton"]').click();
    await H.pg(page, 'restore-control').waitFor({ state: 'detached' });
    assert.equal(page.url(), url, 'the address did not change');
    await page.evaluate(() => { window.__nextReply = 'Kære [NAVN 1], tak for sidst.'; });
    await composerOf(page).click();
    await page.keyboard.insertText('Skriv en kort hilsen.');
    await page.keyboard.press('Enter');
    await answerDone(page, 2);
    await page.waitForTimeout(700);
    assert.equal(await H.pg(page, 'restore-control').count(), 0);
    await page.close();
  });

  test('a reload forgets the map (memory only)', async () => {
    const page = await open('textarea.html');
    await fixAndSend(page, `Skriv til ${NAME} om CPR ${CPR}.`);
    await answerDone(page, 1);
    await H.pg(page, 'restore-control').waitFor();
    await page.reload();
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-pg-composer'));
    await page.evaluate(() => { window.__nextReply = 'Kære [NAVN 1].'; });
    await composerOf(page).fill('Skriv en kort hilsen.');
    await page.keyboard.press('Enter');
    await answerDone(page, 1);
    await page.waitForTimeout(700);
    assert.equal(await H.pg(page, 'restore-control').count(), 0);
    await page.close();
  });
});

describe('privacy canary: the values reach no storage and no file', () => {
  test('chrome.storage (local, session, sync) is empty; no file (profile, host root, host log, audit log) holds a value', async () => {
    // Every test above ran in this browser; one more full round here.
    const page = await open('textarea.html');
    await fixAndSend(page, LETTER);
    await answerDone(page, 1);
    const v = await openView(page);
    for (const s of [`Kære ${NAME}`, `${ADDRESS}, ${CPR}, diabetes`]) assert.ok(v.text.includes(s), `the view shows "${s}"`);
    await page.keyboard.press('Enter');
    await closeView(page, v);
    await page.close();

    const stored = await env.worker.evaluate(async () => {
      const out = {};
      for (const area of ['local', 'session', 'sync']) {
        out[area] = await chrome.storage[area].get(null);
      }
      return out;
    });
    assert.deepEqual(stored, { local: {}, session: {}, sync: {} });

    // Let Chromium write what it writes (profile, session, caches) before looking.
    await env.context.close();
    const hits = [];
    const restoredHits = [];
    // Text that exists only in the restored answer (the page's answer has
    // placeholders there; the typed prompt has other words around them).
    const RESTORED_ONLY = [`Kære ${NAME}`, `${ADDRESS}, ${CPR}, diabetes`];
    const walk = (dir) => {
      for (const n of fs.readdirSync(dir)) {
        const p = path.join(dir, n);
        const st = fs.lstatSync(p);
        if (st.isDirectory()) walk(p);
        else if (st.isFile()) {
          const data = fs.readFileSync(p);
          for (const enc of ['utf8', 'utf16le']) {
            for (const s of SECRETS) {
              if (data.includes(Buffer.from(s, enc))) hits.push(`${path.relative(env.dir, p)}: ${s} (${enc})`);
            }
            for (const s of RESTORED_ONLY) {
              if (data.includes(Buffer.from(s, enc))) restoredHits.push(`${path.relative(env.dir, p)}: ${s} (${enc})`);
            }
          }
        }
      }
    };
    walk(env.dir);
    // Chromium's own session-restore files (profile/Default/Sessions) keep
    // the page's form state, i.e. what the employee TYPED into the composer
    // before "Ret automatisk" replaced it. That is the browser's doing, with
    // or without this extension, and it never holds anything that only the
    // restore view had: the restored answer's text is checked everywhere.
    const inSessions = (h) => h.startsWith(path.join('profile', 'Default', 'Sessions') + path.sep);
    const sessionHits = hits.filter(inSessions);
    if (sessionHits.length) console.log('typed prompt text in Chromium\'s session files (form state):', sessionHits);
    assert.ok(fs.existsSync(env.host.auditLog), 'the audit log was written');
    assert.match(fs.readFileSync(path.join(env.dir, 'host.log'), 'utf8'), /host: started/, 'the host log was written');
    assert.ok(H.readAudit(env.host.auditLog).some((e) => e.event === 'restore'));
    assert.deepEqual(hits.filter((h) => !inSessions(h)), [], 'files holding a value');
    assert.deepEqual(restoredHits, [], 'files holding text only the restore view had');
  });
});
