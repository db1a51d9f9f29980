// The voice coach through dispatch, on injected time: what it says over a whole short routine (in
// order, never overlapping, each phrase inside its phase, one phrase a breath step at most), in
// Spanish too; when it stays silent (off, sound off, no voice for the language) and when it
// stops; the breathing visualiser and the position test's rest; the device's voices.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/flow/dispatch.h"
#include "core/flow/state_json.h"
#include "core/routine/exercise.h"
#include "core/settings/preferences_json.h"
#include "core/voice/device_voices.h"
#include "core/voice/spoken_words.h"
#include "core/voice/voice_actions.h"

using namespace unknot;

namespace {

constexpr std::int64_t kT0 = 1'700'000'000'000;
constexpr std::int64_t kFrameMs = 100;

std::vector<DeviceVoice> device_voices() {
  return parse_device_voices(
      "Samantha\tSamantha\ten-US\t1\n"
      "Daniel\tDaniel\ten-GB\t0\n"
      "Monica\tMónica\tes-ES\t0\n"
      "Paulina\tPaulina\tes_MX\t0");
}

AppState coached_state(Locale locale = Locale::En) {
  AppState state;
  dispatch(state, SetLocale{locale}, kT0);
  dispatch(state, SetDeviceVoices{device_voices()}, kT0);
  dispatch(state, SetVoiceCoach{true}, kT0);
  return state;
}

struct Heard {
  Phrase phrase;
  std::int64_t phase_left_ms;  // left in the routine's phase (or the breath's step) when it began
};

// Runs the short routine to its end a frame at a time, collecting what the coach says.
std::vector<Heard> run_short_routine(AppState& state) {
  std::vector<Heard> heard;
  const auto listen = [&](const DispatchOutcome& out, std::int64_t t) {
    for (const Phrase& phrase : out.speech) {
      const std::int64_t left = state.routine->finished() ? 0 : state.routine->position(t).remaining_ms;
      heard.push_back({phrase, left});
    }
  };
  listen(dispatch(state, StartRoutine{RoutineKind::Short}, kT0), kT0);
  for (std::int64_t t = kT0 + kFrameMs; !state.routine->finished(); t += kFrameMs)
    listen(dispatch(state, Tick{}, t), t);
  return heard;
}

std::vector<std::string> texts(const std::vector<Heard>& heard) {
  std::vector<std::string> out;
  for (const Heard& h : heard) out.push_back(h.phrase.text);
  return out;
}

bool begins_with(const std::string& text, std::string_view start) {
  return text.compare(0, start.size(), start) == 0;
}

long count_of(const std::vector<std::string>& said, std::string_view text) {
  return std::count(said.begin(), said.end(), std::string(text));
}

}  // namespace

TEST_CASE("the coach talks a whole short routine through, never over itself, each phrase inside its phase") {
  AppState state = coached_state();
  const std::vector<Heard> heard = run_short_routine(state);
  const std::vector<std::string> said = texts(heard);
  REQUIRE(said.size() > 10);

  // No phrase starts before the one before it has ended (at the cautious speaking pace).
  for (std::size_t i = 1; i < heard.size(); ++i) {
    INFO(heard[i - 1].phrase.text << " / " << heard[i].phrase.text);
    CHECK(heard[i - 1].phrase.at_ms + heard[i - 1].phrase.length_ms <= heard[i].phrase.at_ms);
  }
  // Each phrase ends within the phase it was said in (the last, "Well done", after the end).
  for (std::size_t i = 0; i + 1 < heard.size(); ++i) {
    INFO(heard[i].phrase.text);
    CHECK(heard[i].phrase.length_ms <= heard[i].phase_left_ms);
  }

  // The order a person hears: the exercise and its dose, how to start, each breath, and so on.
  CHECK(said.front() == "Cat cow: 6 slow breaths. Come onto your hands and knees, wrists under shoulders.");
  // At 7 breaths a minute the moves ("Breathe in: let your belly sink...") are longer than a
  // breath step: the coach says the breath alone, on time.
  CHECK(said[1] == "Go. Breathe in");
  CHECK(said[2] == "Breathe out");
  CHECK(said[3] == "Breathe in");
  CHECK(count_of(said, "Breathe in") == 5);  // six breaths, the first in the "Go"
  CHECK(count_of(said, "Breathe out") == 6);
  const auto side_bend = std::find_if(said.begin(), said.end(), [](const std::string& s) {
    return begins_with(s, "Child's pose with side bend");
  });
  REQUIRE(side_bend != said.end());
  // Getting ready takes 8 s: how to get into position matters more than the dose with eyes closed.
  CHECK(begins_with(*side_bend, "Child's pose with side bend. Kneel with knees apart"));
  CHECK(begins_with(*(side_bend + 1), "Go: "));
  CHECK(*(side_bend + 2) == "10 seconds left");
  CHECK(begins_with(*(side_bend + 3), "Switch sides: "));
  CHECK(std::count_if(said.begin(), said.end(), [](const std::string& s) {
          return begins_with(s, "Belly breathing with your legs up. Lie on your back");
        }) == 1);
  CHECK(said.back() == "Well done. That's the routine finished.");
  CHECK(count_of(said, "Well done. That's the routine finished.") == 1);
  // Only the first phrase cuts in (the user pressed Start); the rest wait their turn.
  CHECK(heard.front().phrase.interrupts);
  CHECK(std::none_of(heard.begin() + 1, heard.end(), [](const Heard& h) { return h.phrase.interrupts; }));
}

TEST_CASE("the coach speaks Spanish from the Spanish content, at most one phrase a breath step") {
  AppState state = coached_state(Locale::Es);
  const std::vector<std::string> said = texts(run_short_routine(state));

  // Spanish runs longer: the dose gives way to how to get into position.
  CHECK(said.front() == "Gato-vaca. Ponte en cuatro apoyos, con las muñecas bajo los hombros.");
  CHECK(said.back() == "Bien hecho. Has terminado la rutina.");
  CHECK(said[1] == "Empieza. Inhala");
  CHECK(said[2] ==
        "Exhala: redondea la espalda y recoge barbilla y coxis.");  // the longer out-breath fits it
  CHECK(std::count_if(said.begin(), said.end(), [](const std::string& s) {
          return begins_with(s, "Inhala") || begins_with(s, "Exhala");
        }) == 11);  // 12 steps, the first in the "Go"
  CHECK(std::none_of(said.begin(), said.end(),
                     [](const std::string& s) { return s.find("Breathe") != s.npos; }));
}

TEST_CASE("the slower pace leaves a longer get-ready phrase out when it would not fit") {
  CHECK(speaking_ms("Breathe in", VoiceRate::Slower) > speaking_ms("Breathe in", VoiceRate::Normal));
  CHECK(speaking_ms("ñññ", VoiceRate::Normal) ==
        speaking_ms("nnn", VoiceRate::Normal));  // characters, not bytes
  AppState state = coached_state();
  dispatch(state, SetVoiceRate{VoiceRate::Slower}, kT0);
  const std::vector<Heard> heard = run_short_routine(state);
  for (std::size_t i = 1; i < heard.size(); ++i)
    CHECK(heard[i - 1].phrase.at_ms + heard[i - 1].phrase.length_ms <= heard[i].phrase.at_ms);
  for (std::size_t i = 0; i + 1 < heard.size(); ++i)
    CHECK(heard[i].phrase.length_ms <= heard[i].phase_left_ms);
}

TEST_CASE("with breaths unsaid, cat cow's reps are tones only") {
  AppState state = coached_state();
  dispatch(state, SetVoiceBreaths{false}, kT0);
  const std::vector<std::string> said = texts(run_short_routine(state));
  CHECK(count_of(said, "Breathe in") == 0);
  CHECK(count_of(said, "Breathe out") == 0);
  CHECK(said[1] == "Go. Breathe in");  // the phase is still said
}

TEST_CASE(
    "the coach is silent when off, when sound is off, and when the device has no voice for the language") {
  SECTION("off, as it starts") {
    AppState state;
    dispatch(state, SetDeviceVoices{device_voices()}, kT0);
    CHECK(texts(run_short_routine(state)).empty());
  }
  SECTION("sound off mutes it") {
    AppState state = coached_state();
    dispatch(state, SetSound{false}, kT0);
    CHECK(texts(run_short_routine(state)).empty());
  }
  SECTION("no voices at all") {
    AppState state;
    dispatch(state, SetVoiceCoach{true}, kT0);
    CHECK_FALSE(coach_speaks(state));
    CHECK(texts(run_short_routine(state)).empty());
  }
  SECTION("voices, but none for Spanish") {
    AppState state = coached_state(Locale::Es);
    dispatch(state, SetDeviceVoices{parse_device_voices("Samantha\tSamantha\ten-US\t1")}, kT0);
    CHECK(texts(run_short_routine(state)).empty());
  }
}

TEST_CASE(
    "a screen reader is not talked over: with the coach speaking, the routine's cues are not announced") {
  AppState quiet;
  const DispatchOutcome announced = dispatch(quiet, StartRoutine{RoutineKind::Short}, kT0);
  CHECK_FALSE(announced.announcements.empty());
  CHECK(announced.speech.empty());
  AppState coached = coached_state();
  const DispatchOutcome spoken = dispatch(coached, StartRoutine{RoutineKind::Short}, kT0);
  CHECK(spoken.announcements.empty());
  CHECK(spoken.speech.size() == 1);
}

TEST_CASE("pausing, leaving, sound off and a new language stop the voice mid-phrase") {
  AppState state = coached_state();
  dispatch(state, StartRoutine{RoutineKind::Short}, kT0);
  CHECK(dispatch(state, PauseRoutine{}, kT0 + 1000).hush);
  CHECK_FALSE(dispatch(state, ResumeRoutine{}, kT0 + 2000).hush);
  CHECK(dispatch(state, SetSound{false}, kT0 + 3000).hush);
  dispatch(state, SetSound{true}, kT0 + 3000);
  CHECK(dispatch(state, SetLocale{Locale::Es}, kT0 + 4000).hush);
  CHECK(dispatch(state, GoBack{}, kT0 + 5000).hush);  // the routine waits, paused
  // Skipping cuts in with the next exercise.
  dispatch(state, ResumeRoutine{}, kT0 + 6000);
  const DispatchOutcome skipped = dispatch(state, SkipExercise{}, kT0 + 7000);
  REQUIRE(skipped.speech.size() == 1);
  CHECK(skipped.speech.front().interrupts);
  const Exercise& side_bend = exercise(ExerciseId::ChildsPoseSideBend);
  CHECK(begins_with(skipped.speech.front().text, std::string(pick(Locale::Es, side_bend.name)) + ": "));
}

TEST_CASE("the breathing visualiser: one phrase each step, and well done at the end") {
  AppState state = coached_state();
  dispatch(state, SetBreathLength{60000}, kT0);
  std::vector<Phrase> said;
  const auto keep = [&](const DispatchOutcome& out) {
    said.insert(said.end(), out.speech.begin(), out.speech.end());
  };
  keep(dispatch(state, StartBreathing{}, kT0));
  for (std::int64_t t = kT0 + kFrameMs; !state.breathing->finished(); t += kFrameMs)
    keep(dispatch(state, Tick{}, t));
  REQUIRE(said.size() >= 14);  // 7 breaths a minute, in and out
  CHECK(said.front().text == "Breathe in");
  CHECK(said[1].text == "Breathe out");
  CHECK(said.back().text == "Well done. Notice how your back feels now.");
  for (std::size_t i = 1; i < said.size(); ++i)
    CHECK(said[i - 1].at_ms + said[i - 1].length_ms <= said[i].at_ms);
}

TEST_CASE("the position test's rest: how to lie and how long, a minute left, then rate the pain") {
  AppState state = coached_state();
  dispatch(state, StartPositionTest{2}, kT0);
  const DispatchOutcome rest = dispatch(state, RatePain{6}, kT0 + 1000);
  REQUIRE(rest.speech.size() == 1);
  CHECK(begins_with(rest.speech.front().text, "Lie on your back with your legs raised"));
  CHECK(rest.speech.front().text.find("Stay like this for 2 minutes, breathing slowly.") !=
        std::string::npos);
  std::vector<std::string> said;
  for (std::int64_t t = kT0 + 1000 + kFrameMs; t <= kT0 + 1000 + 121000; t += kFrameMs) {
    for (const Phrase& p : dispatch(state, Tick{}, t).speech) said.push_back(p.text);
  }
  CHECK(said == std::vector<std::string>{"One minute left.",
                                         "Time's up. When you're ready, rate your pain on the screen."});
  // On the belly next: its own words.
  dispatch(state, RatePain{4}, kT0 + 130000);
  const DispatchOutcome belly = dispatch(state, RatePain{5}, kT0 + 140000);
  REQUIRE(belly.speech.size() == 1);
  CHECK(begins_with(belly.speech.front().text, "Turn over onto your belly"));
  // Ending the rest early is the user's own doing: nothing said, and the voice stops.
  const DispatchOutcome early = dispatch(state, FinishRestEarly{}, kT0 + 150000);
  CHECK(early.speech.empty());
  CHECK(early.hush);
}

TEST_CASE("the device's voices: parsed leniently, matched to the language, the choice kept or fallen back") {
  const std::vector<DeviceVoice> voices = parse_device_voices(
      "a\tA\ten-US\t0\n"
      "bad line\n"
      "a\tA again\ten-US\t0\n"  // a repeated id
      "\tNo id\ten\t0\n"
      "b\tB\tEN_gb\t1\n"
      "c\tC\tes\t0\n"
      "d\tD\tfr-FR\t1");
  REQUIRE(voices.size() == 4);
  const auto en = voices_for(voices, Locale::En);
  REQUIRE(en.size() == 2);
  CHECK(en[0]->id == "a");
  CHECK(en[1]->id == "b");
  CHECK(coach_voice(voices, Locale::En, "")->id == "b");   // the device's default for the language
  CHECK(coach_voice(voices, Locale::En, "a")->id == "a");  // the user's choice
  CHECK(coach_voice(voices, Locale::En, "c")->id == "b");  // a Spanish voice can't speak English
  CHECK(coach_voice(voices, Locale::Es, "")->id == "c");   // no default: the first
  CHECK(coach_voice(voices, Locale::EnXA, "") == nullptr);

  AppState state = coached_state();
  CHECK(dispatch(state, SetVoice{"Daniel"}, kT0).changed);
  CHECK(state.settings.voice.voice == "Daniel");
  CHECK_FALSE(dispatch(state, SetVoice{"Monica"}, kT0).error.empty());  // not an English voice
  CHECK(dispatch(state, SetVoice{""}, kT0).changed);                    // back to the default
}

TEST_CASE("test voice says a sample in the chosen voice's language, unless sound is off or no voice fits") {
  AppState state = coached_state(Locale::Es);
  const DispatchOutcome sample = dispatch(state, TestVoice{}, kT0);
  REQUIRE(sample.speech.size() == 1);
  CHECK(sample.speech.front().text == "Soy tu guía por voz. Te diré cada paso mientras avanzas.");
  dispatch(state, SetSound{false}, kT0);
  CHECK(dispatch(state, TestVoice{}, kT0).refusal == RefusalCode::NotNow);
  AppState mute;
  CHECK(dispatch(mute, TestVoice{}, kT0).refusal == RefusalCode::NotNow);
}

TEST_CASE("the voice actions from JSON, and the state's voice fields") {
  AppState state = coached_state();
  CHECK(dispatch_json(state, R"({"type":"setVoiceCoach","on":false})", kT0) ==
        R"({"ok":true,"changed":true})");
  CHECK(dispatch_json(state, R"({"type":"setVoiceRate","rate":"slower"})", kT0) ==
        R"({"ok":true,"changed":true})");
  CHECK(dispatch_json(state, R"({"type":"setVoiceBreaths","on":false})", kT0) ==
        R"({"ok":true,"changed":true})");
  CHECK(dispatch_json(state, R"({"type":"setVoice","voice":"Daniel"})", kT0) ==
        R"({"ok":true,"changed":true})");
  CHECK(dispatch_json(state, R"({"type":"setVoiceRate","rate":"fast"})", kT0).find(R"(rate\" must be)") !=
        std::string::npos);
  CHECK(dispatch_json(state, R"({"type":"setVoice"})", kT0).find("voice is required") != std::string::npos);
  const std::string json = state_to_json(state);
  CHECK(json.find(R"("voiceCoach":false,"voiceBreaths":false,"voiceRate":"slower","voice":"Daniel"})") !=
        std::string::npos);
  CHECK(json.find(R"("voices":[{"id":"Samantha","name":"Samantha","lang":"en-US"},)") != std::string::npos);
  CHECK(json.find(R"("coachVoice":"Daniel")") != std::string::npos);
}

TEST_CASE("doses are spoken in full words") {
  const auto item = [](ExerciseId id, DoseKind kind, int amount, bool per_side, int rounds) {
    RoutineItem it{id, exercise(id).dosage, Variant::Standard};
    it.dosage.kind = kind;
    (kind == DoseKind::Hold ? it.dosage.hold_s : it.dosage.reps) = amount;
    it.dosage.per_side = per_side;
    it.dosage.rounds = rounds;
    return it;
  };
  const RoutineItem two_minutes = item(ExerciseId::DiaphragmaticBreathing, DoseKind::Hold, 120, false, 1);
  CHECK(spoken_dose(Locale::En, two_minutes) == "hold for 2 minutes");
  CHECK(spoken_dose(Locale::Es, two_minutes) == "mantén 2 minutos");
  const RoutineItem sides = item(ExerciseId::BirdDog, DoseKind::Reps, 8, true, 2);
  CHECK(spoken_dose(Locale::En, sides) == "8 reps each side, 2 rounds");
  CHECK(spoken_dose(Locale::Es, sides) == "8 repeticiones por lado, 2 rondas");
  CHECK(spoken_dose(Locale::En, item(ExerciseId::SealStretch, DoseKind::Hold, 45, false, 1)) ==
        "hold for 45 seconds");
  CHECK(spoken_dose(Locale::En, item(ExerciseId::CatCow, DoseKind::Reps, 1, false, 1)) == "1 slow breath");
}

TEST_CASE("the voice settings travel in the backup's settings, and a bad one is named") {
  Preferences prefs;
  prefs.settings.voice = VoiceSettings{true, false, VoiceRate::Slower, "Google español"};
  JsonWriter out;
  write_settings_json(out, prefs);
  const std::string json = out.take();
  CHECK(
      json.find(R"("voiceCoach":true,"voiceBreaths":false,"voiceRate":"slower","voice":"Google español")") !=
      std::string::npos);
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  const auto back = read_settings_json(doc, Preferences{});
  REQUIRE(back);
  CHECK(back.value().settings.voice == prefs.settings.voice);
  rapidjson::Document bad;
  bad.Parse(R"({"voiceRate":"fast"})");
  const auto refused = read_settings_json(bad, Preferences{});
  REQUIRE_FALSE(refused);
  CHECK(refused.error().find("voiceRate") != std::string::npos);
  CHECK(settings_changes(Preferences{}, back.value()) == std::vector<Str>{Str::VoiceCoach});
}
