// Browser tests of the breathing visualiser: a session set up and started with the mouse runs
// its phases at known instants on a paused fake clock, ends on time, and the reduced-motion form
// replaces the growing disc when the system asks for less motion.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DESKTOP, centre, countColour, openAppOnPausedClock, useSiteAndBrowser, widget } from './browser.mjs';

const suite = useSiteAndBrowser();

async function withApp(run, { reducedMotion = 'no-preference' } = {}) {
  const context = await suite.browser.newContext({ ...DESKTOP, reducedMotion });
  try {
    await run(await openAppOnPausedClock(context, suite.url));
  } finally {
    await context.close();
  }
}

const breathing = (page) => page.evaluate(() => window.unknot.state().breathing);

async function click(page, id) {
  const item = await widget(page, id);
  assert.ok(item, `${id} is on screen`);
  await page.mouse.click(centre(item.rect).x, centre(item.rect).y);
  await page.clock.runFor(100);
}

describe('breathe', () => {
  test('a one-minute relaxed 4-6 session chosen and started with the mouse', async () => {
    await withApp(async ({ page, errors }) => {
      await click(page, 'home.breathe');
      await click(page, 'breathe.preset.relaxed');
      await click(page, 'breathe.length.1');
      let b = await breathing(page);
      assert.deepEqual([b.preset, b.breathsPerMinute, b.lengthMs], ['relaxed', 6, 60_000]);
      await page.evaluate(() => {
        window.__heard = [];
        window.addEventListener('unknot:announce', (event) => window.__heard.push(event.detail.text));
      });
      await click(page, 'breathe.start');
      const start = await page.evaluate(() => Date.now() - window.unknot.state().breathing.session.elapsedMs);
      const at = async (ms) => {
        const now = await page.evaluate(() => Date.now());
        await page.clock.fastForward(start + ms - now);
        return (await breathing(page)).session;
      };
      let s = await at(2_000);
      assert.deepEqual([s.step, s.progress, s.stepRemainingMs], ['inhale', 0.5, 2_000]);
      s = await at(4_000);
      assert.deepEqual([s.step, s.stepRemainingMs], ['exhale', 6_000]);
      s = await at(10_000);
      assert.deepEqual([s.step, s.breaths], ['inhale', 1]);
      s = await at(37_000);
      assert.deepEqual([s.step, s.breaths, s.leftMs], ['exhale', 3, 23_000]);
      s = await at(60_000);
      assert.deepEqual([s.finished, s.breaths, s.leftMs], [true, 6, 0]);
      const cues = await page.evaluate(() => window.__cues);
      assert.equal(cues[0], 'breatheIn');
      assert.ok(cues.includes('breatheOut'));
      assert.equal(cues.at(-1), 'done');
      const heard = await page.evaluate(() => window.__heard);
      assert.deepEqual(heard.slice(0, 3), ['Breathe in', 'Breathe out', 'Breathe in'], 'each phase is announced');
      assert.equal(heard.at(-1), 'Finished');
      await click(page, 'breathe.done');
      assert.equal((await breathing(page)).session, null);
      assert.deepEqual(errors, []);
    });
  });

  test('pausing holds the breath still through two minutes', async () => {
    await withApp(async ({ page }) => {
      await page.evaluate(() => {
        window.unknot.dispatch({ type: 'navigate', screen: 'breathe' });
        window.unknot.dispatch({ type: 'startBreathing' });
      });
      await page.clock.runFor(3_000);
      await click(page, 'breathe.pause');
      const paused = (await breathing(page)).session;
      await page.clock.fastForward(120_000);
      assert.deepEqual((await breathing(page)).session, paused);
      assert.equal((await widget(page, 'breathe.pause')).label, 'Resume');
    });
  });

  test('with reduced motion the growing disc gives way to a filling bar', async () => {
    const kBreatheInk = [0x35, 0x65, 0x9c];  // section_colors(Screen::Breathe).ink
    const inkPixels = async (page) => countColour(suite.browser, await page.screenshot(), kBreatheInk);
    const start = (page) => page.evaluate(() => {
      window.unknot.dispatch({ type: 'navigate', screen: 'breathe' });
      window.unknot.dispatch({ type: 'startBreathing' });
    });
    let disc;
    await withApp(async ({ page }) => {
      assert.equal(await page.evaluate(() => window.unknot.state().settings.reduceMotion), false);
      await start(page);
      await page.clock.runFor(2_000);
      disc = await inkPixels(page);
    });
    await withApp(async ({ page }) => {
      assert.equal(await page.evaluate(() => window.unknot.state().settings.reduceMotion), true);
      await start(page);
      await page.clock.runFor(2_000);
      const bar = await inkPixels(page);
      assert.ok(disc > 30_000, `a large disc fills the visual (${disc} px)`);
      assert.ok(bar > 1_000 && bar < 12_000, `only a bar fills with reduced motion (${bar} px)`);
    }, { reducedMotion: 'reduce' });
  });
});
