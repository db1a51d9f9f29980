// Browser test in the pseudo-locale en-XA (i18n/en-XA.po: accented, ~40% longer, bracketed):
// a phone whose browser asks for en-XA gets it, and on every screen every item a reader is
// told about (widgets(), which the accessibility mirror copies) is pseudo-localised, so no
// English is hard-coded, and lies inside the viewport's width, so longer languages aren't cut.
// To look at it: scripts/screenshots home:en-XA settings:en-XA
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PHONE, useSiteAndBrowser } from './browser.mjs';
import { journalExport } from './journal_fixture.mjs';
import { SCREENS, act, reloadKeepingData } from './screens.mjs';

const suite = useSiteAndBrowser();
const XA_PHONE = { ...PHONE, locale: 'en-XA' };

// Items allowed to show what the catalog doesn't translate, and why.
const NOT_PSEUDO = [
  // Each language is listed in its own language, whatever the app's language is.
  /^settings\.language\./,
];

// What is left of a label once every pseudo-localised part ("[...]", nested) is taken out.
function outsidePseudo(label) {
  let depth = 0, rest = '';
  for (const c of label) {
    if (c === '[') depth += 1;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0) rest += c;
  }
  return rest;
}

// English words outside the pseudo-localised parts: two or more plain ASCII letters in a row.
// (Numbers, times, symbols and units such as "5", "08:30", "+" or "%" are the same everywhere.)
const englishIn = (label) => outsidePseudo(label).match(/[A-Za-z]{2,}/g) ?? [];

// Every item of the screen, scrolling down until nothing new appears (items far out of view
// are not drawn, so not listed).
async function allItems(page) {
  const items = new Map();
  const { width, height } = page.viewportSize();
  let unchanged = 0;
  for (let step = 0; step < 40 && unchanged < 2; step++) {
    const before = items.size;
    for (const item of await page.evaluate(() => window.unknot.widgets())) items.set(item.id, item);
    unchanged = items.size === before ? unchanged + 1 : 0;
    await page.mouse.move(width / 2, height / 2);
    await page.mouse.wheel(0, height / 2);
    await page.evaluate(() => window.unknot.settled());
  }
  return [...items.values()];
}

describe('pseudo-locale en-XA', () => {
  test('is chosen from the browser language, and every screen is translated and fits', () => suite.withApp(XA_PHONE, async ({ page, errors }) => {
    assert.equal(await page.evaluate(() => window.unknot.state().locale), 'en-XA');
    const endMs = await page.evaluate(() => Date.now());
    await act(page, { type: 'importData', text: journalExport({ days: 30, endMs }) });
    await act(page, { type: 'confirmImport' });
    const { width } = page.viewportSize();
    const problems = [];
    for (const [name, actions, press] of SCREENS) {
      await reloadKeepingData(page);
      for (const action of actions) await act(page, action);
      if (press) {
        await page.locator(`[data-widget="${press}"]`).dispatchEvent('click');
        await page.evaluate(() => window.unknot.settled());
        await page.evaluate(() => window.unknot.settled());
      }
      const items = await allItems(page);
      // What the user wrote (the activities of the imported journal) is shown as written.
      const written = new Set(await page.evaluate(() => window.unknot.state().journal.psfsActivities));
      if (items.length === 0) problems.push(`${name}: nothing on screen`);
      for (const item of items) {
        const { x, w } = item.rect;
        if (x < 0 || x + w > width + 0.5) problems.push(`${name}: ${item.id} spans ${x}..${x + w}, beyond ${width}`);
        if (NOT_PSEUDO.some((pattern) => pattern.test(item.id)) || written.has(item.label)) continue;
        const english = englishIn(item.label);
        if (english.length) {
          problems.push(`${name}: ${item.id} "${item.label}" shows untranslated ${english.join(' ')}`);
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(errors, []);
  }));

});
