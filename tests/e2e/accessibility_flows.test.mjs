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

// What a screen reader does on a double tap: a click on the mirror's element itself. `count`
// is how many items of that role and name the screen shows (the check-in has two Save buttons).
async function activate(page, role, name, { count = 1 } = {}) {
  const elements = page.getByRole(role, { name, exact: typeof name === 'string' });
  assert.equal(await elements.count(), count, `${count} ${role} named ${name}`);
  await elements.first().dispatchEvent('click');
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


// Which widget has Dear ImGui's keyboard focus, as widgets() reports it.
async function focusedWidget(page) {
  const focused = (await page.evaluate(() => window.unknot.widgets())).filter((w) => w.focused);
  assert.ok(focused.length <= 1, 'at most one item has the focus');
  return focused.length ? focused[0].id : null;
}

// Which widget the focus ring (palette().focus, 3 px just outside the item) is seen around, by
// counting its pixels around each item: the ring must be visible, not only reported.
const FOCUS_RING = [0x1d, 0x5c, 0x9e];
async function ringAround(page) {
  const image = decodePng(await page.screenshot());
  const widgets = await page.evaluate(() => window.unknot.widgets());
  let best = null;
  let bestCount = 0;
  for (const { id, rect } of widgets) {
    let count = 0;
    for (let y = Math.floor(rect.y - 6); y < rect.y + rect.h + 6; y++) {
      for (let x = Math.floor(rect.x - 6); x < rect.x + rect.w + 6; x++) {
        const outside = x < rect.x - 1 || x >= rect.x + rect.w + 1 || y < rect.y - 1 || y >= rect.y + rect.h + 1;
        if (!outside || x < 0 || y < 0 || x >= image.width || y >= image.height) continue;
        const i = (y * image.width + x) * 3;
        if (FOCUS_RING.every((c, k) => Math.abs(image.rgb[i + k] - c) <= 10)) count += 1;
      }
    }
    if (count > bestCount) [best, bestCount] = [id, count];
  }
  return bestCount > 40 ? best : null;
}

// Presses Tab (or Shift+Tab) until the item has the focus; returns how many presses it took.
async function tabTo(page, id, key = 'Tab') {
  for (let presses = 1; presses <= 30; presses++) {
    await page.keyboard.press(key);
    await frames(page);
    if ((await focusedWidget(page)) === id) return presses;
  }
  assert.fail(`${key} never reached ${id}`);
}

async function press(page, key) {
  await page.keyboard.press(key);
  await frames(page);
}

// Labels of every item on `screen` by id, in the current language (the check-in with its
// details open, so every question's options are there).
async function labelsOf(page, screen) {
  await dispatch(page, { type: 'navigate', screen });
  await frames(page);
  if (screen === 'checkin' && (await page.evaluate(() => window.unknot.widgets()
    .some((w) => w.id === 'checkin.details' && w.value === 'collapsed')))) {
    await page.locator('[data-widget="checkin.details"]').dispatchEvent('click');
    await frames(page);
  }
  return new Map(await page.evaluate(() => window.unknot.widgets().map((w) => [w.id, w.label])));
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
      assert.deepEqual([s.routine.phase, s.routine.summary.skipped, s.routine.summary.done], ['finished', 1, 3]);
      await activate(page, 'button', 'Done');
      s = await state(page);
      assert.equal(s.routine, null);
      assert.equal(s.screen, 'routine');
      assert.deepEqual(errors, []);
    });
  });
  test('the keyboard alone: a short routine with the player keys, then a quick check-in', async () => {
    await withApp(PHONE, async ({ page, errors }) => {
      await page.locator('#canvas').focus();
      await tabTo(page, 'home.routine');
      assert.equal(await ringAround(page), 'home.routine', 'the focus ring is drawn where the focus is');
      await press(page, 'Enter');
      assert.equal((await state(page)).screen, 'routine');
      await tabTo(page, 'routine.start.short');
      await press(page, 'Tab');
      assert.equal(await focusedWidget(page), 'routine.customise', 'Tab moves on');
      await press(page, 'Shift+Tab');
      assert.equal(await focusedWidget(page), 'routine.start.short', 'Shift+Tab moves back');
      await press(page, 'Enter');
      let r = (await state(page)).routine;
      assert.deepEqual([(await state(page)).screen, r.kind], ['player', 'short']);

      await press(page, 'Space');
      assert.equal((await state(page)).routine.paused, true, 'Space pauses');
      await press(page, 'Space');
      assert.equal((await state(page)).routine.paused, false, 'Space resumes');
      await press(page, 'ArrowRight');
      assert.equal((await state(page)).routine.exercise, 'childs_pose_side_bend', 'Right skips');
      await press(page, 'ArrowLeft');
      assert.equal((await state(page)).routine.exercise, 'cat_cow', 'Left goes back an exercise');
      await press(page, 'Escape');
      r = (await state(page)).routine;
      assert.deepEqual([(await state(page)).screen, r.paused], ['routine', true], 'Escape leaves, paused');
      await tabTo(page, 'routine.resume');
      await press(page, 'Enter');
      assert.deepEqual([(await state(page)).screen, (await state(page)).routine.paused], ['player', false]);
      await tabTo(page, 'player.end');
      await press(page, 'Enter');
      r = (await state(page)).routine;
      assert.deepEqual([r.phase, r.summary.endedEarly], ['finished', true]);
      await press(page, 'Escape');  // closes the summary
      assert.equal((await state(page)).routine, null);
      await press(page, 'Escape');
      assert.equal((await state(page)).screen, 'home');

      await tabTo(page, 'home.checkin');
      await press(page, 'Enter');
      assert.equal((await state(page)).screen, 'checkin');
      await tabTo(page, 'checkin.pain.3');
      await press(page, 'ArrowRight');  // arrows move the focus along the scale
      assert.equal(await focusedWidget(page), 'checkin.pain.4');
      await press(page, 'Space');
      await tabTo(page, 'checkin.save');
      await press(page, 'Enter');
      await page.waitForFunction(() => window.unknot.state().journal.storage.saving === 0);
      assert.equal((await state(page)).journal.latest.pain, 4);
      await press(page, 'Escape');
      assert.equal((await state(page)).screen, 'home');
      assert.deepEqual(errors, []);
    });
  });
  test('live regions: the routine\'s phase changes and breathing are polite, a warning sign assertive', async () => {
    await withApp(PHONE, async ({ page, errors }) => {
      await listenForAnnouncements(page);
      await dispatch(page, { type: 'startRoutine', routine: 'short' });
      const phases = await runRoutineToEnd(page);
      const said = await announced(page);
      assert.ok(said.every((a) => !a.assertive), 'phase changes wait their turn');
      const texts = said.map((a) => a.text);
      // Each phase is said with what to do in it, from the exercise's cue lines.
      assert.equal(texts[0], 'Get ready: Cat cow. Come onto your hands and knees, wrists under shoulders.');
      assert.equal(texts[1], 'Go. Breathe in: let your belly sink and lift your chest.');
      for (const start of ['Get ready: ', 'Go. ', 'Switch sides: ']) {
        assert.ok(texts.some((t) => t.startsWith(start)), `"${start}…" is said (${texts.join(' | ')})`);
      }
      assert.ok(texts.includes('Finished'));
      assert.equal(texts.filter((t) => t.startsWith('Switch sides: ')).length, phases.filter((p) => p === 'switchSides').length,
        'each switch of sides is said');
      assert.equal((await page.locator('#announce-polite').textContent()).trim(), 'Finished');
      await dispatch(page, { type: 'closeRoutine' });

      // The short routine has no rest; two rounds of one exercise have one between them.
      await dispatch(page, { type: 'setCustomRoutine', items: [{ exercise: 'bird_dog', dosage: { reps: 2, rounds: 2, restS: 10 } }] });
      await dispatch(page, { type: 'startRoutine', routine: 'custom' });
      assert.ok((await runRoutineToEnd(page)).includes('rest'));
      assert.ok((await announced(page)).some((a) => a.text === 'Rest. Next: round 2 of 2.' && !a.assertive), '"Rest" is said');
      await dispatch(page, { type: 'closeRoutine' });

      await dispatch(page, { type: 'startBreathing' });
      await page.clock.runFor(500);
      assert.deepEqual((await announced(page)).map((a) => a.text), ['Breathe in']);
      assert.equal((await page.locator('#announce-polite').textContent()).trim(), 'Breathe in');
      await page.clock.fastForward((await state(page)).breathing.session.stepRemainingMs + 50);
      await page.clock.runFor(100);  // the frame that the step's end woke is drawn
      assert.deepEqual((await announced(page)).map((a) => a.text), ['Breathe out']);
      await dispatch(page, { type: 'stopBreathing' });
      await dispatch(page, { type: 'closeBreathing' });

      // A check-in with a warning sign, by roles: it interrupts, and the get-care page opens.
      await dispatch(page, { type: 'navigate', screen: 'checkin' });
      await frames(page);
      await activate(page, 'radio', 'Pain 6 of 10');
      await activate(page, 'button', /^Add details/);
      await activate(page, 'checkbox', 'Fever or feeling unwell with back pain, more so with a weak immune system');
      await activate(page, 'button', 'Save check-in, end of the form');  // the one after the details
      assert.equal((await state(page)).screen, 'care');
      const warning = (await announced(page)).find((a) => a.assertive);
      assert.equal(warning?.text, 'Get care now. Warning signs that need a clinician');
      const region = page.locator('#announce-assertive');
      assert.equal(await region.getAttribute('aria-live'), 'assertive');
      assert.equal(await region.textContent(), warning.text);
      await page.waitForFunction(() => window.unknot.state().journal.storage.saving === 0);
      assert.deepEqual((await state(page)).journal.latest.redFlags, ['feverOrUnwell']);
      assert.deepEqual(errors, []);
    });
  });
  test('in Spanish from the browser\'s language: a check-in, a routine, Spanish dates, every label translated', async () => {
    await withApp({ ...PHONE, locale: 'es-ES' }, async ({ page, errors }) => {
      assert.equal((await state(page)).locale, 'es');
      await activate(page, 'button', 'Registro');
      await activate(page, 'radio', 'Dolor 4 de 10');
      await activate(page, 'button', 'Guardar registro');
      await page.waitForFunction(() => window.unknot.state().journal.storage.saving === 0);
      assert.equal((await state(page)).journal.latest.pain, 4);
      assert.equal((await page.locator('#announce-polite').textContent()).trim(), 'Registro guardado');
      await activate(page, 'button', 'Volver');

      await activate(page, 'button', 'Rutina');
      await activate(page, 'button', /^Rutina corta/);
      assert.equal((await state(page)).routine.kind, 'short');
      await activate(page, 'button', 'Terminar la rutina');
      assert.equal((await state(page)).routine.phase, 'finished');
      await activate(page, 'button', 'Listo');
      assert.equal((await state(page)).routine, null);

      const endMs = await page.evaluate(() => Date.now());
      await dispatch(page, { type: 'importData', text: journalExport({ days: 20, endMs }) });
      await dispatch(page, { type: 'confirmImport' });
      const chart = (await labelsOf(page, 'progress')).get('progress.chart');
      const months = '(ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)';
      assert.match(chart, new RegExp(`^Gráfico.*\\b\\d+ ${months}\\b.*\\b\\d+ ${months}\\b`, 'i'), chart);
      assert.doesNotMatch(chart, /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/, chart);

      // Every label in Spanish differs from its English one, and none is empty. The language
      // choices are named in their own language on purpose.
      const written = new Set(await page.evaluate(() => window.unknot.state().journal.psfsActivities));
      for (const screen of ['home', 'routine', 'checkin', 'settings', 'progress', 'care', 'plan', 'program']) {
        const spanish = await labelsOf(page, screen);
        await dispatch(page, { type: 'setLocale', locale: 'en' });
        const english = await labelsOf(page, screen);
        await dispatch(page, { type: 'setLocale', locale: 'es' });
        assert.ok(spanish.size > 0, `${screen} has items`);
        for (const [id, label] of spanish) {
          assert.ok(label.trim() !== '', `${screen}: ${id} has a name`);
          if (id.startsWith('settings.language.')) continue;
          if (label === 'Unknot' || written.has(label)) continue;  // the app's name; what the user wrote
          assert.notEqual(label, english.get(id), `${screen}: ${id} is translated`);
        }
      }
      assert.deepEqual(errors, []);
    });
  });
  test('contrast measured on screenshots: at least 4.5:1 for every item in high contrast', async (t) => {
    await withApp(PHONE, async ({ page }) => {
      const endMs = await page.evaluate(() => Date.now());
      await dispatch(page, { type: 'importData', text: journalExport({ days: 5, endMs }) });
      await dispatch(page, { type: 'confirmImport' });
      const below = [];
      for (const highContrast of [true, false]) {
        await dispatch(page, { type: 'setHighContrast', on: highContrast });
        const theme = highContrast ? 'high contrast' : 'standard';
        for (const screen of ['home', 'routine', 'checkin', 'settings', 'care', 'progress', 'plan', 'program']) {
          await dispatch(page, { type: 'navigate', screen });
          await page.mouse.move(0, 0);  // no hover tint
          await frames(page);
          const png = await page.screenshot();
          const widgets = await page.evaluate(() => window.unknot.widgets());
          const measured = widgetContrasts(png, widgets, { scale: decodePng(png).width / PHONE.viewport.width });
          assert.ok(measured.length > 0, `${screen}: items measured`);
          const min = measured.reduce((a, b) => (b.ratio < a.ratio ? b : a));
          t.diagnostic(`${theme} ${screen}: minimum ${min.ratio.toFixed(2)}:1 (${min.id}, ${min.ink} on ${min.background}), ${measured.length} items`);
          for (const item of measured.filter((m) => m.ratio < 4.5)) {
            below.push(`${theme} ${screen}: ${item.id} ${item.ratio.toFixed(2)}:1 (${item.ink} on ${item.background})`);
          }
        }
      }
      for (const line of below) t.diagnostic(`below 4.5:1: ${line}`);
      assert.deepEqual(below.filter((line) => line.startsWith('high contrast')), []);
    });
  });
});
