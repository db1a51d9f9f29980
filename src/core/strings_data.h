// Strings of storage banners, save status, export, import and erase. Rows as in strings_table.h: key, English, Spanish.
// No include guard: included by strings_table.h only.

// clang-format off
#define UNKNOT_DATA_STRINGS(X) \
  X(SaveSaving,       "Saving…", "Guardando…")
// clang-format on
