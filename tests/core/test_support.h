// Small helpers shared by the core tests.
#pragma once
#include <cstdint>
#include <string>

namespace unknot::test {

// Any wall-clock start: the core never reads a clock, so tests choose their own time.
inline constexpr std::int64_t kT0 = 1'700'000'000'000;

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace unknot::test
