// The parts every section screen shares: the back bar, the section header and the end of a page.
#include "ui/art/icons.h"
#include "ui/screens/screens.h"
#include "ui/screens/section_titles.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/theme.h"

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
  const float below_title = top + draw_text(ui, ui.fonts.title, ImVec2(text_x, top), p.text, ui.t(text.title),
                                            text_w, TextRole::Heading1);
  const float header_bottom = std::max(below_title, y + 2 * kRadius);
  y = header_bottom + 10;
  y += draw_text(ui, ui.fonts.body, ImVec2(column.x, y), p.text_muted, ui.t(text.hint), column.width);
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

}  // namespace unknot::ui
