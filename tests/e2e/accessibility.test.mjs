// The accessibility mirror: a screen reader finds every item on screen by role and name, in the
// user's language, and activating one does what a tap does. No coordinates are used here.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PHONE, countColour, countFrameRequests, openApp, useSiteAndBrowser } from './browser.mjs';

const suite = useSiteAndBrowser();

// Two settled frames: the mirror's event is drawn, then what it led to.
async function drawn(page) {
  await page.evaluate(() => window.unknot.settled());
  await page.evaluate(() => window.unknot.settled());
}

// What assistive technology does on a double tap or Enter: a click on the element itself.
async function activate(page, role, name) {
  const element = page.getByRole(role, { name, exact: typeof name === 'string' });
  assert.equal(await element.count(), 1, `one ${role} named ${name}`);
  await element.dispatchEvent('click');
  await drawn(page);  // the press is drawn, then the new screen
}

describe('accessibility mirror', () => {
  test('a quick check-in by roles and names alone, and the save is announced', () => suite.withApp(PHONE, async ({ page, errors }) => {
    await activate(page, 'button', /^Check-in/);
    assert.equal(await page.evaluate(() => window.unknot.state().screen), 'checkin');
    assert.equal(await page.getByRole('heading', { name: 'Check-in', level: 1 }).count(), 1, 'each screen has a heading');
    await activate(page, 'radio', 'Pain 4 of 10');
    assert.equal(await page.getByRole('radio', { name: 'Pain 4 of 10' }).getAttribute('aria-checked'), 'true');
    await activate(page, 'button', 'Save check-in');
    await page.waitForFunction(() => window.unknot.state().journal.storage.saving === 0);
    assert.equal(await page.evaluate(() => window.unknot.state().journal.latest.pain), 4);
    assert.equal(await page.locator('#announce-polite').textContent(), 'Check-in saved');
    assert.equal(await page.getByRole('button', { name: 'See progress' }).count(), 1, 'the mirror follows the screen');
    assert.deepEqual(errors, []);
  }));

  test('moving to an item in the mirror gives it the app\'s keyboard focus; switches say on or off', () => suite.withApp(PHONE, async ({ page, errors }) => {
    const focusedIds = () => page.evaluate(() => window.unknot.widgets().filter((w) => w.focused).map((w) => w.id));
    assert.deepEqual(await focusedIds(), [], 'no focus ring before any keyboard or reader');
    await page.getByRole('button', { name: /^Breathe/ }).focus();
    await drawn(page);
    assert.deepEqual(await focusedIds(), ['home.breathe']);
    await page.getByRole('button', { name: /^Progress/ }).focus();
    await drawn(page);
    assert.deepEqual(await focusedIds(), ['home.progress'], 'the focus follows the reader');

    await page.evaluate(() => window.unknot.dispatch({ type: 'startRoutine', routine: 'short' }));
    await page.evaluate(() => window.unknot.settled());
    const sound = page.getByRole('switch', { name: /sound/i });
    assert.equal(await sound.count(), 1, 'the player\'s sound control is a switch');
    assert.equal(await sound.getAttribute('aria-checked'), 'true');
    assert.deepEqual(errors, []);
  }));

  test('names follow the language, and the mirror costs nothing while the app is idle', () => suite.withApp(PHONE, async ({ page }) => {
    await page.evaluate(() => window.unknot.dispatch({ type: 'setLocale', locale: 'es' }));
    await page.evaluate(() => window.unknot.settled());
    assert.equal(await page.getByRole('button', { name: /^Registro/ }).count(), 1);
    assert.equal(await countFrameRequests(page, 1000), 0, 'no frames while nothing changes');
    const mirrored = await page.locator('#a11y-mirror nav > *, #a11y-mirror main > :not(ul), #a11y-mirror li').count();
    const widgets = await page.evaluate(() => window.unknot.widgets().length);
    assert.equal(mirrored, widgets, 'one element per item on screen');
  }));

  test('high contrast is a setting that is kept, and turns the page white with black text', () => suite.withApp(PHONE, async ({ page }) => {
    await page.evaluate(() => window.unknot.dispatch({ type: 'navigate', screen: 'settings' }));
    await page.evaluate(() => window.unknot.settled());
    await activate(page, 'checkbox', 'High contrast');
    assert.equal(await page.getByRole('checkbox', { name: 'High contrast' }).getAttribute('aria-checked'), 'true');
    await page.waitForFunction(() => window.unknot.state().journal.storage.saving === 0);
    await page.reload();
    await page.evaluate(() => window.unknot.ready);
    await page.waitForFunction(() => window.unknot.state().settings.highContrast === true);
    await page.evaluate(() => window.unknot.settled());
    const png = await page.screenshot();
    const white = await countColour(suite.browser, png, [255, 255, 255], 2);
    const sand = await countColour(suite.browser, png, [0xf5, 0xf1, 0xea], 2);
    assert.ok(white > 390 * 844 * 0.5 && sand === 0, `a white page (white ${white}, sand ${sand})`);
    assert.ok(await countColour(suite.browser, png, [0, 0, 0], 10) > 500, 'black text');
  }));

  test('keys go to the app only while the canvas has the focus', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const { page } = await openApp(context, suite.url);
      await page.evaluate(() => window.unknot.dispatch({ type: 'navigate', screen: 'settings' }));
      await page.evaluate(() => {
        const field = document.createElement('input');  // like a host page's own search box
        field.id = 'host-field';
        Object.assign(field.style, { position: 'fixed', right: '10px', bottom: '10px', zIndex: 5 });
        document.body.appendChild(field);
      });
      await page.mouse.click(1250, 400);  // the canvas takes the focus
      await page.locator('#host-field').focus();
      await page.keyboard.type('back pain');
      await page.keyboard.press('Escape');  // the app's Back, had it the keys
      await page.evaluate(() => window.unknot.settled());
      assert.equal(await page.locator('#host-field').inputValue(), 'back pain');
      assert.equal(await page.evaluate(() => window.unknot.state().screen), 'settings');
      await page.mouse.click(1250, 400);  // clicking the canvas (an empty margin) gives it the keys again
      await page.keyboard.press('Escape');
      await page.evaluate(() => window.unknot.settled());
      assert.equal(await page.evaluate(() => window.unknot.state().screen), 'home');
    } finally {
      await context.close();
    }
  });
});
