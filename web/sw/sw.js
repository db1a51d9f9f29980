// The service worker (bundled by scripts/lib/build_sw.mjs into the site's sw.js, where
// workbox-build replaces self.__WB_MANIFEST with every shipped file and its content hash).
// It makes the app start with no network: every file is served from the precache first.
// A new build installs in the background and then waits: it takes over only when the page asks
// (SKIP_WAITING, after the user accepts "A new version is ready"), so a running routine or a
// half-typed check-in is never swapped out from under the user.
import { clientsClaim } from 'workbox-core';
import { addPlugins, cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

// WebAssembly.instantiateStreaming refuses a response whose type is not application/wasm.
// A host that sends the wasm with the wrong type would break only offline starts, where the
// app has no fallback; rebuilding the response with the right type keeps them working.
const wasmServedAsWasm = {
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) => {
    if (!cachedResponse || !new URL(request.url).pathname.endsWith('.wasm')) return cachedResponse;
    if (cachedResponse.headers.get('Content-Type') === 'application/wasm') return cachedResponse;
    const headers = new Headers(cachedResponse.headers);
    headers.set('Content-Type', 'application/wasm');
    return new Response(cachedResponse.body, {
      status: cachedResponse.status,
      statusText: cachedResponse.statusText,
      headers,
    });
  },
};
addPlugins([wasmServedAsWasm]);

// Cache first, for every file of this build. Every query parameter is ignored when matching:
// Workbox by default drops only utm_* and fbclid, so `/?embed=1` (a portal's frame) missed the
// precache and could not start offline. No file of ours varies by its query string.
// Each entry carries its content's SRI hash (build_sw.mjs): the install fetches it with
// `integrity`, so a file that doesn't match (a half-uploaded deploy) fails this worker's install
// and the previous version keeps running, instead of a broken file being cached as the new one.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
// Drops precaches left by older Workbox versions' naming; this build's own stale entries are
// removed by the precache itself when it activates.
cleanupOutdatedCaches();

// config.json belongs to the deployment, not to the build: it may change without a new build,
// so the network answers first and the last copy seen is used offline.
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname.endsWith('/config.json'),
  new NetworkFirst({ cacheName: 'unknot-config', networkTimeoutSeconds: 3 }),
);

// The page open during the very first install has no worker yet: take it when this one
// activates, so it works offline without a reload. (It matters only then: a later version
// takes over its predecessor's pages by itself, and still waits, as there is no skipWaiting on
// install.)
clientsClaim();

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

// A movement-break notification brings the open Unknot forward (or opens it).
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(
    self.clients.matchAll({ type: 'window' }).then((windows) =>
      windows.length > 0 ? windows[0].focus() : self.clients.openWindow('./')),
  );
});
