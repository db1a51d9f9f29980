#include "core/position/position_test.h"

#include <algorithm>
#include <cassert>

namespace unknot {

PositionVerdict judge_positions(const std::array<int, 4>& r) noexcept {
  const int back_relief = r[0] - r[1];
  const int belly_relief = r[2] - r[3];
  if (back_relief <= 0 && belly_relief <= 0) return PositionVerdict::Neither;
  if (back_relief == belly_relief) return PositionVerdict::BothEqually;
  return back_relief > belly_relief ? PositionVerdict::OnBackBetter : PositionVerdict::OnBellyBetter;
}

PositionTest::PositionTest(int rest_minutes, std::int64_t /*now_ms*/) : rest_minutes_(rest_minutes) {
  assert(rest_minutes >= kMinRestMinutes && rest_minutes <= kMaxRestMinutes &&
         "rest minutes are checked by the caller");
}

std::int64_t PositionTest::rest_elapsed_ms(std::int64_t now_ms) const noexcept {
  if (step_ != PositionStep::Rest) return 0;
  return std::clamp<std::int64_t>(now_ms - rest_started_ms_, 0, std::int64_t{rest_minutes_} * 60000);
}

std::int64_t PositionTest::rest_left_ms(std::int64_t now_ms) const noexcept {
  if (step_ != PositionStep::Rest) return 0;
  return std::int64_t{rest_minutes_} * 60000 - rest_elapsed_ms(now_ms);
}

Result<std::vector<Cue>> PositionTest::rate(int pain, std::int64_t now_ms) {
  if (pain < 0 || pain > 10)
    return Result<std::vector<Cue>>::fail("pain must be a whole number from 0 to 10");
  const std::size_t base = option_ == PositionOption::OnBack ? 0 : 2;
  if (step_ == PositionStep::RateBefore) {
    ratings_[base] = pain;
    step_ = PositionStep::Rest;
    rest_started_ms_ = now_ms;
    return Result<std::vector<Cue>>::ok({Cue::BreatheIn});
  }
  if (step_ == PositionStep::RateAfter) {
    ratings_[base + 1] = pain;
    if (option_ == PositionOption::OnBack) {
      option_ = PositionOption::OnBelly;
      step_ = PositionStep::RateBefore;
      return Result<std::vector<Cue>>::ok({});
    }
    PositionResult result;
    for (std::size_t i = 0; i < 4; ++i) result.ratings[i] = *ratings_[i];
    result.verdict = judge_positions(result.ratings);
    result.worse = result.ratings[1] > result.ratings[0] || result.ratings[3] > result.ratings[2];
    result.finished_at_ms = now_ms;
    result_ = result;
    step_ = PositionStep::Result;
    return Result<std::vector<Cue>>::ok({Cue::Done});
  }
  return Result<std::vector<Cue>>::fail("the test is not asking for a rating now");
}

std::vector<Cue> PositionTest::advance(std::int64_t now_ms) {
  if (step_ != PositionStep::Rest || rest_left_ms(now_ms) > 0) return {};
  step_ = PositionStep::RateAfter;
  return {Cue::Done};
}

Result<std::vector<Cue>> PositionTest::finish_rest_early(std::int64_t /*now_ms*/) {
  if (step_ != PositionStep::Rest) return Result<std::vector<Cue>>::fail("there is no rest to finish");
  step_ = PositionStep::RateAfter;
  return Result<std::vector<Cue>>::ok({Cue::Done});
}

}  // namespace unknot
