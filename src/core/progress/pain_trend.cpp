#include "core/progress/pain_trend.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/plan/daily_plan.h"

namespace unknot {

std::vector<DailyPain> daily_pain(const std::vector<CheckIn>& entries) {
  std::map<std::int32_t, std::pair<double, int>> sums;
  for (const CheckIn& e : entries) {
    auto& [sum, count] = sums[e.day];
    sum += e.pain;
    ++count;
  }
  std::vector<DailyPain> daily;
  daily.reserve(sums.size());
  for (const auto& [day, sum_count] : sums) {
    daily.push_back({day, sum_count.first / sum_count.second, sum_count.second});
  }
  return daily;
}

std::optional<double> average_over(const std::vector<DailyPain>& daily, std::int32_t first,
                                   std::int32_t last) {
  const auto begin = std::lower_bound(daily.begin(), daily.end(), first,
                                      [](const DailyPain& d, std::int32_t day) { return d.day < day; });
  double sum = 0;
  int days = 0;
  for (auto it = begin; it != daily.end() && it->day <= last; ++it) {
    sum += it->mean;
    ++days;
  }
  if (days == 0) return std::nullopt;
  return sum / days;
}

std::optional<double> seven_day_average(const std::vector<DailyPain>& daily, std::int32_t today) {
  return average_over(daily, today - 6, today);
}

std::optional<double> baseline(const std::vector<DailyPain>& daily) {
  if (daily.empty()) return std::nullopt;
  return average_over(daily, daily.front().day, daily.front().day + 6);
}

PainChange pain_change(double before, double now) {
  PainChange change;
  change.judged = meaningful_change_judged(before);
  change.points = before - now;
  change.percent = before > 0 ? change.points / before * 100.0 : 0.0;
  // A small tolerance, so 2.0 computed as 1.9999999 still counts.
  constexpr double kEpsilon = 1e-9;
  change.meaningful_drop = change.judged && (change.points >= kMeaningfulDropPoints - kEpsilon ||
                                             change.percent >= kMeaningfulDropPercent - kEpsilon);
  change.meaningful_rise = change.judged && -change.points >= kMeaningfulDropPoints - kEpsilon;
  return change;
}

std::optional<PainChange> change_from_baseline(const std::vector<DailyPain>& daily, std::int32_t today) {
  if (daily.empty() || today - 6 <= daily.front().day + 6) return std::nullopt;  // the weeks would overlap
  const auto before = baseline(daily);
  const auto now = seven_day_average(daily, today);
  if (!before || !now) return std::nullopt;
  return pain_change(*before, *now);
}

std::vector<SelfCareLink> self_care_links(const std::vector<CheckIn>& entries,
                                          const std::vector<SessionRecord>& sessions) {
  std::map<std::int32_t, std::uint16_t> care_by_day;
  for (const CheckIn& e : entries) care_by_day[e.day] |= e.self_care;
  for (const SessionRecord& s : sessions) {
    if (s.kind == SessionKind::Plan) care_by_day[s.day] |= plan_self_care(s.plan_items);
  }
  const auto daily = daily_pain(entries);
  std::map<std::int32_t, double> pain_by_day;
  for (const DailyPain& d : daily) pain_by_day[d.day] = d.mean;

  std::vector<SelfCareLink> links;
  for (int bit = 0; bit < 9; ++bit) {
    SelfCareLink link;
    link.item = static_cast<std::uint16_t>(1u << bit);
    double sum_with = 0, sum_without = 0;
    for (const auto& [day, care] : care_by_day) {
      const auto next = pain_by_day.find(day + 1);
      if (next == pain_by_day.end()) continue;
      if (care & link.item) {
        sum_with += next->second;
        ++link.days_with;
      } else {
        sum_without += next->second;
        ++link.days_without;
      }
    }
    if (link.days_with > 0) link.next_day_with = sum_with / link.days_with;
    if (link.days_without > 0) link.next_day_without = sum_without / link.days_without;
    link.days_needed = std::max(0, kMinDaysEachSide - std::min(link.days_with, link.days_without));
    link.enough = link.days_needed == 0;
    links.push_back(link);
  }
  return links;
}

int forgiving_streak(std::vector<std::int32_t> active_days, std::int32_t today) {
  std::sort(active_days.begin(), active_days.end());
  active_days.erase(std::unique(active_days.begin(), active_days.end()), active_days.end());
  // Walk back from today: an active day counts; one missing day is forgiven, two end the streak.
  int streak = 0;
  std::int32_t expected = today;
  for (auto it = std::upper_bound(active_days.begin(), active_days.end(), today);
       it != active_days.begin();) {
    --it;
    const std::int32_t gap = expected - *it;  // missed days between this one and the one after it
    const int allowed = streak == 0 ? 2 : 1;  // today itself may still be to come
    if (gap > allowed) break;
    ++streak;
    expected = *it - 1;
  }
  return streak;
}

}  // namespace unknot
