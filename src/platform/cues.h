// Sound and vibration for the routine's cues, and keeping the screen awake while it runs.
#pragma once
#include "core/flow/cue.h"

namespace unknot::platform {

// Plays the cue's own short sound (if `sound`) and vibration pattern (if `vibration` and the
// device allows it). Distinct per cue, so a routine can be followed with eyes closed.
void play_cue(Cue cue, bool sound, bool vibration);

// Holds a screen wake lock while `awake` (where the browser has the Wake Lock API).
void keep_screen_awake(bool awake);

}  // namespace unknot::platform
