// When a user's own dose is well above Unknot's default for an exercise: the Customise screen
// says so, gently. The dose limits (DosageLimits) only keep the timer sane; they say nothing about
// what is right for a back, so doubling the default is where a word of caution belongs.
#pragma once
#include "core/routine/exercise.h"

namespace unknot {

// More than this many times the default's work gets a caution.
inline constexpr int kCautionAboveDefaultTimes = 2;

// The work a dose asks for: seconds held, or reps times their tempo, times the rounds. Sides are
// left out: both the dose and the default are done on each side or neither.
long long dose_work(const Dosage& dose) noexcept;

// The dose asks for more than twice the work of the exercise's default.
bool dose_needs_caution(ExerciseId id, const Dosage& dose) noexcept;

}  // namespace unknot
