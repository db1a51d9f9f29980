#include "core/plan/program.h"

#include <algorithm>
#include <cmath>

#include "core/journal/journal.h"
#include "core/progress/pain_trend.h"
#include "core/progress/progress_summary.h"

namespace unknot {

bool Program::suggests_short() const {
  return !reviews.empty() && reviews.back().outcome == WeekOutcome::SteppedDown;
}

Result<Program> validate_program(const Program& p) {
  using R = Result<Program>;
  auto valid_psfs = [](const PsfsScores& scores) {
    return std::all_of(scores.begin(), scores.end(),
                       [](std::int8_t s) { return s == kNoScore || (s >= 0 && s <= 10); });
  };
  if (p.start_day < 0) return R::fail("the program's start is before 1970");
  if (p.baseline_pain < 0 || p.baseline_pain > 10) return R::fail("pain must be a whole number from 0 to 10");
  if (!valid_psfs(p.baseline_psfs)) return R::fail("PSFS scores must be from 0 to 10");
  if (p.level < 0 || p.level >= kProgramLevels) return R::fail("the program level is out of range");
  if ((p.cautions & ~kAllCautions) != 0) return R::fail("unknown screening caution");
  if (p.resumed_day && *p.resumed_day < p.start_day)
    return R::fail("the program was resumed before it started");
  if (p.reviews.size() > static_cast<std::size_t>(kProgramWeeks))
    return R::fail("the program has too many reviews");
  std::int32_t previous = p.start_day;
  for (const WeekReview& r : p.reviews) {
    if (r.day < previous) return R::fail("the reviews are out of order");
    previous = r.day;
    if (r.pain < 0 || r.pain > 10) return R::fail("pain must be a whole number from 0 to 10");
    if (r.average_tenths < 0 || r.average_tenths > 100)
      return R::fail("the average pain must be from 0 to 10");
    if (!valid_psfs(r.psfs)) return R::fail("PSFS scores must be from 0 to 10");
    if (static_cast<int>(r.feel) > static_cast<int>(WeekFeel::Harder)) return R::fail("unknown week feeling");
    if (static_cast<int>(r.outcome) > static_cast<int>(WeekOutcome::SeeClinician))
      return R::fail("unknown week outcome");
    if ((r.red_flags & ~kAllRedFlags) != 0) return R::fail("unknown warning sign");
    if (r.sessions < 0 || r.sessions > 1000) return R::fail("the week's session count is out of range");
    if (&r != &p.reviews.back() && r.outcome == WeekOutcome::Stopped)
      return R::fail("a stopped program has no later reviews");
  }
  return R::ok(p);
}

Program start_program(std::int32_t today, int pain_now, const PsfsScores& psfs_now) {
  Program program;
  program.start_day = today;
  program.baseline_pain = pain_now;
  program.baseline_psfs = psfs_now;
  return program;
}

WeekDecision decide_week(const Program& program, const WeekReview& review) {
  if (review.red_flags & kEmergencyFlags) return {WeekOutcome::Stopped};
  if (review.red_flags & kTodayFlags) return {WeekOutcome::Paused};
  const double average = review.average_tenths / 10.0;
  if (average - program.baseline_pain >= kHoldingPainRise - 1e-9) return {WeekOutcome::SteppedDown};
  const bool holds = review.sessions < kMinSessionsToAdvance || review.feel == WeekFeel::Harder;
  if (review.red_flags & kSoonFlags) return {WeekOutcome::SeeClinician, ClinicianReason::Sign};
  const bool held_before = !program.reviews.empty() && program.reviews.back().outcome == WeekOutcome::Held;
  if (holds && held_before) return {WeekOutcome::SeeClinician, ClinicianReason::TwoHeldWeeks};
  const bool week_six = program.reviews.size() + 1 == static_cast<std::size_t>(kClinicianCheckWeek);
  if (week_six && meaningful_change_judged(program.baseline_pain) &&
      !pain_change(program.baseline_pain, average).meaningful_drop) {
    return {WeekOutcome::SeeClinician, ClinicianReason::NoChangeByWeek6};
  }
  return {holds ? WeekOutcome::Held : WeekOutcome::Advanced};
}

WeekDecision review_decision(const Program& program, std::size_t index) {
  Program before = program;
  before.reviews.resize(std::min(index, program.reviews.size()));
  return decide_week(before, program.reviews.at(index));
}

int sessions_since(const Journal& journal, std::int32_t from_day) {
  int count = 0;
  for (auto it = journal.sessions.rbegin(); it != journal.sessions.rend(); ++it) {
    if (it->day < from_day) continue;  // not in day order when time zones changed: look at all recent
    if (it->kind == SessionKind::Routine || it->kind == SessionKind::Breathing) ++count;
  }
  return count;
}

void close_week(Program& program, WeekReview review, const Journal& journal) {
  review.sessions = sessions_since(journal, program.week_start_day());
  const auto average = seven_day_average(daily_pain(journal.checkins), review.day);
  review.average_tenths = static_cast<int>(std::lround(average.value_or(review.pain) * 10));
  review.outcome = decide_week(program, review).outcome;
  if (review.outcome == WeekOutcome::Advanced)
    program.level = std::min(program.level + 1, kProgramLevels - 1);
  if (review.outcome == WeekOutcome::SteppedDown) program.level = std::max(program.level - 1, 0);
  program.reviews.push_back(review);
}

std::optional<ProgramProgress> program_progress(const Program& program,
                                                const std::optional<PsfsNaming>& naming) {
  if (program.reviews.empty()) return std::nullopt;
  const WeekReview& last = program.reviews.back();
  ProgramProgress p;
  p.pain_now = last.average_tenths / 10.0;
  const auto change = pain_change(program.baseline_pain, p.pain_now);
  p.pain_change = change.points;
  p.pain_judged = change.judged;
  p.pain_meaningful = change.meaningful_drop;
  p.pain_threshold = meaningful_threshold(program.baseline_pain);

  // The PSFS baseline: the start's ratings, or after a rename the first review under the new names.
  if (naming && last.day < naming->day) return p;  // the latest ratings were for the old names
  const bool renamed_since_start = naming && naming->day > program.start_day;
  std::vector<PsfsScores> under_names;
  if (!renamed_since_start) under_names.push_back(program.baseline_psfs);
  for (const WeekReview& review : program.reviews) {
    if (!naming || review.day >= naming->day) under_names.push_back(review.psfs);
  }
  if (under_names.size() < 2 || !psfs_average(last.psfs)) return p;
  for (std::size_t i = 0; i + 1 < under_names.size(); ++i) {
    if (const auto pair = psfs_paired(under_names[i], last.psfs)) {
      p.psfs_baseline = pair->first;
      p.psfs_now = pair->latest;
      p.psfs_meaningful = pair->latest - pair->first >= kMeaningfulPsfsChange - 1e-9;
      break;
    }
  }
  return p;
}

}  // namespace unknot
