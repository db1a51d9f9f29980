// Browser tests of the app shell: it starts cleanly, draws, navigates by real mouse and touch
// input through the canvas, exposes window.unknot, sleeps when idle, and shows a crash screen.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DESKTOP, PHONE, centre, countFrameRequests, imageStats, isTextItem, openApp, scrollIntoView, useSiteAndBrowser, widget,
} from './browser.mjs';

const suite = useSiteAndBrowser();

const withApp = (device, run) => suite.withApp(device, run);

const state = (page) => page.evaluate(() => window.unknot.state());
const settled = (page) => page.evaluate(() => window.unknot.settled());

describe('app shell', () => {
  test('starts on home with no console errors and a drawn, non-blank canvas', async () => {
    await withApp(DESKTOP, async ({ page, errors }) => {
      assert.equal((await state(page)).screen, 'home');
      assert.equal(await page.locator('#status').isHidden(), true, 'the loading message is gone');
      const stats = await imageStats(suite.browser, await page.screenshot());
      assert.ok(stats.colours > 50, `a drawn UI has many colours (anti-aliased text), saw ${stats.colours}`);
      assert.ok(stats.dominantShare < 0.95, `the background is not everything: ${stats.dominantShare}`);
      assert.deepEqual(errors, []);
    });
  });

  test('home lists every section as a large button with a label', async () => {
    await withApp(PHONE, async ({ page }) => {
      const items = await page.evaluate(() => window.unknot.widgets());
      const ids = items.map((w) => w.id);
      for (const section of ['routine', 'breathe', 'position', 'checkin', 'progress', 'learn', 'settings']) {
        assert.ok(ids.includes(`home.${section}`), `home.${section} is on screen`);
      }
      assert.deepEqual(items.filter((w) => w.role === 'heading').map((w) => [w.level, w.label]),
        [[1, 'Unknot'], [2, 'Today'], [2, 'What would help right now?']],
        'headings for screen readers to jump between: the app, today\'s plan, then the sections');
      for (const item of items.filter((w) => !isTextItem(w))) {
        assert.equal(item.role, item.id.startsWith('home.plan.') && !item.id.endsWith('.start') && item.id !== 'home.plan.edit'
          ? 'checkbox' : 'button', item.id);
        assert.ok(item.label.length > 0);
        assert.ok(item.rect.w >= 44 && item.rect.h >= 44, `${item.id} is at least 44x44 CSS px`);
        assert.ok(item.rect.x >= 0 && item.rect.x + item.rect.w <= 390, `${item.id} fits the width`);
      }
    });
  });

  test('a mouse click on a home entry opens it, and Back returns home', async () => {
    await withApp(DESKTOP, async ({ page, errors }) => {
      const learn = await scrollIntoView(page, 'home.learn');
      await page.mouse.click(centre(learn.rect).x, centre(learn.rect).y);
      await settled(page);
      assert.equal((await state(page)).screen, 'learn');
      assert.equal((await state(page)).canGoBack, true);

      const back = await widget(page, 'nav.back');
      assert.ok(back, 'the section shows a Back control');
      await page.mouse.click(centre(back.rect).x, centre(back.rect).y);
      await settled(page);
      assert.equal((await state(page)).screen, 'home');
      assert.deepEqual(errors, []);
    });
  });

  test('the warning signs open from home in one tap, in the user\'s language', async () => {
    await withApp(PHONE, async ({ page }) => {
      await page.evaluate(() => window.unknot.dispatch({ type: 'setLocale', locale: 'es' }));
      await settled(page);
      const care = await widget(page, 'home.care');
      assert.equal(care.label, 'Señales de alarma: cuándo buscar atención');
      assert.ok(care.rect.y < 200, 'the banner sits at the top of home');
      await page.touchscreen.tap(centre(care.rect).x, centre(care.rect).y);
      await settled(page);
      assert.equal((await state(page)).screen, 'care');
    });
  });

  test('a tap at phone size works the same', async () => {
    await withApp(PHONE, async ({ page }) => {
      const checkin = await scrollIntoView(page, 'home.checkin');
      await page.touchscreen.tap(centre(checkin.rect).x, centre(checkin.rect).y);
      await settled(page);
      assert.equal((await state(page)).screen, 'checkin');
      const back = await widget(page, 'nav.back');
      await page.touchscreen.tap(centre(back.rect).x, centre(back.rect).y);
      await settled(page);
      assert.equal((await state(page)).screen, 'home');
    });
  });

  test('the keyboard reaches and activates a home entry, and Escape goes back', async () => {
    await withApp(DESKTOP, async ({ page }) => {
      await page.keyboard.press('Tab');  // Dear ImGui's keyboard navigation focuses the first item
      await settled(page);
      await page.keyboard.press('Enter');
      await settled(page);
      assert.equal((await state(page)).screen, 'care', 'the warning signs come first');
      await page.keyboard.press('Escape');  // Escape goes back
      await settled(page);
      assert.equal((await state(page)).screen, 'home');
      // Focus comes back to the banner on return; Tab moves on through today's plan to Routine.
      const focused = async () => (await page.evaluate(() => window.unknot.widgets())).find((w) => w.focused)?.id;
      for (let i = 0; i < 20 && (await focused()) !== 'home.routine'; i++) {
        await page.keyboard.press('Tab');
        await settled(page);
      }
      assert.equal(await focused(), 'home.routine');
      await page.keyboard.press('Enter');
      await settled(page);
      assert.equal((await state(page)).screen, 'routine');
    });
  });

  test('dispatch rejects unknown and malformed actions and changes nothing', async () => {
    await withApp(DESKTOP, async ({ page }) => {
      const before = await state(page);
      const answers = await page.evaluate(() => [
        window.unknot.dispatch({ type: 'fly' }),
        window.unknot.dispatch({ type: 'navigate', screen: 'moon' }),
        window.unknot.dispatch({ screen: 'learn' }),
        window.unknot.dispatch('navigate'),
        window.unknot.dispatch(null),
      ]);
      for (const answer of answers) {
        assert.equal(answer.ok, false);
        assert.equal(typeof answer.error, 'string');
        assert.ok(answer.error.length > 0);
      }
      assert.equal(answers[0].error, 'unknown action type "fly"');
      assert.deepEqual(await state(page), before);
    });
  });

  test('dispatch drives the same path as the UI and the canvas follows', async () => {
    await withApp(DESKTOP, async ({ page }) => {
      assert.deepEqual(await page.evaluate(() => window.unknot.dispatch({ type: 'navigate', screen: 'settings' })),
        { ok: true, changed: true });
      await settled(page);
      const ids = (await page.evaluate(() => window.unknot.widgets())).map((w) => w.id);
      assert.ok(ids.includes('settings.language.es'), 'the settings screen was drawn');
      const spanish = await widget(page, 'settings.language.es');
      await page.mouse.click(centre(spanish.rect).x, centre(spanish.rect).y);
      await settled(page);
      assert.equal((await state(page)).locale, 'es');
      assert.equal((await widget(page, 'nav.back')).label, 'Volver');
      assert.equal((await widget(page, 'settings.language.es')).value, 'checked');
    });
  });

  test('draws nothing while nothing changes', async () => {
    await withApp(DESKTOP, async ({ page }) => {
      // Count animation-frame requests over a second of idling: a sleeping app makes none.
      assert.equal(await countFrameRequests(page), 0);
    });
  });

  test('a drawn frame asks the GPU for no state, and the copy it answers from is the context\'s', async () => {
    const context = await suite.browser.newContext(DESKTOP);
    try {
      // Counts the context's own answers to the blend and scissor queries Dear ImGui makes each
      // frame (each one a wait for the GPU): web/src/gl_state_shadow.js answers them instead.
      await context.addInitScript(() => {
        const SHADOWED = [0x80c9, 0x80c8, 0x80cb, 0x80ca, 0x8009, 0x883d, 0x0c10];
        const getParameter = WebGL2RenderingContext.prototype.getParameter;
        window.__gpuAsked = 0;
        window.__clears = 0;
        WebGL2RenderingContext.prototype.getParameter = function (name) {
          if (SHADOWED.includes(name)) window.__gpuAsked += 1;
          return getParameter.call(this, name);
        };
        const clear = WebGL2RenderingContext.prototype.clear;
        WebGL2RenderingContext.prototype.clear = function (mask) {
          window.__clears += 1;
          return clear.call(this, mask);
        };
      });
      const { page, errors } = await openApp(context, suite.url);
      await page.evaluate(() => {
        window.unknot.dispatch({ type: 'navigate', screen: 'breathe' });
        window.unknot.dispatch({ type: 'startBreathing' });
      });
      await page.waitForFunction(() => window.__clears > 10);  // the disc animates: frames are drawn
      const { asked, pairs } = await page.evaluate(() => {
        const gl = document.getElementById('canvas').getContext('webgl2');
        const asked = window.__gpuAsked;
        // Plain arrays, so the scissor box (an Int32Array) compares element by element.
        const plain = (value) => (ArrayBuffer.isView(value) ? Array.from(value) : value);
        const truth = (name) => plain(WebGL2RenderingContext.prototype.getParameter.call(gl, name));
        const pairs = [0x80c9, 0x80c8, 0x80cb, 0x80ca, 0x8009, 0x883d, 0x0c10]
          .map((name) => [plain(gl.getParameter(name)), truth(name)]);
        return { asked, pairs };
      });
      assert.equal(asked, 0, 'no frame waited for the GPU to say its blend or scissor state');
      for (const [copy, truth] of pairs) assert.deepEqual(copy, truth, 'the copy matches the context');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('the canvas follows the viewport and the pixel ratio', async () => {
    const context = await suite.browser.newContext({ ...DESKTOP, deviceScaleFactor: 2 });
    try {
      const { page } = await openApp(context, suite.url);
      const size = () => page.evaluate(() => {
        const canvas = document.getElementById('canvas');
        return { width: canvas.width, height: canvas.height, cssWidth: canvas.clientWidth };
      });
      assert.deepEqual(await size(), { width: 2560, height: 1600, cssWidth: 1280 });
      await page.setViewportSize({ width: 700, height: 500 });
      await page.waitForFunction(() => document.getElementById('canvas').width === 1400);
      await settled(page);
      assert.deepEqual(await size(), { width: 1400, height: 1000, cssWidth: 700 });
      const items = await page.evaluate(() => window.unknot.widgets());
      assert.ok(items.every((w) => w.rect.x + w.rect.w <= 700), 'the layout reflowed to the new width');
    } finally {
      await context.close();
    }
  });

  test('a crash shows a plain message with a reload button instead of a frozen canvas', async () => {
    await withApp(DESKTOP, async ({ page }) => {
      await page.evaluate(() => window.__unknotTest.crash());
      await page.mouse.move(10, 10);  // input wakes the loop; the next frame aborts
      await page.locator('#fatal').waitFor({ state: 'visible' });
      assert.match(await page.locator('#fatal-title').textContent(), /stopped unexpectedly/);
      assert.match(await page.locator('#fatal-body').textContent(), /saved entries are safe/);
      assert.equal(await page.locator('#fatal-reload').isVisible(), true);
      assert.equal(await page.locator('#canvas').isHidden(), true);
      // A screen reader hears the message alone, not the stopped app's buttons, which do nothing.
      const heard = await page.locator('body').ariaSnapshot();
      assert.doesNotMatch(heard, /Routine|Settings/, heard);
      assert.match(heard, /button "Reload Unknot"/);
    });
  });
});
