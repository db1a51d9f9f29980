#include "core/flow/announcement.h"

#include "core/storage/storage_codes.h"

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
    case Cue::TenSecondsLeft:
    case Cue::MoveReminder: break;  // the reminder's own announcement says it
  }
  return std::nullopt;
}

Str save_failure_words(std::string_view code) noexcept {
  namespace failure = storage_codes::write_failure;
  if (code == failure::kQuota) return Str::SaveFailedQuota;
  if (code == failure::kAborted) return Str::SaveFailedAborted;
  if (code == failure::kClosed) return Str::SaveFailedClosed;
  return Str::SaveFailedUnknown;
}

}  // namespace unknot
