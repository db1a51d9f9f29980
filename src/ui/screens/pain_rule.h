// The pain rule (PRODUCT.md, "Pain during exercise"), drawn the same on each exercise card and
// in the player's get-ready: how much discomfort is fine, and when to ease off. One home for its
// look, so the two places never drift apart.
#pragma once
#include "ui/screens/screens.h"

namespace unknot::ui {

// A calm box (not the warning colour: discomfort is expected) with the rule's title and text.
// Returns the y below it. Draws no channels of its own, so it can sit inside a split card.
float pain_rule_box(UiContext& ui, float x, float y, float width);

}  // namespace unknot::ui
