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

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.UNKNOT_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

// Opens the app and waits for its first frame. Collects console errors and page errors.
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
  if (clock) await page.clock.install();
  await page.goto(url);
  if (clock) {
    // With a fake clock nothing runs by itself: step it until the first frame has been drawn.
    for (let i = 0; i < 200 && !(await page.evaluate(() => window.__unknotReady === true)); i++) {
      await page.clock.runFor(50);
    }
  }
  await page.evaluate(() => window.unknot.ready);
  await page.evaluate(() => window.unknot.settled());
  return { page, errors };
}

export function widget(page, id) {
  return page.evaluate((wanted) => window.unknot.widgets().find((w) => w.id === wanted) || null, id);
}

export function centre(rect) {
  return { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 };
}

// Where the built site is, for tests run from the repository root or anywhere else.
export const SITE_DIR = process.env.UNKNOT_SITE || new URL('../../build/wasm/site/', import.meta.url).pathname;

// Colour statistics of a PNG, computed by the browser's own image decoder in a blank page.
export async function imageStats(browser, png) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const counts = new Map();
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
        counts.set(key, (counts.get(key) || 0) + 1);
      }
      const pixels = data.length / 4;
      const dominant = Math.max(...counts.values());
      return { width: image.width, height: image.height, colours: counts.size, dominantShare: dominant / pixels };
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

// For a test file: serves the built site on loopback and launches Chromium once for all its
// tests, closing both at the end. Returns live getters: `suite.url`, `suite.browser`.
export function useSiteAndBrowser() {
  let server;
  let browser;
  before(async () => {
    server = await startServer({ root: SITE_DIR });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return { get url() { return server.url; }, get browser() { return browser; } };
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

// How many pixels of a screenshot are within `tolerance` of a colour [r, g, b].
export async function countColour(browser, png, colour, tolerance = 12) {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async ({ base64, rgb, tol }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d');
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - rgb[0]) <= tol && Math.abs(data[i + 1] - rgb[1]) <= tol &&
            Math.abs(data[i + 2] - rgb[2]) <= tol) count += 1;
      }
      return count;
    }, { base64: png.toString('base64'), rgb: colour, tol: tolerance });
  } finally {
    await page.close();
  }
}
