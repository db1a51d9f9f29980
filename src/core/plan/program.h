// The optional 12-week program: the routine starts gentle and grows week by week through the
// exercises' variants and doses (program_levels.h), aiming at
// about 3 sessions a week. Each week ends with a review (pain, the PSFS activities, how the week
// felt, the warning signs) that decides the next week:
// - any urgent warning sign stops the program (the app shows Get care now);
// - pain up by 2 or more points since the last review (or the start) holds the level and
//   suggests the short routine; a week that felt harder, or pain spreading below the knee, holds
//   it too;
// - otherwise the next week moves up one level.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/journal/checkin.h"
#include "core/routine/routine_plan.h"
#include "core/support/result.h"

namespace unknot {

struct Journal;

inline constexpr int kProgramWeeks = 12;
inline constexpr int kProgramLevels = 12;  // 0 (gentle start) to 11: one level a week reaches 11 in week 12
inline constexpr int kSessionsPerWeek = 3;
inline constexpr int kDaysPerWeek = 7;
inline constexpr int kHoldingPainRise = 2;  // points on the 0-10 scale

enum class WeekFeel : std::uint8_t { Easier, Same, Harder };
enum class WeekOutcome : std::uint8_t { Advanced, Held, Stopped };

struct WeekReview {
  std::int32_t day = 0;  // the local day it was given
  int pain = 0;          // 0-10 now
  PsfsScores psfs = kNoPsfsScores;
  WeekFeel feel = WeekFeel::Same;
  std::uint8_t red_flags = 0;
  int sessions = 0;  // practice sessions in the week it closed
  WeekOutcome outcome = WeekOutcome::Advanced;
  bool operator==(const WeekReview& o) const {
    return day == o.day && pain == o.pain && psfs == o.psfs && feel == o.feel && red_flags == o.red_flags &&
           sessions == o.sessions && outcome == o.outcome;
  }
};

struct Program {
  std::int32_t start_day = 0;
  int baseline_pain = 0;
  PsfsScores baseline_psfs = kNoPsfsScores;
  int level = 0;
  std::vector<WeekReview> reviews;  // one per finished week, oldest first

  // The week being lived, 1 to 12 (12 once the last review is in: the program is complete).
  int week() const { return std::min<int>(static_cast<int>(reviews.size()) + 1, kProgramWeeks); }
  bool complete() const { return reviews.size() >= static_cast<std::size_t>(kProgramWeeks); }
  bool stopped() const { return !reviews.empty() && reviews.back().outcome == WeekOutcome::Stopped; }
  bool active() const { return !complete() && !stopped(); }
  // The last review held the level because pain rose: the short routine is suggested.
  bool suggests_short() const;
  std::int32_t week_start_day() const { return reviews.empty() ? start_day : reviews.back().day; }
  bool review_due(std::int32_t today) const { return active() && today >= week_start_day() + kDaysPerWeek; }

  bool operator==(const Program& o) const {
    return start_day == o.start_day && baseline_pain == o.baseline_pain && baseline_psfs == o.baseline_psfs &&
           level == o.level && reviews == o.reviews;
  }
  bool operator!=(const Program& o) const { return !(*this == o); }
};

Result<Program> validate_program(const Program& program);

// A new program from today, with the user's pain now and their latest PSFS scores as baseline.
Program start_program(std::int32_t today, int pain_now, const PsfsScores& psfs_now);

// What a review decides, from the program before it.
WeekOutcome decide_week(const Program& program, const WeekReview& review);
// Adds the review (with its sessions count and outcome filled in) and moves the level.
void close_week(Program& program, WeekReview review, const Journal& journal);

// Practice sessions (routines and breathing) in the journal from `from_day` on.
int sessions_since(const Journal& journal, std::int32_t from_day);

// The latest review's change from the baseline, with the meaningful-change thresholds:
// pain down 2 points or 30% (Farrar et al., 2001), PSFS average up 2 points (Stratford et al., 1995).
struct ProgramProgress {
  int pain_now = 0;
  int pain_change = 0;  // baseline minus now: positive is less pain
  bool pain_meaningful = false;
  std::optional<double> psfs_now, psfs_baseline;
  bool psfs_meaningful = false;
};
std::optional<ProgramProgress> program_progress(const Program& program);

}  // namespace unknot
