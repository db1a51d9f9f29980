// Each language's words: two text packs in the site's text/ folder (format in
// src/core/i18n/text_pack.h): <locale>.strings, the UI's strings, and <locale>.content, the
// Learn pages' and exercises' words. C++ asks for a language; each pack is fetched and handed
// over as it comes. The browser's language's strings start loading with the page, beside the
// wasm, so they are usually here when C++ first asks and go in at once, before the first frame.
// The content part is not needed for the first screen: it is fetched once the app is on screen.
// The service worker precaches every pack, so a change of language works offline.
export function createTextLoader({ coreNow, onDelivered, onCrash }) {
  const loads = new Map();    // "en.strings" -> Promise of its bytes
  const arrived = new Map();  // "en.strings" -> its bytes, once fetched
  const inFlight = new Set();  // deliveries under way: what is drawn changes when each lands
  let onScreen = false;
  const afterFirstFrame = [];

  function fetchPack(name) {
    if (!loads.has(name)) {
      const load = fetch(`text/${encodeURIComponent(name)}`).then(async (response) => {
        if (!response.ok) throw new Error(`text/${name}: HTTP ${response.status}`);
        return new Uint8Array(await response.arrayBuffer());
      });
      loads.set(name, load);
      load.then((bytes) => arrived.set(name, bytes), () => {});
    }
    return loads.get(name);
  }

  // Handed over once: C++ keeps the words it accepts, and asks again for any it refused.
  function deliver(localeId, name, bytes) {
    loads.delete(name);
    arrived.delete(name);
    try {
      const core = coreNow();
      if (bytes) core.textArrived(localeId, bytes); else core.textFailed(localeId);
    } catch (error) {
      onCrash(error);
      return;
    }
    onDelivered();
  }

  function loadPack(localeId, part) {
    const name = `${localeId}.${part}`;
    if (arrived.has(name)) {
      deliver(localeId, name, arrived.get(name));
      return;
    }
    const delivery = fetchPack(name).then((bytes) => deliver(localeId, name, bytes), (error) => {
      console.warn(`Unknot: the words for ${localeId} did not load:`, error);
      deliver(localeId, name, null);
    });
    inFlight.add(delivery);
    delivery.finally(() => inFlight.delete(delivery));
  }

  return {
    // Starts fetching a language's UI strings before C++ asks. Returns a promise that settles
    // once they are here or have failed (C++ asks again, and hears of a failure then), or null
    // when they are here already.
    prefetch(localeId) {
      const name = `${localeId}.strings`;
      return arrived.has(name) ? null : fetchPack(name).then(() => {}, () => {});
    },
    // C++ asks for a language's words (page hook loadText).
    load(localeId) {
      loadPack(localeId, 'strings');
      if (onScreen) loadPack(localeId, 'content');
      else afterFirstFrame.push(() => loadPack(localeId, 'content'));
    },
    // A promise of the deliveries under way, or null when none is.
    pending() {
      return inFlight.size ? Promise.all(inFlight) : null;
    },
    firstFrameDrawn() {
      onScreen = true;
      for (const load of afterFirstFrame.splice(0)) load();
    },
  };
}
