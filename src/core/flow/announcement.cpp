#include "core/flow/announcement.h"

namespace unknot {

std::optional<Str> cue_words(Cue cue) noexcept {
  switch (cue) {
    case Cue::GetReady: return Str::PhaseGetReady;
    case Cue::Start: return Str::CueStart;
    case Cue::SwitchSides: return Str::PhaseSwitch;
    case Cue::Rest: return Str::PhaseRest;
    case Cue::Done: return Str::CueDone;
    case Cue::BreatheIn: return Str::BreatheIn;
    case Cue::BreatheHold: return Str::BreatheHold;
    case Cue::BreatheOut: return Str::BreatheOut;
    case Cue::Rep:
    case Cue::Countdown:
    case Cue::MoveReminder: break;  // the reminder's own announcement says it
  }
  return std::nullopt;
}

Str save_failure_words(std::string_view code) noexcept {
  if (code == "quota") return Str::SaveFailedQuota;
  if (code == "aborted") return Str::SaveFailedAborted;
  if (code == "closed") return Str::SaveFailedClosed;
  return Str::SaveFailedUnknown;
}

}  // namespace unknot
