// What the journal's browser tests share: the journal's state, waiting until every write is
// durable, a tap (or click) that scrolls its target into view first, and a check-in saved
// through the API.
import assert from 'node:assert/strict';
import { centre, widget } from './browser.mjs';

export const journal = (page) => page.evaluate(() => window.unknot.state().journal);

// Waits (real time) until every write so far is durable, and returns the journal then.
export async function whenSaved(page) {
  await page.waitForFunction(() => {
    const { storage } = window.unknot.state().journal;
    return storage.mode !== 'starting' && storage.saving === 0;
  });
  return journal(page);
}

// Scrolls the item into view with the wheel if it is below the fold, then taps or clicks it.
export async function tapOn(page, id, { touch = true } = {}) {
  let item = await widget(page, id);
  assert.ok(item, `${id} is on screen`);
  const { height } = page.viewportSize();
  for (let i = 0; i < 20 && item.rect.y + item.rect.h > height; i++) {
    await page.mouse.move(20, height / 2);
    await page.mouse.wheel(0, 240);
    await page.evaluate(() => window.unknot.settled());
    item = await widget(page, id);
  }
  const at = centre(item.rect);
  if (touch) await page.touchscreen.tap(at.x, at.y); else await page.mouse.click(at.x, at.y);
  await page.evaluate(() => window.unknot.settled());
}

export const save = (page, checkIn) =>
  page.evaluate((entry) => window.unknot.dispatch({ type: 'saveCheckIn', checkIn: entry }), checkIn);
