#include "core/voice/spoken_words.h"

namespace unknot {
namespace {

bool paced_by_breath(const RoutineItem& item) {
  return item.dosage.kind == DoseKind::Reps &&
         !variant_cues(exercise(item.exercise), item.variant).breathe_in.empty();
}

}  // namespace

std::string spoken_dose(Locale locale, const RoutineItem& item) {
  const Dosage& d = item.dosage;
  std::string dose;
  if (d.kind == DoseKind::Hold && d.hold_s % 60 == 0)  // "2 minutes" is easier to take in than "120 seconds"
    dose = fill(tr_plural(locale, Str::VoiceDoseHoldMinutes, d.hold_s / 60), {std::to_string(d.hold_s / 60)});
  else if (d.kind == DoseKind::Hold)
    dose = fill(tr(locale, Str::VoiceDoseHold), {std::to_string(d.hold_s)});
  else
    dose = fill(tr_plural(locale, paced_by_breath(item) ? Str::VoiceDoseBreaths : Str::DoseReps, d.reps),
                {std::to_string(d.reps)});
  if (d.per_side) dose = fill(tr(locale, Str::VoiceDoseEachSide), {dose});
  if (d.rounds > 1)
    dose += ", " + fill(tr_plural(locale, Str::DoseRounds, d.rounds), {std::to_string(d.rounds)});
  return dose;
}

std::vector<std::string> get_ready_forms(Locale locale, const RoutineItem& item) {
  const Exercise& e = exercise(item.exercise);
  const std::string name(pick(locale, variant_text(e, item.variant).name));
  const std::string dose = spoken_dose(locale, item);
  const std::string ready(pick(locale, variant_cues(e, item.variant).ready));
  return {fill(tr(locale, Str::VoiceGetReady), {name, dose, ready}),
          fill(tr(locale, Str::VoiceExerciseHow), {name, ready}),
          fill(tr(locale, Str::VoiceExercise), {name, dose}), name};
}

std::string breath_words(Locale locale, const Exercise& exercise, Variant variant, StepCue step,
                         bool in_full) {
  const bool in = step == StepCue::BreatheIn;
  if (in_full) {
    const std::string_view full = pick(locale, step_cue_words(step, variant_cues(exercise, variant)));
    if (!full.empty()) return std::string(full);
  }
  return std::string(tr(locale, in ? Str::BreatheIn : Str::BreatheOut));
}

std::string position_rest_words(Locale locale, PositionOption option, int minutes) {
  const Str how = option == PositionOption::OnBack ? Str::Option1How : Str::Option2How;
  return fill(tr(locale, Str::VoicePositionRest), {std::string(tr(locale, how)), std::to_string(minutes)});
}

}  // namespace unknot
