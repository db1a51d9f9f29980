// scripts/bench's measurements, printed as one JSON object: shipped bytes, time to the first
// drawn frame (first visit, and a repeat visit from the service worker's cache), and frames
// drawn and main-thread busy time while idle, for the app and for a baseline (Dear ImGui's stock
// example) measured the same way in the same run. Ratios matter more than absolute numbers
// here: headless Chromium draws WebGL on the CPU (SwiftShader).
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { DESKTOP, hasStarted, launchBrowser } from '../../tests/e2e/browser.mjs';
import { journalData } from '../../tests/e2e/journal_fixture.mjs';
import { startServer } from './static_server.mjs';

// appSite is the shipped site (its bytes are measured); testSite, the same with the test hooks
// (build/wasm/site-test), is the one loaded: the memory readings need its window.__unknotTest.
const [appSite, baselineSite, outFile, testSite] = process.argv.slice(2);
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS || 10);
const LOADS = 3;

// Counts frames as WebGL clears (each app clears once per drawn frame) and notes the time of
// the first draw call, relative to navigation start.
function instrumentWebGL() {
  const stats = { firstDrawMs: null, clears: 0 };
  window.__bench = stats;
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const clear = proto.clear;
    proto.clear = function (...args) { stats.clears += 1; return clear.apply(this, args); };
    const drawElements = proto.drawElements;
    proto.drawElements = function (...args) {
      if (stats.firstDrawMs === null) stats.firstDrawMs = performance.now();
      return drawElements.apply(this, args);
    };
  }
}

function fileSizes(dir) {
  const files = {};
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const name of readdirSync(dir).sort()) {
    const bytes = readFileSync(join(dir, name));
    const sizes = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    files[name] = sizes;
    for (const key of Object.keys(total)) total[key] += sizes[key];
  }
  return { files, total };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value, digits = 1) => Number(value.toFixed(digits));

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'TaskDuration').value;
}

async function measure(browser, url) {
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
async function measureRepeatVisit(browser, url) {
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

// The player: frames, main-thread busy time and CPU per frame in a hold, in reps, paused, in the
// position test's rest and in the breathing visualiser (running and stopped), and the routine's
// timing error at the finish of the full routine (on a fake clock stepped frame by
// frame through the last seconds, the way a visible page ticks).
async function measurePlayer(browser, url) {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.addInitScript(instrumentWebGL);
  await page.goto(url);
  await page.evaluate(() => window.unknot.ready);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const window_ = async (seconds) => {
    const clears0 = await page.evaluate(() => window.__bench.clears);
    const busy0 = await taskSeconds(cdp);
    const started = Date.now();
    await page.waitForTimeout(seconds * 1000);
    const elapsed = (Date.now() - started) / 1000;
    const frames = (await page.evaluate(() => window.__bench.clears)) - clears0;
    const busy = (await taskSeconds(cdp)) - busy0;
    return {
      seconds: round(elapsed),
      framesPerSecond: round(frames / elapsed),
      mainThreadBusyPercent: round((busy / elapsed) * 100, 2),
      frameCpuMs: frames ? round((busy * 1000) / frames, 2) : null,
    };
  };
  // Each phase measured on its own, after the actions that lead to it and `settleMs`.
  const phase = async (actions, settleMs) => {
    await page.evaluate((list) => {
      for (const action of list) {
        const answer = window.unknot.dispatch(action);
        if (!answer.ok) throw new Error(`${action.type}: ${answer.error}`);
      }
    }, actions);
    await page.waitForTimeout(settleMs);
    return window_(IDLE_SECONDS / 2);
  };
  const getReady = 8_000;
  // A 60 s hold, past its get-ready: only the seconds and the ring change.
  const hold = await phase([
    { type: 'setCustomRoutine', items: [{ exercise: 'seal_stretch', dosage: { kind: 'hold', holdS: 60 } }] },
    { type: 'startRoutine', routine: 'custom' },
  ], getReady + 2_500);  // and past the 2 s the figure eases into the hold
  // Cat cow's reps: the figure moves all the time.
  const reps = await phase([{ type: 'endRoutine' }, { type: 'closeRoutine' }, { type: 'startRoutine', routine: 'full' }],
    getReady + 500);
  const paused = await phase([{ type: 'pauseRoutine' }], 500);
  // The position test's rest: minutes of lying still.
  const positionRest = await phase([
    { type: 'endRoutine' }, { type: 'closeRoutine' }, { type: 'navigate', screen: 'position' },
    { type: 'startPositionTest', minutes: 2 }, { type: 'ratePain', pain: 5 },
  ], 500);
  const breathing = await phase([{ type: 'cancelPositionTest' }, { type: 'navigate', screen: 'breathe' },
    { type: 'startBreathing' }], 500);
  const breathingStopped = await phase([{ type: 'stopBreathing' }], 500);
  await context.close();

  const clocked = await browser.newContext(DESKTOP);
  const clockPage = await clocked.newPage();
  await clockPage.clock.install();
  await clockPage.goto(url);
  while (!(await hasStarted(clockPage))) await clockPage.clock.runFor(50);
  await clockPage.clock.pauseAt(await clockPage.evaluate(() => Date.now() + 1000));  // never in the past
  await clockPage.evaluate(() => window.unknot.dispatch({ type: 'startRoutine', routine: 'full' }));
  const total = await clockPage.evaluate(() => window.unknot.state().routine.totalMs);
  await clockPage.clock.fastForward(total - 3000);
  await clockPage.clock.runFor(5000);  // frames every ~16 ms through the finish
  const summary = await clockPage.evaluate(() => window.unknot.state().routine.summary);
  await clocked.close();
  return {
    hold, reps, paused, positionRest, breathing, breathingStopped, fullRoutineMs: total, finishLagMs: summary.finishLagMs,
  };
}

// Ten years of daily use: about 11,000 check-ins (three made-up journals a day) and 3,000
// sessions, as one export file.
function tenYearsExport(endMs) {
  const years = [1, 2, 3].map((seed) => journalData({ days: 3650, endMs, seed, skipRate: 0 }));
  return JSON.stringify({
    ...years[0],
    checkIns: years.flatMap((y) => y.checkIns),
    sessions: years.flatMap((y) => y.sessions).slice(0, 3000),
  });
}

// The journal: how long one check-in takes to be durable (dispatch to IndexedDB's commit
// reported back), and a start-up with ten years of entries: from the app's start to the journal
// loaded, then the Progress screen drawn; and the wasm memory it needs.
async function measureJournal(browser, url) {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => window.unknot.ready);
  await page.waitForFunction(() => window.unknot.state().journal.storage.mode === 'durable');
  const saves = await page.evaluate(async () => {
    const times = [];
    for (let i = 0; i < 30; i++) {
      const stored = new Promise((resolve) => window.addEventListener('unknot:stored', resolve, { once: true }));
      const started = performance.now();
      window.unknot.dispatch({ type: 'saveCheckIn', checkIn: { pain: i % 11, note: 'bench' } });
      await stored;
      times.push(performance.now() - started);
    }
    return times;
  });
  await page.evaluate(() => window.unknot.dispatch({ type: 'eraseAllData', confirm: true }));
  await page.waitForFunction(() => window.unknot.state().journal.storage.saving === 0);

  const text = tenYearsExport(await page.evaluate(() => Date.now()));
  const imported = await page.evaluate((file) => {
    const preview = window.unknot.dispatch({ type: 'importData', text: file });
    if (!preview.ok) throw new Error(preview.error);
    window.unknot.dispatch({ type: 'confirmImport' });
    const { checkIns, sessions } = window.unknot.state().journal;
    return { checkIns, sessions };
  }, text);
  await page.waitForFunction(() => window.unknot.state().journal.storage.saving === 0, null, { timeout: 120000 });

  const startups = [];
  for (let run = 0; run < LOADS; run++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('unknot-journal-loaded').length > 0, null,
      { timeout: 30000 });
    startups.push(await page.evaluate(async () => {
      const mark = (name) => performance.getEntriesByName(name)[0].startTime;
      // The records are read while the wasm loads; the app's own work starts when it can run.
      const from = Math.max(mark('unknot-runtime-ready'), mark('unknot-records-read'));
      const asked = performance.now();
      window.unknot.dispatch({ type: 'navigate', screen: 'progress' });
      // The app's frame runs first on the next animation frame; this callback right after it.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const drawn = performance.now();
      return {
        recordsReadMs: mark('unknot-records-read'),
        runtimeReadyMs: mark('unknot-runtime-ready'),
        loadMs: mark('unknot-journal-loaded') - from,
        progressDrawMs: drawn - asked,
        totalMs: mark('unknot-journal-loaded') - from + drawn - asked,
        sinceNavigationMs: drawn,
        wasmMemoryMB: window.__unknotTest.module.HEAPU8.length / 1048576,
      };
    }));
  }
  await context.close();
  const pick = (key) => round(median(startups.map((s) => s[key])));
  return {
    saveDurableMs: { median: round(median(saves), 2), max: round(Math.max(...saves), 2), runs: saves.length },
    tenYears: {
      imported,
      exportFileBytes: text.length,
      recordsReadMs: pick('recordsReadMs'),
      runtimeReadyMs: pick('runtimeReadyMs'),
      loadMs: pick('loadMs'),
      sinceNavigationMs: pick('sinceNavigationMs'),
      progressDrawMs: pick('progressDrawMs'),
      loadedAndDrawnMs: pick('totalMs'),
      runsMs: startups.map((s) => round(s.totalMs)),
      wasmMemoryMB: round(Math.max(...startups.map((s) => s.wasmMemoryMB))),
    },
  };
}

// The documented import maximum, 200,000 check-ins, as one export file.
function maximumImport(endMs) {
  const checkIns = [];
  for (let i = 0; i < 200000; i++) {
    checkIns.push({ id: `bench-${i}`, at: endMs - i * 600000, utcOffsetMin: 0, pain: i % 11 });
  }
  return JSON.stringify({ format: 'unknot-journal', version: 2, checkIns });
}

// An import at the documented maximum: how long its preview, its confirmation and saving every
// entry take, and the wasm memory after; then a 100 MB file chosen for import (refused from its
// size): how much the heap grew for it.
async function measureLargeImport(browser, url) {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => window.unknot.ready);
  await page.waitForFunction(() => window.unknot.state().journal.storage.mode === 'durable');
  const text = maximumImport(await page.evaluate(() => Date.now()));
  const timing = await page.evaluate((file) => {
    const started = performance.now();
    const preview = window.unknot.dispatch({ type: 'importData', text: file });
    if (!preview.ok) throw new Error(preview.error);
    const previewed = performance.now();
    window.unknot.dispatch({ type: 'confirmImport' });
    return { previewMs: previewed - started, confirmMs: performance.now() - previewed, confirmedAt: performance.now() };
  }, text);
  await page.waitForFunction(() => window.unknot.state().journal.storage.saving === 0, null, { timeout: 600000 });
  const savedMs = await page.evaluate((at) => performance.now() - at, timing.confirmedAt);
  const heapMB = () => page.evaluate(() => window.__unknotTest.module.HEAPU8.length / 1048576);
  const afterImportMB = await heapMB();

  const dir = mkdtempSync(join(tmpdir(), 'unknot-bench-'));
  const huge = join(dir, 'huge.json');
  writeFileSync(huge, Buffer.alloc(100 * 1024 * 1024, 0x20));
  await page.evaluate(() => window.unknot.dispatch({ type: 'navigate', screen: 'data' }));
  await page.evaluate(() => window.unknot.settled());
  const button = await page.evaluate(() => window.unknot.widgets().find((w) => w.id === 'data.import.choose'));
  const before = await heapMB();
  const refused = page.evaluate(() => new Promise((resolve) => {
    window.addEventListener('unknot:announce', (event) => { if (event.detail.assertive) resolve(event.detail.text); });
  }));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'),
    page.mouse.click(button.rect.x + button.rect.w / 2, button.rect.y + button.rect.h / 2)]);
  await chooser.setFiles(huge);
  const message = await refused;
  const after = await heapMB();
  rmSync(dir, { recursive: true, force: true });
  await context.close();
  return {
    entries: 200000,
    fileBytes: text.length,
    previewMs: round(timing.previewMs),
    confirmMs: round(timing.confirmMs),
    savedMs: round(savedMs),
    wasmMemoryMB: round(afterImportMB),
    hugeFile: { bytes: 100 * 1024 * 1024, refused: message, heapGrowthMB: round(after - before, 2) },
  };
}

const appServer = await startServer({ root: testSite });
// The stock example is not built for our CSP (its loader uses eval): served without our headers.
const baselineServer = await startServer({ root: baselineSite, headers: {} });
const browser = await launchBrowser();
try {
  if (process.env.BENCH_ONLY === 'journal') {  // a quick look while working on storage
    console.log(JSON.stringify(await measureJournal(browser, appServer.url), null, 2));
    process.exit(0);
  }
  if (process.env.BENCH_ONLY === 'import') {  // a quick look while working on imports
    console.log(JSON.stringify(await measureLargeImport(browser, appServer.url), null, 2));
    process.exit(0);
  }
  if (process.env.BENCH_ONLY === 'player') {  // a quick look while working on frame pacing
    console.log(JSON.stringify(await measurePlayer(browser, appServer.url), null, 2));
    process.exit(0);
  }
  if (process.env.BENCH_ONLY === 'repeatVisit') {  // a quick look while working on offline start
    console.log(JSON.stringify(await measureRepeatVisit(browser, appServer.url), null, 2));
    process.exit(0);
  }
  const app = { ...fileSizes(appSite), ...(await measure(browser, appServer.url)) };
  const baseline = { ...fileSizes(baselineSite), ...(await measure(browser, baselineServer.url)) };
  app.repeatVisit = await measureRepeatVisit(browser, appServer.url);
  app.player = await measurePlayer(browser, appServer.url);
  app.journal = await measureJournal(browser, appServer.url);
  app.largeImport = await measureLargeImport(browser, appServer.url);
  // The baseline draws every frame: its idle frame cost is the comparison for the player's.
  baseline.idle.frameCpuMs = baseline.idle.framesPerSecond
    ? round((baseline.idle.mainThreadBusyPercent * 10) / baseline.idle.framesPerSecond, 2) : null;
  const result = {
    when: new Date().toISOString(),
    environment: 'headless Chromium, SwiftShader WebGL (CPU), 1280x800 @1x, loopback',
    app,
    baseline,
    ratios: {
      shippedBrotli: round(app.total.brotli / baseline.total.brotli, 3),
      firstFrame: round(app.firstFrameMs / baseline.firstFrameMs, 3),
      idleFrames: baseline.idle.framesPerSecond ? round(app.idle.framesPerSecond / baseline.idle.framesPerSecond, 3) : null,
      playerFrameCpu: baseline.idle.frameCpuMs ? round(app.player.reps.frameCpuMs / baseline.idle.frameCpuMs, 3) : null,
      breathingFrameCpu: baseline.idle.frameCpuMs
        ? round(app.player.breathing.frameCpuMs / baseline.idle.frameCpuMs, 3) : null,
      idleBusy: baseline.idle.mainThreadBusyPercent
        ? round(app.idle.mainThreadBusyPercent / baseline.idle.mainThreadBusyPercent, 3) : null,
    },
    targets: {
      idleFramesPerSecondIsZero: app.idle.framesPerSecond === 0,
      idleBusyUnder2Percent: app.idle.mainThreadBusyPercent < 2,
      shippedBrotliAtMost450KB: app.total.brotli <= 450 * 1000,
      firstFrameWithin1000ms: app.firstFrameMs <= 1000,
      repeatVisitFirstFrameUnder500ms: app.repeatVisit.allFromServiceWorker && app.repeatVisit.firstFrameMs < 500,
      holdAtMost10FramesPerSecond: app.player.hold.framesPerSecond <= 10,
      holdBusyAtMost15Percent: app.player.hold.mainThreadBusyPercent <= 15,
      positionRestAtMost10FramesPerSecond: app.player.positionRest.framesPerSecond <= 10,
      positionRestBusyAtMost15Percent: app.player.positionRest.mainThreadBusyPercent <= 15,
      repsNear60FramesPerSecond: app.player.reps.framesPerSecond >= 50,
      pausedPlayerDrawsNothing: app.player.paused.framesPerSecond === 0,
      routineDriftUnder50ms: app.player.finishLagMs < 50,
      breathingNear60FramesPerSecond: app.player.breathing.framesPerSecond >= 50,
      stoppedBreathingDrawsNothing: app.player.breathingStopped.framesPerSecond === 0,
      saveDurableUnder20ms: app.journal.saveDurableMs.median < 20,
      tenYearsLoadedAndDrawnUnder500ms: app.journal.tenYears.loadedAndDrawnMs < 500,
      tenYearsWasmMemoryUnder64MB: app.journal.tenYears.wasmMemoryMB < 64,
      maximumImportConfirmedUnder5s: app.largeImport.previewMs + app.largeImport.confirmMs < 5000,
      maximumImportSavedUnder60s: app.largeImport.savedMs < 60000,
      hugeImportFileLeavesHeapAlone: app.largeImport.hugeFile.heapGrowthMB < 8,
    },
  };
  const json = JSON.stringify(result, null, 2);
  if (outFile) writeFileSync(outFile, json + '\n');
  console.log(json);
} finally {
  await browser.close();
  await appServer.close();
  await baselineServer.close();
}
