// Today's plan, movement breaks and the 12-week program on the side of dispatch.
#pragma once
#include "core/flow/dispatch.h"

namespace unknot {

DispatchOutcome tick_plan_item(AppState& state, const TickPlanItem& action, const Moment& now);
DispatchOutcome set_plan_item(AppState& state, const SetPlanItem& action);
DispatchOutcome set_plan_time(AppState& state, const SetPlanTime& action);
DispatchOutcome set_plan_routine(AppState& state, const SetPlanRoutine& action);
DispatchOutcome set_movement_breaks(AppState& state, const SetMovementBreaks& action, const Moment& now);
DispatchOutcome finish_break(AppState& state, const FinishBreak& action, const Moment& now);
DispatchOutcome start_program(AppState& state, const StartProgram& action, const Moment& now);
DispatchOutcome resume_program(AppState& state, const Moment& now);
DispatchOutcome review_week(AppState& state, const ReviewWeek& action, const Moment& now);
DispatchOutcome end_program(AppState& state);

// Shows the care page for `signs` (marked there), with what it says about the program, and
// announces it assertively: warning signs come first.
DispatchOutcome open_care(AppState& state, std::uint16_t signs, CareNote note = CareNote::None);

// On every Tick: shows a movement break when one is due (with its cue and announcement).
void advance_movement_breaks(AppState& state, const Moment& now, DispatchOutcome& outcome);

// The routine today's plan means: the program's while one is active, else the plan's own.
RoutineKind planned_routine(const AppState& state);

// Today in the user's time zone.
std::int32_t today(const Moment& now);

}  // namespace unknot
