// What the journal says about the pain over time: daily averages, the last 7 days, the user's
// own baseline, and whether the change is clinically meaningful (a drop of about 2 points or
// about 30% on the 0-10 scale; Farrar et al., Pain 2001). Also a forgiving streak.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/journal/checkin.h"
#include "core/routine/session_record.h"

namespace unknot {

struct DailyPain {
  std::int32_t day;
  double mean;  // of that day's check-ins
  int count;
};

// One point per day with check-ins, in day order.
std::vector<DailyPain> daily_pain(const std::vector<CheckIn>& entries);

// The mean of the daily means from `first` to `last` (inclusive), if any day has data.
std::optional<double> average_over(const std::vector<DailyPain>& daily, std::int32_t first,
                                   std::int32_t last);
// The last 7 days, today included.
std::optional<double> seven_day_average(const std::vector<DailyPain>& daily, std::int32_t today);
// The first week of the journal: the 7 days starting at the first day with a check-in.
std::optional<double> baseline(const std::vector<DailyPain>& daily);

inline constexpr double kMeaningfulDropPoints = 2.0;
inline constexpr double kMeaningfulDropPercent = 30.0;
// Below this baseline a 2-point or 30% change is too small to judge: say the numbers plainly.
inline constexpr double kMinJudgedBaseline = 3.0;
inline bool meaningful_change_judged(double baseline) noexcept {
  return baseline >= kMinJudgedBaseline - 1e-9;
}

struct PainChange {
  double points;   // baseline minus now: positive means less pain
  double percent;  // of the baseline (0 when the baseline is 0)
  bool meaningful_drop;
  bool meaningful_rise;
};

// A change from `before` to `now`, with the meaningful-change verdicts.
PainChange pain_change(double before, double now);

// The last 7 days against the baseline week. None until the two weeks don't overlap, or
// without data in either.
std::optional<PainChange> change_from_baseline(const std::vector<DailyPain>& daily, std::int32_t today);

// Which self-care went with lower pain the next day. For each item: the mean pain on days after
// a day it was used, against days after a day it wasn't. An association in the user's own data,
// not proof it helped; reported only with enough days on both sides.
inline constexpr int kMinDaysEachSide = 5;

struct SelfCareLink {
  std::uint16_t item;           // one SelfCare bit
  int days_with = 0;            // next-day pain known after a day with the item
  int days_without = 0;         // ... and after a day without it
  double next_day_with = 0;     // mean next-day pain after days with it
  double next_day_without = 0;  // ... and without it
  bool enough = false;          // both sides have kMinDaysEachSide days
  int days_needed = 0;          // more days (on the short side) before it can be said
  double difference() const noexcept { return next_day_without - next_day_with; }  // > 0: lower with it
};

// The self-care of a day is the check-ins' and the items ticked on that day's plan.
std::vector<SelfCareLink> self_care_links(const std::vector<CheckIn>& entries,
                                          const std::vector<SessionRecord>& sessions = {});

// Days in a row with activity, counted back from today, where one missed day between active
// days is forgiven (two in a row end the streak). Today not done yet doesn't break it.
int forgiving_streak(std::vector<std::int32_t> active_days, std::int32_t today);

}  // namespace unknot
