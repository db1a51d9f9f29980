// How the app behaves as a hosted page: an update waits for every save to be durable, never
// loses this visit's unstored entries, and a portal embedding the app learns that a session
// ended, and what kind, only when the user agreed to share.
#include <catch2/catch.hpp>

#include "app_harness.h"
#include "core/flow/hosting.h"
#include "core/flow/state_json.h"
#include "core/storage/record_codec.h"
#include "test_support.h"

using namespace unknot;
using unknot::test::App;
using unknot::test::plain_refusal;
namespace store = unknot::platform::memory_storage;

namespace {

void finish_short_routine(App& app) {
  app.run(RateSessionPain{false, 6});
  app.run(StartRoutine{RoutineKind::Short});
  app.now += 200'000;
  app.run(EndRoutine{});
}

}  // namespace

TEST_CASE("Update is refused until a new version is waiting, then reloads at once when nothing is pending") {
  store::reset();
  App app;
  app.open();
  CHECK(app.run(ApplyUpdate{}).error == "no new version is waiting");
  CHECK(app.run(UpdateReady{}).changed);
  CHECK(app.state.hosting.update_ready);
  const DispatchOutcome update = app.run(ApplyUpdate{});
  CHECK(update.error.empty());
  CHECK(update.apply_update);
  CHECK_FALSE(app.state.hosting.update_ready);  // the banner goes: the page is reloading
}

TEST_CASE("Update waits while a save is pending and goes ahead once it is durable") {
  store::reset();
  App app;
  app.open();
  app.run(UpdateReady{});
  app.save(4);
  REQUIRE(app.state.storage.pending.size() == 1);
  const DispatchOutcome asked = app.run(ApplyUpdate{});
  CHECK(asked.changed);
  CHECK_FALSE(asked.apply_update);
  CHECK(app.state.hosting.update_requested);
  CHECK(state_to_json(app.state, app.now, 0).find(R"("updateRequested":true)") != std::string::npos);

  // The write's report releases the update, in the same dispatch.
  bool released = false;
  platform::open_storage([&](const Action& report) { released |= app.run(report).apply_update; });
  store::deliver_reports();
  CHECK(released);
  CHECK(app.state.storage.pending.empty());
  CHECK_FALSE(app.state.hosting.update_requested);
}

TEST_CASE("a failed save holds the update until a retry stores the entry") {
  store::reset();
  App app;
  app.open();
  app.run(UpdateReady{});
  store::fail_next_writes(1, "quota");
  app.save(7);
  store::deliver_reports();
  REQUIRE(app.state.storage.failed_any());
  CHECK_FALSE(app.run(ApplyUpdate{}).apply_update);
  CHECK_FALSE(app.run(Tick{}).apply_update);

  bool released = false;
  platform::open_storage([&](const Action& report) { released |= app.run(report).apply_update; });
  app.run(RetrySaves{});
  store::deliver_reports();
  CHECK(released);
  CHECK(store::records().size() >= 1);
}

TEST_CASE("without storage, Update is refused while this visit's entries exist only in memory") {
  store::reset(false);
  App app;
  app.open();
  app.run(UpdateReady{});
  app.save(5);
  const DispatchOutcome refused_update = app.run(ApplyUpdate{});
  CHECK(refused_update.error == "this visit's entries are not stored: export them before updating");
  CHECK_FALSE(refused_update.apply_update);

  App empty;
  store::reset(false);
  empty.open();
  empty.run(UpdateReady{});
  CHECK(empty.run(ApplyUpdate{}).apply_update);  // nothing to lose
}

TEST_CASE("an embedded app tells its portal a session ended, with no health data unless shared") {
  store::reset();
  App app;
  app.open();
  app.run(SetEmbedded{true});
  app.run(RateSessionPain{false, 6});
  app.run(StartRoutine{RoutineKind::Short});
  app.now += 200'000;
  const DispatchOutcome ended = app.run(EndRoutine{});
  CHECK(ended.host_message == R"({"type":"sessionCompleted"})");
  CHECK(app.run(Tick{}).host_message.empty());  // once per session

  app.run(SetShareWithHost{true});
  app.now += 60'000;
  app.run(StartRoutine{RoutineKind::Short});
  app.now += 150'000;
  const std::string shared = app.run(EndRoutine{}).host_message;
  CHECK(shared == R"({"type":"sessionCompleted","kind":"routine","minutes":3,"date":"2026-11-20"})");
  CHECK(shared.find("pain") == std::string::npos);
}

TEST_CASE("on its own, the app tells no host anything") {
  store::reset();
  App app;
  app.open();
  finish_short_routine(app);
  REQUIRE(app.state.journal.sessions.size() == 1);
  app.run(SetShareWithHost{true});
  finish_short_routine(app);
  CHECK(app.state.journal.sessions.size() == 2);
  for (int i = 0; i < 2; ++i) CHECK(app.run(Tick{}).host_message.empty());
}

TEST_CASE("the choice to share is stored with the preferences and read back") {
  store::reset();
  App app;
  app.open();
  const DispatchOutcome shared = app.run(SetShareWithHost{true});
  REQUIRE(shared.writes.size() == 1);
  CHECK(shared.writes.front().key == "preferences");
  CHECK(decode_preferences(shared.writes.front().blob).value->settings.share_with_host);
  store::deliver_reports();

  App reopened;
  reopened.open();
  CHECK(reopened.state.settings.share_with_host);
  CHECK_FALSE(reopened.state.hosting.embedded);  // where the app runs is never stored
}

TEST_CASE("Open full app is offered only inside another site") {
  AppState state;
  CHECK(dispatch(state, OpenFullApp{}, 0).error == "Unknot is already open on its own");
  dispatch(state, SetEmbedded{true}, 0);
  CHECK(dispatch(state, OpenFullApp{}, 0).open_full_app);
}

TEST_CASE("the JS API's hosting actions") {
  AppState state;
  CHECK(dispatch_json(state, R"({"type":"setShareWithHost","on":true})", 0) ==
        R"({"ok":true,"changed":true})");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"applyUpdate"})", 0)) ==
        R"({"ok":false,"error":"no new version is waiting"})");
  CHECK(plain_refusal(dispatch_json(state, R"({"type":"setShareWithHost"})", 0)) ==
        R"({"ok":false,"error":"setShareWithHost: on is required"})");
}
