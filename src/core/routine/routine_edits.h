// Editing the user's own routine one press at a time: leave an exercise out or put it back, move
// it up or down, a step more or less of its dose or rounds. The Customise screen sends what these
// return as SetCustomRoutine, so its rules live here once, next to the limits dispatch checks.
// Each gives nullopt when the press would change nothing or break a rule.
#pragma once
#include <cstddef>
#include <optional>

#include "core/routine/routine_plan.h"

namespace unknot {

// Leaves `id` out, or adds it at the end with its default dose. The last exercise can't be left
// out: a routine needs one.
std::optional<RoutinePlan> with_exercise_toggled(const RoutinePlan& plan, ExerciseId id);
// Swaps item `index` with its neighbour: direction -1 is up (earlier), +1 down.
std::optional<RoutinePlan> with_exercise_moved(const RoutinePlan& plan, std::size_t index, int direction);
// One step of item `index`'s main dose (5 s of a hold, or 1 rep), kept within DosageLimits.
std::optional<RoutinePlan> with_dose_stepped(const RoutinePlan& plan, std::size_t index, int direction);
// One round more or fewer for item `index`, kept within DosageLimits.
std::optional<RoutinePlan> with_rounds_stepped(const RoutinePlan& plan, std::size_t index, int direction);

}  // namespace unknot
