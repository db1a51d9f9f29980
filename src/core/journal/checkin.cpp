#include "core/journal/checkin.h"

#include <string>

#include "core/support/dates.h"
#include "core/support/utf8.h"

namespace unknot {

Result<CheckIn> validate_checkin(const CheckIn& e) {
  using R = Result<CheckIn>;
  if (e.id.empty() || e.id.size() > kMaxIdBytes) return R::fail("id must be 1 to 64 characters");
  if (!valid_utf8(e.id) || !valid_utf8(e.note))
    return R::fail("the id and the note must be valid UTF-8 text");
  if (e.pain < 0 || e.pain > 10) return R::fail("pain must be a whole number from 0 to 10");
  if (e.stiffness && (*e.stiffness < 0 || *e.stiffness > 10))
    return R::fail("stiffness must be from 0 to 10");
  if (e.feel && static_cast<int>(*e.feel) > static_cast<int>(PainFeel::DullAche))
    return R::fail("unknown feel");
  if ((e.spots & ~kAllSpots) != 0) return R::fail("unknown pain location");
  if ((e.limits & ~kAllActivities) != 0) return R::fail("unknown activity");
  if ((e.causes & ~kAllCauses) != 0) return R::fail("unknown cause");
  if ((e.self_care & ~kAllSelfCare) != 0) return R::fail("unknown self-care item");
  if ((e.red_flags & ~kAllRedFlags) != 0) return R::fail("unknown warning sign");
  if (e.note.size() > kMaxNoteBytes) {
    return R::fail("the note is too long: at most " + std::to_string(kMaxNoteBytes) + " bytes");
  }
  for (std::int8_t score : e.psfs) {
    if (score != kNoScore && (score < 0 || score > 10))
      return R::fail("an activity score must be from 0 to 10");
  }
  if (!utc_offset_in_range(e.utc_offset_min)) return R::fail("the time zone is out of range");
  if (e.at_ms < 0) return R::fail("the time is before 1970");
  if (e.day != local_day(e.at_ms, e.utc_offset_min)) return R::fail("the day does not match the time");
  return R::ok(e);
}

bool CheckIn::operator==(const CheckIn& o) const {
  return id == o.id && at_ms == o.at_ms && utc_offset_min == o.utc_offset_min && day == o.day &&
         pain == o.pain && spots == o.spots && feel == o.feel && radiates == o.radiates &&
         stiffness == o.stiffness && limits == o.limits && causes == o.causes && self_care == o.self_care &&
         red_flags == o.red_flags && psfs == o.psfs && note == o.note && rise_settled == o.rise_settled;
}

std::optional<CareTier> care_tier(std::uint16_t flags) noexcept {
  if (flags & kEmergencyFlags) return CareTier::Emergency;
  if (flags & kTodayFlags) return CareTier::Today;
  if (flags & kSoonFlags) return CareTier::Soon;
  return std::nullopt;
}

std::string_view care_tier_key(CareTier tier) noexcept {
  switch (tier) {
    case CareTier::Soon: return "soon";
    case CareTier::Today: return "today";
    case CareTier::Emergency: return "emergency";
  }
  return "soon";
}

std::int32_t local_day(std::int64_t at_ms, int utc_offset_min) noexcept {
  constexpr std::int64_t kDayMs = 86'400'000;
  const std::int64_t local = at_ms + static_cast<std::int64_t>(utc_offset_min) * 60'000;
  return static_cast<std::int32_t>(local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs);
}

std::optional<double> psfs_average(const PsfsScores& scores) noexcept {
  int sum = 0, count = 0;
  for (std::int8_t score : scores) {
    if (score == kNoScore) continue;
    sum += score;
    ++count;
  }
  if (count == 0) return std::nullopt;
  return static_cast<double>(sum) / count;
}

}  // namespace unknot
