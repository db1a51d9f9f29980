#include "ui/screens/pain_rule.h"

#include "ui/widgets/controls.h"
#include "ui/widgets/notice.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {

float pain_rule_box(UiContext& ui, float x, float y, float width) {
  constexpr float kPad = 14.0f;
  const NoticeLook look = info_look();
  const std::string_view title = ui.t(Str::PainRuleTitle), body = ui.t(Str::PainRuleShort);
  const float inner_w = width - 2 * kPad;
  const float h = kPad + text_height(ui.fonts.bold, title, inner_w) + 4 +
                  text_height(ui.fonts.body, body, inner_w) + kPad;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(ImVec2(x, y), ImVec2(x + width, y + h), look.fill, 12.0f);
  draw->AddRectFilled(ImVec2(x, y), ImVec2(x + 5, y + h), look.border, 12.0f, ImDrawFlags_RoundCornersLeft);
  float inner_y = y + kPad;
  inner_y +=
      draw_text(ui, ui.fonts.bold, ImVec2(x + kPad, inner_y), look.ink, title, inner_w, TextRole::Heading3) +
      4;
  draw_text(ui, ui.fonts.body, ImVec2(x + kPad, inner_y), look.ink, body, inner_w);
  return y + h;
}

}  // namespace unknot::ui
