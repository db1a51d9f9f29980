#include "core/checkin.h"

#include <string>

namespace unknot {

Result<CheckIn> validate_checkin(const CheckIn& e) {
  using R = Result<CheckIn>;
  if (e.id.empty() || e.id.size() > kMaxIdBytes) return R::fail("id must be 1 to 64 characters");
  if (e.pain < 0 || e.pain > 10) return R::fail("pain must be a whole number from 0 to 10");
  if (e.stiffness && (*e.stiffness < 0 || *e.stiffness > 10)) return R::fail("stiffness must be from 0 to 10");
  if (e.feel && static_cast<int>(*e.feel) > static_cast<int>(PainFeel::DullAche)) return R::fail("unknown feel");
  if ((e.spots & ~kAllSpots) != 0) return R::fail("unknown pain location");
  if ((e.limits & ~kAllActivities) != 0) return R::fail("unknown activity");
  if ((e.causes & ~kAllCauses) != 0) return R::fail("unknown cause");
  if ((e.self_care & ~kAllSelfCare) != 0) return R::fail("unknown self-care item");
  if (e.note.size() > kMaxNoteBytes) {
    return R::fail("the note is too long: at most " + std::to_string(kMaxNoteBytes) + " bytes");
  }
  if (e.at_ms < 0) return R::fail("the time is before 1970");
  return R::ok(e);
}

}  // namespace unknot
