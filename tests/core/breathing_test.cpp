#include <catch2/catch.hpp>

#include "core/breathing/breathing.h"

using namespace unknot;

namespace {
constexpr std::int64_t kT0 = 1'700'000'000'000;
}

TEST_CASE("presets: 7 a minute (the default), relaxed 4-6, box 4-4-4-4 and 4-7-8") {
  CHECK(BreathPattern{} == preset_pattern(BreathPreset::SevenPerMinute));
  CHECK(breaths_per_minute(preset_pattern(BreathPreset::SevenPerMinute)) == Approx(7.0).margin(0.01));
  CHECK(breaths_per_minute(preset_pattern(BreathPreset::Relaxed)) == Approx(6.0));
  CHECK(breaths_per_minute(preset_pattern(BreathPreset::Box)) == Approx(3.75));
  CHECK(breaths_per_minute(preset_pattern(BreathPreset::FourSevenEight)) == Approx(60.0 / 19.0));
  for (BreathPreset preset : kBreathPresets) {
    CHECK(preset_from_key(preset_key(preset)) == preset);
    CHECK(matching_preset(preset_pattern(preset)) == preset);
  }
  CHECK_FALSE(preset_from_key("fast").has_value());
  CHECK_FALSE(matching_preset({5000, 0, 5000, 0}).has_value());
}

TEST_CASE("each preset's steps start and end where the pattern says") {
  for (BreathPreset preset : kBreathPresets) {
    const BreathPattern p = preset_pattern(preset);
    INFO(preset_key(preset));
    CHECK(breath_at(p, 0).step == BreathStep::Inhale);
    CHECK(breath_at(p, 0).fullness == 0.0f);
    CHECK(breath_at(p, p.inhale_ms - 1).step == BreathStep::Inhale);
    const auto after_inhale = breath_at(p, p.inhale_ms);
    CHECK(after_inhale.step == (p.hold_in_ms > 0 ? BreathStep::HoldIn : BreathStep::Exhale));
    CHECK(after_inhale.fullness == Approx(1.0f));
    const std::int64_t exhale_start = p.inhale_ms + p.hold_in_ms;
    CHECK(breath_at(p, exhale_start).step == BreathStep::Exhale);
    CHECK(breath_at(p, exhale_start).remaining_ms == p.exhale_ms);
    const std::int64_t exhale_end = exhale_start + p.exhale_ms;
    CHECK(breath_at(p, exhale_end - 1).step == BreathStep::Exhale);
    if (p.hold_out_ms > 0) {
      CHECK(breath_at(p, exhale_end).step == BreathStep::HoldOut);
      CHECK(breath_at(p, exhale_end).fullness == 0.0f);
    }
    const auto next = breath_at(p, cycle_ms(p));
    CHECK(next.step == BreathStep::Inhale);
    CHECK(next.breaths == 1);
    CHECK(breath_at(p, 10 * cycle_ms(p) + 1).breaths == 10);
  }
}

TEST_CASE("a custom pattern with zero-length holds skips them") {
  const BreathPattern p{2500, 0, 3000, 0};
  REQUIRE(validate_custom_pattern(p));
  CHECK(breath_at(p, 2499).step == BreathStep::Inhale);
  CHECK(breath_at(p, 2500).step == BreathStep::Exhale);
  CHECK(breath_at(p, 5499).step == BreathStep::Exhale);
  CHECK(breath_at(p, 5500).step == BreathStep::Inhale);
  CHECK(breath_at(p, 1250).progress == Approx(0.5f));
  CHECK(breath_at(p, 1250).fullness == Approx(0.5f));
}

TEST_CASE("custom patterns outside the bounds or off the half-second steps are refused clearly") {
  CHECK(validate_custom_pattern({500, 0, 4000, 0}).error() == "inhale must be between 1 and 15 seconds");
  CHECK(validate_custom_pattern({4000, 0, 25000, 0}).error() == "exhale must be between 1 and 20 seconds");
  CHECK(validate_custom_pattern({4000, 21000, 4000, 0}).error() ==
        "hold after inhaling must be between 0 and 20 seconds");
  CHECK(validate_custom_pattern({4000, 0, 4000, -500}).error() ==
        "hold after exhaling must be between 0 and 20 seconds");
  CHECK(validate_custom_pattern({4200, 0, 4000, 0}).error() == "inhale must be in steps of half a second");
  CHECK(validate_custom_pattern({1000, 0, 1000, 0}));
  CHECK(validate_custom_pattern({15000, 20000, 20000, 20000}));
}

TEST_CASE("a session cues each step once and ends on time") {
  BreathingSession session({4000, 0, 6000, 0}, 60000, kT0);
  std::vector<Cue> cues;
  for (std::int64_t t = 0; t <= 60000; t += 100) {
    for (Cue cue : session.advance(kT0 + t)) cues.push_back(cue);
  }
  REQUIRE(cues.size() == 12);  // 6 breaths: out, in, out, ... (the first inhale is cued at start)
  CHECK(cues[0] == Cue::BreatheOut);
  CHECK(cues[1] == Cue::BreatheIn);
  CHECK(cues.back() == Cue::Done);
  CHECK(session.finished());
  CHECK(session.elapsed_ms(kT0 + 99999) == 60000);
  CHECK(session.moment(kT0 + 99999).breaths == 6);
}

TEST_CASE("holds are cued with their own cue") {
  BreathingSession session(preset_pattern(BreathPreset::Box), 0, kT0);
  CHECK(session.advance(kT0 + 4000) == std::vector<Cue>{Cue::BreatheHold});
  CHECK(session.advance(kT0 + 8000) == std::vector<Cue>{Cue::BreatheOut});
  CHECK(session.advance(kT0 + 12000) == std::vector<Cue>{Cue::BreatheHold});
  CHECK(session.advance(kT0 + 16000) == std::vector<Cue>{Cue::BreatheIn});
}

TEST_CASE("a session pauses, resumes, sleeps and stops on wall-clock time") {
  BreathingSession session({4000, 0, 6000, 0}, 180000, kT0);
  session.advance(kT0 + 3000);
  session.pause(kT0 + 3000);
  CHECK(session.advance(kT0 + 600000).empty());
  CHECK(session.elapsed_ms(kT0 + 600000) == 3000);
  session.resume(kT0 + 600000);
  CHECK(session.elapsed_ms(kT0 + 601000) == 4000);
  // A long sleep lands where the clock says, with a single cue.
  CHECK(session.advance(kT0 + 600000 + 95500).size() == 1);
  CHECK(session.moment(kT0 + 600000 + 95500).breaths == 9);
  session.stop(kT0 + 700000);
  CHECK(session.finished());
  CHECK(session.elapsed_ms(kT0 + 800000) == 3000 + 100000);  // paused from 3 s to 600 s
}

TEST_CASE("an open-ended session runs until stopped") {
  BreathingSession session({4000, 0, 6000, 0}, 0, kT0);
  session.advance(kT0 + 3'600'000);
  CHECK_FALSE(session.finished());
  CHECK(session.moment(kT0 + 3'600'000).breaths == 360);
}

TEST_CASE("box and 4-7-8 hold the breath long enough to warn about dizziness; the others don't") {
  CHECK(holds_may_cause_dizziness(preset_pattern(BreathPreset::Box)));
  CHECK(holds_may_cause_dizziness(preset_pattern(BreathPreset::FourSevenEight)));
  CHECK_FALSE(holds_may_cause_dizziness(preset_pattern(BreathPreset::Relaxed)));
  CHECK_FALSE(holds_may_cause_dizziness(preset_pattern(BreathPreset::SevenPerMinute)));
  BreathPattern own = preset_pattern(BreathPreset::Relaxed);
  own.hold_out_ms = 3500;
  CHECK_FALSE(holds_may_cause_dizziness(own));
  own.hold_out_ms = 4000;
  CHECK(holds_may_cause_dizziness(own));
}
