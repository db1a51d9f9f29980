// Your data: what is stored and where, export in three forms, import with a preview (nothing is
// added before the user says yes, nothing of theirs is overwritten), and erase with a second tap.
#include <algorithm>
#include <string>

#include "core/flow/effects.h"
#include "core/support/dates.h"
#include "ui/screens/screens.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

constexpr float kButtonH = 52.0f;
constexpr ImU32 kDanger = IM_COL32(0xA3, 0x2A, 0x1E, 255);  // 6.6:1 on white

float paragraph(UiContext& ui, std::string_view text, ImU32 color, const Column& column, float y) {
  return y + draw_text(ui, ui.fonts.body, ImVec2(column.x, y), color, text, column.width) + 10;
}

float heading(UiContext& ui, Str text, const Column& column, float y) {
  return y + 18 +
         draw_text(ui, ui.fonts.heading, ImVec2(column.x, y + 18), palette().text, ui.t(text), column.width,
                   TextRole::Heading2) +
         8;
}

float export_option(UiContext& ui, const char* id, Str label, Str hint, ExportFormat format,
                    const Column& column, float y) {
  const auto placed = sized_button(ui, id, ui.t(label), ImVec2(column.x, y), std::min(column.width, 420.0f),
                                   kButtonH, ButtonStyle::Secondary);
  if (placed.pressed) ui.emit(ExportData{format});
  y += placed.height + 4;
  return y +
         draw_text(ui, ui.fonts.small, ImVec2(column.x + 4, y), palette().text_muted, ui.t(hint),
                   column.width) +
         12;
}

// What the backup's settings would change, and the user's choice to take them (a switch that
// starts at the core's default: on for a device with nothing of the user's own yet).
float import_settings(const ImportPreview& preview, UiContext& ui, const Column& column, float y,
                      bool& take) {
  const Palette& p = palette();
  if (preview.settings_changes.empty())
    return paragraph(ui, ui.t(Str::DataImportSettingsSame), p.text_muted, column, y);
  std::string groups;
  for (Str group : preview.settings_changes)
    groups += (groups.empty() ? "" : ", ") + std::string(ui.t(group));
  y = paragraph(ui, fill(ui.t(Str::DataImportSettingsDiffer), {groups}), p.text, column, y);
  const std::string_view label = ui.t(Str::DataImportTakeSettings);
  const float w = std::min(column.width, 420.0f);
  const float h = choice_height(ui, label, w);
  if (choice_button(ui, "data.import.settings", label, take, ImVec2(column.x, y), ImVec2(w, h))) take = !take;
  ui.widgets.set_last_role("checkbox", take ? "checked" : "unchecked");
  y += h + 4;
  return y +
         draw_text(ui, ui.fonts.small, ImVec2(column.x + 4, y), p.text_muted,
                   ui.t(Str::DataImportTakeSettingsHint), column.width) +
         12;
}

float import_preview(const ImportPreview& preview, UiContext& ui, const Column& column, float y) {
  const Palette& p = palette();
  const int adds = static_cast<int>(preview.new_checkins.size() + preview.new_sessions.size());
  bool take = ui.memory.import_take_settings.value_or(preview.take_settings_by_default);
  if (adds == 0) {
    y = paragraph(ui, ui.t(Str::DataImportNothing), p.text, column, y);
  } else {
    y = paragraph(ui,
                  fill(ui.t(Str::DataImportPreview), {std::to_string(preview.new_checkins.size()),
                                                      std::to_string(preview.new_sessions.size())}),
                  p.text, column, y);
    const auto day = [](std::int64_t ms) { return local_day(ms, 0); };
    y = paragraph(ui,
                  fill(ui.t(Str::DataImportSpan), {long_date(ui.locale, day(preview.first_ms)),
                                                   long_date(ui.locale, day(preview.last_ms))}),
                  p.text_muted, column, y);
  }
  if (preview.duplicates > 0) {
    y = paragraph(ui, fill(ui.t(Str::DataImportSkipped), {std::to_string(preview.duplicates)}), p.text_muted,
                  column, y);
  }
  if (!preview.unreadable.empty()) {
    y = paragraph(ui, fill(ui.t(Str::DataImportUnreadable), {std::to_string(preview.unreadable.size())}),
                  p.text_muted, column, y);
  }
  if (preview.conflicts > 0) {
    y = paragraph(ui, fill(ui.t(Str::DataImportConflicts), {std::to_string(preview.conflicts)}), p.text_muted,
                  column, y);
  }
  if (preview.settings) {
    y = import_settings(preview, ui, column, y, take);
    ui.memory.import_take_settings = take;
  }
  const RowButton cancel{"data.import.cancel", ui.t(Str::DataImportCancel)};
  const bool new_settings = take && !preview.settings_changes.empty();
  if (adds > 0 || new_settings) {
    const Str confirm = adds > 0 ? Str::DataImportConfirm : Str::DataImportUseSettings;
    const ButtonRow row =
        button_row(ui, column.x, y, column.width,
                   {{"data.import.confirm", ui.t(confirm), ButtonStyle::Primary}, cancel}, kButtonH);
    if (row.pressed == 0) ui.emit(ConfirmImport{take});
    if (row.pressed == 1) ui.emit(CancelImport{});
    return row.bottom + 8;
  }
  const ButtonRow row = button_row(ui, column.x, y, column.width, {cancel}, kButtonH);
  if (row.pressed == 0) ui.emit(CancelImport{});
  return row.bottom + 8;
}

// An import's entries are saved in many transactions: how many are durable so far, as words
// and as a bar (a screen reader reads the words in the mirror with the rest of the screen).
float import_progress(const StorageStatus::ImportProgress& progress, UiContext& ui, const Column& column,
                      float y) {
  const Palette& p = palette();
  y = paragraph(
      ui, fill(ui.t(Str::DataImportSaving), {std::to_string(progress.saved), std::to_string(progress.total)}),
      p.text, column, y);
  const float w = std::min(column.width, 420.0f);
  const float share =
      progress.total == 0 ? 1.0f : static_cast<float>(progress.saved) / static_cast<float>(progress.total);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(ImVec2(column.x, y), ImVec2(column.x + w, y + 12), p.border, 6);
  draw->AddRectFilled(ImVec2(column.x, y), ImVec2(column.x + w * share, y + 12), p.primary, 6);
  return y + 12 + 16;
}

float import_section(const AppState& state, UiContext& ui, const Column& column, float y) {
  const Palette& p = palette();
  y = heading(ui, Str::DataImportHeading, column, y);
  y = paragraph(ui, ui.t(Str::DataImportHint), p.text_muted, column, y);
  if (state.storage.import_progress) y = import_progress(*state.storage.import_progress, ui, column, y);
  if (state.import_preview) return import_preview(*state.import_preview, ui, column, y);
  ui.memory.import_take_settings.reset();  // the next file's preview starts at its own default
  std::string& refusal = ui.memory.import_refusal;
  if (!refusal.empty()) {
    y += draw_text(ui, ui.fonts.bold, ImVec2(column.x, y), kDanger, ui.t(Str::DataImportError), column.width,
                   TextRole::Status) +
         4;
    y = paragraph(ui, refusal, p.text, column, y);
  }
  const ButtonRow row = button_row(ui, column.x, y, column.width,
                                   {{"data.import.choose", ui.t(Str::DataImportChoose)}}, kButtonH);
  if (row.pressed == 0) {
    refusal.clear();
    ui.emit(PickImportFile{});
  }
  return row.bottom;
}

float erase_section(const AppState& state, UiContext& ui, const Column& column, float y) {
  const Palette& p = palette();
  y = heading(ui, Str::DataEraseHeading, column, y);
  y = paragraph(ui, ui.t(Str::DataEraseHint), p.text_muted, column, y);
  const PendingWrite* erasing = state.storage.pending_for(kEraseAllKey);
  if (erasing && erasing->state == WriteState::Saving)
    return paragraph(ui, ui.t(Str::DataErasing), p.text, column, y);
  if (state.storage.last_saved == kEraseAllKey && state.journal.checkins.empty()) {
    y = paragraph(ui, ui.t(Str::DataErased), p.text, column, y);
  }
  bool& confirming = ui.memory.erase_confirming;
  if (!confirming) {
    const ButtonRow row =
        button_row(ui, column.x, y, column.width, {{"data.erase", ui.t(Str::DataErase)}}, kButtonH);
    if (row.pressed == 0) confirming = true;
    return row.bottom;
  }
  y +=
      draw_text(ui, ui.fonts.bold, ImVec2(column.x, y), kDanger, ui.t(Str::DataEraseSure), column.width) + 10;
  const ButtonRow row = button_row(ui, column.x, y, column.width,
                                   {{"data.erase.confirm", ui.t(Str::DataEraseConfirm), ButtonStyle::Danger},
                                    {"data.erase.cancel", ui.t(Str::DataImportCancel)}},
                                   kButtonH);
  if (row.pressed == 0) ui.emit(EraseAllData{});
  if (row.pressed >= 0) confirming = false;
  return row.bottom;
}

}  // namespace

void draw_data(const AppState& state, UiContext& ui) {
  const Palette& p = palette();
  const Column column = content_column();
  float y = section_top(ui, Screen::Data, column);
  y = paragraph(ui, ui.t(Str::DataPrivacy), p.text, column, y);
  // Inside a portal, the note speaks of this very frame; on its own, of frames elsewhere.
  y = paragraph(ui, ui.t(state.hosting.embedded ? Str::EmbedBody : Str::DataEmbedded),
                state.hosting.embedded ? p.text : p.text_muted, column, y);
  y = paragraph(ui,
                fill(ui.t(Str::DataCounts), {std::to_string(state.journal.checkins.size()),
                                             std::to_string(state.journal.sessions.size())}),
                p.text, column, y);
  y = heading(ui, Str::DataExportHeading, column, y);
  y = export_option(ui, "data.export.json", Str::DataExportJson, Str::DataExportJsonHint, ExportFormat::Json,
                    column, y);
  y = export_option(ui, "data.export.csv", Str::DataExportCsv, Str::DataExportCsvHint, ExportFormat::Csv,
                    column, y);
  if (!state.journal.checkins.empty()) {
    y = export_option(ui, "data.export.summary", Str::DataExportSummary, Str::DataExportSummaryHint,
                      ExportFormat::ClinicianSummary, column, y);
  }
  if (state.storage.mode != StorageMode::ReadOnly) y = import_section(state, ui, column, y);
  y = erase_section(state, ui, column, y + 8);
  end_page(column, y);
}

}  // namespace unknot::ui
