// Movement breaks: the article warns against holding one position too long, so the user may ask
// for a gentle reminder every 30, 45 or 60 minutes while Unknot is open. Never more often than
// that (a missed reminder is not made up: one shows, however long the app was away), never in
// the user's quiet hours, and a snooze puts it off without stacking. Times come from dispatch.
#pragma once
#include <cstdint>

#include "core/support/result.h"

namespace unknot {

struct BreakSettings {
  bool on = false;               // off until the user asks: reminders are opt-in
  int interval_min = 45;         // 30, 45 or 60
  int quiet_from_min = 22 * 60;  // local minutes after midnight; quiet hours may cross midnight
  int quiet_to_min = 7 * 60;     // equal to quiet_from: no quiet hours
  bool operator==(const BreakSettings& o) const {
    return on == o.on && interval_min == o.interval_min && quiet_from_min == o.quiet_from_min &&
           quiet_to_min == o.quiet_to_min;
  }
  bool operator!=(const BreakSettings& o) const { return !(*this == o); }
};

inline constexpr int kBreakIntervals[] = {30, 45, 60};
inline constexpr int kSnoozeMinutes = 10;
inline constexpr int kQuietStepMinutes = 30;  // quiet hours are set in half hours

Result<BreakSettings> validate_break_settings(const BreakSettings& settings);

// True when the local minute of the day falls in the quiet hours.
bool in_quiet_hours(const BreakSettings& settings, int minute_of_day);

// The first moment at or after `at_ms` outside the quiet hours, in the user's time zone.
std::int64_t after_quiet_hours(const BreakSettings& settings, std::int64_t at_ms, int utc_offset_min);

// The reminder's schedule while the app is open (not stored: a new visit starts the count again).
struct BreakSchedule {
  std::int64_t due_ms = 0;  // 0: not scheduled yet (off, or the app has just opened)
  bool showing = false;     // the reminder is on screen, waiting for Done or Snooze
  int shown_today = 0;      // how many have shown on `day`, for state() and the tests
  std::int32_t day = 0;
};

// True when advance_breaks() has something to do at `now_ms`: the schedule needs starting, or
// the reminder is due. The app ticks exactly then, even while nothing is drawn.
bool breaks_need_advance(const BreakSchedule& schedule, const BreakSettings& settings, std::int64_t now_ms);
// When the page should wake the loop for the next reminder (wall-clock ms), or 0 for never.
std::int64_t next_break_wake_ms(const BreakSchedule& schedule, const BreakSettings& settings);

// Brings the schedule up to `now`: starts it, or shows the reminder when it is due (true).
bool advance_breaks(BreakSchedule& schedule, const BreakSettings& settings, std::int64_t now_ms,
                    int utc_offset_min);
// The user's answer to a showing reminder: done (next one a full interval away) or snooze.
void finish_break(BreakSchedule& schedule, const BreakSettings& settings, std::int64_t now_ms,
                  int utc_offset_min, bool snooze);
// After the settings change: the count starts again from now.
void restart_breaks(BreakSchedule& schedule, const BreakSettings& settings, std::int64_t now_ms,
                    int utc_offset_min);

}  // namespace unknot
