#include "core/support/dates.h"

#include <cstdio>

namespace unknot {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days, proleptic Gregorian calendar.
constexpr std::int32_t kDaysPerEra = 146097;

// Month words and date patterns come from the catalog, so each language orders and joins them
// its own way ("Nov 26" / "26 nov", "26 de noviembre de 2026").
std::string_view month_abbreviation(Locale locale, int month) {
  static constexpr Str kKeys[12] = {Str::MonthJanShort, Str::MonthFebShort, Str::MonthMarShort,
                                    Str::MonthAprShort, Str::MonthMayShort, Str::MonthJunShort,
                                    Str::MonthJulShort, Str::MonthAugShort, Str::MonthSepShort,
                                    Str::MonthOctShort, Str::MonthNovShort, Str::MonthDecShort};
  return tr(locale, kKeys[month - 1]);
}

std::string_view month_name(Locale locale, int month) {
  static constexpr Str kKeys[12] = {Str::MonthJan, Str::MonthFeb, Str::MonthMar, Str::MonthApr,
                                    Str::MonthMay, Str::MonthJun, Str::MonthJul, Str::MonthAug,
                                    Str::MonthSep, Str::MonthOct, Str::MonthNov, Str::MonthDec};
  return tr(locale, kKeys[month - 1]);
}

}  // namespace

CivilDate civil_from_days(std::int32_t days) noexcept {
  const std::int32_t z = days + 719468;
  const std::int32_t era = (z >= 0 ? z : z - kDaysPerEra + 1) / kDaysPerEra;
  const std::int32_t doe = z - era * kDaysPerEra;
  const std::int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int32_t mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return CivilDate{static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

std::int32_t days_from_civil(CivilDate date) noexcept {
  const std::int32_t y = date.year - (date.month <= 2 ? 1 : 0);
  const std::int32_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int32_t yoe = y - era * 400;
  const std::int32_t mp = date.month > 2 ? date.month - 3 : date.month + 9;
  const std::int32_t doy = (153 * mp + 2) / 5 + date.day - 1;
  const std::int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * kDaysPerEra + doe - 719468;
}

int weekday(std::int32_t days) noexcept {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::string iso_date(std::int32_t days) {
  const CivilDate d = civil_from_days(days);
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year, d.month, d.day);
  return text;
}

std::string short_date(Locale locale, std::int32_t days) {
  const CivilDate d = civil_from_days(days);
  return fill(tr(locale, Str::DateShort), {month_abbreviation(locale, d.month), std::to_string(d.day)});
}

std::string short_date_with_year(Locale locale, std::int32_t days) {
  const CivilDate d = civil_from_days(days);
  return fill(tr(locale, Str::DateShortYear),
              {month_abbreviation(locale, d.month), std::to_string(d.day), std::to_string(d.year)});
}

std::string long_date(Locale locale, std::int32_t days) {
  const CivilDate d = civil_from_days(days);
  return fill(tr(locale, Str::DateLong),
              {std::to_string(d.day), month_name(locale, d.month), std::to_string(d.year)});
}

std::string month_year(Locale locale, std::int32_t days) {
  const CivilDate d = civil_from_days(days);
  return fill(tr(locale, Str::DateMonthYear), {month_abbreviation(locale, d.month), std::to_string(d.year)});
}

std::string clock_time(std::int64_t at_ms, int utc_offset_min) {
  constexpr std::int64_t kDayMs = 86'400'000;
  std::int64_t local = (at_ms + static_cast<std::int64_t>(utc_offset_min) * 60'000) % kDayMs;
  if (local < 0) local += kDayMs;
  const int minutes = static_cast<int>(local / 60'000);
  char text[8];
  std::snprintf(text, sizeof text, "%02d:%02d", minutes / 60, minutes % 60);
  return text;
}

}  // namespace unknot
