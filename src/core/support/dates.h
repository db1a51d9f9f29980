// Calendar days for the journal: a day is a count of days since 1970-01-01 in the user's own
// time zone (see local_day in checkin.h). Turns them into dates and words in the user's language.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string>

#include "core/i18n/strings.h"

namespace unknot {

struct CivilDate {
  int year;
  int month;  // 1-12
  int day;    // 1-31
};

CivilDate civil_from_days(std::int32_t days) noexcept;
std::int32_t days_from_civil(CivilDate date) noexcept;
int weekday(std::int32_t days) noexcept;  // 0 = Monday ... 6 = Sunday (ISO)

// UTC-14:00 to UTC+14:00 covers every time zone in use. A clock's offset outside it is clamped
// (new entries); a file's is refused (imports, stored records).
inline constexpr int kMaxUtcOffsetMin = 14 * 60;
inline std::int16_t clamp_utc_offset(int minutes) noexcept {
  return static_cast<std::int16_t>(std::clamp(minutes, -kMaxUtcOffsetMin, kMaxUtcOffsetMin));
}
inline bool utc_offset_in_range(int minutes) noexcept {
  return minutes >= -kMaxUtcOffsetMin && minutes <= kMaxUtcOffsetMin;
}

std::string iso_date(std::int32_t days);                             // "2026-11-26"
std::string short_date(Locale locale, std::int32_t days);            // "Nov 26" / "26 nov"
std::string short_date_with_year(Locale locale, std::int32_t days);  // "Nov 26, 2026" / "26 nov 2026"
std::string long_date(Locale locale, std::int32_t days);   // "26 November 2026" / "26 de noviembre de 2026"
std::string month_year(Locale locale, std::int32_t days);  // "Nov 2026" / "nov 2026"
// "08:30" from a time and its zone (24-hour clock in both languages, unambiguous on paper).
std::string clock_time(std::int64_t at_ms, int utc_offset_min);

}  // namespace unknot
