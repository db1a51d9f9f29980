#include "core/plan/movement_breaks.h"

#include <algorithm>

#include "core/journal/checkin.h"

namespace unknot {
namespace {

constexpr std::int64_t kMinuteMs = 60'000;
constexpr int kDayMinutes = 24 * 60;

int minute_of_day(std::int64_t at_ms, int utc_offset_min) {
  const std::int64_t local_min = at_ms / kMinuteMs + utc_offset_min;
  return static_cast<int>(((local_min % kDayMinutes) + kDayMinutes) % kDayMinutes);
}

void schedule_from(BreakSchedule& schedule, const BreakSettings& settings, std::int64_t from_ms, int minutes,
                   int utc_offset_min) {
  schedule.due_ms = after_quiet_hours(settings, from_ms + minutes * kMinuteMs, utc_offset_min);
}

}  // namespace

Result<BreakSettings> validate_break_settings(const BreakSettings& s) {
  using R = Result<BreakSettings>;
  if (std::find(std::begin(kBreakIntervals), std::end(kBreakIntervals), s.interval_min) ==
      std::end(kBreakIntervals)) {
    return R::fail("the interval must be 30, 45 or 60 minutes");
  }
  for (int minute : {s.quiet_from_min, s.quiet_to_min}) {
    if (minute < 0 || minute >= kDayMinutes || minute % kQuietStepMinutes != 0) {
      return R::fail("quiet hours must be on the hour or half hour, from 00:00 to 23:30");
    }
  }
  return R::ok(s);
}

bool in_quiet_hours(const BreakSettings& s, int minute) {
  if (s.quiet_from_min == s.quiet_to_min) return false;
  if (s.quiet_from_min < s.quiet_to_min) return minute >= s.quiet_from_min && minute < s.quiet_to_min;
  return minute >= s.quiet_from_min || minute < s.quiet_to_min;  // across midnight, e.g. 22:00-07:00
}

std::int64_t after_quiet_hours(const BreakSettings& s, std::int64_t at_ms, int utc_offset_min) {
  const int minute = minute_of_day(at_ms, utc_offset_min);
  if (!in_quiet_hours(s, minute)) return at_ms;
  const int wait = ((s.quiet_to_min - minute) % kDayMinutes + kDayMinutes) % kDayMinutes;
  // To the start of the quiet hours' last minute boundary: quiet ends on the minute.
  return (at_ms / kMinuteMs + wait) * kMinuteMs;
}

bool breaks_need_advance(const BreakSchedule& schedule, const BreakSettings& settings, std::int64_t now_ms) {
  if (!settings.on || schedule.showing) return false;
  return schedule.due_ms == 0 || now_ms >= schedule.due_ms;
}

std::int64_t next_break_wake_ms(const BreakSchedule& schedule, const BreakSettings& settings) {
  return settings.on && !schedule.showing ? schedule.due_ms : 0;
}

bool advance_breaks(BreakSchedule& schedule, const BreakSettings& settings, std::int64_t now_ms,
                    int utc_offset_min) {
  if (!breaks_need_advance(schedule, settings, now_ms)) return false;
  if (schedule.due_ms == 0) {
    schedule_from(schedule, settings, now_ms, settings.interval_min, utc_offset_min);
    return false;
  }
  // Due, but now in quiet hours (the device slept through the due time): wait for them to end.
  if (in_quiet_hours(settings, minute_of_day(now_ms, utc_offset_min))) {
    schedule.due_ms = after_quiet_hours(settings, now_ms, utc_offset_min);
    return false;
  }
  const std::int32_t today = local_day(now_ms, utc_offset_min);
  if (schedule.day != today) {
    schedule.day = today;
    schedule.shown_today = 0;
  }
  ++schedule.shown_today;
  schedule.showing = true;
  schedule.due_ms = 0;  // the next one is counted from the user's answer, never stacked
  return true;
}

void finish_break(BreakSchedule& schedule, const BreakSettings& settings, std::int64_t now_ms,
                  int utc_offset_min, bool snooze) {
  schedule.showing = false;
  schedule_from(schedule, settings, now_ms, snooze ? kSnoozeMinutes : settings.interval_min, utc_offset_min);
}

void restart_breaks(BreakSchedule& schedule, const BreakSettings& settings, std::int64_t now_ms,
                    int utc_offset_min) {
  schedule.showing = false;
  schedule.due_ms = 0;
  if (settings.on) schedule_from(schedule, settings, now_ms, settings.interval_min, utc_offset_min);
}

}  // namespace unknot
