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
  X(CellYes,          "Yes", "Sí")
// clang-format on
