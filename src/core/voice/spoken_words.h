// The voice coach's own sentences, built from the same content files as the screen (the
// exercise's name and cue lines, content/<locale>/exercises) and the catalogs (i18n/<locale>.po).
// Spoken words spell out what the screen abbreviates: "hold for 30 seconds", not "Hold 30 s".
#pragma once
#include <string>
#include <vector>

#include "core/position/position_test.h"
#include "core/routine/exercise.h"
#include "core/routine/routine_plan.h"
#include "core/routine/step_cue.h"

namespace unknot {

// "10 slow breaths", "8 reps each side", "hold for 30 seconds each side, 2 rounds".
std::string spoken_dose(Locale locale, const RoutineItem& item);

// What to say as an exercise comes up, longest first: its name and dose with how to get into
// position; its name and how to get into position (with eyes closed, that matters more than the
// dose); its name and dose; its name.
std::vector<std::string> get_ready_forms(Locale locale, const RoutineItem& item);

// A breath step of cat cow: the move in full ("Breathe out: round your back...") or just the breath.
std::string breath_words(Locale locale, const Exercise& exercise, Variant variant, StepCue step,
                         bool in_full);

// How to lie in the position and for how long, as its rest begins.
std::string position_rest_words(Locale locale, PositionOption option, int minutes);

}  // namespace unknot
