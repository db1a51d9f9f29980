// The routine's eight exercises: what each does for the lower back, how to do it, what to
// avoid, when to stop, and its default dose. Defaults are common home-program values that the
// user can change, not a prescription. The words are in content/<locale>/exercises/<key>.md
// (content/README.md); the ids, keys and doses are here and in exercise_catalog.cpp.
#pragma once
#include <cstddef>
#include <cstdint>
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

// How hard a version of an exercise is. The standard is the exercise as the article describes it;
// the 12-week program starts gentler and moves on to harder ones (core/plan/program_levels.h).
enum class Variant : std::uint8_t { Easier, Standard, Harder };
inline constexpr std::size_t kVariantCount = 3;
// Each variant's key in the JS API (state().program.routine), in Variant order.
inline constexpr std::string_view kVariantKeys[] = {"easier", "standard", "harder"};
static_assert(std::size(kVariantKeys) == kVariantCount, "every variant has a key");
std::optional<Variant> variant_from_key(std::string_view key);
inline std::string_view variant_key(Variant variant) {
  return kVariantKeys[static_cast<std::size_t>(variant)];
}

// The short lines the routine player shows under the figure, in large text, and a voice coach
// would say: which one when is step_cue() (core/routine/step_cue.h).
struct ExerciseCues {
  Text ready;        // during "Get ready": how to get into the starting position
  Text doing;        // during the hold or the reps: what to keep doing
  Text breathe_in;   // only for reps paced one breath each (cat cow): the in-breath's move;
  Text breathe_out;  // and the out-breath's. Both or neither: empty for any other exercise
};

// An easier or harder variant's own words. Its breathing, mistakes and cues may be left empty:
// the standard's apply.
struct VariantWords {
  Text name;                   // e.g. "Bird dog, one limb at a time"
  std::vector<Text> steps;     // its own numbered steps
  Text breathing;              // empty: as the standard
  std::vector<Text> mistakes;  // empty: as the standard
  ExerciseCues cues;           // each empty field as the standard's (the breath cues as a pair)
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
  ExerciseCues cues;           // the standard's step cues
  VariantWords easier;         // the gentler variant, e.g. a standing hip flexor stretch for sore knees
  VariantWords harder;         // the harder one, e.g. bird dog with a longer hold
};

struct Exercise : ExerciseWords {
  ExerciseId id;
  std::string_view key;  // kExerciseKeys[id], e.g. "cat_cow"
  Dosage dosage;         // the default dose
};

// The words a variant is shown with: its own, and the standard's where it has none of its own.
struct VariantText {
  const Text& name;
  const std::vector<Text>& steps;
  const Text& breathing;
  const std::vector<Text>& mistakes;
};
VariantText variant_text(const Exercise& exercise, Variant variant);
// A variant's step cues: its own, each missing one the standard's. The breath cues go as a pair,
// so a variant never mixes its own in-breath with the standard's out-breath.
ExerciseCues variant_cues(const Exercise& exercise, Variant variant);

const std::vector<Exercise>& exercise_catalog();
const Exercise& exercise(ExerciseId id);
std::optional<ExerciseId> exercise_from_key(std::string_view key);

}  // namespace unknot
