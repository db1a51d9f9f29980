// Hooks for the browser tests only, as window.__unknotTest: the running Emscripten module (its
// memory, its raw exports, to stand a trap in for one) and the C++ calls no product path makes.
// main.js calls this only when UNKNOT_TEST_HOOKS is true, which web/CMakeLists.txt sets for the
// test build of the site; the shipped site's bundle leaves it out entirely, and a browser test
// (tests/e2e/shipped_site.test.mjs) checks that no hook is there.
export function exposeTestHooks({ module, core }) {
  window.__unknotTest = {
    module,
    // A real abort() inside the next frame: the crash screen as a person would meet it.
    crash: () => core.selftestCrash(),
    // What the service worker's update check does when a new version waits.
    updateReady: () => core.updateReady(),
  };
}
