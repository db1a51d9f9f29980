// What a routine is made of: exercises in order, each with its dose, and the built-in plans
// (the full routine and a short one of about five minutes).
#pragma once
#include <vector>

#include "core/routine/exercise.h"
#include "core/support/result.h"

namespace unknot {

struct RoutineItem {
  ExerciseId exercise;
  Dosage dosage;
  // The built-in plans (the short routine, the 12-week program) pick variants; a user's own
  // routine is always the standard.
  Variant variant = Variant::Standard;

  bool operator==(const RoutineItem& o) const noexcept {
    return exercise == o.exercise && dosage == o.dosage && variant == o.variant;
  }
};
using RoutinePlan = std::vector<RoutineItem>;

// Program: the 12-week program's routine for its current level (see program.h).
enum class RoutineKind { Full, Short, Custom, Program };

// All eight exercises at their default doses.
RoutinePlan full_routine();
// About five minutes: the gentlest moves, shorter holds, fewer reps, ending in a resting position.
RoutinePlan short_routine();

// Bounds that keep the timeline sane and catch a dose nobody meant (a typo, a tap held too long).
// They are not a judgement of what is right for a back: see dose_caution.h.
struct DosageLimits {
  static constexpr int kMinHoldS = 5, kMaxHoldS = 600;
  static constexpr int kMinReps = 1, kMaxReps = 50;
  static constexpr int kMinRepMs = 1000, kMaxRepMs = 20000;
  static constexpr int kMinRounds = 1, kMaxRounds = 10;
  static constexpr int kMinRestS = 0, kMaxRestS = 120;
};
inline constexpr std::size_t kMaxRoutineItems = 24;

// Checks a dose against DosageLimits; the error names the field and its allowed range.
Result<Dosage> validate_dosage(const Dosage& dosage);
// Checks a whole plan: 1 to kMaxRoutineItems items, no exercise twice, each dose valid.
Result<RoutinePlan> validate_plan(const RoutinePlan& plan);

}  // namespace unknot
