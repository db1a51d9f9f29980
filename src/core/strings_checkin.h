// Strings of the check-in screens and the journal's words (locations, feelings, activities, causes, self-care). Rows as in strings_table.h: key, English, Spanish.
// No include guard: included by strings_table.h only.

// clang-format off
#define UNKNOT_CHECKIN_STRINGS(X) \
  X(CheckinSave,      "Save check-in", "Guardar registro")
// clang-format on
