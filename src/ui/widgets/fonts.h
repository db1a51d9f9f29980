// The UI's fonts: Atkinson Hyperlegible (built for low-vision readers), rasterised at the
// screen's pixel ratio so text is sharp at 1x, 2x and in between.
#pragma once
#include <imgui.h>

#include <string_view>

#include "core/settings/preferences.h"

namespace unknot::ui {

struct Fonts {
  ImFont* small = nullptr;    // 15 px: footnotes
  ImFont* body = nullptr;     // 18 px: reading text
  ImFont* bold = nullptr;     // 18 px bold: card titles, buttons
  ImFont* heading = nullptr;  // 23 px bold
  ImFont* title = nullptr;    // 31 px bold: screen titles
  ImFont* display = nullptr;  // 60 px bold, digits only: the player's countdown
};

// The user's text size as a factor of the standard sizes: 1, 1.5 or 2.
float text_scale(TextSize size) noexcept;

// Rebuilds the atlas for this pixel ratio and text scale. Sizes stay in CSS pixels: glyphs are
// rasterised at size * text_scale * pixel_ratio and drawn scaled back by io.FontGlobalScale.
// Reading text scales fully; headings and titles, already large, grow half as much, and the
// player's countdown not at all. The caller uploads the atlas.
// The first frame's atlas is smaller, quicker to build and upload: the title size holds only the
// letters of `first.title`, and the reading sizes only those of `first.letters` (all the UI
// strings of the language on screen: for English, about half of Latin-1). The whole atlas is
// built for the next frame. Empty: the whole atlas.
struct FirstFrameText {
  std::string_view title;
  std::string_view letters;
};
Fonts build_fonts(ImGuiIO& io, float pixel_ratio, float text_scale = 1.0f, FirstFrameText first = {});

}  // namespace unknot::ui
