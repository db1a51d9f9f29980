// Whole flows as people using assistive technology go through them (issue #7): a routine and a
// check-in by roles and names alone (a screen reader), by the keyboard alone, what the live
// regions say, the app in Spanish end to end, and text contrast measured on screenshots.
// All on Playwright's fake clock, so minutes of routine pass in moments.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PHONE, openAppOnPausedClock, useSiteAndBrowser } from './browser.mjs';
import { decodePng, widgetContrasts } from './contrast.mjs';
import { journalExport } from './journal_fixture.mjs';

const suite = useSiteAndBrowser();

async function withApp(device, run) {
  const context = await suite.browser.newContext(device);
  try {
    await run(await openAppOnPausedClock(context, suite.url));
  } finally {
    await context.close();
  }
}

const state = (page) => page.evaluate(() => window.unknot.state());
const dispatch = (page, action) => page.evaluate((a) => window.unknot.dispatch(a), action);
// A few frames: an input or action is seen, applied, drawn, and the mirror rebuilt.
const frames = (page) => page.clock.runFor(150);

// What a screen reader does on a double tap: a click on the mirror's element itself.
async function activate(page, role, name) {
  const element = page.getByRole(role, { name, exact: typeof name === 'string' });
  assert.equal(await element.count(), 1, `one ${role} named ${name}`);
  await element.dispatchEvent('click');
  await frames(page);
}

// Collects every announcement (polite or assertive) in window.__announced.
function listenForAnnouncements(page) {
  return page.evaluate(() => {
    window.__announced = [];
    window.addEventListener('unknot:announce', (event) => window.__announced.push(event.detail));
  });
}
const announced = (page) => page.evaluate(() => window.__announced.splice(0));

// Jumps to just after each of the routine's phase changes in turn (one change a jump, so the
// app speaks each one: after a longer gap it keeps only the latest cue), until it finishes.
async function runRoutineToEnd(page) {
  const phases = [];
  for (let i = 0; i < 200; i++) {
    const r = (await state(page)).routine;
    phases.push(r.phase);
    if (r.finished) return phases;
    await page.clock.fastForward(r.remainingMs + 50);
  }
  assert.fail('the routine did not finish');
}

describe('accessibility flows', () => {
  test('a screen reader runs the short routine by roles and names alone', async () => {
    await withApp(PHONE, async ({ page, errors }) => {
      await activate(page, 'button', 'Routine');
      assert.equal((await state(page)).screen, 'routine');
      await activate(page, 'button', /^Short routine/);
      let s = await state(page);
      assert.deepEqual([s.screen, s.routine.kind, s.routine.phase], ['player', 'short', 'getReady']);

      await activate(page, 'button', 'Pause');
      assert.equal((await state(page)).routine.paused, true);
      const held = (await state(page)).routine.remainingMs;
      await page.clock.fastForward(60_000);
      assert.equal((await state(page)).routine.remainingMs, held, 'paused: time stands still');
      await activate(page, 'button', 'Resume');
      assert.equal((await state(page)).routine.paused, false);

      await activate(page, 'button', 'Skip');
      assert.equal((await state(page)).routine.exercise, 'childs_pose_side_bend');
      await page.clock.fastForward((await state(page)).routine.totalMs);  // let the rest run out
      await frames(page);
      s = await state(page);
      assert.deepEqual([s.routine.phase, s.routine.summary.skipped, s.routine.summary.done], ['finished', 1, 4]);
      await activate(page, 'button', 'Done');
      s = await state(page);
      assert.equal(s.routine, null);
      assert.equal(s.screen, 'routine');
      assert.deepEqual(errors, []);
    });
  });
});
