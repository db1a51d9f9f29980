// Browser tests of the page while the app loads: a quick start shows nothing but the page's
// background, a slow one says "Loading" (to the eye and to a screen reader), and the message
// goes once the app is drawn.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PHONE, fixedMoment, hasStarted, useSiteAndBrowser } from './browser.mjs';

const suite = useSiteAndBrowser();

describe('loading', () => {
  test('"Loading" shows only once the start is slow, and goes when the app is drawn', async () => {
    const context = await suite.browser.newContext(PHONE);
    try {
      // The app's code is held back: the start is as slow as the test wants.
      let release;
      const held = new Promise((resolve) => { release = resolve; });
      await context.route('**/unknot.wasm', async (route) => { await held; await route.continue(); });
      const page = await context.newPage();
      // Paused from the page's first moment: a busy machine's slow page load would otherwise
      // run the fake clock on, past the moment the spinner appears. Installed a few minutes
      // before that moment, as openAppAt does, so pauseAt never goes back in time.
      const start = fixedMoment('2026-03-02T09:00:00Z');
      await page.clock.install({ time: start - 5 * 60_000 });
      await page.clock.pauseAt(start);
      await page.goto(suite.url);
      const spinner = page.locator('.spinner');
      await page.clock.runFor(500);
      assert.equal(await spinner.isVisible(), false, 'a quick start shows no spinner');
      assert.doesNotMatch(await page.locator('body').ariaSnapshot(), /Loading/);

      await page.clock.runFor(500);
      assert.equal(await spinner.isVisible(), true, 'a slow start shows one');
      assert.equal(await page.locator('#status-text').textContent(), 'Loading Unknot…');
      assert.match(await page.locator('body').ariaSnapshot(), /- status:\n\s*- paragraph: Loading Unknot…/);

      release();
      for (let i = 0; i < 200 && !(await hasStarted(page)); i++) await page.clock.runFor(50);
      assert.equal(await page.locator('#status').isHidden(), true, 'the loading message is gone');
    } finally {
      await context.close();
    }
  });
});
