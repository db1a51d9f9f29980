// The journal's whole storage path against the native in-memory store: saving, confirming,
// reloading, failures and retries, no storage, a newer version's data, other tabs, erasing,
// importing, and the sessions a routine, a breathing session and a position test leave behind.
#include <catch2/catch.hpp>
#include <chrono>

#include "app_harness.h"
#include "core/flow/dispatch.h"
#include "core/flow/state_json.h"
#include "core/journal/entry_json.h"
#include "core/journal/journal_actions.h"
#include "core/storage/envelope.h"
#include "core/storage/record_codec.h"
#include "core/transfer/export_file.h"
#include "test_support.h"

using namespace unknot;
using unknot::test::App;
using unknot::test::plain_refusal;
namespace store = unknot::platform::memory_storage;

namespace {

constexpr std::int64_t kT0 = unknot::test::kAppStart;

int stored_checkins() {
  int count = 0;
  for (const auto& record : store::records()) count += record.first.rfind("checkin/", 0) == 0 ? 1 : 0;
  return count;
}

std::string newer_version_of(std::string blob) {
  blob[4] = static_cast<char>(kSchemaVersion + 1);
  return blob;
}

}  // namespace

TEST_CASE("a saved check-in is durable only once storage confirms it, and comes back after a reload") {
  store::reset();
  App app;
  app.open();
  REQUIRE(app.state.storage.mode == StorageMode::Durable);

  const DispatchOutcome saved = app.save(4, "after gardening");
  REQUIRE(saved.error.empty());
  REQUIRE(saved.writes.size() == 1);
  const CheckIn& entry = app.state.journal.checkins.back();
  CHECK(entry.pain == 4);
  CHECK(entry.utc_offset_min == 60);
  CHECK(entry.day == local_day(kT0, 60));
  CHECK(saved.writes.front().key == checkin_key(entry.id));
  CHECK(app.state.just_saved_checkin == entry.id);
  REQUIRE(app.state.storage.pending_for(checkin_key(entry.id)) != nullptr);  // "saving", not "saved"
  CHECK(store::deliver_reports() >= 1);
  CHECK(app.state.storage.pending.empty());
  CHECK(app.state.storage.last_saved == checkin_key(entry.id));

  App reopened;
  reopened.open();
  REQUIRE(reopened.state.journal.checkins.size() == 1);
  CHECK(reopened.state.journal.checkins.front() == app.state.journal.checkins.front());
}

TEST_CASE("the first saved record asks the browser to keep storage, once") {
  store::reset();
  App app;
  int persist_requests = 0;
  platform::open_storage(
      [&](const Action& report) { persist_requests += app.run(report).request_persist ? 1 : 0; });
  store::deliver_reports();
  app.save(3);
  store::deliver_reports();
  app.save(2);
  store::deliver_reports();
  CHECK(persist_requests == 1);
}

TEST_CASE("preferences are stored when they change and applied at the next start") {
  store::reset();
  App app;
  app.open();
  store::deliver_reports();
  app.run(SetLocale{Locale::Es});
  app.run(SetBreathLength{600000});
  app.run(SetPsfsActivities{{"Putting on socks", "", ""}});
  app.run(SetTextSize{TextSize::Large});
  store::deliver_reports();
  CHECK(store::records().count(kPreferencesKey) == 1);
  const auto writes_before = app.run(SetLocale{Locale::Es}).writes.size();
  CHECK(writes_before == 0);  // unchanged preferences are not written again

  App reopened;
  reopened.state.locale = Locale::En;  // what the browser's language said at start
  reopened.open();
  CHECK(reopened.state.locale == Locale::Es);
  CHECK(reopened.state.breath.length_ms == 600000);
  CHECK(reopened.state.psfs_activities[0] == "Putting on socks");
  CHECK(reopened.state.settings.text_size == TextSize::Large);
  CHECK_FALSE(reopened.state.psfs_renamed.has_value());  // naming an empty slot is no rename
}

TEST_CASE("a renamed PSFS activity restarts the comparison, and the restart survives a reload") {
  store::reset();
  App app;
  app.open();
  app.run(SetPsfsActivities{{"Putting on socks", "", ""}});
  app.now += 86'400'000;
  app.run(SetPsfsActivities{{"Lifting a child", "", ""}});
  REQUIRE(app.state.psfs_renamed.has_value());
  CHECK(app.state.psfs_renamed->at_ms == app.now);
  store::deliver_reports();
  App reopened;
  reopened.open();
  REQUIRE(reopened.state.psfs_renamed.has_value());
  CHECK(*reopened.state.psfs_renamed == *app.state.psfs_renamed);
}

TEST_CASE("a failed write is reported, the entry stays in memory, and a retry stores it") {
  store::reset();
  App app;
  app.open();
  store::fail_next_writes(1, "quota");
  app.save(7);
  store::deliver_reports();
  const std::string key = checkin_key(app.state.journal.checkins.back().id);
  const PendingWrite* failed = app.state.storage.pending_for(key);
  REQUIRE(failed != nullptr);
  CHECK(failed->state == WriteState::Failed);
  CHECK(failed->error == "quota");
  CHECK(app.state.storage.failed_any());
  CHECK(store::records().count(key) == 0);
  CHECK(app.state.journal.checkins.size() == 1);

  const DispatchOutcome retried = app.run(RetrySaves{});
  REQUIRE(retried.writes.size() == 1);
  CHECK(retried.writes.front().key == key);
  store::deliver_reports();
  CHECK_FALSE(app.state.storage.failed_any());
  CHECK(store::records().count(key) == 1);
  CHECK(app.run(RetrySaves{}).changed == false);  // nothing left to retry
}

TEST_CASE("without storage the app keeps entries in memory and writes nothing") {
  store::reset(false);
  App app;
  app.open();
  CHECK(app.state.storage.mode == StorageMode::MemoryOnly);
  CHECK(app.state.storage.reason == "blocked");
  const DispatchOutcome saved = app.save(5);
  CHECK(saved.error.empty());
  CHECK(saved.writes.empty());
  CHECK(app.state.journal.checkins.size() == 1);
  CHECK(app.run(SetLocale{Locale::Es}).writes.empty());
}

TEST_CASE("data from a newer version is never overwritten: the app goes read-only and says why") {
  store::reset();
  {
    App first;
    first.open();
    first.save(4);
    store::deliver_reports();
  }
  // A newer version of the app wrote one more entry.
  CheckIn future;
  future.id = "zzzz";
  future.at_ms = kT0 + 1000;
  future.day = local_day(future.at_ms, 0);
  future.pain = 2;
  platform::write_records({StoreWrite{checkin_key(future.id), newer_version_of(encode_record(future))}},
                          false);
  store::deliver_reports();

  App app;
  app.open();
  CHECK(app.state.storage.mode == StorageMode::ReadOnly);
  CHECK(app.state.journal.checkins.size() == 1);  // what this version can read is shown
  const DispatchOutcome refused = app.save(3);
  CHECK_FALSE(refused.error.empty());
  CHECK(refused.error.find("newer version") != std::string::npos);
  CHECK(app.run(SetLocale{Locale::Es}).writes.empty());
  CHECK(stored_checkins() == 2);
}

TEST_CASE("a damaged record is counted and left alone; the rest load") {
  store::reset();
  {
    App first;
    first.open();
    first.save(4);
    first.save(5);
    store::deliver_reports();
  }
  const auto first = store::records().begin();  // a check-in: "checkin/" sorts before "preferences"
  std::string damaged = first->second;
  damaged[damaged.size() - 1] ^= 0x40;
  platform::write_records({StoreWrite{first->first, damaged}}, false);
  store::deliver_reports();
  App app;
  app.open();
  CHECK(app.state.storage.unreadable() == 1);
  CHECK(app.state.journal.checkins.size() == 1);
  CHECK(app.state.storage.mode == StorageMode::Durable);
  CHECK(stored_checkins() == 2);  // nothing deleted
}

TEST_CASE("entries made before storage answered are written when it does") {
  store::reset();
  App app;
  app.save(6);  // still starting: nothing can be written yet
  CHECK(app.state.storage.mode == StorageMode::Starting);
  app.open();
  store::deliver_reports();
  CHECK(store::records().count(checkin_key(app.state.journal.checkins.front().id)) == 1);
}

TEST_CASE("another tab's entries and erasure arrive without a reload") {
  store::reset();
  App here;
  here.open();
  CheckIn theirs;
  theirs.id = "other-tab";
  theirs.at_ms = kT0 - 5000;
  theirs.day = local_day(theirs.at_ms, 0);
  theirs.pain = 6;
  CHECK(
      here.run(RecordChangedElsewhere{StoredRecord{checkin_key(theirs.id), encode_record(theirs)}}).changed);
  REQUIRE(here.state.journal.checkins.size() == 1);
  CHECK(here.state.journal.checkins.front() == theirs);
  CHECK(
      here.run(RecordChangedElsewhere{StoredRecord{checkin_key(theirs.id), encode_record(theirs)}}).changed ==
      false);
  here.run(ErasedElsewhere{});
  CHECK(here.state.journal.checkins.empty());
}

TEST_CASE("erasing deletes every record, shows erasing until storage confirms, and forgets the journal") {
  store::reset();
  App app;
  app.open();
  app.save(4);
  app.run(SetPsfsActivities{{"Lifting a child", "", ""}});
  store::deliver_reports();
  REQUIRE(store::records().size() == 2);  // the check-in and the preferences
  const DispatchOutcome erased = app.run(EraseAllData{});
  CHECK(erased.erase_all);
  CHECK(app.state.journal.checkins.empty());
  CHECK(app.state.psfs_activities[0].empty());
  REQUIRE(app.state.storage.pending_for(kEraseAllKey) != nullptr);
  store::deliver_reports();
  CHECK(app.state.storage.pending_for(kEraseAllKey) == nullptr);
  CHECK(app.state.storage.last_saved == kEraseAllKey);
  CHECK(store::records().empty());
}

TEST_CASE("a confirmed import writes its new entries together and skips what is already there") {
  store::reset();
  App source;
  source.open();
  source.save(5);
  source.now += 86'400'000;
  source.save(3);
  const std::string file =
      export_journal_json(source.state.journal, preferences_of(source.state), source.now);

  store::reset();
  App app;
  app.open();
  app.run(PreviewImport{file});
  REQUIRE(app.state.import_preview);
  CHECK(app.state.import_preview->new_checkins.size() == 2);
  const DispatchOutcome confirmed = app.run(ConfirmImport{});
  CHECK(confirmed.writes.size() == 2);  // one transaction for the whole import
  store::deliver_reports();
  CHECK(app.state.journal.checkins == source.state.journal.checkins);
  CHECK(stored_checkins() == 2);

  app.run(PreviewImport{file});
  CHECK(app.state.import_preview->new_checkins.empty());
  CHECK(app.state.import_preview->duplicates == 2);

  // A broken file is refused and changes nothing: the earlier preview stays as it was.
  const auto revision = app.state.revision;
  const DispatchOutcome broken = app.run(PreviewImport{"{\"format\":"});
  CHECK_FALSE(broken.error.empty());
  CHECK(broken.refusal == RefusalCode::BadFile);
  CHECK_FALSE(broken.changed);
  REQUIRE(app.state.import_preview);
  CHECK(app.state.import_preview->duplicates == 2);
  CHECK(app.state.revision == revision);
  CHECK(app.state.journal.checkins.size() == 2);
}

TEST_CASE("a check-in is validated, and warning signs open the get-care page") {
  store::reset();
  App app;
  app.open();
  CHECK(app.save(11).error == "saveCheckIn: pain must be a whole number from 0 to 10");
  CHECK(app.save(4, std::string(kMaxNoteBytes + 1, 'x')).error.find("the note is too long") !=
        std::string::npos);
  CHECK(app.state.journal.checkins.empty());
  CheckIn flagged;
  flagged.pain = 8;
  flagged.red_flags = kGroinNumbness;
  app.run(Navigate{Screen::Checkin});
  CHECK(app.run(SaveCheckIn{flagged}).error.empty());
  CHECK(app.state.screen == Screen::CareNow);
}

TEST_CASE("a finished routine becomes a session with the pain before and after it") {
  store::reset();
  App app;
  app.open();
  app.run(RateSessionPain{false, 6});
  app.run(StartRoutine{RoutineKind::Short});
  app.now += 200'000;
  app.run(EndRoutine{});
  REQUIRE(app.state.journal.sessions.size() == 1);
  const SessionRecord& session = app.state.journal.sessions.front();
  CHECK(session.kind == SessionKind::Routine);
  CHECK(session.routine == RoutineKind::Short);
  CHECK(session.at_ms == kT0);
  CHECK(session.ended_early);
  CHECK(session.pain_before == 6);
  CHECK_FALSE(app.state.pain_before_next);
  app.run(RateSessionPain{true, 4});
  CHECK(app.state.journal.sessions.front().pain_after == 4);
  app.run(Tick{});  // later dispatches don't record it again
  CHECK(app.state.journal.sessions.size() == 1);
  store::deliver_reports();
  CHECK(store::records().count(session_key(app.state.journal.sessions.front().id)) == 1);

  App reopened;
  reopened.open();
  REQUIRE(reopened.state.journal.sessions.size() == 1);
  CHECK(reopened.state.journal.sessions.front().pain_after == 4);
}

TEST_CASE("a routine stopped in its first seconds is not worth a journal line") {
  store::reset();
  App app;
  app.open();
  app.run(StartRoutine{RoutineKind::Full});
  app.now += 5'000;
  app.run(EndRoutine{});
  CHECK(app.state.journal.sessions.empty());
  CHECK(app.run(RateSessionPain{true, 3}).error == "rateSessionPain: there is no finished session to rate");
}

TEST_CASE("breathing sessions and position tests are recorded too") {
  store::reset();
  App app;
  app.open();
  app.run(SetBreathLength{60000});
  app.run(StartBreathing{});
  app.now += 61'000;
  app.run(Tick{});
  REQUIRE(app.state.journal.sessions.size() == 1);
  CHECK(app.state.journal.sessions.front().kind == SessionKind::Breathing);
  CHECK(app.state.journal.sessions.front().active_ms == 60000);

  app.run(StartPositionTest{2});
  for (int pain : {6, 3}) {
    app.run(RatePain{pain});
    if (pain == 6) app.run(FinishRestEarly{});
  }
  app.run(RatePain{5});
  app.run(FinishRestEarly{});
  app.run(RatePain{4});
  REQUIRE(app.state.journal.sessions.size() == 2);
  const SessionRecord& test = app.state.journal.sessions.back();
  CHECK(test.kind == SessionKind::PositionTest);
  CHECK(test.pain_before == 6);
  CHECK(test.pain_after == 3);

  App reopened;
  store::deliver_reports();
  reopened.open();
  reopened.run(Tick{});
  CHECK(reopened.state.journal.sessions.size() == 2);  // the remembered result is not recorded again
}

TEST_CASE("the JS API's journal actions and the journal in state()") {
  store::reset();
  App app;
  app.open();
  store::deliver_reports();
  CHECK(dispatch_json(app.state,
                      R"({"type":"saveCheckIn","checkIn":{"pain":3,"spots":["left"],"feel":"sharp"}})",
                      Moment{kT0, 0, 9}) == R"({"ok":true,"changed":true})");
  CHECK(dispatch_json(app.state, R"({"type":"saveCheckIn","checkIn":{"pain":3,"spot":["left"]}})", kT0)
            .find("\"ok\":false") != std::string::npos);
  CHECK(
      plain_refusal(dispatch_json(app.state, R"({"type":"eraseAllData"})", kT0)) ==
      R"({"ok":false,"error":"eraseAllData: add \"confirm\": true; this deletes every entry on this device"})");
  CHECK(
      plain_refusal(dispatch_json(app.state, R"({"type":"rateSessionPain","when":"later","pain":3})", kT0)) ==
      R"({"ok":false,"error":"rateSessionPain: \"when\" must be \"before\" or \"after\""})");
  CHECK(plain_refusal(dispatch_json(app.state, R"({"type":"exportData","format":"pdf"})", kT0)) ==
        R"({"ok":false,"error":"exportData: \"format\" must be \"json\", \"csv\" or \"summary\""})");
  DispatchOutcome exported;
  dispatch_json(app.state, R"({"type":"exportData","format":"csv"})", kT0, &exported);
  REQUIRE(exported.file);
  CHECK(exported.file->kind == FileKind::Csv);
  CHECK(exported.file->name == "unknot-check-ins-2026-11-20.csv");

  const std::string json = state_to_json(app.state, kT0, 0);
  CHECK(json.find(R"("journal":{"checkIns":1,"sessions":0,"latest":{"id":)") != std::string::npos);
  CHECK(json.find(R"("storage":{"mode":"durable","reason":"","failed":[],"saving":1,)") != std::string::npos);
  CHECK(json.find(R"("importPreview":null)") != std::string::npos);
}

TEST_CASE("ten years of daily use load in one pass") {
  store::reset();
  std::vector<StoreWrite> writes;
  for (int i = 0; i < 11000; ++i) {
    CheckIn e;
    e.id = "id" + std::to_string(100000 + i);
    e.at_ms = kT0 - std::int64_t{11000 - i} * 28'800'000;  // three a day
    e.day = local_day(e.at_ms, 0);
    e.pain = i % 11;
    writes.push_back(StoreWrite{checkin_key(e.id), encode_record(e)});
  }
  platform::write_records(writes, false);
  store::deliver_reports();
  App app;
  app.open();
  REQUIRE(app.state.journal.checkins.size() == 11000);
  CHECK(std::is_sorted(app.state.journal.checkins.begin(), app.state.journal.checkins.end(),
                       [](const CheckIn& a, const CheckIn& b) { return a.at_ms < b.at_ms; }));
}

TEST_CASE("screen readers hear saves, failures, warning signs and refused imports") {
  store::reset();
  App app;
  app.open();
  store::deliver_reports();
  std::vector<Announcement> heard;
  platform::open_storage([&](const Action& report) {
    const DispatchOutcome out = app.run(report);
    heard.insert(heard.end(), out.announcements.begin(), out.announcements.end());
  });
  store::deliver_reports();
  heard.clear();
  app.save(4);
  store::deliver_reports();
  REQUIRE(heard.size() == 1);
  CHECK(heard[0].parts == std::vector<Str>{Str::CheckinSavedTitle});
  CHECK_FALSE(heard[0].assertive);

  heard.clear();
  store::fail_next_writes(1, "quota");
  app.save(5);
  store::deliver_reports();
  REQUIRE(heard.size() == 1);
  CHECK(heard[0].parts == std::vector<Str>{Str::CheckinFailedTitle, Str::SaveFailedQuota});
  CHECK(heard[0].assertive);

  CheckIn flagged;
  flagged.pain = 7;
  flagged.red_flags = kFeverOrUnwell;
  const DispatchOutcome warned = app.run(SaveCheckIn{flagged});
  REQUIRE(warned.announcements.size() == 1);
  CHECK(warned.announcements[0].assertive);
  CHECK(warned.announcements[0].parts.front() == Str::CareTitle);
  CHECK(app.run(PreviewImport{"not json"}).announcements.at(0).assertive);
}

TEST_CASE("each phase cue has words, except the frequent ones") {
  CHECK(cue_words(Cue::BreatheIn) == Str::BreatheIn);
  CHECK(cue_words(Cue::SwitchSides) == Str::PhaseSwitch);
  CHECK(cue_words(Cue::Done) == Str::CueDone);
  CHECK_FALSE(cue_words(Cue::Rep));
  CHECK_FALSE(cue_words(Cue::Countdown));
  CHECK(save_failure_words("aborted") == Str::SaveFailedAborted);
  CHECK(save_failure_words("something new") == Str::SaveFailedUnknown);
}

TEST_CASE(
    "an import of the documented maximum is confirmed and saved in one pass, not one search per entry") {
  // 200,000 check-ins (the most a file may hold). Queuing and confirming their writes used to
  // search the pending list per entry: minutes. scripts/bench reports the time in the browser.
  std::string file = R"({"format":"unknot-journal","version":2,"checkIns":[)";
  for (int i = 0; i < static_cast<int>(kMaxImportEntries); ++i) {
    if (i) file += ',';
    file += R"({"id":"c)" + std::to_string(i) + R"(","at":)" +
            std::to_string(kT0 + std::int64_t{i} * 60'000) + R"(,"utcOffsetMin":0,"pain":)" +
            std::to_string(i % 11) + "}";
  }
  file += "]}";
  store::reset();
  App app;
  app.open();
  const auto started = std::chrono::steady_clock::now();
  REQUIRE(app.run(PreviewImport{file}).error.empty());
  const DispatchOutcome confirmed = app.run(ConfirmImport{});
  CHECK(confirmed.writes.size() == kMaxImportEntries);
  CHECK(app.state.storage.pending.size() == kMaxImportEntries);
  store::deliver_reports();
  CHECK(app.state.storage.pending.empty());
  CHECK(app.state.journal.checkins.size() == kMaxImportEntries);
  WARN("200,000 entries previewed, confirmed and saved in "
       << std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started)
              .count()
       << " ms");
}
