// What the journal says about the pain over time: daily averages, the last 7 days, the user's
// own baseline, and whether the change is clinically meaningful (a drop of about 2 points or
// about 30% on the 0-10 scale; Farrar et al., Pain 2001). Also a forgiving streak.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/checkin.h"

namespace unknot {

struct DailyPain {
  std::int32_t day;
  double mean;  // of that day's check-ins
  int count;
};

// One point per day with check-ins, in day order.
std::vector<DailyPain> daily_pain(const std::vector<CheckIn>& entries);

// The mean of the daily means from `first` to `last` (inclusive), if any day has data.
std::optional<double> average_over(const std::vector<DailyPain>& daily, std::int32_t first, std::int32_t last);
// The last 7 days, today included.
std::optional<double> seven_day_average(const std::vector<DailyPain>& daily, std::int32_t today);
// The first week of the journal: the 7 days starting at the first day with a check-in.
std::optional<double> baseline(const std::vector<DailyPain>& daily);

inline constexpr double kMeaningfulDropPoints = 2.0;
inline constexpr double kMeaningfulDropPercent = 30.0;

struct PainChange {
  double points;   // baseline minus now: positive means less pain
  double percent;  // of the baseline (0 when the baseline is 0)
  bool meaningful_drop;
  bool meaningful_rise;
};

// The last 7 days against the baseline week. None until the two weeks don't overlap, or
// without data in either.
std::optional<PainChange> change_from_baseline(const std::vector<DailyPain>& daily, std::int32_t today);

// Days in a row with activity, counted back from today, where one missed day between active
// days is forgiven (two in a row end the streak). Today not done yet doesn't break it.
int forgiving_streak(std::vector<std::int32_t> active_days, std::int32_t today);

}  // namespace unknot
