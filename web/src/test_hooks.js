// Hooks for the browser tests only, as window.__unknotTest: the running Emscripten module (its
// memory, its raw exports, to stand a trap in for one) and the C++ calls no product path makes.
// main.js calls this only when UNKNOT_TEST_HOOKS is true, which web/CMakeLists.txt sets for the
// test build of the site; the shipped site's bundle leaves it out entirely, and a browser test
// (tests/e2e/shipped_site.test.mjs) checks that no hook is there.
import { FRAME } from 'unknot-contract';

export function exposeTestHooks({ module, core }) {
  // For scripts/bench: the CPU time of each drawn frame inside the app. The frame loop is given
  // the core returned here, whose frame() is timed.
  const frames = { drawn: 0, ms: 0 };
  const timedFrame = () => {
    const started = performance.now();
    const flags = core.frame();
    if (flags & FRAME.drawn) {
      frames.drawn += 1;
      frames.ms += performance.now() - started;
    }
    return flags;
  };
  window.__unknotTest = {
    module,
    // A real abort() inside the next frame: the crash screen as a person would meet it.
    crash: () => core.selftestCrash(),
    // What the service worker's update check does when a new version waits.
    updateReady: () => core.updateReady(),
    // Frames drawn and the app's CPU time in them so far; what the last one sent to the GPU.
    frameTimes: () => ({ ...frames }),
    frameGeometry: () => JSON.parse(core.frameGeometry()),
  };
  return Object.freeze({ ...core, frame: timedFrame });
}
