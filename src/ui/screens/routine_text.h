// Words built from numbers: a dose ("8 reps each side, 6 s per rep"), the player's phase word
// ("Rep 3 of 8", "Hold", "Switch sides"), and times ("2:05").
#pragma once
#include <string>
#include <string_view>

#include "core/routine/exercise.h"
#include "core/routine/routine_run.h"

namespace unknot::ui {

// Cat cow's reps follow the breath, so its tempo is said as "one breath each".
std::string dose_text(Locale locale, const Dosage& dosage, bool paced_by_breath = false);
std::string reps_text(Locale locale, int reps);      // "1 rep", "8 reps"
std::string rounds_text(Locale locale, int rounds);  // "1 round", "2 rounds"
std::string phase_text(Locale locale, const RoutinePosition& position);
// A countdown or duration as m:ss, seconds rounded up (so "0:01" shows until the very end).
std::string clock_text(std::int64_t ms);
// What a screen reader hears for an exercise's drawing: "Drawing: Cat cow".
std::string figure_words(Locale locale, std::string_view exercise_name);
// Minutes, rounded to the nearest whole minute (at least 1).
int rounded_minutes(std::int64_t ms);

}  // namespace unknot::ui
