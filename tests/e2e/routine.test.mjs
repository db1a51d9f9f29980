// Browser tests of the routine: real clicks, taps, swipes and keys through the canvas, with
// Playwright's fake clock so minutes of routine pass in a moment and timings are exact.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DESKTOP, PHONE, centre, countFrameRequestsOnClock, openApp, openAppOnPausedClock, touchDrag, useSiteAndBrowser, widget,
} from './browser.mjs';

const suite = useSiteAndBrowser();

async function withApp(device, run, { clock = true } = {}) {
  const context = await suite.browser.newContext(device);
  try {
    await run(clock ? await openAppOnPausedClock(context, suite.url) : await openApp(context, suite.url));
  } finally {
    await context.close();
  }
}

const state = (page) => page.evaluate(() => window.unknot.state());
const routine = async (page) => (await state(page)).routine;
const cues = (page) => page.evaluate(() => window.__cues.splice(0));

// Scrolls with the mouse wheel, as a person would, until the item is fully in view.
async function scrollIntoView(page, id) {
  const { height } = page.viewportSize();
  for (let i = 0; i < 40; i++) {
    const item = await widget(page, id);
    assert.ok(item, `${id} is on screen`);
    if (item.rect.y >= 0 && item.rect.y + item.rect.h <= height) return item;
    await page.mouse.move(20, height / 2);
    await page.mouse.wheel(0, item.rect.y < 0 ? -150 : 150);
    await page.clock.runFor(100);
  }
  assert.fail(`${id} could not be scrolled into view`);
}

async function click(page, id) {
  const item = await scrollIntoView(page, id);
  await page.mouse.click(centre(item.rect).x, centre(item.rect).y);
  await page.clock.runFor(100);  // a few frames: the click is seen and its action applied
}

// Jumps the clock to `ms` after `start`, like a phone waking up: the one animation frame due
// then runs at that moment.
async function at(page, start, ms) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.fastForward(Math.max(0, start + ms - now));
}

// When the routine started, read back from its first phase's countdown.
async function startedAt(page) {
  const [now, r] = await page.evaluate(() => [Date.now(), window.unknot.state().routine]);
  assert.equal(r.phase, 'getReady');
  return now - (8_000 - r.remainingMs);
}

describe('routine', () => {
  test('the short routine started with the mouse runs its phases, sides and finish on time', async () => {
    await withApp(DESKTOP, async ({ page, errors }) => {
      await click(page, 'home.routine');
      assert.equal((await state(page)).screen, 'routine');
      await click(page, 'routine.start.short');
      const start = await startedAt(page);
      let r = await routine(page);
      assert.equal((await state(page)).screen, 'player');
      assert.deepEqual([r.kind, r.exercise, r.phase, r.exerciseCount], ['short', 'cat_cow', 'getReady', 4]);
      assert.ok((await cues(page)).includes('getReady'));

      // 8 s to get ready, then cat cow: 6 reps, one breath each (7 a minute: 8571 ms).
      const rep = 8_571;
      await at(page, start, 8_500);
      r = await routine(page);
      assert.deepEqual([r.phase, r.rep, r.reps], ['work', 1, 6]);
      await at(page, start, 8_000 + 2 * rep + 500);
      assert.equal((await routine(page)).rep, 3);

      const childsPose = 8_000 + 6 * rep;  // child's pose: get ready, 20 s a side with a switch between
      await at(page, start, childsPose + 500);
      r = await routine(page);
      assert.deepEqual([r.exercise, r.phase], ['childs_pose_side_bend', 'getReady']);
      await at(page, start, childsPose + 8_500);
      r = await routine(page);
      assert.deepEqual([r.phase, r.side, r.remainingMs], ['work', 'first', 19_500]);
      await at(page, start, childsPose + 28_500);
      assert.deepEqual([(await routine(page)).phase, (await routine(page)).side], ['switchSides', 'second']);
      await at(page, start, childsPose + 33_500);
      assert.deepEqual([(await routine(page)).phase, (await routine(page)).side], ['work', 'second']);

      const total = (await routine(page)).totalMs;  // about five minutes, ending at rest on the back
      assert.equal(total, 290_000 + 6 * (rep - 8_000));
      await at(page, start, total);
      r = await routine(page);
      assert.equal(r.phase, 'finished');
      assert.deepEqual(r.summary, { done: 4, skipped: 0, total: 4, activeMs: total, endedEarly: false, finishLagMs: 0 });
      assert.ok(await widget(page, 'player.done'), 'the summary offers Done');
      await click(page, 'player.done');
      assert.equal((await state(page)).routine, null);
      assert.deepEqual(errors, []);
    });
  });

  test('pause holds the routine still through five minutes; resume carries on from there', async () => {
    await withApp(DESKTOP, async ({ page }) => {
      await page.evaluate(() => window.unknot.dispatch({ type: 'startRoutine', routine: 'full' }));
      const start = await startedAt(page);
      await at(page, start, 20_000);
      await click(page, 'player.pause');
      const paused = await routine(page);
      assert.equal(paused.paused, true);
      assert.equal((await widget(page, 'player.pause')).label, 'Resume');
      await at(page, start, 20_000 + 5 * 60_000);
      const later = await routine(page);
      assert.deepEqual(later, paused, 'nothing advanced while paused');
      await click(page, 'player.pause');
      await page.clock.runFor(1000);
      const resumed = await routine(page);
      assert.equal(resumed.paused, false);
      assert.equal(resumed.exercise, paused.exercise);
      assert.ok(resumed.remainingMs < paused.remainingMs && resumed.remainingMs > paused.remainingMs - 1500);
    });
  });

  test('skip, previous, back-and-resume and end work from the player controls', async () => {
    await withApp(DESKTOP, async ({ page }) => {
      await page.evaluate(() => window.unknot.dispatch({ type: 'startRoutine', routine: 'short' }));
      await page.clock.runFor(100);
      await click(page, 'player.skip');
      assert.equal((await routine(page)).exercise, 'childs_pose_side_bend');
      await click(page, 'player.previous');
      assert.equal((await routine(page)).exercise, 'cat_cow');
      await click(page, 'nav.back');  // leaving the player pauses; the routine screen offers Resume
      assert.deepEqual([(await state(page)).screen, (await routine(page)).paused], ['routine', true]);
      await click(page, 'routine.resume');
      assert.deepEqual([(await state(page)).screen, (await routine(page)).paused], ['player', false]);
      await click(page, 'player.end');
      const r = await routine(page);
      assert.equal(r.phase, 'finished');
      assert.equal(r.summary.endedEarly, true);
    });
  });

  test('the keyboard pages the carousel and controls the player', async () => {
    await withApp(DESKTOP, async ({ page }) => {
      await page.evaluate(() => window.unknot.dispatch({ type: 'navigate', screen: 'routine' }));
      await page.clock.runFor(100);
      await page.keyboard.press('ArrowRight');
      await page.clock.runFor(100);
      assert.equal((await state(page)).exerciseInView, 'childs_pose_side_bend');
      await page.keyboard.press('ArrowLeft');
      await page.clock.runFor(100);
      assert.equal((await state(page)).exerciseInView, 'cat_cow');

      await page.evaluate(() => window.unknot.dispatch({ type: 'startRoutine', routine: 'short' }));
      await page.clock.runFor(100);
      await page.keyboard.press('Space');
      await page.clock.runFor(100);
      assert.equal((await routine(page)).paused, true);
      await page.keyboard.press('Space');
      await page.keyboard.press('ArrowRight');
      await page.clock.runFor(100);
      assert.deepEqual([(await routine(page)).paused, (await routine(page)).exercise], [false, 'childs_pose_side_bend']);
    });
  });

  test('at phone size a sideways swipe pages the carousel and an upward drag scrolls, pressing nothing', async () => {
    await withApp(PHONE, async ({ page }) => {
      await page.evaluate(() => window.unknot.dispatch({ type: 'navigate', screen: 'routine' }));
      await page.clock.runFor(100);
      const next = await widget(page, 'routine.card.next');
      const y = next.rect.y + 200;  // over the exercise card's drawing
      await touchDrag(page, { x: 300, y }, { x: 100, y });
      const after = await state(page);
      assert.equal(after.exerciseInView, 'childs_pose_side_bend');
      assert.equal(after.screen, 'routine', 'the swipe pressed nothing');
      assert.equal(after.routine, null);

      // A vertical drag scrolls the page (Dear ImGui alone would not), again pressing nothing.
      const before = (await widget(page, 'routine.start.full')).rect.y;
      await touchDrag(page, { x: 200, y: 700 }, { x: 200, y: 300 });
      const moved = before - (await widget(page, 'routine.start.full')).rect.y;
      assert.ok(moved > 300 && moved < 420, `the page followed the finger (${moved} px)`);
      assert.equal((await state(page)).screen, 'routine');
    });
  });

  test('frames come only when pixels change: every frame of the reps, at most 10 a second in a hold, none paused', async () => {
    await withApp(DESKTOP, async ({ page }) => {
      const countFrames = () => countFrameRequestsOnClock(page);
      await page.evaluate(() => window.unknot.dispatch({ type: 'startRoutine', routine: 'short' }));
      const start = await startedAt(page);
      await at(page, start, 3_000);
      let frames = await countFrames();
      assert.ok(frames >= 5 && frames <= 11, `getting ready, the ring steps: ${frames} frames in a second`);
      await at(page, start, 10_000);  // cat cow's reps: the figure moves all the time
      assert.ok((await countFrames()) > 40, 'reps draw at the display rate');
      const hold = 8_000 + 6 * 8_571 + 8_000 + 5_000;  // child's pose, past its 2 s of easing in
      await at(page, start, hold);
      assert.equal((await routine(page)).phase, 'work');
      frames = await countFrames();
      assert.ok(frames >= 1 && frames <= 10, `a 20 s hold: ${frames} frames in a second`);
      await page.evaluate(() => window.unknot.dispatch({ type: 'pauseRoutine' }));
      await page.clock.runFor(100);
      assert.equal(await countFrames(), 0, 'paused: nothing is drawn');
    });
  });

  test('a routine of your own: leave out, reorder and dose exercises, then play it', async () => {
    await withApp(DESKTOP, async ({ page }) => {
      await page.evaluate(() => window.unknot.dispatch({ type: 'navigate', screen: 'routine' }));
      await page.clock.runFor(100);
      await click(page, 'routine.customise');
      assert.equal((await state(page)).screen, 'customise');
      await click(page, 'custom.include.cat_cow');        // leave cat cow out
      await click(page, 'custom.more.bird_dog');          // 8 -> 9 reps
      await click(page, 'custom.up.bird_dog');            // bird dog before child's pose
      await click(page, 'custom.less.seal_stretch');      // 25 -> 20 s
      await click(page, 'custom.rounds.more.bird_dog');   // 1 -> 2 rounds
      const mine = (await state(page)).customRoutine;
      assert.deepEqual(mine.map((i) => i.exercise).slice(0, 3), ['bird_dog', 'childs_pose_side_bend', 'standing_rotation']);
      assert.equal(mine.length, 7);
      assert.equal(mine[0].dosage.reps, 9);
      assert.equal(mine[0].dosage.rounds, 2);
      assert.equal(mine.find((i) => i.exercise === 'seal_stretch').dosage.holdS, 20);
      assert.equal((await widget(page, 'custom.include.cat_cow')).value, 'unchecked');

      await click(page, 'custom.start');
      const r = await routine(page);
      assert.deepEqual([r.kind, r.exercise, r.exerciseCount], ['custom', 'bird_dog', 7]);
      await page.clock.fastForward(8_000);
      assert.equal((await routine(page)).reps, 9);
    });
  });
});
