#include "core/routine/step_cue.h"

namespace unknot {
namespace {

const Text kNoWords{};

StepCue breath_cue(const BreathPattern& breath, std::int64_t elapsed_ms) {
  switch (breath_at(breath, elapsed_ms).step) {
    case BreathStep::Inhale:
    case BreathStep::HoldIn: return StepCue::BreatheIn;
    case BreathStep::Exhale:
    case BreathStep::HoldOut: return StepCue::BreatheOut;
  }
  return StepCue::BreatheIn;
}

}  // namespace

StepCue step_cue(const RoutinePosition& position, const Exercise& exercise, Variant variant,
                 const BreathPattern& breath) {
  switch (position.phase) {
    case Phase::GetReady: return StepCue::Ready;
    case Phase::SwitchSides: return StepCue::SwitchSides;
    case Phase::Rest: return StepCue::Rest;
    case Phase::Work: break;
  }
  // The position counts reps only while a reps dose works: a hold has no breath to follow.
  const bool reps = position.reps > 0;
  if (reps && !variant_cues(exercise, variant).breathe_in.empty())
    return breath_cue(breath, position.elapsed_ms);
  return StepCue::Doing;
}

const Text& step_cue_words(StepCue cue, const ExerciseCues& cues) {
  switch (cue) {
    case StepCue::Ready: return cues.ready;
    case StepCue::Doing: return cues.doing;
    case StepCue::BreatheIn: return cues.breathe_in;
    case StepCue::BreatheOut: return cues.breathe_out;
    case StepCue::SwitchSides:
    case StepCue::Rest: return kNoWords;
  }
  return kNoWords;
}

}  // namespace unknot
