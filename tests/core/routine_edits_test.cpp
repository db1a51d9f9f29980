// The Customise screen's rules, in the core: the last exercise stays, moves stop at the ends,
// dose and rounds step within DosageLimits, and a press that changes nothing gives nothing.
// Also when the app must tick: timers running, or a movement break to schedule or show.
#include <catch2/catch.hpp>

#include "core/flow/app_state.h"
#include "core/routine/dose_caution.h"
#include "core/routine/routine_edits.h"

using namespace unknot;

namespace {

RoutinePlan two_exercises() {
  return {{ExerciseId::CatCow, exercise(ExerciseId::CatCow).dosage},
          {ExerciseId::SealStretch, exercise(ExerciseId::SealStretch).dosage}};
}

}  // namespace

TEST_CASE("leaving an exercise out keeps at least one, and putting it back adds its default dose") {
  const RoutinePlan plan = two_exercises();
  const auto without = with_exercise_toggled(plan, ExerciseId::CatCow);
  REQUIRE(without);
  REQUIRE(without->size() == 1);
  CHECK(without->front().exercise == ExerciseId::SealStretch);
  CHECK_FALSE(with_exercise_toggled(*without, ExerciseId::SealStretch));  // the last one stays
  const auto back = with_exercise_toggled(*without, ExerciseId::CatCow);
  REQUIRE(back);
  CHECK(back->back().exercise == ExerciseId::CatCow);
  CHECK(back->back().dosage == exercise(ExerciseId::CatCow).dosage);
  CHECK(validate_plan(*back));
}

TEST_CASE("moving an exercise swaps it with its neighbour and stops at either end") {
  const RoutinePlan plan = two_exercises();
  CHECK_FALSE(with_exercise_moved(plan, 0, -1));
  CHECK_FALSE(with_exercise_moved(plan, 1, +1));
  CHECK_FALSE(with_exercise_moved(plan, 5, +1));
  const auto down = with_exercise_moved(plan, 0, +1);
  REQUIRE(down);
  CHECK((*down)[0].exercise == ExerciseId::SealStretch);
  CHECK((*down)[1].exercise == ExerciseId::CatCow);
  CHECK(with_exercise_moved(*down, 1, -1) == std::optional<RoutinePlan>(plan));
}

TEST_CASE("a dose steps by 5 s or 1 rep, and rounds by one, within the limits") {
  RoutinePlan plan = two_exercises();
  plan[1].dosage.kind = DoseKind::Hold;
  plan[1].dosage.hold_s = DosageLimits::kMinHoldS;
  CHECK_FALSE(with_dose_stepped(plan, 1, -1));  // already the shortest hold
  const auto longer = with_dose_stepped(plan, 1, +1);
  REQUIRE(longer);
  CHECK((*longer)[1].dosage.hold_s == DosageLimits::kMinHoldS + 5);

  plan[0].dosage.kind = DoseKind::Reps;
  plan[0].dosage.reps = DosageLimits::kMaxReps;
  CHECK_FALSE(with_dose_stepped(plan, 0, +1));
  const auto fewer = with_dose_stepped(plan, 0, -1);
  REQUIRE(fewer);
  CHECK((*fewer)[0].dosage.reps == DosageLimits::kMaxReps - 1);

  plan[0].dosage.rounds = DosageLimits::kMinRounds;
  CHECK_FALSE(with_rounds_stepped(plan, 0, -1));
  const auto more_rounds = with_rounds_stepped(plan, 0, +1);
  REQUIRE(more_rounds);
  CHECK((*more_rounds)[0].dosage.rounds == DosageLimits::kMinRounds + 1);
  CHECK_FALSE(with_rounds_stepped(plan, 9, +1));
}

TEST_CASE("the app ticks while a timer runs or a movement break needs scheduling or showing") {
  constexpr std::int64_t kNow = 1'800'000'000'000;
  AppState state;
  CHECK_FALSE(needs_tick(state, kNow));  // breaks off, nothing running
  state.breaks.on = true;
  CHECK(needs_tick(state, kNow));  // not scheduled yet
  state.break_schedule.due_ms = kNow + 1000;
  CHECK_FALSE(needs_tick(state, kNow));
  CHECK(next_break_wake_ms(state.break_schedule, state.breaks) == kNow + 1000);
  CHECK(needs_tick(state, kNow + 1000));  // due
  state.break_schedule.showing = true;
  CHECK_FALSE(needs_tick(state, kNow + 1000));  // already on screen
  CHECK(next_break_wake_ms(state.break_schedule, state.breaks) == 0);
}

TEST_CASE("a dose more than twice the default's work gets a caution") {
  const Dosage usual = exercise(ExerciseId::SealStretch).dosage;
  CHECK_FALSE(dose_needs_caution(ExerciseId::SealStretch, usual));
  Dosage twice = usual;
  twice.rounds = usual.rounds * 2;  // exactly twice: no caution yet
  CHECK_FALSE(dose_needs_caution(ExerciseId::SealStretch, twice));
  Dosage more = usual;
  more.hold_s = usual.hold_s * 2 + 1;
  CHECK(dose_needs_caution(ExerciseId::SealStretch, more));

  const Dosage reps = exercise(ExerciseId::BirdDog).dosage;
  Dosage slow = reps;
  slow.rep_ms = reps.rep_ms * 3;  // a slower tempo is more work too
  CHECK(dose_needs_caution(ExerciseId::BirdDog, slow));
  Dosage fewer = reps;
  fewer.reps = 1;
  CHECK_FALSE(dose_needs_caution(ExerciseId::BirdDog, fewer));
}
