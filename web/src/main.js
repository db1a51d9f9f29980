// The page's script (bundled to app.js): starts the Emscripten module (unknot.js, built with
// MODULARIZE: it leaves only its factory, createUnknot, on window), runs the frame loop,
// publishes window.unknot, and turns a crash into a plain message instead of a frozen canvas.
// Calls into C++ go through `core` (core_api.js); C++ calls the page through pageHooks below.
import { createMirror } from './a11y_mirror.js';
import { announce } from './announcer.js';
import { createApi } from './api.js';
import { bindCore } from './core_api.js';
import { keepAwake, playCue } from './cues.js';
import { offerFile, pickImportFile } from './files.js';
import { createHostBridge } from './host_bridge.js';
import { createNotifier } from './notifications.js';
import { createStorageBridge } from './storage_bridge.js';
import { openTextField } from './text_field.js';
import { listVoices, speak, stopSpeaking, watchVoices } from './speech.js';
import { shadowGlStateOf } from './gl_state_shadow.js';
import { startFrameLoop } from './frame_loop.js';
import { hideLoading, pageLanguage, showFatal, showLoading } from './page_messages.js';
import { createTextLoader } from './text_packs.js';
import { applyUpdate, lookForFixedVersion, registerServiceWorker, reloadIntoNewestVersion } from './updates.js';
import { askBeforeLeavingUnsaved } from './leave_guard.js';
import { exposeTestHooks } from './test_hooks.js';

showLoading();
performance.mark('unknot-app-start');  // for scripts/bench: the page script runs
const canvas = document.getElementById('canvas');
shadowGlStateOf(canvas);  // before the runtime makes its WebGL context
const { api, attach, markReady } = createApi();
window.unknot = api;

let core = null;  // core_api.js: bound when C++ first needs it (its words) or the runtime is ready
let loop = null;
let mirror = null;
const coreNow = () => core ?? (core = bindCore(module));
// Storage opens now, while the wasm downloads; the app picks up the records when it starts.
const storage = createStorageBridge(() => { if (loop) loop.wake(); });
// Where the app runs (alone, or framed by a portal) and what it may tell that portal.
const host = createHostBridge({ api, applyUpdate });
// Movement breaks in the background, once installed and allowed.
Object.assign(host, createNotifier(() => {
  if (!loop) return;
  core.notificationAccessChanged();
  loop.wake();
}));
// The app's words, in the browser's language, start loading now too.
const words = createTextLoader({
  coreNow,
  onDelivered: () => { if (loop) loop.wake(); },
  onCrash: (error) => crash(error),
});
const firstWords = pageLanguage();
words.prefetch(firstWords);
// Leaving while a check-in is still being written, or its save failed, would lose it.
const stopAskingBeforeLeaving = askBeforeLeavingUnsaved(api);
function crash(error) {
  if (loop) loop.stop();
  stopAskingBeforeLeaving();
  if (error) console.error('Unknot stopped:', error);
  if (loop) {
    showFatal('crash');
    return;
  }
  // Before the app ran (the wasm failed to compile or instantiate, unknot.js didn't load): the
  // page would otherwise spin on "Loading" for good. A fixed version may be waiting.
  showFatal('start', reloadIntoNewestVersion);
  lookForFixedVersion();
}
// A deferred script's load error fires in order, after this one ran: the listener is in time.
const runtime = document.querySelector('script[src="unknot.js"]');
if (runtime) runtime.addEventListener('error', () => crash(new Error('unknot.js did not load')));

// What C++ may call on the page, through src/platform/web/unknot_platform.js: exactly the hooks
// it uses there (scripts/lib/contract.mjs fails the build on one more or one fewer).
const pageHooks = {
  fatal: (reason) => showFatal(reason),
  playCue,
  keepAwake,
  announce,
  speak,
  stopSpeaking,
  embedded: () => host.embedded,
  tellHost: (json) => host.tell(json),
  openFullApp: () => host.openFullApp(),
  applyUpdate: () => host.applyUpdate(),
  notificationAccess: () => host.notificationAccess(),
  askNotificationPermission: () => host.askNotificationPermission(),
  notify: (title, body) => host.notify(title, body),
  storageListen: () => storage.hooks.listen(),
  storageWrite: (batch, packed, eraseAll) => storage.hooks.write(batch, packed, eraseAll),
  storagePersist: () => storage.hooks.requestPersist(),
  loadText: (localeId) => words.load(localeId),
  offerFile,
  pickImportFile: () => pickImportFile(api),
  openTextField: (field) => openTextField(core, () => { if (loop) loop.wake(); }, field),
};

// The Emscripten module's settings; the runtime fills this same object in as it starts.
const module = {
  canvas,
  print: (text) => console.log(text),
  printErr: (text) => console.warn(text),
  onAbort: () => crash(null),
  unknotPage: pageHooks,
  // main() asks for the words before anything is drawn. The fetch is done long before, but its
  // answer waits for a free moment of this thread, which main() would take for half a second:
  // so main() waits for it instead (the wasm compiles meanwhile), and the words go in at once.
  preRun: [() => {
    const strings = words.prefetch(firstWords);
    if (!strings) return;
    module.addRunDependency('unknot-words');
    // A stalled fetch must not keep the app from starting: C++ then asks again itself.
    Promise.race([strings, new Promise((resolve) => setTimeout(resolve, 3000))])
      .then(() => module.removeRunDependency('unknot-words'));
  }],
  postRun: [
    () => {
      performance.mark('unknot-runtime-ready');  // for scripts/bench
      coreNow();
      storage.attach(core);  // before storage answers: main() asked, the answer comes after this
      // The test build only (web/CMakeLists.txt): its hooks time the frames the loop draws.
      const frameCore = UNKNOT_TEST_HOOKS ? exposeTestHooks({ module, core }) : core;
      loop = startFrameLoop(frameCore, {
        onFirstFrame: () => {
          hideLoading();
          words.firstFrameDrawn();
          canvas.focus({ preventScroll: true });
          markReady();
          // Offline support starts once the app is on screen, so it never delays the start. A
          // waiting new version is offered in the app ("A new version is ready"); the core lets
          // the switch happen only once every save is durable (core/flow/hosting.h).
          registerServiceWorker({
            onUpdateReady: () => {
              core.updateReady();
              loop.wake();  // the app sleeps while idle: draw the banner now
            },
          });
        },
        onCrash: crash,
        holdFor: () => storage.holdFrameFor(),
        pendingWork: () => words.pending(),
        onSettled: () => {
          if (mirror) mirror.update();
          host.settled(core.contentHeight());
        },
      });
      attach(core, loop, crash);
      // The device's voices for the voice coach: now, and again when the browser has loaded them.
      core.deviceVoices(listVoices());
      watchVoices(() => {
        core.deviceVoices(listVoices());
        loop.wake();
      });
      mirror = createMirror({ widgets: () => api.widgets(), wake: () => loop.wake() }, core);
    },
  ],
};
// SDL cancels the mouse's default action, so a click would not move the focus by itself: the
// canvas takes the keyboard back (from a text field or a host page's input) when pressed.
canvas.addEventListener('pointerdown', () => canvas.focus({ preventScroll: true }));

// unknot.js (deferred, after this script) defines createUnknot. Its promise is not needed: a
// failed start reaches onAbort, which shows the "couldn't start" screen.
function startRuntime() {
  window.createUnknot(module).catch(() => {});
}
if (typeof window.createUnknot === 'function') startRuntime();
else if (runtime) runtime.addEventListener('load', startRuntime);
