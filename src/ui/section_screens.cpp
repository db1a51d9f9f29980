// The section screens that are still on their way, and Settings with its language choice.
#include "ui/controls.h"
#include "ui/icons.h"
#include "ui/screens.h"
#include "ui/section_titles.h"
#include "ui/theme.h"

namespace unknot::ui {

float section_header(UiContext& ui, Screen section, const Column& column, float y) {
  const Palette& p = palette();
  const SectionText text = section_text(section);
  const SectionColors colors = section_colors(section);
  constexpr float kRadius = 26.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 icon_center(column.x + kRadius, y + kRadius);
  draw->AddCircleFilled(icon_center, kRadius, colors.tint);
  draw_section_icon(draw, section, icon_center, kRadius * 0.78f, colors.ink);

  const float text_x = column.x + 2 * kRadius + 16;
  const float text_w = column.width - (text_x - column.x);
  const float title_h = text_height(ui.fonts.title, ui.t(text.title), text_w);
  const float top = y + std::max(0.0f, kRadius - title_h / 2);
  const float below_title = top + draw_text(ui.fonts.title, ImVec2(text_x, top), p.text, ui.t(text.title), text_w);
  y = std::max(below_title, y + 2 * kRadius) + 10;
  y += draw_text(ui.fonts.body, ImVec2(column.x, y), p.text_muted, ui.t(text.hint), column.width);
  return y + 20;
}

float section_top(UiContext& ui, Screen section, const Column& column) {
  const float y = back_bar(ui, ImVec2(column.x - 8, column.top)) + 12;
  return section_header(ui, section, column, y);
}

void end_page(const Column& column, float y) {
  ImGui::SetCursorScreenPos(ImVec2(column.x, y));
  ImGui::Dummy(ImVec2(column.width, kPagePadding));
}

float coming_soon_card(UiContext& ui, const Column& column, float y) {
  const Palette& p = palette();
  constexpr float kPad = 20.0f;
  const float inner_w = column.width - 2 * kPad;
  const float heading_h = text_height(ui.fonts.heading, ui.t(Str::SoonHeading), inner_w);
  const float body_h = text_height(ui.fonts.body, ui.t(Str::SoonBody), inner_w);
  const ImVec2 min(column.x, y), max(column.x + column.width, y + kPad + heading_h + 8 + body_h + kPad);
  draw_card(ImGui::GetWindowDrawList(), min, max, p.surface, kCardRounding);
  float inner_y = y + kPad;
  inner_y += draw_text(ui.fonts.heading, ImVec2(column.x + kPad, inner_y), p.text, ui.t(Str::SoonHeading), inner_w) + 8;
  draw_text(ui.fonts.body, ImVec2(column.x + kPad, inner_y), p.text_muted, ui.t(Str::SoonBody), inner_w);
  end_page(column, max.y);
  return max.y + kPagePadding;
}

void draw_section_placeholder(const AppState& state, UiContext& ui) {
  const Column column = content_column();
  coming_soon_card(ui, column, section_top(ui, state.screen, column));
}

void draw_settings(const AppState& state, UiContext& ui) {
  const Palette& p = palette();
  const Column column = content_column();
  float y = section_top(ui, Screen::Settings, column);

  y += draw_text(ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(Str::LanguageLabel), column.width) + 10;
  struct Option {
    const char* id;
    Str label;
    Locale locale;
  };
  const Option options[] = {{"settings.language.en", Str::LanguageEnglish, Locale::En},
                            {"settings.language.es", Str::LanguageSpanish, Locale::Es}};
  const float button_w = std::min(column.width, 360.0f);
  for (const Option& option : options) {
    if (choice_button(ui, option.id, ui.t(option.label), state.locale == option.locale, ImVec2(column.x, y),
                      ImVec2(button_w, 52))) {
      ui.emit(SetLocale{option.locale});
    }
    y += 52 + 10;
  }
  y += 14;
  y += draw_text(ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(Str::MotionHeading), column.width) + 10;
  const bool reduced = state.settings.reduce_motion;
  if (choice_button(ui, "settings.reduce_motion", ui.t(Str::ReduceMotion), reduced, ImVec2(column.x, y),
                    ImVec2(button_w, 52))) {
    ui.emit(SetReduceMotion{!reduced});
  }
  ui.widgets.set_last_role("checkbox", std::string(reduced ? "checked" : "unchecked"));
  y += 52 + 10;
  const bool contrast = state.settings.high_contrast;
  if (choice_button(ui, "settings.high_contrast", ui.t(Str::HighContrast), contrast, ImVec2(column.x, y),
                    ImVec2(button_w, 52))) {
    ui.emit(SetHighContrast{!contrast});
  }
  ui.widgets.set_last_role("checkbox", std::string(contrast ? "checked" : "unchecked"));
  y += 52 + 10;
  const auto toggle = [&](const char* id, Str label, bool on, Action action) {
    if (choice_button(ui, id, ui.t(label), on, ImVec2(column.x, y), ImVec2(button_w, 52))) ui.emit(action);
    ui.widgets.set_last_role("checkbox", std::string(on ? "checked" : "unchecked"));
    y += 52 + 10;
  };
  y += 14;
  y += draw_text(ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(Str::CuesHeading), column.width) + 10;
  toggle("settings.sound", Str::CuesSound, state.settings.sound, SetSound{!state.settings.sound});
  toggle("settings.vibration", Str::CuesVibration, state.settings.vibration, SetVibration{!state.settings.vibration});
  if (state.hosting.embedded) {
    y += 14;
    y += draw_text(ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(Str::ShareHeading), column.width) + 10;
    toggle("settings.share_with_host", Str::ShareWithHost, state.settings.share_with_host,
           SetShareWithHost{!state.settings.share_with_host});
    y += draw_text(ui.fonts.body, ImVec2(column.x, y - 2), p.text_muted, ui.t(Str::ShareHint), column.width) + 6;
  }
  y += 14;
  y += draw_text(ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(Str::KeysHeading), column.width) + 6;
  for (Str line : {Str::KeysMove, Str::KeysCards, Str::KeysPlayer}) {
    y += draw_text(ui.fonts.body, ImVec2(column.x, y), p.text_muted, ui.t(line), column.width) + 6;
  }
  y += 14;
  y += draw_text(ui.fonts.heading, ImVec2(column.x, y), p.text, ui.t(Str::DataTitle), column.width) + 6;
  y += draw_text(ui.fonts.body, ImVec2(column.x, y), p.text_muted, ui.t(Str::DataPrivacy), column.width) + 10;
  if (button(ui, "settings.data", ui.t(Str::DataHint), ImVec2(column.x, y), ImVec2(button_w, 52), ButtonStyle::Secondary)) {
    ui.emit(Navigate{Screen::Data});
  }
  coming_soon_card(ui, column, y + 52 + 24);
}

}  // namespace unknot::ui
