// Two tabs change the same records in the same instant: each hears the other's committed write
// (RecordChangedElsewhere, as the page's BroadcastChannel delivers it) and merges it against the
// version they last shared, so both changes survive and both tabs end with the same records.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "core/flow/dispatch.h"
#include "core/journal/journal_actions.h"
#include "core/plan/daily_plan.h"
#include "core/storage/record_codec.h"
#include "core/storage/two_tabs.h"

using namespace unknot;

namespace {

constexpr std::int64_t kNow = 1'795'163'400'000;  // 2026-11-20 08:30 UTC

// One tab: its state, and the writes it has committed but the other tab has not heard yet.
struct Tab {
  AppState state;
  std::vector<StoreWrite> unheard;

  explicit Tab(const std::vector<StoredRecord>& stored) {
    dispatch(state, StorageOpened{true, {}, stored}, Moment{kNow, 0, 1});
  }
  void run(const Action& action) {
    DispatchOutcome out = dispatch(state, action, Moment{kNow, 0, 2});
    REQUIRE(out.error.empty());
    for (StoreWrite& write : out.writes) unheard.push_back(std::move(write));
  }
  // Hears every write the other tab committed (and keeps its own answers for the other).
  void hear(Tab& other) {
    std::vector<StoreWrite> heard = std::move(other.unheard);
    other.unheard.clear();
    for (const StoreWrite& write : heard) run(RecordChangedElsewhere{StoredRecord{write.key, write.blob}});
  }
};

// Lets the two tabs exchange writes until neither has anything the other hasn't heard.
void settle(Tab& a, Tab& b) {
  for (int round = 0; round < 6 && (!a.unheard.empty() || !b.unheard.empty()); ++round) {
    b.hear(a);
    a.hear(b);
  }
  CHECK(a.unheard.empty());
  CHECK(b.unheard.empty());
}

std::uint8_t ticked(const AppState& state) {
  const SessionRecord* record = plan_record_for_day(state.journal, local_day(kNow, 0));
  return record ? record->plan_items : 0;
}

}  // namespace

TEST_CASE("three-way merges keep what each side changed") {
  CHECK(merge_bits(0b0001, 0b0011, 0b0101) == 0b0111);  // mine added bit 1, theirs added bit 2
  CHECK(merge_bits(0b0011, 0b0001, 0b0011) == 0b0001);  // mine removed bit 1: it stays removed
  CHECK(merge_bits(0b0011, 0b0011, 0b0001) == 0b0001);  // theirs removed it
  Preferences base, mine, theirs;
  mine.settings.sound = false;
  theirs.settings.text_size = TextSize::Largest;
  theirs.daily_plan.routine = RoutineKind::Short;
  const Preferences merged = merge_preferences(base, mine, theirs);
  CHECK_FALSE(merged.settings.sound);
  CHECK(merged.settings.text_size == TextSize::Largest);
  CHECK(merged.daily_plan.routine == RoutineKind::Short);
  CHECK(plan_record_id(local_day(kNow, 0)) == "plan-2026-11-20");
}

TEST_CASE("two tabs tick different plan items in the same instant: both ticks survive") {
  Tab a({}), b({});
  a.run(TickPlanItem{PlanItem::Walk, true});
  b.run(TickPlanItem{PlanItem::Water, true});
  settle(a, b);
  const std::uint8_t both = plan_bit(PlanItem::Walk) | plan_bit(PlanItem::Water);
  CHECK(ticked(a.state) == both);
  CHECK(ticked(b.state) == both);
  CHECK(a.state.journal.sessions.size() == 1);  // one record for the day, not one per tab

  SECTION("and an untick in one tab with a tick in the other both hold") {
    a.run(TickPlanItem{PlanItem::Walk, false});
    b.run(TickPlanItem{PlanItem::Heat, true});
    settle(a, b);
    const std::uint8_t now = plan_bit(PlanItem::Water) | plan_bit(PlanItem::Heat);
    CHECK(ticked(a.state) == now);
    CHECK(ticked(b.state) == now);
  }
}

TEST_CASE("two tabs change different settings in the same instant: both changes survive") {
  Tab a({}), b({});
  a.run(SetSound{false});
  b.run(SetTextSize{TextSize::Largest});
  b.run(SetPlanRoutine{RoutineKind::Short});
  settle(a, b);
  for (const AppState* s : {&a.state, &b.state}) {
    CHECK_FALSE(s->settings.sound);
    CHECK(s->settings.text_size == TextSize::Largest);
    CHECK(s->daily_plan.routine == RoutineKind::Short);
  }
  CHECK(a.state.storage.stored_preferences == b.state.storage.stored_preferences);
  CHECK(encode_record(preferences_of(a.state)) == a.state.storage.stored_preferences);

  SECTION("the same setting changed differently in both: the tabs agree on one, and keep the rest") {
    a.run(SetLocale{Locale::Es});
    a.run(SetTextSize{TextSize::Large});
    b.run(SetTextSize{TextSize::Standard});
    b.run(SetSound{true});
    settle(a, b);
    CHECK(a.state.settings.text_size == b.state.settings.text_size);
    CHECK(a.state.locale == Locale::Es);
    CHECK(b.state.locale == Locale::Es);
    CHECK(a.state.settings.sound);
    CHECK(a.state.storage.stored_preferences == b.state.storage.stored_preferences);
  }
}
