// libFuzzer target: previewing an import file (the JSON export). Any input must come back as a
// preview or an error, never a crash, a leak, a rapidjson assert or an allocation over the cap.
// A preview that comes back must hold only valid entries and be a fixed point: exporting its
// entries and importing that again gives the same entries and nothing skipped.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/journal/entry_json.h"
#include "core/settings/preferences_json.h"
#include "core/transfer/export_file.h"

namespace {

void require(bool holds) {
  if (!holds) std::abort();
}

void check_round_trip(const unknot::ImportPreview& preview) {
  unknot::Journal journal;
  for (const auto& entry : preview.new_checkins) {
    require(unknot::validate_checkin(entry).has_value());
    unknot::upsert(journal, entry);
  }
  for (const auto& session : preview.new_sessions) {
    require(unknot::validate_session(session).has_value());
    unknot::upsert(journal, session);
  }
  // The file's settings (read over a new device's) go out again as they came in.
  unknot::Preferences prefs = preview.settings.value_or(unknot::Preferences{});
  prefs.psfs_activities = preview.psfs_activities;
  const std::string file = unknot::export_journal_json(journal, prefs, 0);
  const auto again = unknot::preview_import(unknot::Journal{}, {}, file);
  require(again.has_value());
  require(again.value().settings.has_value());
  const unknot::Preferences fresh;
  require(unknot::settings_changes(prefs, *again.value().settings).empty());
  require(again.value().settings_changes == unknot::settings_changes(fresh, prefs));
  require(again.value().new_checkins == preview.new_checkins);
  require(again.value().new_sessions == preview.new_sessions);
  require(again.value().psfs_activities == preview.psfs_activities);
  require(again.value().duplicates == 0 && again.value().conflicts == 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto preview = unknot::preview_import(unknot::Journal{}, {}, text);
  if (preview.has_value() == !preview.error().empty()) std::abort();  // exactly one of the two
  if (preview) check_round_trip(preview.value());
  return 0;
}
