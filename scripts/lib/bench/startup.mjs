// Start-up: the first drawn frame on a first visit (and the idle cost after it), and on a
// repeat visit served by the service worker.
import { DESKTOP } from '../../../tests/e2e/browser.mjs';
import { IDLE_SECONDS, LOADS, instrumentWebGL, median, round, taskSeconds } from './common.mjs';

const FIRST_FRAME_LOADS = 9;
const SETTLE_MS = 500;  // between loads: the previous page's processes wind down

async function firstFrame(context, url) {
  const page = await context.newPage();
  await page.addInitScript(instrumentWebGL);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.firstDrawMs !== null, null, { timeout: 30000 });
  const { ms, requested, marks } = await page.evaluate(() => ({
    ms: window.__bench.firstDrawMs,
    marks: Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name, mark.startTime])),
    // The files asked for before the first frame (the page itself included): what a person
    // waits for.
    // By path in the site ("text/en.strings"), as fileSizes() names them.
    requested: [new URL(location.href).pathname.slice(1) || 'index.html',
      ...performance.getEntriesByType('resource').filter((entry) => entry.startTime < window.__bench.firstDrawMs)
        .map((entry) => new URL(entry.name).pathname.slice(1))],
  }));
  return { page, ms, requested, marks: { ...marks, 'first-draw': ms } };
}

// Where the app's start goes, from the marks the page and the app set (main.js, app.cpp): each
// step's length, from the mark before it.
const START_STEPS = [
  ['pageScript', 'unknot-app-start'],              // the HTML, style sheet and page script
  ['wasmReady', 'unknot-init-start'],              // unknot.js run, the wasm compiled and instantiated
  ['webglContext', 'unknot-context-made'],         // SDL's window and the WebGL context
  ['fontAtlas', 'unknot-fonts-built'],             // Dear ImGui set up, the font atlas built
  ['restOfStart', 'unknot-runtime-ready'],         // settings from the browser, storage asked for
  ['firstFrameShaders', 'unknot-first-frame-shaders'],  // the page's set-up, the renderer's shaders, the atlas uploaded
  ['firstFrameLayout', 'unknot-first-frame-layout'],    // the home screen laid out
  ['firstFrameDraw', 'first-draw'],                // drawn
];

function startSteps(runs) {
  const steps = {};
  START_STEPS.forEach(([step, mark], i) => {
    const lengths = runs.map((marks) => marks[mark] - (i ? marks[START_STEPS[i - 1][1]] : 0))
      .filter((ms) => Number.isFinite(ms));
    if (lengths.length) steps[step] = round(median(lengths));
  });
  return steps;
}

// The first frame of each site, cold (a new profile: nothing cached) and warm (a second visit
// in the same profile: the app from its service worker, the stock example from the HTTP cache),
// loads of the two sites taking turns so a busy moment of the machine falls on both alike.
// Medians of nine: these machines are shared, and one load in five or so is slowed by a
// neighbour.
export async function measureFirstFrames(browser, sites) {
  const runs = Object.fromEntries(Object.keys(sites).map((name) => [name, { cold: [], warm: [], requested: [], marks: [] }]));
  for (let load = 0; load < FIRST_FRAME_LOADS; load++) {
    for (const [name, url] of Object.entries(sites)) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const context = await browser.newContext(DESKTOP);
      const cold = await firstFrame(context, url);
      runs[name].cold.push(cold.ms);
      runs[name].marks.push(cold.marks);
      runs[name].requested = [...new Set([...runs[name].requested, ...cold.requested])].sort();
      // A service worker registers after the first frame: wait until it controls a page.
      await cold.page.evaluate(() => 'serviceWorker' in navigator && navigator.serviceWorker.getRegistration()
        .then((registration) => registration && navigator.serviceWorker.ready));
      await cold.page.close();
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const warm = await firstFrame(context, url);
      runs[name].warm.push(warm.ms);
      await context.close();
    }
  }
  const summary = ({ cold, warm, requested, marks }) => ({
    coldMs: round(median(cold)), warmMs: round(median(warm)),
    coldRunsMs: cold.map((v) => round(v)), warmRunsMs: warm.map((v) => round(v)),
    filesBeforeIt: requested,
    coldStepsMs: startSteps(marks),  // empty for the stock example, which sets no marks
  });
  return Object.fromEntries(Object.entries(runs).map(([name, r]) => [name, summary(r)]));
}

// The app's first frame against the stock example's, cold and warm.
export function firstFrameRatios({ app, baseline }) {
  return { cold: round(app.coldMs / baseline.coldMs, 3), warm: round(app.warmMs / baseline.warmMs, 3) };
}

// Frames drawn and main-thread busy time while the first screen sits idle.
export async function measureIdle(browser, url) {
  const context = await browser.newContext(DESKTOP);
  const { page } = await firstFrame(context, url);
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
  await context.close();
  const framesPerSecond = round((clears1 - clears0) / seconds);
  const mainThreadBusyPercent = round(((busy1 - busy0) / seconds) * 100, 2);
  return {
    seconds: round(seconds), framesPerSecond, mainThreadBusyPercent,
    frameCpuMs: framesPerSecond ? round((mainThreadBusyPercent * 10) / framesPerSecond, 2) : null,
  };
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
