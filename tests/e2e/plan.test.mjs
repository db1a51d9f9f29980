// Browser tests of today's plan, movement breaks and the 12-week program, through taps and
// clicks on the canvas: a ticked item lands in the journal and survives a reload; a reminder
// comes at its interval on Playwright's clock and never in quiet hours; the weekly review comes
// after a week, steps down on a pain rise, and sends warning signs to "Get care now" (a
// same-day sign at the screening keeps the program from starting; in a review it pauses it).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import {
  DESKTOP, PHONE, fixedMoment, hasStarted, isoDay, openAppAt, pressWidget, useSiteAndBrowser, widget,
} from './browser.mjs';

// The screen's title, as a screen reader jumps to it: its one level-1 heading.
const screenTitle = (page) => page.evaluate(() => window.unknot.widgets().find((w) => w.role === 'heading' && w.level === 1).label);

const suite = useSiteAndBrowser();
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
// The moments the tests start at (shifted when CI runs them years ahead: see fixedMoment).
const MORNING = fixedMoment('2026-11-27T09:00:00Z');
const LATE_EVENING = fixedMoment('2026-11-27T21:40:00Z');
const NEXT_MORNING_7AM = fixedMoment('2026-11-28T07:00:00Z');

const state = (page) => page.evaluate(() => window.unknot.state());
const act = (page, action) => page.evaluate((a) => window.unknot.dispatch(a), action);

const openAt = (device, start) => openAppAt(suite.browser, suite.url, device, start);

async function exportedJournal(page) {
  await act(page, { type: 'navigate', screen: 'data' });
  await page.clock.runFor(100);
  const [download] = await Promise.all([page.waitForEvent('download'), pressWidget(page, 'data.export.json')]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

describe('today\'s plan', () => {
  test('a tap ticks an item: it is self-care in the journal, and still ticked after a reload', async () => {
    const { page, context, errors } = await openAt(PHONE, MORNING);
    try {
      const walk = await pressWidget(page, 'home.plan.walk', { touch: true });
      assert.equal(walk.role, 'checkbox');
      let plan = (await state(page)).plan;
      assert.deepEqual(plan.items.find((i) => i.item === 'walk'), {
        item: 'walk', time: 'midday', ticked: true, doneBySession: false, done: true,
      });
      assert.equal(plan.done, 1);
      await page.clock.runFor(100);
      assert.equal((await widget(page, 'home.plan.walk')).value, 'checked');
      for (let i = 0; i < 40 && (await state(page)).journal.storage.saving > 0; i++) await page.clock.runFor(50);

      const journal = await exportedJournal(page);
      const ticks = journal.sessions.filter((s) => s.kind === 'plan');
      assert.equal(ticks.length, 1);
      assert.deepEqual(ticks[0].planItems, ['walk']);
      assert.equal(ticks[0].day, isoDay(MORNING));

      await page.reload();
      for (let i = 0; i < 200 && !(await hasStarted(page)); i++) await page.clock.runFor(50);
      await page.evaluate(() => window.unknot.ready);
      for (let i = 0; i < 40 && (await state(page)).journal.storage.mode === 'starting'; i++) await page.clock.runFor(50);
      plan = (await state(page)).plan;
      assert.equal(plan.items.find((i) => i.item === 'walk').ticked, true, 'the tick is durable');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('the plan\'s items and times are the user\'s: an extra added by a click shows on home', async () => {
    const { page, context, errors } = await openAt(DESKTOP, MORNING);
    try {
      await pressWidget(page, 'home.plan.edit');
      assert.equal((await state(page)).screen, 'plan');
      await pressWidget(page, 'plan.item.heat');
      await pressWidget(page, 'plan.time.heat.4');  // before bed
      await pressWidget(page, 'nav.back');
      const heat = (await state(page)).plan.items.find((i) => i.item === 'heat');
      assert.deepEqual(heat, { item: 'heat', time: 'bedtime', ticked: false, doneBySession: false, done: false });
      assert.ok(await widget(page, 'home.plan.heat'), 'home lists it');
      assert.equal((await state(page)).plan.items.at(-2).item, 'heat', 'before bed comes last but "any time"');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('movement breaks', () => {
  test('a reminder comes at the set interval, plays its cue, and Snooze puts it off 10 minutes', async () => {
    const { page, context, errors } = await openAt(PHONE, MORNING);
    try {
      await act(page, { type: 'navigate', screen: 'settings' });
      await page.clock.runFor(100);
      await pressWidget(page, 'settings.breaks.on', { touch: true });
      await pressWidget(page, 'settings.breaks.every.0', { touch: true });  // every 30 minutes
      const start = await page.evaluate(() => Date.now());
      assert.equal((await state(page)).breaks.intervalMin, 30);
      assert.ok(Math.abs((await state(page)).breaks.dueAt - (start + 30 * MINUTE)) < 1000, 'counted from the choice');

      await page.clock.runFor(29 * MINUTE);
      assert.equal((await state(page)).breaks.showing, false, 'not before its time');
      assert.equal(await widget(page, 'break.done'), null);
      await page.clock.runFor(MINUTE + 500);
      assert.equal((await state(page)).breaks.showing, true);
      assert.ok((await page.evaluate(() => window.__cues)).includes('moveReminder'));
      assert.ok(await widget(page, 'break.snooze'), 'the reminder is on screen');

      await pressWidget(page, 'break.snooze', { touch: true });
      const snoozed = await state(page);
      assert.equal(snoozed.breaks.showing, false);
      const now = await page.evaluate(() => Date.now());
      assert.ok(Math.abs(snoozed.breaks.dueAt - (now + 10 * MINUTE)) < 1000);
      await page.clock.runFor(10 * MINUTE + 500);
      assert.equal((await state(page)).breaks.showing, true);
      await pressWidget(page, 'break.done', { touch: true });
      assert.equal((await state(page)).breaks.shownToday, 2);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('no reminder comes in quiet hours: the one due at 22:10 waits until 07:00', async () => {
    const { page, context, errors } = await openAt(DESKTOP, LATE_EVENING);
    try {
      await act(page, { type: 'setMovementBreaks', on: true, intervalMin: 30, quietFrom: '22:00', quietTo: '07:00' });
      await page.clock.runFor(100);
      assert.equal((await state(page)).breaks.dueAt, NEXT_MORNING_7AM);
      await page.clock.runFor(60 * MINUTE);
      await page.clock.fastForward(8 * 60 * MINUTE);  // 06:40
      await page.clock.runFor(19 * MINUTE);
      assert.equal((await state(page)).breaks.showing, false);
      assert.ok(!(await page.evaluate(() => window.__cues)).includes('moveReminder'), 'not a sound all night');
      await page.clock.runFor(MINUTE + 500);
      assert.equal((await state(page)).breaks.showing, true, 'it comes when the quiet hours end');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

const NO_SIGNS = { redFlags: [], pastCancer: false, pregnant: false, osteoporosis: false, recentBackSurgery: false };

describe('12-week program', () => {
  test('started by taps after the screening, its review comes after a week; a 7-day average 2 above the start steps down', async () => {
    const { page, context, errors } = await openAt(PHONE, MORNING);
    try {
      await pressWidget(page, 'home.program', { touch: true });
      assert.equal((await state(page)).screen, 'program');
      await pressWidget(page, 'program.pain.4', { touch: true });
      await pressWidget(page, 'screening.cautions.0', { touch: true });  // pregnant: gentler, not a block
      await pressWidget(page, 'program.start', { touch: true });
      let program = (await state(page)).program;
      assert.deepEqual([program.week, program.level, program.reviewDue, program.baselinePain], [1, 0, false, 4]);
      assert.deepEqual(program.cautions, ['pregnant']);
      assert.equal((await act(page, { type: 'navigate', screen: 'review' })).error, 'there is no weekly review due');

      await page.clock.fastForward(7 * DAY);
      await page.clock.runFor(100);
      await act(page, { type: 'navigate', screen: 'home' });
      await page.clock.runFor(100);
      await pressWidget(page, 'home.review', { touch: true });
      assert.equal((await state(page)).screen, 'review');
      await pressWidget(page, 'review.pain.6', { touch: true });  // the week's average: 6, up 2 from 4
      await pressWidget(page, 'review.save', { touch: true });
      program = (await state(page)).program;
      assert.deepEqual([program.week, program.level, program.suggestsShort], [2, 0, true]);
      assert.deepEqual([program.reviews[0].outcome, program.reviews[0].averagePain], ['steppedDown', 6]);
      assert.equal((await state(page)).plan.routine, 'short', 'the plan suggests the short routine');
      assert.equal((await state(page)).journal.latest.pain, 6, 'the review is a check-in in the journal');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a program at a harder level plays the harder variants: their names on the player and in the mirror', async () => {
    const { page, context, errors } = await openAt(PHONE, MORNING);
    try {
      // A backup whose program is at level 9 (week 10): the quickest way there without nine reviews.
      const backup = {
        format: 'unknot-journal', version: 2,
        settings: { program: { startDay: isoDay(MORNING), baselinePain: 4, level: 9, reviews: [] } },
      };
      assert.equal((await act(page, { type: 'importData', text: JSON.stringify(backup) })).ok, true);
      assert.equal((await act(page, { type: 'confirmImport', settings: true })).ok, true);
      const program = (await state(page)).program;
      assert.equal(program.level, 9);
      assert.deepEqual(program.routine.map((item) => `${item.exercise}:${item.variant}`), [
        'cat_cow:harder', 'childs_pose_side_bend:standard', 'bird_dog:harder', 'standing_rotation:harder',
        'donkey_kicks:harder', 'kneeling_hip_flexor:harder', 'seal_stretch:standard', 'diaphragmatic_breathing:harder',
      ]);
      const birdDog = program.routine.find((item) => item.exercise === 'bird_dog');
      assert.equal(birdDog.dosage.repMs, 10000, 'the longer hold at full reach');

      await act(page, { type: 'navigate', screen: 'program' });
      await page.clock.runFor(100);
      await pressWidget(page, 'program.routine', { touch: true });
      let s = await state(page);
      assert.deepEqual([s.screen, s.routine.kind, s.routine.exercise, s.routine.variant],
        ['player', 'program', 'cat_cow', 'harder']);
      assert.equal((await screenTitle(page)), 'Cat cow with a rock back');
      await page.clock.runFor(200);  // the mirror follows the drawn frame
      assert.equal(await page.getByRole('heading', { name: 'Cat cow with a rock back' }).count(), 1);

      await act(page, { type: 'skipExercise' });  // child's pose side bend: its standard version
      await page.clock.runFor(200);
      s = await state(page);
      assert.deepEqual([s.routine.exercise, s.routine.variant], ['childs_pose_side_bend', 'standard']);
      assert.equal((await screenTitle(page)), "Child's pose with side bend");
      await act(page, { type: 'skipExercise' });
      await page.clock.runFor(200);
      assert.equal((await screenTitle(page)), 'Bird dog with a longer hold');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a same-day sign at the screening opens "Get care now" instead of starting the program', async () => {
    const { page, context, errors } = await openAt(PHONE, MORNING);
    try {
      await pressWidget(page, 'home.program', { touch: true });
      await pressWidget(page, 'program.pain.5', { touch: true });
      await pressWidget(page, 'screening.flags.today.0', { touch: true });  // fever or feeling unwell
      await pressWidget(page, 'program.start', { touch: true });
      const s = await state(page);
      assert.equal(s.screen, 'care');
      assert.equal(s.program, null, 'no program starts');
      assert.equal((await act(page, { type: 'startProgram', pain: 5 })).error,
        'startProgram: screening is required: ask the warning-sign questions before starting');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a same-day sign in the review pauses the program; Resume carries on', async () => {
    const { page, context, errors } = await openAt(PHONE, MORNING);
    try {
      await act(page, { type: 'startProgram', pain: 5, screening: NO_SIGNS });
      await page.clock.fastForward(7 * DAY);
      await act(page, { type: 'navigate', screen: 'review' });
      await page.clock.runFor(100);
      await pressWidget(page, 'review.pain.4', { touch: true });
      await pressWidget(page, 'review.flags.today.2', { touch: true });  // pain at night that no position eases
      await pressWidget(page, 'review.save', { touch: true });
      let s = await state(page);
      assert.equal(s.screen, 'care');
      assert.equal(s.journal.latest.careTier, 'today');
      assert.deepEqual([s.program.paused, s.program.active, s.program.reviews[0].outcome], [true, false, 'paused']);
      await act(page, { type: 'navigate', screen: 'program' });
      await page.clock.runFor(100);
      await pressWidget(page, 'program.resume', { touch: true });
      s = await state(page);
      assert.deepEqual([s.program.paused, s.program.active, s.program.stopped], [false, true, false]);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('an emergency sign in the review stops the program and opens "Get care now"', async () => {
    const { page, context, errors } = await openAt(DESKTOP, MORNING);
    try {
      await act(page, { type: 'startProgram', pain: 5, screening: NO_SIGNS });
      await page.clock.fastForward(7 * DAY);
      await act(page, { type: 'navigate', screen: 'review' });
      await page.clock.runFor(100);
      await pressWidget(page, 'review.pain.5');
      await pressWidget(page, 'review.flags.emergency.2');  // leg weakness that is getting worse
      await pressWidget(page, 'review.save');
      const s = await state(page);
      assert.equal(s.screen, 'care');
      assert.equal(s.journal.latest.careTier, 'emergency');
      assert.deepEqual([s.program.stopped, s.program.active], [true, false]);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
