// The few words the HTML page itself shows (loading, can't run, couldn't start, crash), in
// English and Spanish.
// Everything else is drawn by the app from its own translation table.
const MESSAGES = {
  en: {
    loading: 'Loading Unknot…',
    crashTitle: 'Unknot stopped unexpectedly',
    crashBody: 'Your saved entries are safe: they are kept on this device. Reload to carry on.',
    // Never advise clearing site data here: that is the one thing that would delete the journal.
    startTitle: 'Unknot couldn’t start',
    startBody: 'Your journal is safe on this device. Reload to try again. If Unknot still doesn’t start, an update may be on its way: try again in a few minutes. Keep this site’s data as it is: that is where your journal lives.',
    webglTitle: 'This browser can’t show Unknot',
    webglBody: 'Unknot draws with WebGL 2, which is turned off or not available here. An up-to-date Chrome, Edge, Firefox or Safari will work.',
    reload: 'Reload Unknot',
  },
  es: {
    loading: 'Cargando Unknot…',
    crashTitle: 'Unknot se ha detenido de forma inesperada',
    crashBody: 'Tus registros guardados están a salvo: se conservan en este dispositivo. Recarga para continuar.',
    startTitle: 'Unknot no pudo iniciarse',
    startBody: 'Tu diario está a salvo en este dispositivo. Recarga para intentarlo de nuevo. Si Unknot sigue sin iniciarse, puede que haya una actualización en camino: vuelve a intentarlo dentro de unos minutos. Conserva los datos de este sitio tal como están: ahí se guarda tu diario.',
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

// reason: "crash" (the app aborted), "start" (its code failed to load, compile or start) or
// "webgl" (it could not start drawing). `reload` replaces a plain page reload.
export function showFatal(reason, reload = () => window.location.reload()) {
  const prefix = ['webgl', 'start'].includes(reason) ? reason : 'crash';
  document.getElementById('fatal-title').textContent = text[`${prefix}Title`];
  document.getElementById('fatal-body').textContent = text[`${prefix}Body`];
  const button = document.getElementById('fatal-reload');
  button.textContent = text.reload;
  button.onclick = () => reload();
  hideLoading();
  document.getElementById('fatal').hidden = false;
  document.getElementById('canvas').hidden = true;
  button.focus();
}
