// Unknot's building blocks on top of Dear ImGui: text that wraps and reserves its space,
// and interactive items that register themselves for the JS API and draw a focus ring.
#pragma once
#include <imgui.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "ui/widgets/ui_context.h"

namespace unknot::ui {

// Size a font is drawn at, in CSS pixels (fonts are rasterised at the pixel ratio).
float css_size(const ImFont* font);

float text_height(const ImFont* font, std::string_view text, float wrap_width);
// Draws wrapped text at pos and reserves the space (so scrolling knows about it); returns height.
// The text is recorded in the widget registry as `role`, so the accessibility mirror reads it
// where it is drawn: every piece of text on screen goes through here (or is a control's name).
float draw_text(UiContext& ui, const ImFont* font, ImVec2 pos, ImU32 color, std::string_view text,
                float wrap_width, TextRole role = TextRole::Paragraph);

// Text centred on centre_x, wrapped at max_w, with its space reserved; returns its height.
float centred_text(UiContext& ui, const ImFont* font, float centre_x, float y, ImU32 color,
                   std::string_view text, float max_w, TextRole role = TextRole::Paragraph);

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
bool choice_button(UiContext& ui, std::string_view id, std::string_view label, bool selected, ImVec2 pos,
                   ImVec2 size);

enum class ButtonStyle { Primary, Secondary, Quiet, Danger };  // Danger: an action that deletes

// A labelled button: Primary is filled, Secondary outlined, Quiet is text only, Danger filled red.
bool button(UiContext& ui, std::string_view id, std::string_view label, ImVec2 pos, ImVec2 size,
            ButtonStyle style = ButtonStyle::Primary);

// Width a button needs for its label on one line (at least the touch target).
float button_width(const UiContext& ui, std::string_view label);

// How much the user's text size enlarges reading text: 1 at 100%, 2 at 200%.
float text_growth(const UiContext& ui);
// A control's height at the user's text size: `standard` (its height at 100%), grown with the text.
float control_height(const UiContext& ui, float standard);
// The height a button or choice of this width needs: its label wraps onto more lines when the
// text is large, and the control grows to hold them (never below control_height(standard)).
float button_height(const UiContext& ui, std::string_view label, float width, float standard = 52.0f);
float choice_height(const UiContext& ui, std::string_view label, float width, float standard = 52.0f);

// A button of this width, as tall as its label needs at the user's text size (see
// button_height); returns whether it was pressed and the height it took, for the next item.
struct PlacedButton {
  bool pressed;
  float height;
};
PlacedButton sized_button(UiContext& ui, std::string_view id, std::string_view label, ImVec2 pos, float width,
                          float standard_height, ButtonStyle style = ButtonStyle::Primary);
// Buttons side by side at their labels' widths, from (x, y), wrapping onto a new line when the
// next one would pass x + width: returns which was pressed (-1 for none) and the y below them.
struct RowButton {
  std::string_view id;
  std::string_view label;
  ButtonStyle style = ButtonStyle::Secondary;
};
struct ButtonRow {
  int pressed = -1;
  float bottom = 0;
};
ButtonRow button_row(UiContext& ui, float x, float y, float width, std::initializer_list<RowButton> buttons,
                     float standard_height = 46.0f);
// Its label's width, up to max_width.
float fitted_width(const UiContext& ui, std::string_view label, float max_width);

// A card-shaped surface with a soft shadow.
void draw_card(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 fill, float rounding = 12.0f);

}  // namespace unknot::ui
