#include "ui/screens/pain_rule.h"

#include <utility>

#include "ui/widgets/controls.h"
#include "ui/widgets/notice.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {

float pain_rule_box(UiContext& ui, std::string id, float x, float y, float width) {
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
  inner_y += draw_text(ui.fonts.bold, ImVec2(x + kPad, inner_y), look.ink, title, inner_w) + 4;
  draw_text(ui.fonts.body, ImVec2(x + kPad, inner_y), look.ink, body, inner_w);
  mirror_notice(ui, std::move(id), title, body, ImVec2(x, y), ImVec2(x + width, y + h));
  return y + h;
}

void mirror_notice(UiContext& ui, std::string id, std::string_view title, std::string_view body, ImVec2 min,
                   ImVec2 max) {
  std::string words(title);
  if (!body.empty()) words += (words.empty() ? "" : ". ") + std::string(body);
  ui.widgets.add_heading(std::move(id), std::move(words),
                         WidgetRect{min.x, min.y, max.x - min.x, max.y - min.y});
}

}  // namespace unknot::ui
