// The whole interface for one frame: picks the screen for the state and draws it.
#pragma once
#include <string_view>

#include "core/flow/app_state.h"
#include "ui/widgets/ui_context.h"

namespace unknot::ui {

void draw_app(const AppState& state, UiContext& ui);

// Text the user typed in the page's text field for a text box (see ui/text_box.h), capped to
// what the box allows. Unknown ids are ignored (the box may be gone).
void text_edited(UiState& memory, std::string_view id, std::string_view text);

}  // namespace unknot::ui
