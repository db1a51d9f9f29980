// The app's screens and their stable ids (used by the JS API, tests and the accessibility layer).
#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace unknot {

// Plan: editing today's plan; Program: the 12-week program; Review: its weekly review.
enum class Screen {
  Home,
  Routine,
  Breathe,
  Position,
  Checkin,
  Progress,
  Learn,
  Settings,
  Player,
  Customise,
  CareNow,
  Data,
  Plan,
  Program,
  Review
};

// The sections reachable from home, in the order home lists them. (The player is reached by
// starting a routine, Customise from the routine screen, CareNow from home's warning banner, Plan from
// home's plan, Review from the program.)
inline constexpr std::array<Screen, 8> kSections = {Screen::Routine, Screen::Breathe,  Screen::Position,
                                                    Screen::Checkin, Screen::Progress, Screen::Program,
                                                    Screen::Learn,   Screen::Settings};

std::string_view screen_id(Screen screen) noexcept;
std::optional<Screen> screen_from_id(std::string_view id) noexcept;

}  // namespace unknot
