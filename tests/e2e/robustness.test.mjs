// Nothing lost, nothing bricked (issue 15), in the browser: an action nested too deep is
// refused and the app carries on; typed text stops at the byte budget the core keeps (never cut
// afterwards) and a lone surrogate arrives as U+FFFD; a file over the import limit is refused
// from its size, never read into wasm; a large import shows its progress and saves it all; two
// tabs ticking different plan items in the same instant both keep their tick.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DESKTOP, PHONE, centre, openApp, scrollIntoView, useSiteAndBrowser } from './browser.mjs';
import { journalExport } from './journal_fixture.mjs';

const suite = useSiteAndBrowser();
const state = (page) => page.evaluate(() => window.unknot.state());
const act = (page, action) => page.evaluate((a) => window.unknot.dispatch(a), action);

async function whenSaved(page) {
  for (let i = 0; i < 400 && (await state(page)).journal.storage.saving > 0; i++) await page.waitForTimeout(25);
  return (await state(page)).journal;
}

// Taps an item after scrolling it into view (real time: these tests run on the page's own clock).
async function tap(page, id) {
  const item = await scrollIntoView(page, id);
  assert.ok(item, `${id} is on screen`);
  const at = centre(item.rect);
  await page.touchscreen.tap(at.x, at.y);
  await page.evaluate(() => window.unknot.settled());
}

describe('nothing lost, nothing bricked', () => {
  test('an action nested 5,000 deep is refused, and the app carries on', () => suite.withApp(DESKTOP, async ({ page, errors }) => {
    const answer = await page.evaluate(() => {
      let deep = [];
      for (let i = 0; i < 5000; i++) deep = [deep];
      return window.unknot.dispatch({ type: 'saveCheckIn', checkIn: deep });
    });
    assert.deepEqual([answer.ok, answer.code], [false, 'invalid']);
    assert.match(answer.error, /nest at most 32/);
    for (let i = 0; i < 3; i++) {
      const again = await page.evaluate(() => window.unknot.dispatch({ type: 'navigate', screen: JSON.parse('['.repeat(20000) + ']'.repeat(20000)) }));
      assert.equal(again.ok, false);
    }
    assert.equal((await act(page, { type: 'saveCheckIn', checkIn: { pain: 3 } })).ok, true);
    assert.equal((await whenSaved(page)).checkIns, 1, 'the app still saves');
    assert.deepEqual(errors, []);
  }));

  test('a note stops at the byte budget the journal keeps, says what is left, and nothing is cut after', () =>
    suite.withApp(PHONE, async ({ page, errors }) => {
      await tap(page, 'home.checkin');
      await tap(page, 'checkin.pain.5');
      await tap(page, 'checkin.details');
      await tap(page, 'checkin.note');
      const field = page.locator('textarea.unknot-text-field');
      await field.waitFor();
      await page.keyboard.insertText('é'.repeat(1500));  // 3,000 bytes of UTF-8; the note keeps 2,000
      assert.equal(await field.inputValue(), 'é'.repeat(1000), 'the field stops where the journal does');
      assert.equal(await page.locator('.unknot-text-counter').textContent(), '0 left');
      await field.evaluate((element) => element.blur());
      await page.evaluate(() => window.unknot.settled());
      await tap(page, 'checkin.save.end');
      assert.equal((await whenSaved(page)).latest.note, 'é'.repeat(1000), 'what the field showed is what is kept');
      assert.deepEqual(errors, []);
    }));

  test('a lone surrogate in typed text arrives as U+FFFD, not fused with the next character', () =>
    suite.withApp(PHONE, async ({ page, errors }) => {
      await tap(page, 'home.checkin');
      await tap(page, 'checkin.pain.2');
      await tap(page, 'checkin.details');
      await tap(page, 'checkin.note');
      const field = page.locator('textarea.unknot-text-field');
      await field.waitFor();
      await field.evaluate((element) => {
        element.value = 'a\uD83Dbc';  // half an emoji, as a broken paste leaves it
        element.dispatchEvent(new Event('input'));
        element.blur();
      });
      await page.evaluate(() => window.unknot.settled());
      await tap(page, 'checkin.save.end');
      assert.equal((await whenSaved(page)).latest.note, 'a\uFFFDbc');
      assert.deepEqual(errors, []);
    }));

  test('a file over the import limit is refused from its size, never read into wasm', () =>
    suite.withApp(PHONE, async ({ page, errors }) => {
      await act(page, { type: 'navigate', screen: 'data' });
      await page.evaluate(() => window.unknot.settled());
      const heapBefore = await page.evaluate(() => window.__unknotTest.module.HEAPU8.length);
      const refusal = page.evaluate(() => new Promise((resolve) => {
        window.addEventListener('unknot:announce', (event) => { if (event.detail.assertive) resolve(event.detail.text); });
      }));
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, 'data.import.choose')]);
      const dir = await mkdtemp(join(tmpdir(), 'unknot-huge-'));
      const huge = join(dir, 'huge.json');
      await writeFile(huge, Buffer.alloc(100 * 1024 * 1024, 0x20));  // 100 MB of spaces
      await chooser.setFiles(huge);
      assert.match(await refusal, /too large to import: at most 32 MB/);
      await rm(dir, { recursive: true, force: true });
      const heapAfter = await page.evaluate(() => window.__unknotTest.module.HEAPU8.length);
      assert.ok(heapAfter - heapBefore < 8 * 1024 * 1024, `the heap grew by ${heapAfter - heapBefore} bytes`);
      assert.equal((await state(page)).importPreview, null);
      assert.deepEqual(errors, []);
    }));

  test('a large import shows how far its saving has got, then keeps every entry', () =>
    suite.withApp(DESKTOP, async ({ page, errors }) => {
      const endMs = await page.evaluate(() => Date.now());
      const text = journalExport({ days: 3650, endMs, skipRate: 0 });
      assert.equal((await act(page, { type: 'importData', text })).ok, true);
      const total = (await state(page)).importPreview.checkIns + (await state(page)).importPreview.sessions;
      assert.ok(total > 3000, `${total} entries`);
      await act(page, { type: 'navigate', screen: 'data' });
      assert.equal((await act(page, { type: 'confirmImport' })).ok, true);
      const progress = [];
      for (let i = 0; i < 400; i++) {
        const { importing, saving } = (await state(page)).journal.storage;
        if (importing) progress.push(importing.saved);
        if (!importing && saving === 0) break;
        await page.waitForTimeout(10);
      }
      assert.ok(progress.length > 0 && progress[0] < total, `progress was shown: ${progress.slice(0, 5).join(', ')}`);
      assert.ok(progress.every((saved, i) => i === 0 || saved >= progress[i - 1]), 'it only moves forward');
      const journal = await whenSaved(page);
      assert.equal(journal.storage.importing, null);
      await page.reload();
      await page.evaluate(() => window.unknot.ready);
      for (let i = 0; i < 400 && (await state(page)).journal.storage.mode === 'starting'; i++) await page.waitForTimeout(25);
      const reloaded = (await state(page)).journal;
      assert.equal(reloaded.checkIns + reloaded.sessions, total, 'every imported entry is stored');
      assert.deepEqual(errors, []);
    }));

  test('two tabs tick different plan items in the same instant: both ticks survive a reload', async () => {
    const context = await suite.browser.newContext(PHONE);
    try {
      const first = await openApp(context, suite.url);
      const second = await openApp(context, suite.url);
      await Promise.all([
        act(first.page, { type: 'tickPlanItem', item: 'walk', done: true }),
        act(second.page, { type: 'tickPlanItem', item: 'water', done: true }),
      ]);
      const ticked = async (page) => (await state(page)).plan.items.filter((i) => i.ticked).map((i) => i.item).sort();
      for (let i = 0; i < 200; i++) {
        const [a, b] = [await ticked(first.page), await ticked(second.page)];
        if (a.length === 2 && b.length === 2) break;
        await first.page.waitForTimeout(10);
      }
      assert.deepEqual(await ticked(first.page), ['walk', 'water']);
      assert.deepEqual(await ticked(second.page), ['walk', 'water']);
      await whenSaved(first.page);
      await whenSaved(second.page);
      await first.page.reload();
      await first.page.evaluate(() => window.unknot.ready);
      for (let i = 0; i < 400 && (await state(first.page)).journal.storage.mode === 'starting'; i++) {
        await first.page.waitForTimeout(25);
      }
      assert.deepEqual(await ticked(first.page), ['walk', 'water'], 'both are stored');
      assert.equal((await state(first.page)).journal.sessions, 1, 'one plan record for the day');
      assert.deepEqual([...first.errors, ...second.errors], []);
    } finally {
      await context.close();
    }
  });

  test('the database deleted under the running app: it writes back everything it holds, and says so', () =>
    suite.withApp(PHONE, async ({ page, errors }) => {
      for (const pain of [3, 6]) await act(page, { type: 'saveCheckIn', checkIn: { pain } });
      await act(page, { type: 'setSound', on: false });
      await whenSaved(page);
      // What "Clear site data" or another tab does: the app's connection is asked to close.
      await page.evaluate(() => new Promise((resolve, reject) => {
        const request = indexedDB.deleteDatabase('unknot');
        request.onsuccess = resolve;
        request.onerror = () => reject(request.error);
      }));
      for (let i = 0; i < 200 && (await state(page)).journal.storage.restoredAfterLoss === 0; i++) {
        await page.waitForTimeout(25);
      }
      const journal = await whenSaved(page);
      assert.equal(journal.storage.restoredAfterLoss, 2, 'it noticed and wrote back both entries');
      await page.evaluate(() => window.unknot.settled());
      assert.ok(await page.evaluate(() => window.unknot.widgets().some((w) => w.id === 'storage.banner.action')),
        'the notice is on screen with its OK');
      await page.reload();
      await page.evaluate(() => window.unknot.ready);
      for (let i = 0; i < 400 && (await state(page)).journal.storage.mode === 'starting'; i++) await page.waitForTimeout(25);
      const after = await state(page);
      assert.equal(after.journal.checkIns, 2, 'the entries are stored again');
      assert.equal(after.settings.sound, false, 'and the settings');
      assert.deepEqual(errors.filter((e) => !/deleteDatabase|versionchange/.test(e)), []);
    }));

  test('an exception out of wasm stops the app with the crash screen, and the module is never called again', () =>
    suite.withApp(DESKTOP, async ({ page }) => {
      // As a trap in the module would: the exported function throws instead of answering.
      await page.evaluate(() => {
        window.__unknotTest.module._unknot_dispatch = () => { throw new WebAssembly.RuntimeError('unreachable executed'); };
      });
      const thrown = await page.evaluate(() => {
        try { window.unknot.dispatch({ type: 'navigate', screen: 'learn' }); return null; } catch (error) { return String(error); }
      });
      assert.match(thrown, /unreachable executed/);
      assert.equal(await page.locator('#fatal').isVisible(), true, 'the crash screen is shown');
      assert.equal(await page.locator('#canvas').isVisible(), false);
      const later = await page.evaluate(() => {
        try { window.unknot.state(); return null; } catch (error) { return String(error); }
      });
      assert.match(later, /Unknot has stopped/, 'nothing calls into the module after it failed');
    }));
});
