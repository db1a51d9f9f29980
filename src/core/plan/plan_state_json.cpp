#include "core/plan/plan_state_json.h"

#include "core/flow/action_readers.h"
#include "core/flow/state_json.h"
#include "core/journal/journal_words.h"
#include "core/plan/plan_actions.h"
#include "core/plan/program_levels.h"
#include "core/support/dates.h"

namespace unknot {
namespace {

std::string clock_text(int minutes) {
  return clock_time(std::int64_t{minutes} * 60'000, 0);
}

std::string_view plan_item_key(PlanItem item) {
  return key_of(kPlanItemWords, plan_bit(item));
}

}  // namespace

void write_scores(JsonWriter& out, const char* name, const PsfsScores& scores) {
  out.key(name);
  out.begin_array();
  for (std::int8_t s : scores) {
    if (s == kNoScore)
      out.null();
    else
      out.value(static_cast<int>(s));
  }
  out.end_array();
}

std::string_view outcome_key(WeekOutcome outcome) {
  switch (outcome) {
    case WeekOutcome::Advanced: return "advanced";
    case WeekOutcome::Held: return "held";
    case WeekOutcome::Stopped: return "stopped";
    case WeekOutcome::SteppedDown: return "steppedDown";
    case WeekOutcome::Paused: return "paused";
    case WeekOutcome::SeeClinician: return "seeClinician";
  }
  return "advanced";
}

void write_plan_state(JsonWriter& out, const AppState& state, std::int32_t today) {
  const auto lines = plan_for_day(state.daily_plan, state.journal, today);
  int done = 0;
  for (const PlanLine& line : lines) done += line.done() ? 1 : 0;
  out.begin_object();
  out.field("routine", key_of(kRoutineKindWords, static_cast<std::uint16_t>(planned_routine(state))));
  out.field("done", done);
  out.field("total", static_cast<int>(lines.size()));
  out.key("items");
  out.begin_array();
  for (const PlanLine& line : lines) {
    out.begin_object();
    out.field("item", plan_item_key(line.item));
    out.field("time", plan_time_key(line.time));
    out.field("ticked", line.ticked);
    out.field("doneBySession", line.done_by_session);
    out.field("done", line.done());
    out.end_object();
  }
  out.end_array();
  out.end_object();
}

void write_breaks_state(JsonWriter& out, const AppState& state) {
  const BreakSettings& b = state.breaks;
  out.begin_object();
  out.field("on", b.on);
  out.field("intervalMin", b.interval_min);
  out.field("quietFrom", clock_text(b.quiet_from_min));
  out.field("quietTo", clock_text(b.quiet_to_min));
  out.field("showing", state.break_schedule.showing);
  out.key("dueAt");  // wall-clock milliseconds of the next reminder, or null
  if (state.break_schedule.due_ms == 0)
    out.null();
  else
    out.value(state.break_schedule.due_ms);
  out.field("shownToday", state.break_schedule.shown_today);
  out.end_object();
}

void write_program_state(JsonWriter& out, const AppState& state, std::int32_t today) {
  if (!state.program) {
    out.null();
    return;
  }
  const Program& p = *state.program;
  out.begin_object();
  out.field("week", p.week());
  out.field("level", p.level);
  out.field("active", p.active());
  out.field("stopped", p.stopped());
  out.field("paused", p.paused());
  out.field("complete", p.complete());
  out.field("startDate", iso_date(p.start_day));
  out.field("reviewDate", iso_date(p.week_start_day() + kDaysPerWeek));
  out.field("reviewDue", p.review_due(today));
  out.field("sessionsThisWeek", sessions_since(state.journal, p.week_start_day()));
  out.field("sessionsGoal", kSessionsPerWeek);
  out.field("suggestsShort", p.suggests_short());
  out.field("baselinePain", p.baseline_pain);
  write_scores(out, "baselinePsfs", p.baseline_psfs);
  out.key("cautions");
  out.begin_array();
  for (std::string_view key : keys_of_mask(kCautionWords, p.cautions)) out.value(key);
  out.end_array();
  // The week's exercises with their variant: [{exercise, variant, dosage: {...}}, ...].
  out.key("routine");
  out.begin_array();
  for (const RoutineItem& item : program_routine(p.level, p.cautions)) {
    out.begin_object();
    out.field("exercise", exercise(item.exercise).key);
    out.field("variant", variant_key(item.variant));
    out.key("dosage");
    write_dosage_object(out, item.dosage);
    out.end_object();
  }
  out.end_array();
  out.key("reviews");
  out.begin_array();
  for (const WeekReview& r : p.reviews) {
    out.begin_object();
    out.field("date", iso_date(r.day));
    out.field("pain", r.pain);
    out.field("averagePain", r.average_tenths / 10.0);
    write_scores(out, "psfs", r.psfs);
    out.field("feel", week_feel_key(r.feel));
    out.field("sessions", r.sessions);
    out.field("outcome", outcome_key(r.outcome));
    out.end_object();
  }
  out.end_array();
  out.end_object();
}

}  // namespace unknot
