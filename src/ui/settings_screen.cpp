// Settings: language, motion and contrast, text size, cues, sharing with an embedding site, the
// keyboard's keys, and the way to the user's data. Each choice grows with the text size.
#include <algorithm>

#include "ui/controls.h"
#include "ui/screens.h"
#include "ui/theme.h"

namespace unknot::ui {
namespace {

struct SettingsPage {
  UiContext& ui;
  const Column& column;
  float y;
  float choice_w;

  void heading(Str text, float below = 10) {
    y += 14;
    y += draw_text(ui.fonts.heading, ImVec2(column.x, y), palette().text, ui.t(text), column.width) + below;
  }
  void paragraph(Str text, float below = 6) {
    y += draw_text(ui.fonts.body, ImVec2(column.x, y), palette().text_muted, ui.t(text), column.width) + below;
  }
  // One of several (a radio), or an on/off switch (a checkbox) when `toggle`.
  void choice(const char* id, Str label, bool selected, const Action& action, bool toggle = false) {
    const std::string_view text = ui.t(label);
    const float h = choice_height(ui, text, choice_w);
    if (choice_button(ui, id, text, selected, ImVec2(column.x, y), ImVec2(choice_w, h))) ui.emit(action);
    if (toggle) ui.widgets.set_last_role("checkbox", std::string(selected ? "checked" : "unchecked"));
    y += h + 10;
  }
};

}  // namespace

void draw_settings(const AppState& state, UiContext& ui) {
  const Column column = content_column();
  const Settings& settings = state.settings;
  SettingsPage page{ui, column, section_top(ui, Screen::Settings, column) - 14,
                    std::min(column.width, 360.0f * text_growth(ui))};

  page.heading(Str::LanguageLabel);
  page.choice("settings.language.en", Str::LanguageEnglish, state.locale == Locale::En, SetLocale{Locale::En});
  page.choice("settings.language.es", Str::LanguageSpanish, state.locale == Locale::Es, SetLocale{Locale::Es});

  page.heading(Str::MotionHeading);
  page.choice("settings.reduce_motion", Str::ReduceMotion, settings.reduce_motion,
              SetReduceMotion{!settings.reduce_motion}, true);
  page.choice("settings.high_contrast", Str::HighContrast, settings.high_contrast,
              SetHighContrast{!settings.high_contrast}, true);

  page.heading(Str::TextSizeHeading);
  page.choice("settings.text.standard", Str::TextSizeStandard, settings.text_size == TextSize::Standard,
              SetTextSize{TextSize::Standard});
  page.choice("settings.text.large", Str::TextSizeLarge, settings.text_size == TextSize::Large,
              SetTextSize{TextSize::Large});
  page.choice("settings.text.largest", Str::TextSizeLargest, settings.text_size == TextSize::Largest,
              SetTextSize{TextSize::Largest});

  page.heading(Str::CuesHeading);
  page.choice("settings.sound", Str::CuesSound, settings.sound, SetSound{!settings.sound}, true);
  page.choice("settings.vibration", Str::CuesVibration, settings.vibration, SetVibration{!settings.vibration}, true);

  if (state.hosting.embedded) {
    page.heading(Str::ShareHeading);
    page.choice("settings.share_with_host", Str::ShareWithHost, settings.share_with_host,
                SetShareWithHost{!settings.share_with_host}, true);
    page.paragraph(Str::ShareHint);
  }

  page.heading(Str::KeysHeading, 6);
  for (Str line : {Str::KeysMove, Str::KeysCards, Str::KeysPlayer}) page.paragraph(line);

  page.heading(Str::DataTitle, 6);
  page.paragraph(Str::DataPrivacy, 10);
  const std::string_view data_label = ui.t(Str::DataHint);
  const float data_h = button_height(ui, data_label, page.choice_w);
  if (button(ui, "settings.data", data_label, ImVec2(column.x, page.y), ImVec2(page.choice_w, data_h),
             ButtonStyle::Secondary)) {
    ui.emit(Navigate{Screen::Data});
  }
  end_page(column, page.y + data_h);
}

}  // namespace unknot::ui
