// What the user chose, kept across visits as one stored record: language, cues, motion, text
// size and contrast, their own routine and breathing pattern, the last position-test result,
// the activities they rate on the Patient-Specific Functional Scale, today's plan, movement
// breaks, and the 12-week program with its weekly reviews.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>

#include "core/breathing/breathing.h"
#include "core/i18n/strings.h"
#include "core/plan/daily_plan.h"
#include "core/plan/movement_breaks.h"
#include "core/plan/program.h"
#include "core/position/position_test.h"
#include "core/progress/psfs_change.h"
#include "core/routine/routine_plan.h"
#include "core/support/result.h"

namespace unknot {

enum class TextSize : std::uint8_t { Standard, Large, Largest };

enum class VoiceRate : std::uint8_t { Normal, Slower };
inline constexpr std::size_t kMaxVoiceIdBytes = 200;

// The voice coach (core/voice/voice_coach.h). Off until the user turns it on: a screen reader's
// own speech comes first. `voice` names one of the device's voices (its id); empty, or a voice
// not on this device or not in the app's language: the device's default voice for the language.
struct VoiceSettings {
  bool on = false;
  bool breaths = true;  // say each breath in cat cow and the breathing visualiser
  VoiceRate rate = VoiceRate::Normal;
  std::string voice;

  bool operator==(const VoiceSettings& o) const noexcept {
    return on == o.on && breaths == o.breaths && rate == o.rate && voice == o.voice;
  }
  bool operator!=(const VoiceSettings& o) const noexcept { return !(*this == o); }
};

struct Settings {
  bool sound = true;
  bool vibration = true;
  bool reduce_motion = false;  // follows the system's setting at start; the user can change it
  TextSize text_size = TextSize::Standard;
  bool high_contrast = false;
  bool share_with_host = false;  // a portal embedding the app may learn what kind of session ended
  VoiceSettings voice;

  bool operator==(const Settings& o) const noexcept {
    return sound == o.sound && vibration == o.vibration && reduce_motion == o.reduce_motion &&
           text_size == o.text_size && high_contrast == o.high_contrast &&
           share_with_host == o.share_with_host && voice == o.voice;
  }
  bool operator!=(const Settings& o) const noexcept { return !(*this == o); }
};

struct BreathSettings {
  BreathPattern pattern;            // a preset's or the user's own
  std::int64_t length_ms = 180000;  // one of kBreathLengthsMs; 0 = open-ended
  bool operator==(const BreathSettings& o) const noexcept {
    return pattern == o.pattern && length_ms == o.length_ms;
  }
};

inline constexpr std::size_t kMaxActivityBytes = 80;
using PsfsActivities = std::array<std::string, 3>;  // empty = not named

// Gathered from the app state to be stored, and given back to it at start.
struct Preferences {
  Locale locale = Locale::En;
  Settings settings;
  RoutinePlan custom_plan = full_routine();
  BreathSettings breath;
  std::optional<PositionResult> position_result;
  PsfsActivities psfs_activities;
  DailyPlan daily_plan;                    // version 3
  BreakSettings breaks;                    // version 3
  std::optional<Program> program;          // version 3
  std::optional<PsfsNaming> psfs_renamed;  // version 4: a rename restarts the PSFS comparison
};

Result<Preferences> validate_preferences(const Preferences& prefs);
Result<PsfsActivities> validate_psfs_activities(const PsfsActivities& names);

}  // namespace unknot
