// Shared by the browser tests, scripts/bench and scripts/screenshots: headless Debian Chromium
// with software WebGL 2 (SwiftShader), quiet on a closed network, and helpers to open the app.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/lib/static_server.mjs';

export const CHROMIUM_ARGS = [
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
  '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

export const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
export const DESKTOP = { viewport: { width: 1280, height: 800 } };

const CHROMIUM_PATH = process.env.UNKNOT_CHROMIUM || '/usr/bin/chromium';

export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

// A browser with a real profile in `userDataDir`, as one context. launchBrowser()'s contexts
// are incognito, where Chromium never offers to install an app.
export function launchProfile(userDataDir, device) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, ...device,
  });
}

// Tests never depend on today's date. One that needs a known moment starts Playwright's fake
// clock at it (`openApp(..., { clock: { time: fixedMoment(iso) } })`) and moves on from there.
// UNKNOT_CLOCK_YEARS_AHEAD shifts every such moment: scripts/test runs the clock-dependent tests
// again five years ahead, so a test that would expire fails today instead.
export const YEARS_AHEAD = Number(process.env.UNKNOT_CLOCK_YEARS_AHEAD || 0);

// The UTC moment `iso` (e.g. '2026-11-27T09:00:00Z'), shifted YEARS_AHEAD years, in ms.
export function fixedMoment(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${iso}`);
  date.setUTCFullYear(date.getUTCFullYear() + YEARS_AHEAD);
  return date.getTime();
}

// The local calendar date (YYYY-MM-DD, UTC) of a moment in ms.
export function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

// In the page: whether the app has drawn its first frame, i.e. window.unknot.ready (the public
// API) has resolved. Answered at once, so waitForFunction can poll it and a test on a fake clock
// can step the clock until it; the flag is the test's own, on the page it looks at (a reload
// starts over). No test hook: the shipped site answers it too.
function startedInPage() {
  if (!window.unknot) return false;
  if (window.__testSawReady === undefined) {
    window.__testSawReady = false;
    window.unknot.ready.then(() => { window.__testSawReady = true; });
  }
  return window.__testSawReady;
}

// Whether the app in `target` (a page or a frame) has drawn its first frame. Without stepping
// any clock: a ready promise that has resolved is seen in the same call.
export function hasStarted(target) {
  return target.evaluate(`Promise.resolve((${startedInPage})()).then(() => window.__testSawReady)`);
}

// Waits (on the real clock) until the app in `target` has drawn its first frame.
export function whenStarted(target, options) {
  return target.waitForFunction(startedInPage, null, options);
}

// Opens the app and waits for its first frame. Collects console errors and page errors.
// `clock`: false (the real clock), true (a fake clock from now), or { time } (a fake clock
// starting at that moment, in ms).
export async function openApp(context, url, { clock = false } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  if (clock) await page.clock.install(typeof clock === 'object' ? { time: clock.time } : undefined);
  await page.goto(url);
  if (clock) {
    // With a fake clock nothing runs by itself: step it until the first frame has been drawn.
    for (let i = 0; i < 200 && !(await hasStarted(page)); i++) {
      await page.clock.runFor(50);
    }
  }
  await page.evaluate(() => window.unknot.ready);
  // Storage answers on its own schedule: wait until it has, and the first writes are committed,
  // so a test's snapshots don't change under it. (On a fake clock its frames need stepping.)
  for (let i = 0; i < 400; i++) {
    const { mode, saving } = await page.evaluate(() => window.unknot.state().journal.storage);
    if (mode !== 'starting' && saving === 0) break;
    if (clock) await page.clock.runFor(50); else await page.waitForTimeout(10);
  }
  await page.evaluate(() => window.unknot.settled());
  return { page, errors };
}

// widgets() lists the text drawn as well as the controls: text items have ids "text.N" and a
// text role (heading, paragraph, listitem, status, timer, or img for a figure's description).
export const isTextItem = (item) => item.id.startsWith('text.');

export function widget(page, id) {
  return page.evaluate((wanted) => window.unknot.widgets().find((w) => w.id === wanted) || null, id);
}

export function centre(rect) {
  return { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 };
}

// Scrolls the screen with the mouse wheel until the widget is wholly in view, and returns it
// (or null). Items scrolled far out of view are not drawn, so a missing one is looked for below.
// `frame()` lets the app draw after each step: the fake clock's, or settled() by default.
export async function scrollIntoView(page, id, frame = () => page.evaluate(() => window.unknot.settled())) {
  const { height } = page.viewportSize();
  let item = await widget(page, id);
  for (let i = 0; i < 30 && (!item || item.rect.y < 0 || item.rect.y + item.rect.h > height); i++) {
    await page.mouse.move(20, height / 2);
    await page.mouse.wheel(0, item && item.rect.y < 0 ? -240 : 240);
    await frame();
    item = await widget(page, id);
  }
  return item;
}

// Taps (touch) or clicks (mouse) a widget by id, after checking it is there and a full touch
// target (scrolling it into view first), then lets a frame run on the fake clock.
export async function pressWidget(page, id, { touch = false } = {}) {
  const item = await scrollIntoView(page, id, () => page.clock.runFor(100));
  if (!item) throw new Error(`${id} is not on screen`);
  if (item.rect.w < 44 || item.rect.h < 44) throw new Error(`${id} is smaller than a touch target`);
  const at = centre(item.rect);
  await (touch ? page.touchscreen.tap(at.x, at.y) : page.mouse.click(at.x, at.y));
  await page.clock.runFor(100);
  return item;
}

// Where the built sites are, for tests run from the repository root or anywhere else. The tests
// load the test site: the shipped site with the test hooks (window.__unknotTest, see
// web/src/test_hooks.js) bundled in. shipped_site.test.mjs checks the shipped one has none.
export const SITE_DIR = process.env.UNKNOT_SITE || new URL('../../build/wasm/site-test/', import.meta.url).pathname;
export const SHIPPED_SITE_DIR = process.env.UNKNOT_SHIPPED_SITE || new URL('../../build/wasm/site/', import.meta.url).pathname;

// Runs `measure(data, width, height)` in a blank page on the PNG's RGBA pixels (decoded by the
// browser itself) and returns its result. `measure` runs in the page: it sees only its arguments.
async function inImage(browser, png, measure, extra) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async ({ base64, source, arg }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      return new Function(`return (${source})`)()(data, image.width, image.height, arg);
    }, { base64: png.toString('base64'), source: measure.toString(), arg: extra });
  } finally {
    await page.close();
  }
}

// Colour statistics of a PNG: how many distinct colours, and the share of the commonest.
export function imageStats(browser, png) {
  return inImage(browser, png, (data, width, height) => {
    const counts = new Map();
    for (let i = 0; i < data.length; i += 4) {
      const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    return { width, height, colours: counts.size, dominantShare: Math.max(...counts.values()) / (width * height) };
  });
}

// How many pixels of a PNG are within `tolerance` of a colour [r, g, b].
export function countColour(browser, png, colour, tolerance = 12) {
  return inImage(browser, png, (data, width, height, [rgb, tol]) => {
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - rgb[0]) <= tol && Math.abs(data[i + 1] - rgb[1]) <= tol &&
          Math.abs(data[i + 2] - rgb[2]) <= tol) count += 1;
    }
    return count;
  }, [colour, tolerance]);
}

// Cues the app plays, collected in window.__cues.
function collectCues(page) {
  return page.evaluate(() => {
    window.__cues = [];
    window.addEventListener('unknot:cue', (event) => window.__cues.push(event.detail.cue));
  });
}

// Opens the app on Playwright's fake clock, paused: time moves only when the test moves it.
export async function openAppOnPausedClock(context, url) {
  const app = await openApp(context, url, { clock: true });
  // A second ahead: pauseAt may not go back in time, and real time passes while we ask.
  await app.page.clock.pauseAt(await app.page.evaluate(() => Date.now() + 1000));
  await collectCues(app.page);
  return app;
}

// Opens the app in a new UTC context for `device`, on a fake clock paused at a known moment (ms,
// from fixedMoment). The clock is installed a few minutes before it, so opening the app never
// overtakes it and pauseAt never goes back in time. Returns the app and its context.
export async function openAppAt(browser, url, device, startMs) {
  const context = await browser.newContext({ ...device, timezoneId: 'UTC', acceptDownloads: true });
  const app = await openApp(context, url, { clock: { time: startMs - 5 * 60_000 } });
  await app.page.clock.pauseAt(startMs);
  await collectCues(app.page);
  await app.page.clock.runFor(100);
  return { ...app, context };
}

// How many animation frames the page asks for in `ms` of real time: 0 when the app sleeps.
export function countFrameRequests(page, ms = 1000) {
  return page.evaluate(async (wait) => {
    let count = 0;
    const original = window.requestAnimationFrame;
    window.requestAnimationFrame = (callback) => { count += 1; return original(callback); };
    await new Promise((resolve) => setTimeout(resolve, wait));
    window.requestAnimationFrame = original;
    return count;
  }, ms);
}
// How many animation frames the page asks for while its fake clock runs `ms` forward: exact on
// any machine, however busy (the clock, not the CPU, decides how many frames fall due).
export async function countFrameRequestsOnClock(page, ms = 1000) {
  await page.evaluate(() => {
    window.__frameRequests = 0;
    const original = window.requestAnimationFrame;
    window.__restoreFrames = () => { window.requestAnimationFrame = original; };
    window.requestAnimationFrame = (callback) => { window.__frameRequests += 1; return original(callback); };
  });
  await page.clock.runFor(ms);
  return page.evaluate(() => { window.__restoreFrames(); return window.__frameRequests; });
}

// Faults injected into IndexedDB itself, under the idb wrapper, for every page of `context`:
// set window.__fault in the page to 'quota' (a put throws QuotaExceededError), 'abort' (the
// save's transaction aborts) or 'hold' (the transaction stays busy, uncommitted, until unset).
export function injectStorageFaults(context) {
  return context.addInitScript(() => {
    window.__fault = null;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (...args) {
      if (window.__fault === 'quota') throw new DOMException('injected', 'QuotaExceededError');
      const request = put.apply(this, args);
      if (window.__fault === 'abort') this.transaction.abort();
      if (window.__fault === 'hold') {
        const busy = () => { if (window.__fault === 'hold') this.get('').onsuccess = busy; };
        busy();
      }
      return request;
    };
  });
}

// For a test file: serves the built site on loopback and launches Chromium once for all its
// tests, closing both at the end. Returns live getters: `suite.url`, `suite.browser`. `root`:
// another site folder than the test site (the shipped one).
export function useSiteAndBrowser({ root = SITE_DIR } = {}) {
  let server;
  let browser;
  before(async () => {
    server = await startServer({ root });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() { return server.url; },
    get browser() { return browser; },
    // Runs `check({ page, errors })` on the app opened in a fresh context for `device`.
    async withApp(device, check) {
      const context = await browser.newContext(device);
      try {
        await check(await openApp(context, server.url));
      } finally {
        await context.close();
      }
    },
  };
}

// A one-finger drag through the Chrome DevTools protocol (Playwright only taps), in steps so
// the app sees it move. `page.clock` must be installed: each step lets a frame run.
export async function touchDrag(page, from, to, steps = 18) {
  const cdp = await page.context().newCDPSession(page);
  const point = (t) => ({ x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point(0)] });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point(i / steps)] });
    await page.clock.runFor(20);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await page.clock.runFor(100);
  await cdp.detach();
}
