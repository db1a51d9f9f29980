// Unknot's look: a calm, warm palette, one accent per section, and the Dear ImGui style that
// goes with it. Colours are chosen for at least 4.5:1 text contrast on their backgrounds.
#pragma once
#include <imgui.h>

#include "core/flow/screen.h"

namespace unknot::ui {

struct Palette {
  ImU32 background;  // page behind everything
  ImU32 surface;     // cards
  ImU32 surface_hover;
  ImU32 surface_pressed;
  ImU32 text;
  ImU32 text_muted;
  ImU32 primary;     // buttons, selected choices, links
  ImU32 on_primary;  // text on primary
  ImU32 focus;       // keyboard focus ring
  ImU32 border;
  ImU32 shadow;
};

struct SectionColors {
  ImU32 ink;   // icon strokes
  ImU32 tint;  // icon disc
};

// The high-contrast theme, chosen per frame from the user's setting.
void set_high_contrast(bool on) noexcept;
bool high_contrast() noexcept;

const Palette& palette() noexcept;
SectionColors section_colors(Screen section) noexcept;
ImVec4 clear_color() noexcept;

void apply_style(ImGuiStyle& style);

// Layout constants, in CSS pixels.
inline constexpr float kPagePadding = 20.0f;
inline constexpr float kMaxContentWidth = 760.0f;
inline constexpr float kMinTouchTarget = 44.0f;
inline constexpr float kCardRounding = 16.0f;

}  // namespace unknot::ui
