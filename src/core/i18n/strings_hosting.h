// Strings of how the app is hosted: the update prompt, and the notice and choices shown when
// the app is embedded in another site. Rows as in strings_table.h: key, English, Spanish.
// No include guard: included by strings_table.h only.

// clang-format off
#define UNKNOT_HOSTING_STRINGS(X) \
  X(UpdateTitle,      "A new version of Unknot is ready", "Hay una nueva versión de Unknot lista") \
  X(UpdateBody,       "Update to start using it. Your journal and settings stay as they are.", "Actualiza para empezar a usarla. Tu diario y tus ajustes se quedan como están.") \
  X(UpdateButton,     "Update", "Actualizar") \
  X(UpdateWaiting,    "Updating as soon as your entries are saved…", "Se actualizará en cuanto se guarden tus registros…") \
  X(UpdateExportFirst, "Entries made in this visit aren't stored on this device. Export them before you update, or they will be lost.", "Los registros de esta visita no están guardados en este dispositivo. Expórtalos antes de actualizar o se perderán.") \
  X(EmbedTitle,       "Unknot inside another site", "Unknot dentro de otro sitio") \
  X(EmbedBody,        "Your browser keeps what you record here apart from Unknot opened on its own. To move entries between them, export here and import there.", "Tu navegador guarda lo que registras aquí aparte de Unknot abierto por sí solo. Para pasar registros de uno a otro, exporta aquí e importa allí.") \
  X(EmbedOpenFull,    "Open full app", "Abrir la app completa") \
  X(EmbedYourData,    "Export or import", "Exportar o importar") \
  X(ShareHeading,     "This site", "Este sitio") \
  X(ShareWithHost,    "Tell this site what I practised", "Contar a este sitio lo que practiqué") \
  X(ShareHint,        "When a session ends, the site that shows Unknot always learns that it ended. With this on, it also learns the kind of session, its length and its date. Never your pain, check-ins or notes.", "Cuando termina una sesión, el sitio que muestra Unknot siempre sabe que terminó. Si activas esto, también sabe el tipo de sesión, su duración y su fecha. Nunca tu dolor, tus registros ni tus notas.")
// clang-format on
