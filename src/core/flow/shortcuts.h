// Keyboard shortcuts: which action a key means on the screen shown. The app turns SDL key
// events into these keys; Dear ImGui never sees a key that was used here.
#pragma once
#include <optional>

#include "core/flow/action.h"
#include "core/flow/app_state.h"

namespace unknot {

enum class Key { Left, Right, Space, Escape };

std::optional<Action> shortcut_action(const AppState& state, Key key);

}  // namespace unknot
