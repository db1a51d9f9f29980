// A backup restores everything: the JSON export carries every entry and every setting, and
// importing it on a new device gives the same app back. On a device with its own settings they
// stay unless the user takes the backup's; a journal entry is never overwritten; files of every
// older format version still import.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>

#include "app_harness.h"
#include "core/flow/state_json.h"
#include "core/journal/entry_json.h"
#include "core/journal/journal_actions.h"
#include "core/storage/record_codec.h"
#include "core/transfer/export_file.h"
#include "platform/native/storage_memory.h"
#include "test_support.h"

using namespace unknot;
using unknot::test::App;
namespace store = unknot::platform::memory_storage;

namespace unknot::test {
extern const unsigned char kExportV1[];
extern const unsigned kExportV1Size;
}  // namespace unknot::test

namespace {

constexpr std::int64_t kDayMs = 86'400'000;

// An action as the JS API gives it, carried out like the app does (its writes stored).
void act(App& app, const std::string& json) {
  const auto action = parse_action(json);
  INFO(json << " -> " << action.error());
  REQUIRE(action);
  const DispatchOutcome out = app.run(action.value());
  INFO(out.error);
  REQUIRE(out.error.empty());
}

// An app whose every setting differs from a new one's, with a journal and a program under way.
void use_everything(App& app) {
  act(app, R"({"type":"setLocale","locale":"es"})");
  act(app, R"({"type":"setSound","on":false})");
  act(app, R"({"type":"setVibration","on":false})");
  act(app, R"({"type":"setReduceMotion","on":true})");
  act(app, R"({"type":"setTextSize","size":"largest"})");
  act(app, R"({"type":"setHighContrast","on":true})");
  act(app, R"({"type":"setBreathPreset","preset":"box"})");
  act(app, R"({"type":"setBreathLength","minutes":10})");
  act(app, R"({"type":"setCustomRoutine","items":[{"exercise":"bird_dog","dosage":{"reps":6}},)"
           R"({"exercise":"cat_cow"},{"exercise":"seal_stretch","dosage":{"holdS":20,"rounds":2}}]})");
  act(app, R"({"type":"setPsfsActivities","names":["Atarme los zapatos","Barrer",""]})");
  app.now += kDayMs;  // renamed the next day: PSFS comparisons start again from there
  act(app, R"({"type":"setPsfsActivities","names":["Atarme los zapatos","Jardinería",""]})");
  act(app, R"({"type":"setPlanItem","item":"heat","included":true})");
  act(app, R"({"type":"setPlanTime","item":"walk","time":"evening"})");
  act(app, R"({"type":"setPlanRoutine","routine":"short"})");
  act(app,
      R"({"type":"setMovementBreaks","on":true,"intervalMin":30,"quietFrom":"21:30","quietTo":"06:00"})");
  act(app,
      R"({"type":"saveCheckIn","checkIn":{"pain":5,"spots":["left"],"psfs":[4,6,null],"note":"Día largo"}})");
  act(app,
      R"({"type":"startProgram","pain":5,"screening":{"redFlags":[],"pastCancer":false,"pregnant":true,"osteoporosis":false,"recentBackSurgery":false}})");
  app.now += 7 * kDayMs;
  act(app, R"({"type":"reviewWeek","feel":"same","checkIn":{"pain":4,"psfs":[5,6,null]}})");
  PositionResult position;
  position.ratings = {5, 3, 5, 4};
  position.verdict = PositionVerdict::OnBackBetter;
  position.finished_at_ms = app.now - kDayMs;
  app.state.position_result = position;
  act(app, R"({"type":"navigate","screen":"data"})");
  act(app, R"({"type":"setSound","on":true})");  // stores the preferences, the position result among them
  act(app, R"({"type":"setSound","on":false})");
  store::deliver_reports();
}

// state() as a person sees the app: everything but this visit's bookkeeping (the revision
// counter, which counts changes; the key of the last write confirmed; and when the next
// movement break is due, counted afresh in every visit).
std::string seen(const App& app) {
  std::string json = state_to_json(app.state, app.now, 60);
  for (const char* visit_only : {"\"revision\":", "\"lastSaved\":", "\"dueAt\":"}) {
    const auto at = json.find(visit_only);
    json.erase(at, json.find(',', at) + 1 - at);
  }
  return json;
}

std::string exported(App& app) {
  const DispatchOutcome out = app.run(ExportData{ExportFormat::Json});
  REQUIRE(out.file);
  return out.file->content;
}

// A backup made by an app that uses everything, and what it was made from.
struct Backup {
  std::string file;
  std::string preferences;  // the source's preferences record
  CheckIn first_checkin;
  std::int64_t now = 0;
  // Another device, empty, opened at the moment the backup was made.
  void open_another_device(App& device) const {
    store::reset();
    device.now = now;
    device.open();
  }
};

Backup backup_of_everything() {
  store::reset();
  App source;
  source.open();
  use_everything(source);
  return Backup{exported(source), encode_record(preferences_of(source.state)),
                source.state.journal.checkins.front(), source.now};
}

}  // namespace

TEST_CASE("export, erase, import gives back the same app, every setting included") {
  store::reset();
  {
    App first_visit;
    first_visit.open();
    use_everything(first_visit);
  }
  // The app as it opens again on the old phone: what a visit alone holds (the session just
  // finished, waiting for its "after" rating) is not part of the user's data.
  App app;
  app.now = unknot::test::kAppStart + 7 * kDayMs;
  app.open();
  app.run(Navigate{Screen::Data});
  const std::string before = seen(app);
  const std::string file = exported(app);
  CHECK(unknot::test::contains(file, R"("settings":{"language":"es","sound":false,"vibration":false,)"
                                     R"("reduceMotion":true,"textSize":"largest","highContrast":true,)"));
  CHECK(unknot::test::contains(
      file, R"("movementBreaks":{"on":true,"intervalMin":30,"quietFrom":"21:30","quietTo":"06:00"})"));

  const auto renamed = app.state.psfs_renamed;  // kept by the first visit's store, loaded on reopening
  REQUIRE(renamed.has_value());
  app.run(EraseAllData{});
  store::deliver_reports();
  // A new phone: the app as it comes.
  App phone;
  store::reset();
  phone.now = app.now;
  phone.open();
  phone.run(Navigate{Screen::Data});
  REQUIRE(phone.run(PreviewImport{file}).error.empty());
  REQUIRE(phone.state.import_preview);
  CHECK(phone.state.import_preview->take_settings_by_default);
  CHECK(phone.state.import_preview->settings_changes.size() >= 10);
  REQUIRE(phone.run(ConfirmImport{}).error.empty());
  store::deliver_reports();
  CHECK(seen(phone) == before);
  CHECK(phone.state.psfs_renamed == renamed);

  SECTION("and the same file again adds nothing") {
    phone.run(PreviewImport{file});
    REQUIRE(phone.state.import_preview);
    CHECK(phone.state.import_preview->new_checkins.empty());
    CHECK(phone.state.import_preview->new_sessions.empty());
    CHECK(phone.state.import_preview->settings_changes.empty());
    phone.run(ConfirmImport{true});
    store::deliver_reports();
    CHECK(seen(phone) == before);
  }
  SECTION("and the imported settings are stored, so a reload keeps them") {
    App reloaded;
    reloaded.now = phone.now;
    reloaded.open();
    reloaded.run(Navigate{Screen::Data});
    CHECK(seen(reloaded) == before);
  }
}

TEST_CASE("a device with its own settings keeps them unless the user takes the backup's") {
  const Backup backup = backup_of_everything();
  const std::string& file = backup.file;
  App mine;
  backup.open_another_device(mine);
  act(mine, R"({"type":"setPlanRoutine","routine":"short"})");
  act(mine, R"({"type":"saveCheckIn","checkIn":{"pain":2}})");
  store::deliver_reports();
  const Preferences own = preferences_of(mine.state);

  mine.run(PreviewImport{file});
  REQUIRE(mine.state.import_preview);
  CHECK_FALSE(mine.state.import_preview->take_settings_by_default);
  const auto& changes = mine.state.import_preview->settings_changes;
  CHECK(std::find(changes.begin(), changes.end(), Str::LanguageLabel) != changes.end());
  CHECK(std::find(changes.begin(), changes.end(), Str::DataSettingPlan) != changes.end());

  SECTION("by default, only the entries are added") {
    mine.run(ConfirmImport{});
    Preferences now = preferences_of(mine.state);
    CHECK(now.locale == own.locale);
    CHECK(now.settings == own.settings);
    CHECK(now.daily_plan == own.daily_plan);
    CHECK_FALSE(now.program);
    CHECK(mine.state.journal.checkins.size() == 3);  // theirs two, mine one
  }
  SECTION("taking the settings brings every one of them, and the entries") {
    mine.run(ConfirmImport{true});
    CHECK(encode_record(preferences_of(mine.state)) == backup.preferences);
    CHECK(mine.state.journal.checkins.size() == 3);
  }
}

TEST_CASE("a backup never overwrites a journal entry") {
  const Backup backup = backup_of_everything();
  const std::string& file = backup.file;
  // The same entry, edited on this device since the backup: the device's own stays.
  App mine;
  backup.open_another_device(mine);
  CheckIn edited = backup.first_checkin;
  edited.note = "mine";
  upsert(mine.state.journal, edited);
  mine.run(PreviewImport{file});
  REQUIRE(mine.state.import_preview);
  CHECK(mine.state.import_preview->conflicts == 1);
  mine.run(ConfirmImport{true});
  CHECK(mine.state.journal.find_checkin(edited.id)->note == "mine");
}

TEST_CASE("a backup's settings are checked like any outside data") {
  const std::string head = R"({"format":"unknot-journal","version":2,"settings":)";
  const auto error = [&](const std::string& settings) {
    const auto preview = preview_import(Journal{}, Preferences{}, head + settings + "}");
    REQUIRE_FALSE(preview);
    return preview.error();
  };
  CHECK(error(R"({"langauge":"es"})") == R"(unknown field "langauge" (check its spelling))");
  CHECK(error(R"({"language":"fr"})") == R"(settings.language must be "en" or "es")");
  CHECK(error(R"({"textSize":"huge"})") == "textSize must be one of standard, large, largest");
  CHECK(error(R"({"movementBreaks":{"on":true,"intervalMin":20}})") ==
        "settings: movement breaks: the interval must be 30, 45 or 60 minutes");
  CHECK(error(R"({"customRoutine":[]})") ==
        "settings: custom routine: a routine needs at least one exercise");
  CHECK(error(R"({"program":{"startDay":"2026-02-30","baselinePain":4}})") ==
        R"(startDay must be a date such as "2026-11-27")");
  CHECK(error(R"({"plan":{"times":{"walk":"noon"}}})") ==
        "walk must be one of any, morning, midday, evening, bedtime");
  // Left out, a setting keeps the device's own; a file of settings alone adds no entries.
  const auto partial = preview_import(Journal{}, Preferences{}, head + R"({"sound":false}})");
  REQUIRE(partial);
  REQUIRE(partial.value().settings);
  CHECK_FALSE(partial.value().settings->settings.sound);
  CHECK(partial.value().settings->daily_plan == DailyPlan{});
  CHECK(partial.value().settings_changes == std::vector<Str>{Str::DataSettingSound});
}

TEST_CASE("a version 1 export (no settings) still imports, entries and activity names") {
  // Golden: tests/fixtures/export_v1.json, as Unknot wrote version 1 files (docs/DATA_FORMAT.md's example,
  // whole).
  const std::string v1(reinterpret_cast<const char*>(unknot::test::kExportV1), unknot::test::kExportV1Size);
  store::reset();
  App app;
  app.open();
  app.run(PreviewImport{v1});
  REQUIRE(app.state.import_preview);
  CHECK_FALSE(app.state.import_preview->settings);
  CHECK(app.state.import_preview->settings_changes.empty());
  app.run(ConfirmImport{true});
  CHECK(app.state.journal.checkins.size() == 1);
  CHECK(app.state.journal.sessions.size() == 1);
  CHECK(app.state.psfs_activities[1] == "Gardening");
  CHECK(app.state.locale == Locale::En);
}
