// The routine's eight exercises: what each does for the lower back, how to do it, what to
// avoid, when to stop, and its default dose. Defaults are common home-program values that the
// user can change, not a prescription. The words are in content/<locale>/exercises/<key>.md
// (content/README.md); the ids, keys and doses are here and in exercise_catalog.cpp.
#pragma once
#include <cstddef>
#include <iterator>
#include <optional>
#include <string_view>
#include <vector>

#include "core/i18n/text.h"

namespace unknot {

enum class ExerciseId {
  CatCow,
  ChildsPoseSideBend,
  BirdDog,
  StandingRotation,
  DonkeyKicks,
  KneelingHipFlexor,
  SealStretch,
  DiaphragmaticBreathing,
};
inline constexpr std::size_t kExerciseCount = 8;

// Each exercise's stable key, in ExerciseId order: its id in the JS API and storage, and the name
// of the files that hold its words, content/<locale>/exercises/<key>.md.
inline constexpr std::string_view kExerciseKeys[] = {
    "cat_cow",      "childs_pose_side_bend", "bird_dog",     "standing_rotation",
    "donkey_kicks", "kneeling_hip_flexor",   "seal_stretch", "diaphragmatic_breathing",
};
static_assert(std::size(kExerciseKeys) == kExerciseCount, "every exercise has a key");

// Used by the compiled content to refuse a file no exercise owns.
constexpr bool is_exercise_key(std::string_view key) {
  for (std::string_view known : kExerciseKeys) {
    if (known == key) return true;
  }
  return false;
}

enum class DoseKind {
  Hold,  // stay in the position for hold_s seconds
  Reps,  // repeat the movement `reps` times, each rep_ms long (the tempo)
};

struct Dosage {
  DoseKind kind = DoseKind::Hold;
  int hold_s = 30;
  int reps = 10;
  int rep_ms = 4000;
  bool per_side = false;  // done on one side, then the other, each round
  int rounds = 1;
  int rest_s = 10;  // between rounds

  bool operator==(const Dosage& o) const noexcept {
    return kind == o.kind && hold_s == o.hold_s && reps == o.reps && rep_ms == o.rep_ms &&
           per_side == o.per_side && rounds == o.rounds && rest_s == o.rest_s;
  }
  bool operator!=(const Dosage& o) const noexcept { return !(*this == o); }
};

// An exercise's words in every locale, compiled from content/<locale>/exercises/<key>.md.
struct ExerciseWords {
  Text name;
  Text benefit;                // what it does for the lower back: the muscles it stretches or strengthens
  std::vector<Text> steps;     // numbered steps, 3 to 6
  Text breathing;              // how to breathe during it
  std::vector<Text> mistakes;  // common mistakes, 2 or 3
  Text stop_if;                // when to stop
  Text first_side;             // per-side exercises: the first side's short label, e.g. "Left side"
  Text second_side;            // and the second's; empty when not per side
};

struct Exercise : ExerciseWords {
  ExerciseId id;
  std::string_view key;  // kExerciseKeys[id], e.g. "cat_cow"
  Dosage dosage;         // the default dose
};

const std::vector<Exercise>& exercise_catalog();
const Exercise& exercise(ExerciseId id);
std::optional<ExerciseId> exercise_from_key(std::string_view key);

}  // namespace unknot
