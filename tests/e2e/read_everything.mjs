// Read as a blind user reads it: on every screen (the player in each phase, the position test in
// each step, every Learn page), in English and Spanish, every item the app drew (its text with
// its role, and its controls) is in the accessibility tree, in drawing order, and axe-core finds
// no WCAG 2.1 A or AA violation. The app's own record of what it drew, widgets(), is compared
// with Chromium's accessibility tree as Playwright's ariaSnapshot() prints it.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import axe from 'axe-core';
import { PHONE, openAppOnPausedClock, useSiteAndBrowser } from './browser.mjs';
import { journalExport } from './journal_fixture.mjs';
import { SCREENS } from './screens.mjs';

const suite = useSiteAndBrowser();
const LEARN_PAGES = readdirSync(new URL('../../content/en/learn/', import.meta.url))
  .map((file) => file.replace(/\.md$/, '')).sort();

// One line of an aria snapshot: "- role "name" [attributes]: text".
function parseLine(line) {
  // YAML single-quotes a whole entry that has ": " in it: "- 'button "Warning signs: ..."'".
  const quoted = /^(\s*- )'(.*)'$/.exec(line);
  if (quoted) line = quoted[1] + quoted[2].replace(/''/g, "'");
  const match = /^\s*- (\w+)(?: ("(?:[^"\\]|\\.)*"))?((?: \[[^\]]*\])*)(?:: (.*))?$/.exec(line);
  if (!match) return null;
  const unquote = (text) => (text && text.startsWith('"') ? JSON.parse(text) : text || '');
  const level = /\[level=(\d+)\]/.exec(match[3] || '');
  return { role: match[1], name: unquote(match[2]), text: unquote(match[4]), level: level ? Number(level[1]) : 0 };
}

const squash = (text) => text.replace(/\s+/g, ' ').trim();
// The role a control has in the tree: a text box is a button that opens the page's text field,
// and an interactive chart (an `img` that is not a text item) a button named by its description.
const CONTROL_ROLES = { checkbox: 'checkbox', radio: 'radio', switch: 'switch', tab: 'tab' };

// Whether a node of the tree is the item: the same role (and level) and the same words.
function matches(node, item) {
  if (item.role === 'heading') return node.role === 'heading' && node.level === (item.level || 1) && squash(node.name) === squash(item.label);
  if (['paragraph', 'listitem', 'status', 'timer'].includes(item.role)) {
    return node.role === item.role && squash(node.text || node.name) === squash(item.label);
  }
  const role = item.role === 'img' && item.id.startsWith('text.') ? 'img' : CONTROL_ROLES[item.role] || 'button';
  const name = item.role === 'textbox' && item.value ? `${item.label}: ${item.value}` : item.label;
  return node.role === role && squash(node.name) === squash(name);
}

// axe-core's WCAG 2.1 A and AA rules on the page as it is. The engine is put in the page once
// (@axe-core/playwright put its 500 KB in again for every check: five times slower). axe waits on
// timers, which the paused fake clock never fires by itself: the clock runs at real speed while
// axe works (well under a second, inside any phase of the routine), then pauses again.
async function axeViolations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axe.source);
  await page.clock.resume();
  try {
    return await page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    }).then(({ violations }) => violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)));
  } finally {
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 500));
  }
}

// Steps the fake clock until the app has drawn every change and the mirror has followed.
async function settle(page) {
  await page.evaluate(() => {
    window.__settledNow = false;
    window.unknot.settled().then(() => { window.__settledNow = true; });
  });
  for (let i = 0; i < 100 && !(await page.evaluate(() => window.__settledNow)); i++) await page.clock.runFor(50);
}

async function checkReadable(page, where) {
  await settle(page);
  const items = await page.evaluate(() => window.unknot.widgets());
  assert.ok(items.some((item) => item.role === 'heading'), `${where}: the screen has a heading`);
  const tree = (await page.locator('body').ariaSnapshot()).split('\n').map(parseLine).filter(Boolean);
  let at = 0;
  for (const item of items) {
    // The Back button opens the navigation landmark, before the main content: look for it anywhere.
    const from = item.id === 'nav.back' ? 0 : at;
    const found = tree.findIndex((node, i) => i >= from && matches(node, item));
    assert.ok(found >= 0, `${where}: ${item.role} "${item.label}" (${item.id}) is in the accessibility tree after item ${at}` +
      `\n${tree.slice(at, at + 8).map((n) => JSON.stringify(n)).join('\n')}`);
    if (item.id !== 'nav.back') at = found + 1;
  }
  // A reused element keeps no state of the item it showed before (a checkbox now a button).
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('#a11y-mirror [aria-checked]')]
    .filter((e) => !['checkbox', 'radio', 'switch'].includes(e.getAttribute('role'))).map((e) => e.outerHTML)), [],
  `${where}: aria-checked only on checkable items`);
  assert.ok(!tree.some((node) => /Loading Unknot|Cargando Unknot/.test(node.text || node.name)),
    `${where}: the loading message has left the page`);
  assert.deepEqual(await axeViolations(page), [],
    `${where}: axe finds no WCAG 2.1 A/AA violation`);
}

// Moves the fake clock on until the routine is at `wanted` ({ exercise, phase }): a jump to the end
// of each phase (the routine lands where the clock says, without drawing every frame between).
async function runUntil(page, wanted, what) {
  for (let i = 0; i < 20; i++) {
    const now = await page.evaluate(() => window.unknot.state().routine);
    if (now.exercise === wanted.exercise && now.phase === wanted.phase) {
      await page.clock.runFor(200);  // the phase is drawn, then the mirror follows the drawn frame
      return;
    }
    await page.clock.fastForward(now.remainingMs + 50);
    await page.clock.runFor(100);
  }
  throw new Error(`the routine never reached: ${what}`);
}

async function act(page, action) {
  const answer = await page.evaluate((a) => window.unknot.dispatch(a), action);
  assert.ok(answer.ok, `${action.type}: ${answer.error}`);
  await page.clock.runFor(100);
}

// Opens the app in `locale` on a paused fake clock, runs `walk(page)`, and checks no errors.
async function inLocale(locale, walk) {
  // On a paused fake clock from now: nothing here depends on the date, only on moving time on.
  const context = await suite.browser.newContext(PHONE);
  const { page, errors } = await openAppOnPausedClock(context, suite.url);
  try {
    await act(page, { type: 'setLocale', locale });
    await walk(page);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
}

async function everyScreen(page, locale) {
  for (const [name, actions, press] of SCREENS) {
    for (const action of actions) await act(page, action);
    if (press) {  // as the accessibility mirror presses an item: drawn on the next frame
      await page.locator(`[data-widget="${press}"]`).dispatchEvent('click');
      await page.clock.runFor(100);
    }
    await checkReadable(page, `${locale} ${name}`);
    await page.evaluate(() => ['closeRoutine', 'stopBreathing', 'closeBreathing', 'cancelPositionTest']
      .forEach((type) => window.unknot.dispatch({ type })));
    await act(page, { type: 'navigate', screen: 'home' });
  }
}

// The player in each phase (cat cow's reps; child's pose's hold, switch of sides and rest), the
// position test in each step, and the warning signs with a sign ticked.
async function inEachStep(page, locale) {
  await act(page, { type: 'startRoutine', routine: 'full' });
  await checkReadable(page, `${locale} player: get ready`);
  await runUntil(page, { exercise: 'cat_cow', phase: 'work' }, 'reps');
  await checkReadable(page, `${locale} player: reps`);
  await act(page, { type: 'skipExercise' });
  for (const [name, phase] of [['hold', 'work'], ['switch sides', 'switchSides'], ['rest', 'rest']]) {
    await runUntil(page, { exercise: 'childs_pose_side_bend', phase }, name);
    await checkReadable(page, `${locale} player: ${name}`);
  }
  await act(page, { type: 'endRoutine' });
  await checkReadable(page, `${locale} player: summary`);
  await act(page, { type: 'closeRoutine' });

  await act(page, { type: 'navigate', screen: 'position' });
  await act(page, { type: 'startPositionTest', minutes: 2 });
  await checkReadable(page, `${locale} position: first rating`);
  await act(page, { type: 'ratePain', pain: 6 });
  await checkReadable(page, `${locale} position: rest`);
  await act(page, { type: 'finishRest' });
  await checkReadable(page, `${locale} position: second rating`);
  for (const action of [{ type: 'ratePain', pain: 4 }, { type: 'ratePain', pain: 6 }, { type: 'finishRest' }, { type: 'ratePain', pain: 5 }]) {
    await act(page, action);
  }
  await checkReadable(page, `${locale} position: result`);

  // A month of journal: the import's preview, then Progress with its charts described.
  await act(page, { type: 'navigate', screen: 'data' });
  const endMs = await page.evaluate(() => Date.now());
  await act(page, { type: 'importData', text: journalExport({ days: 30, endMs }) });
  await checkReadable(page, `${locale} data: an import's preview`);
  await act(page, { type: 'confirmImport' });
  await act(page, { type: 'navigate', screen: 'progress' });
  await checkReadable(page, `${locale} progress with a month of entries`);
  assert.ok((await page.evaluate(() => window.unknot.widgets())).filter((w) => w.role === 'img').length >= 2,
    'the pain chart and the sessions chart are described');

  await act(page, { type: 'saveCheckIn', checkIn: { pain: 5, redFlags: ['belowKneeNumbness', 'feverOrUnwell'] } });
  assert.equal(await page.evaluate(() => window.unknot.state().screen), 'care', 'a ticked sign opens the care page');
  await checkReadable(page, `${locale} care, a sign ticked`);
}

async function everyLearnPage(page, locale) {
  for (const learnPage of LEARN_PAGES) {
    await act(page, { type: 'showLearnPage', page: learnPage });
    await checkReadable(page, `${locale} learn: ${learnPage}`);
  }
}

// The tests for one language: read_everything_en.test.mjs and read_everything_es.test.mjs each
// run one, so each file stays well inside the test runner's minute.
export function readEverything(locale) {
  describe(`read everything, ${locale}`, () => {
    test('every screen: each drawn item is in the accessibility tree in order, and axe finds nothing',
      () => inLocale(locale, (page) => everyScreen(page, locale)));
    test('the player in each phase, the position test in each step, a ticked warning sign',
      () => inLocale(locale, (page) => inEachStep(page, locale)));
    test('every Learn page', () => inLocale(locale, (page) => everyLearnPage(page, locale)));
  });
}
