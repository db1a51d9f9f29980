// Frames only when a pixel changes: when a countdown, a progress ring or a slow animation next
// changes what is on screen, so a screen can ask for that one frame (UiContext::redraw_at)
// instead of drawing at the display's rate for minutes while a person holds still.
#pragma once
#include <algorithm>
#include <cmath>
#include <cstdint>

namespace unknot::ui {

// Anything that steps draws at most 10 frames a second.
inline constexpr std::int64_t kMinStepMs = 100;

// How long until a countdown shown in whole seconds (rounded up) shows the next one.
inline std::int64_t ms_to_next_second(std::int64_t remaining_ms) {
  return remaining_ms <= 0 ? 1000 : (remaining_ms - 1) % 1000 + 1;
}

// How long an arc of `radius` px that empties over `total_ms` takes to move `step_px` along its
// edge: steps that small are not seen as steps at that size.
inline std::int64_t ring_step_ms(std::int64_t total_ms, float radius, float step_px = 2.0f) {
  const double circumference = 2 * 3.14159265 * std::max(1.0f, radius);
  return std::max<std::int64_t>(
      kMinStepMs, static_cast<std::int64_t>(static_cast<double>(total_ms) * step_px / circumference));
}

// The first moment within the next second at which `value(t)` has moved at least `step` from
// its value now (a slow animation moving a pixel), or a second from now if it doesn't.
template <class Value>
std::int64_t next_move_ms(std::int64_t now_ms, float step, Value value) {
  constexpr std::int64_t kLookMs = 25, kHorizonMs = 1000;
  const float start = value(now_ms);
  for (std::int64_t t = now_ms + kMinStepMs; t < now_ms + kHorizonMs; t += kLookMs) {
    if (std::fabs(value(t) - start) >= step) return t;
  }
  return now_ms + kHorizonMs;
}

}  // namespace unknot::ui
