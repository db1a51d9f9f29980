#include "ui/notice.h"

namespace unknot::ui {
namespace {

constexpr float kPad = 14.0f;
constexpr float kButtonH = 46.0f;
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

NoticeDrawn notice_box(UiContext& ui, const Column& column, float y, const NoticeLook& look, std::string_view title,
                       std::string_view body, std::initializer_list<NoticeButton> buttons) {
  const float inner_w = column.width - 2 * kPad;
  // Buttons sit in a row, and wrap below one another when the column is too narrow.
  float buttons_h = 0, row_w = 0;
  for (const NoticeButton& b : buttons) {
    const float w = button_width(ui, b.label);
    if (buttons_h == 0 || row_w + kGap + w > inner_w) {
      buttons_h += kGap + kButtonH;
      row_w = w;
    } else {
      row_w += kGap + w;
    }
  }
  const float height = kPad + text_height(ui.fonts.bold, title, inner_w) + 4 + text_height(ui.fonts.body, body, inner_w) +
                       buttons_h + kPad;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 min(column.x, y), max(column.x + column.width, y + height);
  draw->AddRectFilled(min, max, look.fill, 12.0f);
  draw->AddRect(min, max, look.border, 12.0f, 0, 2.0f);
  float inner_y = y + kPad;
  inner_y += draw_text(ui.fonts.bold, ImVec2(column.x + kPad, inner_y), look.ink, title, inner_w) + 4;
  inner_y += draw_text(ui.fonts.body, ImVec2(column.x + kPad, inner_y), look.ink, body, inner_w);

  NoticeDrawn drawn{max.y + 16};
  float x = column.x + kPad;
  int index = 0;
  bool first = true;
  for (const NoticeButton& b : buttons) {
    const float w = button_width(ui, b.label);
    if (first || x + w > column.x + kPad + inner_w) {
      inner_y += kGap + (first ? 0 : kButtonH);
      x = column.x + kPad;
      first = false;
    }
    if (button(ui, b.id, b.label, ImVec2(x, inner_y), ImVec2(w, kButtonH), b.style)) drawn.pressed = index;
    x += w + kGap;
    ++index;
  }
  return drawn;
}

}  // namespace unknot::ui
