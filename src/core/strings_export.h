// Strings of the exported files: CSV headers and words, the clinician summary. Rows as in
// strings_table.h: key, English, Spanish. No include guard: included by strings_table.h only.

// clang-format off
#define UNKNOT_EXPORT_STRINGS(X) \
  X(SummaryTitle,     "Lower-back pain summary", "Resumen del dolor lumbar")
// clang-format on
