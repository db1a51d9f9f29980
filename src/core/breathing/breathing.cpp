#include "core/breathing/breathing.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace unknot {
namespace {

constexpr float kPi = 3.14159265f;
float ease(float t) {
  return 0.5f - 0.5f * std::cos(std::clamp(t, 0.0f, 1.0f) * kPi);
}

struct Part {
  BreathStep step;
  int ms;
};
std::array<Part, 4> parts(const BreathPattern& p) {
  return {{{BreathStep::Inhale, p.inhale_ms},
           {BreathStep::HoldIn, p.hold_in_ms},
           {BreathStep::Exhale, p.exhale_ms},
           {BreathStep::HoldOut, p.hold_out_ms}}};
}

Cue step_cue(BreathStep step) {
  switch (step) {
    case BreathStep::Inhale: return Cue::BreatheIn;
    case BreathStep::Exhale: return Cue::BreatheOut;
    case BreathStep::HoldIn:
    case BreathStep::HoldOut: break;
  }
  return Cue::BreatheHold;
}

std::string seconds_range(int low_ms, int high_ms) {
  return "between " + std::to_string(low_ms / 1000) + " and " + std::to_string(high_ms / 1000) + " seconds";
}

}  // namespace

BreathPattern preset_pattern(BreathPreset preset) noexcept {
  switch (preset) {
    case BreathPreset::SevenPerMinute: return {};
    case BreathPreset::Relaxed: return {4000, 0, 6000, 0};
    case BreathPreset::Box: return {4000, 4000, 4000, 4000};
    case BreathPreset::FourSevenEight: return {4000, 7000, 8000, 0};
  }
  return {};
}

std::string_view preset_key(BreathPreset preset) noexcept {
  switch (preset) {
    case BreathPreset::SevenPerMinute: return "seven";
    case BreathPreset::Relaxed: return "relaxed";
    case BreathPreset::Box: return "box";
    case BreathPreset::FourSevenEight: return "478";
  }
  return "seven";
}

std::optional<BreathPreset> preset_from_key(std::string_view key) noexcept {
  for (BreathPreset preset : kBreathPresets) {
    if (preset_key(preset) == key) return preset;
  }
  return std::nullopt;
}

std::optional<BreathPreset> matching_preset(const BreathPattern& pattern) noexcept {
  for (BreathPreset preset : kBreathPresets) {
    if (preset_pattern(preset) == pattern) return preset;
  }
  return std::nullopt;
}

std::int64_t cycle_ms(const BreathPattern& p) noexcept {
  return std::int64_t{p.inhale_ms} + p.hold_in_ms + p.exhale_ms + p.hold_out_ms;
}

double breaths_per_minute(const BreathPattern& p) noexcept {
  return 60000.0 / static_cast<double>(std::max<std::int64_t>(1, cycle_ms(p)));
}

Result<BreathPattern> validate_custom_pattern(const BreathPattern& p) {
  using L = BreathLimits;
  const struct {
    const char* name;
    int value, low, high;
  } checks[] = {{"inhale", p.inhale_ms, L::kMinInhaleMs, L::kMaxInhaleMs},
                {"hold after inhaling", p.hold_in_ms, 0, L::kMaxHoldMs},
                {"exhale", p.exhale_ms, L::kMinExhaleMs, L::kMaxExhaleMs},
                {"hold after exhaling", p.hold_out_ms, 0, L::kMaxHoldMs}};
  for (const auto& c : checks) {
    if (c.value < c.low || c.value > c.high) {
      return Result<BreathPattern>::fail(std::string(c.name) + " must be " + seconds_range(c.low, c.high));
    }
    if (c.value % L::kStepMs != 0) {
      return Result<BreathPattern>::fail(std::string(c.name) + " must be in steps of half a second");
    }
  }
  return Result<BreathPattern>::ok(p);
}

BreathMoment breath_at(const BreathPattern& pattern, std::int64_t elapsed_ms) noexcept {
  BreathMoment m;
  const std::int64_t cycle = cycle_ms(pattern);
  if (cycle <= 0) return m;
  const std::int64_t t = std::max<std::int64_t>(0, elapsed_ms);
  m.breaths = static_cast<int>(t / cycle);
  std::int64_t within = t % cycle;
  for (const Part& part : parts(pattern)) {
    if (part.ms == 0) continue;
    if (within < part.ms) {
      m.step = part.step;
      m.progress = static_cast<float>(within) / static_cast<float>(part.ms);
      m.remaining_ms = part.ms - within;
      break;
    }
    within -= part.ms;
  }
  switch (m.step) {
    case BreathStep::Inhale: m.fullness = ease(m.progress); break;
    case BreathStep::HoldIn: m.fullness = 1; break;
    case BreathStep::Exhale: m.fullness = 1 - ease(m.progress); break;
    case BreathStep::HoldOut: m.fullness = 0; break;
  }
  return m;
}

BreathingSession::BreathingSession(BreathPattern pattern, std::int64_t length_ms, std::int64_t now_ms)
    : pattern_(pattern), length_ms_(length_ms), started_at_(now_ms) {}

std::int64_t BreathingSession::elapsed_ms(std::int64_t now_ms) const noexcept {
  const std::int64_t until = finished_at_.value_or(paused_at_.value_or(now_ms));
  const std::int64_t elapsed = std::max<std::int64_t>(0, until - started_at_ - paused_total_);
  return length_ms_ > 0 ? std::min(elapsed, length_ms_) : elapsed;
}

std::vector<Cue> BreathingSession::advance(std::int64_t now_ms) {
  std::vector<Cue> cues;
  if (finished() || paused()) return cues;
  const std::int64_t elapsed = elapsed_ms(now_ms);
  if (length_ms_ > 0 && elapsed >= length_ms_) {
    finished_at_ = started_at_ + paused_total_ + length_ms_;  // exactly when it was due
    cues.push_back(Cue::Done);
  } else {
    // The latest step that began in (last, elapsed]: one cue, even after a long sleep.
    const BreathMoment before = breath_at(pattern_, last_elapsed_);
    const BreathMoment now = breath_at(pattern_, elapsed);
    const bool new_step = now.breaths != before.breaths || now.step != before.step;
    if (new_step) cues.push_back(step_cue(now.step));
  }
  last_elapsed_ = elapsed;
  return cues;
}

void BreathingSession::pause(std::int64_t now_ms) {
  if (finished() || paused()) return;
  advance(now_ms);
  if (!finished()) paused_at_ = now_ms;
}

void BreathingSession::resume(std::int64_t now_ms) {
  if (!paused()) return;
  paused_total_ += std::max<std::int64_t>(0, now_ms - *paused_at_);
  paused_at_.reset();
}

void BreathingSession::stop(std::int64_t now_ms) {
  if (finished()) return;
  resume(now_ms);
  finished_at_ = now_ms;
}

bool holds_may_cause_dizziness(const BreathPattern& pattern) noexcept {
  return pattern.hold_in_ms >= kDizzyHoldMs || pattern.hold_out_ms >= kDizzyHoldMs;
}

}  // namespace unknot
