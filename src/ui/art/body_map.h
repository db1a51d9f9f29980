// The lower back seen from behind, drawn in code, with a tappable area for each place the pain
// can be (left, centre, right, above the sacrum, buttock, leg). Selected areas are shaded.
#pragma once
#include <cstdint>

#include "ui/screens/screens.h"

namespace unknot::ui {

// Draws the map from y (moving y below it). Returns the spots mask after this frame's taps.
std::uint8_t body_map(UiContext& ui, std::uint8_t spots, const Column& column, float& y);

}  // namespace unknot::ui
