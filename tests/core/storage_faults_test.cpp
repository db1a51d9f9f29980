// Nothing lost when storage misbehaves: a record this version can't read is kept as it is,
// counted, carried in the JSON export and restored from it; a damaged preferences record is
// never written over until the person chooses; a database cleared under the running app gets
// everything the app holds written back, and the person is told.
#include <catch2/catch.hpp>
#include <string>

#include "app_harness.h"
#include "core/journal/journal_actions.h"
#include "core/storage/record_codec.h"
#include "core/support/base64.h"
#include "platform/native/storage_memory.h"
#include "test_support.h"

using namespace unknot;
using unknot::test::App;
using unknot::test::contains;
namespace store = unknot::platform::memory_storage;

namespace {

const std::string kGarbage = "not a record of ours";

std::string exported(App& app) {
  const DispatchOutcome out = app.run(ExportData{ExportFormat::Json});
  REQUIRE(out.file);
  return out.file->content;
}

}  // namespace

TEST_CASE("base64 round-trips any bytes and refuses anything else") {
  for (const std::string& bytes : {std::string(), std::string("a"), std::string("ab"), std::string("abc"),
                                   std::string("\0\xff\x10 record", 10)}) {
    CHECK(base64_decode(base64_encode(bytes)) == bytes);
  }
  CHECK(base64_encode("abc") == "YWJj");
  CHECK(base64_encode("ab") == "YWI=");
  CHECK_FALSE(base64_decode("YWJ"));
  CHECK_FALSE(base64_decode("YW=j"));
  CHECK_FALSE(base64_decode("YWJj!A=="));
}

TEST_CASE(
    "a stored record this version can't read is kept, counted, exported, and restored from the backup") {
  store::reset();
  store::put_raw("checkin/zzz", kGarbage);
  std::string file;
  {
    App app;
    app.open();
    CHECK(app.state.storage.mode == StorageMode::Durable);
    CHECK(app.state.storage.unreadable() == 1);
    app.save(4);
    store::deliver_reports();
    CHECK(store::records().at("checkin/zzz") == kGarbage);  // untouched
    file = exported(app);
    CHECK(contains(file, "\"unreadable\":[\"" + base64_encode(kGarbage) + "\"]"));
  }
  // A new phone: the backup brings the unreadable record too, kept for a later version.
  store::reset();
  App phone;
  phone.open();
  phone.run(PreviewImport{file});
  REQUIRE(phone.state.import_preview);
  CHECK(phone.state.import_preview->unreadable.size() == 1);
  phone.run(ConfirmImport{});
  store::deliver_reports();
  CHECK(phone.state.storage.unreadable() == 1);
  CHECK(store::records().at(unreadable_key(kGarbage)) == kGarbage);
  CHECK(phone.state.journal.checkins.size() == 1);
  // The same file again: the device holds it already.
  phone.run(PreviewImport{file});
  CHECK(phone.state.import_preview->unreadable.empty());
  CHECK(exported(phone).find(base64_encode(kGarbage)) != std::string::npos);
}

TEST_CASE("a damaged preferences record is reported and not written over until the person chooses") {
  store::reset();
  Preferences mine;
  mine.psfs_activities = {"Tying shoes", "Gardening", ""};
  std::string damaged = encode_record(mine);
  damaged[damaged.size() - 3] ^= 0x5a;  // a flipped byte: the checksum no longer matches
  store::put_raw("preferences", damaged);
  App app;
  app.open();
  CHECK(app.state.storage.preferences_damaged);
  CHECK(app.state.storage.unreadable() == 1);
  app.run(SetSound{false});
  store::deliver_reports();
  CHECK(store::records().at("preferences") == damaged);  // the person's names may still be rescued
  CHECK(contains(exported(app), base64_encode(damaged)));

  app.run(ReplaceDamagedSettings{});
  store::deliver_reports();
  CHECK_FALSE(app.state.storage.preferences_damaged);
  const auto now_stored = decode_preferences(store::records().at("preferences"));
  REQUIRE(now_stored.value);
  CHECK_FALSE(now_stored.value->settings.sound);
  CHECK(app.run(ReplaceDamagedSettings{}).refusal == RefusalCode::NotNow);
}

TEST_CASE("storage cleared under the running app: everything it holds is written back, and it says so") {
  store::reset();
  store::put_raw("checkin/zzz", kGarbage);
  App app;
  app.open();
  app.save(3);
  app.save(5);
  app.run(SetSound{false});
  store::deliver_reports();
  store::wipe();  // the browser cleared the site's data
  const DispatchOutcome out = app.run(StorageLost{});
  REQUIRE(out.announcements.size() == 1);
  CHECK(out.announcements[0].parts.front() == Str::StorageRestoredTitle);
  store::deliver_reports();
  CHECK(app.state.storage.restored_after_loss == 2);
  CHECK(store::records().size() == 4);  // two check-ins, the unreadable record, the preferences
  CHECK(store::records().at(unreadable_key(kGarbage)) == kGarbage);
  const auto prefs = decode_preferences(store::records().at("preferences"));
  REQUIRE(prefs.value);
  CHECK_FALSE(prefs.value->settings.sound);
  app.run(DismissStorageNotice{});
  CHECK(app.state.storage.restored_after_loss == 0);

  App reloaded;
  reloaded.open();
  CHECK(reloaded.state.journal.checkins.size() == 2);
  CHECK(reloaded.state.storage.unreadable() == 1);
}
