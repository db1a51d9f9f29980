// Browser test of the Progress screen: an imported 60-day journal read back through the chart's
// accessible label, panned with a real mouse drag, zoomed; and the empty journal's way to a
// first check-in.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DESKTOP, PHONE, centre, openAppOnPausedClock, pressWidget, useSiteAndBrowser, widget } from './browser.mjs';
import { journalData, localDay } from './journal_fixture.mjs';

const suite = useSiteAndBrowser();
const DAY_MS = 86_400_000;

// The chart's value is its window as "YYYY-MM-DD..YYYY-MM-DD".
function windowOf(chart) {
  const [first, last] = chart.value.split('..').map((iso) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
  return { first, last, days: last - first + 1 };
}

describe('progress', () => {
  test('an imported journal: the chart states its numbers, pans by drag and zooms', async (t) => {
    const context = await suite.browser.newContext(DESKTOP);
    try {
      const { page, errors } = await openAppOnPausedClock(context, suite.url);
      const endMs = await page.evaluate(() => Date.now());
      const data = journalData({ days: 60, endMs });
      const imported = await page.evaluate((text) => window.unknot.dispatch({ type: 'importData', text }),
        JSON.stringify(data));
      if (!imported.ok && /unknown action/.test(imported.error)) {
        t.skip('importData is not on this branch yet');
        return;
      }
      assert.deepEqual(imported.ok, true, imported.error);
      assert.equal((await page.evaluate(() => window.unknot.dispatch({ type: 'confirmImport' }))).ok, true);
      await page.clock.runFor(100);

      await pressWidget(page, 'home.progress');
      assert.equal(await page.evaluate(() => window.unknot.state().screen), 'progress');

      // What the label should say, worked out here from the same data (one check-in a day).
      const today = localDay(endMs, 0);
      const painOn = new Map(data.checkIns.map((c) => [localDay(c.at, c.utcOffsetMin), c.pain]));
      const days = [...painOn.keys()].sort((a, b) => a - b);
      const mean = (from, to) => {
        const values = days.filter((d) => d >= from && d <= to).map((d) => painOn.get(d));
        return values.reduce((sum, v) => sum + v, 0) / values.length;
      };
      const average = mean(today - 6, today).toFixed(1);
      const baseline = mean(days[0], days[0] + 6).toFixed(1);
      const inWindow = days.filter((d) => d >= today - 27 && d <= today).length;

      let chart = await widget(page, 'progress.chart');
      assert.ok(chart, 'the chart is on screen');
      assert.match(chart.label, new RegExp(`^Pain chart, \\w+ \\d+ to \\w+ \\d+: 7-day average ${average}, baseline ${baseline}, ${inWindow} days with check-ins$`));
      let shown = windowOf(chart);
      assert.deepEqual([shown.last, shown.days], [today, 28], 'four weeks ending today');
      const earlier = await widget(page, 'progress.earlier');
      const later = await widget(page, 'progress.later');
      assert.equal(earlier.enabled, true, 'there is more to see before');
      assert.equal(later.enabled, false, 'nothing after today');

      // Drag the chart to the right with the mouse: earlier days come into view.
      const from = centre(chart.rect);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let i = 1; i <= 10; i += 1) {
        await page.mouse.move(from.x + i * 20, from.y);
        await page.clock.runFor(20);
      }
      await page.mouse.up();
      await page.clock.runFor(100);
      chart = await widget(page, 'progress.chart');
      const dragged = windowOf(chart);
      const pxPerDay = chart.rect.w / 28;
      assert.ok(dragged.last < today, `the window moved back (${chart.value})`);
      assert.ok(Math.abs((today - dragged.last) - 200 / pxPerDay) <= 2, `about 200 px of days (${today - dragged.last})`);
      assert.equal(dragged.days, 28);
      assert.doesNotMatch(chart.label, new RegExp(`7-day average ${average}, baseline`), 'the label follows the window');

      // Three months holds all 60 days: the window ends today again and can't pan.
      await pressWidget(page, 'progress.zoom.quarter');
      chart = await widget(page, 'progress.chart');
      shown = windowOf(chart);
      assert.deepEqual([shown.last, shown.days], [today, 91]);
      assert.equal((await widget(page, 'progress.zoom.quarter')).value, 'checked');
      assert.equal((await widget(page, 'progress.earlier')).enabled, false);
      assert.match(chart.label, new RegExp(`, ${days.length} days with check-ins$`));
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('an empty journal says so and leads to a check-in', async () => {
    const context = await suite.browser.newContext(PHONE);
    try {
      const { page, errors } = await openAppOnPausedClock(context, suite.url);
      const tap = (id) => pressWidget(page, id, { touch: true });
      await tap('home.progress');
      assert.equal(await page.evaluate(() => window.unknot.state().screen), 'progress');
      const ids = (await page.evaluate(() => window.unknot.widgets())).map((w) => w.id);
      assert.ok(!ids.includes('progress.chart'), 'no chart without check-ins');
      const button = await widget(page, 'progress.checkin');
      assert.equal(button.label, 'Make a check-in');
      assert.ok(button.rect.y + button.rect.h <= 844, 'the way forward is on the first screen');
      await tap('progress.checkin');
      assert.equal(await page.evaluate(() => window.unknot.state().screen), 'checkin');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
