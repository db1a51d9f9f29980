#include "core/progress/progress_summary.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/plan/daily_plan.h"
#include "core/support/dates.h"

namespace unknot {
namespace {

constexpr double kEpsilon = 1e-9;  // so 2.0 computed as 1.9999999 still counts

std::optional<PsfsProgress> psfs_progress(const std::vector<CheckIn>& checkins,
                                          const std::optional<PsfsNaming>& naming) {
  std::vector<const CheckIn*> rated;  // in time order
  bool earlier_names = false;
  for (const CheckIn& entry : checkins) {
    if (!psfs_average(entry.psfs)) continue;
    if (rated_under_current_names(entry, naming))
      rated.push_back(&entry);
    else
      earlier_names = true;
  }
  if (rated.empty()) return std::nullopt;
  const CheckIn& latest = *rated.back();
  PsfsProgress result;
  result.rated_checkins = static_cast<int>(rated.size());
  result.since_renamed = earlier_names;
  result.latest = {latest.day, *psfs_average(latest.psfs)};
  result.first = result.latest;
  for (const CheckIn* entry : rated) {
    if (entry == &latest) break;
    if (const auto pair = psfs_paired(entry->psfs, latest.psfs)) {
      result.first = {entry->day, pair->first};
      result.latest.value = pair->latest;
      return result;
    }
  }
  result.rated_checkins = 1;  // nothing earlier to compare with: as if rated once
  return result;
}

std::vector<SelfCareLink> used_links_by_strength(const Journal& journal) {
  std::uint16_t used = 0;
  for (const CheckIn& entry : journal.checkins) used |= entry.self_care;
  for (const SessionRecord& s : journal.sessions) used |= plan_self_care(s.plan_items);
  std::vector<SelfCareLink> links = self_care_links(journal.checkins, journal.sessions);
  links.erase(
      std::remove_if(links.begin(), links.end(), [used](const SelfCareLink& l) { return !(used & l.item); }),
      links.end());
  // Items with enough data first, the strongest association with lower pain at the top; then the
  // ones closest to having enough. Ties keep the items' own order.
  std::stable_sort(links.begin(), links.end(), [](const SelfCareLink& a, const SelfCareLink& b) {
    if (a.enough != b.enough) return a.enough;
    if (a.enough) return a.difference() > b.difference();
    return a.days_needed < b.days_needed;
  });
  return links;
}

}  // namespace

bool PsfsProgress::meaningful_gain() const noexcept {
  return change() >= kMeaningfulPsfsChange - kEpsilon;
}
bool PsfsProgress::meaningful_loss() const noexcept {
  return -change() >= kMeaningfulPsfsChange - kEpsilon;
}

std::vector<DayValue> rolling_seven_day(const std::vector<DailyPain>& daily, std::int32_t last_day) {
  std::vector<DayValue> rolling;
  if (daily.empty() || last_day < daily.front().day) return rolling;
  rolling.reserve(static_cast<std::size_t>(std::min<std::int64_t>(
      std::int64_t{last_day} - daily.front().day + 1, static_cast<std::int64_t>(daily.size()) * 7)));
  // A sliding window over the days: add the day entering, drop the one leaving.
  double sum = 0;
  int count = 0;
  std::size_t enter = 0, leave = 0;
  for (std::int32_t day = daily.front().day; day <= last_day; ++day) {
    if (count == 0 && enter < daily.size() && daily[enter].day > day) {
      day = daily[enter].day;  // skip a gap with nothing in the window
      if (day > last_day) break;
    }
    while (enter < daily.size() && daily[enter].day <= day) {
      sum += daily[enter].mean;
      ++count;
      ++enter;
    }
    while (leave < enter && daily[leave].day < day - 6) {
      sum -= daily[leave].mean;
      --count;
      ++leave;
    }
    if (count > 0) {
      rolling.push_back({day, sum / count});
    } else {
      sum = 0;  // drop rounding left over from the last window
    }
    if (count == 0 && enter == daily.size()) break;
  }
  return rolling;
}

ChangeVerdict change_verdict(const std::vector<DailyPain>& daily, std::int32_t today,
                             const std::optional<PainChange>& change) {
  if (daily.empty()) return ChangeVerdict::NoData;
  const std::int32_t first = daily.front().day;
  if (today < first + 7) return ChangeVerdict::FirstWeek;
  if (today - 6 <= first + 6) return ChangeVerdict::NeedSecondWeek;  // as change_from_baseline
  if (!change) return ChangeVerdict::NoRecentData;
  if (!change->judged) {
    if (std::abs(change->points) < kAboutTheSamePoints - kEpsilon) return ChangeVerdict::AboutTheSame;
    return change->points > 0 ? ChangeVerdict::LowBaselineLower : ChangeVerdict::LowBaselineHigher;
  }
  if (change->meaningful_drop) return ChangeVerdict::MeaningfulDrop;
  if (change->meaningful_rise) return ChangeVerdict::MeaningfulRise;
  if (change->points >= kAboutTheSamePoints - kEpsilon) return ChangeVerdict::SmallDrop;
  if (-change->points >= kAboutTheSamePoints - kEpsilon) return ChangeVerdict::SmallRise;
  return ChangeVerdict::AboutTheSame;
}

std::optional<double> meaningful_threshold(double baseline) noexcept {
  if (!meaningful_change_judged(baseline)) return std::nullopt;
  return baseline - std::min(kMeaningfulDropPoints, baseline * kMeaningfulDropPercent / 100.0);
}

ProgressSummary summarize_progress(const Journal& journal, std::int32_t today,
                                   const std::optional<PsfsNaming>& naming) {
  ProgressSummary s;
  s.revision = journal.revision;
  // An entry dated after today (a time-zone change, a clock set wrong) moves today forward, so
  // the newest entry is always on the chart and in the last week.
  std::vector<std::int32_t> active;
  active.reserve(journal.checkins.size() + journal.sessions.size());
  for (const CheckIn& entry : journal.checkins) active.push_back(entry.day);
  for (const SessionRecord& session : journal.sessions) active.push_back(session.day);
  for (std::int32_t day : active) today = std::max(today, day);
  s.today = today;

  s.daily = daily_pain(journal.checkins);
  s.rolling = rolling_seven_day(s.daily, today);
  s.baseline = baseline(s.daily);
  s.last_seven = seven_day_average(s.daily, today);
  s.change = change_from_baseline(s.daily, today);
  s.verdict = change_verdict(s.daily, today, s.change);
  if (!s.daily.empty()) s.compare_from = s.daily.front().day + 13;

  const std::int32_t this_monday = today - weekday(today);
  const std::int32_t oldest_monday = this_monday - 7 * (kSessionWeeks - 1);
  for (int i = 0; i < kSessionWeeks; ++i) s.weeks.push_back({oldest_monday + 7 * i, 0});
  for (const SessionRecord& session : journal.sessions) {
    if (!is_practice(session)) continue;  // a day's plan ticks make it active, but are no session
    if (session.day < oldest_monday || session.day > this_monday + 6) continue;
    ++s.weeks[static_cast<std::size_t>((session.day - oldest_monday) / 7)].sessions;
  }

  s.streak = forgiving_streak(active, today);  // sorts its own copy
  std::sort(active.begin(), active.end());
  active.erase(std::unique(active.begin(), active.end()), active.end());
  s.active_last_7 = static_cast<int>(std::upper_bound(active.begin(), active.end(), today) -
                                     std::lower_bound(active.begin(), active.end(), today - 6));

  s.links = used_links_by_strength(journal);
  s.psfs = psfs_progress(journal.checkins, naming);
  return s;
}

// ---- The chart's window ----

namespace {

// What each zoom shows: its span, one pan step, and the unit of its date ticks.
struct ZoomSpec {
  int days;
  int step;
  TickUnit ticks;
};
constexpr ZoomSpec kZoomSpecs[] = {
    {28, 7, TickUnit::Day},      // Month: 4 weeks, a week a step, a tick a day
    {91, 30, TickUnit::Week},    // Quarter: 3 months, a month a step, a tick a Monday
    {365, 91, TickUnit::Month},  // Year: a quarter a step, a tick a month
};
const ZoomSpec& spec(ChartZoom zoom) noexcept {
  return kZoomSpecs[static_cast<std::size_t>(zoom)];
}

}  // namespace

int zoom_days(ChartZoom zoom) noexcept {
  return spec(zoom).days;
}
int pan_step_days(ChartZoom zoom) noexcept {
  return spec(zoom).step;
}
TickUnit tick_unit(ChartZoom zoom) noexcept {
  return spec(zoom).ticks;
}

int max_pan_days(std::int32_t first_day, std::int32_t today, ChartZoom zoom) noexcept {
  return std::max(0, (today - first_day) - (zoom_days(zoom) - 1));
}

int clamp_pan(int pan_days, std::int32_t first_day, std::int32_t today, ChartZoom zoom) noexcept {
  return std::clamp(pan_days, 0, max_pan_days(first_day, today, zoom));
}

ChartWindow chart_window(std::int32_t first_day, std::int32_t today, ChartZoom zoom, int pan_days) noexcept {
  const std::int32_t last = today - clamp_pan(pan_days, first_day, today, zoom);
  return ChartWindow{last - zoom_days(zoom) + 1, last};
}

std::vector<ChartTick> chart_ticks(ChartWindow window, ChartZoom zoom) {
  std::vector<ChartTick> ticks;
  switch (tick_unit(zoom)) {
    case TickUnit::Day:
      for (std::int32_t day = window.first; day <= window.last; ++day)
        ticks.push_back({day, weekday(day) == 0});
      break;
    case TickUnit::Week:
      for (std::int32_t day = window.first + (7 - weekday(window.first)) % 7; day <= window.last; day += 7) {
        ticks.push_back({day, true});
      }
      break;
    case TickUnit::Month: {
      CivilDate date = civil_from_days(window.first);
      if (date.day != 1)
        date = date.month == 12 ? CivilDate{date.year + 1, 1, 1} : CivilDate{date.year, date.month + 1, 1};
      for (std::int32_t day = days_from_civil(date); day <= window.last; day = days_from_civil(date)) {
        ticks.push_back({day, true});
        date = date.month == 12 ? CivilDate{date.year + 1, 1, 1} : CivilDate{date.year, date.month + 1, 1};
      }
      break;
    }
  }
  return ticks;
}

}  // namespace unknot
