// Movement breaks in the UI: their part of Settings, and the reminder itself, which sits at the
// bottom of the screen over whatever is open until the user answers it.
#pragma once
#include "ui/widgets/page_builder.h"

namespace unknot::ui {

void movement_break_settings(const AppState& state, PageBuilder& page);
// Its own window on top of the screen's: drawn after the screen, so it takes the pointer first.
void draw_break_reminder(const AppState& state, UiContext& ui);

}  // namespace unknot::ui
