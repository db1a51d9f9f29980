#include "ui/widgets/page_builder.h"

#include "ui/widgets/controls.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {

void PageBuilder::heading(Str text, float below) {
  y += 14;
  y += draw_text(ui, ui.fonts.heading, ImVec2(column.x, y), palette().text, ui.t(text), column.width,
                 TextRole::Heading2) +
       below;
}

void PageBuilder::paragraph(Str text, float below) {
  paragraph(ui.t(text), below);
}

void PageBuilder::paragraph(std::string_view text, float below) {
  y += draw_text(ui, ui.fonts.body, ImVec2(column.x, y), palette().text_muted, text, column.width) + below;
}

void PageBuilder::choice(std::string_view id, Str label, bool selected, const Action& action, bool toggle) {
  choice(id, ui.t(label), selected, action, toggle);
}

void PageBuilder::choice(std::string_view id, std::string_view text, bool selected, const Action& action,
                         bool toggle) {
  const float h = choice_height(ui, text, choice_w);
  if (choice_button(ui, id, text, selected, ImVec2(column.x, y), ImVec2(choice_w, h))) ui.emit(action);
  if (toggle) ui.widgets.set_last_role("checkbox", std::string(selected ? "checked" : "unchecked"));
  y += h + 10;
}

bool PageBuilder::wide_button(std::string_view id, std::string_view label, ButtonStyle style) {
  const auto placed = sized_button(ui, id, label, ImVec2(column.x, y), choice_w, 52.0f, style);
  y += placed.height + 10;
  return placed.pressed;
}

}  // namespace unknot::ui
