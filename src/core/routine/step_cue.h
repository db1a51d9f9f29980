// The one short line the routine player shows under the exercise figure, in large text, at each
// moment of a routine (and a voice coach would say): get into position, what to keep doing, or for
// cat cow, whose reps follow the breath, the move of this half of the breath.
#pragma once
#include "core/breathing/breathing.h"
#include "core/i18n/text.h"
#include "core/routine/exercise.h"
#include "core/routine/routine_run.h"

namespace unknot {

enum class StepCue { Ready, Doing, BreatheIn, BreatheOut, SwitchSides, Rest };

// Which line goes with this position of a routine, for the exercise and variant being done there.
// Getting ready, switching sides and resting have their own; during the work, an exercise done in
// reps whose cues follow the breath (cat cow, one breath a rep) says the move of the breath's
// current step, at the user's pattern (`breath`), the pattern that paced its reps; a hold of the
// breath keeps the cue of the step before it. Any other work says what to keep doing.
StepCue step_cue(const RoutinePosition& position, const Exercise& exercise, Variant variant,
                 const BreathPattern& breath);

// A cue's words from the exercise's (variant_cues()). SwitchSides and Rest have no exercise words
// (the UI says them in its own strings): an empty Text.
const Text& step_cue_words(StepCue cue, const ExerciseCues& cues);

}  // namespace unknot
