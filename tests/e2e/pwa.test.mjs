// Browser tests of the installable, offline app: Chromium finds nothing missing to install it,
// the manifest's icons are what it says, the service worker precaches every shipped file so the
// app starts and keeps check-ins with no network (framed by a portal's `?embed=1` too), a
// deployment's config.json stays fresh, and a second build waits until the page asks for it,
// then takes over with the user's entries intact. Partial deploys: deploy.test.mjs.
import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildServiceWorker } from '../../scripts/lib/build_sw.mjs';
import { DESKTOP, PHONE, SITE_DIR, launchBrowser, launchProfile, openApp, whenStarted } from './browser.mjs';
import { journal, precachableFiles, precachedFiles, reloadApp, saveCheckIn, whenControlled, withServer } from './service_worker.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// Width and height from a PNG's IHDR chunk (after the 8-byte signature and the chunk header).
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('installable, offline app', () => {
  test('Chromium reports nothing missing to install it; the manifest and its icons are complete', async () => {
    await withServer(SITE_DIR, async (server) => {
      const profile = await mkdtemp(join(tmpdir(), 'unknot-profile-'));
      const context = await launchProfile(profile, PHONE);
      try {
        const { page, errors } = await openApp(context, server.url);
        const cdp = await context.newCDPSession(page);
        const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
        assert.deepEqual(installabilityErrors, []);

        const manifestUrl = new URL(await page.locator('link[rel="manifest"]').getAttribute('href'), server.url);
        const response = await fetch(manifestUrl);
        assert.equal(response.status, 200);
        assert.match(response.headers.get('content-type'), /^application\/manifest\+json/);
        const manifest = await response.json();
        assert.equal(manifest.name, 'Unknot');
        assert.equal(manifest.short_name, 'Unknot');
        assert.ok(manifest.description.length > 20);
        assert.equal(manifest.start_url, './');
        assert.equal(manifest.scope, './');
        assert.equal(manifest.display, 'standalone');
        assert.ok(manifest.id);
        const themeColour = await page.locator('meta[name="theme-color"]').getAttribute('content');
        assert.equal(manifest.theme_color, themeColour);
        assert.equal(manifest.background_color, themeColour);

        const icons = manifest.icons.map((icon) => ({ sizes: icon.sizes, purpose: icon.purpose || 'any' }));
        assert.deepEqual(icons, [
          { sizes: '192x192', purpose: 'any' },
          { sizes: '512x512', purpose: 'any' },
          { sizes: '512x512', purpose: 'maskable' },
        ]);
        const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
        for (const { src, sizes, type } of [...manifest.icons, { src: appleIcon, sizes: '180x180', type: 'image/png' }]) {
          const image = await fetch(new URL(src, manifestUrl));
          assert.equal(image.status, 200, `${src} loads`);
          assert.equal(image.headers.get('content-type'), type);
          const { width, height } = pngSize(Buffer.from(await image.arrayBuffer()));
          assert.equal(`${width}x${height}`, sizes, `${src} is the size the manifest states`);
        }
        assert.equal(await page.locator('meta[name="apple-mobile-web-app-capable"]').getAttribute('content'), 'yes');
        assert.equal(await page.locator('meta[name="apple-mobile-web-app-title"]').getAttribute('content'), 'Unknot');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      }
    });
  });

  test('after one visit the app starts offline, saves a check-in and still has it after another reload', async () => {
    const context = await browser.newContext(DESKTOP);
    try {
      const page = await withServer(SITE_DIR, async (server) => {
        const { page, errors } = await openApp(context, server.url);
        await whenControlled(page);
        assert.deepEqual(await precachedFiles(page), await precachableFiles(SITE_DIR), 'every shipped file is precached');
        assert.deepEqual(errors, []);
        return page;
      });
      // The server is gone and the browser is offline: only the service worker can answer.
      await context.setOffline(true);
      await reloadApp(page);
      assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
      const saved = await saveCheckIn(page, { pain: 3, spots: ['left'], selfCare: ['heat'] });
      assert.equal(saved.storage.mode, 'durable');
      assert.equal(saved.checkIns, 1);

      await reloadApp(page);
      const after = await journal(page);
      assert.equal(after.checkIns, 1);
      assert.deepEqual(after.latest, saved.latest);

      // Another language's words come from the precache too.
      await page.evaluate(() => window.unknot.dispatch({ type: 'setLocale', locale: 'es' }));
      await page.evaluate(() => window.unknot.settled());
      const labels = await page.evaluate(() => window.unknot.widgets().map((widget) => widget.label));
      assert.ok(labels.includes('Ajustes'), `the home screen speaks Spanish offline: ${labels.join(', ')}`);

      const served = await page.evaluate(async () => {
        const response = await fetch('unknot.wasm');
        return { status: response.status, type: response.headers.get('Content-Type') };
      });
      assert.deepEqual(served, { status: 200, type: 'application/wasm' });
    } finally {
      await context.close();
    }
  });

  test('framed by a portal (?embed=1), or with any query string, the app starts offline after one visit', async () => {
    const context = await browser.newContext(DESKTOP);
    try {
      const page = await withServer(SITE_DIR, async (server) => {
        const { page, errors } = await openApp(context, `${server.url}?embed=1`);
        await whenControlled(page);
        assert.deepEqual(errors, []);
        return page;
      });
      await context.setOffline(true);
      await reloadApp(page);
      assert.equal(new URL(page.url()).search, '?embed=1');
      assert.equal((await page.evaluate(() => window.unknot.state().hosting)).embedded, true, 'still the embedded app');
      const other = new URL(page.url());
      other.search = '?embed=1&utm_source=portal&from=benefits';
      await page.goto(other.href);
      await page.evaluate(() => window.unknot.ready);
      assert.equal((await page.evaluate(() => window.unknot.state().hosting)).embedded, true);
    } finally {
      await context.close();
    }
  });

  test('a precached wasm with the wrong type is still served as application/wasm', async () => {
    await withServer(SITE_DIR, async (server) => {
      const context = await browser.newContext(DESKTOP);
      try {
        const { page } = await openApp(context, server.url);
        await whenControlled(page);
        // As if a host had sent the wasm as a download: replace the cached copy's headers.
        const served = await page.evaluate(async () => {
          for (const name of await caches.keys()) {
            const cache = await caches.open(name);
            for (const request of await cache.keys()) {
              if (!new URL(request.url).pathname.endsWith('/unknot.wasm')) continue;
              const cached = await cache.match(request);
              await cache.put(request, new Response(await cached.arrayBuffer(), {
                headers: { 'Content-Type': 'application/octet-stream' },
              }));
            }
          }
          const response = await fetch('unknot.wasm');
          return { type: response.headers.get('Content-Type'), bytes: (await response.arrayBuffer()).byteLength };
        });
        assert.equal(served.type, 'application/wasm');
        assert.ok(served.bytes > 100000);
        // And the app starts from that copy.
        await reloadApp(page);
      } finally {
        await context.close();
      }
    });
  });

  test('config.json, when deployed, comes from the network first and from the cache offline', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'unknot-config-'));
    const context = await browser.newContext(DESKTOP);
    try {
      await cp(SITE_DIR, dir, { recursive: true });
      await writeFile(join(dir, 'config.json'), '{"edition":1}');
      await buildServiceWorker(dir);
      const readConfig = (page) => page.evaluate(async () => (await fetch('config.json')).json());
      const page = await withServer(dir, async (server) => {
        const { page } = await openApp(context, server.url);
        await whenControlled(page);
        assert.equal((await precachedFiles(page)).includes('config.json'), false, 'not precached');
        assert.deepEqual(await readConfig(page), { edition: 1 });
        await writeFile(join(dir, 'config.json'), '{"edition":2}');
        assert.deepEqual(await readConfig(page), { edition: 2 }, 'a changed config is seen without a new build');
        return page;
      });
      await context.setOffline(true);
      assert.deepEqual(await readConfig(page), { edition: 2 }, 'offline, the last copy seen');
    } finally {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  describe('a second build', () => {
    let dirs;
    before(async () => {
      const temp = await mkdtemp(join(tmpdir(), 'unknot-pwa-'));
      dirs = { temp, a: join(temp, 'a'), b: join(temp, 'b') };
      await cp(SITE_DIR, dirs.a, { recursive: true });
      await cp(SITE_DIR, dirs.b, { recursive: true });
      await appendFile(join(dirs.b, 'style.css'), '\n/* build B */\n');
      await buildServiceWorker(dirs.b);
    });
    after(async () => { await rm(dirs.temp, { recursive: true, force: true }); });

    test('waits while the old one controls the page; the app offers it and switches once saves are durable', async () => {
      const context = await browser.newContext(DESKTOP);
      const styleHasB = (page) => page.evaluate(async () => (await (await fetch('style.css')).text()).includes('build B'));
      try {
        let port;
        let page;
        await withServer(dirs.a, async (server) => {
          port = Number(new URL(server.url).port);
          ({ page } = await openApp(context, server.url));
          await whenControlled(page);
          await saveCheckIn(page, { pain: 6, note: 'saved under build A' });
        });

        // Build B is deployed at the same address; the app finds it when it checks.
        await withServer(dirs.b, async () => {
          await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
          await page.waitForFunction(() => window.unknot.state().hosting.updateReady, null, { timeout: 30000 });
          const waiting = await page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            return {
              waiting: registration.waiting?.state,
              controllerIsOld: navigator.serviceWorker.controller === registration.active,
            };
          });
          assert.deepEqual(waiting, { waiting: 'installed', controllerIsOld: true }, 'B waits; A still controls the page');
          assert.equal(await styleHasB(page), false, 'the page still gets build A');
          await page.evaluate(() => window.unknot.settled());
          const prompt = await page.evaluate(() => window.unknot.widgets().find((w) => w.id === 'update.apply'));
          assert.equal(prompt?.label, 'Update', 'the app shows "A new version is ready" with an Update button');
          await page.waitForTimeout(500);
          assert.equal(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()).waiting), true,
            'B does not take over by itself');

          // Update pressed while a check-in is still being written: the switch waits for it.
          const reloaded = page.waitForEvent('framenavigated');
          const asked = await page.evaluate(() => {
            window.__beforeUpdate = true;
            window.unknot.dispatch({ type: 'saveCheckIn', checkIn: { pain: 3, note: 'saved as Update was pressed' } });
            const answer = window.unknot.dispatch({ type: 'applyUpdate' });
            return { answer, hosting: window.unknot.state().hosting, saving: window.unknot.state().journal.storage.saving };
          });
          assert.deepEqual(asked.answer, { ok: true, changed: true });
          assert.equal(asked.saving, 1, 'the check-in was still being written');
          assert.equal(asked.hosting.updateRequested, true, 'so the update waits for it');
          await reloaded;
          // The new document has only just committed: its page script may not have run yet.
          await whenStarted(page);
          assert.equal(await page.evaluate(() => window.__beforeUpdate), undefined, 'the page was reloaded');
          assert.equal(await styleHasB(page), true, 'the page now runs build B');
          await page.waitForFunction(() => window.unknot.state().journal.storage.mode !== 'starting');
          const after = await journal(page);
          assert.equal(after.checkIns, 2, 'both check-ins, the one from build A and the one saved during the switch');
          assert.equal(after.latest.note, 'saved as Update was pressed');
          assert.equal((await page.evaluate(() => window.unknot.state().hosting)).updateReady, false);
        }, port);
      } finally {
        await context.close();
      }
    });
  });
});
