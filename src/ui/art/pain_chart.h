// The pain chart drawn with ImDrawList: daily points, the 7-day average line, the baseline and
// its meaningful-change band, dates in the user's language. Only the visible window is drawn
// (found by binary search), so years of data cost the same as a month. Pans by drag, by the
// Earlier / Later buttons and by the arrow keys while focused; zooms by choice buttons.
#pragma once
#include <imgui.h>

#include "core/progress/progress_summary.h"
#include "ui/widgets/ui_context.h"

namespace unknot::ui {

// Draws the zoom choices, the chart, the pan buttons and the legend from `pos`, `width` wide.
// Updates the view (zoom, pan) from input. Returns the y just below.
float draw_pain_chart(UiContext& ui, const ProgressSummary& summary, ProgressView& view, ImVec2 pos,
                      float width);

}  // namespace unknot::ui
