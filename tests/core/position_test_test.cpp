#include <catch2/catch.hpp>

#include "core/flow/dispatch.h"
#include "core/flow/state_json.h"
#include "test_support.h"

using namespace unknot;
using unknot::test::contains;
using unknot::test::kT0;
using unknot::test::plain_refusal;

TEST_CASE("the position that eased the pain more wins; ties and no relief are said as such") {
  CHECK(judge_positions({6, 3, 6, 5}) == PositionVerdict::OnBackBetter);
  CHECK(judge_positions({6, 5, 5, 2}) == PositionVerdict::OnBellyBetter);
  CHECK(judge_positions({6, 4, 5, 3}) == PositionVerdict::BothEqually);
  CHECK(judge_positions({4, 4, 4, 4}) == PositionVerdict::Neither);
  CHECK(judge_positions({4, 6, 4, 5}) == PositionVerdict::Neither);  // both worse
  CHECK(judge_positions({4, 6, 4, 3}) == PositionVerdict::OnBellyBetter);
}

TEST_CASE("the test runs rate, rest, rate for each position and remembers the result") {
  AppState state;
  CHECK(dispatch_json(state, R"({"type":"startPositionTest","minutes":2})", kT0) ==
        R"({"ok":true,"changed":true})");
  CHECK(contains(state_to_json(state, kT0),
                 R"("test":{"option":"onBack","step":"rateBefore","restMinutes":2,)"));
  DispatchOutcome outcome;
  dispatch_json(state, R"({"type":"ratePain","pain":6})", kT0, &outcome);
  CHECK(outcome.cues == std::vector<Cue>{Cue::BreatheIn});
  CHECK(contains(state_to_json(state, kT0 + 30000),
                 R"("step":"rest","restMinutes":2,"restLeftMs":90000,"ratings":[6,null,null,null])"));
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"ratePain","pain":3})", kT0 + 1000)) ==
        R"({"ok":false,"error":"ratePain: the test is not asking for a rating now"})");
  CHECK(dispatch(state, Tick{}, kT0 + 119999).cues.empty());
  CHECK(dispatch(state, Tick{}, kT0 + 120000).cues == std::vector<Cue>{Cue::Done});
  CHECK(state.position_test->step() == PositionStep::RateAfter);
  dispatch_json(state, R"({"type":"ratePain","pain":3})", kT0 + 125000);
  CHECK(state.position_test->option() == PositionOption::OnBelly);
  CHECK(state.position_test->step() == PositionStep::RateBefore);
  dispatch_json(state, R"({"type":"ratePain","pain":5})", kT0 + 130000);
  CHECK(dispatch_json(state, R"({"type":"finishRest"})", kT0 + 140000) == R"({"ok":true,"changed":true})");
  dispatch_json(state, R"({"type":"ratePain","pain":5})", kT0 + 141000);
  CHECK(state.position_test->step() == PositionStep::Result);
  REQUIRE(state.position_result);
  CHECK(state.position_result->verdict == PositionVerdict::OnBackBetter);
  CHECK(contains(state_to_json(state),
                 R"("lastResult":{"verdict":"onBack","ratings":[6,3,5,5],"worse":false,)"));
  CHECK(dispatch_json(state, R"({"type":"closePositionTest"})", kT0) == R"({"ok":true,"changed":true})");
  CHECK_FALSE(state.position_test);
  CHECK(state.position_result);  // remembered
}

TEST_CASE("position test input outside the rules is refused") {
  AppState state;
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"startPositionTest","minutes":7})", kT0)) ==
        R"({"ok":false,"error":"startPositionTest: minutes must be a whole number from 2 to 5"})");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"ratePain","pain":4})", kT0)) ==
        R"({"ok":false,"error":"no position test is under way"})");
  dispatch(state, StartPositionTest{3}, kT0);
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"ratePain","pain":11})", kT0)) ==
        R"({"ok":false,"error":"ratePain: pain must be a whole number from 0 to 10"})");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"finishRest"})", kT0)) ==
        R"({"ok":false,"error":"there is no rest to finish"})");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"closePositionTest"})", kT0)) ==
        R"({"ok":false,"error":"the position test has no result to close"})");
  CHECK(dispatch_json(state, R"({"type":"cancelPositionTest"})", kT0) == R"({"ok":true,"changed":true})");
  CHECK_FALSE(state.position_test);
}

TEST_CASE("pain that rose in a position is flagged") {
  AppState state;
  dispatch(state, StartPositionTest{2}, kT0);
  for (int pain : {4, 6}) {
    dispatch(state, RatePain{pain}, kT0);
    if (state.position_test->step() == PositionStep::Rest) dispatch(state, FinishRestEarly{}, kT0);
  }
  for (int pain : {4, 4}) {
    dispatch(state, RatePain{pain}, kT0);
    if (state.position_test && state.position_test->step() == PositionStep::Rest)
      dispatch(state, FinishRestEarly{}, kT0);
  }
  REQUIRE(state.position_result);
  CHECK(state.position_result->worse);
  CHECK(state.position_result->verdict == PositionVerdict::Neither);
}
