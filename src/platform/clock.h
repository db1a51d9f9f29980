// Wall-clock time for the core's timers (the core never reads a clock itself).
#pragma once
#include <cstdint>

namespace unknot::platform {

// Milliseconds since the Unix epoch: Date.now() in the browser, so tests can control it.
std::int64_t wall_clock_ms();
// The user's time zone now, in minutes east of UTC (e.g. 60 in Madrid in winter).
int utc_offset_minutes();
// A random number for new entries' ids (crypto.getRandomValues in the browser).
std::uint32_t random_nonce();

}  // namespace unknot::platform
