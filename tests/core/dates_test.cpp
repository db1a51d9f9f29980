#include <catch2/catch.hpp>

#include "core/journal/checkin.h"
#include "core/support/dates.h"

using namespace unknot;

TEST_CASE("calendar days convert to dates and back") {
  CHECK(iso_date(0) == "1970-01-01");
  CHECK(iso_date(-1) == "1969-12-31");
  CHECK(iso_date(20418) == "2025-11-26");
  CHECK(iso_date(days_from_civil({2024, 2, 29})) == "2024-02-29");
  for (std::int32_t day = -800; day < 30000; day += 37) {
    CHECK(days_from_civil(civil_from_days(day)) == day);
  }
  CHECK(weekday(0) == 3);  // a Thursday
  CHECK(weekday(days_from_civil({2026, 11, 26})) == 3);
  CHECK(weekday(days_from_civil({2026, 11, 30})) == 0);  // a Monday
}

TEST_CASE("dates read naturally in each language") {
  const std::int32_t day = days_from_civil({2026, 11, 26});
  CHECK(short_date(Locale::En, day) == "Nov 26");
  CHECK(short_date(Locale::Es, day) == "26 nov");
  CHECK(long_date(Locale::En, day) == "26 November 2026");
  CHECK(long_date(Locale::Es, day) == "26 de noviembre de 2026");
  CHECK(month_year(Locale::Es, day) == "nov 2026");
}

TEST_CASE("local days and times follow the time zone") {
  const std::int64_t utc_midnight = std::int64_t{days_from_civil({2026, 11, 26})} * 86'400'000;
  CHECK(local_day(utc_midnight, 0) == days_from_civil({2026, 11, 26}));
  CHECK(local_day(utc_midnight, -300) ==
        days_from_civil({2026, 11, 25}));  // New York, still the evening before
  CHECK(local_day(utc_midnight - 1, 60) == days_from_civil({2026, 11, 26}));
  CHECK(local_day(-1, 0) == -1);
  CHECK(clock_time(utc_midnight + 8 * 3'600'000 + 30 * 60'000, 0) == "08:30");
  CHECK(clock_time(utc_midnight, -300) == "19:00");
  CHECK(clock_time(utc_midnight, 330) == "05:30");
}

#include "core/support/utf8.h"

TEST_CASE("UTF-8 text is told from bytes no reader accepts") {
  CHECK(valid_utf8("plain"));
  CHECK(valid_utf8("Señal: mejor por la tarde · ✓ 😀"));
  CHECK_FALSE(valid_utf8("\xED\xB6\xA4"));  // a lone surrogate, as "\uDDA4" in JSON becomes
  CHECK_FALSE(valid_utf8("\xC0\xAF"));      // an overlong "/"
  CHECK_FALSE(valid_utf8("caf\xC3"));       // cut in the middle of a character
  CHECK_FALSE(valid_utf8("\x80 stray"));
  CHECK_FALSE(valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  CheckIn entry;
  entry.id = "a";
  entry.note = "bad \xED\xB6\xA4";
  CHECK(validate_checkin(entry).error() == "the id and the note must be valid UTF-8 text");
}
