#include "core/flow/state_json.h"

#include <cmath>

#include "core/journal/journal_state_json.h"
#include "core/journal/journal_words.h"
#include "core/plan/plan_state_json.h"
#include "core/routine/exercise.h"
#include "core/support/json_writer.h"
#include "core/voice/voice_actions.h"

namespace unknot {
namespace {

std::string_view kind_id(RoutineKind kind) {
  return key_of(kRoutineKindWords, static_cast<std::uint16_t>(kind));
}

void write_routine(JsonWriter& out, const RoutineRun& run, std::int64_t now_ms) {
  const RoutinePosition p = run.position(now_ms);
  const Exercise& current = exercise(run.plan()[p.item].exercise);
  out.begin_object();
  out.field("kind", kind_id(run.kind()));
  out.field("exercise", current.key);
  out.field("variant", variant_key(run.plan()[p.item].variant));
  out.field("exerciseIndex", static_cast<int>(p.item));
  out.field("exerciseCount", static_cast<int>(run.plan().size()));
  out.field("phase", run.finished() ? std::string_view("finished") : phase_id(p.phase));
  out.key("side");
  if (p.side == Side::None || run.finished())
    out.null();
  else
    out.value(p.side == Side::First ? "first" : "second");
  out.field("round", p.round);
  out.field("rounds", p.rounds);
  out.field("rep", p.rep);
  out.field("reps", p.reps);
  out.field("remainingMs", p.remaining_ms);
  out.field("elapsedMs", p.routine_elapsed_ms);
  out.field("totalMs", p.routine_total_ms);
  out.field("paused", run.paused());
  out.field("finished", run.finished());
  out.key("summary");
  if (!run.finished()) {
    out.null();
  } else {
    const RoutineSummary s = run.summary(now_ms);
    out.begin_object();
    out.field("done", s.exercises_done);
    out.field("skipped", s.exercises_skipped);
    out.field("total", s.exercises_total);
    out.field("activeMs", s.active_ms);
    out.field("endedEarly", s.ended_early);
    // How long after its scheduled end the finish was seen: the timing error a person could notice.
    out.field("finishLagMs", run.finish_seen_ms().value_or(0) - run.finished_at_ms().value_or(0));
    out.end_object();
  }
  out.end_object();
}

std::string_view step_id(BreathStep step) {
  switch (step) {
    case BreathStep::Inhale: return "inhale";
    case BreathStep::HoldIn: return "holdIn";
    case BreathStep::Exhale: return "exhale";
    case BreathStep::HoldOut: return "holdOut";
  }
  return "inhale";
}

void write_breathing(JsonWriter& out, const AppState& state, std::int64_t now_ms) {
  const BreathPattern& p = state.breath.pattern;
  out.begin_object();
  out.key("pattern");
  out.begin_object();
  out.field("inhaleMs", p.inhale_ms);
  out.field("holdInMs", p.hold_in_ms);
  out.field("exhaleMs", p.exhale_ms);
  out.field("holdOutMs", p.hold_out_ms);
  out.end_object();
  out.key("preset");
  if (const auto preset = matching_preset(p))
    out.value(preset_key(*preset));
  else
    out.null();
  out.field("breathsPerMinute", std::round(breaths_per_minute(p) * 10.0) / 10.0);
  out.field("lengthMs", state.breath.length_ms);
  out.key("session");
  if (!state.breathing) {
    out.null();
  } else {
    const BreathingSession& session = *state.breathing;
    const BreathMoment m = session.moment(now_ms);
    const std::int64_t elapsed = session.elapsed_ms(now_ms);
    out.begin_object();
    out.field("step", step_id(m.step));
    out.field("progress", std::round(static_cast<double>(m.progress) * 1000.0) / 1000.0);
    out.field("stepRemainingMs", m.remaining_ms);
    out.field("breaths", m.breaths);
    out.field("elapsedMs", elapsed);
    out.key("leftMs");
    if (session.length_ms() > 0)
      out.value(session.length_ms() - elapsed);
    else
      out.null();
    out.field("paused", session.paused());
    out.field("finished", session.finished());
    out.end_object();
  }
  out.end_object();
}

std::string_view position_step_id(PositionStep step) {
  switch (step) {
    case PositionStep::RateBefore: return "rateBefore";
    case PositionStep::Rest: return "rest";
    case PositionStep::RateAfter: return "rateAfter";
    case PositionStep::Result: return "result";
  }
  return "rateBefore";
}

void write_position_result(JsonWriter& out, const PositionResult& r) {
  out.begin_object();
  out.field("verdict", verdict_id(r.verdict));
  out.key("ratings");
  out.begin_array();
  for (int rating : r.ratings) out.value(rating);
  out.end_array();
  out.field("worse", r.worse);
  out.field("finishedAt", r.finished_at_ms);
  out.end_object();
}

void write_position(JsonWriter& out, const AppState& state, std::int64_t now_ms) {
  out.begin_object();
  out.key("test");
  if (!state.position_test) {
    out.null();
  } else {
    const PositionTest& test = *state.position_test;
    out.begin_object();
    out.field("option", test.option() == PositionOption::OnBack ? "onBack" : "onBelly");
    out.field("step", position_step_id(test.step()));
    out.field("restMinutes", test.rest_minutes());
    out.field("restLeftMs", test.rest_left_ms(now_ms));
    out.key("ratings");
    out.begin_array();
    for (const auto& rating : test.ratings()) {
      if (rating)
        out.value(*rating);
      else
        out.null();
    }
    out.end_array();
    out.end_object();
  }
  out.key("lastResult");
  if (state.position_result)
    write_position_result(out, *state.position_result);
  else
    out.null();
  out.end_object();
}

}  // namespace

void write_dosage_object(JsonWriter& out, const Dosage& d) {
  out.begin_object();
  out.field("kind", d.kind == DoseKind::Hold ? "hold" : "reps");
  out.field("holdS", d.hold_s);
  out.field("reps", d.reps);
  out.field("repMs", d.rep_ms);
  out.field("perSide", d.per_side);
  out.field("rounds", d.rounds);
  out.field("restS", d.rest_s);
  out.end_object();
}

std::string_view verdict_id(PositionVerdict verdict) {
  switch (verdict) {
    case PositionVerdict::OnBackBetter: return "onBack";
    case PositionVerdict::OnBellyBetter: return "onBelly";
    case PositionVerdict::BothEqually: return "both";
    case PositionVerdict::Neither: return "neither";
  }
  return "neither";
}

void write_routine_plan(JsonWriter& out, const RoutinePlan& plan) {
  out.begin_array();
  for (const RoutineItem& item : plan) {
    out.begin_object();
    out.field("exercise", exercise(item.exercise).key);
    out.key("dosage");
    write_dosage_object(out, item.dosage);
    out.end_object();
  }
  out.end_array();
}

std::string_view phase_id(Phase phase) noexcept {
  switch (phase) {
    case Phase::GetReady: return "getReady";
    case Phase::Work: return "work";
    case Phase::SwitchSides: return "switchSides";
    case Phase::Rest: return "rest";
  }
  return "work";
}

std::string state_to_json(const AppState& state, std::int64_t now_ms, int utc_offset_min) {
  const std::int32_t today = local_day(now_ms, utc_offset_min);
  JsonWriter out;
  out.begin_object();
  out.field("screen", screen_id(state.screen));
  out.field("canGoBack", !state.history.empty());
  out.field("locale", locale_id(state.locale));
  out.field("revision", state.revision);
  out.key("settings");
  out.begin_object();
  out.field("sound", state.settings.sound);
  out.field("vibration", state.settings.vibration);
  out.field("reduceMotion", state.settings.reduce_motion);
  out.field("textSize", state.settings.text_size == TextSize::Standard ? "standard"
                        : state.settings.text_size == TextSize::Large  ? "large"
                                                                       : "largest");
  out.field("highContrast", state.settings.high_contrast);
  out.field("shareWithHost", state.settings.share_with_host);
  out.field("voiceCoach", state.settings.voice.on);
  out.field("voiceBreaths", state.settings.voice.breaths);
  out.field("voiceRate", state.settings.voice.rate == VoiceRate::Normal ? "normal" : "slower");
  out.field("voice", state.settings.voice.voice);
  out.end_object();
  // The device's voices for the app's language, and the one the coach speaks with (null: none,
  // so the coach stays silent and tones guide alone).
  out.key("voices");
  out.begin_array();
  for (const DeviceVoice* voice : voices_for(state.device_voices, state.locale)) {
    out.begin_object();
    out.field("id", voice->id);
    out.field("name", voice->name);
    out.field("lang", voice->lang);
    out.end_object();
  }
  out.end_array();
  out.key("coachVoice");
  if (const DeviceVoice* voice = usable_voice(state))
    out.value(voice->id);
  else
    out.null();
  out.key("hosting");
  out.begin_object();
  out.field("embedded", state.hosting.embedded);
  out.field("updateReady", state.hosting.update_ready);
  out.field("updateRequested", state.hosting.update_requested);
  constexpr std::string_view kAccess[] = {"unavailable", "ask", "granted", "denied"};
  out.field("notifications", kAccess[static_cast<int>(state.hosting.notifications)]);
  out.end_object();
  out.key("learn");
  out.begin_object();
  out.key("page");
  if (state.learn_page)
    out.value(learn_page(*state.learn_page).key);
  else
    out.null();
  out.end_object();
  out.field("exerciseInView", exercise(static_cast<ExerciseId>(state.exercise_in_view)).key);
  out.key("customRoutine");
  write_routine_plan(out, state.custom_plan);
  out.key("routine");
  if (state.routine)
    write_routine(out, *state.routine, now_ms);
  else
    out.null();
  out.key("breathing");
  write_breathing(out, state, now_ms);
  out.key("position");
  write_position(out, state, now_ms);
  out.key("journal");
  write_journal_state(out, state, today);
  out.key("plan");
  write_plan_state(out, state, today);
  out.key("breaks");
  write_breaks_state(out, state);
  out.key("program");
  write_program_state(out, state, today);
  out.key("importPreview");
  write_import_preview(out, state);
  out.end_object();
  return out.take();
}

}  // namespace unknot
