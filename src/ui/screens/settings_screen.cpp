// Settings: language, motion and contrast, text size, cues and the voice coach, sharing with an embedding
// site, movement breaks, the keyboard's keys, and the way to the user's data. Each choice grows with the text
// size.
#include <algorithm>
#include <string>

#include "ui/screens/breaks_ui.h"
#include "ui/screens/screens.h"
#include "ui/screens/voice_ui.h"
#include "ui/widgets/controls.h"
#include "ui/widgets/page_builder.h"
#include "ui/widgets/theme.h"

namespace unknot::ui {

void draw_settings(const AppState& state, UiContext& ui) {
  const Column column = content_column();
  const Settings& settings = state.settings;
  PageBuilder page{ui, column, section_top(ui, Screen::Settings, column) - 14,
                   std::min(column.width, 360.0f * text_growth(ui))};

  page.heading(Str::LanguageLabel);
  // Every offered locale, each named in its own language (as a speaker looks for it).
  for (const Locale locale : kAllLocales) {
    if (!locale_offered(locale)) continue;
    page.choice("settings.language." + std::string(locale_id(locale)), tr(locale, Str::LanguageName),
                state.locale == locale, SetLocale{locale});
  }

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
  page.choice("settings.vibration", Str::CuesVibration, settings.vibration, SetVibration{!settings.vibration},
              true);
  voice_coach_settings(state, page);

  if (state.hosting.embedded) {
    page.heading(Str::ShareHeading);
    page.choice("settings.share_with_host", Str::ShareWithHost, settings.share_with_host,
                SetShareWithHost{!settings.share_with_host}, true);
    page.paragraph(Str::ShareHint);
  }

  movement_break_settings(state, page);

  page.heading(Str::KeysHeading, 6);
  for (Str line : {Str::KeysMove, Str::KeysCards, Str::KeysPlayer}) page.paragraph(line);

  page.heading(Str::DataTitle, 6);
  page.paragraph(Str::DataPrivacy, 10);
  if (page.wide_button("settings.data", ui.t(Str::DataHint))) ui.emit(Navigate{Screen::Data});
  end_page(column, page.y);
}

}  // namespace unknot::ui
