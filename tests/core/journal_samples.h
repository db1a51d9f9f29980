// Entries for the journal file tests (JSON, CSV): one fixed moment and a valid check-in at it,
// so each test states only what differs.
#pragma once
#include <cstdint>
#include <string>

#include "core/journal/checkin.h"

namespace unknot::test {

// 2026-11-26 08:30 in a zone one hour ahead of UTC.
inline constexpr std::int64_t kSampleAt = 1'795'678'200'000;

inline CheckIn sample_checkin(std::string id, std::int64_t at_ms = kSampleAt, int pain = 4) {
  CheckIn e;
  e.id = std::move(id);
  e.at_ms = at_ms;
  e.utc_offset_min = 60;
  e.day = local_day(at_ms, 60);
  e.pain = pain;
  return e;
}

}  // namespace unknot::test
