#include "core/routine/routine_edits.h"

#include <algorithm>
#include <utility>

namespace unknot {
namespace {

constexpr int kHoldStepS = 5;

std::optional<RoutinePlan> if_changed(RoutinePlan next, const RoutinePlan& plan) {
  if (next == plan) return std::nullopt;
  return next;
}

}  // namespace

std::optional<RoutinePlan> with_exercise_toggled(const RoutinePlan& plan, ExerciseId id) {
  RoutinePlan next = plan;
  const auto found =
      std::find_if(next.begin(), next.end(), [&](const RoutineItem& i) { return i.exercise == id; });
  if (found == next.end()) {
    if (next.size() >= kMaxRoutineItems) return std::nullopt;
    next.push_back({id, exercise(id).dosage, Variant::Standard});
    return next;
  }
  if (next.size() == 1) return std::nullopt;
  next.erase(found);
  return next;
}

std::optional<RoutinePlan> with_exercise_moved(const RoutinePlan& plan, std::size_t index, int direction) {
  if (index >= plan.size() || (direction < 0 && index == 0) || (direction > 0 && index + 1 >= plan.size())) {
    return std::nullopt;
  }
  RoutinePlan next = plan;
  std::swap(next[index], next[direction < 0 ? index - 1 : index + 1]);
  return next;
}

std::optional<RoutinePlan> with_dose_stepped(const RoutinePlan& plan, std::size_t index, int direction) {
  if (index >= plan.size()) return std::nullopt;
  RoutinePlan next = plan;
  Dosage& d = next[index].dosage;
  if (d.kind == DoseKind::Hold) {
    d.hold_s =
        std::clamp(d.hold_s + kHoldStepS * direction, DosageLimits::kMinHoldS, DosageLimits::kMaxHoldS);
  } else {
    d.reps = std::clamp(d.reps + direction, DosageLimits::kMinReps, DosageLimits::kMaxReps);
  }
  return if_changed(std::move(next), plan);
}

std::optional<RoutinePlan> with_rounds_stepped(const RoutinePlan& plan, std::size_t index, int direction) {
  if (index >= plan.size()) return std::nullopt;
  RoutinePlan next = plan;
  Dosage& d = next[index].dosage;
  d.rounds = std::clamp(d.rounds + direction, DosageLimits::kMinRounds, DosageLimits::kMaxRounds);
  return if_changed(std::move(next), plan);
}

}  // namespace unknot
