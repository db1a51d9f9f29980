// A page built top to bottom: headings, paragraphs and full-width choices (radios, or on/off
// switches), each growing with the text size. Settings and the plan's editor are made of these.
#pragma once
#include "core/flow/action.h"
#include "ui/screens/screens.h"
#include "ui/widgets/controls.h"

namespace unknot::ui {

struct PageBuilder {
  UiContext& ui;
  const Column& column;
  float y;
  float choice_w;

  void heading(Str text, float below = 10);
  void paragraph(Str text, float below = 6);
  void paragraph(std::string_view text, float below = 6);
  // One of several (a radio), or an on/off switch (a checkbox) when `toggle`.
  void choice(std::string_view id, Str label, bool selected, const Action& action, bool toggle = false);
  void choice(std::string_view id, std::string_view label, bool selected, const Action& action,
              bool toggle = false);
  // A button as wide as the choices; true when pressed.
  bool wide_button(std::string_view id, std::string_view label, ButtonStyle style = ButtonStyle::Secondary);
};

}  // namespace unknot::ui
