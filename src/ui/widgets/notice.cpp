#include "ui/widgets/notice.h"

namespace unknot::ui {
namespace {

constexpr float kPad = 14.0f;
constexpr float kGap = 10.0f;

}  // namespace

NoticeLook warning_look() noexcept {
  // Amber on pale amber: the border is 4.6:1 on the fill, the ink far above.
  return {IM_COL32(0xFF, 0xF1, 0xD6, 255), IM_COL32(0xB4, 0x6A, 0x00, 255), IM_COL32(0x5C, 0x37, 0x00, 255)};
}

NoticeLook info_look() noexcept {
  // The app's teal on a pale teal: ink 12:1 on the fill.
  return {IM_COL32(0xE2, 0xF0, 0xEE, 255), IM_COL32(0x2A, 0x6B, 0x67, 255), IM_COL32(0x12, 0x33, 0x31, 255)};
}

NoticeDrawn notice_box(UiContext& ui, const Column& column, float y, const NoticeLook& look,
                       std::string_view title, std::string_view body,
                       std::initializer_list<RowButton> buttons) {
  const float inner_w = column.width - 2 * kPad;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  // The box is drawn behind its content once the content's height is known (a split draw list).
  draw->ChannelsSplit(2);
  draw->ChannelsSetCurrent(1);
  float inner_y = y + kPad;
  inner_y += draw_text(ui, ui.fonts.bold, ImVec2(column.x + kPad, inner_y), look.ink, title, inner_w,
                       TextRole::Heading2) +
             4;
  inner_y += draw_text(ui, ui.fonts.body, ImVec2(column.x + kPad, inner_y), look.ink, body, inner_w);
  NoticeDrawn drawn{0};
  if (buttons.size() > 0) {
    const ButtonRow row = button_row(ui, column.x + kPad, inner_y + kGap, inner_w, buttons);
    drawn.pressed = row.pressed;
    inner_y = row.bottom;
  }
  const ImVec2 min(column.x, y), max(column.x + column.width, inner_y + kPad);
  draw->ChannelsSetCurrent(0);
  draw->AddRectFilled(min, max, look.fill, 12.0f);
  draw->AddRect(min, max, look.border, 12.0f, 0, 2.0f);
  draw->ChannelsMerge();
  drawn.bottom = max.y + 16;
  return drawn;
}

}  // namespace unknot::ui
