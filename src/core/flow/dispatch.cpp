#include "core/flow/dispatch.h"

#include <algorithm>
#include <cassert>

#include "core/flow/hosting.h"
#include "core/journal/journal_actions.h"
#include "core/plan/plan_actions.h"
#include "core/plan/program_levels.h"
#include "core/routine/routine_words.h"
#include "core/support/json_writer.h"
#include "core/transfer/transfer_actions.h"
#include "core/voice/voice_actions.h"

namespace unknot {

bool navigate(AppState& state, Screen to) {
  if (state.screen == to) return false;
  if (to == Screen::Home) {
    state.history.clear();  // home is the root: Back from anywhere leads there, never past it
  } else {
    if (state.history.size() == kMaxHistory) state.history.erase(state.history.begin());
    state.history.push_back(state.screen);
  }
  state.screen = to;
  return true;
}

namespace {

// The breathing visualiser's and the position test's cues, each with its word for screen readers
// unless the voice coach says them (a screen reader would talk over it).
void add_cues(DispatchOutcome& out, const AppState& state, const std::vector<Cue>& cues) {
  for (Cue cue : cues) {
    out.cues.push_back(cue);
    if (coach_speaks(state)) continue;
    if (const auto words = cue_words(cue)) out.announcements.push_back(Announcement{{*words}, false, {}});
  }
}

DispatchOutcome with_breathing_cues(AppState& state, const std::vector<Cue>& cues, std::int64_t now_ms) {
  DispatchOutcome out = changed();
  add_cues(out, state, cues);
  coach_breathing(state, out, cues, now_ms);
  return out;
}

DispatchOutcome with_position_cues(AppState& state, const std::vector<Cue>& cues, std::int64_t now_ms) {
  DispatchOutcome out = changed();
  add_cues(out, state, cues);
  coach_position(state, out, cues, now_ms);
  return out;
}

// The routine's cues, said with what to do now (core/routine/routine_words.h), by the voice
// coach when it speaks, else to screen readers.
void add_routine_cues(DispatchOutcome& out, AppState& state, const std::vector<Cue>& cues,
                      std::int64_t now_ms, bool user_moved) {
  out.cues.insert(out.cues.end(), cues.begin(), cues.end());
  coach_routine(state, out, cues, now_ms, user_moved);
  if (coach_speaks(state)) return;
  for (std::string& words :
       routine_cue_words(state.locale, cues, *state.routine, now_ms, state.breath.pattern))
    out.announcements.push_back(Announcement{{}, false, std::move(words)});
}

// The user's own start, skip, back or restart: the coach cuts what it was saying.
DispatchOutcome with_routine_cues(AppState& state, const std::vector<Cue>& cues, std::int64_t now_ms) {
  DispatchOutcome out = changed();
  add_routine_cues(out, state, cues, now_ms, true);
  return out;
}

// A pause, an end or leaving: the voice stops mid-phrase rather than talk about what no longer runs.
DispatchOutcome hushed(DispatchOutcome out) {
  if (out.error.empty()) out.hush = true;
  return out;
}

// Sets a field; true when that changed it (the UI redraws only for real changes).
template <class T>
bool assign(T& field, const T& value) {
  if (field == value) return false;
  field = value;
  return true;
}

bool go_back(AppState& state, std::int64_t now_ms) {
  // A Learn page is one step below the Learn index, whichever way the page was opened.
  if (state.screen == Screen::Learn && state.learn_page) {
    state.learn_page.reset();
    return true;
  }
  // Leaving the player pauses the routine, and always lands on the routine screen, where it
  // waits to be resumed (wherever the routine was started from).
  if (state.screen == Screen::Player && state.routine && !state.routine->finished()) {
    if (routine_running(state)) state.routine->pause(now_ms);
    if (!state.history.empty() && state.history.back() == Screen::Routine) state.history.pop_back();
    state.screen = Screen::Routine;
    return true;
  }
  if (state.history.empty()) return false;
  state.screen = state.history.back();
  state.history.pop_back();
  return true;
}

bool breathing_active(const AppState& state) {
  return state.breathing && !state.breathing->finished();
}

// Cat cow flows with the breath: one cycle per breath of the user's pattern (inhale into cow,
// exhale into cat), within the tempo bounds a rep allows.
void pace_cat_cow_by_breath(RoutinePlan& plan, const BreathPattern& pattern) {
  const auto cycle = static_cast<int>(
      std::clamp<std::int64_t>(cycle_ms(pattern), DosageLimits::kMinRepMs, DosageLimits::kMaxRepMs));
  for (RoutineItem& item : plan) {
    if (item.exercise == ExerciseId::CatCow && item.dosage.kind == DoseKind::Reps) item.dosage.rep_ms = cycle;
  }
}

// Refuses routine controls when there is nothing for them to act on.
const char* routine_control_refusal(const AppState& state) {
  if (!state.routine) return "no routine has been started";
  if (state.routine->finished()) return "the routine has finished";
  return nullptr;
}

struct Handler {
  AppState& state;
  const Moment& moment;
  std::int64_t now;

  // Warning signs come first: once saved, the "get care now" guidance is shown at once.
  DispatchOutcome with_care_if_flagged(DispatchOutcome out, std::uint16_t red_flags) const {
    if (!out.error.empty() || red_flags == 0) return out;
    DispatchOutcome care = open_care(state, red_flags);
    out.announcements.insert(out.announcements.end(), care.announcements.begin(), care.announcements.end());
    return out;
  }

  DispatchOutcome operator()(const Navigate& a) const {
    if (a.to == Screen::Player && !state.routine)
      return refused(RefusalCode::NotNow, "there is no routine to show: start one first");
    if (a.to == Screen::Review && !(state.program && state.program->review_due(today(moment)))) {
      return refused(RefusalCode::NotNow, "there is no weekly review due");
    }
    const bool fresh_review = a.to == Screen::Review && state.review_saved;
    if (a.to == Screen::Review) state.review_saved = false;
    const bool fresh_checkin = a.to == Screen::Checkin && !state.just_saved_checkin.empty();
    if (a.to == Screen::Checkin) state.just_saved_checkin.clear();  // each visit starts a new check-in
    // Learn opens at its index; a page is reached from there (or with showLearnPage).
    const bool left_page = a.to == Screen::Learn && state.learn_page;
    if (a.to == Screen::Learn) state.learn_page.reset();
    // Opened by the user, the care page marks nothing: marks belong to the answers that opened it.
    const bool unmarked =
        a.to == Screen::CareNow && (state.care_flags != 0 || state.care_note != CareNote::None);
    if (a.to == Screen::CareNow) {
      state.care_flags = 0;
      state.care_note = CareNote::None;
    }
    return changed(navigate(state, a.to) || fresh_checkin || left_page || fresh_review || unmarked);
  }
  DispatchOutcome operator()(const GoBack&) const {
    const bool was_running = routine_running(state);
    DispatchOutcome out = changed(go_back(state, now) || was_running != routine_running(state));
    out.hush = was_running && !routine_running(state);
    return out;
  }
  DispatchOutcome operator()(const SetLocale& a) const {
    const bool differs = assign(state.locale, a.locale);
    return differs ? hushed(changed()) : changed(false);  // no phrase goes on in the language left
  }
  DispatchOutcome operator()(const SetSound& a) const { return changed(assign(state.settings.sound, a.on)); }
  DispatchOutcome operator()(const SetVibration& a) const {
    return changed(assign(state.settings.vibration, a.on));
  }
  DispatchOutcome operator()(const ShowLearnPage& a) const {
    const bool moved = navigate(state, Screen::Learn);
    return changed(assign(state.learn_page, std::optional<LearnPage>(a.page)) || moved);
  }
  DispatchOutcome operator()(const ShowExercise& a) const {
    if (a.index >= kExerciseCount) return refused(RefusalCode::Invalid, "there is no exercise at that index");
    return changed(assign(state.exercise_in_view, a.index));
  }
  DispatchOutcome operator()(const SetCustomRoutine& a) const {
    const auto plan = validate_plan(a.plan);
    if (!plan) return refused(RefusalCode::Invalid, "setCustomRoutine: " + plan.error());
    const bool differs = !(state.custom_plan == a.plan);
    state.custom_plan = a.plan;
    return changed(differs);
  }
  DispatchOutcome operator()(const StartRoutine& a) const {
    if (a.kind == RoutineKind::Program && !(state.program && state.program->active())) {
      return refused(RefusalCode::NotNow, "there is no program under way: start one first");
    }
    RoutinePlan plan = a.kind == RoutineKind::Short  ? short_routine()
                       : a.kind == RoutineKind::Full ? full_routine()
                       : a.kind == RoutineKind::Program
                           ? program_routine(state.program->level, state.program->cautions)
                           : state.custom_plan;
    if (!validate_plan(plan))
      return refused(RefusalCode::NotNow, "the custom routine is empty: choose at least one exercise");
    pace_cat_cow_by_breath(plan, state.breath.pattern);
    state.routine.emplace(a.kind, std::move(plan), now);
    if (state.screen != Screen::Player) navigate(state, Screen::Player);
    return with_routine_cues(state, {Cue::GetReady}, now);
  }
  DispatchOutcome operator()(const PauseRoutine&) const {
    if (const char* why = routine_control_refusal(state)) return refused(RefusalCode::NotNow, why);
    const bool was_paused = state.routine->paused();
    state.routine->pause(now);
    return hushed(changed(!was_paused));
  }
  DispatchOutcome operator()(const ResumeRoutine&) const {
    if (const char* why = routine_control_refusal(state)) return refused(RefusalCode::NotNow, why);
    const bool was_paused = state.routine->paused();
    DispatchOutcome out =
        was_paused ? with_routine_cues(state, state.routine->resume(now), now) : changed(false);
    if (state.screen != Screen::Player) out.changed |= navigate(state, Screen::Player);
    return out;
  }
  DispatchOutcome operator()(const SkipExercise&) const {
    if (const char* why = routine_control_refusal(state)) return refused(RefusalCode::NotNow, why);
    return with_routine_cues(state, state.routine->skip(now), now);
  }
  DispatchOutcome operator()(const PreviousExercise&) const {
    if (const char* why = routine_control_refusal(state)) return refused(RefusalCode::NotNow, why);
    return with_routine_cues(state, state.routine->back(now), now);
  }
  DispatchOutcome operator()(const RestartExercise&) const {
    if (const char* why = routine_control_refusal(state)) return refused(RefusalCode::NotNow, why);
    return with_routine_cues(state, state.routine->restart_exercise(now), now);
  }
  DispatchOutcome operator()(const EndRoutine&) const {
    if (const char* why = routine_control_refusal(state)) return refused(RefusalCode::NotNow, why);
    return hushed(with_routine_cues(state, state.routine->end(now), now));
  }
  DispatchOutcome operator()(const CloseRoutine&) const {
    if (!state.routine) return refused(RefusalCode::NotNow, "no routine has been started");
    state.routine.reset();
    if (state.screen == Screen::Player && !go_back(state, now)) navigate(state, Screen::Routine);
    return hushed(changed());
  }
  DispatchOutcome operator()(const SetReduceMotion& a) const {
    return changed(assign(state.settings.reduce_motion, a.on));
  }
  DispatchOutcome operator()(const SetBreathPreset& a) const {
    return (*this)(SetBreathPattern{preset_pattern(a.preset)});
  }
  DispatchOutcome operator()(const SetBreathPattern& a) const {
    if (matching_preset(a.pattern) == std::nullopt) {
      const auto checked = validate_custom_pattern(a.pattern);
      if (!checked) return refused(RefusalCode::Invalid, "setBreathPattern: " + checked.error());
    }
    if (breathing_active(state))
      return refused(RefusalCode::NotNow, "the pattern can't change during a session: stop it first");
    return changed(assign(state.breath.pattern, a.pattern));
  }
  DispatchOutcome operator()(const SetBreathLength& a) const {
    if (breathing_active(state))
      return refused(RefusalCode::NotNow, "the length can't change during a session: stop it first");
    return changed(assign(state.breath.length_ms, a.length_ms));
  }
  DispatchOutcome operator()(const StartBreathing&) const {
    state.breathing.emplace(state.breath.pattern, state.breath.length_ms, now);
    return with_breathing_cues(state, {Cue::BreatheIn}, now);
  }
  DispatchOutcome operator()(const PauseBreathing&) const {
    if (!breathing_active(state)) return refused(RefusalCode::NotNow, "no breathing session is running");
    const bool was_paused = state.breathing->paused();
    state.breathing->pause(now);
    return hushed(changed(!was_paused));
  }
  DispatchOutcome operator()(const ResumeBreathing&) const {
    if (!breathing_active(state)) return refused(RefusalCode::NotNow, "no breathing session is running");
    const bool was_paused = state.breathing->paused();
    state.breathing->resume(now);
    return changed(was_paused);
  }
  DispatchOutcome operator()(const StopBreathing&) const {
    if (!breathing_active(state)) return refused(RefusalCode::NotNow, "no breathing session is running");
    state.breathing->stop(now);
    return hushed(with_breathing_cues(state, {Cue::Done}, now));
  }
  DispatchOutcome operator()(const CloseBreathing&) const {
    if (!state.breathing) return refused(RefusalCode::NotNow, "no breathing session has been started");
    state.breathing.reset();
    return hushed(changed());
  }
  DispatchOutcome operator()(const StartPositionTest& a) const {
    if (a.rest_minutes < kMinRestMinutes || a.rest_minutes > kMaxRestMinutes) {
      return refused(RefusalCode::Invalid, "startPositionTest: rest minutes must be from 2 to 5");
    }
    state.position_test.emplace(a.rest_minutes, now);
    return changed();
  }
  DispatchOutcome operator()(const RatePain& a) const {
    if (!state.position_test) return refused(RefusalCode::NotNow, "no position test is under way");
    auto cues = state.position_test->rate(a.pain, now);
    if (!cues) return refused(RefusalCode::Invalid, "ratePain: " + cues.error());
    if (const auto result = state.position_test->result()) state.position_result = *result;
    return with_position_cues(state, cues.value(), now);
  }
  DispatchOutcome operator()(const FinishRestEarly&) const {
    if (!state.position_test) return refused(RefusalCode::NotNow, "no position test is under way");
    auto cues = state.position_test->finish_rest_early(now);
    if (!cues) return refused(RefusalCode::NotNow, cues.error());
    DispatchOutcome out = changed();
    add_cues(out, state, cues.value());  // the user ended the rest: nothing to coach
    return hushed(std::move(out));
  }
  DispatchOutcome operator()(const CancelPositionTest&) const {
    if (!state.position_test) return refused(RefusalCode::NotNow, "no position test is under way");
    state.position_test.reset();
    return hushed(changed());
  }
  DispatchOutcome operator()(const ClosePositionTest&) const {
    if (!state.position_test || state.position_test->step() != PositionStep::Result) {
      return refused(RefusalCode::NotNow, "the position test has no result to close");
    }
    state.position_test.reset();
    return changed();
  }
  DispatchOutcome operator()(const SaveCheckIn& a) const {
    return with_care_if_flagged(save_checkin(state, a, moment), a.draft.red_flags);
  }
  DispatchOutcome operator()(const RateSessionPain& a) const { return rate_session_pain(state, a); }
  DispatchOutcome operator()(const SetPsfsActivities& a) const {
    const auto names = validate_psfs_activities(a.names);
    if (!names) return refused(RefusalCode::Invalid, "setPsfsActivities: " + names.error());
    // A named activity given another name: its earlier scores were for something else, so
    // comparisons start again from now (naming an empty slot is no rename).
    for (std::size_t i = 0; i < a.names.size(); ++i) {
      if (!state.psfs_activities[i].empty() && state.psfs_activities[i] != a.names[i]) {
        state.psfs_renamed = PsfsNaming{moment.ms, local_day(moment.ms, moment.utc_offset_min)};
        break;
      }
    }
    return changed(assign(state.psfs_activities, a.names));
  }
  DispatchOutcome operator()(const SetTextSize& a) const {
    return changed(assign(state.settings.text_size, a.size));
  }
  DispatchOutcome operator()(const SetHighContrast& a) const {
    return changed(assign(state.settings.high_contrast, a.on));
  }
  DispatchOutcome operator()(const RetrySaves&) const { return retry_saves(state); }
  DispatchOutcome operator()(const ExportData& a) const { return export_data(state, a, moment); }
  DispatchOutcome operator()(const PreviewImport& a) const { return preview_import_file(state, a); }
  DispatchOutcome operator()(const PickImportFile&) const {
    if (const char* why = journal_write_refusal(state)) return refused(RefusalCode::ReadOnly, why);
    DispatchOutcome out;
    out.pick_import_file = true;
    return out;
  }
  DispatchOutcome operator()(const ConfirmImport& a) const { return confirm_import(state, a, moment); }
  DispatchOutcome operator()(const CancelImport&) const {
    const bool had = state.import_preview.has_value();
    state.import_preview.reset();
    return changed(had);
  }
  DispatchOutcome operator()(const EraseAllData&) const { return erase_all_data(state); }
  DispatchOutcome operator()(const StorageOpened& a) const { return storage_opened(state, a); }
  DispatchOutcome operator()(const WriteFinished& a) const { return write_finished(state, a); }
  DispatchOutcome operator()(const RecordChangedElsewhere& a) const {
    return record_changed_elsewhere(state, a);
  }
  DispatchOutcome operator()(const ErasedElsewhere&) const { return erased_elsewhere(state); }
  DispatchOutcome operator()(const StorageLost&) const { return storage_lost(state); }
  DispatchOutcome operator()(const DismissStorageNotice&) const {
    const bool had = state.storage.restored_after_loss > 0;
    state.storage.restored_after_loss = 0;
    return changed(had);
  }
  DispatchOutcome operator()(const ReplaceDamagedSettings&) const {
    if (!state.storage.preferences_damaged)
      return refused(RefusalCode::NotNow, "the stored settings are not damaged");
    state.storage.preferences_damaged = false;
    state.storage.stored_preferences.clear();  // so the settings as they are now are written at once
    return changed();
  }
  DispatchOutcome operator()(const SetEmbedded& a) const {
    return changed(assign(state.hosting.embedded, a.on));
  }
  DispatchOutcome operator()(const UpdateReady&) const {
    return changed(assign(state.hosting.update_ready, true));
  }
  DispatchOutcome operator()(const ApplyUpdate&) const { return apply_update(state); }
  DispatchOutcome operator()(const OpenFullApp&) const {
    if (!state.hosting.embedded) return refused(RefusalCode::NotNow, "Unknot is already open on its own");
    DispatchOutcome out;
    out.open_full_app = true;
    return out;
  }
  DispatchOutcome operator()(const SetShareWithHost& a) const {
    return changed(assign(state.settings.share_with_host, a.on));
  }
  DispatchOutcome operator()(const TickPlanItem& a) const { return tick_plan_item(state, a, moment); }
  DispatchOutcome operator()(const SetPlanItem& a) const { return set_plan_item(state, a); }
  DispatchOutcome operator()(const SetPlanTime& a) const { return set_plan_time(state, a); }
  DispatchOutcome operator()(const SetPlanRoutine& a) const { return set_plan_routine(state, a); }
  DispatchOutcome operator()(const SetMovementBreaks& a) const {
    return set_movement_breaks(state, a, moment);
  }
  DispatchOutcome operator()(const FinishBreak& a) const { return finish_break(state, a, moment); }
  DispatchOutcome operator()(const StartProgram& a) const { return start_program(state, a, moment); }
  DispatchOutcome operator()(const ResumeProgram&) const { return resume_program(state, moment); }
  DispatchOutcome operator()(const ReviewWeek& a) const {
    return with_care_if_flagged(review_week(state, a, moment),
                                a.checkin.red_flags);  // urgent ones stop the program
  }
  DispatchOutcome operator()(const EndProgram&) const { return end_program(state); }
  DispatchOutcome operator()(const AllowNotifications&) const {
    if (state.hosting.notifications != NotifyAccess::Ask)
      return refused(RefusalCode::NotNow, "notifications can't be asked for here");
    DispatchOutcome out;
    out.ask_notifications = true;
    return out;
  }
  DispatchOutcome operator()(const SetNotificationAccess& a) const {
    return changed(assign(state.hosting.notifications, a.access));
  }
  DispatchOutcome operator()(const SetVoiceCoach& a) const {
    return changed(assign(state.settings.voice.on, a.on));
  }
  DispatchOutcome operator()(const SetVoiceBreaths& a) const {
    return changed(assign(state.settings.voice.breaths, a.on));
  }
  DispatchOutcome operator()(const SetVoiceRate& a) const {
    return changed(assign(state.settings.voice.rate, a.rate));
  }
  DispatchOutcome operator()(const SetVoice& a) const {
    const std::vector<const DeviceVoice*> offered = voices_for(state.device_voices, state.locale);
    const auto is_it = [&](const DeviceVoice* voice) { return voice->id == a.id; };
    if (!a.id.empty() && std::none_of(offered.begin(), offered.end(), is_it))
      return refused(RefusalCode::Invalid, "setVoice: this device has no such voice for the app's language");
    return changed(assign(state.settings.voice.voice, a.id));
  }
  DispatchOutcome operator()(const TestVoice&) const { return test_voice(state, now); }
  DispatchOutcome operator()(const SetDeviceVoices& a) const {
    return changed(assign(state.device_voices, a.voices));
  }
  DispatchOutcome operator()(const Tick&) const {
    DispatchOutcome out;
    if (state.routine) add_routine_cues(out, state, state.routine->advance(now), now, false);
    if (state.position_test) {
      const std::vector<Cue> cues = state.position_test->advance(now);
      add_cues(out, state, cues);
      coach_position(state, out, cues, now);
    }
    if (state.breathing) {
      const std::vector<Cue> cues = state.breathing->advance(now);
      add_cues(out, state, cues);
      coach_breathing(state, out, cues, now);
    }
    out.changed = !out.cues.empty();
    advance_movement_breaks(state, moment, out);
    return out;
  }
};

}  // namespace

DispatchOutcome dispatch(AppState& state, const Action& action, const Moment& now) {
  const bool could_speak = coach_speaks(state);
  DispatchOutcome outcome = std::visit(Handler{state, now, now.ms}, action);
  // Sound off, the coach off, another language: what the coach was saying stops at once.
  if (could_speak && !coach_speaks(state)) outcome.hush = true;
  if (outcome.hush) state.coach.hushed();
  if (outcome.error.empty()) {
    record_finished_sessions(state, now, outcome);
    // Preferences can only differ after a change; the routine's per-frame ticks skip the encode.
    if (outcome.changed) store_changed_preferences(state, outcome);
    release_requested_update(state, outcome);
  }
  // The promise every caller relies on: a refusal leaves the state as it was.
  assert((outcome.error.empty() || !outcome.changed) && "a refused action must change nothing");
  if (outcome.changed) ++state.revision;
  return outcome;
}

std::string dispatch_json(AppState& state, std::string_view action_json, const Moment& now,
                          DispatchOutcome* result) {
  JsonWriter out;
  out.begin_object();
  const auto write_refusal = [&](RefusalCode code, std::string_view detail) {
    out.field("ok", false);
    out.field("code", refusal_code_id(code));
    out.field("error", detail);
    out.field("message", tr(state.locale, refusal_words(code)));
  };
  auto action = parse_action(action_json);
  if (!action) {
    write_refusal(RefusalCode::Invalid, action.error());
  } else {
    auto outcome = dispatch(state, action.value(), now);
    if (!outcome.error.empty()) {
      write_refusal(outcome.refusal, outcome.error);
    } else {
      out.field("ok", true);
      out.field("changed", outcome.changed);
    }
    if (result) *result = std::move(outcome);
  }
  out.end_object();
  return out.take();
}

}  // namespace unknot
