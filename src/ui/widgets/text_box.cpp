#include "ui/widgets/text_box.h"

#include "ui/widgets/controls.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {

void text_box(UiContext& ui, std::string_view id, std::string_view label, const std::string& text,
              std::size_t max_bytes, bool multiline, ImVec2 pos, ImVec2 size) {
  const Palette& p = palette();
  const auto hit = interact(ui, {id, label, "textbox", text, 12.0f}, pos, size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, pos + size, IM_COL32_WHITE, 12.0f);
  draw->AddRect(pos, pos + size, hit.hovered ? p.primary : p.border, 12.0f, 0, hit.hovered ? 2.0f : 1.5f);
  const bool empty = text.empty();
  const std::string_view shown = empty ? label : std::string_view(text);
  const ImFont* font = ui.fonts.body;
  draw->PushClipRect(pos + ImVec2(2, 2), pos + size - ImVec2(2, 2), true);
  // a11y: the field's name and value (its role is textbox).
  draw->AddText(font, css_size(font), pos + ImVec2(12, 11), empty ? p.text_muted : p.text, shown.data(),
                shown.data() + shown.size(), multiline ? size.x - 24 : 0.0f);
  draw->PopClipRect();
  if (hit.pressed) {
    ui.text_edit =
        TextEditRequest{std::string(id), std::string(label), text, max_bytes, multiline, pos, size};
  }
}

}  // namespace unknot::ui
