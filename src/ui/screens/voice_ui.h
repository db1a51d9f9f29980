// The voice coach in the UI: its part of Settings (on/off, breaths, pace, the device's voices, a
// test), and the player's switch with its "tones only" note when the device has no voice.
#pragma once
#include "ui/widgets/page_builder.h"

namespace unknot::ui {

void voice_coach_settings(const AppState& state, PageBuilder& page);

// The speech-bubble switch at `pos` (a touch target square); true when pressed.
bool voice_toggle(const AppState& state, UiContext& ui, ImVec2 pos);

// Under the player's top bar while the coach is on but cannot speak here: "tones only". The
// height it took.
float voice_unavailable_note(const AppState& state, UiContext& ui, float x, float y, float width);

}  // namespace unknot::ui
