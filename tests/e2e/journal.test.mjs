// Browser tests of the journal's storage: check-ins by taps survive a reload and an abrupt
// close, two tabs keep each other's entries, a storage-less iframe still works, and injected
// write failures are shown and retried. (journal_transfer.test.mjs: export, erase and import.)
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DESKTOP, PHONE, injectStorageFaults, openApp, whenStarted, widget, useSiteAndBrowser } from './browser.mjs';
import { journal, whenSaved, tapOn, save } from './journal_helpers.mjs';

const suite = useSiteAndBrowser();

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
});
