// Unknot's building blocks on top of Dear ImGui: text that wraps and reserves its space,
// and interactive items that register themselves for the JS API and draw a focus ring.
#pragma once
#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>

#include "ui/ui_context.h"

namespace unknot::ui {

// Size a font is drawn at, in CSS pixels (fonts are rasterised at the pixel ratio).
float css_size(const ImFont* font);

float text_height(const ImFont* font, std::string_view text, float wrap_width);
// Draws wrapped text at pos and reserves the space (so scrolling knows about it); returns height.
float draw_text(const ImFont* font, ImVec2 pos, ImU32 color, std::string_view text, float wrap_width);

// Text centred on centre_x, wrapped at max_w, with its space reserved; returns its height.
float centred_text(const ImFont* font, float centre_x, float y, ImU32 color, std::string_view text, float max_w);

struct Interaction {
  bool pressed = false;
  bool hovered = false;
  bool held = false;
};

struct ItemSpec {
  std::string_view id;     // stable id: the ImGui id and the JS API id
  std::string_view label;  // accessible name in the current language
  std::string_view role = "button";
  std::optional<std::string> value = std::nullopt;
  float rounding = 12.0f;  // of the focus ring
};

// An interactive rectangle: handles mouse, touch and keyboard activation, records the item
// in the widget registry and draws the keyboard focus ring. The caller draws the look.
Interaction interact(UiContext& ui, const ItemSpec& spec, ImVec2 pos, ImVec2 size);

// The "< Back" control at the top left of every section; emits GoBack when pressed.
// Returns the y just below it.
float back_bar(UiContext& ui, ImVec2 pos);

// A full-width choice button (a radio option): filled when selected.
bool choice_button(UiContext& ui, std::string_view id, std::string_view label, bool selected,
                   ImVec2 pos, ImVec2 size);

enum class ButtonStyle { Primary, Secondary, Quiet, Danger };  // Danger: an action that deletes

// A labelled button: Primary is filled, Secondary outlined, Quiet is text only, Danger filled red.
bool button(UiContext& ui, std::string_view id, std::string_view label, ImVec2 pos, ImVec2 size,
            ButtonStyle style = ButtonStyle::Primary);

// Width a button needs for its label (at least the touch target).
float button_width(const UiContext& ui, std::string_view label);

// A card-shaped surface with a soft shadow.
void draw_card(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 fill, float rounding = 12.0f);

}  // namespace unknot::ui
