// Strings of today's plan, movement breaks and the 12-week program. Rows as in strings_table.h:
// key, English, Spanish. No include guard: included by strings_table.h only.

// clang-format off
#define UNKNOT_PLAN_STRINGS(X) \
  X(PlanHeading,       "Today", "Hoy") \
  X(SessionPlan,       "Today's plan", "Plan del día") \
  X(PlanProgress,      "{1} of {2} done", "{1} de {2} hechos") \
  X(PlanEditButton,    "Edit plan", "Editar plan") \
  X(PlanEmpty,         "Your plan is empty. Choose what you'd like to do each day.", "Tu plan está vacío. Elige lo que quieres hacer cada día.") \
  X(PlanRoutineFull,   "Full routine", "Rutina completa") \
  X(PlanRoutineShort,  "Short routine, about 5 minutes", "Rutina corta, unos 5 minutos") \
  X(PlanRoutineProgram, "Program routine, week {1}", "Rutina del programa, semana {1}") \
  X(PlanBreathing,     "A breathing session", "Una sesión de respiración") \
  X(PlanWalk,          "A short walk", "Un paseo corto") \
  X(PlanWater,         "Water through the day", "Agua a lo largo del día") \
  X(PlanHeat,          "Heat, 15 to 20 minutes", "Calor, de 15 a 20 minutos") \
  X(PlanBall,          "Ball massage against a wall", "Masaje con pelota contra la pared") \
  X(PlanPosition,      "Your comfortable position, before bed", "Tu postura cómoda, antes de dormir") \
  X(PlanTimeAny,       "Any time", "Cuando quieras") \
  X(PlanTimeMorning,   "Morning", "Por la mañana") \
  X(PlanTimeMidday,    "Midday", "A mediodía") \
  X(PlanTimeEvening,   "Evening", "Por la tarde") \
  X(PlanTimeBedtime,   "Before bed", "Antes de dormir") \
  X(PlanStart,         "Start", "Empezar") \
  X(PlanDoneBySession, "Done: in your journal", "Hecho: en tu diario") \
  X(PlanEditTitle,     "Your daily plan", "Tu plan diario") \
  X(PlanEditHint,      "What you mean to do each day, and when", "Lo que quieres hacer cada día, y cuándo") \
  X(PlanProgramNote,   "While the 12-week program is on, the plan uses its routine.", "Mientras sigue el programa de 12 semanas, el plan usa su rutina.") \
  X(ReviewHint,        "How the week went, and what comes next", "Cómo fue la semana y qué viene ahora") \
  X(PlanEditIntro,     "Choose what to do each day and when. Ticking an item on the home screen records it in your journal as self-care.", "Elige qué hacer cada día y cuándo. Al marcar algo en la pantalla de inicio, queda anotado en tu diario como autocuidado.") \
  X(PlanRoutineLength, "Which routine", "Qué rutina") \
  X(BreaksHeading,     "Movement breaks", "Pausas para moverte") \
  X(BreaksIntro,       "Holding one position for a long time can tighten the lower back. Unknot can remind you to get up and move while it is open.", "Mantener la misma postura mucho tiempo puede tensar la zona lumbar. Unknot puede recordarte que te levantes y te muevas mientras está abierta.") \
  X(BreaksOn,          "Remind me to move", "Recordarme que me mueva") \
  X(BreaksEvery,       "Every", "Cada") \
  X(BreaksQuiet,       "Quiet hours: no reminders", "Horas de silencio: sin recordatorios") \
  X(BreaksQuietFrom,   "From {1}", "Desde las {1}") \
  X(BreaksQuietTo,     "Until {1}", "Hasta las {1}") \
  X(BreaksEarlier,     "Earlier", "Antes") \
  X(BreaksLater,       "Later", "Después") \
  X(BreaksNext,        "Next reminder at {1}.", "Próximo recordatorio a las {1}.") \
  X(BreaksNotifyNote,  "Reminders come while Unknot is open. Installed as an app and allowed to, it can also notify you when it is in the background.", "Los recordatorios llegan mientras Unknot está abierta. Si la instalas como app y le das permiso, también puede avisarte cuando está en segundo plano.") \
  X(BreaksAllowNotify, "Allow notifications", "Permitir notificaciones") \
  X(BreakTitle,        "Time to move", "Hora de moverte") \
  X(BreakBody,         "Stand up for a minute: 10 slow standing rotations, or a short walk.", "Levántate un minuto: 10 rotaciones lentas de pie o un paseo corto.") \
  X(BreakDone,         "Done", "Hecho") \
  X(BreakSnooze,       "Snooze 10 min", "Posponer 10 min") \
  X(ProgramTitle,      "12-week program", "Programa de 12 semanas") \
  X(ProgramHint,       "A gentle plan that grows week by week", "Un plan suave que avanza semana a semana") \
  X(ProgramIntro,      "The routine starts gentle and grows a little each week: longer holds, then more bird dog and donkey kick reps. Aim for about 3 sessions a week. Each week ends with a short review, and if your pain rises the program waits for you.", "La rutina empieza suave y crece un poco cada semana: posturas más largas y luego más repeticiones de perro de caza y patada de burro. Intenta hacer unas 3 sesiones por semana. Cada semana termina con una breve revisión y, si el dolor sube, el programa te espera.") \
  X(ProgramNotPrescription, "This follows a common home-program pattern; it is not a prescription. If a clinician has given you exercises, follow their plan.", "Sigue un patrón habitual de programa en casa; no es una prescripción. Si un profesional te ha dado ejercicios, sigue su plan.") \
  X(ProgramStartPain,  "How much does your back hurt today?", "¿Cuánto te duele la espalda hoy?") \
  X(ProgramStart,      "Start the program", "Empezar el programa") \
  X(ProgramWeek,       "Week {1} of 12", "Semana {1} de 12") \
  X(ProgramLevel0,     "Gentle start: the short routine", "Inicio suave: la rutina corta") \
  X(ProgramLevel1,     "The whole routine, gently", "La rutina completa, con suavidad") \
  X(ProgramLevel2,     "The usual doses", "Las dosis habituales") \
  X(ProgramLevel3,     "Building up: longer holds, more core reps", "Progresando: posturas más largas, más repeticiones de core") \
  X(ProgramLevel4,     "A strong base", "Una base sólida") \
  X(ProgramCoreNote,   "Bird dog and donkey kicks build your core base. Before heavier core work, such as planks, ask a physical therapist what suits you.", "El perro de caza y la patada de burro construyen tu base de core. Antes de un trabajo de core más exigente, como las planchas, pregunta a un fisioterapeuta qué te conviene.") \
  X(ProgramSessions,   "{1} of {2} sessions this week", "{1} de {2} sesiones esta semana") \
  X(ProgramStartRoutine, "Start this week's routine", "Empezar la rutina de esta semana") \
  X(ProgramShortSuggested, "Your pain rose last week: the short routine is gentler until it settles.", "El dolor subió la semana pasada: la rutina corta es más suave hasta que se calme.") \
  X(ProgramReviewDue,  "Your weekly review is ready.", "Tu revisión semanal está lista.") \
  X(ProgramReviewIn,   "Weekly review on {1}.", "Revisión semanal el {1}.") \
  X(ProgramReviewButton, "Review the week", "Revisar la semana") \
  X(ProgramProgressHeading, "Since you started", "Desde que empezaste") \
  X(ProgramPainChange, "Pain: {1} at the start, {2} now", "Dolor: {1} al empezar, {2} ahora") \
  X(ProgramPainMeaningful, "A meaningful drop: 2 points or 30% less is the threshold.", "Una bajada significativa: el umbral es 2 puntos o un 30 % menos.") \
  X(ProgramPainNotYet, "Not yet a meaningful change: that takes a drop of 2 points or 30%.", "Aún no es un cambio significativo: hace falta una bajada de 2 puntos o del 30 %.") \
  X(ProgramPsfsChange, "Activities (PSFS): {1} at the start, {2} now", "Actividades (PSFS): {1} al empezar, {2} ahora") \
  X(ProgramPsfsMeaningful, "A meaningful gain: the threshold is 2 points.", "Una mejora significativa: el umbral es de 2 puntos.") \
  X(ProgramPsfsNotYet, "Not yet a meaningful gain: that takes 2 points.", "Aún no es una mejora significativa: hacen falta 2 puntos.") \
  X(ProgramWeeksHeading, "Week by week", "Semana a semana") \
  X(ProgramChartStart, "S", "I") \
  X(ProgramChartKey,   "S: pain at the start. Dashed line: 2 points lower, a meaningful drop.", "I: dolor al inicio. Línea discontinua: 2 puntos menos, una bajada significativa.") \
  X(ProgramWeekRow,    "Week {1}: pain {2}, {3} sessions", "Semana {1}: dolor {2}, {3} sesiones") \
  X(ProgramAdvanced,   "stepped up", "subió un paso") \
  X(ProgramHeld,       "stayed", "se mantuvo") \
  X(ProgramStoppedWord, "stopped", "se detuvo") \
  X(ProgramStoppedBody, "The program stopped because you reported a warning sign. Please get care before you start again.", "El programa se detuvo porque indicaste una señal de alarma. Busca atención antes de volver a empezar.") \
  X(ProgramComplete,   "You finished the 12 weeks. Keep the routine that suits you, and check in now and then.", "Terminaste las 12 semanas. Sigue con la rutina que te vaya bien y haz un registro de vez en cuando.") \
  X(ProgramEnd,        "End the program", "Terminar el programa") \
  X(ProgramEndConfirm, "End it? Its reviews are removed; your journal stays.", "¿Terminarlo? Se borran sus revisiones; tu diario se queda.") \
  X(ProgramEndYes,     "Yes, end it", "Sí, terminar") \
  X(ProgramStartAgain, "Start a new program", "Empezar un programa nuevo") \
  X(ReviewTitle,       "Weekly review", "Revisión semanal") \
  X(ReviewPsfs,        "How well can you do these now?", "¿Qué tal puedes hacer esto ahora?") \
  X(ReviewFeel,        "How did this week feel?", "¿Qué tal fue esta semana?") \
  X(ReviewEasier,      "Easier", "Más fácil") \
  X(ReviewSame,        "About the same", "Más o menos igual") \
  X(ReviewHarder,      "Harder", "Más difícil") \
  X(ReviewFlags,       "Since last week, have you had any of these?", "Desde la semana pasada, ¿has tenido algo de esto?") \
  X(ReviewSave,        "Save the review", "Guardar la revisión") \
  X(ReviewNeedsPain,   "Rate your pain first.", "Primero valora tu dolor.") \
  X(ReviewAdvanced,    "Next week steps up a level:", "La semana que viene sube un nivel:") \
  X(ReviewHeldPain,    "Your pain rose by 2 points or more, so next week stays at this level. The short routine is gentler until it settles.", "Tu dolor subió 2 puntos o más, así que la semana que viene sigue en este nivel. La rutina corta es más suave hasta que se calme.") \
  X(ReviewHeld,        "Next week stays at this level, so your body can catch up.", "La semana que viene sigue en este nivel, para que tu cuerpo se ponga al día.")
// clang-format on
