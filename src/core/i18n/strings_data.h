// Strings of storage (the banners, save status and its errors) and of the Your data screen
// (export, import, erase). Rows as in strings_table.h: key, English, Spanish.
// No include guard: included by strings_table.h only.

// clang-format off
#define UNKNOT_DATA_STRINGS(X) \
  X(SaveSaving,       "Saving…", "Guardando…") \
  X(CuesHeading,      "Cues", "Avisos") \
  X(HighContrast,     "High contrast", "Alto contraste") \
  X(TextSizeHeading,  "Text size", "Tamaño del texto") \
  X(TextSizeStandard, "Standard (100%)", "Normal (100 %)") \
  X(TextSizeLarge,    "Large (150%)", "Grande (150 %)") \
  X(TextSizeLargest,  "Largest (200%)", "Muy grande (200 %)") \
  X(KeysHeading,      "Keyboard", "Teclado") \
  X(KeysMove,         "Tab and Shift+Tab move between items; Enter presses; Escape goes back.", "Tab y Mayús+Tab pasan de un elemento a otro; Intro pulsa; Esc vuelve atrás.") \
  X(KeysPlayer,       "During a routine: Space pauses or resumes, Left goes to the previous exercise, Right skips.", "Durante una rutina: Espacio pausa o reanuda, Izquierda vuelve al ejercicio anterior, Derecha lo salta.") \
  X(KeysCards,        "On the routine screen: Left and Right page through the exercises.", "En la pantalla de rutina: Izquierda y Derecha pasan de un ejercicio a otro.") \
  X(CuesSound,        "Sounds during exercises", "Sonidos durante los ejercicios") \
  X(CuesVibration,    "Vibration during exercises", "Vibración durante los ejercicios") \
  X(SaveFailedQuota,  "The device's storage is full. Free some space, then try again.", "El almacenamiento del dispositivo está lleno. Libera espacio y vuelve a intentarlo.") \
  X(SaveFailedAborted, "The browser stopped the save.", "El navegador detuvo el guardado.") \
  X(SaveFailedClosed, "The browser closed the storage connection.", "El navegador cerró la conexión con el almacenamiento.") \
  X(SaveFailedUnknown, "The browser couldn't save it.", "El navegador no pudo guardarlo.") \
  X(SaveFailedBanner, "Some entries are not saved yet. They are safe while this page stays open.", "Algunos registros aún no están guardados. Están a salvo mientras la página siga abierta.") \
  X(BannerMemoryTitle, "Entries won't be kept", "Los registros no se conservarán") \
  X(BannerBlocked,    "This browser window doesn't allow Unknot to store anything (a private window, or a page that embeds Unknot without storage). Check-ins last until you close it: export to keep a copy.", "Esta ventana del navegador no permite que Unknot guarde nada (una ventana privada, o una página que incluye Unknot sin almacenamiento). Los registros duran hasta que la cierres: exporta para conservar una copia.") \
  X(BannerUnsupported, "This browser has no storage Unknot can use. Check-ins last until you close the page: export to keep a copy.", "Este navegador no tiene almacenamiento que Unknot pueda usar. Los registros duran hasta que cierres la página: exporta para conservar una copia.") \
  X(BannerFailed,     "Unknot couldn't open its storage. Check-ins last until you close the page: export to keep a copy.", "Unknot no pudo abrir su almacenamiento. Los registros duran hasta que cierres la página: exporta para conservar una copia.") \
  X(BannerReadOnlyTitle, "Read-only", "Solo lectura") \
  X(BannerReadOnly,   "Your journal was saved by a newer version of Unknot. To keep it safe, this version shows it but won't change it: reload the page to get the update.", "Tu diario lo guardó una versión más nueva de Unknot. Para protegerlo, esta versión lo muestra pero no lo modifica: recarga la página para actualizar.") \
  X(BannerExport,     "Export", "Exportar") \
  X(BannerUnreadable, "{1} stored entries couldn't be read. They are kept as they are, and your journal file (JSON) carries them.", "{1} registros guardados no se pudieron leer. Se conservan tal cual y tu archivo del diario (JSON) los incluye.") \
  X(BannerUnreadableOne, "1 stored entry couldn't be read. It is kept as it is, and your journal file (JSON) carries it.", "1 registro guardado no se pudo leer. Se conserva tal cual y tu archivo del diario (JSON) lo incluye.") \
  X(UnreadableTitle,  "Some entries couldn't be read", "Algunos registros no se pudieron leer") \
  X(StorageRestoredTitle, "Your journal was written back", "Tu diario se ha vuelto a guardar") \
  X(StorageRestoredBody, "The browser cleared Unknot's storage while it was open. Unknot has saved again the {1} entries and the settings it had.", "El navegador borró el almacenamiento de Unknot mientras estaba abierto. Unknot ha vuelto a guardar los {1} registros y los ajustes que tenía.") \
  X(StorageRestoredBodyOne, "The browser cleared Unknot's storage while it was open. Unknot has saved again the entry and the settings it had.", "El navegador borró el almacenamiento de Unknot mientras estaba abierto. Unknot ha vuelto a guardar el registro y los ajustes que tenía.") \
  X(StorageRestoredOk, "OK", "De acuerdo") \
  X(SettingsDamagedTitle, "Your settings couldn't be read", "No se pudieron leer tus ajustes") \
  X(SettingsDamagedBody, "Unknot is using its defaults for now and hasn't written over the damaged copy. Changes you make now last until you close Unknot, unless you save them.", "Unknot usa de momento sus valores predeterminados y no ha escrito encima de la copia dañada. Lo que cambies ahora dura hasta que cierres Unknot, salvo que lo guardes.") \
  X(SettingsDamagedSave, "Save my settings from now on", "Guardar mis ajustes a partir de ahora") \
  X(DataTitle,        "Your data", "Tus datos") \
  X(DataHint,         "Export, import or erase your journal", "Exporta, importa o borra tu diario") \
  X(DataPrivacy,      "Your journal stays on this device. Nothing is sent anywhere unless you export it yourself.", "Tu diario se queda en este dispositivo. No se envía nada a ningún sitio salvo que lo exportes tú.") \
  X(DataEmbedded,     "Inside another site (such as a benefits portal), your browser keeps Unknot's data apart from the Unknot app opened on its own.", "Dentro de otro sitio (como un portal de beneficios), el navegador guarda los datos de Unknot aparte de la app de Unknot abierta por sí sola.") \
  X(DataCounts,       "On this device: check-ins {1}, sessions {2}.", "En este dispositivo: registros {1}, sesiones {2}.") \
  X(DataExportHeading, "Export", "Exportar") \
  X(DataExportJson,   "Journal file (JSON)", "Archivo del diario (JSON)") \
  X(DataExportJsonHint, "Everything, in a file Unknot can import again.", "Todo, en un archivo que Unknot puede volver a importar.") \
  X(DataExportCsv,    "Spreadsheet (CSV)", "Hoja de cálculo (CSV)") \
  X(DataExportCsvHint, "One row per check-in.", "Una fila por registro.") \
  X(DataExportSummary, "Summary for a clinician", "Resumen para un profesional") \
  X(DataExportSummaryHint, "One printable page with your pain chart.", "Una página imprimible con tu gráfica de dolor.") \
  X(DataImportHeading, "Import", "Importar") \
  X(DataImportHint,   "Add the entries of an Unknot backup and, if you choose, its settings. You'll see what would change first; no entry of yours is overwritten.", "Añade los registros de una copia de Unknot y, si quieres, sus ajustes. Primero verás qué cambiaría; no se sobrescribe ningún registro tuyo.") \
  X(DataImportChoose, "Choose a file", "Elegir un archivo") \
  X(DataImportPreview, "This file would add check-ins: {1}, sessions: {2}.", "Este archivo añadiría registros: {1}, sesiones: {2}.") \
  X(DataImportSpan,   "From {1} to {2}.", "Del {1} al {2}.") \
  X(DataImportSkipped, "{1} already in your journal will be skipped.", "Se omitirán {1} que ya están en tu diario.") \
  X(DataImportConflicts, "{1} share an id with different content in your journal: yours are kept and theirs are skipped.", "{1} comparten identificador con contenido distinto en tu diario: se conservan los tuyos y se omiten los del archivo.") \
  X(DataImportNothing, "Everything in this file is already in your journal.", "Todo lo de este archivo ya está en tu diario.") \
  X(DataImportConfirm, "Add them", "Añadirlos") \
  X(DataImportCancel, "Cancel", "Cancelar") \
  X(DataImportSettingsDiffer, "This backup's settings differ from yours in: {1}.", "Los ajustes de esta copia son distintos de los tuyos en: {1}.") \
  X(DataImportSettingsSame, "This backup's settings are the same as yours.", "Los ajustes de esta copia son iguales a los tuyos.") \
  X(DataImportTakeSettings, "Use this backup's settings", "Usar los ajustes de esta copia") \
  X(DataImportTakeSettingsHint, "Off: your own settings stay as they are. Journal entries are added either way, and none of yours is overwritten.", "Desactivado: tus ajustes se quedan como están. Los registros se añaden en ambos casos y no se sobrescribe ninguno de los tuyos.") \
  X(DataImportSaving, "Saving the imported entries: {1} of {2}. Keep Unknot open until it finishes.", "Guardando los registros importados: {1} de {2}. Mantén Unknot abierto hasta que termine.") \
  X(DataImportUnreadable, "Records in this file that this version of Unknot can't read: {1}. They will be kept as they are.", "Registros de este archivo que esta versión de Unknot no puede leer: {1}. Se guardarán tal cual.") \
  X(DataImportUseSettings, "Use these settings", "Usar estos ajustes") \
  X(DataSettingSound, "Sound", "Sonido") \
  X(DataSettingVibration, "Vibration", "Vibración") \
  X(DataSettingBreathing, "Breathing pattern", "Patrón de respiración") \
  X(DataSettingPosition, "Position test result", "Resultado de la prueba de postura") \
  X(DataSettingPlan, "Today's plan", "Plan de hoy") \
  X(DataImportError,  "This file couldn't be imported, and nothing was changed.", "No se pudo importar este archivo y no se ha cambiado nada.") \
  X(DataEraseHeading, "Erase everything", "Borrarlo todo") \
  X(DataEraseHint,    "Deletes every check-in, session and setting on this device. This can't be undone: export first if you want a copy.", "Elimina todos los registros, sesiones y ajustes de este dispositivo. No se puede deshacer: exporta antes si quieres una copia.") \
  X(DataErase,        "Erase everything…", "Borrarlo todo…") \
  X(DataEraseConfirm, "Yes, erase everything", "Sí, borrarlo todo") \
  X(DataEraseSure,    "Are you sure? Every entry on this device will be deleted.", "¿Seguro? Se eliminarán todos los registros de este dispositivo.") \
  X(DataErasing,      "Erasing…", "Borrando…") \
  X(DataErased,       "Everything is erased.", "Todo se ha borrado.")
// clang-format on
