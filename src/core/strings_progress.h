// Strings of the Progress screen: the chart, the change from baseline, streaks and self-care links. Rows as in strings_table.h: key, English, Spanish.
// No include guard: included by strings_table.h only.

// clang-format off
#define UNKNOT_PROGRESS_STRINGS(X) \
  X(ProgressChartTitle, "Pain over time", "Dolor a lo largo del tiempo")
// clang-format on
