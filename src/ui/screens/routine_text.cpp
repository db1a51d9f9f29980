#include "ui/screens/routine_text.h"

#include <algorithm>
#include <cstdio>

namespace unknot::ui {
namespace {

std::string number(int n) {
  return std::to_string(n);
}

// Tempo in seconds, with one decimal only when needed ("6", "2.5" / "2,5").
std::string seconds_text(Locale locale, int ms) {
  return decimal(locale, ms / 1000.0, ms % 1000 == 0 ? 0 : 1);
}

}  // namespace

std::string reps_text(Locale locale, int reps) {
  return fill(tr_plural(locale, Str::DoseReps, reps), {number(reps)});
}

std::string rounds_text(Locale locale, int rounds) {
  return fill(tr_plural(locale, Str::DoseRounds, rounds), {number(rounds)});
}

std::string dose_text(Locale locale, const Dosage& d, bool paced_by_breath) {
  std::string text = d.kind == DoseKind::Reps ? reps_text(locale, d.reps)
                                              : fill(tr(locale, Str::DoseHold), {number(d.hold_s)});
  if (d.per_side) text += " " + std::string(tr(locale, Str::DoseEachSide));
  if (d.rounds > 1) text += ", " + rounds_text(locale, d.rounds);
  if (d.kind == DoseKind::Reps) {
    text += ", " + (paced_by_breath ? std::string(tr(locale, Str::DoseBreathTempo))
                                    : fill(tr(locale, Str::DoseTempo), {seconds_text(locale, d.rep_ms)}));
  }
  return text;
}

std::string phase_text(Locale locale, const RoutinePosition& p) {
  switch (p.phase) {
    case Phase::GetReady: return std::string(tr(locale, Str::PhaseGetReady));
    case Phase::SwitchSides: return std::string(tr(locale, Str::PhaseSwitch));
    case Phase::Rest: return std::string(tr(locale, Str::PhaseRest));
    case Phase::Work: break;
  }
  if (p.reps > 0) return fill(tr(locale, Str::PhaseRep), {number(p.rep), number(p.reps)});
  return std::string(tr(locale, Str::PhaseHold));
}

std::string clock_text(std::int64_t ms) {
  const std::int64_t seconds = (std::max<std::int64_t>(0, ms) + 999) / 1000;
  char text[16];
  std::snprintf(text, sizeof text, "%d:%02d", static_cast<int>(seconds / 60), static_cast<int>(seconds % 60));
  return text;
}

std::string figure_words(Locale locale, std::string_view exercise_name) {
  return fill(tr(locale, Str::FigureOf), {std::string(exercise_name)});
}

int rounded_minutes(std::int64_t ms) {
  return std::max(1, static_cast<int>((ms + 30000) / 60000));
}

}  // namespace unknot::ui
