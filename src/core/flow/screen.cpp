#include "core/flow/screen.h"

namespace unknot {
namespace {
struct ScreenName {
  Screen screen;
  std::string_view id;
};
constexpr std::array<ScreenName, 15> kScreenNames = {{
    {Screen::Home, "home"},
    {Screen::Routine, "routine"},
    {Screen::Breathe, "breathe"},
    {Screen::Position, "position"},
    {Screen::Checkin, "checkin"},
    {Screen::Progress, "progress"},
    {Screen::Learn, "learn"},
    {Screen::Settings, "settings"},
    {Screen::Player, "player"},
    {Screen::Customise, "customise"},
    {Screen::CareNow, "care"},
    {Screen::Data, "data"},
    {Screen::Plan, "plan"},
    {Screen::Program, "program"},
    {Screen::Review, "review"},
}};
}  // namespace

std::string_view screen_id(Screen screen) noexcept {
  for (const auto& entry : kScreenNames) {
    if (entry.screen == screen) return entry.id;
  }
  return "home";
}

std::optional<Screen> screen_from_id(std::string_view id) noexcept {
  for (const auto& entry : kScreenNames) {
    if (entry.id == id) return entry.screen;
  }
  return std::nullopt;
}

}  // namespace unknot
