// The page's script (bundled to app.js): configures the Emscripten module, runs the frame loop,
// publishes window.unknot, and turns a crash into a plain message instead of a frozen canvas.
import { createMirror } from './a11y_mirror.js';
import { announce } from './announcer.js';
import { createApi } from './api.js';
import { keepAwake, playCue } from './cues.js';
import { offerFile, pickImportFile } from './files.js';
import { createStorageBridge } from './storage_bridge.js';
import { openTextField } from './text_field.js';
import { startFrameLoop } from './frame_loop.js';
import { hideLoading, showFatal, showLoading } from './page_messages.js';
import { registerServiceWorker } from './updates.js';

showLoading();
performance.mark('unknot-app-start');  // for scripts/bench: the page script runs
const canvas = document.getElementById('canvas');
const { api, attach, markReady } = createApi();
window.unknot = api;

let loop = null;
let mirror = null;
// Storage opens now, while the wasm downloads; the app picks up the records when it starts.
const storage = createStorageBridge(() => { if (loop) loop.wake(); });
function crash(error) {
  if (loop) loop.stop();
  if (error) console.error('Unknot stopped:', error);
  showFatal('crash');
}

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
          // Offline support starts once the app is on screen, so it never delays the start.
          // the update prompt is wired by the C++ side
          registerServiceWorker({ onUpdateReady: () => {} });
        },
        onCrash: crash,
        holdFor: () => storage.holdFrameFor(),
        onSettled: () => { if (mirror) mirror.update(); },
      });
      attach(Module, loop);
      mirror = createMirror({ widgets: () => api.widgets(), wake: () => loop.wake() }, Module);
    },
  ],
};
// SDL cancels the mouse's default action, so a click would not move the focus by itself: the
// canvas takes the keyboard back (from a text field or a host page's input) when pressed.
canvas.addEventListener('pointerdown', () => canvas.focus({ preventScroll: true }));
storage.attach(Module);  // its calls into C++ come only after the app has started
window.Module = Module;
