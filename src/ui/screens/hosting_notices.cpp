#include "ui/screens/hosting_notices.h"

#include "ui/widgets/notice.h"

namespace unknot::ui {

float update_banner(const AppState& state, UiContext& ui, const Column& column, float y) {
  if (!state.hosting.update_ready) return y;
  const std::string_view title = ui.t(Str::UpdateTitle);
  if (state.hosting.update_requested)
    return notice_box(ui, column, y, info_look(), title, ui.t(Str::UpdateWaiting)).bottom;
  // Entries kept only in memory would not survive the reload: offer the export instead.
  const bool unstored = state.storage.mode == StorageMode::MemoryOnly &&
                        !(state.journal.checkins.empty() && state.journal.sessions.empty());
  if (unstored) {
    const NoticeDrawn drawn = notice_box(ui, column, y, warning_look(), title, ui.t(Str::UpdateExportFirst),
                                         {{"update.export", ui.t(Str::BannerExport)}});
    if (drawn.pressed == 0) ui.emit(ExportData{ExportFormat::Json});
    return drawn.bottom;
  }
  const NoticeDrawn drawn = notice_box(ui, column, y, info_look(), title, ui.t(Str::UpdateBody),
                                       {{"update.apply", ui.t(Str::UpdateButton), ButtonStyle::Primary}});
  if (drawn.pressed == 0) ui.emit(ApplyUpdate{});
  return drawn.bottom;
}

float embedded_notice(const AppState& state, UiContext& ui, const Column& column, float y) {
  if (!state.hosting.embedded) return y;
  const NoticeDrawn drawn =
      notice_box(ui, column, y, info_look(), ui.t(Str::EmbedTitle), ui.t(Str::EmbedBody),
                 {{"embed.open_full", ui.t(Str::EmbedOpenFull), ButtonStyle::Primary},
                  {"embed.data", ui.t(Str::EmbedYourData)}});
  if (drawn.pressed == 0) ui.emit(OpenFullApp{});
  if (drawn.pressed == 1) ui.emit(Navigate{Screen::Data});
  return drawn.bottom;
}

}  // namespace unknot::ui
