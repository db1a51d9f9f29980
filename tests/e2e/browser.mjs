// Shared by the browser tests, scripts/bench and scripts/screenshots: headless Debian Chromium
// with software WebGL 2 (SwiftShader), quiet on a closed network, and helpers to open the app.
import { chromium } from 'playwright-core';

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
