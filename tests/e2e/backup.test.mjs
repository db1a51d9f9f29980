// A backup restores everything: a journal exported by a tap on one phone and imported through
// the file picker on a new one brings back every entry and every setting (language, text size,
// sound, the plan, movement breaks, the custom routine, the 12-week program); importing the
// same file again adds nothing. Runs on a fake clock from a fixed moment (see fixedMoment).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import {
  PHONE, fixedMoment, hasStarted, openAppAt, pressWidget, scrollIntoView, useSiteAndBrowser, widget,
} from './browser.mjs';

const suite = useSiteAndBrowser();
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const MORNING = fixedMoment('2026-11-27T09:00:00Z');

const state = (page) => page.evaluate(() => window.unknot.state());
async function act(page, action) {
  const answer = await page.evaluate((a) => window.unknot.dispatch(a), action);
  assert.equal(answer.ok, true, `${action.type}: ${answer.error}`);
  await page.clock.runFor(100);
}

const openPhone = (start) => openAppAt(suite.browser, suite.url, PHONE, start);

// A widget of the Data screen, scrolled into view first (items far off screen are not drawn).
const shown = (page, id) => scrollIntoView(page, id, () => page.clock.runFor(100));

async function whenSaved(page) {
  for (let i = 0; i < 100 && (await state(page)).journal.storage.saving > 0; i++) await page.clock.runFor(50);
  assert.equal((await state(page)).journal.storage.saving, 0, 'every write is durable');
}

// state() without this visit's bookkeeping: the change counter, the last write's key, and the
// next movement break (counted afresh in every visit).
async function seen(page) {
  const s = await state(page);
  delete s.revision;
  delete s.journal.storage.lastSaved;
  delete s.breaks.dueAt;
  return s;
}

describe('backup', () => {
  test('export by a tap, import through the file picker on a new phone: everything is back', async () => {
    const old = await openPhone(MORNING);
    const phone = await openPhone(MORNING + 7 * DAY + 60 * MINUTE);  // the same day: "today" reads alike
    try {
      const { page } = old;
      await act(page, { type: 'setTextSize', size: 'large' });
      await act(page, { type: 'setSound', on: false });
      await act(page, { type: 'setPlanItem', item: 'heat', included: true });
      await act(page, { type: 'setPlanTime', item: 'walk', time: 'evening' });
      await act(page, { type: 'setMovementBreaks', on: true, intervalMin: 60, quietFrom: '21:00', quietTo: '08:00' });
      await act(page, { type: 'setCustomRoutine', items: [{ exercise: 'cat_cow' }, { exercise: 'seal_stretch', dosage: { rounds: 2 } }] });
      await act(page, { type: 'setPsfsActivities', names: ['Tying shoes', 'Gardening', ''] });
      await act(page, { type: 'saveCheckIn', checkIn: { pain: 5, spots: ['left'], psfs: [4, 6, null], note: 'Long drive' } });
      await act(page, { type: 'startProgram', pain: 5, screening: { redFlags: [], pastCancer: false, pregnant: false, osteoporosis: false, recentBackSurgery: false } });
      await page.clock.fastForward(7 * DAY);
      await act(page, { type: 'reviewWeek', feel: 'same', checkIn: { pain: 4, psfs: [5, 6, null] } });
      await act(page, { type: 'setLocale', locale: 'es' });
      await act(page, { type: 'navigate', screen: 'data' });
      await whenSaved(page);
      // What the old phone shows after a reload: a visit's own state (a session waiting for its
      // rating) is not part of the backup.
      await page.reload();
      for (let i = 0; i < 200 && !(await hasStarted(page)); i++) await page.clock.runFor(50);
      await page.evaluate(() => window.unknot.ready);
      for (let i = 0; i < 40 && (await state(page)).journal.storage.mode === 'starting'; i++) await page.clock.runFor(50);
      await act(page, { type: 'navigate', screen: 'data' });
      const before = await seen(page);
      assert.equal(before.program.week, 2);
      const [download] = await Promise.all([page.waitForEvent('download'), pressWidget(page, 'data.export.json', { touch: true })]);
      const path = await download.path();
      const file = JSON.parse(await readFile(path, 'utf8'));
      assert.equal(file.version, 2);
      assert.equal(file.settings.language, 'es');

      // The new phone: nothing of the user's own yet, so the backup's settings are taken by default.
      const next = phone.page;
      await act(next, { type: 'navigate', screen: 'data' });
      const [chooser] = await Promise.all([next.waitForEvent('filechooser'), pressWidget(next, 'data.import.choose', { touch: true })]);
      await chooser.setFiles(path);
      for (let i = 0; i < 40 && !(await state(next)).importPreview; i++) await next.clock.runFor(50);
      const preview = (await state(next)).importPreview;
      assert.deepEqual([preview.checkIns, preview.duplicates, preview.conflicts], [2, 0, 0]);
      assert.equal(preview.settings.takeByDefault, true);
      assert.ok(preview.settings.changes.includes('Language'), preview.settings.changes.join(', '));
      assert.ok(preview.settings.changes.includes('12-week program'));
      assert.equal((await shown(next, 'data.import.settings')).value, 'checked');
      await pressWidget(next, 'data.import.confirm', { touch: true });
      await whenSaved(next);
      assert.deepEqual(await seen(next), before, 'the same app, every setting and entry');

      // The same file again: nothing new, nothing to change.
      const [again] = await Promise.all([next.waitForEvent('filechooser'), pressWidget(next, 'data.import.choose', { touch: true })]);
      await again.setFiles(path);
      for (let i = 0; i < 40 && !(await state(next)).importPreview; i++) await next.clock.runFor(50);
      const second = (await state(next)).importPreview;
      assert.deepEqual([second.checkIns, second.sessions, second.duplicates, second.settings.changes], [0, 0, 2, []]);
      assert.ok(await shown(next, 'data.import.cancel'));
      assert.equal(await widget(next, 'data.import.confirm'), null, 'nothing to add');
      await pressWidget(next, 'data.import.cancel', { touch: true });
      assert.deepEqual(await seen(next), before);
      assert.deepEqual([...old.errors, ...phone.errors], []);
    } finally {
      await old.context.close();
      await phone.context.close();
    }
  });

  test('a phone with its own settings keeps them unless the switch is turned on', async () => {
    const source = await openPhone(MORNING);
    const mine = await openPhone(MORNING);
    try {
      await act(source.page, { type: 'setLocale', locale: 'es' });
      await act(source.page, { type: 'setPlanRoutine', routine: 'short' });
      await act(source.page, { type: 'saveCheckIn', checkIn: { pain: 6 } });
      await act(source.page, { type: 'navigate', screen: 'data' });
      await whenSaved(source.page);
      const [download] = await Promise.all([source.page.waitForEvent('download'), pressWidget(source.page, 'data.export.json')]);
      const path = await download.path();

      const { page } = mine;
      await act(page, { type: 'saveCheckIn', checkIn: { pain: 2 } });
      await act(page, { type: 'navigate', screen: 'data' });
      await whenSaved(page);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), pressWidget(page, 'data.import.choose', { touch: true })]);
      await chooser.setFiles(path);
      for (let i = 0; i < 40 && !(await state(page)).importPreview; i++) await page.clock.runFor(50);
      assert.equal((await state(page)).importPreview.settings.takeByDefault, false);
      assert.equal((await shown(page, 'data.import.settings')).value, 'unchecked');
      await pressWidget(page, 'data.import.settings', { touch: true });
      assert.equal((await shown(page, 'data.import.settings')).value, 'checked');
      await pressWidget(page, 'data.import.settings', { touch: true });  // and off again: mine stay
      await pressWidget(page, 'data.import.confirm', { touch: true });
      await whenSaved(page);
      const after = await state(page);
      assert.equal(after.locale, 'en');
      assert.equal(after.plan.routine, 'full');
      assert.equal(after.journal.checkIns, 2, 'the entries are added either way');
      assert.deepEqual([...source.errors, ...mine.errors], []);
    } finally {
      await source.context.close();
      await mine.context.close();
    }
  });
});
