// The JSON snapshot of the app state that window.unknot.state() returns. Timers are reported as
// of now_ms (the caller brings the routine up to the clock first).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/flow/app_state.h"
#include "core/support/json_writer.h"

namespace unknot {

// utc_offset_min is the user's time zone now, for which calendar day "today" is.
std::string state_to_json(const AppState& state, std::int64_t now_ms = 0, int utc_offset_min = 0);

std::string_view phase_id(Phase phase) noexcept;
// A routine as [{exercise, dosage: {kind, holdS, reps, repMs, perSide, rounds, restS}}, ...]:
// state().customRoutine and the export file's settings.customRoutine.
void write_routine_plan(JsonWriter& out, const RoutinePlan& plan);
// {kind, holdS, reps, repMs, perSide, rounds, restS}: a dose as state() and the export file word it.
void write_dosage_object(JsonWriter& out, const Dosage& dosage);
// The position test's verdict as state() and the export file name it.
std::string_view verdict_id(PositionVerdict verdict);

}  // namespace unknot
