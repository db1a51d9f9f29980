// Text entry over the canvas: the page lays a real text field over a text box while it is
// edited (phones raise their keyboard for it), and hands the text back through the
// unknot_text_edited export when editing ends.
#pragma once
#include <string>

namespace unknot::platform {

struct TextFieldSpec {
  std::string id;     // handed back with the text
  std::string label;  // the field's accessible name and placeholder
  std::string text;
  int max_bytes = 0;      // the core's budget, in UTF-8 bytes (what it stores), not characters
  std::string remaining;  // "{1} left", in the user's language: shown as the budget runs low
  bool multiline = false;
  float x = 0, y = 0, width = 0, height = 0;  // CSS pixels from the canvas's top-left corner
};

void open_text_field(const TextFieldSpec& field);

}  // namespace unknot::platform
