// What the page says about where the app runs: the "new version is ready" banner above every
// screen, and on home, when embedded in another site, that its data is kept apart there.
#pragma once
#include "ui/screens/screens.h"

namespace unknot::ui {

// Each draws its notice from y when one is due and returns the y below it (y when none).
float update_banner(const AppState& state, UiContext& ui, const Column& column, float y);
float embedded_notice(const AppState& state, UiContext& ui, const Column& column, float y);

}  // namespace unknot::ui
