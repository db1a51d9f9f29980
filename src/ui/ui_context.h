// What every screen function gets: fonts, the language, where to record interactive items,
// and where to push the actions the user asked for. Screens never change state themselves.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/action.h"
#include "core/strings.h"
#include "ui/fonts.h"
#include "ui/widget_registry.h"

namespace unknot::ui {

// UI-only memory between frames: nothing here matters to the user's data.
struct UiState {
  std::size_t demo_card = static_cast<std::size_t>(-1);  // the carousel card whose demo is playing
  double demo_started_s = 0;                            // when it began, wall-clock seconds
  int position_minutes = 3;                             // the position test's rest, before it starts
};

struct UiContext {
  const Fonts& fonts;
  Locale locale;
  WidgetRegistry& widgets;
  std::vector<Action>& actions;
  UiState& memory;
  std::int64_t now_ms;     // wall clock, for the routine's timers
  bool animating = false;  // set by anything that needs the next frame drawn too

  std::string_view t(Str key) const noexcept { return tr(locale, key); }
  void emit(Action action) { actions.push_back(action); }
};

}  // namespace unknot::ui
