// Every word the app shows, in English and Spanish. One row per string: the key, then each
// language. A row can't be added without both, so neither language can fall behind.
// Language names are written in their own language in both columns, as pickers expect.
// No include guard: included only by strings.h/.cpp with X defined.

// clang-format off
#define UNKNOT_STRINGS(X) \
  X(AppName,          "Unknot", "Unknot") \
  X(AppTagline,       "Care for a knot in your lower back", "Cuida un nudo en la zona lumbar") \
  X(HomeQuestion,     "What would help right now?", "¿Qué te vendría bien ahora?") \
  X(RoutineTitle,     "Routine", "Rutina") \
  X(RoutineHint,      "8 guided exercises with timers", "8 ejercicios guiados con temporizador") \
  X(BreatheTitle,     "Breathe", "Respirar") \
  X(BreatheHint,      "Slow belly breathing to ease tension", "Respiración abdominal lenta para soltar tensión") \
  X(PositionTitle,    "Find your position", "Encuentra tu postura") \
  X(PositionHint,     "Which resting position eases your back?", "¿Qué postura de descanso alivia tu espalda?") \
  X(CheckinTitle,     "Check-in", "Registro") \
  X(CheckinHint,      "Rate your pain in a few seconds", "Valora tu dolor en unos segundos") \
  X(ProgressTitle,    "Progress", "Progreso") \
  X(ProgressHint,     "See whether your pain is easing", "Comprueba si tu dolor va a menos") \
  X(LearnTitle,       "Learn", "Aprender") \
  X(LearnHint,        "Knots, causes, self-care, when to get help", "Nudos, causas, autocuidado, cuándo pedir ayuda") \
  X(SettingsTitle,    "Settings", "Ajustes") \
  X(SettingsHint,     "Language, sound, text size and more", "Idioma, sonido, tamaño del texto y más") \
  X(Back,             "Back", "Volver") \
  X(SoonHeading,      "On its way", "En camino") \
  X(SoonBody,         "This part of Unknot is still being built and will arrive in an update.", "Esta parte de Unknot aún se está construyendo y llegará en una actualización.") \
  X(Disclaimer,       "Unknot is education and self-care support, not medical advice. If your symptoms are severe, unusual or getting worse, see a clinician.", "Unknot es educación y apoyo para el autocuidado, no consejo médico. Si tus síntomas son intensos, inusuales o van a peor, consulta a un profesional sanitario.") \
  X(LanguageLabel,    "Language", "Idioma") \
  X(LanguageEnglish,  "English", "English") \
  X(LanguageSpanish,  "Español", "Español")
// clang-format on
