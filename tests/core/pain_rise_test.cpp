#include <catch2/catch.hpp>

#include "core/flow/dispatch.h"
#include "core/progress/pain_rise.h"
#include "core/support/dates.h"

using namespace unknot;

namespace {

const std::int32_t kToday = days_from_civil({2026, 11, 20});
constexpr std::int64_t kDayMs = 86'400'000;

CheckIn checkin(std::int32_t day, int pain, int hour = 9) {
  CheckIn e;
  e.id = "c" + std::to_string(day) + "-" + std::to_string(hour);
  e.day = day;
  e.at_ms = std::int64_t{day} * kDayMs + hour * 3'600'000;
  e.pain = pain;
  return e;
}

SessionRecord routine(std::int32_t day, std::optional<int> before, std::optional<int> after, int hour = 18) {
  SessionRecord s;
  s.id = "s" + std::to_string(day) + "-" + std::to_string(hour);
  s.day = day;
  s.at_ms = std::int64_t{day} * kDayMs + hour * 3'600'000;
  s.kind = SessionKind::Routine;
  s.pain_before = before;
  s.pain_after = after;
  return s;
}

}  // namespace

TEST_CASE("a routine's pain rose when after is 2 or more above before, both rated") {
  CHECK(pain_rose(routine(kToday, 3, 6)));
  CHECK(pain_rose(routine(kToday, 3, 5)));
  CHECK_FALSE(pain_rose(routine(kToday, 3, 4)));
  CHECK_FALSE(pain_rose(routine(kToday, 5, 2)));
  CHECK_FALSE(pain_rose(routine(kToday, std::nullopt, 8)));
  CHECK_FALSE(pain_rose(routine(kToday, 3, std::nullopt)));
  SessionRecord breathing = routine(kToday, 3, 6);
  breathing.kind = SessionKind::Breathing;
  CHECK_FALSE(pain_rose(breathing));
}

TEST_CASE("the check-in asks about yesterday's rise until a check-in answers it") {
  Journal j;
  j.sessions.push_back(routine(kToday - 1, 3, 6));
  REQUIRE(rise_to_ask_about(j, kToday) == &j.sessions.back());
  CHECK(rise_to_ask_about(j, kToday - 1) == nullptr);  // the same day: the summary said it
  CHECK(rise_to_ask_about(j, kToday + 1) == nullptr);  // only the next day asks

  // A check-in that did not answer (asked nowhere, say on another device) leaves the question.
  j.checkins.push_back(checkin(kToday, 5));
  CHECK(rise_to_ask_about(j, kToday) != nullptr);

  CheckIn answered = checkin(kToday, 5, 10);
  answered.rise_settled = false;  // "not yet" is an answer too: it is not asked again
  j.checkins.push_back(answered);
  CHECK(rise_to_ask_about(j, kToday) == nullptr);
}

TEST_CASE("no question without a rise yesterday") {
  Journal j;
  j.sessions.push_back(routine(kToday - 1, 3, 4));
  j.sessions.push_back(routine(kToday - 2, 2, 7));
  CHECK(rise_to_ask_about(j, kToday) == nullptr);
}

TEST_CASE("an answer given before the routine does not answer it") {
  Journal j;
  CheckIn earlier = checkin(kToday - 1, 3, 8);
  earlier.rise_settled = true;
  j.checkins.push_back(earlier);
  j.sessions.push_back(routine(kToday - 1, 3, 6));
  CHECK(rise_to_ask_about(j, kToday) != nullptr);
}

TEST_CASE("the flare-up card shows after a routine's rise and goes when pain is back near its level") {
  Journal j;
  j.sessions.push_back(routine(kToday, 3, 6));
  auto flare = current_flare_up(j, kToday);
  REQUIRE(flare);
  CHECK(flare->from_routine);
  CHECK(flare->level == 3.0);
  CHECK(flare->peak == 6);

  j.checkins.push_back(checkin(kToday + 1, 5));  // still 2 above: the card stays
  CHECK(current_flare_up(j, kToday + 1));
  j.checkins.push_back(checkin(kToday + 2, 4));  // within a point of 3: back near its level
  CHECK_FALSE(current_flare_up(j, kToday + 2));
}

TEST_CASE("the flare-up card goes when the next day's check-in says it settled") {
  Journal j;
  j.sessions.push_back(routine(kToday - 1, 3, 6));
  CheckIn settled = checkin(kToday, 5);
  settled.rise_settled = true;
  j.checkins.push_back(settled);
  CHECK_FALSE(current_flare_up(j, kToday));
  j.checkins.back().rise_settled = false;
  CHECK(current_flare_up(j, kToday));
}

TEST_CASE("the flare-up card goes after a week") {
  Journal j;
  j.sessions.push_back(routine(kToday, 2, 5));
  CHECK(current_flare_up(j, kToday + kFlareCardDays - 1));
  CHECK_FALSE(current_flare_up(j, kToday + kFlareCardDays));
}

TEST_CASE("a check-in 2 or more above the week before it is a rise") {
  Journal j;
  for (int d = 7; d >= 1; --d) j.checkins.push_back(checkin(kToday - d, d % 2 ? 3 : 4));  // average 3.43
  CHECK_FALSE(current_flare_up(j, kToday));
  j.checkins.push_back(checkin(kToday, 5));  // 1.57 above: not a rise
  CHECK_FALSE(current_flare_up(j, kToday));
  j.checkins.push_back(checkin(kToday, 6, 20));  // 2.57 above the week before today
  const auto flare = current_flare_up(j, kToday);
  REQUIRE(flare);
  CHECK_FALSE(flare->from_routine);
  CHECK(flare->peak == 6);
  CHECK(flare->level == Approx(24.0 / 7));

  j.checkins.push_back(checkin(kToday + 1, 4));  // within a point of the week's level
  CHECK_FALSE(current_flare_up(j, kToday + 1));
}

TEST_CASE("a first check-in has no week to rise above") {
  Journal j;
  j.checkins.push_back(checkin(kToday, 9));
  CHECK_FALSE(current_flare_up(j, kToday));
}

TEST_CASE("the latest rise decides the card") {
  Journal j;
  j.sessions.push_back(routine(kToday - 3, 2, 6));
  j.checkins.push_back(checkin(kToday - 2, 3));  // back near 2: that rise settled
  CHECK_FALSE(current_flare_up(j, kToday - 2));
  j.sessions.push_back(routine(kToday - 1, 4, 7));  // a new rise
  const auto flare = current_flare_up(j, kToday);
  REQUIRE(flare);
  CHECK(flare->day == kToday - 1);
  CHECK(flare->level == 4.0);
}

TEST_CASE("renaming a named PSFS activity marks when comparisons start again; naming an empty one does not") {
  AppState state;
  const std::int64_t t0 = std::int64_t{kToday} * kDayMs + 9 * 3'600'000;
  REQUIRE(dispatch(state, SetPsfsActivities{{"Putting on socks", "", ""}}, t0).error.empty());
  CHECK_FALSE(state.psfs_renamed);
  REQUIRE(dispatch(state, SetPsfsActivities{{"Putting on socks", "Lifting a child", ""}}, t0 + 1000)
              .error.empty());
  CHECK_FALSE(state.psfs_renamed);  // a second activity named: the first one's scores still compare
  REQUIRE(
      dispatch(state, SetPsfsActivities{{"Tying shoes", "Lifting a child", ""}}, t0 + 2000).error.empty());
  REQUIRE(state.psfs_renamed);
  CHECK(state.psfs_renamed->at_ms == t0 + 2000);
  CHECK(state.psfs_renamed->day == kToday);
}
