#include "ui/storage_status.h"

#include "core/announcement.h"
#include "ui/controls.h"
#include "ui/theme.h"

namespace unknot::ui {
namespace {

constexpr ImU32 kWarningFill = IM_COL32(0xFF, 0xF1, 0xD6, 255);    // pale amber
constexpr ImU32 kWarningBorder = IM_COL32(0xB4, 0x6A, 0x00, 255);  // amber, 4.6:1 on the fill
constexpr ImU32 kWarningInk = IM_COL32(0x5C, 0x37, 0x00, 255);

Str unavailable_text(std::string_view reason) {
  if (reason == "unsupported") return Str::BannerUnsupported;
  if (reason == "failed") return Str::BannerFailed;
  return Str::BannerBlocked;
}

struct Banner {
  Str title;
  Str body;
  std::optional<Str> button;
  Action action;
};

std::optional<Banner> due_banner(const AppState& state) {
  switch (state.storage.mode) {
    case StorageMode::MemoryOnly:
      return Banner{Str::BannerMemoryTitle, unavailable_text(state.storage.reason), Str::BannerExport,
                    ExportData{ExportFormat::Json}};
    case StorageMode::ReadOnly: return Banner{Str::BannerReadOnlyTitle, Str::BannerReadOnly, std::nullopt, Tick{}};
    case StorageMode::Durable:
      if (state.storage.failed_any()) {
        return Banner{Str::CheckinFailedTitle, Str::SaveFailedBanner, Str::RetrySave, RetrySaves{}};
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
  constexpr float kPad = 14.0f;
  const float inner_w = column.width - 2 * kPad;
  const std::string_view title = ui.t(banner->title), body = ui.t(banner->body);
  const float button_h = banner->button ? 46.0f + 10 : 0.0f;
  const float height = kPad + text_height(ui.fonts.bold, title, inner_w) + 4 + text_height(ui.fonts.body, body, inner_w) +
                       button_h + kPad;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 min(column.x, y), max(column.x + column.width, y + height);
  draw->AddRectFilled(min, max, kWarningFill, 12.0f);
  draw->AddRect(min, max, kWarningBorder, 12.0f, 0, 2.0f);
  float inner_y = y + kPad;
  inner_y += draw_text(ui.fonts.bold, ImVec2(column.x + kPad, inner_y), kWarningInk, title, inner_w) + 4;
  inner_y += draw_text(ui.fonts.body, ImVec2(column.x + kPad, inner_y), kWarningInk, body, inner_w);
  if (banner->button) {
    const std::string_view label = ui.t(*banner->button);
    if (button(ui, "storage.banner.action", label, ImVec2(column.x + kPad, inner_y + 10),
               ImVec2(button_width(ui, label), 46), ButtonStyle::Secondary)) {
      ui.emit(banner->action);
    }
  }
  return max.y + 16;
}

}  // namespace unknot::ui
