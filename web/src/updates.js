// The service worker, page side: registers sw.js once the app is on screen, tells the app when
// a new version has been installed and is waiting, and switches to it only when asked.
// A waiting version never takes over by itself: the user may be in the middle of a routine.

// Checking for a new version when the page comes back into view, at most this often: a phone
// switching apps all day should not refetch sw.js every time.
const VISIBLE_CHECK_INTERVAL_MS = 30 * 60 * 1000;

let registration = null;

// navigator.serviceWorker, or null where there is none. In a sandboxed frame (an opaque origin)
// merely reading the property throws.
function serviceWorkers() {
  try {
    return navigator.serviceWorker || null;
  } catch {
    return null;
  }
}

// `onUpdateReady()` is called when a new version is installed and waiting (found at start, or
// downloaded while the page is open). Resolves to the registration, or null where there is no
// service worker (an old browser, a file: page, a sandboxed frame) or registering failed.
export function registerServiceWorker({ onUpdateReady }) {
  if (!serviceWorkers() || location.protocol === 'file:') return Promise.resolve(null);
  // After the page's load event, so the worker's own downloads never compete with the app's.
  const loaded = document.readyState === 'complete'
    ? Promise.resolve()
    : new Promise((resolve) => window.addEventListener('load', resolve, { once: true }));
  return loaded
    .then(() => navigator.serviceWorker.register('sw.js', { scope: './' }))
    .then((registered) => {
      registration = registered;
      watchForUpdates(registered, onUpdateReady);
      checkWhenVisibleAgain(registered);
      return registered;
    })
    .catch((error) => {
      // The app works without it (online only): say why, but do not treat it as a crash.
      console.warn('Unknot: no offline support here:', error);
      return null;
    });
}

function watchForUpdates(registered, onUpdateReady) {
  // Found at start: a version installed during an earlier visit is still waiting.
  if (registered.waiting && navigator.serviceWorker.controller) onUpdateReady();
  registered.addEventListener('updatefound', () => {
    const worker = registered.installing;
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      // With no controller this is the first install, not an update: nothing to offer.
      if (worker.state === 'installed' && navigator.serviceWorker.controller) onUpdateReady();
    });
  });
}

function checkWhenVisibleAgain(registered) {
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || !navigator.onLine) return;
    if (Date.now() - lastCheck < VISIBLE_CHECK_INTERVAL_MS) return;
    lastCheck = Date.now();
    registered.update().catch(() => {});  // offline or a server hiccup: try again next time
  });
}

// Switches to the waiting version: it activates, takes the page, and the page reloads once
// under it. Resolves to false when no version is waiting.
export async function applyUpdate() {
  if (!serviceWorkers()) return false;
  const registered = registration || (await navigator.serviceWorker.getRegistration());
  const waiting = registered && registered.waiting;
  if (!waiting) return false;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) return;
    reloading = true;
    location.reload();
  });
  waiting.postMessage({ type: 'SKIP_WAITING' });
  return true;
}

// After a failed start. The version this page runs can't start, and a plain reload would run it
// again: a fixed version may already be installed and waiting, or be on the server. Nothing is
// running that a switch could interrupt, so the recovery screen looks for one now and its
// Reload lets a waiting one take over first. The journal is in IndexedDB: neither touches it.
export function lookForFixedVersion() {
  const workers = serviceWorkers();
  if (!workers || location.protocol === 'file:') return;
  workers.getRegistration()
    .then((registered) => registered && registered.update())
    .catch(() => {});  // offline, or no worker yet: a plain reload is all there is
}

export async function reloadIntoNewestVersion() {
  const workers = serviceWorkers();
  let waiting = null;
  try {
    const registered = workers && (await workers.getRegistration());
    waiting = registered && workers.controller ? registered.waiting : null;
  } catch {
    // no service worker here: reload as it is
  }
  if (!waiting) {
    location.reload();
    return;
  }
  workers.addEventListener('controllerchange', () => location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
  // Should the switch never be reported, the button must still do what it says.
  setTimeout(() => location.reload(), 3000);
}
