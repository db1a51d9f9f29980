// A finished practice session, as the journal keeps it: a routine (with the pain before and
// after, when the user rated it), a breathing session, or a position test. Also the day's
// self-care ticked off on today's plan: one Plan record per day, updated as items are ticked.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "core/routine/routine_plan.h"
#include "core/support/result.h"

namespace unknot {

enum class SessionKind : std::uint8_t { Routine, Breathing, PositionTest, Plan };

struct SessionRecord {
  std::string id;          // stable and unique, like a check-in's
  std::int64_t at_ms = 0;  // when it started
  std::int16_t utc_offset_min = 0;
  std::int32_t day = 0;  // local calendar day it started on
  SessionKind kind = SessionKind::Routine;
  RoutineKind routine = RoutineKind::Full;  // for routines only
  std::int64_t active_ms = 0;               // time spent, pauses excluded
  int done = 0;                             // exercises done (routine) or breaths taken (breathing)
  int total = 0;                            // exercises in the plan (routine); 0 otherwise
  bool ended_early = false;
  std::optional<int> pain_before;  // 0-10, if rated
  std::optional<int> pain_after;
  std::uint8_t plan_items = 0;  // Plan only: the PlanItem bits ticked that day (see daily_plan.h)

  bool operator==(const SessionRecord& o) const;
  bool operator!=(const SessionRecord& o) const { return !(*this == o); }
};

// A practice session (routine, breathing, position test), as opposed to a day's plan ticks:
// only these count as sessions in weekly counts.
inline bool is_practice(const SessionRecord& s) {
  return s.kind != SessionKind::Plan;
}

Result<SessionRecord> validate_session(const SessionRecord& session);

}  // namespace unknot
