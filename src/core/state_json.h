// The JSON snapshot of the app state that window.unknot.state() returns.
#pragma once
#include <string>

#include "core/app_state.h"

namespace unknot {

std::string state_to_json(const AppState& state);

}  // namespace unknot
