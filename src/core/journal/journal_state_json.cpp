#include "core/journal/journal_state_json.h"

#include "core/journal/entry_json.h"
#include "core/progress/pain_trend.h"

namespace unknot {
namespace {

std::string_view storage_mode_id(StorageMode mode) {
  switch (mode) {
    case StorageMode::Starting: return "starting";
    case StorageMode::Durable: return "durable";
    case StorageMode::MemoryOnly: return "memoryOnly";
    case StorageMode::ReadOnly: return "readOnly";
  }
  return "starting";
}

template <class T>
void optional_field(JsonWriter& out, std::string_view name, const std::optional<T>& value) {
  out.key(name);
  if (value)
    out.value(*value);
  else
    out.null();
}

void write_storage(JsonWriter& out, const StorageStatus& storage) {
  out.begin_object();
  out.field("mode", storage_mode_id(storage.mode));
  out.field("reason", storage.reason);
  int saving = 0;
  out.key("failed");
  out.begin_array();
  for (const auto& [key, write] : storage.pending) {
    if (write.state == WriteState::Saving) {
      ++saving;
      continue;
    }
    out.begin_object();
    out.field("key", key);
    out.field("error", write.error);
    out.end_object();
  }
  out.end_array();
  out.field("saving", saving);
  out.field("lastSaved", storage.last_saved);
  out.field("unreadable", storage.unreadable());
  out.field("settingsDamaged", storage.preferences_damaged);
  out.field("restoredAfterLoss", storage.restored_after_loss);
  out.key("importing");  // an import being saved: {saved, total}, or null
  if (!storage.import_progress) {
    out.null();
  } else {
    out.begin_object();
    out.field("saved", static_cast<std::int64_t>(storage.import_progress->saved));
    out.field("total", static_cast<std::int64_t>(storage.import_progress->total));
    out.end_object();
  }
  out.end_object();
}

}  // namespace

void write_journal_state(JsonWriter& out, const AppState& state, std::int32_t today) {
  const Journal& journal = state.journal;
  out.begin_object();
  out.field("checkIns", static_cast<int>(journal.checkins.size()));
  out.field("sessions", static_cast<int>(journal.sessions.size()));
  out.key("latest");
  if (const CheckIn* latest = journal.latest_checkin()) {
    out.begin_object();
    write_checkin_fields(out, *latest);
    out.key("careTier");  // how soon its warning signs say to get care
    if (const auto tier = care_tier(latest->red_flags))
      out.value(care_tier_key(*tier));
    else
      out.null();
    out.end_object();
  } else {
    out.null();
  }
  out.key("lastSession");
  if (const SessionRecord* last = journal.find_session(state.last_session_id))
    write_session_json(out, *last);
  else
    out.null();
  out.key("justSaved");
  if (state.just_saved_checkin.empty())
    out.null();
  else
    out.value(state.just_saved_checkin);
  optional_field(out, "painBeforeNext", state.pain_before_next);

  const auto daily = daily_pain(journal.checkins);
  optional_field(out, "baseline", baseline(daily));
  optional_field(out, "sevenDayAverage", seven_day_average(daily, today));
  out.key("change");
  if (const auto change = change_from_baseline(daily, today)) {
    out.begin_object();
    out.field("points", change->points);
    out.field("percent", change->percent);
    out.field("meaningfulDrop", change->meaningful_drop);
    out.field("meaningfulRise", change->meaningful_rise);
    out.end_object();
  } else {
    out.null();
  }
  out.key("psfsActivities");
  out.begin_array();
  for (const std::string& name : state.psfs_activities) out.value(name);
  out.end_array();
  out.key("storage");
  write_storage(out, state.storage);
  out.end_object();
}

void write_import_preview(JsonWriter& out, const AppState& state) {
  if (!state.import_preview) {
    out.null();
    return;
  }
  const ImportPreview& p = *state.import_preview;
  out.begin_object();
  out.field("checkIns", static_cast<int>(p.new_checkins.size()));
  out.field("sessions", static_cast<int>(p.new_sessions.size()));
  out.field("duplicates", p.duplicates);
  out.field("conflicts", p.conflicts);
  out.field("firstMs", p.first_ms);
  out.field("lastMs", p.last_ms);
  out.field("unreadable", static_cast<int>(p.unreadable.size()));  // kept as they are
  out.key("settings");                                             // null: the file has none (version 1)
  if (!p.settings) {
    out.null();
  } else {
    out.begin_object();
    out.key("changes");  // what taking them would change, in the app's language
    out.begin_array();
    for (Str group : p.settings_changes) out.value(tr(state.locale, group));
    out.end_array();
    out.field("takeByDefault", p.take_settings_by_default);
    out.end_object();
  }
  out.end_object();
}

}  // namespace unknot
