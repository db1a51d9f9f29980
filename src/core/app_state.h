// The whole state of the app that matters to the user: what dispatch() changes and the UI draws.
// UI-only details (scroll positions, hover) live in the UI's own state, not here.
#pragma once
#include <cstdint>
#include <vector>

#include "core/screen.h"
#include "core/strings.h"

namespace unknot {

struct AppState {
  Screen screen = Screen::Home;
  std::vector<Screen> history;  // screens to return to with Back, most recent last
  Locale locale = Locale::En;
  std::uint64_t revision = 0;  // bumps on every change, so observers can tell cheaply
};

// The history never grows past this: navigation is shallow, and a stuck loop must not leak.
inline constexpr std::size_t kMaxHistory = 16;

}  // namespace unknot
