#include <catch2/catch.hpp>

#include "core/flow/dispatch.h"
#include "core/flow/state_json.h"
#include "test_support.h"

using namespace unknot;
using unknot::test::contains;
using unknot::test::kT0;
using unknot::test::plain_refusal;

TEST_CASE("breathing through the JSON API: preset, length, start, phases at known instants, end") {
  AppState state;
  CHECK(dispatch_json(state, R"({"type":"setBreathPreset","preset":"relaxed"})", kT0) ==
        R"({"ok":true,"changed":true})");
  CHECK(dispatch_json(state, R"({"type":"setBreathLength","minutes":1})", kT0) ==
        R"({"ok":true,"changed":true})");
  DispatchOutcome outcome;
  CHECK(dispatch_json(state, R"({"type":"startBreathing"})", kT0, &outcome) ==
        R"({"ok":true,"changed":true})");
  CHECK(outcome.cues == std::vector<Cue>{Cue::BreatheIn});
  CHECK(contains(
      state_to_json(state, kT0 + 2000),
      R"("breathing":{"pattern":{"inhaleMs":4000,"holdInMs":0,"exhaleMs":6000,"holdOutMs":0},)"
      R"("preset":"relaxed","breathsPerMinute":6.0,"lengthMs":60000,"session":{"step":"inhale","progress":0.5,)"
      R"("stepRemainingMs":2000,"breaths":0,"elapsedMs":2000,"leftMs":58000,"paused":false,"finished":false}})"));
  dispatch(state, Tick{}, kT0 + 5000);
  CHECK(contains(state_to_json(state, kT0 + 5000), R"("step":"exhale")"));
  const auto end = dispatch(state, Tick{}, kT0 + 60000);
  CHECK(end.cues == std::vector<Cue>{Cue::Done});
  CHECK(contains(state_to_json(state, kT0 + 70000),
                 R"("breaths":6,"elapsedMs":60000,"leftMs":0,"paused":false,"finished":true)"));
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"pauseBreathing"})", kT0)) ==
        R"({"ok":false,"error":"no breathing session is running"})");
  CHECK(dispatch_json(state, R"({"type":"closeBreathing"})", kT0) == R"({"ok":true,"changed":true})");
  CHECK(contains(state_to_json(state), R"("session":null)"));
}

TEST_CASE("custom breathing patterns are validated; nothing changes mid-session") {
  AppState state;
  CHECK(dispatch_json(state, R"({"type":"setBreathPattern","inhaleS":3.5,"exhaleS":5.5,"holdOutS":1})",
                      kT0) == R"({"ok":true,"changed":true})");
  CHECK(state.breath.pattern == BreathPattern{3500, 0, 5500, 1000});
  CHECK(
      plain_refusal(dispatch_json(state, R"({"type":"setBreathPattern","inhaleS":3.3,"exhaleS":5})", kT0)) ==
      R"({"ok":false,"error":"setBreathPattern: inhale must be in steps of half a second"})");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"setBreathPattern","inhaleS":30,"exhaleS":5})", kT0)) ==
        R"({"ok":false,"error":"setBreathPattern: inhale must be between 1 and 15 seconds"})");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"setBreathPattern","inhaleS":"4"})", kT0)) ==
        R"({"ok":false,"error":"setBreathPattern: \"inhaleS\" must be a number of seconds"})");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"setBreathLength","minutes":7})", kT0)) ==
        R"({"ok":false,"error":"setBreathLength: \"minutes\" must be 1, 3, 5, 10, or 0 for open-ended"})");
  CHECK(dispatch_json(state, R"({"type":"setBreathPreset","preset":"fast"})", kT0).find("unknown preset") !=
        std::string::npos);
  dispatch(state, StartBreathing{}, kT0);
  CHECK(dispatch(state, SetBreathPreset{BreathPreset::Box}, kT0).error ==
        "the pattern can't change during a session: stop it first");
  CHECK(dispatch(state, SetBreathLength{0}, kT0).error ==
        "the length can't change during a session: stop it first");
  CHECK(state.breath.pattern == BreathPattern{3500, 0, 5500, 1000});
}

TEST_CASE("a breathing session pauses, resumes and stops") {
  AppState state;
  dispatch(state, StartBreathing{}, kT0);
  CHECK(breathing_running(state));
  dispatch(state, PauseBreathing{}, kT0 + 1000);
  CHECK_FALSE(breathing_running(state));
  CHECK(state.breathing->elapsed_ms(kT0 + 100000) == 1000);
  dispatch(state, ResumeBreathing{}, kT0 + 100000);
  CHECK(state.breathing->elapsed_ms(kT0 + 101000) == 2000);
  CHECK(dispatch(state, StopBreathing{}, kT0 + 101000).cues == std::vector<Cue>{Cue::Done});
  CHECK(state.breathing->finished());
  CHECK(dispatch_json(state, R"({"type":"setReduceMotion","on":true})", kT0) ==
        R"({"ok":true,"changed":true})");
  CHECK(state.settings.reduce_motion);
}
