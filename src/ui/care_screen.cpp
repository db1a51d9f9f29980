// Get care now: the warning signs that need a clinician straight away, and the one that needs
// one soon. Reached from home in one tap. Plain words, nothing hidden behind a tap.
#include <string>

#include "ui/controls.h"
#include "ui/icons.h"
#include "ui/screens.h"
#include "ui/theme.h"

namespace unknot::ui {

void draw_care(const AppState& /*state*/, UiContext& ui) {
  const Palette& p = palette();
  const SectionColors warm = section_colors(Screen::CareNow);
  const Column column = content_column();
  float y = section_top(ui, Screen::CareNow, column);
  y += draw_text(ui.fonts.body, ImVec2(column.x, y), p.text, ui.t(Str::CareIntro), column.width) + 14;

  ImDrawList* draw = ImGui::GetWindowDrawList();
  constexpr Str kFlags[] = {Str::FlagBladder, Str::FlagGroin, Str::FlagWeakness, Str::FlagFever,
                            Str::FlagFall,    Str::FlagCancer, Str::FlagNight};
  for (Str flag : kFlags) {
    const float text_h = text_height(ui.fonts.bold, ui.t(flag), column.width - 64);
    const float h = std::max(text_h + 24, 52.0f);
    draw->AddRectFilled(ImVec2(column.x, y), ImVec2(column.x + column.width, y + h), warm.tint, 12);
    const ImVec2 icon(column.x + 26, y + h / 2);
    draw->AddCircleFilled(icon, 13, warm.ink);
    draw_section_icon(draw, Screen::CareNow, icon, 13, IM_COL32_WHITE);
    draw_text(ui.fonts.bold, ImVec2(column.x + 52, y + (h - text_h) / 2), p.text, ui.t(flag), column.width - 64);
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
