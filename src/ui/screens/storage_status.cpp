#include "ui/screens/storage_status.h"

#include "core/flow/announcement.h"
#include "core/storage/storage_codes.h"
#include "ui/widgets/notice.h"

namespace unknot::ui {
namespace {

Str unavailable_text(std::string_view reason) {
  if (reason == storage_codes::unavailable::kUnsupported) return Str::BannerUnsupported;
  if (reason == storage_codes::unavailable::kFailed) return Str::BannerFailed;
  return Str::BannerBlocked;
}

struct Banner {
  Str title;
  Str body;
  std::optional<Str> button;
  Action action;
  std::optional<int> count;  // picks the body's plural form and fills its {1}
};

std::optional<Banner> due_banner(const AppState& state) {
  switch (state.storage.mode) {
    case StorageMode::MemoryOnly:
      return Banner{Str::BannerMemoryTitle, unavailable_text(state.storage.reason), Str::BannerExport,
                    ExportData{ExportFormat::Json}, std::nullopt};
    case StorageMode::ReadOnly:
      return Banner{Str::BannerReadOnlyTitle, Str::BannerReadOnly, std::nullopt, Tick{}, std::nullopt};
    case StorageMode::Durable:
      if (state.storage.failed_any()) {
        return Banner{Str::CheckinFailedTitle, Str::SaveFailedBanner, Str::RetrySave, RetrySaves{},
                      std::nullopt};
      }
      if (state.storage.preferences_damaged) {
        return Banner{Str::SettingsDamagedTitle, Str::SettingsDamagedBody, Str::SettingsDamagedSave,
                      ReplaceDamagedSettings{}, std::nullopt};
      }
      if (state.storage.restored_after_loss > 0) {
        const int count = state.storage.restored_after_loss;
        return Banner{Str::StorageRestoredTitle, Str::StorageRestoredBody, Str::StorageRestoredOk,
                      DismissStorageNotice{}, count};
      }
      // Said where the journal is looked at (home and the data screen), not over every screen.
      if (state.storage.unreadable() > 0 && (state.screen == Screen::Home || state.screen == Screen::Data)) {
        const int count = state.storage.unreadable();
        return Banner{Str::UnreadableTitle, Str::BannerUnreadable, std::nullopt, Tick{}, count};
      }
      return std::nullopt;
    case StorageMode::Starting: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::string_view save_error_text(const UiContext& ui, std::string_view code) {
  return ui.t(save_failure_words(code));
}

float storage_banner(const AppState& state, UiContext& ui, const Column& column, float y) {
  const auto banner = due_banner(state);
  if (!banner) return y;
  const std::string_view title = ui.t(banner->title);
  const std::string body = banner->count ? fill(tr_plural(ui.locale, banner->body, *banner->count),
                                                {std::to_string(*banner->count)})
                                         : std::string(ui.t(banner->body));
  if (!banner->button) return notice_box(ui, column, y, warning_look(), title, body).bottom;
  const NoticeDrawn drawn = notice_box(ui, column, y, warning_look(), title, body,
                                       {{"storage.banner.action", ui.t(*banner->button)}});
  if (drawn.pressed == 0) ui.emit(banner->action);
  return drawn.bottom;
}

}  // namespace unknot::ui
