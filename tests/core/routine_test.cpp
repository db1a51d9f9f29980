#include <catch2/catch.hpp>

#include "core/routine/routine_run.h"

using namespace unknot;

namespace {

Dosage hold(int seconds, bool per_side = false, int rounds = 1, int rest_s = 10) {
  Dosage d;
  d.kind = DoseKind::Hold;
  d.hold_s = seconds;
  d.per_side = per_side;
  d.rounds = rounds;
  d.rest_s = rest_s;
  return d;
}

Dosage reps(int count, int rep_ms, bool per_side = false) {
  Dosage d;
  d.kind = DoseKind::Reps;
  d.reps = count;
  d.rep_ms = rep_ms;
  d.per_side = per_side;
  return d;
}

constexpr std::int64_t kT0 = 1'700'000'000'000;  // any wall-clock start

RoutinePlan two_holds() {
  return {{ExerciseId::SealStretch, hold(20)}, {ExerciseId::DiaphragmaticBreathing, hold(30)}};
}

}  // namespace

TEST_CASE("the timeline lays out get ready, work, switch sides and rests in order") {
  const auto timeline = build_timeline({{ExerciseId::KneelingHipFlexor, hold(30, true, 2, 10)}});
  REQUIRE(timeline.size() == 8);
  const Phase phases[] = {Phase::GetReady, Phase::Work, Phase::SwitchSides, Phase::Work,
                          Phase::Rest,     Phase::Work, Phase::SwitchSides, Phase::Work};
  for (std::size_t i = 0; i < timeline.size(); ++i) CHECK(timeline[i].phase == phases[i]);
  CHECK(timeline[1].side == Side::First);
  CHECK(timeline[3].side == Side::Second);
  CHECK(timeline[5].round == 2);
  CHECK(timeline_duration_ms(timeline) == kGetReadyMs + 4 * 30000 + 2 * kSwitchSidesMs + 10000);
}

TEST_CASE("a run starts in get ready and moves to work when the clock says") {
  RoutineRun run(RoutineKind::Custom, two_holds(), kT0);
  auto p = run.position(kT0 + 1000);
  CHECK(p.phase == Phase::GetReady);
  CHECK(p.remaining_ms == kGetReadyMs - 1000);

  std::vector<Cue> cues;
  for (std::int64_t t = kT0; t <= kT0 + kGetReadyMs; t += 100) {
    for (Cue cue : run.advance(t)) cues.push_back(cue);
  }
  CHECK(cues == std::vector<Cue>{Cue::Countdown, Cue::Countdown, Cue::Countdown, Cue::Start});
  p = run.position(kT0 + kGetReadyMs);
  CHECK(p.phase == Phase::Work);
  CHECK(p.remaining_ms == 20000);
}

TEST_CASE("reps follow the tempo and each rep is cued once") {
  RoutineRun run(RoutineKind::Custom, {{ExerciseId::BirdDog, reps(8, 6000)}}, kT0);
  run.advance(kT0 + kGetReadyMs);
  std::vector<Cue> cues;
  for (std::int64_t t = 0; t <= 3 * 6000; t += 100) {
    for (Cue cue : run.advance(kT0 + kGetReadyMs + t)) cues.push_back(cue);
  }
  CHECK(cues == std::vector<Cue>{Cue::Rep, Cue::Rep, Cue::Rep});
  const auto p = run.position(kT0 + kGetReadyMs + 3 * 6000);
  CHECK(p.rep == 4);
  CHECK(p.reps == 8);
  CHECK(run.position(kT0 + kGetReadyMs + 48000 - 1).rep == 8);
}

TEST_CASE("per-side holds switch sides between the two sides") {
  RoutineRun run(RoutineKind::Custom, {{ExerciseId::ChildsPoseSideBend, hold(30, true)}}, kT0);
  const std::int64_t work = kT0 + kGetReadyMs;
  run.advance(work + 29999);
  CHECK(run.position(work + 29999).side == Side::First);
  CHECK(run.advance(work + 30000) == std::vector<Cue>{Cue::SwitchSides});
  CHECK(run.position(work + 30000).phase == Phase::SwitchSides);
  run.advance(work + 30000 + kSwitchSidesMs);
  const auto p = run.position(work + 30000 + kSwitchSidesMs);
  CHECK(p.phase == Phase::Work);
  CHECK(p.side == Side::Second);
}

TEST_CASE("rounds are separated by a rest") {
  RoutineRun run(RoutineKind::Custom, {{ExerciseId::SealStretch, hold(20, false, 3, 10)}}, kT0);
  const std::int64_t rest = kT0 + kGetReadyMs + 20000;
  run.advance(rest + 1);
  auto p = run.position(rest + 1);
  CHECK(p.phase == Phase::Rest);
  CHECK(p.round == 1);
  run.advance(rest + 10000);
  p = run.position(rest + 10000);
  CHECK(p.phase == Phase::Work);
  CHECK(p.round == 2);
  CHECK(p.rounds == 3);
}

TEST_CASE("a run finishes on time with a summary, and the engine does not drift") {
  RoutineRun run(RoutineKind::Full, full_routine(), kT0);
  const std::int64_t total = timeline_duration_ms(run.timeline());
  // Tick like a 60 Hz display with uneven frames, right up to the end.
  std::int64_t t = kT0;
  int step = 0;
  while (!run.finished()) {
    t += 16 + (step++ % 3);
    run.advance(t);
  }
  CHECK(*run.finished_at_ms() == kT0 + total);
  CHECK(*run.finish_seen_ms() - *run.finished_at_ms() < 20);
  const auto summary = run.summary(t);
  CHECK(summary.exercises_done == 8);
  CHECK(summary.exercises_skipped == 0);
  CHECK(summary.active_ms == total);
  CHECK_FALSE(summary.ended_early);
}

TEST_CASE("a ten-minute jump lands exactly where the clock says, with only the latest cue") {
  RoutineRun ticked(RoutineKind::Full, full_routine(), kT0);
  RoutineRun jumped(RoutineKind::Full, full_routine(), kT0);
  const std::int64_t later = kT0 + 10 * 60 * 1000;
  for (std::int64_t t = kT0; t <= later; t += 16) ticked.advance(t);
  ticked.advance(later);
  const auto cues = jumped.advance(later);
  CHECK(cues.size() <= 1);
  const auto a = ticked.position(later), b = jumped.position(later);
  CHECK(a.item == b.item);
  CHECK(a.phase == b.phase);
  CHECK(a.side == b.side);
  CHECK(a.elapsed_ms == b.elapsed_ms);
  CHECK(a.routine_elapsed_ms == 10 * 60 * 1000);
  CHECK(ticked.outcomes() == jumped.outcomes());
  // The same jump again changes nothing: nothing is counted twice.
  CHECK(jumped.advance(later).empty());
  CHECK(jumped.position(later).routine_elapsed_ms == 10 * 60 * 1000);
}

TEST_CASE("a pause freezes the run, also across what would have been a phase boundary") {
  RoutineRun run(RoutineKind::Custom, two_holds(), kT0);
  run.pause(kT0 + 7000);  // 1 s before get ready ends
  CHECK(run.paused());
  CHECK(run.advance(kT0 + 5 * 60 * 1000).empty());
  auto p = run.position(kT0 + 5 * 60 * 1000);
  CHECK(p.phase == Phase::GetReady);
  CHECK(p.remaining_ms == 1000);

  const std::int64_t resumed = kT0 + 5 * 60 * 1000;
  run.resume(resumed);
  CHECK(run.position(resumed + 999).phase == Phase::GetReady);
  CHECK(run.advance(resumed + 1000) == std::vector<Cue>{Cue::Start});
  p = run.position(resumed + 1000);
  CHECK(p.phase == Phase::Work);
  CHECK(run.summary(resumed + 1000).active_ms == 8000);
}

TEST_CASE("skip moves to the next exercise and marks the current one skipped") {
  RoutineRun run(RoutineKind::Custom, two_holds(), kT0);
  CHECK(run.skip(kT0 + 12000) == std::vector<Cue>{Cue::GetReady});
  const auto p = run.position(kT0 + 12000);
  CHECK(p.item == 1);
  CHECK(p.phase == Phase::GetReady);
  CHECK(p.elapsed_ms == 0);
  CHECK(run.outcomes()[0] == ItemOutcome::Skipped);
}

TEST_CASE("skip on the last exercise finishes the routine") {
  RoutineRun run(RoutineKind::Custom, two_holds(), kT0);
  run.skip(kT0 + 1000);
  CHECK(run.skip(kT0 + 2000) == std::vector<Cue>{Cue::Done});
  CHECK(run.finished());
  const auto summary = run.summary(kT0 + 2000);
  CHECK(summary.exercises_done == 0);
  CHECK(summary.exercises_skipped == 2);
  CHECK_FALSE(summary.ended_early);
  CHECK(run.skip(kT0 + 3000).empty());
}

TEST_CASE("back on the first exercise restarts it; back later returns to the previous one") {
  RoutineRun run(RoutineKind::Custom, two_holds(), kT0);
  run.back(kT0 + 15000);  // in the first exercise's work phase
  auto p = run.position(kT0 + 15000);
  CHECK(p.item == 0);
  CHECK(p.phase == Phase::GetReady);
  CHECK(p.elapsed_ms == 0);

  run.skip(kT0 + 16000);
  CHECK(run.outcomes()[0] == ItemOutcome::Skipped);
  run.back(kT0 + 17000);
  p = run.position(kT0 + 17000);
  CHECK(p.item == 0);
  CHECK(run.outcomes()[0] == ItemOutcome::Pending);
}

TEST_CASE("restart takes the current exercise back to its start") {
  RoutineRun run(RoutineKind::Custom, two_holds(), kT0);
  run.skip(kT0 + 1000);
  run.restart_exercise(kT0 + 9000);
  const auto p = run.position(kT0 + 9000);
  CHECK(p.item == 1);
  CHECK(p.elapsed_ms == 0);
  CHECK(p.phase == Phase::GetReady);
}

TEST_CASE("skip while paused stays paused at the start of the next exercise") {
  RoutineRun run(RoutineKind::Custom, two_holds(), kT0);
  run.pause(kT0 + 3000);
  run.skip(kT0 + 60000);
  CHECK(run.paused());
  CHECK(run.position(kT0 + 120000).elapsed_ms == 0);
  run.resume(kT0 + 120000);
  CHECK(run.position(kT0 + 121000).elapsed_ms == 1000);
  CHECK(run.summary(kT0 + 121000).active_ms == 3000 + 1000);
}

TEST_CASE("ending early finishes at once and says so") {
  RoutineRun run(RoutineKind::Short, short_routine(), kT0);
  run.advance(kT0 + 60000);
  CHECK(run.end(kT0 + 60000) == std::vector<Cue>{Cue::Done});
  const auto summary = run.summary(kT0 + 99999);
  CHECK(run.finished());
  CHECK(summary.ended_early);
  CHECK(summary.active_ms == 60000);
  CHECK(summary.exercises_done == 1);  // cat cow (6 x 8 s after 8 s get ready) was done by 56 s
}

TEST_CASE("custom doses shape the timeline") {
  Dosage mine = reps(3, 2000, true);
  RoutineRun run(RoutineKind::Custom, {{ExerciseId::DonkeyKicks, mine}}, kT0);
  CHECK(timeline_duration_ms(run.timeline()) == kGetReadyMs + 2 * 6000 + kSwitchSidesMs);
  run.advance(kT0 + kGetReadyMs + 2000);
  CHECK(run.position(kT0 + kGetReadyMs + 2000).rep == 2);
  CHECK(run.position(kT0 + kGetReadyMs + 2000).reps == 3);
}

TEST_CASE("the built-in routines: all eight exercises, and a short one of about five minutes") {
  const auto full = full_routine();
  REQUIRE(full.size() == kExerciseCount);
  for (std::size_t i = 0; i < full.size(); ++i) CHECK(full[i].exercise == static_cast<ExerciseId>(i));
  const auto minutes = static_cast<double>(timeline_duration_ms(build_timeline(short_routine()))) / 60000.0;
  CHECK(minutes >= 4.5);
  CHECK(minutes <= 5.5);
  CHECK(validate_plan(full));
  CHECK(validate_plan(short_routine()));
}

TEST_CASE("doses outside safe bounds are refused with the field and range") {
  Dosage d = hold(2);
  CHECK(validate_dosage(d).error() == "hold seconds must be between 5 and 600");
  d = reps(0, 4000);
  CHECK(validate_dosage(d).error() == "reps must be between 1 and 50");
  d = reps(10, 100);
  CHECK(validate_dosage(d).error() == "rep milliseconds must be between 1000 and 20000");
  d = hold(30, false, 11);
  CHECK(validate_dosage(d).error() == "rounds must be between 1 and 10");
  d = hold(30, false, 2, 500);
  CHECK(validate_dosage(d).error() == "rest seconds must be between 0 and 120");
  CHECK_FALSE(validate_plan({}));
  CHECK(validate_plan({{ExerciseId::BirdDog, reps(0, 4000)}}).error() ==
        "bird_dog: reps must be between 1 and 50");
}
