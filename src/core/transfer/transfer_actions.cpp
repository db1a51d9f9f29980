#include "core/transfer/transfer_actions.h"

#include <algorithm>

#include "core/journal/entry_json.h"
#include "core/journal/journal_actions.h"
#include "core/support/dates.h"
#include "core/transfer/clinician_summary.h"
#include "core/transfer/export_file.h"
#include "core/transfer/journal_csv.h"

namespace unknot {
namespace {

// A device with nothing of the user's own yet: no entries, no program, and the routine, plan,
// breaks, breathing and activity names as they come. Language, motion, contrast and text size
// don't count: they follow the system or were set only to read the screen.
bool nothing_of_the_users_own(const AppState& state) {
  const Preferences fresh;
  return state.journal.checkins.empty() && state.journal.sessions.empty() && !state.program &&
         !state.position_result && state.custom_plan == fresh.custom_plan &&
         state.daily_plan == fresh.daily_plan && state.breaks == fresh.breaks &&
         state.breath == fresh.breath && state.psfs_activities == fresh.psfs_activities;
}

}  // namespace

DispatchOutcome export_data(const AppState& state, const ExportData& action, const Moment& now) {
  const std::string date = iso_date(local_day(now.ms, now.utc_offset_min));
  FileOut file;
  switch (action.format) {
    case ExportFormat::Json:
      file = FileOut{
          FileKind::Json, "unknot-journal-" + date + ".json",
          export_journal_json(state.journal, preferences_of(state), now.ms, state.storage.unreadable_blobs)};
      break;
    case ExportFormat::Csv:
      file = FileOut{FileKind::Csv, "unknot-check-ins-" + date + ".csv",
                     export_journal_csv(state.journal, state.locale)};
      break;
    case ExportFormat::ClinicianSummary:
      if (state.journal.checkins.empty())
        return refused(RefusalCode::NotNow, "there are no check-ins to summarise yet");
      file = FileOut{FileKind::PrintableHtml, "unknot-summary-" + date + ".html",
                     clinician_summary_html(state.journal, state.psfs_activities, state.locale, now.ms,
                                            now.utc_offset_min)};
      break;
  }
  DispatchOutcome out;  // nothing in the state changes: the file is handed over
  out.file = std::move(file);
  return out;
}

DispatchOutcome preview_import_file(AppState& state, const PreviewImport& action) {
  if (const char* why = journal_write_refusal(state)) return refused(RefusalCode::ReadOnly, why);
  auto preview = action.file_bytes > kMaxImportBytes
                     ? Result<ImportPreview>::fail(std::string(kTooLargeToImport))
                     : preview_import(state.journal, preferences_of(state), action.text);
  // A refused file changes nothing, not even an earlier preview: the reason goes back to the
  // caller, who shows it where the file was chosen (the Data screen keeps it in its UI state).
  if (!preview) {
    DispatchOutcome out = refused(RefusalCode::BadFile, preview.error());
    out.announcements.push_back(Announcement{{Str::DataImportError}, true, out.error});
    return out;
  }
  state.import_preview = std::move(preview).value();
  state.import_preview->take_settings_by_default = nothing_of_the_users_own(state);
  auto& unreadable = state.import_preview->unreadable;  // only what the device doesn't hold yet
  const auto& held = state.storage.unreadable_blobs;
  unreadable.erase(std::remove_if(unreadable.begin(), unreadable.end(),
                                  [&](const std::string& blob) {
                                    return std::find(held.begin(), held.end(), blob) != held.end();
                                  }),
                   unreadable.end());
  return changed();
}

DispatchOutcome confirm_import(AppState& state, const ConfirmImport& action, const Moment& now) {
  if (!state.import_preview)
    return refused(RefusalCode::NotNow, "there is no import to confirm: choose a file first");
  if (const char* why = journal_write_refusal(state)) return refused(RefusalCode::ReadOnly, why);
  ImportPreview preview = std::move(*state.import_preview);
  state.import_preview.reset();
  DispatchOutcome out;
  out.changed = true;
  const bool take_settings =
      preview.settings && action.take_settings.value_or(preview.take_settings_by_default);
  const bool names_empty = state.psfs_activities == PsfsActivities{};
  // The names are replaced only by the user's choice to take the backup's settings.
  if (names_empty || (take_settings && preview.psfs_activities != PsfsActivities{})) {
    state.psfs_activities = preview.psfs_activities;
  }
  if (take_settings) {
    const bool share = state.settings.share_with_host;  // a portal's consent is never imported
    Preferences settings = std::move(*preview.settings);
    settings.psfs_activities = state.psfs_activities;
    apply_preferences(state, settings);
    state.settings.share_with_host = share;
    restart_breaks(state.break_schedule, state.breaks, now.ms, now.utc_offset_min);
  }
  keep_unreadable(state, std::move(preview.unreadable), out);
  const std::size_t adding = preview.new_checkins.size() + preview.new_sessions.size();
  add_entries(state, std::move(preview.new_checkins), std::move(preview.new_sessions), out);
  // A large import saves in many transactions: the Data screen shows how far it has got.
  if (state.storage.mode == StorageMode::Durable && adding > 0) state.storage.import_progress = {0, adding};
  return out;
}

}  // namespace unknot
