// Every word the app shows, in English and Spanish. One row per string: the key, then each
// language. A row can't be added without both, so neither language can fall behind.
// Language names are written in their own language in both columns, as pickers expect.
// No include guard: included only by strings.h/.cpp with X defined. Each part of the app with
// many strings keeps them in its own table file, joined here.
#include "core/i18n/strings_checkin.h"
#include "core/i18n/strings_data.h"
#include "core/i18n/strings_export.h"
#include "core/i18n/strings_hosting.h"
#include "core/i18n/strings_learn.h"
#include "core/i18n/strings_plan.h"
#include "core/i18n/strings_progress.h"

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
  X(RefusedInvalid,   "That can't be done: something in the request is missing or out of range.", "No se puede hacer: falta algo en la petición o está fuera de rango.") \
  X(TextLeft,         "{1} left", "Quedan {1}") \
  X(RefusedNotNow,    "That can't be done right now.", "Eso no se puede hacer ahora.") \
  X(Disclaimer,       "Unknot is education and self-care support, not medical advice. If your symptoms are severe, unusual or getting worse, see a clinician.", "Unknot es educación y apoyo para el autocuidado, no consejo médico. Si tus síntomas son intensos, inusuales o van a peor, consulta a un profesional sanitario.") \
  X(LanguageLabel,    "Language", "Idioma") \
  X(LanguageEnglish,  "English", "English") \
  X(LanguageSpanish,  "Español", "Español") \
  X(StartFull,        "Start full routine", "Empezar la rutina completa") \
  X(StartShort,       "Short routine", "Rutina corta") \
  X(AboutMinutes,     "about {1} min", "unos {1} min") \
  X(ExerciseOf,       "Exercise {1} of {2}", "Ejercicio {1} de {2}") \
  X(PreviousExercise, "Previous exercise", "Ejercicio anterior") \
  X(NextExercise,     "Next exercise", "Ejercicio siguiente") \
  X(HowItHelps,       "How it helps", "Cómo ayuda") \
  X(StepsHeading,     "Steps", "Pasos") \
  X(BreathingHeading, "Breathing", "Respiración") \
  X(MistakesHeading,  "Common mistakes", "Errores frecuentes") \
  X(DoseReps,         "{1} reps", "{1} repeticiones") \
  X(DoseHold,         "Hold {1} s", "Mantén {1} s") \
  X(DoseEachSide,     "each side", "por lado") \
  X(DoseRounds,       "{1} rounds", "{1} rondas") \
  X(DoseOneRound,     "1 round", "1 ronda") \
  X(DoseOneRep,       "1 rep", "1 repetición") \
  X(DoseBreathTempo,  "one breath each", "una respiración cada una") \
  X(DoseTempo,        "{1} s per rep", "{1} s por repetición") \
  X(RoutinePaused,    "Your routine is paused", "Tu rutina está en pausa") \
  X(Resume,           "Resume", "Continuar") \
  X(Pause,            "Pause", "Pausa") \
  X(Skip,             "Skip", "Saltar") \
  X(Previous,         "Previous", "Anterior") \
  X(RestartExercise,  "Restart exercise", "Reiniciar ejercicio") \
  X(EndRoutine,       "End routine", "Terminar la rutina") \
  X(PhaseGetReady,    "Get ready", "Prepárate") \
  X(PhaseHold,        "Hold", "Mantén") \
  X(PhaseRep,         "Rep {1} of {2}", "Repetición {1} de {2}") \
  X(PhaseSwitch,      "Switch sides", "Cambia de lado") \
  X(PhaseRest,        "Rest", "Descansa") \
  X(RoundOf,          "Round {1} of {2}", "Ronda {1} de {2}") \
  X(NextUp,           "Next: {1}", "Siguiente: {1}") \
  X(LastOne,          "Last exercise", "Último ejercicio") \
  X(PausedLabel,      "Paused", "En pausa") \
  X(SoundOn,          "Sound on", "Sonido activado") \
  X(SoundOff,         "Sound off", "Sonido desactivado") \
  X(RoutineComplete,  "Routine complete", "Rutina completada") \
  X(RoutineEnded,     "Routine ended early", "Rutina terminada antes de tiempo") \
  X(SummaryDone,      "{1} of {2} exercises done", "{1} de {2} ejercicios hechos") \
  X(SummarySkipped,   "{1} skipped", "{1} saltados") \
  X(SummaryTime,      "{1} min {2} s of movement", "{1} min {2} s de movimiento") \
  X(SummaryNote,      "Nice work. Notice how your back feels now.", "Buen trabajo. Fíjate en cómo notas ahora la espalda.") \
  X(Done,             "Done", "Listo") \
  X(CustomiseButton,  "Customise your routine", "Personaliza tu rutina") \
  X(CustomTitle,      "Your routine", "Tu rutina") \
  X(CustomHint,       "Choose the exercises, their order and how much of each.", "Elige los ejercicios, su orden y cuánto de cada uno.") \
  X(StartCustom,      "Start my routine", "Empezar mi rutina") \
  X(MoveUp,           "Move up: {1}", "Subir: {1}") \
  X(MoveDown,         "Move down: {1}", "Bajar: {1}") \
  X(Less,             "Less: {1}", "Menos: {1}") \
  X(More,             "More: {1}", "Más: {1}") \
  X(FewerRounds,      "Fewer rounds: {1}", "Menos rondas: {1}") \
  X(MoreRounds,       "More rounds: {1}", "Más rondas: {1}") \
  X(ResetDefaults,    "Reset to the full routine", "Volver a la rutina completa") \
  X(NotIncluded,      "Not in your routine", "No está en tu rutina") \
  X(BreatheIn,        "Breathe in", "Inhala") \
  X(BreatheHold,      "Hold", "Mantén el aire") \
  X(BreatheOut,       "Breathe out", "Exhala") \
  X(BreathTip,        "Breathe into your belly: the hand on it rises, the hand on your chest stays almost still.", "Respira hacia el abdomen: la mano sobre él sube y la del pecho apenas se mueve.") \
  X(PatternHeading,   "Pattern", "Patrón") \
  X(PresetSeven,      "7 a minute", "7 por minuto") \
  X(PresetRelaxed,    "Relaxed 4-6", "Relajada 4-6") \
  X(PresetBox,        "Box 4-4-4-4", "Caja 4-4-4-4") \
  X(Preset478,        "4-7-8", "4-7-8") \
  X(YourOwnPattern,   "Your own", "A tu medida") \
  X(InhaleLabel,      "In", "Inhalar") \
  X(HoldInLabel,      "Hold after in", "Retén tras inhalar") \
  X(ExhaleLabel,      "Out", "Exhalar") \
  X(HoldOutLabel,     "Hold after out", "Pausa tras exhalar") \
  X(PerMinute,        "{1} breaths a minute", "{1} respiraciones por minuto") \
  X(LengthHeading,    "Length", "Duración") \
  X(MinutesShort,     "{1} min", "{1} min") \
  X(OpenEnded,        "Open", "Libre") \
  X(StartBreathing,   "Start breathing", "Empezar a respirar") \
  X(Stop,             "Stop", "Parar") \
  X(TimeLeft,         "{1} left", "Quedan {1}") \
  X(TimeSoFar,        "{1} so far", "{1} hasta ahora") \
  X(BreathsCount,     "{1} breaths", "{1} respiraciones") \
  X(SessionComplete,  "Session complete", "Sesión completada") \
  X(SessionNote,      "Notice how your lower back feels now.", "Fíjate en cómo notas ahora la zona lumbar.") \
  X(MotionHeading,    "Motion and contrast", "Movimiento y contraste") \
  X(ReduceMotion,     "Reduce motion", "Reducir el movimiento") \
  X(PositionIntro,    "Two resting positions can ease a tight lower back. Try each for a few minutes while breathing slowly, and rate your pain before and after: Unknot remembers which helped more.", "Dos posturas de descanso pueden aliviar una zona lumbar tensa. Prueba cada una unos minutos respirando despacio y valora tu dolor antes y después: Unknot recuerda cuál te ayudó más.") \
  X(RestLength,       "Minutes in each position", "Minutos en cada postura") \
  X(StartTest,        "Start the test", "Empezar la prueba") \
  X(Option1Title,     "Option 1: on your back", "Opción 1: boca arriba") \
  X(Option1How,       "Lie on your back with your legs raised, knees above your hips and bent at 90 degrees. Rest your calves on a chair or pillows, or your feet against a wall.", "Túmbate boca arriba con las piernas elevadas, las rodillas por encima de las caderas y dobladas a 90 grados. Apoya las pantorrillas en una silla o en cojines, o los pies contra una pared.") \
  X(Option2Title,     "Option 2: on your belly", "Opción 2: boca abajo") \
  X(Option2How,       "Turn over onto your belly with your legs straight and your heels falling out to the sides. Stack your hands and rest your forehead on them.", "Date la vuelta y quédate boca abajo con las piernas estiradas y los talones cayendo hacia los lados. Apila las manos y apoya la frente sobre ellas.") \
  X(RestBreathe,      "Breathe slowly into your belly and notice how your lower back feels.", "Respira despacio hacia el abdomen y fíjate en cómo notas la zona lumbar.") \
  X(RatePrompt,       "How much does your back hurt right now?", "¿Cuánto te duele la espalda ahora mismo?") \
  X(RateAnchors,      "0 = no pain, 10 = worst pain imaginable", "0 = sin dolor, 10 = el peor dolor imaginable") \
  X(PainOf,           "Pain {1} of 10", "Dolor {1} de 10") \
  X(BeforeAfter,      "before {1}, after {2}", "antes {1}, después {2}") \
  X(DoneEarly,        "I'm done", "He terminado") \
  X(StopTest,         "Stop the test", "Parar la prueba") \
  X(VerdictBack,      "Lying on your back eased your pain more.", "Tumbarte boca arriba alivió más tu dolor.") \
  X(VerdictBelly,     "Lying on your belly eased your pain more.", "Tumbarte boca abajo alivió más tu dolor.") \
  X(VerdictBoth,      "Both positions eased your pain about the same.", "Las dos posturas aliviaron tu dolor más o menos igual.") \
  X(VerdictNeither,   "Neither position eased your pain this time.", "Esta vez ninguna postura alivió tu dolor.") \
  X(SuggestPractice,  "Practise it a few times a day or before bed to help your back relax and make it easier to get comfortable for sleep.", "Practícala unas cuantas veces al día o antes de dormir para ayudar a que tu espalda se relaje y te resulte más fácil encontrar una postura cómoda para dormir.") \
  X(SuggestNeither,   "That can happen. You can try again on another day, or try the breathing or a gentle walk.", "Puede pasar. Puedes volver a probar otro día, o probar la respiración o un paseo tranquilo.") \
  X(WorseNote,        "Your pain rose in one position: leave that one out. If pain keeps getting worse or spreads down a leg, see a clinician.", "Tu dolor aumentó en una postura: déjala de lado. Si el dolor sigue empeorando o baja por una pierna, consulta a un profesional sanitario.") \
  X(LastTime,         "Last time", "La última vez") \
  X(CareTitle,        "Get care now", "Busca atención ya") \
  X(CareHint,         "Warning signs that need a clinician", "Señales que requieren a un profesional") \
  X(CareBanner,       "Warning signs: when to get care", "Señales de alarma: cuándo buscar atención") \
  X(CareIntro,        "Back pain is rarely dangerous, but some signs need medical care straight away. Get care now, or call your local emergency number, if you have back pain with any of these:", "El dolor de espalda rara vez es peligroso, pero algunas señales requieren atención médica enseguida. Busca atención ya, o llama al número de emergencias de tu zona, si tienes dolor de espalda junto con cualquiera de estas:") \
  X(FlagBladder,      "Loss of bladder or bowel control", "Pérdida del control de la vejiga o del intestino") \
  X(FlagGroin,        "Numbness in the groin or inner thighs", "Entumecimiento en la ingle o en la cara interna de los muslos") \
  X(FlagWeakness,     "Leg weakness that is getting worse", "Debilidad en las piernas que va a peor") \
  X(FlagFever,        "Fever, or feeling unwell, with back pain", "Fiebre o malestar general junto con el dolor de espalda") \
  X(FlagFall,         "Pain after a major fall or accident", "Dolor tras una caída fuerte o un accidente") \
  X(FlagCancer,       "A history of cancer, or weight loss you can't explain", "Antecedentes de cáncer o una pérdida de peso sin explicación") \
  X(FlagNight,        "Severe pain at night or at rest that does not ease", "Dolor intenso por la noche o en reposo que no se alivia") \
  X(CareSoonTitle,    "See a clinician soon", "Consulta pronto a un profesional") \
  X(CareSoonBody,     "Pain that spreads below the knee with numbness or tingling.", "Dolor que baja por debajo de la rodilla con entumecimiento u hormigueo.") \
  X(CareUnsure,       "Unknot can't assess symptoms. If you're unsure, asking a clinician is always the right choice.", "Unknot no puede valorar síntomas. Si tienes dudas, consultar a un profesional siempre es la decisión correcta.") \
  UNKNOT_CHECKIN_STRINGS(X) \
  UNKNOT_PROGRESS_STRINGS(X) \
  UNKNOT_DATA_STRINGS(X) \
  UNKNOT_EXPORT_STRINGS(X) \
  UNKNOT_HOSTING_STRINGS(X) \
  UNKNOT_LEARN_STRINGS(X) \
  UNKNOT_PLAN_STRINGS(X)
// clang-format on
