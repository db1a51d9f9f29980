#include "ui/widgets/pain_scale.h"

#include <algorithm>
#include <string>

#include "ui/widgets/controls.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {

std::optional<int> pain_scale(UiContext& ui, std::string_view id, std::optional<int> selected,
                              const Column& column, float& y, Str anchors) {
  y += draw_text(ui, ui.fonts.small, ImVec2(column.x, y), palette().text_muted, ui.t(anchors), column.width) +
       10;
  // One row of 11 where it fits at a comfortable size, else two rows (6 + 5) of large targets.
  const int per_row = column.width >= 600 ? 11 : 6;
  const float gap = 8;
  const float size = std::max(
      kMinTouchTarget, (column.width - gap * static_cast<float>(per_row - 1)) / static_cast<float>(per_row));
  std::optional<int> pressed;
  for (int pain = 0; pain <= 10; ++pain) {
    const ImVec2 pos(column.x + static_cast<float>(pain % per_row) * (size + gap),
                     y + static_cast<float>(pain / per_row) * (size + gap));
    const bool chosen = selected == pain;
    if (button(ui, std::string(id) + "." + std::to_string(pain), std::to_string(pain), pos,
               ImVec2(size, size), chosen ? ButtonStyle::Primary : ButtonStyle::Secondary)) {
      pressed = pain;
    }
    ui.widgets.relabel_last(
        fill(ui.t(anchors == Str::RateAnchors ? Str::PainOf : Str::ScoreOf), {std::to_string(pain)}));
    ui.widgets.set_last_role("radio", std::string(chosen ? "checked" : "unchecked"));
  }
  y += static_cast<float>((10 / per_row) + 1) * (size + gap);
  return pressed;
}

}  // namespace unknot::ui
