#include "core/settings/preferences.h"

#include <algorithm>
#include <cstdlib>

#include "core/support/utf8.h"

namespace unknot {

Result<PsfsActivities> validate_psfs_activities(const PsfsActivities& names) {
  for (const std::string& name : names) {
    if (!valid_utf8(name)) return Result<PsfsActivities>::fail("an activity name must be valid UTF-8 text");
    if (name.size() > kMaxActivityBytes) {
      return Result<PsfsActivities>::fail("an activity name is too long: at most " +
                                          std::to_string(kMaxActivityBytes) + " bytes");
    }
  }
  return Result<PsfsActivities>::ok(names);
}

Result<Preferences> validate_preferences(const Preferences& p) {
  using R = Result<Preferences>;
  if (static_cast<std::size_t>(p.locale) >= kLocaleCount) return R::fail("unknown language");
  if (static_cast<int>(p.settings.text_size) > static_cast<int>(TextSize::Largest))
    return R::fail("unknown text size");
  if (const auto plan = validate_plan(p.custom_plan); !plan)
    return R::fail("custom routine: " + plan.error());
  if (!matching_preset(p.breath.pattern)) {
    if (const auto pattern = validate_custom_pattern(p.breath.pattern); !pattern) {
      return R::fail("breathing pattern: " + pattern.error());
    }
  }
  if (std::find(kBreathLengthsMs.begin(), kBreathLengthsMs.end(), p.breath.length_ms) ==
      kBreathLengthsMs.end()) {
    return R::fail("unknown breathing session length");
  }
  if (p.position_result) {
    for (int rating : p.position_result->ratings) {
      if (rating < 0 || rating > 10) return R::fail("position test: ratings must be from 0 to 10");
    }
    if (static_cast<int>(p.position_result->verdict) > static_cast<int>(PositionVerdict::Neither)) {
      return R::fail("position test: unknown result");
    }
  }
  if (const auto names = validate_psfs_activities(p.psfs_activities); !names) return R::fail(names.error());
  if (static_cast<int>(p.settings.voice.rate) > static_cast<int>(VoiceRate::Slower))
    return R::fail("unknown voice pace");
  if (!valid_utf8(p.settings.voice.voice) || p.settings.voice.voice.size() > kMaxVoiceIdBytes)
    return R::fail("the voice's name must be UTF-8 text of at most " + std::to_string(kMaxVoiceIdBytes) +
                   " bytes");
  // The rename's day is its local day: within a day of the UTC one, whatever the time zone.
  if (p.psfs_renamed &&
      (p.psfs_renamed->at_ms < 0 || std::abs(p.psfs_renamed->day - local_day(p.psfs_renamed->at_ms, 0)) > 1))
    return R::fail("the activities' rename time is out of range");
  if (const auto plan = validate_daily_plan(p.daily_plan); !plan)
    return R::fail("today's plan: " + plan.error());
  if (const auto breaks = validate_break_settings(p.breaks); !breaks)
    return R::fail("movement breaks: " + breaks.error());
  if (p.program) {
    if (const auto program = validate_program(*p.program); !program)
      return R::fail("program: " + program.error());
  }
  return R::ok(p);
}

}  // namespace unknot
