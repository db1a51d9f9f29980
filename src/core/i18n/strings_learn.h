// Strings of the Learn section's frame: its index groups, link buttons and labels. The pages'
// own words are in learn_content.cpp. Rows as in strings_table.h: key, English, Spanish.
// No include guard: included by strings_table.h only.

// clang-format off
#define UNKNOT_LEARN_STRINGS(X) \
  X(LearnGroupUnderstanding, "Understanding a knot", "Entender un nudo") \
  X(LearnGroupCauses,  "What causes knots", "Qué causa los nudos") \
  X(LearnGroupSelfCare, "Self-care", "Autocuidado") \
  X(LearnGroupAbout,   "About this app", "Sobre esta app") \
  X(LearnSafety,       "Take care", "Con cuidado") \
  X(LearnTryInApp,     "In Unknot", "En Unknot") \
  X(LearnLinkExercise, "Exercise: {1}", "Ejercicio: {1}") \
  X(LearnLinkBreathe,  "Breathe with a guide", "Respirar con una guía") \
  X(LearnLinkPosition, "Find your position", "Encuentra tu postura") \
  X(LearnLinkCheckin,  "Check in: how is your back?", "Registro: ¿cómo está tu espalda?") \
  X(LearnLinkProgress, "See your progress", "Ver tu progreso") \
  X(LearnLinkRoutine,  "Open the routine", "Abrir la rutina") \
  X(LearnLinkOther,    "Open", "Abrir")
// clang-format on
