// What the Progress screen shows, worked out once per journal revision (and day) rather than
// every frame: the pain series for the chart, the change from the user's own baseline and which
// sentence says it, sessions per week, the streak, self-care links and the PSFS average. Also the
// chart's window arithmetic (which days a zoom level and a pan show). Builds on pain_trend.h.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/i18n/strings.h"
#include "core/journal/journal.h"
#include "core/progress/pain_trend.h"
#include "core/progress/psfs_change.h"

namespace unknot {

struct DayValue {
  std::int32_t day;
  double value;
};

// Which sentence describes the change from the baseline week to the last 7 days.
enum class ChangeVerdict : std::uint8_t {
  NoData,          // no check-ins at all
  FirstWeek,       // the baseline week is still being recorded
  NeedSecondWeek,  // the baseline is known; a second, separate week is not complete yet
  NoRecentData,    // no check-ins in the last 7 days to compare
  MeaningfulDrop,  // lower by 2 points or 30% of the baseline (Farrar et al., 2001)
  SmallDrop,       // lower, but less than that
  AboutTheSame,    // within half a point
  SmallRise,
  MeaningfulRise,  // higher by 2 points or more
  // A baseline under kMinJudgedBaseline: the numbers said plainly, no verdict on them.
  LowBaselineLower,
  LowBaselineHigher,
};

// Changes under this many points read "about the same".
inline constexpr double kAboutTheSamePoints = 0.5;

struct WeekSessions {
  std::int32_t monday;  // the week's first day (ISO weeks, Monday to Sunday)
  int sessions = 0;
};
inline constexpr int kSessionWeeks = 6;  // this week and the five before it

// The first and latest PSFS ratings under the current activity names, each averaged over the
// activities rated in both (psfs_change.h).
struct PsfsProgress {
  DayValue first;              // the first such check-in that shares a rated activity with the latest
  DayValue latest;             // the most recent check-in with PSFS scores
  int rated_checkins = 0;      // under the current names
  bool since_renamed = false;  // ratings under earlier names were left out
  double change() const noexcept { return latest.value - first.value; }  // > 0: better
  bool meaningful_gain() const noexcept;
  bool meaningful_loss() const noexcept;
};

struct ProgressSummary {
  std::uint64_t revision = 0;  // the journal revision this was computed from
  std::int32_t today = 0;
  std::vector<DailyPain> daily;      // one point per day with check-ins
  std::vector<DayValue> rolling;     // 7-day average at each day whose 7-day window has data
  std::optional<double> baseline;    // the first week's average
  std::optional<double> last_seven;  // the last 7 days' average, today included
  std::optional<PainChange> change;
  ChangeVerdict verdict = ChangeVerdict::NoData;
  std::int32_t compare_from = 0;    // NeedSecondWeek / FirstWeek: the first day a comparison is possible
  std::vector<WeekSessions> weeks;  // oldest first, this week last
  int streak = 0;                   // forgiving streak of active days (check-in or session)
  int active_last_7 = 0;            // days with a check-in or session in the last 7 days
  std::vector<SelfCareLink> links;  // items used at least once: enough data first, strongest first
  std::optional<PsfsProgress> psfs;

  bool empty() const noexcept { return daily.empty(); }
  std::int32_t first_day() const noexcept { return daily.empty() ? today : daily.front().day; }
};

// `naming`: when the PSFS activities were last renamed (ratings before it are not compared).
ProgressSummary summarize_progress(const Journal& journal, std::int32_t today,
                                   const std::optional<PsfsNaming>& naming = std::nullopt);

// The 7-day trailing average for every day from the first check-in to `last_day` whose window
// [day-6, day] holds data. Linear in days; equals seven_day_average(daily, day) at each day.
std::vector<DayValue> rolling_seven_day(const std::vector<DailyPain>& daily, std::int32_t last_day);

ChangeVerdict change_verdict(const std::vector<DailyPain>& daily, std::int32_t today,
                             const std::optional<PainChange>& change);

// The meaningful-change band under a baseline: a drop counts when it reaches 2 points or 30%,
// whichever comes first, so the band spans baseline down to baseline - min(2, 0.3 x baseline).
// None under a baseline of kMinJudgedBaseline: there is no verdict to draw.
std::optional<double> meaningful_threshold(double baseline) noexcept;

// ---- The chart's window ----

enum class ChartZoom : std::uint8_t { Month, Quarter, Year };  // 4 weeks, 3 months, 1 year
inline constexpr ChartZoom kChartZooms[] = {ChartZoom::Month, ChartZoom::Quarter, ChartZoom::Year};
int zoom_days(ChartZoom zoom) noexcept;  // 28, 91, 365

struct ChartWindow {
  std::int32_t first;  // inclusive
  std::int32_t last;   // inclusive
  int days() const noexcept { return last - first + 1; }
};

// How far back the window may be panned (days before the newest view) so it never leaves the data.
int max_pan_days(std::int32_t first_day, std::int32_t today, ChartZoom zoom) noexcept;
int clamp_pan(int pan_days, std::int32_t first_day, std::int32_t today, ChartZoom zoom) noexcept;
// The days shown: a zoom's span ending `pan_days` before today (clamped to the data).
ChartWindow chart_window(std::int32_t first_day, std::int32_t today, ChartZoom zoom, int pan_days) noexcept;
// One press of Earlier / Later or an arrow key: a week, a month or a quarter.
int pan_step_days(ChartZoom zoom) noexcept;

// Index range [begin, end) of the series items inside the window, widened by one item on each
// side so lines run to the edges. Binary search: the cost does not grow with the history.
template <typename Series>
std::pair<std::size_t, std::size_t> visible_range(const Series& series, ChartWindow window) {
  std::size_t lo = 0, hi = series.size();
  while (lo < hi) {  // first item with day >= window.first
    const std::size_t mid = (lo + hi) / 2;
    if (series[mid].day < window.first)
      lo = mid + 1;
    else
      hi = mid;
  }
  std::size_t begin = lo;
  hi = series.size();
  while (lo < hi) {  // first item with day > window.last
    const std::size_t mid = (lo + hi) / 2;
    if (series[mid].day <= window.last)
      lo = mid + 1;
    else
      hi = mid;
  }
  std::size_t end = lo;
  if (begin > 0) --begin;
  if (end < series.size()) ++end;
  return {begin, end};
}

// Date ticks along the x axis: every day (4 weeks), every Monday (3 months), or every first of
// the month (a year). `major` ticks are the ones worth a label when space allows.
enum class TickUnit : std::uint8_t { Day, Week, Month };
TickUnit tick_unit(ChartZoom zoom) noexcept;
struct ChartTick {
  std::int32_t day;
  bool major;
};
std::vector<ChartTick> chart_ticks(ChartWindow window, ChartZoom zoom);

}  // namespace unknot
