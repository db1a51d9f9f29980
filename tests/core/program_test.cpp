// The 12-week program: week advance, hold on a pain rise (and the short routine it suggests),
// stop on warning signs, the routine at each level within safe doses, progress against the
// baseline, and the weekly review in the journal.
#include <catch2/catch.hpp>

#include "app_harness.h"
#include "core/flow/state_json.h"
#include "core/plan/plan_actions.h"
#include "core/plan/program.h"
#include "test_support.h"

using namespace unknot;
using unknot::test::App;
using unknot::test::plain_refusal;
namespace store = unknot::platform::memory_storage;

namespace {

constexpr std::int64_t kWeekMs = 7 * 86'400'000LL;

ReviewWeek review(int pain, WeekFeel feel = WeekFeel::Same, std::uint8_t flags = 0) {
  CheckIn entry;
  entry.pain = pain;
  entry.red_flags = flags;
  entry.psfs = {5, 6, kNoScore};
  return ReviewWeek{entry, feel};
}

void start(App& app, int pain) {
  store::reset();
  app.open();
  REQUIRE(app.run(StartProgram{pain}).error.empty());
}

}  // namespace

TEST_CASE("a week's review is due after seven days, and an easy week moves up a level") {
  App app;
  start(app, 6);
  REQUIRE(app.state.program);
  CHECK(app.state.program->week() == 1);
  CHECK(app.run(review(5)).error == "reviewWeek: the week is not over yet");
  CHECK(app.run(Navigate{Screen::Review}).error == "there is no weekly review due");
  app.now += kWeekMs;
  CHECK(app.run(Navigate{Screen::Review}).error.empty());
  const auto out = app.run(review(5));
  REQUIRE(out.error.empty());
  CHECK(app.state.program->level == 1);
  CHECK(app.state.program->week() == 2);
  CHECK(app.state.program->reviews.back().outcome == WeekOutcome::Advanced);
  CHECK(app.state.review_saved);
  // The review is a check-in in the journal too, durable like any other.
  REQUIRE(app.state.journal.checkins.size() == 1);
  CHECK(app.state.journal.checkins.back().pain == 5);
  CHECK(app.state.journal.checkins.back().psfs[1] == 6);
  CHECK(out.writes.size() >= 1);
  CHECK(planned_routine(app.state) == RoutineKind::Program);
  CHECK(app.run(review(5)).error == "reviewWeek: the week is not over yet");  // week 2 has just begun
}

TEST_CASE("pain up by 2 or more holds the level and suggests the short routine") {
  App app;
  start(app, 4);
  app.now += kWeekMs;
  app.run(review(4));
  REQUIRE(app.state.program->level == 1);
  app.now += kWeekMs;
  app.run(review(6));  // +2 on last week
  CHECK(app.state.program->level == 1);
  CHECK(app.state.program->reviews.back().outcome == WeekOutcome::Held);
  CHECK(app.state.program->suggests_short());
  CHECK(planned_routine(app.state) == RoutineKind::Short);
  app.now += kWeekMs;
  app.run(review(5));  // settling: up again
  CHECK(app.state.program->level == 2);
  CHECK_FALSE(app.state.program->suggests_short());

  // A rise of 1 does not hold; a week that felt harder does, without suggesting the short routine.
  Program p = start_program(100, 3, kNoPsfsScores);
  WeekReview up_one;
  up_one.pain = 4;
  CHECK(decide_week(p, up_one) == WeekOutcome::Advanced);
  up_one.feel = WeekFeel::Harder;
  CHECK(decide_week(p, up_one) == WeekOutcome::Held);
  WeekReview below_knee;
  below_knee.pain = 3;
  below_knee.red_flags = kBelowKneeNumbness;
  CHECK(decide_week(p, below_knee) == WeekOutcome::Held);
}

TEST_CASE("an urgent warning sign in the review stops the program and opens Get care now") {
  App app;
  start(app, 5);
  app.now += kWeekMs;
  const auto out = app.run(review(5, WeekFeel::Same, kLegWeakening));
  REQUIRE(out.error.empty());
  CHECK(app.state.screen == Screen::CareNow);
  CHECK(app.state.program->stopped());
  CHECK_FALSE(app.state.program->active());
  CHECK(app.state.journal.checkins.back().red_flags == kLegWeakening);
  CHECK(app.run(StartRoutine{RoutineKind::Program}).error ==
        "there is no program under way: start one first");
  app.now += kWeekMs;
  CHECK(app.run(review(3)).error == "reviewWeek: no program is under way");
  CHECK(app.run(StartProgram{3}).error.empty());  // a new start is the user's choice, after care
}

TEST_CASE("the program completes after 12 reviews, and its level never passes the top") {
  App app;
  start(app, 7);
  for (int week = 0; week < kProgramWeeks; ++week) {
    app.now += kWeekMs;
    REQUIRE(app.run(review(std::max(1, 6 - week / 2))).error.empty());
  }
  CHECK(app.state.program->complete());
  CHECK(app.state.program->level == kProgramLevels - 1);
  CHECK(app.state.program->week() == kProgramWeeks);
  app.now += kWeekMs;
  CHECK_FALSE(app.state.program->review_due(today(Moment{app.now, 60, 0})));
  store::deliver_reports();
  App reopened;
  reopened.open();
  REQUIRE(reopened.state.program);
  CHECK(*reopened.state.program == *app.state.program);
}

TEST_CASE("progress against the baseline uses the meaningful-change thresholds") {
  Program p = start_program(100, 6, PsfsScores{3, 4, kNoScore});
  CHECK_FALSE(program_progress(p).has_value());
  p.reviews.push_back(WeekReview{107, 5, {4, 5, kNoScore}, WeekFeel::Same, 0, 3, WeekOutcome::Advanced});
  auto progress = program_progress(p);
  REQUIRE(progress);
  CHECK(progress->pain_change == 1);
  CHECK_FALSE(progress->pain_meaningful);
  CHECK_FALSE(progress->psfs_meaningful);  // 3.5 to 4.5
  p.reviews.push_back(WeekReview{114, 4, {5, 6, kNoScore}, WeekFeel::Same, 3, 3, WeekOutcome::Advanced});
  progress = program_progress(p);
  CHECK(progress->pain_change == 2);
  CHECK(progress->pain_meaningful);  // 2 points
  CHECK(progress->psfs_meaningful);  // 3.5 to 5.5
  Program low = start_program(100, 3, kNoPsfsScores);
  low.reviews.push_back(WeekReview{107, 2, kNoPsfsScores, WeekFeel::Same, 0, 3, WeekOutcome::Advanced});
  CHECK(program_progress(low)->pain_meaningful);  // 33% less
}

TEST_CASE("program actions from JSON, and state() shows the week") {
  AppState state;
  const std::int64_t t0 = unknot::test::kAppStart;
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"startProgram","pain":11})", t0)) ==
        R"({"ok":false,"error":"startProgram: pain must be a whole number from 0 to 10"})");
  CHECK(dispatch_json(state, R"({"type":"startProgram","pain":5})", t0) == R"({"ok":true,"changed":true})");
  CHECK(
      plain_refusal(dispatch_json(state, R"({"type":"reviewWeek","feel":"meh","checkIn":{"pain":4}})", t0)) ==
      R"({"ok":false,"error":"reviewWeek: \"feel\" must be \"easier\", \"same\" or \"harder\""})");
  const std::int64_t later = t0 + kWeekMs;
  CHECK(dispatch_json(state,
                      R"({"type":"reviewWeek","feel":"easier","checkIn":{"pain":4,"psfs":[6,null,null]}})",
                      later) == R"({"ok":true,"changed":true})");
  const std::string json = state_to_json(state, later, 0);
  CHECK(json.find(R"("program":{"week":2,"level":1,"active":true,"stopped":false,"complete":false,)") !=
        std::string::npos);
  CHECK(
      json.find(
          R"("reviews":[{"date":"2026-11-27","pain":4,"psfs":[6,null,null],"feel":"easier","sessions":0,"outcome":"advanced"}])") !=
      std::string::npos);
  CHECK(dispatch_json(state, R"({"type":"endProgram"})", later) == R"({"ok":true,"changed":true})");
  CHECK(state_to_json(state, later, 0).find(R"("program":null)") != std::string::npos);
}
