// Start-up: the first drawn frame on a first visit (and the idle cost after it), and on a
// repeat visit served by the service worker.
import { DESKTOP } from '../../../tests/e2e/browser.mjs';
import { IDLE_SECONDS, LOADS, instrumentWebGL, median, round, taskSeconds } from './common.mjs';

export async function measure(browser, url) {
  const firstFrames = [];
  let idle = null;
  for (let load = 0; load < LOADS; load++) {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.addInitScript(instrumentWebGL);
    await page.goto(url);
    await page.waitForFunction(() => window.__bench.firstDrawMs !== null, null, { timeout: 30000 });
    firstFrames.push(await page.evaluate(() => window.__bench.firstDrawMs));
    if (load === LOADS - 1) {
      await page.waitForTimeout(1000);  // let start-up work finish before idling
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const clears0 = await page.evaluate(() => window.__bench.clears);
      const busy0 = await taskSeconds(cdp);
      const started = Date.now();
      await page.waitForTimeout(IDLE_SECONDS * 1000);
      const seconds = (Date.now() - started) / 1000;
      const busy1 = await taskSeconds(cdp);
      const clears1 = await page.evaluate(() => window.__bench.clears);
      idle = {
        seconds: round(seconds),
        framesPerSecond: round((clears1 - clears0) / seconds),
        mainThreadBusyPercent: round(((busy1 - busy0) / seconds) * 100, 2),
      };
    }
    await context.close();
  }
  return { firstFrameMs: round(median(firstFrames)), firstFrameRunsMs: firstFrames.map((v) => round(v)), idle };
}

// A repeat visit: the service worker controls the page and its precache is full, so every
// file comes from the cache. Each run is a new page in the same profile with the worker stopped
// first, as when the user comes back later (a worker still running from a moment ago starts
// faster). Besides the first frame, the marks say where the time goes: the worker starting, the
// HTML, the page script starting, the wasm fetched (from the worker), the runtime ready (wasm
// compiled and instantiated), then the first frame.
export async function measureRepeatVisit(browser, url) {
  const context = await browser.newContext(DESKTOP);
  await context.addInitScript(instrumentWebGL);
  const first = await context.newPage();
  await first.goto(url);
  await first.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  // The first tab stays open (on a blank page) to keep the session that stops the worker.
  const cdp = await context.newCDPSession(first);
  await cdp.send('ServiceWorker.enable');
  await first.goto('about:blank');
  const runs = [];
  for (let run = 0; run < LOADS + 2; run++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__bench.firstDrawMs !== null, null, { timeout: 30000 });
    runs.push(await page.evaluate(() => {
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      const resource = (file) => performance.getEntriesByName(new URL(file, location.href).href)[0] || null;
      const navigation = performance.getEntriesByType('navigation')[0];
      return {
        fromServiceWorker: navigator.serviceWorker.controller !== null && navigation.workerStart > 0,
        workerStartMs: navigation.workerStart,
        workerReadyMs: navigation.fetchStart,  // the worker has started and is asked for the page
        htmlMs: navigation.responseEnd,
        appStartMs: mark('unknot-app-start'),
        wasmFetchedMs: resource('unknot.wasm')?.responseEnd ?? null,
        runtimeReadyMs: mark('unknot-runtime-ready'),
        firstFrameMs: window.__bench.firstDrawMs,
      };
    }));
    await page.close();
  }
  await context.close();
  const pick = (key) => round(median(runs.map((r) => r[key])));
  return {
    allFromServiceWorker: runs.every((r) => r.fromServiceWorker),
    firstFrameMs: pick('firstFrameMs'),
    firstFrameRunsMs: runs.map((r) => round(r.firstFrameMs)),
    medianMarksMs: {
      workerStart: pick('workerStartMs'),
      workerReady: pick('workerReadyMs'),
      html: pick('htmlMs'),
      appStart: pick('appStartMs'),
      wasmFetched: pick('wasmFetchedMs'),
      runtimeReady: pick('runtimeReadyMs'),
      firstFrame: pick('firstFrameMs'),
    },
  };
}
