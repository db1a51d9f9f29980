// Emscripten JS library: the few browser facts the C++ side asks for. Linked with --js-library.
// Everything else goes to the page's script through one object, Module['unknotPage'] (its
// pageHooks in web/src/main.js). The hook names used here are the list: scripts/lib/contract.mjs
// reads them and fails the build when pageHooks has one more or one fewer.
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
    Module['unknotPage'].announce(UTF8ToString(text), !!assertive);
  },
  unknot_js_prefers_more_contrast: function () {
    return window.matchMedia && window.matchMedia('(prefers-contrast: more)').matches ? 1 : 0;
  },
  // Where the app runs and what it tells that page: web/src/host_bridge.js does the work.
  unknot_js_embedded: function () {
    return Module['unknotPage'].embedded() ? 1 : 0;
  },
  unknot_js_tell_host: function (json) {
    Module['unknotPage'].tellHost(UTF8ToString(json));
  },
  unknot_js_open_full_app: function () {
    Module['unknotPage'].openFullApp();
  },
  unknot_js_apply_update: function () {
    Module['unknotPage'].applyUpdate();
  },
  unknot_js_notification_access: function () {
    return Module['unknotPage'].notificationAccess();
  },
  unknot_js_ask_notification_permission: function () {
    Module['unknotPage'].askNotificationPermission();
  },
  unknot_js_notify: function (title, body) {
    Module['unknotPage'].notify(UTF8ToString(title), UTF8ToString(body));
  },
  unknot_js_mark: function (name) {
    performance.mark(UTF8ToString(name));
  },
  unknot_js_fatal: function (reason) {
    Module['unknotPage'].fatal(UTF8ToString(reason));
  },
  // cue is an enum class Cue number (src/core/flow/cue.h); the page names it from its contract.
  unknot_js_play_cue: function (cue, sound, vibration) {
    Module['unknotPage'].playCue(cue, !!sound, !!vibration);
  },
  // The voice coach's speech: web/src/speech.js does the work.
  unknot_js_speak: function (text, locale, voice, rate, interrupt, mayDrop) {
    Module['unknotPage'].speak(UTF8ToString(text), UTF8ToString(locale), UTF8ToString(voice), rate, !!interrupt,
      !!mayDrop);
  },
  unknot_js_stop_speaking: function () {
    Module['unknotPage'].stopSpeaking();
  },
  unknot_js_keep_awake: function (awake) {
    Module['unknotPage'].keepAwake(!!awake);
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
    Module['unknotPage'].storageListen();
  },
  unknot_js_storage_write: function (batch, data, size, eraseAll) {
    Module['unknotPage'].storageWrite(batch, HEAPU8.slice(data, data + size), !!eraseAll);
  },
  // A language's words: web/src/text_packs.js fetches them.
  unknot_js_load_text: function (localeId) {
    Module['unknotPage'].loadText(UTF8ToString(localeId));
  },
  unknot_js_storage_persist: function () {
    Module['unknotPage'].storagePersist();
  },
  // kind is an enum class FileKind number (src/core/flow/effects.h); the page names it from its contract.
  unknot_js_offer_file: function (kind, name, data, size) {
    Module['unknotPage'].offerFile(kind, UTF8ToString(name), HEAPU8.slice(data, data + size));
  },
  unknot_js_open_text_field: function (id, label, text, maxBytes, remaining, multiline, x, y, width, height) {
    Module['unknotPage'].openTextField({
      id: UTF8ToString(id), label: UTF8ToString(label), text: UTF8ToString(text), maxBytes,
      remaining: UTF8ToString(remaining), multiline: !!multiline, rect: { x, y, w: width, h: height },
    });
  },
  unknot_js_pick_import_file: function () {
    Module['unknotPage'].pickImportFile();
  },
});
