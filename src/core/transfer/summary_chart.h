// The pain chart of the printed clinician summary, as inline SVG: the last 90 days of daily mean
// pain, the 7-day average and the baseline, on a labelled 0-10 axis. Self-contained (no
// scripts, no fonts or links to fetch), so it prints the same anywhere.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/i18n/strings.h"
#include "core/progress/pain_trend.h"

namespace unknot {

inline constexpr int kChartDays = 90;

// `daily` as daily_pain() gives it; the chart ends on `today`.
std::string pain_chart_svg(const std::vector<DailyPain>& daily, std::int32_t today, Locale locale);

}  // namespace unknot
