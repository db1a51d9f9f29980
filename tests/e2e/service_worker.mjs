// Helpers for the tests of the offline app and its updates (pwa.test.mjs): a server per test
// that can be stopped or swapped under the page, the service worker's state, and the journal
// across reloads.
import assert from 'node:assert/strict';
import { startServer } from '../../scripts/lib/static_server.mjs';

// Each test serves its own site, so it can stop or swap the server under the page.
export async function withServer(root, run, port = 0) {
  const server = await startServer({ root, port });
  try {
    return await run(server);
  } finally {
    // Chromium keeps connections open, some with no request yet (preconnects): close() alone
    // would wait for them while the page lives on.
    const closed = server.close();
    server.server.closeAllConnections();
    await closed;
  }
}

// Waits until the service worker controls the page (it has installed, so its precache is full).
export async function whenControlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
}

// The file names in the page's precache (query strings with revisions dropped).
export function precachedFiles(page) {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.includes('precache'));
    const files = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys()) {
        files.push(new URL(request.url).pathname.split('/').pop() || 'index.html');
      }
    }
    return files.sort();
  });
}

export const journal = (page) => page.evaluate(() => window.unknot.state().journal);

export async function saveCheckIn(page, checkIn) {
  const result = await page.evaluate((entry) => window.unknot.dispatch({ type: 'saveCheckIn', checkIn: entry }), checkIn);
  assert.equal(result.ok, true);
  await page.waitForFunction(() => {
    const { storage } = window.unknot.state().journal;
    return storage.mode !== 'starting' && storage.saving === 0;
  });
  const saved = await journal(page);
  assert.deepEqual(saved.storage.failed, []);
  return saved;
}

export async function reloadApp(page) {
  await page.reload();
  await page.evaluate(() => window.unknot.ready);
  await page.waitForFunction(() => window.unknot.state().journal.storage.mode !== 'starting');
}
