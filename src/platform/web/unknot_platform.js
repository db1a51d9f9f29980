// Emscripten JS library: the few browser facts the C++ side asks for. Linked with --js-library.
// The page's own script (web/src) defines Module.unknotFatal.
mergeInto(LibraryManager.library, {
  // The app fills the page (or the iframe): its inner size in CSS pixels.
  unknot_js_viewport_width: function () {
    return Math.max(1, window.innerWidth | 0);
  },
  unknot_js_viewport_height: function () {
    return Math.max(1, window.innerHeight | 0);
  },
  unknot_js_preferred_language: function (buffer, size) {
    stringToUTF8((navigator.languages && navigator.languages[0]) || navigator.language || 'en', buffer, size);
  },
  unknot_js_prefers_reduced_motion: function () {
    return window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 1 : 0;
  },
  unknot_js_announce: function (text, assertive) {
    if (Module['unknotAnnounce']) Module['unknotAnnounce'](UTF8ToString(text), !!assertive);
  },
  unknot_js_prefers_more_contrast: function () {
    return window.matchMedia && window.matchMedia('(prefers-contrast: more)').matches ? 1 : 0;
  },
  // Where the app runs and what it tells that page: web/src/host_bridge.js does the work.
  unknot_js_embedded: function () {
    return Module['unknotHost'] && Module['unknotHost'].embedded ? 1 : 0;
  },
  unknot_js_tell_host: function (json) {
    if (Module['unknotHost']) Module['unknotHost'].tell(UTF8ToString(json));
  },
  unknot_js_open_full_app: function () {
    if (Module['unknotHost']) Module['unknotHost'].openFullApp();
  },
  unknot_js_apply_update: function () {
    if (Module['unknotHost']) Module['unknotHost'].applyUpdate();
  },
  unknot_js_notification_access: function () {
    return Module['unknotHost'] ? Module['unknotHost'].notificationAccess() : 0;
  },
  unknot_js_ask_notification_permission: function () {
    if (Module['unknotHost']) Module['unknotHost'].askNotificationPermission();
  },
  unknot_js_notify: function (title, body) {
    if (Module['unknotHost']) Module['unknotHost'].notify(UTF8ToString(title), UTF8ToString(body));
  },
  unknot_js_fatal: function (reason) {
    if (Module['unknotFatal']) Module['unknotFatal'](UTF8ToString(reason));
  },
  // Cue numbers follow enum class Cue in src/core/routine_run.h; the page's cues.js plays them.
  unknot_js_play_cue: function (cue, sound, vibration) {
    if (Module['unknotPlayCue']) Module['unknotPlayCue'](cue, !!sound, !!vibration);
  },
  unknot_js_keep_awake: function (awake) {
    if (Module['unknotKeepAwake']) Module['unknotKeepAwake'](!!awake);
  },
  unknot_js_utc_offset_min: function () {
    return -new Date().getTimezoneOffset();
  },
  unknot_js_random_u32: function () {
    const value = new Uint32Array(1);
    crypto.getRandomValues(value);
    return value[0];
  },
  // Storage and files: web/src/storage_bridge.js and files.js do the work.
  unknot_js_storage_listen: function () {
    Module['unknotStorage'].listen();
  },
  unknot_js_storage_write: function (batch, data, size, eraseAll) {
    Module['unknotStorage'].write(batch, HEAPU8.slice(data, data + size), !!eraseAll);
  },
  unknot_js_storage_persist: function () {
    Module['unknotStorage'].requestPersist();
  },
  // kind follows enum class FileKind in src/core/effects.h.
  unknot_js_offer_file: function (kind, name, data, size) {
    Module['unknotOfferFile'](kind, UTF8ToString(name), HEAPU8.slice(data, data + size));
  },
  unknot_js_open_text_field: function (id, label, text, maxBytes, remaining, multiline, x, y, width, height) {
    Module['unknotOpenTextField']({
      id: UTF8ToString(id), label: UTF8ToString(label), text: UTF8ToString(text), maxBytes,
      remaining: UTF8ToString(remaining), multiline: !!multiline, rect: { x, y, w: width, h: height },
    });
  },
  unknot_js_pick_import_file: function () {
    Module['unknotPickImportFile']();
  },
});
