// The voice coach on dispatch's side: its actions read from JSON, and its phrases for what the
// routine, the breathing visualiser and the position test have just done, added to the outcome.
#pragma once
#include <cstdint>
#include <vector>

#include "core/flow/dispatch.h"

namespace unknot {

// Its JSON actions (voice_action_readers(), declared in action_readers.h): setVoiceCoach {on},
// setVoiceBreaths {on}, setVoiceRate {rate: "normal"|"slower"}, setVoice {voice: id or ""}, testVoice.

// The voice the coach would speak with in the app's language, or none on this device.
const DeviceVoice* usable_voice(const AppState& state);
// The coach speaks: the user turned it on, sound is on, and the device has a voice for the language.
bool coach_speaks(const AppState& state);

// Phrases for cues just given (see VoiceCoach), when the coach speaks. `user_moved`: the routine's
// cues come from the user's own start, skip, back or restart, so what is being said is cut.
void coach_routine(AppState& state, DispatchOutcome& out, const std::vector<Cue>& cues, std::int64_t now_ms,
                   bool user_moved);
void coach_breathing(AppState& state, DispatchOutcome& out, const std::vector<Cue>& cues,
                     std::int64_t now_ms);
void coach_position(AppState& state, DispatchOutcome& out, const std::vector<Cue>& cues, std::int64_t now_ms);

DispatchOutcome test_voice(AppState& state, std::int64_t now_ms);

}  // namespace unknot
