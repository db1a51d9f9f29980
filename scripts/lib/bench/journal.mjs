// The journal: durable saves, ten years of entries at start-up, and the largest import.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DESKTOP } from '../../../tests/e2e/browser.mjs';
import { journalData } from '../../../tests/e2e/journal_fixture.mjs';
import { LOADS, median, round } from './common.mjs';

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

// The app on a page of its own, once its storage keeps entries for good.
async function openWithDurableStorage(browser, url) {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => window.unknot.ready);
  await page.waitForFunction(() => window.unknot.state().journal.storage.mode === 'durable');
  return { context, page };
}

// The journal: how long one check-in takes to be durable (dispatch to IndexedDB's commit
// reported back), and a start-up with ten years of entries: from the app's start to the journal
// loaded, then the Progress screen drawn; and the wasm memory it needs.
export async function measureJournal(browser, url) {
  const { context, page } = await openWithDurableStorage(browser, url);
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
export async function measureLargeImport(browser, url) {
  const { context, page } = await openWithDurableStorage(browser, url);
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
