#include "core/plan/daily_plan.h"

#include <algorithm>

#include "core/journal/checkin.h"
#include "core/journal/journal.h"

namespace unknot {

Result<DailyPlan> validate_daily_plan(const DailyPlan& plan) {
  using R = Result<DailyPlan>;
  if (plan.items & ~kAllPlanItems) return R::fail("unknown plan item");
  if (plan.routine != RoutineKind::Full && plan.routine != RoutineKind::Short) {
    return R::fail("the plan's routine must be full or short");
  }
  for (PlanTime time : plan.times) {
    if (static_cast<std::size_t>(time) >= kPlanTimeCount) return R::fail("unknown time of day");
  }
  return R::ok(plan);
}

const SessionRecord* plan_record_for_day(const Journal& journal, std::int32_t day) {
  // Newest first: today's record is near the end, and two tabs' records for one day both count.
  for (auto it = journal.sessions.rbegin(); it != journal.sessions.rend() && it->day >= day - 1; ++it) {
    if (it->kind == SessionKind::Plan && it->day == day) return &*it;
  }
  return nullptr;
}

namespace {

// What sessions in the journal already did today: a routine, a breathing session, a position test.
std::uint8_t done_by_sessions(const Journal& journal, std::int32_t day) {
  std::uint8_t done = 0;
  for (auto it = journal.sessions.rbegin(); it != journal.sessions.rend() && it->day >= day - 1; ++it) {
    if (it->day != day) continue;
    if (it->kind == SessionKind::Routine) done |= plan_bit(PlanItem::Routine);
    if (it->kind == SessionKind::Breathing) done |= plan_bit(PlanItem::Breathing);
    if (it->kind == SessionKind::PositionTest) done |= plan_bit(PlanItem::PositionPractice);
  }
  return done;
}

}  // namespace

std::vector<PlanLine> plan_for_day(const DailyPlan& plan, const Journal& journal, std::int32_t day) {
  const SessionRecord* record = plan_record_for_day(journal, day);
  const std::uint8_t ticked = record ? record->plan_items : 0;
  const std::uint8_t by_session = done_by_sessions(journal, day);
  std::vector<PlanLine> lines;
  for (std::size_t i = 0; i < kPlanItemCount; ++i) {
    const auto item = static_cast<PlanItem>(i);
    if (!plan.includes(item)) continue;
    lines.push_back(PlanLine{item, plan.time_of(item), (ticked & plan_bit(item)) != 0,
                             (by_session & plan_bit(item)) != 0});
  }
  // Any time goes last: the day's fixed moments first, in the order they come.
  auto order = [](PlanTime t) { return t == PlanTime::AnyTime ? 99 : static_cast<int>(t); };
  std::stable_sort(lines.begin(), lines.end(),
                   [&](const PlanLine& a, const PlanLine& b) { return order(a.time) < order(b.time); });
  return lines;
}

std::uint16_t plan_self_care(std::uint8_t plan_items) {
  static constexpr std::uint16_t kCare[kPlanItemCount] = {
      kStretching | kCoreWork,  // the routine stretches and strengthens
      kDeepBreaths,
      kWalk,
      kWater,
      kHeat,
      kFoamRollerOrBall,
      kDeepBreaths,  // position practice: resting in the position that helps, breathing slowly
  };
  std::uint16_t care = 0;
  for (std::size_t i = 0; i < kPlanItemCount; ++i) {
    if (plan_items & (1u << i)) care |= kCare[i];
  }
  return care;
}

}  // namespace unknot
