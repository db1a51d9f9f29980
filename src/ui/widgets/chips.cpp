#include "ui/widgets/chips.h"

#include <string>

#include "ui/widgets/controls.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {

std::optional<std::size_t> chip_flow(UiContext& ui, std::string_view id, const std::vector<Chip>& chips,
                                     std::string_view role, const Column& column, float& y) {
  const Palette& p = palette();
  constexpr float kHeight = 46, kGap = 8, kMarkSpace = 22;
  const ImFont* font = ui.fonts.bold;
  std::optional<std::size_t> pressed;
  float x = column.x;
  float row_height = 0;
  for (std::size_t i = 0; i < chips.size(); ++i) {
    const Chip& chip = chips[i];
    const float text_w = font->CalcTextSizeA(css_size(font), FLT_MAX, 0, chip.label.data(),
                                             chip.label.data() + chip.label.size())
                             .x;
    const float w = std::min(column.width, std::max(kMinTouchTarget, text_w + 32 + kMarkSpace));
    // A label too long for one line gets the whole width and wraps; the chip grows to fit.
    const float wrap_w = w - 32 - kMarkSpace;
    const float text_h = text_height(font, chip.label, wrap_w);
    const float h = std::max(kHeight, text_h + 24);
    if (x > column.x && x + w > column.x + column.width) {
      x = column.x;
      y += row_height + kGap;
      row_height = 0;
    }
    row_height = std::max(row_height, h);
    const ImVec2 pos(x, y), size(w, h);
    const std::string chip_id = std::string(id) + "." + std::to_string(i);
    const auto hit = interact(ui,
                              {chip_id, chip.name.empty() ? chip.label : chip.name, role,
                               std::string(chip.on ? "checked" : "unchecked"), kHeight / 2},
                              pos, size);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 fill = chip.on       ? p.primary
                       : hit.held    ? p.surface_pressed
                       : hit.hovered ? p.surface_hover
                                     : p.surface;
    draw->AddRectFilled(pos, pos + size, fill, kHeight / 2);
    if (!chip.on) draw->AddRect(pos, pos + size, p.border, kHeight / 2, 0, 1.5f);
    const ImU32 ink = chip.on ? p.on_primary : p.text;
    // A tick when on, an empty ring when off: the state never rests on colour alone.
    const ImVec2 mark(pos.x + 16 + 6, pos.y + h / 2);
    if (chip.on) {
      draw->AddPolyline(
          std::vector<ImVec2>{mark + ImVec2(-6, 0), mark + ImVec2(-2, 4), mark + ImVec2(6, -5)}.data(), 3,
          ink, 0, 2.5f);
    } else {
      draw->AddCircle(mark, 6, p.text_muted, 0, 1.5f);
    }
    // a11y: the chip's name.
    draw->AddText(font, css_size(font), ImVec2(pos.x + 16 + kMarkSpace, pos.y + (h - text_h) / 2), ink,
                  chip.label.data(), chip.label.data() + chip.label.size(), wrap_w);
    if (hit.pressed) pressed = i;
    x += w + kGap;
  }
  if (!chips.empty()) y += row_height;
  return pressed;
}

std::uint16_t mask_chips(UiContext& ui, std::string_view id, WordList words, std::uint16_t mask,
                         const Column& column, float& y) {
  std::vector<Chip> chips;
  for (const JournalWord& word : words) chips.push_back(Chip{ui.t(word.word), (mask & word.value) != 0});
  if (const auto pressed = chip_flow(ui, id, chips, "checkbox", column, y)) {
    mask ^= (words.begin() + *pressed)->value;
  }
  return mask;
}

}  // namespace unknot::ui
