// Browser test of the pain rule after a rise: a routine with pain 3 before and 6 after gets kind
// advice in its summary and the flare-up card on Home (which opens the flare-up page); the next
// day's check-in asks whether it settled, and "Not yet" brings the easing-off advice and the way
// to care. Runs on a fake clock from a fixed moment (see fixedMoment). What a screen reader hears
// (the accessibility mirror: controls, and these notices as headings) is checked along the way.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PHONE, fixedMoment, openAppAt, pressWidget, scrollIntoView, useSiteAndBrowser, widget } from './browser.mjs';

const suite = useSiteAndBrowser();
const MORNING = fixedMoment('2026-11-27T09:00:00Z');
const DAY_MS = 86_400_000;

const state = (page) => page.evaluate(() => window.unknot.state());
async function act(page, action) {
  const answer = await page.evaluate((a) => window.unknot.dispatch(a), action);
  assert.equal(answer.ok, true, `${action.type}: ${answer.error}`);
  await page.clock.runFor(100);
}
const shown = (page, id) => scrollIntoView(page, id, () => page.clock.runFor(100));
const spoken = (page) => page.locator('body').ariaSnapshot();

describe('a pain rise', () => {
  test('pain 3 before and 6 after: advice, the flare-up card, and the next day\'s question', async () => {
    const { page, errors, context } = await openAppAt(suite.browser, suite.url, PHONE, MORNING);
    try {
      // A minute of the short routine, rated 3 before.
      await act(page, { type: 'rateSessionPain', when: 'before', pain: 3 });
      await act(page, { type: 'startRoutine', routine: 'short' });
      await page.clock.fastForward(60_000);  // a minute on: long enough to be kept in the journal
      await act(page, { type: 'endRoutine' });
      assert.equal((await state(page)).screen, 'player');

      // 6 after, tapped on the summary: the advice appears, kindly, with the plan a tap away.
      await pressWidget(page, 'player.pain_after.6', { touch: true });
      assert.ok(await shown(page, 'player.flare_plan'), 'the summary offers the flare-up plan');
      let said = await spoken(page);
      assert.match(said, /Your pain went up/);
      assert.match(said, /From 3 before to 6 after\. .*try the short routine or take a rest day/);

      // Home shows the flare-up card, and it opens the page.
      await pressWidget(page, 'player.done', { touch: true });
      assert.notEqual((await state(page)).screen, 'player');
      await act(page, { type: 'navigate', screen: 'home' });
      assert.ok(await shown(page, 'home.flare'), 'the flare-up card is on Home');
      assert.match(await spoken(page), /Your pain went up recently/);
      await pressWidget(page, 'home.flare', { touch: true });
      let s = await state(page);
      assert.deepEqual([s.screen, s.learn.page], ['learn', 'flare_ups']);
      assert.match(await spoken(page), /heading "Flare-ups"/);

      // The next morning: the check-in asks whether it settled.
      await page.clock.fastForward(DAY_MS);
      await page.clock.runFor(100);
      await act(page, { type: 'navigate', screen: 'checkin' });
      const question = await widget(page, 'checkin.rise.1');
      assert.ok(question, 'the settled question is asked');
      assert.match(await spoken(page), /Yesterday your pain went from 3 to 6 after the routine\. Has it settled\?/);
      assert.equal(await widget(page, 'checkin.care'), null, 'no advice before an answer');

      await pressWidget(page, 'checkin.rise.1', { touch: true });  // "Not yet"
      assert.ok(await shown(page, 'checkin.care'), '"Not yet" shows the way to care');
      said = await spoken(page);
      assert.match(said, /Ease off for now/);
      assert.match(said, /short routine at half the dose, or take a rest day/);

      // Saved with the check-in: the question is not asked again that day.
      await pressWidget(page, 'checkin.pain.5', { touch: true });
      await pressWidget(page, 'checkin.save', { touch: true });
      s = await state(page);
      assert.equal(s.journal.latest.pain, 5);
      assert.equal(s.journal.latest.riseSettled, false, 'the answer is kept with the check-in');
      await act(page, { type: 'navigate', screen: 'checkin' });
      assert.equal(await widget(page, 'checkin.rise.1'), null, 'answered: not asked again');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
