// The parts every section screen shares (back bar, header, end of page), and the screens that
// are still on their way.
#include "ui/controls.h"
#include "ui/icons.h"
#include "ui/screens.h"
#include "ui/section_titles.h"
#include "ui/theme.h"

namespace unknot::ui {

float section_header(UiContext& ui, Screen section, const Column& column, float y) {
  const Palette& p = palette();
  const SectionText text = section_text(section);
  const SectionColors colors = section_colors(section);
  constexpr float kRadius = 26.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 icon_center(column.x + kRadius, y + kRadius);
  draw->AddCircleFilled(icon_center, kRadius, colors.tint);
  draw_section_icon(draw, section, icon_center, kRadius * 0.78f, colors.ink);

  const float text_x = column.x + 2 * kRadius + 16;
  const float text_w = column.width - (text_x - column.x);
  const float title_h = text_height(ui.fonts.title, ui.t(text.title), text_w);
  const float top = y + std::max(0.0f, kRadius - title_h / 2);
  const float below_title = top + draw_text(ui.fonts.title, ImVec2(text_x, top), p.text, ui.t(text.title), text_w);
  const float header_bottom = std::max(below_title, y + 2 * kRadius);
  ui.widgets.add_heading(std::string(screen_id(section)) + ".heading", std::string(ui.t(text.title)),
                         WidgetRect{column.x, y, column.width, header_bottom - y});
  y = header_bottom + 10;
  y += draw_text(ui.fonts.body, ImVec2(column.x, y), p.text_muted, ui.t(text.hint), column.width);
  return y + 20;
}

float section_top(UiContext& ui, Screen section, const Column& column) {
  const float y = back_bar(ui, ImVec2(column.x - 8, column.top)) + 12;
  return section_header(ui, section, column, y);
}

void end_page(const Column& column, float y) {
  ImGui::SetCursorScreenPos(ImVec2(column.x, y));
  ImGui::Dummy(ImVec2(column.width, kPagePadding));
}

float coming_soon_card(UiContext& ui, const Column& column, float y) {
  const Palette& p = palette();
  constexpr float kPad = 20.0f;
  const float inner_w = column.width - 2 * kPad;
  const float heading_h = text_height(ui.fonts.heading, ui.t(Str::SoonHeading), inner_w);
  const float body_h = text_height(ui.fonts.body, ui.t(Str::SoonBody), inner_w);
  const ImVec2 min(column.x, y), max(column.x + column.width, y + kPad + heading_h + 8 + body_h + kPad);
  draw_card(ImGui::GetWindowDrawList(), min, max, p.surface, kCardRounding);
  float inner_y = y + kPad;
  inner_y += draw_text(ui.fonts.heading, ImVec2(column.x + kPad, inner_y), p.text, ui.t(Str::SoonHeading), inner_w) + 8;
  draw_text(ui.fonts.body, ImVec2(column.x + kPad, inner_y), p.text_muted, ui.t(Str::SoonBody), inner_w);
  end_page(column, max.y);
  return max.y + kPagePadding;
}

void draw_section_placeholder(const AppState& state, UiContext& ui) {
  const Column column = content_column();
  coming_soon_card(ui, column, section_top(ui, state.screen, column));
}

}  // namespace unknot::ui
