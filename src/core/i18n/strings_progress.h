// Strings of the Progress screen: the chart, the change from baseline, streaks and self-care links. Rows as in strings_table.h: key, English, Spanish.
// No include guard: included by strings_table.h only.
// Self-care item names come from the journal's own words (journal_words.h).

// clang-format off
#define UNKNOT_PROGRESS_STRINGS(X) \
  X(ProgressChartTitle,     "Pain over time", "Dolor a lo largo del tiempo") \
  X(ProgressEmptyTitle,     "No check-ins yet", "Aún no hay registros") \
  X(ProgressEmptyBody,      "Rate your pain in a quick check-in and your progress will show here. After a week, Unknot has your starting point to compare with.", "Valora tu dolor en un registro rápido y aquí verás tu progreso. Después de una semana, Unknot tendrá tu punto de partida para comparar.") \
  X(ProgressEmptyButton,    "Make a check-in", "Hacer un registro") \
  X(ProgressZoomMonth,      "4 weeks", "4 semanas") \
  X(ProgressZoomQuarter,    "3 months", "3 meses") \
  X(ProgressZoomYear,       "1 year", "1 año") \
  X(ProgressEarlier,        "Earlier", "Antes") \
  X(ProgressLater,          "Later", "Después") \
  X(ProgressShowEarlier,    "Show earlier days", "Ver días anteriores") \
  X(ProgressShowLater,      "Show later days", "Ver días posteriores") \
  X(ProgressRange,          "{1} to {2}", "Del {1} al {2}") \
  X(ProgressLegendDaily,    "Daily pain", "Dolor de cada día") \
  X(ProgressLegendAverage,  "7-day average", "Media de 7 días") \
  X(ProgressLegendBaseline, "Your first week", "Tu primera semana") \
  X(ProgressLegendBand,     "Meaningful change", "Cambio significativo") \
  X(ProgressChartHint,      "Drag the chart, or use Earlier and Later, to look back.", "Arrastra el gráfico, o usa Antes y Después, para ver días anteriores.") \
  X(ProgressChartLabel,     "Pain chart, {1} to {2}: 7-day average {3}, baseline {4}, {5} days with check-ins", "Gráfico del dolor, del {1} al {2}: media de 7 días {3}, punto de partida {4}, {5} días con registros") \
  X(ProgressChartLabelGap,  "Pain chart, {1} to {2}: no check-ins in the 7 days up to {2}, baseline {3}, {4} days with check-ins", "Gráfico del dolor, del {1} al {2}: sin registros en los 7 días hasta el {2}, punto de partida {3}, {4} días con registros") \
  X(ProgressChangeTitle,    "Compared with your first week", "Comparado con tu primera semana") \
  X(ProgressFirstWeek,      "Your first week of check-ins is your starting point: so far it averages {1}. From {2}, Unknot can compare your last 7 days with it.", "Tu primera semana de registros es tu punto de partida: por ahora la media es {1}. A partir del {2}, Unknot podrá compararla con tus últimos 7 días.") \
  X(ProgressNeedWeek,       "Your starting point is {1}, the average of your first week. From {2}, Unknot can compare your last 7 days with it.", "Tu punto de partida es {1}, la media de tu primera semana. A partir del {2}, Unknot podrá compararla con tus últimos 7 días.") \
  X(ProgressNoRecent,       "No check-ins in the last 7 days, so there is nothing to compare with your first week ({1}) yet. A quick check-in brings this back.", "No hay registros en los últimos 7 días, así que aún no hay nada que comparar con tu primera semana ({1}). Un registro rápido lo recupera.") \
  X(ProgressMeaningfulDrop, "{1} points lower than your first week ({2}% less): a meaningful change.", "{1} puntos menos que en tu primera semana ({2} % menos): un cambio significativo.") \
  X(ProgressSmallDrop,      "{1} points lower than your first week ({2}% less): better, though not yet a meaningful change.", "{1} puntos menos que en tu primera semana ({2} % menos): mejor, aunque todavía no es un cambio significativo.") \
  X(ProgressSame,           "About the same as your first week.", "Más o menos igual que en tu primera semana.") \
  X(ProgressSmallRise,      "{1} points higher than your first week: a little more pain.", "{1} puntos más que en tu primera semana: algo más de dolor.") \
  X(ProgressMeaningfulRise, "{1} points higher than your first week: a meaningful rise. If your pain keeps getting worse, see a clinician.", "{1} puntos más que en tu primera semana: un aumento significativo. Si el dolor sigue empeorando, consulta a un profesional sanitario.") \
  X(ProgressWeeksLine,      "Last 7 days: {1}  ·  First week: {2}", "Últimos 7 días: {1}  ·  Primera semana: {2}") \
  X(ProgressMeaningfulNote, "On the 0-10 scale, a drop of about 2 points or about 30% is what studies count as a meaningful change (Farrar et al. 2001, Pain).", "En la escala de 0 a 10, una bajada de unos 2 puntos o de un 30 % es lo que los estudios consideran un cambio significativo (Farrar et al. 2001, Pain).") \
  X(ProgressSessionsTitle,  "Sessions per week", "Sesiones por semana") \
  X(ProgressSessionsNote,   "Routines, breathing and position tests you finished, Monday to Sunday.", "Rutinas, respiraciones y pruebas de postura que terminaste, de lunes a domingo.") \
  X(ProgressSessionsThisWeek, "This week: {1}", "Esta semana: {1}") \
  X(ProgressWeekBar,        "Week of {1}: {2}", "Semana del {1}: {2}") \
  X(ProgressStreakTitle,    "Streak", "Racha") \
  X(ProgressStreakDays,     "{1} days", "{1} días") \
  X(ProgressStreakOneDay,   "1 day", "1 día") \
  X(ProgressStreakNone,     "Not started", "Sin empezar") \
  X(ProgressStreakNote,     "Days in a row with a check-in or a session. One missed day is forgiven; two in a row start it over.", "Días seguidos con un registro o una sesión. Un día sin nada se perdona; dos seguidos la reinician.") \
  X(ProgressActiveDays,     "Active on {1} of the last 7 days", "Actividad en {1} de los últimos 7 días") \
  X(ProgressCareTitle,      "Self-care and next-day pain", "Autocuidado y dolor al día siguiente") \
  X(ProgressCareIntro,      "From your own check-ins: your average pain on the day after using each item, compared with days after not using it. It shows what tends to go together for you, not proof that something helped.", "Según tus propios registros: tu dolor medio el día después de usar cada opción, comparado con los días después de no usarla. Muestra lo que suele ir junto en tu caso, no prueba que algo haya ayudado.") \
  X(ProgressCareNone,       "Note the self-care you use in your check-ins (heat, a walk, stretching...) and Unknot will show which went with lower pain the next day.", "Anota en tus registros el autocuidado que usas (calor, caminar, estiramientos...) y Unknot te mostrará con cuál tuviste menos dolor al día siguiente.") \
  X(ProgressCareLower,      "{1} points lower the next day: {2} after days with it, {3} after days without.", "{1} puntos menos al día siguiente: {2} tras los días con esta opción y {3} tras los días sin ella.") \
  X(ProgressCareHigher,     "{1} points higher the next day: {2} after days with it, {3} after days without.", "{1} puntos más al día siguiente: {2} tras los días con esta opción y {3} tras los días sin ella.") \
  X(ProgressCareSame,       "No clear difference the next day: {1} after days with it, {2} after days without.", "Sin una diferencia clara al día siguiente: {1} tras los días con esta opción y {2} tras los días sin ella.") \
  X(ProgressCareNeedWith,   "Needs {1} more days with it to compare.", "Faltan {1} días más con esta opción para poder comparar.") \
  X(ProgressCareNeedWith1,  "Needs 1 more day with it to compare.", "Falta 1 día más con esta opción para poder comparar.") \
  X(ProgressCareNeedWithout, "Needs {1} more days without it to compare.", "Faltan {1} días más sin esta opción para poder comparar.") \
  X(ProgressCareNeedWithout1, "Needs 1 more day without it to compare.", "Falta 1 día más sin esta opción para poder comparar.") \
  X(ProgressPsfsTitle,      "Everyday activities", "Actividades cotidianas") \
  X(ProgressPsfsIntro, "Your activities: {1}. Each is rated from 0 (unable) to 10 (as before the problem); this is their average.", "Tus actividades: {1}. Cada una se valora de 0 (no puedo) a 10 (como antes del problema); esta es su media.") \
  X(ProgressPsfsIntroUnnamed, "Your activities are rated from 0 (unable) to 10 (as before the problem); this is their average.", "Tus actividades se valoran de 0 (no puedo) a 10 (como antes del problema); esta es su media.") \
  X(ProgressPsfsGain, "Your average went from {1} on {3} to {2} on {4}: a meaningful improvement.", "Tu media pasó de {1} el {3} a {2} el {4}: una mejora significativa.") \
  X(ProgressPsfsSmallGain, "Your average went from {1} on {3} to {2} on {4}: better, though not yet a meaningful change.", "Tu media pasó de {1} el {3} a {2} el {4}: mejor, aunque todavía no es un cambio significativo.") \
  X(ProgressPsfsSame, "Your average went from {1} on {3} to {2} on {4}: about the same.", "Tu media pasó de {1} el {3} a {2} el {4}: más o menos igual.") \
  X(ProgressPsfsSmallLoss, "Your average went from {1} on {3} to {2} on {4}: a little harder.", "Tu media pasó de {1} el {3} a {2} el {4}: algo más difícil.") \
  X(ProgressPsfsLoss, "Your average went from {1} on {3} to {2} on {4}: a meaningful drop. If everyday tasks keep getting harder, see a clinician.", "Tu media pasó de {1} el {3} a {2} el {4}: un descenso significativo. Si las tareas cotidianas siguen costando más, consulta a un profesional sanitario.") \
  X(ProgressPsfsOnce,       "Your first rating averaged {1} on {2}. Rate your activities again in a later check-in to see the change.", "Tu primera valoración tuvo una media de {1} el {2}. Vuelve a valorar tus actividades en otro registro para ver el cambio.") \
  X(ProgressPsfsNote,       "A change of 2 points on this average is meaningful (Stratford et al. 1995).", "Un cambio de 2 puntos en esta media es significativo (Stratford et al. 1995).")
// clang-format on
