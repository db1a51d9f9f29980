#include "core/voice/voice_coach.h"

#include <algorithm>

#include "core/routine/exercise.h"
#include "core/routine/routine_words.h"
#include "core/voice/spoken_words.h"

namespace unknot {
namespace {

// A phrase should end this long before the next moment with words: voices vary in pace.
constexpr std::int64_t kMarginMs = 500;

bool is_phase_change(Cue cue) {
  return cue == Cue::GetReady || cue == Cue::Start || cue == Cue::SwitchSides || cue == Cue::Rest ||
         cue == Cue::Done;
}

bool has(const std::vector<Cue>& cues, Cue cue) {
  return std::find(cues.begin(), cues.end(), cue) != cues.end();
}

std::string words(const CoachContext& context, Str key) {
  return std::string(tr(context.locale, key));
}

// The routine's own words for one cue (core/routine/routine_words.h): what a screen reader hears.
std::string cue_line(const CoachContext& context, Cue cue, const RoutineRun& run, std::int64_t now_ms) {
  const std::vector<std::string> said = routine_cue_words(context.locale, {cue}, run, now_ms, context.breath);
  return said.empty() ? std::string() : said.front();
}

// The breath step of a reps exercise paced by the breath (cat cow), if this is one.
std::optional<StepCue> breath_step(const CoachContext& context, const RoutineRun& run,
                                   const RoutinePosition& position) {
  const RoutineItem& item = run.plan()[position.item];
  const StepCue step = step_cue(position, exercise(item.exercise), item.variant, context.breath);
  if (step == StepCue::BreatheIn || step == StepCue::BreatheOut) return step;
  return std::nullopt;
}

// The forms of a phase's phrase, longest first: the coach says the first that fits the phase.
std::vector<std::string> phase_forms(const CoachContext& context, Cue cue, const RoutineRun& run,
                                     const RoutinePosition& position, std::int64_t now_ms) {
  switch (cue) {
    case Cue::GetReady: return get_ready_forms(context.locale, run.plan()[position.item]);
    case Cue::Start:
      // Work paced by the breath starts on its first breath: "Go. Breathe in" when the move is too long.
      if (breath_step(context, run, position))
        return {cue_line(context, cue, run, now_ms),
                fill(tr(context.locale, Str::CueWordsStart), {words(context, Str::BreatheIn)}),
                words(context, Str::CueStart)};
      return {cue_line(context, cue, run, now_ms), words(context, Str::CueStart)};
    case Cue::SwitchSides: return {cue_line(context, cue, run, now_ms), words(context, Str::PhaseSwitch)};
    case Cue::Rest: return {cue_line(context, cue, run, now_ms), words(context, Str::PhaseRest)};
    default: return {};
  }
}

}  // namespace

std::int64_t speaking_ms(std::string_view text, VoiceRate rate) noexcept {
  std::int64_t characters = 0, pauses = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c & 0xC0) != 0x80) ++characters;  // one per UTF-8 character, not per byte
    const bool mark = c == '.' || c == ',' || c == ':' || c == ';' || c == '?' || c == '!';
    if (mark && (i + 1 == text.size() || text[i + 1] == ' ')) ++pauses;
  }
  const std::int64_t normal = 300 + characters * 1000 / 14 + pauses * 200;
  return rate == VoiceRate::Slower ? normal * 5 / 4 : normal;  // the platform slows to 0.8
}

std::optional<std::size_t> VoiceCoach::say_one_of(std::vector<Phrase>& out, const CoachContext& context,
                                                  const std::vector<std::string>& forms, std::int64_t now_ms,
                                                  std::int64_t deadline_ms, bool interrupts, bool must) {
  if (!must && now_ms < busy_until_ms_) return std::nullopt;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    if (forms[i].empty()) continue;
    const std::int64_t length = speaking_ms(forms[i], context.voice.rate);
    const bool last = i + 1 == forms.size();
    if (now_ms + length > deadline_ms - kMarginMs && !(must && last)) continue;
    out.push_back(Phrase{forms[i], now_ms, length, interrupts, !must});
    busy_until_ms_ = now_ms + length;
    return i;
  }
  return std::nullopt;
}

void VoiceCoach::routine(std::vector<Phrase>& out, const CoachContext& context, const std::vector<Cue>& cues,
                         const RoutineRun& run, std::int64_t now_ms, bool user_moved) {
  if (run.finished()) {
    if (has(cues, Cue::Done) && !run.summary(now_ms).ended_early)
      say_one_of(out, context, {words(context, Str::VoiceRoutineDone)}, now_ms, now_ms, user_moved, true);
    return;
  }
  const RoutinePosition position = run.position(now_ms);
  const std::int64_t phase_end = now_ms + position.remaining_ms;
  const std::optional<StepCue> breath = breath_step(context, run, position);
  // The latest phase change in the batch is the one the user is in (frames may have been sparse).
  const auto latest = std::find_if(cues.rbegin(), cues.rend(), is_phase_change);
  if (latest != cues.rend()) {
    // Work paced by the breath: its first phrase ends within its first breath step.
    const std::int64_t deadline =
        breath ? std::min(phase_end, now_ms + breath_at(context.breath, position.elapsed_ms).remaining_ms)
               : phase_end;
    const auto said = say_one_of(out, context, phase_forms(context, *latest, run, position, now_ms), now_ms,
                                 deadline, user_moved, true);
    if (breath) start_breaths(position, *breath, said == std::size_t{0});
  } else if (has(cues, Cue::TenSecondsLeft)) {
    // Done before the last seconds' countdown tones.
    say_one_of(out, context, {cue_line(context, Cue::TenSecondsLeft, run, now_ms)}, now_ms,
               phase_end - kCountdownMs, false, false);
  }
  if (breath && context.voice.breaths) next_breath(out, context, run, position, *breath, now_ms);
}

void VoiceCoach::start_breaths(const RoutinePosition& position, StepCue step, bool said_in_full) {
  breath_segment_ = position.routine_elapsed_ms - position.elapsed_ms;
  breath_step_ = step;
  said_in_full_ = {step == StepCue::BreatheIn && said_in_full, step == StepCue::BreatheOut && said_in_full};
}

// Cat cow's reps follow the breath: each change of breath step is said (the work's first step is
// in its "Go" phrase), the first time with its move in full if that fits, then just the breath.
void VoiceCoach::next_breath(std::vector<Phrase>& out, const CoachContext& context, const RoutineRun& run,
                             const RoutinePosition& position, StepCue step, std::int64_t now_ms) {
  if (position.routine_elapsed_ms - position.elapsed_ms != breath_segment_)
    start_breaths(position, step, false);
  if (step == breath_step_) return;
  breath_step_ = step;
  const RoutineItem& item = run.plan()[position.item];
  const Exercise& e = exercise(item.exercise);
  const std::int64_t step_end = now_ms + breath_at(context.breath, position.elapsed_ms).remaining_ms;
  const std::int64_t deadline = std::min(step_end, now_ms + position.remaining_ms);
  bool& in_full = said_in_full_[step == StepCue::BreatheIn ? 0 : 1];
  std::vector<std::string> forms;
  if (!in_full) forms.push_back(breath_words(context.locale, e, item.variant, step, true));
  forms.push_back(breath_words(context.locale, e, item.variant, step, false));
  const auto said = say_one_of(out, context, forms, now_ms, deadline, false, false);
  if (said && forms.size() == 2 && *said == 0) in_full = true;
}

void VoiceCoach::breathing(std::vector<Phrase>& out, const CoachContext& context,
                           const std::vector<Cue>& cues, const BreathingSession& session,
                           std::int64_t now_ms) {
  if (has(cues, Cue::Done)) {
    say_one_of(out, context, {words(context, Str::VoiceBreathingDone)}, now_ms, now_ms, false, true);
    return;
  }
  if (!context.voice.breaths || cues.empty()) return;
  const Cue latest = cues.back();
  const Str key = latest == Cue::BreatheIn    ? Str::BreatheIn
                  : latest == Cue::BreatheOut ? Str::BreatheOut
                                              : Str::BreatheHold;
  say_one_of(out, context, {words(context, key)}, now_ms, now_ms + session.moment(now_ms).remaining_ms, false,
             false);
}

void VoiceCoach::position(std::vector<Phrase>& out, const CoachContext& context, const std::vector<Cue>& cues,
                          const PositionTest& test, std::int64_t now_ms) {
  const bool resting = test.step() == PositionStep::Rest;
  if (resting && has(cues, Cue::BreatheIn)) {  // the rest begins
    minute_left_said_ = false;
    say_one_of(out, context, {position_rest_words(context.locale, test.option(), test.rest_minutes())},
               now_ms, now_ms, true, true);
    return;
  }
  if (resting) {
    const std::int64_t left = test.rest_left_ms(now_ms);
    if (!minute_left_said_ && left <= 60000 && test.rest_minutes() >= 2) {
      minute_left_said_ = true;
      say_one_of(out, context, {words(context, Str::VoiceMinuteLeft)}, now_ms, now_ms + left, false, false);
    }
    return;
  }
  if (test.step() == PositionStep::RateAfter && has(cues, Cue::Done))  // the rest's time is up
    say_one_of(out, context, {words(context, Str::VoicePositionRate)}, now_ms, now_ms, false, true);
}

void VoiceCoach::sample(std::vector<Phrase>& out, const CoachContext& context, std::int64_t now_ms) {
  say_one_of(out, context, {words(context, Str::VoiceTestPhrase)}, now_ms, now_ms, true, true);
}

}  // namespace unknot
