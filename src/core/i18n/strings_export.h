// Strings of the exported files: CSV headers and words, the clinician summary, and the words of
// the journal's values (locations, feelings, activities, causes, self-care, session kinds), which
// the check-in screens reuse. Rows as in strings_table.h: key, English, Spanish.
// No include guard: included by strings_table.h only.

// clang-format off
#define UNKNOT_EXPORT_STRINGS(X) \
  X(SummaryTitle,     "Lower-back pain summary", "Resumen del dolor lumbar") \
  X(SpotLeft,         "Left side", "Lado izquierdo") \
  X(SpotCentre,       "Centre", "Centro") \
  X(SpotRight,        "Right side", "Lado derecho") \
  X(SpotAboveSacrum,  "Above the sacrum", "Encima del sacro") \
  X(SpotButtock,      "Into the buttock", "Hacia el glúteo") \
  X(SpotLeg,          "Down a leg", "Hacia la pierna") \
  X(FeelSharp,        "Sharp", "Aguda") \
  X(FeelTight,        "Tight", "Tirante") \
  X(FeelAching,       "Aching", "Molesta") \
  X(FeelDullAche,     "Dull ache", "Dolor sordo") \
  X(LimitBending,     "Bending", "Agacharse") \
  X(LimitLifting,     "Lifting", "Levantar peso") \
  X(LimitTwisting,    "Twisting", "Girar el tronco") \
  X(LimitSleeping,    "Getting comfortable to sleep", "Encontrar postura para dormir") \
  X(LimitSitting,     "Sitting", "Estar sentado o sentada") \
  X(LimitWalking,     "Walking", "Caminar") \
  X(CauseOverdoingIt, "Overdoing it", "Excederse con el esfuerzo") \
  X(CauseRepetitive,  "Repetitive motions", "Movimientos repetitivos") \
  X(CauseImbalance,   "Muscle imbalance", "Desequilibrio muscular") \
  X(CauseOnePosition, "Holding one position", "Mantener la misma postura") \
  X(CauseStress,      "Stress", "Estrés") \
  X(CauseInjury,      "An injury or condition", "Una lesión o enfermedad") \
  X(SelfCareHeat,     "Heat", "Calor") \
  X(SelfCareMassage,  "Massage", "Masaje") \
  X(SelfCareFoamRoller, "Foam roller or ball", "Rodillo de espuma o pelota") \
  X(SelfCareWalk,     "A walk", "Un paseo") \
  X(SelfCareEpsom,    "Epsom salt bath", "Baño con sales de Epsom") \
  X(SelfCareWater,    "Drinking water", "Beber agua") \
  X(SelfCareBreaths,  "Deep breaths", "Respiraciones profundas") \
  X(SelfCareStretching, "Stretching", "Estiramientos") \
  X(SelfCareCoreWork, "Core work", "Ejercicios de core") \
  X(SessionPositionTest, "Position test", "Prueba de postura") \
  X(RoutineKindFull,  "Full routine", "Rutina completa") \
  X(RoutineKindCustom, "Your own routine", "Tu propia rutina") \
  X(ColumnDate,       "Date", "Fecha") \
  X(ColumnTime,       "Time", "Hora") \
  X(ColumnPain,       "Pain (0-10)", "Dolor (0-10)") \
  X(ColumnLocations,  "Locations", "Zonas") \
  X(ColumnFeel,       "Feel", "Tipo de dolor") \
  X(ColumnRadiates,   "Radiates", "Se irradia") \
  X(ColumnStiffness,  "Stiffness (0-10)", "Rigidez (0-10)") \
  X(ColumnLimits,     "Limited activities", "Actividades limitadas") \
  X(ColumnCauses,     "Likely causes", "Causas probables") \
  X(ColumnSelfCare,   "Self-care", "Autocuidado") \
  X(ColumnRedFlags,   "Warning signs", "Señales de alarma") \
  X(ColumnPsfs,       "Activity {1} (PSFS, 0-10)", "Actividad {1} (PSFS, 0-10)") \
  X(ColumnNote,       "Note", "Nota") \
  X(CellYes,          "Yes", "Sí") \
  X(SummaryCovers,    "{1} to {2}", "Del {1} al {2}") \
  X(SummaryMade,      "Made {1}", "Elaborado el {1}") \
  X(SummarySelfReported, "Self-reported by the patient with Unknot, an education and self-care app. This is not a diagnosis.", "Datos registrados por el propio paciente con Unknot, una aplicación de educación y autocuidado. No es un diagnóstico.") \
  X(SummaryNoData,    "No check-ins recorded yet.", "Todavía no hay registros.") \
  X(SummaryPainHeading, "Pain (0-10 Numeric Rating Scale)", "Dolor (escala numérica de 0 a 10)") \
  X(SummaryCheckinCount, "{1} check-ins on {2} days", "{1} registros en {2} días") \
  X(SummaryBaseline,  "Baseline (first week average)", "Punto de partida (media de la primera semana)") \
  X(SummaryLastWeek,  "Last 7 days, average", "Media de los últimos 7 días") \
  X(SummaryChange,    "Change from baseline", "Cambio desde el punto de partida") \
  X(SummaryChangeShort, "Change", "Cambio") \
  X(SummaryPointsPercent, "{1} points ({2}%)", "{1} puntos ({2} %)") \
  X(SummaryPoints,    "{1} points", "{1} puntos") \
  X(SummaryBetter,    "clinically meaningful improvement", "mejoría clínicamente relevante") \
  X(SummaryWorse,     "clinically meaningful worsening", "empeoramiento clínicamente relevante") \
  X(SummaryNotMeaningful, "below the threshold for a meaningful change", "por debajo del umbral de un cambio relevante") \
  X(SummaryNotYet,    "Not enough data yet (needs the first week and a separate recent week)", "Aún no hay datos suficientes (hacen falta la primera semana y otra semana reciente distinta)") \
  X(SummaryPainThreshold, "A drop of about 2 points or 30% is clinically meaningful (Farrar et al., Pain 2001).", "Una bajada de unos 2 puntos o del 30 % es clínicamente relevante (Farrar et al., Pain 2001).") \
  X(SummaryChartTitle, "Daily pain, last 90 days", "Dolor diario, últimos 90 días") \
  X(SummaryChartLegend, "Dots: daily mean. Solid line: 7-day average. Dashed line: baseline.", "Puntos: media diaria. Línea continua: media de 7 días. Línea discontinua: punto de partida.") \
  X(SummaryPsfsHeading, "Patient-Specific Functional Scale (0 = unable, 10 = as before the problem)", "Escala funcional específica del paciente (0 = no puede, 10 = como antes del problema)") \
  X(SummaryActivity,  "Activity", "Actividad") \
  X(SummaryActivityN, "Activity {1}", "Actividad {1}") \
  X(SummaryFirst,     "First", "Primera") \
  X(SummaryLatest,    "Latest", "Última") \
  X(SummaryAverage,   "Average", "Media") \
  X(SummaryScoreOn,   "{1} on {2}", "{1} el {2}") \
  X(SummaryPsfsThreshold, "A change of 2 points in the average is meaningful (Stratford et al., 1995).", "Un cambio de 2 puntos en la media es relevante (Stratford et al., 1995).") \
  X(SummaryPsfsNone,  "No activities rated yet.", "Aún no se ha valorado ninguna actividad.") \
  X(SummaryCommonHeading, "Reported most often", "Lo indicado con más frecuencia") \
  X(SummaryCountsOver, "Times reported, over {1} check-ins.", "Veces indicado, sobre {1} registros.") \
  X(SummaryNothingReported, "None reported", "Nada indicado") \
  X(SummaryFlagsHeading, "Warning signs reported", "Señales de alarma indicadas") \
  X(SummaryFlagOn,    "on {1}", "el {1}") \
  X(SummaryFlagTimes, "{1} times, first on {2}, latest on {3}", "{1} veces: la primera el {2} y la última el {3}") \
  X(SummaryFlagsNone, "No warning signs reported.", "No se ha indicado ninguna señal de alarma.") \
  X(SummarySessionsHeading, "Practice sessions, last 4 weeks", "Sesiones de práctica, últimas 4 semanas") \
  X(SummaryWeek,      "Week", "Semana") \
  X(SummarySessions,  "Sessions", "Sesiones") \
  X(SummaryMinutes,   "Minutes", "Minutos") \
  X(SummaryRecentHeading, "Last 14 check-ins", "Últimos 14 registros")
// clang-format on
