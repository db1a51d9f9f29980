// The single path for every change: dispatch(state, action, now_ms).
// now_ms is wall-clock milliseconds passed in by the caller; the core never reads a clock.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/action.h"
#include "core/app_state.h"

namespace unknot {

struct DispatchOutcome {
  bool changed = false;  // the state differs from before: the UI must redraw
};

DispatchOutcome dispatch(AppState& state, const Action& action, std::int64_t now_ms);

// The JSON boundary used by the JS API: parses, dispatches, and answers
// {"ok":true,"changed":bool} or {"ok":false,"error":"..."} (the state is untouched on error).
std::string dispatch_json(AppState& state, std::string_view action_json, std::int64_t now_ms);

}  // namespace unknot
