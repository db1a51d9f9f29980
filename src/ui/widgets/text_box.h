// A text box drawn in the canvas. Editing happens in a real text field the page lays over it
// (web/src/text_field.js), so phones raise their keyboard and screen readers and input methods
// work; the edited text comes back through App::text_edited.
#pragma once
#include <string>
#include <string_view>

#include "ui/widgets/ui_context.h"

namespace unknot::ui {

// Draws the box (the text, or the label as a placeholder) and asks for the field when pressed.
void text_box(UiContext& ui, std::string_view id, std::string_view label, const std::string& text,
              std::size_t max_bytes, bool multiline, ImVec2 pos, ImVec2 size);

}  // namespace unknot::ui
