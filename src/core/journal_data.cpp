#include "core/journal_data.h"

#include "core/clinician_summary.h"
#include "core/dates.h"
#include "core/journal_actions.h"
#include "core/journal_csv.h"
#include "core/journal_json.h"

namespace unknot {
DispatchOutcome export_data(const AppState& state, const ExportData& action, const Moment& now) {
  const std::string date = iso_date(local_day(now.ms, now.utc_offset_min));
  FileOut file;
  switch (action.format) {
    case ExportFormat::Json:
      file = FileOut{FileKind::Json, "unknot-journal-" + date + ".json",
                     export_journal_json(state.journal, state.psfs_activities, now.ms)};
      break;
    case ExportFormat::Csv:
      file = FileOut{FileKind::Csv, "unknot-check-ins-" + date + ".csv", export_journal_csv(state.journal, state.locale)};
      break;
    case ExportFormat::ClinicianSummary:
      if (state.journal.checkins.empty()) return refused("there are no check-ins to summarise yet");
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
  if (const char* why = journal_write_refusal(state)) return refused(why);
  auto preview = preview_import(state.journal, state.psfs_activities, action.text);
  DispatchOutcome out;
  out.changed = true;
  // A refused file is shown on the Data screen too, not only returned: the person who chose
  // the file needs to read why. The journal itself is untouched either way.
  if (!preview) {
    state.import_preview.reset();
    state.import_error = preview.error();
    out.error = preview.error();
    out.announcements.push_back(Announcement{{Str::DataImportError}, true});
    return out;
  }
  state.import_error.clear();
  state.import_preview = std::move(preview).value();
  return out;
}

DispatchOutcome confirm_import(AppState& state) {
  if (!state.import_preview) return refused("there is no import to confirm: choose a file first");
  if (const char* why = journal_write_refusal(state)) return refused(why);
  ImportPreview preview = std::move(*state.import_preview);
  state.import_preview.reset();
  DispatchOutcome out;
  out.changed = true;
  const bool names_empty = state.psfs_activities == PsfsActivities{};
  if (names_empty) state.psfs_activities = preview.psfs_activities;  // never replaces the user's own
  add_entries(state, std::move(preview.new_checkins), std::move(preview.new_sessions), out);
  return out;
}

}  // namespace unknot
