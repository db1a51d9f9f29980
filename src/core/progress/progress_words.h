// The Progress screen's sentences, built from a ProgressSummary in the user's language: the
// change from baseline, the chart described in words (its accessible name), self-care links and
// the PSFS average. Pure, so each wording choice is tested in the core.
#pragma once
#include <string>

#include "core/i18n/strings.h"
#include "core/progress/progress_summary.h"

namespace unknot {

// "3.1 points lower than your first week (55% less): a meaningful change."
std::string change_sentence(Locale locale, const ProgressSummary& summary);
// "Last 7 days: 2.5  ·  First week: 5.6", or empty while there is nothing to compare.
std::string weeks_line(Locale locale, const ProgressSummary& summary);

// "Nov 1 to Nov 28"; with the years ("Nov 27, 2025 to Nov 26, 2026") unless the window lies
// within today's year.
std::string range_text(Locale locale, ChartWindow window, std::int32_t today);
// The chart in words for screen readers and tests: the window, the 7-day average at its end,
// the baseline and how many days in it have check-ins.
std::string chart_description(Locale locale, const ProgressSummary& summary, ChartWindow window);

Str care_item_name(std::uint16_t item);  // one SelfCare bit
// What the user's data says about one item, or how many more days it needs.
std::string care_sentence(Locale locale, const SelfCareLink& link);

std::string psfs_sentence(Locale locale, const PsfsProgress& psfs);
std::string streak_text(Locale locale, int days);

}  // namespace unknot
