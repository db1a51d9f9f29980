// Browser tests that nothing is lost: an odd value in the IndexedDB store (not written by
// Unknot, or damaged) is counted as unreadable and left alone while storage keeps working; a
// store that can't be loaded is reported as failed instead of "starting" for ever; and
// leaving the page while a save is pending or failed asks first.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DESKTOP, injectStorageFaults, openApp, useSiteAndBrowser } from './browser.mjs';

const suite = useSiteAndBrowser();

const journal = (page) => page.evaluate(() => window.unknot.state().journal);

// Waits (real time) until storage has answered and every write so far settled.
async function whenSettled(page) {
  await page.waitForFunction(() => {
    const { storage } = window.unknot.state().journal;
    return storage.mode !== 'starting' && storage.saving === 0;
  }, null, { timeout: 10000 });
  return journal(page);
}

async function save(page, checkIn) {
  const answer = await page.evaluate((entry) => window.unknot.dispatch({ type: 'saveCheckIn', checkIn: entry }), checkIn);
  assert.equal(answer.ok, true);
}

// Puts values straight into the app's object store, under the app: { key: value }.
function putRaw(page, records) {
  return page.evaluate((entries) => new Promise((resolve, reject) => {
    const opening = indexedDB.open('unknot', 1);
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const db = opening.result;
      const tx = db.transaction('records', 'readwrite');
      for (const [key, value] of entries) {
        tx.objectStore('records').put(value === 'HUGE' ? new ArrayBuffer(2 * 1024 * 1024) : value, key);
      }
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), Object.entries(records));
}

function getRaw(page, key) {
  return page.evaluate((wanted) => new Promise((resolve, reject) => {
    const opening = indexedDB.open('unknot', 1);
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const request = opening.result.transaction('records').objectStore('records').get(wanted);
      request.onsuccess = () => { opening.result.close(); resolve(request.result); };
      request.onerror = () => reject(request.error);
    };
  }), key);
}

async function reload(page) {
  await page.reload();
  await page.evaluate(() => window.unknot.ready);
  return whenSettled(page);
}

// Whether a beforeunload event dispatched now would be cancelled, i.e. the browser would ask.
const wouldAsk = (page) => page.evaluate(() => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
});

describe('nothing lost', () => {
  test('an odd stored value is counted as unreadable, left alone, and storage keeps working', async () => {
    const context = await suite.browser.newContext(DESKTOP);
    try {
      const { page, errors } = await openApp(context, suite.url);
      await save(page, { pain: 5, note: 'a real entry' });
      await whenSettled(page);
      await putRaw(page, { 'checkin/zzz': 1e10 });

      const loaded = await reload(page);
      assert.equal(loaded.storage.mode, 'durable');
      assert.equal(loaded.storage.unreadable, 1);
      assert.equal(loaded.checkIns, 1, 'the real entry still shows');
      await save(page, { pain: 3, note: 'saved after the odd value' });
      const saved = await whenSettled(page);
      assert.deepEqual(saved.storage.failed, []);
      assert.equal(saved.storage.lastSaved, `checkin/${saved.latest.id}`, 'written to storage');

      const again = await reload(page);
      assert.equal(again.checkIns, 2);
      assert.equal(again.latest.note, 'saved after the odd value');
      assert.equal(await getRaw(page, 'checkin/zzz'), 1e10, 'the odd value is left as it was');

      // Other values Unknot never writes: a string, an object, a buffer far bigger than a record.
      await putRaw(page, { 'checkin/text': 'hello', 'session/object': { pain: 3 }, 'checkin/huge': 'HUGE' });
      const more = await reload(page);
      assert.deepEqual([more.storage.mode, more.storage.unreadable, more.checkIns], ['durable', 4, 2]);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a store that can\'t be read, or whose records can\'t be handed over, is reported failed, not "starting" for ever', async () => {
    const context = await suite.browser.newContext(DESKTOP);
    // Faults for the next load, kept in sessionStorage across reloads: 'read' fails IndexedDB's
    // getAll; 'handover' fails packing the loaded records for C++ (their keys are '').
    await context.addInitScript(() => {
      const fault = sessionStorage.getItem('fault');
      if (fault === 'read') {
        IDBObjectStore.prototype.getAll = function () {
          throw new DOMException('injected read failure', 'UnknownError');
        };
      }
      if (fault === 'handover') {
        const encode = TextEncoder.prototype.encode;
        TextEncoder.prototype.encode = function (text) {
          if (text === '') throw new RangeError('injected handover failure');
          return encode.call(this, text);
        };
      }
    });
    try {
      const { page } = await openApp(context, suite.url);
      await save(page, { pain: 2, note: 'stored before the faults' });
      await whenSettled(page);
      for (const fault of ['read', 'handover']) {
        await page.evaluate((f) => sessionStorage.setItem('fault', f), fault);
        const { storage, checkIns } = await reload(page);
        assert.deepEqual([storage.mode, storage.reason, checkIns], ['memoryOnly', 'failed', 0], fault);
        await page.evaluate(() => window.unknot.settled());
        assert.ok(await page.evaluate(() => window.unknot.widgets().some((w) => w.id === 'storage.banner.action')),
          `${fault}: the banner says entries won't be kept and offers an export`);
      }
      await page.evaluate(() => sessionStorage.removeItem('fault'));
      const back = await reload(page);
      assert.deepEqual([back.storage.mode, back.checkIns, back.latest.note], ['durable', 1, 'stored before the faults'],
        'nothing stored was lost');
    } finally {
      await context.close();
    }
  });

  test('leaving asks first while a save is pending or failed, and not when all is saved', async () => {
    const context = await suite.browser.newContext(DESKTOP);
    // Faults injected into IndexedDB itself, under the idb wrapper: 'hold' keeps the save's
    // transaction busy (uncommitted) until the test lets go; 'quota' fails it.
    await injectStorageFaults(context);
    try {
      const { page } = await openApp(context, suite.url);
      assert.equal(await wouldAsk(page), false, 'nothing to lose at start');
      await save(page, { pain: 4 });
      await whenSettled(page);
      assert.equal(await wouldAsk(page), false, 'everything durable');

      await page.evaluate(() => { window.__fault = 'hold'; });
      await save(page, { pain: 6, note: 'still being written' });
      assert.equal((await journal(page)).storage.saving, 1);
      assert.equal(await wouldAsk(page), true, 'a save is pending');
      // The browser itself asks (it needs a gesture on the page first), and staying keeps it.
      await page.mouse.click(2, 2);
      const asked = page.waitForEvent('dialog').then(async (dialog) => {
        const type = dialog.type();
        await dialog.dismiss();
        return type;
      });
      page.evaluate(() => location.reload()).catch(() => {});
      assert.equal(await asked, 'beforeunload');
      assert.equal((await journal(page)).storage.saving, 1, 'still on the page, still saving');
      await page.evaluate(() => { window.__fault = null; });
      await whenSettled(page);
      assert.equal(await wouldAsk(page), false, 'saved once the write committed');

      await page.evaluate(() => { window.__fault = 'quota'; });
      await save(page, { pain: 7, note: 'not saved' });
      const failed = await whenSettled(page);
      assert.equal(failed.storage.failed.length, 1);
      assert.equal(await wouldAsk(page), true, 'a save failed');
      await page.evaluate(() => { window.__fault = null; });
      await page.evaluate(() => window.unknot.dispatch({ type: 'retrySaves' }));
      assert.deepEqual((await whenSettled(page)).storage.failed, []);
      assert.equal(await wouldAsk(page), false, 'the retry saved it');

      const left = page.waitForEvent('dialog', { timeout: 1000 }).then(() => true, () => false);
      await page.reload();
      assert.equal(await left, false, 'no question when all is saved');
      await page.evaluate(() => window.unknot.ready);
      assert.equal((await whenSettled(page)).checkIns, 3, 'all three are stored');
    } finally {
      await context.close();
    }
  });
});
