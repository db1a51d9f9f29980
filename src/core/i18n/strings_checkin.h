// Strings of the check-in screens and the routine's before/after rating. Rows as in
// strings_table.h: key, English, Spanish. No include guard: included by strings_table.h only.
// The words for locations, feelings, activities, causes and self-care are in strings_export.h
// (journal_words.h pairs them with their file keys).

// clang-format off
#define UNKNOT_CHECKIN_STRINGS(X) \
  X(CheckinSave,      "Save check-in", "Guardar registro") \
  X(CheckinSaveEnd,   "Save check-in, end of the form", "Guardar registro, final del formulario") \
  X(CheckinPickPain,  "Choose a number to save your check-in.", "Elige un número para guardar tu registro.") \
  X(CheckinDetails,   "Add details (optional)", "Añadir detalles (opcional)") \
  X(CheckinLessDetail, "Hide details", "Ocultar detalles") \
  X(CheckinWhere,     "Where is it?", "¿Dónde está?") \
  X(CheckinMapHint,   "Seen from behind. Tap every area that hurts.", "Vista desde atrás. Toca cada zona que duela.") \
  X(CheckinMapLabel,  "Map of the lower back, seen from behind", "Mapa de la zona lumbar, vista desde atrás") \
  X(CheckinFeel,      "How does it feel?", "¿Cómo lo notas?") \
  X(CheckinRadiates,  "Does it spread away from your back?", "¿Se extiende más allá de la espalda?") \
  X(SpreadsYes,       "Yes, it spreads", "Sí, se extiende") \
  X(SpreadsNo,        "No, it stays in my back", "No, se queda en la espalda") \
  X(CheckinStiffness, "How stiff is your back? (optional)", "¿Cuánta rigidez notas? (opcional)") \
  X(CheckinLimits,    "What does it make hard?", "¿Qué te dificulta?") \
  X(CheckinCauses,    "What might have set it off? (your guess)", "¿Qué pudo provocarlo? (tu impresión)") \
  X(CheckinSelfCare,  "What have you done for it since last time?", "¿Qué has hecho para aliviarlo desde la última vez?") \
  X(CheckinFlags,     "Any of these warning signs?", "¿Alguna de estas señales de alarma?") \
  X(CheckinFlagsHint, "If you tick one, Unknot shows you where to get care.", "Si marcas alguna, Unknot te indica dónde buscar atención.") \
  X(CheckinPsfs,      "Activities you find hard", "Actividades que te cuestan") \
  X(CheckinPsfsHint,  "Name up to 3 everyday activities your back makes hard, then rate each: 0 = unable to do it, 10 = as before the problem.", "Nombra hasta 3 actividades diarias que tu espalda te dificulta y valora cada una: 0 = no puedes hacerla, 10 = como antes del problema.") \
  X(CheckinPsfsName,  "Activity {1}", "Actividad {1}") \
  X(CheckinPsfsSave,  "Keep these activities", "Guardar estas actividades") \
  X(CheckinPsfsEdit,  "Change activities", "Cambiar actividades") \
  X(CheckinPsfsRate,  "How well can you do it today?", "¿Qué tal puedes hacerla hoy?") \
  X(CheckinNote,      "Note (optional)", "Nota (opcional)") \
  X(CheckinNoteLeft,  "{1} characters left", "Quedan {1} caracteres") \
  X(CheckinSavedTitle, "Check-in saved", "Registro guardado") \
  X(CheckinSavingTitle, "Saving your check-in…", "Guardando tu registro…") \
  X(CheckinKeptTitle, "Check-in kept for now", "Registro guardado por ahora") \
  X(CheckinKeptBody,  "This window can't store entries, so it will be gone when you close it. Export your journal to keep a copy.", "Esta ventana no puede guardar registros: se perderá al cerrarla. Exporta tu diario para conservar una copia.") \
  X(CheckinFailedTitle, "Not saved yet", "Aún no guardado") \
  X(CheckinFailedBody, "Your check-in is safe here while this page is open. {1}", "Tu registro está a salvo aquí mientras la página siga abierta. {1}") \
  X(CheckinSummary,   "Pain {1} of 10 · {2}", "Dolor {1} de 10 · {2}") \
  X(CheckinAnother,   "New check-in", "Nuevo registro") \
  X(CheckinSeeProgress, "See progress", "Ver progreso") \
  X(CheckinCount,     "{1} check-ins so far", "{1} registros hasta ahora") \
  X(CheckinCountOne,  "Your first check-in", "Tu primer registro") \
  X(StiffnessAnchors, "0 = not stiff at all, 10 = as stiff as it could be", "0 = nada de rigidez, 10 = la máxima rigidez posible") \
  X(PsfsAnchors,      "0 = unable to do it, 10 = as well as before the problem", "0 = no puedo hacerla, 10 = tan bien como antes del problema") \
  X(ScoreOf,          "{1} of 10", "{1} de 10") \
  X(CheckinFirst,     "Your first check-in starts your baseline: the first week is what later weeks are compared with.", "Tu primer registro inicia tu punto de partida: la primera semana es con la que se comparan las siguientes.") \
  X(RoutinePainBefore, "Before you start: how is your pain? (optional)", "Antes de empezar: ¿cómo está tu dolor? (opcional)") \
  X(RoutinePainAfter, "And now, after the routine?", "¿Y ahora, después de la rutina?") \
  X(RoutinePainThanks, "Thanks: before {1}, after {2}. It's in your journal.", "Gracias: antes {1}, después {2}. Está en tu diario.") \
  X(RetrySave,        "Try again", "Reintentar") \
  X(CueStart,         "Go", "Empieza") \
  X(CueDone,          "Finished", "Terminado")
// clang-format on
