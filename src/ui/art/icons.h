// Small icons drawn in code with ImDrawList: no image files to ship, sharp at any pixel ratio.
#pragma once
#include <imgui.h>

#include "core/flow/screen.h"

namespace unknot::ui {

enum class ChevronDirection { Left, Right };

void draw_chevron(ImDrawList* draw, ImVec2 center, float half_height, ImU32 color,
                  ChevronDirection direction);

// The section's symbol, fitted in a circle of `radius` around `center`.
void draw_section_icon(ImDrawList* draw, Screen section, ImVec2 center, float radius, ImU32 ink);

}  // namespace unknot::ui
