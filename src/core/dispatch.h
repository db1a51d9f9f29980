// The single path for every change: dispatch(state, action, now_ms).
// now_ms is wall-clock milliseconds passed in by the caller; the core never reads a clock.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/action.h"
#include "core/app_state.h"

namespace unknot {

struct DispatchOutcome {
  bool changed = false;    // the state differs from before: the UI must redraw
  std::string error;       // set when the action was refused; the state is then unchanged
  std::vector<Cue> cues;   // sounds and vibrations the platform should play now
};

DispatchOutcome dispatch(AppState& state, const Action& action, std::int64_t now_ms);

// The JSON boundary used by the JS API: parses, dispatches, and answers
// {"ok":true,"changed":bool} or {"ok":false,"error":"..."} (the state is untouched on error).
// Cues of the dispatch are appended to `cues` for the caller to play.
std::string dispatch_json(AppState& state, std::string_view action_json, std::int64_t now_ms,
                          std::vector<Cue>* cues = nullptr);

}  // namespace unknot
