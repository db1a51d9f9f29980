// Browser test of the position test, by clicks alone: rate, rest (its timer runs out on the
// fake clock), rate again, both positions, to the remembered result.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PHONE, centre, countFrameRequestsOnClock, openAppOnPausedClock, useSiteAndBrowser, widget } from './browser.mjs';

const suite = useSiteAndBrowser();

describe('position test', () => {
  test('run to its result with taps only, and the result is remembered', async () => {
    const context = await suite.browser.newContext(PHONE);
    try {
      const { page, errors } = await openAppOnPausedClock(context, suite.url);
      const tap = async (id) => {
        const item = await widget(page, id);
        assert.ok(item, `${id} is on screen`);
        assert.ok(item.rect.y + item.rect.h <= 844, `${id} is within the phone's screen`);
        await page.touchscreen.tap(centre(item.rect).x, centre(item.rect).y);
        // A frame may wait up to 50 ms for a save in flight (the result is stored): 200 ms covers it.
        await page.clock.runFor(200);
      };
      const position = () => page.evaluate(() => window.unknot.state().position);

      await tap('home.position');
      await tap('position.minutes.2');
      await tap('position.start');
      assert.deepEqual((await position()).test.step, 'rateBefore');
      await tap('position.pain.6');
      let p = await position();
      assert.deepEqual([p.test.option, p.test.step], ['onBack', 'rest']);
      assert.ok(p.test.restLeftMs > 119_800 && p.test.restLeftMs <= 120_000, `two minutes to rest (${p.test.restLeftMs})`);
      // Minutes of lying still: a frame when the clock, the breath's word or the drawing's slow
      // breath changes a pixel, not at the display's rate.
      const frames = await countFrameRequestsOnClock(page, 2000);
      assert.ok(frames >= 2 && frames <= 20, `resting: ${frames} frames in 2 s`);
      await page.clock.fastForward(120_000);  // the two minutes pass
      await page.clock.runFor(100);  // and the frame the timer woke for is drawn
      assert.equal((await position()).test.step, 'rateAfter');
      await tap('position.pain.3');
      p = await position();
      assert.deepEqual([p.test.option, p.test.step], ['onBelly', 'rateBefore']);
      await tap('position.pain.5');
      await tap('position.done_early');
      await tap('position.pain.4');
      p = await position();
      assert.equal(p.test.step, 'result');
      assert.deepEqual(p.lastResult.ratings, [6, 3, 5, 4]);
      assert.equal(p.lastResult.verdict, 'onBack');
      await tap('position.close');
      p = await position();
      assert.equal(p.test, null);
      assert.equal(p.lastResult.verdict, 'onBack', 'the result is remembered');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
