#include "ui/controls.h"

#include <algorithm>

#include <imgui_internal.h>  // NavDisableHighlight: show the focus ring only for keyboard users

#include "ui/icons.h"
#include "ui/theme.h"

namespace unknot::ui {

float css_size(const ImFont* font) { return font->FontSize * ImGui::GetIO().FontGlobalScale; }

float text_height(const ImFont* font, std::string_view text, float wrap_width) {
  const float size = css_size(font);
  return font->CalcTextSizeA(size, FLT_MAX, wrap_width, text.data(), text.data() + text.size()).y;
}

float draw_text(const ImFont* font, ImVec2 pos, ImU32 color, std::string_view text, float wrap_width) {
  const float size = css_size(font);
  const ImVec2 extent =
      font->CalcTextSizeA(size, FLT_MAX, wrap_width, text.data(), text.data() + text.size());
  ImGui::GetWindowDrawList()->AddText(font, size, pos, color, text.data(), text.data() + text.size(),
                                      wrap_width);
  ImGui::SetCursorScreenPos(pos);
  ImGui::Dummy(extent);
  return extent.y;
}

float centred_text(const ImFont* font, float centre_x, float y, ImU32 color, std::string_view text, float max_w) {
  const float w =
      std::min(max_w, font->CalcTextSizeA(css_size(font), FLT_MAX, max_w, text.data(), text.data() + text.size()).x);
  return draw_text(font, ImVec2(centre_x - w / 2, y), color, text, max_w);
}

Interaction interact(UiContext& ui, const ItemSpec& spec, ImVec2 pos, ImVec2 size) {
  IM_ASSERT(size.x >= kMinTouchTarget && size.y >= kMinTouchTarget && "touch targets are at least 44 px");
  const std::string id(spec.id);
  ImGui::SetCursorScreenPos(pos);
  Interaction result;
  result.pressed = ImGui::InvisibleButton(id.c_str(), size);
  if (!ui.memory.mirror_press.empty() && ui.memory.mirror_press == id) {  // a screen reader activated it
    result.pressed = true;
    ui.memory.mirror_press.clear();
  }
  result.hovered = ImGui::IsItemHovered();
  result.held = ImGui::IsItemActive();

  const ImGuiContext& g = *ImGui::GetCurrentContext();
  if (ImGui::IsItemFocused() && !g.NavDisableHighlight) {
    ImGui::GetWindowDrawList()->AddRect(pos - ImVec2(3, 3), pos + size + ImVec2(3, 3), palette().focus,
                                        spec.rounding + 3, 0, 3.0f);
  }
  if (result.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

  ui.widgets.add(WidgetInfo{id, std::string(spec.label), std::string(spec.role), true, spec.value,
                            WidgetRect{pos.x, pos.y, size.x, size.y}});
  return result;
}

float back_bar(UiContext& ui, ImVec2 pos) {
  const Palette& p = palette();
  const std::string_view label = ui.t(Str::Back);
  const ImFont* font = ui.fonts.bold;
  const float text_w = font->CalcTextSizeA(css_size(font), FLT_MAX, 0, label.data(), label.data() + label.size()).x;
  const ImVec2 size(text_w + 44, kMinTouchTarget + 4);
  const auto hit = interact(ui, {"nav.back", label}, pos, size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (hit.hovered || hit.held) {
    draw->AddRectFilled(pos, pos + size, hit.held ? p.surface_pressed : p.surface_hover, size.y / 2);
  }
  draw_chevron(draw, pos + ImVec2(18, size.y / 2), 7, p.primary, ChevronDirection::Left);
  draw->AddText(font, css_size(font), pos + ImVec2(32, (size.y - css_size(font)) / 2), p.primary,
                label.data(), label.data() + label.size());
  if (hit.pressed) ui.emit(GoBack{});
  return pos.y + size.y;
}

bool choice_button(UiContext& ui, std::string_view id, std::string_view label, bool selected,
                   ImVec2 pos, ImVec2 size) {
  const Palette& p = palette();
  const auto hit = interact(ui, {id, label, "radio", std::string(selected ? "checked" : "unchecked")}, pos, size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 fill = selected ? p.primary : (hit.held ? p.surface_pressed : hit.hovered ? p.surface_hover : p.surface);
  draw_card(draw, pos, pos + size, fill);
  if (!selected) draw->AddRect(pos, pos + size, p.border, 12, 0, 1.5f);

  const ImFont* font = ui.fonts.bold;
  const float mark_x = pos.x + 28;
  const float mid_y = pos.y + size.y / 2;
  const ImU32 ink = selected ? p.on_primary : p.text;
  draw->AddCircle(ImVec2(mark_x, mid_y), 10, ink, 0, 2.0f);
  if (selected) draw->AddCircleFilled(ImVec2(mark_x, mid_y), 5, ink);
  draw->AddText(font, css_size(font), ImVec2(pos.x + 50, mid_y - css_size(font) / 2), ink, label.data(),
                label.data() + label.size());
  return hit.pressed;
}

float button_width(const UiContext& ui, std::string_view label) {
  const float text_w =
      ui.fonts.bold->CalcTextSizeA(css_size(ui.fonts.bold), FLT_MAX, 0, label.data(), label.data() + label.size()).x;
  return std::max(kMinTouchTarget, text_w + 40);
}

bool button(UiContext& ui, std::string_view id, std::string_view label, ImVec2 pos, ImVec2 size, ButtonStyle style) {
  const Palette& p = palette();
  const auto hit = interact(ui, {id, label, "button", std::nullopt, size.y / 2}, pos, size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImU32 ink = p.primary;
  switch (style) {
    case ButtonStyle::Primary:
      draw->AddRectFilled(pos, pos + size, hit.held ? IM_COL32(0x1F, 0x55, 0x52, 255) : p.primary, size.y / 2);
      ink = p.on_primary;
      break;
    case ButtonStyle::Secondary:
      draw->AddRectFilled(pos, pos + size, hit.held ? p.surface_pressed : hit.hovered ? p.surface_hover : p.surface,
                          size.y / 2);
      draw->AddRect(pos, pos + size, p.primary, size.y / 2, 0, 2.0f);
      break;
    case ButtonStyle::Danger:
      draw->AddRectFilled(pos, pos + size, hit.held ? IM_COL32(0x7A, 0x1F, 0x16, 255) : IM_COL32(0xA3, 0x2A, 0x1E, 255),
                          size.y / 2);
      ink = IM_COL32_WHITE;  // 6.6:1 on the red
      break;
    case ButtonStyle::Quiet:
      if (hit.hovered || hit.held) {
        draw->AddRectFilled(pos, pos + size, hit.held ? p.surface_pressed : p.surface_hover, size.y / 2);
      }
      break;
  }
  const ImFont* font = ui.fonts.bold;
  const float font_px = css_size(font);
  const ImVec2 text = font->CalcTextSizeA(font_px, FLT_MAX, 0, label.data(), label.data() + label.size());
  draw->AddText(font, font_px, pos + (size - text) * 0.5f, ink, label.data(), label.data() + label.size());
  return hit.pressed;
}

void draw_card(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 fill, float rounding) {
  draw->AddRectFilled(min + ImVec2(0, 2), max + ImVec2(0, 2), palette().shadow, rounding);
  draw->AddRectFilled(min, max, fill, rounding);
  // White cards on a white page: in high contrast an outline, not a shadow, marks the edge.
  if (high_contrast()) draw->AddRect(min, max, palette().border, rounding, 0, 1.5f);
}

}  // namespace unknot::ui
