// Browser tests of partial and bad deploys (docs/DEPLOY.md): the precache checks every file
// against its build's hash, so a new worker served with a half-uploaded unknot.wasm fails to
// install and the old version keeps running; a wasm that can't start shows a recovery screen
// (the journal is safe, Reload) in the user's language, never advice to clear data; and its
// Reload picks up a fixed version that is waiting.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildServiceWorker } from '../../scripts/lib/build_sw.mjs';
import { DESKTOP, SITE_DIR, launchBrowser, openApp, whenStarted } from './browser.mjs';
import {
  checkForUpdate, copyAsNewBuild, journal, precachableFiles, reloadApp, saveCheckIn, styleHas, tempFolder, truncateToHalf,
  whenControlled, withServer,
} from './service_worker.mjs';

let browser;
let temp;
before(async () => {
  browser = await launchBrowser();
  temp = await tempFolder('unknot-deploy-');
});
after(async () => {
  await browser?.close();
  await temp?.remove();
});

// The recovery screen's words, per language: what it must say, and what it must never advise.
const RECOVERY = {
  en: { title: /couldn’t start/, body: /journal is safe on this device/, never: /clear|delete|erase|remove|reset/i },
  es: { title: /no pudo iniciarse/, body: /diario está a salvo en este dispositivo/, never: /borr|elimin|limpi|restablec/i },
};

async function expectRecoveryScreen(page, locale) {
  await page.locator('#fatal').waitFor({ state: 'visible', timeout: 30000 });
  const title = await page.locator('#fatal-title').textContent();
  const body = await page.locator('#fatal-body').textContent();
  assert.match(title, RECOVERY[locale].title);
  assert.match(body, RECOVERY[locale].body);
  assert.doesNotMatch(`${title} ${body}`, RECOVERY[locale].never, 'never advises clearing the site\'s data');
  assert.equal(await page.locator('#fatal-reload').isVisible(), true);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'fatal-reload');
}

async function waitForWaitingWorker(page) {
  for (let i = 0; i < 150; i++) {
    if (await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting)) return;
    await page.waitForTimeout(200);
  }
  assert.fail('no new version came to wait');
}

describe('partial and bad deploys', () => {
  test('every precached file carries the SRI hash of its content', async () => {
    const worker = await readFile(join(SITE_DIR, 'sw.js'), 'utf8');
    const entries = [...worker.matchAll(/\{[^{}]*"url":"([^"]+)"[^{}]*\}/g)].map(([entry, url]) => ({ url, entry }));
    const shipped = await precachableFiles(SITE_DIR);
    assert.deepEqual(entries.map((e) => e.url).sort(), shipped.sort());
    for (const { url, entry } of entries) {
      const digest = createHash('sha384').update(await readFile(join(SITE_DIR, url))).digest('base64');
      assert.match(entry, new RegExp(`"integrity":"sha384-${digest.replace(/[+/]/g, '\\$&')}"`), url);
    }
  });

  test('a new version served with a half-uploaded wasm fails to install: the old one keeps running', async () => {
    const next = await copyAsNewBuild(join(temp.dir, 'half'), 'build C', { wasm: true });
    const complete = await truncateToHalf(join(next, 'unknot.wasm'));
    const context = await browser.newContext(DESKTOP);
    try {
      let port;
      let page;
      await withServer(SITE_DIR, async (server) => {
        port = Number(new URL(server.url).port);
        ({ page } = await openApp(context, server.url));
        await whenControlled(page);
        await saveCheckIn(page, { pain: 5, note: 'before the deploy' });
      });

      // The new sw.js is up, unknot.wasm only half: the update check finds the new version.
      await withServer(next, async () => {
        const oldWorker = await page.evaluate(() => navigator.serviceWorker.controller.scriptURL);
        assert.equal(await checkForUpdate(page), 'redundant', 'its install failed on the wasm\'s hash');
        const after = await page.evaluate(async () => ({
          waiting: !!(await navigator.serviceWorker.getRegistration()).waiting,
          updateReady: window.unknot.state().hosting.updateReady,
        }));
        assert.deepEqual(after, { waiting: false, updateReady: false }, 'nothing is offered, nothing waits');

        await reloadApp(page);
        assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), oldWorker);
        assert.equal(await styleHas(page, 'build C'), false, 'the page still gets the old version');
        const kept = await journal(page);
        assert.equal(kept.storage.mode, 'durable');
        assert.equal(kept.checkIns, 1);
        assert.equal(kept.latest.note, 'before the deploy');

        // The upload finishes: the next check installs the new version, which waits as usual.
        await writeFile(join(next, 'unknot.wasm'), complete);
        assert.equal(await checkForUpdate(page), 'installed');
        await page.waitForFunction(() => window.unknot.state().hosting.updateReady);
      }, port);
    } finally {
      await context.close();
    }
  });

  for (const locale of ['en', 'es']) {
    test(`a wasm that can't start shows the recovery screen (${locale}), and Reload starts the app once it is whole`, async () => {
      const dir = join(temp.dir, `broken-${locale}`);
      await cp(SITE_DIR, dir, { recursive: true });
      const complete = await truncateToHalf(join(dir, 'unknot.wasm'));
      const context = await browser.newContext({ ...DESKTOP, locale });
      try {
        await withServer(dir, async (server) => {
          const page = await context.newPage();
          await page.goto(server.url);
          await expectRecoveryScreen(page, locale);
          assert.equal(await page.locator('#status').isHidden(), true, 'no endless "Loading"');

          await writeFile(join(dir, 'unknot.wasm'), complete);
          await page.locator('#fatal-reload').click();
          await whenStarted(page, { timeout: 30000 });
          assert.equal(await page.locator('#fatal').isHidden(), true);
        });
      } finally {
        await context.close();
      }
    });
  }

  test('after a bad release, the recovery screen\'s Reload switches to a fixed version that is waiting', async () => {
    // A release whose wasm is broken but matches its own hashes (bad in the build, not in the
    // upload): it installs, and once applied it can't start. The fix is the next release.
    const bad = join(temp.dir, 'bad-release');
    await cp(SITE_DIR, bad, { recursive: true });
    await truncateToHalf(join(bad, 'unknot.wasm'));
    await buildServiceWorker(bad);
    const fixed = await copyAsNewBuild(join(temp.dir, 'fixed-release'), 'build fixed');
    const context = await browser.newContext(DESKTOP);
    try {
      let port;
      let page;
      await withServer(SITE_DIR, async (server) => {
        port = Number(new URL(server.url).port);
        ({ page } = await openApp(context, server.url));
        await whenControlled(page);
        await saveCheckIn(page, { pain: 4, note: 'kept through a bad release' });
      });
      await withServer(bad, async () => {
        assert.equal(await checkForUpdate(page), 'installed');
        await page.waitForFunction(() => window.unknot.state().hosting.updateReady);
      }, port);

      await withServer(fixed, async () => {
        // Update: the bad release takes over from its own cache and fails to start.
        const reloaded = page.waitForEvent('framenavigated');
        assert.equal((await page.evaluate(() => window.unknot.dispatch({ type: 'applyUpdate' }))).ok, true);
        await reloaded;
        await expectRecoveryScreen(page, 'en');

        // The fixed release is on the server: the recovery screen looks for it, it installs and
        // waits, and Reload lets it take over.
        await waitForWaitingWorker(page);
        await page.locator('#fatal-reload').click();
        await whenStarted(page, { timeout: 30000 });
        assert.equal(await styleHas(page, 'build fixed'), true, 'the fixed release runs');
        await page.waitForFunction(() => window.unknot.state().journal.storage.mode !== 'starting');
        const kept = await journal(page);
        assert.equal(kept.checkIns, 1);
        assert.equal(kept.latest.note, 'kept through a bad release');
      }, port);
    } finally {
      await context.close();
    }
  });
});
