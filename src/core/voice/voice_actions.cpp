#include "core/voice/voice_actions.h"

#include "core/flow/action_readers.h"

namespace unknot {
namespace {

using R = Result<Action>;

R read_voice_rate(JsonFields& in) {
  const std::string_view word = given_word(in, "rate");
  if (word == "normal") return R::ok(SetVoiceRate{VoiceRate::Normal});
  if (word == "slower") return R::ok(SetVoiceRate{VoiceRate::Slower});
  return R::fail("\"rate\" must be \"normal\" or \"slower\"");
}

R read_voice(JsonFields& in) {
  in.require("voice");
  const auto id = in.text("voice", kMaxVoiceIdBytes);
  if (!in.ok()) return fields_error(in);
  return R::ok(SetVoice{*id});
}

CoachContext context_of(const AppState& state) {
  return CoachContext{state.locale, state.settings.voice, state.breath.pattern};
}

}  // namespace

const std::vector<ActionReader>& voice_action_readers() {
  static const std::vector<ActionReader> readers = {
      {"setVoiceCoach",
       {"on"},
       [](JsonFields& in) {
         return read_switch(in, "on", [](bool on) { return Action(SetVoiceCoach{on}); });
       }},
      {"setVoiceBreaths",
       {"on"},
       [](JsonFields& in) {
         return read_switch(in, "on", [](bool on) { return Action(SetVoiceBreaths{on}); });
       }},
      {"setVoiceRate", {"rate"}, read_voice_rate},
      {"setVoice", {"voice"}, read_voice},
      plain_reader<TestVoice>("testVoice"),
  };
  return readers;
}

const DeviceVoice* usable_voice(const AppState& state) {
  return coach_voice(state.device_voices, state.locale, state.settings.voice.voice);
}

bool coach_speaks(const AppState& state) {
  return state.settings.voice.on && state.settings.sound && usable_voice(state) != nullptr;
}

void coach_routine(AppState& state, DispatchOutcome& out, const std::vector<Cue>& cues, std::int64_t now_ms,
                   bool user_moved) {
  if (coach_speaks(state) && state.routine)
    state.coach.routine(out.speech, context_of(state), cues, *state.routine, now_ms, user_moved);
}

void coach_breathing(AppState& state, DispatchOutcome& out, const std::vector<Cue>& cues,
                     std::int64_t now_ms) {
  if (coach_speaks(state) && state.breathing)
    state.coach.breathing(out.speech, context_of(state), cues, *state.breathing, now_ms);
}

void coach_position(AppState& state, DispatchOutcome& out, const std::vector<Cue>& cues,
                    std::int64_t now_ms) {
  if (coach_speaks(state) && state.position_test)
    state.coach.position(out.speech, context_of(state), cues, *state.position_test, now_ms);
}

// The sample is said with the coach on or off (the user is choosing a voice), but never with
// sound off: the sound switch mutes every voice.
DispatchOutcome test_voice(AppState& state, std::int64_t now_ms) {
  if (!state.settings.sound)
    return refused(RefusalCode::NotNow, "sound is off: turn it on to hear the voice");
  if (usable_voice(state) == nullptr)
    return refused(RefusalCode::NotNow, "this device has no voice for the app's language");
  DispatchOutcome out;
  state.coach.sample(out.speech, context_of(state), now_ms);
  return out;
}

}  // namespace unknot
