// Diaphragmatic breathing: patterns of inhale / hold / exhale / hold, the presets, and where in
// the breath a moment falls, as a pure function of elapsed time. A session adds a length,
// pauses and the cues at each change of step.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/flow/cue.h"
#include "core/support/result.h"

namespace unknot {

struct BreathPattern {
  int inhale_ms = 3429;  // 7 breaths a minute: 3.4 s in, 5.1 s out (a longer out-breath calms)
  int hold_in_ms = 0;
  int exhale_ms = 5142;
  int hold_out_ms = 0;

  bool operator==(const BreathPattern& o) const noexcept {
    return inhale_ms == o.inhale_ms && hold_in_ms == o.hold_in_ms && exhale_ms == o.exhale_ms &&
           hold_out_ms == o.hold_out_ms;
  }
  bool operator!=(const BreathPattern& o) const noexcept { return !(*this == o); }
};

enum class BreathPreset { SevenPerMinute, Relaxed, Box, FourSevenEight };
inline constexpr std::array<BreathPreset, 4> kBreathPresets = {
    BreathPreset::SevenPerMinute, BreathPreset::Relaxed, BreathPreset::Box, BreathPreset::FourSevenEight};

BreathPattern preset_pattern(BreathPreset preset) noexcept;
std::string_view preset_key(BreathPreset preset) noexcept;  // "seven", "relaxed", "box", "478"
std::optional<BreathPreset> preset_from_key(std::string_view key) noexcept;
// The preset a pattern is exactly, if any.
std::optional<BreathPreset> matching_preset(const BreathPattern& pattern) noexcept;

// Holding the breath this long or longer (box's 4 s, 4-7-8's 7 s) can make some people dizzy or
// light-headed: the Breathe screen says so while such a pattern is chosen.
inline constexpr int kDizzyHoldMs = 4000;
bool holds_may_cause_dizziness(const BreathPattern& pattern) noexcept;

std::int64_t cycle_ms(const BreathPattern& pattern) noexcept;
double breaths_per_minute(const BreathPattern& pattern) noexcept;

// Custom patterns: half-second steps within these bounds (milliseconds).
struct BreathLimits {
  static constexpr int kStepMs = 500;
  static constexpr int kMinInhaleMs = 1000, kMaxInhaleMs = 15000;
  static constexpr int kMinExhaleMs = 1000, kMaxExhaleMs = 20000;
  static constexpr int kMaxHoldMs = 20000;
};
Result<BreathPattern> validate_custom_pattern(const BreathPattern& pattern);

enum class BreathStep { Inhale, HoldIn, Exhale, HoldOut };

struct BreathMoment {
  BreathStep step = BreathStep::Inhale;
  float progress = 0;             // 0..1 through the current step
  std::int64_t remaining_ms = 0;  // left in the current step
  int breaths = 0;                // whole breaths completed
  float fullness = 0;             // 0 empty .. 1 full: eased in and out, for the visual
};

// Where in the breath `elapsed_ms` falls. Zero-length holds are skipped.
BreathMoment breath_at(const BreathPattern& pattern, std::int64_t elapsed_ms) noexcept;

// Session lengths offered; 0 means open-ended.
inline constexpr std::array<std::int64_t, 5> kBreathLengthsMs = {60000, 180000, 300000, 600000, 0};

class BreathingSession {
 public:
  BreathingSession(BreathPattern pattern, std::int64_t length_ms, std::int64_t now_ms);

  std::vector<Cue> advance(std::int64_t now_ms);  // the cues of steps begun since the last call
  void pause(std::int64_t now_ms);
  void resume(std::int64_t now_ms);
  void stop(std::int64_t now_ms);

  const BreathPattern& pattern() const noexcept { return pattern_; }
  std::int64_t length_ms() const noexcept { return length_ms_; }
  bool paused() const noexcept { return paused_at_.has_value(); }
  bool finished() const noexcept { return finished_at_.has_value(); }
  std::int64_t elapsed_ms(std::int64_t now_ms) const noexcept;
  std::int64_t started_at_ms() const noexcept { return started_at_; }
  BreathMoment moment(std::int64_t now_ms) const noexcept { return breath_at(pattern_, elapsed_ms(now_ms)); }

 private:
  BreathPattern pattern_;
  std::int64_t length_ms_;
  std::int64_t started_at_;
  std::int64_t paused_total_ = 0;
  std::int64_t last_elapsed_ = 0;  // cues up to here have been given
  std::optional<std::int64_t> paused_at_;
  std::optional<std::int64_t> finished_at_;
};

}  // namespace unknot
