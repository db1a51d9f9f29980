// What a screen reader hears at the routine's cues, and what the player shows under its figure:
// the phase with what to do in it, from the exercise's own cue lines (content/<locale>/exercises,
// "## Ready cue" and the rest), so the screen, the announcements and a voice coach say the same.
// Words are given only at the moments the cues mark (a phase change, 10 seconds left in a long
// hold, the last three seconds), never every second.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/breathing/breathing.h"
#include "core/flow/cue.h"
#include "core/i18n/strings.h"
#include "core/routine/routine_run.h"

namespace unknot {

// The line under the player's figure at this position: the exercise's cue for the moment
// ("Breathe in: let your belly sink, look up."), the side to switch to, or what comes after a rest.
std::string player_step_line(Locale locale, const RoutineRun& run, const RoutinePosition& position,
                             const BreathPattern& breath);

// The words for cues just given by the run, which now stands at `now_ms`: one string per cue that
// has words (reps have none). A countdown or "10 seconds left" followed by a phase change in the
// same batch (frames were sparse) is left unsaid: its moment has passed.
std::vector<std::string> routine_cue_words(Locale locale, const std::vector<Cue>& cues, const RoutineRun& run,
                                           std::int64_t now_ms, const BreathPattern& breath);

}  // namespace unknot
