// Browser tests of partial deploys (docs/DEPLOY.md): the precache checks every file against
// its build's hash, so a new worker served with a half-uploaded unknot.wasm fails to install
// and the old version keeps running.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DESKTOP, SITE_DIR, launchBrowser, openApp } from './browser.mjs';
import {
  checkForUpdate, copyAsNewBuild, journal, reloadApp, saveCheckIn, styleHas, tempFolder, truncateToHalf,
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

describe('partial and bad deploys', () => {
  test('every precached file carries the SRI hash of its content', async () => {
    const worker = await readFile(join(SITE_DIR, 'sw.js'), 'utf8');
    const entries = [...worker.matchAll(/\{[^{}]*"url":"([^"]+)"[^{}]*\}/g)].map(([entry, url]) => ({ url, entry }));
    const shipped = (await readdir(SITE_DIR)).filter((name) => !['sw.js', 'config.json', '_headers'].includes(name));
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
});
