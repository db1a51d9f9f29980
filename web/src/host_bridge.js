// The embedding bridge: what Unknot tells a benefits portal that shows it in an iframe, and the
// few things that portal may ask of it. Every message is checked against the allowlist of host
// origins in config.json (deployment configuration, never a URL parameter), every post names
// its target origin, and anything malformed is ignored. See README "Embedding".
//
// Unknot -> host: { source: 'unknot', type: 'ready', height }, { ..., type: 'height', height },
//                 { ..., type: 'sessionCompleted' [, kind, minutes, date if the user shares] },
//                 { ..., type: 'openFullApp', url } (when the frame may not open a tab itself)
// host -> Unknot: { type: 'setLocale', locale: 'en' | 'es' },
//                 { type: 'setTheme', theme: 'standard' | 'highContrast' }
import { OFFERED_LOCALES } from 'unknot-page-words';

const LOCALES = new Set(OFFERED_LOCALES);  // a host may ask for any language Settings offers
const THEMES = { standard: false, highContrast: true };
const MIN_HEIGHT = 480;  // the smallest frame the layout is made for

export function isEmbedded() {
  if (new URLSearchParams(window.location.search).get('embed') === '1') return true;
  try {
    return window.self !== window.top;
  } catch {
    return true;  // a cross-origin parent can't even be compared on some browsers
  }
}

// The deployment's allowed host origins. A failure (offline, absent file) allows none.
async function loadAllowedHosts() {
  try {
    const response = await fetch('config.json', { cache: 'no-cache' });
    if (!response.ok) return new Set();
    const config = await response.json();
    const hosts = Array.isArray(config.embedHosts) ? config.embedHosts : [];
    return new Set(hosts.filter((origin) => typeof origin === 'string' && /^https?:\/\/[^/]+$/.test(origin)));
  } catch {
    return new Set();
  }
}

// The embedding page's origin when the browser tells it (ancestorOrigins, else the referrer).
function parentOrigin() {
  if (window.location.ancestorOrigins && window.location.ancestorOrigins.length > 0) {
    return window.location.ancestorOrigins[0];
  }
  try {
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

// Turns a host's message into an app action, or null when it isn't one we accept.
export function actionFromHostMessage(data) {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  if (data.type === 'setLocale' && LOCALES.has(data.locale)) return { type: 'setLocale', locale: data.locale };
  if (data.type === 'setTheme' && Object.hasOwn(THEMES, data.theme)) {
    return { type: 'setHighContrast', on: THEMES[data.theme] };
  }
  return null;
}

export function createHostBridge({ api, applyUpdate }) {
  const embedded = isEmbedded();
  const allowed = embedded ? loadAllowedHosts() : Promise.resolve(new Set());
  let lastHeight = 0;
  let announced = false;

  // Posts to the parent at each allowed origin it may be; the browser delivers only to the one
  // it really is, so nothing reaches a page that is not on the list.
  async function post(message) {
    if (!embedded || window.parent === window) return;
    const hosts = await allowed;
    const known = parentOrigin();
    const targets = known ? [known].filter((origin) => hosts.has(origin)) : [...hosts];
    for (const origin of targets) window.parent.postMessage({ source: 'unknot', ...message }, origin);
  }

  if (embedded) {
    window.addEventListener('message', async (event) => {
      if (event.source !== window.parent) return;
      const hosts = await allowed;
      if (!hosts.has(event.origin)) return;
      const action = actionFromHostMessage(event.data);
      if (action) api.dispatch(action);
    });
  }

  return {
    embedded,
    // Called by the C++ side (platform/host_page.h) with a JSON message from the core.
    tell(json) {
      try {
        post(JSON.parse(json));
      } catch {
        // the core writes these: a bad one is a bug, never worth breaking the app for
      }
    },
    openFullApp() {
      const url = new URL(window.location.pathname, window.location.origin).href;
      // A sandboxed frame without allow-popups gets no tab: the host is asked to open it.
      const tab = window.open(url, '_blank');
      if (tab) tab.opener = null; else post({ type: 'openFullApp', url });
    },
    applyUpdate,
    // After each settled frame: the first says ready, later ones report a changed height.
    settled(contentHeight) {
      if (!embedded) return;
      const height = Math.max(MIN_HEIGHT, Math.ceil(contentHeight));
      if (!announced) {
        announced = true;
        lastHeight = height;
        post({ type: 'ready', height });
      } else if (height !== lastHeight) {
        lastHeight = height;
        post({ type: 'height', height });
      }
    },
  };
}
