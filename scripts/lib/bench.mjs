// scripts/bench: the app measured beside a baseline (Dear ImGui's stock example) in the same
// run, printed as one JSON object (bench/report.mjs): first frame cold and warm, the bytes before
// it, idle cost, each phase of the player (frames, main-thread busy, CPU and geometry per
// frame), the journal with ten years of entries, and the largest import. Ratios matter more than
// absolute numbers here: headless Chromium draws WebGL on the CPU (SwiftShader).
// BENCH_ONLY=startup|player|journal|import|repeatVisit|size measures one part, for a quick look.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../../tests/e2e/browser.mjs';
import { fileSizes } from './bench/common.mjs';
import { measureJournal, measureLargeImport } from './bench/journal.mjs';
import { measurePlayer } from './bench/player.mjs';
import { buildReport } from './bench/report.mjs';
import { firstFrameRatios, measureFirstFrames, measureIdle, measureRepeatVisit } from './bench/startup.mjs';
import { wasmSizeProfile } from './bench/wasm_size.mjs';
import { startServer } from './static_server.mjs';

// appSite is the shipped site (its bytes are measured); testSite, the same with the test hooks
// (build/wasm/site-test), is the one loaded: the memory readings need its window.__unknotTest.
const [appSite, baselineSite, outFile, testSite] = process.argv.slice(2);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
// The app linked with its functions' names (src/app/CMakeLists.txt, unknot_named).
const NAMED_WASM = join(appSite, '../src/app/named/unknot.wasm');

const appServer = await startServer({ root: testSite });
// The stock example is not built for our CSP (its loader uses eval): served without our headers.
const baselineServer = await startServer({ root: baselineSite, headers: {} });
const browser = await launchBrowser();
try {
  if (process.env.BENCH_ONLY === 'size') {  // a quick look at what the wasm holds
    console.log(JSON.stringify({ wasm: wasmSizeProfile(join(appSite, 'unknot.wasm'), NAMED_WASM) }, null, 2));
    process.exit(0);
  }
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
  const sites = { app: appServer.url, baseline: baselineServer.url };
  if (process.env.BENCH_ONLY === 'startup') {  // a quick look while working on the first frame
    const firstFrames = await measureFirstFrames(browser, sites);
    const repeatVisit = await measureRepeatVisit(browser, appServer.url);
    console.log(JSON.stringify({ firstFrames, repeatVisit, ratios: firstFrameRatios(firstFrames) }, null, 2));
    process.exit(0);
  }
  const firstFrames = await measureFirstFrames(browser, sites);
  const app = { ...fileSizes(appSite), firstFrame: firstFrames.app, idle: await measureIdle(browser, appServer.url) };
  app.wasm = wasmSizeProfile(join(appSite, 'unknot.wasm'), NAMED_WASM);
  const baseline = {
    ...fileSizes(baselineSite), firstFrame: firstFrames.baseline, idle: await measureIdle(browser, baselineServer.url),
  };
  app.repeatVisit = await measureRepeatVisit(browser, appServer.url);
  app.player = await measurePlayer(browser, appServer.url);
  app.journal = await measureJournal(browser, appServer.url);
  app.largeImport = await measureLargeImport(browser, appServer.url);
  const result = buildReport(app, baseline);
  const json = JSON.stringify(result, null, 2);
  if (outFile) writeFileSync(outFile, json + '\n');
  console.log(json);
} finally {
  await browser.close();
  await appServer.close();
  await baselineServer.close();
}
