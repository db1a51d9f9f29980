// The few words the HTML page itself shows (loading, can't run, crash), in English and Spanish.
// Everything else is drawn by the app from its own translation table.
const MESSAGES = {
  en: {
    loading: 'Loading Unknot…',
    crashTitle: 'Unknot stopped unexpectedly',
    crashBody: 'Your saved entries are safe: they are kept on this device. Reload to carry on.',
    webglTitle: 'This browser can’t show Unknot',
    webglBody: 'Unknot draws with WebGL 2, which is turned off or not available here. An up-to-date Chrome, Edge, Firefox or Safari will work.',
    reload: 'Reload Unknot',
  },
  es: {
    loading: 'Cargando Unknot…',
    crashTitle: 'Unknot se ha detenido de forma inesperada',
    crashBody: 'Tus registros guardados están a salvo: se conservan en este dispositivo. Recarga para continuar.',
    webglTitle: 'Este navegador no puede mostrar Unknot',
    webglBody: 'Unknot dibuja con WebGL 2, que está desactivado o no disponible aquí. Funciona con una versión actual de Chrome, Edge, Firefox o Safari.',
    reload: 'Recargar Unknot',
  },
};

function pageLanguage() {
  const tag = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  return tag.toLowerCase().startsWith('es') ? 'es' : 'en';
}

const text = MESSAGES[pageLanguage()];

export function showLoading() {
  document.documentElement.lang = pageLanguage();
  document.getElementById('status-text').textContent = text.loading;
}

export function hideLoading() {
  document.getElementById('status').hidden = true;
}

// reason: "crash" (the app aborted) or "webgl" (it could not start drawing).
export function showFatal(reason) {
  const prefix = reason === 'webgl' ? 'webgl' : 'crash';
  document.getElementById('fatal-title').textContent = text[`${prefix}Title`];
  document.getElementById('fatal-body').textContent = text[`${prefix}Body`];
  const reload = document.getElementById('fatal-reload');
  reload.textContent = text.reload;
  reload.onclick = () => window.location.reload();
  hideLoading();
  document.getElementById('fatal').hidden = false;
  document.getElementById('canvas').hidden = true;
  reload.focus();
}
