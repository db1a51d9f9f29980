#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

constexpr ImU32 rgb(unsigned hex, unsigned alpha = 255) {
  return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, alpha);
}

bool g_high_contrast = false;

// For people who need more contrast: black on white, darker accents, strong outlines. Every text
// colour is at least 7:1 on white (WCAG AAA), well above the 4.5:1 AA asks for.
const Palette kHighContrast = {
    rgb(0xFFFFFF),     // background
    rgb(0xFFFFFF),     // surface
    rgb(0xE8F0EF),     // surface_hover
    rgb(0xCFE0DE),     // surface_pressed
    rgb(0x000000),     // text: 21:1
    rgb(0x1E2B33),     // text_muted: 14.5:1
    rgb(0x0B4A46),     // primary: 10.1:1 with white text
    rgb(0xFFFFFF),     // on_primary
    rgb(0x0040A0),     // focus ring
    rgb(0x1E2B33),     // border: outlines that can be seen
    rgb(0x000000, 0),  // shadow: none
};

}  // namespace

void set_high_contrast(bool on) noexcept {
  g_high_contrast = on;
}
bool high_contrast() noexcept {
  return g_high_contrast;
}

const Palette& palette() noexcept {
  if (g_high_contrast) return kHighContrast;
  static const Palette kPalette = {
      rgb(0xF5F1EA),      // background: warm sand
      rgb(0xFFFFFF),      // surface
      rgb(0xF1F7F6),      // surface_hover: a breath of teal
      rgb(0xE1EEEC),      // surface_pressed
      rgb(0x1E2B33),      // text: 14.5:1 on white, 12.9:1 on the background
      rgb(0x4F5C65),      // text_muted: 6.9:1 on white, 6.1:1 on the background
      rgb(0x2A6B67),      // primary: 6.2:1 with white text, 5.5:1 as text on the background
      rgb(0xFFFFFF),      // on_primary
      rgb(0x1D5C9E),      // focus ring
      rgb(0xE3DDD3),      // border
      rgb(0x1E2B33, 20),  // shadow
  };
  return kPalette;
}

SectionColors section_colors(Screen section) noexcept {
  // One dark ink on a light tint for every section: the colour coding gives way to contrast.
  if (g_high_contrast) return {rgb(0x000000), rgb(0xE6E9EB)};
  switch (section) {
    case Screen::Routine:
    case Screen::Customise: return {rgb(0x2A6B67), rgb(0xDCEDEB)};
    case Screen::Breathe: return {rgb(0x35659C), rgb(0xDEE8F4)};
    case Screen::Position: return {rgb(0x5E4F99), rgb(0xE7E3F3)};
    case Screen::Checkin:
    case Screen::CareNow: return {rgb(0xA44A33), rgb(0xF6E1DA)};
    case Screen::Progress: return {rgb(0x44722F), rgb(0xE2EEDB)};
    case Screen::Learn: return {rgb(0x8A5D0C), rgb(0xF5EAD2)};
    case Screen::Program:
    case Screen::Review:
    case Screen::Plan: return {rgb(0x7A3E78), rgb(0xF1E2F0)};
    case Screen::Settings:
    case Screen::Data:
    case Screen::Home:
    case Screen::Player: break;
  }
  return {rgb(0x4F5C65), rgb(0xE6E9EB)};
}

ImVec4 clear_color() noexcept {
  return ImGui::ColorConvertU32ToFloat4(palette().background);
}

void apply_style(ImGuiStyle& style) {
  const Palette& p = palette();
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(0, 0);
  style.WindowBorderSize = 0;
  style.WindowRounding = 0;
  style.FrameRounding = 12;
  style.FramePadding = ImVec2(14, 10);
  style.ItemSpacing = ImVec2(12, 12);
  style.ScrollbarSize = 8;
  style.ScrollbarRounding = 4;
  style.GrabRounding = 8;
  style.AntiAliasedFill = true;
  style.AntiAliasedLines = true;

  ImVec4* c = style.Colors;
  const auto v = [](ImU32 col) { return ImGui::ColorConvertU32ToFloat4(col); };
  c[ImGuiCol_Text] = v(p.text);
  c[ImGuiCol_TextDisabled] = v(p.text_muted);
  c[ImGuiCol_WindowBg] = v(p.background);
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_PopupBg] = v(p.surface);
  c[ImGuiCol_Border] = v(p.border);
  c[ImGuiCol_FrameBg] = v(p.surface);
  c[ImGuiCol_FrameBgHovered] = v(p.surface_hover);
  c[ImGuiCol_FrameBgActive] = v(p.surface_pressed);
  c[ImGuiCol_Button] = v(p.primary);
  c[ImGuiCol_ButtonHovered] = v(p.primary);
  c[ImGuiCol_ButtonActive] = v(p.primary);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = v(IM_COL32(0x1E, 0x2B, 0x33, 70));
  c[ImGuiCol_ScrollbarGrabHovered] = v(IM_COL32(0x1E, 0x2B, 0x33, 110));
  c[ImGuiCol_ScrollbarGrabActive] = v(IM_COL32(0x1E, 0x2B, 0x33, 140));
  c[ImGuiCol_NavHighlight] = v(p.focus);
  c[ImGuiCol_TextSelectedBg] = v(IM_COL32(0x2A, 0x6B, 0x67, 70));
}

}  // namespace unknot::ui
