// window.unknot: the app's public JS API. It calls the same C++ dispatch path the UI uses, so
// tests, the embedding bridge and accessibility tools drive the real app, never a side door.
import { NoRoomError } from './core_api.js';

function notReady() {
  throw new Error('Unknot is still starting: await unknot.ready first');
}

export function createApi() {
  let core = null;  // web/src/core_api.js, once the runtime is ready
  let loop = null;
  let onCrash = () => {};
  let stopped = null;  // the error that stopped the module: it is never called again
  let markReady;
  const ready = new Promise((resolve) => { markReady = resolve; });

  // Runs one call into C++ (`ask`) that answers JSON; a trap in it stops the app.
  function call(ask) {
    if (!core) notReady();
    if (stopped) throw new Error(`Unknot has stopped (${stopped.message || stopped}): reload the page`);
    let answer;
    try {
      answer = ask();
    } catch (error) {
      if (error instanceof NoRoomError) throw error;
      // An exception out of wasm (a trap, a stack overflow) may have left its memory half
      // changed: carrying on could write damaged records. It is a crash.
      stopped = error;
      onCrash(error);
      throw error;
    }
    return JSON.parse(answer);
  }

  const api = {
    // Resolves after the first frame has been drawn.
    ready,

    // A JSON snapshot of the app state, e.g. { screen: "home", canGoBack: false, locale: "en", ... }.
    state() {
      return call(() => core.state());
    },

    // Applies one action, e.g. { type: "navigate", screen: "learn" }. Returns { ok: true, changed }
    // or { ok: false, code, error, message } for a refused one (the state is then unchanged).
    dispatch(action) {
      if (action === null || typeof action !== 'object' || Array.isArray(action)) {
        return { ok: false, error: 'an action must be a JSON object' };
      }
      let json;
      try {
        json = JSON.stringify(action);
      } catch (error) {
        return { ok: false, error: `the action could not be turned into JSON: ${error.message}` };
      }
      const answer = call(() => core.dispatch(json));
      loop.schedule();  // cheap when nothing changed: the app draws only what it owes
      return answer;
    },

    // The interactive items on screen in the last drawn frame: { id, label, role, enabled, value,
    // rect: { x, y, w, h } } with the rect in CSS pixels from the canvas's top-left corner.
    widgets() {
      return call(() => core.widgets());
    },

    // Resolves when every change so far (a dispatch, input) has been drawn, so state(),
    // widgets() and the canvas agree. It does not wait for animations to end.
    settled() {
      return loop ? loop.settled() : ready.then(() => loop.settled());
    },
  };

  function attach(readyCore, frameLoop, crash) {
    core = readyCore;
    loop = frameLoop;
    onCrash = crash;
  }

  return { api, attach, markReady };
}
