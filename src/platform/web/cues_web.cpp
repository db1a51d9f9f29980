#include "platform/cues.h"

extern "C" {
void unknot_js_play_cue(int cue, int sound, int vibration);
void unknot_js_keep_awake(int awake);
}

namespace unknot::platform {

void play_cue(Cue cue, bool sound, bool vibration) {
  unknot_js_play_cue(static_cast<int>(cue), sound ? 1 : 0, vibration ? 1 : 0);
}

void keep_screen_awake(bool awake) {
  unknot_js_keep_awake(awake ? 1 : 0);
}

}  // namespace unknot::platform
