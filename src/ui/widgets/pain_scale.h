// The 0-10 Numeric Rating Scale as large number buttons with its anchors explained: used by the
// check-in, the routine's before/after rating and the position test.
#pragma once
#include <optional>
#include <string_view>

#include "ui/screens/screens.h"

namespace unknot::ui {

// Draws the anchors line and the scale at y (moving y below them). The selected number is
// filled. Returns the number pressed this frame, if any.
// `anchors` says what 0 and 10 mean on this scale (pain by default).
std::optional<int> pain_scale(UiContext& ui, std::string_view id, std::optional<int> selected,
                              const Column& column, float& y, Str anchors = Str::RateAnchors);

}  // namespace unknot::ui
