// What every screen function gets: fonts, the language, where to record interactive items,
// and where to push the actions the user asked for. Screens never change state themselves.
#pragma once
#include <string_view>
#include <vector>

#include "core/action.h"
#include "core/strings.h"
#include "ui/fonts.h"
#include "ui/widget_registry.h"

namespace unknot::ui {

struct UiContext {
  const Fonts& fonts;
  Locale locale;
  WidgetRegistry& widgets;
  std::vector<Action>& actions;

  std::string_view t(Str key) const noexcept { return tr(locale, key); }
  void emit(Action action) { actions.push_back(action); }
};

}  // namespace unknot::ui
