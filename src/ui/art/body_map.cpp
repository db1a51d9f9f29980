#include "ui/art/body_map.h"

#include <algorithm>
#include <string>

#include "core/journal/checkin.h"
#include "core/journal/journal_words.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {
namespace {

// Each area in map units (0..1 across and down the drawing). Left is the person's left, which
// is the viewer's left when seen from behind.
struct Area {
  std::uint8_t spot;
  ImVec2 min, max;
};
constexpr Area kAreas[] = {
    {kSpotLeft, {0.14f, 0.02f}, {0.40f, 0.42f}},    {kSpotCentre, {0.40f, 0.02f}, {0.60f, 0.28f}},
    {kSpotRight, {0.60f, 0.02f}, {0.86f, 0.42f}},   {kSpotAboveSacrum, {0.40f, 0.28f}, {0.60f, 0.44f}},
    {kSpotButtock, {0.10f, 0.48f}, {0.90f, 0.70f}}, {kSpotLeg, {0.14f, 0.72f}, {0.86f, 1.00f}},
};

constexpr ImU32 kSkin = IM_COL32(0xF3, 0xE3, 0xD3, 255);
constexpr ImU32 kOutline = IM_COL32(0x8A, 0x6E, 0x5A, 255);
constexpr ImU32 kSore = IM_COL32(0xD0, 0x4A, 0x3A, 150);

void draw_body(ImDrawList* draw, ImVec2 o, ImVec2 s) {
  auto at = [&](float u, float v) { return ImVec2(o.x + u * s.x, o.y + v * s.y); };
  // Back to front: legs, the waist and hips, then the buttocks over the hips' lower edge.
  for (float side : {0.0f, 0.39f}) {
    draw->AddRectFilled(at(0.16f + side, 0.66f), at(0.45f + side, 1.0f), kSkin, 0.08f * s.x);
    draw->AddRect(at(0.16f + side, 0.66f), at(0.45f + side, 1.0f), kOutline, 0.08f * s.x, 0, 2.0f);
  }
  const ImVec2 waist[] = {at(0.2f, 0.0f), at(0.8f, 0.0f), at(0.9f, 0.56f), at(0.1f, 0.56f)};
  draw->AddConvexPolyFilled(waist, 4, kSkin);
  draw->AddLine(waist[0], waist[3], kOutline, 2.0f);
  draw->AddLine(waist[1], waist[2], kOutline, 2.0f);
  for (float u : {0.305f, 0.695f}) {
    draw->AddEllipseFilled(at(u, 0.60f), 0.19f * s.x, 0.12f * s.y, kSkin);
    draw->AddEllipse(at(u, 0.60f), 0.19f * s.x, 0.12f * s.y, kOutline, 0, 0, 2.0f);
  }
  // The top of the pelvis, the spine's bumps and the sacrum between the buttocks, for orientation.
  draw->AddBezierQuadratic(at(0.12f, 0.42f), at(0.5f, 0.30f), at(0.88f, 0.42f), kOutline, 1.5f);
  for (float v = 0.03f; v < 0.40f; v += 0.07f) draw->AddCircleFilled(at(0.5f, v), 0.014f * s.x, kOutline);
  const ImVec2 sacrum[] = {at(0.43f, 0.44f), at(0.57f, 0.44f), at(0.5f, 0.58f)};
  draw->AddTriangleFilled(sacrum[0], sacrum[1], sacrum[2], kSkin);
  draw->AddTriangle(sacrum[0], sacrum[1], sacrum[2], kOutline, 1.5f);
}

}  // namespace

std::uint8_t body_map(UiContext& ui, std::uint8_t spots, const Column& column, float& y) {
  const Palette& p = palette();
  const float width = std::min(column.width, 340.0f);
  const ImVec2 size(width, width * 1.1f);
  const ImVec2 origin(column.x + (column.width - width) / 2, y);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw_body(draw, origin, size);

  for (const Area& area : kAreas) {
    const ImVec2 min(origin.x + area.min.x * size.x, origin.y + area.min.y * size.y);
    const ImVec2 max(origin.x + area.max.x * size.x, origin.y + area.max.y * size.y);
    const JournalWord* word = find_word(kSpotWords, area.spot);
    const std::string_view label = word ? ui.t(word->word) : std::string_view();
    const bool on = (spots & area.spot) != 0;
    const auto hit = interact(ui,
                              {"checkin.map." + std::string(word ? word->key : "area"), label, "checkbox",
                               std::string(on ? "checked" : "unchecked"), 10.0f},
                              min, max - min);
    if (on) draw->AddRectFilled(min + ImVec2(3, 3), max - ImVec2(3, 3), kSore, 10.0f);
    if (hit.hovered || hit.held)
      draw->AddRect(min + ImVec2(2, 2), max - ImVec2(2, 2), p.primary, 10.0f, 0, 2.0f);
    if (hit.pressed) spots ^= area.spot;
  }
  // Which side is which, in words under the drawing.
  const std::string_view left = ui.t(Str::SpotLeft), right = ui.t(Str::SpotRight);
  const float below = origin.y + size.y + 6;
  draw_text(ui, ui.fonts.small, ImVec2(origin.x, below), p.text_muted, left, width / 2);
  const float right_w =
      ui.fonts.small
          ->CalcTextSizeA(css_size(ui.fonts.small), FLT_MAX, 0, right.data(), right.data() + right.size())
          .x;
  y = below +
      draw_text(ui, ui.fonts.small, ImVec2(origin.x + width - right_w, below), p.text_muted, right,
                width / 2) +
      8;
  return spots;
}

}  // namespace unknot::ui
