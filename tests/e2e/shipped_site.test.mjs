// The shipped site (build/wasm/site) against the test site the other browser tests load: the
// test hooks (window.__unknotTest, web/src/test_hooks.js) are in neither its page script nor its
// window, and the page adds nothing to window but the public API, window.unknot, and the
// Emscripten module's factory. The app is used through window.unknot alone, as a host page would.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DESKTOP, SHIPPED_SITE_DIR, useSiteAndBrowser } from './browser.mjs';

const suite = useSiteAndBrowser({ root: SHIPPED_SITE_DIR });

describe('the shipped site', () => {
  test('its page script carries no test hook', () => {
    const script = readFileSync(join(SHIPPED_SITE_DIR, 'app.js'), 'utf8');
    for (const hook of ['__unknotTest', '__unknotReady']) {
      assert.equal(script.includes(hook), false, `app.js mentions ${hook}`);
    }
  });

  test('the page adds only window.unknot and the module factory to window, and the app runs', async () => {
    const context = await suite.browser.newContext(DESKTOP);
    try {
      // Before any page script runs: what window holds already.
      await context.addInitScript(() => {
        Object.defineProperty(window, '__globalsBefore', { value: Object.getOwnPropertyNames(window) });
      });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(suite.url);
      await page.evaluate(() => window.unknot.ready);
      const added = await page.evaluate(() => {
        const before = new Set(window.__globalsBefore);
        return Object.getOwnPropertyNames(window).filter((name) => !before.has(name) && name !== '__globalsBefore');
      });
      assert.deepEqual(added.sort(), ['createUnknot', 'unknot']);
      assert.deepEqual(await page.evaluate(() => [typeof window.Module, typeof window.__unknotReady, typeof window.__unknotTest]),
        ['undefined', 'undefined', 'undefined']);
      assert.deepEqual(await page.evaluate(() => Object.keys(window.unknot).sort()),
        ['dispatch', 'ready', 'settled', 'state', 'widgets']);
      const answer = await page.evaluate(() => window.unknot.dispatch({ type: 'navigate', screen: 'learn' }));
      assert.equal(answer.ok, true);
      await page.evaluate(() => window.unknot.settled());
      assert.equal(await page.evaluate(() => window.unknot.state().screen), 'learn');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
