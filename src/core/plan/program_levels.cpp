#include "core/plan/program_levels.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstddef>

namespace unknot {
namespace {

constexpr Variant E = Variant::Easier, S = Variant::Standard, H = Variant::Harder;

// One level from week 2 on: every exercise's variant, in ExerciseId order, and a dose step.
struct Level {
  std::array<Variant, kExerciseCount> variants;
  int dose_step;  // -2 to +1: below the default doses, the defaults, a little above
};

// A physiotherapist's usual order: the gentle mobility moves and the breathing reach their
// standard first, the stretches next, and the two strengthening moves (bird dog, donkey kicks)
// last; a new harder variant comes back to the default dose before its dose grows. Seal stretch
// stays on the forearms until the last week: straight arms bend the lower back the furthest.
//                      cat cow child's bird dog rotation donkey hip flexor seal  breathing
constexpr std::array<Level, kProgramLevels - 1> kLevels = {{
    {{E, E, E, E, E, E, E, E}, -2},  // 1: every exercise, the easier variants, short doses
    {{E, E, E, E, E, E, E, E}, -1},  // 2: the same, a little more of each
    {{S, E, E, S, E, E, E, S}, -1},  // 3: cat cow, rotation and breathing as the article has them
    {{S, S, E, S, E, S, S, S}, -1},  // 4: the stretches too
    {{S, S, S, S, E, S, S, S}, 0},   // 5: the full bird dog; default doses
    {{S, S, S, S, S, S, S, S}, 0},   // 6: the whole routine at its defaults
    {{S, S, S, S, S, S, S, S}, 1},   // 7: a little more of each
    {{H, S, H, H, S, S, S, S}, 0},   // 8: rock back, a longer bird dog hold, arms out
    {{H, S, H, H, H, H, S, H}, 0},   // 9: straight-leg kicks, the reach, breathing sitting tall
    {{H, H, H, H, H, H, S, H}, 0},   // 10: the kneeling side bend
    {{H, H, H, H, H, H, H, H}, 1},   // 11: seal stretch on straight arms, a little more of each
}};

Variant gentler(Variant variant) {
  return variant == Variant::Harder ? Variant::Standard : Variant::Easier;
}

// The default dose moved `step` steps: 2 reps, 5 s of hold or 30 s of breathing a step; below
// the defaults a stretch also does one round fewer.
Dosage dose_at(ExerciseId id, Variant variant, int step) {
  Dosage d = exercise(id).dosage;
  if (id == ExerciseId::DiaphragmaticBreathing) {
    d.hold_s = std::min(d.hold_s, d.hold_s + 30 * step);  // 3 minutes is enough: it never grows
  } else if (d.kind == DoseKind::Reps) {
    d.reps = std::clamp(d.reps + 2 * step, 5, 15);
  } else {
    d.hold_s = std::clamp(d.hold_s + 5 * step, 15, 45);
    if (step < 0) d.rounds = std::max(1, d.rounds - 1);
  }
  // Bird dog's harder variant holds about 5 s at full reach: half of each rep is the hold.
  if (id == ExerciseId::BirdDog && variant == Variant::Harder) d.rep_ms = 10000;
  return d;
}

}  // namespace

RoutinePlan program_routine(int level, std::uint8_t cautions) {
  assert(level >= 0 && level < kProgramLevels && "validate_program keeps the level in range");
  level = std::clamp(level, 0, kProgramLevels - 1);
  RoutinePlan plan;
  if (level == 0) {
    plan = short_routine();  // the first week: the short routine, which ends at rest
  } else {
    const Level& at = kLevels[static_cast<std::size_t>(level - 1)];
    for (const Exercise& e : exercise_catalog()) {
      const Variant variant = at.variants[static_cast<std::size_t>(e.id)];
      plan.push_back({e.id, dose_at(e.id, variant, at.dose_step), variant});
    }
  }
  if (cautions != 0) {
    // One variant gentler everywhere, and no dose above the default. Seal stretch, the deepest
    // back bend and done lying on the belly, stays supported on a pillow whatever the level.
    for (RoutineItem& item : plan) {
      item.variant = item.exercise == ExerciseId::SealStretch ? Variant::Easier : gentler(item.variant);
      const Dosage standard = dose_at(item.exercise, item.variant, 0);
      Dosage& d = item.dosage;
      d.reps = std::min(d.reps, standard.reps);
      d.hold_s = std::min(d.hold_s, standard.hold_s);
      d.rounds = std::min(d.rounds, standard.rounds);
      d.rep_ms = standard.rep_ms;
    }
  }
  // Lying on the belly doesn't suit pregnancy beyond its first weeks: the seal stretch is left out.
  if (cautions & kCautionPregnant) {
    plan.erase(
        std::remove_if(plan.begin(), plan.end(),
                       [](const RoutineItem& item) { return item.exercise == ExerciseId::SealStretch; }),
        plan.end());
  }
  return plan;
}

}  // namespace unknot
