// The state() JSON of today's plan, movement breaks and the 12-week program.
#pragma once
#include <cstdint>

#include "core/flow/app_state.h"
#include "core/support/json_writer.h"

namespace unknot {

// {"routine":"full","done":1,"total":4,"items":[{"item":"walk","time":"midday","done":true,...}]}
void write_plan_state(JsonWriter& out, const AppState& state, std::int32_t today);
// {"on":true,"intervalMin":45,"quietFrom":"22:00","quietTo":"07:00","showing":false,"dueAt":...}
void write_breaks_state(JsonWriter& out, const AppState& state);
// null, or {"week":3,"level":2,"reviewDue":false,"stopped":false,...,"reviews":[...]}
void write_program_state(JsonWriter& out, const AppState& state, std::int32_t today);
// A weekly review's outcome as state() and the export file name it: "advanced", "held", ...
std::string_view outcome_key(WeekOutcome outcome);
// "name":[4,null,7]: PSFS scores, null where not rated.
void write_scores(JsonWriter& out, const char* name, const PsfsScores& scores);

}  // namespace unknot
