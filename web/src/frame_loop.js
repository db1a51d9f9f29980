// Runs the app's frames on requestAnimationFrame only while it has something to draw.
// Input and resizes wake it; when a tick reports it has nothing more to do, the loop sleeps and
// the page costs nothing. This replaces emscripten_set_main_loop, which ticks forever.

import { FRAME } from 'unknot-contract';

// The bits unknot_frame() returns (kFrame* in src/app/app.h).
const FRAME_DRAWN = FRAME.drawn;
const FRAME_WANTS_MORE = FRAME.wantsMore;
const FRAME_SETTLED = FRAME.settled;  // every change is on screen (an animation may still be running)

// Everything that can change what the app shows. SDL's own listeners turn these into input
// events for the app; this loop only makes sure a tick runs to read them.
const WAKE_EVENTS = [
  'pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'wheel',
  'touchstart', 'touchmove', 'touchend', 'touchcancel',
  'keydown', 'keyup', 'resize', 'focus', 'blur',
];

// `holdFor()` may ask for a short wait before the next frame (milliseconds): a save that is
// about to commit is not made to wait behind a frame, and its "Saved" is drawn in one go.
// wake() ends such a wait at once.
// `onSettled()` runs after a drawn frame that shows every change so far.
// `pendingWork()` may return a promise of work under way that will change what is drawn (a
// language's words on their way): settled() waits for it first.
// While asleep, the loop still wakes when the app asks for it (a movement break coming due).
export function startFrameLoop(core, {
  onFirstFrame, onCrash, holdFor = () => 0, onSettled = () => {}, pendingWork = () => null,
}) {
  let scheduled = false;
  let holdTimer = null;
  let wakeTimer = null;
  let stopped = false;
  let drewFirst = false;
  let idleWaiters = [];

  function tick() {
    scheduled = false;
    if (stopped) return;
    let flags;
    try {
      flags = core.frame();
    } catch (error) {
      stopped = true;
      onCrash(error);
      return;
    }
    if ((flags & FRAME_DRAWN) && !drewFirst) {
      drewFirst = true;
      onFirstFrame();
    }
    if ((flags & FRAME_DRAWN) && (flags & FRAME_SETTLED)) onSettled();
    if (flags & FRAME_WANTS_MORE) schedule(); else wakeAt(core.nextWakeMs());
    if (!(flags & FRAME_WANTS_MORE) || (flags & FRAME_SETTLED)) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  function wakeAt(atMs) {
    clearTimeout(wakeTimer);
    wakeTimer = atMs > 0 ? setTimeout(schedule, Math.max(0, atMs - Date.now())) : null;
  }

  function release() {
    holdTimer = null;
    requestAnimationFrame(tick);
  }

  function schedule() {
    if (scheduled || stopped) return;
    scheduled = true;
    const wait = drewFirst ? holdFor() : 0;  // nothing delays the first frame
    if (wait > 0) holdTimer = setTimeout(release, wait); else requestAnimationFrame(tick);
  }

  function wake() {
    if (!holdTimer) {
      schedule();
      return;
    }
    clearTimeout(holdTimer);
    release();
  }

  // Resolves once every change so far has been drawn (the loop may go on for an animation),
  // including what work under way will change.
  function settled() {
    const pending = pendingWork();
    if (pending) return pending.then(settled);
    if (!scheduled || stopped) return Promise.resolve();
    return new Promise((resolve) => idleWaiters.push(resolve));
  }

  for (const type of WAKE_EVENTS) {
    window.addEventListener(type, schedule, { capture: true, passive: true });
  }
  // The first frame is drawn at once: the runtime has just started and the page shows only its
  // loading message, so waiting for the next animation frame would only put the app off.
  scheduled = true;
  tick();

  return {
    schedule,
    wake,
    stop() { stopped = true; },
    settled,
  };
}
