// Browser tests of the journal's storage: check-ins by taps survive a reload and an abrupt
// close, two tabs keep each other's entries, a storage-less iframe still works, injected write
// failures are shown and retried, and export -> erase -> import gives back the same data.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  DESKTOP, PHONE, centre, injectStorageFaults, openApp, openAppOnPausedClock, useSiteAndBrowser, whenStarted,
  widget,
} from './browser.mjs';

const suite = useSiteAndBrowser();

const journal = (page) => page.evaluate(() => window.unknot.state().journal);

// Waits (real time) until every write so far is durable, and returns the journal then.
async function whenSaved(page) {
  await page.waitForFunction(() => {
    const { storage } = window.unknot.state().journal;
    return storage.mode !== 'starting' && storage.saving === 0;
  });
  return journal(page);
}

// Scrolls the item into view with the wheel if it is below the fold, then taps or clicks it.
async function tapOn(page, id, { touch = true } = {}) {
  let item = await widget(page, id);
  assert.ok(item, `${id} is on screen`);
  const { height } = page.viewportSize();
  for (let i = 0; i < 20 && item.rect.y + item.rect.h > height; i++) {
    await page.mouse.move(20, height / 2);
    await page.mouse.wheel(0, 240);
    await page.evaluate(() => window.unknot.settled());
    item = await widget(page, id);
  }
  const at = centre(item.rect);
  if (touch) await page.touchscreen.tap(at.x, at.y); else await page.mouse.click(at.x, at.y);
  await page.evaluate(() => window.unknot.settled());
}

const save = (page, checkIn) =>
  page.evaluate((entry) => window.unknot.dispatch({ type: 'saveCheckIn', checkIn: entry }), checkIn);

describe('journal storage', () => {
  test('a check-in takes three taps, says saved only when durable, and is there after a reload', async () => {
    const context = await suite.browser.newContext(PHONE);
    try {
      const { page, errors } = await openApp(context, suite.url);
      await tapOn(page, 'home.checkin');
      await tapOn(page, 'checkin.pain.4');
      await tapOn(page, 'checkin.save');
      const saved = await whenSaved(page);
      assert.equal(saved.checkIns, 1);
      assert.equal(saved.latest.pain, 4);
      assert.equal(await page.locator('#announce-polite[aria-live="polite"]').textContent(), 'Check-in saved',
        'a screen reader hears that it is saved');
      assert.equal(saved.storage.lastSaved, `checkin/${saved.latest.id}`);
      await page.evaluate(() => window.unknot.settled());
      assert.ok(await widget(page, 'checkin.progress'), 'the saved view offers the progress screen');

      await page.reload();
      await page.evaluate(() => window.unknot.ready);
      const after = await whenSaved(page);
      assert.equal(after.storage.mode, 'durable');
      assert.equal(after.checkIns, 1);
      assert.deepEqual(after.latest, saved.latest);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a note is typed in a real text field over the canvas, so a phone raises its keyboard', async () => {
    const context = await suite.browser.newContext(PHONE);
    try {
      const { page, errors } = await openApp(context, suite.url);
      await tapOn(page, 'home.checkin');
      await tapOn(page, 'checkin.pain.5');
      await tapOn(page, 'checkin.details');
      const note = await widget(page, 'checkin.note');
      assert.equal(note.role, 'textbox');
      await tapOn(page, 'checkin.note');
      const field = page.locator('textarea.unknot-text-field');
      await field.waitFor();
      assert.equal(await field.evaluate((element) => element === document.activeElement), true, 'it has the focus');
      await page.keyboard.type('Stiff after sitting. Mejor por la tarde.');
      assert.equal(await field.inputValue(), 'Stiff after sitting. Mejor por la tarde.');
      await field.evaluate((element) => element.blur());  // as when the user taps elsewhere
      await page.evaluate(() => window.unknot.settled());
      assert.equal(await page.locator('.unknot-text-field').count(), 0, 'the field is gone after editing');
      assert.equal((await widget(page, 'checkin.note')).value, 'Stiff after sitting. Mejor por la tarde.');
      await tapOn(page, 'checkin.save.end');
      const saved = await whenSaved(page);
      assert.equal(saved.latest.note, 'Stiff after sitting. Mejor por la tarde.');
      assert.equal(saved.latest.pain, 5);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('an entry shown as saved survives closing the page at once', async () => {
    const context = await suite.browser.newContext(DESKTOP);
    try {
      const { page } = await openApp(context, suite.url);
      await whenSaved(page);
      assert.equal((await save(page, { pain: 6, note: 'closed at once' })).ok, true);
      const saved = await whenSaved(page);
      await page.close();  // no grace period: "saved" must already mean on disk
      const { page: reopened } = await openApp(context, suite.url);
      const back = await whenSaved(reopened);
      assert.equal(back.checkIns, 1);
      assert.equal(back.latest.note, 'closed at once');
      assert.equal(back.latest.id, saved.latest.id);
    } finally {
      await context.close();
    }
  });

  test('two open tabs both keep their entries and each sees the other\'s without reloading', async () => {
    const context = await suite.browser.newContext(DESKTOP);
    try {
      const { page: a } = await openApp(context, suite.url);
      const { page: b } = await openApp(context, suite.url);
      await Promise.all([whenSaved(a), whenSaved(b)]);
      for (let i = 0; i < 3; i++) {
        assert.equal((await save(a, { pain: i, note: `a${i}` })).ok, true);
        assert.equal((await save(b, { pain: i + 5, note: `b${i}` })).ok, true);
      }
      await Promise.all([whenSaved(a), whenSaved(b)]);
      for (const page of [a, b]) {
        await page.waitForFunction(() => window.unknot.state().journal.checkIns === 6);
      }
      await a.reload();
      await a.evaluate(() => window.unknot.ready);
      assert.equal((await whenSaved(a)).checkIns, 6, 'all six are stored');
    } finally {
      await context.close();
    }
  });

  test('in an iframe without storage the app works in memory and says entries won\'t be kept', async () => {
    const context = await suite.browser.newContext(DESKTOP);
    try {
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      // The parent is a page of the app's own origin: the CSP's frame-ancestors allows 'self'.
      await page.goto(`${suite.url}no-such-page`);
      await page.setContent(`<iframe sandbox="allow-scripts" src="${suite.url}" width="800" height="700"></iframe>`);
      const frame = page.frames()[1];
      await whenStarted(frame);
      await frame.waitForFunction(() => window.unknot.state().journal.storage.mode === 'memoryOnly');
      await frame.evaluate(() => window.unknot.settled());
      const banner = await frame.evaluate(() => window.unknot.widgets().find((w) => w.id === 'storage.banner.action'));
      assert.ok(banner, 'the banner offers an export');
      const saved = await frame.evaluate(() => window.unknot.dispatch({ type: 'saveCheckIn', checkIn: { pain: 3 } }));
      assert.equal(saved.ok, true);
      assert.equal(await frame.evaluate(() => window.unknot.state().journal.checkIns), 1, 'kept in memory');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a full disk or an aborted save is shown, the entry stays in memory, and a retry saves it', async () => {
    const context = await suite.browser.newContext(PHONE);
    await injectStorageFaults(context);
    try {
      const { page, errors } = await openApp(context, suite.url);
      await whenSaved(page);
      for (const [fault, code] of [['quota', 'quota'], ['abort', 'aborted']]) {
        await page.evaluate((f) => { window.__fault = f; }, fault);
        await tapOn(page, 'home.checkin');
        await tapOn(page, 'checkin.pain.7');
        await tapOn(page, 'checkin.save');
        const failed = await whenSaved(page);
        assert.equal(failed.storage.failed.length, 1, `${fault}: the failure is reported`);
        assert.equal(failed.storage.failed[0].error, code);
        assert.match(await page.locator('#announce-assertive[role="alert"]').textContent(), /^Not saved yet\. /);
        assert.equal(failed.latest.pain, 7, `${fault}: the entry is still in memory`);
        assert.ok(await widget(page, 'checkin.retry'), `${fault}: the check-in offers a retry`);
        assert.ok(await widget(page, 'storage.banner.action'), `${fault}: the banner says so on every screen`);

        await page.evaluate(() => { window.__fault = null; });
        await tapOn(page, 'checkin.retry');
        const retried = await whenSaved(page);
        assert.equal(retried.storage.failed.length, 0, `${fault}: the retry saved it`);
        await tapOn(page, 'nav.back');
      }
      await page.reload();
      await page.evaluate(() => window.unknot.ready);
      assert.equal((await whenSaved(page)).checkIns, 2, 'both retried entries are stored');
      assert.deepEqual(errors.filter((e) => !e.includes('injected')), []);
    } finally {
      await context.close();
    }
  });

  test('export, erase and import give back identical data; a broken file changes nothing', async () => {
    const context = await suite.browser.newContext({ ...DESKTOP, acceptDownloads: true });
    const dir = await mkdtemp(join(tmpdir(), 'unknot-'));
    try {
      const { page, errors } = await openApp(context, suite.url);
      await whenSaved(page);
      await save(page, { pain: 5, spots: ['left', 'aboveSacrum'], feel: 'dullAche', selfCare: ['heat'], note: 'día 1, "quoted"' });
      await save(page, { pain: 3, stiffness: 4, limits: ['sitting'], causes: ['stress'] });
      await page.evaluate(() => window.unknot.dispatch({ type: 'navigate', screen: 'data' }));
      await page.evaluate(() => window.unknot.settled());
      const before = await whenSaved(page);

      const exported = async () => {
        const [download] = await Promise.all([page.waitForEvent('download'), tapOn(page, 'data.export.json', { touch: false })]);
        const text = await readFile(await download.path(), 'utf8');
        return JSON.parse(text);
      };
      const original = await exported();
      assert.equal(original.format, 'unknot-journal');
      assert.equal(original.checkIns.length, 2);
      const file = join(dir, 'journal.json');
      await writeFile(file, JSON.stringify(original));

      // The clinician summary opens in a new tab, ready to print: the chart and the numbers.
      const [summary] = await Promise.all([context.waitForEvent('page'), tapOn(page, 'data.export.summary', { touch: false })]);
      await summary.waitForLoadState();
      const html = await summary.content();
      assert.match(html, /<svg/);
      assert.match(html, /Lower-back pain summary/);
      assert.doesNotMatch(html, /<script/);
      await summary.close();
      const [csv] = await Promise.all([page.waitForEvent('download'), tapOn(page, 'data.export.csv', { touch: false })]);
      assert.match(await readFile(await csv.path(), 'utf8'), /^\uFEFF.*\r\n.*día 1/s, 'one row per check-in, with a BOM');

      await tapOn(page, 'data.erase', { touch: false });
      await tapOn(page, 'data.erase.confirm', { touch: false });
      assert.equal((await whenSaved(page)).checkIns, 0);
      await page.reload();
      await page.evaluate(() => window.unknot.ready);
      assert.equal((await whenSaved(page)).checkIns, 0, 'erased from storage too');
      await tapOn(page, 'home.settings', { touch: false });
      await tapOn(page, 'settings.data', { touch: false });

      const chooseFile = async (path) => {
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tapOn(page, 'data.import.choose', { touch: false })]);
        await chooser.setFiles(path);
      };
      const broken = join(dir, 'broken.json');
      await writeFile(broken, '{"format":"unknot-journal","version":1,"checkIns":[{"id":"x","pain":');
      // A refused file changes nothing, not even the state's revision; the reason is read out.
      const revision = (await page.evaluate(() => window.unknot.state())).revision;
      const refusal = page.evaluate(() => new Promise((resolve) => {
        window.addEventListener('unknot:announce', (event) => { if (event.detail.assertive) resolve(event.detail.text); });
      }));
      await chooseFile(broken);
      assert.match(await refusal, /JSON/);
      assert.equal((await page.evaluate(() => window.unknot.state())).revision, revision);
      assert.equal((await journal(page)).checkIns, 0, 'a broken file changes nothing');
      await page.evaluate(() => window.unknot.settled());

      await chooseFile(file);
      await page.waitForFunction(() => window.unknot.state().importPreview !== null);
      const preview = await page.evaluate(() => window.unknot.state().importPreview);
      assert.deepEqual([preview.checkIns, preview.duplicates, preview.conflicts], [2, 0, 0]);
      await page.evaluate(() => window.unknot.settled());
      await tapOn(page, 'data.import.confirm', { touch: false });
      const imported = await whenSaved(page);
      assert.equal(imported.checkIns, 2);
      assert.deepEqual(imported.latest, before.latest);
      const again = await exported();
      assert.deepEqual({ ...again, exportedAt: 0 }, { ...original, exportedAt: 0 }, 'identical after the round trip');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('warning signs in a check-in open the get-care page at once', async () => {
    const context = await suite.browser.newContext(PHONE);
    try {
      const { page } = await openApp(context, suite.url);
      await whenSaved(page);
      assert.equal((await save(page, { pain: 8, redFlags: ['bladderOrBowel'] })).ok, true);
      assert.equal(await page.evaluate(() => window.unknot.state().screen), 'care');
    } finally {
      await context.close();
    }
  });

  test('a routine keeps the pain rated before and after it', async () => {
    const context = await suite.browser.newContext(PHONE);
    try {
      const { page } = await openAppOnPausedClock(context, suite.url);
      const tap = async (id) => {
        const item = await widget(page, id);
        assert.ok(item, `${id} is on screen`);
        await page.touchscreen.tap(centre(item.rect).x, centre(item.rect).y);
        await page.clock.runFor(100);
      };
      await tap('home.routine');
      await tap('routine.pain_before.5');
      await tap('routine.start.short');
      await page.clock.fastForward(90_000);
      await page.evaluate(() => window.unknot.dispatch({ type: 'endRoutine' }));
      await page.clock.runFor(100);
      await tap('player.pain_after.3');
      await page.clock.runFor(100);
      const session = (await journal(page)).lastSession;
      assert.equal(session.kind, 'routine');
      assert.equal(session.routine, 'short');
      assert.deepEqual([session.painBefore, session.painAfter], [5, 3]);
    } finally {
      await context.close();
    }
  });
});
