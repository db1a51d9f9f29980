// The few words the HTML page itself shows (loading, can't run, couldn't start, crash), from
// the catalogs' "Page..." entries (i18n/*.po), in the language the browser asks for. Everything
// else is drawn by the app from the same catalogs.
import { PAGE_WORDS } from 'unknot-page-words';

// The catalog for the browser's first language: the exact tag ("en-XA"), else its language part
// ("es-MX" -> "es"), else English; as the core's locale_from_tag chooses.
export function pageLanguage() {
  const tag = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  const ids = Object.keys(PAGE_WORDS);
  const exact = ids.find((id) => id.toLowerCase() === tag.toLowerCase());
  const language = ids.find((id) => id.toLowerCase() === tag.split(/[-_]/)[0].toLowerCase());
  return exact || language || 'en';
}

const text = PAGE_WORDS[pageLanguage()];

// How long the start may take before "Loading" and its spinner appear. Most starts are over
// by then: a spinner that flashes for a moment only flickers, and while it turns the browser
// redraws the page every frame, work taken from the start it waits for.
const LOADING_SHOWN_AFTER_MS = 800;
let loadingTimer = null;

export function showLoading() {
  document.documentElement.lang = pageLanguage();
  loadingTimer = setTimeout(() => {
    document.getElementById('status-text').textContent = text['PageLoading'];
    document.getElementById('status').classList.add('status--shown');
  }, LOADING_SHOWN_AFTER_MS);
}

export function hideLoading() {
  clearTimeout(loadingTimer);
  document.getElementById('status').hidden = true;
}

// reason: "crash" (the app aborted), "start" (its code failed to load, compile or start) or
// "webgl" (it could not start drawing). `reload` replaces a plain page reload.
export function showFatal(reason, reload = () => window.location.reload()) {
  const [title, body] = {
    webgl: ['PageWebglTitle', 'PageWebglBody'],
    start: ['PageStartTitle', 'PageStartBody'],
  }[reason] ?? ['PageCrashTitle', 'PageCrashBody'];
  document.getElementById('fatal-title').textContent = text[title];
  document.getElementById('fatal-body').textContent = text[body];
  const button = document.getElementById('fatal-reload');
  button.textContent = text['PageReload'];
  button.onclick = () => reload();
  hideLoading();
  document.getElementById('fatal').hidden = false;
  document.getElementById('canvas').hidden = true;
  // The accessibility mirror of the stopped app would offer buttons that do nothing.
  const mirror = document.getElementById('a11y-mirror');
  if (mirror) mirror.hidden = true;
  button.focus();
}
