// The guided routine as a state machine on wall-clock time. A plan is laid out as a timeline
// of segments (get ready, work, switch sides, rest); the run always lands where the clock says,
// so a tab that slept for minutes resumes at the right place, never behind and never counting
// anything twice. Segment start times are accumulated exactly, so timing never drifts.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/flow/cue.h"
#include "core/routine/routine_plan.h"

namespace unknot {

enum class Phase { GetReady, Work, SwitchSides, Rest };
enum class Side { None, First, Second };

struct Segment {
  Phase phase;
  std::size_t item;  // index into the plan
  Side side;
  int round;  // 1-based
  std::int64_t duration_ms;
};

inline constexpr std::int64_t kGetReadyMs = 8000;      // time to read the card and get into position
inline constexpr std::int64_t kSwitchSidesMs = 5000;   // time to change sides
inline constexpr std::int64_t kCountdownMs = 3000;     // the last seconds of a hold are counted down
inline constexpr std::int64_t kTenLeftFromMs = 20000;  // holds this long or longer cue "10 seconds left"
// After a longer gap (the tab slept), only the latest cue is played, not a burst of stale ones.
inline constexpr std::int64_t kStaleCueGapMs = 1500;

std::vector<Segment> build_timeline(const RoutinePlan& plan);
std::int64_t timeline_duration_ms(const std::vector<Segment>& timeline);

enum class ItemOutcome { Pending, Done, Skipped };

struct RoutinePosition {
  Phase phase = Phase::GetReady;
  std::size_t item = 0;
  Side side = Side::None;
  int round = 1;
  int rounds = 1;
  int rep = 0;   // 1-based during the work phase of a reps exercise, else 0
  int reps = 0;  // reps in this work phase, 0 for holds
  std::int64_t elapsed_ms = 0;
  std::int64_t remaining_ms = 0;
  std::int64_t segment_ms = 0;
  std::int64_t routine_elapsed_ms = 0;
  std::int64_t routine_total_ms = 0;
};

struct RoutineSummary {
  int exercises_done = 0;
  int exercises_skipped = 0;
  int exercises_total = 0;
  std::int64_t active_ms = 0;  // time spent, pauses excluded
  bool ended_early = false;
};

class RoutineRun {
 public:
  RoutineRun(RoutineKind kind, RoutinePlan plan, std::int64_t now_ms);

  // Moves to where wall-clock time says and returns the cues passed on the way.
  std::vector<Cue> advance(std::int64_t now_ms);
  void pause(std::int64_t now_ms);
  std::vector<Cue> resume(std::int64_t now_ms);
  std::vector<Cue> skip(std::int64_t now_ms);              // to the next exercise (finishes after the last)
  std::vector<Cue> back(std::int64_t now_ms);              // to the previous exercise (restarts the first)
  std::vector<Cue> restart_exercise(std::int64_t now_ms);  // the current exercise from its start
  std::vector<Cue> end(std::int64_t now_ms);               // stop now and show the summary

  RoutineKind kind() const noexcept { return kind_; }
  const RoutinePlan& plan() const noexcept { return plan_; }
  const std::vector<Segment>& timeline() const noexcept { return timeline_; }
  bool paused() const noexcept { return paused_at_ms_.has_value(); }
  bool finished() const noexcept { return finished_at_ms_.has_value(); }
  const std::vector<ItemOutcome>& outcomes() const noexcept { return outcomes_; }
  RoutinePosition position(std::int64_t now_ms) const;
  RoutineSummary summary(std::int64_t now_ms) const;
  // When the last segment was scheduled to end, and when advance() saw it: their difference is
  // the timing error a person could notice (a frame at most while the page is visible).
  std::int64_t started_at_ms() const noexcept { return started_at_ms_; }
  std::optional<std::int64_t> finished_at_ms() const noexcept { return finished_at_ms_; }
  std::optional<std::int64_t> finish_seen_ms() const noexcept { return finish_seen_ms_; }

 private:
  std::size_t current_item() const noexcept;
  std::vector<Cue> jump_to_item(std::size_t item, std::int64_t now_ms);
  std::vector<Cue> finish(std::int64_t now_ms, bool early);

  RoutineKind kind_;
  RoutinePlan plan_;
  std::vector<Segment> timeline_;
  std::vector<ItemOutcome> outcomes_;
  std::size_t segment_ = 0;
  std::int64_t segment_start_ms_ = 0;  // shifted forward by pauses
  std::int64_t last_advance_ms_ = 0;   // cues up to here have been given
  std::int64_t started_at_ms_ = 0;
  std::int64_t paused_total_ms_ = 0;
  std::optional<std::int64_t> paused_at_ms_;
  std::optional<std::int64_t> finished_at_ms_;
  std::optional<std::int64_t> finish_seen_ms_;
  bool ended_early_ = false;
};

}  // namespace unknot
