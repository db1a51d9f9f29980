// The sound and vibration cues every feature can ask the platform to play: the routine, the
// breathing visualiser, the position test and movement breaks all speak through these.
#pragma once

namespace unknot {

// Sound and vibration cues, distinct enough to follow with eyes closed. The breathing visualiser
// uses the last three. (Order matters: web/src/cues.js indexes by it.)
// MoveReminder: a movement break is due (see movement_breaks.h). TenSecondsLeft: in a long hold.
enum class Cue {
  GetReady,
  Start,
  Rep,
  SwitchSides,
  Rest,
  Countdown,
  TenSecondsLeft,
  Done,
  BreatheIn,
  BreatheHold,
  BreatheOut,
  MoveReminder
};

}  // namespace unknot
