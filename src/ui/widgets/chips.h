// Toggle chips in rows that wrap to the column: the check-in's multiple-choice answers. Each
// chip is a checkbox (or, for one-of-many questions, a radio) with a full-size touch target.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "core/journal/journal_words.h"
#include "ui/screens/screens.h"

namespace unknot::ui {

struct Chip {
  std::string_view label;
  bool on = false;
  std::string_view name = {};  // what a screen reader says, when the label alone is ambiguous
};

// Draws the chips from y (moving y below them). Returns the index pressed this frame.
std::optional<std::size_t> chip_flow(UiContext& ui, std::string_view id, const std::vector<Chip>& chips,
                                     std::string_view role, const Column& column, float& y);

// A bitmask question: one checkbox chip per word. Returns the mask after this frame's press.
std::uint16_t mask_chips(UiContext& ui, std::string_view id, WordList words, std::uint16_t mask,
                         const Column& column, float& y);

}  // namespace unknot::ui
