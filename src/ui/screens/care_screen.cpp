// Get care now: the warning signs that need a clinician straight away, and the one that needs
// one soon. Reached from home in one tap. Plain words, nothing hidden behind a tap.
#include <algorithm>
#include <string>

#include "ui/art/icons.h"
#include "ui/screens/screens.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {

// The warning signs, one tap away: a warm banner that stands apart from the section cards.
float care_banner(UiContext& ui, const Column& column, float y, std::string_view id) {
  const Palette& p = palette();
  const SectionColors warm = section_colors(Screen::CareNow);
  const std::string_view label = ui.t(Str::CareBanner);
  const float text_w = column.width - 90;
  const float h = std::max(56.0f, text_height(ui.fonts.bold, label, text_w) + 24);
  const ImVec2 pos(column.x, y), size(column.width, h);
  const auto hit = interact(ui, {id, label, "button", std::nullopt, 14}, pos, size);
  if (hit.pressed) ui.emit(Navigate{Screen::CareNow});
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, pos + size, hit.held ? IM_COL32(0xEF, 0xCF, 0xC5, 255) : warm.tint, 14);
  draw->AddRect(pos, pos + size, warm.ink, 14, 0, hit.hovered ? 2.5f : 1.5f);
  const ImVec2 icon = pos + ImVec2(30, h / 2);
  draw->AddCircleFilled(icon, 15, warm.ink);
  draw_section_icon(draw, Screen::CareNow, icon, 15, IM_COL32_WHITE);
  const float th = text_height(ui.fonts.bold, label, text_w);
  draw->AddText(ui.fonts.bold, css_size(ui.fonts.bold), pos + ImVec2(58, (h - th) / 2), p.text, label.data(),
                label.data() + label.size(), text_w);
  draw_chevron(draw, pos + ImVec2(size.x - 22, h / 2), 7, warm.ink, ChevronDirection::Right);
  return y + h;
}

void draw_care(const AppState& /*state*/, UiContext& ui) {
  const Palette& p = palette();
  const SectionColors warm = section_colors(Screen::CareNow);
  const Column column = content_column();
  float y = section_top(ui, Screen::CareNow, column);
  y += draw_text(ui.fonts.body, ImVec2(column.x, y), p.text, ui.t(Str::CareIntro), column.width) + 14;

  ImDrawList* draw = ImGui::GetWindowDrawList();
  constexpr Str kFlags[] = {Str::FlagBladder, Str::FlagGroin,  Str::FlagWeakness, Str::FlagFever,
                            Str::FlagFall,    Str::FlagCancer, Str::FlagNight};
  for (Str flag : kFlags) {
    const float text_h = text_height(ui.fonts.bold, ui.t(flag), column.width - 64);
    const float h = std::max(text_h + 24, 52.0f);
    draw->AddRectFilled(ImVec2(column.x, y), ImVec2(column.x + column.width, y + h), warm.tint, 12);
    const ImVec2 icon(column.x + 26, y + h / 2);
    draw->AddCircleFilled(icon, 13, warm.ink);
    draw_section_icon(draw, Screen::CareNow, icon, 13, IM_COL32_WHITE);
    draw_text(ui.fonts.bold, ImVec2(column.x + 52, y + (h - text_h) / 2), p.text, ui.t(flag),
              column.width - 64);
    y += h + 8;
  }
  y += 12;
  y += draw_text(ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(Str::CareSoonTitle), column.width) + 4;
  y += draw_text(ui.fonts.body, ImVec2(column.x, y), p.text, ui.t(Str::CareSoonBody), column.width) + 18;
  y += draw_text(ui.fonts.body, ImVec2(column.x, y), p.text_muted, ui.t(Str::CareUnsure), column.width) + 12;
  y += draw_text(ui.fonts.small, ImVec2(column.x, y), p.text_muted, ui.t(Str::Disclaimer), column.width);
  end_page(column, y);
}

}  // namespace unknot::ui
