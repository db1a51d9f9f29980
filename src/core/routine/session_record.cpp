#include "core/routine/session_record.h"

#include "core/journal/checkin.h"
#include "core/plan/daily_plan.h"
#include "core/support/dates.h"
#include "core/support/utf8.h"

namespace unknot {

bool SessionRecord::operator==(const SessionRecord& o) const {
  return id == o.id && at_ms == o.at_ms && utc_offset_min == o.utc_offset_min && day == o.day &&
         kind == o.kind && routine == o.routine && active_ms == o.active_ms && done == o.done &&
         total == o.total && ended_early == o.ended_early && pain_before == o.pain_before &&
         pain_after == o.pain_after && plan_items == o.plan_items;
}

Result<SessionRecord> validate_session(const SessionRecord& s) {
  using R = Result<SessionRecord>;
  if (s.id.empty() || s.id.size() > kMaxIdBytes) return R::fail("id must be 1 to 64 characters");
  if (!valid_utf8(s.id)) return R::fail("the id must be valid UTF-8 text");
  if (s.at_ms < 0) return R::fail("the time is before 1970");
  if (!utc_offset_in_range(s.utc_offset_min)) return R::fail("the time zone is out of range");
  if (s.day != local_day(s.at_ms, s.utc_offset_min)) return R::fail("the day does not match the time");
  if (static_cast<int>(s.kind) > static_cast<int>(SessionKind::Plan)) return R::fail("unknown session kind");
  if (static_cast<int>(s.routine) > static_cast<int>(RoutineKind::Program))
    return R::fail("unknown routine kind");
  if (s.plan_items & ~kAllPlanItems) return R::fail("unknown plan item");
  if (s.plan_items != 0 && s.kind != SessionKind::Plan) return R::fail("only a plan record lists plan items");
  constexpr std::int64_t kDayMs = 86'400'000;
  if (s.active_ms < 0 || s.active_ms > kDayMs)
    return R::fail("the session length must be from 0 to 24 hours");
  if (s.done < 0 || s.total < 0 || s.done > 100000 || s.total > 100)
    return R::fail("the session counts are out of range");
  for (const auto& pain : {s.pain_before, s.pain_after}) {
    if (pain && (*pain < 0 || *pain > 10)) return R::fail("pain must be a whole number from 0 to 10");
  }
  return R::ok(s);
}

}  // namespace unknot
