// The optional 12-week program: it starts with a screening (the warning signs, and cautions that
// choose gentler variants), then the routine grows level by level through week 12, by variants
// and doses, aiming at about 3 sessions a week. Each week ends with a review (pain, the PSFS
// activities, how the week felt, new warning signs) that decides the next week; decide_week says
// how.
#pragma once
#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/journal/checkin.h"
#include "core/progress/psfs_change.h"
#include "core/routine/routine_plan.h"
#include "core/support/result.h"

namespace unknot {

struct Journal;

inline constexpr int kProgramWeeks = 12;
inline constexpr int kProgramLevels = 12;  // 0 (gentle start) to 11: one a week reaches 11 in week 12
inline constexpr int kSessionsPerWeek = 3;
inline constexpr int kDaysPerWeek = 7;
inline constexpr int kHoldingPainRise = 2;  // points on the 0-10 scale, 7-day average over the baseline
inline constexpr int kMinSessionsToAdvance = 2;
inline constexpr int kClinicianCheckWeek = 6;  // no meaningful improvement by then: suggest a clinician

enum class WeekFeel : std::uint8_t { Easier, Same, Harder };
// Stopped: an emergency sign (care now). Paused: a new same-day sign (the program waits until the
// person resumes it). SeeClinician: the level holds and a clinician is suggested, kindly.
enum class WeekOutcome : std::uint8_t { Advanced, Held, Stopped, SteppedDown, Paused, SeeClinician };
inline constexpr std::size_t kWeekOutcomeCount = 6;

// What the screening learnt that asks for gentler variants; none of them blocks the program.
enum ProgramCaution : std::uint8_t {
  kCautionPregnant = 1 << 0,
  kCautionOsteoporosis = 1 << 1,
  kCautionRecentBackSurgery = 1 << 2,  // in the last year
};
inline constexpr std::uint8_t kAllCautions = (1 << 3) - 1;

struct WeekReview {
  std::int32_t day = 0;  // the local day it was given
  int pain = 0;          // 0-10 now
  PsfsScores psfs = kNoPsfsScores;
  WeekFeel feel = WeekFeel::Same;
  std::uint16_t red_flags = 0;
  int sessions = 0;  // practice sessions in the week it closed
  WeekOutcome outcome = WeekOutcome::Advanced;
  int average_tenths = 0;  // the 7-day average pain when it was given, in tenths (before version 4: `pain`)
  bool operator==(const WeekReview& o) const {
    return day == o.day && pain == o.pain && average_tenths == o.average_tenths && psfs == o.psfs &&
           feel == o.feel && red_flags == o.red_flags && sessions == o.sessions && outcome == o.outcome;
  }
};

struct Program {
  std::int32_t start_day = 0;
  int baseline_pain = 0;
  PsfsScores baseline_psfs = kNoPsfsScores;
  int level = 0;
  std::vector<WeekReview> reviews;          // one per finished week, oldest first
  std::uint8_t cautions = 0;                // ProgramCaution bits from the screening
  std::optional<std::int32_t> resumed_day;  // the day a paused program was last resumed

  // The week being lived, 1 to 12 (12 once the last review is in: the program is complete).
  int week() const { return std::min<int>(static_cast<int>(reviews.size()) + 1, kProgramWeeks); }
  bool complete() const { return reviews.size() >= static_cast<std::size_t>(kProgramWeeks); }
  bool stopped() const { return !reviews.empty() && reviews.back().outcome == WeekOutcome::Stopped; }
  // A new same-day sign paused it and the person has not resumed it since.
  bool paused() const {
    return !reviews.empty() && reviews.back().outcome == WeekOutcome::Paused &&
           !(resumed_day && *resumed_day >= reviews.back().day);
  }
  bool active() const { return !complete() && !stopped() && !paused(); }
  // The last review stepped down because pain rose: the short routine is suggested too.
  bool suggests_short() const;
  // A resumed program's week starts again on the day it was resumed.
  std::int32_t week_start_day() const {
    const std::int32_t last = reviews.empty() ? start_day : reviews.back().day;
    return resumed_day ? std::max(last, *resumed_day) : last;
  }
  bool review_due(std::int32_t today) const { return active() && today >= week_start_day() + kDaysPerWeek; }

  bool operator==(const Program& o) const {
    return start_day == o.start_day && baseline_pain == o.baseline_pain && baseline_psfs == o.baseline_psfs &&
           level == o.level && reviews == o.reviews && cautions == o.cautions && resumed_day == o.resumed_day;
  }
  bool operator!=(const Program& o) const { return !(*this == o); }
};

Result<Program> validate_program(const Program& program);

// A new program from today, with the user's pain now and their latest PSFS scores as baseline.
Program start_program(std::int32_t today, int pain_now, const PsfsScores& psfs_now);

// What a review decides, from the program before it and the review with its sessions and 7-day
// average filled in, in this order:
// - an emergency sign stops the program (care now); a same-day sign pauses it (care today);
// - the 7-day average 2 or more points above the baseline steps down a level;
// - fewer than 2 sessions, or a week that felt harder, holds the level;
// - a sign for a clinician soon, a second held week in a row, or no meaningful improvement at
//   the week 6 review (judged from a baseline of 3 or more) suggests a clinician and holds;
// - otherwise the next week moves up one level.
enum class ClinicianReason : std::uint8_t { None, Sign, TwoHeldWeeks, NoChangeByWeek6 };
struct WeekDecision {
  WeekOutcome outcome;
  ClinicianReason reason = ClinicianReason::None;  // why SeeClinician
};
WeekDecision decide_week(const Program& program, const WeekReview& review);
// The decision of the program's review `index`, worked out again (for its explanation).
WeekDecision review_decision(const Program& program, std::size_t index);
// Adds the review (with its sessions count, 7-day average and outcome filled in) and moves the
// level. The review's own check-in is already in the journal.
void close_week(Program& program, WeekReview review, const Journal& journal);

// Practice sessions (routines and breathing) in the journal from `from_day` on.
int sessions_since(const Journal& journal, std::int32_t from_day);

// The latest review's 7-day average against the baseline (the same comparison decide_week
// makes, so the text never contradicts the week's outcome), with the meaningful-change thresholds:
// pain down 2 points or 30% (Farrar et al., 2001), judged only from a baseline of 3 or more, and
// the PSFS average up 2 points (Stratford et al., 1995), like with like: only ratings under the
// current activity names (from the first one after a rename), over the activities rated in both.
struct ProgramProgress {
  double pain_now = 0;                   // the latest review's 7-day average, as decide_week compares it
  double pain_change = 0;                // baseline minus now: positive is less pain
  bool pain_judged = false;              // baseline 3 or more; otherwise the numbers only
  std::optional<double> pain_threshold;  // a drop to here is meaningful: the chart's line
  bool pain_meaningful = false;
  std::optional<double> psfs_now, psfs_baseline;
  bool psfs_meaningful = false;
};
std::optional<ProgramProgress> program_progress(const Program& program,
                                                const std::optional<PsfsNaming>& naming = std::nullopt);

}  // namespace unknot
