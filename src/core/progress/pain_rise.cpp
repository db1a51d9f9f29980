#include "core/progress/pain_rise.h"

#include <algorithm>
#include <vector>

#include "core/progress/pain_trend.h"

namespace unknot {
namespace {

// A later check-in answered the question about this rise, either way.
bool answered_after(const Journal& journal, std::int64_t at_ms) {
  for (const CheckIn& entry : journal.checkins) {
    if (entry.at_ms > at_ms && entry.rise_settled) return true;
  }
  return false;
}

// The latest rise (routine or check-in) on or after `first_day`.
std::optional<FlareUp> latest_rise(const Journal& journal, std::int32_t first_day, std::int32_t today) {
  std::optional<FlareUp> latest;
  const auto consider = [&latest](const FlareUp& rise) {
    if (!latest || rise.at_ms > latest->at_ms) latest = rise;
  };
  for (const SessionRecord& s : journal.sessions) {
    if (s.day < first_day || s.day > today || !pain_rose(s)) continue;
    consider(FlareUp{s.day, s.at_ms, static_cast<double>(*s.pain_before), *s.pain_after, true});
  }
  // Only the recent check-ins and the week before them: Home asks on every frame it draws, and a
  // journal holds years. Entries are in time order; a day of slack covers time-zone changes.
  std::vector<CheckIn> recent;
  for (auto it = journal.checkins.rbegin(); it != journal.checkins.rend() && it->day >= first_day - 9; ++it)
    recent.push_back(*it);
  std::reverse(recent.begin(), recent.end());
  const std::vector<DailyPain> daily = daily_pain(recent);
  for (const CheckIn& entry : recent) {
    if (entry.day < first_day || entry.day > today) continue;
    // The week before the check-in's day, so the rise itself does not lift its own yardstick.
    const auto week = average_over(daily, entry.day - 7, entry.day - 1);
    if (!week || entry.pain - *week < kPainRisePoints - 1e-9) continue;
    consider(FlareUp{entry.day, entry.at_ms, *week, entry.pain, false});
  }
  return latest;
}

}  // namespace

bool pain_rose(const SessionRecord& s) noexcept {
  return s.kind == SessionKind::Routine && s.pain_before && s.pain_after &&
         *s.pain_after - *s.pain_before >= kPainRisePoints;
}

const SessionRecord* rise_to_ask_about(const Journal& journal, std::int32_t today) {
  const SessionRecord* found = nullptr;
  for (const SessionRecord& s : journal.sessions) {
    if (s.day != today - 1 || !pain_rose(s)) continue;
    if (!found || s.at_ms > found->at_ms) found = &s;
  }
  if (!found || answered_after(journal, found->at_ms)) return nullptr;
  return found;
}

std::optional<FlareUp> current_flare_up(const Journal& journal, std::int32_t today) {
  const auto rise = latest_rise(journal, today - (kFlareCardDays - 1), today);
  if (!rise) return std::nullopt;
  for (const CheckIn& entry : journal.checkins) {
    if (entry.at_ms <= rise->at_ms) continue;
    const bool near_level = entry.pain <= rise->level + kNearLevelPoints + 1e-9;
    if (near_level || entry.rise_settled == true) return std::nullopt;
  }
  return rise;
}

}  // namespace unknot
