// The whole interface for one frame: picks the screen for the state and draws it.
#pragma once
#include "core/app_state.h"
#include "ui/ui_context.h"

namespace unknot::ui {

void draw_app(const AppState& state, UiContext& ui);

}  // namespace unknot::ui
