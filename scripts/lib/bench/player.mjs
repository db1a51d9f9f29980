// The player and the breathing visualiser: what each phase costs.
import { DESKTOP, hasStarted } from '../../../tests/e2e/browser.mjs';
import { IDLE_SECONDS, instrumentWebGL, round, taskSeconds } from './common.mjs';

// The player: frames, main-thread busy time and CPU per frame in a hold, in reps, paused, in the
// position test's rest and in the breathing visualiser (running and stopped), and the routine's
// timing error at the finish of the full routine (on a fake clock stepped frame by
// frame through the last seconds, the way a visible page ticks).
export async function measurePlayer(browser, url) {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.addInitScript(instrumentWebGL);
  await page.goto(url);
  await page.evaluate(() => window.unknot.ready);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // A phase's window: frames drawn, main-thread busy time (all of it: the page, the app, the
  // browser's own work for the tab) and, per drawn frame, that busy time, the app's own CPU
  // time inside its frame, and what the frame sent to the GPU.
  const window_ = async (seconds) => {
    const sample = () => page.evaluate(() => ({ clears: window.__bench.clears, app: window.__unknotTest.frameTimes() }));
    const before = await sample();
    const busy0 = await taskSeconds(cdp);
    const started = Date.now();
    await page.waitForTimeout(seconds * 1000);
    const elapsed = (Date.now() - started) / 1000;
    const after = await sample();
    const busy = (await taskSeconds(cdp)) - busy0;
    const frames = after.clears - before.clears;
    const appFrames = after.app.drawn - before.app.drawn;
    return {
      seconds: round(elapsed),
      framesPerSecond: round(frames / elapsed),
      mainThreadBusyPercent: round((busy / elapsed) * 100, 2),
      frameCpuMs: frames ? round((busy * 1000) / frames, 2) : null,
      appFrameCpuMs: appFrames ? round((after.app.ms - before.app.ms) / appFrames, 2) : null,
      lastFrame: await page.evaluate(() => window.__unknotTest.frameGeometry()),
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
