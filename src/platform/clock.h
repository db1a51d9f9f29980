// Wall-clock time for the core's timers (the core never reads a clock itself).
#pragma once
#include <cstdint>

namespace unknot::platform {

// Milliseconds since the Unix epoch: Date.now() in the browser, so tests can control it.
std::int64_t wall_clock_ms();

}  // namespace unknot::platform
