// Browser tests of embedding: the sample portal (web/embed-demo.html) on a second loopback
// origin frames the app with sandbox="allow-scripts allow-same-origin". The app says ready with
// its height, takes setLocale and setTheme from the allowed portal only, tells it a session
// ended without health data unless the user shares, shows the embedded notice, and leaves the
// portal's own text field its keyboard.
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DESKTOP, SITE_DIR, centre, launchBrowser } from './browser.mjs';
import { startServer } from '../../scripts/lib/static_server.mjs';

const DEMO_DIR = new URL('../../build/wasm/embed-demo/', import.meta.url).pathname;
const origin = (url) => new URL(url).origin;

let app;
let portal;
let stranger;
let browser;

before(async () => {
  // The portal's port must be known before the app's server starts: it is on the allowlist.
  portal = await startServer({ root: DEMO_DIR, headers: {} });
  app = await startServer({ root: SITE_DIR, embedHosts: [origin(portal.url)] });
  // Another origin, not on the list, with a page that posts to the app's frame.
  const strangerDir = await mkdtemp(join(tmpdir(), 'unknot-stranger-'));
  await writeFile(join(strangerDir, 'index.html'), '<!doctype html><script src="post.js"></script>');
  await writeFile(join(strangerDir, 'post.js'),
    "window.parent.frames[0].postMessage({ type: 'setLocale', locale: 'es' }, '*');\n" +
    "window.parent.frames[0].postMessage({ type: 'setTheme', theme: 'highContrast' }, '*');\n");
  stranger = await startServer({ root: strangerDir, headers: {} });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  for (const server of [app, portal, stranger]) await server?.close();
});

async function openPortal(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(`${portal.url}embed-demo.html?app=${encodeURIComponent(app.url)}`);
  await page.waitForFunction(() => window.portalMessages.some((m) => m.type === 'ready'));
  const frame = page.frames().find((f) => f.url().startsWith(app.url));
  await frame.evaluate(() => window.unknot.settled());
  return { page, frame, errors };
}

const messages = (page) => page.evaluate(() => window.portalMessages);
const appState = (frame) => frame.evaluate(() => window.unknot.state());

// Runs `check({ page, frame, errors })` with the portal open in a fresh desktop context.
async function withPortal(check) {
  const context = await browser.newContext(DESKTOP);
  try {
    await check(await openPortal(context));
  } finally {
    await context.close();
  }
}

// Clicks an item of the app through the portal page, with the real mouse.
async function clickInFrame({ page, frame }, id) {
  const box = await page.locator('#unknot').boundingBox();
  const item = await frame.evaluate((wanted) => window.unknot.widgets().find((w) => w.id === wanted), id);
  const at = centre(item.rect);
  await page.mouse.click(box.x + at.x, box.y + at.y);
  return box;
}

async function finishPositionTest(frame) {
  await frame.evaluate(() => {
    const steps = [
      { type: 'startPositionTest', minutes: 2 }, { type: 'ratePain', pain: 6 }, { type: 'finishRest' },
      { type: 'ratePain', pain: 4 }, { type: 'ratePain', pain: 6 }, { type: 'finishRest' }, { type: 'ratePain', pain: 5 },
    ];
    for (const step of steps) {
      const answer = window.unknot.dispatch(step);
      if (!answer.ok) throw new Error(`${step.type}: ${answer.error}`);
    }
  });
}

describe('embedded in a benefits portal', () => {
  test('says ready with its height, shows the embedded notice, and fits the frame', () => withPortal(async ({ page, frame, errors }) => {
    const ready = (await messages(page)).find((m) => m.type === 'ready');
    assert.equal(ready.source, 'unknot');
    assert.ok(Number.isInteger(ready.height) && ready.height >= 480, `a usable height: ${ready.height}`);
    assert.equal((await appState(frame)).hosting.embedded, true);
    const ids = await frame.evaluate(() => window.unknot.widgets().map((w) => w.id));
    for (const id of ['embed.open_full', 'embed.data']) assert.ok(ids.includes(id), `${id} is offered`);
    // The portal sized the frame from the message, and the app's page has no scrollbars.
    const frameHeight = await page.evaluate(() => document.getElementById('unknot').clientHeight);
    assert.equal(Math.round(frameHeight), Math.min(ready.height, 1200));
    const overflow = await frame.evaluate(() => [document.documentElement.scrollHeight - window.innerHeight,
      document.documentElement.scrollWidth - window.innerWidth]);
    assert.deepEqual(overflow, [0, 0]);
    // "Your data" opens the export and import page.
    await frame.evaluate(() => window.unknot.dispatch({ type: 'navigate', screen: 'data' }));
    assert.equal((await appState(frame)).screen, 'data');
    assert.deepEqual(errors, []);
  }));

  test('takes setLocale and setTheme from the allowed portal, and ignores another origin', () => withPortal(async ({ page, frame }) => {
    // A stranger's frame beside the app posts the same messages: nothing changes.
    await page.evaluate((url) => {
      const other = document.createElement('iframe');
      other.src = url;
      document.body.append(other);
      return new Promise((resolve) => { other.onload = resolve; });
    }, stranger.url);
    await page.waitForTimeout(300);
    let state = await appState(frame);
    assert.equal(state.locale, 'en', 'a stranger cannot switch the language');
    assert.equal(state.settings.highContrast, false);

    await page.click('button[data-locale="es"]');
    await frame.waitForFunction(() => window.unknot.state().locale === 'es');
    await page.click('button[data-theme="highContrast"]');
    await frame.waitForFunction(() => window.unknot.state().settings.highContrast === true);
    // Malformed messages from the allowed portal are ignored too.
    await page.evaluate(() => {
      const target = document.getElementById('unknot').contentWindow;
      const to = new URL(document.getElementById('unknot').src).origin;
      for (const junk of [null, 'setLocale', [], { type: 'setLocale', locale: 'fr' }, { type: 'eraseAllData' }]) {
        target.postMessage(junk, to);
      }
    });
    await page.waitForTimeout(300);
    state = await appState(frame);
    assert.equal(state.locale, 'es');
    assert.equal(state.screen, 'home');
  }));

  test('tells the portal a session ended: no health data unless the user shares', () => withPortal(async ({ page, frame }) => {
    await finishPositionTest(frame);
    await page.waitForFunction(() => window.portalMessages.some((m) => m.type === 'sessionCompleted'));
    const plain = (await messages(page)).filter((m) => m.type === 'sessionCompleted');
    assert.deepEqual(plain, [{ source: 'unknot', type: 'sessionCompleted' }]);

    await frame.evaluate(() => window.unknot.dispatch({ type: 'navigate', screen: 'settings' }));
    await frame.evaluate(() => window.unknot.settled());
    const share = await frame.evaluate(() => window.unknot.widgets().find((w) => w.id === 'settings.share_with_host'));
    assert.ok(share, 'Settings offers sharing when embedded');
    assert.equal(share.value, 'unchecked');
    await frame.evaluate(() => window.unknot.dispatch({ type: 'setShareWithHost', on: true }));
    await finishPositionTest(frame);
    await page.waitForFunction(() => window.portalMessages.filter((m) => m.type === 'sessionCompleted').length === 2);
    const shared = (await messages(page)).filter((m) => m.type === 'sessionCompleted')[1];
    assert.equal(shared.kind, 'positionTest');
    assert.match(shared.date, /^\d{4}-\d\d-\d\d$/);
    assert.deepEqual(Object.keys(shared).sort(), ['date', 'kind', 'minutes', 'source', 'type']);
  }));

  test('"Open full app" opens Unknot on its own, through the portal when the frame may not', () => withPortal(async ({ page, frame }) => {
    // The demo's sandbox has no allow-popups: the app asks the portal, which opens it.
    const [opened] = await Promise.all([page.context().waitForEvent('page'), clickInFrame({ page, frame }, 'embed.open_full')]);
    await opened.waitForLoadState();
    assert.equal(opened.url(), app.url, 'the full app, without ?embed=1');
    const asked = (await messages(page)).find((m) => m.type === 'openFullApp');
    assert.equal(asked.url, app.url);
    await opened.evaluate(() => window.unknot.ready);
    assert.equal(await opened.evaluate(() => window.unknot.state().hosting.embedded), false);
  }));

  test('the portal\'s own text field keeps its keyboard after the canvas was clicked', () => withPortal(async ({ page, frame }) => {
    const box = await clickInFrame({ page, frame }, 'home.plan.edit');
    await frame.evaluate(() => window.unknot.settled());
    assert.equal((await appState(frame)).screen, 'plan', 'the click reached the app');
    assert.equal(await frame.evaluate(() => document.activeElement.id), 'canvas');

    await page.click('#portal-search');
    await page.keyboard.type('back pain');
    assert.equal(await page.inputValue('#portal-search'), 'back pain');
    assert.equal((await appState(frame)).screen, 'plan', 'the typing did not reach the app');

    // A click on the canvas takes the keyboard back: Escape goes back home.
    await page.mouse.click(box.x + box.width - 8, box.y + 8);  // an empty corner
    assert.equal(await frame.evaluate(() => document.activeElement.id), 'canvas');
    await page.keyboard.press('Escape');
    await frame.waitForFunction(() => window.unknot.state().screen === 'home');
    assert.equal(await page.inputValue('#portal-search'), 'back pain');
  }));
});
