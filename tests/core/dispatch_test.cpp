#include <catch2/catch.hpp>

#include "core/flow/dispatch.h"
#include "core/flow/state_json.h"
#include "test_support.h"

using namespace unknot;
using unknot::test::plain_refusal;

TEST_CASE("navigation goes to a section and Back returns home") {
  AppState state;
  REQUIRE(dispatch(state, Navigate{Screen::Learn}, 0).changed);
  CHECK(state.screen == Screen::Learn);
  CHECK(state.history == std::vector<Screen>{Screen::Home});

  REQUIRE(dispatch(state, GoBack{}, 0).changed);
  CHECK(state.screen == Screen::Home);
  CHECK(state.history.empty());
}

TEST_CASE("Back with nothing to go back to changes nothing") {
  AppState state;
  const auto before = state.revision;
  CHECK_FALSE(dispatch(state, GoBack{}, 0).changed);
  CHECK(state.screen == Screen::Home);
  CHECK(state.revision == before);
}

TEST_CASE("navigating to the screen already shown is not a change") {
  AppState state;
  dispatch(state, Navigate{Screen::Routine}, 0);
  const auto revision = state.revision;
  CHECK_FALSE(dispatch(state, Navigate{Screen::Routine}, 0).changed);
  CHECK(state.revision == revision);
  CHECK(state.history.size() == 1);
}

TEST_CASE("going home from a deep path clears the history") {
  AppState state;
  dispatch(state, Navigate{Screen::Learn}, 0);
  dispatch(state, Navigate{Screen::Settings}, 0);
  REQUIRE(state.history.size() == 2);
  dispatch(state, Navigate{Screen::Home}, 0);
  CHECK(state.screen == Screen::Home);
  CHECK(state.history.empty());
}

TEST_CASE("the history is bounded and keeps the most recent screens") {
  AppState state;
  for (int i = 0; i < 40; ++i) {
    dispatch(state, Navigate{i % 2 == 0 ? Screen::Learn : Screen::Settings}, 0);
  }
  CHECK(state.history.size() == kMaxHistory);
  CHECK(state.history.back() == Screen::Learn);  // we are on Settings, came from Learn
  CHECK(state.screen == Screen::Settings);
}

TEST_CASE("every change bumps the revision exactly once") {
  AppState state;
  dispatch(state, Navigate{Screen::Breathe}, 0);
  dispatch(state, SetLocale{Locale::Es}, 0);
  dispatch(state, SetLocale{Locale::Es}, 0);  // no change
  dispatch(state, GoBack{}, 0);
  CHECK(state.revision == 3);
}

TEST_CASE("dispatch_json applies a valid action and reports the change") {
  AppState state;
  CHECK(dispatch_json(state, R"({"type":"navigate","screen":"checkin"})", 0) ==
        R"({"ok":true,"changed":true})");
  CHECK(state.screen == Screen::Checkin);
  CHECK(dispatch_json(state, R"({"type":"back"})", 0) == R"({"ok":true,"changed":true})");
  CHECK(dispatch_json(state, R"({"type":"back"})", 0) == R"({"ok":true,"changed":false})");
}

TEST_CASE("dispatch_json rejects bad actions with a message and leaves the state alone") {
  const char* bad[] = {
      R"({"type":"fly"})",
      R"({"type":"navigate","screen":"moon"})",
      R"({"type":"navigate"})",
      R"({"type":"navigate","screen":3})",
      R"({"type":"setLocale","locale":"fr"})",
      R"({"screen":"learn"})",
      R"([1,2])",
      R"({"type":"navigate",)",
      "",
  };
  for (const char* json : bad) {
    AppState state;
    dispatch(state, Navigate{Screen::Learn}, 0);
    const auto before = state_to_json(state);
    const auto answer = dispatch_json(state, json, 0);
    INFO(json << " -> " << answer);
    CHECK(answer.rfind(R"({"ok":false,"code":")", 0) == 0);
    CHECK(state_to_json(state) == before);
  }
}

TEST_CASE("errors say what was wrong") {
  AppState state;
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"fly"})", 0)) ==
        R"({"ok":false,"error":"unknown action type \"fly\""})");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"navigate","screen":"moon"})", 0)) ==
        R"({"ok":false,"error":"navigate: unknown screen \"moon\""})");
  CHECK(dispatch_json(state, "{", 0).find("malformed JSON at offset 1") != std::string::npos);
}

TEST_CASE("the state snapshot names the screen, the locale and whether Back works") {
  AppState state;
  CHECK(
      state_to_json(state).rfind(
          R"({"screen":"home","canGoBack":false,"locale":"en","revision":0,"settings":{"sound":true,)"
          R"("vibration":true,"reduceMotion":false,"textSize":"standard","highContrast":false,"shareWithHost":false,)"
          R"("voiceCoach":false,"voiceBreaths":true,"voiceRate":"normal","voice":""},"voices":[],"coachVoice":null,)"
          R"("hosting":{"embedded":false,"updateReady":false,"updateRequested":false,"notifications":"unavailable"},)"
          R"("learn":{"page":null},"exerciseInView":"cat_cow",)"
          R"("customRoutine":[{"exercise":"cat_cow","dosage":)"
          R"({"kind":"reps","holdS":30,"reps":10,"repMs":8000,"perSide":false,"rounds":1,"restS":10}},)",
          0) == 0);
  dispatch(state, Navigate{Screen::Position}, 0);
  dispatch(state, SetLocale{Locale::Es}, 0);
  CHECK(state_to_json(state).rfind(R"({"screen":"position","canGoBack":true,"locale":"es","revision":2,)",
                                   0) == 0);
}
