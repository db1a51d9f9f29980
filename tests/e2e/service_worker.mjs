// Helpers for the tests of the offline app and its updates (pwa.test.mjs, deploy.test.mjs):
// a server per test that can be stopped or swapped under the page, the service worker's state,
// and the journal across reloads.
import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildServiceWorker } from '../../scripts/lib/build_sw.mjs';
import { startServer } from '../../scripts/lib/static_server.mjs';
import { SITE_DIR } from './browser.mjs';

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

// Files the precache must hold, by path in the site: everything shipped but the worker itself,
// the deployment's config.json (network first) and the static host's _headers.
export async function precachableFiles(dir) {
  const files = await readdir(dir, { recursive: true, withFileTypes: true });
  return files.filter((file) => file.isFile())
    .map((file) => relative(dir, join(file.parentPath ?? file.path, file.name)))
    .filter((name) => !['sw.js', 'config.json', '_headers'].includes(name)).sort();
}

// The paths in the page's precache (query strings with revisions dropped).
export function precachedFiles(page) {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.includes('precache'));
    const files = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys()) {
        files.push(new URL(request.url).pathname.slice(1) || 'index.html');  // the site is served from /
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

// Whether the page's style.css has `mark` in it: which build the page is getting.
export function styleHas(page, mark) {
  return page.evaluate(async (text) => (await (await fetch('style.css')).text()).includes(text), mark);
}

// Asks the browser to look for a new sw.js and waits for what became of it: 'none' (no new
// version), 'installed' (it waits to be applied) or 'redundant' (its install failed).
export function checkForUpdate(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    try {
      await registration.update();
    } catch {
      // a failed update check is reported below as whatever the worker became
    }
    const worker = registration.installing || registration.waiting;
    if (!worker) return 'none';
    while (worker.state === 'installing') {
      await new Promise((resolve) => worker.addEventListener('statechange', resolve, { once: true }));
    }
    return worker.state;
  });
}

// A copy of the built site as another build: `mark` is appended to style.css and, with `wasm`,
// to unknot.wasm as a custom section (the engine skips it), so the new build has a new wasm;
// then its own service worker is generated. Returns the folder.
export async function copyAsNewBuild(dir, mark, { wasm = false } = {}) {
  await cp(SITE_DIR, dir, { recursive: true });
  await appendFile(join(dir, 'style.css'), `\n/* ${mark} */\n`);
  if (wasm) await writeFile(join(dir, 'unknot.wasm'), withCustomSection(await readFile(join(dir, 'unknot.wasm')), mark));
  await buildServiceWorker(dir);
  return dir;
}

// The first half of a file, as a host shows it while the upload is still under way.
export async function truncateToHalf(file) {
  const bytes = await readFile(file);
  await writeFile(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
  return bytes;
}

function leb128(value) {
  const bytes = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    bytes.push(byte);
  } while (value);
  return Buffer.from(bytes);
}

// A custom section (id 0: name, then any bytes) appended to a module keeps it valid.
function withCustomSection(wasm, text) {
  const name = Buffer.from('unknot-test');
  const body = Buffer.concat([leb128(name.length), name, Buffer.from(text)]);
  return Buffer.concat([wasm, Buffer.from([0]), leb128(body.length), body]);
}

// A temporary folder for a test's builds, removed with everything in it by the returned cleanup.
export async function tempFolder(prefix) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
