#include <catch2/catch.hpp>

#include "core/flow/dispatch.h"
#include "core/flow/shortcuts.h"
#include "core/flow/state_json.h"
#include "test_support.h"

using namespace unknot;
using unknot::test::contains;
using unknot::test::kT0;
using unknot::test::plain_refusal;

TEST_CASE("starting a routine opens the player and cues get ready") {
  AppState state;
  dispatch(state, Navigate{Screen::Routine}, kT0);
  const auto outcome = dispatch(state, StartRoutine{RoutineKind::Short}, kT0);
  CHECK(outcome.changed);
  CHECK(outcome.cues == std::vector<Cue>{Cue::GetReady});
  CHECK(state.screen == Screen::Player);
  REQUIRE(state.routine);
  CHECK(state.routine->kind() == RoutineKind::Short);
  CHECK(routine_running(state));
}

TEST_CASE("routine controls are refused with a reason when there is no routine") {
  AppState state;
  for (const Action& action :
       {Action(PauseRoutine{}), Action(ResumeRoutine{}), Action(SkipExercise{}), Action(PreviousExercise{}),
        Action(RestartExercise{}), Action(EndRoutine{}), Action(CloseRoutine{})}) {
    const auto outcome = dispatch(state, action, kT0);
    CHECK(outcome.error == "no routine has been started");
    CHECK_FALSE(outcome.changed);
  }
  CHECK(dispatch(state, Navigate{Screen::Player}, kT0).error ==
        "there is no routine to show: start one first");
  CHECK(state.revision == 0);
}

TEST_CASE("the JSON API drives a routine and reports it in the state") {
  AppState state;
  CHECK(dispatch_json(state, R"({"type":"startRoutine","routine":"full"})", kT0) ==
        R"({"ok":true,"changed":true})");
  dispatch(state, Tick{}, kT0 + kGetReadyMs + 1000);
  const auto json = state_to_json(state, kT0 + kGetReadyMs + 1000);
  CHECK(contains(
      json,
      R"("routine":{"kind":"full","exercise":"cat_cow","variant":"standard","exerciseIndex":0,"exerciseCount":8,)"
      R"("phase":"work","side":null,"round":1,"rounds":1,"rep":1,"reps":10,"remainingMs":84710,)"));
  CHECK(dispatch_json(state, R"({"type":"pauseRoutine"})", kT0 + 9500) == R"({"ok":true,"changed":true})");
  CHECK(contains(state_to_json(state, kT0 + 99999), R"("paused":true)"));
  CHECK(dispatch_json(state, R"({"type":"skipExercise"})", kT0 + 10000) == R"({"ok":true,"changed":true})");
  CHECK(contains(state_to_json(state, kT0 + 10000), R"("exercise":"childs_pose_side_bend")"));
  CHECK(dispatch_json(state, R"({"type":"endRoutine"})", kT0 + 11000) == R"({"ok":true,"changed":true})");
  const auto finished = state_to_json(state, kT0 + 11000);
  CHECK(contains(finished, R"("phase":"finished")"));
  CHECK(contains(
      finished,
      R"("summary":{"done":0,"skipped":1,"total":8,"activeMs":9500,"endedEarly":true,"finishLagMs":0})"));
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"skipExercise"})", kT0 + 12000)) ==
        R"({"ok":false,"error":"the routine has finished"})");
  CHECK(dispatch_json(state, R"({"type":"closeRoutine"})", kT0 + 12000) == R"({"ok":true,"changed":true})");
  CHECK(state.screen == Screen::Home);
  CHECK(contains(state_to_json(state), R"("routine":null)"));
}

TEST_CASE("unknown routines and bad switches are refused") {
  AppState state;
  CHECK(
      plain_refusal(dispatch_json(state, R"({"type":"startRoutine","routine":"marathon"})", kT0)) ==
      R"X({"ok":false,"error":"startRoutine: unknown routine \"marathon\" (use \"full\", \"short\", \"custom\" or \"program\")"})X");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"setSound","on":"yes"})", kT0)) ==
        R"({"ok":false,"error":"setSound: on must be true or false"})");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"showExercise","exercise":9})", kT0)) ==
        R"({"ok":false,"error":"showExercise: index must be below 8"})");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"tick"})", kT0)) ==
        R"({"ok":false,"error":"unknown action type \"tick\""})");
  CHECK(state.revision == 0);
}

TEST_CASE("every action refuses a field it does not take, naming it, and a field given twice") {
  AppState state;
  // A typo must not be silently ignored: the caller would believe the setting took.
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"setSound","on":false,"typo":1})", kT0)) ==
        R"X({"ok":false,"error":"setSound: unknown field \"typo\" (check its spelling)"})X");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"back","screen":"home"})", kT0)) ==
        R"X({"ok":false,"error":"back: unknown field \"screen\" (check its spelling)"})X");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"exportData","format":"csv","to":"x"})", kT0)) ==
        R"X({"ok":false,"error":"exportData: unknown field \"to\" (check its spelling)"})X");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"finishBreak","snooze":true,"snoze":true})", kT0)) ==
        R"X({"ok":false,"error":"finishBreak: unknown field \"snoze\" (check its spelling)"})X");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"setSound","on":false,"on":true})", kT0)) ==
        R"({"ok":false,"error":"setSound: on is given twice"})");
  CHECK(
      plain_refusal(dispatch_json(
          state, R"({"type":"setCustomRoutine","items":[{"exercise":"cat_cow","dosage":{"holds":20}}]})",
          kT0)) ==
      R"X({"ok":false,"error":"setCustomRoutine: cat_cow: unknown field \"holds\" (check its spelling)"})X");
  CHECK(state.revision == 0);
}

TEST_CASE("settings and the carousel card change through actions") {
  AppState state;
  CHECK(dispatch_json(state, R"({"type":"setSound","on":false})", kT0) == R"({"ok":true,"changed":true})");
  CHECK_FALSE(state.settings.sound);
  dispatch_json(state, R"({"type":"setVibration","on":false})", kT0);
  CHECK_FALSE(state.settings.vibration);
  dispatch_json(state, R"({"type":"showExercise","exercise":"seal_stretch"})", kT0);
  CHECK(state.exercise_in_view == 6);
  dispatch_json(state, R"({"type":"showExercise","exercise":2})", kT0);
  CHECK(state.exercise_in_view == 2);
}

TEST_CASE("leaving the player pauses the routine; resuming brings it back") {
  AppState state;
  dispatch(state, Navigate{Screen::Routine}, kT0);
  dispatch(state, StartRoutine{RoutineKind::Full}, kT0);
  dispatch(state, GoBack{}, kT0 + 2000);
  CHECK(state.screen == Screen::Routine);
  CHECK(state.routine->paused());
  dispatch(state, ResumeRoutine{}, kT0 + 60000);
  CHECK(state.screen == Screen::Player);
  CHECK(state.routine->position(kT0 + 60000).elapsed_ms == 2000);
}

TEST_CASE("ticks bring the routine up to the clock and pass on its cues") {
  AppState state;
  dispatch(state, StartRoutine{RoutineKind::Full}, kT0);
  CHECK_FALSE(dispatch(state, Tick{}, kT0 + 100).changed);
  const auto outcome = dispatch(state, Tick{}, kT0 + kGetReadyMs);
  CHECK(outcome.changed);
  CHECK(outcome.cues == std::vector<Cue>{Cue::Start});
}

TEST_CASE("keyboard shortcuts map to actions on the screen shown") {
  AppState state;
  dispatch(state, Navigate{Screen::Routine}, kT0);
  CHECK_FALSE(shortcut_action(state, Key::Left).has_value());  // already on the first card
  REQUIRE(shortcut_action(state, Key::Right).has_value());
  dispatch(state, *shortcut_action(state, Key::Right), kT0);
  CHECK(state.exercise_in_view == 1);
  dispatch(state, StartRoutine{RoutineKind::Short}, kT0);
  dispatch(state, *shortcut_action(state, Key::Space), kT0 + 1000);
  CHECK(state.routine->paused());
  dispatch(state, *shortcut_action(state, Key::Space), kT0 + 2000);
  CHECK_FALSE(state.routine->paused());
  dispatch(state, *shortcut_action(state, Key::Right), kT0 + 3000);
  CHECK(state.routine->position(kT0 + 3000).item == 1);
  dispatch(state, *shortcut_action(state, Key::Left), kT0 + 4000);
  CHECK(state.routine->position(kT0 + 4000).item == 0);
  dispatch(state, *shortcut_action(state, Key::Escape), kT0 + 5000);
  CHECK(state.screen == Screen::Routine);
  CHECK(state.routine->paused());
  CHECK(std::holds_alternative<GoBack>(*shortcut_action(state, Key::Escape)));
}

TEST_CASE("a custom routine: chosen exercises, order and doses, validated, then played") {
  AppState state;
  CHECK(dispatch_json(
            state,
            R"({"type":"setCustomRoutine","items":[{"exercise":"seal_stretch","dosage":{"holdS":40}},)"
            R"({"exercise":"bird_dog"}]})",
            kT0) == R"({"ok":true,"changed":true})");
  REQUIRE(state.custom_plan.size() == 2);
  CHECK(state.custom_plan[0].exercise == ExerciseId::SealStretch);
  CHECK(state.custom_plan[0].dosage.hold_s == 40);
  CHECK(state.custom_plan[0].dosage.rounds == 3);  // the rest of the dose keeps its default
  CHECK(state.custom_plan[1].dosage == exercise(ExerciseId::BirdDog).dosage);
  CHECK(contains(state_to_json(state),
                 R"("customRoutine":[{"exercise":"seal_stretch","dosage":{"kind":"hold","holdS":40,)"));

  CHECK(dispatch_json(state, R"({"type":"startRoutine","routine":"custom"})", kT0) ==
        R"({"ok":true,"changed":true})");
  CHECK(state.routine->kind() == RoutineKind::Custom);
  CHECK(state.routine->plan() == state.custom_plan);
  CHECK(timeline_duration_ms(state.routine->timeline()) ==
        2 * kGetReadyMs + 3 * 40000 + 2 * 10000 + 2 * 48000 + kSwitchSidesMs);
}

TEST_CASE("custom routines outside the safe bounds are refused, and nothing changes") {
  AppState state;
  const auto before = state.custom_plan;
  const char* bad[][2] = {
      {R"({"type":"setCustomRoutine","items":[]})",
       "setCustomRoutine: a routine needs at least one exercise"},
      {R"({"type":"setCustomRoutine","items":[{"exercise":"plank"}]})",
       "setCustomRoutine: unknown exercise \"plank\""},
      {R"({"type":"setCustomRoutine","items":[{"exercise":"bird_dog","dosage":{"reps":99}}]})",
       "setCustomRoutine: bird_dog: reps must be between 1 and 50"},
      {R"({"type":"setCustomRoutine","items":[{"exercise":"bird_dog","dosage":{"reps":"8"}}]})",
       "setCustomRoutine: bird_dog: \"reps\" must be a whole number"},
      {R"({"type":"setCustomRoutine","items":[{"exercise":"bird_dog"},{"exercise":"bird_dog"}]})",
       "setCustomRoutine: bird_dog is in the routine twice"},
      {R"({"type":"setCustomRoutine","items":{}})", "setCustomRoutine: \"items\" must be an array"},
  };
  const auto escaped = [](std::string text) {  // quotes inside a JSON string come back as \"
    for (std::size_t at = text.find('"'); at != std::string::npos; at = text.find('"', at + 2))
      text.insert(at, "\\");
    return text;
  };
  for (const auto& [json, error] : bad) {
    INFO(json);
    CHECK(plain_refusal(dispatch_json(state, json, kT0)) ==
          std::string(R"({"ok":false,"error":")") + escaped(error) + "\"}");
  }
  CHECK(state.custom_plan == before);
  CHECK(state.revision == 0);
}

TEST_CASE("leaving the player lands on the routine screen even when started from elsewhere") {
  AppState state;
  dispatch(state, StartRoutine{RoutineKind::Short}, kT0);  // from home, e.g. through the JS API
  dispatch(state, GoBack{}, kT0 + 1000);
  CHECK(state.screen == Screen::Routine);
  CHECK(state.routine->paused());
  dispatch(state, GoBack{}, kT0 + 2000);
  CHECK(state.screen == Screen::Home);
  CHECK(state.history.empty());
}

TEST_CASE("cat cow is paced by the breathing pattern: one cycle per breath") {
  AppState state;
  dispatch(state, StartRoutine{RoutineKind::Full}, kT0);
  CHECK(state.routine->plan()[0].dosage.rep_ms == 8571);  // the default, 7 breaths a minute
  dispatch(state, CloseRoutine{}, kT0);
  dispatch(state, SetBreathPreset{BreathPreset::Relaxed}, kT0);
  dispatch(state, StartRoutine{RoutineKind::Short}, kT0);
  CHECK(state.routine->plan()[0].dosage.rep_ms == 10000);
  dispatch(state, CloseRoutine{}, kT0);
  dispatch(state, SetBreathPreset{BreathPreset::FourSevenEight}, kT0);  // 19 s: slower than a rep may be
  dispatch(state, StartRoutine{RoutineKind::Full}, kT0);
  CHECK(state.routine->plan()[0].dosage.rep_ms == 19000);
}
