// Today's plan: the few things the user means to do each day (the routine, a breathing session,
// a walk, water, and chosen extras), each at a time of day they pick. Ticking an item records it
// as self-care in the journal: one Plan record per day, whose ticked items grow and shrink.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/routine/routine_plan.h"
#include "core/support/result.h"

namespace unknot {

struct Journal;
struct SessionRecord;

enum class PlanItem : std::uint8_t { Routine, Breathing, Walk, Water, Heat, BallMassage, PositionPractice };
inline constexpr std::size_t kPlanItemCount = 7;
inline constexpr std::uint8_t kAllPlanItems = (1 << kPlanItemCount) - 1;
inline constexpr std::uint8_t plan_bit(PlanItem item) {
  return static_cast<std::uint8_t>(1u << static_cast<int>(item));
}

// When in the day the user means to do it; the plan lists items in this order.
enum class PlanTime : std::uint8_t { AnyTime, Morning, Midday, Evening, Bedtime };
inline constexpr std::size_t kPlanTimeCount = 5;

struct DailyPlan {
  // The routine, breathing, a walk and water; the extras (heat, ball massage, position practice
  // before bed) are the user's to add.
  std::uint8_t items = plan_bit(PlanItem::Routine) | plan_bit(PlanItem::Breathing) |
                       plan_bit(PlanItem::Walk) | plan_bit(PlanItem::Water);
  RoutineKind routine = RoutineKind::Full;  // Full or Short (the program's routine replaces it while on)
  std::array<PlanTime, kPlanItemCount> times = {PlanTime::Morning, PlanTime::Evening, PlanTime::Midday,
                                                PlanTime::AnyTime, PlanTime::Evening, PlanTime::Evening,
                                                PlanTime::Bedtime};

  bool includes(PlanItem item) const { return (items & plan_bit(item)) != 0; }
  PlanTime time_of(PlanItem item) const { return times[static_cast<std::size_t>(item)]; }
  bool operator==(const DailyPlan& o) const {
    return items == o.items && routine == o.routine && times == o.times;
  }
  bool operator!=(const DailyPlan& o) const { return !(*this == o); }
};

Result<DailyPlan> validate_daily_plan(const DailyPlan& plan);

// One line of today's plan, as home shows it.
struct PlanLine {
  PlanItem item;
  PlanTime time;
  bool ticked = false;           // ticked off by the user today
  bool done_by_session = false;  // a routine / breathing session / position test is in the journal today
  bool done() const { return ticked || done_by_session; }
};

// The plan's chosen items for a day, by time of day, with what is already done.
std::vector<PlanLine> plan_for_day(const DailyPlan& plan, const Journal& journal, std::int32_t day);
// The day's Plan record, if any item has been ticked that day.
const SessionRecord* plan_record_for_day(const Journal& journal, std::int32_t day);

// The journal's self-care words for ticked plan items, so they count with check-ins' self-care.
std::uint16_t plan_self_care(std::uint8_t plan_items);

}  // namespace unknot
