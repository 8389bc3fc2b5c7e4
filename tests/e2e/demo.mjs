// The main job, shown: privacy-guard guarding a Copilot-like page in Chromium.
//
//   node tests/e2e/demo.mjs            (./dev.sh demo runs it after the build)
//
// 1. installs privacy-guard for the local user with installer/linux/install.sh
//    --user, registered for a demo Chromium profile
//    (~/.cache/privacy-guard/demo-profile);
// 2. opens a local page that imitates the Copilot composer, with the
//    extension loaded (a copy that also matches 127.0.0.1);
// 3. types a letter with personal data, presses Enter, and shows what the
//    employee sees: the indicator, the Danish dialog (saved as a screenshot),
//    and that nothing was sent; then "Ret automatisk" and what Copilot got;
// 4. Copilot's answer (the page echoes the placeholders, as Copilot does),
//    "Vis med rigtige oplysninger", and the letter with the real name and
//    address, copied with "Kopiér" (screenshot build/demo/restore.png; with
//    PG_E2E_SCREENSHOTS=1 also tests/e2e/screenshots/demo-restore-da.png).
// With a display ($DISPLAY) the browser window is shown; otherwise it runs
// headless and the screenshots tell the story.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import * as H from './lib/harness.mjs';

const out = path.join(H.REPO, 'build', 'demo');
fs.mkdirSync(out, { recursive: true });
const profile = path.join(os.homedir(), '.cache', 'privacy-guard', 'demo-profile');
fs.mkdirSync(profile, { recursive: true });

console.log('1. Installing privacy-guard for this user (installer/linux/install.sh --user) …');
execFileSync(H.INSTALLER, ['--user', '--user-data-dir', profile, '--binary', H.HOST_BIN],
  { stdio: ['ignore', 'inherit', 'inherit'] });

const tmp = H.tempDir('pg-demo-');
const extension = H.buildExtension(tmp);
const server = await H.startServer();
const headed = !!process.env.DISPLAY;
const { context } = await H.launch({ profile, extension, locale: 'da-DK', headed });
try {
  const page = await H.openPage(context, server.url('textarea.html'));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url('').slice(0, -1) });
  const letter = 'Skriv et venligt svar til Hans Erik Østergaard, Skovvej 12, 1. tv, 8500 Grenaa ' +
    `(CPR ${H.CPR}). Han har diabetes og har spurgt om hjælp til medicin.`;
  console.log('2. Typing into the Copilot composer:\n   ' + letter);
  await page.locator('#userInput').click();
  await page.keyboard.type(letter, { delay: 2 });
  const indicator = await H.waitIndicator(page, /fund/);
  console.log(`   indicator: "${indicator}"`);
  await page.screenshot({ path: path.join(out, 'indicator.png') });
  console.log('3. Pressing Enter …');
  await page.keyboard.press('Enter');
  const dialog = H.pg(page, 'dialog');
  await dialog.waitFor({ state: 'visible', timeout: 5000 });
  console.log('   the dialog says:\n' + (await dialog.innerText()).split('\n').map((l) => '     | ' + l).join('\n'));
  await page.screenshot({ path: path.join(out, 'dialog.png') });
  console.log(`   sent to Copilot so far: ${(await H.submitted(page)).length} messages`);
  // What Copilot typically answers: a letter that uses the placeholders.
  await page.evaluate(() => {
    window.__nextReply = 'Kære [NAVN 1]\n\nTak for din henvendelse. Vi har noteret, at du bor på [ADRESSE 1], og at du ' +
      'har [HELBREDSOPLYSNING 1]. En medarbejder ringer til dig i denne uge om hjælp til din medicin.\n\n' +
      'Med venlig hilsen\nBorgerservice, Norddjurs Kommune';
  });
  console.log('4. Clicking "Ret automatisk" …');
  await page.getByRole('button', { name: 'Ret automatisk' }).click();
  await H.waitSubmitted(page, 1);
  console.log('   Copilot received:\n     ' + (await H.submitted(page)).at(-1));
  await page.waitForFunction(() => (window.__answersDone || 0) >= 1);
  console.log('5. Copilot answers (with the placeholders):\n' +
    (await page.locator('.answer').last().innerText()).split('\n').filter(Boolean).map((l) => '     | ' + l).join('\n'));
  console.log('6. Clicking "Vis med rigtige oplysninger" …');
  const control = H.pg(page, 'restore-control');
  await control.waitFor();
  await control.click();
  await page.waitForSelector('privacy-guard-restore[data-open]', { state: 'attached' });
  await page.screenshot({ path: path.join(out, 'restore.png') });
  await H.screenshot(page, 'demo-restore-da.png');
  await page.keyboard.press('Enter'); // "Kopiér" has the focus
  await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.startsWith('Kære')));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  console.log('   "Kopiér" put this letter on the clipboard (shown only in the extension\'s view, never in the page):\n' +
    copied.split('\n').filter(Boolean).map((l) => '     | ' + l).join('\n'));
  const leaked = await page.evaluate(() => document.body.innerText.includes('Østergaard'));
  console.log(`   the Copilot page's own text contains the name: ${leaked ? 'YES (a bug)' : 'no'}`);
  await page.keyboard.press('Escape');
  console.log(`\nScreenshots: ${['indicator.png', 'dialog.png', 'restore.png'].map((f) => path.join(out, f)).join(', ')}`);
} finally {
  await context.close().catch(() => {});
  await server.close();
  H.cleanup(tmp);
}
