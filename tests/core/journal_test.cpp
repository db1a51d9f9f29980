#include <catch2/catch.hpp>

#include "core/progress/pain_trend.h"

using namespace unknot;

namespace {
CheckIn entry(std::int32_t day, int pain, const char* id = "x") {
  CheckIn e;
  e.id = id;
  e.day = day;
  e.at_ms = std::int64_t{day} * 86'400'000;
  e.pain = pain;
  return e;
}

// One check-in a day with the given pains, starting on day 20000.
std::vector<CheckIn> days_of(std::initializer_list<int> pains) {
  std::vector<CheckIn> entries;
  std::int32_t day = 20000;
  for (int pain : pains) entries.push_back(entry(day++, pain));
  return entries;
}
}  // namespace

TEST_CASE("a check-in is validated field by field with clear messages") {
  CheckIn good = entry(20000, 5, "2026-11-26-abc");
  good.spots = kSpotLeft | kSpotAboveSacrum;
  good.feel = PainFeel::DullAche;
  good.stiffness = 4;
  good.limits = kBending | kSleeping;
  good.causes = kHoldingOnePosition | kStress;
  good.self_care = kHeat | kWalk | kCoreWork;
  good.note = "Long drive yesterday.";
  CHECK(validate_checkin(good));

  auto with = [&](auto change) {
    CheckIn e = good;
    change(e);
    return validate_checkin(e).error();
  };
  CHECK(with([](CheckIn& e) { e.pain = 11; }) == "pain must be a whole number from 0 to 10");
  CHECK(with([](CheckIn& e) { e.pain = -1; }) == "pain must be a whole number from 0 to 10");
  CHECK(with([](CheckIn& e) { e.stiffness = 12; }) == "stiffness must be from 0 to 10");
  CHECK(with([](CheckIn& e) { e.note = std::string(2001, 'a'); }) ==
        "the note is too long: at most 2000 bytes");
  CHECK(with([](CheckIn& e) { e.spots = 0x80; }) == "unknown pain location");
  CHECK(with([](CheckIn& e) { e.limits = 0x40; }) == "unknown activity");
  CHECK(with([](CheckIn& e) { e.causes = 0xC0; }) == "unknown cause");
  CHECK(with([](CheckIn& e) { e.self_care = 1 << 9; }) == "unknown self-care item");
  CHECK(with([](CheckIn& e) { e.feel = static_cast<PainFeel>(9); }) == "unknown feel");
  CHECK(with([](CheckIn& e) { e.id.clear(); }) == "id must be 1 to 64 characters");
  CHECK(with([](CheckIn& e) { e.at_ms = -5; }) == "the time is before 1970");
}

TEST_CASE("daily pain averages each day's check-ins, in day order") {
  std::vector<CheckIn> entries = {entry(20002, 6), entry(20000, 4), entry(20000, 7), entry(20002, 2)};
  const auto daily = daily_pain(entries);
  REQUIRE(daily.size() == 2);
  CHECK(daily[0].day == 20000);
  CHECK(daily[0].mean == Approx(5.5));
  CHECK(daily[0].count == 2);
  CHECK(daily[1].mean == Approx(4.0));
}

TEST_CASE("the seven-day average counts only days with check-ins in the window") {
  const auto daily = daily_pain({entry(20000, 8), entry(20004, 6), entry(20010, 2)});
  CHECK(*seven_day_average(daily, 20006) == Approx(7.0));  // days 20000..20006
  CHECK(*seven_day_average(daily, 20010) == Approx(4.0));  // 20004..20010
  CHECK_FALSE(seven_day_average(daily, 20030).has_value());
}

TEST_CASE("baseline is the first week; change needs a second week and says if it is meaningful") {
  // Week 1 averages 6; week 2 averages 4: 2 points lower, a meaningful drop.
  auto entries = days_of({6, 6, 6, 6, 6, 6, 6, 4, 4, 4, 4, 4, 4, 4});
  auto daily = daily_pain(entries);
  CHECK(*baseline(daily) == Approx(6.0));
  CHECK_FALSE(change_from_baseline(daily, 20010).has_value());  // the weeks would overlap
  auto change = change_from_baseline(daily, 20013);
  REQUIRE(change);
  CHECK(change->points == Approx(2.0));
  CHECK(change->percent == Approx(33.33).epsilon(0.01));
  CHECK(change->meaningful_drop);
  CHECK_FALSE(change->meaningful_rise);

  // 30% of a low baseline counts even under 2 points: 3 -> 2 is 1 point but 33%.
  daily = daily_pain(days_of({3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2}));
  CHECK(change_from_baseline(daily, 20013)->points == Approx(1.0));
  CHECK(change_from_baseline(daily, 20013)->meaningful_drop);

  // A small drop is not meaningful; a 2-point rise is flagged.
  CHECK_FALSE(change_from_baseline(daily_pain(days_of({6, 6, 6, 6, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5})), 20013)
                  ->meaningful_drop);
  CHECK(change_from_baseline(daily_pain(days_of({3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5})), 20013)
            ->meaningful_rise);

  // A zero baseline: no percentage, no division by zero.
  change = change_from_baseline(daily_pain(days_of({0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1})), 20013);
  CHECK(change->percent == 0.0);
  CHECK_FALSE(change->meaningful_drop);
}

TEST_CASE("the streak forgives one missed day but not two") {
  CHECK(forgiving_streak({}, 100) == 0);
  CHECK(forgiving_streak({100}, 100) == 1);
  CHECK(forgiving_streak({96, 97, 98, 99, 100}, 100) == 5);
  CHECK(forgiving_streak({96, 97, 99, 100}, 100) == 4);   // 98 missed: forgiven
  CHECK(forgiving_streak({95, 96, 99, 100}, 100) == 2);   // 97 and 98 missed: the streak restarts at 99
  CHECK(forgiving_streak({97, 98, 99}, 100) == 3);        // today not done yet
  CHECK(forgiving_streak({97, 98}, 100) == 2);            // yesterday missed and today to come: still on
  CHECK(forgiving_streak({96, 97}, 100) == 0);            // three days without: over
  CHECK(forgiving_streak({99, 99, 100, 100}, 100) == 2);  // several entries a day count once
  CHECK(forgiving_streak({101, 100}, 100) == 1);          // days after today are ignored
}

TEST_CASE("self-care that went with lower pain the next day, only with enough days on both sides") {
  // Twelve days: heat on even days; the day after heat the pain is 3, otherwise 6.
  std::vector<CheckIn> entries;
  for (std::int32_t day = 20000; day < 20012; ++day) {
    CheckIn e = entry(day, (day - 20000) % 2 == 1 ? 3 : 6);
    if ((day - 20000) % 2 == 0) e.self_care = kHeat;
    if (day < 20003) e.self_care |= kWalk;  // walks only on the first three days
    entries.push_back(e);
  }
  const auto links = self_care_links(entries);
  REQUIRE(links.size() == 9);
  const SelfCareLink& heat = links[0];
  CHECK(heat.item == kHeat);
  CHECK(heat.days_with == 6);
  CHECK(heat.days_without == 5);  // the last day has no next day
  CHECK(heat.enough);
  CHECK(heat.next_day_with == Approx(3.0));
  CHECK(heat.next_day_without == Approx(6.0));
  CHECK(heat.difference() == Approx(3.0));

  const SelfCareLink& walk = links[3];
  CHECK(walk.item == kWalk);
  CHECK(walk.days_with == 3);
  CHECK_FALSE(walk.enough);
  CHECK(walk.days_needed == 2);

  CHECK(self_care_links({}).front().days_needed == kMinDaysEachSide);
}
