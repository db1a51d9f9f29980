#include "core/routine/routine_words.h"

#include <algorithm>

#include "core/routine/exercise.h"
#include "core/routine/step_cue.h"

namespace unknot {
namespace {

bool is_phase_change(Cue cue) {
  return cue == Cue::GetReady || cue == Cue::Start || cue == Cue::SwitchSides || cue == Cue::Rest ||
         cue == Cue::Done;
}

const Exercise& current_exercise(const RoutineRun& run, const RoutinePosition& position) {
  return exercise(run.plan()[position.item].exercise);
}

Variant current_variant(const RoutineRun& run, const RoutinePosition& position) {
  return run.plan()[position.item].variant;
}

// The exercise's own line for the moment: its ready, doing or breath cue.
std::string exercise_line(Locale locale, const RoutineRun& run, const RoutinePosition& position,
                          const BreathPattern& breath) {
  const Exercise& e = current_exercise(run, position);
  const Variant variant = current_variant(run, position);
  const ExerciseCues cues = variant_cues(e, variant);
  return std::string(pick(locale, step_cue_words(step_cue(position, e, variant, breath), cues)));
}

std::string side_label(Locale locale, const RoutineRun& run, const RoutinePosition& position) {
  const Exercise& e = current_exercise(run, position);
  return std::string(pick(locale, position.side == Side::First ? e.first_side : e.second_side));
}

std::string words_for(Locale locale, Cue cue, const RoutineRun& run, std::int64_t now_ms,
                      const BreathPattern& breath) {
  if (cue == Cue::Done || run.finished()) return std::string(tr(locale, Str::CueDone));
  const RoutinePosition position = run.position(now_ms);
  switch (cue) {
    case Cue::GetReady:
      return fill(
          tr(locale, Str::CueWordsGetReady),
          {std::string(pick(
               locale, variant_text(current_exercise(run, position), current_variant(run, position)).name)),
           exercise_line(locale, run, position, breath)});
    case Cue::Start:
      // The first side is named as the work begins (the second is named at the switch).
      if (position.side == Side::First)
        return fill(tr(locale, Str::CueWordsStartSide),
                    {side_label(locale, run, position), exercise_line(locale, run, position, breath)});
      return fill(tr(locale, Str::CueWordsStart), {exercise_line(locale, run, position, breath)});
    case Cue::SwitchSides: return fill(tr(locale, Str::CueWordsSwitch), {side_label(locale, run, position)});
    case Cue::Rest:
      return fill(tr(locale, Str::CueWordsRest),
                  {std::to_string(position.round + 1), std::to_string(position.rounds)});
    case Cue::TenSecondsLeft: return std::string(tr(locale, Str::CueWordsTenLeft));
    case Cue::Countdown: return std::to_string((position.remaining_ms + 999) / 1000);
    case Cue::Rep:
    case Cue::Done:
    case Cue::BreatheIn:
    case Cue::BreatheHold:
    case Cue::BreatheOut:
    case Cue::MoveReminder: break;  // each rep is a tone only; the rest are not the routine's
  }
  return {};
}

}  // namespace

std::string player_step_line(Locale locale, const RoutineRun& run, const RoutinePosition& position,
                             const BreathPattern& breath) {
  switch (position.phase) {
    case Phase::SwitchSides:
      return fill(tr(locale, Str::PlayerSwitchTo), {side_label(locale, run, position)});
    case Phase::Rest:
      return fill(tr(locale, Str::PlayerNextRound),
                  {std::to_string(position.round + 1), std::to_string(position.rounds)});
    case Phase::GetReady:
    case Phase::Work: break;
  }
  return exercise_line(locale, run, position, breath);
}

std::vector<std::string> routine_cue_words(Locale locale, const std::vector<Cue>& cues, const RoutineRun& run,
                                           std::int64_t now_ms, const BreathPattern& breath) {
  std::vector<std::string> said;
  for (std::size_t i = 0; i < cues.size(); ++i) {
    const bool overtaken =
        !is_phase_change(cues[i]) &&
        std::any_of(cues.begin() + static_cast<std::ptrdiff_t>(i) + 1, cues.end(), is_phase_change);
    if (overtaken) continue;
    std::string words = words_for(locale, cues[i], run, now_ms, breath);
    if (!words.empty()) said.push_back(std::move(words));
  }
  return said;
}

}  // namespace unknot
