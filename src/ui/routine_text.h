// Words for the routine built from its numbers: a dose ("8 reps each side, 6 s per rep") and the
// player's phase word ("Rep 3 of 8", "Hold", "Switch sides").
#pragma once
#include <string>

#include "core/exercise.h"
#include "core/routine_run.h"

namespace unknot::ui {

std::string dose_text(Locale locale, const Dosage& dosage);
std::string phase_text(Locale locale, const RoutinePosition& position);
// Minutes, rounded to the nearest whole minute (at least 1).
int rounded_minutes(std::int64_t ms);

}  // namespace unknot::ui
