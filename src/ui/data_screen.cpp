// Your data: what is stored and where, export in three forms, import with a preview (nothing is
// added before the user says yes, nothing of theirs is overwritten), and erase with a second tap.
#include <algorithm>
#include <string>

#include "core/dates.h"
#include "core/effects.h"
#include "ui/controls.h"
#include "ui/screens.h"
#include "ui/theme.h"

namespace unknot::ui {
namespace {

constexpr float kButtonH = 52.0f;
constexpr ImU32 kDanger = IM_COL32(0xA3, 0x2A, 0x1E, 255);  // 6.6:1 on white

float paragraph(UiContext& ui, std::string_view text, ImU32 color, const Column& column, float y) {
  return y + draw_text(ui.fonts.body, ImVec2(column.x, y), color, text, column.width) + 10;
}

float heading(UiContext& ui, Str text, const Column& column, float y) {
  return y + 18 + draw_text(ui.fonts.heading, ImVec2(column.x, y + 18), palette().text, ui.t(text), column.width) + 8;
}

float export_option(UiContext& ui, const char* id, Str label, Str hint, ExportFormat format, const Column& column,
                    float y) {
  const float w = std::min(column.width, 420.0f);
  if (button(ui, id, ui.t(label), ImVec2(column.x, y), ImVec2(w, kButtonH), ButtonStyle::Secondary)) {
    ui.emit(ExportData{format});
  }
  y += kButtonH + 4;
  return y + draw_text(ui.fonts.small, ImVec2(column.x + 4, y), palette().text_muted, ui.t(hint), column.width) + 12;
}

float import_preview(const ImportPreview& preview, UiContext& ui, const Column& column, float y) {
  const Palette& p = palette();
  const int adds = static_cast<int>(preview.new_checkins.size() + preview.new_sessions.size());
  if (adds == 0) {
    y = paragraph(ui, ui.t(Str::DataImportNothing), p.text, column, y);
  } else {
    y = paragraph(ui,
                  fill(ui.t(Str::DataImportPreview), {std::to_string(preview.new_checkins.size()),
                                                      std::to_string(preview.new_sessions.size())}),
                  p.text, column, y);
    const auto day = [](std::int64_t ms) { return local_day(ms, 0); };
    y = paragraph(ui,
                  fill(ui.t(Str::DataImportSpan),
                       {long_date(ui.locale, day(preview.first_ms)), long_date(ui.locale, day(preview.last_ms))}),
                  p.text_muted, column, y);
  }
  if (preview.duplicates > 0) {
    y = paragraph(ui, fill(ui.t(Str::DataImportSkipped), {std::to_string(preview.duplicates)}), p.text_muted, column, y);
  }
  if (preview.conflicts > 0) {
    y = paragraph(ui, fill(ui.t(Str::DataImportConflicts), {std::to_string(preview.conflicts)}), p.text_muted, column,
                  y);
  }
  float x = column.x;
  if (adds > 0) {
    const std::string_view confirm = ui.t(Str::DataImportConfirm);
    const float w = button_width(ui, confirm);
    if (button(ui, "data.import.confirm", confirm, ImVec2(x, y), ImVec2(w, kButtonH))) ui.emit(ConfirmImport{});
    x += w + 12;
  }
  const std::string_view cancel = ui.t(Str::DataImportCancel);
  if (button(ui, "data.import.cancel", cancel, ImVec2(x, y), ImVec2(button_width(ui, cancel), kButtonH),
             ButtonStyle::Secondary)) {
    ui.emit(CancelImport{});
  }
  return y + kButtonH + 8;
}

float import_section(const AppState& state, UiContext& ui, const Column& column, float y) {
  const Palette& p = palette();
  y = heading(ui, Str::DataImportHeading, column, y);
  y = paragraph(ui, ui.t(Str::DataImportHint), p.text_muted, column, y);
  if (state.import_preview) return import_preview(*state.import_preview, ui, column, y);
  if (!state.import_error.empty()) {
    y += draw_text(ui.fonts.bold, ImVec2(column.x, y), kDanger, ui.t(Str::DataImportError), column.width) + 4;
    y = paragraph(ui, state.import_error, p.text, column, y);
  }
  const std::string_view choose = ui.t(Str::DataImportChoose);
  if (button(ui, "data.import.choose", choose, ImVec2(column.x, y), ImVec2(button_width(ui, choose), kButtonH),
             ButtonStyle::Secondary)) {
    ui.emit(PickImportFile{});
  }
  return y + kButtonH;
}

float erase_section(const AppState& state, UiContext& ui, const Column& column, float y) {
  const Palette& p = palette();
  y = heading(ui, Str::DataEraseHeading, column, y);
  y = paragraph(ui, ui.t(Str::DataEraseHint), p.text_muted, column, y);
  const PendingWrite* erasing = state.storage.pending_for(kEraseAllKey);
  if (erasing && erasing->state == WriteState::Saving) return paragraph(ui, ui.t(Str::DataErasing), p.text, column, y);
  if (state.storage.last_saved == kEraseAllKey && state.journal.checkins.empty()) {
    y = paragraph(ui, ui.t(Str::DataErased), p.text, column, y);
  }
  bool& confirming = ui.memory.erase_confirming;
  if (!confirming) {
    const std::string_view erase = ui.t(Str::DataErase);
    if (button(ui, "data.erase", erase, ImVec2(column.x, y), ImVec2(button_width(ui, erase), kButtonH),
               ButtonStyle::Secondary)) {
      confirming = true;
    }
    return y + kButtonH;
  }
  y += draw_text(ui.fonts.bold, ImVec2(column.x, y), kDanger, ui.t(Str::DataEraseSure), column.width) + 10;
  const std::string_view yes = ui.t(Str::DataEraseConfirm), cancel = ui.t(Str::DataImportCancel);
  const ImVec2 yes_pos(column.x, y), yes_size(button_width(ui, yes), kButtonH);
  if (button(ui, "data.erase.confirm", yes, yes_pos, yes_size, ButtonStyle::Danger)) {
    ui.emit(EraseAllData{});
    confirming = false;
  }
  if (button(ui, "data.erase.cancel", cancel, ImVec2(column.x + yes_size.x + 12, y),
             ImVec2(button_width(ui, cancel), kButtonH), ButtonStyle::Secondary)) {
    confirming = false;
  }
  return y + kButtonH;
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
  if (state.storage.unreadable > 0) {
    y = paragraph(ui, fill(ui.t(Str::BannerUnreadable), {std::to_string(state.storage.unreadable)}), p.text_muted,
                  column, y);
  }
  y = heading(ui, Str::DataExportHeading, column, y);
  y = export_option(ui, "data.export.json", Str::DataExportJson, Str::DataExportJsonHint, ExportFormat::Json, column, y);
  y = export_option(ui, "data.export.csv", Str::DataExportCsv, Str::DataExportCsvHint, ExportFormat::Csv, column, y);
  if (!state.journal.checkins.empty()) {
    y = export_option(ui, "data.export.summary", Str::DataExportSummary, Str::DataExportSummaryHint,
                      ExportFormat::ClinicianSummary, column, y);
  }
  if (state.storage.mode != StorageMode::ReadOnly) y = import_section(state, ui, column, y);
  y = erase_section(state, ui, column, y + 8);
  end_page(column, y);
}

}  // namespace unknot::ui
