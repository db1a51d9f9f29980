#include "ui/widgets/controls.h"

#include <algorithm>
#include <cmath>

#include <imgui_internal.h>  // NavDisableHighlight, SetFocusID, ScrollToItem: the keyboard focus and its ring

#include "ui/art/icons.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {

namespace {

constexpr float kButtonPadX = 20.0f;   // each side of a button's label
constexpr float kChoiceTextX = 50.0f;  // a choice's label starts after its radio mark
constexpr float kLabelPadY = 10.0f;    // above and below a wrapped label

// Where a label goes in a control `box_w` wide, its text starting `left` in and ending `right`
// before the edge: the size to draw it at, the width to wrap it to (0: one line), its extent.
struct LabelFit {
  float font_px;
  float wrap_w;
  ImVec2 size;
};

LabelFit fit_label(const ImFont* font, std::string_view label, float box_w, float left, float right,
                   bool centred) {
  // On one line, a label may come closer to the edges than the usual padding (in small boxes,
  // such as the pain scale's, very close): better than wrapping a short label.
  const float tight = std::min(12.0f, box_w * 0.08f);
  const char* begin = label.data();
  const char* end = begin + label.size();
  float px = css_size(font);
  const ImVec2 line = font->CalcTextSizeA(px, FLT_MAX, 0, begin, end);
  if (line.x <= box_w - (centred ? 2 * tight : left + tight)) return {px, 0, line};  // one line fits
  // Wrapped: a centred label's padding shrinks with a narrow box; a choice's text keeps clear of
  // its mark. A word is never broken: if the longest is wider than the room, the label is drawn
  // smaller until it fits (large text in a control that could not grow wider).
  const float room = centred ? box_w - 2 * std::min(left, box_w * 0.1f) : box_w - left - right;
  float longest = 0;
  for (const char* word = begin; word < end;) {
    const char* word_end = word;
    while (word_end < end && *word_end != ' ') ++word_end;
    longest = std::max(longest, font->CalcTextSizeA(px, FLT_MAX, 0, word, word_end).x);
    word = word_end + 1;
  }
  if (longest > room) px *= room / longest;
  return {px, room, font->CalcTextSizeA(px, FLT_MAX, room, begin, end)};
}

// Draws a label in a box: centred, or from left_pad. Should it still be taller than the box (a
// control the layout could not grow), it is drawn smaller rather than cut off.
void draw_label(ImDrawList* draw, const ImFont* font, ImU32 ink, std::string_view label, ImVec2 pos,
                ImVec2 size, float left_pad, float right_pad, bool centred) {
  LabelFit fit = fit_label(font, label, size.x, left_pad, right_pad, centred);
  const float room_y = size.y - 8;
  if (fit.size.y > room_y) {
    fit.font_px *= std::max(0.5f, room_y / fit.size.y);
    fit.size =
        font->CalcTextSizeA(fit.font_px, FLT_MAX, fit.wrap_w, label.data(), label.data() + label.size());
  }
  const float x = centred ? pos.x + (size.x - fit.size.x) / 2 : pos.x + left_pad;
  // a11y: the control's name, given to interact().
  draw->AddText(font, fit.font_px, ImVec2(x, pos.y + (size.y - fit.size.y) / 2), ink, label.data(),
                label.data() + label.size(), fit.wrap_w);
}

}  // namespace

float css_size(const ImFont* font) {
  return font->FontSize * ImGui::GetIO().FontGlobalScale;
}

float text_height(const ImFont* font, std::string_view text, float wrap_width) {
  const float size = css_size(font);
  return font->CalcTextSizeA(size, FLT_MAX, wrap_width, text.data(), text.data() + text.size()).y;
}

float draw_text(UiContext& ui, const ImFont* font, ImVec2 pos, ImU32 color, std::string_view text,
                float wrap_width, TextRole role) {
  const float size = css_size(font);
  const ImVec2 extent =
      font->CalcTextSizeA(size, FLT_MAX, wrap_width, text.data(), text.data() + text.size());
  // a11y: registered just below, as `role`.
  ImGui::GetWindowDrawList()->AddText(font, size, pos, color, text.data(), text.data() + text.size(),
                                      wrap_width);
  ImGui::SetCursorScreenPos(pos);
  ImGui::Dummy(extent);
  ui.widgets.add_text(role, text, WidgetRect{pos.x, pos.y, extent.x, extent.y});
  return extent.y;
}

float centred_text(UiContext& ui, const ImFont* font, float centre_x, float y, ImU32 color,
                   std::string_view text, float max_w, TextRole role) {
  const float w = std::min(
      max_w, font->CalcTextSizeA(css_size(font), FLT_MAX, max_w, text.data(), text.data() + text.size()).x);
  return draw_text(ui, font, ImVec2(centre_x - w / 2, y), color, text, max_w, role);
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

  ImGuiContext& g = *ImGui::GetCurrentContext();
  if (!ui.memory.mirror_focus.empty() && ui.memory.mirror_focus == id) {
    // A screen reader moved to this item in the mirror: the keyboard focus (and its ring) follow,
    // so Tab continues from here and a sighted helper sees where the reader is.
    ImGui::SetFocusID(ImGui::GetItemID(), ImGui::GetCurrentWindow());
    ImGui::ScrollToItem(ImGuiScrollFlags_KeepVisibleEdgeY);
    g.NavDisableHighlight = false;
    ui.memory.mirror_focus.clear();
  }
  const bool focused = ImGui::GetItemID() == g.NavId && !g.NavDisableHighlight;
  if (focused) {
    ImGui::GetWindowDrawList()->AddRect(pos - ImVec2(3, 3), pos + size + ImVec2(3, 3), palette().focus,
                                        spec.rounding + 3, 0, 3.0f);
  }
  if (result.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

  ui.widgets.add(WidgetInfo{id, std::string(spec.label), std::string(spec.role), true, spec.value,
                            WidgetRect{pos.x, pos.y, size.x, size.y}, focused});
  return result;
}

float back_bar(UiContext& ui, ImVec2 pos) {
  const Palette& p = palette();
  const std::string_view label = ui.t(Str::Back);
  const ImFont* font = ui.fonts.bold;
  const float text_w =
      font->CalcTextSizeA(css_size(font), FLT_MAX, 0, label.data(), label.data() + label.size()).x;
  const ImVec2 size(text_w + 44, kMinTouchTarget + 4);
  const auto hit = interact(ui, {"nav.back", label}, pos, size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (hit.hovered || hit.held) {
    draw->AddRectFilled(pos, pos + size, hit.held ? p.surface_pressed : p.surface_hover, size.y / 2);
  }
  draw_chevron(draw, pos + ImVec2(18, size.y / 2), 7, p.primary, ChevronDirection::Left);
  // a11y: the Back button's name.
  draw->AddText(font, css_size(font), pos + ImVec2(32, (size.y - css_size(font)) / 2), p.primary,
                label.data(), label.data() + label.size());
  if (hit.pressed) ui.emit(GoBack{});
  return pos.y + size.y;
}

bool choice_button(UiContext& ui, std::string_view id, std::string_view label, bool selected, ImVec2 pos,
                   ImVec2 size) {
  const Palette& p = palette();
  const auto hit =
      interact(ui, {id, label, "radio", std::string(selected ? "checked" : "unchecked")}, pos, size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 fill = selected ? p.primary
                              : (hit.held      ? p.surface_pressed
                                 : hit.hovered ? p.surface_hover
                                               : p.surface);
  draw_card(draw, pos, pos + size, fill);
  if (!selected) draw->AddRect(pos, pos + size, p.border, 12, 0, 1.5f);

  const ImFont* font = ui.fonts.bold;
  const float mark_x = pos.x + 28;
  const float mid_y = pos.y + size.y / 2;
  const ImU32 ink = selected ? p.on_primary : p.text;
  draw->AddCircle(ImVec2(mark_x, mid_y), 10, ink, 0, 2.0f);
  if (selected) draw->AddCircleFilled(ImVec2(mark_x, mid_y), 5, ink);
  draw_label(draw, font, ink, label, pos, size, kChoiceTextX, 16, false);
  return hit.pressed;
}

float text_growth(const UiContext& ui) {
  return css_size(ui.fonts.bold) / 18.0f;
}

// Controls grow half as fast as their text: at 200% a 52 px button is 78 px, which holds a line
// of 36 px text with room; labels that wrap make theirs taller still (button_height).
float control_height(const UiContext& ui, float standard) {
  return std::round(standard * (1.0f + (text_growth(ui) - 1.0f) * 0.5f));
}

float button_height(const UiContext& ui, std::string_view label, float width, float standard) {
  const float text_h = fit_label(ui.fonts.bold, label, width, kButtonPadX, kButtonPadX, true).size.y;
  return std::max(control_height(ui, standard), std::ceil(text_h + 2 * kLabelPadY));
}

float choice_height(const UiContext& ui, std::string_view label, float width, float standard) {
  const float text_h = fit_label(ui.fonts.bold, label, width, kChoiceTextX, 16, false).size.y;
  return std::max(control_height(ui, standard), std::ceil(text_h + 2 * kLabelPadY));
}

PlacedButton sized_button(UiContext& ui, std::string_view id, std::string_view label, ImVec2 pos, float width,
                          float standard_height, ButtonStyle style) {
  const float height = button_height(ui, label, width, standard_height);
  return {button(ui, id, label, pos, ImVec2(width, height), style), height};
}

ButtonRow button_row(UiContext& ui, float x, float y, float width, std::initializer_list<RowButton> buttons,
                     float standard_height) {
  constexpr float kGap = 10.0f;
  ButtonRow row{-1, y};
  float line_x = x, line_h = 0;
  int index = 0;
  for (const RowButton& b : buttons) {
    const float w = fitted_width(ui, b.label, width);
    if (line_x > x && line_x + w > x + width) {  // no room left on this line
      y += line_h + kGap;
      line_x = x;
      line_h = 0;
    }
    const auto placed = sized_button(ui, b.id, b.label, ImVec2(line_x, y), w, standard_height, b.style);
    if (placed.pressed) row.pressed = index;
    line_x += w + kGap;
    line_h = std::max(line_h, placed.height);
    ++index;
  }
  row.bottom = y + line_h;
  return row;
}

float fitted_width(const UiContext& ui, std::string_view label, float max_width) {
  return std::min(button_width(ui, label), max_width);
}

float button_width(const UiContext& ui, std::string_view label) {
  const float text_w =
      ui.fonts.bold
          ->CalcTextSizeA(css_size(ui.fonts.bold), FLT_MAX, 0, label.data(), label.data() + label.size())
          .x;
  return std::max(kMinTouchTarget, text_w + 2 * kButtonPadX);
}

bool button(UiContext& ui, std::string_view id, std::string_view label, ImVec2 pos, ImVec2 size,
            ButtonStyle style) {
  const Palette& p = palette();
  const auto hit = interact(ui, {id, label, "button", std::nullopt, size.y / 2}, pos, size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  ImU32 ink = p.primary;
  switch (style) {
    case ButtonStyle::Primary:
      draw->AddRectFilled(pos, pos + size, hit.held ? IM_COL32(0x1F, 0x55, 0x52, 255) : p.primary,
                          size.y / 2);
      ink = p.on_primary;
      break;
    case ButtonStyle::Secondary:
      draw->AddRectFilled(pos, pos + size,
                          hit.held      ? p.surface_pressed
                          : hit.hovered ? p.surface_hover
                                        : p.surface,
                          size.y / 2);
      draw->AddRect(pos, pos + size, p.primary, size.y / 2, 0, 2.0f);
      break;
    case ButtonStyle::Danger:
      draw->AddRectFilled(pos, pos + size,
                          hit.held ? IM_COL32(0x7A, 0x1F, 0x16, 255) : IM_COL32(0xA3, 0x2A, 0x1E, 255),
                          size.y / 2);
      ink = IM_COL32_WHITE;  // 6.6:1 on the red
      break;
    case ButtonStyle::Quiet:
      if (hit.hovered || hit.held) {
        draw->AddRectFilled(pos, pos + size, hit.held ? p.surface_pressed : p.surface_hover, size.y / 2);
      }
      break;
  }
  draw_label(draw, ui.fonts.bold, ink, label, pos, size, kButtonPadX, kButtonPadX, true);
  return hit.pressed;
}

void draw_card(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 fill, float rounding) {
  draw->AddRectFilled(min + ImVec2(0, 2), max + ImVec2(0, 2), palette().shadow, rounding);
  draw->AddRectFilled(min, max, fill, rounding);
  // White cards on a white page: in high contrast an outline, not a shadow, marks the edge.
  if (high_contrast()) draw->AddRect(min, max, palette().border, rounding, 0, 1.5f);
}

}  // namespace unknot::ui
