// What every screen function gets: fonts, the language, where to record interactive items,
// and where to push the actions the user asked for. Screens never change state themselves.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/action.h"
#include "core/checkin.h"
#include "core/preferences.h"
#include "core/strings.h"
#include "ui/fonts.h"
#include "ui/widget_registry.h"

namespace unknot::ui {

// A check-in on its way to being saved: the answers so far, and the text fields' buffers.
struct CheckInDraft {
  CheckIn answers;
  std::optional<int> pain;  // nothing chosen yet
  std::optional<int> stiffness;
  bool details_open = false;
  std::array<char, kMaxNoteBytes + 1> note{};
  std::array<std::array<char, kMaxActivityBytes + 1>, kPsfsActivities> activity_names{};
  bool editing_activities = false;
};

// UI-only memory between frames: nothing here matters to the user's data.
struct UiState {
  std::size_t demo_card = static_cast<std::size_t>(-1);  // the carousel card whose demo is playing
  double demo_started_s = 0;                            // when it began, wall-clock seconds
  int position_minutes = 3;                             // the position test's rest, before it starts
  CheckInDraft checkin;                                 // the check-in being filled in
  bool erase_confirming = false;                        // Your data: the erase button was pressed once
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
