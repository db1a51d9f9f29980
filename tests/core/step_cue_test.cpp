#include <catch2/catch.hpp>

#include <cstdint>

#include "core/routine/step_cue.h"

using namespace unknot;

namespace {

RoutinePosition at(Phase phase, std::int64_t elapsed_ms, int reps = 0) {
  RoutinePosition position;
  position.phase = phase;
  position.elapsed_ms = elapsed_ms;
  position.reps = reps;
  position.rep = reps > 0 ? 1 : 0;
  return position;
}

// Cat cow's work phase at `elapsed_ms` (10 reps, one breath each), for `variant` and `breath`.
StepCue cat_cow_at(std::int64_t elapsed_ms, const BreathPattern& breath,
                   Variant variant = Variant::Standard) {
  return step_cue(at(Phase::Work, elapsed_ms, 10), exercise(ExerciseId::CatCow), variant, breath);
}

}  // namespace

TEST_CASE("getting ready, switching sides and resting have their own cue, whatever the exercise") {
  const BreathPattern breath;
  for (ExerciseId id : {ExerciseId::CatCow, ExerciseId::BirdDog, ExerciseId::KneelingHipFlexor}) {
    const Exercise& e = exercise(id);
    INFO(e.key);
    for (Variant variant : {Variant::Easier, Variant::Standard, Variant::Harder}) {
      CHECK(step_cue(at(Phase::GetReady, 0), e, variant, breath) == StepCue::Ready);
      CHECK(step_cue(at(Phase::GetReady, 7999), e, variant, breath) == StepCue::Ready);
      CHECK(step_cue(at(Phase::SwitchSides, 2000), e, variant, breath) == StepCue::SwitchSides);
      CHECK(step_cue(at(Phase::Rest, 5000), e, variant, breath) == StepCue::Rest);
    }
  }
}

TEST_CASE("a hold, and reps not paced by the breath, say the do cue throughout the work") {
  const BreathPattern breath;
  const Exercise& seal = exercise(ExerciseId::SealStretch);
  const Exercise& breathing = exercise(ExerciseId::DiaphragmaticBreathing);
  const Exercise& bird_dog = exercise(ExerciseId::BirdDog);
  for (std::int64_t ms : {0, 3429, 8000, 12000, 24999}) {
    INFO(ms << " ms");
    CHECK(step_cue(at(Phase::Work, ms), seal, Variant::Standard, breath) == StepCue::Doing);
    // Diaphragmatic breathing follows its own figure, not the user's pattern: one do cue.
    CHECK(step_cue(at(Phase::Work, ms), breathing, Variant::Harder, breath) == StepCue::Doing);
    CHECK(step_cue(at(Phase::Work, ms, 8), bird_dog, Variant::Standard, breath) == StepCue::Doing);
  }
  // Cat cow held instead of repeated has no breath to follow either.
  CHECK(step_cue(at(Phase::Work, 4000), exercise(ExerciseId::CatCow), Variant::Standard, breath) ==
        StepCue::Doing);
}

TEST_CASE("cat cow says the move of each half of the breath: in, out, in, out at the default pattern") {
  const BreathPattern breath;  // 3429 ms in, 5142 ms out: one breath every 8571 ms
  REQUIRE(cycle_ms(breath) == 8571);
  CHECK(cat_cow_at(0, breath) == StepCue::BreatheIn);
  CHECK(cat_cow_at(3428, breath) == StepCue::BreatheIn);
  CHECK(cat_cow_at(3429, breath) == StepCue::BreatheOut);
  CHECK(cat_cow_at(8570, breath) == StepCue::BreatheOut);
  CHECK(cat_cow_at(8571, breath) == StepCue::BreatheIn);  // the second breath
  CHECK(cat_cow_at(11999, breath) == StepCue::BreatheIn);
  CHECK(cat_cow_at(12000, breath) == StepCue::BreatheOut);
  CHECK(cat_cow_at(17141, breath) == StepCue::BreatheOut);
  CHECK(cat_cow_at(17142, breath) == StepCue::BreatheIn);  // the third
  // Both variants move with the breath too, with their own words.
  CHECK(cat_cow_at(1000, breath, Variant::Easier) == StepCue::BreatheIn);
  CHECK(cat_cow_at(5000, breath, Variant::Easier) == StepCue::BreatheOut);
  CHECK(cat_cow_at(5000, breath, Variant::Harder) == StepCue::BreatheOut);
}

TEST_CASE("with a box pattern, a held breath keeps the cue of the step before it") {
  const BreathPattern box = preset_pattern(BreathPreset::Box);  // 4 s in, hold, out, hold
  const struct {
    std::int64_t ms;
    StepCue cue;
  } expected[] = {
      {0, StepCue::BreatheIn},      {3999, StepCue::BreatheIn},    // inhale
      {4000, StepCue::BreatheIn},   {7999, StepCue::BreatheIn},    // hold in
      {8000, StepCue::BreatheOut},  {11999, StepCue::BreatheOut},  // exhale
      {12000, StepCue::BreatheOut}, {15999, StepCue::BreatheOut},  // hold out
      {16000, StepCue::BreatheIn},  {20000, StepCue::BreatheIn},   // the second breath: inhale, hold in
      {24000, StepCue::BreatheOut}, {28000, StepCue::BreatheOut},  // exhale, hold out
      {32000, StepCue::BreatheIn},
  };
  for (const auto& moment : expected) {
    INFO(moment.ms << " ms");
    CHECK(cat_cow_at(moment.ms, box) == moment.cue);
  }
}

TEST_CASE("a running routine's positions give cat cow's cues in order, from get ready on") {
  const BreathPattern box = preset_pattern(BreathPreset::Box);
  Dosage dose = exercise(ExerciseId::CatCow).dosage;
  dose.reps = 2;
  dose.rep_ms = static_cast<int>(cycle_ms(box));  // as dispatch paces cat cow: one breath a rep
  constexpr std::int64_t kT0 = 1'700'000'000'000;
  RoutineRun run(RoutineKind::Custom, {{ExerciseId::CatCow, dose, Variant::Easier}}, kT0);
  const Exercise& cat_cow = exercise(ExerciseId::CatCow);
  // The run moves when the clock is read (advance), as the app does every frame; times go forward.
  const auto cue_at = [&](std::int64_t ms) {
    run.advance(kT0 + ms);
    return step_cue(run.position(kT0 + ms), cat_cow, Variant::Easier, box);
  };
  CHECK(cue_at(1000) == StepCue::Ready);
  // The work starts after get ready: its positions count from there.
  CHECK(cue_at(kGetReadyMs) == StepCue::BreatheIn);
  CHECK(cue_at(kGetReadyMs + 6000) == StepCue::BreatheIn);  // holding in
  CHECK(cue_at(kGetReadyMs + 9000) == StepCue::BreatheOut);
  CHECK(cue_at(kGetReadyMs + 14000) == StepCue::BreatheOut);  // holding out
  CHECK(cue_at(kGetReadyMs + 17000) == StepCue::BreatheIn);
  CHECK(cue_at(kGetReadyMs + 25000) == StepCue::BreatheOut);
}

TEST_CASE("a cue's words are the variant's, and switching sides and resting have none") {
  const Exercise& cat_cow = exercise(ExerciseId::CatCow);
  const ExerciseCues seated = variant_cues(cat_cow, Variant::Easier);
  CHECK(&step_cue_words(StepCue::Ready, seated) == &seated.ready);
  CHECK(&step_cue_words(StepCue::Doing, seated) == &seated.doing);
  CHECK(&step_cue_words(StepCue::BreatheIn, seated) == &seated.breathe_in);
  CHECK(&step_cue_words(StepCue::BreatheOut, seated) == &seated.breathe_out);
  CHECK(pick(Locale::En, step_cue_words(StepCue::Ready, seated)) ==
        "Sit near the front of a chair, hands on your thighs.");
  CHECK(pick(Locale::Es, step_cue_words(StepCue::BreatheOut, seated)).substr(0, 8) == "Exhala: ");
  CHECK(step_cue_words(StepCue::SwitchSides, seated).empty());
  CHECK(step_cue_words(StepCue::Rest, seated).empty());
  CHECK(pick(Locale::Es, step_cue_words(StepCue::Rest, seated)).empty());
}
