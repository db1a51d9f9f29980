// Takes screenshots at 390x844 touch and 1280x800, at 1x and 2x, for people to look at.
// Used by scripts/screenshots. Each argument is a shot:
//   SCREEN[:LOCALE]            a screen, e.g. home, settings:es
//   card=EXERCISE[:LOCALE]     a routine carousel card after its demo, e.g. card=bird_dog
//   player=ROUTINE@MS[:LOCALE] the player MS milliseconds into a routine, e.g. player=short@20000
//   breathing@MS[:LOCALE]      a breathing session MS milliseconds in, e.g. breathing@2000
//   learn=PAGE[:LOCALE]        a Learn page by key, e.g. learn=heat:es
//   position-rate | position-rest | position-result   the position test's steps
//   checkin-details | checkin-saved                 the check-in form opened up, and just after a save
//   current                    the screen SHOT_ACTIONS ended on
//   SHOT+PX                    any of the above, then scrolled down PX CSS pixels, e.g. progress+700:es
// SHOT_JOURNAL_DAYS=N imports N days of made-up journal first (tests/e2e/journal_fixture.mjs).
// SHOT_HIGH_CONTRAST=1 turns the high-contrast theme on. SHOT_EMBED=1 opens the app as a portal
// embeds it (?embed=1). SHOT_UPDATE=1 shows the "new version is ready" banner.
// SHOT_TEXT=large|largest sets the text size (150% or 200%). SHOT_VOICES=1 gives the device three
// speech voices (headless Chromium has none), for the voice coach's settings.
// SHOT_SIZES=small@1x adds the smallest embedded frame, 320x480 touch.
// SHOT_ACTIONS='[{"type":"startProgram","pain":6,"screening":{...}},{"wait":604800000}]' dispatches actions first;
// {"wait": MS} moves the fake clock on (a week, for the program's review).
// SHOT_PRESS='["checkin.rise.1"]' then presses these widgets (by id), as a tap would, before the shot.
// Time runs on Playwright's fake clock, so every shot is taken at a known moment.
import { join } from 'node:path';
import { startServer } from '../../scripts/lib/static_server.mjs';
import { DESKTOP, PHONE, launchBrowser, openApp } from './browser.mjs';
import { journalExport } from './journal_fixture.mjs';
import { VOICES, stubSpeech } from './voice_coach_helpers.mjs';

const [site, outDir, ...wanted] = process.argv.slice(2);
const shots = wanted.length ? wanted : ['home', 'routine', 'settings'];
const SMALL_FRAME = { viewport: { width: 320, height: 480 }, hasTouch: true, isMobile: true };
const allSizes = [['phone', PHONE, 2], ['phone', PHONE, 1], ['desktop', DESKTOP, 1], ['desktop', DESKTOP, 2]];
if (process.env.SHOT_SIZES?.includes('small')) allSizes.push(['small', SMALL_FRAME, 1], ['small', SMALL_FRAME, 2]);
// SHOT_SIZES=phone@1x,desktop@1x limits the sizes while iterating.
const only = process.env.SHOT_SIZES ? process.env.SHOT_SIZES.split(',') : null;
const sizes = allSizes.filter(([name, , scale]) => !only || only.includes(`${name}@${scale}x`));

async function stage(page, shot) {
  const [staged, locale = 'en'] = shot.split(':');
  const [what, scroll = '0'] = staged.split('+');
  const act = (action) => page.evaluate((a) => {
    const answer = window.unknot.dispatch(a);
    if (!answer.ok) throw new Error(answer.error);
  }, action);
  const journalDays = Number(process.env.SHOT_JOURNAL_DAYS || 0);
  if (journalDays > 0) {
    const endMs = await page.evaluate(() => Date.now());
    await act({ type: 'importData', text: journalExport({ days: journalDays, endMs }) });
    await act({ type: 'confirmImport' });
  }
  await act({ type: 'setLocale', locale });
  if (process.env.SHOT_HIGH_CONTRAST) await act({ type: 'setHighContrast', on: true });
  if (process.env.SHOT_TEXT) await act({ type: 'setTextSize', size: process.env.SHOT_TEXT });
  if (process.env.SHOT_UPDATE) await page.evaluate(() => window.__unknotTest.updateReady());
  for (const action of JSON.parse(process.env.SHOT_ACTIONS || '[]')) {
    if (action.wait) await page.clock.fastForward(action.wait); else await act(action);
  }
  if (what === 'checkin-details' || what === 'checkin-saved') {
    await act({ type: 'navigate', screen: 'checkin' });
    await page.clock.runFor(100);
    if (what === 'checkin-saved') {
      await act({ type: 'saveCheckIn', checkIn: { pain: 4, spots: ['left'], selfCare: ['heat', 'walk'] } });
    } else {
      const toggle = await page.evaluate(() => window.unknot.widgets().find((w) => w.id === 'checkin.details').rect);
      await page.mouse.click(toggle.x + toggle.w / 2, toggle.y + toggle.h / 2);
    }
  } else if (what.startsWith('card=')) {
    await act({ type: 'navigate', screen: 'routine' });
    await act({ type: 'showExercise', exercise: what.slice(5) });
    await page.clock.runFor(100);  // a frame shows the card and starts its demo
    await page.clock.fastForward(20000);  // past the demo: the figure rests in the key position
  } else if (what.startsWith('learn=')) {
    await act({ type: 'showLearnPage', page: what.slice(6) });
  } else if (what.startsWith('breathing@')) {
    await act({ type: 'navigate', screen: 'breathe' });
    await act({ type: 'startBreathing' });
    await page.clock.fastForward(Number(what.slice(10)));
  } else if (what.startsWith('position-')) {  // position-rate, position-rest, position-result
    await act({ type: 'navigate', screen: 'position' });
    await act({ type: 'startPositionTest', minutes: 2 });
    if (what !== 'position-rate') await act({ type: 'ratePain', pain: 6 });
    if (what === 'position-rest') await page.clock.fastForward(31_000);
    if (what === 'position-result') {
      for (const action of [{ type: 'finishRest' }, { type: 'ratePain', pain: 3 }, { type: 'ratePain', pain: 5 },
        { type: 'finishRest' }, { type: 'ratePain', pain: 4 }]) await act(action);
    }
  } else if (what.startsWith('player=')) {
    const [routine, ms] = what.slice(7).split('@');
    await act({ type: 'startRoutine', routine });
    await page.clock.fastForward(Number(ms || 0));
  } else if (what !== 'current') {  // "current": where SHOT_ACTIONS left the app
    await act({ type: 'navigate', screen: what });
  }
  await page.clock.runFor(100);
  for (const id of JSON.parse(process.env.SHOT_PRESS || '[]')) {
    const rect = await page.evaluate((wanted) => window.unknot.widgets().find((w) => w.id === wanted)?.rect, id);
    if (!rect) throw new Error(`${id} is not on screen`);
    await page.mouse.click(rect.x + rect.w / 2, rect.y + rect.h / 2);
    await page.clock.runFor(100);
  }
  if (Number(scroll) > 0) {
    const size = page.viewportSize();
    await page.mouse.move(size.width / 2, size.height / 2);
    await page.mouse.wheel(0, Number(scroll));
    await page.clock.runFor(200);
  }
}

const server = await startServer({ root: site });
const browser = await launchBrowser();
try {
  for (const [name, device, scale] of sizes) {
    for (const shot of shots) {
      const context = await browser.newContext({ ...device, deviceScaleFactor: scale });
      if (process.env.SHOT_VOICES) await stubSpeech(context, VOICES);
      const url = process.env.SHOT_EMBED ? `${server.url}?embed=1` : server.url;
      const { page, errors } = await openApp(context, url, { clock: true });
      await stage(page, shot);
      const file = join(outDir, `${shot.replace(/[:=@+]/g, '-')}-${name}@${scale}x.png`);
      await page.screenshot({ path: file });
      console.log(file);
      if (errors.length) console.log('console errors:', errors);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
