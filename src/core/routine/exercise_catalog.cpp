// The eight exercises' default doses. Their words (what each can do for the lower back, how to do
// it, what to avoid, when to stop) are compiled from content/<locale>/exercises/ (content/README.md):
// careful and modest, education and self-care support, not a diagnosis or a prescription.
#include "core/routine/exercise.h"

#include <algorithm>
#include <cassert>
#include <cstddef>

#include "core/routine/exercise_words.h"  // generated from content/ by scripts/lib/i18n/compile_content.mjs

namespace unknot {
namespace {

// A position held for `seconds`, on each side in turn when `per_side`, `rounds` times.
Dosage hold(int seconds, bool per_side, int rounds) {
  Dosage dosage;
  dosage.kind = DoseKind::Hold;
  dosage.hold_s = seconds;
  dosage.per_side = per_side;
  dosage.rounds = rounds;
  dosage.rest_s = 10;
  return dosage;
}

// A movement repeated `count` times at a tempo of `rep_ms` each, on each side in turn when `per_side`.
Dosage reps(int count, int rep_ms, bool per_side) {
  Dosage dosage;
  dosage.kind = DoseKind::Reps;
  dosage.reps = count;
  dosage.rep_ms = rep_ms;
  dosage.per_side = per_side;
  dosage.rounds = 1;
  dosage.rest_s = 10;
  return dosage;
}

struct DefaultDose {
  ExerciseId id;
  Dosage dosage;
};

// In ExerciseId order, which is the routine's order. Common home-program values the user can
// change, not a prescription.
std::vector<DefaultDose> default_doses() {
  return {
      {ExerciseId::CatCow,
       reps(/*count=*/10, /*rep_ms=*/8000, /*per_side=*/false)},  // one slow breath a cycle
      {ExerciseId::ChildsPoseSideBend, hold(/*seconds=*/30, /*per_side=*/true, /*rounds=*/2)},
      {ExerciseId::BirdDog,
       reps(/*count=*/8, /*rep_ms=*/6000, /*per_side=*/true)},  // reach, hold 3 s, return
      {ExerciseId::StandingRotation,
       reps(/*count=*/10, /*rep_ms=*/4000, /*per_side=*/true)},  // each direction
      {ExerciseId::DonkeyKicks,
       reps(/*count=*/10, /*rep_ms=*/4000, /*per_side=*/true)},  // lift, squeeze 1-2 s, lower
      {ExerciseId::KneelingHipFlexor, hold(/*seconds=*/30, /*per_side=*/true, /*rounds=*/2)},
      {ExerciseId::SealStretch, hold(/*seconds=*/25, /*per_side=*/false, /*rounds=*/3)},
      {ExerciseId::DiaphragmaticBreathing, hold(/*seconds=*/180, /*per_side=*/false, /*rounds=*/1)},
  };
}

std::vector<Exercise> build_catalog() {
  const auto words = content::exercise_words();
  std::vector<Exercise> catalog;
  catalog.reserve(kExerciseCount);
  for (const DefaultDose& dose : default_doses()) {
    const std::string_view key = kExerciseKeys[static_cast<std::size_t>(dose.id)];
    const auto found =
        std::find_if(words.begin(), words.end(), [&](const auto& entry) { return entry.first == key; });
    assert(found != words.end() && "the compiled content has every exercise (exercise_words.h checks)");
    catalog.push_back(Exercise{found->second, dose.id, key, dose.dosage});
  }
  return catalog;
}

}  // namespace

const std::vector<Exercise>& exercise_catalog() {
  static const std::vector<Exercise> kCatalog = build_catalog();
  assert(kCatalog.size() == kExerciseCount && "the catalog must hold every exercise");
  return kCatalog;
}

const Exercise& exercise(ExerciseId id) {
  const std::vector<Exercise>& catalog = exercise_catalog();
  const auto index = static_cast<std::size_t>(id);
  assert(index < catalog.size() && "exercise id out of range");
  const Exercise& found = catalog[index];
  assert(found.id == id && "the catalog must list exercises in ExerciseId order");
  return found;
}

std::optional<Variant> variant_from_key(std::string_view key) {
  for (std::size_t i = 0; i < kVariantCount; ++i) {
    if (kVariantKeys[i] == key) return static_cast<Variant>(i);
  }
  return std::nullopt;
}

VariantText variant_text(const Exercise& e, Variant variant) {
  if (variant == Variant::Standard) return {e.name, e.steps, e.breathing, e.mistakes};
  const VariantWords& words = variant == Variant::Easier ? e.easier : e.harder;
  return {words.name, words.steps, words.breathing.empty() ? e.breathing : words.breathing,
          words.mistakes.empty() ? e.mistakes : words.mistakes};
}

ExerciseCues variant_cues(const Exercise& e, Variant variant) {
  ExerciseCues cues = e.cues;
  if (variant == Variant::Standard) return cues;
  const ExerciseCues& own = (variant == Variant::Easier ? e.easier : e.harder).cues;
  if (!own.ready.empty()) cues.ready = own.ready;
  if (!own.doing.empty()) cues.doing = own.doing;
  if (!own.breathe_in.empty() && !own.breathe_out.empty()) {
    cues.breathe_in = own.breathe_in;
    cues.breathe_out = own.breathe_out;
  }
  return cues;
}

std::optional<ExerciseId> exercise_from_key(std::string_view key) {
  for (const Exercise& candidate : exercise_catalog()) {
    if (candidate.key == key) return candidate.id;
  }
  return std::nullopt;
}

}  // namespace unknot
