// Today's plan: choosing items and times, ticking them off into the journal as the day's
// self-care (one record a day, durable, back after a reload), and what sessions tick by themselves.
#include <catch2/catch.hpp>

#include "app_harness.h"
#include "core/flow/state_json.h"
#include "core/journal/entry_json.h"
#include "core/journal/journal_actions.h"
#include "core/plan/daily_plan.h"
#include "core/progress/pain_trend.h"
#include "core/progress/progress_summary.h"
#include "core/support/json_writer.h"
#include "test_support.h"

using namespace unknot;
using unknot::test::App;
using unknot::test::plain_refusal;
namespace store = unknot::platform::memory_storage;

namespace {

constexpr std::int64_t kDayMs = 86'400'000;

std::vector<const SessionRecord*> plan_records(const Journal& journal) {
  std::vector<const SessionRecord*> found;
  for (const SessionRecord& s : journal.sessions) {
    if (s.kind == SessionKind::Plan) found.push_back(&s);
  }
  return found;
}

const PlanLine* line_for(const std::vector<PlanLine>& lines, PlanItem item) {
  for (const PlanLine& line : lines) {
    if (line.item == item) return &line;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("ticking plan items keeps one durable journal record for the day, which a reload brings back") {
  store::reset();
  App app;
  app.open();
  const DispatchOutcome walk = app.run(TickPlanItem{PlanItem::Walk, true});
  REQUIRE(walk.error.empty());
  REQUIRE(walk.writes.size() == 1);
  auto records = plan_records(app.state.journal);
  REQUIRE(records.size() == 1);
  const std::string id = records.front()->id;
  CHECK(walk.writes.front().key == session_key(id));
  CHECK(records.front()->plan_items == plan_bit(PlanItem::Walk));
  CHECK(records.front()->day == local_day(app.now, 60));
  CHECK(app.state.storage.pending_for(session_key(id)) != nullptr);  // saving until storage confirms
  store::deliver_reports();
  CHECK(app.state.storage.pending.empty());

  app.now += 3'600'000;
  app.run(TickPlanItem{PlanItem::Water, true});
  app.run(TickPlanItem{PlanItem::Walk, false});  // a tick taken back
  records = plan_records(app.state.journal);
  REQUIRE(records.size() == 1);
  CHECK(records.front()->id == id);
  CHECK(records.front()->plan_items == plan_bit(PlanItem::Water));
  CHECK_FALSE(app.run(TickPlanItem{PlanItem::Water, true}).changed);  // already ticked
  store::deliver_reports();

  App reopened;
  reopened.open();
  const auto lines = plan_for_day(reopened.state.daily_plan, reopened.state.journal, local_day(app.now, 60));
  REQUIRE(line_for(lines, PlanItem::Water) != nullptr);
  CHECK(line_for(lines, PlanItem::Water)->ticked);
  CHECK_FALSE(line_for(lines, PlanItem::Walk)->done());

  // The next day starts with nothing ticked, in a record of its own.
  reopened.now = app.now + kDayMs;
  CHECK_FALSE(reopened.run(TickPlanItem{PlanItem::Walk, false}).changed);  // nothing to take back
  reopened.run(TickPlanItem{PlanItem::Walk, true});
  CHECK(plan_records(reopened.state.journal).size() == 2);
}

TEST_CASE("ticked plan items count as the day's self-care, but not as practice sessions") {
  Journal journal;
  SessionRecord plan;
  plan.id = "p";
  plan.day = 20'000;
  plan.kind = SessionKind::Plan;
  plan.plan_items = plan_bit(PlanItem::Walk) | plan_bit(PlanItem::Routine);
  CHECK(plan_self_care(plan.plan_items) == (kWalk | kStretching | kCoreWork));
  CHECK_FALSE(is_practice(plan));

  // Five days with a walk (pain 3 the next day), five without (pain 6): the walk shows up.
  for (int i = 0; i < 20; ++i) {
    CheckIn entry;
    entry.id = "c" + std::to_string(i);
    entry.day = 20'000 + i;
    entry.pain = i % 4 == 1 ? 3 : 6;
    journal.checkins.push_back(entry);
    if (i % 4 == 0) {
      SessionRecord tick = plan;
      tick.id = "p" + std::to_string(i);
      tick.day = entry.day;
      journal.sessions.push_back(tick);
    }
  }
  const auto links = self_care_links(journal.checkins, journal.sessions);
  const auto walk =
      std::find_if(links.begin(), links.end(), [](const SelfCareLink& l) { return l.item == kWalk; });
  REQUIRE(walk != links.end());
  CHECK(walk->days_with == 5);
  CHECK(walk->next_day_with == Approx(3.0));
  const ProgressSummary summary = summarize_progress(journal, 20'019);
  for (const WeekSessions& week : summary.weeks) CHECK(week.sessions == 0);
}

TEST_CASE("a finished routine, breathing session or position test ticks its plan item by itself") {
  Journal journal;
  SessionRecord routine;
  routine.id = "r";
  routine.day = 20'100;
  routine.kind = SessionKind::Routine;
  journal.sessions.push_back(routine);
  DailyPlan plan;
  plan.items |= plan_bit(PlanItem::PositionPractice);
  const auto lines = plan_for_day(plan, journal, 20'100);
  CHECK(line_for(lines, PlanItem::Routine)->done_by_session);
  CHECK_FALSE(line_for(lines, PlanItem::Routine)->ticked);
  CHECK_FALSE(line_for(lines, PlanItem::Breathing)->done());
  CHECK_FALSE(line_for(lines, PlanItem::PositionPractice)->done());
  CHECK_FALSE(plan_for_day(plan, journal, 20'101).front().done());  // yesterday's routine is not today's
  // Fixed times first, in the day's order; "any time" last.
  CHECK(lines.front().time == PlanTime::Morning);
  CHECK(lines.back().time == PlanTime::AnyTime);
}

TEST_CASE("the plan's items, times and routine are the user's, stored with the preferences") {
  store::reset();
  App app;
  app.open();
  CHECK(app.run(SetPlanItem{PlanItem::Heat, true}).changed);
  CHECK(app.run(SetPlanTime{PlanItem::Heat, PlanTime::Bedtime}).changed);
  CHECK(app.run(SetPlanRoutine{RoutineKind::Short}).changed);
  CHECK(app.run(SetPlanItem{PlanItem::Water, false}).changed);
  CHECK_FALSE(app.run(SetPlanItem{PlanItem::Water, false}).changed);
  CHECK(app.run(SetPlanRoutine{RoutineKind::Custom}).error ==
        "setPlanRoutine: the plan's routine must be full or short");
  store::deliver_reports();
  App reopened;
  reopened.open();
  CHECK(reopened.state.daily_plan == app.state.daily_plan);
  CHECK(reopened.state.daily_plan.includes(PlanItem::Heat));
  CHECK_FALSE(reopened.state.daily_plan.includes(PlanItem::Water));
  CHECK(reopened.state.daily_plan.time_of(PlanItem::Heat) == PlanTime::Bedtime);

  const std::string json = state_to_json(reopened.state, reopened.now, 60);
  CHECK(json.find(R"("plan":{"routine":"short","done":0,"total":4,)") != std::string::npos);
  CHECK(json.find(R"({"item":"heat","time":"bedtime","ticked":false,"doneBySession":false,"done":false})") !=
        std::string::npos);
}

TEST_CASE("plan actions from JSON, with errors that say what is allowed") {
  AppState state;
  CHECK(dispatch_json(state, R"({"type":"tickPlanItem","item":"walk","done":true})", 0) ==
        R"({"ok":true,"changed":true})");
  CHECK(
      plain_refusal(dispatch_json(state, R"({"type":"tickPlanItem","item":"nap","done":true})", 0)) ==
      R"({"ok":false,"error":"tickPlanItem: \"item\" must be one of routine, breathing, walk, water, heat, ballMassage, positionPractice"})");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"setPlanTime","item":"walk","time":"noon"})", 0)) ==
        R"({"ok":false,"error":"setPlanTime: \"time\" must be any, morning, midday, evening or bedtime"})");
  CHECK(dispatch_json(state, R"({"type":"setPlanItem","item":"heat","included":true})", 0) ==
        R"({"ok":true,"changed":true})");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"setPlanRoutine","routine":"custom"})", 0)) ==
        R"({"ok":false,"error":"setPlanRoutine: \"routine\" must be \"full\" or \"short\""})");
}

TEST_CASE("a plan record survives JSON export and import, and bad plan items are refused") {
  SessionRecord s;
  s.id = "mi3k9q00-0000aa";
  s.at_ms = 1'795'170'000'000;
  s.day = local_day(s.at_ms, 0);
  s.kind = SessionKind::Plan;
  s.plan_items = plan_bit(PlanItem::Heat) | plan_bit(PlanItem::PositionPractice);
  JsonWriter out;
  write_session_json(out, s);
  const std::string text = out.take();
  CHECK(text.find(R"("planItems":["heat","positionPractice"])") != std::string::npos);
  rapidjson::Document doc;
  doc.Parse(text.c_str());
  const auto back = read_session_json(doc);
  REQUIRE(back);
  CHECK(back.value() == s);

  SessionRecord routine = s;
  routine.kind = SessionKind::Routine;
  CHECK(validate_session(routine).error() == "only a plan record lists plan items");
}
