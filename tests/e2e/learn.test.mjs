// Browser tests of Learn: it opens from home with "Get care now" first, a page opens by its
// accessible name in English and Spanish, and a page's link opens the part of the app it names.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PHONE, openApp, useSiteAndBrowser } from './browser.mjs';

const suite = useSiteAndBrowser();

const settled = (page) => page.evaluate(() => window.unknot.settled());
const state = (page) => page.evaluate(() => window.unknot.state());
async function press(page, role, name) {
  await page.getByRole(role, { name, exact: true }).dispatchEvent('click');
  await settled(page);
  await settled(page);  // the mirror presses on the next frame
}

describe('learn', () => {
  test('opens from home, with "Get care now" first, which opens the warning signs', () => suite.withApp(PHONE, async ({ page, errors }) => {
    await press(page, 'button', 'Learn');
    assert.equal((await state(page)).screen, 'learn');
    assert.deepEqual((await state(page)).learn, { page: null });
    const items = await page.evaluate(() => window.unknot.widgets());
    const care = items.find((w) => w.id === 'learn.care');
    assert.ok(care, 'the care banner is on the Learn index');
    const firstPage = items.find((w) => w.id.startsWith('learn.page.'));
    assert.ok(care.rect.y < firstPage.rect.y, 'it comes before every page');
    assert.ok(care.rect.y + care.rect.h <= 844, 'it is on the first screen');
    await press(page, 'button', 'Warning signs: when to get care');
    assert.equal((await state(page)).screen, 'care');
    assert.deepEqual(errors, []);
  }));

  test('a page opens by name in English and in Spanish, and Back returns to the index', () => suite.withApp(PHONE, async ({ page, errors }) => {
    await page.evaluate(() => window.unknot.dispatch({ type: 'navigate', screen: 'learn' }));
    await settled(page);
    await press(page, 'button', 'Heat');
    assert.deepEqual((await state(page)).learn, { page: 'heat' });
    assert.equal(await page.getByRole('heading', { name: 'Heat', level: 1 }).count(), 1);

    await page.evaluate(() => window.unknot.dispatch({ type: 'setLocale', locale: 'es' }));
    await settled(page);
    assert.equal(await page.getByRole('heading', { name: 'Calor', level: 1 }).count(), 1, 'the title is translated');
    await press(page, 'button', 'Volver');
    assert.deepEqual((await state(page)).learn, { page: null });
    assert.equal((await state(page)).screen, 'learn');
    await press(page, 'button', 'Caminar');
    assert.deepEqual((await state(page)).learn, { page: 'walking' });
    assert.equal(await page.getByRole('heading', { name: 'Caminar', level: 1 }).count(), 1);

    const refused = await page.evaluate(() => window.unknot.dispatch({ type: 'showLearnPage', page: 'cupping' }));
    assert.deepEqual(refused, {
      ok: false, code: 'invalid', error: 'showLearnPage: unknown page "cupping"',
      message: 'No se puede hacer: falta algo en la petición o está fuera de rango.',  // the app is in Spanish here
    });
    assert.deepEqual(errors, []);
  }));

  test("a page's links open the breathing screen and an exercise's card", () => suite.withApp(PHONE, async ({ page, errors }) => {
    await page.evaluate(() => window.unknot.dispatch({ type: 'showLearnPage', page: 'deep_breathing' }));
    await settled(page);
    await press(page, 'button', 'Breathe with a guide');
    assert.equal((await state(page)).screen, 'breathe');
    await press(page, 'button', 'Back');
    assert.deepEqual([(await state(page)).screen, (await state(page)).learn.page], ['learn', 'deep_breathing'],
      'Back returns to the page');

    await page.evaluate(() => window.unknot.dispatch({ type: 'showLearnPage', page: 'core_strength' }));
    await settled(page);
    await press(page, 'button', 'Exercise: Donkey kicks');
    const s = await state(page);
    assert.deepEqual([s.screen, s.exerciseInView], ['routine', 'donkey_kicks']);
    assert.deepEqual(errors, []);
  }));
});
