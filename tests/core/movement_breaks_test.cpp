// Movement-break reminders against injected time: at the set interval and never more often,
// not in quiet hours (which may cross midnight), snoozes that land in them, and a device that
// slept through a due time.
#include <catch2/catch.hpp>

#include "core/flow/dispatch.h"
#include "core/flow/state_json.h"
#include "core/plan/movement_breaks.h"
#include "test_support.h"

using namespace unknot;
using unknot::test::plain_refusal;

namespace {

constexpr std::int64_t kMinute = 60'000;
constexpr int kOffset = 60;  // UTC+1
// 2026-11-20 09:00 local (08:00 UTC).
constexpr std::int64_t kNine = 1'795'161'600'000;

std::int64_t local(int day_offset, int hour, int minute) {
  return kNine + (day_offset * 24 * 60 + (hour - 9) * 60 + minute) * kMinute;
}

struct Clock {
  AppState state;
  std::int64_t now = kNine;
  int shown = 0;
  DispatchOutcome run(const Action& action) {
    DispatchOutcome out = dispatch(state, action, Moment{now, kOffset, 1});
    if (out.movement_break) ++shown;
    return out;
  }
  void tick_until(std::int64_t end, std::int64_t step = kMinute) {
    for (; now <= end; now += step) run(Tick{});
    now = end;
  }
};

BreakSettings every(int minutes) {
  BreakSettings b;
  b.on = true;
  b.interval_min = minutes;
  return b;
}

}  // namespace

TEST_CASE("quiet hours may cross midnight, or sit within a day, or be none") {
  const BreakSettings night = every(30);  // 22:00-07:00
  CHECK(in_quiet_hours(night, 23 * 60));
  CHECK(in_quiet_hours(night, 0));
  CHECK(in_quiet_hours(night, 6 * 60 + 59));
  CHECK_FALSE(in_quiet_hours(night, 7 * 60));
  CHECK_FALSE(in_quiet_hours(night, 21 * 60 + 59));
  BreakSettings lunch = night;
  lunch.quiet_from_min = 12 * 60;
  lunch.quiet_to_min = 13 * 60 + 30;
  CHECK(in_quiet_hours(lunch, 12 * 60 + 15));
  CHECK_FALSE(in_quiet_hours(lunch, 13 * 60 + 30));
  lunch.quiet_to_min = lunch.quiet_from_min;
  CHECK_FALSE(in_quiet_hours(lunch, 12 * 60 + 15));
  CHECK(after_quiet_hours(night, local(0, 23, 10), kOffset) == local(1, 7, 0));
  CHECK(after_quiet_hours(night, local(0, 12, 0), kOffset) == local(0, 12, 0));
}

TEST_CASE("a reminder comes at the set interval, once, and the next is counted from the answer") {
  Clock c;
  c.run(SetMovementBreaks{every(45)});
  CHECK(c.state.break_schedule.due_ms == c.now + 45 * kMinute);
  c.tick_until(kNine + 44 * kMinute);
  CHECK(c.shown == 0);
  c.tick_until(kNine + 45 * kMinute);
  CHECK(c.shown == 1);
  CHECK(c.state.break_schedule.showing);
  // Left on screen for two hours: still one reminder, not a pile.
  c.tick_until(kNine + 165 * kMinute);
  CHECK(c.shown == 1);
  c.run(FinishBreak{false});
  CHECK(c.state.break_schedule.due_ms == c.now + 45 * kMinute);
  c.tick_until(c.now + 45 * kMinute);
  CHECK(c.shown == 2);
  CHECK(c.state.break_schedule.shown_today == 2);
}

TEST_CASE("an answered reminder every time still means never more than one per interval") {
  Clock c;
  c.run(SetMovementBreaks{every(30)});
  const std::int64_t end = kNine + 8 * 60 * kMinute;  // 09:00 to 17:00
  for (; c.now <= end; c.now += kMinute) {
    if (c.run(Tick{}).movement_break) c.run(FinishBreak{false});
  }
  CHECK(c.shown == 16);
}

TEST_CASE("reminders wait for quiet hours to end, even when snoozed into them across midnight") {
  Clock c;
  c.now = local(0, 21, 0);
  c.run(SetMovementBreaks{every(45)});
  c.tick_until(local(0, 21, 45));
  REQUIRE(c.shown == 1);
  c.now = local(0, 21, 55);
  c.run(FinishBreak{true});  // snooze 10 minutes: 22:05 is quiet
  CHECK(c.state.break_schedule.due_ms == local(1, 7, 0));
  c.tick_until(local(1, 6, 59), 5 * kMinute);
  CHECK(c.shown == 1);
  c.tick_until(local(1, 7, 0));
  CHECK(c.shown == 2);
  CHECK(c.state.break_schedule.shown_today == 1);  // a new day's count
}

TEST_CASE("a device that slept through a due time shows one reminder, and not in quiet hours") {
  Clock c;
  c.run(SetMovementBreaks{every(60)});
  c.run(Tick{});
  c.now = local(0, 23, 30);  // asleep from 09:00 to 23:30: the reminder due at 10:00 is missed
  c.run(Tick{});
  CHECK(c.shown == 0);
  CHECK(c.state.break_schedule.due_ms == local(1, 7, 0));
  c.now = local(1, 8, 0);
  c.run(Tick{});
  c.run(Tick{});
  CHECK(c.shown == 1);
}

TEST_CASE("a break that comes due during the routine is not shown: the count starts again") {
  Clock c;
  c.run(SetMovementBreaks{every(30)});
  c.now += 25 * kMinute;
  c.run(StartRoutine{RoutineKind::Full});  // about 16 minutes
  c.tick_until(c.now + 10 * kMinute, 1000);
  CHECK(c.shown == 0);
  CHECK(c.state.break_schedule.due_ms == kNine + 30 * kMinute + 30 * kMinute);  // restarted when it came due
}

TEST_CASE("reminders are off until asked for, and turning them off stops them") {
  Clock c;
  c.tick_until(kNine + 3 * 60 * kMinute, 5 * kMinute);
  CHECK(c.shown == 0);
  CHECK(c.state.break_schedule.due_ms == 0);
  c.run(SetMovementBreaks{every(30)});
  BreakSettings off = every(30);
  off.on = false;
  c.run(SetMovementBreaks{off});
  c.tick_until(c.now + 3 * 60 * kMinute, 5 * kMinute);
  CHECK(c.shown == 0);
  CHECK(c.run(FinishBreak{true}).error == "no movement break is showing");
}

TEST_CASE("movement break settings from JSON are checked, and state() shows the schedule") {
  AppState state;
  CHECK(plain_refusal(
            dispatch_json(state, R"({"type":"setMovementBreaks","on":true,"intervalMin":20})", kNine)) ==
        R"({"ok":false,"error":"setMovementBreaks: the interval must be 30, 45 or 60 minutes"})");
  CHECK(
      plain_refusal(
          dispatch_json(state, R"({"type":"setMovementBreaks","on":true,"quietFrom":"22:15"})", kNine)) ==
      R"({"ok":false,"error":"setMovementBreaks: quiet hours must be on the hour or half hour, from 00:00 to 23:30"})");
  CHECK(plain_refusal(
            dispatch_json(state, R"({"type":"setMovementBreaks","on":true,"quietFrom":"25:00"})", kNine)) ==
        R"({"ok":false,"error":"setMovementBreaks: \"quietFrom\" must be a time such as \"22:00\""})");
  CHECK(
      dispatch_json(
          state,
          R"({"type":"setMovementBreaks","on":true,"intervalMin":30,"quietFrom":"21:30","quietTo":"06:00"})",
          kNine) == R"({"ok":true,"changed":true})");
  const std::string json = state_to_json(state, kNine, 0);
  CHECK(
      json.find(
          R"("breaks":{"on":true,"intervalMin":30,"quietFrom":"21:30","quietTo":"06:00","showing":false,"dueAt":)" +
          std::to_string(kNine + 30 * kMinute)) != std::string::npos);
}
