// Timing figures measured in the browser, written to results/figures.json
// and reported in README.md next to their targets (issue 6: p95 ≤ 20 ms for
// a 2 KB prompt). They are reported, never asserted as wall-clock limits: a
// loaded CI machine must not fail the suite, and a limit that is never
// checked would only pretend. What is asserted is that the figures are
// right: every run was measured, each sample comes from its own run's
// events in the order they must happen, and figures.json holds every figure
// with RUNS samples.
//
//  indicator: end of typing (the page's last `input` event) → indicator
//             updated. Reported in full (includes the deliberate 150 ms
//             typing pause) and net of it (check sent → indicator updated).
//  submit:    Enter keydown (the trusted event's timeStamp) → the page's own
//             submit handler runs, for a clean 2 KB prompt. This is the delay
//             the guard adds to sending: content script → service worker →
//             host → back → synthetic Enter → page.
//  restore:   click on "Vis med rigtige oplysninger" (the click's timeStamp)
//             → the restore view is laid out, for a 4 KB answer full of
//             placeholders (issue 16: ≤ 50 ms p95, reported, not asserted);
//             and → the next animation frame.
// All timestamps are the page's performance clock (content script and page
// share it); the test package's content script records its side as
// data-pg-* attributes (test-metrics.js, not in the shipped extension).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import * as H from './lib/harness.mjs';
import { cleanText } from './lib/texts.mjs';

const RUNS = Number(process.env.PG_E2E_RUNS || 60);
const WARMUP = 5;
const DEBOUNCE_MS = 150;
const PROMPT = cleanText(2048);

let env;
let page;
const figures = {};

before(async () => {
  env = await H.setup();
  page = await H.openPage(env.context, env.server.url('textarea.html'));
});
after(async () => {
  await env?.close();
});

function stats(xs) {
  assert.ok(xs.length > 0, 'no samples');
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  const r = (x) => Math.round(x * 100) / 100;
  return { n: s.length, p50: r(q(0.5)), p95: r(q(0.95)), max: r(s[s.length - 1]), min: r(s[0]) };
}

const attr = (name) => page.evaluate((n) => Number(document.documentElement.getAttribute('data-pg-' + n) || 0), name);

test('2 KB prompt is clean under the shipped policy', async () => {
  assert.ok(Buffer.byteLength(PROMPT) >= 2000 && Buffer.byteLength(PROMPT) <= 2048);
  await page.locator('#userInput').fill(PROMPT);
  // (The host was started by setup()'s warm-up; the longer wait only spares
  // a loaded machine a flaky first check.)
  assert.equal(await H.waitIndicator(page, /^OK$/, 20000), 'OK');
  await page.locator('#userInput').fill('');
});

test(`end of typing → indicator update, ${RUNS} runs`, async () => {
  const total = [];
  const net = [];
  const ta = page.locator('#userInput');
  for (let i = 0; i < RUNS + WARMUP; i++) {
    // Everything but the last character, then let that check finish.
    const body = PROMPT.slice(0, -1) + (i % 2 ? ' ' : '');
    const before0 = await attr('indicator');
    await ta.fill(body);
    await page.waitForFunction((b) => Number(document.documentElement.getAttribute('data-pg-indicator')) > b, before0);
    const before1 = await attr('indicator');
    await page.keyboard.type(i % 2 ? 'x' : 'y'); // the last keystroke
    await page.waitForFunction((b) => Number(document.documentElement.getAttribute('data-pg-indicator')) > b, before1);
    const r = await page.evaluate(() => ({
      indicator: Number(document.documentElement.getAttribute('data-pg-indicator')),
      checkStart: Number(document.documentElement.getAttribute('data-pg-check-start')),
      lastInput: window.__lastInput,
    }));
    // This run's events, in order: last keystroke, check sent after the
    // pause, indicator updated.
    assert.ok(r.lastInput > 0 && r.checkStart > 0 && r.indicator > 0, `run ${i}: ${JSON.stringify(r)}`);
    assert.ok(r.lastInput <= r.checkStart && r.checkStart <= r.indicator, `run ${i}: ${JSON.stringify(r)}`);
    if (i < WARMUP) continue;
    total.push(r.indicator - r.lastInput);
    net.push(r.indicator - r.checkStart);
  }
  figures.indicator_total_ms = stats(total);
  figures.indicator_net_ms = stats(net);
  console.log(`indicator: end of typing → update   p50 ${figures.indicator_total_ms.p50} ms  p95 ${figures.indicator_total_ms.p95} ms (incl. ${DEBOUNCE_MS} ms pause)`);
  console.log(`indicator: check sent → update      p50 ${figures.indicator_net_ms.p50} ms  p95 ${figures.indicator_net_ms.p95} ms`);
  // Figures are reported, never asserted as time limits (README). What is
  // asserted: every run was measured and the typing pause was waited for.
  assert.equal(total.length, RUNS);
  assert.equal(net.length, RUNS);
  assert.ok(Number.isFinite(figures.indicator_net_ms.p95));
  assert.ok(figures.indicator_total_ms.p50 >= DEBOUNCE_MS, 'the typing pause is really waited for');
});

test(`Enter → page submit, clean 2 KB prompt, ${RUNS} runs`, async () => {
  const lat = [];
  const ta = page.locator('#userInput');
  let previous = 0; // the previous run's submit time
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const n = await page.evaluate(() => window.__submitted.length);
    await ta.fill(PROMPT);
    await page.waitForTimeout(DEBOUNCE_MS + 30); // the typing check is done, as after a real pause
    await page.keyboard.press('Enter');
    await page.waitForFunction((k) => window.__submitted.length > k, n);
    const r = await page.evaluate(() => ({
      enter: Number(document.documentElement.getAttribute('data-pg-enter')),
      submitted: window.__submitted[window.__submitted.length - 1],
    }));
    assert.equal(r.submitted.text, PROMPT);
    // This run's Enter (not a stale one), then the page's submit.
    assert.ok(r.enter > previous && r.submitted.t >= r.enter, `run ${i}: enter ${r.enter}, submit ${r.submitted.t}, previous ${previous}`);
    previous = r.submitted.t;
    if (i < WARMUP) continue;
    lat.push(r.submitted.t - r.enter);
  }
  figures.enter_to_submit_ms = stats(lat);
  console.log(`submit: Enter → page submit          p50 ${figures.enter_to_submit_ms.p50} ms  p95 ${figures.enter_to_submit_ms.p95} ms`);
  assert.equal(lat.length, RUNS);
  assert.ok(Number.isFinite(figures.enter_to_submit_ms.p95));
});

/** A Danish answer of about `bytes` with the placeholders of one letter. */
function answerWithPlaceholders(bytes) {
  const para = 'Kære [NAVN 1]\n\nTak for din henvendelse om boligen på [ADRESSE 1]. Vi har registreret sagen under ' +
    '[CPR-NUMMER 1] og vender tilbage, når [NAVN 1]s ansøgning er behandlet. Har du spørgsmål, er du velkommen ' +
    'til at kontakte Borgerservice.\n\n';
  let s = '';
  while (Buffer.byteLength(s + para) <= bytes) s += para;
  for (const w of ('Med venlig hilsen Borgerservice i Norddjurs Kommune. ').repeat(20).split(' ')) {
    if (Buffer.byteLength(s + w + ' ') > bytes) break;
    s += w + ' ';
  }
  return s.trim();
}

test(`open the restore view, 4 KB answer, ${RUNS} runs`, async () => {
  const rpage = await H.openPage(env.context, env.server.url('textarea.html'));
  const answer = answerWithPlaceholders(4096);
  await rpage.evaluate((a) => { window.__nextReply = a; }, answer);
  await rpage.locator('#userInput').fill(`Skriv til Karen Margrethe Qvistgaard-Ulriksen, Solsikkevej 17, 8500 Grenaa, CPR ${H.CPR}.`);
  await rpage.keyboard.press('Enter');
  await H.pg(rpage, 'dialog').locator('button', { hasText: 'Ret automatisk' }).click();
  await rpage.waitForFunction(() => (window.__answersDone || 0) >= 1);
  const bytes = await rpage.locator('.answer').last().evaluate((el) => new TextEncoder().encode(el.innerText).length);
  const control = H.pg(rpage, 'restore-control');
  await control.waitFor();
  const rattr = (n) => rpage.evaluate((k) => Number(document.documentElement.getAttribute('data-pg-' + k) || 0), n);
  const open = [];
  const frame = [];
  let previous = 0; // the previous run's frame time
  for (let i = 0; i < RUNS + WARMUP; i++) {
    const before0 = await rattr('restore-frame');
    await control.click();
    await rpage.waitForFunction((b) => Number(document.documentElement.getAttribute('data-pg-restore-frame')) > b, before0);
    const [start, laidOut, next] = [await rattr('restore-open-start'), await rattr('restore-open'), await rattr('restore-frame')];
    // This run's click, then the view laid out, then the next frame.
    assert.ok(start > previous && start <= laidOut && laidOut <= next, `run ${i}: ${start} ${laidOut} ${next}, previous ${previous}`);
    previous = next;
    if (i === 0) {
      const v = await H.readRestoreView(rpage);
      assert.ok(v.text.includes('Kære Karen Margrethe Qvistgaard-Ulriksen'), 'the view shows the restored answer');
      assert.ok(!v.text.includes('[NAVN 1]'));
      await v.cdp.detach();
    }
    await rpage.keyboard.press('Escape');
    await rpage.waitForSelector('privacy-guard-restore[data-open]', { state: 'detached' });
    if (i < WARMUP) continue;
    open.push(laidOut - start);
    frame.push(next - start);
  }
  figures.restore_open_ms = stats(open);
  figures.restore_frame_ms = stats(frame);
  figures.restore_answer_bytes = bytes;
  console.log(`restore: click → view laid out      p50 ${figures.restore_open_ms.p50} ms  p95 ${figures.restore_open_ms.p95} ms (${bytes} B answer)`);
  console.log(`restore: click → next frame         p50 ${figures.restore_frame_ms.p50} ms  p95 ${figures.restore_frame_ms.p95} ms`);
  assert.equal(open.length, RUNS);
  assert.equal(frame.length, RUNS);
  assert.ok(bytes >= 4000 && bytes <= 4200, `answer of ${bytes} bytes`);
  assert.ok(Number.isFinite(figures.restore_open_ms.p95));
  await rpage.close();
});

test('write results/figures.json', async () => {
  const browser = env.context.browser();
  let hostVersion = null;
  try {
    hostVersion = execFileSync(H.HOST_BIN, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch (_) { /* older CLI without --version */ }
  const out = {
    measured_at: new Date().toISOString(),
    prompt_bytes: Buffer.byteLength(PROMPT),
    runs: RUNS,
    warmup_runs_discarded: WARMUP,
    debounce_ms: DEBOUNCE_MS,
    browser: browser ? browser.version() : execFileSync('/usr/lib/chromium/chromium', ['--version'], { encoding: 'utf8' }).trim(),
    host: hostVersion,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, platform: `${os.platform()} ${os.release()}` },
    figures,
    definitions: {
      indicator_total_ms: 'page input event (last keystroke) → indicator updated; includes the deliberate 150 ms typing pause',
      indicator_net_ms: 'keystroke check sent (pause over) → indicator updated',
      enter_to_submit_ms: 'trusted Enter keydown → page submit handler, clean 2 KB prompt, host check included',
      restore_open_ms: 'click on "Vis med rigtige oplysninger" → restore view laid out, 4 KB answer with placeholders',
      restore_frame_ms: 'click on "Vis med rigtige oplysninger" → next animation frame with the view',
    },
  };
  fs.mkdirSync(H.RESULTS, { recursive: true });
  const file = path.join(H.RESULTS, 'figures.json');
  fs.writeFileSync(file, JSON.stringify(out, null, 2) + '\n');

  // Read back what was written: every figure, with RUNS samples each.
  const back = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(back.runs, RUNS);
  assert.equal(back.warmup_runs_discarded, WARMUP);
  assert.equal(back.prompt_bytes, Buffer.byteLength(PROMPT));
  assert.ok(!Number.isNaN(Date.parse(back.measured_at)));
  assert.equal(typeof back.browser, 'string');
  assert.ok(!('limit_p95_ms' in back), 'figures are reported, not limits');
  const timed = ['indicator_total_ms', 'indicator_net_ms', 'enter_to_submit_ms', 'restore_open_ms', 'restore_frame_ms'];
  assert.deepEqual(Object.keys(back.figures).sort(), [...timed, 'restore_answer_bytes'].sort());
  assert.deepEqual(Object.keys(back.definitions).sort(), [...timed].sort());
  for (const k of timed) {
    const f = back.figures[k];
    assert.deepEqual(Object.keys(f).sort(), ['max', 'min', 'n', 'p50', 'p95'], k);
    assert.equal(f.n, RUNS, k);
    for (const q of ['min', 'p50', 'p95', 'max']) assert.ok(Number.isFinite(f[q]) && f[q] >= 0, `${k}.${q} = ${f[q]}`);
    assert.ok(f.min <= f.p50 && f.p50 <= f.p95 && f.p95 <= f.max, `${k}: ${JSON.stringify(f)}`);
  }
  assert.equal(back.figures.restore_answer_bytes, figures.restore_answer_bytes);
});
