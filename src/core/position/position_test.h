// "Find your comfortable position", the physical therapist's tip as a guided test: rate the
// pain, rest a few minutes in option 1 (on the back, knees above the hips at 90 degrees), rate
// again; the same for option 2 (on the belly). The one that eased the pain more is remembered.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/flow/cue.h"
#include "core/support/result.h"

namespace unknot {

enum class PositionOption { OnBack, OnBelly };

enum class PositionStep { RateBefore, Rest, RateAfter, Result };

enum class PositionVerdict {
  OnBackBetter,
  OnBellyBetter,
  BothEqually,  // both eased the pain by the same amount
  Neither,      // neither eased it
};

struct PositionResult {
  std::array<int, 4> ratings{};  // on the back before, after; on the belly before, after (0-10)
  PositionVerdict verdict = PositionVerdict::Neither;
  bool worse = false;  // pain rose in at least one position
  std::int64_t finished_at_ms = 0;
  bool operator==(const PositionResult& o) const noexcept {
    return ratings == o.ratings && verdict == o.verdict && worse == o.worse &&
           finished_at_ms == o.finished_at_ms;
  }
  bool operator!=(const PositionResult& o) const noexcept { return !(*this == o); }
};

inline constexpr int kMinRestMinutes = 2, kMaxRestMinutes = 5;

PositionVerdict judge_positions(const std::array<int, 4>& ratings) noexcept;

class PositionTest {
 public:
  PositionTest(int rest_minutes, std::int64_t now_ms);

  PositionOption option() const noexcept { return option_; }
  PositionStep step() const noexcept { return step_; }
  int rest_minutes() const noexcept { return rest_minutes_; }
  std::int64_t rest_left_ms(std::int64_t now_ms) const noexcept;
  std::int64_t rest_elapsed_ms(std::int64_t now_ms) const noexcept;
  const std::array<std::optional<int>, 4>& ratings() const noexcept { return ratings_; }
  std::optional<PositionResult> result() const noexcept { return result_; }

  // A pain rating (0-10) for the current rating step; refused on any other step.
  Result<std::vector<Cue>> rate(int pain, std::int64_t now_ms);
  // Ends the rest when its time is up (from ticks) or at once (the user is done early).
  std::vector<Cue> advance(std::int64_t now_ms);
  Result<std::vector<Cue>> finish_rest_early(std::int64_t now_ms);

 private:
  int rest_minutes_;
  PositionOption option_ = PositionOption::OnBack;
  PositionStep step_ = PositionStep::RateBefore;
  std::int64_t rest_started_ms_ = 0;
  std::array<std::optional<int>, 4> ratings_;
  std::optional<PositionResult> result_;
};

}  // namespace unknot
