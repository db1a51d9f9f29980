// The page's script (bundled to app.js): configures the Emscripten module, runs the frame loop,
// publishes window.unknot, and turns a crash into a plain message instead of a frozen canvas.
import { createMirror } from './a11y_mirror.js';
import { announce } from './announcer.js';
import { createApi } from './api.js';
import { keepAwake, playCue } from './cues.js';
import { offerFile, pickImportFile } from './files.js';
import { createHostBridge } from './host_bridge.js';
import { createNotifier } from './notifications.js';
import { createStorageBridge } from './storage_bridge.js';
import { openTextField } from './text_field.js';
import { startFrameLoop } from './frame_loop.js';
import { hideLoading, showFatal, showLoading } from './page_messages.js';
import { applyUpdate, lookForFixedVersion, registerServiceWorker, reloadIntoNewestVersion } from './updates.js';
import { askBeforeLeavingUnsaved } from './leave_guard.js';

showLoading();
performance.mark('unknot-app-start');  // for scripts/bench: the page script runs
const canvas = document.getElementById('canvas');
const { api, attach, markReady } = createApi();
window.unknot = api;

let loop = null;
let mirror = null;
// Storage opens now, while the wasm downloads; the app picks up the records when it starts.
const storage = createStorageBridge(() => { if (loop) loop.wake(); });
// Where the app runs (alone, or framed by a portal) and what it may tell that portal.
const host = createHostBridge({ api, applyUpdate });
// Movement breaks in the background, once installed and allowed.
Object.assign(host, createNotifier(() => {
  if (!loop) return;
  Module._unknot_notification_access_changed();
  loop.wake();
}));
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

const Module = {
  canvas,
  print: (text) => console.log(text),
  printErr: (text) => console.warn(text),
  onAbort: () => crash(null),
  unknotFatal: (reason) => showFatal(reason),
  unknotPlayCue: playCue,
  unknotKeepAwake: keepAwake,
  unknotAnnounce: announce,
  unknotStorage: storage.hooks,
  unknotOfferFile: offerFile,
  unknotPickImportFile: () => pickImportFile(api),
  unknotHost: host,
  unknotOpenTextField: (field) => openTextField(Module, () => { if (loop) loop.wake(); }, field),
  postRun: [
    () => {
      performance.mark('unknot-runtime-ready');  // for scripts/bench
      loop = startFrameLoop(Module, {
        onFirstFrame: () => {
          hideLoading();
          canvas.focus({ preventScroll: true });
          window.__unknotReady = true;  // for test harnesses that step a fake clock
          markReady();
          // Offline support starts once the app is on screen, so it never delays the start. A
          // waiting new version is offered in the app ("A new version is ready"); the core lets
          // the switch happen only once every save is durable (core/flow/hosting.h).
          registerServiceWorker({
            onUpdateReady: () => {
              Module._unknot_update_ready();
              loop.wake();  // the app sleeps while idle: draw the banner now
            },
          });
        },
        onCrash: crash,
        holdFor: () => storage.holdFrameFor(),
        onSettled: () => {
          if (mirror) mirror.update();
          host.settled(Module._unknot_content_height());
        },
      });
      attach(Module, loop, crash);
      mirror = createMirror({ widgets: () => api.widgets(), wake: () => loop.wake() }, Module);
    },
  ],
};
// SDL cancels the mouse's default action, so a click would not move the focus by itself: the
// canvas takes the keyboard back (from a text field or a host page's input) when pressed.
canvas.addEventListener('pointerdown', () => canvas.focus({ preventScroll: true }));
storage.attach(Module);  // its calls into C++ come only after the app has started
window.Module = Module;
