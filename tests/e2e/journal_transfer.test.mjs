// Browser tests of the journal's way out and back: export -> erase -> import gives back the same
// data and a broken file changes nothing; warning signs open the get-care page; a routine keeps
// the pain rated before and after it.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DESKTOP, PHONE, centre, openApp, openAppOnPausedClock, widget, useSiteAndBrowser } from './browser.mjs';
import { journal, whenSaved, tapOn, save } from './journal_helpers.mjs';

const suite = useSiteAndBrowser();

describe('journal transfer and care', () => {
  test('export, erase and import give back identical data; a broken file changes nothing', async () => {
    const context = await suite.browser.newContext({ ...DESKTOP, acceptDownloads: true });
    const dir = await mkdtemp(join(tmpdir(), 'unknot-'));
    try {
      const { page, errors } = await openApp(context, suite.url);
      await whenSaved(page);
      await save(page, { pain: 5, spots: ['left', 'aboveSacrum'], feel: 'dullAche', selfCare: ['heat'], note: 'día 1, "quoted"' });
      await save(page, { pain: 3, stiffness: 4, limits: ['sitting'], causes: ['stress'] });
      await page.evaluate(() => window.unknot.dispatch({ type: 'navigate', screen: 'data' }));
      await page.evaluate(() => window.unknot.settled());
      const before = await whenSaved(page);

      const exported = async () => {
        const [download] = await Promise.all([page.waitForEvent('download'), tapOn(page, 'data.export.json', { touch: false })]);
        const text = await readFile(await download.path(), 'utf8');
        return JSON.parse(text);
      };
      const original = await exported();
      assert.equal(original.format, 'unknot-journal');
      assert.equal(original.checkIns.length, 2);
      const file = join(dir, 'journal.json');
      await writeFile(file, JSON.stringify(original));

      // The clinician summary opens in a new tab, ready to print: the chart and the numbers.
      const [summary] = await Promise.all([context.waitForEvent('page'), tapOn(page, 'data.export.summary', { touch: false })]);
      await summary.waitForLoadState();
      const html = await summary.content();
      assert.match(html, /<svg/);
      assert.match(html, /Lower-back pain summary/);
      assert.doesNotMatch(html, /<script/);
      await summary.close();
      const [csv] = await Promise.all([page.waitForEvent('download'), tapOn(page, 'data.export.csv', { touch: false })]);
      assert.match(await readFile(await csv.path(), 'utf8'), /^\uFEFF.*\r\n.*día 1/s, 'one row per check-in, with a BOM');

      await tapOn(page, 'data.erase', { touch: false });
      await tapOn(page, 'data.erase.confirm', { touch: false });
      assert.equal((await whenSaved(page)).checkIns, 0);
      await page.reload();
      await page.evaluate(() => window.unknot.ready);
      assert.equal((await whenSaved(page)).checkIns, 0, 'erased from storage too');
      await tapOn(page, 'home.settings', { touch: false });
      await tapOn(page, 'settings.data', { touch: false });

      const chooseFile = async (path) => {
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tapOn(page, 'data.import.choose', { touch: false })]);
        await chooser.setFiles(path);
      };
      const broken = join(dir, 'broken.json');
      await writeFile(broken, '{"format":"unknot-journal","version":1,"checkIns":[{"id":"x","pain":');
      // A refused file changes nothing, not even the state's revision; the reason is read out.
      const revision = (await page.evaluate(() => window.unknot.state())).revision;
      const refusal = page.evaluate(() => new Promise((resolve) => {
        window.addEventListener('unknot:announce', (event) => { if (event.detail.assertive) resolve(event.detail.text); });
      }));
      await chooseFile(broken);
      assert.match(await refusal, /JSON/);
      assert.equal((await page.evaluate(() => window.unknot.state())).revision, revision);
      assert.equal((await journal(page)).checkIns, 0, 'a broken file changes nothing');
      await page.evaluate(() => window.unknot.settled());

      await chooseFile(file);
      await page.waitForFunction(() => window.unknot.state().importPreview !== null);
      const preview = await page.evaluate(() => window.unknot.state().importPreview);
      assert.deepEqual([preview.checkIns, preview.duplicates, preview.conflicts], [2, 0, 0]);
      await page.evaluate(() => window.unknot.settled());
      await tapOn(page, 'data.import.confirm', { touch: false });
      const imported = await whenSaved(page);
      assert.equal(imported.checkIns, 2);
      assert.deepEqual(imported.latest, before.latest);
      const again = await exported();
      assert.deepEqual({ ...again, exportedAt: 0 }, { ...original, exportedAt: 0 }, 'identical after the round trip');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('warning signs in a check-in open the get-care page at once', async () => {
    const context = await suite.browser.newContext(PHONE);
    try {
      const { page } = await openApp(context, suite.url);
      await whenSaved(page);
      assert.equal((await save(page, { pain: 8, redFlags: ['bladderOrBowel'] })).ok, true);
      assert.equal(await page.evaluate(() => window.unknot.state().screen), 'care');
    } finally {
      await context.close();
    }
  });

  test('a routine keeps the pain rated before and after it', async () => {
    const context = await suite.browser.newContext(PHONE);
    try {
      const { page } = await openAppOnPausedClock(context, suite.url);
      const tap = async (id) => {
        const item = await widget(page, id);
        assert.ok(item, `${id} is on screen`);
        await page.touchscreen.tap(centre(item.rect).x, centre(item.rect).y);
        await page.clock.runFor(100);
      };
      await tap('home.routine');
      await tap('routine.pain_before.5');
      await tap('routine.start.short');
      await page.clock.fastForward(90_000);
      await page.evaluate(() => window.unknot.dispatch({ type: 'endRoutine' }));
      await page.clock.runFor(100);
      await tap('player.pain_after.3');
      await page.clock.runFor(100);
      const session = (await journal(page)).lastSession;
      assert.equal(session.kind, 'routine');
      assert.equal(session.routine, 'short');
      assert.deepEqual([session.painBefore, session.painAfter], [5, 3]);
    } finally {
      await context.close();
    }
  });
});
