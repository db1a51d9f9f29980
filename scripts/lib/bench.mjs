// scripts/bench's measurements, printed as one JSON object: shipped bytes, time to the first
// drawn frame (first visit, and a repeat visit from the service worker's cache), and frames
// drawn and main-thread busy time while idle, for the app and for a baseline (Dear ImGui's stock
// example) measured the same way in the same run. Ratios matter more than absolute numbers
// here: headless Chromium draws WebGL on the CPU (SwiftShader).
import { writeFileSync } from 'node:fs';
import { launchBrowser } from '../../tests/e2e/browser.mjs';
import { fileSizes, round } from './bench/common.mjs';
import { measureJournal, measureLargeImport } from './bench/journal.mjs';
import { measurePlayer } from './bench/player.mjs';
import { measure, measureRepeatVisit } from './bench/startup.mjs';
import { startServer } from './static_server.mjs';

// appSite is the shipped site (its bytes are measured); testSite, the same with the test hooks
// (build/wasm/site-test), is the one loaded: the memory readings need its window.__unknotTest.
const [appSite, baselineSite, outFile, testSite] = process.argv.slice(2);

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
