#include "core/routine/dose_caution.h"

namespace unknot {

long long dose_work(const Dosage& dose) noexcept {
  const long long once = dose.kind == DoseKind::Hold ? 1000LL * dose.hold_s : 1LL * dose.reps * dose.rep_ms;
  return once * dose.rounds;
}

bool dose_needs_caution(ExerciseId id, const Dosage& dose) noexcept {
  const Dosage& usual = exercise(id).dosage;
  if (usual.kind != dose.kind) return false;  // not comparable; the plan's validation decides
  return dose_work(dose) > kCautionAboveDefaultTimes * dose_work(usual);
}

}  // namespace unknot
