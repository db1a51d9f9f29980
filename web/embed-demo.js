// The sample portal's side of Unknot's postMessage API. A real portal does the same: it frames
// the app, checks every message's origin against the app's, posts with an explicit target
// origin, and sizes the frame to the height the app asks for.
const params = new URLSearchParams(window.location.search);
const appUrl = new URL(params.get('app') || 'http://127.0.0.1:8080/');
const appOrigin = appUrl.origin;
const frame = document.getElementById('unknot');
const log = document.getElementById('portal-log');
window.portalMessages = [];  // for the browser tests

appUrl.searchParams.set('embed', '1');
frame.src = appUrl.href;

function send(message) {
  frame.contentWindow.postMessage(message, appOrigin);
}

window.addEventListener('message', (event) => {
  if (event.origin !== appOrigin || event.source !== frame.contentWindow) return;
  const message = event.data;
  if (!message || message.source !== 'unknot' || typeof message.type !== 'string') return;
  window.portalMessages.push(message);
  const item = document.createElement('li');
  item.textContent = JSON.stringify(message);
  log.append(item);
  if ((message.type === 'ready' || message.type === 'height') && Number.isFinite(message.height)) {
    frame.style.height = `${Math.min(Math.max(message.height, 480), 1200)}px`;
  }
  if (message.type === 'openFullApp' && typeof message.url === 'string' && message.url.startsWith(appOrigin + '/')) {
    window.open(message.url, '_blank', 'noopener');
  }
});

for (const button of document.querySelectorAll('[data-locale]')) {
  button.addEventListener('click', () => send({ type: 'setLocale', locale: button.dataset.locale }));
}
for (const button of document.querySelectorAll('[data-theme]')) {
  button.addEventListener('click', () => send({ type: 'setTheme', theme: button.dataset.theme }));
}
