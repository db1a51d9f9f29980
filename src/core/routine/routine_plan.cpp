#include "core/routine/routine_plan.h"

#include <string>

namespace unknot {
namespace {

std::string range_error(const char* field, int low, int high) {
  return std::string(field) + " must be between " + std::to_string(low) + " and " + std::to_string(high);
}

}  // namespace

RoutinePlan full_routine() {
  RoutinePlan plan;
  for (const Exercise& e : exercise_catalog()) plan.push_back({e.id, e.dosage, Variant::Standard});
  return plan;
}

RoutinePlan short_routine() {
  auto with = [](ExerciseId id, auto adjust, Variant variant = Variant::Standard) {
    Dosage dosage = exercise(id).dosage;
    adjust(dosage);
    return RoutineItem{id, dosage, variant};
  };
  return {
      with(ExerciseId::CatCow, [](Dosage& d) { d.reps = 6; }),
      with(ExerciseId::ChildsPoseSideBend,
           [](Dosage& d) {
             d.hold_s = 20;
             d.rounds = 1;
           }),
      with(ExerciseId::KneelingHipFlexor,
           [](Dosage& d) {
             d.hold_s = 20;
             d.rounds = 1;
           }),
      // No bird dog: a short routine is often chosen on a sore day (and it is the program's first
      // week), when loading the back is not the point. A physiotherapist would end with a resting
      // position instead: on the back, calves supported at 90/90, which unloads the lower back,
      // with slow belly breathing; it takes the time bird dog had.
      with(
          ExerciseId::DiaphragmaticBreathing, [](Dosage& d) { d.hold_s = 120; }, Variant::Easier),
  };
}

Result<Dosage> validate_dosage(const Dosage& d) {
  using L = DosageLimits;
  if (d.kind == DoseKind::Hold && (d.hold_s < L::kMinHoldS || d.hold_s > L::kMaxHoldS)) {
    return Result<Dosage>::fail(range_error("hold seconds", L::kMinHoldS, L::kMaxHoldS));
  }
  if (d.kind == DoseKind::Reps) {
    if (d.reps < L::kMinReps || d.reps > L::kMaxReps) {
      return Result<Dosage>::fail(range_error("reps", L::kMinReps, L::kMaxReps));
    }
    if (d.rep_ms < L::kMinRepMs || d.rep_ms > L::kMaxRepMs) {
      return Result<Dosage>::fail(range_error("rep milliseconds", L::kMinRepMs, L::kMaxRepMs));
    }
  }
  if (d.rounds < L::kMinRounds || d.rounds > L::kMaxRounds) {
    return Result<Dosage>::fail(range_error("rounds", L::kMinRounds, L::kMaxRounds));
  }
  if (d.rest_s < L::kMinRestS || d.rest_s > L::kMaxRestS) {
    return Result<Dosage>::fail(range_error("rest seconds", L::kMinRestS, L::kMaxRestS));
  }
  return Result<Dosage>::ok(d);
}

Result<RoutinePlan> validate_plan(const RoutinePlan& plan) {
  if (plan.empty()) return Result<RoutinePlan>::fail("a routine needs at least one exercise");
  if (plan.size() > kMaxRoutineItems) {
    return Result<RoutinePlan>::fail("a routine has at most " + std::to_string(kMaxRoutineItems) +
                                     " exercises");
  }
  for (std::size_t i = 0; i < plan.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (plan[j].exercise == plan[i].exercise) {
        return Result<RoutinePlan>::fail(std::string(exercise(plan[i].exercise).key) +
                                         " is in the routine twice");
      }
    }
  }
  for (const RoutineItem& item : plan) {
    const auto checked = validate_dosage(item.dosage);
    if (!checked)
      return Result<RoutinePlan>::fail(std::string(exercise(item.exercise).key) + ": " + checked.error());
  }
  return Result<RoutinePlan>::ok(plan);
}

}  // namespace unknot
