// How the app tells the user whether their entries are kept: the banner across the top when
// they aren't (no storage, read-only, a failed save), and the words for a failed save.
#pragma once
#include <string_view>

#include "ui/screens/screens.h"

namespace unknot::ui {

// Draws the banner, if one is due, from y; returns the y below it (y itself when none).
float storage_banner(const AppState& state, UiContext& ui, const Column& column, float y);

// A failed write's reason code ("quota", "aborted", "closed", ...) in the user's language.
std::string_view save_error_text(const UiContext& ui, std::string_view code);

}  // namespace unknot::ui
