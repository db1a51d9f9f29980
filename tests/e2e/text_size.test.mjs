// Browser tests of the text size: a setting (100%, 150%, 200%) chosen by role and kept, which
// re-rasterises the fonts and grows the controls; at 200% on a phone every screen still lays out
// inside the viewport's width with no two items on top of each other.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PHONE, isTextItem, openApp, useSiteAndBrowser } from './browser.mjs';
import { journalExport } from './journal_fixture.mjs';
import { SCREENS, act, reloadKeepingData } from './screens.mjs';

const suite = useSiteAndBrowser();

const widgets = (page) => page.evaluate(() => window.unknot.widgets());

function overlaps(a, b) {
  const slack = 1;  // rects that only touch are fine
  return a.x + a.w - slack > b.x && b.x + b.w - slack > a.x && a.y + a.h - slack > b.y && b.y + b.h - slack > a.y;
}

describe('text size', () => {
  test('is chosen by role in Settings, kept, and makes text and controls larger', () => suite.withApp(PHONE, async ({ page, errors }) => {
    await act(page, { type: 'navigate', screen: 'settings' });
    const standard = (await widgets(page)).find((w) => w.id === 'settings.language.en').rect;
    await page.getByRole('radio', { name: 'Largest (200%)' }).dispatchEvent('click');
    await page.evaluate(() => window.unknot.settled());
    await page.evaluate(() => window.unknot.settled());
    assert.equal((await page.evaluate(() => window.unknot.state().settings.textSize)), 'largest');
    const large = (await widgets(page)).find((w) => w.id === 'settings.language.en').rect;
    assert.ok(large.h >= standard.h * 1.4, `controls grow with the text: ${standard.h} -> ${large.h}`);
    assert.equal(await page.getByRole('radio', { name: 'Largest (200%)' }).getAttribute('aria-checked'), 'true');

    await reloadKeepingData(page);
    assert.equal(await page.evaluate(() => window.unknot.state().settings.textSize), 'largest', 'kept');
    assert.deepEqual(errors, []);
  }));

  test('at 200% on a phone, every screen fits the width and no two items overlap', () => suite.withApp(PHONE, async ({ page, errors }) => {
    const endMs = await page.evaluate(() => Date.now());
    await act(page, { type: 'importData', text: journalExport({ days: 30, endMs }) });
    await act(page, { type: 'confirmImport' });
    const { width } = page.viewportSize();
    for (const locale of ['en', 'es']) {
      for (const [name, actions, press] of SCREENS) {
        await reloadKeepingData(page);
        await act(page, { type: 'setLocale', locale });
        await act(page, { type: 'setTextSize', size: 'largest' });
        for (const action of actions) await act(page, action);
        if (press) {  // as the accessibility mirror presses an item: drawn on the next frame
          await page.locator(`[data-widget="${press}"]`).dispatchEvent('click');
          await page.evaluate(() => window.unknot.settled());
          await page.evaluate(() => window.unknot.settled());
          assert.equal((await widgets(page)).find((w) => w.id === press).value, 'expanded', `${name}: opened`);
        }
        const items = await widgets(page);
        assert.ok(items.length > 0, `${name}: items on screen`);
        for (const item of items) {
          const { x, w } = item.rect;
          assert.ok(x >= 0 && x + w <= width + 0.5, `${locale} ${name}: ${item.id} spans ${x}..${x + w}, beyond ${width}`);
          if (isTextItem(item)) continue;  // read, not pressed
          assert.ok(item.rect.w >= 44 && item.rect.h >= 44, `${locale} ${name}: ${item.id} is a full touch target`);
        }
        // Controls never overlap one another, nor do two pieces of text (text inside a control,
        // such as a card's hint, overlaps that control by design).
        for (let i = 0; i < items.length; i++) {
          for (let j = i + 1; j < items.length; j++) {
            if (isTextItem(items[i]) !== isTextItem(items[j])) continue;
            assert.ok(!overlaps(items[i].rect, items[j].rect),
              `${locale} ${name}: ${items[i].id} and ${items[j].id} overlap`);
          }
        }
      }
    }
    assert.deepEqual(errors, []);
  }));
});
