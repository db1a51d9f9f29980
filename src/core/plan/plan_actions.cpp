#include "core/plan/plan_actions.h"

#include <algorithm>

#include "core/journal/journal_actions.h"
#include "core/storage/two_tabs.h"
#include "core/support/dates.h"

namespace unknot {

std::int32_t today(const Moment& now) {
  return local_day(now.ms, clamp_utc_offset(now.utc_offset_min));
}

RoutineKind planned_routine(const AppState& state) {
  if (state.program && state.program->active()) {
    return state.program->suggests_short() ? RoutineKind::Short : RoutineKind::Program;
  }
  return state.daily_plan.routine;
}

DispatchOutcome tick_plan_item(AppState& state, const TickPlanItem& a, const Moment& now) {
  if (const char* why = journal_write_refusal(state)) return refused(RefusalCode::ReadOnly, why);
  if (static_cast<std::size_t>(a.item) >= kPlanItemCount)
    return refused(RefusalCode::Invalid, "tickPlanItem: unknown plan item");
  // One record per day: the first tick creates it, later ticks (and unticks) update it.
  const std::int32_t day = today(now);
  SessionRecord record;
  if (const SessionRecord* existing = plan_record_for_day(state.journal, day)) {
    record = *existing;
  } else {
    if (!a.done) return changed(false);
    record.id = plan_record_id(day);  // the same in every tab: see two_tabs.h
    record.at_ms = now.ms;
    record.utc_offset_min = clamp_utc_offset(now.utc_offset_min);
    record.day = day;
    record.kind = SessionKind::Plan;
  }
  const std::uint8_t items = a.done ? (record.plan_items | plan_bit(a.item))
                                    : static_cast<std::uint8_t>(record.plan_items & ~plan_bit(a.item));
  if (items == record.plan_items) return changed(false);
  record.plan_items = items;
  DispatchOutcome out = changed();
  keep_session(state, std::move(record), out);
  return out;
}

DispatchOutcome set_plan_item(AppState& state, const SetPlanItem& a) {
  DailyPlan plan = state.daily_plan;
  plan.items = a.included ? (plan.items | plan_bit(a.item))
                          : static_cast<std::uint8_t>(plan.items & ~plan_bit(a.item));
  if (!validate_daily_plan(plan)) return refused(RefusalCode::Invalid, "setPlanItem: unknown plan item");
  if (plan == state.daily_plan) return changed(false);
  state.daily_plan = plan;
  return changed();
}

DispatchOutcome set_plan_time(AppState& state, const SetPlanTime& a) {
  if (static_cast<std::size_t>(a.item) >= kPlanItemCount)
    return refused(RefusalCode::Invalid, "setPlanTime: unknown plan item");
  DailyPlan plan = state.daily_plan;
  plan.times[static_cast<std::size_t>(a.item)] = a.time;
  if (const auto valid = validate_daily_plan(plan); !valid)
    return refused(RefusalCode::Invalid, "setPlanTime: " + valid.error());
  if (plan == state.daily_plan) return changed(false);
  state.daily_plan = plan;
  return changed();
}

DispatchOutcome set_plan_routine(AppState& state, const SetPlanRoutine& a) {
  DailyPlan plan = state.daily_plan;
  plan.routine = a.kind;
  if (const auto valid = validate_daily_plan(plan); !valid)
    return refused(RefusalCode::Invalid, "setPlanRoutine: " + valid.error());
  if (plan == state.daily_plan) return changed(false);
  state.daily_plan = plan;
  return changed();
}

DispatchOutcome set_movement_breaks(AppState& state, const SetMovementBreaks& a, const Moment& now) {
  if (const auto valid = validate_break_settings(a.settings); !valid)
    return refused(RefusalCode::Invalid, "setMovementBreaks: " + valid.error());
  if (a.settings == state.breaks) return changed(false);
  state.breaks = a.settings;
  restart_breaks(state.break_schedule, state.breaks, now.ms, clamp_utc_offset(now.utc_offset_min));
  return changed();
}

DispatchOutcome finish_break(AppState& state, const FinishBreak& a, const Moment& now) {
  if (!state.break_schedule.showing) return refused(RefusalCode::NotNow, "no movement break is showing");
  finish_break(state.break_schedule, state.breaks, now.ms, clamp_utc_offset(now.utc_offset_min), a.snooze);
  return changed();
}

void advance_movement_breaks(AppState& state, const Moment& now, DispatchOutcome& outcome) {
  const std::int64_t due_before = state.break_schedule.due_ms;
  // Someone doing the routine or a breathing session is not sitting still: a break that comes
  // due then is not shown, and the count starts again from now.
  const bool practising = routine_running(state) || breathing_running(state);
  if (practising && due_before != 0 && now.ms >= due_before && !state.break_schedule.showing) {
    restart_breaks(state.break_schedule, state.breaks, now.ms, clamp_utc_offset(now.utc_offset_min));
    outcome.changed = true;
    return;
  }
  if (advance_breaks(state.break_schedule, state.breaks, now.ms, clamp_utc_offset(now.utc_offset_min))) {
    outcome.changed = true;
    outcome.cues.push_back(Cue::MoveReminder);
    outcome.movement_break = true;
    outcome.announcements.push_back(Announcement{{Str::BreakTitle, Str::BreakBody}, true, {}});
  } else if (state.break_schedule.due_ms != due_before) {
    outcome.changed = true;  // the next reminder's time moved: state() and the wake-up timer follow
  }
}

// The screening's signs decide first: an emergency or same-day sign keeps the program from
// starting and opens the care page; a sign for a clinician soon lets it start, and says so there.
DispatchOutcome start_program(AppState& state, const StartProgram& a, const Moment& now) {
  if (a.pain < 0 || a.pain > 10)
    return refused(RefusalCode::Invalid, "startProgram: pain must be a whole number from 0 to 10");
  if ((a.screening.red_flags & ~kAskedFlags) != 0)
    return refused(RefusalCode::Invalid,
                   "startProgram: screening.redFlags holds a sign the screening doesn't ask");
  if ((a.screening.cautions & ~kAllCautions) != 0)
    return refused(RefusalCode::Invalid, "startProgram: unknown screening caution");
  if (state.program && (state.program->active() || state.program->paused()))
    return refused(RefusalCode::NotNow, "startProgram: a program is already under way");
  const std::uint16_t signs = a.screening.red_flags | (a.screening.past_cancer ? kPastCancer : 0);
  const auto tier = care_tier(signs);
  if (tier == CareTier::Emergency || tier == CareTier::Today)
    return open_care(state, signs, CareNote::ProgramWaits);
  const CheckIn* latest = state.journal.latest_checkin();
  state.program = start_program(today(now), a.pain, latest ? latest->psfs : kNoPsfsScores);
  state.program->cautions = a.screening.cautions;
  state.review_saved = false;
  if (tier == CareTier::Soon) return open_care(state, signs, CareNote::ProgramStartedSeeSoon);
  return changed();
}

DispatchOutcome resume_program(AppState& state, const Moment& now) {
  if (!state.program || !state.program->paused())
    return refused(RefusalCode::NotNow, "resumeProgram: the program is not paused");
  state.program->resumed_day = today(now);
  state.review_saved = false;
  return changed();
}

DispatchOutcome review_week(AppState& state, const ReviewWeek& a, const Moment& now) {
  if (!state.program || !state.program->active())
    return refused(RefusalCode::NotNow, "reviewWeek: no program is under way");
  if (!state.program->review_due(today(now)))
    return refused(RefusalCode::NotNow, "reviewWeek: the week is not over yet");
  if (static_cast<int>(a.feel) > static_cast<int>(WeekFeel::Harder))
    return refused(RefusalCode::Invalid, "reviewWeek: unknown feeling");
  if (const char* why = journal_write_refusal(state)) return refused(RefusalCode::ReadOnly, why);
  // The review's pain, scores and warning signs go in the journal like any check-in.
  auto entry = new_checkin(state, a.checkin, now);
  if (!entry) return refused(RefusalCode::Invalid, "reviewWeek: " + entry.error());
  DispatchOutcome out = save_new_checkin(state, std::move(entry).value());
  state.just_saved_checkin.clear();  // the Check-in screen starts fresh all the same
  WeekReview review;
  review.day = today(now);
  review.pain = a.checkin.pain;
  review.psfs = a.checkin.psfs;
  review.feel = a.feel;
  review.red_flags = a.checkin.red_flags;
  close_week(*state.program, review, state.journal);
  state.review_saved = true;
  return out;
}

DispatchOutcome open_care(AppState& state, std::uint16_t signs, CareNote note) {
  DispatchOutcome out = changed();
  navigate(state, Screen::CareNow);
  state.care_flags = signs;
  state.care_note = note;
  out.announcements.push_back(Announcement{{Str::CareTitle, Str::CareHint}, true, {}});
  return out;
}

DispatchOutcome end_program(AppState& state) {
  if (!state.program) return refused(RefusalCode::NotNow, "endProgram: no program has been started");
  state.program.reset();
  state.review_saved = false;
  return changed();
}

}  // namespace unknot
